/**
 * `compilePolicies(model)`: the indexed form every policy question runs on — namespaces, nodes and subjects by
 * name and by address, ipBlocks as address ranges, NetworkPolicies bucketed per namespace by one of their
 * matchLabels pairs (so finding the policies that select a pod reads a few buckets instead of scanning the
 * namespace), AdminNetworkPolicies in precedence order. Compiled once per topology version, like the Snapshot.
 *
 * The per-subject "which policies select this pod" lists are memoized on first use (a trace touches two pods;
 * connectivity asks once per equivalence class): that memo is the only state and is filled deterministically.
 */
import { IpAddress } from '../net';
import { inferEnforcement, type Enforcement } from './enforcement';
import { ipBlockRanges, prefixRange, type IpRange } from './ipRanges';
import { matchesSelector } from './selectors';
import {
  NAMESPACE_NAME_LABEL,
  type AdminNetworkPolicy,
  type AdminPodSet,
  type AdminRule,
  type BaselineAdminNetworkPolicy,
  type Labels,
  type LabelSelector,
  type NetworkPolicy,
  type NetworkPolicyPeer,
  type NetworkPolicyPort,
  type NetworkPolicySettings,
  type PolicyDirection,
  type PolicyModel,
  type PolicyNode,
  type PolicySubject,
} from './types';

/** The policy tiers in the order they are evaluated (AdminNetworkPolicy, then NetworkPolicy, then the baseline). */
export const POLICY_TIERS = ['AdminNetworkPolicy', 'NetworkPolicy', 'BaselineAdminNetworkPolicy'] as const;
export type PolicyTier = (typeof POLICY_TIERS)[number];

export interface CompiledPeer {
  readonly podSelector: LabelSelector | null;
  readonly namespaceSelector: LabelSelector | null;
  /** ipBlock as ranges (cidr minus except); null = a selector peer. */
  readonly ranges: readonly IpRange[] | null;
}

export interface CompiledNpRule {
  readonly index: number;
  /** Empty = every peer. */
  readonly peers: readonly CompiledPeer[];
  /** Empty = every port. */
  readonly ports: readonly NetworkPolicyPort[];
}

export interface CompiledNetworkPolicy {
  readonly policy: NetworkPolicy;
  /** `<namespace>/<name>` */
  readonly key: string;
  readonly ordinal: number;
  readonly isolates: { readonly Ingress: boolean; readonly Egress: boolean };
  readonly rules: { readonly Ingress: readonly CompiledNpRule[]; readonly Egress: readonly CompiledNpRule[] };
}

export type CompiledAdminPeer =
  | { readonly kind: 'namespaces'; readonly namespaceSelector: LabelSelector }
  | { readonly kind: 'pods'; readonly namespaceSelector: LabelSelector; readonly podSelector: LabelSelector }
  | { readonly kind: 'nodes'; readonly nodeSelector: LabelSelector }
  | { readonly kind: 'networks'; readonly ranges: readonly IpRange[] };

export interface CompiledAdminRule {
  readonly index: number;
  readonly rule: AdminRule<string>;
  readonly action: 'Allow' | 'Deny' | 'Pass';
  readonly peers: readonly CompiledAdminPeer[];
}

export interface CompiledAdminPolicy {
  readonly tier: 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy';
  readonly name: string;
  readonly priority: number;
  readonly subject: AdminPodSet;
  readonly rules: { readonly Ingress: readonly CompiledAdminRule[]; readonly Egress: readonly CompiledAdminRule[] };
}

/** One end of a connection as policies see it. */
export interface PeerView {
  /** A pod policies can select (never a hostNetwork pod); null for addresses and nodes. */
  readonly subject: PolicySubject | null;
  /** The subject's namespace labels. */
  readonly namespaceLabels: Labels | null;
  /** The address the connection uses (null = unknown: a workload template, or a pod without IPs). */
  readonly ip: IpAddress | null;
  /** The node, when the end is a node or a hostNetwork pod. */
  readonly node: PolicyNode | null;
}

