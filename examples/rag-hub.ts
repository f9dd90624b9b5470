import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { acknowledge, AiHub, AiNetwork, AiSearch, AiServices, AZURERM_PROVIDER_DEFAULTS, PrivateDnsZones, Principal } from '../lib';

/**
 * A private hub for retrieval-augmented generation: an AI Services account with a chat and an
 * embedding deployment behind the strict content filter, an AI Search service, both private and
 * connected to the hub with Entra ID (shared with all projects). Two projects; the support project
 * also has a search service of its own, connected to it alone, whose indexers read only that
 * project's containers. Developers of the support project get the data-plane roles of every
 * service the project can reach.
 */
export class RagHubStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
    const location = 'swedencentral';
    const tags = { department: 'support', stage: 'prod' };

    const network = new AiNetwork(this, 'Network', {
      baseName: 'rag-prod', location, addressSpace: ['10.50.0.0/24'], privateEndpointSubnetPrefix: '10.50.0.0/26', tags,
    });
    const privateEndpoint = {
      subnet: network.privateEndpointSubnet,
      dnsZones: new PrivateDnsZones(this, 'PrivateDnsZones', { resourceGroupName: network.resourceGroupName, tags }),
    };

    const hub = new AiHub(this, 'Hub', { baseName: 'rag-prod', location, privateEndpoint, tags });
    const serviceDefaults = {
      location,
      resourceGroupName: hub.resourceGroupName,
      privateEndpoint,
      diagnostics: { logAnalyticsWorkspaceId: hub.logAnalyticsWorkspaceId },
      tags,
    };

    const models = new AiServices(this, 'Models', {
      ...serviceDefaults,
      name: 'ais-rag-prod',
      deployments: [
        { name: 'chat', model: { name: 'gpt-4o', version: '2024-11-20' }, sku: 'GlobalStandard', capacity: 50 },
        { name: 'embeddings', model: { name: 'text-embedding-3-large', version: '1' }, sku: 'Standard', capacity: 120 },
      ],
    });
    const search = new AiSearch(this, 'Search', { ...serviceDefaults, name: 'srch-rag-prod', replicaCount: 2 });
    search.grantVectorizer(models);

    hub.connect(models);
    hub.connect(search);
    // Both projects can read and write each other's indexes on the shared search; data that one
    // team must not see goes to a project-only search, as Support's manuals do below.
    acknowledge(hub, { id: 'shared-search', reason: 'The shared index holds the public product catalogue only; team data goes to project-only search.', appliesTo: 'search' });

    const support = hub.addProject('Support', { description: 'Support assistant over the product manuals', dataContainers: ['manuals'] });
    hub.addProject('Sales', { description: 'Sales enablement assistant' });

    const supportSearch = new AiSearch(this, 'SupportSearch', { ...serviceDefaults, name: 'srch-rag-support', sku: 'basic' });
    supportSearch.grantReadProjectData(support);
    supportSearch.grantVectorizer(models);
    support.connect(supportSearch);

    const developers = new TerraformVariable(this, 'support_developers_group_id', {
      type: 'string',
      description: 'Object id of the Entra ID group of the support assistant team',
    });
    support.grantDeveloper(Principal.group(developers.stringValue, 'support-developers'));
  }
}
