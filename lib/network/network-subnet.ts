import { ISubnet } from '../core/private-endpoint';
import { Ipv4Cidr } from './cidr';
import { SubnetCapacity } from './subnet-capacity';

/** A subnet of an `AiNetwork`: an `ISubnet` that knows its range and checks that its endpoints fit. */
export class NetworkSubnet implements ISubnet {
  /** The endpoints' claims on the subnet's addresses. */
  public readonly capacity: SubnetCapacity;

  /**
   * @param name the subnet's name
   * @param range the parsed address prefix, or undefined when it is a token
   */
  constructor(
    public readonly name: string,
    public readonly subnetId: string,
    public readonly virtualNetworkId: string,
    public readonly virtualNetworkKey: string,
    public readonly location: string,
    range: Ipv4Cidr | undefined,
  ) {
    this.capacity = new SubnetCapacity(name, range);
  }

  public reserveAddresses(count: number, forWhat: string): void {
    this.capacity.reserve(count, forWhat);
  }
}
