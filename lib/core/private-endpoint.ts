import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { Construct, IConstruct } from 'constructs';
import { DefaultTokenResolver, ITerraformDependable, StringConcat, TerraformResource, TerraformStack, Tokenization } from './cdktf';
import { firstBlock, synthesizedAttributes } from './synthesized-attributes';
import { checkName, NameRules } from './naming';
import { dnsZonesOf, PRIVATE_LINK_SUBRESOURCES, PrivateDnsZoneName, PrivateLinkSubresource } from './private-link';
import { ValidationError } from './validation';

/** A subnet private endpoints can be placed in: one of an `AiNetwork`, or an existing one. */
export interface ISubnet {
  /** The subnet's resource id. */
  readonly subnetId: string;
  /** The resource id of the subnet's virtual network; DNS zones the library creates are linked to it. */
  readonly virtualNetworkId: string;
  /**
   * A short key of the virtual network, stable across synths and unique in the stack. It names the
   * DNS zone links to the network, so it is part of their Terraform addresses.
   */
  readonly virtualNetworkKey: string;
  /** The network's region, when known. Endpoints must be in their network's region. */
  readonly location?: string;
  /**
   * Records that an endpoint takes `count` addresses from the subnet, so that a subnet whose size
   * is known can check at synth time that everything fits.
   * @param forWhat the endpoint, for error messages
   */
  reserveAddresses(count: number, forWhat: string): void;
}

/** How the DNS records of private endpoints are managed. */
export type PrivateDnsZoneMode =
  /** The library creates the zones (once per stack) and links them to each network that uses them. */
  | 'Created'
  /** The zones exist elsewhere (often a central connectivity subscription) and are given by id. */
  | 'Existing'
  /** No zone group on the endpoints: Azure Policy (deploy-if-not-exists) adds the records. */
  | 'PolicyManaged';

/** Where private endpoints get their DNS zones: `PrivateDnsZones`, `ExistingPrivateDnsZones` or `dnsZonesManagedByPolicy()`. */
export interface IPrivateDnsZones {
  /** Which of the three modes this is. */
  readonly mode: PrivateDnsZoneMode;
  /**
   * The ids of `zones` for an endpoint in `subnet`, or `undefined` when policy manages DNS and the
   * endpoint must have no zone group. Created zones are made (and linked to the subnet's network)
   * on first use. Throws an error naming `requester` when a zone is not available.
   */
  zoneIdsFor(requester: IConstruct, zones: readonly PrivateDnsZoneName[], subnet: ISubnet): string[] | undefined;
}

/**
 * The standard `privateEndpoint` interface: the same prop on every construct that can be reached
 * privately. The subnet holds the endpoints; `dnsZones` says how their names resolve.
 */
export interface PrivateEndpointProps {
  /** The subnet the endpoints go in, e.g. `network.privateEndpointSubnet`. */
  readonly subnet: ISubnet;
  /** Created zones (`PrivateDnsZones`), existing zones (`ExistingPrivateDnsZones`), or `dnsZonesManagedByPolicy()`. */
  readonly dnsZones: IPrivateDnsZones;
}

/** The resource one private endpoint leads to, and where the endpoint goes. */
export interface PrivateEndpointTarget {
  /** The target resource's name; the endpoint is named `pep-<name>-<subresource>`. */
  readonly resourceName: string;
  /** The target resource's id. */
  readonly resourceId: string;
  /** The subresource (group id), which also decides the DNS zones. */
  readonly subresource: PrivateLinkSubresource;
  /** Region of the endpoint when the subnet's region is unknown (an existing subnet). */
  readonly location: string;
  /** Resource group of the endpoint. */
  readonly resourceGroupName: string;
  readonly tags?: Record<string, string>;
  /** Resources the endpoint must wait for beyond the target itself. */
  readonly dependsOn?: ITerraformDependable[];
}

/** The name of the endpoint to `resourceName`'s `subresource`. */
export function privateEndpointName(resourceName: string, subresource: PrivateLinkSubresource): string {
  return `pep-${resourceName}-${subresource}`;
}

/**
 * Creates one private endpoint to `target`, with a DNS zone group holding exactly the zones that
 * PRIVATE_LINK_SUBRESOURCES lists for its subresource (none when policy manages DNS). The endpoint
 * reserves its addresses in the subnet, which checks its size at synth time.
 *
 * @param owner the construct the endpoint belongs to; it is named in error messages
 */
export function addPrivateEndpoint(owner: Construct, id: string, endpoint: PrivateEndpointProps, target: PrivateEndpointTarget): PrivateEndpoint {
  const name = privateEndpointName(target.resourceName, target.subresource);
  const problems = checkName(NameRules.privateEndpoint, name, 'shorten the name of the resource it leads to');
  if (problems.length > 0) throw new ValidationError(owner.constructor.name, owner, problems);

  const zoneIds = endpoint.dnsZones.zoneIdsFor(owner, dnsZonesOf(target.subresource), endpoint.subnet);
  endpoint.subnet.reserveAddresses(PRIVATE_LINK_SUBRESOURCES[target.subresource].minimumAddresses, `${owner.node.path} (${target.subresource})`);
  return new PrivateEndpoint(owner, id, {
    name,
    location: endpoint.subnet.location ?? target.location,
    resourceGroupName: target.resourceGroupName,
    subnetId: endpoint.subnet.subnetId,
    customNetworkInterfaceName: `${name}-nic`,
    privateServiceConnection: {
      name: `${name}-connection`,
      privateConnectionResourceId: target.resourceId,
      subresourceNames: [target.subresource],
      isManualConnection: false,
    },
    privateDnsZoneGroup: zoneIds === undefined ? undefined : { name: 'default', privateDnsZoneIds: zoneIds },
    tags: target.tags,
    dependsOn: target.dependsOn,
    // The zone group that policy adds would otherwise be removed by every later plan.
    lifecycle: zoneIds === undefined ? { ignoreChanges: ['private_dns_zone_group'] } : undefined,
  });
}

/**
 * Whether `stack` holds a private endpoint (any, the library's or the user's own) whose connection
 * targets `resourceId`. Compares resolved references, so `hub.resourceId` and another read of the
 * same attribute match. Call it at synth time, when the tree is complete.
 */
export function stackHasPrivateEndpointTo(stack: TerraformStack, resourceId: string): boolean {
  const resolve = (value: unknown) => Tokenization.resolve(value, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
  const target = resolve(resourceId);
  return stack.node.findAll().some((node) => {
    if (!TerraformResource.isTerraformResource(node) || node.terraformResourceType !== 'azurerm_private_endpoint') return false;
    const connection = firstBlock(synthesizedAttributes(node).private_service_connection);
    return connection !== undefined && resolve(connection.private_connection_resource_id) === target;
  });
}
