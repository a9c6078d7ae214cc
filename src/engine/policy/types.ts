/**
 * The engine-facing model of network policy: what src/io produces from Namespace, NetworkPolicy,
 * AdminNetworkPolicy / BaselineAdminNetworkPolicy and workload documents, after validation and defaulting.
 *
 * Conventions (as in model/topology.ts): every CIDR is a canonical string (host bits cleared by the boundary;
 * the engine still masks them, as the API server's consumers do), every list keeps document order, labels are
 * plain records. Nothing in this file parses or computes except the two small defaulting helpers the
 * Kubernetes API itself defines (policyTypes, the namespace name label), exported so both the document reader
 * and the tests apply the very same rule.
 */
import type { Labels, Protocol } from '../model/topology';

export type { Labels, Protocol } from '../model/topology';

// ---------------------------------------------------------------------------------------------------------
// Label selectors (metav1.LabelSelector)

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
export type SelectorOperator = (typeof SELECTOR_OPERATORS)[number];

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  /** Non-empty for In / NotIn, empty for Exists / DoesNotExist (the API validates it). */
  readonly values: readonly string[];
}

/** matchLabels AND every matchExpression; `{}` (both empty) selects everything. */
export interface LabelSelector {
  readonly matchLabels: Labels;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

// ---------------------------------------------------------------------------------------------------------
// Namespaces, nodes and the things policies select

/** The label the API server puts on every namespace (KEP-2161, GA in 1.22). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export interface PolicyNamespace {
  readonly name: string;
  /** Always includes `kubernetes.io/metadata.name: <name>` (see `namespaceLabels`). */
  readonly labels: Labels;
}

/** A node, for AdminNetworkPolicy `nodes` peers and for "traffic from the pod's own node". */
export interface PolicyNode {
  readonly name: string;
  readonly labels: Labels;
  /** InternalIPs (and any address the node sends from), canonical. */
  readonly ips: readonly string[];
}

export const SUBJECT_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController', 'VirtualMachine'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** A container port as policies see it: only named ports matter to selectors, numbers to nothing but lint. */
export interface SubjectPort {
  readonly name: string | null;
  readonly port: number;
  readonly protocol: Protocol;
}

export interface WorkloadRef {
  /** A workload kind, or any kind a controller ownerReference names (a custom resource's, e.g. Argo's Rollout). */
  readonly kind: string;
  readonly name: string;
}

/**
 * What a policy can select: a running Pod, or a workload's pod template (a Deployment not yet deployed,
 * judged by its `spec.template` labels and container ports). Pods of a workload carry `owner` so that
 * connectivity at workload level groups them (netpol-analyzer: the Pod's controller owner — a Deployment
 * behind its ReplicaSet, a DaemonSet, a StatefulSet… — else the Pod itself).
 */
