/** Shared helpers for the generator's tests. */
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { generateTopology, type GenerateOptions, type GenerateResult } from '../../../src/engine/generate';

export type Generated = Extract<GenerateResult, { ok: true }>;

/** Generates and fails the test with the problems if the options are refused. */
export function generated(options: GenerateOptions): Generated {
  const r = generateTopology(options);
  if (!r.ok) assert.fail(`generateTopology(${JSON.stringify(options)}) refused: ${JSON.stringify(r.errors)}`);
  return r;
}

export function topologyOf(options: GenerateOptions): Topology {
  return generated(options).topology;
}

/** The option paths of a refusal, in report order. */
export function errorPaths(options: unknown): string[] {
  const r = generateTopology(options as GenerateOptions);
  assert.equal(r.ok, false, `expected ${JSON.stringify(options)} to be refused`);
  return r.ok ? [] : r.errors.map((e) => e.path);
}

/** Application Services' type as the mix counts it (headless apart). */
export function kindOf(s: Topology['services'][number]): string {
  return s.headless ? 'Headless' : s.type;
}
