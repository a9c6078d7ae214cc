/**
 * Where ip-cidr alone is more lenient than the document boundary (src/io/addresses.ts): it reads a dotted quad
 * after IPv6 groups as the bare IPv4 address, ignores a zone index and takes `/len` on an address. Each row is
 * input → canonical text, or the start of the message a user sees.
 */
import { describe, expect, test } from '@jest/globals';
import IPCIDR from 'ip-cidr';
import { parseIp, parsePrefix } from '../../src/io/addresses';

describe('parseIp where ip-cidr alone would be lenient', () => {
  const cases: Array<{ name: string; input: string; address?: string; message?: string; library: string }> = [
    // RFC 6052 §2.2's well-known prefix written with an embedded quad keeps its 96 bits.
    { name: 'NAT64 address with a dotted quad', input: '64:ff9b::192.0.2.33', address: '64:ff9b::c000:221', library: '192.0.2.33' },
    { name: 'IPv4-compatible form (RFC 4291 §2.5.5.1, deprecated)', input: '::1.2.3.4', address: '::102:304', library: '1.2.3.4' },
    { name: 'IPv4-mapped is refused with the IPv4 spelling', input: '::ffff:10.0.0.1', message: '"::ffff:10.0.0.1" is an IPv4-mapped IPv6 address; write the IPv4 address 10.0.0.1', library: '10.0.0.1' },
    { name: 'zone index', input: 'fe80::1%eth0', message: '"fe80::1%eth0" has a zone index', library: 'fe80::1' },
    { name: 'a length on an address', input: '2001:db8::1/64', message: '"2001:db8::1/64" is not an IP address', library: '2001:db8::1' },
    { name: 'a five-part quad after groups', input: '::1.2.3.4.5', message: 'is not an IP address', library: 'throws' },
    { name: 'a leading zero inside the embedded quad', input: '64:ff9b::192.0.2.033', message: 'is not an IP address', library: 'throws' },
  ];
  test.each(cases)('$name', ({ input, address, message, library }) => {
    let libraryReading: string;
    try {
      libraryReading = IPCIDR.createAddress(input).addressMinusSuffix ?? '';
    } catch {
      libraryReading = 'throws';
    }
    expect(libraryReading).toBe(library);
    const parsed = parseIp(input);
    if (address !== undefined) {
      expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ address, family: 'IPv6' }) });
    } else {
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.message).toContain(message);
    }
  });
});

describe('parsePrefix canonical form', () => {
  test.each([
    ['2001:DB8:0:0:0:0:0:0/32', '2001:db8::/32'],
    ['64:ff9b::0.0.0.0/96', '64:ff9b::/96'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['::/0', '::/0'],
  ])('%s → %s', (input, prefix) => {
    const parsed = parsePrefix(input);
    expect(parsed.ok && parsed.value.prefix).toBe(prefix);
  });
});
