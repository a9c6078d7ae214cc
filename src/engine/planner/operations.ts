/**
 * The what-if planner's operations: typed changes to a Topology, persisted as JSON and applied in order.
 *
 * Versioned by shape, not by a number: an `op` name means one thing forever. Fields are only ever added
 * as optional, with a default that reproduces the old meaning; a change of meaning gets a new `op` name.
 * Unknown fields are rejected by `parseOperation`, so an operation written by a newer version fails
 * loudly on an older reader instead of being applied without the part it does not understand.
 *
 * Addresses and CIDRs are canonical strings after `parseOperation` (host bits refused, IPv6 in RFC 5952
 * form), like everything in the model. README.md gives every operation's rules and upstream sources.
 */
import type {
  CniPlugin,
  ExternalNetworkKind,
  IpFamily,
  KubeProxyMode,
  Labels,
  OverlayMode,
  Protocol,
  RouteType,
  ServiceType,
  TrafficPolicy,
} from '../model/topology';
import type { AdminNetworkPolicy, BaselineAdminNetworkPolicy, NetworkPolicy } from '../policy/types';

/** A route as an operation gives it; absent fields take the model's defaults (no via/dev/src, unicast). */
export interface RouteSpec {
  readonly destination: string;
  readonly via?: string | null;
  readonly dev?: string | null;
  readonly type?: RouteType;
  readonly metric?: number | null;
  readonly src?: string | null;
  readonly onlink?: boolean;
}

export interface ServicePortSpec {
  /** Required when the Service has more than one port (API validation). */
  readonly name?: string;
  readonly port: number;
  /** A number or a container port name; default: `port`. */
  readonly targetPort?: number | string;
  readonly protocol?: Protocol;
  /** NodePort / LoadBalancer only; default: the first free port of 30000–32767. */
  readonly nodePort?: number;
}

export interface AddNodes {
  readonly op: 'addNodes';
  readonly count: number;
  /** Underlay subnet of the nodes' first InternalIP. */
  readonly subnet: string;
  /** A subnet of the other family, for a second InternalIP (dual-stack nodes). */
  readonly secondarySubnet?: string;
  /** `{n}` is replaced by 1, 2, … skipping names in use; default `<subnet>-node-{n}`. */
  readonly namePattern?: string;
  readonly labels?: Labels;
  /** Explicit spec.podCIDRs, one list per new node (one CIDR per cluster CIDR, same order); default: the range allocator's. */
  readonly podCIDRs?: readonly (readonly string[])[];
  /** status.capacity.pods; default 110 (kubelet --max-pods). */
  readonly maxPods?: number;
}

export interface RemoveNode {
  readonly op: 'removeNode';
  readonly name: string;
  /** Default true: the node's pods (and their endpoints) go with it. false: refused while the node has pods. */
  readonly drain?: boolean;
}

export interface SetClusterCIDRs {
  readonly op: 'setClusterCIDRs';
  readonly cidrs: readonly string[];
}

export interface AddClusterCIDR {
  readonly op: 'addClusterCIDR';
  readonly cidr: string;
}

export interface SetNodeMask {
  readonly op: 'setNodeMask';
  readonly family: IpFamily;
  readonly size: number;
}

export interface SetServiceCIDRs {
  readonly op: 'setServiceCIDRs';
  readonly cidrs: readonly string[];
}

export interface SetCni {
  readonly op: 'setCni';
  readonly plugin?: CniPlugin;
  readonly overlay?: OverlayMode;
  readonly crossSubnet?: boolean;
  readonly bridge?: string;
  readonly vni?: number | null;
  readonly port?: number | null;
}

export interface SetUnderlayMtu {
  readonly op: 'setUnderlayMtu';
  /** A subnet's MTU (null = the underlay default), or without `subnet` the underlay default itself. */
  readonly subnet?: string;
  readonly mtu: number | null;
}

export interface SetPodMtu {
  readonly op: 'setPodMtu';
  /** cni.mtu; null = derived from the underlay MTU by the CNI's rule. */
  readonly mtu: number | null;
}

export interface AddSubnet {
  readonly op: 'addSubnet';
  readonly name: string;
  readonly cidr: string;
  readonly gateway?: string | null;
  readonly zone?: string | null;
  readonly mtu?: number | null;
}

export interface RemoveSubnet {
  readonly op: 'removeSubnet';
  readonly name: string;
}

