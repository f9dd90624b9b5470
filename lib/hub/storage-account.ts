import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { Construct } from 'constructs';
import { Placement } from './placement';

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
