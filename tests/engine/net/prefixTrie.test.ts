import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { Prefix } from '../../../src/engine/net/prefix';
import { PrefixTrie } from '../../../src/engine/net/prefixTrie';
import { p, randomPrefix, rng } from './helpers';

function trieOf(routes: readonly string[]): PrefixTrie<string> {
  const t = new PrefixTrie<string>();
  for (const r of routes) t.set(p(r), r);
  return t;
}

describe('PrefixTrie longest-prefix match', () => {
  const routes = [
    '0.0.0.0/0',
    '10.0.0.0/8',
    '10.244.0.0/16',
    '10.244.1.0/24',
    '10.244.1.7/32',
    '10.244.2.0/24',
    '192.168.0.0/16',
    '::/0',
    '2001:db8::/32',
    '2001:db8:0:1::/64',
    '2001:db8:0:1::1/128',
    'fd00:10:244:1::/64',
  ];
  const t = trieOf(routes);
  const cases: Array<{ name: string; address: string; want: string | undefined }> = [
    { name: 'host route wins', address: '10.244.1.7', want: '10.244.1.7/32' },
    { name: 'neighbor of the host route', address: '10.244.1.8', want: '10.244.1.0/24' },
    { name: 'node pod CIDR', address: '10.244.2.200', want: '10.244.2.0/24' },
    { name: 'cluster CIDR without a node route', address: '10.244.3.1', want: '10.244.0.0/16' },
    { name: 'falls back to /8', address: '10.1.2.3', want: '10.0.0.0/8' },
    { name: 'default route', address: '8.8.8.8', want: '0.0.0.0/0' },
    { name: 'v6 host route', address: '2001:db8:0:1::1', want: '2001:db8:0:1::1/128' },
    { name: 'v6 /64', address: '2001:db8:0:1::2', want: '2001:db8:0:1::/64' },
    { name: 'v6 /32', address: '2001:db8:ffff::1', want: '2001:db8::/32' },
    { name: 'v6 default', address: '2606:4700::1', want: '::/0' },
    { name: 'v6 ULA', address: 'fd00:10:244:1::abcd', want: 'fd00:10:244:1::/64' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(t.lookup(IpAddress.parse(c.address))?.value, c.want);
      if (!c.address.includes(':')) assert.equal(t.lookupV4(IpAddress.parse(c.address).toNumber())?.value, c.want);
    });
  }

  test('no match without a default route', () => {
    const t2 = trieOf(['10.0.0.0/8', '2001:db8::/32']);
    assert.equal(t2.lookup(IpAddress.parse('11.0.0.1')), undefined);
    assert.equal(t2.lookup(IpAddress.parse('2001:db9::1')), undefined);
    assert.equal(t2.lookupV4(0x0b000001), undefined);
  });

  test('matches lists every containing prefix, longest first', () => {
    assert.deepEqual(
      t.matches(IpAddress.parse('10.244.1.7')).map((e) => e.value),
      ['10.244.1.7/32', '10.244.1.0/24', '10.244.0.0/16', '10.0.0.0/8', '0.0.0.0/0'],
    );
    assert.deepEqual(t.matches(IpAddress.parse('2001:db8:0:1::9')).map((e) => e.value), ['2001:db8:0:1::/64', '2001:db8::/32', '::/0']);
  });

  test('entries come out in prefix order, IPv4 first', () => {
    const sorted = routes.map(p).sort((a, b) => a.compare(b)).map(String);
    assert.deepEqual([...t.entries()].map((e) => e.prefix.toString()), sorted);
    assert.equal(t.size, routes.length);
  });

  test('within lists the entries inside a prefix', () => {
    assert.deepEqual([...t.within(p('10.244.0.0/16'))].map((e) => e.value), ['10.244.0.0/16', '10.244.1.0/24', '10.244.1.7/32', '10.244.2.0/24']);
    assert.deepEqual([...t.within(p('10.244.1.0/25'))].map((e) => e.value), ['10.244.1.7/32']);
    assert.deepEqual([...t.within(p('10.245.0.0/16'))].map((e) => e.value), []);
    assert.deepEqual([...t.within(p('2001:db8::/48'))].map((e) => e.value), ['2001:db8:0:1::/64', '2001:db8:0:1::1/128']);
  });
});

