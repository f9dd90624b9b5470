/**
 * The parts of a synthesized stack that decide who can reach which project's data: hubs,
 * projects, connections, the resources role assignments are scoped to, custom roles and the role
 * assignments themselves. {@link readStackModel} builds it from the plain JSON of
 * `cdktf.out/stacks/<name>/cdk.tf.json`; nothing here knows about cdktf or the azurerm bindings.
 */
import { basename, dirname } from 'node:path';
import {
  blockList, blocksOfType, constructPath, isExpression, isObject, JsonObject, parseReference, sameId, sortedEntries, stringField,
  stringList,
} from './terraform-json';
import { PermissionBlock } from './role-permissions';

/** The kinds of resource the report understands. */
export type ResourceKind =
  | 'storage' | 'ai-services' | 'search' | 'key-vault' | 'registry' | 'log-analytics' | 'app-insights'
  | 'hub' | 'project' | 'ml-workspace' | 'resource-group' | 'subscription' | 'other';

/** A resource a role assignment can be scoped to. */
export interface Resource {
  /** Its id as the stack writes it: `${azurerm_storage_account.x.id}`, or a literal ARM id. */
  readonly id: string;
  readonly kind: ResourceKind;
  /** A name for people: the Azure name when the stack has it as a literal, else the Terraform name. */
  readonly name: string;
  /** The Terraform address (`azurerm_storage_account.x`), for resources the stack declares. */
  readonly address?: string;
  /** How the resource's resource group is written (`${azurerm_resource_group.rg.name}` or a literal name). */
  readonly resourceGroup?: string;
  /** The subscription GUID, when the id is a literal ARM id. */
  readonly subscription?: string;
}

/** An AI Foundry hub, declared in the stack or only referenced by id (an existing hub). */
export interface Hub {
  /** The hub's id (`${azurerm_ai_foundry.x.id}` or a literal ARM id). */
  readonly id: string;
  readonly name: string;
  /** False for a hub the stack only references. */
  readonly declared: boolean;
  /** The ids of its dependencies, as the stack writes them (for an existing hub: the lookup's outputs). */
  readonly storageAccountId?: string;
  readonly keyVaultId?: string;
  readonly containerRegistryId?: string;
  readonly applicationInsightsId?: string;
  /** The principal ids of the hub's identities (user-assigned and system-assigned). */
  readonly identityPrincipalIds: readonly string[];
}

/** An AI Foundry project (`azurerm_ai_foundry_project`). */
export interface Project {
  /** `azurerm_ai_foundry_project.<name>`. */
  readonly address: string;
  /** `${azurerm_ai_foundry_project.<name>.id}`. */
  readonly id: string;
  /** `${azurerm_ai_foundry_project.<name>.project_id}`: the prefix of its containers and file share. */
  readonly projectIdReference: string;
  /** `${azurerm_ai_foundry_project.<name>.identity[0].principal_id}`. */
  readonly identityPrincipalId: string;
  readonly name: string;
  /** The hub id (`ai_services_hub_id`), if the stack sets one. */
  readonly hubId?: string;
}

/** A workspace connection (`azapi_resource` of type `Microsoft.MachineLearningServices/workspaces/connections`). */
export interface Connection {
  readonly address: string;
  readonly name: string;
  /** The hub or project the connection belongs to. */
  readonly parentId: string;
  /** The connected service (`properties.metadata.ResourceId`), if set. */
  readonly targetId?: string;
}

/** A custom role the stack defines (`azurerm_role_definition`). */
export interface CustomRoleDefinition {
  readonly address: string;
  readonly name: string;
  readonly permissions: readonly PermissionBlock[];
}

/** A role assignment (`azurerm_role_assignment`). */
export interface RoleAssignment {
  readonly address: string;
  /** The construct path (`//.metadata.path`), when the file has it. */
  readonly path?: string;
  readonly scope: string;
  /** `role_definition_id` as written, if set. */
  readonly roleDefinitionId?: string;
  /** `role_definition_name` as written, if set (azurerm accepts either). */
  readonly roleDefinitionName?: string;
  readonly principalId: string;
  readonly principalType?: string;
  readonly condition?: string;
  /** `description` as written, if set. */
  readonly description?: string;
}

/** Everything the report needs from one stack. */
export interface StackModel {
  /** The stack name (`//.metadata.stackName`, else from the file path). */
  readonly name: string;
  /** Where the JSON came from, as given. */
  readonly source: string;
  readonly hubs: readonly Hub[];
  readonly projects: readonly Project[];
  readonly connections: readonly Connection[];
  readonly resources: readonly Resource[];
  readonly customRoles: readonly CustomRoleDefinition[];
  readonly assignments: readonly RoleAssignment[];
  /** Principal ids of the identities of services (`azurerm_search_service.x.identity[0].principal_id`...), by principal id: the service. */
  readonly serviceIdentities: ReadonlyMap<string, Resource>;
  /** Parts of the file that were skipped, in words. */
  readonly notes: readonly string[];
}

