import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AiHub, AiHubProps, AiSearch, AiServices, Principal } from '../../lib';
import { TerraformJson, pinnedRoleName, resourcesOf, roleGuidOf, synth, warningsOf } from '../helpers';

const GROUP = '11111111-2222-3333-4444-555555555555';
/** A second group: one principal cannot hold the same role on the same scope twice (one group per project). */
const OTHER_GROUP = '66666666-7777-8888-9999-000000000000';

/** A hub with an AI Services account and a search service in the same stack. */
function withServices(build: (s: TerraformStack, hub: AiHub, models: AiServices, search: AiSearch) => void, hubProps: Partial<AiHubProps> = {}, modelsPublic = false) {
  return synth((s) => {
    const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral', ...hubProps });
    const common = { location: 'swedencentral', resourceGroupName: hub.resourceGroupName, diagnostics: { logAnalyticsWorkspaceId: hub.logAnalyticsWorkspaceId } };
    const models = new AiServices(s, 'Models', { ...common, name: 'ais-sales', publicNetworkAccess: modelsPublic ? 'Enabled' : 'Disabled' });
    const search = new AiSearch(s, 'Search', { ...common, name: 'srch-sales' });
    build(s, hub, models, search);
  });
}

const connections = (json: TerraformJson) => resourcesOf(json, 'azapi_resource').filter(([, r]) => String(r.type).startsWith('Microsoft.MachineLearningServices/workspaces/connections@')).map(([, r]) => r);
/** Role names granted to the principal whose id contains `who`, on the scope that contains `on`. */
const rolesOf = (json: TerraformJson, who: string, on: string) => resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a)
  .filter((a) => String(a.principal_id).includes(who) && String(a.scope).includes(on))
  .map((a) => customRoleOf(json, a) ?? pinnedRoleName(roleGuidOf(a))).sort();
/** A role the stack defines, named by its data actions, e.g. `custom: Microsoft.CognitiveServices/accounts/MaaS/*`. */
const customRoleOf = (json: TerraformJson, assignment: Record<string, any>) => {
  const match = /^\$\{azurerm_role_definition\.([^.]+)\.role_definition_resource_id\}$/.exec(String(assignment.role_definition_id));
  return match ? `custom: ${resourcesOf(json, 'azurerm_role_definition').find(([name]) => name === match[1])![1].permissions[0].data_actions.join(', ')}` : undefined;
};
const INFERENCE = ['Cognitive Services OpenAI User', 'custom: Microsoft.CognitiveServices/accounts/MaaS/*'];

