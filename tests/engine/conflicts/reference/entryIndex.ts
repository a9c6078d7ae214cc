/**
 * The entries of a topology, swept once into a containment forest (src/engine/net/containmentForest.ts).
 * Every question the rules ask — "what contains this?", "who else has this exact address?" — is answered
 * by walking one entry's group and its ancestors, so the whole report costs O(n log n + pairs reported).
 */
import { buildContainmentForest, groupMembers, type ContainmentForest } from '../../../../src/engine/net/containmentForest';
import { PrefixColumns } from '../../../../src/engine/net/prefixColumns';
import type { Entry } from './entries';
import type { ConflictObjectKind } from '../../../../src/engine/conflicts/types';

export class EntryIndex {
  private readonly forest: ContainmentForest;
  private readonly byKind = new Map<number, Map<ConflictObjectKind, number[]>>();

  constructor(readonly entries: readonly Entry[]) {
    const cols = new PrefixColumns(entries.length);
    for (const e of entries) cols.add(e.prefix);
    this.forest = buildContainmentForest(cols);
  }

  get groupCount(): number {
    return this.forest.groupCount;
  }

  /** Entries of group g (identical prefixes), by kind; computed once per group. */
  kindsIn(g: number): Map<ConflictObjectKind, number[]> {
    let m = this.byKind.get(g);
    if (!m) {
      m = new Map();
      for (const row of groupMembers(this.forest, g)) {
        const kind = this.entries[row]!.kind;
        const list = m.get(kind);
        if (list) list.push(row);
        else m.set(kind, [row]);
      }
      this.byKind.set(g, m);
    }
    return m;
  }

  /** Every other entry whose prefix equals or contains entry i's: its own group first, then outward. */
  *containers(i: number): Generator<number> {
    const own = this.forest.groupOf[i]!;
    for (const row of groupMembers(this.forest, own)) if (row !== i) yield row;
    for (let g = this.forest.parent[own]!; g >= 0; g = this.forest.parent[g]!) yield* groupMembers(this.forest, g);
  }

  /** The entries of one kind that equal or contain entry i. */
  containersOfKind(i: number, kind: ConflictObjectKind): number[] {
    const out: number[] = [];
    for (let g = this.forest.groupOf[i]!; g >= 0; g = this.forest.parent[g]!) {
      for (const row of this.kindsIn(g).get(kind) ?? []) if (row !== i) out.push(row);
    }
    return out;
  }

  /** True when entries i and j have identical prefixes. */
  sameGroup(i: number, j: number): boolean {
    return this.forest.groupOf[i] === this.forest.groupOf[j];
  }
}
