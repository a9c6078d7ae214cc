/**
 * kube-proxy's decision for one packet on one node: `translateAt` (src/engine/services/kubeproxy) evaluated
 * over the rules of only the Services the packet can match.
 *
 * Why a subset: `translateAt` renders a node's whole rule set once per topology but parses and walks it on
 * every call; with 10,000 Services that is ~100,000 rules per packet (far beyond a trace's budget of a
 * millisecond or two). A rule of Service S can only match a packet whose destination is one of S's addresses
 * (ClusterIP, externalIP, load-balancer IP) or whose destination port is one of S's NodePorts or its
 * health-check NodePort — every rule kube-proxy writes for S tests one of those (iptables proxier.go
 * `writeServiceToEndpointRules` and the capture rules of `syncProxyRules`); the remaining rules (KUBE-MARK-MASQ,
 * KUBE-POSTROUTING, the jump chains, KUBE-FIREWALL) are the same in every rendering. The filter chains see
 * the packet after DNAT (translate.ts refinement 2), so the Services answering on a DNAT target are added in a
 * second pass. The answer is therefore the one the full rule set gives; tests compare the two.
 *
 * One difference in text, restored here: with more than 1000 endpoints in the whole cluster kube-proxy drops
 * the `-m comment` of the KUBE-SVC → KUBE-SEP jumps and of the KUBE-SEP rules (`largeClusterMode`, proxier.go
 * `largeClusterEndpointsThreshold`); a small subset would keep them, so they are removed when the full
 * topology is large.
 */
import type { Snapshot } from '../model/snapshot';
import type { IpFamily, Service, Topology } from '../model/topology';
import { translateAt, type NodeTranslation, type Packet, type TranslateBranch } from '../services/kubeproxy';
import { isLargeCluster, prepare } from '../services/kubeproxy/prepare';
import { serviceIndexOf, serviceKeyOf, type ServiceIndex } from './services';

/** Sub-topologies by the set of Services they keep: the same object for the same set, so translateAt's render memo hits. */
const subsets = new WeakMap<Topology, Map<string, Topology>>();
const large = new WeakMap<Topology, Map<IpFamily, boolean>>();

function relevant(idx: ServiceIndex, address: string, port: number, into: Set<Service>): void {
  for (const e of idx.byAddress.get(address) ?? []) into.add(e.service);
  for (const s of idx.byNodePort.get(port) ?? []) into.add(s);
  for (const s of idx.byHealthCheckPort.get(port) ?? []) into.add(s);
}

function subset(topology: Topology, idx: ServiceIndex, chosen: ReadonlySet<Service>): Topology {
  const services = [...chosen].sort((a, b) => idx.position.get(a)! - idx.position.get(b)!);
  const key = services.map((s) => idx.position.get(s)).join(',');
  let perTopology = subsets.get(topology);
  if (perTopology === undefined) subsets.set(topology, (perTopology = new Map()));
  let sub = perTopology.get(key);
  if (sub === undefined) {
    const slices = [...new Set(services.flatMap((s) => idx.slicesByService.get(serviceKeyOf(s)) ?? []))];
    const endpointSlices = slices.sort((a, b) => idx.slicePosition.get(a)! - idx.slicePosition.get(b)!);
    sub = { ...topology, services, endpointSlices };
    perTopology.set(key, sub);
  }
  return sub;
}

/** Whether the full topology puts kube-proxy in large-cluster mode for `family` (the count does not depend on the node). */
function isLarge(topology: Topology, family: IpFamily, nodeName: string): boolean {
  let perTopology = large.get(topology);
  if (perTopology === undefined) large.set(topology, (perTopology = new Map()));
  let v = perTopology.get(family);
  if (v === undefined) {
    const p = prepare(topology, nodeName, { family }).families[0];
    v = p !== undefined && isLargeCluster(p);
    perTopology.set(family, v);
  }
  return v;
}

const SVC_JUMP = /^(-A KUBE-(?:SVC|SVL)-\S+) -m comment --comment "[^"]*"( .*-j KUBE-SEP-\S+)$/;
const SEP_RULE = /^(-A KUBE-SEP-\S+) -m comment --comment \S+( .*)$/;

function elideComments(b: TranslateBranch): TranslateBranch {
  return Object.freeze({ ...b, rules: Object.freeze(b.rules.map((r) => r.replace(SVC_JUMP, '$1$2').replace(SEP_RULE, '$1$2'))) });
}

const elidedOf = new WeakMap<NodeTranslation, NodeTranslation>();

function splitHostPort(s: string): [string, number] {
  const m = /^\[(.*)\]:(\d+)$/.exec(s) ?? /^([^:]*):(\d+)$/.exec(s);
  return m === null ? [s, 0] : [m[1]!, Number(m[2])];
}

/**
 * What kube-proxy's iptables rules on `nodeName` do to `packet`. `localAddresses` are the host's addresses
 * for `addrtype LOCAL` (the defaults plus any bridge or tunnel address the packet uses).
 */
export function translateService(snap: Snapshot, nodeName: string, packet: Packet, localAddresses: readonly string[]): NodeTranslation {
  const idx = serviceIndexOf(snap);
  const chosen = new Set<Service>();
  relevant(idx, packet.destination, packet.port, chosen);
  const options = { localAddresses };
  let t = translateAt(subset(snap.topology, idx, chosen), nodeName, packet, options);
  const more = new Set(chosen);
  for (const b of t.branches) {
    if (b.dnat === null) continue;
    const [ip, port] = splitHostPort(b.dnat);
    relevant(idx, ip, port, more);
  }
  if (more.size > chosen.size) t = translateAt(subset(snap.topology, idx, more), nodeName, packet, options);
  const family: IpFamily = packet.destination.includes(':') ? 'IPv6' : 'IPv4';
  if (t.errors.length === 0 && isLarge(snap.topology, family, nodeName)) {
    // translateAt answers the same object for the same evaluation: the regexes run once per answer, not per trace.
    let elided = elidedOf.get(t);
    if (elided === undefined) elidedOf.set(t, (elided = Object.freeze({ ...t, branches: Object.freeze(t.branches.map(elideComments)) })));
    t = elided;
  }
  return t;
}
