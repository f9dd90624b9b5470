import { TerraformStack, TerraformVariable } from 'cdktf';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { acknowledge, AiHub, AiHubProps, AiNetwork, dnsZonesManagedByPolicy } from '../../lib';
import { infosOf, onlyResource, synth, warningsOf } from '../helpers';

const base: AiHubProps = { baseName: 'research', location: 'swedencentral' };
const hubWith = (props: Partial<AiHubProps>, change?: (hub: AiHub) => void) => () => synth((s) => {
  const hub = new AiHub(s, 'Hub', { ...base, ...props });
  change?.(hub);
});
const EXISTING_REGISTRY = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/crshared';

describe('a private hub\'s dependencies', () => {
  test('storage, key vault and registry deny public access and deny by default, letting trusted Azure services through', () => {
    const { json } = hubWith({})();
    expect(onlyResource(json, 'azurerm_storage_account')).toMatchObject({ public_network_access_enabled: false, network_rules: { default_action: 'Deny', bypass: ['AzureServices'] } });
    expect(onlyResource(json, 'azurerm_key_vault')).toMatchObject({ public_network_access_enabled: false, network_acls: { default_action: 'Deny', bypass: 'AzureServices' } });
    expect(onlyResource(json, 'azurerm_container_registry')).toMatchObject({
      public_network_access_enabled: false, network_rule_set: [{ default_action: 'Deny' }], network_rule_bypass_option: 'AzureServices',
    });
  });

  test.each([
    ['StorageAccount is made public', (hub: AiHub) => hub.storageAccount!.addOverride('public_network_access_enabled', true),
      'the hub is private but its StorageAccount has public_network_access_enabled = true (an override?), which leaves it reachable from public networks; keep it false, or list "StorageAccount" in dependenciesWithPublicAccess to accept the risk explicitly.'],
    ['KeyVault is made public', (hub: AiHub) => hub.keyVault!.addOverride('public_network_access_enabled', true), 'its KeyVault has public_network_access_enabled = true'],
    ['ContainerRegistry is made public', (hub: AiHub) => hub.containerRegistry!.addOverride('public_network_access_enabled', true), 'its ContainerRegistry has public_network_access_enabled = true'],
    ['the storage switch is removed (Azure defaults to public)', (hub: AiHub) => hub.storageAccount!.addOverride('public_network_access_enabled', null), 'its StorageAccount has public_network_access_enabled = null'],
    ['a storage firewall allows by default', (hub: AiHub) => hub.storageAccount!.addOverride('network_rules.default_action', 'Allow'),
      'the firewall of its StorageAccount allows all traffic by default (network_rules.default_action = "Allow", Azure\'s default being "Allow"); set it to "Deny" and allow specific addresses.'],
    ['a key vault firewall allows by default', (hub: AiHub) => hub.keyVault!.addOverride('network_acls.default_action', 'Allow'), 'the firewall of its KeyVault allows all traffic by default (network_acls.default_action = "Allow"'],
    ['the registry firewall is removed', (hub: AiHub) => hub.containerRegistry!.addOverride('network_rule_set', null), 'the firewall of its ContainerRegistry allows all traffic by default (network_rule_set.default_action = null'],
    ['the hub itself is made public', (hub: AiHub) => hub.resource.addOverride('public_network_access', 'Enabled'),
      'the hub is private (publicNetworkAccess "Disabled") but its resource has public_network_access = "Enabled" (an override?); remove the override, or set publicNetworkAccess: \'Enabled\' to make it public explicitly.'],
  ])('synth fails when %s through an override', (_, change, message) => {
    const build = hubWith({}, change);
    expect(build).toThrow('AiHub "test/Hub": ');
    expect(build).toThrow(message);
  });

  test('an override to a Terraform expression is left to Terraform', () => {
    const variable = (hub: AiHub) => new TerraformVariable(TerraformStack.of(hub), 'public', { type: 'bool' }).booleanValue;
    expect(hubWith({}, (hub) => hub.storageAccount!.addOverride('public_network_access_enabled', variable(hub)))).not.toThrow();
  });

  test('an explicitly opted-out dependency keeps public access, behind a deny-by-default firewall, with a warning', () => {
    const { json, stack } = hubWith({ dependenciesWithPublicAccess: ['ContainerRegistry'] })();
    expect(onlyResource(json, 'azurerm_container_registry')).toMatchObject({ public_network_access_enabled: true, network_rule_set: [{ default_action: 'Deny' }] });
    expect(onlyResource(json, 'azurerm_container_registry').export_policy_enabled).toBeUndefined();
    expect(onlyResource(json, 'azurerm_storage_account').public_network_access_enabled).toBe(false);
    expect(warningsOf(stack)).toEqual([expect.stringContaining('[public-dependency] AiHub "test/Hub": dependenciesWithPublicAccess lists "ContainerRegistry": the hub is private but its ContainerRegistry accepts traffic from public networks')]);
  });

  test('an opted-out dependency may be made public by an override, but its firewall may not allow all', () => {
    expect(hubWith({ dependenciesWithPublicAccess: ['KeyVault'] }, (hub) => hub.keyVault!.addOverride('public_network_access_enabled', true))).not.toThrow();
    expect(hubWith({ dependenciesWithPublicAccess: ['KeyVault'] }, (hub) => hub.keyVault!.addOverride('network_acls.default_action', 'Allow'))).toThrow('the firewall of its KeyVault allows all traffic by default');
  });

  test.each([
    ['on a public hub', { publicNetworkAccess: 'Enabled', containerRegistrySku: 'Premium', dependenciesWithPublicAccess: ['KeyVault'] },
      'dependenciesWithPublicAccess applies only to a private hub, and publicNetworkAccess is "Enabled", so every created dependency is public already; remove dependenciesWithPublicAccess.'],
    ['for a dependency the hub does not create', { existingContainerRegistryId: EXISTING_REGISTRY, dependenciesWithPublicAccess: ['ContainerRegistry'] },
      'dependenciesWithPublicAccess lists "ContainerRegistry", but the hub uses an existing one (existingContainerRegistryId), whose network access its owner decides; remove it from the list.'],
    ['for a registry without a firewall', { dependenciesWithPublicAccess: ['ContainerRegistry'], containerRegistrySku: 'Standard' },
      'dependenciesWithPublicAccess lists "ContainerRegistry", but only a Premium registry has a firewall to deny other traffic by default; keep the default "Premium" SKU.'],
    ['for something that is not a dependency', { dependenciesWithPublicAccess: ['Hub'] },
      'dependenciesWithPublicAccess[0] is the string "Hub", which is not one of "LogAnalyticsWorkspace", "ApplicationInsights", "StorageAccount", "KeyVault", "ContainerRegistry".'],
  ])('the opt-out fails %s', (_, props, message) => {
    const build = hubWith(props as Partial<AiHubProps>);
    expect(build).toThrow(/^AiHub "test\/Hub": /);
    expect(build).toThrow(message);
  });

  test('a public hub leaves its dependencies open (it is already a warned opt-in) and skips the check', () => {
    const { json } = hubWith({ publicNetworkAccess: 'Enabled' })();
    expect(onlyResource(json, 'azurerm_storage_account')).toMatchObject({ public_network_access_enabled: true, network_rules: { default_action: 'Allow' } });
    expect(onlyResource(json, 'azurerm_container_registry').network_rule_set).toBeUndefined();
  });

  const UNREACHABLE = '[unreachable-private-hub] AiHub "test/Hub": the hub is private, has no `privateEndpoint`, and no private endpoint in its stack targets it, so nobody can reach it (portal, SDK, CLI) until one is made; ' +
    'set `privateEndpoint`, or acknowledge the warning naming where the endpoints are made (e.g. the network team\'s stack).';

  test('a private hub that no private endpoint in its stack targets warns that nobody can reach it', () => {
    const { stack } = hubWith({})();
    expect(warningsOf(stack, { all: true })).toEqual([UNREACHABLE]);
  });

  /** A private hub and one private endpoint of the user's own, in the same stack, to what `target` picks. */
  const hubWithOwnEndpointTo = (target: (hub: AiHub) => string, subresource: string) => synth((s) => {
    const network = new AiNetwork(s, 'Network', { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/24'], privateEndpointSubnetPrefix: '10.40.0.0/26' });
    const hub = new AiHub(s, 'Hub', base);
    new PrivateEndpoint(s, 'OwnEndpoint', {
      name: 'pe-own', location: 'swedencentral', resourceGroupName: 'rg', subnetId: network.privateEndpointSubnet.subnetId,
      privateServiceConnection: { name: 'own', privateConnectionResourceId: target(hub), subresourceNames: [subresource], isManualConnection: false },
    });
  });

  test('a private endpoint the user makes to the hub in the same stack (any read of its id) silences that warning', () => {
    const { stack } = hubWithOwnEndpointTo((hub) => hub.resource.id, 'amlworkspace');
    expect(warningsOf(stack, { all: true })).toEqual([]);
  });

  test('an endpoint to something else does not', () => {
    const { stack } = hubWithOwnEndpointTo((hub) => hub.storageAccountId, 'blob');
    expect(warningsOf(stack, { all: true })).toEqual([UNREACHABLE]);
  });

  test('acknowledged with where the endpoints are made, it becomes an info line with that reason', () => {
    const { stack } = hubWith({}, (hub) => acknowledge(hub, { id: 'unreachable-private-hub', reason: 'Endpoints come from the platform network stack.' }))();
    expect(warningsOf(stack, { all: true })).toEqual([]);
    expect(infosOf(stack).some((i) => i.startsWith('[unreachable-private-hub] acknowledged: Endpoints come from the platform network stack.'))).toBe(true);
  });

  test('says, as info, that existing dependencies get no endpoint from the hub', () => {
    const { stack } = synth((s) => {
      const network = new AiNetwork(s, 'Network', { baseName: 'research', location: 'swedencentral', addressSpace: ['10.40.0.0/24'], privateEndpointSubnetPrefix: '10.40.0.0/26' });
      new AiHub(s, 'Hub', { ...base, existingContainerRegistryId: EXISTING_REGISTRY, privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones: dnsZonesManagedByPolicy() } });
    });
    expect(infosOf(stack)).toEqual(['AiHub "test/Hub": the existing ContainerRegistry gets no private endpoint from the hub; its owner must make it reachable from the hub\'s network.']);
  });
});
