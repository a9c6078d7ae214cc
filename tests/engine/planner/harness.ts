/**
 * The planner's test harness: base topologies from examples/*.yaml (through src/io, as the service loads
 * them) and from the fixture builders, a deep freeze for the purity checks, and table runners for
 * operations that must apply (with a check of the result) or be refused (with the problem's path and a
 * fragment of its message).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { applyOperations } from '../../../src/engine/planner';
import { parseTopologyDocument } from '../../../src/io/parseTopology';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const loaded = new Map<string, Topology>();

/** An example topology, parsed once and frozen (every test shares it, so none may change it). */
export function example(file: 'kubeadm-calico' | 'seed-overlay' | 'seed-routed'): Topology {
  let t = loaded.get(file);
  if (t === undefined) {
    const r = parseTopologyDocument(readFileSync(join(EXAMPLES, `${file}.yaml`), 'utf8'));
    if (!r.ok) throw new Error(`examples/${file}.yaml does not parse: ${JSON.stringify(r.errors)}`);
    t = deepFreeze(r.topology);
    loaded.set(file, t);
  }
  return t;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies `ops` and fails the test with the problems when they do not apply. */
export function applied(base: Topology, ops: unknown[]): { topology: Topology; notes: readonly string[] } {
  const r = applyOperations(base, ops as never);
  if (!r.ok) assert.fail(`expected the operations to apply, got operations[${r.index}]: ${JSON.stringify(r.problems)}`);
  return { topology: r.topology, notes: r.notes };
}

export interface ApplyCase {
  name: string;
  base: () => Topology;
  ops: unknown[];
  check: (t: Topology, notes: readonly string[], base: Topology) => void;
}

export interface RejectCase {
  name: string;
  base: () => Topology;
  ops: unknown[];
  index?: number;
  path: string;
  message: RegExp;
}

export function runApply(cases: readonly ApplyCase[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const base = c.base();
      const r = applied(base, c.ops);
      c.check(r.topology, r.notes, base);
    });
  }
}

export function runReject(cases: readonly RejectCase[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const r = applyOperations(c.base(), c.ops as never);
      assert.equal(r.ok, false, 'expected the operation to be refused');
      if (r.ok) return;
      assert.equal(r.index, c.index ?? c.ops.length - 1);
      assert.equal(r.problems[0]?.path, c.path);
      assert.match(r.problems[0]!.message, c.message);
    });
  }
}

/** The one note that matches, failing when none does. */
export function note(notes: readonly string[], pattern: RegExp): string {
  const hit = notes.find((n) => pattern.test(n));
  if (hit === undefined) assert.fail(`no note matches ${pattern}; notes:\n${notes.join('\n')}`);
  return hit;
}

export function node(t: Topology, name: string): Topology['nodes'][number] {
  const n = t.nodes.find((x) => x.name === name);
  if (n === undefined) assert.fail(`no node ${name}`);
  return n;
}
