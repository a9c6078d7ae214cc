/**
 * NetworkPolicy in a trace: the step where the data plane judges the packet (../policy evaluates).
 *
 * - **Egress** is judged on the source pod's node, after kube-proxy's DNAT (Calico's and Cilium's policy run in
 *   the forward path behind nat PREROUTING; a ClusterIP connection is so judged against the chosen endpoint pod),
 *   or on the bridge for pod-to-pod traffic a bridge plugin switches at L2.
 * - **Ingress** is judged where the packet is delivered into the destination pod's namespace, against the
 *   packet's source address as it arrives (a masqueraded packet comes from its node).
 *
 * A denied packet ends `DENIED` with the deciding policy and rule (or "no rule allows", with the policies that
 * isolate the pod). An allowed one records which rules allowed it. Where the CNI does not enforce policies the
 * step says what they would decide and the packet goes on. A topology without any policy gets no step at all.
 * Reply traffic of an allowed connection is allowed (conntrack); a trace follows one direction only.
 */
import type { Snapshot } from '../model/snapshot';
import { policyModelOfTopology } from '../policy/fromTopology';
import { IpAddress } from '../net';
import { compilePolicies, subjectKey, type CompiledPolicies, type PeerView } from '../policy/compile';
import { ConnectionSet } from '../policy/connectionSet';
import { evaluateDirection, type DirectionResult, type RuleRef } from '../policy/evaluate';
import type { PolicyDirection, PolicySubject } from '../policy/types';
import type { PacketHeaders, PolicyStepDetail } from './types';
import { end, type Next, type Walk } from './walk';

const compiled = new WeakMap<Snapshot, CompiledPolicies>();

/** The snapshot's policies, compiled once per snapshot (snapshots are immutable and cached per topology version). */
export function compiledPoliciesOf(snap: Snapshot): CompiledPolicies {
  let c = compiled.get(snap);
  if (c === undefined) {
    c = compilePolicies(policyModelOfTopology(snap.topology), { cniPlugin: snap.topology.cni.plugin });
    compiled.set(snap, c);
  }
  return c;
}

/** The compiled policies, or null when the topology has none (then traces skip policy entirely). */
export function policiesOf(snap: Snapshot): CompiledPolicies | null {
  const t = snap.topology;
  const any = (t.networkPolicies?.length ?? 0) + (t.adminNetworkPolicies?.length ?? 0) + (t.baselineAdminNetworkPolicies?.length ?? 0) > 0;
  return any ? compiledPoliciesOf(snap) : null;
}

/** The subject a pod source sends as (null: not a pod, or a hostNetwork pod, which policies never select). */
export function senderSubject(snap: Snapshot, podKey: string | null): PolicySubject | null {
  const c = podKey === null ? null : policiesOf(snap);
  if (c === null || podKey === null) return null;
  const s = c.subjectByKey.get(podKey) ?? null;
  return s === null || s.hostNetwork ? null : s;
}

function viewOf(c: CompiledPolicies, address: string): PeerView {
  const ip = IpAddress.tryParse(address) ?? null;
  const subject = c.subjectByIp.get(address) ?? null;
  if (subject !== null && !subject.hostNetwork) return { subject, namespaceLabels: c.labelsOf(subject.namespace), ip, node: null };
  return { subject: null, namespaceLabels: null, ip, node: c.nodeByIp.get(address) ?? (subject?.node ? (c.nodeByName.get(subject.node) ?? null) : null) };
}

export function formatRule(r: RuleRef): string {
  const where = `${r.direction.toLowerCase()}[${r.index}]`;
  if (r.tier === 'NetworkPolicy') return `NetworkPolicy ${r.policy} ${where}`;
  return `${r.tier} ${r.policy} ${where}${r.name === null ? '' : ` "${r.name}"`} (${r.action})`;
}

function describeEnd(v: PeerView, address: string): string {
  if (v.subject !== null) return `pod ${subjectKey(v.subject)}`;
  if (v.node !== null) return `node ${v.node.name} (${address})`;
  return address;
}

function connections(packet: PacketHeaders): ConnectionSet {
  const h = packet.inner;
  const protocol = h.protocol === 'TCP' || h.protocol === 'UDP' || h.protocol === 'SCTP' ? h.protocol : 'TCP';
  return h.dstPort === null ? ConnectionSet.protocol(protocol) : ConnectionSet.ports(protocol, h.dstPort);
}

