/**
 * What Azure roles permit: the permission lists of the built-in roles an AI hub deployment uses,
 * and Azure's rules for matching an operation against them.
 *
 * Each built-in role is copied from Microsoft Learn, "Azure built-in roles"
 * (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/<category>), whose
 * source is MicrosoftDocs/azure-docs `articles/role-based-access-control/built-in-roles/`. Role
 * definitions change over time (Cognitive Services OpenAI User gained data actions in 2024);
 * `az role definition list --name <guid>` shows the live one.
 */

/** One permission block of a role definition, as in the role's JSON. */
export interface PermissionBlock {
  /** Control-plane operations allowed, with `*` wildcards. */
  readonly actions: readonly string[];
  /** Control-plane operations taken back out of `actions`. */
  readonly notActions: readonly string[];
  /** Data-plane operations allowed. */
  readonly dataActions: readonly string[];
  /** Data-plane operations taken back out of `dataActions`. */
  readonly notDataActions: readonly string[];
}

/** A role, built-in or custom, with what it permits. */
export interface RoleDefinition {
  /** The display name (for a custom role, its `name` in the stack). */
  readonly name: string;
  /** The role definition GUID, for built-in roles. */
  readonly guid?: string;
  /** Where the definition comes from. */
  readonly origin: 'built-in' | 'custom';
  /** The permission blocks; an operation is permitted if any block permits it. */
  readonly permissions: readonly PermissionBlock[];
}

/** Which plane an operation belongs to: `actions` (control plane) or `dataActions` (data plane). */
export type Plane = 'control' | 'data';

function block(actions: string[], dataActions: string[] = [], notActions: string[] = [], notDataActions: string[] = []): PermissionBlock[] {
  return [{ actions, notActions, dataActions, notDataActions }];
}

function builtIn(name: string, guid: string, permissions: PermissionBlock[]): RoleDefinition {
  return { name, guid, origin: 'built-in', permissions };
}

const CS = 'Microsoft.CognitiveServices';
const SA = 'Microsoft.Storage/storageAccounts';
const ML = 'Microsoft.MachineLearningServices';

/** Reads shared by several Cognitive Services roles. */
const CS_MONITORING_READS = [
  'Microsoft.Insights/alertRules/read', 'Microsoft.Insights/diagnosticSettings/read', 'Microsoft.Insights/logDefinitions/read',
  'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read', 'Microsoft.ResourceHealth/availabilityStatuses/read',
  'Microsoft.Resources/deployments/operations/read', 'Microsoft.Resources/subscriptions/operationresults/read',
  'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read',
];

/** The vault-level reads of the Key Vault data roles. */
const KEY_VAULT_READS = [
  'Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Resources/deployments/*',
  'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*', 'Microsoft.KeyVault/checkNameAvailability/read',
  'Microsoft.KeyVault/deletedVaults/read', 'Microsoft.KeyVault/locations/*/read', 'Microsoft.KeyVault/vaults/*/read',
  'Microsoft.KeyVault/operations/read',
];