export interface CompiledPolicies {
  readonly model: PolicyModel;
  readonly settings: NetworkPolicySettings;
  readonly enforcement: Enforcement;
  readonly namespaceLabels: ReadonlyMap<string, Labels>;
  readonly nodeByName: ReadonlyMap<string, PolicyNode>;
  readonly nodeByIp: ReadonlyMap<string, PolicyNode>;
  readonly subjectByKey: ReadonlyMap<string, PolicySubject>;
  readonly subjectByIp: ReadonlyMap<string, PolicySubject>;
  readonly networkPolicies: readonly CompiledNetworkPolicy[];
  /** ANPs sorted by priority, then name (the API leaves equal priorities unordered; we pick name order). */
  readonly adminPolicies: readonly CompiledAdminPolicy[];
  readonly baseline: CompiledAdminPolicy | null;
  /** NetworkPolicies of a namespace whose podSelector selects the subject, in document order (memoized). */
  selecting(subject: PolicySubject): readonly CompiledNetworkPolicy[];
  /** ANPs whose subject selects the pod, in precedence order (memoized). */
  selectingAdmin(subject: PolicySubject): readonly CompiledAdminPolicy[];
  /** Whether the subject counts as its node's traffic (a hostNetwork pod under `hostNetworkPods: node`). */
  asNode(subject: PolicySubject): boolean;
  /** The labels of a namespace; a namespace nobody declared has only its name label. */
  labelsOf(namespace: string): Labels;
}

export interface CompileOptions {
  /** The CNI plugin, for the enforcement inference when `settings.enforced` is undefined. */
  readonly cniPlugin?: string;
}

export function subjectKey(s: { readonly namespace: string; readonly name: string; readonly kind?: string }): string {
  return s.kind === undefined || s.kind === 'Pod' ? `${s.namespace}/${s.name}` : `${s.namespace}/${s.name}[${s.kind}]`;
}

function compilePeer(p: NetworkPolicyPeer): CompiledPeer {
  return { podSelector: p.podSelector, namespaceSelector: p.namespaceSelector, ranges: p.ipBlock === null ? null : ipBlockRanges(p.ipBlock) };
}

function compileAdmin(tier: CompiledAdminPolicy['tier'], name: string, priority: number, p: AdminNetworkPolicy | BaselineAdminNetworkPolicy): CompiledAdminPolicy {
  const rules = (list: readonly AdminRule<string>[]): CompiledAdminRule[] =>
    list.map((rule, index) => ({
      index,
      rule,
      action: rule.action as CompiledAdminRule['action'],
      peers: rule.peers.map((peer): CompiledAdminPeer => (peer.kind === 'networks' ? { kind: 'networks', ranges: peer.cidrs.map(prefixRange) } : peer)),
    }));
  return { tier, name, priority, subject: p.subject, rules: { Ingress: rules(p.ingress), Egress: rules(p.egress) } };
}

