import { Construct } from 'constructs';
import { Fn } from '../core/cdktf';
import { checkInput, checkScope, optional, region, required, shape, str } from '../core/input';
import { shortHash, uniqueSuffix } from '../core/naming';
import { ISubnet } from '../core/private-endpoint';
import { formatProblems, isLiteral, ValidationProblems } from '../core/validation';
import { parseIpv4Cidr } from './cidr';
import { SubnetCapacity } from './subnet-capacity';

/** What the library may know about a subnet it did not create. */
export interface ExistingSubnetOptions {
  /**
   * Region of the subnet's virtual network; endpoints are placed there.
   * @default the region of the resource each endpoint leads to (which must then be the network's)
   */
  readonly location?: string;
  /**
   * The subnet's address range, when known, e.g. `10.1.2.0/26`: the library then checks at synth
   * time that the endpoints placed in it fit.
   * @default unknown: no size check
   */
  readonly addressPrefix?: string;
}

const SUBNET_ID = /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i;

const EXISTING_SUBNET_ARGUMENTS = shape({
  subnetId: required(str()),
  options: optional(shape({ location: optional(region()), addressPrefix: optional(str()) }, 'an object such as { location, addressPrefix }')),
});

/**
 * A subnet that exists already, such as a spoke subnet owned by the network team. Created with
 * `AiNetwork.fromSubnetId`. It creates no resources; DNS zones the library creates are linked to
 * its virtual network, which is derived from the subnet id.
 */
export class ExistingSubnet extends Construct implements ISubnet {
  public readonly subnetId: string;
  public readonly virtualNetworkId: string;
  public readonly virtualNetworkKey: string;
  public readonly location?: string;
  private readonly capacity: SubnetCapacity;

  constructor(scope: Construct, id: string, subnetId: string, options: ExistingSubnetOptions = {}) {
    super(checkScope('ExistingSubnet', scope, id), id);
    checkInput(this, 'ExistingSubnet', { subnetId, options }, EXISTING_SUBNET_ARGUMENTS);
    const problems = new ValidationProblems(this, 'ExistingSubnet');
    const match = isLiteral(subnetId) ? SUBNET_ID.exec(subnetId) : null;
    problems.addIf(isLiteral(subnetId) && !match,
      `subnetId "${subnetId}" is not a subnet resource id; expected /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<subnet>.`);
    const range = isLiteral(options.addressPrefix) ? parseIpv4Cidr(options.addressPrefix) : undefined;
    problems.addIf(typeof range === 'string', `addressPrefix "${options.addressPrefix}" ${range}; give the subnet's range as in the portal, e.g. "10.1.2.0/26", or leave it out.`);
    problems.throwIfAny();

    this.subnetId = subnetId;
    this.location = options.location;
    if (match) {
      this.virtualNetworkId = subnetId.slice(0, subnetId.toLowerCase().lastIndexOf('/subnets/'));
      // Keyed on the network id itself, so two subnets of one network share their DNS zone links.
      const hash = shortHash(this.virtualNetworkId.toLowerCase());
      this.virtualNetworkKey = `${match[1]}-${hash}`;
    } else {
      this.virtualNetworkId = Fn.join('/', Fn.slice(Fn.split('/', subnetId), 0, 9));
      this.virtualNetworkKey = `vnet-${uniqueSuffix(this)}`;
    }
    const subnetName = match ? match[2] : id;
    this.capacity = new SubnetCapacity(subnetName, typeof range === 'object' ? range : undefined);
    this.node.addValidation({
      validate: () => {
        const problem = this.capacity.problem();
        return problem === undefined ? [] : [formatProblems('ExistingSubnet', this, [problem])];
      },
    });
  }

  public reserveAddresses(count: number, forWhat: string): void {
    this.capacity.reserve(count, forWhat);
  }
}
