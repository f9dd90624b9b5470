import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { AiHub, AiNetwork, AZURERM_PROVIDER_DEFAULTS, ExistingPrivateDnsZones } from '../lib';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const CONNECTIVITY_SUBSCRIPTION = '11111111-1111-1111-1111-111111111111';

/**
 * Two private hubs in an enterprise hub-and-spoke network. The network team owns the spoke: the
 * hubs' endpoints go into its existing subnet, and their DNS records into the central private DNS
 * zones of the connectivity subscription, which both hubs share. Their monitoring joins the
 * network team's Azure Monitor private link scope (one scope per DNS). The library creates no
 * network, no zone and no scope.
 */
export class HubAndSpokeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS, subscriptionId: SUBSCRIPTION });

    const subnet = AiNetwork.fromSubnetId(this, 'SpokeSubnet',
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-spoke-ai/providers/Microsoft.Network/virtualNetworks/vnet-spoke-ai/subnets/snet-private-endpoints`,
      { location: 'westeurope', addressPrefix: '10.64.8.0/27' });
    const dnsZones = ExistingPrivateDnsZones.inResourceGroup(this, 'CentralDnsZones',
      `/subscriptions/${CONNECTIVITY_SUBSCRIPTION}/resourceGroups/rg-private-dns`);

    const monitorPrivateLinkScope = { existingScopeId: `/subscriptions/${CONNECTIVITY_SUBSCRIPTION}/resourceGroups/rg-monitor/providers/Microsoft.Insights/privateLinkScopes/ampls-central` };

    for (const department of ['legal', 'hr']) {
      new AiHub(this, `Hub-${department}`, {
        baseName: `${department}-prod`,
        location: 'westeurope',
        privateEndpoint: { subnet, dnsZones },
        monitorPrivateLinkScope,
        tags: { department, stage: 'prod' },
      });
    }
  }
}
