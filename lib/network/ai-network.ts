import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Construct } from 'constructs';
import { renderExactHcl } from '../core/hcl';
import { Check, checkInput, checkScope, isToken, list, optional, region, required, shape, str } from '../core/input';
import { RESOURCE_GROUP, TAGS } from '../core/standard-props-checks';
import { checkBaseName, checkName, NameRules, uniqueSuffix } from '../core/naming';
import { applyPosture, ManagedResource } from '../core/posture';
import { ISubnet } from '../core/private-endpoint';
import { IResourceGroup } from '../core/resource-group';
import { formatProblems, isLiteral, ValidationProblems } from '../core/validation';
import { AZURE_SMALLEST_SUBNET_PREFIX, cidrContains, cidrsOverlap, Ipv4Cidr, parseIpv4Cidr } from './cidr';
import { ExistingSubnet, ExistingSubnetOptions } from './existing-subnet';
import { NetworkSubnet } from './network-subnet';
import { addPrivateEndpointSubnetRules, DEFAULT_PRIVATE_ENDPOINT_CLIENTS } from './private-endpoint-subnet-rules';

/** One more subnet of an {@link AiNetwork}, for whatever else the network holds. */
export interface SubnetSpec {
  /** The subnet's name, e.g. `snet-apps`. */
  readonly name: string;
  /** Its address range inside the network's address space, e.g. `10.40.1.0/24`. */
  readonly addressPrefix: string;
}

/** Props of {@link AiNetwork}. */
export interface AiNetworkProps {
  /** Base name of the default names (`vnet-<baseName>`, `nsg-<baseName>-<subnet>`): lowercase letters, digits, single hyphens. */
  readonly baseName: string;
  /** Azure region of the network and of the endpoints placed in it. */
  readonly location: string;
  /** The address ranges of the virtual network, e.g. `['10.40.0.0/16']`. */
  readonly addressSpace: readonly string[];
  /** The range of the private endpoint subnet, inside the address space, e.g. `10.40.0.0/24`. */
  readonly privateEndpointSubnetPrefix: string;
  /** Name of the private endpoint subnet. @default 'snet-private-endpoints' */
  readonly privateEndpointSubnetName?: string;
  /**
   * Who may reach the private endpoints (network security group source prefixes or service tags).
   * @default ['VirtualNetwork']: the network and everything peered or connected to it
   */
  readonly privateEndpointClientPrefixes?: readonly string[];
  /** TCP ports the clients may reach the private endpoints on. @default ['443'] (HTTPS only) */
  readonly privateEndpointPorts?: readonly string[];
  /** More subnets, each with its own (empty) network security group for your rules. @default none */
  readonly additionalSubnets?: readonly SubnetSpec[];
  /** The virtual network's Azure name. @default `vnet-<baseName>` */
  readonly name?: string;
  /** The resource group of the network. @default a new resource group `rg-<baseName>-network` */
  readonly resourceGroup?: IResourceGroup;
  /** Name of the resource group the network creates (ignored with `resourceGroup`). @default `rg-<baseName>-network` */
  readonly resourceGroupName?: string;
  /** Tags for every taggable resource the network creates. @default no tags */
  readonly tags?: Record<string, string>;
}

/** The runtime check of `AiNetworkProps`. */
const AI_NETWORK_PROPS: Check = shape({
  baseName: required(str({ literalBecause: 'the default names are derived from it at synth time' })),
  location: required(region()),
  addressSpace: required(list(str(), { allowListToken: true })),
  privateEndpointSubnetPrefix: required(str()),
  privateEndpointSubnetName: optional(str({ literalBecause: 'it names the subnet resources, whose construct ids are Terraform addresses' })),
  privateEndpointClientPrefixes: optional(list(str())),
  privateEndpointPorts: optional(list(str())),
  additionalSubnets: optional(list(shape({
    name: required(str({ literalBecause: 'it names the subnet resources, whose construct ids are Terraform addresses' })),
    addressPrefix: required(str()),
  }, "a subnet such as { name: 'snet-apps', addressPrefix: '10.40.1.0/24' }"))),
  name: optional(str()),
  resourceGroup: optional(RESOURCE_GROUP),
  resourceGroupName: optional(str()),
  tags: optional(TAGS),
}, 'an object of AiNetworkProps');

/**
 * Subnet names Azure reserves for one service each, which needs the subnet to itself and its own
 * rules (a gateway subnet takes no security group): GatewaySubnet (azurerm v4.55.0
 * internal/services/network/validate/gateway_subnet.go), AzureFirewallSubnet and
 * AzureFirewallManagementSubnet (internal/services/firewall/validate/firewall_subnet_name.go,
 * firewall_management_subnet_name.go), AzureBastionSubnet (network/validate/bastion_subnet_name.go)
 * and RouteServerSubnet (website/docs/r/route_server.html.markdown: no security group attached).
 */
