/**
 * The policy part of the model, as documents declare it after validation (src/io): Namespaces with their
 * labels, NetworkPolicies, AdminNetworkPolicies and the BaselineAdminNetworkPolicy, workloads declared without
 * their pods, and the topology's policy settings. Kubernetes' shapes with the API server's defaults applied
 * (protocol TCP, policyTypes, `kubernetes.io/metadata.name`), CIDRs canonical. Evaluation lives in
 * src/engine/policy; nothing here computes beyond the lookups every consumer needs.
 *
 * Sources: kubernetes/kubernetes staging/src/k8s.io/api/networking/v1/types.go,
 * pkg/apis/networking/v1/defaults.go (SetDefaults_NetworkPolicy), apimachinery pkg/apis/meta/v1/types.go
 * (LabelSelector); kubernetes-sigs/network-policy-api apis/v1alpha1.
 */
import type { ContainerPort, Labels, Protocol, Topology } from './topology';

/** Set by the API server on every namespace since Kubernetes 1.21 (NamespaceDefaultLabelName). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
export type SelectorOperator = (typeof SELECTOR_OPERATORS)[number];

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  /** Non-empty for In/NotIn, empty for Exists/DoesNotExist. */
  readonly values: readonly string[];
}

/** metav1.LabelSelector: matchLabels AND matchExpressions; both empty = everything. */
export interface LabelSelector {
  readonly matchLabels: Labels;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

export interface Namespace {
  readonly name: string;
  /** Always holds `kubernetes.io/metadata.name: <name>`. */
  readonly labels: Labels;
}

export type PolicyType = 'Ingress' | 'Egress';

export interface IPBlock {
  readonly cidr: string;
  /** Canonical CIDRs inside `cidr`, same family. */
  readonly except: readonly string[];
}

/** One `from`/`to` entry: exactly one of ipBlock, or one or both selectors. */
export interface NetworkPolicyPeer {
  readonly podSelector: LabelSelector | null;
  readonly namespaceSelector: LabelSelector | null;
  readonly ipBlock: IPBlock | null;
}

export interface NetworkPolicyPort {
  /** Defaults to TCP. */
  readonly protocol: Protocol;
  /** A number, a named container port, or null = every port of the protocol. */
  readonly port: number | string | null;
  /** Inclusive end of a range; only with a numeric port. */
  readonly endPort: number | null;
}

export interface NetworkPolicyRule {
  /** `from` (ingress) or `to` (egress); empty = every peer, outside addresses included. */
  readonly peers: readonly NetworkPolicyPeer[];
  /** Empty = every port. */
  readonly ports: readonly NetworkPolicyPort[];
}

export interface NetworkPolicy {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  readonly podSelector: LabelSelector;
  /** After defaulting: [Ingress], plus Egress when there are egress rules (SetDefaults_NetworkPolicy). */
  readonly policyTypes: readonly PolicyType[];
  readonly ingress: readonly NetworkPolicyRule[];
  readonly egress: readonly NetworkPolicyRule[];
}

export type AnpAction = 'Allow' | 'Deny' | 'Pass';

/** Whom an (Baseline)AdminNetworkPolicy applies to: all pods of the selected namespaces, or selected pods. */
export type AnpSubject =
  | { readonly kind: 'namespaces'; readonly namespaceSelector: LabelSelector }
  | { readonly kind: 'pods'; readonly namespaceSelector: LabelSelector; readonly podSelector: LabelSelector };

export type AnpPeer =
  | AnpSubject
  /** Egress only. */
  | { readonly kind: 'nodes'; readonly nodeSelector: LabelSelector }
  /** Egress only: canonical CIDRs. */
  | { readonly kind: 'networks'; readonly networks: readonly string[] };

export type AnpPort =
  | { readonly kind: 'number'; readonly protocol: Protocol; readonly port: number }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'range'; readonly protocol: Protocol; readonly start: number; readonly end: number };

export interface AnpRule {
  readonly name: string | null;
  readonly action: AnpAction;
  /** `from` (ingress) or `to` (egress); at least one. */
  readonly peers: readonly AnpPeer[];
  /** null = every port. */
  readonly ports: readonly AnpPort[] | null;
}

export interface AdminNetworkPolicy {
  readonly name: string;
  /** 0–1000; lower is evaluated first. */
  readonly priority: number;
  readonly subject: AnpSubject;
  readonly ingress: readonly AnpRule[];
  readonly egress: readonly AnpRule[];
}

