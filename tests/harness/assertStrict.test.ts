/**
 * The realm-tolerant node:assert/strict that jest maps for every test (tests/helpers/assertStrict.ts): arrays and
 * plain objects from Node's own realm equal the test's literals, and everything strict equality should catch is
 * still caught.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

class Point {
  constructor(readonly x: number) {}
}

describe('assertStrict', () => {
  test('arrays and plain objects from another realm equal literals of this one', () => {
    assert.deepEqual(runInNewContext('[1, { a: [2] }]'), [1, { a: [2] }]);
    assert.deepEqual(readdirSync(__dirname).filter((f) => f === 'assertStrict.test.ts'), ['assertStrict.test.ts']);
  });

  const differences: { name: string; actual: unknown; expected: unknown }[] = [
    { name: 'a different element', actual: runInNewContext('[1, 2]'), expected: [1, 3] },
    { name: 'a number against its string', actual: [1], expected: ['1'] },
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point of this case
    { name: 'a hole against undefined', actual: [, 1], expected: [undefined, 1] },
    { name: 'a class instance against a plain object', actual: new Point(1), expected: { x: 1 } },
    { name: 'a missing key', actual: { a: 1 }, expected: { a: 1, b: undefined } },
    { name: 'Maps with other values', actual: new Map([['k', 1]]), expected: new Map([['k', 2]]) },
    { name: 'a Date against another Date', actual: new Date(0), expected: new Date(1) },
  ];
  test.each(differences)('still fails on $name', ({ actual, expected }) => {
    assert.throws(() => assert.deepEqual(actual, expected), assert.AssertionError);
  });

  test('the rest of node:assert is untouched', () => {
    assert.throws(() => assert.equal(1, 2), /1 !== 2/);
    assert.throws(() => assert.ok(false));
    assert.throws(() => assert(0));
    assert.doesNotThrow(() => assert.strict.deepEqual(runInNewContext('({ a: 1 })'), { a: 1 }));
  });
});
