/**
 * Every overlapping pair among N prefixes, from the containment forest: O(n log n + k) for k pairs.
 * Each group pairs with its own other members ('equal') and with every member of every ancestor group
 * ('contains', outer first). The pair count is computed first so the output is allocated once.
 */
import { buildContainmentForest, groupMembers, type ContainmentForest } from './containmentForest';
import type { Prefix } from './prefix';
import { PrefixColumns } from './prefixColumns';

export type OverlapRelation = 'equal' | 'contains';

/** Pairs as parallel arrays of row indices. For 'contains', outer ⊋ inner; for 'equal', outer < inner. */
export interface OverlapPairs {
  readonly count: number;
  readonly outer: Uint32Array;
  readonly inner: Uint32Array;
  /** 1 = identical prefixes, 0 = outer strictly contains inner. */
  readonly equal: Uint8Array;
}

/** Above this many pairs the caller wants a different question (per-group summaries), not a pair list. */
export const MAX_PAIRS = 2 ** 28;

export function overlapPairs(forest: ContainmentForest): OverlapPairs {
  const { groupCount, parent, groupStart } = forest;
  // above[g] = number of rows in all ancestor groups of g; parents precede children, so one pass fills it.
  const above = new Float64Array(groupCount);
  let total = 0;
  for (let g = 0; g < groupCount; g++) {
    const p = parent[g]!;
    const size = groupStart[g + 1]! - groupStart[g]!;
    above[g] = p < 0 ? 0 : above[p]! + (groupStart[p + 1]! - groupStart[p]!);
    total += (size * (size - 1)) / 2 + size * above[g]!;
  }
  if (total > MAX_PAIRS) throw new RangeError(`${total} overlapping pairs exceed the ${MAX_PAIRS} limit`);
  const outer = new Uint32Array(total);
  const inner = new Uint32Array(total);
  const equal = new Uint8Array(total);
  let k = 0;
  for (let g = 0; g < groupCount; g++) {
    const members = groupMembers(forest, g);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        outer[k] = members[i]!;
        inner[k] = members[j]!;
        equal[k++] = 1;
      }
    }
    for (let a = parent[g]!; a >= 0; a = parent[a]!) {
      const ancestors = groupMembers(forest, a);
      for (let i = 0; i < ancestors.length; i++) {
        for (let j = 0; j < members.length; j++) {
          outer[k] = ancestors[i]!;
          inner[k++] = members[j]!;
        }
      }
    }
  }
  return { count: total, outer, inner, equal };
}

export interface Tagged<T> {
  readonly prefix: Prefix;
  readonly tag: T;
}

export interface Overlap<T> {
  readonly outer: Tagged<T>;
  readonly inner: Tagged<T>;
  readonly relation: OverlapRelation;
}

/** Object-level convenience over the columnar sweep; pairs come out in sweep order. */
export function findOverlaps<T>(items: readonly Tagged<T>[]): Overlap<T>[] {
  const cols = new PrefixColumns(items.length);
  for (const it of items) cols.add(it.prefix);
  const pairs = overlapPairs(buildContainmentForest(cols));
  const out: Overlap<T>[] = new Array<Overlap<T>>(pairs.count);
  for (let k = 0; k < pairs.count; k++) {
    out[k] = {
      outer: items[pairs.outer[k]!]!,
      inner: items[pairs.inner[k]!]!,
      relation: pairs.equal[k] === 1 ? 'equal' : 'contains',
    };
  }
  return out;
}