/** Terraform resource (and data source) types the report knows, and their kind. */
const KIND_BY_TYPE: Readonly<Record<string, ResourceKind>> = {
  azurerm_storage_account: 'storage',
  azurerm_ai_services: 'ai-services',
  azurerm_cognitive_account: 'ai-services',
  azurerm_search_service: 'search',
  azurerm_key_vault: 'key-vault',
  azurerm_container_registry: 'registry',
  azurerm_log_analytics_workspace: 'log-analytics',
  azurerm_application_insights: 'app-insights',
  azurerm_ai_foundry: 'hub',
  azurerm_ai_foundry_project: 'project',
  azurerm_resource_group: 'resource-group',
};

/** ARM resource types (provider/type, lower case) and their kind, for literal ids. */
const KIND_BY_ARM_TYPE: Readonly<Record<string, ResourceKind>> = {
  'microsoft.storage/storageaccounts': 'storage',
  'microsoft.cognitiveservices/accounts': 'ai-services',
  'microsoft.search/searchservices': 'search',
  'microsoft.keyvault/vaults': 'key-vault',
  'microsoft.containerregistry/registries': 'registry',
  'microsoft.operationalinsights/workspaces': 'log-analytics',
  'microsoft.insights/components': 'app-insights',
  'microsoft.machinelearningservices/workspaces': 'ml-workspace',
};

/** The kind of an ARM resource type (`Microsoft.Storage/storageAccounts`, any case). */
export function kindOfArmType(type: string): ResourceKind {
  return KIND_BY_ARM_TYPE[type.toLowerCase()] ?? 'other';
}

const CONNECTION_TYPE = /^Microsoft\.MachineLearningServices\/workspaces\/connections@/i;
const WORKSPACE_TYPE = /^Microsoft\.MachineLearningServices\/workspaces@/i;

/** The parts of a literal ARM id: subscription, resource group, and the first provider resource. */
export interface ArmIdParts {
  readonly subscription: string;
  readonly resourceGroup?: string;
  /** `microsoft.storage/storageaccounts`, lower case. */
  readonly type?: string;
  readonly name?: string;
  /** What follows the first provider resource (`/fileServices/default/...`), or `""`. */
  readonly rest: string;
}

/** Splits a literal ARM id (`/subscriptions/<s>/resourceGroups/<rg>/providers/<ns>/<type>/<name>/...`). */
export function parseArmId(id: string): ArmIdParts | undefined {
  const match = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?(?:\/providers\/([^/]+)\/([^/]+)\/([^/]+))?(\/.*)?$/i.exec(id.replace(/\/+$/, ''));
  if (!match || isExpression(id)) return undefined;
  const [, subscription, resourceGroup, namespace, type, name, rest] = match;
  return { subscription, resourceGroup, type: namespace ? `${namespace}/${type}`.toLowerCase() : undefined, name, rest: rest ?? '' };
}

/**
 * Builds the model of one stack. `json` is the parsed file (anything: what is not understood is
 * skipped with a note); `source` names it in the report.
 * @throws Error if `json` is not a JSON object: then it is not a synthesized stack at all.
 */
export function readStackModel(json: unknown, source: string): StackModel {
  if (!isObject(json)) throw new Error('the file is not a Terraform JSON object (expected a synthesized cdk.tf.json)');
  const notes: string[] = [];
  const resources = declaredResources(json);
  const projects = readProjects(json);
  const hubs = readHubs(json, projects);
  // Dependencies and connected services referenced by literal ids are resources too.
  for (const id of hubs.flatMap((hub) => [hub.id, hub.storageAccountId, hub.keyVaultId, hub.containerRegistryId, hub.applicationInsightsId])) {
    if (id !== undefined) addResourceById(resources, id, hubs);
  }
  const connections = readConnections(json);
  for (const connection of connections) if (connection.targetId) addResourceById(resources, connection.targetId, hubs);
  // A project sits in its hub's resource group (it has no resource_group_name of its own).
  const placed = resources.map((resource) => {
    if (resource.kind !== 'project' || resource.resourceGroup !== undefined) return resource;
    const hubId = projects.find((project) => project.id === resource.id)?.hubId;
    const hub = hubId === undefined ? undefined : resources.find((candidate) => sameId(candidate.id, hubId));
    return { ...resource, resourceGroup: hub?.resourceGroup, subscription: hub?.subscription };
  });
  return {
    name: stackName(json, source),
    source,
    hubs,
    projects,
    connections,
    resources: placed,
    customRoles: readCustomRoles(json),
    assignments: readAssignments(json, notes),
    serviceIdentities: readServiceIdentities(placed),
    notes,
  };
}

