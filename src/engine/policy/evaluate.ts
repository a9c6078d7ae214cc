/**
 * One direction of one connection, judged by the three tiers in order (KEP-2091, AdminNetworkPolicy API):
 *
 * 1. AdminNetworkPolicies whose subject selects the pod, by priority (lower first), each rule in order: the first
 *    rule whose peers and ports match decides — Allow and Deny are final, Pass hands the traffic to tier 2.
 * 2. NetworkPolicies of the pod's namespace that select it with this direction in policyTypes: when there is at
 *    least one, the pod is isolated and only the union of their rules is allowed ("no rule allows" otherwise).
 * 3. When no NetworkPolicy isolates the pod: the BaselineAdminNetworkPolicy's rules in order (Allow / Deny), and
 *    finally the default — allowed.
 *
 * The evaluation is over a set of connections Q (one port for a trace, every port for connectivity): each rule
 * takes the part of the still-undecided set it matches, so one pass answers "which ports are allowed" exactly.
 */
import { IpAddress } from '../net';
import { rangesContain } from './ipRanges';
import { matchesSelector } from './selectors';
import { baselineSelects, type CompiledAdminPeer, type CompiledAdminPolicy, type CompiledAdminRule, type CompiledNpRule, type CompiledPeer, type CompiledPolicies, type PeerView, type PolicyTier } from './compile';
import { ConnectionSet } from './connectionSet';
import type { AdminPort, NetworkPolicyPort, PolicyDirection, PolicySubject, Protocol } from './types';

/** A policy rule named in an answer. */
export interface RuleRef {
  readonly tier: PolicyTier;
  /** `<namespace>/<name>` for a NetworkPolicy, the name for ANP / BANP. */
  readonly policy: string;
  readonly direction: PolicyDirection;
  /** Position in the policy's ingress / egress list. */
  readonly index: number;
  /** ANP / BANP rule name, if any. */
  readonly name: string | null;
  readonly action: 'Allow' | 'Deny' | 'Pass';
}

export interface DirectionResult {
  readonly direction: PolicyDirection;
  /** The allowed part of the connections asked about. */
  readonly allowed: ConnectionSet;
  /** Which tier decided the (first) connection asked about; `none` = the pod is not subject to policy. */
  readonly decidedIn: PolicyTier | 'default' | 'none';
  /** The ANP / BANP rule that decided, or the first NetworkPolicy rule that allowed. */
  readonly rule: RuleRef | null;
  /** Every NetworkPolicy rule that allows (tier 2). */
  readonly allowedBy: readonly RuleRef[];
  /** ANP rules that passed the traffic to the NetworkPolicy tier. */
  readonly passedBy: readonly RuleRef[];
  /** NetworkPolicies isolating the pod in this direction (`<ns>/<name>`). */
  readonly isolatedBy: readonly string[];
}

function npPeerMatches(c: CompiledPolicies, peer: CompiledPeer, policyNamespace: string, v: PeerView): boolean {
  if (peer.ranges !== null) {
    if (v.ip === null) {
      if (v.subject === null || !c.settings.ipBlockSelectsPodIPs) return false;
      // A pod without a chosen address: any of its IPs.
      return v.subject.ips.some((ip) => rangesContainString(peer.ranges!, ip));
    }
    if (v.subject !== null && !c.settings.ipBlockSelectsPodIPs) return false;
    return rangesContain(peer.ranges, v.ip);
  }
  const s = v.subject;
  if (s === null) return false;
  if (peer.namespaceSelector === null) {
    return s.namespace === policyNamespace && peer.podSelector !== null && matchesSelector(peer.podSelector, s.labels);
  }
  if (!matchesSelector(peer.namespaceSelector, v.namespaceLabels ?? c.labelsOf(s.namespace))) return false;
  return peer.podSelector === null || matchesSelector(peer.podSelector, s.labels);
}

function rangesContainString(ranges: Parameters<typeof rangesContain>[0], ip: string): boolean {
  const a = IpAddress.tryParse(ip);
  return a !== undefined && rangesContain(ranges, a);
}

