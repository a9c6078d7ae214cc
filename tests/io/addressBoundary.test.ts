/**
 * Where ip-cidr alone is more lenient than the document boundary (src/io/addresses.ts): it reads a dotted quad
 * after IPv6 groups as the bare IPv4 address, ignores a zone index and takes `/len` on an address. Each row is
 * input → canonical text, or the start of the message a user sees.
 */
import { describe, expect, test } from '@jest/globals';
import IPCIDR from 'ip-cidr';
import { parseIp, parseIpWithLibrary, parsePrefix } from '../../src/io/addresses';

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

describe('parseIp\'s canonical-quad fast path answers what the ip-cidr path answers', () => {
  // Edges of each octet's range, leading zeros, signs, spaces and lengths the fast path must decline or read the same.
  const octets = ['0', '1', '9', '10', '99', '100', '199', '200', '249', '250', '255', '256', '300', '999', '00', '01', '010', '0255', '-1', '+1', ' 1', '1 ', '', 'a', '1e1', '0x1', '١'];
  const inputs = new Set<string>();
  for (const o of octets) for (const at of [0, 1, 2, 3]) inputs.add([0, 1, 2, 3].map((i) => (i === at ? o : '10')).join('.'));
  for (const extra of ['1.2.3', '1.2.3.4.5', '1..2.3', '.1.2.3', '1.2.3.4.', '255.255.255.255', '0.0.0.0', '192.168.1.1\n', '1.2.3.4/32']) inputs.add(extra);
  // A deterministic spread of valid quads (a linear congruential walk over the 32-bit space).
  for (let i = 0, x = 12345; i < 2000; i++, x = (x * 1103515245 + 12345) >>> 0) inputs.add([x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.'));
  test('every input: the same answer, value and all', () => {
    const differ = [...inputs].filter((input) => JSON.stringify(parseIp(input)) !== JSON.stringify(parseIpWithLibrary(input)));
    expect(differ).toEqual([]);
    // Not vacuous: both kinds of answer are among the inputs.
    expect([...inputs].filter((i) => parseIp(i).ok).length).toBeGreaterThan(2000);
    expect([...inputs].filter((i) => !parseIp(i).ok).length).toBeGreaterThan(40);
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
