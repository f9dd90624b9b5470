import { ContainerRegistry } from '@cdktf/provider-azurerm/lib/container-registry';
import { Construct } from 'constructs';
import { Placement } from './placement';

/** Container registry SKUs. Only Premium supports private endpoints and disabling public access. */
export type ContainerRegistrySku = 'Basic' | 'Standard' | 'Premium';

/** What the hub decides about its container registry. */
export interface HubContainerRegistrySettings extends Placement {
  readonly sku: ContainerRegistrySku;
  readonly publicNetworkAccess: boolean;
  /** The firewall (Premium only) denies traffic from outside trusted Azure services (and IP rules) by default. */
  readonly denyByDefault: boolean;
}

/** The hub's registry for environment images: no admin user, no anonymous pull, no export when private, a deny-by-default firewall when the hub is private. */
export function createHubContainerRegistry(scope: Construct, id: string, s: HubContainerRegistrySettings): ContainerRegistry {
  return new ContainerRegistry(scope, id, {
    name: s.name,
    location: s.location,
    resourceGroupName: s.resourceGroupName,
    sku: s.sku,
    adminEnabled: false,
    anonymousPullEnabled: false,
    publicNetworkAccessEnabled: s.publicNetworkAccess,
    // Blocks exporting images out of a private registry; Azure accepts it only without public access.
    exportPolicyEnabled: s.publicNetworkAccess ? undefined : false,
    networkRuleBypassOption: 'AzureServices',
    // Only Premium has a firewall; without the block Azure's default action is Allow.
    networkRuleSet: s.denyByDefault && s.sku === 'Premium' ? [{ defaultAction: 'Deny' }] : undefined,
    tags: s.tags,
  });
}
