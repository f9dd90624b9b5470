import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { grant } from '../core/grant';
import { IPrincipal } from '../core/principal';
import { BuiltInRole, BuiltInRoles } from '../core/roles';

/** The hub's dependencies, by resource id, that its identity needs roles on. */
export interface HubDependencyIds {
  readonly storageAccountId: string;
  readonly keyVaultId: string;
  readonly containerRegistryId: string;
  readonly applicationInsightsId: string;
}

/**
 * The roles a hub's user-assigned identity needs on its dependencies, as Microsoft documents them:
 * https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication#user-assigned-managed-identity
 * (storage: Contributor plus Storage Blob Data Contributor; key vault in RBAC mode: Contributor plus
 * Key Vault Administrator; container registry and Application Insights: Contributor; the hub itself:
 * Contributor). Storage File Data Privileged Contributor is added because the hub's storage has shared
 * keys disabled, so the identity-based system datastores reach the file share with this identity:
 * https://learn.microsoft.com/azure/ai-foundry/how-to/disable-local-auth
 */
export const HUB_IDENTITY_DEPENDENCY_ROLES: ReadonlyArray<{ dependency: keyof HubDependencyIds; role: BuiltInRole }> = [
  { dependency: 'storageAccountId', role: BuiltInRoles.CONTRIBUTOR },
  { dependency: 'storageAccountId', role: BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR },
  { dependency: 'storageAccountId', role: BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR },
  { dependency: 'keyVaultId', role: BuiltInRoles.CONTRIBUTOR },
  { dependency: 'keyVaultId', role: BuiltInRoles.KEY_VAULT_ADMINISTRATOR },
  { dependency: 'containerRegistryId', role: BuiltInRoles.CONTRIBUTOR },
  { dependency: 'applicationInsightsId', role: BuiltInRoles.CONTRIBUTOR },
];

const DEPENDENCY_LABELS: Record<keyof HubDependencyIds, string> = {
  storageAccountId: 'StorageAccount',
  keyVaultId: 'KeyVault',
  containerRegistryId: 'ContainerRegistry',
  applicationInsightsId: 'ApplicationInsights',
};

/**
 * Assigns the hub identity its documented roles on each dependency (created or existing). The hub
 * must depend on the result: Azure checks the identity's access when it creates the hub.
 */
export function grantHubIdentityDependencyRoles(hub: Construct, identity: IPrincipal, deps: HubDependencyIds): RoleAssignment[] {
  return HUB_IDENTITY_DEPENDENCY_ROLES.map(({ dependency, role }) =>
    grant(hub, `IdentityRole-${DEPENDENCY_LABELS[dependency]}-${role.name.replace(/[^A-Za-z0-9]/g, '')}`, {
      scopeId: deps[dependency],
      principal: identity,
      role,
      description: `AI hub identity: ${role.name} on its ${DEPENDENCY_LABELS[dependency]}`,
    }),
  );
}
