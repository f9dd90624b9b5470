import { acknowledge, AiHub, AiHubProps, Principal } from '../../lib';
import { infosOf, onlyResource, refToOnly, resourcesOf, synth, warningsOf } from '../helpers';

const base: AiHubProps = { baseName: 'sales-dev', location: 'swedencentral' };

describe('AiHub explicit opt-outs', () => {
  test('public network access is an explicit opt-in that opens the hub and its dependencies, with a warning', () => {
    const { json, stack } = synth((s) => { new AiHub(s, 'Hub', { ...base, publicNetworkAccess: 'Enabled', containerRegistrySku: 'Standard' }); });
    expect(onlyResource(json, 'azurerm_ai_foundry').public_network_access).toBe('Enabled');
    expect(onlyResource(json, 'azurerm_storage_account').public_network_access_enabled).toBe(true);
    expect(onlyResource(json, 'azurerm_storage_account').shared_access_key_enabled).toBe(false);
    expect(warningsOf(stack)).toEqual([
      '[public-network-access] AiHub "test/Hub": publicNetworkAccess is "Enabled": the hub, its storage account, key vault and container registry accept traffic from public networks. Use "Disabled" with private endpoints for anything beyond development.',
    ]);
  });

  test('an acknowledged opt-out shows as info with its reason instead of a warning; the others still warn', () => {
    const { stack } = synth((s) => {
      const hub = new AiHub(s, 'Hub', { ...base, publicNetworkAccess: 'Enabled', containerRegistrySku: 'Standard', preventDestroy: false });
      acknowledge(hub, { id: 'public-network-access', reason: 'sandbox hub for the platform team, no customer data' });
    });
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[no-destroy-protection\] AiHub "test\/Hub": preventDestroy is false/)]);
    expect(infosOf(stack).filter((i) => i.startsWith('['))).toEqual([
      expect.stringMatching(/^\[public-network-access\] acknowledged: sandbox hub for the platform team, no customer data \(AiHub "test\/Hub": publicNetworkAccess is "Enabled"/),
    ]);
  });

  test('an acknowledgement without a reason, or of an unknown warning, fails at synth time', () => {
    expect(() => synth((s) => { acknowledge(new AiHub(s, 'Hub', base), { id: 'public-network-access', reason: ' ' }); })).toThrow(/AiHub "test\/Hub".*reason/s);
    expect(() => synth((s) => { acknowledge(s, { id: 'no-such-warning' as 'public-network-access', reason: 'x' }); })).toThrow(/no-such-warning/);
  });

  test('a looser managed network, no high business impact, no destroy protection and no diagnostics each warn', () => {
    const { json, stack } = synth((s) => {
      new AiHub(s, 'Hub', { ...base, managedNetworkIsolationMode: 'AllowInternetOutbound', highBusinessImpact: false, preventDestroy: false, diagnostics: { enabled: false } });
    });
    expect(onlyResource(json, 'azurerm_ai_foundry').managed_network).toEqual({ isolation_mode: 'AllowInternetOutbound' });
    expect(onlyResource(json, 'azurerm_ai_foundry').high_business_impact_enabled).toBe(false);
    expect(onlyResource(json, 'azurerm_storage_account').lifecycle).toBeUndefined();
    expect(resourcesOf(json, 'azurerm_monitor_diagnostic_setting')).toEqual([]);
    const warnings = warningsOf(stack);
    expect(warnings).toHaveLength(4);
    expect(warnings.join('\n')).toMatch(/managedNetworkIsolationMode is "AllowInternetOutbound"/);
    expect(warnings.join('\n')).toMatch(/highBusinessImpact is false/);
    expect(warnings.join('\n')).toMatch(/preventDestroy is false/);
    expect(warnings.join('\n')).toMatch(/diagnostics are disabled/);
  });

  test('a CanNotDelete lock on every stateful resource when asked for', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...base, lock: { level: 'CanNotDelete' } }); });
    const scopes = resourcesOf(json, 'azurerm_management_lock').map(([, l]) => { expect(l.lock_level).toBe('CanNotDelete'); return l.scope as string; });
    expect(scopes.sort()).toEqual(['azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry', 'azurerm_log_analytics_workspace', 'azurerm_ai_foundry'].map((type) => refToOnly(json, type)).sort());
  });

  test('the locks of a hub that creates everything sit at stable addresses, one per stateful resource', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...base, lock: { level: 'CanNotDelete' } }); });
    // Construct ids are Terraform addresses: a renamed lock would be destroyed and created again.
    expect(resourcesOf(json, 'azurerm_management_lock').map(([name]) => name.replace(/_[0-9A-F]{8}$/, '')).sort()).toEqual([
      'Hub_Lock-ContainerRegistry', 'Hub_Lock-Hub', 'Hub_Lock-KeyVault', 'Hub_Lock-LogAnalyticsWorkspace', 'Hub_Lock-StorageAccount',
    ]);
  });

  test('each lock waits for every other resource of its own construct, grants added later included, and for nothing of the projects', () => {
    const { json } = synth((s) => {
      const hub = new AiHub(s, 'Hub', { ...base, lock: { level: 'CanNotDelete' } });
      hub.grantReader(Principal.group('99999999-8888-7777-6666-555555555555', 'readers'));
      for (const name of ['Alpha', 'Beta']) hub.addProject(name, { dataContainers: ['raw'], lock: { level: 'CanNotDelete' } });
    });
    const addresses = (filter: (name: string) => boolean) => Object.entries(json.resource)
      .filter(([type]) => type !== 'azurerm_management_lock')
      .flatMap(([type, byName]) => Object.keys(byName).filter(filter).map((name) => `${type}.${name}`)).sort();
    const ofProject = (project: string) => (name: string) => name.startsWith(`Hub_${project}_`);
    const ofHub = (name: string) => name.startsWith('Hub') && !ofProject('Alpha')(name) && !ofProject('Beta')(name);
    const hubOwn = addresses(ofHub);
    expect(hubOwn).toEqual(expect.arrayContaining([expect.stringMatching(/^azapi_update_resource\./), expect.stringMatching(/Grant-Reader-readers/)]));
    const locks = resourcesOf(json, 'azurerm_management_lock');
    expect(locks).toHaveLength(7);
    for (const [name, lock] of locks) {
      const project = ['Alpha', 'Beta'].find((p) => name.startsWith(`Hub_${p}_`));
      // A project's lock orders against its project and data container; the hub's five against the hub's own resources.
      const expected = project === undefined ? hubOwn : addresses(ofProject(project));
      expect([name, [...lock.depends_on].sort()]).toEqual([name, expected]);
      if (project !== undefined) expect(expected).toEqual(expect.arrayContaining([expect.stringMatching(/^azurerm_ai_foundry_project\./), expect.stringMatching(/^azurerm_storage_container\./)]));
    }
  });

  test('diagnostics can go to a central workspace instead of the hub\'s', () => {
    const central = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sec/providers/Microsoft.OperationalInsights/workspaces/log-central';
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...base, diagnostics: { logAnalyticsWorkspaceId: central } }); });
    const settings = resourcesOf(json, 'azurerm_monitor_diagnostic_setting');
    expect(settings.length).toBeGreaterThan(0);
    for (const [, setting] of settings) expect(setting.log_analytics_workspace_id).toBe(central);
  });

  test('an existing resource group is used as given, and none is created', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { ...base, resourceGroup: { name: 'rg-shared', id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared' } }); });
    expect(resourcesOf(json, 'azurerm_resource_group')).toEqual([]);
    expect(onlyResource(json, 'azurerm_ai_foundry').resource_group_name).toBe('rg-shared');
  });
});
