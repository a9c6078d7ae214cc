/**
 * The extra underlay bytes a traffic matrix costs because of encapsulation.
 *
 * Endpoints resolve to weighted placements on nodes, through the pods of the topology:
 * - `node:<name>`: the node's own (host-network) stack, weight 1.
 * - `namespace:<ns>`: every scheduled pod of the namespace carries an equal share, so a node hosting three
 *   of its pods carries three shares.
 * - `service:<ns>/<name>`: every ready endpoint (of the entry's family, from the Service's EndpointSlices)
 *   carries an equal share — kube-proxy picks endpoints uniformly, not nodes — on the endpoint's node.
 * The bytes of an entry are spread over (from, to) placements by the product of the shares. A pair pays
 * the encapsulation only when the nodes differ, the pair encapsulates for the family (pairs.ts), and at
 * least one side is in the pod network (host-to-host traffic is plain underlay traffic).
 *
 * Packets are taken to be `packetSize` bytes (default: the sender's pod MTU, i.e. full-size packets, the
 * lower bound of the overhead); a size the path cannot carry is assumed shrunk by path-MTU discovery to
 * the largest that passes. Work is O(nodes + classes²) per entry: placements are folded into node classes.
 */
import type { IpFamily, Pod, Topology } from '../model/topology';
import { packetOutcome } from './fate';
import { encapsulates, type EncapPlan } from './pairs';

export const TRAFFIC_ENDPOINT_KINDS = ['namespace', 'node', 'service'] as const;
export type TrafficEndpointKind = (typeof TRAFFIC_ENDPOINT_KINDS)[number];

export interface TrafficEndpoint {
  readonly kind: TrafficEndpointKind;
  /** namespace: `<ns>`; node: `<name>`; service: `<ns>/<name>`. */
  readonly name: string;
}

export interface TrafficEntry {
  readonly from: TrafficEndpoint;
  readonly to: TrafficEndpoint;
  /** Pod-level (inner IP) bytes per second. */
  readonly bytesPerSecond: number;
  /** Default: the pod network's primary family. */
  readonly family?: IpFamily;
}

export interface TrafficResult {
  readonly from: TrafficEndpoint;
  readonly to: TrafficEndpoint;
  readonly family: IpFamily;
  readonly bytesPerSecond: number;
  readonly resolved: boolean;
  /** Why an endpoint resolved to no node; null when resolved. */
  readonly unresolved: string | null;
  /** Share of the bytes that cross an encapsulating node pair (0–1, 6 decimals). */
  readonly encapsulatedShare: number;
  /** Underlay bytes per second added by encapsulation (3 decimals). */
  readonly extraBytesPerSecond: number;
}

export interface TrafficReport {
  readonly entries: readonly TrafficResult[];
  readonly totalBytesPerSecond: number;
  readonly totalExtraBytesPerSecond: number;
}

/** What the traffic computation needs to know about each node (built once by overhead.ts). */
export interface NodeClassInfo {
  /** Nodes with equal subnet, host MTU and pod MTU share a class. */
  readonly classId: number;
  readonly subnet: string | null;
  readonly hostMtu: number;
  readonly podMtu: number | null;
  readonly headroom: number | null;
}

interface Placement {
  readonly node: string;
  readonly hostNetwork: boolean;
  readonly weight: number;
}

type Resolution = { readonly placements: Placement[]; readonly reason: null } | { readonly placements: []; readonly reason: string };

type PodIndex = ReadonlyMap<string, Pod>;

