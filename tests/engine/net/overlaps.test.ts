import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildContainmentForest, groupMembers } from '../../../src/engine/net/containmentForest';
import { findOverlaps, overlapPairs } from '../../../src/engine/net/overlaps';
import type { Prefix } from '../../../src/engine/net/prefix';
import { PrefixColumns, sortedRows } from '../../../src/engine/net/prefixColumns';
import { p, pairwiseOverlaps, randomPrefix, rng, sortPairs, type PairKey } from './helpers';

function sweepPairs(prefixes: readonly Prefix[]): PairKey[] {
  const pairs = overlapPairs(buildContainmentForest(PrefixColumns.of(prefixes)));
  const out: PairKey[] = [];
  for (let k = 0; k < pairs.count; k++) {
    out.push({ outer: pairs.outer[k]!, inner: pairs.inner[k]!, relation: pairs.equal[k] === 1 ? 'equal' : 'contains' });
  }
  return sortPairs(out);
}

describe('findOverlaps', () => {
  const cases: Array<{ name: string; prefixes: string[]; want: Array<[string, string, 'equal' | 'contains']> }> = [
    { name: 'empty input', prefixes: [], want: [] },
    { name: 'disjoint siblings', prefixes: ['10.0.0.0/25', '10.0.0.128/25'], want: [] },
    { name: 'nested chain gives every ancestor pair', prefixes: ['10.0.0.0/24', '10.0.0.0/8', '10.0.0.0/16'], want: [['10.0.0.0/8', '10.0.0.0/16', 'contains'], ['10.0.0.0/8', '10.0.0.0/24', 'contains'], ['10.0.0.0/16', '10.0.0.0/24', 'contains']] },
    { name: 'duplicates are equal pairs and each pairs with the container', prefixes: ['10.1.0.0/16', '10.0.0.0/8', '10.1.0.0/16'], want: [['10.1.0.0/16', '10.1.0.0/16', 'equal'], ['10.0.0.0/8', '10.1.0.0/16', 'contains'], ['10.0.0.0/8', '10.1.0.0/16', 'contains']] },
    { name: 'a popped branch does not leak into the next one', prefixes: ['10.0.0.0/9', '10.0.0.0/16', '10.128.0.0/16'], want: [['10.0.0.0/9', '10.0.0.0/16', 'contains']] },
    { name: 'families never overlap', prefixes: ['0.0.0.0/0', '::/0', '::ffff:10.0.0.0/104', '10.0.0.0/8'], want: [['0.0.0.0/0', '10.0.0.0/8', 'contains'], ['::/0', '::ffff:10.0.0.0/104', 'contains']] },
    { name: 'IPv6 across word boundaries', prefixes: ['2001:db8::/31', '2001:db8:0:1::/64', '2001:db9::/32', '2001:db8::/63'], want: [['2001:db8::/31', '2001:db8:0:1::/64', 'contains'], ['2001:db8::/31', '2001:db9::/32', 'contains'], ['2001:db8::/31', '2001:db8::/63', 'contains'], ['2001:db8::/63', '2001:db8:0:1::/64', 'contains']] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const items = c.prefixes.map((s, i) => ({ prefix: p(s), tag: i }));
      const got = findOverlaps(items)
        .map((o) => [o.outer.prefix.toString(), o.inner.prefix.toString(), o.relation] as [string, string, 'equal' | 'contains'])
        .sort((a, b) => (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
      const want = [...c.want].sort((a, b) => (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
      assert.deepEqual(got, want);
    });
  }
});

describe('sweep == pairwise on random inputs', () => {
  const runs: Array<{ name: string; seed: number; n: number; mix: number }> = [
    { name: 'IPv4 only, 300 prefixes', seed: 1, n: 300, mix: 0 },
    { name: 'IPv6 only, 300 prefixes', seed: 2, n: 300, mix: 1 },
    { name: 'both families, 600 prefixes', seed: 3, n: 600, mix: 0.5 },
    { name: 'both families, 1500 prefixes', seed: 4, n: 1500, mix: 0.3 },
  ];
  for (const r of runs) {
    test(r.name, () => {
      const next = rng(r.seed);
      const prefixes = Array.from({ length: r.n }, () => randomPrefix(next, next() / 2 ** 32 < r.mix ? 'IPv6' : 'IPv4'));
      const want = pairwiseOverlaps(prefixes);
      assert.ok(want.length > r.n, `the generator should produce many overlaps (got ${want.length})`);
      assert.ok(want.some((x) => x.relation === 'equal') && want.some((x) => x.relation === 'contains'));
      assert.deepEqual(sweepPairs(prefixes), want);
    });
  }
});

describe('containment forest', () => {
  test('parents are immediate containers, groups hold identical prefixes', () => {
    const input = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.0/24', '10.2.0.0/16', '192.168.0.0/16', '2001:db8::/32', '2001:db8:1::/48'];
    const f = buildContainmentForest(PrefixColumns.of(input.map(p)));
    const groupName = (g: number): string => input[groupMembers(f, g)[0]!]!;
    const parentOf = (row: number): string | null => {
      const par = f.parent[f.groupOf[row]!]!;
      return par < 0 ? null : groupName(par);
    };
    assert.equal(f.groupCount, 7);
    assert.deepEqual(input.map((_, i) => parentOf(i)), [null, '10.0.0.0/8', '10.1.0.0/16', '10.1.0.0/16', '10.0.0.0/8', null, null, '2001:db8::/32']);
    assert.deepEqual([...groupMembers(f, f.groupOf[2]!)], [2, 3]);
  });

  test('random forests: every parent contains its child, and is the longest container', () => {
    const next = rng(77);
    const prefixes = Array.from({ length: 800 }, () => randomPrefix(next, next() % 2 === 0 ? 'IPv4' : 'IPv6'));
    const cols = PrefixColumns.of(prefixes);
    const f = buildContainmentForest(cols);
    for (let i = 0; i < prefixes.length; i++) {
      const me = prefixes[i]!;
      const containers = prefixes.filter((q) => q.contains(me) && !q.equals(me));
      const longest = containers.reduce<Prefix | undefined>((best, q) => (!best || q.length > best.length ? q : best), undefined);
      const par = f.parent[f.groupOf[i]!]!;
      assert.equal(par < 0 ? undefined : cols.prefixAt(groupMembers(f, par)[0]!).toString(), longest?.toString(), me.toString());
    }
  });

  test('sortedRows orders by family, address, length, then row', () => {
    const input = ['2001:db8::/32', '10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '10.0.0.0/8', '::/0'];
    const order = [...sortedRows(PrefixColumns.of(input.map(p)))];
    assert.deepEqual(order, [3, 2, 4, 1, 5, 0]);
  });

  test('columns mask host bits on entry', () => {
    const cols = new PrefixColumns(1);
    cols.addV4(0x0a0000ff, 24);
    cols.addV6(0x20010db8, 0, 0, 1, 64);
    assert.equal(cols.prefixAt(0).toString(), '10.0.0.0/24');
    assert.equal(cols.prefixAt(1).toString(), '2001:db8::/64');
    assert.equal(cols.count, 2);
    assert.throws(() => cols.addV4(0, 33), RangeError);
  });
});
