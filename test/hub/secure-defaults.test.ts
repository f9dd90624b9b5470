import { AiHub } from '../../lib';
import { onlyResource, refToOnly, resourcesOf, synth, warningsOf } from '../helpers';

/** One row of the README's secure-defaults table per test, on a hub with no options. */
describe('AiHub secure defaults', () => {
  const { json, stack } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' }); });

  test('hub: public network access disabled', () => {
    expect(onlyResource(json, 'azurerm_ai_foundry').public_network_access).toBe('Disabled');
  });

  test('hub: managed network only allows approved outbound traffic', () => {
    expect(onlyResource(json, 'azurerm_ai_foundry').managed_network).toEqual({ isolation_mode: 'AllowOnlyApprovedOutbound' });
  });

  test('hub: high business impact on', () => {
    expect(onlyResource(json, 'azurerm_ai_foundry').high_business_impact_enabled).toBe(true);
  });

  test('hub: a user-assigned identity is the primary identity', () => {
    const hub = onlyResource(json, 'azurerm_ai_foundry');
    expect(hub.identity.type).toBe('UserAssigned');
    expect(hub.primary_user_assigned_identity).toBe(hub.identity.identity_ids[0]);
    expect(hub.primary_user_assigned_identity).toMatch(/^\$\{azurerm_user_assigned_identity\.[^.]+\.id\}$/);
  });

  test('hub: identity-based system datastores through azapi, at a pinned api version', () => {
    const update = onlyResource(json, 'azapi_update_resource');
    expect(update.type).toBe('Microsoft.MachineLearningServices/workspaces@2024-10-01-preview');
    expect(update.body).toEqual({ properties: { systemDatastoresAuthMode: 'Identity' } });
    expect(update.resource_id).toMatch(/^\$\{azurerm_ai_foundry\.[^.]+\.id\}$/);
    expect(json.terraform?.required_providers.azapi).toEqual({ source: 'Azure/azapi', version: '~> 2.5' });
  });

  test('storage: StorageV2, TLS 1.2, HTTPS only, no public blobs, no shared keys, OAuth by default', () => {
    const st = onlyResource(json, 'azurerm_storage_account');
    expect(st.account_kind).toBe('StorageV2');
    expect(st.min_tls_version).toBe('TLS1_2');
    expect(st.https_traffic_only_enabled).toBe(true);
    expect(st.allow_nested_items_to_be_public).toBe(false);
    expect(st.shared_access_key_enabled).toBe(false);
    expect(st.default_to_oauth_authentication).toBe(true);
    expect(st.cross_tenant_replication_enabled).toBe(false);
    expect(st.local_user_enabled).toBe(false);
  });

  test('storage: infrastructure encryption, versioning, 30-day blob and container soft delete, ZRS', () => {
    const st = onlyResource(json, 'azurerm_storage_account');
    expect(st.infrastructure_encryption_enabled).toBe(true);
    expect(st.blob_properties).toEqual({
      versioning_enabled: true,
      delete_retention_policy: { days: 30 },
      container_delete_retention_policy: { days: 30 },
    });
    expect(st.account_replication_type).toBe('ZRS');
  });

  test('a private hub\'s storage, key vault and registry deny public traffic except trusted Azure services', () => {
    const st = onlyResource(json, 'azurerm_storage_account');
    expect(st.public_network_access_enabled).toBe(false);
    expect(st.network_rules).toEqual({ default_action: 'Deny', bypass: ['AzureServices'] });
    const kv = onlyResource(json, 'azurerm_key_vault');
    expect(kv.public_network_access_enabled).toBe(false);
    expect(kv.network_acls).toEqual({ default_action: 'Deny', bypass: 'AzureServices' });
    const cr = onlyResource(json, 'azurerm_container_registry');
    expect(cr.public_network_access_enabled).toBe(false);
  });

  test('key vault: RBAC authorization, purge protection, 90-day soft delete', () => {
    const kv = onlyResource(json, 'azurerm_key_vault');
    expect(kv.rbac_authorization_enabled).toBe(true);
    expect(kv.purge_protection_enabled).toBe(true);
    expect(kv.soft_delete_retention_days).toBe(90);
    expect(kv.access_policy).toBeUndefined();
  });

  test('container registry: no admin user, no anonymous pull, Premium SKU', () => {
    const cr = onlyResource(json, 'azurerm_container_registry');
    expect(cr.admin_enabled).toBe(false);
    expect(cr.anonymous_pull_enabled).toBe(false);
    expect(cr.sku).toBe('Premium');
    expect(cr.export_policy_enabled).toBe(false);
  });

  test('monitoring: Log Analytics keeps 90 days and backs a workspace-based Application Insights', () => {
    const law = onlyResource(json, 'azurerm_log_analytics_workspace');
    expect(law.retention_in_days).toBe(90);
    const appi = onlyResource(json, 'azurerm_application_insights');
    expect(appi.workspace_id).toMatch(/^\$\{azurerm_log_analytics_workspace\.[^.]+\.id\}$/);
  });

  test('diagnostics: every created resource sends all logs and all metrics to the hub workspace, storage as the categories Azure reads back', () => {
    const settings = resourcesOf(json, 'azurerm_monitor_diagnostic_setting').map(([, s]) => s);
    const targets = settings.map((s) => s.target_resource_id as string);
    const withLogs = [
      refToOnly(json, 'azurerm_ai_foundry'), refToOnly(json, 'azurerm_key_vault'), refToOnly(json, 'azurerm_container_registry'), refToOnly(json, 'azurerm_log_analytics_workspace'),
      `${refToOnly(json, 'azurerm_storage_account')}/blobServices/default`, `${refToOnly(json, 'azurerm_storage_account')}/fileServices/default`,
    ];
    const metricsOnly = [refToOnly(json, 'azurerm_storage_account'), refToOnly(json, 'azurerm_application_insights')];
    expect(targets.sort()).toEqual([...withLogs, ...metricsOnly].sort());
    for (const s of settings) {
      expect(s.log_analytics_workspace_id).toBe(refToOnly(json, 'azurerm_log_analytics_workspace'));
      // Storage metrics are the categories Capacity and Transaction: Azure reads AllMetrics back
      // as those at storage service scope (Learn supported metrics; Microsoft's AVM storage module).
      const isStorage = String(s.target_resource_id).startsWith(refToOnly(json, 'azurerm_storage_account'));
      expect([s.target_resource_id, s.enabled_metric]).toEqual([s.target_resource_id, isStorage ? [{ category: 'Capacity' }, { category: 'Transaction' }] : [{ category: 'AllMetrics' }]]);
      expect(s.enabled_log).toEqual(metricsOnly.includes(s.target_resource_id) ? undefined : [{ category_group: 'allLogs' }]);
    }
  });

  test('data safety: prevent_destroy on storage, key vault, registry, Log Analytics and hub', () => {
    for (const type of ['azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry', 'azurerm_log_analytics_workspace', 'azurerm_ai_foundry']) {
      expect([type, onlyResource(json, type).lifecycle]).toEqual([type, { prevent_destroy: true }]);
    }
  });

  test('no management lock unless asked for', () => {
    expect(resourcesOf(json, 'azurerm_management_lock')).toEqual([]);
  });

  test('a resource group of its own per hub, named from the base name', () => {
    expect(onlyResource(json, 'azurerm_resource_group').name).toBe('rg-sales-dev');
  });

  test('no warnings when nothing insecure was opted into', () => {
    expect(warningsOf(stack)).toEqual([]);
  });

  test('tags go on every taggable resource', () => {
    const tagged = synth((s) => { new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral', tags: { owner: 'platform' } }); }).json;
    for (const type of ['azurerm_resource_group', 'azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry',
      'azurerm_log_analytics_workspace', 'azurerm_application_insights', 'azurerm_user_assigned_identity', 'azurerm_ai_foundry']) {
      expect([type, onlyResource(tagged, type).tags]).toEqual([type, { owner: 'platform' }]);
    }
  });
});