export const RESERVED_SUBNET_NAMES: Readonly<Record<string, string>> = {
  GatewaySubnet: 'virtual network gateways (VPN, ExpressRoute)',
  AzureFirewallSubnet: 'Azure Firewall',
  AzureFirewallManagementSubnet: 'Azure Firewall management traffic',
  AzureBastionSubnet: 'Azure Bastion',
  RouteServerSubnet: 'Azure Route Server',
};

/** The default name of the private endpoint subnet. */
export const PRIVATE_ENDPOINT_SUBNET_NAME = 'snet-private-endpoints';

/**
 * A virtual network for private endpoints: a subnet for them (and any more you list), each with a
 * network security group, with outbound internet access only through explicit routes
 * (`default_outbound_access_enabled = false`) and network policies applied to private endpoints so
 * that the security groups filter their traffic too. The private endpoint subnet's group lets the
 * clients reach the endpoints on HTTPS and denies every other flow in, and every flow to the
 * internet.
 *
 * Address ranges are checked at synth time: valid CIDR, subnets inside the address space, no
 * overlaps, no subnet smaller than Azure's /29, and enough addresses for the endpoints placed in
 * each subnet. Construct ids are Terraform addresses: `VirtualNetwork`, `Subnet-<name>`,
 * `NetworkSecurityGroup-<name>`, `NsgAssociation-<name>`.
 */
export class AiNetwork extends Construct {
  /**
   * A subnet that exists already, by resource id: in hub-and-spoke networks the spoke belongs to
   * the network team. A literal id is checked at synth time.
   */
  public static fromSubnetId(scope: Construct, id: string, subnetId: string, options: ExistingSubnetOptions = {}): ISubnet {
    return new ExistingSubnet(scope, id, subnetId, options);
  }

  /** The `azurerm_virtual_network` resource: the escape hatch for `addOverride`. */
  public readonly virtualNetwork: VirtualNetwork;
  /** The virtual network's Azure name. */
  public readonly name: string;
  /** The virtual network's resource id. */
  public readonly resourceId: string;
  /** The resource group name of the network. */
  public readonly resourceGroupName: string;
  /** The subnet for private endpoints: pass it as `privateEndpoint.subnet`. */
  public readonly privateEndpointSubnet: ISubnet;
  /** Every subnet, by name (the private endpoint subnet included). */
  public readonly subnets: Readonly<Record<string, ISubnet>>;

