import { TerraformStack } from 'cdktf';
import { AiHub, AiHubProps, AiNetwork, PrivateDnsZones } from '../../lib';
import { infosOf, onlyResource, refTo, resourcesOf, synth, warningsOf } from '../helpers';

// Typed by hand from Microsoft Learn, "Azure Private Endpoint private DNS zone values" (Azure
// Monitor row) and "Configure private link for Azure Monitor".
const MONITOR_ZONES = ['privatelink.agentsvc.azure-automation.net', 'privatelink.blob.core.windows.net', 'privatelink.monitor.azure.com', 'privatelink.ods.opinsights.azure.com', 'privatelink.oms.opinsights.azure.com'];
const EXISTING_SCOPE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitor/providers/Microsoft.Insights/privateLinkScopes/ampls-central';

/** A private hub with endpoints in a network of the same stack, plus `props`. */
function privateHub(props: Partial<AiHubProps> = {}, more?: (stack: TerraformStack, network: AiNetwork, zones: PrivateDnsZones) => void) {
  return synth((s) => {
    const network = new AiNetwork(s, 'Network', { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/24'], privateEndpointSubnetPrefix: '10.40.0.0/26' });
    const zones = new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' });
    new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: zones }, ...props });
    more?.(s, network, zones);
  });
}

describe('monitoring of a private hub', () => {
  const { json } = privateHub();

  test('Log Analytics and Application Insights take no ingestion or query from the internet', () => {
    for (const type of ['azurerm_log_analytics_workspace', 'azurerm_application_insights']) {
      expect([type, onlyResource(json, type)]).toEqual([type, expect.objectContaining({ internet_ingestion_enabled: false, internet_query_enabled: false })]);
    }
  });

  test('both are linked to a monitor private link scope of the hub, in Open access modes', () => {
    const scope = onlyResource(json, 'azurerm_monitor_private_link_scope');
    expect(scope).toEqual({ name: 'ampls-research', resource_group_name: refTo(json, 'azurerm_resource_group', 'Hub/ResourceGroup', 'name'), ingestion_access_mode: 'Open', query_access_mode: 'Open' });
    const linked = resourcesOf(json, 'azurerm_monitor_private_link_scoped_service').map(([, s]) => s);
    expect(linked.map((s) => s.linked_resource_id).sort()).toEqual([
      refTo(json, 'azurerm_application_insights', 'Hub/ApplicationInsights', 'id'), refTo(json, 'azurerm_log_analytics_workspace', 'Hub/LogAnalyticsWorkspace', 'id'),
    ].sort());
    expect(linked.map((s) => s.name).sort()).toEqual(['hub-research-ApplicationInsights', 'hub-research-LogAnalyticsWorkspace']);
    for (const s of linked) expect(s).toMatchObject({ scope_name: refTo(json, 'azurerm_monitor_private_link_scope', 'Hub/MonitorPrivateLinkScope', 'name'), resource_group_name: scope.resource_group_name });
  });

  test('the scope gets a private endpoint (azuremonitor) with the five monitor zones', () => {
    const [, endpoint] = resourcesOf(json, 'azurerm_private_endpoint').find(([, e]) => e.private_service_connection.subresource_names[0] === 'azuremonitor')!;
    expect(endpoint.name).toBe('pep-ampls-research-azuremonitor');
    expect(endpoint.private_service_connection.private_connection_resource_id).toBe(refTo(json, 'azurerm_monitor_private_link_scope', 'Hub/MonitorPrivateLinkScope', 'id'));
    const zoneNames = new Map(resourcesOf(json, 'azurerm_private_dns_zone').map(([address, zone]) => [`\${azurerm_private_dns_zone.${address}.id}`, zone.name]));
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids.map((id: string) => zoneNames.get(id)).sort()).toEqual(MONITOR_ZONES);
  });

  test('PrivateOnly access modes are passed through', () => {
    const { json: strict } = privateHub({ monitorPrivateLinkScope: { ingestionAccessMode: 'PrivateOnly', queryAccessMode: 'PrivateOnly', name: 'ampls-research-prod' } });
    expect(onlyResource(strict, 'azurerm_monitor_private_link_scope')).toMatchObject({ name: 'ampls-research-prod', ingestion_access_mode: 'PrivateOnly', query_access_mode: 'PrivateOnly' });
  });

  test('an existing scope gets the two resources; no scope, endpoint or zone is made for monitoring', () => {
    const { json: joined } = privateHub({ monitorPrivateLinkScope: { existingScopeId: EXISTING_SCOPE } });
    expect(resourcesOf(joined, 'azurerm_monitor_private_link_scope')).toEqual([]);
    expect(resourcesOf(joined, 'azurerm_private_endpoint').flatMap(([, e]) => e.private_service_connection.subresource_names)).not.toContain('azuremonitor');
    expect(resourcesOf(joined, 'azurerm_private_dns_zone').map(([, z]) => z.name)).not.toContain('privatelink.monitor.azure.com');
    for (const [, s] of resourcesOf(joined, 'azurerm_monitor_private_link_scoped_service')) expect(s).toMatchObject({ scope_name: 'ampls-central', resource_group_name: 'rg-monitor' });
  });

  test('a second private hub of the stack joins the first hub\'s scope (one scope per DNS), and says so', () => {
    const { json: two, stack } = privateHub({}, (s, network, zones) => {
      new AiHub(s, 'Second', { baseName: 'second', location: 'swedencentral', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: zones } });
    });
    expect(resourcesOf(two, 'azurerm_monitor_private_link_scope')).toHaveLength(1);
    const scopeName = refTo(two, 'azurerm_monitor_private_link_scope', 'Hub/MonitorPrivateLinkScope', 'name');
    const linked = resourcesOf(two, 'azurerm_monitor_private_link_scoped_service').map(([, s]) => s);
    expect(linked.map((s) => s.name).sort()).toEqual(['hub-research-ApplicationInsights', 'hub-research-LogAnalyticsWorkspace', 'hub-second-ApplicationInsights', 'hub-second-LogAnalyticsWorkspace']);
    for (const s of linked) expect(s.scope_name).toBe(scopeName);
    expect(infosOf(stack)).toContainEqual(expect.stringMatching(/^AiHub "test\/Second": its Log Analytics workspace and Application Insights join the monitor private link scope of AiHub "test\/Hub"/));
  });

  test('dependenciesWithPublicAccess keeps one of them public, with a warning', () => {
    const { json: open, stack } = privateHub({ dependenciesWithPublicAccess: ['ApplicationInsights'] });
    expect(onlyResource(open, 'azurerm_application_insights')).toMatchObject({ internet_ingestion_enabled: true, internet_query_enabled: true });
    expect(onlyResource(open, 'azurerm_log_analytics_workspace')).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
    expect(warningsOf(stack)).toEqual([
      '[public-dependency] AiHub "test/Hub": dependenciesWithPublicAccess lists "ApplicationInsights": the hub is private but its ApplicationInsights accepts ingestion and queries from public networks (it has no firewall). Reach it through the monitor private link scope instead where you can.',
    ]);
  });

  test('an override that turns internet query back on fails synth', () => {
    expect(() => synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral' });
      hub.logAnalyticsWorkspace!.addOverride('internet_query_enabled', true);
    })).toThrow('the hub is private but its LogAnalyticsWorkspace has internet_query_enabled = true (an override?)');
  });

  test('a private hub without endpoints or a scope makes no scope', () => {
    const { json: bare } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral' }); });
    expect(resourcesOf(bare, 'azurerm_monitor_private_link_scope')).toEqual([]);
    expect(onlyResource(bare, 'azurerm_application_insights')).toMatchObject({ internet_ingestion_enabled: false, internet_query_enabled: false });
  });

  test('existing monitoring resources are neither changed nor linked', () => {
    const { json: existing } = privateHub({
      existingLogAnalyticsWorkspaceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log-central',
      existingApplicationInsightsId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi-central',
    });
    expect(resourcesOf(existing, 'azurerm_monitor_private_link_scope')).toEqual([]);
    expect(resourcesOf(existing, 'azurerm_monitor_private_link_scoped_service')).toEqual([]);
  });
});

