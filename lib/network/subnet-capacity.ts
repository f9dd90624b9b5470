import { Ipv4Cidr, usableSubnetAddresses } from './cidr';

/** One endpoint's claim on a subnet's addresses. */
export interface AddressReservation {
  readonly count: number;
  readonly forWhat: string;
}

/**
 * The addresses private endpoints claim in one subnet, checked against its range at synth time.
 * Used by the subnets of an `AiNetwork` and by existing subnets whose range is given.
 */
export class SubnetCapacity {
  private readonly reservations: AddressReservation[] = [];

  /**
   * @param name the subnet's name, for the error message
   * @param range the parsed address prefix, or undefined when it is unknown (no check)
   */
  constructor(private readonly name: string, private readonly range: Ipv4Cidr | undefined) {}

  /** Records that an endpoint takes `count` addresses. */
  public reserve(count: number, forWhat: string): void {
    this.reservations.push({ count, forWhat });
  }

  /** A problem when the endpoints placed in the subnet need more addresses than it has. */
  public problem(): string | undefined {
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
