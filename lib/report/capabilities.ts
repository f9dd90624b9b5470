/**
 * What a role lets its holder do to a resource, in words people use ("read blobs", "list account
 * keys"). Each capability is a probe: a concrete operation the role must permit
 * ({@link permits}), so wildcards, NotActions and custom roles are all evaluated the same way.
 */
import { Plane, permits, RoleDefinition } from './role-permissions';
import { ResourceKind } from './stack-model';

const SA = 'Microsoft.Storage/storageAccounts';
const BLOBS = `${SA}/blobServices/containers/blobs`;

/** The verbs the report groups storage data actions by. */
export type StorageVerb = 'read' | 'write' | 'delete' | 'tags' | 'change permissions';

/**
 * The blob data actions of Azure Storage (Microsoft Learn, "Azure permissions for Storage"), each
 * with its verb. An ABAC container condition must list every one of them that a role permits.
 */
export const BLOB_DATA_ACTIONS: ReadonlyArray<{ readonly action: string; readonly verb: StorageVerb }> = [
  { action: `${BLOBS}/read`, verb: 'read' },
  { action: `${BLOBS}/write`, verb: 'write' },
  { action: `${BLOBS}/add/action`, verb: 'write' },
  { action: `${BLOBS}/move/action`, verb: 'write' },
  { action: `${BLOBS}/delete`, verb: 'delete' },
  { action: `${BLOBS}/deleteBlobVersion/action`, verb: 'delete' },
  { action: `${BLOBS}/permanentDelete/action`, verb: 'delete' },
  { action: `${BLOBS}/tags/read`, verb: 'tags' },
  { action: `${BLOBS}/tags/write`, verb: 'tags' },
  { action: `${BLOBS}/manageOwnership/action`, verb: 'change permissions' },
  { action: `${BLOBS}/modifyPermissions/action`, verb: 'change permissions' },
  // Acts past immutability policies.
  { action: `${BLOBS}/immutableStorage/runAsSuperUser/action`, verb: 'change permissions' },
];

/** The Azure Files data actions, with their verbs. */
const FILE_DATA_ACTIONS: ReadonlyArray<{ readonly action: string; readonly verb: StorageVerb }> = [
  { action: `${SA}/fileServices/fileshares/files/read`, verb: 'read' },
  { action: `${SA}/fileServices/readFileBackupSemantics/action`, verb: 'read' },
  { action: `${SA}/fileServices/fileshares/files/write`, verb: 'write' },
  { action: `${SA}/fileServices/writeFileBackupSemantics/action`, verb: 'write' },
  { action: `${SA}/fileServices/fileshares/files/delete`, verb: 'delete' },
  { action: `${SA}/fileServices/fileshares/files/modifypermissions/action`, verb: 'change permissions' },
];

/** The container operations of the control plane, which an ABAC condition on blobs cannot limit. */
const CONTAINER_OPERATIONS: ReadonlyArray<{ readonly action: string; readonly verb: string }> = [
  { action: `${SA}/blobServices/containers/write`, verb: 'create' },
  { action: `${SA}/blobServices/containers/delete`, verb: 'delete' },
];

/** The blob data actions the role permits. */
export function permittedBlobActions(role: RoleDefinition): Array<{ action: string; verb: StorageVerb }> {
  return BLOB_DATA_ACTIONS.filter(({ action }) => permits(role, 'data', action));
}

/** The verbs of the file data actions the role permits, in a fixed order. */
export function fileVerbs(role: RoleDefinition): StorageVerb[] {
  return orderedVerbs(FILE_DATA_ACTIONS.filter(({ action }) => permits(role, 'data', action)).map(({ verb }) => verb));
}

/** The container operations (create, delete) the role permits on the control plane. */
export function containerOperations(role: RoleDefinition): string[] {
  return CONTAINER_OPERATIONS.filter(({ action }) => permits(role, 'control', action)).map(({ verb }) => verb);
}

/** Verbs without duplicates, in the order read, write, delete, tags, change permissions. */
export function orderedVerbs(verbs: readonly StorageVerb[]): StorageVerb[] {
  const order: StorageVerb[] = ['read', 'write', 'delete', 'tags', 'change permissions'];
  return order.filter((verb) => verbs.includes(verb));
}

/**
 * A capability: permitted if the role permits any of `operations` on `plane`. `scopeWide`
 * capabilities are operations on the resource itself (keys, settings), which a role scoped to a
 * part of it (one search index) does not get.
 */
export interface Capability {
  readonly id: string;
  readonly label: string;
  readonly plane: Plane;
  readonly operations: readonly string[];
  readonly scopeWide?: boolean;
  /** Left out when this broader capability (an id) is also permitted. */
  readonly impliedBy?: string;
}

/** An operation no real role names: only a role with a wildcard over all of them permits it. */
const ANY_OPERATION = 'Microsoft.AccessReportProbe/anyResource/anyOperation/action';
const CS = 'Microsoft.CognitiveServices/accounts';
const SEARCH = 'Microsoft.Search/searchServices';
const KV = 'Microsoft.KeyVault/vaults';
const ML = 'Microsoft.MachineLearningServices/workspaces';

/** Any management operation at all (Owner, Contributor): probed with an operation no role names. Checked on every kind of resource. */
export const OWNER_LIKE: Capability = { id: 'owner-like', label: 'all management operations (owner-like)', plane: 'control', operations: [ANY_OPERATION], scopeWide: true };
/** Creating role assignments (Owner, User Access Administrator, Role Based Access Control Administrator): the holder can give itself any role. Checked on every kind. */
export const ASSIGNS_ROLES: Capability = { id: 'assign-roles', label: 'assign roles (can grant itself any access here)', plane: 'control', operations: ['Microsoft.Authorization/roleAssignments/write'], scopeWide: true };

