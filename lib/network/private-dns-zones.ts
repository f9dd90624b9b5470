import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { Construct, IConstruct } from 'constructs';
import { renderExactHcl } from '../core/hcl';
import { checkInput, checkScope, optional, required, shape, str } from '../core/input';
import { TAGS } from '../core/standard-props-checks';
import { TerraformStack } from '../core/cdktf';
import { IPrivateDnsZones, ISubnet } from '../core/private-endpoint';
import { PrivateDnsZoneName } from '../core/private-link';
import { formatProblems, ValidationError } from '../core/validation';

/** Props of {@link PrivateDnsZones}. */
export interface PrivateDnsZonesProps {
  /** The resource group the zones go in, e.g. `network.resourceGroupName`. */
  readonly resourceGroupName: string;
  /** Tags for the zones and their links. @default no tags */
  readonly tags?: Record<string, string>;
}

/** The instances of each stack, so that the once-per-stack check does not walk the whole tree. */
const INSTANCES = new WeakMap<TerraformStack, PrivateDnsZones[]>();

/**
 * Private DNS zones created by the library: pass one instance as `privateEndpoint.dnsZones` to
 * every hub and service of the stack. A zone is created the first time an endpoint needs it, and
 * linked once to each virtual network whose endpoints use it (links never register VM records).
 * Zones are created once per stack: a second instance that would create a zone again fails synth.
 *
 * Construct ids are Terraform addresses: `<zone name>` for a zone and `<zone name>/<network key>`
 * for a link.
 */
export class PrivateDnsZones extends Construct implements IPrivateDnsZones {
  public readonly mode = 'Created';
  private readonly zones = new Map<PrivateDnsZoneName, PrivateDnsZone>();
  private readonly links = new Map<string, string>();

  constructor(scope: Construct, id: string, private readonly props: PrivateDnsZonesProps) {
    super(checkScope('PrivateDnsZones', scope, id), id);
    checkInput(this, 'PrivateDnsZones', props, shape({ resourceGroupName: required(str()), tags: optional(TAGS) }, 'an object such as { resourceGroupName }'));
    renderExactHcl(this);
    const stack = TerraformStack.of(this);
    const inStack = INSTANCES.get(stack) ?? [];
    inStack.push(this);
    INSTANCES.set(stack, inStack);
    this.node.addValidation({ validate: () => this.checkCreatedOncePerStack(inStack) });
  }

  /** The zones created so far, by name. */
  public get createdZones(): ReadonlyMap<PrivateDnsZoneName, PrivateDnsZone> {
    return this.zones;
  }

  public zoneIdsFor(requester: IConstruct, zones: readonly PrivateDnsZoneName[], subnet: ISubnet): string[] {
    return zones.map((name) => {
      const zone = this.zone(name);
      this.link(zone, name, subnet, requester);
      return zone.id;
    });
  }

  private zone(name: PrivateDnsZoneName): PrivateDnsZone {
    let zone = this.zones.get(name);
    if (!zone) {
      zone = new PrivateDnsZone(this, name, { name, resourceGroupName: this.props.resourceGroupName, tags: this.props.tags });
      this.zones.set(name, zone);
    }
    return zone;
  }

  private link(zone: PrivateDnsZone, name: PrivateDnsZoneName, subnet: ISubnet, requester: IConstruct): void {
    const key = `${name}/${subnet.virtualNetworkKey}`;
    const linkedNetwork = this.links.get(key);
    if (linkedNetwork !== undefined) {
      if (linkedNetwork !== subnet.virtualNetworkId) {
        throw new ValidationError('PrivateDnsZones', this, [
          `two different virtual networks have the key "${subnet.virtualNetworkKey}" (the second is used by ${requester.node.path}); a link is made per key, so give each network's subnets a virtualNetworkKey of their own (keys of AiNetwork and fromSubnetId subnets are unique per network).`,
        ]);
      }
      return;
    }
    this.links.set(key, subnet.virtualNetworkId);
    new PrivateDnsZoneVirtualNetworkLink(zone, subnet.virtualNetworkKey, {
      name: `link-${subnet.virtualNetworkKey}`,
      resourceGroupName: this.props.resourceGroupName,
      privateDnsZoneName: zone.name,
      virtualNetworkId: subnet.virtualNetworkId,
      registrationEnabled: false,
      tags: this.props.tags,
    });
  }

  /** Fails when another instance in the stack created one of this instance's zones first. */
  private checkCreatedOncePerStack(inStack: readonly PrivateDnsZones[]): string[] {
    const others = inStack.filter((c) => c !== this);
    const firstOwners = others.filter((other) => other.node.path < this.node.path);
    const twice = [...this.zones.keys()].filter((name) => firstOwners.some((other) => other.zones.has(name)));
    if (twice.length === 0) return [];
    return [formatProblems('PrivateDnsZones', this, [
      `zone${twice.length > 1 ? 's' : ''} ${twice.join(', ')} ${twice.length > 1 ? 'are' : 'is'} also created by ${firstOwners.map((o) => `PrivateDnsZones "${o.node.path}"`).join(', ')}; zones are created once per stack: pass the same PrivateDnsZones to every hub and service.`,
    ])];
  }
}
