import { cidrContains, cidrsOverlap, Ipv4Cidr, parseIpv4Cidr, usableSubnetAddresses } from '../../lib/network/cidr';

const cidr = (text: string): Ipv4Cidr => {
  const parsed = parseIpv4Cidr(text);
  if (typeof parsed === 'string') throw new Error(`${text} ${parsed}`);
  return parsed;
};

describe('IPv4 CIDR ranges', () => {
  test('parses a range into its first address and size', () => {
    expect(cidr('10.40.0.0/22')).toMatchObject({ start: (10 * 2 ** 24) + (40 * 2 ** 16), prefixLength: 22, size: 1024 });
    expect(cidr('0.0.0.0/0').size).toBe(2 ** 32);
  });

  test.each([
    ['10.0.0/16', 'is not an IPv4 range in CIDR notation'],
    ['10.0.0.0', 'is not an IPv4 range in CIDR notation'],
    ['10.0.0.256/24', 'has an octet above 255'],
    ['10.0.0.0/33', 'has a prefix length above 32'],
    ['10.0.0.1/24', 'has address bits set past the /24 prefix; the range starts at 10.0.0.0/24'],
  ])('rejects %s: %s', (text, problem) => {
    expect(parseIpv4Cidr(text)).toContain(problem);
  });

  test('containment and overlap', () => {
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.255.0/24'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.1.0.0/24'))).toBe(false);
    expect(cidrContains(cidr('10.0.0.0/24'), cidr('10.0.0.0/16'))).toBe(false);
    expect(cidrsOverlap(cidr('10.0.0.0/24'), cidr('10.0.0.128/25'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.0.0/25'), cidr('10.0.0.128/25'))).toBe(false);
  });

  test('Azure keeps five addresses of every subnet', () => {
    expect(usableSubnetAddresses(cidr('10.0.0.0/29'))).toBe(3);
    expect(usableSubnetAddresses(cidr('10.0.0.0/24'))).toBe(251);
  });
});
