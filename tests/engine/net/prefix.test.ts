import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { AddressParseError } from '../../../src/engine/net/errors';
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { Prefix } from '../../../src/engine/net/prefix';
import { p } from './helpers';

describe('Prefix.parse masks host bits (golang/go src/net/ip_test.go parseCIDRTests)', () => {
  const cases: Array<{ input: string; want: string; hostBitsSet: boolean }> = [
    { input: '135.104.0.0/32', want: '135.104.0.0/32', hostBitsSet: false },
    { input: '0.0.0.0/24', want: '0.0.0.0/24', hostBitsSet: false },
    { input: '135.104.0.0/24', want: '135.104.0.0/24', hostBitsSet: false },
    { input: '135.104.0.1/32', want: '135.104.0.1/32', hostBitsSet: false },
    { input: '135.104.0.1/24', want: '135.104.0.0/24', hostBitsSet: true },
    { input: '::1/128', want: '::1/128', hostBitsSet: false },
    { input: 'abcd:2345::/127', want: 'abcd:2345::/127', hostBitsSet: false },
    { input: 'abcd:2345::/65', want: 'abcd:2345::/65', hostBitsSet: false },
    { input: 'abcd:2345::/64', want: 'abcd:2345::/64', hostBitsSet: false },
    { input: 'abcd:2345::/63', want: 'abcd:2345::/63', hostBitsSet: false },
    { input: 'abcd:2345::/33', want: 'abcd:2345::/33', hostBitsSet: false },
    { input: 'abcd:2345::/32', want: 'abcd:2345::/32', hostBitsSet: false },
    { input: 'abcd:2344::/31', want: 'abcd:2344::/31', hostBitsSet: false },
    { input: 'abcd:2300::/24', want: 'abcd:2300::/24', hostBitsSet: false },
    { input: 'abcd:2345::/24', want: 'abcd:2300::/24', hostBitsSet: true },
    { input: '2001:DB8::/48', want: '2001:db8::/48', hostBitsSet: false },
    { input: '2001:DB8::1/48', want: '2001:db8::/48', hostBitsSet: true },
    { input: '0.0.0.0/0', want: '0.0.0.0/0', hostBitsSet: false },
    { input: '10.1.2.3/0', want: '0.0.0.0/0', hostBitsSet: true },
    { input: '::/0', want: '::/0', hostBitsSet: false },
  ];
  for (const c of cases) {
    test(c.input, () => {
      assert.equal(Prefix.parse(c.input).toString(), c.want);
      assert.equal(Prefix.tryParse(c.input)?.toString(), c.want);
      if (c.hostBitsSet) {
        assert.throws(() => Prefix.parseStrict(c.input), (e: unknown) => e instanceof AddressParseError && /host bits are set/.test(e.reason));
      } else {
        assert.equal(Prefix.parseStrict(c.input).toString(), c.want);
      }
    });
  }
});

describe('Prefix.parse rejects', () => {
  // Rows marked go: are golang/go src/net/ip_test.go parseCIDRTests errors.
  const cases: Array<{ name: string; input: string; reason: RegExp }> = [
    { name: 'go: dotted mask', input: '192.168.1.1/255.255.255.0', reason: /length/ },
    { name: 'go: length too long', input: '192.168.1.1/35', reason: /length/ },
    { name: 'go: negative length', input: '2001:db8::1/-1', reason: /length/ },
    { name: 'go: negative zero length', input: '2001:db8::1/-0', reason: /length/ },
    { name: 'go: negative octet', input: '-0.0.0.0/32', reason: /not a decimal/ },
    { name: 'go: negative zero length v4', input: '0.0.0.0/-0', reason: /length/ },
    { name: 'go: leading zeros in address', input: '127.000.000.001/32', reason: /leading zero/ },
    { name: 'go: empty', input: '', reason: /missing/ },
    { name: 'no length', input: '10.0.0.0', reason: /missing/ },
    { name: 'empty length', input: '10.0.0.0/', reason: /length/ },
    { name: 'leading zero in length', input: '10.0.0.0/08', reason: /length/ },
    { name: 'v6 length 129', input: '2001:db8::/129', reason: /length/ },
    { name: 'two slashes', input: '10.0.0.0/8/8', reason: /length/ },
    { name: 'space before length', input: '10.0.0.0/ 8', reason: /length/ },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(Prefix.tryParse(c.input), undefined);
      assert.throws(
        () => Prefix.parse(c.input),
        (e: unknown) => e instanceof AddressParseError && e.target === 'prefix' && c.reason.test(e.reason),
      );
    });
  }
});

