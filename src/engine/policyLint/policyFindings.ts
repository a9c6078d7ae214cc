/**
 * Lint findings about a topology's policies, reported with the CIDR conflicts (same Finding shape):
 *
 * - POLICIES_NOT_ENFORCED — policies are present but the CNI does not enforce them (flannel, kubenet, bridge):
 *   every answer treats them as absent;
 * - POLICY_SELECTS_NOTHING — a NetworkPolicy whose podSelector matches no pod or workload of its namespace;
 * - POLICY_RULE_NEVER_MATCHES — a rule port naming a container port no pod or workload of the cluster declares
 *   (with that protocol): the rule allows nothing through that entry;
 * - IPBLOCK_OVERLAPS_CLUSTER — an ipBlock overlapping the service CIDR (policy sees the endpoint pod after DNAT,
 *   never a ClusterIP, so that part never matches) or the pod CIDR (whether it matches pods is
 *   spec.networkPolicy.ipBlockSelectsPodIPs, which data planes disagree on);
 * - NAMESPACE_WITHOUT_POLICY — in a cluster where some namespace isolates all of its pods (a podSelector `{}`
 *   policy, the usual default-deny), a namespace with pods and no policy at all;
 * - DNS_EGRESS_MISSING — a pod isolated for egress that cannot reach the cluster DNS pods on UDP 53: it cannot
 *   resolve names.
 */
import type { Severity } from '../conflicts/types';
import { policyModelOfTopology } from '../policy/fromTopology';
import type { Topology } from '../model/topology';
import { Prefix } from '../net';
import { compilePolicies, subjectKey, type CompiledPolicies } from '../policy/compile';
import { ConnectionSet } from '../policy/connectionSet';
import { evaluateDirection } from '../policy/evaluate';
import { isEmptySelector, matchesSelector } from '../policy/selectors';
import type { NetworkPolicy } from '../policy/types';

export type PolicyFindingKind =
  | 'POLICIES_NOT_ENFORCED'
  | 'POLICY_SELECTS_NOTHING'
  | 'POLICY_RULE_NEVER_MATCHES'
  | 'IPBLOCK_OVERLAPS_CLUSTER'
  | 'NAMESPACE_WITHOUT_POLICY'
  | 'DNS_EGRESS_MISSING';

/** One party to a finding; `cidr` is empty when the finding is not about an address. */
export const POLICY_FINDING_OBJECT_KINDS = ['networkPolicy', 'namespace', 'pod', 'podCIDR', 'serviceCIDR'] as const;

export interface PolicyFindingObject {
  kind: (typeof POLICY_FINDING_OBJECT_KINDS)[number];
  name: string;
  cidr: string;
}

/** The conflict report's Finding shape (src/engine/conflicts/types.ts), with the policy kinds. */
export interface Finding {
  kind: PolicyFindingKind;
  severity: Severity;
  objects: PolicyFindingObject[];
  message: string;
}


const policyObject = (p: NetworkPolicy, cidr = ''): PolicyFindingObject => ({ kind: 'networkPolicy', name: `${p.namespace}/${p.name}`, cidr });

function overlaps(a: string, b: string): boolean {
  const x = Prefix.parse(a);
  const y = Prefix.parse(b);
  return x.family === y.family && (x.contains(y.first()) || y.contains(x.first()));
}

function namedPortFindings(c: CompiledPolicies, out: Finding[]): void {
  const declared = new Set(c.model.subjects.flatMap((s) => s.ports.flatMap((p) => (p.name === null ? [] : [`${p.protocol}/${p.name}`]))));
  for (const p of c.model.networkPolicies) {
    for (const [field, rules] of [['ingress', p.ingress], ['egress', p.egress]] as const) {
      rules.forEach((rule, r) => {
        rule.ports.forEach((port, i) => {
          if (typeof port.port !== 'string' || declared.has(`${port.protocol}/${port.port}`)) return;
          out.push({
            kind: 'POLICY_RULE_NEVER_MATCHES',
            severity: 'warning',
            objects: [policyObject(p)],
            message: `NetworkPolicy ${p.namespace}/${p.name} ${field}[${r}].ports[${i}] names port ${JSON.stringify(port.port)} (${port.protocol}), which no pod or workload declares: that entry allows nothing`,
          });
        });
      });
    }
  }
}

