import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { acknowledge, AiHub, AZURERM_PROVIDER_DEFAULTS, Principal } from '../lib';

/**
 * A development hub with public network access explicitly enabled and acknowledged (the warning
 * becomes an info line with the reason), two projects, and a developer group granted on one of them.
 */
export class BasicHubStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });

    const developers = new TerraformVariable(this, 'chatbot_developers_group_id', {
      type: 'string',
      description: 'Object id of the Entra ID group of the chatbot team',
    });

    const hub = new AiHub(this, 'Hub', {
      baseName: 'sales-dev',
      location: 'swedencentral',
      friendlyName: 'Sales (development)',
      description: 'Development hub of the sales department',
      publicNetworkAccess: 'Enabled',
      // A public hub can use a cheaper registry; a private one needs Premium.
      containerRegistrySku: 'Standard',
      tags: { department: 'sales', stage: 'dev' },
    });
    acknowledge(hub, { id: 'public-network-access', reason: 'development hub for synthetic data; reviewed by the platform team' });

    const chatbot = hub.addProject('Chatbot', { description: 'Customer support assistant', dataContainers: ['datasets'] });
    hub.addProject('Forecast', { description: 'Demand forecasting experiments' });
    chatbot.grantDeveloper(Principal.group(developers.stringValue, 'chatbot-developers'));
  }
}
