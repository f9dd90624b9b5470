import {
  AI_SERVICES_SKUS, CONTAINER_REGISTRY_SKUS, DEPLOYMENT_SKUS, KEY_VAULT_SKUS, LOCK_LEVELS, MANAGED_NETWORK_ISOLATION_MODES, OUTBOUND_RULE_PROTOCOLS,
  PRINCIPAL_TYPES, RESERVED_SUBNET_NAMES, SEARCH_SKU_LIMITS, SEMANTIC_SEARCH_PLANS, SEVERITY_THRESHOLDS, STORAGE_REPLICATIONS, TAG_LIMITS,
  VERSION_UPGRADE_OPTIONS,
} from '../../lib';
import { LOCK_NOTES_MAX_LENGTH } from '../../lib/core/lock';
import { MONITOR_ACCESS_MODES } from '../../lib/hub/monitor-private-link-scope';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The allowed-value tables the input checks use, against what azurerm v4.55.0 itself accepts
// (test/conformance/azurerm/provider-validations.json, with its provenance), or pinned by hand
// where the provider does not validate the value.

type Validations = Record<string, Record<string, { values?: string[]; min?: number; max?: number }>>;
const validations = JSON.parse(readFileSync(join(__dirname, '../conformance/azurerm/provider-validations.json'), 'utf8')) as { resources: Validations };
const accepted = (resource: string, attribute: string): string[] => {
  const values = validations.resources[resource]?.[attribute]?.values;
  if (values === undefined) throw new Error(`no vendored values for ${resource}.${attribute}`);
  return [...values].sort();
};
const sorted = (values: readonly string[]) => [...values].sort();

describe('every value azurerm accepts, and no other', () => {
  test.each([
    ['STORAGE_REPLICATIONS', STORAGE_REPLICATIONS, 'azurerm_storage_account', 'account_replication_type'],
    ['KEY_VAULT_SKUS', KEY_VAULT_SKUS, 'azurerm_key_vault', 'sku_name'],
    ['CONTAINER_REGISTRY_SKUS', CONTAINER_REGISTRY_SKUS, 'azurerm_container_registry', 'sku'],
    ['MANAGED_NETWORK_ISOLATION_MODES', MANAGED_NETWORK_ISOLATION_MODES, 'azurerm_ai_foundry', 'managed_network.isolation_mode'],
    ['VERSION_UPGRADE_OPTIONS', VERSION_UPGRADE_OPTIONS, 'azurerm_cognitive_deployment', 'version_upgrade_option'],
    ['DEPLOYMENT_SKUS', Object.keys(DEPLOYMENT_SKUS), 'azurerm_cognitive_deployment', 'sku.name'],
    ['SEVERITY_THRESHOLDS', SEVERITY_THRESHOLDS, 'azurerm_cognitive_account_rai_policy', 'content_filter.severity_threshold'],
    ['SEARCH_SKU_LIMITS', Object.keys(SEARCH_SKU_LIMITS), 'azurerm_search_service', 'sku'],
    ['SEMANTIC_SEARCH_PLANS (without "disabled")', SEMANTIC_SEARCH_PLANS.filter((p) => p !== 'disabled'), 'azurerm_search_service', 'semantic_search_sku'],
    ['OUTBOUND_RULE_PROTOCOLS', OUTBOUND_RULE_PROTOCOLS, 'azurerm_machine_learning_workspace_network_outbound_rule_service_tag', 'protocol'],
    ['PRINCIPAL_TYPES', PRINCIPAL_TYPES, 'azurerm_role_assignment', 'principal_type'],
  ] as const)('%s', (_, table, resource, attribute) => {
    expect(sorted(table)).toEqual(accepted(resource, attribute));
  });
});

describe('a deliberate subset of what azurerm accepts, pinned by hand', () => {
  test('locks: CanNotDelete only (ReadOnly blocks the hub\'s own writes)', () => {
    expect(LOCK_LEVELS).toEqual(['CanNotDelete']);
    expect(accepted('azurerm_management_lock', 'lock_level')).toEqual(expect.arrayContaining([...LOCK_LEVELS]));
  });

  test('AI Services accounts: S0 only (the one tier of kind AIServices)', () => {
    expect(AI_SERVICES_SKUS).toEqual(['S0']);
    expect(accepted('azurerm_ai_services', 'sku_name')).toEqual(expect.arrayContaining([...AI_SERVICES_SKUS]));
  });
});

describe('values azurerm does not validate, pinned by hand from their sources', () => {
  test('tag limits (Microsoft Learn, tag limitations; names 128 on storage accounts)', () => {
    expect(TAG_LIMITS).toEqual({ maxTags: 50, maxNameLength: 128, maxValueLength: 256, forbiddenNameCharacters: '<>%&\\?/' });
  });

  test('reserved subnet names (azurerm v4.55.0 validators and route server docs)', () => {
    expect(Object.keys(RESERVED_SUBNET_NAMES).sort()).toEqual(['AzureBastionSubnet', 'AzureFirewallManagementSubnet', 'AzureFirewallSubnet', 'GatewaySubnet', 'RouteServerSubnet']);
  });

  test('lock notes: at most 512 characters (management_lock_resource.go, StringLenBetween(0, 512))', () => {
    expect(LOCK_NOTES_MAX_LENGTH).toBe(512);
  });

  test('monitor private link scope access modes (monitor_private_link_scope_resource.go)', () => {
    expect(sorted(MONITOR_ACCESS_MODES)).toEqual(['Open', 'PrivateOnly']);
  });
});
