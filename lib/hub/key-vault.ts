import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { oneOf, optional, str } from '../core/input';
import { checkGuid } from '../core/validation';
import { hyphenatedName, NameRules } from '../core/naming';
import { BuiltInRoles } from '../core/roles';
import { HubDependencyDescriptor } from './hub-dependency';

/**
 * SKUs of the hub key vault (`premium` adds HSM-backed keys): the values azurerm accepts in
 * `sku_name` (azurerm v4.55.0 internal/services/keyvault/key_vault_resource.go).
 */
export const KEY_VAULT_SKUS = ['standard', 'premium'] as const;

/** SKUs of the hub key vault. */
export type KeyVaultSku = (typeof KEY_VAULT_SKUS)[number];

/** The hub's props about its key vault. */
export interface HubKeyVaultProps {
  /** Name of the key vault. @default `kv-<baseName>-<hash>` (global) */
  readonly keyVaultName?: string;
  /** SKU of the key vault. @default 'standard' */
  readonly keyVaultSku?: KeyVaultSku;
  /** Entra tenant of the key vault. @default the tenant Terraform runs in (`azurerm_client_config`) */
  readonly tenantId?: string;
  /** Use this key vault (resource id; must use RBAC authorization) instead of creating one. */
  readonly existingKeyVaultId?: string;
}

/** Defaults of the key vault props. */
export const KEY_VAULT_DEFAULTS = { keyVaultSku: 'standard' } as const;

/**
 * Days a deleted vault and its secrets stay recoverable: 90, the maximum of the range 7-90 that
 * azurerm v4.55.0 validates (internal/services/keyvault/key_vault_resource.go,
 * `soft_delete_retention_days`).
 */
export const KEY_VAULT_SOFT_DELETE_DAYS = 90;

/**
 * The hub's key vault: RBAC authorization (no access policies), purge protection, 90-day soft
 * delete, a deny-by-default firewall when the hub is private.
 *
 * Hub identity roles (Microsoft Learn, "Set up authentication between Azure Machine Learning and
 * other services", user-assigned managed identity, key vault in RBAC mode): Contributor plus Key
 * Vault Administrator.
 */
export const KEY_VAULT: HubDependencyDescriptor<HubKeyVaultProps> = {
  label: 'KeyVault',
  armType: 'Microsoft.KeyVault/vaults',
  nameProp: 'keyVaultName',
  existingIdProp: 'existingKeyVaultId',
  nameRule: NameRules.keyVault,
  propChecks: {
    keyVaultName: optional(str()),
    keyVaultSku: optional(oneOf(KEY_VAULT_SKUS)),
    tenantId: optional(str()),
    existingKeyVaultId: optional(str()),
  },
  createOnlyProps: ['keyVaultName', 'keyVaultSku', 'tenantId'],
  defaultName: (base, suffix) => hyphenatedName('kv', base, suffix, NameRules.keyVault.maxLength),
  hubIdentityRoles: [BuiltInRoles.CONTRIBUTOR, BuiltInRoles.KEY_VAULT_ADMINISTRATOR],
  networkPosture: { optOut: 'KeyVault', publicAccessAttributes: ['public_network_access_enabled'], firewallBlock: 'network_acls' },

  check: (props) => checkGuid('tenantId', props.tenantId as string),

  create(c, props) {
    const tenantId = props.tenantId ?? new DataAzurermClientConfig(c.hub, 'ClientConfig').tenantId;
    const vault = new KeyVault(c.hub, 'KeyVault', {
      name: c.name,
      location: c.location,
      resourceGroupName: c.resourceGroupName,
      tenantId,
      skuName: props.keyVaultSku ?? KEY_VAULT_DEFAULTS.keyVaultSku,
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: KEY_VAULT_SOFT_DELETE_DAYS,
      publicNetworkAccessEnabled: c.publicNetworkAccess,
      networkAcls: { defaultAction: c.denyByDefault ? 'Deny' : 'Allow', bypass: 'AzureServices' },
    });
    return {
      resource: vault,
      taggable: true,
      holdsData: true,
      lockId: 'Lock-KeyVault',
      diagnostics: [{ id: 'Diagnostics-KeyVault', resourceId: vault.id, logs: true }],
      privateEndpoints: [{ id: 'PrivateEndpoint-KeyVault', resourceName: c.name, subresource: 'vault' }],
    };
  },
};