describe('connections', () => {
  test('a hub connection uses Entra ID, is shared with every project and points at the service', () => {
    const { json } = withServices((_, hub, models, search) => { hub.connect(models); hub.connect(search); });
    expect(connections(json)).toEqual([
      expect.objectContaining({ name: 'conn-models', parent_id: expect.stringContaining('azurerm_ai_foundry.'), type: 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' }),
      expect.objectContaining({ name: 'conn-search' }),
    ]);
    const [models, search] = connections(json).map((c) => c.body.properties);
    expect(models).toEqual({ category: 'AIServices', target: expect.stringMatching(/^https:\/\/ais-sales-[0-9a-f]{6}\.cognitiveservices\.azure\.com\/$/), authType: 'AAD', isSharedToAll: true, metadata: { ApiType: 'Azure', ResourceId: expect.stringContaining('azurerm_ai_services.') } });
    expect(search).toEqual({ category: 'CognitiveSearch', target: 'https://srch-sales.search.windows.net', authType: 'AAD', isSharedToAll: true, metadata: { ApiType: 'Azure', ResourceId: expect.stringContaining('azurerm_search_service.') } });
  });

  test('an OpenAI-only connection uses the OpenAI endpoint and the narrower OpenAI User role', () => {
    const { json } = withServices((_, hub, models) => { hub.connect(models, { openAiOnly: true }); });
    expect(connections(json)[0].body.properties).toMatchObject({ category: 'AzureOpenAI', target: expect.stringMatching(/\.openai\.azure\.com\/$/), metadata: { ApiVersion: '2024-10-21' } });
    expect(rolesOf(json, 'azurerm_user_assigned_identity', 'azurerm_ai_services')).toEqual(['Azure AI Enterprise Network Connection Approver', 'Cognitive Services OpenAI User']);
  });

  test('every connection uses Entra ID unless an API key is given, which warns and grants no role', () => {
    const { json, stack } = synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales', location: 'swedencentral' });
      const models = new AiServices(s, 'Models', { name: 'ais-sales', location: 'swedencentral', resourceGroupName: 'rg', diagnostics: { enabled: false }, localAuthenticationEnabled: true, publicNetworkAccess: 'Enabled' });
      hub.connect(models, { apiKey: '${var.key}' });
    });
    // The key goes into the write-only sensitive_body (azapi 2.4+), never into body, which plans show.
    const [connection] = connections(json);
    expect(connection.body.properties).toEqual(expect.objectContaining({ authType: 'ApiKey' }));
    expect(JSON.stringify(connection.body)).not.toContain('var.key');
    expect(connection.sensitive_body).toEqual({ properties: { credentials: { key: '${var.key}' } } });
    expect(warningsOf(stack)).toContain('[api-key-connection] AiHub "test/Hub": connection "conn-models" uses an API key: the key is stored in the workspace, and callers bypass role assignments. Use Entra ID (the default).');
    // Only the managed network's approver role, none for calling the service.
    expect(rolesOf(json, 'azurerm_user_assigned_identity', 'azurerm_ai_services')).toEqual(['Azure AI Enterprise Network Connection Approver']);
  });

  test.each([
    ['an API key to a service that accepts none', (hub: AiHub, models: AiServices) => hub.connect(models, { apiKey: 'k' }),
      'AiHub "test/Hub": the connection to test/Models uses an API key, but the service has local authentication disabled, so the key would be rejected; use Entra ID (leave out apiKey), or set localAuthenticationEnabled on the service.'],
    ['the same service twice', (hub: AiHub, models: AiServices) => { hub.connect(models); hub.connect(models); },
      'AiHub "test/Hub": a connection named "conn-models" exists already; connect each service once, or pass another `name`.'],
    ['a bad connection name', (hub: AiHub, models: AiServices) => hub.connect(models, { name: 'c' }),
      'AiHub "test/Hub": 2 problems:\n  - connection name "c" is 1 characters long but must be 3-33 (Azure: unique in hub or project); change `name`.\n  - connection name "c" must use letters, digits, underscores and hyphens'],
  ])('fails on %s', (_, connect, message) => {
    expect(() => withServices((__, hub, models) => { connect(hub, models); })).toThrow(message);
  });

  test('a service whose path is too long for a connection name gets a cut name with a hash of its path', () => {
    const { json } = withServices((s, hub) => {
      const search = new AiSearch(s, 'SearchForTheProductManualsOfEveryRegion', { location: 'swedencentral', resourceGroupName: 'rg', name: 'srch-manuals', diagnostics: { enabled: false } });
      hub.connect(search);
    });
    // "conn-" + the path key cut to 19 characters + "-" + 8 hex characters: 33, the longest name allowed.
    expect(connections(json).map((c) => c.name)).toEqual([expect.stringMatching(/^conn-searchfortheproduct-[0-9a-f]{8}$/)]);
  });

  test('two services with the same construct id under different parents both connect to one hub, each with its own roles', () => {
    const { json } = withServices((s, hub) => {
      const common = { location: 'swedencentral', resourceGroupName: hub.resourceGroupName, diagnostics: { logAnalyticsWorkspaceId: hub.logAnalyticsWorkspaceId } };
      const teamA = new AiServices(new Construct(s, 'TeamA'), 'Models', { ...common, name: 'ais-team-a' });
      const teamB = new AiServices(new Construct(s, 'TeamB'), 'Models', { ...common, name: 'ais-team-b' });
      hub.connect(teamA);
      hub.connect(teamB);
      hub.addProject('Chat', {}).grantDeveloper(Principal.group(GROUP, 'devs'));
    });
    expect(connections(json).map((c) => [c.name, c.body.metadata ?? c.body.properties.metadata.ResourceId])).toEqual([
      ['conn-teama-models', expect.stringContaining('TeamA_Models_Account')],
      ['conn-teamb-models', expect.stringContaining('TeamB_Models_Account')],
    ]);
    // The hub identity, the project identity and the developers each hold their role on both accounts.
    for (const account of ['TeamA_Models_Account', 'TeamB_Models_Account']) {
      expect(rolesOf(json, 'azurerm_user_assigned_identity', account)).toEqual(['Azure AI Enterprise Network Connection Approver', 'Cognitive Services User']);
      expect(rolesOf(json, 'azurerm_ai_foundry_project', account)).toEqual(INFERENCE);
      expect(rolesOf(json, GROUP, account)).toEqual(INFERENCE);
    }
  });

  test('two services whose paths differ only in separators or case fail with a clear message instead of a duplicate grant', () => {
    expect(() => withServices((s, hub) => {
      const common = { location: 'swedencentral', resourceGroupName: hub.resourceGroupName, diagnostics: { enabled: false } };
      hub.connect(new AiServices(new Construct(s, 'a-b'), 'c', { ...common, name: 'ais-one' }));
      hub.connect(new AiServices(new Construct(new Construct(s, 'a'), 'b'), 'c', { ...common, name: 'ais-two' }));
    })).toThrow('AiHub "test/Hub": services "test/a-b/c" and "test/a/b/c" have the same key "a-b-c"');
  });

  test('the identities of two projects can be granted on the same construct: their public keys come from their paths', () => {
    const { json } = withServices((s, hub) => {
      const other = new AiHub(s, 'Other', { baseName: 'other', location: 'swedencentral' });
      for (const name of ['Alpha', 'Beta']) other.grantReader(hub.addProject(name, {}).identity);
    });
    const names = resourcesOf(json, 'azurerm_role_assignment').map(([name]) => name.replace(/_[0-9A-F]{8}$/, '')).filter((n) => n.startsWith('Other_Grant-'));
    expect(names.sort()).toEqual(['Other_Grant-Reader-hub-alpha-identity', 'Other_Grant-Reader-hub-beta-identity']);
  });

  test('projects and developers get the service roles whatever the order of connect, addProject and grantDeveloper', () => {
    const { json } = withServices((_, hub, models, search) => {
      const early = hub.addProject('Early', {});
      early.grantDeveloper(Principal.group(GROUP, 'early-devs'));
      hub.connect(models);
      const late = hub.addProject('Late', {});
      late.connect(search);
      late.grantDeveloper(Principal.group(OTHER_GROUP, 'late-devs'));
    });
    const project = (name: string) => `azurerm_ai_foundry_project.Hub_${name}_Project`;
    expect(rolesOf(json, project('Early'), 'azurerm_ai_services')).toEqual(INFERENCE);
    expect(rolesOf(json, project('Early'), 'azurerm_search_service')).toEqual([]);
    expect(rolesOf(json, project('Late'), 'azurerm_ai_services')).toEqual(INFERENCE);
    expect(rolesOf(json, project('Late'), 'azurerm_search_service')).toEqual(['Search Index Data Contributor']);
    const developerRoles = resourcesOf(json, 'azurerm_role_assignment').map(([name, a]) => [name, a]).filter(([, a]) => [GROUP, OTHER_GROUP].includes((a as any).principal_id) && !String((a as any).scope).includes('azurerm_ai_foundry_project') && !String((a as any).scope).includes('azurerm_storage_account'));
    expect(developerRoles.map(([name]) => String(name).replace(/_[0-9A-F]{8}$/, '')).sort()).toEqual([
      'Hub_Early_Service-Models-AIModelInference-early-devs',
      'Hub_Early_Service-Models-CognitiveServicesOpenAIUser-early-devs',
      'Hub_Late_Service-Models-AIModelInference-late-devs',
      'Hub_Late_Service-Models-CognitiveServicesOpenAIUser-late-devs',
      'Hub_Late_Service-Search-SearchIndexDataContributor-late-devs',
    ]);
  });

  test('the connection owns the managed-network private endpoint: no outbound rule of the library\'s, the approver role first, connections in sequence', () => {
    // Learn, configure-managed-network, "Private endpoints": a connection whose metadata.ResourceId
    // names the service makes the service create the endpoint itself.
    const { json } = withServices((_, hub, models, search) => {
      hub.connect(models);
      hub.addProject('Team', {}).connect(search);
      hub.addProject('Other', {}).connect(models, { name: 'conn-models-other' });
    });
    expect(resourcesOf(json, 'azapi_resource').filter(([, r]) => String(r.type).includes('/outboundRules@'))).toEqual([]);
    expect(rolesOf(json, 'azurerm_user_assigned_identity', 'azurerm_search_service')).toEqual(['Azure AI Enterprise Network Connection Approver']);
    expect(rolesOf(json, 'azurerm_user_assigned_identity', 'azurerm_ai_services')).toEqual(['Azure AI Enterprise Network Connection Approver', 'Cognitive Services User']);
    const byName = Object.fromEntries(resourcesOf(json, 'azapi_resource').filter(([, r]) => String(r.type).includes('/connections@')).map(([address, r]) => [r.name, { address, dependsOn: r.depends_on as string[] }]));
    const approver = (key: string) => resourcesOf(json, 'azurerm_role_assignment').find(([address]) => address.startsWith(`Hub_IdentityRole-ServiceRule-${key}-NetworkConnectionApprover_`))![0];
    expect(byName['conn-models'].dependsOn).toEqual(expect.arrayContaining([`azurerm_role_assignment.${approver('models')}`, expect.stringMatching(/^azapi_update_resource\.Hub_IdentityBasedDatastores_/)]));
    expect(byName['conn-search'].dependsOn).toEqual(expect.arrayContaining([`azurerm_role_assignment.${approver('search')}`, `azapi_resource.${byName['conn-models'].address}`]));
    expect(byName['conn-models-other'].dependsOn).toEqual(expect.arrayContaining([`azurerm_role_assignment.${approver('models')}`, `azapi_resource.${byName['conn-search'].address}`]));

    // Public services get their endpoint too (the documented behaviour has no condition on public access).
    const publicModels = withServices((_, hub, models) => { hub.connect(models); }, {}, true).json;
    expect(rolesOf(publicModels, 'azurerm_user_assigned_identity', 'azurerm_ai_services')).toEqual(['Azure AI Enterprise Network Connection Approver', 'Cognitive Services User']);
    const noManagedNetwork = withServices((_, hub, models) => { hub.connect(models); }, { managedNetworkIsolationMode: 'Disabled' }).json;
    expect(rolesOf(noManagedNetwork, 'azurerm_user_assigned_identity', 'azurerm_ai_services')).toEqual(['Cognitive Services User']);
  });
});

describe('a search service connected to a hub', () => {
  test('warns, naming the projects, once two projects share its indexes', () => {
    const { stack } = withServices((_, hub, __, search) => { hub.connect(search); hub.addProject('Red', {}); hub.addProject('Blue', {}); });
    expect(warningsOf(stack).filter((w) => w.startsWith('[shared-search]'))).toEqual([
      '[shared-search] AiHub "test/Hub": the search service "search" is connected to the hub, so projects "Red", "Blue" can read and write each other\'s indexes. ' +
        'Connect a search service to each project that needs its own indexes (project.connect), as the rag-hub example does, or acknowledge the sharing.',
    ]);
  });

  test('does not warn with one project, or when each project connects its own', () => {
    const one = withServices((_, hub, __, search) => { hub.connect(search); hub.addProject('Red', {}); });
    expect(warningsOf(one.stack).filter((w) => w.startsWith('[shared-search]'))).toEqual([]);
    const own = withServices((_, hub, __, search) => { hub.addProject('Red', {}).connect(search); hub.addProject('Blue', {}); });
    expect(warningsOf(own.stack).filter((w) => w.startsWith('[shared-search]'))).toEqual([]);
  });
});
