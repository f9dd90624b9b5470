/** An IPv4 address range in CIDR notation, parsed, e.g. `10.0.0.0/24`. */
export interface Ipv4Cidr {
  /** The text as the user wrote it. */
  readonly text: string;
  /** The first address, as an unsigned 32-bit number. */
  readonly start: number;
  /** The prefix length, 0-32. */
  readonly prefixLength: number;
  /** How many addresses the range holds. */
  readonly size: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Addresses Azure keeps in every subnet: network, gateway, two DNS and broadcast. */
export const AZURE_RESERVED_ADDRESSES_PER_SUBNET = 5;

/** The longest prefix (smallest subnet) Azure accepts. */
export const AZURE_SMALLEST_SUBNET_PREFIX = 29;

/**
 * Parses `text` as an IPv4 CIDR range. Returns the range, or a problem in words when the text is
 * not one (bad syntax, an octet above 255, a prefix above 32, or address bits set past the prefix,
 * which Azure rejects).
 */
export function parseIpv4Cidr(text: string): Ipv4Cidr | string {
  const match = CIDR.exec(text);
  if (!match) return 'is not an IPv4 range in CIDR notation such as 10.0.0.0/16';
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (octets.some((o) => o > 255)) return 'has an octet above 255';
  if (prefixLength > 32) return 'has a prefix length above 32';
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const size = 2 ** (32 - prefixLength);
  const start = Math.floor(address / size) * size;
  if (start !== address) return `has address bits set past the /${prefixLength} prefix; the range starts at ${formatIpv4(start)}/${prefixLength}`;
  return { text, start, prefixLength, size };
}

/** Formats a 32-bit number as a dotted IPv4 address. */
export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}

/** True when `inner` lies wholly inside `outer`. */
export function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

/** True when the two ranges share at least one address. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

/** Addresses of a subnet that resources can use, after Azure's reserved five. */
export function usableSubnetAddresses(subnet: Ipv4Cidr): number {
  return Math.max(0, subnet.size - AZURE_RESERVED_ADDRESSES_PER_SUBNET);
}