const numericMemo = new WeakMap<readonly NetworkPolicyPort[], ConnectionSet>();
const namedMemo = new WeakMap<readonly NetworkPolicyPort[], WeakMap<PolicySubject, ConnectionSet>>();
const NO_DST = { ports: [] } as unknown as PolicySubject;

/**
 * The ports a NetworkPolicy port list admits towards `dst` (named ports resolve on the destination pod). Memoized
 * per list (and destination, when a name is used): a trace asks the same rules again and again (measured: the
 * decision went from ~21 µs to a few µs warm, bench/policy.bench.ts).
 */
export function npPortSet(ports: readonly NetworkPolicyPort[], dst: PolicySubject | null): ConnectionSet {
  if (ports.length === 0) return ConnectionSet.ALL;
  const named = ports.some((p) => typeof p.port === 'string');
  if (!named) {
    let set = numericMemo.get(ports);
    if (set === undefined) numericMemo.set(ports, (set = computeNpPortSet(ports, null)));
    return set;
  }
  let byDst = namedMemo.get(ports);
  if (byDst === undefined) namedMemo.set(ports, (byDst = new WeakMap()));
  const key = dst ?? NO_DST;
  let set = byDst.get(key);
  if (set === undefined) byDst.set(key, (set = computeNpPortSet(ports, dst)));
  return set;
}

function computeNpPortSet(ports: readonly NetworkPolicyPort[], dst: PolicySubject | null): ConnectionSet {
  let set = ConnectionSet.NONE;
  for (const p of ports) {
    if (p.port === null) set = set.union(ConnectionSet.protocol(p.protocol));
    else if (typeof p.port === 'number') set = set.union(ConnectionSet.ports(p.protocol, p.port, p.endPort ?? p.port));
    else if (dst !== null) {
      for (const cp of dst.ports) if (cp.name === p.port && cp.protocol === p.protocol) set = set.union(ConnectionSet.ports(cp.protocol, cp.port));
    }
  }
  return set;
}

export function adminPortSet(ports: readonly AdminPort[], dst: PolicySubject | null): ConnectionSet {
  if (ports.length === 0) return ConnectionSet.ALL;
  let set = ConnectionSet.NONE;
  for (const p of ports) {
    if (p.kind === 'number') set = set.union(ConnectionSet.ports(p.protocol, p.port));
    else if (p.kind === 'range') set = set.union(ConnectionSet.ports(p.protocol, p.start, p.end));
    else if (dst !== null) {
      for (const cp of dst.ports) if (cp.name === p.name) set = set.union(ConnectionSet.ports(cp.protocol, cp.port));
    }
  }
  return set;
}

function adminPeerMatches(c: CompiledPolicies, peer: CompiledAdminPeer, v: PeerView): boolean {
  switch (peer.kind) {
    case 'namespaces':
      return v.subject !== null && matchesSelector(peer.namespaceSelector, v.namespaceLabels ?? c.labelsOf(v.subject.namespace));
    case 'pods':
      return v.subject !== null && matchesSelector(peer.namespaceSelector, v.namespaceLabels ?? c.labelsOf(v.subject.namespace)) && matchesSelector(peer.podSelector, v.subject.labels);
    case 'nodes':
      return v.node !== null && matchesSelector(peer.nodeSelector, v.node.labels);
    case 'networks':
      if (v.ip === null) return v.subject !== null && c.settings.ipBlockSelectsPodIPs && v.subject.ips.some((ip) => rangesContainString(peer.ranges, ip));
      if (v.subject !== null && !c.settings.ipBlockSelectsPodIPs) return false;
      return rangesContain(peer.ranges, v.ip);
  }
}

function adminRef(p: CompiledAdminPolicy, r: CompiledAdminRule, direction: PolicyDirection): RuleRef {
  return { tier: p.tier, policy: p.name, direction, index: r.index, name: r.rule.name, action: r.action };
}

function npRef(key: string, r: CompiledNpRule, direction: PolicyDirection): RuleRef {
  return { tier: 'NetworkPolicy', policy: key, direction, index: r.index, name: null, action: 'Allow' };
}

