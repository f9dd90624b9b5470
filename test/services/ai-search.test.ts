import { AiHub, AiSearch, AiSearchProps, AiServices, dnsZonesManagedByPolicy } from '../../lib';
import { onlyResource, pinnedRoleId, resourcesOf, roleGuidOf, synth, warningsOf } from '../helpers';

const WORKSPACE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log';
const base: AiSearchProps = { name: 'srch-sales', location: 'swedencentral', resourceGroupName: 'rg-sales', diagnostics: { logAnalyticsWorkspaceId: WORKSPACE } };
const searchWith = (props: Partial<AiSearchProps>) => () => synth((s) => { new AiSearch(s, 'Search', { ...base, ...props }); });

describe('AiSearch', () => {
  test('Entra ID only, private, trusted services through the firewall, a system identity, semantic ranker, protected', () => {
    const { json, stack } = searchWith({})();
    const service = onlyResource(json, 'azurerm_search_service');
    expect(service).toMatchObject({
      sku: 'standard', replica_count: 1, partition_count: 1, local_authentication_enabled: false, public_network_access_enabled: false,
      network_rule_bypass_option: 'AzureServices', identity: { type: 'SystemAssigned' }, semantic_search_sku: 'standard', lifecycle: { prevent_destroy: true },
    });
    expect(service.authentication_failure_mode).toBeUndefined();
    expect(warningsOf(stack)).toEqual([]);
  });

  test('API keys are an explicit opt-in that warns', () => {
    const { json, stack } = searchWith({ localAuthenticationEnabled: true })();
    expect(onlyResource(json, 'azurerm_search_service')).toMatchObject({ local_authentication_enabled: true, authentication_failure_mode: 'http401WithBearerChallenge' });
    expect(warningsOf(stack)).toEqual([expect.stringContaining('localAuthenticationEnabled is true')]);
  });

  test.each([
    [{ name: 'Srch_Sales' }, 'search service name "Srch_Sales" must use lowercase letters, digits and single hyphens'],
    [{ sku: 'basic', replicaCount: 4 }, 'replicaCount 4 must be a whole number from 1 to 3 on the basic tier.'],
    [{ replicaCount: 0 }, 'replicaCount 0 must be a whole number from 1 to 12 on the standard tier.'],
    [{ partitionCount: 5 }, 'partitionCount 5 must be one of 1, 2, 3, 4, 6, 12 on the standard tier.'],
    [{ replicaCount: 4, partitionCount: 12 }, 'replicaCount 4 times partitionCount 12 is 48 search units; Azure allows at most 36.'],
    [{ sku: 'free', publicNetworkAccess: 'Enabled', privateEndpoint: { subnet: { subnetId: 's', virtualNetworkId: 'v', virtualNetworkKey: 'k', reserveAddresses: () => undefined }, dnsZones: dnsZonesManagedByPolicy() } }, 'the free tier cannot take a private endpoint; use "basic" or above.'],
    [{ sku: 'free' }, 'the free tier has no private networking, so it cannot be private (publicNetworkAccess "Disabled", the default); use "basic" or above.'],
    [{ sku: 'free', publicNetworkAccess: 'Enabled', semanticSearch: 'free' }, 'semanticSearch "free" is not available on the free tier; use "disabled" or a higher tier.'],
    [{ sku: 'premium' }, 'sku is the string "premium", which is not one of "free", "basic"'],
  ])('fails on %j', (props, message) => {
    const build = searchWith(props as unknown as Partial<AiSearchProps>);
    expect(build).toThrow(/^AiSearch "test\/Search": /);
    expect(build).toThrow(message);
  });

  test('its identity reads one project\'s containers only, and calls the embedding models', () => {
    const { json } = synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' });
      const project = hub.addProject('Support', {});
      // A project of another hub: another storage account, so another scope.
      const other = new AiHub(s, 'OtherHub', { baseName: 'sales-b', location: 'swedencentral' }).addProject('Other', {});
      const models = new AiServices(s, 'Models', { name: 'ais-sales', location: 'swedencentral', resourceGroupName: 'rg', diagnostics: { enabled: false } });
      const search = new AiSearch(s, 'Search', base);
      search.grantReadProjectData(project);
      search.grantReadProjectData(other);
      search.grantVectorizer(models);
    });
    const searchGrants = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a).filter((a) => String(a.principal_id).includes('azurerm_search_service'));
    const readers = searchGrants.filter((a) => roleGuidOf(a) === pinnedRoleId('Storage Blob Data Reader'));
    expect(readers).toHaveLength(2);
    for (const reader of readers) expect(reader.condition).toContain('StringStartsWith');
    expect(searchGrants.filter((a) => roleGuidOf(a) === pinnedRoleId('Cognitive Services OpenAI User')).map((a) => a.scope)).toEqual([expect.stringContaining('azurerm_ai_services')]);
    expect(searchGrants).toHaveLength(3);
  });

  test('reading two projects of one hub is refused: one reader role on one storage account is one assignment in Azure, whatever its condition', () => {
    expect(() => synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' });
      const search = new AiSearch(s, 'Search', base);
      search.grantReadProjectData(hub.addProject('Support', {}));
      search.grantReadProjectData(hub.addProject('Other', {}));
    })).toThrow('AiSearch "test/Search": role "Storage Blob Data Reader" is already granted to principal "search-identity" on the same scope by "test/Search" (construct id "Storage-StorageBlobDataReader-search-identity-Support"); Azure allows one role assignment per principal, role and scope, whatever its condition, so the second would fail at apply (RoleAssignmentExists).');
  });

  test('project data grants are keyed by the project\'s path below its hub; a second project with the same key needs its own', () => {
    const build = (explicitKey?: string) => synth((s) => {
      const search = new AiSearch(s, 'Search', base);
      const a = new AiHub(s, 'HubA', { baseName: 'sales-a', location: 'swedencentral' }).addProject('Support', { name: 'proj-support-a' });
      const b = new AiHub(s, 'HubB', { baseName: 'sales-b', location: 'swedencentral' }).addProject('Support', { name: 'proj-support-b' });
      search.grantReadProjectData(a);
      search.grantReadProjectData(b, explicitKey);
    });
    expect(() => build()).toThrow('AiSearch "test/Search": projects "test/HubA/Support" and "test/HubB/Support" would share the key "Support" for their data grants; pass grantReadProjectData(project, key)');
    const names = resourcesOf(build('support-b').json, 'azurerm_role_assignment').map(([name]) => name).filter((n) => n.startsWith('Search_Storage-'));
    expect(names.map((n) => n.replace(/_[0-9A-F]{8}$/, '')).sort()).toEqual(['Search_Storage-StorageBlobDataReader-search-identity-Support', 'Search_Storage-StorageBlobDataReader-search-identity-support-b']);
  });

  test('granting one project\'s data twice fails at synth instead of at apply', () => {
    expect(() => synth((s) => {
      const project = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' }).addProject('Support', {});
      const search = new AiSearch(s, 'Search', base);
      search.grantReadProjectData(project);
      search.grantReadProjectData(project);
    })).toThrow('is already granted to principal "search-identity"');
  });

  test('the identity key of a service keeps the construct id as written, lowercased (it names the service\'s own grants)', () => {
    let key = '';
    synth((s) => { key = new AiSearch(s, 'Search_Main', base).identity.key; });
    expect(key).toBe('search_main-identity');
  });
});

