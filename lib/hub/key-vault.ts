import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { Construct } from 'constructs';
import { Placement } from './placement';

/** SKUs of the hub key vault (`premium` adds HSM-backed keys). */
export type KeyVaultSku = 'standard' | 'premium';

/** What the hub decides about its key vault. */
export interface HubKeyVaultSettings extends Placement {
  readonly tenantId: string;
  readonly sku: KeyVaultSku;
  readonly publicNetworkAccess: boolean;
  /** The firewall denies traffic from outside trusted Azure services (and IP rules) by default. */
  readonly denyByDefault: boolean;
}

/** Days a deleted vault and its secrets stay recoverable: the maximum Azure allows. */
export const KEY_VAULT_SOFT_DELETE_DAYS = 90;

/** The hub's key vault: RBAC authorization (no access policies), purge protection, 90-day soft delete. */
export function createHubKeyVault(scope: Construct, id: string, s: HubKeyVaultSettings): KeyVault {
  return new KeyVault(scope, id, {
    name: s.name,
    location: s.location,
    resourceGroupName: s.resourceGroupName,
    tenantId: s.tenantId,
    skuName: s.sku,
    rbacAuthorizationEnabled: true,
    purgeProtectionEnabled: true,
    softDeleteRetentionDays: KEY_VAULT_SOFT_DELETE_DAYS,
    publicNetworkAccessEnabled: s.publicNetworkAccess,
    networkAcls: {
      defaultAction: s.denyByDefault ? 'Deny' : 'Allow',
      bypass: 'AzureServices',
    },
    tags: s.tags,
  });
}
