/**
 * Per-name change counters that a reader compares for equality: it reads a name's count, does its work (a load, a write),
 * and reads the count again — equal means no change of that name was counted in between, so what it read may be cached.
 * `topologyService.ts` keeps three (writes, cache puts, change notices).
 *
 * Bounded: a long-running server that sees many names come and go (a job that imports `ci-<run id>` and deletes it) would
 * otherwise keep an entry per name it ever saw. Each count is the total of all changes so far at the name's last change, and
 * when more than `bound` names have an entry every entry is dropped at once: a name without an entry then reads as that
 * total (the floor). Why equality still means "unchanged": a change of the name sets its count to a new total, higher than
 * any value read before; a drop follows that increment in the same call, so the floor is higher than every entry and every
 * earlier floor: it raises every name's reading and never makes one equal to an earlier reading. The price of a drop is
 * conservative: a reader whose name did not change finds a different count and does not cache what it read, once.
 * Readings never fall: a greater one means a change of the name, or a drop.
 */
/** Names a server keeps per-name state for before it drops it all (these counts, and topologyService.ts's unverified marks). */
export const NAMES_KEPT = 10_000;

export class ChangeCounts {
  private readonly counts = new Map<string, number>();
  /** Changes counted so far, of every name. */
  private total = 0;
  /** What a name without an entry reads as: the total when the entries were last dropped. */
  private floor = 0;

  constructor(private readonly bound = NAMES_KEPT) {}

  /** The name's current count. */
  get(name: string): number {
    return this.counts.get(name) ?? this.floor;
  }

  /** Counts a change of the name. */
  count(name: string): void {
    this.total++;
    this.counts.set(name, this.total);
    if (this.counts.size > this.bound) {
      this.counts.clear();
      this.floor = this.total;
    }
  }

  /** Names with an entry (at most `bound`). */
  get size(): number {
    return this.counts.size;
  }
}