describe('PrefixTrie updates', () => {
  test('set replaces the value of an existing prefix without growing', () => {
    const t = new PrefixTrie<number>();
    t.set(p('10.0.0.0/8'), 1).set(p('10.0.0.0/8'), 2);
    assert.equal(t.size, 1);
    assert.equal(t.get(p('10.0.0.0/8')), 2);
    assert.equal(t.get(p('10.0.0.0/9')), undefined);
    assert.equal(t.has(p('10.0.0.0/9')), false);
  });

  test('deleting a middle prefix makes lookups fall back to its parent', () => {
    const t = trieOf(['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.3.0/24']);
    assert.equal(t.delete(p('10.1.0.0/16')), true);
    assert.equal(t.delete(p('10.1.0.0/16')), false);
    assert.equal(t.size, 3);
    assert.equal(t.lookup(IpAddress.parse('10.1.9.9'))?.value, '10.0.0.0/8');
    assert.equal(t.lookup(IpAddress.parse('10.1.3.9'))?.value, '10.1.3.0/24');
  });

  test('deleting leaves compacts glue nodes, and the trie keeps working', () => {
    const t = trieOf(['10.1.2.0/24', '10.1.3.0/24', '2001:db8::/48', '2001:db8:1::/48']);
    for (const r of ['10.1.2.0/24', '10.1.3.0/24', '2001:db8::/48']) assert.equal(t.delete(p(r)), true);
    assert.equal(t.size, 1);
    assert.equal(t.lookup(IpAddress.parse('10.1.2.1')), undefined);
    assert.equal(t.lookup(IpAddress.parse('2001:db8:1::5'))?.value, '2001:db8:1::/48');
    t.set(p('10.1.2.0/23'), 'again');
    assert.equal(t.lookup(IpAddress.parse('10.1.3.1'))?.value, 'again');
  });

  test('a prefix that does not exist is not deleted, even when a longer one does', () => {
    const t = trieOf(['10.1.2.0/24']);
    assert.equal(t.delete(p('10.1.0.0/16')), false);
    assert.equal(t.delete(p('10.1.2.0/25')), false);
    assert.equal(t.size, 1);
  });

  test('default routes live at the roots', () => {
    const t = trieOf(['0.0.0.0/0', '::/0']);
    assert.equal(t.lookup(IpAddress.parse('1.2.3.4'))?.value, '0.0.0.0/0');
    assert.equal(t.delete(p('0.0.0.0/0')), true);
    assert.equal(t.lookup(IpAddress.parse('1.2.3.4')), undefined);
    assert.equal(t.lookup(IpAddress.parse('::1'))?.value, '::/0');
  });
});

describe('PrefixTrie agrees with a linear scan', () => {
  function bruteLongest(entries: Map<string, Prefix>, a: IpAddress): string | undefined {
    let best: Prefix | undefined;
    for (const q of entries.values()) if (q.contains(a) && (!best || q.length > best.length)) best = q;
    return best?.toString();
  }
  for (const family of ['IPv4', 'IPv6'] as const) {
    test(`random sets, deletes and lookups (${family})`, () => {
      const next = rng(family === 'IPv4' ? 11 : 12);
      const t = new PrefixTrie<string>();
      const ref = new Map<string, Prefix>();
      for (let step = 0; step < 3000; step++) {
        const q = randomPrefix(next, family);
        if (next() % 4 === 0) {
          assert.equal(t.delete(q), ref.delete(q.toString()), `delete ${q.toString()}`);
        } else {
          t.set(q, q.toString());
          ref.set(q.toString(), q);
        }
        const probe = randomPrefix(next, family).last();
        assert.equal(t.lookup(probe)?.value, bruteLongest(ref, probe), `lookup ${probe.toString()} at step ${step}`);
      }
      assert.equal(t.size, ref.size);
      const want = [...ref.values()].sort((a, b) => a.compare(b)).map(String);
      assert.deepEqual([...t.entries()].map((e) => e.value), want);
    });
  }
});