/** Does a NetworkPolicy port list admit (protocol, port) towards `dst`? The allocation-free form of npPortSet. */
export function npPortMatches(ports: readonly NetworkPolicyPort[], protocol: Protocol, port: number, dst: PolicySubject | null): boolean {
  if (ports.length === 0) return true;
  for (const p of ports) {
    if (p.protocol !== protocol) continue;
    if (p.port === null) return true;
    if (typeof p.port === 'number') {
      if (port === p.port || (p.endPort !== null && port >= p.port && port <= p.endPort)) return true;
    } else if (dst !== null) {
      for (const cp of dst.ports) if (cp.name === p.port && cp.protocol === protocol && cp.port === port) return true;
    }
  }
  return false;
}

function adminPortMatches(ports: readonly AdminPort[], protocol: Protocol, port: number, dst: PolicySubject | null): boolean {
  if (ports.length === 0) return true;
  for (const p of ports) {
    if (p.kind === 'number' ? p.protocol === protocol && p.port === port : p.kind === 'range' ? p.protocol === protocol && port >= p.start && port <= p.end : dst !== null && dst.ports.some((cp) => cp.name === p.name && cp.protocol === protocol && cp.port === port)) return true;
  }
  return false;
}

/**
 * `evaluateDirection` for a single (protocol, port), without building port sets: the trace's hot path (measured in
 * bench/policy.bench.ts against a warm trace). Same tiers, same answers — tests/engine/policy check both agree.
 */
export function evaluatePoint(
  c: CompiledPolicies,
  direction: PolicyDirection,
  selected: PolicySubject,
  peer: PeerView,
  dst: PolicySubject | null,
  protocol: Protocol,
  port: number,
  q: ConnectionSet,
): DirectionResult {
  if (c.asNode(selected)) return { direction, allowed: q, decidedIn: 'none', rule: null, allowedBy: [], passedBy: [], isolatedBy: [] };
  const passedBy: RuleRef[] = [];
  for (const anp of c.selectingAdmin(selected)) {
    let passed = false;
    for (const r of anp.rules[direction]) {
      if (!r.peers.some((p) => adminPeerMatches(c, p, peer)) || !adminPortMatches(r.rule.ports, protocol, port, dst)) continue;
      const ref = adminRef(anp, r, direction);
      if (r.action === 'Pass') {
        passedBy.push(ref);
        passed = true;
        break;
      }
      return { direction, allowed: r.action === 'Allow' ? q : ConnectionSet.NONE, decidedIn: 'AdminNetworkPolicy', rule: ref, allowedBy: [], passedBy, isolatedBy: [] };
    }
    if (passed) break;
  }
  const isolatedBy: string[] = [];
  const allowedBy: RuleRef[] = [];
  for (const np of c.selecting(selected)) {
    if (!np.isolates[direction]) continue;
    isolatedBy.push(np.key);
    for (const r of np.rules[direction]) {
      if (npPortMatches(r.ports, protocol, port, dst) && npRuleMatches(c, r, np.policy.namespace, peer)) allowedBy.push(npRef(np.key, r, direction));
    }
  }
  if (isolatedBy.length > 0) {
    return { direction, allowed: allowedBy.length > 0 ? q : ConnectionSet.NONE, decidedIn: 'NetworkPolicy', rule: allowedBy[0] ?? null, allowedBy, passedBy, isolatedBy };
  }
  if (c.baseline !== null && baselineSelects(c, selected)) {
    for (const r of c.baseline.rules[direction]) {
      if (!r.peers.some((p) => adminPeerMatches(c, p, peer)) || !adminPortMatches(r.rule.ports, protocol, port, dst)) continue;
      return { direction, allowed: r.action === 'Allow' ? q : ConnectionSet.NONE, decidedIn: 'BaselineAdminNetworkPolicy', rule: adminRef(c.baseline, r, direction), allowedBy: [], passedBy, isolatedBy: [] };
    }
  }
  return { direction, allowed: q, decidedIn: 'default', rule: null, allowedBy: [], passedBy, isolatedBy: [] };
}

