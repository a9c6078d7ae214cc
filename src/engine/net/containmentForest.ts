/**
 * The sort-and-sweep core of overlap detection.
 *
 * Two prefixes overlap exactly when one contains the other (prefixes form a laminar family: they nest or
 * are disjoint), so "all overlaps" is "all containment relations", and those form a forest. Sorted by
 * (family, address, length), every prefix comes after all of its containers; a stack holding the chain of
 * prefixes that contain the current address makes one pass enough: pop what ends before the current
 * prefix, the top of the stack is its immediate container. O(n log n) for the sort (O(n·digits) here: a
 * radix sort), O(n) for the sweep. Identical prefixes are grouped rather than chained, so a thousand
 * copies of one address cost one group, not half a million pairs, until a caller asks for the pairs.
 */
import { PrefixColumns, sortedRows } from './prefixColumns';

export interface ContainmentForest {
  readonly columns: PrefixColumns;
  /** Row indices in sweep order: (family, address, length, row). */
  readonly order: Uint32Array;
  readonly groupCount: number;
  /** Members of group g are order[groupStart[g] .. groupStart[g+1]), rows ascending. Length groupCount+1. */
  readonly groupStart: Uint32Array;
  /** Row → its group. */
  readonly groupOf: Uint32Array;
  /** Group → the group of its immediate container, or -1. A parent always precedes its children. */
  readonly parent: Int32Array;
}

const M32: readonly number[] = Array.from({ length: 33 }, (_, n) => (n === 0 ? 0 : (0xffff_ffff << (32 - n)) | 0));

export function buildContainmentForest(columns: PrefixColumns): ContainmentForest {
  const n = columns.count;
  const order = sortedRows(columns);
  const { family, w0, w1, w2, w3, len } = columns;
  const groupStart = new Uint32Array(n + 1);
  const groupOf = new Uint32Array(n);
  const parent = new Int32Array(n);
  const stack = new Int32Array(130); // nesting depth ≤ 129 distinct lengths, plus one (holds a row of each group)
  let depth = 0;
  let groups = 0;
  let prev = -1;
  for (let k = 0; k < n; k++) {
    const r = order[k]!;
    if (
      prev >= 0 &&
      family[r] === family[prev] &&
      len[r] === len[prev] &&
      w0[r] === w0[prev] &&
      w1[r] === w1[prev] &&
      w2[r] === w2[prev] &&
      w3[r] === w3[prev]
    ) {
      groupOf[r] = groups - 1;
      prev = r;
      continue;
    }
    const g = groups++;
    groupStart[g] = k;
    groupOf[r] = g;
    while (depth > 0 && !containsRow(columns, stack[depth - 1]!, r)) depth--;
    parent[g] = depth > 0 ? groupOf[stack[depth - 1]!]! : -1;
    stack[depth++] = r;
    prev = r;
  }
  groupStart[groups] = n;
  return {
    columns,
    order,
    groupCount: groups,
    groupStart: groupStart.subarray(0, groups + 1),
    groupOf,
    parent: parent.subarray(0, groups),
  };
}

/** Row `outer` contains row `inner` (same family, not longer, same leading bits). */
export function containsRow(c: PrefixColumns, outer: number, inner: number): boolean {
  if (c.family[outer] !== c.family[inner]) return false;
  const l = c.len[outer]!;
  if (l > c.len[inner]!) return false;
  if (l <= 32) return ((c.w0[outer]! ^ c.w0[inner]!) & M32[l]!) === 0;
  if (c.w0[outer] !== c.w0[inner]) return false;
  if (l <= 64) return ((c.w1[outer]! ^ c.w1[inner]!) & M32[l - 32]!) === 0;
  if (c.w1[outer] !== c.w1[inner]) return false;
  if (l <= 96) return ((c.w2[outer]! ^ c.w2[inner]!) & M32[l - 64]!) === 0;
  if (c.w2[outer] !== c.w2[inner]) return false;
  return ((c.w3[outer]! ^ c.w3[inner]!) & M32[l - 96]!) === 0;
}

/** Members (rows) of group g. */
export function groupMembers(f: ContainmentForest, g: number): Uint32Array {
  return f.order.subarray(f.groupStart[g]!, f.groupStart[g + 1]!);
}