/** The built-in roles the report evaluates, by lower-case GUID. */
export const BUILT_IN_ROLES: ReadonlyMap<string, RoleDefinition> = new Map([
  // built-in-roles/privileged
  builtIn('Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', block(['*'])),
  builtIn('Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c', block(['*'], [], [
    'Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action',
    'Microsoft.Blueprint/blueprintAssignments/write', 'Microsoft.Blueprint/blueprintAssignments/delete',
    'Microsoft.Compute/galleries/share/action', 'Microsoft.Purview/consents/write', 'Microsoft.Purview/consents/delete',
    'Microsoft.Resources/deploymentStacks/manageDenySetting/action', 'Microsoft.Subscription/cancel/action',
    'Microsoft.Subscription/enable/action',
  ])),
  builtIn('Role Based Access Control Administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168', block([
    'Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleAssignments/delete', '*/read', 'Microsoft.Support/*',
  ])),
  builtIn('User Access Administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', block(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'])),
  // built-in-roles/general
  builtIn('Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7', block(['*/read'])),
  // built-in-roles/ai-machine-learning. Azure AI Administrator is not on that page; its definition
  // is in https://learn.microsoft.com/azure/ai-foundry/concepts/hub-rbac-foundry ("Azure AI Administrator role").
  builtIn('Azure AI Administrator', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94', block([
    'Microsoft.Authorization/*/read', `${CS}/*`, 'Microsoft.ContainerRegistry/registries/*', 'Microsoft.DocumentDb/databaseAccounts/*',
    'Microsoft.Features/features/read', 'Microsoft.Features/providers/features/read', 'Microsoft.Features/providers/features/register/action',
    'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/components/*', 'Microsoft.Insights/diagnosticSettings/*',
    'Microsoft.Insights/generateLiveToken/read', 'Microsoft.Insights/logDefinitions/read', 'Microsoft.Insights/metricAlerts/*',
    'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read', 'Microsoft.Insights/scheduledqueryrules/*',
    'Microsoft.Insights/topology/read', 'Microsoft.Insights/transactions/read', 'Microsoft.Insights/webtests/*', 'Microsoft.KeyVault/*',
    `${ML}/workspaces/*`, 'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action',
    'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/deployments/operations/read',
    'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read',
    'Microsoft.Resources/subscriptions/resourcegroups/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read',
    'Microsoft.Resources/subscriptions/resourceGroups/write', `${SA}/*`, 'Microsoft.Support/*', 'Microsoft.Search/searchServices/write',
    'Microsoft.Search/searchServices/read', 'Microsoft.Search/searchServices/delete', 'Microsoft.Search/searchServices/indexes/*',
    'Microsoft.DataFactory/factories/*',
  ])),
  builtIn('Azure AI Developer', '64702f94-c441-49e6-a78b-ef80e0188fee', block(
    [`${ML}/workspaces/*/read`, `${ML}/workspaces/*/action`, `${ML}/workspaces/*/delete`, `${ML}/workspaces/*/write`,
      `${ML}/locations/*/read`, 'Microsoft.Authorization/*/read', 'Microsoft.Resources/deployments/*'],
    [`${CS}/accounts/OpenAI/*`, `${CS}/accounts/SpeechServices/*`, `${CS}/accounts/ContentSafety/*`],
    [`${ML}/workspaces/delete`, `${ML}/workspaces/write`, `${ML}/workspaces/listKeys/action`, `${ML}/workspaces/hubs/write`,
      `${ML}/workspaces/hubs/delete`, `${ML}/workspaces/featurestores/write`, `${ML}/workspaces/featurestores/delete`],
  )),
  builtIn('Azure AI Inference Deployment Operator', '3afb7f49-54cb-416e-8c09-6dc049efa503', block([
    'Microsoft.Authorization/*/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Insights/AutoscaleSettings/write',
  ])),
  // Read, and private endpoint connection approval, on the dependency types a managed network
  // connects to; no data actions.
  builtIn('Azure AI Enterprise Network Connection Approver', 'b556d68e-0be0-4f35-a333-ad7ee1ce17ea', block(
    ['ContainerRegistry/registries', 'Cache/redis', 'Cache/redisEnterprise', 'DocumentDB/databaseAccounts', 'KeyVault/vaults',
      'MachineLearningServices/workspaces', 'Sql/servers'].flatMap((type) => [
      `Microsoft.${type}/privateEndpointConnectionsApproval/action`, `Microsoft.${type}/privateEndpointConnections/read`,
      `Microsoft.${type}/privateEndpointConnections/write`,
    ]).concat([
      'Microsoft.Cache/redis/read', 'Microsoft.Cache/redis/privateLinkResources/read', 'Microsoft.Cache/redisEnterprise/read',
      'Microsoft.Cache/redisEnterprise/privateLinkResources/read', `${CS}/accounts/read`, `${CS}/accounts/privateEndpointConnections/read`,
      `${CS}/accounts/privateEndpointConnections/write`, `${CS}/accounts/privateLinkResources/read`,
      'Microsoft.DocumentDB/databaseAccounts/privateLinkResources/read', 'Microsoft.DocumentDB/databaseAccounts/read',
      'Microsoft.KeyVault/vaults/privateLinkResources/read', 'Microsoft.KeyVault/vaults/read', `${ML}/workspaces/privateLinkResources/read`,
      `${ML}/workspaces/read`, `${SA}/privateEndpointConnections/read`, `${SA}/privateEndpointConnections/write`,
      `${SA}/privateLinkResources/read`, `${SA}/read`, 'Microsoft.Sql/servers/privateLinkResources/read', 'Microsoft.Sql/servers/read',
    ]),
  )),
  builtIn('Cognitive Services Contributor', '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68', block([
    'Microsoft.Authorization/*/read', `${CS}/*`, 'Microsoft.Features/features/read', 'Microsoft.Features/providers/features/read',
    'Microsoft.Features/providers/features/register/action', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/diagnosticSettings/*',
    'Microsoft.Insights/logDefinitions/read', 'Microsoft.Insights/metricdefinitions/read', 'Microsoft.Insights/metrics/read',
    'Microsoft.ResourceHealth/availabilityStatuses/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/deployments/operations/read',
    'Microsoft.Resources/subscriptions/operationresults/read', 'Microsoft.Resources/subscriptions/read',
    'Microsoft.Resources/subscriptions/resourcegroups/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Support/*',
  ])),
  builtIn('Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908', block(
    [`${CS}/*/read`, `${CS}/accounts/listkeys/action`, ...CS_MONITORING_READS, 'Microsoft.Support/*'],
    [`${CS}/*`],
  )),
  builtIn('Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd', block(
    [`${CS}/*/read`, 'Microsoft.Authorization/roleAssignments/read', 'Microsoft.Authorization/roleDefinitions/read'],
    [`${CS}/accounts/OpenAI/*/read`, ...['engines/completions', 'engines/search', 'engines/generate', 'deployments/audio', 'deployments/search',
      'deployments/completions', 'deployments/chat/completions', 'deployments/realtime', 'deployments/extensions/chat/completions',
      'deployments/embeddings', 'images/generations'].map((op) => `${CS}/accounts/OpenAI/${op}/action`), `${CS}/accounts/OpenAI/assistants/*`],
    [],
    [`${CS}/accounts/OpenAI/stored-completions/read`],
  )),
  builtIn('Cognitive Services OpenAI Contributor', 'a001fd3d-188f-4b5d-821b-7da978bf7442', block(
    [`${CS}/*/read`, `${CS}/accounts/deployments/write`, `${CS}/accounts/deployments/delete`, `${CS}/accounts/raiPolicies/read`,
      `${CS}/accounts/raiPolicies/write`, `${CS}/accounts/raiPolicies/delete`, `${CS}/accounts/commitmentplans/read`,
      `${CS}/accounts/commitmentplans/write`, `${CS}/accounts/commitmentplans/delete`, 'Microsoft.Authorization/roleAssignments/read',
      'Microsoft.Authorization/roleDefinitions/read'],
    [`${CS}/accounts/OpenAI/*`],
  )),
  // Renamed "Foundry User"; definition from https://learn.microsoft.com/azure/ai-foundry/concepts/rbac-azure-ai-foundry.
  builtIn('Azure AI User', '53ca6127-db72-4b80-b1b0-d745d6d5456d', block(
    [`${CS}/*/read`, `${CS}/accounts/listkeys/action`, ...CS_MONITORING_READS, 'Microsoft.Resources/deployments/*', 'Microsoft.Support/*'],
    [`${CS}/*`],
  )),
  builtIn('Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f', block([], ['Microsoft.Search/searchServices/indexes/documents/read'])),
  builtIn('Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7', block([], ['Microsoft.Search/searchServices/indexes/documents/*'])),
  builtIn('Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0', block([
    'Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.ResourceHealth/availabilityStatuses/read',
    'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Search/searchServices/*',
    'Microsoft.Support/*',
  ])),
  // built-in-roles/storage
  builtIn('Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', block(
    [`${SA}/blobServices/containers/read`, `${SA}/blobServices/generateUserDelegationKey/action`],
    [`${SA}/blobServices/containers/blobs/read`],
  )),
  builtIn('Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', block(
    [`${SA}/blobServices/containers/delete`, `${SA}/blobServices/containers/read`, `${SA}/blobServices/containers/write`,
      `${SA}/blobServices/generateUserDelegationKey/action`],
    ['delete', 'read', 'write', 'move/action', 'add/action'].map((op) => `${SA}/blobServices/containers/blobs/${op}`),
  )),
  builtIn('Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', block(
    [`${SA}/blobServices/containers/*`, `${SA}/blobServices/generateUserDelegationKey/action`],
    [`${SA}/blobServices/containers/blobs/*`],
  )),
  builtIn('Storage File Data Privileged Contributor', '69566ab7-960f-475b-8e7c-b3118f30c6bd', block([], [
    `${SA}/fileServices/fileshares/files/read`, `${SA}/fileServices/fileshares/files/write`, `${SA}/fileServices/fileshares/files/delete`,
    `${SA}/fileServices/fileshares/files/modifypermissions/action`, `${SA}/fileServices/readFileBackupSemantics/action`,
    `${SA}/fileServices/writeFileBackupSemantics/action`,
  ])),
  builtIn('Storage File Data Privileged Reader', 'b8eda974-7b85-4f76-af95-65846b26df6d', block([], [
    `${SA}/fileServices/fileshares/files/read`, `${SA}/fileServices/readFileBackupSemantics/action`,
  ])),
  builtIn('Storage File Data SMB Share Contributor', '0c867c2a-1d8c-454a-a3db-ab2ea1bdc8bb', block([], [
    `${SA}/fileServices/fileshares/files/read`, `${SA}/fileServices/fileshares/files/write`, `${SA}/fileServices/fileshares/files/delete`,
  ])),
  builtIn('Storage File Data SMB Share Elevated Contributor', 'a7264617-510b-434b-a828-9731dc254ea7', block([], [
    `${SA}/fileServices/fileshares/files/read`, `${SA}/fileServices/fileshares/files/write`, `${SA}/fileServices/fileshares/files/delete`,
    `${SA}/fileServices/fileshares/files/modifypermissions/action`,
  ])),
  builtIn('Storage File Data SMB Share Reader', 'aba4ae5f-2193-4029-9191-0cb91df5e314', block([], [`${SA}/fileServices/fileshares/files/read`])),
  builtIn('Storage Account Contributor', '17d1049b-9a84-46fb-8f53-869881c3d3ab', block([
    'Microsoft.Authorization/*/read', 'Microsoft.Insights/alertRules/*', 'Microsoft.Insights/diagnosticSettings/*',
    'Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action', 'Microsoft.ResourceHealth/availabilityStatuses/read',
    'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', `${SA}/*`, 'Microsoft.Support/*',
  ])),
  // built-in-roles/security
  builtIn('Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483', block(KEY_VAULT_READS, ['Microsoft.KeyVault/vaults/*'])),
  builtIn('Key Vault Crypto Officer', '14b46e9e-c2b7-41b4-b07b-48a6ebf60603', block(KEY_VAULT_READS, [
    'Microsoft.KeyVault/vaults/keys/*', 'Microsoft.KeyVault/vaults/keyrotationpolicies/*',
  ])),
  builtIn('Key Vault Crypto Service Encryption User', 'e147488a-f6f5-4113-8e2d-b22465e65bf6', block(
    ['Microsoft.EventGrid/eventSubscriptions/write', 'Microsoft.EventGrid/eventSubscriptions/read', 'Microsoft.EventGrid/eventSubscriptions/delete'],
    ['Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action'],
  )),
  builtIn('Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6', block([], [
    'Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action',
  ])),
  // built-in-roles/containers
  builtIn('AcrPull', '7f951dda-4ed3-4680-a7ca-43fe172d538d', block(['Microsoft.ContainerRegistry/registries/pull/read'])),
  builtIn('AcrPush', '8311e382-0749-4cb8-b61a-304f252e45ec', block([
    'Microsoft.ContainerRegistry/registries/pull/read', 'Microsoft.ContainerRegistry/registries/push/write',
  ])),
  // built-in-roles/monitor
  builtIn('Monitoring Metrics Publisher', '3913510d-42f4-4e42-8a64-420c390055eb', block(
    ['Microsoft.Insights/Register/Action', 'Microsoft.Support/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
    ['Microsoft.Insights/Metrics/Write', 'Microsoft.Insights/Telemetry/Write'],
  )),
  builtIn('Monitoring Reader', '43d0d8ad-25c7-4714-9337-8ba259a9fe05', block([
    '*/read', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.Support/*',
  ])),
  builtIn('Log Analytics Reader', '73c42c96-874c-492b-b04d-ab87d138a893', block(
    ['*/read', 'Microsoft.OperationalInsights/workspaces/analytics/query/action', 'Microsoft.OperationalInsights/workspaces/search/action',
      'Microsoft.Support/*'],
    [],
    ['Microsoft.OperationalInsights/workspaces/sharedKeys/read'],
  )),
].map((role) => [role.guid!, role]));