export interface AddUnderlayRoute {
  readonly op: 'addUnderlayRoute';
  readonly route: RouteSpec;
}

/** Matches by destination, and by `via` when given (required when several routes share the destination). */
export interface RemoveUnderlayRoute {
  readonly op: 'removeUnderlayRoute';
  readonly destination: string;
  readonly via?: string | null;
}

export interface AddNodeRoute {
  readonly op: 'addNodeRoute';
  readonly node: string;
  readonly route: RouteSpec;
}

export interface RemoveNodeRoute {
  readonly op: 'removeNodeRoute';
  readonly node: string;
  readonly destination: string;
  readonly via?: string | null;
}

export interface AddExternalNetwork {
  readonly op: 'addExternalNetwork';
  readonly name: string;
  readonly cidr: string;
  readonly kind?: ExternalNetworkKind;
}

export interface RemoveExternalNetwork {
  readonly op: 'removeExternalNetwork';
  readonly name: string;
}

export interface SetKubeProxy {
  readonly op: 'setKubeProxy';
  readonly mode?: KubeProxyMode;
  readonly masqueradeBit?: number;
  readonly masqueradeAll?: boolean;
  readonly localhostNodePorts?: boolean;
  readonly nodePortAddresses?: readonly string[];
  readonly clusterCIDRs?: readonly string[];
}

export interface AddService {
  readonly op: 'addService';
  readonly namespace: string;
  readonly name: string;
  /** ClusterIP (default), NodePort or LoadBalancer. */
  readonly type?: Exclude<ServiceType, 'ExternalName'>;
  /** An address of a service CIDR, or "None" (headless); default: the first free address of the dynamic band. */
  readonly clusterIP?: string;
  readonly ports: readonly ServicePortSpec[];
  readonly selector?: Labels;
  /** Pods to create for the selector (default 0), spread like scaleService. */
  readonly replicas?: number;
  readonly nodeSelector?: Labels;
  readonly externalTrafficPolicy?: TrafficPolicy;
  readonly internalTrafficPolicy?: TrafficPolicy;
}

export interface RemoveService {
  readonly op: 'removeService';
  readonly namespace: string;
  readonly name: string;
}

export interface ScaleService {
  readonly op: 'scaleService';
  readonly namespace: string;
  readonly name: string;
  /** The number of pods the Service's selector should match afterwards. */
  readonly replicas: number;
  /** Restricts where new replicas go (node labels). */
  readonly nodeSelector?: Labels;
}

export interface ContainerPortSpec {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol?: Protocol;
}

export interface AddPods {
  readonly op: 'addPods';
  readonly namespace: string;
  /** Pods are named `<namePrefix>-<n>`, n = 1, 2, … skipping names in use. */
  readonly namePrefix: string;
  readonly count: number;
  readonly labels?: Labels;
  /** Put every pod on this node; otherwise spread round-robin over nodes (filtered by nodeSelector). */
  readonly node?: string;
  readonly nodeSelector?: Labels;
  readonly ports?: readonly ContainerPortSpec[];
  readonly hostNetwork?: boolean;
}

/** Exactly one of `names` and `selector`. */
export interface RemovePods {
  readonly op: 'removePods';
  readonly namespace: string;
  readonly names?: readonly string[];
  readonly selector?: Labels;
}

/** An operation carrying a policy manifest (metadata + spec, as kubectl prints it), kept as written. */
interface ManifestOperation<K extends string> {
  readonly op: K;
  readonly policy: Readonly<Record<string, unknown>>;
}

/** A NetworkPolicy manifest; a policy of that namespace/name must not exist. */
export type AddNetworkPolicy = ManifestOperation<'addNetworkPolicy'>;
/** The same, replacing the policy of that namespace/name, which must exist. */
export type ReplaceNetworkPolicy = ManifestOperation<'replaceNetworkPolicy'>;

export interface RemoveNetworkPolicy {
  readonly op: 'removeNetworkPolicy';
  readonly namespace: string;
  readonly name: string;
}

/** A policy.networking.k8s.io/v1alpha1 AdminNetworkPolicy manifest (cluster-scoped); no ANP of that name may exist. */
export type AddAdminNetworkPolicy = ManifestOperation<'addAdminNetworkPolicy'>;
/** The same, replacing the AdminNetworkPolicy of that name, which must exist. */
export type ReplaceAdminNetworkPolicy = ManifestOperation<'replaceAdminNetworkPolicy'>;