function ipBlockFindings(t: Topology, c: CompiledPolicies, out: Finding[]): void {
  for (const p of c.model.networkPolicies) {
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const peer of rule.peers) {
        const block = peer.ipBlock;
        if (block === null) continue;
        for (const [i, cidr] of t.serviceCIDRs.entries()) {
          if (!overlaps(block.cidr, cidr)) continue;
          out.push({
            kind: 'IPBLOCK_OVERLAPS_CLUSTER',
            severity: 'warning',
            objects: [policyObject(p, block.cidr), { kind: 'serviceCIDR', name: `serviceCIDRs[${i}]`, cidr }],
            message: `NetworkPolicy ${p.namespace}/${p.name} has ipBlock ${block.cidr}, which overlaps the service CIDR ${cidr}: policy judges the endpoint pod after kube-proxy's DNAT, never a ClusterIP, so that part never matches`,
          });
        }
        for (const [i, cidr] of t.podCIDRs.entries()) {
          if (!overlaps(block.cidr, cidr)) continue;
          out.push({
            kind: 'IPBLOCK_OVERLAPS_CLUSTER',
            severity: 'info',
            objects: [policyObject(p, block.cidr), { kind: 'podCIDR', name: `podCIDRs[${i}]`, cidr }],
            message: `NetworkPolicy ${p.namespace}/${p.name} has ipBlock ${block.cidr}, which overlaps the pod CIDR ${cidr}: whether it matches cluster pods depends on the data plane (spec.networkPolicy.ipBlockSelectsPodIPs is ${c.settings.ipBlockSelectsPodIPs}); select pods with podSelector/namespaceSelector instead`,
          });
        }
      }
    }
  }
}

function namespaceFindings(c: CompiledPolicies, out: Finding[]): void {
  const isolating = c.model.networkPolicies.filter((p) => isEmptySelector(p.podSelector));
  if (isolating.length === 0) return;
  const withPolicy = new Set(c.model.networkPolicies.map((p) => p.namespace));
  const withPods = new Set(c.model.subjects.filter((s) => !s.hostNetwork).map((s) => s.namespace));
  const example = isolating[0]!;
  for (const ns of [...withPods].sort()) {
    if (withPolicy.has(ns)) continue;
    out.push({
      kind: 'NAMESPACE_WITHOUT_POLICY',
      severity: 'warning',
      objects: [{ kind: 'namespace', name: ns, cidr: '' }],
      message: `namespace ${ns} has pods but no NetworkPolicy, while ${isolating.length} polic${isolating.length === 1 ? 'y isolates' : 'ies isolate'} whole namespaces (e.g. ${example.namespace}/${example.name}): its pods accept and send everything`,
    });
  }
}

function dnsFindings(c: CompiledPolicies, out: Finding[]): void {
  const dnsPods = c.model.subjects.filter((s) => s.namespace === 'kube-system' && s.labels['k8s-app'] === 'kube-dns' && !s.hostNetwork);
  if (dnsPods.length === 0) return;
  const udp53 = ConnectionSet.ports('UDP', 53);
  const reported = new Set<string>();
  for (const s of c.model.subjects) {
    if (s.hostNetwork || dnsPods.includes(s)) continue;
    const isolators = c.selecting(s).filter((p) => p.isolates.Egress);
    if (isolators.length === 0) continue;
    const reaches = dnsPods.some((dns) => !evaluateDirection(c, 'Egress', s, { subject: dns, namespaceLabels: c.labelsOf(dns.namespace), ip: null, node: null }, dns, udp53).allowed.isEmpty());
    if (reaches) continue;
    const key = `${s.namespace}|${isolators.map((p) => p.key).join(',')}`;
    if (reported.has(key)) continue;
    reported.add(key);
    out.push({
      kind: 'DNS_EGRESS_MISSING',
      severity: 'warning',
      objects: [{ kind: 'pod', name: subjectKey(s), cidr: '' }, ...isolators.map((p) => policyObject(p.policy))],
      message: `pod ${subjectKey(s)} is isolated for egress by ${isolators.map((p) => p.key).join(', ')} and no rule allows UDP 53 to the cluster DNS (kube-system/kube-dns): it cannot resolve names (pods of its namespace isolated the same way are not listed again)`,
    });
  }
}

export function policyFindings(t: Topology): Finding[] {
  const model = policyModelOfTopology(t);
  const policyCount = model.networkPolicies.length + model.adminNetworkPolicies.length + (model.baselineAdminNetworkPolicy === null ? 0 : 1);
  if (policyCount === 0) return [];
  const c = compilePolicies(model, { cniPlugin: t.cni.plugin });
  const out: Finding[] = [];
  if (!c.enforcement.enforced) {
    out.push({
      kind: 'POLICIES_NOT_ENFORCED',
      severity: 'warning',
      objects: model.networkPolicies.map((p) => policyObject(p)),
      message: `${policyCount} polic${policyCount === 1 ? 'y is' : 'ies are'} present but not enforced: ${c.enforcement.assumption}`,
    });
  }
  for (const p of model.networkPolicies) {
    const selects = model.subjects.some((s) => s.namespace === p.namespace && !s.hostNetwork && matchesSelector(p.podSelector, s.labels));
    if (!selects) {
      out.push({ kind: 'POLICY_SELECTS_NOTHING', severity: 'warning', objects: [policyObject(p)], message: `NetworkPolicy ${p.namespace}/${p.name} selects no pod or workload of namespace ${p.namespace}: it has no effect` });
    }
  }
  namedPortFindings(c, out);
  ipBlockFindings(t, c, out);
  namespaceFindings(c, out);
  dnsFindings(c, out);
  return out;
}
