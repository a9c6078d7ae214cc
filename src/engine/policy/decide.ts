/**
 * `decidePolicy`: is one connection (source, destination, protocol, port) allowed by the cluster's policies, and
 * why. The data plane judges egress on the source's node, then ingress on the destination's node; a connection
 * needs both (concept page, "Isolated and Non-isolated Pods": "both the egress policy on the source pod and the
 * ingress policy on the destination pod need to allow the connection"). Reply traffic of an allowed connection is
 * allowed (connection tracking), so only the initiating direction is ever judged.
 *
 * Exceptions the API states, applied before any policy (each a setting, stated in the assumptions):
 * - a pod's traffic to itself (`podToItself`: "a pod cannot block access to itself");
 * - traffic between a pod and its own node (`ownNode`: "traffic to and from the node where a Pod is running is
 *   always allowed, regardless of the IP address of the Pod or the node");
 * - hostNetwork pods are never selected: their side is not judged, and they are matched only as their node's
 *   address (ipBlock / ANP `nodes`).
 */
import { IpAddress } from '../net';
import type { CompiledPolicies, PeerView } from './compile';
import { ConnectionSet } from './connectionSet';
import { evaluateDirection, evaluatePoint, type DirectionResult } from './evaluate';
import type { PolicyDirection, PolicySubject, Protocol } from './types';

/** A connection end: a pod / workload, a node, or an address (resolved to its pod or node when it has one). */
export type PolicyEndpoint =
  | { readonly kind: 'subject'; readonly subject: PolicySubject; readonly ip?: string | null }
  | { readonly kind: 'node'; readonly node: string; readonly ip?: string | null }
  | { readonly kind: 'ip'; readonly ip: string };

export interface PolicyConnection {
  readonly from: PolicyEndpoint;
  readonly to: PolicyEndpoint;
  readonly protocol: Protocol;
  readonly port: number;
}

export type DirectionReason =
  | 'not-a-pod' // the end is an address or a node: nothing to judge on this side
  | 'host-network' // hostNetwork pods are not selected by policies
  | 'pod-to-itself'
  | 'own-node'
  | 'not-selected' // no policy of any tier applies: allowed by default
  | 'allowed-by-rule'
  | 'denied-by-rule' // an ANP / BANP Deny rule
  | 'no-rule-allows'; // isolated by NetworkPolicies, none of whose rules match

export interface DirectionVerdict {
  readonly direction: PolicyDirection;
  readonly allowed: boolean;
  readonly reason: DirectionReason;
  readonly result: DirectionResult | null;
}

export interface PolicyDecision {
  /** What the data plane does: false only when policies deny AND they are enforced. */
  readonly allowed: boolean;
  /** What the policies say, enforced or not. */
  readonly policyAllows: boolean;
  readonly enforced: boolean;
  /** The side that denies first (egress is judged first, on the source node), or null. */
  readonly deniedAt: PolicyDirection | null;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
  readonly assumptions: readonly string[];
}

interface Resolved {
  readonly view: PeerView;
  /** The selectable pod (never hostNetwork), or null. */
  readonly pod: PolicySubject | null;
  /** The hostNetwork pod, if that is what the end is. */
  readonly hostPod: PolicySubject | null;
}

function parseIp(ip: string | null | undefined): IpAddress | null {
  if (ip === null || ip === undefined) return null;
  return IpAddress.tryParse(ip) ?? null;
}

