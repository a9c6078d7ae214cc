/**
 * Traces side by side: the pod→pod trace between two nodes (the packet reachabilityMatrix sends for a
 * cell), and the "deciding difference" of two traces — the first step where they part, comparing what
 * decides (hop, step type, action, matched route, device, encapsulation) and not incidental text. MTUs
 * only count where a step failed on one, so a pod MTU that changes on the first hop does not hide the
 * route that actually changed further on (Batfish's differential traceroute shows both traces; this names
 * the step to look at).
 */
import { podAddress, podCidrOf, type NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily } from '../model/topology';
import { IpAddress } from '../net';
import { walkPacket, type Step, type StepAction, type StepType, type Trace } from '../trace';
import type { Source } from '../trace/resolve';

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

/**
 * The packet reachabilityMatrix sends from node `a` to node `b` (src/engine/trace/reachability.ts
 * pairTrace: each end's first pod with an address of the family, else a stand-in at the pod CIDR's .2),
 * so a changed cell can be shown with its two full traces.
 */
export function nodePairTrace(snap: Snapshot, a: NodeInfo, b: NodeInfo, family: IpFamily, o: TraceOptionsLite): Trace {
  const from = representative(snap, a, family);
  const to = representative(snap, b, family);
  if (from.address === null || to.address === null) {
    const which = from.address === null ? a : b;
    return { disposition: 'INSUFFICIENT_INFO', hops: [], assumptions: [`node ${which.name} has no ${family} pod and no ${family} pod CIDR`] };
  }
  const standIns = new Map<string, NodeInfo>();
  if (from.standIn) standIns.set(from.address.toString(), a);
  if (to.standIn) standIns.set(to.address.toString(), b);
  const owner = from.standIn ? null : (snap.owners.get(from.address.toString()) ?? null);
  const pod = owner?.kind === 'pod' ? owner.pod : null;
  const src: Source = { kind: 'pod', endpoint: { key: pod?.key ?? `(representative ${from.address.toString()})`, node: a, pod }, address: from.address };
  const inner = { family, src: from.address.toString(), dst: to.address.toString(), protocol: 'TCP', srcPort: null, dstPort: o.port ?? null, size: o.packetSize ?? 100 } as const;
  return walkPacket(snap, src, { inner, outer: null }, standIns);
}

function representative(snap: Snapshot, node: NodeInfo, family: IpFamily): { address: IpAddress | null; standIn: boolean } {
  for (const p of snap.podsByNode.get(node.name) ?? []) {
    const ip = podAddress(p.pod, family);
    if (ip !== null) return { address: IpAddress.parse(ip), standIn: false };
  }
  const cidr = podCidrOf(node, family);
  return { address: cidr === null ? null : (cidr.nth(2) ?? null), standIn: true };
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
