/**
 * Reachability: one trace reduced to yes/no, and the matrix of pod→pod dispositions between groups of
 * nodes (subnets, zones or single nodes), computed per route-shape class pair (classes.ts) rather than per
 * node pair.
 */
import { podAddress, podCidrOf, type NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily } from '../model/topology';
import { IpAddress } from '../net';
import { primaryFamily } from '../overlay';
import { classesOf, type NodeClass } from './classes';
import type { Source } from './resolve';
import { trace, walkPacket } from './tracer';
import { SUCCESS_DISPOSITIONS, type Disposition, type StepType, type TargetInput, type Trace, type TraceOptions } from './types';

export interface Reachability {
  /** DELIVERED, or EXITS_CLUSTER (the packet left toward an outside destination; the model follows it no further). */
  readonly reachable: boolean;
  readonly disposition: Disposition | null;
  readonly trace: Trace | null;
  readonly errors: readonly string[];
}

export function reachability(snapshot: Snapshot, from: TargetInput, to: TargetInput, options: TraceOptions = {}): Reachability {
  const answer = trace(snapshot, from, to, options);
  const disposition = answer.trace?.disposition ?? null;
  return { reachable: disposition !== null && SUCCESS_DISPOSITIONS.has(disposition), disposition, trace: answer.trace, errors: answer.errors };
}

