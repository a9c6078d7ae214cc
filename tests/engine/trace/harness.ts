/**
 * Packet-flow tables, in the style of kube-proxy's tests: `{ name, topology, from, to, port, packetSize }`
 * → the disposition plus the key steps, run against the tracer. `steps` is matched as a subsequence of the
 * trace's steps (in order, other steps may sit between), so a case states what matters and nothing more.
 * A trace that forks (a Service load-balancing) must list its `branches`: endpoint, probability, disposition
 * and each branch's own key steps; one that does not fork must not list any.
 */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot, type Snapshot } from '../../../src/engine/model/snapshot';
import type { IpFamily, Protocol, Topology } from '../../../src/engine/model/topology';
import { trace, type Disposition, type PacketHeaders, type Step, type StepAction, type StepType, type Trace } from '../../../src/engine/trace';

export interface StepWant {
  /** Hop node the step must be on. */
  node?: string;
  type: StepType;
  action?: StepAction;
  /** Exact `ip route` text of the matched route. */
  route?: string;
  device?: string;
  mtu?: number;
  /** Encapsulation: outer source and destination, bytes added. */
  outer?: [string, string];
  bytes?: number;
  /** A fragment of the summary. */
  text?: RegExp;
  /** The inner header entering / leaving the step: `src → dst[:port]` (e.g. `10.0.1.11 → 10.244.2.5:8080`). */
  in?: string;
  out?: string;
  /** kube-proxy: the chains crossed, or a rule that must be among the step's rules (a fragment). */
  chains?: string[];
  rule?: RegExp;
}

/** One branch of a forked trace: the endpoint chosen, its probability (±1e-9), where it ends, what it did. */
export interface BranchWant {
  endpoint: string | null;
  probability: number;
  disposition: Disposition;
  steps?: StepWant[];
}

export interface FlowCase {
  name: string;
  topology: Topology;
  from: string;
  to: string;
  port?: number;
  protocol?: Protocol;
  packetSize?: number;
  family?: IpFamily;
  disposition: Disposition;
  /** The branches, in order (absent: the trace must not fork). */
  branches?: BranchWant[];
  /** `node netns` of every hop, in order. */
  path?: string[];
  steps?: StepWant[];
  /** Assumptions that must be listed (fragments). */
  assumes?: RegExp[];
}

const snapshots = new WeakMap<Topology, Snapshot>();

export function snapshotOf(t: Topology): Snapshot {
  let s = snapshots.get(t);
  if (s === undefined) {
    s = compileSnapshot(t);
    snapshots.set(t, s);
  }
  return s;
}

function flat(t: Trace): { node: string; step: Step }[] {
  return t.hops.flatMap((h) => h.steps.map((step) => ({ node: h.node, step })));
}

function matches(w: StepWant, node: string, s: Step): boolean {
  const d = s.detail;
  return (
    (w.node === undefined || w.node === node) &&
    w.type === s.type &&
    (w.action === undefined || w.action === s.action) &&
    (w.route === undefined || w.route === d.route) &&
    (w.device === undefined || w.device === d.device) &&
    (w.mtu === undefined || w.mtu === d.mtu) &&
    (w.outer === undefined || (d.encapsulation?.outerSrc === w.outer[0] && d.encapsulation.outerDst === w.outer[1])) &&
    (w.bytes === undefined || w.bytes === d.encapsulation?.bytesAdded) &&
    (w.text === undefined || w.text.test(d.summary)) &&
    (w.in === undefined || headerText(d.packetIn) === w.in) &&
    (w.out === undefined || (d.packetOut !== null && headerText(d.packetOut) === w.out)) &&
    (w.chains === undefined || JSON.stringify(d.chains) === JSON.stringify(w.chains)) &&
    (w.rule === undefined || (d.rules ?? []).some((r) => w.rule!.test(r)))
  );
}

function headerText(p: PacketHeaders): string {
  return `${p.inner.src} → ${p.inner.dst}${p.inner.dstPort === null ? '' : `:${p.inner.dstPort}`}`;
}

function want(w: StepWant): string {
  return JSON.stringify({ ...w, text: w.text?.source, rule: w.rule?.source });
}

/** Every wanted step, in order, as a subsequence of the trace's steps. */
export function assertSteps(t: Trace, wants: StepWant[], why: string): void {
  let at = 0;
  const steps = flat(t);
  for (const w of wants) {
    while (at < steps.length && !matches(w, steps[at]!.node, steps[at]!.step)) at++;
    assert.ok(at < steps.length, `no step matching ${want(w)} (in order)${why}`);
    at++;
  }
}

export function describeTrace(t: Trace): string {
  return t.hops.map((h) => `  ${h.node} ${h.netns}\n${h.steps.map((s) => `    ${s.type} ${s.action}: ${s.detail.summary}`).join('\n')}`).join('\n');
}

export function runFlow(c: FlowCase): Trace {
  const answer = trace(snapshotOf(c.topology), c.from, c.to, { port: c.port, protocol: c.protocol, packetSize: c.packetSize, family: c.family });
  assert.deepEqual(answer.errors, []);
  const t = answer.trace;
  assert.ok(t !== null);
  const why = `\n${describeTrace(t)}\n  assumptions: ${t.assumptions.join(' | ')}`;
  assert.equal(t.disposition, c.disposition, `disposition${why}`);
  if (c.path) assert.deepEqual(t.hops.map((h) => `${h.node} ${h.netns}`), c.path, `path${why}`);
  assertSteps(t, c.steps ?? [], why);
  for (const a of c.assumes ?? []) assert.ok(t.assumptions.some((x) => a.test(x)), `assumption ${a.source} missing${why}`);
  const branches = t.branches ?? [];
  assert.deepEqual(
    branches.map((b) => [b.endpoint, b.trace.disposition]),
    (c.branches ?? []).map((b) => [b.endpoint, b.disposition]),
    `branches${why}`,
  );
  (c.branches ?? []).forEach((b, i) => {
    const got = branches[i]!;
    assert.ok(Math.abs(got.probability - b.probability) < 1e-9, `branch ${i} probability ${got.probability}, want ${b.probability}`);
    assertSteps(got.trace, b.steps ?? [], `\n  branch ${i}:\n${describeTrace(got.trace)}`);
  });
  if (branches.length > 0) assert.ok(Math.abs(branches.reduce((sum, b) => sum + b.probability, 0) - 1) < 1e-9, 'branch probabilities sum to 1');
  return t;
}

export function runFlows(cases: FlowCase[]): void {
  for (const c of cases) test(c.name, () => void runFlow(c));
}
