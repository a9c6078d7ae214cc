/**
 * connectivityOf: the netpol-analyzer connectivity list of a snapshot — for every ordered pair of peers (pods, or
 * workloads declared without pods) and every external range, the connections the policies allow: the source's
 * egress AND the destination's ingress, each judged over every (protocol, port) at once by ../policy's
 * evaluateDirection. External ranges are the atoms of the address space cut at every ipBlock / ANP network
 * boundary (a range is judged by its first address: every ipBlock is a union of whole atoms).
 *
 * Peers at workload level are the pods themselves plus declared workloads: the model keeps no ownerReferences,
 * so pods are not grouped under their Deployment (an assumption every answer states). hostNetwork pods are
 * left out: policies never select them, and they speak with their node's address.
 */
import type { Snapshot } from '../model/snapshot';
import type { IpFamily, Topology } from '../model/topology';
import { subjectKey, type CompiledPolicies, type PeerView } from '../policy/compile';
import { ConnectionSet } from '../policy/connectionSet';
import { policyAssumptions } from '../policy/decide';
import { evaluateDirection } from '../policy/evaluate';
import { atomize, formatRange, ipBlockRanges, prefixRange, type IpRange } from '../policy/ipRanges';
import type { PolicySubject } from '../policy/types';
import { compiledPoliciesOf } from './policyHop';

export type ConnectivityLevel = 'workload' | 'pod';

export interface ConnectivityOptions {
  readonly level: ConnectivityLevel;
  /** Keep only connections with an end in this namespace; null = all. */
  readonly namespace: string | null;
}

export interface ConnectivityRow {
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly allowed: string;
}

/** A row with its set, and the subjects behind it (null for an external range), for diffs that explain a change. */
export interface ConnectivitySetRow extends Omit<ConnectivityRow, 'allowed'> {
  readonly allowed: ConnectionSet;
  readonly src: PolicySubject | null;
  readonly dst: PolicySubject | null;
}

export interface ConnectivityResult {
  readonly enforced: boolean;
  readonly assumptions: readonly string[];
  readonly connections: readonly ConnectivityRow[];
}

function cutsOf(c: CompiledPolicies): IpRange[] {
  const cuts: IpRange[] = [];
  for (const p of c.model.networkPolicies) {
    for (const rule of [...p.ingress, ...p.egress]) for (const peer of rule.peers) if (peer.ipBlock !== null) cuts.push(...ipBlockRanges(peer.ipBlock));
  }
  for (const p of [...c.model.adminNetworkPolicies, ...(c.model.baselineAdminNetworkPolicy === null ? [] : [c.model.baselineAdminNetworkPolicy])]) {
    for (const rule of p.egress) for (const peer of rule.peers) if (peer.kind === 'networks') cuts.push(...peer.cidrs.map(prefixRange));
  }
  return cuts;
}

function view(c: CompiledPolicies, s: PolicySubject): PeerView {
  return { subject: s, namespaceLabels: c.labelsOf(s.namespace), ip: null, node: null };
}

export function connectivityOf(snap: Snapshot, options: ConnectivityOptions): ConnectivityResult {
  const c = compiledPoliciesOf(snap);
  const rows = connectivitySets(c, snap.topology, options).map(({ src: _src, dst: _dst, allowed, ...row }) => ({ ...row, allowed: allowed.format() }));
  const assumptions = [
    ...policyAssumptions(c),
    'Pods are peers of their own: the model keeps no ownerReferences, so a Deployment\'s pods are not grouped under it; workloads declared without pods are judged by their pod template',
    'hostNetwork pods are left out: policies never select them and they use their node\'s address',
  ];
  return { enforced: c.enforcement.enforced, assumptions, connections: rows };
}

/** The rows of connectivityOf with their connection sets (at level workload, only non-empty ones). */
export function connectivitySets(c: CompiledPolicies, t: Topology, options: ConnectivityOptions): ConnectivitySetRow[] {
  const inScope = (s: PolicySubject) => options.namespace === null || s.namespace === options.namespace;
  const peers = c.model.subjects.filter((s) => !s.hostNetwork);
  const families: IpFamily[] = t.podCIDRs.length === 0 ? ['IPv4'] : t.podCIDRs.map((p) => (p.includes(':') ? 'IPv6' : 'IPv4'));
  const atoms = atomize(cutsOf(c), families);
  const rows: ConnectivitySetRow[] = [];
  const add = (src: PolicySubject, dst: PolicySubject, allowed: ConnectionSet) => {
    if (options.level === 'workload' && allowed.isEmpty()) return;
    rows.push({ from: subjectKey({ namespace: src.namespace, name: src.name }), fromKind: src.kind, to: subjectKey({ namespace: dst.namespace, name: dst.name }), toKind: dst.kind, allowed, src, dst });
  };
  const all = ConnectionSet.ALL;
  for (const src of peers) {
    for (const dst of peers) {
      if (src === dst || !(inScope(src) || inScope(dst))) continue;
      const egress = evaluateDirection(c, 'Egress', src, view(c, dst), dst, all).allowed;
      const allowed = egress.isEmpty() ? egress : egress.intersect(evaluateDirection(c, 'Ingress', dst, view(c, src), dst, all).allowed);
      add(src, dst, allowed);
    }
  }
  for (const s of peers) {
    if (!inScope(s)) continue;
    for (const atom of atoms) {
      const outside: PeerView = { subject: null, namespaceLabels: null, ip: atom.first, node: null };
      const name = subjectKey({ namespace: s.namespace, name: s.name });
      const out = evaluateDirection(c, 'Egress', s, outside, null, all).allowed;
      if (!out.isEmpty()) rows.push({ from: name, fromKind: s.kind, to: formatRange(atom), toKind: 'External', allowed: out, src: s, dst: null });
      const inbound = evaluateDirection(c, 'Ingress', s, outside, s, all).allowed;
      if (!inbound.isEmpty()) rows.push({ from: formatRange(atom), fromKind: 'External', to: name, toKind: s.kind, allowed: inbound, src: null, dst: s });
    }
  }
  rows.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) : a.from < b.from ? -1 : 1));
  return rows;
}
