import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { App, Testing, TerraformStack } from 'cdktf';
import { addExampleStacks, EXAMPLE_STACKS } from '../../examples/app';
import { infosOf, pinnedRoleName, resourcesOf, roleGuidOf, synthConformingJson, TerraformJson, warningsOf } from '../helpers';

/** Every file below `dir`, as relative path -> contents. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/**
 * The Terraform address of every resource and data source of every example stack, one per line
 * (`<stack> <type>.<name>`), sorted: the compatibility contract. A changed address makes Terraform
 * destroy the live resource and create a new one.
 */
const ADDRESS_LIST = join(__dirname, 'addresses.txt');

/** The addresses of one stack's resources and data sources, as the address list writes them. */
function addressesOf(stack: string, json: TerraformJson): string[] {
  return [
    ...Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${stack} ${type}.${name}`)),
    ...Object.entries(json.data ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${stack} data.${type}.${name}`)),
  ];
}

function synthAllStacks(): Record<string, { stack: TerraformStack; json: TerraformJson }> {
  const app = Testing.app();
  addExampleStacks(app);
  const result: Record<string, { stack: TerraformStack; json: TerraformJson }> = {};
  for (const name of Object.keys(EXAMPLE_STACKS)) {
    const stack = app.node.findChild(name) as TerraformStack;
    result[name] = { stack, json: synthConformingJson(stack) };
  }
  return result;
}