describe('Prefix containment', () => {
  // The IPv4/IPv6 address rows mirror golang/go src/net/ip_test.go ipNetContainsTests (contiguous masks only).
  const cases: Array<{ name: string; prefix: string; x: string; contains: boolean }> = [
    { name: 'go: 172.16.1.1 in /12', prefix: '172.16.0.0/12', x: '172.16.1.1', contains: true },
    { name: 'go: 172.24.0.1 not in /13', prefix: '172.16.0.0/13', x: '172.24.0.1', contains: false },
    { name: 'go: v6 in /47', prefix: '2001:db8:1::/47', x: '2001:db8:1:2::1', contains: true },
    { name: 'go: v6 not in other /47', prefix: '2001:db8:2::/47', x: '2001:db8:1:2::1', contains: false },
    { name: 'first address', prefix: '10.0.0.0/24', x: '10.0.0.0', contains: true },
    { name: 'last address', prefix: '10.0.0.0/24', x: '10.0.0.255', contains: true },
    { name: 'just past the end', prefix: '10.0.0.0/24', x: '10.0.1.0', contains: false },
    { name: '/0 contains everything of its family', prefix: '0.0.0.0/0', x: '203.0.113.9', contains: true },
    { name: 'no cross-family containment', prefix: '::/0', x: '10.0.0.1', contains: false },
    { name: 'mapped v6 is not in a v4 prefix', prefix: '10.0.0.0/8', x: '::ffff:10.0.0.1', contains: false },
    { name: 'subnet', prefix: '10.0.0.0/16', x: '10.0.5.0/24', contains: true },
    { name: 'itself', prefix: '10.0.0.0/16', x: '10.0.0.0/16', contains: true },
    { name: 'supernet is not contained', prefix: '10.0.0.0/16', x: '10.0.0.0/15', contains: false },
    { name: 'sibling', prefix: '10.0.0.0/17', x: '10.0.128.0/17', contains: false },
    { name: 'v6 subnet crossing a word boundary', prefix: '2001:db8::/63', x: '2001:db8:0:1::/64', contains: true },
    { name: 'v6 /127 pair', prefix: '2001:db8::/127', x: '2001:db8::1/128', contains: true },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const x = c.x.includes('/') ? Prefix.parse(c.x) : IpAddress.parse(c.x);
      assert.equal(Prefix.parse(c.prefix).contains(x), c.contains);
    });
  }

  const overlapCases: Array<{ a: string; b: string; overlaps: boolean }> = [
    { a: '10.0.0.0/8', b: '10.1.0.0/16', overlaps: true },
    { a: '10.1.0.0/16', b: '10.0.0.0/8', overlaps: true },
    { a: '10.0.0.0/16', b: '10.1.0.0/16', overlaps: false },
    { a: '10.0.0.0/8', b: '10.0.0.0/8', overlaps: true },
    { a: '10.0.0.0/8', b: '::/0', overlaps: false },
    { a: 'fd00::/8', b: 'fd00:1::/32', overlaps: true },
  ];
  for (const c of overlapCases) {
    test(`overlaps ${c.a} ${c.b}`, () => assert.equal(p(c.a).overlaps(p(c.b)), c.overlaps));
  }
});