describe('monitoring of a public hub', () => {
  test('keeps internet ingestion and query, with no scope', () => {
    const { json } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', publicNetworkAccess: 'Enabled' }); });
    expect(onlyResource(json, 'azurerm_log_analytics_workspace')).toMatchObject({ internet_ingestion_enabled: true, internet_query_enabled: true });
    expect(resourcesOf(json, 'azurerm_monitor_private_link_scope')).toEqual([]);
  });
});

describe('monitorPrivateLinkScope validation', () => {
  test.each([
    ['on a public hub', { publicNetworkAccess: 'Enabled', monitorPrivateLinkScope: {} },
      'monitorPrivateLinkScope applies only to a private hub, and publicNetworkAccess is "Enabled", so monitoring stays public; remove monitorPrivateLinkScope.'],
    ['an access mode in the wrong case', { monitorPrivateLinkScope: { ingestionAccessMode: 'privateOnly' } },
      'monitorPrivateLinkScope.ingestionAccessMode is the string "privateOnly", which is not one of "Open", "PrivateOnly" (values are case-sensitive: write "PrivateOnly").'],
    ['a name ending in a period', { monitorPrivateLinkScope: { name: 'ampls.' } }, 'monitor private link scope name "ampls."'],
    ['an existing id of another type', { monitorPrivateLinkScope: { existingScopeId: EXISTING_SCOPE.replace('Microsoft.Insights/privateLinkScopes', 'Microsoft.Insights/components') } },
      'is not a resource id of type Microsoft.Insights/privateLinkScopes'],
    ['a name with an existing scope', { monitorPrivateLinkScope: { existingScopeId: EXISTING_SCOPE, name: 'mine' } },
      'monitorPrivateLinkScope.name is set with existingScopeId; the existing scope\'s owner decides it, so remove name.'],
  ])('refuses %s', (_, props, message) => {
    expect(() => synth((s) => { new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', ...(props as Partial<AiHubProps>) }); })).toThrow(message);
  });
});
