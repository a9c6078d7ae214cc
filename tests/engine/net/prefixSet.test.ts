import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { Prefix } from '../../../src/engine/net/prefix';
import { PrefixSet } from '../../../src/engine/net/prefixSet';
import { p, rng } from './helpers';

const strs = (xs: Iterable<Prefix>): string[] => [...xs].map(String);

describe('PrefixSet union and difference', () => {
  const cases: Array<{ name: string; add: string[]; remove?: string[]; prefixes: string[] }> = [
    { name: 'adjacent halves merge into the whole', add: ['10.0.0.0/25', '10.0.0.128/25'], prefixes: ['10.0.0.0/24'] },
    { name: 'contained prefix is absorbed', add: ['10.0.0.0/16', '10.0.5.0/24'], prefixes: ['10.0.0.0/16'] },
    { name: 'non-aligned union needs several prefixes', add: ['10.0.1.0/24', '10.0.2.0/24'], prefixes: ['10.0.1.0/24', '10.0.2.0/24'] },
    { name: 'three blocks merge to /23 + /24', add: ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24'], prefixes: ['10.0.0.0/23', '10.0.2.0/24'] },
    { name: 'a hole splits a prefix', add: ['10.0.0.0/24'], remove: ['10.0.0.0/26'], prefixes: ['10.0.0.64/26', '10.0.0.128/25'] },
    { name: 'hole in the middle', add: ['10.0.0.0/24'], remove: ['10.0.0.128/32'], prefixes: ['10.0.0.0/25', '10.0.0.129/32', '10.0.0.130/31', '10.0.0.132/30', '10.0.0.136/29', '10.0.0.144/28', '10.0.0.160/27', '10.0.0.192/26'] },
    { name: 'removing a superset empties', add: ['10.0.0.0/24', '10.0.9.0/24'], remove: ['10.0.0.0/16'], prefixes: [] },
    { name: 'families are kept apart', add: ['2001:db8::/33', '10.0.0.0/8', '2001:db8:8000::/33'], prefixes: ['10.0.0.0/8', '2001:db8::/32'] },
    { name: 'whole v6 space', add: ['::/1', '8000::/1'], prefixes: ['::/0'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const s = PrefixSet.of(c.add.map(p));
      for (const r of c.remove ?? []) s.remove(p(r));
      assert.deepEqual(strs(s.prefixes()), c.prefixes);
      assert.equal(s.isEmpty(), c.prefixes.length === 0);
    });
  }

  test('contains and intersects', () => {
    const s = PrefixSet.of(['10.0.0.0/24', '10.0.1.0/24', '2001:db8::/64'].map(p));
    assert.equal(s.contains(p('10.0.0.0/23')), true, 'two adjacent /24s cover the /23');
    assert.equal(s.contains(p('10.0.0.0/22')), false);
    assert.equal(s.intersects(p('10.0.0.0/22')), true);
    assert.equal(s.intersects(p('10.0.2.0/24')), false);
    assert.equal(s.contains(IpAddress.parse('10.0.1.255')), true);
    assert.equal(s.contains(IpAddress.parse('10.0.2.0')), false);
    assert.equal(s.contains(IpAddress.parse('2001:db8::ffff')), true);
    assert.equal(s.contains(IpAddress.parse('10.0.0.1').toIPv4Mapped()), false);
    assert.equal(s.size('IPv4'), 512n);
    assert.equal(s.size('IPv6'), 2n ** 64n);
  });

  test('clone is independent', () => {
    const a = PrefixSet.of([p('10.0.0.0/24')]);
    const b = a.clone().add(p('10.0.1.0/24'));
    assert.deepEqual(strs(a.prefixes()), ['10.0.0.0/24']);
    assert.deepEqual(strs(b.prefixes()), ['10.0.0.0/23']);
  });
});

describe('PrefixSet complement and free blocks', () => {
  const used = PrefixSet.of(['10.244.0.0/24', '10.244.1.0/24', '10.244.3.0/24', '10.244.4.128/25', '10.96.0.0/12'].map(p));

  test('complement within the cluster CIDR', () => {
    assert.deepEqual(strs(used.complement(p('10.244.0.0/21')).prefixes()), ['10.244.2.0/24', '10.244.4.0/25', '10.244.5.0/24', '10.244.6.0/23']);
    assert.deepEqual(strs(used.complement(p('10.244.0.0/23')).prefixes()), []);
    assert.deepEqual(strs(used.complement(p('10.245.0.0/24')).prefixes()), ['10.245.0.0/24']);
  });

  const cases: Array<{ name: string; within: string; length: number; take: number; want: string[] }> = [
    { name: 'free /24s skip used and partly used blocks', within: '10.244.0.0/21', length: 24, take: 10, want: ['10.244.2.0/24', '10.244.5.0/24', '10.244.6.0/24', '10.244.7.0/24'] },
    { name: 'a /25 fits beside the used /25', within: '10.244.4.0/24', length: 25, take: 10, want: ['10.244.4.0/25'] },
    { name: 'free /23s must be aligned', within: '10.244.0.0/21', length: 23, take: 10, want: ['10.244.6.0/23'] },
    { name: 'first free block only', within: '10.244.0.0/16', length: 24, take: 1, want: ['10.244.2.0/24'] },
    { name: 'nothing free inside a used range', within: '10.96.0.0/16', length: 24, take: 10, want: [] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const got: string[] = [];
      for (const b of used.freeBlocks(p(c.within), c.length)) {
        got.push(b.toString());
        if (got.length === c.take) break;
      }
      assert.deepEqual(got, c.want);
    });
  }

  test('free /64s in an IPv6 cluster range', () => {
    const s = PrefixSet.of(['fd00:10:244::/64', 'fd00:10:244:2::/63'].map(p));
    const it = s.freeBlocks(p('fd00:10:244::/56'), 64);
    assert.deepEqual([it.next().value, it.next().value, it.next().value].map(String), ['fd00:10:244:1::/64', 'fd00:10:244:4::/64', 'fd00:10:244:5::/64']);
  });

  test('block length outside [within, bits] is refused', () => {
    assert.throws(() => used.freeBlocks(p('10.0.0.0/16'), 15).next(), RangeError);
    assert.throws(() => used.freeBlocks(p('10.0.0.0/16'), 33).next(), RangeError);
  });
});

