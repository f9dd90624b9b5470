import { ADDRESS_KEY } from './standard-props-checks';
import { both, Check, describeValue, isPlainObject, oneOf, optional, required, shape, str } from './input';
import { checkGuid, ValidationError } from './validation';

/**
 * The kinds of Entra ID principal a role can be assigned to: the values azurerm accepts in
 * `principal_type` (azurerm v4.55.0 internal/services/authorization/role_assignment_resource.go).
 */
export const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal'] as const;

/** The kinds of Entra ID principal a role can be assigned to. */
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

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

/** Factories for principals given by object id; a bad object id or key fails here, naming the factory. */
export const Principal = {
  /** An Entra ID group; `key` names its role assignments (defaults to the object id). */
  group(objectId: string, key?: string): IPrincipal {
    return principalOf('group', objectId, 'Group', key);
  },
  /** An Entra ID user. */
  user(objectId: string, key?: string): IPrincipal {
    return principalOf('user', objectId, 'User', key);
  },
  /** A service principal or managed identity. */
  servicePrincipal(objectId: string, key?: string): IPrincipal {
    return principalOf('servicePrincipal', objectId, 'ServicePrincipal', key);
  },
};

function principalOf(factory: string, objectId: unknown, principalType: PrincipalType, key: unknown): IPrincipal {
  const principal = { principalId: objectId, principalType, key };
  const problems: string[] = [];
  checkPrincipal(principal, 'principal', problems);
  if (problems.length > 0) {
    throw new ValidationError('Principal', undefined, problems.map((p) => p.replace(/^principal\.principalId/, 'objectId').replace(/^principal\.key/, 'key')), `Principal.${factory}`);
  }
  return principal as IPrincipal;
}

/** An Entra object id (a principal id): a GUID, or a token. */
export const OBJECT_ID: Check = both(str(), (value, label, problems) => {
  const found = checkGuid(label, value as string);
  problems.push(...found);
  return found.length === 0;
});

/**
 * Checks a principal from any caller: an object with a GUID (or token) `principalId`, a
 * `principalType` azurerm accepts, and an optional plain-string `key`. Other members (a managed
 * identity's `resourceId`) are allowed.
 */
export const checkPrincipal: Check = (value, label, problems) => {
  if (!isPlainObject(value)) {
    problems.push(`${label} must be a principal such as Principal.group("<object id>", "data-team") or a construct's identity, not ${describeValue(value)}.`);
    return false;
  }
  return shape({
    principalId: required(OBJECT_ID),
    principalType: required(oneOf(PRINCIPAL_TYPES)),
    key: optional(ADDRESS_KEY),
  }, 'a principal', true)(value, label, problems);
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
