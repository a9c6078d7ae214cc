/**
 * The state of one trace while it runs: the hops and steps recorded so far, the assumptions relied on, the
 * locations already visited (loop detection), and the packet. Hop handlers (podHop, hostHop, routerHop)
 * take a location and a packet, record steps, and return where the packet goes next or how it ended.
 */
import type { Snapshot } from '../model/snapshot';
import type { NodeInfo, PodInfo, SubnetInfo } from '../model/indexes';
import type { PolicySubject } from '../policy/types';
import type { Disposition, Header, Hop, PacketHeaders, Step, StepAction, StepDetail, StepType } from './types';

/** A pod the packet can be delivered to: a real pod, or a stand-in at an address (reachability matrices). */
export interface PodEndpoint {
  /** `<ns>/<name>`, or `(representative <ip>)` for a stand-in. */
  readonly key: string;
  readonly node: NodeInfo;
  readonly pod: PodInfo | null;
}

export type Location =
  | { readonly kind: 'pod'; readonly endpoint: PodEndpoint; readonly arriving: boolean }
  | { readonly kind: 'host'; readonly node: NodeInfo; readonly ingress: string | null }
  | { readonly kind: 'router'; readonly from: SubnetInfo | null };

/** One way a forking step continues: its probability, the endpoint it chose, and the rest of the step. */
export interface Fork {
  readonly probability: number;
  readonly endpoint: string | null;
  /** Records the branch's own steps on `walk` (a copy of the walk so far) and says where the packet goes. */
  readonly resume: (walk: Walk) => Next;
}

export type Next =
  | { readonly kind: 'go'; readonly loc: Location; readonly packet: PacketHeaders }
  | { readonly kind: 'end'; readonly disposition: Disposition }
  /** The packet takes one of several ways (kube-proxy's endpoint choice, several DNS addresses). */
  | { readonly kind: 'fork'; readonly branches: readonly Fork[] };

export const end = (disposition: Disposition): Next => ({ kind: 'end', disposition });
export const go = (loc: Location, packet: PacketHeaders): Next => ({ kind: 'go', loc, packet });
export const fork = (branches: readonly Fork[]): Next => ({ kind: 'fork', branches });

/** A SNAT kube-proxy asked for (the packet carries KUBE-MARK-MASQ's mark): done by KUBE-POSTROUTING when the packet leaves `node`. */
export interface PendingMasquerade {
  readonly node: string;
  /** The KUBE-POSTROUTING rules that do it, and the rule that marked the packet. */
  readonly rules: readonly string[];
  readonly markedBy: string;
}

/** At most this many hops; a packet still moving after that is looping (like an IP TTL running out). */
export const MAX_HOPS = 64;

interface HopDraft {
  readonly node: string;
  readonly netns: string;
  readonly steps: Step[];
}

export class Walk {
  private hops: HopDraft[] = [];
  private assumed = new Set<string>();
  private visited = new Set<string>();
  /** Conntrack's view of the connection: kube-proxy DNAT-ed it already (it is not translated again). */
  dnatDone = false;
  masquerade: PendingMasquerade | null = null;
  /** This branch's probability and the endpoint it chose (1 and null until a fork). */
  probability = 1;
  endpoint: string | null = null;
  /** The pod policies judge egress for (policyHop.ts), and whether that was done. */
  policySender: PolicySubject | null = null;
  egressJudged = false;

  constructor(
    readonly snap: Snapshot,
    /** Stand-in pods by address (reachability matrices trace to nodes that may have no pod). */
    readonly standIns: ReadonlyMap<string, NodeInfo> = new Map(),
  ) {}

  /** An independent copy of the walk so far, for one branch of a fork. */
  fork(probability: number, endpoint: string | null): Walk {
    const w = new Walk(this.snap, this.standIns);
    w.hops = this.hops.map((h) => ({ node: h.node, netns: h.netns, steps: [...h.steps] }));
    w.assumed = new Set(this.assumed);
    w.visited = new Set(this.visited);
    w.dnatDone = this.dnatDone;
    w.masquerade = this.masquerade;
    w.probability = this.probability * probability;
    w.endpoint = endpoint ?? this.endpoint;
    w.policySender = this.policySender;
    w.egressJudged = this.egressJudged;
    return w;
  }

  enter(node: string, netns: string): void {
    const last = this.hops[this.hops.length - 1];
    if (last !== undefined && last.node === node && last.netns === netns) return;
    this.hops.push({ node, netns, steps: [] });
  }

  step(type: StepType, action: StepAction, detail: StepDetail): void {
    const hop = this.hops[this.hops.length - 1];
    if (hop === undefined) throw new Error('invariant: step recorded before any hop');
    hop.steps.push({ type, action, detail });
  }

  assume(text: string): void {
    this.assumed.add(text);
  }

  /** Records a visit; true when this exact location and packet were seen before (a loop). */
  revisits(key: string): boolean {
    if (this.visited.has(key)) return true;
    this.visited.add(key);
    return false;
  }

  result(): { hops: Hop[]; assumptions: string[] } {
    return { hops: this.hops.map((h) => ({ node: h.node, netns: h.netns, steps: [...h.steps] })), assumptions: [...this.assumed] };
  }
}

/** The header routing decisions are made on: the outer one while tunnelled. */
export function current(p: PacketHeaders): Header {
  return p.outer ?? p.inner;
}

export function withInner(p: PacketHeaders, inner: Partial<Header>): PacketHeaders {
  return { inner: { ...p.inner, ...inner }, outer: p.outer };
}

export function locationKey(loc: Location, p: PacketHeaders): string {
  const where = loc.kind === 'pod' ? `pod:${loc.endpoint.key}:${loc.arriving}` : loc.kind === 'host' ? `host:${loc.node.name}` : 'router';
  return `${where}|${p.inner.src}>${p.inner.dst}|${p.outer === null ? '' : `${p.outer.src}>${p.outer.dst}`}`;
}

export function netnsOf(endpoint: PodEndpoint): string {
  return `pod:${endpoint.key}`;
}