function podIndex(topology: Topology): PodIndex {
  return new Map(topology.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
}

function resolve(topology: Topology, pods: PodIndex, ep: TrafficEndpoint, family: IpFamily): Resolution {
  if (ep.kind === 'node') {
    return topology.nodes.some((n) => n.name === ep.name)
      ? { placements: [{ node: ep.name, hostNetwork: true, weight: 1 }], reason: null }
      : { placements: [], reason: `node ${ep.name} is not in the topology` };
  }
  if (ep.kind === 'namespace') {
    const pods = topology.pods.filter((p) => p.namespace === ep.name && p.nodeName !== null);
    if (pods.length === 0) return { placements: [], reason: `namespace ${ep.name} has no scheduled pods` };
    return { placements: pods.map((p) => ({ node: p.nodeName as string, hostNetwork: p.hostNetwork, weight: 1 / pods.length })), reason: null };
  }
  const slash = ep.name.indexOf('/');
  const ns = ep.name.slice(0, slash);
  const name = ep.name.slice(slash + 1);
  if (slash <= 0 || name === '') return { placements: [], reason: `service name "${ep.name}" is not <namespace>/<name>` };
  if (!topology.services.some((s) => s.namespace === ns && s.name === name)) return { placements: [], reason: `service ${ep.name} is not in the topology` };
  const slices = topology.endpointSlices.filter((s) => s.namespace === ns && s.serviceName === name);
  const ofFamily = slices.filter((s) => s.addressType === family);
  const seen = new Set<string>();
  const found: { node: string; hostNetwork: boolean }[] = [];
  for (const slice of ofFamily.length > 0 ? ofFamily : slices.filter((s) => s.addressType !== 'FQDN')) {
    for (const e of slice.endpoints) {
      if (!e.ready) continue;
      const key = e.targetPod !== null ? `pod:${e.targetPod.namespace}/${e.targetPod.name}` : `ip:${e.addresses.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const pod = e.targetPod === null ? undefined : pods.get(`${e.targetPod.namespace}/${e.targetPod.name}`);
      const node = e.nodeName ?? pod?.nodeName ?? null;
      if (node !== null) found.push({ node, hostNetwork: pod?.hostNetwork ?? false });
    }
  }
  if (found.length === 0) return { placements: [], reason: `service ${ep.name} has no ready endpoint on a known node` };
  return { placements: found.map((f) => ({ ...f, weight: 1 / found.length })), reason: null };
}

interface Folded {
  /** Per class: [pod-network weight, host-network weight]. */
  readonly byClass: Map<number, [number, number]>;
  readonly byNode: Map<string, [number, number]>;
}

function fold(placements: readonly Placement[], info: ReadonlyMap<string, NodeClassInfo>): Folded {
  const byClass = new Map<number, [number, number]>();
  const byNode = new Map<string, [number, number]>();
  for (const p of placements) {
    const ni = info.get(p.node);
    if (ni === undefined) continue;
    const idx = p.hostNetwork ? 1 : 0;
    const c = byClass.get(ni.classId) ?? [0, 0];
    c[idx] += p.weight;
    byClass.set(ni.classId, c);
    const n = byNode.get(p.node) ?? [0, 0];
    n[idx] += p.weight;
    byNode.set(p.node, n);
  }
  return { byClass, byNode };
}

/** Weight of (from, to) combinations except host↔host: pod·all + host·pod. */
const crossWeight = (f: readonly [number, number], t: readonly [number, number]): number => f[0] * (t[0] + t[1]) + f[1] * t[0];

export interface TrafficContext {
  readonly topology: Topology;
  readonly plan: EncapPlan;
  readonly nodes: ReadonlyMap<string, NodeClassInfo>;
  readonly classes: ReadonlyMap<number, NodeClassInfo>;
  readonly packetSize: number | null;
  readonly defaultFamily: IpFamily;
}

/** Extra bytes per inner byte on one class pair: (wire − size) / size at the packet size that actually crosses. */
function extraPerByte(ctx: TrafficContext, family: IpFamily, from: NodeClassInfo, to: NodeClassInfo): number {
  const fp = ctx.plan.families.find((f) => f.family === family);
  if (fp === undefined || from.podMtu === null) return 0;
  const base = { family, podMtu: from.podMtu, pathMtu: Math.min(from.hostMtu, to.hostMtu), encapsulated: true, encapsulation: fp.encapsulation, headroomOverride: from.headroom, dontFragment: true };
  let outcome = packetOutcome({ ...base, packetSize: Math.min(ctx.packetSize ?? from.podMtu, from.podMtu) });
  if (outcome.fate !== 'fits' && outcome.limit > 0) outcome = packetOutcome({ ...base, packetSize: outcome.limit });
  if (outcome.fate !== 'fits') return 0;
  return (outcome.wireBytes - outcome.packetSize) / outcome.packetSize;
}

export function trafficReport(ctx: TrafficContext, entries: readonly TrafficEntry[]): TrafficReport {
  const pods = podIndex(ctx.topology);
  const results: TrafficResult[] = entries.map((entry) => {
    const family = entry.family ?? ctx.defaultFamily;
    const from = resolve(ctx.topology, pods, entry.from, family);
    const to = resolve(ctx.topology, pods, entry.to, family);
    const reason = from.reason ?? to.reason;
    const base = { from: entry.from, to: entry.to, family, bytesPerSecond: entry.bytesPerSecond };
    if (reason !== null) return { ...base, resolved: false, unresolved: reason, encapsulatedShare: 0, extraBytesPerSecond: 0 };
    const F = fold(from.placements, ctx.nodes);
    const T = fold(to.placements, ctx.nodes);
    let share = 0;
    let extra = 0;
    for (const [gid, fw] of F.byClass) {
      const g = ctx.classes.get(gid) as NodeClassInfo;
      for (const [hid, tw] of T.byClass) {
        const h = ctx.classes.get(hid) as NodeClassInfo;
        if (!encapsulates(ctx.plan, family, g.subnet, h.subnet)) continue;
        let w = crossWeight(fw, tw);
        // Same class: take out the same-node combinations, which never leave the node.
        if (gid === hid) {
          for (const [node, nw] of F.byNode) {
            const other = T.byNode.get(node);
            if (other !== undefined && ctx.nodes.get(node)?.classId === gid) w -= crossWeight(nw, other);
          }
        }
        if (w <= 1e-12) continue; // float residue of the same-node subtraction
        share += w;
        extra += entry.bytesPerSecond * w * extraPerByte(ctx, family, g, h);
      }
    }
    return { ...base, resolved: true, unresolved: null, encapsulatedShare: Math.round(share * 1e6) / 1e6, extraBytesPerSecond: Math.round(extra * 1000) / 1000 };
  });
  const totalBytes = results.reduce((s, r) => s + r.bytesPerSecond, 0);
  const totalExtra = results.reduce((s, r) => s + r.extraBytesPerSecond, 0);
  return { entries: results, totalBytesPerSecond: totalBytes, totalExtraBytesPerSecond: Math.round(totalExtra * 1000) / 1000 };
}