/** The capabilities worth reporting for each kind of resource (storage data is handled apart, per container). */
export const CAPABILITIES: Readonly<Partial<Record<ResourceKind, readonly Capability[]>>> = {
  storage: [
    { id: 'storage-keys', label: 'account keys (every blob and file, past any condition)', plane: 'control', operations: [`${SA}/listkeys/action`], scopeWide: true },
  ],
  'ai-services': [
    { id: 'ai-all-data', label: 'all data actions', plane: 'data', operations: [`${CS}/AccessReportProbe/anyOperation/action`] },
    { id: 'ai-inference', label: 'inference', plane: 'data', operations: [`${CS}/OpenAI/deployments/chat/completions/action`, `${CS}/MaaS/chat/completions/action`], impliedBy: 'ai-all-data' },
    { id: 'ai-stored-completions', label: 'read stored completions', plane: 'data', operations: [`${CS}/OpenAI/stored-completions/read`], impliedBy: 'ai-all-data' },
    { id: 'ai-keys', label: 'account keys', plane: 'control', operations: [`${CS}/listkeys/action`], scopeWide: true },
    { id: 'ai-deployments', label: 'manage deployments', plane: 'control', operations: [`${CS}/deployments/write`], scopeWide: true },
  ],
  search: [
    { id: 'search-read', label: 'index read', plane: 'data', operations: [`${SEARCH}/indexes/documents/read`] },
    { id: 'search-write', label: 'index write', plane: 'data', operations: [`${SEARCH}/indexes/documents/write`, `${SEARCH}/indexes/documents/delete`] },
    { id: 'search-manage-indexes', label: 'create and delete indexes', plane: 'control', operations: [`${SEARCH}/indexes/write`, `${SEARCH}/indexes/delete`] },
    { id: 'search-admin-keys', label: 'admin keys (every index)', plane: 'control', operations: [`${SEARCH}/listAdminKeys/action`], scopeWide: true },
    { id: 'search-query-keys', label: 'query keys (read every index)', plane: 'control', operations: [`${SEARCH}/listQueryKeys/action`], scopeWide: true, impliedBy: 'search-admin-keys' },
  ],
  'key-vault': [
    { id: 'kv-read-secrets', label: 'read secrets', plane: 'data', operations: [`${KV}/secrets/getSecret/action`] },
    { id: 'kv-write-secrets', label: 'write secrets', plane: 'data', operations: [`${KV}/secrets/setSecret/action`, `${KV}/secrets/delete`] },
    { id: 'kv-use-keys', label: 'use keys', plane: 'data', operations: [`${KV}/keys/unwrap/action`, `${KV}/keys/decrypt/action`, `${KV}/keys/sign/action`] },
    { id: 'kv-manage-keys', label: 'manage keys', plane: 'data', operations: [`${KV}/keys/create/action`, `${KV}/keys/delete`] },
  ],
  registry: [
    { id: 'acr-pull', label: 'pull images', plane: 'control', operations: ['Microsoft.ContainerRegistry/registries/pull/read'] },
    { id: 'acr-push', label: 'push images', plane: 'control', operations: ['Microsoft.ContainerRegistry/registries/push/write'] },
  ],
  'log-analytics': [
    { id: 'logs-read', label: 'query logs', plane: 'control', operations: ['Microsoft.OperationalInsights/workspaces/query/read', 'Microsoft.OperationalInsights/workspaces/search/action'] },
    { id: 'logs-keys', label: 'shared keys', plane: 'control', operations: ['Microsoft.OperationalInsights/workspaces/sharedKeys/action'], scopeWide: true },
  ],
  'app-insights': [
    { id: 'telemetry-read', label: 'read telemetry', plane: 'control', operations: ['Microsoft.Insights/components/query/read'] },
    { id: 'telemetry-publish', label: 'publish telemetry', plane: 'data', operations: ['Microsoft.Insights/Telemetry/Write'] },
  ],
  hub: workspaceCapabilities(),
  project: workspaceCapabilities(),
  'ml-workspace': workspaceCapabilities(),
};

function workspaceCapabilities(): Capability[] {
  return [
    { id: 'ws-read', label: 'read', plane: 'control', operations: [`${ML}/read`, `${ML}/datastores/read`] },
    { id: 'ws-build', label: 'build and run (jobs, data, deployments)', plane: 'control', operations: [`${ML}/jobs/write`, `${ML}/data/versions/write`] },
    { id: 'ws-secrets', label: 'connection secrets', plane: 'control', operations: [`${ML}/connections/listsecrets/action`] },
    { id: 'ws-manage', label: 'change settings', plane: 'control', operations: [`${ML}/write`], scopeWide: true },
  ];
}

/**
 * The capabilities the role has on a resource of `kind`; `wholeResource` is false for a scope
 * below the resource (one index), which leaves out the scope-wide ones. Owner-like and
 * role-granting come first when present.
 */
export function capabilitiesOf(role: RoleDefinition, kind: ResourceKind, wholeResource = true): Capability[] {
  const candidates = [OWNER_LIKE, ASSIGNS_ROLES, ...CAPABILITIES[kind] ?? []].filter((capability) => wholeResource || !capability.scopeWide);
  const granted = candidates.filter((capability) => capability.operations.some((operation) => permits(role, capability.plane, operation)));
  return granted.filter((capability) => !capability.impliedBy || !granted.some((other) => other.id === capability.impliedBy));
}