export function compilePolicies(model: PolicyModel, options: CompileOptions = {}): CompiledPolicies {
  const namespaceLabels = new Map<string, Labels>();
  for (const ns of model.namespaces) namespaceLabels.set(ns.name, { ...ns.labels, [NAMESPACE_NAME_LABEL]: ns.name });
  const nodeByName = new Map<string, PolicyNode>();
  const nodeByIp = new Map<string, PolicyNode>();
  for (const n of model.nodes) {
    nodeByName.set(n.name, n);
    for (const ip of n.ips) nodeByIp.set(ip, n);
  }
  const asNode = (s: PolicySubject): boolean => s.hostNetwork && model.settings.hostNetworkPods !== 'pod';
  // Built on first use: connectivity never needs them, a trace does (150,000 keys cost ~0.1 s).
  let byKey: Map<string, PolicySubject> | undefined;
  let byIp: Map<string, PolicySubject> | undefined;
  const subjectMaps = (): void => {
    byKey = new Map();
    byIp = new Map();
    for (const s of model.subjects) {
      byKey.set(subjectKey(s), s);
      if (!asNode(s)) for (const ip of s.ips) byIp.set(ip, s);
    }
  };

  const networkPolicies: CompiledNetworkPolicy[] = model.networkPolicies.map((policy, ordinal) => ({
    policy,
    key: `${policy.namespace}/${policy.name}`,
    ordinal,
    isolates: { Ingress: policy.policyTypes.includes('Ingress'), Egress: policy.policyTypes.includes('Egress') },
    rules: {
      Ingress: policy.ingress.map((r, index) => ({ index, peers: r.peers.map(compilePeer), ports: r.ports })),
      Egress: policy.egress.map((r, index) => ({ index, peers: r.peers.map(compilePeer), ports: r.ports })),
    },
  }));

  // Per namespace: policies bucketed by their first matchLabels pair; the rest scanned.
  interface Buckets {
    readonly byPair: Map<string, CompiledNetworkPolicy[]>;
    readonly scan: CompiledNetworkPolicy[];
  }
  const buckets = new Map<string, Buckets>();
  for (const np of networkPolicies) {
    let b = buckets.get(np.policy.namespace);
    if (b === undefined) buckets.set(np.policy.namespace, (b = { byPair: new Map(), scan: [] }));
    const first = Object.entries(np.policy.podSelector.matchLabels)[0];
    if (first === undefined) b.scan.push(np);
    else {
      const k = `${first[0]}\u0000${first[1]}`;
      const list = b.byPair.get(k);
      if (list === undefined) b.byPair.set(k, [np]);
      else list.push(np);
    }
  }

  const adminPolicies = model.adminNetworkPolicies
    .map((p) => compileAdmin('AdminNetworkPolicy', p.name, p.priority, p))
    .sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const baseline = model.baselineAdminNetworkPolicy === null ? null : compileAdmin('BaselineAdminNetworkPolicy', model.baselineAdminNetworkPolicy.name, Number.MAX_SAFE_INTEGER, model.baselineAdminNetworkPolicy);

  const labelsOf = (namespace: string): Labels => namespaceLabels.get(namespace) ?? { [NAMESPACE_NAME_LABEL]: namespace };

  const selectMemo = new Map<PolicySubject, readonly CompiledNetworkPolicy[]>();
  const adminMemo = new Map<PolicySubject, readonly CompiledAdminPolicy[]>();

  return {
    model,
    settings: model.settings,
    enforcement: inferEnforcement(options.cniPlugin ?? 'generic', model.settings.enforced),
    namespaceLabels,
    nodeByName,
    nodeByIp,
    get subjectByKey(): ReadonlyMap<string, PolicySubject> {
      if (byKey === undefined) subjectMaps();
      return byKey!;
    },
    get subjectByIp(): ReadonlyMap<string, PolicySubject> {
      if (byIp === undefined) subjectMaps();
      return byIp!;
    },
    networkPolicies,
    adminPolicies,
    baseline,
    labelsOf,
    asNode,
    selecting(subject: PolicySubject): readonly CompiledNetworkPolicy[] {
      let out = selectMemo.get(subject);
      if (out !== undefined) return out;
      const found: CompiledNetworkPolicy[] = [];
      const b = asNode(subject) ? undefined : buckets.get(subject.namespace);
      if (b !== undefined) {
        for (const np of b.scan) if (matchesSelector(np.policy.podSelector, subject.labels)) found.push(np);
        for (const key in subject.labels) {
          const list = b.byPair.get(`${key}\u0000${subject.labels[key]}`);
          if (list !== undefined) for (const np of list) if (matchesSelector(np.policy.podSelector, subject.labels)) found.push(np);
        }
        found.sort((x, y) => x.ordinal - y.ordinal);
      }
      out = found;
      selectMemo.set(subject, out);
      return out;
    },
    selectingAdmin(subject: PolicySubject): readonly CompiledAdminPolicy[] {
      let out = adminMemo.get(subject);
      if (out !== undefined) return out;
      out = asNode(subject) ? [] : adminPolicies.filter((p) => podSetSelects(p.subject, subject, labelsOf(subject.namespace)));
      adminMemo.set(subject, out);
      return out;
    },
  };
}

export function podSetSelects(set: AdminPodSet, subject: PolicySubject, nsLabels: Labels): boolean {
  if (!matchesSelector(set.namespaceSelector, nsLabels)) return false;
  return set.kind === 'namespaces' || matchesSelector(set.podSelector, subject.labels);
}

/** Whether the BANP selects the pod. */
export function baselineSelects(c: CompiledPolicies, subject: PolicySubject): boolean {
  return c.baseline !== null && !c.asNode(subject) && podSetSelects(c.baseline.subject, subject, c.labelsOf(subject.namespace));
}

export type { PolicyDirection };
