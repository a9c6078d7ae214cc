/**
 * Shared test tools for the address layer: a seeded PRNG (reproducible random inputs) and brute-force
 * references the fast structures are checked against.
 */
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { Prefix } from '../../../src/engine/net/prefix';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A random prefix in a deliberately small space so that overlaps are frequent. */
export function randomPrefix(next: () => number, family: 'IPv4' | 'IPv6'): Prefix {
  if (family === 'IPv4') {
    // 10.0.0.0/20 and lengths 18..32: heavy nesting and duplicates.
    const addr = (0x0a000000 | (next() & 0xfff)) >>> 0;
    return Prefix.of(IpAddress.v4(addr), 18 + (next() % 15));
  }
  // 2001:db8::/116-ish space with lengths 110..128, plus a few short ones.
  const len = next() % 10 === 0 ? 96 + (next() % 14) : 110 + (next() % 19);
  return Prefix.of(IpAddress.v6(0x20010db8, 0, 0, next() & 0x3fff), len);
}

export interface PairKey {
  outer: number;
  inner: number;
  relation: 'equal' | 'contains';
}

/** O(n²) reference: every overlapping pair, normalized like the sweep (outer contains inner; equal → lower index first). */
export function pairwiseOverlaps(prefixes: readonly Prefix[]): PairKey[] {
  const out: PairKey[] = [];
  for (let i = 0; i < prefixes.length; i++) {
    for (let j = i + 1; j < prefixes.length; j++) {
      const a = prefixes[i]!;
      const b = prefixes[j]!;
      if (a.equals(b)) out.push({ outer: i, inner: j, relation: 'equal' });
      else if (a.contains(b)) out.push({ outer: i, inner: j, relation: 'contains' });
      else if (b.contains(a)) out.push({ outer: j, inner: i, relation: 'contains' });
    }
  }
  return sortPairs(out);
}

export function sortPairs(pairs: PairKey[]): PairKey[] {
  return pairs.sort((x, y) => x.outer - y.outer || x.inner - y.inner);
}

export function v4(s: string): IpAddress {
  return IpAddress.parse(s);
}

export function p(s: string): Prefix {
  return Prefix.parse(s);
}