export interface PolicySubject {
  readonly namespace: string;
  readonly name: string;
  readonly kind: SubjectKind;
  /** Pod labels, or the workload's pod-template labels. */
  readonly labels: Labels;
  readonly ports: readonly SubjectPort[];
  /** status.podIPs (canonical); empty for a workload template or a pod without an address. */
  readonly ips: readonly string[];
  /** spec.nodeName; null = unscheduled or a template. */
  readonly node: string | null;
  /** hostNetwork pods share the node's addresses: policies never select them (see README). */
  readonly hostNetwork: boolean;
  /** The workload the pod belongs to (kind Pod only); null = a bare pod, or a workload template itself. */
  readonly owner: WorkloadRef | null;
  /** The pod has a controller ownerReference (`owner` read from it, not guessed from labels); for the assumptions. */
  readonly ownerFromReference?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// networking.k8s.io/v1 NetworkPolicy

export const POLICY_DIRECTIONS = ['Ingress', 'Egress'] as const;
export type PolicyDirection = (typeof POLICY_DIRECTIONS)[number];

export interface IpBlock {
  readonly cidr: string;
  /** Each inside `cidr` (validated at the boundary). */
  readonly except: readonly string[];
}

/**
 * One `from` / `to` element. The API allows exactly one of ipBlock or {podSelector, namespaceSelector}:
 * - podSelector only: pods of the policy's namespace;
 * - namespaceSelector only: every pod of the selected namespaces;
 * - both: pods matching podSelector in namespaces matching namespaceSelector (AND);
 * - ipBlock: addresses.
 */
export interface NetworkPolicyPeer {
  readonly podSelector: LabelSelector | null;
  readonly namespaceSelector: LabelSelector | null;
  readonly ipBlock: IpBlock | null;
}

export interface NetworkPolicyPort {
  /** Defaulted to TCP by the boundary. */
  readonly protocol: Protocol;
  /** A number, a container-port name, or null = every port of the protocol. */
  readonly port: number | string | null;
  /** Inclusive end of a range; only with a numeric `port`. */
  readonly endPort: number | null;
}

/** An empty `peers` list (from/to missing or []) matches every peer; empty `ports` matches every port. */
export interface NetworkPolicyRule {
  readonly peers: readonly NetworkPolicyPeer[];
  readonly ports: readonly NetworkPolicyPort[];
}

export interface NetworkPolicy {
  readonly namespace: string;
  readonly name: string;
  /** `{}` selects every pod of the namespace. */
  readonly podSelector: LabelSelector;
  /** AFTER defaulting (see `defaultPolicyTypes`). */
  readonly policyTypes: readonly PolicyDirection[];
  readonly ingress: readonly NetworkPolicyRule[];
  readonly egress: readonly NetworkPolicyRule[];
}

// ---------------------------------------------------------------------------------------------------------
// policy.networking.k8s.io/v1alpha1 AdminNetworkPolicy / BaselineAdminNetworkPolicy

export type AdminAction = 'Allow' | 'Deny' | 'Pass';
export type BaselineAction = 'Allow' | 'Deny';

/** ANP `subject` and the `pods` peer: `namespaces` = every pod of the selected namespaces. */
export type AdminPodSet =
  | { readonly kind: 'namespaces'; readonly namespaceSelector: LabelSelector }
  | { readonly kind: 'pods'; readonly namespaceSelector: LabelSelector; readonly podSelector: LabelSelector };

/** Ingress peers are pod sets; egress peers may also be `nodes` (by label) and `networks` (CIDRs). */
export type AdminPeer =
  | AdminPodSet
  | { readonly kind: 'nodes'; readonly nodeSelector: LabelSelector }
  | { readonly kind: 'networks'; readonly cidrs: readonly string[] };

/** `portNumber` / `portRange` (inclusive) / `namedPort` (resolved on the destination pod, any protocol). */
export type AdminPort =
  | { readonly kind: 'number'; readonly protocol: Protocol; readonly port: number }
  | { readonly kind: 'range'; readonly protocol: Protocol; readonly start: number; readonly end: number }
  | { readonly kind: 'named'; readonly name: string };

export interface AdminRule<A extends string = AdminAction> {
  /** The rule's `name` (optional in the API; null when absent). */
  readonly name: string | null;
  readonly action: A;
  /** `from` (ingress) / `to` (egress); at least one (API validation). */
  readonly peers: readonly AdminPeer[];
  /** Empty = every port. */
  readonly ports: readonly AdminPort[];
}

export interface AdminNetworkPolicy {
  readonly name: string;
  /** 0–1000; lower numbers take precedence. */
  readonly priority: number;
  readonly subject: AdminPodSet;
  readonly ingress: readonly AdminRule<AdminAction>[];
  readonly egress: readonly AdminRule<AdminAction>[];
}

/** The single cluster object named `default`. */
export interface BaselineAdminNetworkPolicy {
  readonly name: string;
  readonly subject: AdminPodSet;
  readonly ingress: readonly AdminRule<BaselineAction>[];
  readonly egress: readonly AdminRule<BaselineAction>[];
}

// ---------------------------------------------------------------------------------------------------------
// Settings (Topology document `spec.networkPolicy`)

/**
 * Where data planes genuinely differ, or the API leaves the behavior open. Every answer states the value
 * it used in its assumptions.
 */
export interface NetworkPolicySettings {
  /**
   * Whether an ipBlock matches a cluster pod by its pod IP. The API says ipBlocks "should be cluster-external
   * IPs" and leaves it to the implementation; Kubernetes' e2e tests expect pod IPs to match (default true);
   * netpol-analyzer assumes they never do.
   */
  readonly ipBlockSelectsPodIPs: boolean;
  /** Whether the data plane enforces policies; undefined = inferred from the CNI (`inferEnforcement`). */
  readonly enforced: boolean | undefined;
  /**
   * A pod's traffic to itself (its own IP). The concept page: "a pod cannot block access to itself";
   * default `allowed`. `policy` judges it like any other pod-to-pod connection.
   */
  readonly podToItself: 'allowed' | 'policy';
  /**
   * Traffic between a pod and the node it runs on (kubelet probes, host-network pods on that node).
   * The API: "traffic to and from the node where a Pod is running is always allowed"; default `allowed`.
   */
  readonly ownNode: 'allowed' | 'policy';
  /**
   * hostNetwork pods. The concept page leaves it open between two behaviors: `node` — the plugin cannot tell
   * their traffic from the node's, ignores them in podSelector / namespaceSelector and judges them as the node IP
   * ("the most common implementation", the default); `pod` — policies select and isolate them like any pod
   * (netpol-analyzer's model).
   */
  readonly hostNetworkPods: 'node' | 'pod';
}

export const DEFAULT_POLICY_SETTINGS: NetworkPolicySettings = {
  ipBlockSelectsPodIPs: true,
  enforced: undefined,
  podToItself: 'allowed',
  ownNode: 'allowed',
  hostNetworkPods: 'node',
};

/** Everything the evaluator needs, in one value (compiled once by `compilePolicies`). */
export interface PolicyModel {
  readonly namespaces: readonly PolicyNamespace[];
  readonly nodes: readonly PolicyNode[];
  readonly subjects: readonly PolicySubject[];
  readonly networkPolicies: readonly NetworkPolicy[];
  readonly adminNetworkPolicies: readonly AdminNetworkPolicy[];
  readonly baselineAdminNetworkPolicy: BaselineAdminNetworkPolicy | null;
  readonly settings: NetworkPolicySettings;
}

// ---------------------------------------------------------------------------------------------------------
// Defaulting the API defines

/**
 * `spec.policyTypes` defaulting (k8s.io/api networking/v1 types.go, NetworkPolicySpec.PolicyTypes): when the
 * field is absent, `["Ingress"]` plus `"Egress"` iff the policy has egress rules. An explicit list is kept
 * (order normalized to Ingress, Egress).
 */
export function defaultPolicyTypes(specPolicyTypes: readonly PolicyDirection[] | null | undefined, egressRuleCount: number): PolicyDirection[] {
  if (specPolicyTypes === null || specPolicyTypes === undefined || specPolicyTypes.length === 0) {
    return egressRuleCount > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  return POLICY_DIRECTIONS.filter((d) => specPolicyTypes.includes(d));
}

/** A namespace's labels as the API server stores them: its own plus `kubernetes.io/metadata.name=<name>`. */
export function namespaceLabels(name: string, labels: Labels = {}): Labels {
  return { ...labels, [NAMESPACE_NAME_LABEL]: name };
}