describe('Prefix arithmetic', () => {
  const cases: Array<{ prefix: string; first: string; last: string; size: bigint }> = [
    { prefix: '10.0.0.0/24', first: '10.0.0.0', last: '10.0.0.255', size: 256n },
    { prefix: '10.0.0.7/32', first: '10.0.0.7', last: '10.0.0.7', size: 1n },
    { prefix: '0.0.0.0/0', first: '0.0.0.0', last: '255.255.255.255', size: 2n ** 32n },
    { prefix: '2001:db8::/64', first: '2001:db8::', last: '2001:db8::ffff:ffff:ffff:ffff', size: 2n ** 64n },
    { prefix: '2001:db8::/33', first: '2001:db8::', last: '2001:db8:7fff:ffff:ffff:ffff:ffff:ffff', size: 2n ** 95n },
    { prefix: '::/0', first: '::', last: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', size: 2n ** 128n },
  ];
  for (const c of cases) {
    test(`first/last/size ${c.prefix}`, () => {
      const x = p(c.prefix);
      assert.equal(x.first().toString(), c.first);
      assert.equal(x.last().toString(), c.last);
      assert.equal(x.size(), c.size);
    });
  }

  test('nth: the 10th address of the service range is the conventional DNS ClusterIP', () => {
    assert.equal(p('10.96.0.0/12').nth(10)?.toString(), '10.96.0.10');
    assert.equal(p('fd00:10:96::/112').nth(10n)?.toString(), 'fd00:10:96::a');
    assert.equal(p('10.0.0.0/30').nth(4), undefined);
    assert.equal(p('10.0.0.0/30').nth(-1), undefined);
  });

  test('subnets are aligned, in order, and lazy', () => {
    assert.deepEqual([...p('10.0.0.0/24').subnets(26)].map(String), ['10.0.0.0/26', '10.0.0.64/26', '10.0.0.128/26', '10.0.0.192/26']);
    assert.deepEqual([...p('2001:db8::/63').subnets(64)].map(String), ['2001:db8::/64', '2001:db8:0:1::/64']);
    assert.deepEqual([...p('10.0.0.0/24').subnets(24)].map(String), ['10.0.0.0/24']);
    const it = p('2001:db8::/32').subnets(128);
    assert.equal(it.next().value?.toString(), '2001:db8::/128');
    assert.equal(it.next().value?.toString(), '2001:db8::1/128');
    assert.equal(p('2001:db8::/32').subnetCount(128), 2n ** 96n);
    assert.throws(() => p('10.0.0.0/24').subnetCount(23), RangeError);
    assert.throws(() => p('10.0.0.0/24').subnetCount(33), RangeError);
  });

  test('supernet', () => {
    assert.equal(p('10.0.1.0/24').supernet().toString(), '10.0.0.0/23');
    assert.equal(p('10.0.1.0/24').supernet(8).toString(), '10.0.0.0/8');
    assert.equal(p('2001:db8:1::/48').supernet(32).toString(), '2001:db8::/32');
    assert.throws(() => p('0.0.0.0/0').supernet(), RangeError);
    assert.throws(() => p('10.0.0.0/8').supernet(9), RangeError);
  });

  test('compare: family, then address, then shorter first', () => {
    const sorted = ['2001:db8::/32', '10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '::/0'].map(p).sort((a, b) => a.compare(b));
    assert.deepEqual(sorted.map(String), ['9.0.0.0/8', '10.0.0.0/8', '10.0.0.0/16', '::/0', '2001:db8::/32']);
    assert.ok(p('10.0.0.9/8').equals(p('10.0.0.0/8')));
  });

  test('of/host validate lengths', () => {
    assert.throws(() => Prefix.of(IpAddress.parse('10.0.0.1'), 33), RangeError);
    assert.throws(() => Prefix.of(IpAddress.parse('::1'), -1), RangeError);
    assert.equal(Prefix.host(IpAddress.parse('2001:db8::1')).toString(), '2001:db8::1/128');
  });
});
