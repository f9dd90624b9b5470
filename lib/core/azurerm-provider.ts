import type { AzurermProviderConfig } from '@cdktf/provider-azurerm/lib/provider';

/**
 * azurerm provider settings a stack with an AI hub needs; spread them into the provider config:
 * `new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS, subscriptionId })`.
 *
 * - `storageUseAzuread`: the hub storage has shared keys disabled, so the provider must read its
 *   data-plane properties with Entra ID (the hub fails synth without it).
 * - key vault: never purge on destroy (purge protection forbids it anyway) and recover a
 *   soft-deleted vault of the same name instead of failing.
 * - resource group: refuse to delete a group that still holds resources Terraform does not manage.
 * - storage: never call the blob, queue or file data plane. A private hub's storage account denies
 *   public traffic, so a runner outside the VNet would get 403 while creating or refreshing it;
 *   the library manages containers through Azure Resource Manager (`storage_account_id`) instead.
 */
export const AZURERM_PROVIDER_DEFAULTS = {
  storageUseAzuread: true,
  features: [{
    keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }],
    resourceGroup: [{ preventDeletionIfContainsResources: true }],
    storage: [{ dataPlaneAvailable: false }],
  }],
} as const satisfies Partial<AzurermProviderConfig>;