function stackName(json: JsonObject, source: string): string {
  const comment = json['//'];
  const fromMetadata = isObject(comment) ? stringField(comment.metadata, 'stackName') : undefined;
  if (fromMetadata) return fromMetadata;
  // cdktf.out/stacks/<name>/cdk.tf.json
  return basename(source) === 'cdk.tf.json' ? basename(dirname(source)) : basename(source).replace(/\.json$/, '');
}

/** A name for people: the literal `name` attribute, else the Terraform name. */
function displayName(body: JsonObject, terraformName: string): string {
  const name = stringField(body, 'name');
  return name !== undefined && !isExpression(name) && name !== '' ? name : terraformName;
}

function declaredResources(json: JsonObject): Resource[] {
  const resources: Resource[] = [];
  for (const section of ['resource', 'data'] as const) {
    for (const [type, kind] of Object.entries(KIND_BY_TYPE)) {
      for (const [name, body] of blocksOfType(json, section, type)) {
        const prefix = section === 'data' ? `data.${type}` : type;
        resources.push({
          id: `\${${prefix}.${name}.id}`,
          kind,
          name: displayName(body, name),
          address: `${prefix}.${name}`,
          // For a resource group: its own name.
          resourceGroup: stringField(body, type === 'azurerm_resource_group' ? 'name' : 'resource_group_name'),
        });
      }
    }
  }
  return resources;
}

/** Adds a resource known only by a literal ARM id (an existing dependency), unless it is known already. */
function addResourceById(resources: Resource[], id: string, hubs: readonly Hub[]): void {
  if (resources.some((resource) => sameId(resource.id, id))) return;
  const parts = parseArmId(id);
  if (!parts) {
    // An expression that is not a declared resource, such as an existing hub's lookup output.
    const dependencies: Array<[ResourceKind, (hub: Hub) => string | undefined]> = [
      ['storage', (hub) => hub.storageAccountId], ['key-vault', (hub) => hub.keyVaultId],
      ['registry', (hub) => hub.containerRegistryId], ['app-insights', (hub) => hub.applicationInsightsId],
    ];
    const kind = dependencies.find(([, idOf]) => hubs.some((hub) => idOf(hub) === id))?.[0] ?? 'other';
    resources.push({ id, kind, name: id });
    return;
  }
  let kind: ResourceKind = parts.type ? kindOfArmType(parts.type) : parts.resourceGroup ? 'resource-group' : 'subscription';
  if (kind === 'ml-workspace' && hubs.some((hub) => sameId(hub.id, id))) kind = 'hub';
  resources.push({ id, kind, name: parts.name ?? parts.resourceGroup ?? parts.subscription, resourceGroup: parts.resourceGroup, subscription: parts.subscription });
}

function readProjects(json: JsonObject): Project[] {
  return blocksOfType(json, 'resource', 'azurerm_ai_foundry_project').map(([name, body]) => ({
    address: `azurerm_ai_foundry_project.${name}`,
    id: `\${azurerm_ai_foundry_project.${name}.id}`,
    projectIdReference: `\${azurerm_ai_foundry_project.${name}.project_id}`,
    identityPrincipalId: `\${azurerm_ai_foundry_project.${name}.identity[0].principal_id}`,
    name: displayName(body, name),
    hubId: stringField(body, 'ai_services_hub_id'),
  }));
}