/** The built-in role with this GUID (any case), if the table has it. */
export function builtInRoleByGuid(guid: string): RoleDefinition | undefined {
  return BUILT_IN_ROLES.get(guid.toLowerCase());
}

/** The built-in role with this display name (any case), for assignments that use `role_definition_name`. */
export function builtInRoleByName(name: string): RoleDefinition | undefined {
  const wanted = name.toLowerCase();
  return [...BUILT_IN_ROLES.values()].find((role) => role.name.toLowerCase() === wanted);
}

/**
 * Whether an operation matches a permission pattern. As in Azure, the comparison ignores case
 * and `*` stands for any run of characters, slashes included (`Microsoft.Search/searchServices/*`
 * matches `Microsoft.Search/searchServices/listAdminKeys/action`; `*` matches everything).
 */
export function operationMatches(pattern: string, operation: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`, 'i');
  return regex.test(operation);
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the role permits `operation` on the given plane: some permission block lists it in
 * (data) actions and does not take it back in Not(Data)Actions.
 */
export function permits(role: RoleDefinition, plane: Plane, operation: string): boolean {
  return role.permissions.some((permission) => {
    const allowed = plane === 'control' ? permission.actions : permission.dataActions;
    const excluded = plane === 'control' ? permission.notActions : permission.notDataActions;
    return allowed.some((pattern) => operationMatches(pattern, operation))
      && !excluded.some((pattern) => operationMatches(pattern, operation));
  });
}
