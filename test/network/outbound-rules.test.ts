import { TerraformVariable } from 'cdktf';
import { acknowledge, AiHub, AiHubProps, OutboundRule } from '../../lib';
import { findAt, infosOf, onlyResource, pinnedRoleId, refToOnly, resourceAt, roleGuidOf, synth, warningsOf } from '../helpers';

const TARGET = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stlake';
const hubWith = (props: Partial<AiHubProps>) => () => synth((s) => { new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', ...props }); });

const fqdn: OutboundRule = { kind: 'Fqdn', name: 'allow-pypi', destination: 'pypi.org' };
const tag: OutboundRule = { kind: 'ServiceTag', name: 'allow-datasets', serviceTag: 'AzureOpenDatasets', protocol: 'TCP', portRanges: '443' };
const endpoint: OutboundRule = { kind: 'PrivateEndpoint', name: 'to-lake', serviceResourceId: TARGET, subresource: 'dfs' };

describe('managed network outbound rules', () => {
  test('creates one azurerm rule per rule, on the hub', () => {
    const { json } = hubWith({ outboundRules: [fqdn, tag, endpoint] })();
    const hubId = refToOnly(json, 'azurerm_ai_foundry');
    expect(onlyResource(json, 'azurerm_machine_learning_workspace_network_outbound_rule_fqdn')).toMatchObject({ name: 'allow-pypi', workspace_id: hubId, destination_fqdn: 'pypi.org' });
    expect(onlyResource(json, 'azurerm_machine_learning_workspace_network_outbound_rule_service_tag')).toMatchObject({
      name: 'allow-datasets', workspace_id: hubId, service_tag: 'AzureOpenDatasets', protocol: 'TCP', port_ranges: '443',
    });
    expect(onlyResource(json, 'azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint')).toMatchObject({
      name: 'to-lake', workspace_id: hubId, service_resource_id: TARGET, sub_resource_target: 'dfs', spark_enabled: false,
    });
    expect(onlyResource(json, 'azurerm_ai_foundry').managed_network).toEqual({ isolation_mode: 'AllowOnlyApprovedOutbound' });
  });

  test('rules are written one at a time, after the datastore update (parallel writes can delete each other)', () => {
    const { json } = hubWith({ outboundRules: [fqdn, tag, endpoint] })();
    const [datastore] = findAt(json, 'azapi_update_resource', 'Hub/IdentityBasedDatastores');
    const [first] = findAt(json, 'azurerm_machine_learning_workspace_network_outbound_rule_fqdn', 'Hub/OutboundRule-allow-pypi');
    const [second, secondBody] = findAt(json, 'azurerm_machine_learning_workspace_network_outbound_rule_service_tag', 'Hub/OutboundRule-allow-datasets');
    const [, thirdBody] = findAt(json, 'azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint', 'Hub/OutboundRule-to-lake');
    expect(resourceAt(json, 'azurerm_machine_learning_workspace_network_outbound_rule_fqdn', 'Hub/OutboundRule-allow-pypi').depends_on).toEqual([`azapi_update_resource.${datastore}`]);
    expect(secondBody.depends_on).toEqual([`azurerm_machine_learning_workspace_network_outbound_rule_fqdn.${first}`]);
    expect(thirdBody.depends_on[0]).toBe(`azurerm_machine_learning_workspace_network_outbound_rule_service_tag.${second}`);
  });

  test('a private endpoint rule gives the hub identity the network connection approver role on its target, and waits for it', () => {
    const { json } = hubWith({ outboundRules: [endpoint] })();
    const approver = resourceAt(json, 'azurerm_role_assignment', 'Hub/IdentityRole-OutboundRule-to-lake-NetworkConnectionApprover');
    expect(approver).toMatchObject({ scope: TARGET, principal_id: refToOnly(json, 'azurerm_user_assigned_identity', 'principal_id') });
    expect(roleGuidOf(approver)).toBe(pinnedRoleId('Azure AI Enterprise Network Connection Approver'));
    expect(onlyResource(json, 'azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint').depends_on).toContain(
      `azurerm_role_assignment.${Object.entries(json.resource.azurerm_role_assignment).find(([, a]) => a === approver)![0]}`,
    );
  });

  test.each([
    ['an FQDN rule under AllowInternetOutbound', { managedNetworkIsolationMode: 'AllowInternetOutbound', outboundRules: [fqdn] },
      'outbound rule "allow-pypi": FQDN rules are valid only with managedNetworkIsolationMode "AllowOnlyApprovedOutbound" (the hub\'s is "AllowInternetOutbound", which already allows every internet destination)'],
    ['a service tag rule under AllowInternetOutbound', { managedNetworkIsolationMode: 'AllowInternetOutbound', outboundRules: [tag] },
      'outbound rule "allow-datasets": service tag rules are valid only with managedNetworkIsolationMode "AllowOnlyApprovedOutbound"'],
    ['any rule with the managed network disabled', { managedNetworkIsolationMode: 'Disabled', outboundRules: [endpoint] },
      'outbound rule "to-lake": the managed network is disabled (managedNetworkIsolationMode "Disabled"), so it has no outbound rules'],
    ['a private endpoint rule to a subresource azurerm does not accept', { outboundRules: [{ ...endpoint, subresource: 'account' } as unknown as OutboundRule] },
      'outboundRules[0].subresource is the string "account", which is not one of "vault", "amlworkspace", "blob", "table", "queue", "file", "web", "dfs", "redisCache"; a rule to an AI Services account or a Search service needs AzAPI.'],
    ['two rules with one name', { outboundRules: [fqdn, { ...fqdn, destination: 'files.pythonhosted.org' }] },
      'outbound rule "allow-pypi": the name is used by two rules'],
    ['a rule name Azure rejects', { outboundRules: [{ ...fqdn, name: 'allow pypi' }] },
      'outbound rule "allow pypi": outbound rule name "allow pypi" must use letters, digits, underscores and hyphens, starting with a letter or digit (Azure: unique in hub); rename it.'],
    // The API's pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$ (outboundRules@2024-10-01): 3 to 33 characters.
    ['a rule name longer than 33 characters', { outboundRules: [{ ...fqdn, name: 'allow-the-python-package-index-pypi' }] },
      'outbound rule "allow-the-python-package-index-pypi": outbound rule name "allow-the-python-package-index-pypi" is 35 characters long but must be 3-33'],
    ['a rule name shorter than 3 characters', { outboundRules: [{ ...fqdn, name: 'py' }] },
      'outbound rule "py": outbound rule name "py" is 2 characters long but must be 3-33'],
    ['a URL as FQDN', { outboundRules: [{ ...fqdn, destination: 'https://pypi.org/simple' }] },
      'outbound rule "allow-pypi": destination "https://pypi.org/simple" is not a host name'],
    ['a regional service tag azurerm rejects', { outboundRules: [{ ...tag, serviceTag: 'Storage.WestEurope' } as unknown as OutboundRule] },
      'outboundRules[0].serviceTag is the string "Storage.WestEurope", which is not one of the 75 accepted values (closest: "StorageSyncService", "Storage", "AzureAttestation")'],
    ['a bad protocol', { outboundRules: [{ ...tag, protocol: 'HTTPS' } as unknown as OutboundRule] },
      'outboundRules[0].protocol is the string "HTTPS", which is not one of "TCP", "UDP", "ICMP", "*"; use "TCP" for HTTPS.'],
    ['a private endpoint rule whose target is not a resource id', { outboundRules: [{ ...endpoint, serviceResourceId: 'stlake' }] },
      'outbound rule "to-lake": serviceResourceId "stlake" is not a resource id of type Microsoft.Storage/storageAccounts'],
    ['a private endpoint rule to a subresource of another resource type', { outboundRules: [{ ...endpoint, subresource: 'vault' }] },
      'is not a resource id of type Microsoft.KeyVault/vaults; expected /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>. Subresource "vault" belongs to a Microsoft.KeyVault/vaults resource; give that resource\'s id or change the subresource.'],
    ['bad port ranges', { outboundRules: [{ ...tag, portRanges: '443,70000' }] },
      'portRanges "443,70000" must be "*" or comma-separated ports and ranges from 1 to 65535'],
    ['an unknown kind', { outboundRules: [{ kind: 'Subnet', name: 'x' } as unknown as OutboundRule] },
      'outboundRules[0].kind is the string "Subnet", which is not one of "Fqdn", "PrivateEndpoint", "ServiceTag".'],
    ['a descending port range', { outboundRules: [{ ...tag, portRanges: '9000-8000' }] },
      'portRanges "9000-8000" must be'],
  ])('fails on %s', (_, props, message) => {
    const build = hubWith(props as Partial<AiHubProps>);
    expect(build).toThrow(/^AiHub "test\/Hub": /);
    expect(build).toThrow(message);
  });

  test('accepts wildcard hosts, port lists and ranges, and any port', () => {
    expect(hubWith({ outboundRules: [
      { ...fqdn, destination: '*.pythonhosted.org' },
      { ...tag, name: 'tag-a', portRanges: '80,443,8000-8080' },
      { ...tag, name: 'tag-b', protocol: '*', portRanges: '*' },
    ] })).not.toThrow();
  });

  test('two rules to one resource share one approver role (Azure rejects a duplicate assignment)', () => {
    const { json } = hubWith({ outboundRules: [endpoint, { ...endpoint, name: 'to-lake-blob', subresource: 'blob' }, { ...endpoint, name: 'to-lake-upper', serviceResourceId: TARGET.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/').replace('/RESOURCEGROUPS/', '/resourceGroups/').replace('/PROVIDERS/MICROSOFT.STORAGE/STORAGEACCOUNTS/', '/providers/Microsoft.Storage/storageAccounts/') }] })();
    const approvers = Object.entries(json.resource.azurerm_role_assignment).filter(([, a]) => roleGuidOf(a) === pinnedRoleId('Azure AI Enterprise Network Connection Approver'));
    expect(approvers).toHaveLength(1);
    for (const [, rule] of Object.entries(json.resource.azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint)) {
      expect(rule.depends_on).toContain(`azurerm_role_assignment.${approvers[0][0]}`);
    }
  });

  test('fails when a rule name is a Terraform expression (it becomes a Terraform address)', () => {
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'name', { type: 'string' }).stringValue;
      new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', outboundRules: [{ ...fqdn, name }] });
    })).toThrow('an outbound rule has a Terraform expression as its name; rule names become Terraform addresses, so pass a plain string.');
  });

  test.each([
    [{ ...tag, serviceTag: 'Storage' }, 'outbound rule "allow-datasets" allows service tag "Storage", which reaches every customer\'s Storage accounts, a path for data to leave; use a private endpoint rule to your own resource instead.'],
    [{ ...fqdn, destination: '*.blob.core.windows.net' }, 'outbound rule "allow-pypi" allows "*.blob.core.windows.net", a domain shared by every customer\'s data services, a path for data to leave; name the host of your own resource, or use a private endpoint rule.'],
    [{ ...fqdn, destination: '*.windows.net' }, 'outbound rule "allow-pypi" allows "*.windows.net", a domain shared by every customer\'s data services'],
  ])('warns about a rule that opens a path for data to leave: %j', (rule, message) => {
    expect(warningsOf(hubWith({ outboundRules: [rule as OutboundRule] })().stack)).toEqual([`AiHub "test/Hub": ${message}`].map((m) => expect.stringContaining(m)));
  });

  test('warns about a service tag that covers the whole internet', () => {
    const { stack } = hubWith({ outboundRules: [{ ...tag, serviceTag: 'Internet' }] })();
    expect(warningsOf(stack)).toEqual(['[broad-outbound-rule] AiHub "test/Hub": outbound rule "allow-datasets" allows service tag "Internet", which covers (nearly) every address and undoes approved-outbound isolation; allow the specific service tags or FQDNs instead.']);
    const withFqdn = hubWith({ outboundRules: [tag, fqdn] })().stack;
    expect(warningsOf(withFqdn)).toEqual([]);
    expect(infosOf(withFqdn)).toContain('AiHub "test/Hub": FQDN outbound rules make Azure deploy a managed firewall for the hub\'s managed network, which is billed.');
  });

  test('an acknowledgement limited to one broad rule leaves a second broad rule warning', () => {
    const { stack } = synth((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', outboundRules: [
        { ...tag, name: 'allow-internet', serviceTag: 'Internet' },
        { ...tag, name: 'allow-storage', serviceTag: 'Storage' },
      ] });
      acknowledge(hub, { id: 'broad-outbound-rule', reason: 'sandbox that downloads public datasets', appliesTo: 'allow-internet' });
    });
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[broad-outbound-rule\] AiHub "test\/Hub": outbound rule "allow-storage" allows service tag "Storage"/)]);
    expect(infosOf(stack)).toContainEqual(expect.stringMatching(/^\[broad-outbound-rule\] acknowledged: sandbox that downloads public datasets \(AiHub "test\/Hub": outbound rule "allow-internet"/));
  });

  test('skips values that are Terraform expressions', () => {
    expect(() => synth((s) => {
      const host = new TerraformVariable(s, 'host', { type: 'string' }).stringValue;
      new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', outboundRules: [{ ...fqdn, destination: host }] });
    })).not.toThrow();
  });
});
