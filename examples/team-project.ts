import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { AiHub, AZURERM_PROVIDER_DEFAULTS, Principal } from '../lib';

/** The id of the hub the platform team deployed in another stack. */
export const SHARED_HUB_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sales-dev/providers/Microsoft.MachineLearningServices/workspaces/hub-sales-dev';

/**
 * An app team's own stack that adds a project to a hub deployed elsewhere, knowing only the hub's
 * id: the hub's storage account and region are read at plan time.
 */
export class TeamProjectStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });

    const team = new TerraformVariable(this, 'research_team_group_id', {
      type: 'string',
      description: 'Object id of the Entra ID group of the research team',
    });

    const hub = AiHub.fromHubId(this, 'SharedHub', SHARED_HUB_ID);
    const research = hub.addProject('Research', { description: 'Research team project', dataContainers: ['papers'] });
    research.grantDeveloper(Principal.group(team.stringValue, 'research-team'));
  }
}
