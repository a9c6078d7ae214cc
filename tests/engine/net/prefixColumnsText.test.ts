/**
 * PrefixColumns.addAddressText / addPrefixText (text straight into the columns, no objects) must accept
 * exactly what IpAddress.tryParse / Prefix.tryParse accept and store the same prefix; parseIpv6Groups on a
 * range must read the range as if it were the whole string.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { parseIpv6Groups } from '../../../src/engine/net/ipv6';
import { Prefix } from '../../../src/engine/net/prefix';
import { PrefixColumns } from '../../../src/engine/net/prefixColumns';

const ADDRESSES = [
  '127.0.1.2', '0.0.0.0', '255.255.255.255', '10.244.0.5', '::ffff:127.1.2.3', '::ffff:7f01:0203', '0:0:0:0:0000:ffff:127.1.2.3',
  '2001:4860:0:2001::68', '2001:0db8::0001', '2001:DB8::ABCD', '::', '::1', '1::', '1:2:3:4:5:6:7::', '64:ff9b::192.0.2.33', '::1.2.3.4',
  // rejected
  '', '-0.0.0.0', '127.0.0.256', 'abc', '123:', 'fe80::1%lo0', '0:0:0:0:00000:ffff:127.1.2.3', 'a1:a2:a3:a4::b1:b2:b3:b4',
  '127.001.002.003', '::ffff:127.001.002.003', '1.2..4', '010.0.0.1', '10.1.1', '1.2.3.4.5', '0x7f.0.0.1', ' 1.2.3.4', '1::2::3',
  '1:::2', '1:2:3:4:5:6:7:8:9', '1.2.3.4::', '1:2:3:4:5:6:7:1.2.3.4', ':1::', '2001:db8::g', '1.2.3.4/32', ':', '1.2.3.',
];

const PREFIXES = [
  '135.104.0.0/32', '0.0.0.0/24', '135.104.0.1/24', '::1/128', 'abcd:2345::/65', 'abcd:2345::/24', '2001:DB8::1/48', '10.1.2.3/0',
  '::/0', '::ffff:10.0.0.0/104', '10.244.0.7/24',
  // rejected
  '192.168.1.1/255.255.255.0', '192.168.1.1/35', '2001:db8::1/-1', '0.0.0.0/-0', '127.000.000.001/32', '', '10.0.0.0', '10.0.0.0/',
  '10.0.0.0/08', '2001:db8::/129', '10.0.0.0/8/8', '10.0.0.0/ 8', '/8', '1.2.3/8', 'fe80::1%lo0/64', '::ffff:1.2.3.04/128',
];

function sameAsAddressParse(s: string): void {
  const cols = new PrefixColumns(1);
  const row = cols.addAddressText(s);
  const ip = IpAddress.tryParse(s);
  if (!ip) {
    assert.equal(row, -1, `${JSON.stringify(s)} must be refused`);
    assert.equal(cols.count, 0);
    return;
  }
  assert.equal(row, 0, `${JSON.stringify(s)} must be accepted`);
  assert.equal(cols.prefixAt(0).toString(), Prefix.host(ip).toString());
  assert.equal(cols.familyAt(0), ip.family);
}

function sameAsPrefixParse(s: string): void {
  const cols = new PrefixColumns(1);
  const row = cols.addPrefixText(s);
  const want = Prefix.tryParse(s);
  if (!want) {
    assert.equal(row, -1, `${JSON.stringify(s)} must be refused`);
    assert.equal(cols.count, 0);
    return;
  }
  assert.equal(row, 0, `${JSON.stringify(s)} must be accepted`);
  const got = cols.prefixAt(0);
  assert.ok(got.equals(want), `${s}: ${got.toString()} ≠ ${want.toString()}`);
}

describe('PrefixColumns text input agrees with the object parsers', () => {
  test('address vectors', () => ADDRESSES.forEach(sameAsAddressParse));
  test('prefix vectors', () => PREFIXES.forEach(sameAsPrefixParse));

  test('random addresses and near-addresses', () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF.:%/ ') }));
    fc.assert(fc.property(address, (s) => sameAsAddressParse(s)), { numRuns: 3000 });
  });

  test('random prefixes', () => {
    const length = fc.oneof(fc.integer({ min: -1, max: 130 }).map(String), fc.constantFrom('08', '', ' 8', '-0', '1e1'));
    const prefix = fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), length).map(([a, l]) => `${a}/${l}`);
    fc.assert(fc.property(prefix, (s) => sameAsPrefixParse(s)), { numRuns: 3000 });
  });

  test('rows append after existing ones and grow the columns', () => {
    const cols = new PrefixColumns(1);
    for (let i = 0; i < 100; i++) {
      assert.equal(cols.addAddressText(`10.0.0.${i}`), 2 * i);
      assert.equal(cols.addPrefixText(`fd00:${i.toString(16)}::/64`), 2 * i + 1);
    }
    assert.equal(cols.addAddressText('nope'), -1);
    assert.equal(cols.count, 200);
    assert.equal(cols.prefixAt(198).toString(), '10.0.0.99/32');
    assert.equal(cols.prefixAt(199).toString(), 'fd00:63::/64');
  });
});

describe('parseIpv6Groups on a range', () => {
  test('reads [start, end) exactly like the substring', () => {
    const a = new Uint16Array(8);
    const b = new Uint16Array(8);
    const text = fc.oneof(fc.ipV6(), fc.string({ unit: fc.constantFrom(...'0123456789abcdef.:') }));
    fc.assert(
      fc.property(text, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (s, before, after) => {
        const whole = `${before}${s}${after}`;
        const okRange = parseIpv6Groups(whole, a, before.length, before.length + s.length);
        const okSlice = parseIpv6Groups(s, b);
        assert.equal(okRange, okSlice, JSON.stringify(whole));
        if (okSlice) assert.deepEqual([...a], [...b]);
      }),
      { numRuns: 3000 },
    );
  });
});
