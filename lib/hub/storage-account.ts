import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { Construct } from 'constructs';
import { Placement } from './placement';

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

/** Replication options of the hub storage account. */
export type StorageReplication = 'LRS' | 'ZRS' | 'GRS' | 'RAGRS' | 'GZRS' | 'RAGZRS';

/** What the hub decides about its storage account. */
export interface HubStorageAccountSettings extends Placement {
  readonly replication: StorageReplication;
  readonly publicNetworkAccess: boolean;
  /** The firewall denies traffic from outside trusted Azure services (and IP rules) by default. */
  readonly denyByDefault: boolean;
  readonly softDeleteRetentionDays: number;
}

/**
 * The hub's shared storage account, with secure defaults: shared keys off (identity-based
 * datastores, which also makes the projects' ABAC isolation hold), no local (SFTP) users, TLS 1.2,
 * HTTPS only, no public blobs, infrastructure encryption, versioning and blob plus container soft
 * delete.
 */
export function createHubStorageAccount(scope: Construct, id: string, s: HubStorageAccountSettings): StorageAccount {
  return new StorageAccount(scope, id, {
    name: s.name,
    location: s.location,
    resourceGroupName: s.resourceGroupName,
    accountKind: 'StorageV2',
    accountTier: 'Standard',
    accountReplicationType: s.replication,
    minTlsVersion: 'TLS1_2',
    httpsTrafficOnlyEnabled: true,
    allowNestedItemsToBePublic: false,
    sharedAccessKeyEnabled: false,
    defaultToOauthAuthentication: true,
    infrastructureEncryptionEnabled: true,
    crossTenantReplicationEnabled: false,
    localUserEnabled: false,
    publicNetworkAccessEnabled: s.publicNetworkAccess,
    networkRules: {
      defaultAction: s.denyByDefault ? 'Deny' : 'Allow',
      bypass: ['AzureServices'],
    },
    blobProperties: {
      versioningEnabled: true,
      deleteRetentionPolicy: { days: s.softDeleteRetentionDays },
      containerDeleteRetentionPolicy: { days: s.softDeleteRetentionDays },
    },
    tags: s.tags,
  });
}
