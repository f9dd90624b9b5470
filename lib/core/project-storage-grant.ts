import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { containerNamePrefixCondition } from './abac';
import { grant, grantId } from './grant';
import { IPrincipal } from './principal';
import { BuiltInRole } from './roles';

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
 * A condition restricts data actions only. The role's control-plane actions (list, create and
 * delete containers, get a user delegation key) stay unrestricted: a member can see other
 * projects' container names and could delete a container (container soft delete keeps it
 * recoverable), but cannot read, write or delete the blobs in it.
 *
 * @param idSuffix distinguishes grants of one owner to one principal for several projects
 */
export function grantProjectStorageAccess(owner: Construct, storage: ProjectStorageScope, principal: IPrincipal, role: BuiltInRole, idSuffix?: string): RoleAssignment {
  const id = grantId(owner, role, principal, 'Storage');
  return grant(owner, idSuffix === undefined ? id : `${id}-${idSuffix}`, {
    scopeId: storage.storageAccountId,
    principal,
    role,
    condition: containerNamePrefixCondition(role, storage.projectId),
    description: `${role.name} limited to the containers of one AI project (ABAC container-name prefix)`,
  });
}
