/**
 * Builders for policy tests: the e2e world of kubernetes/kubernetes test/e2e/network/netpol (namespaces x, y, z;
 * pods a, b, c labelled `pod: <name>`, serving 80 and 81 on TCP, UDP and SCTP with named ports `serve-80-tcp`…,
 * kubemanager.go), policies with override callbacks, and a truth table like reachability.go's.
 */
import {
  DEFAULT_POLICY_SETTINGS,
  compilePolicies,
  decidePolicy,
  defaultPolicyTypes,
  namespaceLabels,
  type LabelSelector,
  type NetworkPolicy,
  type NetworkPolicyPeer,
  type NetworkPolicyPort,
  type NetworkPolicyRule,
  type NetworkPolicySettings,
  type PolicyModel,
  type PolicySubject,
  type Protocol,
  type AdminNetworkPolicy,
  type BaselineAdminNetworkPolicy,
  type PolicyNode,
  type Labels,
} from '../../../src/engine/policy';

export const NAMESPACES = ['x', 'y', 'z'] as const;
export const PODS = ['a', 'b', 'c'] as const;

export function sel(matchLabels: Record<string, string> = {}, matchExpressions: LabelSelector['matchExpressions'] = []): LabelSelector {
  return { matchLabels, matchExpressions };
}

export function pod(ns: string, name: string, override: Partial<PolicySubject> = {}): PolicySubject {
  const nsIndex = NAMESPACES.indexOf(ns as 'x') + 1 || 9;
  const podIndex = PODS.indexOf(name as 'a') + 1 || 9;
  const ports = [80, 81].flatMap((port) => (['TCP', 'UDP', 'SCTP'] as Protocol[]).map((protocol) => ({ name: `serve-${port}-${protocol.toLowerCase()}`, port, protocol })));
  return {
    namespace: ns,
    name,
    kind: 'Pod',
    labels: { pod: name },
    ports,
    ips: [`10.0.${nsIndex}.${podIndex}`],
    node: 'node-1',
    hostNetwork: false,
    owner: null,
    ...override,
  };
}

/** The e2e world: every pod of `names` (`x/a`…), default x/y/z (or the given) namespaces. */
export function world(names: readonly string[] = NAMESPACES.flatMap((ns) => PODS.map((p) => `${ns}/${p}`))): PolicySubject[] {
  return names.map((n) => {
    const [ns, p] = n.split('/');
    return pod(ns!, p!);
  });
}

export function peer(p: Partial<NetworkPolicyPeer>): NetworkPolicyPeer {
  return { podSelector: null, namespaceSelector: null, ipBlock: null, ...p };
}

export function port(protocol: Protocol, p: number | string | null, endPort: number | null = null): NetworkPolicyPort {
  return { protocol, port: p, endPort };
}

export function rule(peers: NetworkPolicyPeer[] = [], ports: NetworkPolicyPort[] = []): NetworkPolicyRule {
  return { peers, ports };
}

/** A NetworkPolicy; `policyTypes` undefined = the API's defaulting. */
export function netpol(
  namespace: string,
  name: string,
  spec: { podSelector?: LabelSelector; policyTypes?: ('Ingress' | 'Egress')[]; ingress?: NetworkPolicyRule[]; egress?: NetworkPolicyRule[] },
): NetworkPolicy {
  const egress = spec.egress ?? [];
  return { namespace, name, podSelector: spec.podSelector ?? sel(), policyTypes: defaultPolicyTypes(spec.policyTypes, egress.length), ingress: spec.ingress ?? [], egress };
}

export function model(
  subjects: PolicySubject[],
  extra: {
    policies?: NetworkPolicy[];
    anps?: AdminNetworkPolicy[];
    banp?: BaselineAdminNetworkPolicy | null;
    settings?: Partial<NetworkPolicySettings>;
    namespaceLabels?: Record<string, Labels>;
    nodes?: PolicyNode[];
  } = {},
): PolicyModel {
  const names = [...new Set(subjects.map((s) => s.namespace))];
  return {
    namespaces: names.map((n) => ({ name: n, labels: namespaceLabels(n, extra.namespaceLabels?.[n] ?? {}) })),
    nodes: extra.nodes ?? [{ name: 'node-1', labels: { 'kubernetes.io/os': 'linux' }, ips: ['192.168.0.1'] }],
    subjects,
    networkPolicies: extra.policies ?? [],
    adminNetworkPolicies: extra.anps ?? [],
    baselineAdminNetworkPolicy: extra.banp ?? null,
    settings: { ...DEFAULT_POLICY_SETTINGS, ...extra.settings },
  };
}

/**
 * reachability.go's truth table: every ordered pair of pods → allowed on (protocol, port); pairs of a pod with
 * itself are left out (`ignoreLoopback = true` in network_policy.go).
 */
export function truthTable(m: PolicyModel, protocol: Protocol, p: number): Map<string, boolean> {
  const c = compilePolicies(m, { cniPlugin: 'calico' });
  const out = new Map<string, boolean>();
  for (const from of m.subjects) {
    for (const to of m.subjects) {
      if (from === to) continue;
      const d = decidePolicy(c, { from: { kind: 'subject', subject: from }, to: { kind: 'subject', subject: to }, protocol, port: p });
      out.set(`${from.namespace}/${from.name} -> ${to.namespace}/${to.name}`, d.allowed);
    }
  }
  return out;
}

/** NewReachability(all, default) plus Expect… overrides, as `from -> to` keys. */
export class Reachability {
  readonly expected = new Map<string, boolean>();
  constructor(
    private readonly pods: readonly PolicySubject[],
    value: boolean,
  ) {
    for (const f of pods) for (const t of pods) if (f !== t) this.expected.set(`${f.namespace}/${f.name} -> ${t.namespace}/${t.name}`, value);
  }
  /** ExpectPeer: every pair whose ends match the (namespace, pod) filters; undefined = any. */
  expectPeer(from: { ns?: string; pod?: string }, to: { ns?: string; pod?: string }, value: boolean): this {
    for (const f of this.pods) {
      for (const t of this.pods) {
        if (f === t) continue;
        const ok = (e: { ns?: string; pod?: string }, s: PolicySubject): boolean => (e.ns === undefined || e.ns === s.namespace) && (e.pod === undefined || e.pod === s.name);
        if (ok(from, f) && ok(to, t)) this.expected.set(`${f.namespace}/${f.name} -> ${t.namespace}/${t.name}`, value);
      }
    }
    return this;
  }
  /** A pod to itself is not scored (ignoreLoopback = true in network_policy.go). */
  expect(from: string, to: string, value: boolean): this {
    if (from === to) return this;
    this.expected.set(`${from} -> ${to}`, value);
    return this;
  }
  expectAllIngress(to: string, value: boolean): this {
    const [ns, p] = to.split('/');
    return this.expectPeer({}, { ns, pod: p }, value);
  }
  expectAllEgress(from: string, value: boolean): this {
    const [ns, p] = from.split('/');
    return this.expectPeer({ ns, pod: p }, {}, value);
  }
}
