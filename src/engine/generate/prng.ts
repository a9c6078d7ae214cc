/**
 * A small seeded PRNG: splitmix32 (the 32-bit variant of Steele, Lea and Flood's SplitMix, with the
 * finalizer constants of Chris Wellons' hash-prospector "lowbias32"). The engine may not use Math.random
 * (it is deterministic), and the generator needs one stream per seed: same seed, same topology.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next unsigned 32-bit value. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let t = this.state ^ (this.state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  }

  /** An integer in [0, n), n ≥ 1 (multiply-shift: bias below 2^-32 · n, irrelevant here). */
  int(n: number): number {
    return Math.floor((this.next() / 0x1_0000_0000) * n);
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}