describe('PrefixSet agrees with a bitmap over a /22', () => {
  // 1024 addresses are few enough to model exactly; random adds and removes of /22../32 prefixes.
  test('random operations', () => {
    const next = rng(2024);
    const base = 0x0a000000; // 10.0.0.0/22
    const bits = new Uint8Array(1024);
    const s = new PrefixSet();
    const rand = (): Prefix => Prefix.of(IpAddress.v4(base + (next() % 1024)), 22 + (next() % 11));
    for (let step = 0; step < 1500; step++) {
      const q = rand();
      const lo = q.first().toNumber() - base;
      const hi = q.last().toNumber() - base;
      const adding = next() % 3 !== 0;
      if (adding) s.add(q);
      else s.remove(q);
      bits.fill(adding ? 1 : 0, lo, hi + 1);

      const probe = rand();
      const plo = probe.first().toNumber() - base;
      const phi = probe.last().toNumber() - base;
      const slice = bits.subarray(plo, phi + 1);
      assert.equal(s.contains(probe), slice.every((b) => b === 1), `contains ${probe.toString()} at ${step}`);
      assert.equal(s.intersects(probe), slice.some((b) => b === 1), `intersects ${probe.toString()} at ${step}`);
    }
    // The prefix cover is exact, minimal (no two mergeable neighbors) and in order.
    const cover = new Uint8Array(1024);
    const prefixes = s.prefixes();
    for (const q of prefixes) cover.fill(1, q.first().toNumber() - base, q.last().toNumber() - base + 1);
    assert.deepEqual(cover, bits);
    for (let i = 1; i < prefixes.length; i++) {
      const a = prefixes[i - 1]!;
      const b = prefixes[i]!;
      assert.ok(a.compare(b) < 0);
      assert.ok(!(a.length === b.length && a.length > 0 && a.supernet().equals(b.supernet())), `${a.toString()} and ${b.toString()} should have merged`);
    }
    // Free /28s are exactly the aligned all-zero /28s.
    const free = [...s.freeBlocks(p('10.0.0.0/22'), 28)].map((q) => q.first().toNumber() - base);
    const want: number[] = [];
    for (let at = 0; at < 1024; at += 16) if (bits.subarray(at, at + 16).every((b) => b === 0)) want.push(at);
    assert.deepEqual(free, want);
  });
});
