/**
 * Small synthetic stacks for the access-report tests, written as the plain JSON cdktf would
 * synthesize (not by synthesizing the library), so each test shows exactly what it feeds in.
 */
import { ownersText } from '../../lib/report/data-ownership';
import { buildStackReport, StackReport } from '../../lib/report/reach';
import { readStackModel } from '../../lib/report/stack-model';

/** Role GUIDs used by the fixtures (Microsoft Learn, "Azure built-in roles"). */
export const ROLE = {
  STORAGE_BLOB_DATA_CONTRIBUTOR: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  STORAGE_BLOB_DATA_READER: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR: '69566ab7-960f-475b-8e7c-b3118f30c6bd',
  SEARCH_INDEX_DATA_READER: '1407120a-92aa-4202-b7e9-c0e197c71c8f',
  AZURE_AI_DEVELOPER: '64702f94-c441-49e6-a78b-ef80e0188fee',
  READER: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  CONTRIBUTOR: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  COGNITIVE_SERVICES_USER: 'a97b65f3-24c7-4388-baec-2e87135dc908',
} as const;

/** The subscription-scoped role definition id the library writes. */
export function roleId(guid: string): string {
  return `/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

/** The hub storage account id, as the hub references it. */
export const STORAGE = '${azurerm_storage_account.storage.id}';
/** The hub id. */
export const HUB = '${azurerm_ai_foundry.hub.id}';
/** The hub's user-assigned identity, as a principal id. */
export const HUB_IDENTITY = '${azurerm_user_assigned_identity.hub_identity.principal_id}';

/** The references a project's grants use. */
export function project(name: string): { id: string; projectId: string; identity: string } {
  return {
    id: `\${azurerm_ai_foundry_project.${name}.id}`,
    projectId: `\${azurerm_ai_foundry_project.${name}.project_id}`,
    identity: `\${azurerm_ai_foundry_project.${name}.identity[0].principal_id}`,
  };
}

const BLOBS = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs';

/** The five blob data actions of Storage Blob Data Contributor. */
export const CONTRIBUTOR_BLOB_ACTIONS = ['read', 'write', 'delete', 'add/action', 'move/action'].map((action) => `${BLOBS}/${action}`);

/** The container-name condition of lib/core/abac.ts, for the given actions and prefix. */
export function containerCondition(actions: readonly string[], prefix: string): string {
  const notActions = actions.map((action) => `  !(ActionMatches{'${action}'})`).join('\n  AND\n');
  return `(\n (\n${notActions}\n )\n OR\n (\n  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWithIgnoreCase '${prefix}'\n )\n)`;
}

/** One `azurerm_role_assignment` body. */
export function grant(scope: string, guid: string, principalId: string, condition?: string): Record<string, unknown> {
  return {
    scope,
    role_definition_id: roleId(guid),
    principal_id: principalId,
    principal_type: principalId.startsWith('${var.') ? 'Group' : 'ServicePrincipal',
    ...(condition === undefined ? {} : { condition, condition_version: '2.0' }),
  };
}

/**
 * A stack with one hub (`hub-main`) on storage account `sthub`, and the given projects
 * (`proj-<name>`), plus any other resources (by type, then name) and role assignments (by name).
 */
export function hubStack(options: {
  projects: readonly string[];
  resources?: Record<string, Record<string, unknown>>;
  assignments?: Record<string, Record<string, unknown>>;
}): Record<string, unknown> {
  const extra = options.resources ?? {};
  return {
    '//': { metadata: { stackName: 'fixture' } },
    resource: {
      ...extra,
      azurerm_resource_group: { rg: { name: 'rg-main' } },
      azurerm_storage_account: { storage: { name: 'sthub', resource_group_name: '${azurerm_resource_group.rg.name}' } },
      azurerm_key_vault: { vault: { name: 'kv-main', resource_group_name: '${azurerm_resource_group.rg.name}' } },
      azurerm_user_assigned_identity: { hub_identity: { name: 'id-main' } },
      azurerm_ai_foundry: {
        hub: {
          name: 'hub-main',
          resource_group_name: '${azurerm_resource_group.rg.name}',
          storage_account_id: STORAGE,
          key_vault_id: '${azurerm_key_vault.vault.id}',
          identity: { type: 'UserAssigned', identity_ids: ['${azurerm_user_assigned_identity.hub_identity.id}'] },
        },
      },
      azurerm_ai_foundry_project: Object.fromEntries(options.projects.map((name) => [name, { name: `proj-${name}`, ai_services_hub_id: HUB }])),
      ...(options.assignments ? { azurerm_role_assignment: options.assignments } : {}),
    },
  };
}

/** A hub or project connection to a service. */
export function connection(parentId: string, targetId: string): Record<string, unknown> {
  return {
    type: 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01',
    parent_id: parentId,
    name: 'conn',
    body: { properties: { category: 'CognitiveSearch', authType: 'AAD', metadata: { ApiType: 'Azure', ResourceId: targetId } } },
  };
}

/** The report of a fixture. */
export function reportOf(json: unknown): StackReport {
  return buildStackReport(readStackModel(json, 'fixture.json'));
}

/** A principal's access, one line per row: `resource | access | whose data | role`. */
export function accessOf(report: StackReport, label: string): string[] {
  const principal = report.principals.find((candidate) => candidate.principal.label === label);
  if (!principal) throw new Error(`no principal "${label}"; principals: ${report.principals.map((p) => p.principal.label).join(', ')}`);
  return principal.reach.map((reach) => `${reach.resource} | ${reach.access} | ${ownersText(reach.owners)} | ${reach.role}`);
}

/** The findings, one line each: `principal: reached: access (role)`. */
export function findingsOf(report: StackReport): string[] {
  return report.findings.map(({ principal, reach, reached }) => `${principal.label}: ${reached}: ${reach.access} (${reach.role})`);
}
