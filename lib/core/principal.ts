/** The kinds of Entra ID principal a role can be assigned to. */
export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal';

/**
 * Someone or something that can be granted a role: a person, a group, or a service principal
 * (managed identities of the library's constructs implement this too).
 */
export interface IPrincipal {
  /** The Entra object id (a GUID, or a token such as a managed identity's `principal_id`). */
  readonly principalId: string;
  /** What kind of principal it is; Azure needs it to assign roles before the principal replicates. */
  readonly principalType: PrincipalType;
  /**
   * A short, stable key that names this principal's role assignments in Terraform addresses.
   * Needed when `principalId` is a token; defaults to the literal `principalId`.
   */
  readonly key?: string;
}

/** Factories for principals given by object id. */
export const Principal = {
  /** An Entra ID group; `key` names its role assignments (defaults to the object id). */
  group(objectId: string, key?: string): IPrincipal {
    return { principalId: objectId, principalType: 'Group', key };
  },
  /** An Entra ID user. */
  user(objectId: string, key?: string): IPrincipal {
    return { principalId: objectId, principalType: 'User', key };
  },
  /** A service principal or managed identity. */
  servicePrincipal(objectId: string, key?: string): IPrincipal {
    return { principalId: objectId, principalType: 'ServicePrincipal', key };
  },
};

/**
 * The managed identity of a resource the library creates or is given: a service principal with a
 * stable key for its role assignments' construct ids. The same type on the hub, projects and
 * connected services.
 */
export interface ManagedIdentity extends IPrincipal {
  /** Managed identities are service principals. */
  readonly principalType: 'ServicePrincipal';
  /** Names the identity's role assignments in construct ids: unique per construct, from its path. */
  readonly key: string;
  /** The identity's own resource id: set for a user-assigned identity, absent for a system-assigned one. */
  readonly resourceId?: string;
}
