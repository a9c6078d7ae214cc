/**
 * `node:assert/strict` as the tests import it, with one difference that only jest needs: jest runs each test file
 * in its own V8 realm, while arrays and plain objects built by Node's own modules (fs.readdirSync, Buffer, undici)
 * come from the outer realm. node:assert's strict deep equality compares prototypes, so `['a']` from fs and `['a']`
 * written in a test would differ although nothing is wrong. Before comparing, both sides are copied so that every
 * array and plain object belongs to this realm; every other value (Map, Set, Date, class instances, Buffers) is
 * compared exactly as node:assert does. Mapped in jest.config.js (`moduleNameMapper`).
 */
// Resolved to Node's own module: the mapper only redirects the tests' bare 'node:assert/strict'.
import nodeAssert from 'assert/strict';

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === null) return false;
  // Object.prototype of any realm: its own prototype is null and its constructor is named Object.
  return Object.getPrototypeOf(proto) === null && (proto as { constructor?: { name?: string } }).constructor?.name === 'Object';
}

function sameRealm(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (let i = 0; i < value.length; i++) {
      if (i in value) copy[i] = sameRealm(value[i], seen);
      else copy.length = i + 1; // keep holes: strict equality tells a hole from undefined
    }
    return copy;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string | symbol, unknown> = {};
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (descriptor.enumerable) copy[key] = sameRealm((value as Record<string | symbol, unknown>)[key], seen);
    else Object.defineProperty(copy, key, { ...descriptor, value: sameRealm(descriptor.value, seen) });
  }
  return copy;
}

type Compare = (actual: unknown, expected: unknown, message?: string | Error) => void;
const wrap = (compare: Compare): Compare => (actual, expected, message) => compare(sameRealm(actual), sameRealm(expected), message);

const assert = Object.assign(
  (value: unknown, message?: string | Error): asserts value => nodeAssert(value, message),
  nodeAssert,
  {
    deepEqual: wrap(nodeAssert.deepEqual),
    deepStrictEqual: wrap(nodeAssert.deepStrictEqual),
    notDeepEqual: wrap(nodeAssert.notDeepEqual),
    notDeepStrictEqual: wrap(nodeAssert.notDeepStrictEqual),
  },
) as typeof nodeAssert;
assert.strict = assert;

export = assert;
