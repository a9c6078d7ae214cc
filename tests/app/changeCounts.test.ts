import { describe, expect, test } from '@jest/globals';
import { ChangeCounts } from '../../src/app/changeCounts';

// The per-name counters topologyService.ts compares for equality (a load or write that a change overtook is not cached),
// bounded so a server that sees many names keeps few entries. What must hold: a reading equal to an earlier one means no
// change of that name was counted in between — with or without the entries being dropped meanwhile.

describe('ChangeCounts', () => {
  test.each([
    { name: 'a change of the name changes its reading', changes: ['a'], watched: 'a', changed: true },
    { name: "another name's change leaves it", changes: ['b', 'c'], watched: 'a', changed: false },
    { name: 'two changes of the name', changes: ['a', 'a'], watched: 'a', changed: true },
    { name: 'no change at all', changes: [], watched: 'a', changed: false },
  ])('$name', ({ changes, watched, changed }) => {
    const counts = new ChangeCounts();
    counts.count('warm-up');
    const before = counts.get(watched);
    for (const name of changes) counts.count(name);
    expect(counts.get(watched) !== before).toBe(changed);
    expect(counts.get(watched)).toBeGreaterThanOrEqual(before);
  });

  test('a name read before it had an entry, changed, then the entries dropped: its reading differs', () => {
    const counts = new ChangeCounts(2);
    counts.count('x');
    const before = counts.get('a');
    counts.count('a');
    counts.count('z'); // the third name: every entry is dropped
    expect(counts.size).toBe(0);
    expect(counts.get('a')).not.toBe(before);
  });

  test('keeps at most its bound of names: 10,000 names written once each leave 3 entries', () => {
    const counts = new ChangeCounts(3);
    let most = 0;
    for (let i = 0; i < 10_000; i++) {
      counts.count(`ci-${i}`);
      most = Math.max(most, counts.size);
    }
    expect(most).toBe(3);
  });

  test('dropping the entries never makes an overtaken reading look current (random interleavings, seeded)', () => {
    // Readers take a name's reading, changes and drops happen, readers compare: equal must mean the name did not change.
    let seed = 17;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const names = Array.from({ length: 12 }, (_, i) => `name-${i}`);
    const counts = new ChangeCounts(4);
    const changesOf = new Map<string, number>(names.map((n) => [n, 0]));
    const readers: { name: string; reading: number; changesThen: number }[] = [];
    let equal = 0;
    let differentUnchanged = 0;
    let drops = 0;
    for (let step = 0; step < 20_000; step++) {
      const name = names[Math.floor(random() * names.length)]!;
      const action = random();
      if (action < 0.4) {
        const sizeBefore = counts.size;
        counts.count(name);
        changesOf.set(name, changesOf.get(name)! + 1);
        if (counts.size < sizeBefore) drops++;
      } else if (action < 0.7) {
        readers.push({ name, reading: counts.get(name), changesThen: changesOf.get(name)! });
      } else if (readers.length > 0) {
        const reader = readers.splice(Math.floor(random() * readers.length), 1)[0]!;
        const now = counts.get(reader.name);
        expect(now).toBeGreaterThanOrEqual(reader.reading);
        const unchanged = changesOf.get(reader.name) === reader.changesThen;
        if (now === reader.reading) {
          expect(unchanged).toBe(true);
          equal++;
        } else if (unchanged) differentUnchanged++;
      }
    }
    // Every branch was exercised: entries were dropped, readings stayed equal, and some unchanged names read differently
    // after a drop (the conservative price: their reader does not cache, once).
    expect(drops).toBeGreaterThan(100);
    expect(equal).toBeGreaterThan(100);
    expect(differentUnchanged).toBeGreaterThan(0);
  });
});
