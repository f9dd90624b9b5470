import {
  AiHub, BuiltInRoles, DEPLOYMENT_SKUS, NameRules, OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES, OUTBOUND_RULE_SERVICE_TAGS,
  PRIVATE_LINK_SUBRESOURCES, SEARCH_SKU_LIMITS,
} from '../../lib';
import { HARM_FILTER_NAMES, SHIELD_FILTERS } from '../../lib/services/content-filter';
import { synth } from '../helpers';
import { AZURE_RULES } from './azure-rules';
import { namePatternOf } from './azure-types/azure-type-checker';
import { PROVIDER_VALIDATIONS, providerValidationProblems } from './azurerm/provider-validation-checker';
import { PINNED_BLOB_DATA_ACTIONS, PINNED_ROLE_IDS } from './pinned/built-in-roles';
import { PINNED_CONTENT_FILTERS } from './pinned/content-filters';
import { PINNED_PRIVATE_DNS_ZONES } from './pinned/private-dns-zones';

const rule = (start: string) => AZURE_RULES.find((r) => r.rule.startsWith(start))!;
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

describe('the library\'s tables agree with definitions it did not write', () => {
  test('every built-in role has the GUID of Microsoft\'s table, and the blob actions of Microsoft\'s role definition', () => {
    for (const role of Object.values(BuiltInRoles)) {
      expect([role.name, role.guid]).toEqual([role.name, PINNED_ROLE_IDS[role.name]]);
      if ('blobDataActions' in role) expect([role.name, [...role.blobDataActions].sort()]).toEqual([role.name, [...PINNED_BLOB_DATA_ACTIONS[role.name]].sort()]);
    }
  });

  test('every private-link subresource has the DNS zones of Microsoft\'s table', () => {
    expect(Object.keys(PRIVATE_LINK_SUBRESOURCES).sort()).toEqual(Object.keys(PINNED_PRIVATE_DNS_ZONES).sort());
    for (const [subresource, { zones }] of Object.entries(PRIVATE_LINK_SUBRESOURCES)) {
      expect([subresource, [...zones]]).toEqual([subresource, PINNED_PRIVATE_DNS_ZONES[subresource]]);
    }
  });

  test('the outbound rule service tags and subresources are exactly the ones azurerm v4.55.0 accepts', () => {
    const tags = PROVIDER_VALIDATIONS.azurerm_machine_learning_workspace_network_outbound_rule_service_tag.service_tag.values!;
    expect([...OUTBOUND_RULE_SERVICE_TAGS]).toEqual(tags);
    expect(OUTBOUND_RULE_PRIVATE_ENDPOINT_SUBRESOURCES).toEqual(PROVIDER_VALIDATIONS.azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint.sub_resource_target.values);
  });

  test('deployment types and search tiers are exactly the ones azurerm v4.55.0 accepts', () => {
    expect(Object.keys(DEPLOYMENT_SKUS).sort()).toEqual([...PROVIDER_VALIDATIONS.azurerm_cognitive_deployment['sku.name'].values!].sort());
    expect(Object.keys(SEARCH_SKU_LIMITS).sort()).toEqual([...PROVIDER_VALIDATIONS.azurerm_search_service.sku.values!].sort());
  });

  test('content filter names are the API\'s, and only harm filters have severity levels', () => {
    for (const name of Object.values(HARM_FILTER_NAMES)) expect([name, PINNED_CONTENT_FILTERS[name]?.multiLevel]).toEqual([name, true]);
    for (const { name } of Object.values(SHIELD_FILTERS)) expect([name, PINNED_CONTENT_FILTERS[name]?.multiLevel]).toEqual([name, false]);
  });

  test('hub, project, connection and outbound rule names follow the patterns of the vendored Azure types and the provider', () => {
    expect(NameRules.workspace.pattern.source).toBe(namePatternOf('Microsoft.MachineLearningServices/workspaces@2024-10-01-preview'));
    expect(NameRules.workspace.pattern.source).toBe(PROVIDER_VALIDATIONS.azurerm_ai_foundry_project.name.pattern);
    expect(NameRules.connection.pattern.source).toBe(namePatternOf('Microsoft.MachineLearningServices/workspaces/connections@2024-10-01'));
    expect(NameRules.outboundRule.pattern.source).toBe(namePatternOf('Microsoft.MachineLearningServices/workspaces/outboundRules@2024-10-01'));
  });
});

