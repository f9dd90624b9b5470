import { AiHub } from '../../lib';
import { onlyResource, pinnedRoleId, resourcesOf, roleGuidOf, synth } from '../helpers';

const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers';
const EXISTING = {
  existingStorageAccountId: `${RG}/Microsoft.Storage/storageAccounts/stshared`,
  existingKeyVaultId: `${RG}/Microsoft.KeyVault/vaults/kv-shared`,
  existingContainerRegistryId: `${RG}/Microsoft.ContainerRegistry/registries/crshared`,
  existingApplicationInsightsId: `${RG}/Microsoft.Insights/components/appi-shared`,
  existingLogAnalyticsWorkspaceId: `${RG}/Microsoft.OperationalInsights/workspaces/log-shared`,
  existingIdentity: { resourceId: `${RG}/Microsoft.ManagedIdentity/userAssignedIdentities/id-shared`, principalId: '12345678-1234-1234-1234-123456789012' },
};

describe('AiHub with existing dependencies', () => {
  const { json } = synth((s) => { new AiHub(s, 'Hub', { baseName: 'finance-prod', location: 'westeurope', ...EXISTING }); });

  test('creates none of the dependencies it was given', () => {
    for (const type of ['azurerm_storage_account', 'azurerm_key_vault', 'azurerm_container_registry', 'azurerm_application_insights', 'azurerm_log_analytics_workspace', 'azurerm_user_assigned_identity']) {
      expect([type, resourcesOf(json, type)]).toEqual([type, []]);
    }
    expect(json.data?.azurerm_client_config).toBeUndefined();
  });

  test('wires the hub to them by id', () => {
    const hub = onlyResource(json, 'azurerm_ai_foundry');
    expect(hub.storage_account_id).toBe(EXISTING.existingStorageAccountId);
    expect(hub.key_vault_id).toBe(EXISTING.existingKeyVaultId);
    expect(hub.container_registry_id).toBe(EXISTING.existingContainerRegistryId);
    expect(hub.application_insights_id).toBe(EXISTING.existingApplicationInsightsId);
    expect(hub.primary_user_assigned_identity).toBe(EXISTING.existingIdentity!.resourceId);
  });

  test('still gives the hub identity the roles it needs on each of them, in their own subscription', () => {
    const grants = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a);
    expect(grants.every((a) => a.principal_id === EXISTING.existingIdentity.principalId)).toBe(true);
    const onStorage = grants.filter((a) => a.scope === EXISTING.existingStorageAccountId).map(roleGuidOf).sort();
    expect(onStorage).toEqual([pinnedRoleId('Contributor'), pinnedRoleId('Storage Blob Data Contributor'), pinnedRoleId('Storage File Data Privileged Contributor')].sort());
    expect(grants.find((a) => a.scope === EXISTING.existingKeyVaultId && roleGuidOf(a) === pinnedRoleId('Key Vault Administrator'))?.role_definition_id)
      .toBe(`/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${pinnedRoleId('Key Vault Administrator')}`);
  });

  test('sends the hub\'s own diagnostics to the existing workspace, and none for resources it does not own', () => {
    const settings = resourcesOf(json, 'azurerm_monitor_diagnostic_setting').map(([, s]) => s);
    expect(settings).toHaveLength(1);
    expect(settings[0].log_analytics_workspace_id).toBe(EXISTING.existingLogAnalyticsWorkspaceId);
  });
});
