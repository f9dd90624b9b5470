import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { containerNamePrefixCondition } from './abac';
import { Fn } from './cdktf';
import { grant, grantId } from './grant';
import { memoizedString } from './memoized-token';
import { IPrincipal } from './principal';
import { Role } from './roles';
import { checkGuid, ValidationError, isLiteral } from './validation';

/** Where a project's data lives: the hub's shared storage account and the project's container prefix. */
export interface ProjectStorageScope {
  /** The hub's storage account id. */
  readonly storageAccountId: string;
  /** The project's workspace id (`project_id`), which prefixes every container of the project. */
  readonly projectId: string;
}

/**
 * Grants a blob data role on the hub's shared storage account, limited by an ABAC condition to the
 * containers of one project. This is the only way the library grants blob data access to a project
 * identity or a project member, so no such grant lacks the condition.
 *
 * A condition restricts data actions only. The role's control-plane actions stay unrestricted:
 * with the library's project blob role (project-blob-data-role.ts) that is listing containers and
 * getting a user delegation key, so a member sees other projects' container names but cannot read,
 * write or delete their blobs, nor create or delete containers.
 *
 * @param idSuffix distinguishes grants of one owner to one principal for several projects
 */
export function grantProjectStorageAccess(owner: Construct, storage: ProjectStorageScope, principal: IPrincipal, role: Role, idSuffix?: string): RoleAssignment {
  const problems = checkGuid('project id (the container prefix of the storage condition)', storage.projectId);
  if (problems.length > 0) throw new ValidationError(owner.constructor.name, owner, problems);
  const id = grantId(owner, role, principal, 'Storage');
  const assignment = grant(owner, idSuffix === undefined ? id : `${id}-${idSuffix}`, {
    scopeId: storage.storageAccountId,
    principal,
    role,
    condition: containerNamePrefixCondition(role, storage.projectId),
    description: `${role.name} limited to the containers of one AI project (ABAC container-name prefix)`,
  });
  if (!isLiteral(storage.projectId)) assignment.lifecycle = { precondition: [projectIdIsGuid(storage.projectId)] };
  return assignment;
}

/**
 * The plan-time check that a project id known only at apply is a GUID: an empty or odd value
 * would make the condition's prefix match every container. Made once per project id (a project's
 * conditioned grants share it) and resolved once per stack and pass.
 */
const PRECONDITIONS = new Map<string, { condition: string; errorMessage: string }>();
function projectIdIsGuid(projectId: string) {
  let precondition = PRECONDITIONS.get(projectId);
  if (precondition === undefined) {
    precondition = {
      condition: memoizedString(Fn.can(Fn.regex(GUID_REGEX, projectId)) as unknown as string),
      errorMessage: 'The project id that prefixes this ABAC storage condition is not a GUID, so the condition would not limit access to one project\'s containers. Check the project (azurerm_ai_foundry_project.project_id) before applying.',
    };
    PRECONDITIONS.set(projectId, precondition);
  }
  return precondition;
}

/** A workspace id is a GUID; either case, as the condition compares without case. */
const GUID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Grants a file data role on one project's file share in the hub's storage
 * (`<account id>/fileServices/default/fileshares/<share>`: the data-plane type is `fileshares`,
 * not the ARM `shares`; Microsoft Learn, "Assign share-level permissions" and "Authorize access to
 * file data with OAuth over REST"). ABAC does not cover Azure Files, so the scope is the isolation.
 * Microsoft documents the privileged file roles at account scope for hub users ("Disable local
 * authentication", role assignments for hub storage); share scope is this library's narrowing.
 */
export function grantProjectFileShareAccess(owner: Construct, storage: ProjectStorageScope, shareName: string, principal: IPrincipal, role: Role): RoleAssignment {
  return grant(owner, grantId(owner, role, principal, 'FileShare'), {
    scopeId: `${storage.storageAccountId}/fileServices/default/fileshares/${shareName}`,
    subscriptionSourceId: storage.storageAccountId,
    principal,
    role,
    description: `${role.name} on one AI project's file share only`,
  });
}