export function resolveEndpoint(c: CompiledPolicies, e: PolicyEndpoint): Resolved {
  if (e.kind === 'subject') {
    const s = e.subject;
    // A pod's own addresses are parsed only if an ipBlock asks (npPeerMatches reads subject.ips then).
    const ip = parseIp(e.ip ?? null);
    if (c.asNode(s)) {
      const node = s.node === null ? null : (c.nodeByName.get(s.node) ?? null);
      return { view: { subject: null, namespaceLabels: null, ip: ip ?? parseIp(s.ips[0] ?? node?.ips[0]), node }, pod: null, hostPod: s };
    }
    return { view: { subject: s, namespaceLabels: c.labelsOf(s.namespace), ip, node: null }, pod: s, hostPod: null };
  }
  if (e.kind === 'node') {
    const node = c.nodeByName.get(e.node) ?? null;
    return { view: { subject: null, namespaceLabels: null, ip: parseIp(e.ip ?? node?.ips[0]), node }, pod: null, hostPod: null };
  }
  const pod = c.subjectByIp.get(e.ip);
  if (pod !== undefined) return resolveEndpoint(c, { kind: 'subject', subject: pod, ip: e.ip });
  const node = c.nodeByIp.get(e.ip) ?? null;
  return { view: { subject: null, namespaceLabels: null, ip: parseIp(e.ip), node }, pod: null, hostPod: null };
}

/** The node an end runs on (a pod's node, a node itself), for the own-node exception. */
function nodeOf(r: Resolved): string | null {
  return r.pod?.node ?? r.view.node?.name ?? null;
}

function verdict(direction: PolicyDirection, result: DirectionResult): DirectionVerdict {
  const allowed = !result.allowed.isEmpty();
  let reason: DirectionReason;
  if (result.decidedIn === 'none') reason = 'host-network';
  else if (result.decidedIn === 'default') reason = 'not-selected';
  else if (allowed) reason = 'allowed-by-rule';
  else reason = result.rule !== null ? 'denied-by-rule' : 'no-rule-allows';
  return { direction, allowed, reason, result };
}

function fixed(direction: PolicyDirection, reason: DirectionReason): DirectionVerdict {
  return { direction, allowed: true, reason, result: null };
}

const assumptionMemo = new WeakMap<CompiledPolicies, readonly string[]>();

export function policyAssumptions(c: CompiledPolicies): readonly string[] {
  let out = assumptionMemo.get(c);
  if (out === undefined) assumptionMemo.set(c, (out = computeAssumptions(c)));
  return out;
}

function computeAssumptions(c: CompiledPolicies): string[] {
  const s = c.settings;
  return [
    c.enforcement.assumption,
    s.ipBlockSelectsPodIPs
      ? 'an ipBlock matches cluster pods by their pod IPs (spec.networkPolicy.ipBlockSelectsPodIPs: true, as Kubernetes e2e tests expect)'
      : 'an ipBlock never matches a cluster pod by its pod IP (spec.networkPolicy.ipBlockSelectsPodIPs: false, as netpol-analyzer assumes)',
    s.podToItself === 'allowed' ? "a pod's traffic to itself is always allowed (spec.networkPolicy.podToItself: allowed)" : "a pod's traffic to itself is judged by policy (spec.networkPolicy.podToItself: policy)",
    s.ownNode === 'allowed' ? 'traffic between a pod and its own node is always allowed (spec.networkPolicy.ownNode: allowed)' : 'traffic between a pod and its own node is judged by policy (spec.networkPolicy.ownNode: policy)',
    s.hostNetworkPods === 'node'
      ? "hostNetwork pods are their node's traffic: never selected by policies, matched only by their node's address (spec.networkPolicy.hostNetworkPods: node)"
      : 'hostNetwork pods are selected and isolated like other pods (spec.networkPolicy.hostNetworkPods: pod)',
  ];
}