  constructor(scope: Construct, id: string, props: AiNetworkProps) {
    super(checkScope('AiNetwork', scope, id), id);
    checkInput(this, 'AiNetwork', props, AI_NETWORK_PROPS);
    renderExactHcl(this);
    const names = validateNetworkProps(this, props);
    const managed: ManagedResource[] = [];
    const createdGroup = props.resourceGroup ? undefined : new ResourceGroup(this, 'ResourceGroup', { name: names.resourceGroup, location: props.location });
    if (createdGroup) managed.push({ resource: createdGroup, taggable: true, holdsData: false });
    const resourceGroup: IResourceGroup = props.resourceGroup ?? createdGroup as ResourceGroup;
    this.resourceGroupName = resourceGroup.name;

    this.virtualNetwork = new VirtualNetwork(this, 'VirtualNetwork', {
      name: names.virtualNetwork,
      location: props.location,
      resourceGroupName: resourceGroup.name,
      addressSpace: [...props.addressSpace],
    });
    managed.push({ resource: this.virtualNetwork, taggable: true, holdsData: false });
    this.name = names.virtualNetwork;
    this.resourceId = this.virtualNetwork.id;
    // Keys the DNS zone links (Terraform addresses): a name known only at apply is replaced by a path hash.
    const networkKey = isLiteral(names.virtualNetwork) ? `${names.virtualNetwork}-${uniqueSuffix(this)}` : `vnet-${uniqueSuffix(this)}`;

    const specs: SubnetSpec[] = [
      { name: names.privateEndpointSubnet, addressPrefix: props.privateEndpointSubnetPrefix },
      ...(props.additionalSubnets ?? []),
    ];
    const subnets: NetworkSubnet[] = specs.map((spec) => {
      const subnet = new Subnet(this, `Subnet-${spec.name}`, {
        name: spec.name,
        resourceGroupName: resourceGroup.name,
        virtualNetworkName: this.virtualNetwork.name,
        addressPrefixes: [spec.addressPrefix],
        defaultOutboundAccessEnabled: false,
        privateEndpointNetworkPolicies: 'Enabled',
      });
      const nsg = new NetworkSecurityGroup(this, `NetworkSecurityGroup-${spec.name}`, {
        name: securityGroupName(props.baseName, spec.name),
        location: props.location,
        resourceGroupName: resourceGroup.name,
      });
      managed.push({ resource: nsg, taggable: true, holdsData: false });
      new SubnetNetworkSecurityGroupAssociation(this, `NsgAssociation-${spec.name}`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
      if (spec.name === names.privateEndpointSubnet) {
        addPrivateEndpointSubnetRules(this, spec.name, spec.addressPrefix, nsg, {
          sourcePrefixes: props.privateEndpointClientPrefixes ?? DEFAULT_PRIVATE_ENDPOINT_CLIENTS.sourcePrefixes,
          ports: props.privateEndpointPorts ?? DEFAULT_PRIVATE_ENDPOINT_CLIENTS.ports,
        });
      }
      const range = isLiteral(spec.addressPrefix) ? parseIpv4Cidr(spec.addressPrefix) : undefined;
      return new NetworkSubnet(spec.name, subnet.id, this.virtualNetwork.id, networkKey, props.location, typeof range === 'string' ? undefined : range);
    });
    // The network holds no data: tags only (no destroy protection, diagnostics or lock).
    applyPosture(this, managed, { tags: props.tags, preventDestroy: false });
    this.privateEndpointSubnet = subnets[0];
    this.subnets = Object.fromEntries(subnets.map((s) => [s.name, s]));

    this.node.addValidation({
      validate: () => {
        const problems = subnets.map((s) => s.capacity.problem()).filter((p): p is string => p !== undefined);
        return problems.length === 0 ? [] : [formatProblems('AiNetwork', this, problems)];
      },
    });
  }
}

/** The name of a subnet's network security group. */
function securityGroupName(base: string, subnetName: string): string {
  return `nsg-${base}-${subnetName}`;
}

interface NetworkNames {
  readonly resourceGroup: string;
  readonly virtualNetwork: string;
  readonly privateEndpointSubnet: string;
}

/** Checks names and address ranges; throws one error listing every problem. */
function validateNetworkProps(network: Construct, props: AiNetworkProps): NetworkNames {
  const problems = new ValidationProblems(network, 'AiNetwork');
  const baseProblems = checkBaseName(props.baseName, 'baseName');
  problems.addAll(baseProblems);
  const names: NetworkNames = {
    resourceGroup: props.resourceGroupName ?? `rg-${props.baseName}-network`,
    virtualNetwork: props.name ?? `vnet-${props.baseName}`,
    privateEndpointSubnet: props.privateEndpointSubnetName ?? PRIVATE_ENDPOINT_SUBNET_NAME,
  };
  if (baseProblems.length === 0) {
    if (!props.resourceGroup) problems.addAll(checkName(NameRules.resourceGroup, names.resourceGroup, 'set `resourceGroupName`'));
    problems.addAll(checkName(NameRules.virtualNetwork, names.virtualNetwork, 'set `name`'));
  }
  problems.addIf(props.resourceGroup !== undefined && props.resourceGroupName !== undefined,
    'both `resourceGroup` and `resourceGroupName` are set; pass `resourceGroup` to use an existing group, or `resourceGroupName` to name the one the network creates, not both.');

  // Address space: each range valid, none overlapping another.
  // A list token (known at apply only) skips the range checks.
  const literalSpace = isToken(props.addressSpace) ? [] : props.addressSpace;
  problems.addIf(literalSpace.length === 0 && !isToken(props.addressSpace), 'addressSpace is empty; give the network at least one range, e.g. ["10.40.0.0/16"].');
  const spaces: Ipv4Cidr[] = [];
  literalSpace.forEach((text, i) => {
    if (!isLiteral(text)) return;
    const parsed = parseIpv4Cidr(text);
    if (typeof parsed === 'string') {
      problems.add(`addressSpace[${i}] "${text}" ${parsed}.`);
      return;
    }
    const clash = spaces.find((other) => cidrsOverlap(other, parsed));
    problems.addIf(clash !== undefined, `addressSpace[${i}] "${text}" overlaps "${clash?.text}"; address ranges of one network must not overlap.`);
    spaces.push(parsed);
  });
  const spacesKnown = spaces.length > 0 && spaces.length === props.addressSpace.length;

  // Subnets: unique valid names; each range valid, big enough, inside the space, not overlapping.
  const specs: Array<SubnetSpec & { prop: string }> = [
    { name: names.privateEndpointSubnet, addressPrefix: props.privateEndpointSubnetPrefix, prop: 'privateEndpointSubnetPrefix' },
    ...(props.additionalSubnets ?? []).map((s, i) => ({ ...s, prop: `additionalSubnets[${i}].addressPrefix` })),
  ];
  const seenNames = new Set<string>();
  const ranges: Array<{ name: string; range: Ipv4Cidr }> = [];
  for (const spec of specs) {
    problems.addAll(checkName(NameRules.subnet, spec.name, 'choose another subnet name'));
    if (isLiteral(spec.name)) {
      const reserved = Object.keys(RESERVED_SUBNET_NAMES).find((r) => r.toLowerCase() === spec.name.toLowerCase());
      problems.addIf(reserved !== undefined,
        `subnet name "${spec.name}" is reserved by Azure for ${RESERVED_SUBNET_NAMES[reserved ?? '']}, which needs the subnet to itself without the security group AiNetwork attaches; create that subnet outside AiNetwork, or choose another name.`);
      problems.addIf(seenNames.has(spec.name.toLowerCase()), `subnet name "${spec.name}" is used twice; subnet names must be unique in a network.`);
      seenNames.add(spec.name.toLowerCase());
      problems.addAll(checkName(NameRules.subnet, securityGroupName(props.baseName, spec.name), 'shorten the subnet name or the base name'));
    }
    if (!isLiteral(spec.addressPrefix)) continue;
    const parsed = parseIpv4Cidr(spec.addressPrefix);
    if (typeof parsed === 'string') {
      problems.add(`${spec.prop} "${spec.addressPrefix}" of subnet "${spec.name}" ${parsed}.`);
      continue;
    }
    problems.addIf(parsed.prefixLength > AZURE_SMALLEST_SUBNET_PREFIX,
      `${spec.prop} "${spec.addressPrefix}" of subnet "${spec.name}" is smaller than /${AZURE_SMALLEST_SUBNET_PREFIX}, the smallest subnet Azure accepts; use a prefix of /${AZURE_SMALLEST_SUBNET_PREFIX} or shorter.`);
    if (spacesKnown && !spaces.some((space) => cidrContains(space, parsed))) {
      problems.add(`${spec.prop} "${spec.addressPrefix}" of subnet "${spec.name}" is not inside the address space (${props.addressSpace.join(', ')}); choose a range inside it or widen addressSpace.`);
    }
    const clash = ranges.find((other) => cidrsOverlap(other.range, parsed));
    problems.addIf(clash !== undefined, `${spec.prop} "${spec.addressPrefix}" of subnet "${spec.name}" overlaps subnet "${clash?.name}" (${clash?.range.text}); subnets of one network must not overlap.`);
    ranges.push({ name: spec.name, range: parsed });
  }
  const clientPrefixes = props.privateEndpointClientPrefixes ?? DEFAULT_PRIVATE_ENDPOINT_CLIENTS.sourcePrefixes;
  problems.addIf(clientPrefixes.length === 0, 'privateEndpointClientPrefixes is empty, so nothing could reach the endpoints; list the client ranges, or leave it out for ["VirtualNetwork"].');
  const seenPrefixes = new Set<string>();
  clientPrefixes.forEach((prefix, i) => {
    if (!isLiteral(prefix)) {
      problems.add(`privateEndpointClientPrefixes[${i}] is a Terraform expression; pass plain strings: a service tag gets an allow rule of its own, named after it, so each entry must be known at synth time.`);
      return;
    }
    problems.addIf(seenPrefixes.has(prefix.toLowerCase()), `privateEndpointClientPrefixes lists "${prefix}" twice; list each client once.`);
    seenPrefixes.add(prefix.toLowerCase());
    const parsed = /^[\d.]+(\/\d+)?$/.test(prefix) ? parseIpv4Cidr(prefix.includes('/') ? prefix : `${prefix}/32`) : undefined;
    if (typeof parsed === 'string') {
      problems.add(`privateEndpointClientPrefixes[${i}] "${prefix}" ${parsed}.`);
    } else if (['*', 'any', 'internet'].includes(prefix.toLowerCase()) || parsed?.prefixLength === 0) {
      problems.add(`privateEndpointClientPrefixes[${i}] "${prefix}" lets any address reach the endpoints; list your client networks instead.`);
    }
  });
  const ports = props.privateEndpointPorts ?? DEFAULT_PRIVATE_ENDPOINT_CLIENTS.ports;
  problems.addIf(ports.length === 0, 'privateEndpointPorts is empty, so nothing could reach the endpoints; leave it out for ["443"].');
  ports.forEach((port, i) => {
    const match = isLiteral(port) ? /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(port) : undefined;
    const [low, high] = match ? [Number(match[1]), Number(match[2] ?? match[1])] : [0, 0];
    if (match === null || (match && (low < 1 || high > 65535 || low > high))) {
      problems.add(`privateEndpointPorts[${i}] "${port}" must be a port from 1 to 65535 or an ascending range such as "443" or "8000-8080".`);
    }
  });
  problems.throwIfAny();
  return names;
}