export interface RemoveAdminNetworkPolicy {
  readonly op: 'removeAdminNetworkPolicy';
  readonly name: string;
}

/** The BaselineAdminNetworkPolicy manifest (a singleton named `default`); none may exist yet. */
export type AddBaselineAdminNetworkPolicy = ManifestOperation<'addBaselineAdminNetworkPolicy'>;
/** The same, replacing the existing BaselineAdminNetworkPolicy. */
export type ReplaceBaselineAdminNetworkPolicy = ManifestOperation<'replaceBaselineAdminNetworkPolicy'>;

export interface RemoveBaselineAdminNetworkPolicy {
  readonly op: 'removeBaselineAdminNetworkPolicy';
}

/** The namespace's labels become `labels` (plus kubernetes.io/metadata.name, which the API server keeps). */
export interface SetNamespaceLabels {
  readonly op: 'setNamespaceLabels';
  readonly namespace: string;
  readonly labels: Labels;
}

/** The pod's labels become `labels` (Services selecting it follow). */
export interface SetPodLabels {
  readonly op: 'setPodLabels';
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
}

export type Operation =
  | AddNodes
  | RemoveNode
  | SetClusterCIDRs
  | AddClusterCIDR
  | SetNodeMask
  | SetServiceCIDRs
  | SetCni
  | SetUnderlayMtu
  | SetPodMtu
  | AddSubnet
  | RemoveSubnet
  | AddUnderlayRoute
  | RemoveUnderlayRoute
  | AddNodeRoute
  | RemoveNodeRoute
  | AddExternalNetwork
  | RemoveExternalNetwork
  | SetKubeProxy
  | AddService
  | RemoveService
  | ScaleService
  | AddPods
  | RemovePods
  | AddNetworkPolicy
  | ReplaceNetworkPolicy
  | RemoveNetworkPolicy
  | AddAdminNetworkPolicy
  | ReplaceAdminNetworkPolicy
  | RemoveAdminNetworkPolicy
  | AddBaselineAdminNetworkPolicy
  | ReplaceBaselineAdminNetworkPolicy
  | RemoveBaselineAdminNetworkPolicy
  | SetNamespaceLabels
  | SetPodLabels;

export type OperationKind = Operation['op'];

export const OPERATION_KINDS: readonly OperationKind[] = [
  'addNodes',
  'removeNode',
  'setClusterCIDRs',
  'addClusterCIDR',
  'setNodeMask',
  'setServiceCIDRs',
  'setCni',
  'setUnderlayMtu',
  'setPodMtu',
  'addSubnet',
  'removeSubnet',
  'addUnderlayRoute',
  'removeUnderlayRoute',
  'addNodeRoute',
  'removeNodeRoute',
  'addExternalNetwork',
  'removeExternalNetwork',
  'setKubeProxy',
  'addService',
  'removeService',
  'scaleService',
  'addPods',
  'removePods',
  'addNetworkPolicy',
  'replaceNetworkPolicy',
  'removeNetworkPolicy',
  'addAdminNetworkPolicy',
  'replaceAdminNetworkPolicy',
  'removeAdminNetworkPolicy',
  'addBaselineAdminNetworkPolicy',
  'replaceBaselineAdminNetworkPolicy',
  'removeBaselineAdminNetworkPolicy',
  'setNamespaceLabels',
  'setPodLabels',
];

/** A problem with an operation, at a field path (`operations[2].subnet`). */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** The policy kinds an operation carries as a manifest. */
export type PolicyManifest = NetworkPolicy | AdminNetworkPolicy | BaselineAdminNetworkPolicy;

export type ManifestRead<T> = { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads a policy manifest into the model with the API server's validation and defaulting, problems at `path…`.
 * The one validator is src/io's (the same one documents go through); the application layer passes it in, so the
 * planner stays pure and imports nothing outside the engine. Without a reader, policy manifests are refused.
 */
export interface PolicyManifestReader {
  networkPolicy(manifest: unknown, path: string): ManifestRead<NetworkPolicy>;
  adminNetworkPolicy(manifest: unknown, path: string): ManifestRead<AdminNetworkPolicy>;
  baselineAdminNetworkPolicy(manifest: unknown, path: string): ManifestRead<BaselineAdminNetworkPolicy>;
}

/** What parsing and applying operations may need from outside the engine. */
export interface OperationContext {
  readonly manifests?: PolicyManifestReader;
}