/** Does the NetworkPolicy rule's peer list match `v` (empty list = every peer)? */
export function npRuleMatches(c: CompiledPolicies, rule: CompiledNpRule, policyNamespace: string, v: PeerView): boolean {
  if (rule.peers.length === 0) return true;
  for (const p of rule.peers) if (npPeerMatches(c, p, policyNamespace, v)) return true;
  return false;
}

/**
 * Judges `direction` for the policies applying to `selected` (the source for Egress, the destination for
 * Ingress), towards `peer`, over the connections `q`. `dst` is the destination pod (named ports resolve on it).
 */
export function evaluateDirection(
  c: CompiledPolicies,
  direction: PolicyDirection,
  selected: PolicySubject,
  peer: PeerView,
  dst: PolicySubject | null,
  q: ConnectionSet,
): DirectionResult {
  if (c.asNode(selected)) {
    return { direction, allowed: q, decidedIn: 'none', rule: null, allowedBy: [], passedBy: [], isolatedBy: [] };
  }
  let undecided = q;
  let allowed = ConnectionSet.NONE;
  let passed = ConnectionSet.NONE;
  let rule: RuleRef | null = null;
  let decidedIn: DirectionResult['decidedIn'] | null = null;
  const passedBy: RuleRef[] = [];

  // Tier 1: AdminNetworkPolicy.
  outer: for (const anp of c.selectingAdmin(selected)) {
    for (const r of anp.rules[direction]) {
      if (!r.peers.some((p) => adminPeerMatches(c, p, peer))) continue;
      const hit = adminPortSet(r.rule.ports, dst).intersect(undecided);
      if (hit.isEmpty()) continue;
      undecided = undecided.minus(hit);
      const ref = adminRef(anp, r, direction);
      if (r.action === 'Pass') {
        passed = passed.union(hit);
        passedBy.push(ref);
      } else {
        if (r.action === 'Allow') allowed = allowed.union(hit);
        if (decidedIn === null) {
          decidedIn = 'AdminNetworkPolicy';
          rule = ref;
        }
      }
      if (undecided.isEmpty()) break outer;
    }
  }
  let rest = undecided.union(passed);

  // Tier 2: NetworkPolicy.
  const isolatedBy: string[] = [];
  const allowedBy: RuleRef[] = [];
  if (!rest.isEmpty()) {
    let npAllowed = ConnectionSet.NONE;
    for (const np of c.selecting(selected)) {
      if (!np.isolates[direction]) continue;
      isolatedBy.push(np.key);
      for (const r of np.rules[direction]) {
        if (!npRuleMatches(c, r, np.policy.namespace, peer)) continue;
        const ports = npPortSet(r.ports, dst).intersect(rest);
        if (ports.isEmpty()) continue;
        npAllowed = npAllowed.union(ports);
        allowedBy.push(npRef(np.key, r, direction));
      }
    }
    if (isolatedBy.length > 0) {
      allowed = allowed.union(npAllowed);
      if (decidedIn === null) {
        decidedIn = 'NetworkPolicy';
        rule = allowedBy[0] ?? null;
      }
      rest = ConnectionSet.NONE;
    }
  }

  // Tier 3: BaselineAdminNetworkPolicy, then the default (allow).
  if (!rest.isEmpty() && c.baseline !== null && baselineSelects(c, selected)) {
    for (const r of c.baseline.rules[direction]) {
      if (!r.peers.some((p) => adminPeerMatches(c, p, peer))) continue;
      const hit = adminPortSet(r.rule.ports, dst).intersect(rest);
      if (hit.isEmpty()) continue;
      rest = rest.minus(hit);
      if (r.action === 'Allow') allowed = allowed.union(hit);
      if (decidedIn === null) {
        decidedIn = 'BaselineAdminNetworkPolicy';
        rule = adminRef(c.baseline, r, direction);
      }
      if (rest.isEmpty()) break;
    }
  }
  if (!rest.isEmpty()) {
    allowed = allowed.union(rest);
    if (decidedIn === null) decidedIn = 'default';
  }
  return { direction, allowed, decidedIn: decidedIn ?? 'default', rule, allowedBy, passedBy, isolatedBy };
}
