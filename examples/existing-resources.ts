import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { AiHub, AZURERM_PROVIDER_DEFAULTS } from '../lib';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const SHARED = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-platform-shared/providers`;

/**
 * A private hub that reuses a storage account, key vault, container registry and Application
 * Insights that the platform team already runs: the hub creates none of them and only assigns its
 * identity the roles it needs on each.
 */
export class ExistingResourcesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS, subscriptionId: SUBSCRIPTION });

    new AiHub(this, 'Hub', {
      baseName: 'finance-prod',
      location: 'westeurope',
      existingStorageAccountId: `${SHARED}/Microsoft.Storage/storageAccounts/stplatformshared`,
      existingKeyVaultId: `${SHARED}/Microsoft.KeyVault/vaults/kv-platform-shared`,
      existingContainerRegistryId: `${SHARED}/Microsoft.ContainerRegistry/registries/crplatformshared`,
      existingApplicationInsightsId: `${SHARED}/Microsoft.Insights/components/appi-platform-shared`,
      lock: { level: 'CanNotDelete' },
      tags: { department: 'finance', stage: 'prod' },
    });
  }
}
