/**
 * The policy part of the model, as documents declare it after validation (src/io): Namespaces with their
 * labels, NetworkPolicies, AdminNetworkPolicies and the BaselineAdminNetworkPolicy, workloads declared without
 * their pods, and the topology's policy settings. Kubernetes' shapes with the API server's defaults applied
 * (protocol TCP, policyTypes, `kubernetes.io/metadata.name`), CIDRs canonical. Evaluation lives in
 * src/engine/policy (its input, pods as subjects with their workloads: policy/fromTopology.ts); nothing here
 * computes beyond the lookups every consumer needs.
 *
 * Sources: kubernetes/kubernetes staging/src/k8s.io/api/networking/v1/types.go,
 * pkg/apis/networking/v1/defaults.go (SetDefaults_NetworkPolicy), apimachinery pkg/apis/meta/v1/types.go
 * (LabelSelector); kubernetes-sigs/network-policy-api apis/v1alpha1.
 */
import {
  DEFAULT_POLICY_SETTINGS,
  NAMESPACE_NAME_LABEL,
  type AdminNetworkPolicy,
  type BaselineAdminNetworkPolicy,
  type NetworkPolicy,
  type NetworkPolicySettings,
  type PolicyNamespace,
} from '../policy/types';
import type { ContainerPort, Labels, Topology } from './topology';

// The policy objects are the evaluator's own types (src/engine/policy/types.ts): one definition for the document
// reader, the store and the evaluator.
export {
  NAMESPACE_NAME_LABEL,
  SELECTOR_OPERATORS,
  type AdminAction,
  type AdminNetworkPolicy,
  type AdminPeer,
  type AdminPodSet,
  type AdminPort,
  type AdminRule,
  type BaselineAction,
  type BaselineAdminNetworkPolicy,
  type IpBlock,
  type LabelSelector,
  type LabelSelectorRequirement,
  type NetworkPolicy,
  type NetworkPolicyPeer,
  type NetworkPolicyPort,
  type NetworkPolicyRule,
  type NetworkPolicySettings,
  type PolicyDirection,
  type SelectorOperator,
} from '../policy/types';

export type Namespace = PolicyNamespace;

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** A pod-owning object declared without its pods (manifests from a repository): modeled by its pod template. */
export interface Workload {
  readonly kind: WorkloadKind;
  readonly namespace: string;
  readonly name: string;
  /** The pod template's labels (what selectors see). */
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  readonly hostNetwork: boolean;
  /** spec.replicas as written; null = not written (the API's default is 1 where it applies). */
  readonly replicas: number | null;
}

/**
 * The policy part of a Topology. Optional on Topology so that code building topologies without policies
 * (generators, the planner's node operations, tests) stays as it is: absent = none, settings at their defaults.
 */
export interface TopologyPolicies {
  readonly namespaces?: readonly Namespace[];
  readonly networkPolicies?: readonly NetworkPolicy[];
  readonly adminNetworkPolicies?: readonly AdminNetworkPolicy[];
  readonly baselineAdminNetworkPolicies?: readonly BaselineAdminNetworkPolicy[];
  readonly workloads?: readonly Workload[];
  readonly networkPolicy?: NetworkPolicySettings;
}

/** Every field of TopologyPolicies present (absent ones empty or default). */
export function policyModelOf(t: Topology): Required<TopologyPolicies> {
  return {
    namespaces: t.namespaces ?? [],
    networkPolicies: t.networkPolicies ?? [],
    adminNetworkPolicies: t.adminNetworkPolicies ?? [],
    baselineAdminNetworkPolicies: t.baselineAdminNetworkPolicies ?? [],
    workloads: t.workloads ?? [],
    networkPolicy: t.networkPolicy ?? DEFAULT_POLICY_SETTINGS,
  };
}

/** Every namespace of the topology: declared ones, plus those pods, Services, workloads and policies name. */
export function allNamespaces(t: Topology): Namespace[] {
  const declared = new Map((t.namespaces ?? []).map((ns) => [ns.name, ns]));
  const out = [...declared.values()];
  const add = (name: string) => {
    if (declared.has(name)) return;
    const ns: Namespace = { name, labels: { [NAMESPACE_NAME_LABEL]: name } };
    declared.set(name, ns);
    out.push(ns);
  };
  for (const list of [t.pods, t.services, t.workloads ?? [], t.networkPolicies ?? []]) for (const o of list) add(o.namespace);
  return out;
}

/**
 * The policy fields in their one stored form: empty lists and default settings left out, so a topology
 * without policies is the same value whether it came from a document, the store or code that never heard of
 * policies.
 */
export function compactPolicyModel(model: TopologyPolicies): TopologyPolicies {
  const out: { -readonly [K in keyof TopologyPolicies]: TopologyPolicies[K] } = {};
  if ((model.namespaces ?? []).length > 0) out.namespaces = model.namespaces;
  if ((model.networkPolicies ?? []).length > 0) out.networkPolicies = model.networkPolicies;
  if ((model.adminNetworkPolicies ?? []).length > 0) out.adminNetworkPolicies = model.adminNetworkPolicies;
  if ((model.baselineAdminNetworkPolicies ?? []).length > 0) out.baselineAdminNetworkPolicies = model.baselineAdminNetworkPolicies;
  if ((model.workloads ?? []).length > 0) out.workloads = model.workloads;
  const s = model.networkPolicy;
  const d = DEFAULT_POLICY_SETTINGS;
  if (s !== undefined && (s.ipBlockSelectsPodIPs !== d.ipBlockSelectsPodIPs || s.enforced !== d.enforced || s.podToItself !== d.podToItself || s.ownNode !== d.ownNode || s.hostNetworkPods !== d.hostNetworkPods)) {
    out.networkPolicy = s;
  }
  return out;
}

/** Labels of a namespace as the API server stores them (declared ones, else only the name label). */
export function labelsOfNamespace(t: Topology, name: string): Labels {
  return (t.namespaces ?? []).find((ns) => ns.name === name)?.labels ?? { [NAMESPACE_NAME_LABEL]: name };
}