export function decidePolicy(c: CompiledPolicies, conn: PolicyConnection): PolicyDecision {
  const src = resolveEndpoint(c, conn.from);
  const dst = resolveEndpoint(c, conn.to);
  const q = ConnectionSet.ports(conn.protocol, conn.port);
  let egress: DirectionVerdict;
  let ingress: DirectionVerdict;
  const samePod = src.pod !== null && src.pod === dst.pod;
  const sameNode = (src.pod === null) !== (dst.pod === null) && nodeOf(src) !== null && nodeOf(src) === nodeOf(dst);
  if (samePod && c.settings.podToItself === 'allowed') {
    egress = fixed('Egress', 'pod-to-itself');
    ingress = fixed('Ingress', 'pod-to-itself');
  } else {
    if (src.pod === null) egress = fixed('Egress', src.hostPod !== null ? 'host-network' : 'not-a-pod');
    else if (sameNode && c.settings.ownNode === 'allowed') egress = fixed('Egress', 'own-node');
    else egress = verdict('Egress', evaluatePoint(c, 'Egress', src.pod, dst.view, dst.pod, conn.protocol, conn.port, q));
    if (dst.pod === null) ingress = fixed('Ingress', dst.hostPod !== null ? 'host-network' : 'not-a-pod');
    else if (sameNode && c.settings.ownNode === 'allowed') ingress = fixed('Ingress', 'own-node');
    else ingress = verdict('Ingress', evaluatePoint(c, 'Ingress', dst.pod, src.view, dst.pod, conn.protocol, conn.port, q));
  }
  const policyAllows = egress.allowed && ingress.allowed;
  const enforced = c.enforcement.enforced;
  return {
    allowed: policyAllows || !enforced,
    policyAllows,
    enforced,
    deniedAt: !egress.allowed ? 'Egress' : !ingress.allowed ? 'Ingress' : null,
    egress,
    ingress,
    assumptions: policyAssumptions(c),
  };
}

/** One sentence for a DENIED step or an allowed trace: which policy and rule, or "no rule allows". */
export function explainVerdict(v: DirectionVerdict): string {
  const r = v.result;
  const dir = v.direction.toLowerCase();
  switch (v.reason) {
    case 'not-a-pod':
      return `${dir}: not a pod, no policy applies`;
    case 'host-network':
      return `${dir}: hostNetwork pod, not selected by policies`;
    case 'pod-to-itself':
      return `${dir}: a pod's traffic to itself is allowed`;
    case 'own-node':
      return `${dir}: traffic between a pod and its own node is allowed`;
    case 'not-selected':
      return `${dir}: no policy selects the pod`;
    case 'allowed-by-rule':
    case 'denied-by-rule': {
      const ref = r?.rule;
      if (!ref) return `${dir}: ${v.allowed ? 'allowed' : 'denied'}`;
      const name = ref.name === null ? `rule ${ref.index}` : `rule ${ref.index} "${ref.name}"`;
      return `${dir}: ${ref.action === 'Deny' ? 'denied' : 'allowed'} by ${ref.tier} ${ref.policy} ${dir} ${name}`;
    }
    case 'no-rule-allows':
      return `${dir}: no rule allows it; isolated by NetworkPolicy ${(r?.isolatedBy ?? []).join(', ')}`;
  }
}

/**
 * Every connection `from` may open to `to` (protocol × port), with the same exceptions as `decidePolicy`; what
 * the policies allow, enforced or not.
 */
export function allowedConnections(c: CompiledPolicies, from: PolicyEndpoint, to: PolicyEndpoint): ConnectionSet {
  const src = resolveEndpoint(c, from);
  const dst = resolveEndpoint(c, to);
  if (src.pod !== null && src.pod === dst.pod && c.settings.podToItself === 'allowed') return ConnectionSet.ALL;
  const sameNode = (src.pod === null) !== (dst.pod === null) && nodeOf(src) !== null && nodeOf(src) === nodeOf(dst);
  if (sameNode && c.settings.ownNode === 'allowed') return ConnectionSet.ALL;
  const eg = src.pod === null ? ConnectionSet.ALL : evaluateDirection(c, 'Egress', src.pod, dst.view, dst.pod, ConnectionSet.ALL).allowed;
  if (eg.isEmpty() || dst.pod === null) return eg;
  return eg.intersect(evaluateDirection(c, 'Ingress', dst.pod, src.view, dst.pod, eg).allowed);
}
