import { TerraformStack, TerraformVariable } from 'cdktf';
import { AiHub, AiNetwork, AiNetworkProps, dnsZonesManagedByPolicy, PrivateDnsZones } from '../../lib';
import { onlyResource, refTo, resourceAt, resourcesOf, synth } from '../helpers';

const base: AiNetworkProps = { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/26' };
const networkWith = (props: Partial<AiNetworkProps>) => () => synth((s) => { new AiNetwork(s, 'Network', { ...base, ...props }); });
const SUBNET_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-pe';

/** A private hub whose endpoints go into `subnet` (built by `makeSubnet`), with policy-managed DNS. */
const hubInSubnet = (makeSubnet: (s: TerraformStack) => import('../../lib').ISubnet) => () => synth((s) => {
  new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', privateEndpoint: { subnet: makeSubnet(s), dnsZones: dnsZonesManagedByPolicy() } });
});

describe('AiNetwork', () => {
  test('creates a network, a private endpoint subnet and one security group per subnet, associated', () => {
    const { json } = synth((s) => { new AiNetwork(s, 'Network', { ...base, additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.40.1.0/24' }] }); });
    expect(onlyResource(json, 'azurerm_virtual_network')).toMatchObject({ name: 'vnet-research', address_space: ['10.40.0.0/22'], location: 'swedencentral' });
    expect(onlyResource(json, 'azurerm_resource_group').name).toBe('rg-research-network');
    const subnets = resourcesOf(json, 'azurerm_subnet').map(([, s]) => [s.name, s.address_prefixes]);
    expect(subnets).toEqual([['snet-apps', ['10.40.1.0/24']], ['snet-private-endpoints', ['10.40.0.0/26']]]);
    expect(resourcesOf(json, 'azurerm_network_security_group').map(([, n]) => n.name).sort()).toEqual(['nsg-research-snet-apps', 'nsg-research-snet-private-endpoints']);
    expect(resourceAt(json, 'azurerm_subnet_network_security_group_association', 'Network/NsgAssociation-snet-private-endpoints')).toMatchObject({
      subnet_id: refTo(json, 'azurerm_subnet', 'Network/Subnet-snet-private-endpoints', 'id'),
      network_security_group_id: refTo(json, 'azurerm_network_security_group', 'Network/NetworkSecurityGroup-snet-private-endpoints', 'id'),
    });
  });

  test('the private endpoint subnet admits its clients on HTTPS only, denies all other inbound and all internet outbound', () => {
    const { json } = synth((s) => { new AiNetwork(s, 'Network', { ...base, additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.40.1.0/24' }] }); });
    const nsgName = refTo(json, 'azurerm_network_security_group', 'Network/NetworkSecurityGroup-snet-private-endpoints', 'name');
    const rules = resourcesOf(json, 'azurerm_network_security_rule').map(([, r]) => r);
    for (const rule of rules) expect(rule.network_security_group_name).toBe(nsgName);
    const summary = rules.map((r) => [r.direction, r.priority, r.access, r.protocol, r.source_address_prefixes ?? r.source_address_prefix, r.destination_address_prefix, r.destination_port_ranges ?? r.destination_port_range]);
    expect(summary.sort()).toEqual([
      ['Inbound', 100, 'Allow', 'Tcp', 'VirtualNetwork', '10.40.0.0/26', ['443']],
      ['Inbound', 4096, 'Deny', '*', '*', '*', '*'],
      ['Outbound', 4096, 'Deny', '*', '*', 'Internet', '*'],
    ]);
    const custom = synth((s) => { new AiNetwork(s, 'Network', { ...base, privateEndpointClientPrefixes: ['10.0.0.0/8'], privateEndpointPorts: ['443', '445'] }); }).json;
    expect(resourceAt(custom, 'azurerm_network_security_rule', 'Network/NsgRule-snet-private-endpoints-allow-clients-to-endpoints'))
      .toMatchObject({ source_address_prefixes: ['10.0.0.0/8'], destination_port_ranges: ['443', '445'] });
  });

  test('a service tag is never in a prefix list: addresses share one rule, each tag gets its own with the single prefix', () => {
    // Azure accepts service tags only in source_address_prefix (REST SecurityRulePropertiesFormat;
    // azurerm docs: "Tags may not be used" in source_address_prefixes).
    const { json } = synth((s) => {
      new AiNetwork(s, 'Network', { ...base, privateEndpointClientPrefixes: ['10.0.0.0/8', 'VirtualNetwork', '192.168.1.10', 'AzureLoadBalancer'] });
    });
    const allows = resourcesOf(json, 'azurerm_network_security_rule').map(([, r]) => r).filter((r) => r.access === 'Allow')
      .sort((a, b) => a.priority - b.priority).map((r) => [r.name, r.priority, r.source_address_prefix, r.source_address_prefixes]);
    expect(allows).toEqual([
      ['allow-clients-to-endpoints', 100, undefined, ['10.0.0.0/8', '192.168.1.10']],
      ['allow-virtualnetwork-to-endpoints', 101, 'VirtualNetwork', undefined],
      ['allow-azureloadbalancer-to-endpoints', 102, 'AzureLoadBalancer', undefined],
    ]);
  });

  test('fails when a client prefix is a Terraform expression or listed twice', () => {
    expect(() => synth((s) => {
      const prefix = new TerraformVariable(s, 'clients', { type: 'string' }).stringValue;
      new AiNetwork(s, 'Network', { ...base, privateEndpointClientPrefixes: [prefix, 'VirtualNetwork', 'virtualnetwork'] });
    })).toThrow(/privateEndpointClientPrefixes\[0\] is a Terraform expression; pass plain strings[\s\S]*privateEndpointClientPrefixes lists "virtualnetwork" twice; list each client once\./);
  });

  test('subnets have no default outbound internet access, and security groups apply to private endpoints', () => {
    const { json } = synth((s) => { new AiNetwork(s, 'Network', base); });
    expect(onlyResource(json, 'azurerm_subnet')).toMatchObject({ default_outbound_access_enabled: false, private_endpoint_network_policies: 'Enabled' });
  });

  test.each([
    [{ addressSpace: ['10.40.0.0/33'] }, 'addressSpace[0] "10.40.0.0/33" has a prefix length above 32.'],
    [{ addressSpace: ['10.40.0.1/22'] }, 'addressSpace[0] "10.40.0.1/22" has address bits set past the /22 prefix; the range starts at 10.40.0.0/22.'],
    [{ addressSpace: ['10.40.0.0/22', '10.40.2.0/24'] }, 'addressSpace[1] "10.40.2.0/24" overlaps "10.40.0.0/22"; address ranges of one network must not overlap.'],
    [{ addressSpace: [] }, 'addressSpace is empty'],
    [{ privateEndpointSubnetPrefix: '10.40.0/26' }, 'privateEndpointSubnetPrefix "10.40.0/26" of subnet "snet-private-endpoints" is not an IPv4 range in CIDR notation'],
    [{ privateEndpointSubnetPrefix: '10.41.0.0/26' }, 'privateEndpointSubnetPrefix "10.41.0.0/26" of subnet "snet-private-endpoints" is not inside the address space (10.40.0.0/22); choose a range inside it or widen addressSpace.'],
    [{ privateEndpointSubnetPrefix: '10.40.0.0/30' }, 'privateEndpointSubnetPrefix "10.40.0.0/30" of subnet "snet-private-endpoints" is smaller than /29, the smallest subnet Azure accepts; use a prefix of /29 or shorter.'],
    [{ additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.40.0.32/27' }] }, 'additionalSubnets[0].addressPrefix "10.40.0.32/27" of subnet "snet-apps" overlaps subnet "snet-private-endpoints" (10.40.0.0/26); subnets of one network must not overlap.'],
    [{ additionalSubnets: [{ name: 'snet-private-endpoints', addressPrefix: '10.40.1.0/24' }] }, 'subnet name "snet-private-endpoints" is used twice'],
    [{ additionalSubnets: [{ name: 'snet apps', addressPrefix: '10.40.1.0/24' }] }, 'subnet or network security group name "snet apps" must use letters, digits'],
    [{ baseName: 'Research' }, 'baseName "Research" must be 1-24 lowercase letters'],
    [{ resourceGroup: { name: 'rg-x', id: '/subscriptions/x/resourceGroups/rg-x' }, resourceGroupName: 'rg-y' }, 'both `resourceGroup` and `resourceGroupName` are set'],
    [{ name: 'vnet-' }, 'virtual network name "vnet-" must use letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore (Azure: unique in resource group); set `name`.'],
    [{ additionalSubnets: [{ name: 's'.repeat(70), addressPrefix: '10.40.1.0/24' }] }, `subnet or network security group name "nsg-research-${'s'.repeat(70)}" is 83 characters long but must be 1-80`],
    [{ privateEndpointClientPrefixes: ['Internet'] }, 'privateEndpointClientPrefixes[0] "Internet" lets any address reach the endpoints; list your client networks instead.'],
    [{ privateEndpointClientPrefixes: ['10.0.0.0/8', '0.0.0.0/0'] }, 'privateEndpointClientPrefixes[1] "0.0.0.0/0" lets any address reach the endpoints'],
    [{ privateEndpointClientPrefixes: ['10.0.0.1/8'] }, 'privateEndpointClientPrefixes[0] "10.0.0.1/8" has address bits set past the /8 prefix'],
    [{ privateEndpointClientPrefixes: [] }, 'privateEndpointClientPrefixes is empty, so nothing could reach the endpoints'],
    [{ privateEndpointPorts: ['https'] }, 'privateEndpointPorts[0] "https" must be a port from 1 to 65535 or an ascending range such as "443" or "8000-8080".'],
  ])('fails on %j', (props, message) => {
    const build = networkWith(props as Partial<AiNetworkProps>);
    expect(build).toThrow(/^AiNetwork "test\/Network": /);
    expect(build).toThrow(message);
  });

  test('names every problem of the construct in one error', () => {
    expect(networkWith({ addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.50.0.0/26', additionalSubnets: [{ name: 'snet-apps', addressPrefix: '10.60.0.0/31' }] }))
      .toThrow(/AiNetwork "test\/Network": 3 problems:/);
  });

  test('skips ranges that are Terraform expressions', () => {
    expect(() => synth((s) => {
      const space = new TerraformVariable(s, 'space', { type: 'string' });
      new AiNetwork(s, 'Network', { ...base, addressSpace: [space.stringValue], privateEndpointSubnetPrefix: '10.40.0.0/26' });
    })).not.toThrow();
  });

  test('fails at synth when the endpoints placed in a subnet need more addresses than it has', () => {
    expect(hubInSubnet((s) => new AiNetwork(s, 'Network', { ...base, privateEndpointSubnetPrefix: '10.40.0.0/29' }).privateEndpointSubnet)).toThrow(
      /AiNetwork "test\/Network": subnet "snet-private-endpoints" \(10\.40\.0\.0\/29\) has 3 usable addresses \(Azure keeps 5 of every subnet\) but its 6 private endpoints need at least 8 \(test\/Hub \(amlworkspace\): 2, .*test\/Hub \(registry\): 2, test\/Hub \(azuremonitor\): 1\); give it a shorter prefix such as \/28\./,
    );
    expect(hubInSubnet((s) => new AiNetwork(s, 'Network', { ...base, privateEndpointSubnetPrefix: '10.40.0.0/28' }).privateEndpointSubnet)).not.toThrow();
  });
});

describe('AiNetwork.fromSubnetId (an existing subnet)', () => {
  test('places endpoints in the subnet and derives its network for DNS zone links', () => {
    const subnet = synth((s) => { const sub = AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID); expect(sub.virtualNetworkId).toBe(SUBNET_ID.replace('/subnets/snet-pe', '')); });
    expect(subnet.json.resource).toBeUndefined();
    const { json } = hubInSubnet((s) => AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID, { location: 'westeurope' }))();
    for (const [, endpoint] of resourcesOf(json, 'azurerm_private_endpoint')) expect([endpoint.subnet_id, endpoint.location]).toEqual([SUBNET_ID, 'westeurope']);
  });

  test('without a location, endpoints go to the region of the resource they lead to', () => {
    const { json } = hubInSubnet((s) => AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID))();
    expect(new Set(resourcesOf(json, 'azurerm_private_endpoint').map(([, e]) => e.location))).toEqual(new Set(['swedencentral']));
  });

  test('fails when the id is not a subnet id', () => {
    expect(() => synth((s) => { AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID.replace('/subnets/snet-pe', '')); })).toThrow(
      'ExistingSubnet "test/Spoke": subnetId "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke" is not a subnet resource id',
    );
  });

  test('checks the endpoints fit when the address range is given', () => {
    expect(hubInSubnet((s) => AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID, { addressPrefix: '10.1.0.0/29' }))).toThrow(
      'ExistingSubnet "test/Spoke": subnet "snet-pe" (10.1.0.0/29) has 3 usable addresses',
    );
    expect(() => synth((s) => { AiNetwork.fromSubnetId(s, 'Spoke', SUBNET_ID, { addressPrefix: '10.1.0.0/299' }); })).toThrow('addressPrefix "10.1.0.0/299" is not an IPv4 range');
  });

  test('a subnet id that is a Terraform expression yields its network id as an expression, for zone links', () => {
    const { json } = synth((s) => {
      const subnet = AiNetwork.fromSubnetId(s, 'Spoke', new TerraformVariable(s, 'subnet_id', { type: 'string' }).stringValue);
      new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', privateEndpoint: { subnet, dnsZones: new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' }) } });
    });
    expect(resourcesOf(json, 'azurerm_private_endpoint')[0][1].subnet_id).toBe('${var.subnet_id}');
    const networkIds = new Set(resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link').map(([, l]) => l.virtual_network_id));
    expect(networkIds).toEqual(new Set(['${join("/", slice(split("/", var.subnet_id), 0, 9))}']));
  });

  test('links created zones to an existing subnet\'s network, once however many subnets of it are used', () => {
    const { json } = synth((s) => {
      const zones = new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' });
      for (const name of ['a', 'b']) {
        const subnet = AiNetwork.fromSubnetId(s, `Spoke-${name}`, SUBNET_ID.replace('snet-pe', `snet-${name}`));
        new AiHub(s, `Hub-${name}`, { baseName: `team-${name}`, location: 'swedencentral', privateEndpoint: { subnet, dnsZones: zones } });
      }
    });
    const links = resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link').map(([, l]) => l);
    expect(links).toHaveLength(10);
    for (const link of links) expect(link.virtual_network_id).toBe(SUBNET_ID.replace('/subnets/snet-pe', ''));
  });

  test('fails when a subnet name is a Terraform expression (it becomes a Terraform address)', () => {
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'name', { type: 'string' }).stringValue;
      new AiNetwork(s, 'Network', { ...base, additionalSubnets: [{ name, addressPrefix: '10.40.1.0/24' }] });
    })).toThrow('additionalSubnets[0].name is a Terraform token, but it must be a plain string known at synth time');
  });
});