function readHubs(json: JsonObject, projects: readonly Project[]): Hub[] {
  const hubs: Hub[] = blocksOfType(json, 'resource', 'azurerm_ai_foundry').map(([name, body]) => {
    const identity = blockList(body.identity)[0];
    // A user-assigned identity's principal id is `${azurerm_user_assigned_identity.<n>.principal_id}`.
    const userAssigned = stringList(identity?.identity_ids).map(parseReference)
      .filter((reference) => reference?.type === 'azurerm_user_assigned_identity' && reference.attribute === 'id')
      .map((reference) => `\${azurerm_user_assigned_identity.${reference!.name}.principal_id}`);
    return {
      id: `\${azurerm_ai_foundry.${name}.id}`,
      name: displayName(body, name),
      declared: true,
      storageAccountId: stringField(body, 'storage_account_id'),
      keyVaultId: stringField(body, 'key_vault_id'),
      containerRegistryId: stringField(body, 'container_registry_id'),
      applicationInsightsId: stringField(body, 'application_insights_id'),
      identityPrincipalIds: [...userAssigned, `\${azurerm_ai_foundry.${name}.identity[0].principal_id}`],
    };
  });
  // Hubs the projects reference but the stack does not declare (AiHub.fromHubId): their
  // dependencies are read through a `data "azapi_resource"` lookup of the hub, if there is one.
  const referenced = [...new Set(projects.map((project) => project.hubId).filter((id): id is string => id !== undefined))].sort();
  for (const hubId of referenced) {
    if (hubs.some((hub) => sameId(hub.id, hubId))) continue;
    const lookup = blocksOfType(json, 'data', 'azapi_resource').find(([, body]) => {
      const type = stringField(body, 'type');
      const resourceId = stringField(body, 'resource_id');
      return type !== undefined && WORKSPACE_TYPE.test(type) && resourceId !== undefined && sameId(resourceId, hubId);
    });
    const output = (property: string) => lookup ? `\${data.azapi_resource.${lookup[0]}.output.properties.${property}}` : undefined;
    hubs.push({
      id: hubId,
      name: parseArmId(hubId)?.name ?? hubId,
      declared: false,
      storageAccountId: output('storageAccount'),
      keyVaultId: output('keyVault'),
      containerRegistryId: output('containerRegistry'),
      applicationInsightsId: output('applicationInsights'),
      identityPrincipalIds: [],
    });
  }
  return hubs;
}

function readConnections(json: JsonObject): Connection[] {
  const connections: Connection[] = [];
  for (const [name, body] of blocksOfType(json, 'resource', 'azapi_resource')) {
    const type = stringField(body, 'type');
    const parentId = stringField(body, 'parent_id');
    if (type === undefined || !CONNECTION_TYPE.test(type) || parentId === undefined) continue;
    const properties = isObject(body.body) ? body.body.properties : undefined;
    const metadata = isObject(properties) ? properties.metadata : undefined;
    connections.push({
      address: `azapi_resource.${name}`,
      name: stringField(body, 'name') ?? name,
      parentId,
      targetId: stringField(metadata, 'ResourceId'),
    });
  }
  return connections;
}

function readCustomRoles(json: JsonObject): CustomRoleDefinition[] {
  return blocksOfType(json, 'resource', 'azurerm_role_definition').map(([name, body]) => ({
    address: `azurerm_role_definition.${name}`,
    name: stringField(body, 'name') ?? name,
    permissions: blockList(body.permissions).map((permission) => ({
      actions: stringList(permission.actions),
      notActions: stringList(permission.not_actions),
      dataActions: stringList(permission.data_actions),
      notDataActions: stringList(permission.not_data_actions),
    })),
  }));
}

function readAssignments(json: JsonObject, notes: string[]): RoleAssignment[] {
  const assignments: RoleAssignment[] = [];
  const byName = isObject(json.resource) ? json.resource.azurerm_role_assignment : undefined;
  for (const [name, body] of sortedEntries(byName)) {
    const address = `azurerm_role_assignment.${name}`;
    if (!isObject(body)) {
      notes.push(`${address} skipped: not an object`);
      continue;
    }
    const scope = stringField(body, 'scope');
    const principalId = stringField(body, 'principal_id');
    const roleDefinitionId = stringField(body, 'role_definition_id');
    const roleDefinitionName = stringField(body, 'role_definition_name');
    const missing = [
      scope === undefined && 'scope', principalId === undefined && 'principal_id',
      roleDefinitionId === undefined && roleDefinitionName === undefined && 'role_definition_id',
    ].filter((field): field is string => typeof field === 'string');
    if (missing.length > 0) {
      notes.push(`${address} skipped: ${missing.join(', ')} missing or not a string`);
      continue;
    }
    assignments.push({
      address,
      path: constructPath(body),
      scope: scope!,
      roleDefinitionId,
      roleDefinitionName,
      principalId: principalId!,
      principalType: stringField(body, 'principal_type'),
      condition: stringField(body, 'condition'),
      description: stringField(body, 'description'),
    });
  }
  return assignments;
}

/** Services whose system-assigned identity can hold roles: `${<type>.<name>.identity[0].principal_id}`. */
function readServiceIdentities(resources: readonly Resource[]): Map<string, Resource> {
  const identities = new Map<string, Resource>();
  for (const resource of resources) {
    if ((resource.kind === 'search' || resource.kind === 'ai-services') && resource.address) {
      identities.set(`\${${resource.address}.identity[0].principal_id}`, resource);
    }
  }
  return identities;
}
