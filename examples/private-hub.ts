import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { AiHub, AiNetwork, AZURERM_PROVIDER_DEFAULTS, PrivateDnsZones } from '../lib';

/**
 * A fully private hub in a network of its own: a new virtual network with a private endpoint
 * subnet, private endpoints for the hub, its storage (blob and file), key vault and registry, DNS
 * zones created by the library and linked to the network, and a managed network that allows only
 * approved outbound traffic: a package index by FQDN and Azure Open Datasets by service tag.
 * Two teams get a project each.
 */
export class PrivateHubStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });

    const network = new AiNetwork(this, 'Network', {
      baseName: 'research-prod',
      location: 'swedencentral',
      addressSpace: ['10.40.0.0/22'],
      privateEndpointSubnetPrefix: '10.40.0.0/26',
      tags: { department: 'research', stage: 'prod' },
    });
    const dnsZones = new PrivateDnsZones(this, 'PrivateDnsZones', { resourceGroupName: network.resourceGroupName });

    const hub = new AiHub(this, 'Hub', {
      baseName: 'research-prod',
      location: 'swedencentral',
      friendlyName: 'Research (production)',
      privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones },
      outboundRules: [
        { kind: 'Fqdn', name: 'allow-pypi', destination: 'pypi.org' },
        { kind: 'Fqdn', name: 'allow-pypi-files', destination: 'files.pythonhosted.org' },
        { kind: 'ServiceTag', name: 'allow-open-datasets', serviceTag: 'AzureOpenDatasets', protocol: 'TCP', portRanges: '443' },
      ],
      tags: { department: 'research', stage: 'prod' },
    });

    hub.addProject('Genomics', { description: 'Sequence analysis', dataContainers: ['samples'] });
    hub.addProject('Imaging', { description: 'Microscopy image models' });
  }
}