export const GROUP_BYS = ['subnet', 'node', 'zone'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface MatrixOptions extends Omit<TraceOptions, 'family'> {
  readonly groupBy: GroupBy;
  readonly family?: IpFamily;
}

export interface DecidingStep {
  readonly node: string;
  readonly netns: string;
  readonly type: StepType;
  readonly summary: string;
}

export interface MatrixOutcome {
  readonly disposition: Disposition;
  /** Ordered node pairs of the cell with this outcome. */
  readonly nodePairs: number;
  readonly example: { readonly from: string; readonly to: string };
  /** The last step of the example trace: what decided. */
  readonly decidingStep: DecidingStep | null;
}

export interface MatrixCell {
  readonly from: string;
  readonly to: string;
  readonly nodePairs: number;
  /** The disposition of every node pair of the cell, or MIXED when they differ (see outcomes). */
  readonly disposition: Disposition | 'MIXED';
  readonly outcomes: readonly MatrixOutcome[];
}

export interface ReachabilityMatrix {
  readonly groupBy: GroupBy;
  readonly family: IpFamily;
  readonly groups: readonly { readonly name: string; readonly nodes: number; readonly classes: number }[];
  readonly cells: readonly MatrixCell[];
  /** Traces actually run (one per class pair), against nodePairs covered. */
  readonly tracesRun: number;
  readonly assumptions: readonly string[];
}

function groupName(node: NodeInfo, by: GroupBy): string {
  if (by === 'node') return node.name;
  if (by === 'zone') return node.zone ?? '(no zone)';
  return node.node.subnet ?? node.subnetV4?.name ?? node.subnetV6?.name ?? '(no subnet)';
}

interface PodRep {
  readonly address: IpAddress | null;
  /** true when no pod of the node has an address of the family: a stand-in at the pod CIDR's .2. */
  readonly standIn: boolean;
}

/** A pod address on the node: its first pod's, else the first address host-local IPAM hands out (.2). */
function representative(snap: Snapshot, node: NodeInfo, family: IpFamily): PodRep {
  for (const p of snap.podsByNode.get(node.name) ?? []) {
    const ip = podAddress(p.pod, family);
    if (ip !== null) return { address: IpAddress.parse(ip), standIn: false };
  }
  const cidr = podCidrOf(node, family);
  return { address: cidr === null ? null : (cidr.nth(2) ?? null), standIn: true };
}

/**
 * The pod→pod packet the matrix sends from node `a` to node `b`: each end's first pod with an address of the family, else a
 * stand-in at the pod CIDR's .2. Exported so a diff can show a changed cell with its two full traces (src/engine/planner).
 */
export function pairTrace(snap: Snapshot, a: NodeInfo, b: NodeInfo, family: IpFamily, o: Pick<TraceOptions, 'port' | 'protocol' | 'packetSize'>): Trace {
  const from = representative(snap, a, family);
  const to = representative(snap, b, family);
  if (from.address === null || to.address === null) {
    const which = from.address === null ? a : b;
    return { disposition: 'INSUFFICIENT_INFO', hops: [], assumptions: [`node ${which.name} has no ${family} pod and no ${family} pod CIDR`] };
  }
  const standIns = new Map<string, NodeInfo>();
  if (from.standIn) standIns.set(from.address.toString(), a);
  if (to.standIn) standIns.set(to.address.toString(), b);
  const pod = from.standIn ? null : (snap.owners.get(from.address.toString()) ?? null);
  const src: Source = { kind: 'pod', endpoint: { key: pod?.kind === 'pod' ? pod.pod.key : `(representative ${from.address.toString()})`, node: a, pod: pod?.kind === 'pod' ? pod.pod : null }, address: from.address };
  const inner = { family, src: from.address.toString(), dst: to.address.toString(), protocol: o.protocol ?? 'TCP', srcPort: null, dstPort: o.port ?? null, size: o.packetSize ?? 100 } as const;
  return walkPacket(snap, src, { inner, outer: null }, standIns);
}

function decidingStep(t: Trace): DecidingStep | null {
  const hop = t.hops[t.hops.length - 1];
  const s = hop?.steps[hop.steps.length - 1];
  return hop === undefined || s === undefined ? null : { node: hop.node, netns: hop.netns, type: s.type, summary: s.detail.summary };
}

interface ClassPair {
  readonly a: NodeInfo;
  readonly b: NodeInfo;
  /** Memo key: traces with equal keys have equal outcomes. */
  readonly key: string;
  readonly count: number;
}

/**
 * The node pairs of two groups as class pairs. A source with explicit routes may single out any other
 * node's pod CIDR, so from such a node every destination node is its own pair.
 */
function classPairs(ga: readonly NodeClass[], gb: readonly NodeClass[], same: boolean): ClassPair[] {
  const out: ClassPair[] = [];
  for (const ca of ga) {
    for (const cb of gb) {
      const sameClass = same && ca === cb;
      if (ca.key.startsWith('explicit:')) {
        const a = ca.nodes[0]!;
        for (const b of cb.nodes) if (b !== a) out.push({ a, b, key: `${ca.key}>${b.name}`, count: 1 });
        continue;
      }
      const count = sameClass ? ca.nodes.length * (ca.nodes.length - 1) : ca.nodes.length * cb.nodes.length;
      if (count > 0) out.push({ a: ca.nodes[0]!, b: sameClass ? cb.nodes[1]! : cb.nodes[0]!, key: `${ca.key}>${cb.key}>${sameClass}`, count });
    }
  }
  // A group of one node: its only pair is pod→pod on that node.
  const only = ga[0]?.nodes[0];
  if (same && out.length === 0 && only !== undefined) out.push({ a: only, b: only, key: `${ga[0]!.key}>self`, count: 1 });
  return out;
}

export function reachabilityMatrix(snapshot: Snapshot, options: MatrixOptions): ReachabilityMatrix {
  const family = options.family ?? primaryFamily(snapshot.topology);
  const groups = new Map<string, NodeInfo[]>();
  for (const n of snapshot.nodes) {
    const g = groupName(n, options.groupBy);
    const list = groups.get(g);
    if (list === undefined) groups.set(g, [n]);
    else list.push(n);
  }
  const classes = new Map([...groups].map(([g, nodes]) => [g, classesOf(snapshot, nodes, family)] as const));
  const memo = new Map<string, Trace>();
  const assumptions = new Set<string>();
  const cells: MatrixCell[] = [];
  for (const [from, ga] of classes) {
    for (const [to, gb] of classes) {
      const outcomes = new Map<Disposition, MatrixOutcome>();
      for (const p of classPairs(ga, gb, from === to)) {
        let t = memo.get(p.key);
        if (t === undefined) {
          t = pairTrace(snapshot, p.a, p.b, family, options);
          memo.set(p.key, t);
          for (const a of t.assumptions) assumptions.add(a);
        }
        const prev = outcomes.get(t.disposition);
        outcomes.set(t.disposition, prev === undefined ? { disposition: t.disposition, nodePairs: p.count, example: { from: p.a.name, to: p.b.name }, decidingStep: decidingStep(t) } : { ...prev, nodePairs: prev.nodePairs + p.count });
      }
      const list = [...outcomes.values()];
      cells.push({ from, to, nodePairs: list.reduce((s, o) => s + o.nodePairs, 0), disposition: list.length === 1 ? list[0]!.disposition : 'MIXED', outcomes: list });
    }
  }
  const groupList = [...groups].map(([name, nodes]) => ({ name, nodes: nodes.length, classes: classes.get(name)!.length }));
  return { groupBy: options.groupBy, family, groups: groupList, cells, tracesRun: memo.size, assumptions: [...assumptions] };
}
