import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../core/cdktf';
import { addPrivateEndpoint, PrivateEndpointProps } from '../core/private-endpoint';
import { PrivateLinkSubresource } from '../core/private-link';
import { Placement } from './placement';

/** One resource of the hub that gets a private endpoint to one of its subresources. */
export interface HubEndpointTarget {
  /** Names the construct: `PrivateEndpoint-<label>`. */
  readonly label: string;
  readonly resourceName: string;
  readonly resourceId: string;
  readonly subresource: PrivateLinkSubresource;
  /** What the endpoint must wait for beyond its target. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Creates the hub's private endpoints, one per target, in the hub's resource group. Construct ids
 * (`PrivateEndpoint-Hub`, `PrivateEndpoint-StorageBlob`...) are Terraform addresses.
 */
export function addHubPrivateEndpoints(
  hub: Construct,
  endpoint: PrivateEndpointProps,
  placement: Omit<Placement, 'name'>,
  targets: readonly HubEndpointTarget[],
): Record<string, PrivateEndpoint> {
  return Object.fromEntries(targets.map((target) => [
    target.label,
    addPrivateEndpoint(hub, `PrivateEndpoint-${target.label}`, endpoint, { ...target, ...placement }),
  ]));
}
