import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import type { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { IConstruct } from 'constructs';
import { TerraformProvider, TerraformStack, Token } from '../core/cdktf';
import { num, oneOf, optional, str } from '../core/input';
import { compactName, NameRules } from '../core/naming';
import { BuiltInRoles } from '../core/roles';
import { checkIntegerRange, formatProblems } from '../core/validation';
import { HubDependencyDescriptor } from './hub-dependency';

/**
 * The metric categories of a storage account and of its blob and file services. Azure accepts
 * `AllMetrics` there but reads it back as the concrete categories, so azurerm would plan a change
 * on every run. Sources: Microsoft Learn "Supported metrics" for Microsoft.Storage/storageAccounts,
 * .../blobServices and .../fileServices (categories Capacity and Transaction); Microsoft's storage
 * account module Azure/terraform-azurerm-avm-res-storage-storageaccount, locals.diagnostics.tf
 * (commit 0862d40, PR #380 "prevent diagnostic settings drift"), which rewrites AllMetrics into
 * these categories for the same reason. At the account scope the sources disagree (AllMetrics
 * kept, or rejected with "supported categories are: 'Capacity;Transaction'"); the concrete
 * categories are accepted by all of them. Azure Files may also offer `SLI` (only that module says
 * so); it is not enabled.
 */
export const STORAGE_METRIC_CATEGORIES: readonly string[] = ['Capacity', 'Transaction'];

/**
 * Replication options of the hub storage account: the values azurerm accepts in
 * `account_replication_type` (azurerm v4.55.0 internal/services/storage/storage_account_resource.go).
 */
export const STORAGE_REPLICATIONS = ['LRS', 'ZRS', 'GRS', 'RAGRS', 'GZRS', 'RAGZRS'] as const;

/** Replication options of the hub storage account. */
export type StorageReplication = (typeof STORAGE_REPLICATIONS)[number];

/** The hub's props about its storage account. */
export interface HubStorageAccountProps {
  /** Name of the storage account. @default `st<baseName><hash>` (global; hash of stack and path) */
  readonly storageAccountName?: string;
  /** Replication of the storage account. @default 'ZRS' */
  readonly storageReplication?: StorageReplication;
  /** Days deleted blobs and containers stay recoverable (1-365). @default 30 */
  readonly blobSoftDeleteRetentionDays?: number;
  /** Use this storage account (resource id) instead of creating one; the hub only assigns roles on it. */
  readonly existingStorageAccountId?: string;
}

/** Defaults of the storage account props. */
export const STORAGE_ACCOUNT_DEFAULTS = {
  storageReplication: 'ZRS',
  blobSoftDeleteRetentionDays: 30,
} as const;

/**
 * The hub's shared storage account, with secure defaults: shared keys off (identity-based
 * datastores, which also makes the projects' ABAC isolation hold), no local (SFTP) users, TLS 1.2,
 * HTTPS only, no public blobs, infrastructure encryption, versioning and blob plus container soft
 * delete.
 *
 * Hub identity roles (Microsoft Learn, "Set up authentication between Azure Machine Learning and
 * other services", user-assigned managed identity: Contributor plus Storage Blob Data Contributor
 * on storage): Storage File Data Privileged Contributor is added because shared keys are off, so
 * the identity-based system datastores reach the file share with this identity (Microsoft Learn
 * "Disable local authentication", azure/ai-foundry/how-to/disable-local-auth).
 */
export const STORAGE_ACCOUNT: HubDependencyDescriptor<HubStorageAccountProps> = {
  label: 'StorageAccount',
  armType: 'Microsoft.Storage/storageAccounts',
  nameProp: 'storageAccountName',
  existingIdProp: 'existingStorageAccountId',
  nameRule: NameRules.storageAccount,
  propChecks: {
    storageAccountName: optional(str()),
    storageReplication: optional(oneOf(STORAGE_REPLICATIONS)),
    blobSoftDeleteRetentionDays: optional(num()),
    existingStorageAccountId: optional(str()),
  },
  createOnlyProps: ['storageAccountName', 'storageReplication', 'blobSoftDeleteRetentionDays'],
  defaultName: (base, suffix) => compactName('st', base, suffix, NameRules.storageAccount.maxLength),
  hubIdentityRoles: [BuiltInRoles.CONTRIBUTOR, BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR, BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR],
  networkPosture: { optOut: 'StorageAccount', publicAccessAttributes: ['public_network_access_enabled'], firewallBlock: 'network_rules' },

  check: (props) => checkIntegerRange('blobSoftDeleteRetentionDays', props.blobSoftDeleteRetentionDays, 1, 365, 'Azure keeps deleted blobs and containers 1-365 days'),

  create(c, props) {
    const days = props.blobSoftDeleteRetentionDays ?? STORAGE_ACCOUNT_DEFAULTS.blobSoftDeleteRetentionDays;
    const account = new StorageAccount(c.hub, 'StorageAccount', {
      name: c.name,
      location: c.location,
      resourceGroupName: c.resourceGroupName,
      accountKind: 'StorageV2',
      accountTier: 'Standard',
      accountReplicationType: props.storageReplication ?? STORAGE_ACCOUNT_DEFAULTS.storageReplication,
      minTlsVersion: 'TLS1_2',
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      sharedAccessKeyEnabled: false,
      defaultToOauthAuthentication: true,
      infrastructureEncryptionEnabled: true,
      crossTenantReplicationEnabled: false,
      localUserEnabled: false,
      publicNetworkAccessEnabled: c.publicNetworkAccess,
      networkRules: { defaultAction: c.denyByDefault ? 'Deny' : 'Allow', bypass: ['AzureServices'] },
      blobProperties: {
        versioningEnabled: true,
        deleteRetentionPolicy: { days },
        containerDeleteRetentionPolicy: { days },
      },
    });
    requireEntraIdStorageAccess(c.hub);
    const metricCategories = STORAGE_METRIC_CATEGORIES;
    return {
      resource: account,
      taggable: true,
      holdsData: true,
      lockId: 'Lock-StorageAccount',
      diagnostics: [
        { id: 'Diagnostics-StorageAccount', resourceId: account.id, logs: false, metricCategories },
        { id: 'Diagnostics-StorageBlobService', resourceId: `${account.id}/blobServices/default`, logs: true, metricCategories },
        { id: 'Diagnostics-StorageFileService', resourceId: `${account.id}/fileServices/default`, logs: true, metricCategories },
      ],
      privateEndpoints: [
        { id: 'PrivateEndpoint-StorageBlob', resourceName: c.name, subresource: 'blob' },
        { id: 'PrivateEndpoint-StorageFile', resourceName: c.name, subresource: 'file' },
      ],
    };
  },
};

/** The stacks whose provider check is registered, with the first hub that needed it. */
const CHECKED_STACKS = new WeakMap<TerraformStack, IConstruct>();

/**
 * A storage account without shared keys makes the azurerm provider fail when it reads data-plane
 * properties with keys, unless its default (un-aliased) provider uses Entra ID
 * (`storage_use_azuread = true`). The check walks the stack once, however many hubs it holds; a
 * token value is left to Terraform.
 */
function requireEntraIdStorageAccess(hub: IConstruct): void {
  const stack = TerraformStack.of(hub);
  if (CHECKED_STACKS.has(stack)) return;
  CHECKED_STACKS.set(stack, hub);
  stack.node.addValidation({
    validate: () => {
      // The static check and the provider type, not instanceof: an app may load its own copy of the bindings.
      const defaults = stack.node.findAll().filter((c): c is AzurermProvider => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === 'azurerm' && c.alias === undefined);
      const setting = defaults[0]?.storageUseAzuread;
      if (defaults.length === 0 || setting === true || Token.isUnresolved(setting)) return [];
      return [formatProblems('AiHub', hub, [
        'the hub storage account has shared key access disabled, but the default azurerm provider of the stack does not set `storageUseAzuread: true`, so Terraform would fail reading the account with keys; add `storageUseAzuread: true` (or spread AZURERM_PROVIDER_DEFAULTS) into the AzurermProvider.',
      ])];
    },
  });
}
