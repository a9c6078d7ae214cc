/**
 * Traces side by side: the pod→pod trace between two nodes (the packet reachabilityMatrix sends for a
 * cell), and the "deciding difference" of two traces — the first step where they part, comparing what
 * decides (hop, step type, action, matched route, device, encapsulation) and not incidental text. MTUs
 * only count where a step failed on one, so a pod MTU that changes on the first hop does not hide the
 * route that actually changed further on (Batfish's differential traceroute shows both traces; this names
 * the step to look at).
 */
import type { NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily } from '../model/topology';
import { pairTrace, type Step, type StepAction, type StepType, type Trace } from '../trace';

export interface StepRef {
  /** Position in the flattened list of steps of the trace. */
  readonly index: number;
  readonly node: string;
  readonly netns: string;
  readonly type: StepType;
  readonly action: StepAction;
  readonly summary: string;
  readonly route: string | null;
}

export interface DecidingDifference {
  /** The step at which the two traces part; null on the side whose trace ended before. */
  readonly before: StepRef | null;
  readonly after: StepRef | null;
}

export interface TraceOptionsLite {
  readonly port?: number;
  readonly packetSize?: number;
}

/** The matrix's own pair trace (src/engine/trace pairTrace), so a changed cell is shown with its two full traces. */
export function nodePairTrace(snap: Snapshot, a: NodeInfo, b: NodeInfo, family: IpFamily, o: TraceOptionsLite): Trace {
  return pairTrace(snap, a, b, family, o);
}

interface Flat {
  readonly node: string;
  readonly netns: string;
  readonly step: Step;
}

function flatten(t: Trace): Flat[] {
  return t.hops.flatMap((h) => h.steps.map((step) => ({ node: h.node, netns: h.netns, step })));
}

function key(f: Flat): string {
  const d = f.step.detail;
  const encap = d.encapsulation === undefined ? '' : `${d.encapsulation.mode} ${d.encapsulation.outerSrc}>${d.encapsulation.outerDst}`;
  const mtu = f.step.action === 'MTU_EXCEEDED' ? String(d.mtu ?? '') : '';
  return [f.node, f.netns, f.step.type, f.step.action, d.route ?? '', d.device ?? '', encap, mtu].join('\u0000');
}

function ref(f: Flat | undefined, index: number): StepRef | null {
  if (f === undefined) return null;
  return { index, node: f.node, netns: f.netns, type: f.step.type, action: f.step.action, summary: f.step.detail.summary, route: f.step.detail.route ?? null };
}

/** The first step where the traces differ in what decides; null when they agree throughout. */
export function decidingDifference(before: Trace | null, after: Trace | null): DecidingDifference | null {
  const a = before === null ? [] : flatten(before);
  const b = after === null ? [] : flatten(after);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || key(x) !== key(y)) return { before: ref(x, i), after: ref(y, i) };
  }
  return null;
}

/** The step that ended a trace (what decided its disposition). */
export function finalStep(t: Trace | null): StepRef | null {
  if (t === null) return null;
  const flat = flatten(t);
  return ref(flat[flat.length - 1], flat.length - 1);
}