describe('the conformance checks can fail', () => {
  test('the provider\'s validation rejects a value an override sets', () => {
    expect(() => synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' });
      hub.resource.addOverride('managed_network.isolation_mode', 'AllowOnlyApproved');
    })).toThrow(/azurerm_ai_foundry\.Hub_[0-9A-F]{8}: managed_network\.isolation_mode "AllowOnlyApproved" is not one of AllowInternetOutbound, AllowOnlyApprovedOutbound, Disabled \(provider v4\.55\.0 internal\/services\/machinelearning\/ai_foundry_resource\.go:\d+\)/);
  });

  test('the provider\'s validation checks nested blocks, list items and ranges', () => {
    expect(providerValidationProblems({
      azurerm_storage_account: { st: { account_tier: 'Standard', account_replication_type: 'ZRS', network_rules: [{ default_action: 'Deny', bypass: ['AzureServices', 'Trusted'] }], blob_properties: { delete_retention_policy: { days: 400 } } } },
    })).toEqual([
      expect.stringMatching(/^azurerm_storage_account\.st: network_rules\.bypass\[\] "Trusted" is not one of AzureServices, Logging, Metrics, None/),
      expect.stringMatching(/^azurerm_storage_account\.st: blob_properties\.delete_retention_policy\.days 400 is outside 1-365/),
    ]);
  });

  test.each([
    ['AllMetrics on a storage service (rewritten on read)', 'no value is written in a form Azure rewrites', {
      azurerm_monitor_diagnostic_setting: {
        d: { target_resource_id: '${azurerm_storage_account.st.id}/fileServices/default', enabled_metric: [{ category: 'AllMetrics' }] },
        vault: { target_resource_id: '${azurerm_key_vault.kv.id}', enabled_metric: [{ category: 'AllMetrics' }] },
      },
    }, 'azurerm_monitor_diagnostic_setting.d: enabled_metric.category "AllMetrics" is read back as the concrete categories Capacity and Transaction'],
    ['a service tag in a prefix list', 'a network security rule', { azurerm_network_security_rule: { r: { source_address_prefixes: ['10.0.0.0/8', 'VirtualNetwork'] } } },
      'azurerm_network_security_rule.r: source_address_prefixes holds "VirtualNetwork", which is not an address or range'],
    ['AllMetrics on a storage service', 'storage diagnostic settings', { azurerm_monitor_diagnostic_setting: { d: { target_resource_id: '${azurerm_storage_account.st.id}/blobServices/default', enabled_metric: [{ category: 'AllMetrics' }] } } },
      'azurerm_monitor_diagnostic_setting.d: enabled_metric category "AllMetrics" on ${azurerm_storage_account.st.id}/blobServices/default'],
    ['a bare role definition id', 'a role assignment', { azurerm_role_assignment: { a: { role_definition_id: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7' } } },
      'azurerm_role_assignment.a: role_definition_id "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7" is not /subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>'],
    ['a role GUID Microsoft does not list', 'a role assignment', { azurerm_role_assignment: { a: { role_definition_id: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae8` } } },
      'azurerm_role_assignment.a: role definition acdd72a7-3385-48ef-bd42-f606fba81ae8 is not a built-in role of Microsoft Learn\'s table (pinned/built-in-roles.ts)'],
    ['a misspelt zone', 'private DNS zones', { azurerm_private_dns_zone: { z: { name: 'privatelink.notebooks.azureml.net' } } },
      'azurerm_private_dns_zone.z: zone "privatelink.notebooks.azureml.net" is not one of Microsoft\'s private endpoint zones'],
    ['an endpoint missing a zone', 'private DNS zones', {
      azurerm_private_endpoint: { e: { private_service_connection: { subresource_names: ['account'] }, private_dns_zone_group: { private_dns_zone_ids: [`${SUB}/resourceGroups/dns/providers/Microsoft.Network/privateDnsZones/privatelink.openai.azure.com`] } } },
    }, 'azurerm_private_endpoint.e: subresource "account" has zones privatelink.openai.azure.com, Microsoft lists privatelink.cognitiveservices.azure.com, privatelink.openai.azure.com, privatelink.services.ai.azure.com'],
    ['a filter name in the wrong case', 'content filters', { azapi_resource: { p: { type: 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01', body: { properties: { contentFilters: [{ name: 'SelfHarm', severityThreshold: 'Low' }] } } } } },
      'azapi_resource.p: content filter "SelfHarm" is not one the API knows'],
    ['a severity on a shield', 'content filters', { azapi_resource: { p: { type: 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01', body: { properties: { contentFilters: [{ name: 'Jailbreak', severityThreshold: 'High' }] } } } } },
      'azapi_resource.p: content filter "Jailbreak" has no severity levels'],
    ['a search connection as AI Services', 'a workspace connection', { azapi_resource: { c: { type: 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01', body: { properties: { category: 'AIServices', target: 'https://srch.search.windows.net' } } } } },
      'azapi_resource.c: category "AIServices" for target "https://srch.search.windows.net" (expected CognitiveSearch)'],
    ['an outbound rule name the API rejects', 'managed-network outbound rules', { azurerm_machine_learning_workspace_network_outbound_rule_fqdn: { r: { name: 'a' } } },
      'azurerm_machine_learning_workspace_network_outbound_rule_fqdn.r: name: "a" does not match the pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$'],
  ])('%s', (_, ruleStart, resources, violation) => {
    expect(rule(ruleStart).violations(resources as never)).toEqual([expect.stringContaining(violation)]);
  });
});