describe('example stacks', () => {
  const stacks = synthAllStacks();

  test('Terraform addresses equal the committed list, test/examples/addresses.txt (a changed address replaces a live resource)', () => {
    const current = Object.keys(EXAMPLE_STACKS).flatMap((name) => addressesOf(name, stacks[name].json)).sort();
    // Regenerate deliberately with UPDATE_ADDRESSES=1, never to make this test pass: a changed
    // address ships a moved block or a migration note in CHANGELOG.md.
    if (process.env.UPDATE_ADDRESSES === '1') writeFileSync(ADDRESS_LIST, `${current.join('\n')}\n`);
    const committed = readFileSync(ADDRESS_LIST, 'utf8').split('\n').filter((line) => line !== '');
    expect({ removed: committed.filter((a) => !current.includes(a)), added: current.filter((a) => !committed.includes(a)) }).toEqual({ removed: [], added: [] });
  });

  test.each(Object.keys(EXAMPLE_STACKS))('%s matches its snapshot', (name) => {
    expect(stacks[name].json).toMatchSnapshot();
  });

  test('basic-hub: public access is an explicit opt-in, acknowledged with a reason; two projects; a group is developer on one', () => {
    const { json, stack } = stacks['basic-hub'];
    expect(warningsOf(stack, { all: true })).toEqual([]);
    expect(infosOf(stack)).toContainEqual(expect.stringMatching(/^\[public-network-access\] acknowledged: development hub for synthetic data; reviewed by the platform team \(AiHub "basic-hub\/Hub": publicNetworkAccess is "Enabled"/));
    expect(resourcesOf(json, 'azurerm_ai_foundry_project')).toHaveLength(2);
    const groupGrants = resourcesOf(json, 'azurerm_role_assignment').filter(([, a]) => a.principal_id === '${var.chatbot_developers_group_id}');
    const kindOf = (a: Record<string, any>) => a.condition !== undefined ? 'conditioned storage role' : String(a.scope).includes('/fileServices/default/fileshares/') ? 'project file share role' : 'project role';
    expect(groupGrants.map(([, a]) => kindOf(a)).sort()).toEqual(['conditioned storage role', 'project file share role', 'project role']);
  });

  test('existing-resources: creates no storage, key vault, registry or Application Insights', () => {
    const { json } = stacks['existing-resources'];
    for (const type of ['azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry', 'azurerm_application_insights']) {
      expect([type, resourcesOf(json, type)]).toEqual([type, []]);
    }
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toHaveLength(1);
  });

  test('team-project: adds a project to a hub it does not manage', () => {
    const { json } = stacks['team-project'];
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toEqual([]);
    expect(resourcesOf(json, 'azurerm_ai_foundry_project')).toHaveLength(1);
  });

  /** Every [address, attribute path, value] in the stack where public network access is on or a firewall allows all. */
  function openings(json: TerraformJson): Array<[string, string, unknown]> {
    const found: Array<[string, string, unknown]> = [];
    const walk = (address: string, path: string, value: unknown) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(address, `${path}[${i}]`, v));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(address, path ? `${path}.${k}` : k, v);
      else if (/public_network_access(_enabled)?$/.test(path) && (value === true || value === 'Enabled')) found.push([address, path, value]);
      else if (/default_action$/.test(path) && value !== 'Deny') found.push([address, path, value]);
    };
    for (const [type, resources] of Object.entries(json.resource)) {
      for (const [name, body] of Object.entries(resources)) walk(`${type}.${name}`, '', body);
    }
    return found;
  }

  test.each(['private-hub', 'hub-and-spoke', 'rag-hub'])('%s: no resource has public network access enabled or a firewall that allows by default', (name) => {
    const { json } = stacks[name];
    expect(openings(json)).toEqual([]);
    // A left-out switch means Azure's default, which is public: each must be set, and set off.
    const switches: Record<string, [string, unknown]> = {
      azurerm_ai_foundry: ['public_network_access', 'Disabled'],
      azurerm_storage_account: ['public_network_access_enabled', false],
      azurerm_key_vault: ['public_network_access_enabled', false],
      azurerm_container_registry: ['public_network_access_enabled', false],
    };
    for (const [type, [attribute, off]] of Object.entries(switches)) {
      const all = resourcesOf(json, type);
      expect([type, all.length > 0]).toEqual([type, true]);
      for (const [address, body] of all) expect([address, body[attribute]]).toEqual([address, off]);
    }
    for (const [address, body] of resourcesOf(json, 'azurerm_storage_account')) expect([address, body.network_rules?.default_action]).toEqual([address, 'Deny']);
    for (const [address, body] of resourcesOf(json, 'azurerm_key_vault')) expect([address, body.network_acls?.default_action]).toEqual([address, 'Deny']);
    for (const [address, body] of resourcesOf(json, 'azurerm_container_registry')) expect([address, body.network_rule_set?.[0]?.default_action]).toEqual([address, 'Deny']);
  });

  test('the openings check finds a public dependency (it can fail)', () => {
    expect(openings(stacks['basic-hub'].json).map(([address, path]) => `${address.split('.')[0]} ${path}`)).toEqual(expect.arrayContaining([
      'azurerm_storage_account public_network_access_enabled', 'azurerm_storage_account network_rules.default_action', 'azurerm_ai_foundry public_network_access',
    ]));
  });

  test('private-hub: endpoints for everything, zones created once and linked to its network, approved-outbound rules, two projects', () => {
    const { json, stack } = stacks['private-hub'];
    expect(resourcesOf(json, 'azurerm_private_endpoint').map(([, e]) => e.private_service_connection.subresource_names[0]).sort()).toEqual(['amlworkspace', 'azuremonitor', 'blob', 'file', 'registry', 'vault']);
    expect(resourcesOf(json, 'azurerm_private_dns_zone')).toHaveLength(10);
    expect(resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link')).toHaveLength(10);
    expect(resourcesOf(json, 'azurerm_ai_foundry')[0][1].managed_network).toEqual({ isolation_mode: 'AllowOnlyApprovedOutbound' });
    expect(resourcesOf(json, 'azurerm_machine_learning_workspace_network_outbound_rule_fqdn').map(([, r]) => r.destination_fqdn)).toEqual(['files.pythonhosted.org', 'pypi.org']);
    expect(resourcesOf(json, 'azurerm_machine_learning_workspace_network_outbound_rule_service_tag').map(([, r]) => r.service_tag)).toEqual(['AzureOpenDatasets']);
    expect(resourcesOf(json, 'azurerm_ai_foundry_project')).toHaveLength(2);
    expect(warningsOf(stack, { all: true })).toEqual([]);
  });

  test('hub-and-spoke: two hubs share the existing subnet and the central zones; no network or zone is created', () => {
    const { json } = stacks['hub-and-spoke'];
    expect(resourcesOf(json, 'azurerm_ai_foundry')).toHaveLength(2);
    for (const type of ['azurerm_virtual_network', 'azurerm_subnet', 'azurerm_private_dns_zone', 'azurerm_private_dns_zone_virtual_network_link']) {
      expect([type, resourcesOf(json, type)]).toEqual([type, []]);
    }
    const endpoints = resourcesOf(json, 'azurerm_private_endpoint').map(([, e]) => e);
    expect(endpoints).toHaveLength(10);
    expect(new Set(endpoints.map((e) => e.subnet_id)).size).toBe(1);
    const zoneIds = new Set(endpoints.flatMap((e) => e.private_dns_zone_group.private_dns_zone_ids));
    expect(zoneIds.size).toBe(6);
    for (const id of zoneIds) expect(id).toMatch(/^\/subscriptions\/11111111-1111-1111-1111-111111111111\/resourceGroups\/rg-private-dns\//);
  });

  test('rag-hub: each identity has exactly the roles of the README table, at the stated scope', () => {
    const { json } = stacks['rag-hub'];
    const roleName = pinnedRoleName;
    /** "<role> @ <scope resource>" per principal, the resource named by its construct path. */
    const granted: Record<string, string[]> = {};
    for (const [, a] of resourcesOf(json, 'azurerm_role_assignment')) {
      const who = /^\$\{(?:azurerm_[a-z_]+\.([A-Za-z_-]+?)_(?:Identity|Project|Service)_|var\.)([A-Za-z_]*)/.exec(a.principal_id)!;
      const principal = who[1] ?? who[2];
      const share = /\/fileServices\/default\/fileshares\/\$\{azurerm_ai_foundry_project\.(.+)_Project_[0-9A-F]{8}\.project_id\}-code$/.exec(a.scope);
      const scope = /^\$\{azurerm_[a-z_]+\.(.+)_[0-9A-F]{8}\.id\}/.exec(a.scope)![1] + (share ? ` share ${share[1]}-code` : '');
      const custom = /^\$\{azurerm_role_definition\.(.+)_[0-9A-F]{8}\.role_definition_resource_id\}$/.exec(a.role_definition_id);
      (granted[principal] ??= []).push(`${custom ? `custom ${custom[1]}` : roleName(roleGuidOf(a))} @ ${scope}${a.condition ? ' (ABAC)' : ''}`);
    }
    for (const list of Object.values(granted)) list.sort();
    const serviceUse = ['Cognitive Services OpenAI User @ Models_Account', 'custom Models_ModelInferenceRole @ Models_Account', 'Search Index Data Contributor @ Search_Service'];
    const supportSearchUse = ['Search Index Data Contributor @ SupportSearch_Service'];
    const share = (project: string) => `Storage File Data Privileged Contributor @ Hub_StorageAccount share Hub_${project}-code`;
    const blobs = 'custom Hub_ProjectBlobDataRole @ Hub_StorageAccount (ABAC)';
    expect(granted).toEqual({
      Hub: [
        'Azure AI Enterprise Network Connection Approver @ Models_Account', 'Azure AI Enterprise Network Connection Approver @ Search_Service',
        'Azure AI Enterprise Network Connection Approver @ SupportSearch_Service', 'Cognitive Services User @ Models_Account',
        'Contributor @ Hub', 'Contributor @ Hub_ApplicationInsights', 'Contributor @ Hub_ContainerRegistry', 'Contributor @ Hub_KeyVault', 'Contributor @ Hub_StorageAccount',
        'Key Vault Administrator @ Hub_KeyVault', 'Monitoring Metrics Publisher @ Hub_ApplicationInsights', 'Search Index Data Contributor @ Search_Service', 'Search Service Contributor @ Search_Service',
        'Storage Blob Data Contributor @ Hub_StorageAccount', 'Storage File Data Privileged Contributor @ Hub_StorageAccount',
      ],
      'Hub_Sales': [...serviceUse, blobs, share('Sales')].sort(),
      'Hub_Support': [...serviceUse, ...supportSearchUse, blobs, share('Support')].sort(),
      support_developers_group_id: ['Azure AI Developer @ Hub_Support_Project', ...serviceUse, ...supportSearchUse, blobs, share('Support')].sort(),
      Search: ['Cognitive Services OpenAI User @ Models_Account'],
      SupportSearch: ['Cognitive Services OpenAI User @ Models_Account', 'Storage Blob Data Reader @ Hub_StorageAccount (ABAC)'],
    });
  });

  test('rag-hub: no key anywhere: local authentication off on every service, every connection on Entra ID', () => {
    const { json, stack } = stacks['rag-hub'];
    for (const type of ['azurerm_ai_services', 'azurerm_search_service']) {
      const all = resourcesOf(json, type);
      expect([type, all.length > 0]).toEqual([type, true]);
      for (const [address, body] of all) expect([address, body.local_authentication_enabled]).toEqual([address, false]);
    }
    const connections = resourcesOf(json, 'azapi_resource').filter(([, r]) => String(r.type).includes('/connections@'));
    expect(connections).toHaveLength(3);
    for (const [address, body] of connections) expect([address, body.body.properties.authType, body.body.properties.credentials]).toEqual([address, 'AAD', undefined]);
    for (const [, deployment] of resourcesOf(json, 'azurerm_cognitive_deployment')) expect(deployment.rai_policy_name).toBe('strict');
    expect(warningsOf(stack, { all: true })).toEqual([]);
  });

  test('every example sets storage_use_azuread on its azurerm provider', () => {
    for (const name of Object.keys(EXAMPLE_STACKS)) {
      expect([name, stacks[name].json.provider?.azurerm[0].storage_use_azuread]).toEqual([name, true]);
    }
  });

  test('two synths of the same app are byte-identical', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'synth-a-')), mkdtempSync(join(tmpdir(), 'synth-b-'))];
    try {
      const trees = dirs.map((outdir) => {
        const app = new App({ outdir, skipValidation: false });
        addExampleStacks(app);
        app.synth();
        return readTree(outdir);
      });
      expect([...trees[0].keys()]).toEqual([...trees[1].keys()]);
      expect([...trees[0].keys()]).toEqual(expect.arrayContaining(Object.keys(EXAMPLE_STACKS).map((name) => join('stacks', name, 'cdk.tf.json'))));
      for (const [path, contents] of trees[0]) expect([path, contents.equals(trees[1].get(path)!)]).toEqual([path, true]);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
