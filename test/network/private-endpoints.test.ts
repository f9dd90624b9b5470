import { TerraformStack } from 'cdktf';
import { AiHub, AiHubProps, AiNetwork, dnsZonesManagedByPolicy, ExistingPrivateDnsZones, IPrivateDnsZones, PRIVATE_LINK_SUBRESOURCES, PrivateDnsZones, PrivateLinkSubresource } from '../../lib';
import { addPrivateEndpoint } from '../../lib/core/private-endpoint';
import { resourcesOf, synth, TerraformJson } from '../helpers';

const CENTRAL_GROUP = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-private-dns';

/** The three DNS modes, each built in the stack. */
const DNS_MODES: Record<string, (s: TerraformStack) => IPrivateDnsZones> = {
  created: (s) => new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' }),
  existing: (s) => ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', CENTRAL_GROUP),
  'policy-managed': () => dnsZonesManagedByPolicy(),
};

function privateHub(dnsZones: (s: TerraformStack) => IPrivateDnsZones, props: Partial<AiHubProps> = {}): TerraformJson {
  return synth((s) => {
    const network = new AiNetwork(s, 'Network', { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/26' });
    new AiHub(s, 'Hub', { baseName: 'research', location: 'swedencentral', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: dnsZones(s) }, ...props });
  }).json;
}

/** The zone name a zone group entry points at: the created zone's name, or the last part of an id. */
function zoneNameOf(json: TerraformJson, zoneRef: string): string {
  const created = /^\$\{azurerm_private_dns_zone\.([^.]+)\.id\}$/.exec(zoneRef);
  return created ? json.resource.azurerm_private_dns_zone[created[1]].name : zoneRef.split('/').pop()!;
}

/** The Terraform type of the resource an endpoint leads to. */
const targetTypeOf = (endpoint: Record<string, any>) => /^\$\{([a-z_]+)\./.exec(endpoint.private_service_connection.private_connection_resource_id)![1];

const EXPECTED_SUBRESOURCES: Record<string, PrivateLinkSubresource[]> = {
  azurerm_ai_foundry: ['amlworkspace'],
  azurerm_storage_account: ['blob', 'file'],
  azurerm_key_vault: ['vault'],
  azurerm_container_registry: ['registry'],
  azurerm_monitor_private_link_scope: ['azuremonitor'],
};

describe.each(Object.keys(DNS_MODES))('private endpoints of a hub, DNS %s', (mode) => {
  const json = privateHub(DNS_MODES[mode]);
  const endpoints = resourcesOf(json, 'azurerm_private_endpoint');

  test('the hub, storage (blob and file), key vault, registry and monitor private link scope each get their endpoint', () => {
    const found: Record<string, string[]> = {};
    for (const [, endpoint] of endpoints) (found[targetTypeOf(endpoint)] ??= []).push(...endpoint.private_service_connection.subresource_names);
    for (const list of Object.values(found)) list.sort();
    expect(found).toEqual(EXPECTED_SUBRESOURCES);
  });

  test('the hub\'s endpoint waits for the datastore update, which rewrites the workspace', () => {
    const hubEndpoint = endpoints.find(([, e]) => targetTypeOf(e) === 'azurerm_ai_foundry')![1];
    expect(hubEndpoint.depends_on).toEqual([expect.stringMatching(/^azapi_update_resource\.Hub_IdentityBasedDatastores_/)]);
  });

  test('every endpoint is automatic, in the network\'s subnet, with one subresource', () => {
    for (const [name, endpoint] of endpoints) {
      expect([name, endpoint.private_service_connection.is_manual_connection, endpoint.private_service_connection.subresource_names.length]).toEqual([name, false, 1]);
      expect(endpoint.subnet_id).toMatch(/^\$\{azurerm_subnet\.Network_Subnet-snet-private-endpoints_[0-9A-F]+\.id\}$/);
    }
  });

  if (mode === 'policy-managed') {
    test('no endpoint has a DNS zone group: Azure Policy adds it, and later plans leave it alone', () => {
      for (const [name, endpoint] of endpoints) expect([name, endpoint.private_dns_zone_group, endpoint.lifecycle]).toEqual([name, undefined, { ignore_changes: ['private_dns_zone_group'] }]);
      expect(resourcesOf(json, 'azurerm_private_dns_zone')).toEqual([]);
    });
  } else {
    test('every endpoint\'s zone group holds exactly the zones of its subresource in PRIVATE_LINK_SUBRESOURCES', () => {
      for (const [name, endpoint] of endpoints) {
        const subresource = endpoint.private_service_connection.subresource_names[0] as PrivateLinkSubresource;
        const zones = endpoint.private_dns_zone_group.private_dns_zone_ids.map((ref: string) => zoneNameOf(json, ref));
        expect([name, zones]).toEqual([name, [...PRIVATE_LINK_SUBRESOURCES[subresource].zones]]);
      }
    });
  }
});

describe('existing private DNS zones', () => {
  test('zone groups point at the central zones by id; the library creates no zone and no link', () => {
    const json = privateHub(DNS_MODES.existing);
    const ids = resourcesOf(json, 'azurerm_private_endpoint').flatMap(([, e]) => e.private_dns_zone_group.private_dns_zone_ids);
    for (const id of ids) expect(id).toMatch(new RegExp(`^${CENTRAL_GROUP}/providers/Microsoft.Network/privateDnsZones/privatelink\\.`));
    expect(resourcesOf(json, 'azurerm_private_dns_zone')).toEqual([]);
    expect(resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link')).toEqual([]);
  });

  test('fails naming the missing zone when an endpoint needs a zone that is not listed', () => {
    const blobOnly = (s: TerraformStack) => ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', {
      'privatelink.blob.core.windows.net': `${CENTRAL_GROUP}/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net`,
    });
    expect(() => privateHub(blobOnly)).toThrow(
      'AiHub "test/Hub": a private endpoint needs the DNS zones privatelink.api.azureml.ms, privatelink.notebooks.azure.net, which ExistingPrivateDnsZones "test/Zones" does not list; add their ids.',
    );
  });

  test('fails when an id names another zone, or is not a zone id, or the group id is malformed', () => {
    expect(() => synth((s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', { 'privatelink.blob.core.windows.net': `${CENTRAL_GROUP}/providers/Microsoft.Network/privateDnsZones/privatelink.file.core.windows.net` }); }))
      .toThrow('ExistingPrivateDnsZones "test/Zones": the id given for zone privatelink.blob.core.windows.net names zone "privatelink.file.core.windows.net"; give each zone its own id.');
    expect(() => synth((s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', { 'privatelink.blob.core.windows.net': 'privatelink.blob.core.windows.net' }); }))
      .toThrow('ExistingPrivateDnsZones "test/Zones": id of zone privatelink.blob.core.windows.net "privatelink.blob.core.windows.net" is not a resource id of type Microsoft.Network/privateDnsZones');
    expect(() => synth((s) => { ExistingPrivateDnsZones.fromZoneIds(s, 'Zones', { 'privatelink.example.com': `${CENTRAL_GROUP}/providers/Microsoft.Network/privateDnsZones/privatelink.example.com` } as never); }))
      .toThrow('"privatelink.example.com" is not a private DNS zone the library uses');
    expect(() => synth((s) => { ExistingPrivateDnsZones.inResourceGroup(s, 'Zones', 'rg-private-dns'); }))
      .toThrow('ExistingPrivateDnsZones "test/Zones": resourceGroupId "rg-private-dns" is not a resource group id');
  });
});

describe('the registry endpoint', () => {
  test('fails when a public hub asks for private endpoints with a registry SKU that cannot take one', () => {
    expect(() => privateHub(DNS_MODES.created, { publicNetworkAccess: 'Enabled', containerRegistrySku: 'Standard' })).toThrow(
      'AiHub "test/Hub": containerRegistrySku "Standard" cannot take a private endpoint, which `privateEndpoint` asks for; use "Premium", or pass an existing registry in `existingContainerRegistryId`.',
    );
  });
});

test('a private endpoint whose name would break the Azure rule fails, naming its owner', () => {
  expect(() => synth((s) => {
    const network = new AiNetwork(s, 'Network', { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/22'], privateEndpointSubnetPrefix: '10.40.0.0/26' });
    addPrivateEndpoint(s, 'Endpoint', { subnet: network.privateEndpointSubnet, dnsZones: dnsZonesManagedByPolicy() }, {
      resourceName: 'a'.repeat(60), resourceId: '/subscriptions/x', subresource: 'account', location: 'swedencentral', resourceGroupName: 'rg',
    });
  })).toThrow(/TerraformStack "test": 2 problems:\n  - private endpoint name "pep-a{60}-account" is 72 characters long but must be 2-64/);
});