function verdictSummary(r: DirectionResult, selected: string, peer: string, allowed: boolean): string {
  const dir = r.direction === 'Egress' ? `egress of ${selected} to ${peer}` : `ingress of ${selected} from ${peer}`;
  if (r.decidedIn === 'none' || (r.decidedIn === 'default' && r.isolatedBy.length === 0 && r.rule === null)) return `${dir}: allowed (no policy isolates ${selected} for ${r.direction.toLowerCase()})`;
  if (r.decidedIn === 'AdminNetworkPolicy' || r.decidedIn === 'BaselineAdminNetworkPolicy') return `${dir}: ${allowed ? 'allowed' : 'denied'} by ${formatRule(r.rule!)}`;
  if (allowed) return `${dir}: allowed by ${r.allowedBy.map(formatRule).join(', ')}`;
  return `${dir}: denied — no rule allows it; isolated by NetworkPolicy ${r.isolatedBy.join(', ')}`;
}

/**
 * Judge one direction and record the step. Returns null when the packet goes on, or the end (DENIED). `selected` is
 * the pod the policies apply to (the sender for Egress, the receiver for Ingress); `peerAddress` the other end.
 */
function judge(walk: Walk, c: CompiledPolicies, direction: PolicyDirection, selected: PolicySubject, peerAddress: string, dst: PolicySubject | null, packet: PacketHeaders): Next | null {
  const settings = c.settings;
  const peer = viewOf(c, peerAddress);
  const selectedName = `pod ${subjectKey(selected)}`;
  const peerName = describeEnd(peer, peerAddress);
  const detail = (verdict: PolicyStepDetail['verdict'], r: DirectionResult | null): PolicyStepDetail => ({
    direction,
    verdict,
    enforced: c.enforcement.enforced,
    decidedIn: r?.decidedIn ?? 'none',
    rule: r?.rule ? formatRule(r.rule) : null,
    allowedBy: (r?.allowedBy ?? []).map(formatRule),
    isolatedBy: [...(r?.isolatedBy ?? [])],
  });
  if (peer.subject !== null && peer.subject === selected && settings.podToItself === 'allowed') {
    walk.assume('A pod\'s traffic to itself is never judged by policy (spec.networkPolicy.podToItself: allowed; "a pod cannot block access to itself")');
    return null;
  }
  if (peer.node !== null && peer.node.name === selected.node && settings.ownNode === 'allowed') {
    walk.assume('Traffic between a pod and its own node is always allowed (spec.networkPolicy.ownNode: allowed, as the NetworkPolicy API states)');
    walk.step('policy', 'ACCEPTED', { summary: `${direction.toLowerCase()} between ${selectedName} and its own node is always allowed`, policy: detail('allowed', null), packetIn: packet, packetOut: packet });
    return null;
  }
  if (peer.subject !== null) {
    walk.assume(settings.ipBlockSelectsPodIPs ? 'ipBlocks match cluster pods by their pod IPs (spec.networkPolicy.ipBlockSelectsPodIPs: true, as Kubernetes\' e2e tests expect)' : 'ipBlocks never match cluster pods (spec.networkPolicy.ipBlockSelectsPodIPs: false)');
  }
  walk.assume(c.enforcement.assumption);
  const q = connections(packet);
  const r = evaluateDirection(c, direction, selected, peer, dst, q);
  const allowed = !r.allowed.isEmpty();
  if (packet.inner.dstPort === null) walk.assume('No destination port was given: policy is judged for any port of the protocol (allowed if some port is)');
  const summary = verdictSummary(r, selectedName, peerName, allowed);
  if (allowed) {
    walk.step('policy', 'ACCEPTED', { summary, policy: detail('allowed', r), packetIn: packet, packetOut: packet });
    return null;
  }
  if (!c.enforcement.enforced) {
    walk.step('policy', 'ACCEPTED', { summary: `${summary} — but policies are not enforced here, so the packet goes on`, policy: detail('denied', r), packetIn: packet, packetOut: packet });
    return null;
  }
  walk.step('policy', 'DENIED', { summary, policy: detail('denied', r), packetIn: packet, packetOut: null });
  return end('DENIED');
}

/** Egress on the sender's node: once per trace, after DNAT (the packet as it is about to be routed). */
export function judgeEgress(walk: Walk, node: string, packet: PacketHeaders): Next | null {
  const sender = walk.policySender;
  if (sender === null || walk.egressJudged || packet.outer !== null || sender.node !== node) return null;
  walk.egressJudged = true;
  const c = policiesOf(walk.snap)!;
  const dst = viewOf(c, packet.inner.dst).subject;
  return judge(walk, c, 'Egress', sender, packet.inner.dst, dst, packet);
}

/** Ingress where the packet enters the destination pod (a hostNetwork pod, or none, is never selected). */
export function judgeIngress(walk: Walk, podKey: string | null, packet: PacketHeaders): Next | null {
  const c = podKey === null ? null : policiesOf(walk.snap);
  if (c === null || podKey === null) return null;
  const receiver = c.subjectByKey.get(podKey) ?? null;
  if (receiver === null || receiver.hostNetwork) return null;
  return judge(walk, c, 'Ingress', receiver, packet.inner.src, receiver, packet);
}
