import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { AiHub, AiNetwork, AZURERM_PROVIDER_DEFAULTS, ISubnet, PrivateDnsZones } from '../../lib';
import { refTo, resourcesOf, synth, synthConformingJson } from '../helpers';

const HUB_ZONES = [
  'privatelink.agentsvc.azure-automation.net', 'privatelink.api.azureml.ms', 'privatelink.azurecr.io', 'privatelink.blob.core.windows.net', 'privatelink.file.core.windows.net',
  'privatelink.monitor.azure.com', 'privatelink.notebooks.azure.net', 'privatelink.ods.opinsights.azure.com', 'privatelink.oms.opinsights.azure.com', 'privatelink.vaultcore.azure.net',
];

describe('PrivateDnsZones (zones created by the library)', () => {
  test('three hubs in two networks: each zone is created once per stack and linked once to each network', () => {
    const { json } = synth((s) => {
      const zones = new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns', tags: { owner: 'platform' } });
      const east = new AiNetwork(s, 'East', { baseName: 'east', location: 'swedencentral', addressSpace: ['10.1.0.0/24'], privateEndpointSubnetPrefix: '10.1.0.0/26' });
      const west = new AiNetwork(s, 'West', { baseName: 'west', location: 'swedencentral', addressSpace: ['10.2.0.0/24'], privateEndpointSubnetPrefix: '10.2.0.0/26' });
      new AiHub(s, 'HubA', { baseName: 'team-a', location: 'swedencentral', privateEndpoint: { subnet: east.privateEndpointSubnet, dnsZones: zones } });
      new AiHub(s, 'HubB', { baseName: 'team-b', location: 'swedencentral', privateEndpoint: { subnet: east.privateEndpointSubnet, dnsZones: zones } });
      new AiHub(s, 'HubC', { baseName: 'team-c', location: 'swedencentral', privateEndpoint: { subnet: west.privateEndpointSubnet, dnsZones: zones } });
    });
    const zones = resourcesOf(json, 'azurerm_private_dns_zone').map(([, z]) => z);
    expect(zones.map((z) => z.name).sort()).toEqual(HUB_ZONES);
    for (const zone of zones) expect(zone).toMatchObject({ resource_group_name: 'rg-dns', tags: { owner: 'platform' } });

    const links = resourcesOf(json, 'azurerm_private_dns_zone_virtual_network_link').map(([, l]) => l);
    const eastId = refTo(json, 'azurerm_virtual_network', 'East/VirtualNetwork', 'id');
    const westId = refTo(json, 'azurerm_virtual_network', 'West/VirtualNetwork', 'id');
    const zoneOf = (link: Record<string, any>) => zones.find((z) => link.private_dns_zone_name.includes(z.name.replace(/[^A-Za-z0-9-]/g, '')))?.name;
    // Every zone is linked to east, which holds the stack's one monitor endpoint (HubA's scope,
    // which HubB and HubC join); west links only the zones of its own endpoints.
    expect(links.filter((l) => l.virtual_network_id === eastId).map(zoneOf).sort()).toEqual(HUB_ZONES);
    expect(links.filter((l) => l.virtual_network_id === westId).map(zoneOf).sort()).toEqual([
      'privatelink.api.azureml.ms', 'privatelink.azurecr.io', 'privatelink.blob.core.windows.net', 'privatelink.file.core.windows.net', 'privatelink.notebooks.azure.net', 'privatelink.vaultcore.azure.net',
    ]);
    expect(links).toHaveLength(16);
    for (const link of links) expect(link.registration_enabled).toBe(false);
  });

  test('fails when two networks share one key, which would leave one of them unlinked', () => {
    const subnet = (network: string): ISubnet => ({
      subnetId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${network}/subnets/pe`,
      virtualNetworkId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${network}`,
      virtualNetworkKey: 'same-key',
      reserveAddresses: () => undefined,
    });
    expect(() => synth((s) => {
      const zones = new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' });
      new AiHub(s, 'HubA', { baseName: 'team-a', location: 'swedencentral', privateEndpoint: { subnet: subnet('vnet-a'), dnsZones: zones } });
      new AiHub(s, 'HubB', { baseName: 'team-b', location: 'swedencentral', privateEndpoint: { subnet: subnet('vnet-b'), dnsZones: zones } });
    })).toThrow('PrivateDnsZones "test/Zones": two different virtual networks have the key "same-key" (the second is used by test/HubB)');
  });

  test('creates only the zones its endpoints need', () => {
    const { json } = synth((s) => { new PrivateDnsZones(s, 'Zones', { resourceGroupName: 'rg-dns' }); });
    expect(resourcesOf(json, 'azurerm_private_dns_zone')).toEqual([]);
  });

  test('fails at synth when a second instance in the stack creates a zone again', () => {
    expect(() => synth((s) => {
      const network = new AiNetwork(s, 'Network', { baseName: 'east', location: 'swedencentral', addressSpace: ['10.1.0.0/24'], privateEndpointSubnetPrefix: '10.1.0.0/26' });
      for (const name of ['a', 'b']) {
        const zones = new PrivateDnsZones(s, `Zones-${name}`, { resourceGroupName: `rg-dns-${name}` });
        new AiHub(s, `Hub-${name}`, { baseName: `team-${name}`, location: 'swedencentral', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: zones } });
      }
    })).toThrow('PrivateDnsZones "test/Zones-b": zones privatelink.api.azureml.ms, privatelink.notebooks.azure.net, privatelink.blob.core.windows.net, privatelink.file.core.windows.net, privatelink.vaultcore.azure.net, privatelink.azurecr.io are also created by PrivateDnsZones "test/Zones-a"; zones are created once per stack: pass the same PrivateDnsZones to every hub and service.');
  });

  test('each stack creates its own zones: instances in two stacks do not conflict', () => {
    const app = Testing.app();
    const stacks = ['east', 'west'].map((name) => {
      const stack = new TerraformStack(app, name);
      new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
      const network = new AiNetwork(stack, 'Network', { baseName: name, location: 'swedencentral', addressSpace: ['10.1.0.0/24'], privateEndpointSubnetPrefix: '10.1.0.0/26' });
      const zones = new PrivateDnsZones(stack, 'Zones', { resourceGroupName: `rg-dns-${name}` });
      new AiHub(stack, 'Hub', { baseName: name, location: 'swedencentral', privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: zones } });
      return stack;
    });
    for (const stack of stacks) expect(resourcesOf(synthConformingJson(stack), 'azurerm_private_dns_zone')).toHaveLength(10);
  });
});