/** The cluster singleton (its name must be `default`); actions Allow or Deny only. */
export interface BaselineAdminNetworkPolicy {
  readonly name: string;
  readonly subject: AnpSubject;
  readonly ingress: readonly AnpRule[];
  readonly egress: readonly AnpRule[];
}

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

/** `spec.networkPolicy` of the Topology document: where data planes differ, or the API leaves a choice open. */
export interface NetworkPolicySettings {
  /**
   * Whether an ipBlock matches a cluster pod by its pod IP. The API says ipBlocks "should be cluster-external
   * IPs" and leaves it open; Kubernetes' e2e tests expect that they do (default true).
   */
  readonly ipBlockSelectsPodIPs: boolean;
  /** null = inferred from the CNI plugin (flannel, kubenet and bridge do not enforce). */
  readonly enforced: boolean | null;
  /** A pod's traffic to its own IP is never judged (the NetworkPolicy docs: a pod cannot block access to itself). */
  readonly allowPodToSelf: boolean;
}

export const DEFAULT_NETWORK_POLICY_SETTINGS: NetworkPolicySettings = { ipBlockSelectsPodIPs: true, enforced: null, allowPodToSelf: true };

/**
 * The policy part of a Topology. Optional on Topology so that code building topologies without policies
 * (generators, the planner's node operations, tests) stays as it is: absent = none, settings at their defaults.
 */
export interface PolicyModel {
  readonly namespaces?: readonly Namespace[];
  readonly networkPolicies?: readonly NetworkPolicy[];
  readonly adminNetworkPolicies?: readonly AdminNetworkPolicy[];
  readonly baselineAdminNetworkPolicies?: readonly BaselineAdminNetworkPolicy[];
  readonly workloads?: readonly Workload[];
  readonly networkPolicy?: NetworkPolicySettings;
}

/** Every field of PolicyModel present (absent ones empty or default). */
export function policyModelOf(t: Topology): Required<PolicyModel> {
  return {
    namespaces: t.namespaces ?? [],
    networkPolicies: t.networkPolicies ?? [],
    adminNetworkPolicies: t.adminNetworkPolicies ?? [],
    baselineAdminNetworkPolicies: t.baselineAdminNetworkPolicies ?? [],
    workloads: t.workloads ?? [],
    networkPolicy: t.networkPolicy ?? DEFAULT_NETWORK_POLICY_SETTINGS,
  };
}

/** CNI plugins that implement NetworkPolicy on their own (docs: each plugin's network policy page). */
const ENFORCING_PLUGINS: ReadonlySet<string> = new Set(['calico', 'cilium', 'weave', 'aws-vpc-cni']);

/** Whether policies are enforced: the setting, else inferred from the CNI plugin. */
export function policiesEnforced(t: Topology): { enforced: boolean; reason: string } {
  const setting = t.networkPolicy?.enforced ?? null;
  if (setting !== null) return { enforced: setting, reason: `spec.networkPolicy.enforced is ${setting}` };
  const plugin = t.cni.plugin;
  if (ENFORCING_PLUGINS.has(plugin)) return { enforced: true, reason: `the CNI plugin ${plugin} enforces NetworkPolicy` };
  if (plugin === 'generic') return { enforced: true, reason: 'the CNI plugin is generic: NetworkPolicy is assumed enforced (set spec.networkPolicy.enforced to say otherwise)' };
  return { enforced: false, reason: `the CNI plugin ${plugin} does not enforce NetworkPolicy (set spec.networkPolicy.enforced if another agent does)` };
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
export function compactPolicyModel(model: PolicyModel): PolicyModel {
  const out: { -readonly [K in keyof PolicyModel]: PolicyModel[K] } = {};
  if ((model.namespaces ?? []).length > 0) out.namespaces = model.namespaces;
  if ((model.networkPolicies ?? []).length > 0) out.networkPolicies = model.networkPolicies;
  if ((model.adminNetworkPolicies ?? []).length > 0) out.adminNetworkPolicies = model.adminNetworkPolicies;
  if ((model.baselineAdminNetworkPolicies ?? []).length > 0) out.baselineAdminNetworkPolicies = model.baselineAdminNetworkPolicies;
  if ((model.workloads ?? []).length > 0) out.workloads = model.workloads;
  const s = model.networkPolicy;
  const d = DEFAULT_NETWORK_POLICY_SETTINGS;
  if (s !== undefined && (s.ipBlockSelectsPodIPs !== d.ipBlockSelectsPodIPs || s.enforced !== d.enforced || s.allowPodToSelf !== d.allowPodToSelf)) out.networkPolicy = s;
  return out;
}
