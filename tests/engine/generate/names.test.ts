/** Kubernetes-style names and the seeded PRNG. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { ALPHANUMS, catalogName, nodeName, safeEncodeString, BACKGROUND_KINDS, SERVED_KINDS } from '../../../src/engine/generate/names';
import { Prng } from '../../../src/engine/generate/prng';

describe('SafeEncodeString (apimachinery util/rand)', () => {
  test('the alphabet of rand.go', () => assert.equal(ALPHANUMS, 'bcdfghjklmnpqrstvwxz2456789'));
  test('decimal digits map to 4–9, b, c, d, f (code point % 27)', () => {
    assert.equal(safeEncodeString('0123456789'), '456789bcdf');
  });
  test('a real pod-template-hash decodes to a 32-bit decimal', () => {
    // kubernetes/website deployment.md: ReplicaSet nginx-deployment-75675f5897. Inverting the mapping gives the
    // FNV-32a value 3123191453 (< 2^32), so encoding it must give the documented hash back.
    assert.equal(safeEncodeString('3123191453'), '75675f5897');
    assert.ok(3123191453 < 2 ** 32);
  });
});

describe('catalog names', () => {
  test('never repeat, and the two catalogs never collide', () => {
    const served = SERVED_KINDS.map((k) => k.kind);
    const names = new Set<string>();
    for (let i = 0; i < 3000; i++) names.add(catalogName(i, served).name);
    for (let i = 0; i < 3000; i++) names.add(catalogName(i, BACKGROUND_KINDS).name);
    assert.equal(names.size, 6000);
  });
  test('first round plain, then numbered', () => {
    assert.equal(catalogName(0, ['web', 'api']).name, 'cart-web');
    assert.equal(catalogName(24, ['web', 'api']).name, 'cart-api');
    assert.equal(catalogName(48, ['web', 'api']).name, 'cart-web-2');
  });
  test('node names sort like their indexes', () => {
    assert.deepEqual([0, 9, 10, 4999].map((i) => nodeName(i, 5000)), ['node-0000', 'node-0009', 'node-0010', 'node-4999']);
    assert.equal(nodeName(0, 1), 'node-0');
  });
});

describe('Prng', () => {
  test('same seed, same stream; different seeds differ', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const sa = Array.from({ length: 8 }, () => a.next());
    assert.deepEqual(sa, Array.from({ length: 8 }, () => b.next()));
    assert.notDeepEqual(sa, Array.from({ length: 8 }, () => c.next()));
    assert.ok(sa.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32));
  });
  test('int stays in range and covers it', () => {
    const rng = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const v = rng.int(6);
      assert.ok(v >= 0 && v < 6);
      seen.add(v);
    }
    assert.equal(seen.size, 6);
  });
  test('shuffle is a permutation', () => {
    const out = new Prng(3).shuffle(Array.from({ length: 50 }, (_, i) => i));
    assert.deepEqual([...out].sort((x, y) => x - y), Array.from({ length: 50 }, (_, i) => i));
    assert.notDeepEqual(out, Array.from({ length: 50 }, (_, i) => i));
  });
});
