import { ISubnet } from '../core/private-endpoint';
import { Ipv4Cidr, usableSubnetAddresses } from './cidr';

/** One endpoint's claim on a subnet's addresses. */
export interface AddressReservation {
  readonly count: number;
  readonly forWhat: string;
}

/** A subnet of an `AiNetwork`: an `ISubnet` that knows its range and checks that its endpoints fit. */
export class NetworkSubnet implements ISubnet {
  private readonly reservations: AddressReservation[] = [];

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
    private readonly range: Ipv4Cidr | undefined,
  ) {}

  public reserveAddresses(count: number, forWhat: string): void {
    this.reservations.push({ count, forWhat });
  }

  /** A problem when the endpoints placed in the subnet need more addresses than it has. */
  public capacityProblem(): string | undefined {
    if (!this.range) return undefined;
    const needed = this.reservations.reduce((sum, r) => sum + r.count, 0);
    const usable = usableSubnetAddresses(this.range);
    if (needed <= usable) return undefined;
    return `subnet "${this.name}" (${this.range.text}) has ${usable} usable addresses (Azure keeps 5 of every subnet) but its ${this.reservations.length} private endpoints need at least ${needed} (${this.reservations.map((r) => `${r.forWhat}: ${r.count}`).join(', ')}); give it a shorter prefix such as /${suggestPrefix(needed)}.`;
  }
}

/** The longest prefix whose subnet holds `needed` addresses after Azure's reserved five. */
function suggestPrefix(needed: number): number {
  let prefix = 29;
  while (prefix > 0 && 2 ** (32 - prefix) - 5 < needed) prefix--;
  return prefix;
}
