/**
 * Address ranges for ipBlocks and external peers: an ipBlock is `cidr` minus every `except`, kept as sorted
 * disjoint inclusive ranges; the external peers of a connectivity answer are the "atoms" of the address space
 * cut at every ipBlock boundary (netpol-analyzer's `a.b.c.d-e.f.g.h` ranges). A CIDR with host bits set means its
 * network (Prefix.parse masks, as Go's net.ParseCIDR and netpol-analyzer do).
 */
import { IpAddress, Prefix } from '../net';
import type { IpFamily } from '../model/topology';
import type { IpBlock } from './types';

export interface IpRange {
  readonly first: IpAddress;
  readonly last: IpAddress;
}

const V4_ALL: IpRange = { first: IpAddress.parse('0.0.0.0'), last: IpAddress.parse('255.255.255.255') };
const V6_ALL: IpRange = { first: IpAddress.parse('::'), last: IpAddress.parse('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff') };

export function familyRange(family: IpFamily): IpRange {
  return family === 'IPv4' ? V4_ALL : V6_ALL;
}

export function prefixRange(cidr: string): IpRange {
  const p = Prefix.parse(cidr);
  return { first: p.first(), last: p.last() };
}

/** `cidr` minus the excepts, as sorted disjoint ranges (empty when the excepts cover it). */
export function ipBlockRanges(block: IpBlock): IpRange[] {
  let ranges: IpRange[] = [prefixRange(block.cidr)];
  for (const e of block.except) ranges = subtract(ranges, prefixRange(e));
  return ranges;
}

export function subtract(ranges: readonly IpRange[], cut: IpRange): IpRange[] {
  const out: IpRange[] = [];
  for (const r of ranges) {
    if (r.first.family !== cut.first.family || cut.last.compare(r.first) < 0 || cut.first.compare(r.last) > 0) {
      out.push(r);
      continue;
    }
    if (cut.first.compare(r.first) > 0) out.push({ first: r.first, last: cut.first.prev()! });
    if (cut.last.compare(r.last) < 0) out.push({ first: cut.last.next()!, last: r.last });
  }
  return out;
}

export function rangesContain(ranges: readonly IpRange[], a: IpAddress): boolean {
  for (const r of ranges) {
    if (r.first.family === a.family && r.first.compare(a) <= 0 && a.compare(r.last) <= 0) return true;
  }
  return false;
}

/** `first` contained in one of the ranges (for atoms: an atom is inside a block or disjoint from it). */
export function rangesCover(ranges: readonly IpRange[], atom: IpRange): boolean {
  return rangesContain(ranges, atom.first);
}

export function formatRange(r: IpRange): string {
  return `${r.first.toString()}-${r.last.toString()}`;
}

/**
 * The address space of each family cut at every boundary of `cuts` (each a range's first address and the
 * address after its last): disjoint ranges covering the families, in address order. Every ipBlock is a union of
 * whole atoms, so judging an atom by its first address judges all of it.
 */
export function atomize(cuts: readonly IpRange[], families: readonly IpFamily[]): IpRange[] {
  const out: IpRange[] = [];
  for (const family of families) {
    const whole = familyRange(family);
    const bounds: IpAddress[] = [whole.first];
    for (const c of cuts) {
      if (c.first.family !== family) continue;
      bounds.push(c.first);
      const n = c.last.next();
      if (n !== undefined) bounds.push(n);
    }
    bounds.sort((a, b) => a.compare(b));
    const uniq: IpAddress[] = [];
    for (const b of bounds) if (uniq.length === 0 || !uniq[uniq.length - 1]!.equals(b)) uniq.push(b);
    for (let i = 0; i < uniq.length; i++) {
      out.push({ first: uniq[i]!, last: i + 1 < uniq.length ? uniq[i + 1]!.prev()! : whole.last });
    }
  }
  return out;
}

/** Index of the atom holding `a` (binary search over `atoms`, as `atomize` returns them), or -1. */
export function atomOf(atoms: readonly IpRange[], a: IpAddress): number {
  let lo = 0;
  let hi = atoms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = atoms[mid]!;
    if (a.compare(r.first) < 0) hi = mid - 1;
    else if (a.compare(r.last) > 0) lo = mid + 1;
    else return mid;
  }
  return -1;
}
