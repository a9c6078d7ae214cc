import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Topology as TopologyModel, ServicePort as ServicePortModel } from '../../../engine/model/topology';
import type { NodeParent, PodParent, ServiceParent, SubnetParent, EndpointSliceParent, EndpointParent, TraceParent, TraceBranchParent, HopParent, StepParent, StepDetailParent, ScenarioDiffParent, ReachabilityDiffParent, CellChangeParent, PairDiffParent, OperationParent, DroppedOperationParent, FindingDetailsParent } from '../mappers';
import type { TopologySummary as TopologySummaryModel } from '../../../store/topologyRepository';
import type { ScenarioView as ScenarioModel } from '../../../app/scenarioService';
import type { TraceResultParent, ReachabilityParent, DiffResultParent, WhatIfParent } from '../diagramResolvers';
import type { ReachabilityMatrix as ReachabilityMatrixModel } from '../../../engine/trace';
import type { CapacityAnswer } from '../../../questions/capacity';
import type { ConnectivityAnswer } from '../../../questions/connectivity';
import type { ConflictsAnswer } from '../../../questions/conflicts';
import type { JobView as JobModel } from '../../../app/jobs/jobService';
import type { FreeCidrAnswer } from '../../../engine/capacity/freeCidr';
import type { MaxPodsAnswer, CapacityReport as CapacityReportModel, Plan as PlanModel } from '../../../engine/capacity';
import type { InferAnswer } from '../../../app/inferService';
import type { Finding as OverheadFindingModel } from '../../../engine/overlay/findings';
import type { IptablesTable as IptablesTableModel } from '../../../engine/services/kubeproxy';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A moment in time, ISO 8601 in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Arbitrary JSON, only for pass-through Kubernetes objects, tool-shaped data and operations in their stored form (each field says what it holds). */
  JSON: { input: unknown; output: unknown; }
};

/** Fields of addExternalNetwork. */
export type AddExternalNetworkFields = {
  readonly __typename?: 'AddExternalNetworkFields';
  /** Its CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** What it is. */
  readonly kind?: Maybe<ExternalNetworkKind>;
  /** Its name. */
  readonly name: Scalars['String']['output'];
};

/** Fields of addExternalNetwork. */
export type AddExternalNetworkInput = {
  /** Its CIDR. */
  readonly cidr: Scalars['String']['input'];
  /** What it is. */
  readonly kind?: InputMaybe<ExternalNetworkKind>;
  /** Its name. */
  readonly name: Scalars['String']['input'];
};

/** Fields of addNodes. */
export type AddNodesFields = {
  readonly __typename?: 'AddNodesFields';
  /** How many nodes, at least 1. */
  readonly count: Scalars['Int']['output'];
  /** The nodes' labels. */
  readonly labels?: Maybe<ReadonlyArray<Label>>;
  /** status.capacity.pods (default 110, kubelet --max-pods). */
  readonly maxPods?: Maybe<Scalars['Int']['output']>;
  /** Node names: `{n}` becomes 1, 2, … skipping names in use (default `<subnet>-node-{n}`). */
  readonly namePattern?: Maybe<Scalars['String']['output']>;
  /** Explicit spec.podCIDRs, one list per new node (default: the range allocator's). */
  readonly podCIDRs?: Maybe<ReadonlyArray<ReadonlyArray<Scalars['String']['output']>>>;
  /** A subnet of the other family for a second InternalIP (dual-stack nodes). */
  readonly secondarySubnet?: Maybe<Scalars['String']['output']>;
  /** The underlay subnet of the nodes' first InternalIP. */
  readonly subnet: Scalars['String']['output'];
};

/** Fields of addNodes. */
export type AddNodesInput = {
  /** How many nodes, at least 1. */
  readonly count: Scalars['Int']['input'];
  /** The nodes' labels. */
  readonly labels?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** status.capacity.pods (default 110, kubelet --max-pods). */
  readonly maxPods?: InputMaybe<Scalars['Int']['input']>;
  /** Node names: `{n}` becomes 1, 2, … skipping names in use (default `<subnet>-node-{n}`). */
  readonly namePattern?: InputMaybe<Scalars['String']['input']>;
  /** Explicit spec.podCIDRs, one list per new node (default: the range allocator's). */
  readonly podCIDRs?: InputMaybe<ReadonlyArray<ReadonlyArray<Scalars['String']['input']>>>;
  /** A subnet of the other family for a second InternalIP (dual-stack nodes). */
  readonly secondarySubnet?: InputMaybe<Scalars['String']['input']>;
  /** The underlay subnet of the nodes' first InternalIP. */
  readonly subnet: Scalars['String']['input'];
};

/** Fields of addPods. */
export type AddPodsFields = {
  readonly __typename?: 'AddPodsFields';
  /** How many. */
  readonly count: Scalars['Int']['output'];
  /** hostNetwork pods (the node's addresses). */
  readonly hostNetwork?: Maybe<Scalars['Boolean']['output']>;
  /** Their labels. */
  readonly labels?: Maybe<ReadonlyArray<Label>>;
  /** Pods are named `<namePrefix>-<n>`, n = 1, 2, … skipping names in use. */
  readonly namePrefix: Scalars['String']['output'];
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
  /** Put every pod on this node (otherwise round-robin over nodes). */
  readonly node?: Maybe<Scalars['String']['output']>;
  /** Only nodes with these labels. */
  readonly nodeSelector?: Maybe<ReadonlyArray<Label>>;
  /** Their container ports. */
  readonly ports?: Maybe<ReadonlyArray<ContainerPortFields>>;
};

/** Fields of addPods. */
export type AddPodsInput = {
  /** How many. */
  readonly count: Scalars['Int']['input'];
  /** hostNetwork pods (the node's addresses). */
  readonly hostNetwork?: InputMaybe<Scalars['Boolean']['input']>;
  /** Their labels. */
  readonly labels?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** Pods are named `<namePrefix>-<n>`, n = 1, 2, … skipping names in use. */
  readonly namePrefix: Scalars['String']['input'];
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
  /** Put every pod on this node (otherwise round-robin over nodes). */
  readonly node?: InputMaybe<Scalars['String']['input']>;
  /** Only nodes with these labels. */
  readonly nodeSelector?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** Their container ports. */
  readonly ports?: InputMaybe<ReadonlyArray<ContainerPortInput>>;
};

/** Fields of addService. */
export type AddServiceFields = {
  readonly __typename?: 'AddServiceFields';
  /** An address of a service CIDR, or None (headless) (default: the first free address of the dynamic band). */
  readonly clusterIP?: Maybe<Scalars['String']['output']>;
  /** spec.externalTrafficPolicy. */
  readonly externalTrafficPolicy?: Maybe<TrafficPolicy>;
  /** spec.internalTrafficPolicy. */
  readonly internalTrafficPolicy?: Maybe<TrafficPolicy>;
  /** The name. */
  readonly name: Scalars['String']['output'];
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
  /** Where the new pods may go (node labels). */
  readonly nodeSelector?: Maybe<ReadonlyArray<Label>>;
  /** The ports. */
  readonly ports: ReadonlyArray<ServicePortFields>;
  /** Pods to create for the selector (default 0), spread like scaleService. */
  readonly replicas?: Maybe<Scalars['Int']['output']>;
  /** The pod selector. */
  readonly selector?: Maybe<ReadonlyArray<Label>>;
  /** ClusterIP (default), NodePort or LoadBalancer. */
  readonly type?: Maybe<ServiceType>;
};

/** Fields of addService. */
export type AddServiceInput = {
  /** An address of a service CIDR, or None (headless) (default: the first free address of the dynamic band). */
  readonly clusterIP?: InputMaybe<Scalars['String']['input']>;
  /** spec.externalTrafficPolicy. */
  readonly externalTrafficPolicy?: InputMaybe<TrafficPolicy>;
  /** spec.internalTrafficPolicy. */
  readonly internalTrafficPolicy?: InputMaybe<TrafficPolicy>;
  /** The name. */
  readonly name: Scalars['String']['input'];
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
  /** Where the new pods may go (node labels). */
  readonly nodeSelector?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** The ports. */
  readonly ports: ReadonlyArray<ServicePortInput>;
  /** Pods to create for the selector (default 0), spread like scaleService. */
  readonly replicas?: InputMaybe<Scalars['Int']['input']>;
  /** The pod selector. */
  readonly selector?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** ClusterIP (default), NodePort or LoadBalancer. */
  readonly type?: InputMaybe<ServiceType>;
};

/** Fields of addSubnet. */
export type AddSubnetFields = {
  readonly __typename?: 'AddSubnetFields';
  /** Its CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** Its gateway address. */
  readonly gateway?: Maybe<Scalars['String']['output']>;
  /** Its MTU in bytes (default: the underlay's). */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** The subnet's name. */
  readonly name: Scalars['String']['output'];
  /** Its zone. */
  readonly zone?: Maybe<Scalars['String']['output']>;
};

/** Fields of addSubnet. */
export type AddSubnetInput = {
  /** Its CIDR. */
  readonly cidr: Scalars['String']['input'];
  /** Its gateway address. */
  readonly gateway?: InputMaybe<Scalars['String']['input']>;
  /** Its MTU in bytes (default: the underlay's). */
  readonly mtu?: InputMaybe<Scalars['Int']['input']>;
  /** The subnet's name. */
  readonly name: Scalars['String']['input'];
  /** Its zone. */
  readonly zone?: InputMaybe<Scalars['String']['input']>;
};

/** Strings present on one side only. */
export type AddedRemoved = {
  readonly __typename?: 'AddedRemoved';
  /** Only after (in the fork). */
  readonly added: ReadonlyArray<Scalars['String']['output']>;
  /** Only before (in the baseline). */
  readonly removed: ReadonlyArray<Scalars['String']['output']>;
};

/** Strings of each side. */
export type BeforeAfterStrings = {
  readonly __typename?: 'BeforeAfterStrings';
  /** The fork's. */
  readonly after: ReadonlyArray<Scalars['String']['output']>;
  /** The baseline's. */
  readonly before: ReadonlyArray<Scalars['String']['output']>;
};

/** A Calico IP pool's blocks (calico-ipam: IPPool blockSize, strictAffinity, maxBlocksPerHost). */
export type CalicoPoolCapacity = {
  readonly __typename?: 'CalicoPoolCapacity';
  /** Addresses per block, decimal string. */
  readonly blockAddresses: Scalars['String']['output'];
  /** The block prefix length (calico.blockSize). */
  readonly blockSize: Figure;
  /** Blocks in the pool (calico.blocks). */
  readonly blocks: CountFigure;
  /** Its family. */
  readonly family: IpFamily;
  /** IPAMConfig maxBlocksPerHost (0 = unlimited). */
  readonly maxBlocksPerHost: Scalars['Int']['output'];
  /** Nodes the pool can serve (calico.maxNodes); its value is null when unlimited. */
  readonly maxNodes: CountFigure;
  /** Addresses one node can take (calico.perNodeAddresses); its value is null when unlimited. */
  readonly perNodeAddressLimit: CountFigure;
  /** The pool's CIDR. */
  readonly pool: Scalars['String']['output'];
  /** What is wrong with the pool. */
  readonly problems: ReadonlyArray<Scalars['String']['output']>;
  /** Whether blocks are strictly affine to their host. */
  readonly strictAffinity: Scalars['Boolean']['output'];
  /** Tunnel addresses each node takes from the pool. */
  readonly tunnelAddressesPerNode: Scalars['Int']['output'];
};

/** Address headroom and forecast (docs/capacity-json.md). */
export type Capacity = {
  readonly __typename?: 'Capacity';
  /** The forecast plot: use today, the line to exhaustion per resource, the first exhaustion marked. SVG only (DOT is BAD_USER_INPUT naming format). */
  readonly diagram: Scalars['String']['output'];
  /** The threshold asked for, in percent. */
  readonly failBelow?: Maybe<Scalars['Float']['output']>;
  /** True when some freePercent is below failBelow. */
  readonly failed: Scalars['Boolean']['output'];
  /** One entry per resource and range. */
  readonly headroom: ReadonlyArray<Headroom>;
  /** The lowest headroom. */
  readonly lowest?: Maybe<Headroom>;
  /** The whole capacity report (docs/capacity-json.md). */
  readonly report: CapacityReport;
};


/** Address headroom and forecast (docs/capacity-json.md). */
export type CapacityDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** The capacity section (src/engine/capacity): node CIDR blocks, pods, ClusterIPs, side by side. */
export type CapacityDiff = {
  readonly __typename?: 'CapacityDiff';
  /** kube-controller-manager's refusal to start (range allocator), per side; null when it starts. */
  readonly controllerError: NullableStringChange;
  /** Nodes the cluster CIDRs can hold. */
  readonly maxNodes: IntChange;
  /** Node CIDR blocks per family. */
  readonly nodeCIDRs: ReadonlyArray<NodeCidrsChange>;
  /** Nodes. */
  readonly nodes: IntChange;
  /** Pod addresses and placement. */
  readonly pods: PodCapacityChange;
  /** ClusterIPs per service CIDR, by position. */
  readonly serviceIPs: ReadonlyArray<ServiceIpsChange>;
};

/** A component's check on a range. */
export type CapacityLimit = {
  readonly __typename?: 'CapacityLimit';
  /** The component's own message when violated, the limit in words when satisfied. */
  readonly message: Scalars['String']['output'];
  /** True when the range satisfies it. */
  readonly ok: Scalars['Boolean']['output'];
  /** Stable rule id, e.g. `apiserver.serviceRange.maxBits`. */
  readonly rule: Scalars['String']['output'];
  /** Keys of the upstream sources; the report's `citations` give each key's text. */
  readonly sources: ReadonlyArray<Scalars['String']['output']>;
};

/** The provider whose address rules a capacity report applied. */
export type CapacityProvider = {
  readonly __typename?: 'CapacityProvider';
  /** The IPAM that hands out pod addresses. */
  readonly ipam: IpamKind;
  /** How the provider was decided (option, node label, CNI plugin). */
  readonly reason: Scalars['String']['output'];
  /** The provider. */
  readonly value: Provider;
};

/** The whole capacity report of a topology (docs/capacity-json.md, CapacityReport): node CIDRs, pods, ClusterIPs, underlay subnets, provider rules and the forecast. */
export type CapacityReport = {
  readonly __typename?: 'CapacityReport';
  /** What the report assumed, in words. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** The texts of every source the figures cite. */
  readonly citations: ReadonlyArray<Citation>;
  /** When each resource runs out at the given growth; null unless growth was given. */
  readonly forecast?: Maybe<Forecast>;
  /** Node pod-CIDR blocks per cluster CIDR, as kube-controller-manager's range allocator hands them out. */
  readonly nodeCIDRs: NodeCidrReport;
  /** Pods the nodes can take, by max-pods and usable pod-CIDR addresses. */
  readonly pods: PodCapacityReport;
  /** Whose address rules applied and how that was decided. */
  readonly provider: CapacityProvider;
  /** The managed provider's own limits (GKE, AKS, EKS); only `provider` for generic and Calico. */
  readonly providerRules: ProviderRules;
  /** One entry per service CIDR, in order (index 0 is the primary). */
  readonly services: ReadonlyArray<ServiceRangeReport>;
  /** The topology's name. */
  readonly topology: Scalars['String']['output'];
  /** One entry per underlay subnet, in document order. */
  readonly underlay: ReadonlyArray<SubnetHeadroom>;
};

/** A matrix cell whose outcome changed. */
export type CellChange = {
  readonly __typename?: 'CellChange';
  /** The fork's cell. */
  readonly after: CellSide;
  /** The baseline's cell. */
  readonly before: CellSide;
  /** How the cell changed. */
  readonly change: ChangeKind;
  /** The first step where the two traces differ; null when they do not. */
  readonly decidingDifference?: Maybe<DecidingDifference>;
  /** The step that ended the fork's trace. */
  readonly decidingStepAfter?: Maybe<DiffStepRef>;
  /** The node pair traced on both sides to explain the change; null when none could be. */
  readonly example?: Maybe<NodePair>;
  /** The source group. */
  readonly from: Scalars['String']['output'];
  /** The destination group. */
  readonly to: Scalars['String']['output'];
  /** The example pair's traces on each side. */
  readonly traces: DiffTraces;
};

/** A reachability-matrix cell's disposition: a trace disposition, or MIXED when the cell's node pairs differ. */
export type CellDisposition =
  /** See Disposition.DELIVERED. */
  | 'DELIVERED'
  /** See Disposition.DENIED. */
  | 'DENIED'
  /** See Disposition.DROPPED. */
  | 'DROPPED'
  /** See Disposition.EXITS_CLUSTER. */
  | 'EXITS_CLUSTER'
  /** See Disposition.INSUFFICIENT_INFO. */
  | 'INSUFFICIENT_INFO'
  /** See Disposition.LOOP. */
  | 'LOOP'
  /** The node pairs of the cell end differently: see the cell's outcomes. */
  | 'MIXED'
  /** See Disposition.MTU_EXCEEDED. */
  | 'MTU_EXCEEDED'
  /** See Disposition.NEXT_HOP_UNREACHABLE. */
  | 'NEXT_HOP_UNREACHABLE'
  /** See Disposition.NO_ENDPOINTS. */
  | 'NO_ENDPOINTS'
  /** See Disposition.NO_ROUTE. */
  | 'NO_ROUTE';

/** A matrix cell of a group that exists on one side only. */
export type CellOnly = {
  readonly __typename?: 'CellOnly';
  /** The source group. */
  readonly from: Scalars['String']['output'];
  /** The cell on the side it exists on. */
  readonly side: CellSide;
  /** The destination group. */
  readonly to: Scalars['String']['output'];
};

/** Node pairs of a cell with one disposition. */
export type CellOutcome = {
  readonly __typename?: 'CellOutcome';
  /** The disposition. */
  readonly disposition: Disposition;
  /** How many node pairs end with it. */
  readonly nodePairs: Scalars['Int']['output'];
};

/** One side of a matrix cell. */
export type CellSide = {
  readonly __typename?: 'CellSide';
  /** The cell's disposition (MIXED when its node pairs disagree). */
  readonly disposition: CellDisposition;
  /** Node pairs in the cell. */
  readonly nodePairs: Scalars['Int']['output'];
  /** Node pairs per disposition. */
  readonly outcomes: ReadonlyArray<CellOutcome>;
};

/** How a reachability cell or pair changed between the baseline and the fork. */
export type ChangeKind =
  /** Another difference (a different failure, or a mix). */
  | 'changed'
  /** Reachable now, not (all) before. */
  | 'gained'
  /** Reachable before only. */
  | 'lost';

/** One CIDR. */
export type CidrFields = {
  readonly __typename?: 'CidrFields';
  /** The CIDR, canonical (no host bits). */
  readonly cidr: Scalars['String']['output'];
};

/** One CIDR. */
export type CidrInput = {
  /** The CIDR, canonical (no host bits). */
  readonly cidr: Scalars['String']['input'];
};

/** A list of CIDRs. */
export type CidrsFields = {
  readonly __typename?: 'CidrsFields';
  /** The CIDRs, canonical (no host bits). */
  readonly cidrs: ReadonlyArray<Scalars['String']['output']>;
};

/** A list of CIDRs. */
export type CidrsInput = {
  /** The CIDRs, canonical (no host bits). */
  readonly cidrs: ReadonlyArray<Scalars['String']['input']>;
};

/** An upstream source behind a figure: its key and its text (title, section, address). */
export type Citation = {
  readonly __typename?: 'Citation';
  /** The source's key, e.g. rfc1918. */
  readonly key: Scalars['String']['output'];
  /** The source: document, section and where to read it. */
  readonly text: Scalars['String']['output'];
};

/** The pod network: CNI plugin and how it carries packets between nodes (spec.cni). */
export type Cni = {
  readonly __typename?: 'Cni';
  /** The bridge device that owns the node's pod CIDR (cni0, docker0, cbr0…). */
  readonly bridge: Scalars['String']['output'];
  /** Encapsulate only between nodes in different subnets (Calico CrossSubnet, flannel DirectRouting). */
  readonly crossSubnet: Scalars['Boolean']['output'];
  /** Pod MTU set explicitly; null = derived from the underlay MTU. */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** How packets cross between nodes. */
  readonly overlay: OverlayMode;
  /** The CNI plugin. */
  readonly plugin: CniPlugin;
  /** The tunnel's UDP port; null = the plugin's default. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** VXLAN/Geneve network identifier; null = the plugin's default. */
  readonly vni?: Maybe<Scalars['Int']['output']>;
};

/** The CNI plugin that wires pods to the node (spec.cni.plugin); decides the routes, the MTU rule and the default overlay. */
export type CniPlugin =
  /** Amazon VPC CNI: pods get VPC addresses from the node's ENIs; no overlay. */
  | 'aws-vpc-cni'
  /** The reference bridge plugin (containernetworking/plugins) with host-local IPAM. */
  | 'bridge'
  /** Project Calico: BGP, IPIP or VXLAN, optionally only across subnets (CrossSubnet). */
  | 'calico'
  /** Cilium: VXLAN or Geneve tunnels, or native routing. */
  | 'cilium'
  /** flannel (flannel-io/flannel): vxlan, host-gw, udp, ipsec, wireguard backends. */
  | 'flannel'
  /** Any other CNI, described only by its overlay mode. */
  | 'generic'
  /** kubenet: a cbr0 bridge with routes programmed in the cloud's route tables. */
  | 'kubenet'
  /** Weave Net: its fast datapath VXLAN (sleeve mode is not modeled). */
  | 'weave';

/** One conflict: the objects whose ranges collide and what to do. */
export type ConflictFinding = {
  readonly __typename?: 'ConflictFinding';
  /** The conflict's kind, e.g. POD_SERVICE_OVERLAP, POD_SUBNET_OVERLAP, NODE_POD_CIDR_OUTSIDE_CLUSTER, or a policy lint code. */
  readonly kind: Scalars['String']['output'];
  /** What is wrong and what to do, in a sentence. */
  readonly message: Scalars['String']['output'];
  /** The objects involved. */
  readonly objects: ReadonlyArray<ConflictObject>;
  /** How bad it is. */
  readonly severity: Severity;
};

/** A page of findings (Relay connection). */
export type ConflictFindingConnection = {
  readonly __typename?: 'ConflictFindingConnection';
  /** The page's findings, each with its cursor. */
  readonly edges: ReadonlyArray<ConflictFindingEdge>;
  /** Whether more follow, and the cursor to ask for them with. */
  readonly pageInfo: PageInfo;
  /** How many findings the whole list has (with the filters, across all pages). */
  readonly totalCount: Scalars['Int']['output'];
};

/** One of findings with its cursor. */
export type ConflictFindingEdge = {
  readonly __typename?: 'ConflictFindingEdge';
  /** An opaque cursor: pass it as after to get the items following this one. */
  readonly cursor: Scalars['String']['output'];
  /** The item. */
  readonly node: ConflictFinding;
};

/** An object taking part in a conflict and its range. */
export type ConflictObject = {
  readonly __typename?: 'ConflictObject';
  /** The range involved. */
  readonly cidr: Scalars['String']['output'];
  /** The object's kind. */
  readonly kind: ConflictObjectKind;
  /** podCIDRs[i] / serviceCIDRs[i] for cluster ranges, the object's name otherwise (namespace/name for namespaced ones). */
  readonly name: Scalars['String']['output'];
};

/** What a party to a CIDR conflict or a policy lint finding is. */
export type ConflictObjectKind =
  /** A Service's ClusterIP. */
  | 'clusterIP'
  /** A Service's externalIP. */
  | 'externalIP'
  /** An external network. */
  | 'externalNetwork'
  /** A Service's load-balancer IP. */
  | 'loadBalancerIP'
  /** A namespace (policy lint findings). */
  | 'namespace'
  /** A NetworkPolicy (policy lint findings). */
  | 'networkPolicy'
  /** A node's address. */
  | 'nodeIP'
  /** A node's podCIDR. */
  | 'nodePodCIDR'
  /** A pod (policy lint findings). */
  | 'pod'
  /** A cluster pod CIDR. */
  | 'podCIDR'
  /** A pod's address. */
  | 'podIP'
  /** A cluster service CIDR. */
  | 'serviceCIDR'
  /** An underlay subnet. */
  | 'subnet';

/** CIDR conflicts and policy lint findings of a topology. */
export type ConflictReport = {
  readonly __typename?: 'ConflictReport';
  /** Findings per severity. */
  readonly counts: SeverityCounts;
  /** The threshold asked for. */
  readonly failOn?: Maybe<Severity>;
  /** True when some finding is at least as severe as failOn. */
  readonly failed: Scalars['Boolean']['output'];
  /** Every finding, most severe first, a page at a time (Relay connection). */
  readonly findings: ConflictFindingConnection;
};


/** CIDR conflicts and policy lint findings of a topology. */
export type ConflictReportFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The conflicts section. */
export type ConflictsDiff = {
  readonly __typename?: 'ConflictsDiff';
  /** Findings only in the fork. */
  readonly added: ReadonlyArray<ConflictFinding>;
  /** The fork's counts per severity. */
  readonly after: SeverityCounts;
  /** The baseline's counts per severity. */
  readonly before: SeverityCounts;
  /** Findings only in the baseline. */
  readonly removed: ReadonlyArray<ConflictFinding>;
};

/** Every connection the NetworkPolicies allow (netpol-analyzer's list). */
export type Connectivity = {
  readonly __typename?: 'Connectivity';
  /** The modeling assumptions the answer relied on. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** Every allowed connection, a page at a time (Relay connection). */
  readonly connections: PolicyConnectionConnection;
  /** The allowed connections drawn: workloads grouped by namespace, edges labeled with their ports (No Connections left out). */
  readonly diagram: Scalars['String']['output'];
  /** Whether the data plane enforces the policies (the CNI, or spec.networkPolicy.enforced); when not, connections say what they would allow. */
  readonly enforced: Scalars['Boolean']['output'];
  /** The granularity. */
  readonly level: ConnectivityLevel;
  /** The namespace filter asked for. */
  readonly namespace?: Maybe<Scalars['String']['output']>;
};


/** Every connection the NetworkPolicies allow (netpol-analyzer's list). */
export type ConnectivityConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every connection the NetworkPolicies allow (netpol-analyzer's list). */
export type ConnectivityDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** One pair whose allowed connections changed. */
export type ConnectivityChange = {
  readonly __typename?: 'ConnectivityChange';
  /** The connections allowed in the fork. */
  readonly after: Scalars['String']['output'];
  /** The connections allowed in the baseline (All Connections, No Connections or e.g. TCP 80,UDP 53). */
  readonly before: Scalars['String']['output'];
  /** What decides that port on each side. */
  readonly decidedBy: ConnectivityDecidedBy;
  /** ns/name, or an address range a-b (kind External). */
  readonly from: Scalars['String']['output'];
  /** The source's kind (Deployment, Pod, External…). */
  readonly fromKind: Scalars['String']['output'];
  /** The connections the fork allows and the baseline did not. */
  readonly gained: Scalars['String']['output'];
  /** The connections the baseline allowed and the fork does not. */
  readonly lost: Scalars['String']['output'];
  /** The first changed port, e.g. TCP 8080. */
  readonly port: Scalars['String']['output'];
  /** ns/name, or an address range a-b (kind External). */
  readonly to: Scalars['String']['output'];
  /** The destination's kind. */
  readonly toKind: Scalars['String']['output'];
};

/** The policy and rule that decide a changed port, per side. */
export type ConnectivityDecidedBy = {
  readonly __typename?: 'ConnectivityDecidedBy';
  /** In the fork; null for an external range or a pod the fork lacks. */
  readonly after?: Maybe<Scalars['String']['output']>;
  /** In the baseline; null for an external range or a pod the baseline lacks. */
  readonly before?: Maybe<Scalars['String']['output']>;
};

/**
 * The diff's connectivity section (netpol-analyzer's semantic diff): every ordered pair of pods (and pod ↔ external range) whose
 * allowed connections changed, with what was gained and lost (docs/PLANNER.md).
 */
export type ConnectivityDiff = {
  readonly __typename?: 'ConnectivityDiff';
  /** Whether some pair's connections changed. */
  readonly changed: Scalars['Boolean']['output'];
  /** The pairs whose allowed connections changed. */
  readonly changes: ReadonlyArray<ConnectivityChange>;
  /** Pairs that gained connections. */
  readonly gained: Scalars['Int']['output'];
  /** Its sentence for the summary; null when nothing changed. */
  readonly headline?: Maybe<Scalars['String']['output']>;
  /** Pairs that lost connections. */
  readonly lost: Scalars['Int']['output'];
};

/** A connectivity job's input: the arguments of Topology.connectivity. */
export type ConnectivityJobInput = {
  /** Workloads (default) or pods. */
  readonly level?: InputMaybe<ConnectivityLevel>;
  /** Only connections with an end in this namespace. */
  readonly namespace?: InputMaybe<Scalars['String']['input']>;
};

/** The granularity of the NetworkPolicy connectivity list. */
export type ConnectivityLevel =
  /** Every ordered pair of distinct pods. */
  | 'pod'
  /** Workloads (Deployments, StatefulSets, …; bare pods on their own), as netpol-analyzer lists them. */
  | 'workload';

/** A port a container declares (core/v1 ContainerPort). */
export type ContainerPort = {
  readonly __typename?: 'ContainerPort';
  /** The container's name. */
  readonly container: Scalars['String']['output'];
  /** The port number. */
  readonly containerPort: Scalars['Int']['output'];
  /** The node port it is exposed on, when set. */
  readonly hostPort?: Maybe<Scalars['Int']['output']>;
  /** The port's name (what a Service targetPort can refer to). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** The protocol. */
  readonly protocol: Protocol;
};

/** A container port of new pods. */
export type ContainerPortFields = {
  readonly __typename?: 'ContainerPortFields';
  /** The port. */
  readonly containerPort: Scalars['Int']['output'];
  /** The port's name. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** The protocol (default TCP). */
  readonly protocol?: Maybe<Protocol>;
};

/** A container port of new pods. */
export type ContainerPortInput = {
  /** The port. */
  readonly containerPort: Scalars['Int']['input'];
  /** The port's name. */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** The protocol (default TCP). */
  readonly protocol?: InputMaybe<Protocol>;
};

/** An address count on each side, as a decimal string (IPv6 ranges exceed 2^53); null where the side has none. */
export type CountChange = {
  readonly __typename?: 'CountChange';
  /** The fork's. */
  readonly after?: Maybe<Scalars['String']['output']>;
  /** The baseline's. */
  readonly before?: Maybe<Scalars['String']['output']>;
};

/** A capacity figure whose value is a count of addresses or prefixes: a decimal string, since IPv6 ranges exceed 2^53 (docs/capacity-json.md). */
export type CountFigure = {
  readonly __typename?: 'CountFigure';
  /** The computation with its inputs, in words. */
  readonly detail: Scalars['String']['output'];
  /** False when the figure is a modeled approximation rather than the component's exact behavior. */
  readonly exact: Scalars['Boolean']['output'];
  /** Stable rule id, e.g. `cidrset.free` (src/engine/capacity/README.md lists them). */
  readonly rule: Scalars['String']['output'];
  /** Keys of the upstream sources; the report's `citations` give each key's text. */
  readonly sources: ReadonlyArray<Scalars['String']['output']>;
  /** The count as a decimal string; null when not bounded or not known (`detail` says which). */
  readonly value?: Maybe<Scalars['String']['output']>;
};

/** Whether encapsulation is limited to pairs of nodes in different subnets. */
export type CrossSubnet = {
  readonly __typename?: 'CrossSubnet';
  /** Whether the plugin and mode honor it. */
  readonly effective: Scalars['Boolean']['output'];
  /** As set in spec.cni.crossSubnet. */
  readonly requested: Scalars['Boolean']['output'];
};

/** CROSS_SUBNET_NOT_OFFERED: the plugin and mode without a cross-subnet variant. */
export type CrossSubnetNotOfferedDetails = {
  readonly __typename?: 'CrossSubnetNotOfferedDetails';
  /** The overlay mode. */
  readonly mode: OverlayMode;
  /** The CNI plugin. */
  readonly plugin: CniPlugin;
};

/** The first step where two traces differ. */
export type DecidingDifference = {
  readonly __typename?: 'DecidingDifference';
  /** The fork trace's step; null when that trace is shorter. */
  readonly after?: Maybe<DiffStepRef>;
  /** The baseline trace's step; null when that trace is shorter. */
  readonly before?: Maybe<DiffStepRef>;
};

/** The step that decided a failed trace. */
export type DecidingStep = {
  readonly __typename?: 'DecidingStep';
  /** The network namespace of the hop. */
  readonly netns: Scalars['String']['output'];
  /** The node of the hop. */
  readonly node: Scalars['String']['output'];
  /** The step in a sentence. */
  readonly summary: Scalars['String']['output'];
  /** The step's type. */
  readonly type: StepType;
};

/** The result of deleting a topology. */
export type DeleteResult = {
  readonly __typename?: 'DeleteResult';
  /** Always true (a missing topology is NOT_FOUND). */
  readonly deleted: Scalars['Boolean']['output'];
  /** The deleted topology's name. */
  readonly name: Scalars['String']['output'];
};

/** A picture's format: DOT (the Graphviz source) or SVG (the drawing). */
export type DiagramFormat =
  /** Graphviz DOT source. */
  | 'DOT'
  /** An SVG drawing. */
  | 'SVG';

/** Options of a scenario diff (docs/PLANNER.md). */
export type DiffOptions = {
  /** Family of the reachability matrix (default: the fork's primary family). */
  readonly family?: InputMaybe<IpFamily>;
  /** How the reachability matrix groups nodes (default SUBNET). */
  readonly groupBy?: InputMaybe<GroupBy>;
  /** IP packet size for traces and the overhead report, 20–65535 bytes (default: the tracer's 100 bytes). */
  readonly packetSize?: InputMaybe<Scalars['Int']['input']>;
  /** Pairs to trace on both sides (at most 100). */
  readonly pairs?: InputMaybe<ReadonlyArray<TracePairInput>>;
  /** Sections to skip. */
  readonly sections?: InputMaybe<DiffSectionsInput>;
};

/** Which costly diff sections to compute (false leaves the section null). */
export type DiffSectionsInput = {
  /** The capacity section (default true). */
  readonly capacity?: InputMaybe<Scalars['Boolean']['input']>;
  /** The kube-proxy section (default true). */
  readonly kubeProxy?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A step of a trace, by position. */
export type DiffStepRef = {
  readonly __typename?: 'DiffStepRef';
  /** What it did (SENT, FORWARDED, DROPPED, NO_ROUTE…). */
  readonly action: Scalars['String']['output'];
  /** Its position among the trace's steps, from 0. */
  readonly index: Scalars['Int']['output'];
  /** The network namespace of its hop. */
  readonly netns: Scalars['String']['output'];
  /** The node of its hop. */
  readonly node: Scalars['String']['output'];
  /** The matched route as ip-route text; null when none. */
  readonly route?: Maybe<Scalars['String']['output']>;
  /** The step in a sentence. */
  readonly summary: Scalars['String']['output'];
  /** The step's type. */
  readonly type: StepType;
};

/** A trace on each side of a diff; the relation fields of each resolve in its own side's topology. */
export type DiffTraces = {
  readonly __typename?: 'DiffTraces';
  /** In the fork; null when the pair does not exist there. */
  readonly after?: Maybe<Trace>;
  /** In the baseline; null when the pair does not exist there. */
  readonly before?: Maybe<Trace>;
};

/** How a trace ended (Batfish's flow dispositions, adapted to Kubernetes). */
export type Disposition =
  /** The packet reached the destination's network namespace. */
  | 'DELIVERED'
  /** A NetworkPolicy (or AdminNetworkPolicy) denied the connection. */
  | 'DENIED'
  /** A rule or a blackhole/unreachable/prohibit route dropped the packet. */
  | 'DROPPED'
  /** The packet left the cluster toward an external network or the internet (not followed further). */
  | 'EXITS_CLUSTER'
  /** The topology does not say enough to decide (e.g. a node without addresses). */
  | 'INSUFFICIENT_INFO'
  /** The packet came back to a place it had been (a forwarding loop). */
  | 'LOOP'
  /** The packet is larger than the path MTU and may not be fragmented. */
  | 'MTU_EXCEEDED'
  /** A route's next hop cannot be reached (e.g. host-gw between subnets). */
  | 'NEXT_HOP_UNREACHABLE'
  /** A Service had no ready endpoints: kube-proxy rejects (iptables/nftables) or drops. */
  | 'NO_ENDPOINTS'
  /** No route matched the destination on some node. */
  | 'NO_ROUTE';

/** CoreDNS's answer to one query (its kubernetes plugin, or a hand-over to the upstream resolver). */
export type DnsAnswer = {
  readonly __typename?: 'DnsAnswer';
  /** The additional section (e.g. A records of SRV targets). */
  readonly additional: ReadonlyArray<DnsRecord>;
  /** Who answered the query. */
  readonly answeredBy: DnsAnsweredBy;
  /** The answer section. */
  readonly answers: ReadonlyArray<DnsRecord>;
  /** The authority section: the zone's SOA on NXDOMAIN and NODATA (CoreDNS plugin.BackendError). */
  readonly authority: ReadonlyArray<DnsRecord>;
  /** True when CoreDNS would add records from upstream (an ExternalName pointing outside the cluster). */
  readonly incomplete: Scalars['Boolean']['output'];
  /** Why the answer is what it is, in sentences. */
  readonly notes: ReadonlyArray<Scalars['String']['output']>;
  /** The question as asked. */
  readonly question: DnsQuestion;
  /** The response code; null unless answeredBy is KUBERNETES. NOERROR without answers is NODATA. */
  readonly rcode?: Maybe<DnsRcode>;
};

/** Who answered a DNS query. */
export type DnsAnsweredBy =
  /** CoreDNS's kubernetes plugin. */
  | 'kubernetes'
  /** Nobody: not a valid DNS name, so no resolver sends it. */
  | 'none'
  /** CoreDNS forwarded it to /etc/resolv.conf's resolver, unknown to the model. */
  | 'upstream';

/** One query the stub resolver sends during a resolution. */
export type DnsAttempt = {
  readonly __typename?: 'DnsAttempt';
  /** CoreDNS's whole answer to this query. */
  readonly answer: DnsAnswer;
  /** Who answered (see DnsAnswer.answeredBy). */
  readonly answeredBy: DnsAnsweredBy;
  /** The answer section. */
  readonly answers: ReadonlyArray<DnsRecord>;
  /** The fully qualified name queried. */
  readonly query: Scalars['String']['output'];
  /** The response code; null unless the kubernetes plugin answered. */
  readonly rcode?: Maybe<DnsRcode>;
  /** The query type. */
  readonly type: DnsQueryType;
  /** How the queried name was built. */
  readonly via: DnsQueryVia;
};

/** Where a resolution ends. */
export type DnsFinal = {
  readonly __typename?: 'DnsFinal';
  /** The final answer's records. */
  readonly answers: ReadonlyArray<DnsRecord>;
  /** The name that answered (ANSWER) or whose upstream result is unknown (UPSTREAM); null otherwise. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** UPSTREAM only: the names still to try if that query fails. */
  readonly pending: ReadonlyArray<Scalars['String']['output']>;
  /** How the resolution ends. */
  readonly status: DnsFinalStatus;
};

/** Where a pod's resolution ends. */
export type DnsFinalStatus =
  /** A query was answered with records. */
  | 'ANSWER'
  /** The query cannot be built (e.g. a name too long): glibc's NO_RECOVERY. */
  | 'ERROR'
  /** The name exists but has no record of the type. */
  | 'NODATA'
  /** The name does not exist. */
  | 'NXDOMAIN'
  /** The server refused. */
  | 'REFUSED'
  /** The server failed. */
  | 'SERVFAIL'
  /** The outcome depends on the upstream resolver, unknown to the model. */
  | 'UPSTREAM';

/** A pod's dnsPolicy as kubelet's resolv.conf follows it (pkg/kubelet/network/dns). */
export type DnsPolicy =
  /** The cluster DNS server and the cluster search path. */
  | 'ClusterFirst'
  /** The node's own resolver configuration. */
  | 'Default';

/** One query the stub resolver sent and CoreDNS's answer to it. */
export type DnsQuery = {
  readonly __typename?: 'DnsQuery';
  /** The answer records, as zone-file lines. */
  readonly answers: ReadonlyArray<Scalars['String']['output']>;
  /** The fully qualified name queried. */
  readonly query: Scalars['String']['output'];
  /** The response code (NOERROR, NXDOMAIN, SERVFAIL, REFUSED). */
  readonly rcode: Scalars['String']['output'];
};

/** A DNS query type (RFC 1035 and successors) as CoreDNS's kubernetes plugin answers it. */
export type DnsQueryType =
  /** IPv4 address records. */
  | 'A'
  /** IPv6 address records (RFC 3596). */
  | 'AAAA'
  /** Any type: answered like MX (no data kept for it). */
  | 'ANY'
  /** Zone transfer: refused. */
  | 'AXFR'
  /** Canonical name (ExternalName Services). */
  | 'CNAME'
  /** Host information: answered like MX. */
  | 'HINFO'
  /** Incremental zone transfer: refused. */
  | 'IXFR'
  /** Mail exchange: no data in the cluster zone (NODATA or NXDOMAIN). */
  | 'MX'
  /** Name server of the cluster zone. */
  | 'NS'
  /** Reverse lookup (in-addr.arpa / ip6.arpa). */
  | 'PTR'
  /** Start of authority of the cluster zone. */
  | 'SOA'
  /** Service records for named ports (RFC 2782): _port._proto.svc. */
  | 'SRV'
  /** Text records (the dns-version record). */
  | 'TXT';

/** How a stub resolver built the name it queried. */
export type DnsQueryVia =
  /** The name as asked. */
  | 'as-is'
  /** The name with a search domain appended. */
  | 'search';

/** A DNS question: name and type. */
export type DnsQuestion = {
  readonly __typename?: 'DnsQuestion';
  /** The name asked, absolute (trailing dot). */
  readonly name: Scalars['String']['output'];
  /** The query type. */
  readonly type: DnsQueryType;
};

/** A DNS response code (RFC 1035 §4.1.1) as CoreDNS's kubernetes plugin answers. */
export type DnsRcode =
  /** No error (with no answers: NODATA). */
  | 'NOERROR'
  /** The name does not exist. */
  | 'NXDOMAIN'
  /** Refused (zone transfers: AXFR, IXFR). */
  | 'REFUSED'
  /** The server failed. */
  | 'SERVFAIL';

/**
 * One resource record. The fields after `class` depend on `type` (the rest are null): A/AAAA `address`; CNAME/PTR/NS `target`;
 * SRV `priority`, `weight`, `port`, `target`; TXT `text`; SOA `mname`, `rname`, `refresh`, `retry`, `expire`, `minimum`.
 */
export type DnsRecord = {
  readonly __typename?: 'DnsRecord';
  /** A/AAAA: the address. */
  readonly address?: Maybe<Scalars['String']['output']>;
  /** Always IN. */
  readonly class: Scalars['String']['output'];
  /** SOA: expire, in seconds. */
  readonly expire?: Maybe<Scalars['Int']['output']>;
  /** SOA: negative-caching TTL, in seconds. */
  readonly minimum?: Maybe<Scalars['Int']['output']>;
  /** SOA: the primary name server. */
  readonly mname?: Maybe<Scalars['String']['output']>;
  /** Owner name, absolute; answers keep the case of the question, as CoreDNS does. */
  readonly name: Scalars['String']['output'];
  /** SRV: the port. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** SRV: priority. */
  readonly priority?: Maybe<Scalars['Int']['output']>;
  /** SOA: refresh, in seconds. */
  readonly refresh?: Maybe<Scalars['Int']['output']>;
  /** SOA: retry, in seconds. */
  readonly retry?: Maybe<Scalars['Int']['output']>;
  /** SOA: the responsible mailbox, as a name. */
  readonly rname?: Maybe<Scalars['String']['output']>;
  /** CNAME/PTR/NS/SRV: the target name. */
  readonly target?: Maybe<Scalars['String']['output']>;
  /** TXT: the text. */
  readonly text?: Maybe<Scalars['String']['output']>;
  /** Time to live, in seconds (kubeadm's Corefile: 30). */
  readonly ttl: Scalars['Int']['output'];
  /** The record type (one of A, AAAA, CNAME, SRV, PTR, TXT, NS, SOA). */
  readonly type: DnsQueryType;
  /** SRV: weight (CoreDNS spreads 100 over the targets). */
  readonly weight?: Maybe<Scalars['Int']['output']>;
};

/** A pod's resolution of a name as its stub resolver (glibc or musl) would do it, query by query. */
export type DnsResolution = {
  readonly __typename?: 'DnsResolution';
  /** The modeling assumptions the answer relied on. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** Every query the resolver sends, in order, with its answer. */
  readonly attempts: ReadonlyArray<DnsAttempt>;
  /** Why the pod or name cannot be resolved; null when it can. */
  readonly error?: Maybe<Scalars['String']['output']>;
  /** Where the resolution ends. */
  readonly final: DnsFinal;
  /** The name asked. */
  readonly name: Scalars['String']['output'];
  /** The pod, ns/name. */
  readonly pod: Scalars['String']['output'];
  /** The resolv.conf kubelet writes into the pod; null when the pod or the name is unusable (see error). */
  readonly resolvConf?: Maybe<ResolvConf>;
  /** The stub resolver. */
  readonly resolver: DnsResolver;
  /** The query type. */
  readonly type: DnsQueryType;
};

/** The pod's stub resolver, which decides how the search path is walked. */
export type DnsResolver =
  /** glibc's resolver (most images): search path, then the name as is. */
  | 'glibc'
  /** musl's resolver (Alpine images); how its search-path walk differs: src/engine/services/dns/README.md. */
  | 'musl';

/** The answer of Topology.dns: one query to the cluster DNS server, or (with `from`) a pod's whole resolution through its search path (src/engine/services/dns/README.md). */
export type DnsResult = {
  readonly __typename?: 'DnsResult';
  /** CoreDNS's answer to the query; null for a resolution. */
  readonly answer?: Maybe<DnsAnswer>;
  /** QUERY (no `from`: one question to CoreDNS; `answer` is set) or RESOLUTION (`from` given: the pod's stub resolver; `resolution` is set). */
  readonly kind: DnsResultKind;
  /** The pod's resolution, query by query; null for a plain query. */
  readonly resolution?: Maybe<DnsResolution>;
  /** The cluster DNS server the pods use, or why there is none. */
  readonly server: DnsServerLookup;
};

/** What a DNS answer is. */
export type DnsResultKind =
  /** One query to the cluster DNS server (no `from`): `answer` is set. */
  | 'query'
  /** A pod's whole resolution through its stub resolver (`from` given): `resolution` is set. */
  | 'resolution';

/** The Service that serves cluster DNS. */
export type DnsServer = {
  readonly __typename?: 'DnsServer';
  /** Its ClusterIPs. */
  readonly addresses: ReadonlyArray<Scalars['String']['output']>;
  /** How the Service was found. */
  readonly foundBy: DnsServerFoundBy;
  /** The Service's name. */
  readonly name: Scalars['String']['output'];
  /** The Service's namespace. */
  readonly namespace: Scalars['String']['output'];
  /** Ready endpoints behind it (CoreDNS pods); 0 means queries time out. */
  readonly readyEndpoints: Scalars['Int']['output'];
};

/** How the cluster DNS Service was found. */
export type DnsServerFoundBy =
  /** As the Service holding the 10th address of the service CIDR (kubeadm's clusterDNS default). */
  | 'conventional-address'
  /** By its name: the Service kube-system/kube-dns. */
  | 'kube-dns-name';

/** How the cluster DNS server was found (kubelet's clusterDNS is conventionally the 10th address of the service CIDR, held by kube-system/kube-dns). */
export type DnsServerLookup = {
  readonly __typename?: 'DnsServerLookup';
  /** The 10th address of the first service CIDR (kubeadm's clusterDNS default); null without a service CIDR. */
  readonly conventionalAddress?: Maybe<Scalars['String']['output']>;
  /** Why this server (or why none), in a sentence. */
  readonly reason: Scalars['String']['output'];
  /** The DNS Service; null when the topology has none. */
  readonly server?: Maybe<DnsServer>;
};

/** The DNS resolution a dns step made, as the pod's stub resolver and CoreDNS would. */
export type DnsStep = {
  readonly __typename?: 'DnsStep';
  /** The addresses the resolution produced. */
  readonly addresses: ReadonlyArray<Scalars['String']['output']>;
  /** The final answer's records, as zone-file lines. */
  readonly answer: ReadonlyArray<Scalars['String']['output']>;
  /** The name asked. */
  readonly name: Scalars['String']['output'];
  /** The nameserver kubelet wrote into the pod's resolv.conf. */
  readonly nameserver?: Maybe<Scalars['String']['output']>;
  /** resolv.conf ndots (5 in Kubernetes pods). */
  readonly ndots: Scalars['Int']['output'];
  /** Every query the resolver sent, in order. */
  readonly queries: ReadonlyArray<DnsQuery>;
  /** The pod's stub resolver. */
  readonly resolver: DnsResolver;
  /** The pod's search domains (resolv.conf search), as kubelet writes them. */
  readonly search: ReadonlyArray<Scalars['String']['output']>;
  /** The Service behind that nameserver (e.g. kube-system/kube-dns). */
  readonly server?: Maybe<Scalars['String']['output']>;
  /** How the resolution ended. */
  readonly status: DnsFinalStatus;
  /** The query type asked (A, AAAA…). */
  readonly type: Scalars['String']['output'];
};

/** The syntax of a topology document. */
export type DocumentFormat =
  /** JSON. */
  | 'JSON'
  /** YAML 1.2 (one or more documents). */
  | 'YAML';

/** An operation a rebase dropped from a scenario. */
export type DroppedOperation = {
  readonly __typename?: 'DroppedOperation';
  /** Its position in the scenario before the rebase, from 0. */
  readonly index: Scalars['Int']['output'];
  /** The operation as it was given (docs/PLANNER.md). */
  readonly operation: Operation;
  /** Why it no longer applies; paths point at operations[index]. */
  readonly problems: ReadonlyArray<Problem>;
};

/** EKS nodes of one instance type and their max pods. */
export type EksInstanceTypeRule = {
  readonly __typename?: 'EksInstanceTypeRule';
  /** The EC2 instance type. */
  readonly instanceType: Scalars['String']['output'];
  /** max-pods-calculator.sh's figures for it; null when the type is unknown. */
  readonly maxPods?: Maybe<EksMaxPods>;
  /** The nodes of that type. */
  readonly nodes: ReadonlyArray<Scalars['String']['output']>;
  /** Why there are no figures; null when there are. */
  readonly problem?: Maybe<Scalars['String']['output']>;
};

/** EKS max pods: (ENIs × (IPv4 addresses per ENI − 1)) + 2, as amazon-vpc-cni-k8s's max-pods-calculator.sh. */
export type EksMaxPods = {
  readonly __typename?: 'EksMaxPods';
  /** The 110/250 cap of max-pods-calculator.sh by vCPUs; null when it does not apply. */
  readonly ceiling?: Maybe<Figure>;
  /** The value in amazon-vpc-cni-k8s's eni-max-pods.txt for this type; null when it is not listed. */
  readonly eniMaxPodsFile?: Maybe<Scalars['Int']['output']>;
  /** ENIs the instance type supports. */
  readonly enis: Scalars['Int']['output'];
  /** ENIs that host pods (custom networking leaves out the primary). */
  readonly enisForPods: Scalars['Int']['output'];
  /** The instance type's hypervisor (prefix delegation needs Nitro). */
  readonly hypervisor: Hypervisor;
  /** The EC2 instance type; null when the limits were given as input. */
  readonly instanceType?: Maybe<Scalars['String']['output']>;
  /** IPv4 addresses per ENI. */
  readonly ipv4PerEni: Scalars['Int']['output'];
  /** Where the ENI limits come from. */
  readonly limitsFrom: EniLimitSource;
  /** The max-pods value the address maths allows. */
  readonly maxAllowed: Figure;
  /** The answer: kubelet's maxPods for this node. */
  readonly maxPods: Figure;
  /** Pod addresses the ENIs offer. */
  readonly podAddresses: Scalars['Int']['output'];
  /** Whether prefix delegation was asked for and applies. */
  readonly prefixDelegation: PrefixDelegation;
  /** vCPUs; null when unknown. */
  readonly vcpus?: Maybe<Scalars['Int']['output']>;
};

/** Encapsulation overhead and MTU (src/engine/overlay/README.md). */
export type EncapOverhead = {
  readonly __typename?: 'EncapOverhead';
  /** The modeling assumptions the answer relied on. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** Whether only cross-subnet pairs encapsulate. */
  readonly crossSubnet: CrossSubnet;
  /** Whether packets are sent with DF set (the model's assumption, true for TCP with PMTUD). */
  readonly dontFragment: Scalars['Boolean']['output'];
  /** The pod MTU set in spec.cni.mtu; null when derived. */
  readonly explicitMtu?: Maybe<Scalars['Int']['output']>;
  /** The cluster's families. */
  readonly families: ReadonlyArray<IpFamily>;
  /** MTU and encapsulation problems. */
  readonly findings: ReadonlyArray<OverheadFinding>;
  /** The overlay mode. */
  readonly mode: OverlayMode;
  /** The pod MTU on each node. */
  readonly nodes: ReadonlyArray<NodePodMtu>;
  /** Remarks on the answer. */
  readonly notes: ReadonlyArray<Scalars['String']['output']>;
  /** Bytes per packet per family. */
  readonly overhead: ReadonlyArray<FamilyOverhead>;
  /** The packet size asked about, in bytes. */
  readonly packetSize?: Maybe<Scalars['Int']['output']>;
  /** The CNI plugin. */
  readonly plugin: CniPlugin;
  /** Per subnet pair: whether it encapsulates, path MTU, and the fate of a packet of packetSize (docs/QUESTIONS.md). */
  readonly subnetPairs: ReadonlyArray<SubnetPairOverhead>;
  /** Extra underlay bytes per second of the traffic matrix (docs/QUESTIONS.md). */
  readonly traffic?: Maybe<TrafficCost>;
};

/** The tunnel an encapsulate step wrapped the packet in. */
export type Encapsulation = {
  readonly __typename?: 'Encapsulation';
  /** Bytes the tunnel adds to each packet. */
  readonly bytesAdded: Scalars['Int']['output'];
  /** The tunnel device (flannel.1, tunl0, vxlan.calico, cilium_vxlan…). */
  readonly device: Scalars['String']['output'];
  /** The added headers, outermost first. */
  readonly layers: ReadonlyArray<Scalars['String']['output']>;
  /** The overlay mode (vxlan, ipip, geneve, wireguard…), as the engine names it. */
  readonly mode: Scalars['String']['output'];
  /** The outer header's destination (the receiving node's address). */
  readonly outerDst: Scalars['String']['output'];
  /** The outer header's source (the sending node's address). */
  readonly outerSrc: Scalars['String']['output'];
  /** The tunnel's UDP port; null when not UDP-based. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** The VXLAN/Geneve network identifier; null when not applicable. */
  readonly vni?: Maybe<Scalars['Int']['output']>;
};

/** One endpoint of an EndpointSlice. */
export type Endpoint = {
  readonly __typename?: 'Endpoint';
  /** The endpoint's addresses. */
  readonly addresses: ReadonlyArray<Scalars['String']['output']>;
  /** Its DNS hostname (headless Services). */
  readonly hostname?: Maybe<Scalars['String']['output']>;
  /** The node hosting it. */
  readonly nodeName?: Maybe<Scalars['String']['output']>;
  /** The pod it refers to (targetRef); null when it names none or a pod the topology does not have. */
  readonly pod?: Maybe<Pod>;
  /** conditions.ready. */
  readonly ready: Scalars['Boolean']['output'];
  /** conditions.serving. */
  readonly serving: Scalars['Boolean']['output'];
  /** The pod it refers to, as ns/name. */
  readonly targetPod?: Maybe<Scalars['String']['output']>;
  /** conditions.terminating. */
  readonly terminating: Scalars['Boolean']['output'];
  /** The zone it is in. */
  readonly zone?: Maybe<Scalars['String']['output']>;
};

/** An EndpointSlice's addressType (discovery/v1 AddressType). */
export type EndpointAddressType =
  /** Fully qualified domain names (deprecated upstream, kept for fidelity). */
  | 'FQDN'
  /** IPv4 addresses. */
  | 'IPv4'
  /** IPv6 addresses. */
  | 'IPv6';

/** A port of an EndpointSlice. */
export type EndpointPort = {
  readonly __typename?: 'EndpointPort';
  /** The application protocol hint. */
  readonly appProtocol?: Maybe<Scalars['String']['output']>;
  /** The port's name (matches a Service port name). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** The port number on the endpoint. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** The protocol. */
  readonly protocol: Protocol;
};

/** A discovery/v1 EndpointSlice: a Service's endpoints. */
export type EndpointSlice = {
  readonly __typename?: 'EndpointSlice';
  /** The kind of addresses. */
  readonly addressType: EndpointAddressType;
  /** The endpoints. */
  readonly endpoints: ReadonlyArray<Endpoint>;
  /** True when inferred from the Service's selector rather than given in the document. */
  readonly inferred: Scalars['Boolean']['output'];
  /** metadata.name. */
  readonly name: Scalars['String']['output'];
  /** metadata.namespace. */
  readonly namespace: Scalars['String']['output'];
  /** The ports. */
  readonly ports: ReadonlyArray<EndpointPort>;
  /** The kubernetes.io/service-name label: the Service it belongs to. */
  readonly serviceName: Scalars['String']['output'];
};

/** Where EKS ENI limits come from. */
export type EniLimitSource =
  /** The limits given as input. */
  | 'input'
  /** Only EKS's published max pods (eni-max-pods.txt) is known for the type; the ENI limits are unknown (0). */
  | 'published'
  /** The vendored per-instance-type limits. */
  | 'table'
  /** The vendored limits with some values overridden by input. */
  | 'table+input';

/** EXPLICIT_MTU_BELOW_DERIVED: cni.mtu against the smallest MTU the plugin would derive. */
export type ExplicitMtuBelowDerivedDetails = {
  readonly __typename?: 'ExplicitMtuBelowDerivedDetails';
  /** cni.mtu, bytes. */
  readonly explicitMtu: Scalars['Int']['output'];
  /** The smallest MTU the plugin would derive, bytes. */
  readonly smallestDerivedMtu: Scalars['Int']['output'];
  /** Bytes per packet left unused. */
  readonly unused: Scalars['Int']['output'];
};

/** EXPLICIT_MTU_TOO_LARGE: cni.mtu against the smallest encapsulated path of a family. */
export type ExplicitMtuTooLargeDetails = {
  readonly __typename?: 'ExplicitMtuTooLargeDetails';
  /** Bytes too many. */
  readonly excess: Scalars['Int']['output'];
  /** cni.mtu, bytes. */
  readonly explicitMtu: Scalars['Int']['output'];
  /** The pod IP family. */
  readonly family: IpFamily;
  /** The encapsulation's bytes. */
  readonly overhead: Scalars['Int']['output'];
  /** The smallest underlay MTU on an encapsulated path, bytes. */
  readonly smallestPathMtu: Scalars['Int']['output'];
};

/** A network outside the cluster whose range must not collide with the cluster's. */
export type ExternalNetwork = {
  readonly __typename?: 'ExternalNetwork';
  /** Its range. */
  readonly cidr: Scalars['String']['output'];
  /** What it is. */
  readonly kind: ExternalNetworkKind;
  /** Its name in the document. */
  readonly name: Scalars['String']['output'];
};

/** What an external network is. */
export type ExternalNetworkKind =
  /** An on-premises network. */
  | 'on-prem'
  /** Anything else. */
  | 'other'
  /** A peered network. */
  | 'peering'
  /** A range reserved for future use. */
  | 'reserved'
  /** Another VPC/VNet. */
  | 'vpc';

/** FAMILY_NOT_ENCAPSULATED: a pod family the mode does not carry (or carries with a remark). */
export type FamilyNotEncapsulatedDetails = {
  readonly __typename?: 'FamilyNotEncapsulatedDetails';
  /** The pod IP family. */
  readonly family: IpFamily;
  /** The overlay mode. */
  readonly mode: OverlayMode;
  /** Whether the family is carried at all (false: an error). */
  readonly supported: Scalars['Boolean']['output'];
};

/** Encapsulation bytes for pod packets of one family. */
export type FamilyOverhead = {
  readonly __typename?: 'FamilyOverhead';
  /** Bytes each packet gains. */
  readonly bytes: Scalars['Int']['output'];
  /** False for routed modes (no bytes added). */
  readonly encapsulating: Scalars['Boolean']['output'];
  /** False when the bytes are a modeled approximation. */
  readonly exact: Scalars['Boolean']['output'];
  /** The pod packets' family. */
  readonly family: IpFamily;
  /** The added headers, outermost first. */
  readonly layers: ReadonlyArray<HeaderLayer>;
  /** The overlay mode. */
  readonly mode: OverlayMode;
  /** A remark on the figure. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** The tunnel header's family (the node addresses'). */
  readonly outerFamily: IpFamily;
  /** False when the plugin does not support this mode for this family (e.g. IPIP for IPv6). */
  readonly supported: Scalars['Boolean']['output'];
  /** What makes the size vary (IPsec cipher, Geneve options), when it does. */
  readonly variable?: Maybe<Scalars['String']['output']>;
};

/** Encapsulation bytes of one family, per side. */
export type FamilyOverheadChange = {
  readonly __typename?: 'FamilyOverheadChange';
  /** Bytes in the fork; null when the family is not there. */
  readonly after?: Maybe<Scalars['Int']['output']>;
  /** Bytes in the baseline; null when the family is not there. */
  readonly before?: Maybe<Scalars['Int']['output']>;
  /** The family. */
  readonly family: IpFamily;
};

/**
 * One family's counts. Which fields are set depends on mode: IPTABLES filter and nat (the `-A` lines per table, what upstream's
 * sync_proxy_rules_iptables_total counts); NFTABLES sets, maps, chains, rules, elements of the kube-proxy table; IPVS
 * virtualServers, realServers, ipsetEntries, iptablesRules; NONE only total (0).
 */
export type FamilyRuleCounts = {
  readonly __typename?: 'FamilyRuleCounts';
  /** NFTABLES: chains. */
  readonly chains?: Maybe<Scalars['Int']['output']>;
  /** NFTABLES: set and map elements. */
  readonly elements?: Maybe<Scalars['Int']['output']>;
  /** The family. */
  readonly family: IpFamily;
  /** IPTABLES: the filter table. */
  readonly filter?: Maybe<TableCount>;
  /** IPVS: ipset entries. */
  readonly ipsetEntries?: Maybe<Scalars['Int']['output']>;
  /** IPVS: iptables rules of the IPVS proxier. */
  readonly iptablesRules?: Maybe<Scalars['Int']['output']>;
  /** NFTABLES: verdict maps. */
  readonly maps?: Maybe<Scalars['Int']['output']>;
  /** The proxy mode. */
  readonly mode: KubeProxyMode;
  /** IPTABLES: the nat table. */
  readonly nat?: Maybe<TableCount>;
  /** IPVS: real servers. */
  readonly realServers?: Maybe<Scalars['Int']['output']>;
  /** NFTABLES: rules. */
  readonly rules?: Maybe<Scalars['Int']['output']>;
  /** NFTABLES: named sets. */
  readonly sets?: Maybe<Scalars['Int']['output']>;
  /** Everything counted, summed (rules, or for IPVS virtual servers, real servers, ipset entries and rules). */
  readonly total: Scalars['Int']['output'];
  /** IPVS: virtual servers. */
  readonly virtualServers?: Maybe<Scalars['Int']['output']>;
};

/** What happens to a packet of one size between two nodes. */
export type Fate =
  /** It crosses whole. */
  | 'fits'
  /** It is fragmented. */
  | 'fragmented'
  /** It is dropped: too big with DF set (or IPv6 over a smaller path). */
  | 'MTU_EXCEEDED';

/** Node pairs per packet fate. */
export type FateCounts = {
  readonly __typename?: 'FateCounts';
  /** Pairs where it is dropped (DF set, too large). */
  readonly MTU_EXCEEDED: Scalars['Int']['output'];
  /** Pairs where the packet fits. */
  readonly fits: Scalars['Int']['output'];
  /** Pairs where it is fragmented. */
  readonly fragmented: Scalars['Int']['output'];
};

/** What stops a packet that does not fit. */
export type FateLimit =
  /** The underlay path MTU between the nodes. */
  | 'path-mtu'
  /** The sending pod's own interface MTU. */
  | 'pod-mtu';

/** A derived number with the rule that produced it and the upstream sources of that rule (docs/capacity-json.md). */
export type Figure = {
  readonly __typename?: 'Figure';
  /** The computation with its inputs, in words. */
  readonly detail: Scalars['String']['output'];
  /** False when the figure is a modeled approximation rather than the component's exact behavior. */
  readonly exact: Scalars['Boolean']['output'];
  /** Stable rule id, e.g. `cidrset.blocks` (src/engine/capacity/README.md lists them). */
  readonly rule: Scalars['String']['output'];
  /** Keys of the upstream sources; the answer's `citations` give each key's text. */
  readonly sources: ReadonlyArray<Scalars['String']['output']>;
  /** The number. */
  readonly value: Scalars['Int']['output'];
};

/** FINDINGS_TRUNCATED: how many findings of a code were dropped. */
export type FindingsTruncatedDetails = {
  readonly __typename?: 'FindingsTruncatedDetails';
  /** The code whose findings were capped. */
  readonly code: OverheadFindingCode;
  /** Findings of that code kept. */
  readonly kept: Scalars['Int']['output'];
  /** Findings of that code in all. */
  readonly total: Scalars['Int']['output'];
};

/** When each address resource runs out at a given growth. */
export type Forecast = {
  readonly __typename?: 'Forecast';
  /** The resource that runs out first; null when none runs out. */
  readonly first?: Maybe<ForecastFirst>;
  /** The growth asked for. */
  readonly growth: ForecastGrowth;
  /** Node CIDRs per family, node addresses per family, pod IPs, then ClusterIPs per range. */
  readonly items: ReadonlyArray<ForecastItem>;
};

/** The resource that runs out first. */
export type ForecastFirst = {
  readonly __typename?: 'ForecastFirst';
  /** Its family; null when it has none. */
  readonly family?: Maybe<IpFamily>;
  /** Months until it runs out. */
  readonly months: Scalars['Float']['output'];
  /** The resource. */
  readonly resource: HeadroomResource;
  /** Which range. */
  readonly scope: Scalars['String']['output'];
};

/** Growth per month. */
export type ForecastGrowth = {
  readonly __typename?: 'ForecastGrowth';
  /** Nodes added per month. */
  readonly nodesPerMonth: Scalars['Float']['output'];
  /** Pods added per month. */
  readonly podsPerMonth: Scalars['Float']['output'];
  /** Services added per month. */
  readonly servicesPerMonth: Scalars['Float']['output'];
};

/** How long one resource lasts. */
export type ForecastItem = {
  readonly __typename?: 'ForecastItem';
  /** Units still available, decimal string. */
  readonly available: Scalars['String']['output'];
  /** The computation, in words. */
  readonly detail: Scalars['String']['output'];
  /** Its family; null when it has none. */
  readonly family?: Maybe<IpFamily>;
  /** Months until it runs out, rounded to 0.01; null when it does not run out, 0 when it already has. */
  readonly months?: Maybe<Scalars['Float']['output']>;
  /** Units consumed per month. */
  readonly perMonth: Scalars['Float']['output'];
  /** The resource. */
  readonly resource: HeadroomResource;
  /** Which range: cluster CIDR, service CIDR, `underlay` or `cluster`. */
  readonly scope: Scalars['String']['output'];
};

/** The first free prefixes of a length, and why each supernet gave no more (docs/capacity-json.md, free-cidr). */
export type FreeCidrs = {
  readonly __typename?: 'FreeCidrs';
  /** Every range avoided: the topology's and the caller's. */
  readonly avoided: ReadonlyArray<KnownRange>;
  /** The RFCs behind the default supernets, when they were used. */
  readonly citations: ReadonlyArray<Citation>;
  /** True when as many were found as requested. */
  readonly complete: Scalars['Boolean']['output'];
  /** The family searched. */
  readonly family: IpFamily;
  /** The free prefixes found, in address order. */
  readonly found: ReadonlyArray<Scalars['String']['output']>;
  /** The prefix length asked for. */
  readonly length: Scalars['Int']['output'];
  /** How many prefixes were asked for. */
  readonly requested: Scalars['Int']['output'];
  /** Per supernet searched: how many came from it and why no more did. */
  readonly supernets: ReadonlyArray<SupernetVerdict>;
};

/** GKE max pods: the per-node pod range is the smallest prefix with at least twice maxPodsPerNode addresses. */
export type GkeMaxPods = {
  readonly __typename?: 'GkeMaxPods';
  /** Addresses in that range. */
  readonly addresses: Scalars['Int']['output'];
  /** The node pool's max-pods setting. */
  readonly maxPodsPerNode: Scalars['Int']['output'];
  /** The per-node range's prefix length. */
  readonly nodeRange: Figure;
};

/** GKE nodes sharing one max-pods-per-node setting. */
export type GkePoolRule = {
  readonly __typename?: 'GkePoolRule';
  /** Nodes of this pool the pod range holds (gke.maxNodesFromPodRange); null when unknown. */
  readonly maxNodesInPodRange?: Maybe<Figure>;
  /** The max-pods-per-node setting. */
  readonly maxPodsPerNode: Scalars['Int']['output'];
  /** The per-node range's prefix length (gke.nodeRange); null when it cannot be derived. */
  readonly nodeRange?: Maybe<Figure>;
  /** The nodes with it. */
  readonly nodes: ReadonlyArray<Scalars['String']['output']>;
  /** What is wrong; null when nothing. */
  readonly problem?: Maybe<Scalars['String']['output']>;
};

/** How nodes are grouped in the reachability matrix and the topology map. */
export type GroupBy =
  /** Each node on its own. */
  | 'node'
  /** By underlay subnet (spec.underlay.subnets). */
  | 'subnet'
  /** By the node's topology.kubernetes.io/zone (or its subnet's zone). */
  | 'zone';

/** One IP header with its transport ports. */
export type Header = {
  readonly __typename?: 'Header';
  /** Destination address. */
  readonly dst: Scalars['String']['output'];
  /** Destination port; null when none. */
  readonly dstPort?: Maybe<Scalars['Int']['output']>;
  /** The header's IP family. */
  readonly family: IpFamily;
  /** The transport protocol: the pod's, or the tunnel's for an outer header. */
  readonly protocol: HeaderProtocol;
  /** The IP packet size in bytes, headers included. */
  readonly size: Scalars['Int']['output'];
  /** Source address. */
  readonly src: Scalars['String']['output'];
  /** Source port; null for an ephemeral port the model does not choose. */
  readonly srcPort?: Maybe<Scalars['Int']['output']>;
};

/** One header a tunnel adds. */
export type HeaderLayer = {
  readonly __typename?: 'HeaderLayer';
  /** Its size in bytes. */
  readonly bytes: Scalars['Int']['output'];
  /** The header (outer IPv4, UDP, VXLAN, Ethernet…). */
  readonly layer: Scalars['String']['output'];
  /** The RFC or upstream file giving the size. */
  readonly source: Scalars['String']['output'];
};

/** A packet header's transport protocol: the pod's, or a tunnel's for an outer header. */
export type HeaderProtocol =
  /** IPsec ESP (IP protocol 50). */
  | 'ESP'
  /** IP-in-IP (IP protocol 4). */
  | 'IPIP'
  /** SCTP. */
  | 'SCTP'
  /** TCP. */
  | 'TCP'
  /** UDP (also VXLAN, Geneve and WireGuard tunnels). */
  | 'UDP';

/** How much of one address resource is left. */
export type Headroom = {
  readonly __typename?: 'Headroom';
  /** The family of the range; null when it has none. */
  readonly family?: Maybe<IpFamily>;
  /** Free units, decimal string. */
  readonly free: Scalars['String']['output'];
  /** free / total × 100, rounded to 0.01; null when total is 0. */
  readonly freePercent?: Maybe<Scalars['Float']['output']>;
  /** Which resource. */
  readonly resource: HeadroomResource;
  /** Which range: the cluster CIDR, the service CIDR, or `<subnet> <cidr>`. */
  readonly scope: Scalars['String']['output'];
  /** Counts as decimal strings (IPv6 ranges exceed 2^53). */
  readonly total: Scalars['String']['output'];
  /** Used units, decimal string. */
  readonly used: Scalars['String']['output'];
};

/** A resource whose headroom is counted. */
export type HeadroomResource =
  /** Node addresses left in an underlay subnet. */
  | 'nodeAddresses'
  /** Per-node pod CIDR blocks left in the cluster CIDR (node IPAM). */
  | 'nodeCIDRs'
  /** Pod addresses left on the nodes. */
  | 'podIPs'
  /** ClusterIPs left in the service CIDR. */
  | 'serviceIPs';

/** The steps a packet takes in one network namespace of one node. */
export type Hop = {
  readonly __typename?: 'Hop';
  /** pod:<ns>/<name>, host, router or outside. */
  readonly netns: Scalars['String']['output'];
  /** Node name, `underlay` for the underlay routers, `external` for a sender outside the cluster. */
  readonly node: Scalars['String']['output'];
  /** The node the hop is on; null for `underlay` and `external`. */
  readonly nodeObject?: Maybe<Node>;
  /** The pod whose network namespace the hop is in; null unless netns is pod:<ns>/<name>. */
  readonly pod?: Maybe<Pod>;
  /** The steps in order. */
  readonly steps: ReadonlyArray<Step>;
};

/** An EC2 instance type's hypervisor. */
export type Hypervisor =
  /** Nitro (prefix delegation works). */
  | 'nitro'
  /** Not known for the type. */
  | 'unknown'
  /** Xen (no prefix delegation). */
  | 'xen';

/** The result of storing a topology document. */
export type ImportResult = {
  readonly __typename?: 'ImportResult';
  /** True when the import created the topology, false when it replaced one. */
  readonly created: Scalars['Boolean']['output'];
  /** What was inferred the way Kubernetes would infer it. */
  readonly inferences: ReadonlyArray<Scalars['String']['output']>;
  /** The stored topology. */
  readonly topology: Topology;
  /** Problems that did not stop the import. */
  readonly warnings: ReadonlyArray<Problem>;
};

/** A remark of inference: sources that disagree, or settings the model cannot mirror. */
export type InferFinding = {
  readonly __typename?: 'InferFinding';
  /** The Topology field concerned, when there is one. */
  readonly field?: Maybe<Scalars['String']['output']>;
  /** The finding, in a sentence. */
  readonly message: Scalars['String']['output'];
  /** WARNING for disagreements and unmirrored settings, INFO otherwise. */
  readonly severity: Severity;
};

/** A setting inference could not determine, and how to supply it. */
export type InferMissing = {
  readonly __typename?: 'InferMissing';
  /** Field path in the Topology document, e.g. spec.cni.overlay. */
  readonly field: Scalars['String']['output'];
  /** The flag or document field that would supply it. */
  readonly supplyWith: Scalars['String']['output'];
};

/** A Topology document inferred from a kubectl dump, with where each value came from (docs/INFER.md). */
export type InferResult = {
  readonly __typename?: 'InferResult';
  /** The Topology document first, then the Kubernetes objects, ready for importTopology. */
  readonly documents: ReadonlyArray<Scalars['JSON']['output']>;
  /** The dump had its own Topology document, whose fields won over inference. */
  readonly explicit: Scalars['Boolean']['output'];
  /** Disagreements between sources (the running component won) and settings the model cannot mirror. */
  readonly findings: ReadonlyArray<InferFinding>;
  /** What could not be inferred, with the flag or field that would supply it. */
  readonly missing: ReadonlyArray<InferMissing>;
  /** Where each inferred value came from, one entry per field path. */
  readonly sources: ReadonlyArray<InferSource>;
  /** The same documents as multi-document YAML, each inferred key's source in a comment above it. */
  readonly yaml: Scalars['String']['output'];
};

/** Where one inferred value came from. */
export type InferSource = {
  readonly __typename?: 'InferSource';
  /** The field path in the Topology document or an object, e.g. spec.cni.overlay. */
  readonly path: Scalars['String']['output'];
  /** The object and key the value came from. */
  readonly source: Scalars['String']['output'];
};

/** A number on each side; null where the side has none. */
export type IntChange = {
  readonly __typename?: 'IntChange';
  /** The fork's. */
  readonly after?: Maybe<Scalars['Int']['output']>;
  /** The baseline's. */
  readonly before?: Maybe<Scalars['Int']['output']>;
};

/** An IP family as Kubernetes spells it (core/v1 IPFamily). */
export type IpFamily =
  /** IPv4 (32-bit addresses). */
  | 'IPv4'
  /** IPv6 (128-bit addresses). */
  | 'IPv6';

/** A Service's ipFamilyPolicy (core/v1 IPFamilyPolicy). */
export type IpFamilyPolicy =
  /** Two families when the cluster has them, else one. */
  | 'PreferDualStack'
  /** Two families, or the Service is invalid. */
  | 'RequireDualStack'
  /** One family. */
  | 'SingleStack';

/** The IPAM that hands out pod addresses (which capacity rule applies per node). */
export type IpamKind =
  /** The AWS VPC CNI: pod addresses from the node's ENIs. */
  | 'aws-vpc-cni'
  /** Azure CNI Overlay. */
  | 'azure-overlay'
  /** Calico's block-based IPAM. */
  | 'calico-ipam'
  /** Cilium's IPAM. */
  | 'cilium'
  /** GKE VPC-native alias IP ranges. */
  | 'gke-alias'
  /** host-local: addresses from the node's podCIDR. */
  | 'host-local'
  /** Weave Net's IPAM. */
  | 'weave';

/** One chain of a parsed iptables table. */
export type IptablesChain = {
  readonly __typename?: 'IptablesChain';
  /** The chain's byte counter from its `:CHAIN` line. */
  readonly bytes: Scalars['Float']['output'];
  /** True when the dump deletes the chain (`-X`). */
  readonly deleted: Scalars['Boolean']['output'];
  /** The chain's name, e.g. KUBE-SERVICES. */
  readonly name: Scalars['String']['output'];
  /** The chain's packet counter from its `:CHAIN` line. */
  readonly packets: Scalars['Float']['output'];
  /** Its rules, in order. */
  readonly rules: ReadonlyArray<IptablesRule>;
};

/**
 * One iptables rule split into the parameters kube-proxy uses (upstream's ParseRule): each match or target is null when the rule
 * does not have it. `-m MODULE` is skipped, and `!` before a parameter sets its value's `negated`.
 */
export type IptablesRule = {
  readonly __typename?: 'IptablesRule';
  /** --rcheck (recent match: session affinity check). */
  readonly affinityCheck?: Maybe<Scalars['Boolean']['output']>;
  /** --name (recent match: the affinity list). */
  readonly affinityName?: Maybe<IptablesValue>;
  /** --reap (recent match). */
  readonly affinityReap?: Maybe<Scalars['Boolean']['output']>;
  /** --seconds (recent match: the affinity timeout). */
  readonly affinitySeconds?: Maybe<IptablesValue>;
  /** --set (recent match: record the source). */
  readonly affinitySet?: Maybe<Scalars['Boolean']['output']>;
  /** The chain the rule is appended to (-A). */
  readonly chain: Scalars['String']['output'];
  /** --comment. */
  readonly comment?: Maybe<IptablesValue>;
  /** --ctstate (conntrack match). */
  readonly ctStateCheck?: Maybe<IptablesValue>;
  /** -d: the destination address or range. */
  readonly destinationAddress?: Maybe<IptablesValue>;
  /** --dport. */
  readonly destinationPort?: Maybe<IptablesValue>;
  /** --dst-type (addrtype), e.g. LOCAL. */
  readonly destinationType?: Maybe<IptablesValue>;
  /** --to-destination (DNAT). */
  readonly dnatDestination?: Maybe<IptablesValue>;
  /** -j: the target (a chain, DNAT, MARK, RETURN, DROP, REJECT, MASQUERADE…). */
  readonly jump?: Maybe<IptablesValue>;
  /** --mark (mark match). */
  readonly markCheck?: Maybe<IptablesValue>;
  /** --match-set: an ipset and its directions. */
  readonly matchSet?: Maybe<IptablesValue>;
  /** --or-mark (MARK target). */
  readonly orMark?: Maybe<IptablesValue>;
  /** --probability (statistic match). */
  readonly probability?: Maybe<IptablesValue>;
  /** -p: the protocol. */
  readonly protocol?: Maybe<IptablesValue>;
  /** --random-fully (MASQUERADE). */
  readonly randomFully?: Maybe<Scalars['Boolean']['output']>;
  /** The rule as written. */
  readonly raw: Scalars['String']['output'];
  /** -s: the source address or range. */
  readonly sourceAddress?: Maybe<IptablesValue>;
  /** --sport. */
  readonly sourcePort?: Maybe<IptablesValue>;
  /** --src-type (addrtype), e.g. LOCAL. */
  readonly sourceType?: Maybe<IptablesValue>;
  /** --mode (statistic match), e.g. random. */
  readonly statisticMode?: Maybe<IptablesValue>;
  /** --xor-mark (MARK target). */
  readonly xorMark?: Maybe<IptablesValue>;
};

/** The iptables-restore input kube-proxy's iptables proxier writes on a full sync for one IP family (pkg/proxy/iptables/proxier.go syncProxyRules). */
export type IptablesRules = {
  readonly __typename?: 'IptablesRules';
  /** The restore command that takes the text. */
  readonly command: RestoreCommand;
  /** The IP family. */
  readonly family: IpFamily;
  /** The filter table: `*filter` … `COMMIT`. */
  readonly filter: Scalars['String']['output'];
  /** The host's addresses (addrtype LOCAL) the rules were computed for. */
  readonly hostAddresses: ReadonlyArray<Scalars['String']['output']>;
  /** Rules kube-proxy ensures in the built-in chains, outside the restore, as iptables arguments (`-t nat -I PREROUTING …`). */
  readonly jumpRules: ReadonlyArray<Scalars['String']['output']>;
  /** True above 1000 endpoints, where comments on endpoint rules are dropped. */
  readonly largeClusterMode: Scalars['Boolean']['output'];
  /** The masquerade mark (--iptables-masquerade-bit), e.g. 0x4000. */
  readonly masqueradeMark: Scalars['String']['output'];
  /** The nat table: `*nat` … `COMMIT`. */
  readonly nat: Scalars['String']['output'];
  /** The node the rules are for. */
  readonly nodeName: Scalars['String']['output'];
  /** The two tables, line by line and parsed. */
  readonly tables: IptablesTables;
  /** filter then nat: the whole restore input (`--noflush --counters`). */
  readonly text: Scalars['String']['output'];
};

/** One iptables table as kube-proxy writes it. */
export type IptablesTable = {
  readonly __typename?: 'IptablesTable';
  /** The `:CHAIN - [0:0]` lines, in the order written. */
  readonly chainLines: ReadonlyArray<Scalars['String']['output']>;
  /** The same lines read back chain by chain, each rule split into its matches and target (kubernetes/kubernetes pkg/util/iptables/testing/parse.go ParseIPTablesDump). */
  readonly chains: ReadonlyArray<IptablesChain>;
  /** The table. */
  readonly name: IptablesTableName;
  /** The `-A CHAIN …` lines, in the order written. */
  readonly ruleLines: ReadonlyArray<Scalars['String']['output']>;
};

/** An iptables table kube-proxy writes. */
export type IptablesTableName =
  /** The filter table. */
  | 'filter'
  /** The nat table. */
  | 'nat';

/** The filter and nat tables of one restore input. */
export type IptablesTables = {
  readonly __typename?: 'IptablesTables';
  /** The filter table. */
  readonly filter: IptablesTable;
  /** The nat table. */
  readonly nat: IptablesTable;
};

/** One parameter's value in an iptables rule. */
export type IptablesValue = {
  readonly __typename?: 'IptablesValue';
  /** True when `!` negates the parameter. */
  readonly negated: Scalars['Boolean']['output'];
  /** The value as written (quotes removed). */
  readonly value: Scalars['String']['output'];
};

/** IPV6_MTU_BELOW_MINIMUM: a subnet whose pod MTU is below IPv6's 1280. */
export type Ipv6MtuBelowMinimumDetails = {
  readonly __typename?: 'Ipv6MtuBelowMinimumDetails';
  /** The pod MTU, bytes. */
  readonly podMtu: Scalars['Int']['output'];
  /** The subnet; null when unknown. */
  readonly subnet?: Maybe<Scalars['String']['output']>;
};

/** Totals of an IPVS rule set. */
export type IpvsCounts = {
  readonly __typename?: 'IpvsCounts';
  /** ipset entries, over all sets. */
  readonly ipsetEntries: Scalars['Int']['output'];
  /** The `-A` lines of the iptables input. */
  readonly iptablesRules: Scalars['Int']['output'];
  /** Real servers, over all virtual servers. */
  readonly realServers: Scalars['Int']['output'];
  /** Virtual servers. */
  readonly virtualServers: Scalars['Int']['output'];
};

/** The IPVS proxier's iptables-restore input. */
export type IpvsIptables = {
  readonly __typename?: 'IpvsIptables';
  /** The restore command that takes the text. */
  readonly command: RestoreCommand;
  /** The filter table: `*filter` … `COMMIT`. */
  readonly filter: Scalars['String']['output'];
  /** Rules kube-proxy ensures in the built-in chains (`-t nat -I OUTPUT …`), outside the restore. */
  readonly jumpRules: ReadonlyArray<Scalars['String']['output']>;
  /** The nat table: `*nat` … `COMMIT`. */
  readonly nat: Scalars['String']['output'];
  /** The two tables, line by line and parsed. */
  readonly tables: IptablesTables;
  /** nat then filter: the whole restore input (`--noflush --counters`). */
  readonly text: Scalars['String']['output'];
};

/** One IPVS real server. */
export type IpvsRealServer = {
  readonly __typename?: 'IpvsRealServer';
  /** The endpoint address. */
  readonly address: Scalars['String']['output'];
  /** The endpoint port. */
  readonly port: Scalars['Int']['output'];
  /** Its weight (1 on a fresh sync). */
  readonly weight: Scalars['Int']['output'];
};

/** What kube-proxy's IPVS proxier programs for one IP family on a full sync (pkg/proxy/ipvs/proxier.go syncProxyRules). */
export type IpvsRules = {
  readonly __typename?: 'IpvsRules';
  /** Addresses bound to the dummy device kube-ipvs0. */
  readonly boundAddresses: ReadonlyArray<Scalars['String']['output']>;
  /** Totals. */
  readonly counts: IpvsCounts;
  /** The IP family. */
  readonly family: IpFamily;
  /** The ipsets the iptables rules match on. */
  readonly ipsets: ReadonlyArray<IpvsSet>;
  /** The proxier's iptables-restore input. */
  readonly iptables: IpvsIptables;
  /** The node the rules are for. */
  readonly nodeName: Scalars['String']['output'];
  /** The IPVS virtual servers with their real servers. */
  readonly virtualServers: ReadonlyArray<IpvsVirtualServer>;
};

/** One ipset of the IPVS proxier. */
export type IpvsSet = {
  readonly __typename?: 'IpvsSet';
  /** The set's comment. */
  readonly comment: Scalars['String']['output'];
  /** Its entries in ipset notation (`10.96.0.10,udp:53`, `30001`…). */
  readonly entries: ReadonlyArray<Scalars['String']['output']>;
  /** `KUBE-…`, or `KUBE-6-…` (cut to 31 characters) for IPv6. */
  readonly name: Scalars['String']['output'];
  /** The set type, e.g. hash:ip,port. */
  readonly type: Scalars['String']['output'];
};

/** One IPVS virtual server (ipvsadm -A). */
export type IpvsVirtualServer = {
  readonly __typename?: 'IpvsVirtualServer';
  /** The virtual address. */
  readonly address: Scalars['String']['output'];
  /** What the virtual server is for. */
  readonly kind: IpvsVirtualServerKind;
  /** ClientIP affinity: the persistence timeout (`-p <seconds>`); null without. */
  readonly persistenceTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** The virtual port. */
  readonly port: Scalars['Int']['output'];
  /** The protocol. */
  readonly protocol: Protocol;
  /** The real servers (ipvsadm -a), in order. */
  readonly realServers: ReadonlyArray<IpvsRealServer>;
  /** The scheduler (rr by default). */
  readonly scheduler: Scalars['String']['output'];
  /** The Service port, `ns/name:port`. */
  readonly service: Scalars['String']['output'];
};

/** What an IPVS virtual server is for. */
export type IpvsVirtualServerKind =
  /** A Service's ClusterIP. */
  | 'ClusterIP'
  /** One of a Service's externalIPs. */
  | 'ExternalIP'
  /** One of a Service's load-balancer IPs. */
  | 'LoadBalancer'
  /** A node address of a NodePort. */
  | 'NodePort';

/** A heavy question asked as a job. Finished jobs are kept NETMODEL_JOB_RETENTION_SECONDS (docs/DEPLOYMENT.md), then deleted. */
export type Job = {
  readonly __typename?: 'Job';
  /** Times it was started: above 1 when the replica running it died or stopped and another took it over. */
  readonly attempts: Scalars['Int']['output'];
  /** The answer of a CONNECTIVITY job that succeeded. */
  readonly connectivity?: Maybe<Connectivity>;
  /** When it was submitted. */
  readonly createdAt: Scalars['DateTime']['output'];
  /** The answer of a WHAT_IF or SCENARIO_DIFF job that succeeded. */
  readonly diff?: Maybe<ScenarioDiffResult>;
  /** When it finished (succeeded, failed or was cancelled). */
  readonly finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its id. */
  readonly id: Scalars['ID']['output'];
  /** What it asks. */
  readonly kind: JobKind;
  /** Why it failed. */
  readonly problem?: Maybe<JobProblem>;
  /** The answer of a REACHABILITY_MATRIX job that succeeded. */
  readonly reachabilityMatrix?: Maybe<ReachabilityMatrix>;
  /** When its last attempt started. */
  readonly startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  readonly state: JobState;
  /** The topology it is about. */
  readonly topology: Scalars['String']['output'];
  /** The topology version the answer was computed on (the version current when the job ran). */
  readonly topologyVersion?: Maybe<Scalars['Int']['output']>;
};

/** What a job asks. */
export type JobKind =
  /** A NetworkPolicy connectivity list. */
  | 'connectivity'
  /** A reachability matrix. */
  | 'reachabilityMatrix'
  /** A stored scenario's diff against its baseline. */
  | 'scenarioDiff'
  /** A stateless what-if diff. */
  | 'whatIf';

/** Why a job failed. */
export type JobProblem = {
  readonly __typename?: 'JobProblem';
  /** The error code the synchronous question would have answered (e.g. TIMEOUT, NOT_FOUND), or JOB_FAILED when every attempt crashed or was lost. */
  readonly code: Scalars['String']['output'];
  /** What went wrong, in a sentence. */
  readonly message: Scalars['String']['output'];
  /** Each field problem, with its path. */
  readonly problems: ReadonlyArray<Problem>;
};

/** Where a job is. */
export type JobState =
  /** Cancelled before it finished. */
  | 'cancelled'
  /** Not answered: problem says why. */
  | 'failed'
  /** Waiting for a replica to take it (also after a replica running it died, until another takes it). */
  | 'queued'
  /** A replica is answering it. */
  | 'running'
  /** Answered: the result field of its kind is set. */
  | 'succeeded';

/** A range the topology (or the caller) already uses. */
export type KnownRange = {
  readonly __typename?: 'KnownRange';
  /** The range, as a CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** podCIDRs[i] / serviceCIDRs[i], the subnet, network or node name, or the caller's text. */
  readonly name: Scalars['String']['output'];
  /** Where it comes from. */
  readonly source: KnownRangeSource;
};

/** Where a known range comes from. */
export type KnownRangeSource =
  /** A range the caller asked to avoid. */
  | 'avoid'
  /** An external network. */
  | 'externalNetwork'
  /** A node's pod CIDR. */
  | 'nodePodCIDR'
  /** A range an earlier part of the same plan took. */
  | 'planned'
  /** The cluster's pod CIDR (spec.podCIDRs). */
  | 'podCIDR'
  /** The cluster's service CIDR (spec.serviceCIDRs). */
  | 'serviceCIDR'
  /** An underlay subnet. */
  | 'subnet';

/** kube-proxy's configuration (KubeProxyConfiguration) as the model uses it. */
export type KubeProxy = {
  readonly __typename?: 'KubeProxy';
  /** --cluster-cidr, to detect local traffic; empty = the topology's podCIDRs. */
  readonly clusterCIDRs: ReadonlyArray<Scalars['String']['output']>;
  /** --iptables-localhost-nodeports, default true. */
  readonly localhostNodePorts: Scalars['Boolean']['output'];
  /** --masquerade-all: SNAT every packet to a Service. */
  readonly masqueradeAll: Scalars['Boolean']['output'];
  /** --iptables-masquerade-bit (0–31), default 14. */
  readonly masqueradeBit: Scalars['Int']['output'];
  /** The proxy mode (--proxy-mode). */
  readonly mode: KubeProxyMode;
  /** --nodeport-addresses (CIDRs, or `primary`); empty = every node address. */
  readonly nodePortAddresses: ReadonlyArray<Scalars['String']['output']>;
};

/** The kube-proxy section: rules per node, per side. */
export type KubeProxyDiff = {
  readonly __typename?: 'KubeProxyDiff';
  /** Nodes on both sides whose mode or total changed. */
  readonly changed: Scalars['Int']['output'];
  /** The proxy mode, per side. */
  readonly mode: KubeProxyModeChange;
  /** Every node of either side: the fork's node order, then removed nodes. */
  readonly nodes: ReadonlyArray<NodeRulesChange>;
  /** How much was computed and how much reused (a measure, not a result). */
  readonly work: KubeProxyWork;
};

/** kube-proxy's mode (--proxy-mode), which decides the rules it programs. */
export type KubeProxyMode =
  /** iptables (pkg/proxy/iptables): KUBE-SERVICES / KUBE-SVC-* / KUBE-SEP-* chains. */
  | 'iptables'
  /** IPVS (pkg/proxy/ipvs): virtual servers on kube-ipvs0 plus ipset-driven iptables rules. */
  | 'ipvs'
  /** nftables (pkg/proxy/nftables): the kube-proxy table with verdict maps. */
  | 'nftables'
  /** No kube-proxy (a replacement such as Cilium's eBPF handles Services, or nothing does). */
  | 'none';

/** A kube-proxy mode, per side. */
export type KubeProxyModeChange = {
  readonly __typename?: 'KubeProxyModeChange';
  /** The fork's. */
  readonly after: KubeProxyMode;
  /** The baseline's. */
  readonly before: KubeProxyMode;
};

/** The rules kube-proxy would program on one node in one mode. */
export type KubeProxyRules = {
  readonly __typename?: 'KubeProxyRules';
  /** IPTABLES mode: one rule set per IP family, IPv4 first; null in the other modes. */
  readonly iptables?: Maybe<ReadonlyArray<IptablesRules>>;
  /** IPVS mode: the virtual servers, ipsets and iptables rules per IP family, IPv4 first; null in the other modes. */
  readonly ipvs?: Maybe<ReadonlyArray<IpvsRules>>;
  /** The proxy mode the rules are for. */
  readonly mode: KubeProxyMode;
  /** NFTABLES mode: one table per IP family, IPv4 first; null in the other modes. */
  readonly nftables?: Maybe<ReadonlyArray<NftablesRules>>;
  /** The node the rules are for. */
  readonly node: Scalars['String']['output'];
  /** The rules as the node's tools take them (iptables-restore / nft -f input; IPVS: virtual servers, then its iptables-restore input). */
  readonly text: Scalars['String']['output'];
};

/** The kube-proxy section's work. */
export type KubeProxyWork = {
  readonly __typename?: 'KubeProxyWork';
  /** Endpoint maps built. */
  readonly endpointMapsBuilt: Scalars['Int']['output'];
  /** Nodes whose rules were counted. */
  readonly nodesCounted: Scalars['Int']['output'];
  /** Nodes whose count was reused from an identical node. */
  readonly nodesReused: Scalars['Int']['output'];
};

/** One of kubeadm's checks of the node-CIDR settings. */
export type KubeadmCheck = {
  readonly __typename?: 'KubeadmCheck';
  /** The check, in words. */
  readonly detail: Scalars['String']['output'];
  /** The kubeadm configuration field. */
  readonly field: Scalars['String']['output'];
  /** kubeadm's message. */
  readonly message: Scalars['String']['output'];
  /** Its value. */
  readonly value: Scalars['String']['output'];
};

/** A Kubernetes label. */
export type Label = {
  readonly __typename?: 'Label';
  /** The label key. */
  readonly key: Scalars['String']['output'];
  /** The label value. */
  readonly value: Scalars['String']['output'];
};

/** A label: key and value. */
export type LabelInput = {
  /** The label key, e.g. app.kubernetes.io/name. */
  readonly key: Scalars['String']['input'];
  /** The value. */
  readonly value: Scalars['String']['input'];
};

/** The disposition from pods in one group to pods in another. */
export type MatrixCell = {
  readonly __typename?: 'MatrixCell';
  /** A disposition, or MIXED when the node pairs of the cell differ (see outcomes). */
  readonly disposition: CellDisposition;
  /** The source group. */
  readonly from: Scalars['String']['output'];
  /** Node pairs the cell covers. */
  readonly nodePairs: Scalars['Int']['output'];
  /** The node pairs per disposition. */
  readonly outcomes: ReadonlyArray<MatrixOutcome>;
  /** The destination group. */
  readonly to: Scalars['String']['output'];
};

/** One group of nodes (a subnet, zone or node) in the matrix. */
export type MatrixGroup = {
  readonly __typename?: 'MatrixGroup';
  /** Classes of identical nodes in the group (one trace each). */
  readonly classes: Scalars['Int']['output'];
  /** The subnet, zone or node name. */
  readonly name: Scalars['String']['output'];
  /** Nodes in the group. */
  readonly nodes: Scalars['Int']['output'];
};

/** The node pairs of a cell that end with one disposition. */
export type MatrixOutcome = {
  readonly __typename?: 'MatrixOutcome';
  /** The step that decided, when the disposition is a failure. */
  readonly decidingStep?: Maybe<DecidingStep>;
  /** The disposition. */
  readonly disposition: Disposition;
  /** One node pair with it. */
  readonly example: NodePairExample;
  /** Node pairs with it. */
  readonly nodePairs: Scalars['Int']['output'];
};

/** Max pods per node for a managed provider (docs/capacity-json.md): EKS from ENIs, or GKE from the node pool's max-pods setting. */
export type MaxPods = {
  readonly __typename?: 'MaxPods';
  /** The texts of every source the figures cite. */
  readonly citations: ReadonlyArray<Citation>;
  /** The EKS figures; null for GKE. */
  readonly eks?: Maybe<EksMaxPods>;
  /** The GKE figures; null for EKS. */
  readonly gke?: Maybe<GkeMaxPods>;
  /** EKS or GKE. */
  readonly provider: Provider;
};

/** MODE_NOT_OFFERED: the plugin and the modes it does offer. */
export type ModeNotOfferedDetails = {
  readonly __typename?: 'ModeNotOfferedDetails';
  /** The overlay mode asked for. */
  readonly mode: OverlayMode;
  /** The modes the plugin offers. */
  readonly offered: ReadonlyArray<OverlayMode>;
  /** The CNI plugin. */
  readonly plugin: CniPlugin;
};

/** The counts of one proxy mode on the node. */
export type ModeRuleCounts = {
  readonly __typename?: 'ModeRuleCounts';
  /** Why the node could not be counted (an unknown node). */
  readonly errors: ReadonlyArray<Scalars['String']['output']>;
  /** One entry per family the node has. */
  readonly families: ReadonlyArray<FamilyRuleCounts>;
  /** The proxy mode. */
  readonly mode: KubeProxyMode;
  /** The node counted. */
  readonly nodeName: Scalars['String']['output'];
};

/** Nodes whose pod MTU changed the same way. */
export type MtuChangeGroup = {
  readonly __typename?: 'MtuChangeGroup';
  /** Pod MTU after, bytes. */
  readonly after?: Maybe<Scalars['Int']['output']>;
  /** Pod MTU before, bytes. */
  readonly before?: Maybe<Scalars['Int']['output']>;
  /** How many nodes. */
  readonly nodes: Scalars['Int']['output'];
};

/** A node pair whose pod MTU plus overhead exceeds the path MTU. */
export type MtuExcess = {
  readonly __typename?: 'MtuExcess';
  /** The encapsulation overhead, bytes. */
  readonly overhead: Scalars['Int']['output'];
  /** The path MTU, bytes. */
  readonly pathMtu: Scalars['Int']['output'];
  /** The pod MTU, bytes. */
  readonly podMtu: Scalars['Int']['output'];
};

/** A range of MTUs in bytes. */
export type MtuRange = {
  readonly __typename?: 'MtuRange';
  /** Largest. */
  readonly max: Scalars['Int']['output'];
  /** Smallest. */
  readonly min: Scalars['Int']['output'];
};

/** MTU_RULE_UNKNOWN: the plugin and mode without a known MTU rule. */
export type MtuRuleUnknownDetails = {
  readonly __typename?: 'MtuRuleUnknownDetails';
  /** The overlay mode. */
  readonly mode: OverlayMode;
  /** The CNI plugin. */
  readonly plugin: CniPlugin;
};

/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Appends operations to an open scenario; each must apply to the fork so far. */
  readonly addScenarioOperations: Scenario;
  /** Cancels a queued or running job (a running one stops within about a second); CONFLICT when it already succeeded or failed. */
  readonly cancelJob: Job;
  /**
   * Forks a topology at its current version. `operations`: a list of typed operations (docs/PLANNER.md); each must apply.
   * `name` must be unused among that topology's scenarios (CONFLICT otherwise); other topologies may use it too.
   */
  readonly createScenario: Scenario;
  /** Deletes a topology; with `ifVersion`, only if the stored version is that one (CONFLICT otherwise). */
  readonly deleteTopology: DeleteResult;
  /** Abandons an open scenario (it stays listed, read-only). */
  readonly discardScenario: Scenario;
  /**
   * Stores a topology document (YAML, JSON or a kubectl List). `name` overrides metadata.name. With `replace: true` an existing
   * topology of that name is replaced (its version goes up by one); `ifVersion` then must equal the stored version.
   * Nothing is stored when the document has any error.
   */
  readonly importTopology: ImportResult;
  /** Writes the fork as the new baseline in one transaction; CONFLICT if the baseline moved since the fork (rebase first). */
  readonly promoteScenario: PromoteResult;
  /** Re-applies the operations on the baseline's current version, dropping and reporting those that no longer apply. */
  readonly rebaseScenario: RebaseResult;
  /** Removes one operation (by index) from an open scenario; the rest must still apply. */
  readonly removeScenarioOperation: Scenario;
  /**
   * Asks a heavy question as a job on the durable queue and answers at once with the queued job; poll Query.job for the
   * result. Give the topology and exactly one of whatIf, scenarioDiff, reachabilityMatrix, connectivity (BAD_USER_INPUT
   * otherwise). The input is checked as the synchronous question checks it: a bad one is BAD_USER_INPUT naming the field
   * (e.g. whatIf.operations[0].subnet) and nothing is queued. Needs read scope on the topology, as the question itself.
   */
  readonly submitJob: Job;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationAddScenarioOperationsArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  operations: ReadonlyArray<OperationInput>;
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationCreateScenarioArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  operations?: InputMaybe<ReadonlyArray<OperationInput>>;
  topology: Scalars['String']['input'];
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationDeleteTopologyArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationDiscardScenarioArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationImportTopologyArgs = {
  document: Scalars['String']['input'];
  format?: InputMaybe<DocumentFormat>;
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationPromoteScenarioArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationRebaseScenarioArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationRemoveScenarioOperationArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  index: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to stored topologies and scenarios (write scope). Every mutation is all-or-nothing. */
export type MutationSubmitJobArgs = {
  connectivity?: InputMaybe<ConnectivityJobInput>;
  reachabilityMatrix?: InputMaybe<ReachabilityMatrixJobInput>;
  scenarioDiff?: InputMaybe<ScenarioDiffJobInput>;
  topology: Scalars['String']['input'];
  whatIf?: InputMaybe<WhatIfJobInput>;
};

/** A name. */
export type NameFields = {
  readonly __typename?: 'NameFields';
  /** The object's name. */
  readonly name: Scalars['String']['output'];
};

/** A name. */
export type NameInput = {
  /** The object's name. */
  readonly name: Scalars['String']['input'];
};

/** A namespaced name. */
export type NamespacedNameFields = {
  readonly __typename?: 'NamespacedNameFields';
  /** The name. */
  readonly name: Scalars['String']['output'];
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
};

/** A namespaced name. */
export type NamespacedNameInput = {
  /** The name. */
  readonly name: Scalars['String']['input'];
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
};

/** Objects of an nftables table. */
export type NftablesCounts = {
  readonly __typename?: 'NftablesCounts';
  /** Chains. */
  readonly chains: Scalars['Int']['output'];
  /** Set and map elements. */
  readonly elements: Scalars['Int']['output'];
  /** Maps. */
  readonly maps: Scalars['Int']['output'];
  /** Rules. */
  readonly rules: Scalars['Int']['output'];
  /** Sets. */
  readonly sets: Scalars['Int']['output'];
};

/** The `ip kube-proxy` / `ip6 kube-proxy` table kube-proxy's nftables proxier keeps for one IP family (pkg/proxy/nftables/proxier.go). */
export type NftablesRules = {
  readonly __typename?: 'NftablesRules';
  /** How many objects of each kind the table holds. */
  readonly counts: NftablesCounts;
  /** The IP family. */
  readonly family: IpFamily;
  /** The node the rules are for. */
  readonly nodeName: Scalars['String']['output'];
  /** `ip kube-proxy` or `ip6 kube-proxy`. */
  readonly table: Scalars['String']['output'];
  /** Every command, newline-terminated: `nft -f` input (table, sets, maps, chains, rules, elements, as knftables' Fake.Dump()). */
  readonly text: Scalars['String']['output'];
};

/** A Kubernetes Node: its addresses, pod CIDRs and pods. */
export type Node = {
  readonly __typename?: 'Node';
  /** status.addresses of type ExternalIP. */
  readonly externalIPs: ReadonlyArray<Scalars['String']['output']>;
  /** status.addresses of type InternalIP. */
  readonly internalIPs: ReadonlyArray<Scalars['String']['output']>;
  /** metadata.labels. */
  readonly labels: ReadonlyArray<Label>;
  /** kubelet maxPods (status.capacity.pods). */
  readonly maxPods?: Maybe<Scalars['Int']['output']>;
  /** The node's interface MTU; null = its subnet's or the underlay's. */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** The node name (metadata.name). */
  readonly name: Scalars['String']['output'];
  /** spec.podCIDRs, one per family. */
  readonly podCIDRs: ReadonlyArray<Scalars['String']['output']>;
  /** The pods scheduled on it. */
  readonly pods: ReadonlyArray<Pod>;
  /** The explicit route table, when the topology has one for this node. */
  readonly routes?: Maybe<ReadonlyArray<Route>>;
  /** The underlay subnet its internal address is in; null when it is in none. */
  readonly subnet?: Maybe<Subnet>;
  /** The name of that subnet (spec.underlay.subnets[].name); null when it is in none. */
  readonly subnetName?: Maybe<Scalars['String']['output']>;
};

/** The prefix length of each node's pod CIDR per family (kube-controller-manager --node-cidr-mask-size-ipv4/-ipv6). */
export type NodeCidrMaskSize = {
  readonly __typename?: 'NodeCIDRMaskSize';
  /** IPv4 node mask (default 24). */
  readonly ipv4: Scalars['Int']['output'];
  /** IPv6 node mask (default 64). */
  readonly ipv6: Scalars['Int']['output'];
};

/** A node and the podCIDR it holds. */
export type NodeCidrAssignment = {
  readonly __typename?: 'NodeCidrAssignment';
  /** Its podCIDR. */
  readonly cidr: Scalars['String']['output'];
  /** The node's name. */
  readonly node: Scalars['String']['output'];
};

/** A node whose podCIDR the allocator refuses at startup. */
export type NodeCidrFailure = {
  readonly __typename?: 'NodeCidrFailure';
  /** The allocator's message. */
  readonly message: Scalars['String']['output'];
  /** The node's name. */
  readonly node: Scalars['String']['output'];
};

/** The node-CIDR blocks of one cluster CIDR. */
export type NodeCidrFamily = {
  readonly __typename?: 'NodeCidrFamily';
  /** The podCIDRs occupied at startup, node by node. */
  readonly assignedAtStartup: ReadonlyArray<NodeCidrAssignment>;
  /** Blocks the cluster CIDR holds (cidrset.blocks). */
  readonly blocks: CountFigure;
  /** The cluster CIDR. */
  readonly clusterCIDR: Scalars['String']['output'];
  /** Its family. */
  readonly family: IpFamily;
  /** Free blocks (cidrset.free). */
  readonly free: CountFigure;
  /** The minimal prefix cover of the free blocks, in address order, at most freeList long. */
  readonly freeRanges: ReadonlyArray<Scalars['String']['output']>;
  /** True when freeRanges was cut at freeList. */
  readonly freeRangesTruncated: Scalars['Boolean']['output'];
  /** Position of the cluster CIDR in --cluster-cidr. */
  readonly index: Scalars['Int']['output'];
  /** Nodes this family can hold (cidrset.maxNodes). */
  readonly maxNodes: CountFigure;
  /** The next AllocateNext results, in order. */
  readonly next: ReadonlyArray<Scalars['String']['output']>;
  /** --node-cidr-mask-size for this family. */
  readonly nodeMaskSize: Scalars['Int']['output'];
  /** NewCIDRSet's refusal for this family; null when it accepts. */
  readonly setError?: Maybe<Scalars['String']['output']>;
  /** Blocks in use. */
  readonly used: Scalars['Int']['output'];
  /** Blocks taken by nodes' podCIDRs. */
  readonly usedByNodes: Scalars['Int']['output'];
  /** Blocks taken by an overlapping service CIDR. */
  readonly usedByServiceRange: Scalars['Int']['output'];
};

/** Node pod-CIDR blocks (kube-controller-manager --allocate-node-cidrs, pkg/controller/nodeipam/ipam/cidrset). */
export type NodeCidrReport = {
  readonly __typename?: 'NodeCidrReport';
  /** kube-controller-manager's own text when it refuses to start; null when it starts. */
  readonly controllerError?: Maybe<Scalars['String']['output']>;
  /** Nodes whose CIDR the allocator refuses at startup, with its message. */
  readonly failedAtStartup: ReadonlyArray<NodeCidrFailure>;
  /** One entry per cluster CIDR. */
  readonly families: ReadonlyArray<NodeCidrFamily>;
  /** kubeadm's validation of the node-CIDR settings. */
  readonly kubeadm: ReadonlyArray<KubeadmCheck>;
  /** Nodes the cluster CIDRs can hold (cidrset.clusterMaxNodes); null when a family cannot allocate. */
  readonly maxNodes?: Maybe<Figure>;
  /** Nodes in the topology. */
  readonly nodes: Scalars['Int']['output'];
  /** Nodes without a podCIDR. */
  readonly nodesWithoutPodCIDRs: Scalars['Int']['output'];
  /** Refusals while filtering the service CIDRs out of the cluster CIDRs. */
  readonly serviceFilterErrors: ReadonlyArray<Scalars['String']['output']>;
};

/** The node CIDR blocks of one family, per side. */
export type NodeCidrsChange = {
  readonly __typename?: 'NodeCidrsChange';
  /** Blocks of the node mask the cluster CIDR holds (decimal string). */
  readonly blocks: CountChange;
  /** The cluster CIDR. */
  readonly clusterCIDR: NullableStringChange;
  /** The family. */
  readonly family: IpFamily;
  /** Blocks free (decimal string). */
  readonly free: CountChange;
  /** Blocks in use (one per node). */
  readonly used: IntChange;
};

/** A node whose pod MTU changed. */
export type NodeMtuChange = {
  readonly __typename?: 'NodeMtuChange';
  /** Pod MTU in the fork, bytes; null when not derivable. */
  readonly after?: Maybe<Scalars['Int']['output']>;
  /** Pod MTU in the baseline, bytes; null when not derivable. */
  readonly before?: Maybe<Scalars['Int']['output']>;
  /** The node. */
  readonly node: Scalars['String']['output'];
};

/** A pair of nodes. */
export type NodePair = {
  readonly __typename?: 'NodePair';
  /** The sending node. */
  readonly from: Scalars['String']['output'];
  /** The receiving node. */
  readonly to: Scalars['String']['output'];
};

/** One node pair with that outcome (source and destination node names). */
export type NodePairExample = {
  readonly __typename?: 'NodePairExample';
  /** Source node name. */
  readonly from: Scalars['String']['output'];
  /** Destination node name. */
  readonly to: Scalars['String']['output'];
};

/** A node's pod addresses in one cluster CIDR. */
export type NodePodAddresses = {
  readonly __typename?: 'NodePodAddresses';
  /** The family. */
  readonly family: IpFamily;
  /** The node's podCIDR in it; null when it has none. */
  readonly podCIDR?: Maybe<Scalars['String']['output']>;
  /** Addresses the IPAM hands out from it. */
  readonly usable: CountFigure;
};

/** The pods one node can take. */
export type NodePodCapacity = {
  readonly __typename?: 'NodePodCapacity';
  /** Usable pod addresses per cluster CIDR. */
  readonly addresses: ReadonlyArray<NodePodAddresses>;
  /** Pods the node can hold: the lower of maxPods and usable addresses (pods.nodeCapacity). */
  readonly capacity: Figure;
  /** Pods it can still take (at least 0). */
  readonly headroom: Scalars['Int']['output'];
  /** Its instance type label; null when it has none. */
  readonly instanceType?: Maybe<Scalars['String']['output']>;
  /** kubelet's maxPods and where it comes from. */
  readonly maxPods: Figure;
  /** The node's name. */
  readonly node: Scalars['String']['output'];
  /** True when more pods are placed than it can hold. */
  readonly overcommitted: Scalars['Boolean']['output'];
  /** Of those, pods not on the host network. */
  readonly podIPsInUse: Scalars['Int']['output'];
  /** Pods whose spec.nodeName is this node. */
  readonly podsPlaced: Scalars['Int']['output'];
  /** What is wrong with the node's pod addressing. */
  readonly problems: ReadonlyArray<Scalars['String']['output']>;
};

/** The pod MTU on one node and the rule that produced it. */
export type NodePodMtu = {
  readonly __typename?: 'NodePodMtu';
  /** The MTU the plugin would derive (when an explicit one overrides it). */
  readonly derivedMtu?: Maybe<Scalars['Int']['output']>;
  /** The tunnel device's MTU, when there is one. */
  readonly deviceMtu?: Maybe<Scalars['Int']['output']>;
  /** False when the rule is a modeled approximation. */
  readonly exact: Scalars['Boolean']['output'];
  /** True when spec.cni.mtu set it. */
  readonly explicit: Scalars['Boolean']['output'];
  /** The node's interface MTU, in bytes. */
  readonly hostMtu: Scalars['Int']['output'];
  /** Node name. */
  readonly node: Scalars['String']['output'];
  /** The MTU of pod interfaces, in bytes. */
  readonly podMtu?: Maybe<Scalars['Int']['output']>;
  /** The rule that produced podMtu, with its upstream source in sources. */
  readonly rule: Scalars['String']['output'];
  /** The upstream sources of the rule. */
  readonly sources: ReadonlyArray<Scalars['String']['output']>;
  /** The node's underlay subnet. */
  readonly subnet?: Maybe<Scalars['String']['output']>;
};

/** Fields of addNodeRoute. */
export type NodeRouteFields = {
  readonly __typename?: 'NodeRouteFields';
  /** The node. */
  readonly node: Scalars['String']['output'];
  /** The route. */
  readonly route: RouteSpecFields;
};

/** Fields of addNodeRoute. */
export type NodeRouteInput = {
  /** The node. */
  readonly node: Scalars['String']['input'];
  /** The route. */
  readonly route: RouteSpecInput;
};

/** An explicit route table of one node. */
export type NodeRouteTable = {
  readonly __typename?: 'NodeRouteTable';
  /** The node. */
  readonly node: Scalars['String']['output'];
  /** Its routes. */
  readonly routes: ReadonlyArray<Route>;
};

/** A node's kube-proxy mode and its rules in total (rules or elements of every family). */
export type NodeRuleTotal = {
  readonly __typename?: 'NodeRuleTotal';
  /** The node's proxy mode. */
  readonly mode: KubeProxyMode;
  /** Rules (iptables), elements (nftables) or virtual plus real servers (IPVS). */
  readonly total: Scalars['Int']['output'];
};

/** One node's kube-proxy rules, per side. */
export type NodeRulesChange = {
  readonly __typename?: 'NodeRulesChange';
  /** In the fork; null when the node is not there. */
  readonly after?: Maybe<NodeRuleTotal>;
  /** In the baseline; null when the node is not there. */
  readonly before?: Maybe<NodeRuleTotal>;
  /** The node. */
  readonly node: Scalars['String']['output'];
};

/** A string on each side, either possibly null. */
export type NullableStringChange = {
  readonly __typename?: 'NullableStringChange';
  /** The fork's. */
  readonly after?: Maybe<Scalars['String']['output']>;
  /** The baseline's. */
  readonly before?: Maybe<Scalars['String']['output']>;
};

/**
 * One planner operation as stored (docs/PLANNER.md), in the shape of OperationInput: exactly one field is set, named after
 * the operation, holding its fields (label maps as lists of {key, value}, targetPort as a String).
 */
export type Operation = {
  readonly __typename?: 'Operation';
  /** Adds an AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1 manifest). */
  readonly addAdminNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Adds the BaselineAdminNetworkPolicy (the singleton named default). */
  readonly addBaselineAdminNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Adds a cluster CIDR (dual-stack: the other family). */
  readonly addClusterCIDR?: Maybe<CidrFields>;
  /** Adds an external network (an address range outside the cluster). */
  readonly addExternalNetwork?: Maybe<AddExternalNetworkFields>;
  /** Adds a NetworkPolicy (the manifest, as kubectl prints it). */
  readonly addNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Adds a route to a node's explicit route table. */
  readonly addNodeRoute?: Maybe<NodeRouteFields>;
  /** Adds `count` nodes to an underlay subnet (addresses, pod CIDRs from the range allocator). */
  readonly addNodes?: Maybe<AddNodesFields>;
  /** Adds pods. */
  readonly addPods?: Maybe<AddPodsFields>;
  /** Adds a Service (and optionally pods for its selector). */
  readonly addService?: Maybe<AddServiceFields>;
  /** Adds an underlay subnet. */
  readonly addSubnet?: Maybe<AddSubnetFields>;
  /** Adds an underlay route. */
  readonly addUnderlayRoute?: Maybe<RouteFields>;
  /** Removes an AdminNetworkPolicy. */
  readonly removeAdminNetworkPolicy?: Maybe<NameFields>;
  /** Removes the BaselineAdminNetworkPolicy: true (the operation has no fields). */
  readonly removeBaselineAdminNetworkPolicy?: Maybe<Scalars['Boolean']['output']>;
  /** Removes an external network. */
  readonly removeExternalNetwork?: Maybe<NameFields>;
  /** Removes a NetworkPolicy. */
  readonly removeNetworkPolicy?: Maybe<NamespacedNameFields>;
  /** Removes a node (and, with drain, its pods and their endpoints). */
  readonly removeNode?: Maybe<RemoveNodeFields>;
  /** Removes a route from a node's explicit route table. */
  readonly removeNodeRoute?: Maybe<RemoveNodeRouteFields>;
  /** Removes pods by name or by selector. */
  readonly removePods?: Maybe<RemovePodsFields>;
  /** Removes a Service and its EndpointSlices. */
  readonly removeService?: Maybe<NamespacedNameFields>;
  /** Removes an underlay subnet (no node may be in it). */
  readonly removeSubnet?: Maybe<NameFields>;
  /** Removes an underlay route by destination (and via, when several share it). */
  readonly removeUnderlayRoute?: Maybe<RemoveRouteFields>;
  /** Replaces the AdminNetworkPolicy of the manifest's name. */
  readonly replaceAdminNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Replaces the BaselineAdminNetworkPolicy. */
  readonly replaceBaselineAdminNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Replaces the NetworkPolicy of the manifest's namespace/name. */
  readonly replaceNetworkPolicy?: Maybe<PolicyManifestFields>;
  /** Scales the pods a Service's selector matches. */
  readonly scaleService?: Maybe<ScaleServiceFields>;
  /** Replaces the cluster CIDRs (one per family). */
  readonly setClusterCIDRs?: Maybe<CidrsFields>;
  /** Changes the CNI: plugin, overlay mode, crossSubnet, bridge, VXLAN id/port (unset fields keep their value). */
  readonly setCni?: Maybe<SetCniFields>;
  /** Changes kube-proxy's settings (unset fields keep their value). */
  readonly setKubeProxy?: Maybe<SetKubeProxyFields>;
  /** Replaces a namespace's labels (kubernetes.io/metadata.name is kept, as the API server does). */
  readonly setNamespaceLabels?: Maybe<SetNamespaceLabelsFields>;
  /** Sets kube-controller-manager's node-cidr-mask-size of one family. */
  readonly setNodeMask?: Maybe<SetNodeMaskFields>;
  /** Replaces a pod's labels (Services selecting it follow). */
  readonly setPodLabels?: Maybe<SetPodLabelsFields>;
  /** Sets the pod MTU (spec.cni.mtu); null derives it from the underlay by the CNI's rule. */
  readonly setPodMtu?: Maybe<SetPodMtuFields>;
  /** Replaces the service CIDRs. */
  readonly setServiceCIDRs?: Maybe<CidrsFields>;
  /** Sets a subnet's MTU, or the underlay default MTU. */
  readonly setUnderlayMtu?: Maybe<SetUnderlayMtuFields>;
};

/**
 * One planner operation (docs/PLANNER.md; rules and upstream sources in src/engine/planner/README.md): set exactly one
 * field, named after the operation, e.g. `{removeNode: {name: "worker-b3"}}` or `{setCni: {overlay: NONE}}`. Operations
 * apply in order; problems name `operations[i].<field>`.
 */
export type OperationInput =
  /** Adds an AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1 manifest). */
  { readonly addAdminNetworkPolicy: PolicyManifestInput; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds the BaselineAdminNetworkPolicy (the singleton named default). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy: PolicyManifestInput; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds a cluster CIDR (dual-stack: the other family). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR: CidrInput; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds an external network (an address range outside the cluster). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork: AddExternalNetworkInput; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds a NetworkPolicy (the manifest, as kubectl prints it). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy: PolicyManifestInput; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds a route to a node's explicit route table. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute: NodeRouteInput; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds `count` nodes to an underlay subnet (addresses, pod CIDRs from the range allocator). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes: AddNodesInput; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds pods. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods: AddPodsInput; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds a Service (and optionally pods for its selector). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService: AddServiceInput; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds an underlay subnet. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet: AddSubnetInput; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Adds an underlay route. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute: RouteInput; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes an AdminNetworkPolicy. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy: NameInput; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes the BaselineAdminNetworkPolicy: pass true (the operation has no fields). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy: Scalars['Boolean']['input']; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes an external network. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork: NameInput; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes a NetworkPolicy. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy: NamespacedNameInput; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes a node (and, with drain, its pods and their endpoints). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode: RemoveNodeInput; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes a route from a node's explicit route table. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute: RemoveNodeRouteInput; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes pods by name or by selector. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods: RemovePodsInput; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes a Service and its EndpointSlices. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService: NamespacedNameInput; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes an underlay subnet (no node may be in it). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet: NameInput; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Removes an underlay route by destination (and via, when several share it). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute: RemoveRouteInput; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces the AdminNetworkPolicy of the manifest's name. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy: PolicyManifestInput; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces the BaselineAdminNetworkPolicy. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy: PolicyManifestInput; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces the NetworkPolicy of the manifest's namespace/name. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy: PolicyManifestInput; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Scales the pods a Service's selector matches. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService: ScaleServiceInput; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces the cluster CIDRs (one per family). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs: CidrsInput; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Changes the CNI: plugin, overlay mode, crossSubnet, bridge, VXLAN id/port (unset fields keep their value). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni: SetCniInput; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Changes kube-proxy's settings (unset fields keep their value). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy: SetKubeProxyInput; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces a namespace's labels (kubernetes.io/metadata.name is kept, as the API server does). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels: SetNamespaceLabelsInput; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Sets kube-controller-manager's node-cidr-mask-size of one family. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask: SetNodeMaskInput; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces a pod's labels (Services selecting it follow). */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels: SetPodLabelsInput; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Sets the pod MTU (spec.cni.mtu); null derives it from the underlay by the CNI's rule. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu: SetPodMtuInput; readonly setServiceCIDRs?: never; readonly setUnderlayMtu?: never; }
  |  /** Replaces the service CIDRs. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs: CidrsInput; readonly setUnderlayMtu?: never; }
  |  /** Sets a subnet's MTU, or the underlay default MTU. */
  { readonly addAdminNetworkPolicy?: never; readonly addBaselineAdminNetworkPolicy?: never; readonly addClusterCIDR?: never; readonly addExternalNetwork?: never; readonly addNetworkPolicy?: never; readonly addNodeRoute?: never; readonly addNodes?: never; readonly addPods?: never; readonly addService?: never; readonly addSubnet?: never; readonly addUnderlayRoute?: never; readonly removeAdminNetworkPolicy?: never; readonly removeBaselineAdminNetworkPolicy?: never; readonly removeExternalNetwork?: never; readonly removeNetworkPolicy?: never; readonly removeNode?: never; readonly removeNodeRoute?: never; readonly removePods?: never; readonly removeService?: never; readonly removeSubnet?: never; readonly removeUnderlayRoute?: never; readonly replaceAdminNetworkPolicy?: never; readonly replaceBaselineAdminNetworkPolicy?: never; readonly replaceNetworkPolicy?: never; readonly scaleService?: never; readonly setClusterCIDRs?: never; readonly setCni?: never; readonly setKubeProxy?: never; readonly setNamespaceLabels?: never; readonly setNodeMask?: never; readonly setPodLabels?: never; readonly setPodMtu?: never; readonly setServiceCIDRs?: never; readonly setUnderlayMtu: SetUnderlayMtuInput; };

/** The overhead section. */
export type OverheadDiff = {
  readonly __typename?: 'OverheadDiff';
  /** The assumptions the overhead report relied on, per side. */
  readonly assumptions: BeforeAfterStrings;
  /** MTU findings that appeared or went away. */
  readonly findings: OverheadFindingsDiff;
  /** The CNI plugin and overlay mode, per side (`calico/ipip crossSubnet`). */
  readonly mode: StringChange;
  /** Bytes added per packet, per pod family. */
  readonly overhead: ReadonlyArray<FamilyOverheadChange>;
  /** Nodes on both sides whose pod MTU changed. */
  readonly podMtu: ReadonlyArray<NodeMtuChange>;
  /** The same, grouped (1450 → 1500 on 6 nodes). */
  readonly podMtuGroups: ReadonlyArray<MtuChangeGroup>;
};

/** A problem with MTU or encapsulation (e.g. a pod MTU above the path MTU). */
export type OverheadFinding = {
  readonly __typename?: 'OverheadFinding';
  /** A stable code for the finding. */
  readonly code: OverheadFindingCode;
  /** The figures behind the finding: one type per code (select them with `... on <Code>Details`). */
  readonly details: OverheadFindingDetails;
  /** What is wrong, in a sentence. */
  readonly message: Scalars['String']['output'];
  /** How bad it is. */
  readonly severity: Severity;
};

/** The code of an MTU or encapsulation finding. */
export type OverheadFindingCode =
  /** crossSubnet is set but the plugin and mode have no cross-subnet variant: every pair encapsulates. */
  | 'CROSS_SUBNET_NOT_OFFERED'
  /** cni.mtu is smaller than what the CNI would derive everywhere: safe, but it wastes bytes per packet. */
  | 'EXPLICIT_MTU_BELOW_DERIVED'
  /** cni.mtu + the encapsulation overhead is larger than the smallest underlay MTU on an encapsulated path. */
  | 'EXPLICIT_MTU_TOO_LARGE'
  /** The overlay mode does not carry one of the cluster's IP families. */
  | 'FAMILY_NOT_ENCAPSULATED'
  /** More findings of one code than the cap (50); the rest were dropped. */
  | 'FINDINGS_TRUNCATED'
  /** An IPv6 pod network with an MTU below 1280. */
  | 'IPV6_MTU_BELOW_MINIMUM'
  /** The CNI plugin has no such overlay mode. */
  | 'MODE_NOT_OFFERED'
  /** The MTU rule of this plugin and mode is not known; nothing was guessed. */
  | 'MTU_RULE_UNKNOWN'
  /** A pod-sized packet (plus the encapsulation) does not fit the underlay path between two subnets. */
  | 'POD_MTU_EXCEEDS_PATH'
  /** Subnets (or nodes) have different MTUs: the smallest bounds every path that touches it. */
  | 'SUBNET_MTU_MISMATCH'
  /** A traffic-matrix endpoint that resolves to no node. */
  | 'TRAFFIC_UNRESOLVED';

/** The figures behind an overhead finding: one type per OverheadFindingCode (`<Code>Details`). */
export type OverheadFindingDetails = CrossSubnetNotOfferedDetails | ExplicitMtuBelowDerivedDetails | ExplicitMtuTooLargeDetails | FamilyNotEncapsulatedDetails | FindingsTruncatedDetails | Ipv6MtuBelowMinimumDetails | ModeNotOfferedDetails | MtuRuleUnknownDetails | PodMtuExceedsPathDetails | SubnetMtuMismatchDetails | TrafficUnresolvedDetails;

/** MTU findings of one side only. */
export type OverheadFindingsDiff = {
  readonly __typename?: 'OverheadFindingsDiff';
  /** Only in the fork. */
  readonly added: ReadonlyArray<OverheadFinding>;
  /** Only in the baseline. */
  readonly removed: ReadonlyArray<OverheadFinding>;
};

/** How pod packets cross between nodes (spec.cni.overlay). */
export type OverlayMode =
  /** Routed, routes learned over BGP (Calico, Cilium native routing); no encapsulation. */
  | 'bgp'
  /** Geneve (RFC 8926): 50 bytes plus options. */
  | 'geneve'
  /** Routed with the peer node as on-link next hop (flannel host-gw); nodes must share an L2 subnet. */
  | 'host-gw'
  /** IP-in-IP (RFC 2003): 20 bytes; IPv4 only. */
  | 'ipip'
  /** IPsec ESP (flannel ipsec backend); bytes depend on the cipher. */
  | 'ipsec'
  /** Routed, no encapsulation (same as HOST_GW). */
  | 'none'
  /** flannel's userspace UDP backend: 28 bytes over IPv4. */
  | 'udp'
  /** VXLAN (RFC 7348): 50 bytes over IPv4, 70 over IPv6. */
  | 'vxlan'
  /** WireGuard: 60 bytes over IPv4, 80 over IPv6. */
  | 'wireguard';

/** The headers of the packet at a point of its path. */
export type Packet = {
  readonly __typename?: 'Packet';
  /** The pod's own header. */
  readonly inner: Header;
  /** The encapsulating node-to-node header while the packet is in a tunnel. */
  readonly outer?: Maybe<Header>;
};

/** What happens to one packet size between two subnets. */
export type PacketFate = {
  readonly __typename?: 'PacketFate';
  /** Payload bytes / wire bytes; null when nothing is sent. */
  readonly efficiency?: Maybe<Scalars['Float']['output']>;
  /** What happens to the packet. */
  readonly fate: Fate;
  /** Fragments on the wire. */
  readonly fragments: Scalars['Int']['output'];
  /** The limit it met, bytes. */
  readonly limit: Scalars['Int']['output'];
  /** What stopped the packet; null when it fits. */
  readonly limitedBy?: Maybe<FateLimit>;
  /** Node pairs per fate. */
  readonly nodePairsByFate: FateCounts;
  /** The packet size, bytes. */
  readonly packetSize: Scalars['Int']['output'];
  /** Bytes on the wire, all fragments and headers. */
  readonly wireBytes: Scalars['Int']['output'];
};

/** Where a page ends and whether more follow (Relay PageInfo). */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** The cursor of the page's last edge; null on an empty page. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page: ask again with after: endCursor. */
  readonly hasNextPage: Scalars['Boolean']['output'];
};

/** A pair of options.pairs traced on both sides. */
export type PairDiff = {
  readonly __typename?: 'PairDiff';
  /** In the fork. */
  readonly after: PairSide;
  /** In the baseline. */
  readonly before: PairSide;
  /** How the outcome changed; null when unchanged. */
  readonly change?: Maybe<ChangeKind>;
  /** Whether the outcome differs. */
  readonly changed: Scalars['Boolean']['output'];
  /** The first step where the two traces differ; null when they do not. */
  readonly decidingDifference?: Maybe<DecidingDifference>;
  /** The sender, as given. */
  readonly from: Scalars['String']['output'];
  /** The port, as given; null when none. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** The destination, as given. */
  readonly to: Scalars['String']['output'];
};

/** A named pair on one side. */
export type PairSide = {
  readonly __typename?: 'PairSide';
  /** How the trace ended; null when it could not run (see errors). */
  readonly disposition?: Maybe<Disposition>;
  /** Why the trace could not run on this side (e.g. the pod does not exist there). */
  readonly errors: ReadonlyArray<Scalars['String']['output']>;
  /** True when DELIVERED or EXITS_CLUSTER. */
  readonly reachable: Scalars['Boolean']['output'];
  /** The trace; null when it could not run. */
  readonly trace?: Maybe<Trace>;
};

/** A recommended address plan for a new cluster (netmodel plan, docs/capacity-json.md). */
export type Plan = {
  readonly __typename?: 'Plan';
  /** The texts of every source the figures cite. */
  readonly citations: ReadonlyArray<Citation>;
  /** The ranges per family. */
  readonly families: ReadonlyArray<PlanFamilyRanges>;
  /** False when some range could not be placed (see problems). */
  readonly ok: Scalars['Boolean']['output'];
  /** Why a range could not be placed. */
  readonly problems: ReadonlyArray<Scalars['String']['output']>;
  /** Whose address rules applied. */
  readonly provider: Provider;
  /** The reasoning, step by step. */
  readonly reasoning: ReadonlyArray<Scalars['String']['output']>;
  /** The targets after the growth factor. */
  readonly targets: PlanTargets;
};

/** The families a plan is for. */
export type PlanFamily =
  /** Dual-stack: an IPv4 and an IPv6 range for pods and Services. */
  | 'dual'
  /** IPv4 only. */
  | 'ipv4'
  /** IPv6 only. */
  | 'ipv6';

/** The ranges a plan recommends for one family. */
export type PlanFamilyRanges = {
  readonly __typename?: 'PlanFamilyRanges';
  /** The family. */
  readonly family: IpFamily;
  /** The node mask (node-cidr-mask-size); null when the provider decides it. */
  readonly nodeMask?: Maybe<Figure>;
  /** The recommended ranges. */
  readonly ranges: ReadonlyArray<PlanRange>;
};

/** A sizing target for a new cluster (netmodel plan). */
export type PlanInput = {
  /** CIDRs the plan must not overlap. */
  readonly avoid?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** The families to plan for (default IPv4). */
  readonly family?: InputMaybe<PlanFamily>;
  /** Headroom multiplier for nodes and Services (default 2). */
  readonly growthFactor?: InputMaybe<Scalars['Float']['input']>;
  /** Pods per node (kubelet maxPods); sizes the node mask. */
  readonly maxPodsPerNode: Scalars['Int']['input'];
  /** Nodes the cluster must hold (before growthFactor). */
  readonly nodes: Scalars['Int']['input'];
  /** Whose address rules apply (default GENERIC). */
  readonly provider?: InputMaybe<Provider>;
  /** Services the cluster must hold (before growthFactor); sizes the service CIDR. */
  readonly services?: InputMaybe<Scalars['Int']['input']>;
  /** Supernets to take ranges from, as CIDRs (default RFC 1918, fd00::/8). */
  readonly within?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/** One recommended range. */
export type PlanRange = {
  readonly __typename?: 'PlanRange';
  /** The range chosen; null when none was free (see reason). */
  readonly cidr?: Maybe<Scalars['String']['output']>;
  /** The prefix length and why. */
  readonly length: Figure;
  /** Why no range was chosen; null when one was. */
  readonly reason?: Maybe<Scalars['String']['output']>;
  /** Which range this is. */
  readonly role: PlanRangeRole;
};

/** The ranges a plan places. */
export type PlanRangeRole =
  /** The nodes' subnet. */
  | 'nodeSubnet'
  /** The pod (cluster) CIDR. */
  | 'podCIDR'
  /** The service CIDR. */
  | 'serviceCIDR';

/** What a plan sizes for (after the growth factor). */
export type PlanTargets = {
  readonly __typename?: 'PlanTargets';
  /** Pods per node. */
  readonly maxPodsPerNode: Scalars['Int']['output'];
  /** Nodes. */
  readonly nodes: Scalars['Int']['output'];
  /** Services. */
  readonly services: Scalars['Int']['output'];
};

/** A Kubernetes Pod as the network sees it. */
export type Pod = {
  readonly __typename?: 'Pod';
  /** spec.hostNetwork: it uses the node's addresses. */
  readonly hostNetwork: Scalars['Boolean']['output'];
  /** status.podIPs, one per family. */
  readonly ips: ReadonlyArray<Scalars['String']['output']>;
  /** metadata.labels. */
  readonly labels: ReadonlyArray<Label>;
  /** metadata.name. */
  readonly name: Scalars['String']['output'];
  /** metadata.namespace. */
  readonly namespace: Scalars['String']['output'];
  /** The node it runs on. */
  readonly node?: Maybe<Node>;
  /** spec.nodeName; null when unscheduled. */
  readonly nodeName?: Maybe<Scalars['String']['output']>;
  /** Ports its containers declare. */
  readonly ports: ReadonlyArray<ContainerPort>;
  /** The Ready condition (decides endpoint readiness). */
  readonly ready: Scalars['Boolean']['output'];
};

/** Pod capacity, per side. */
export type PodCapacityChange = {
  readonly __typename?: 'PodCapacityChange';
  /** Pods the nodes can run (sum of min(maxPods, pod addresses)). */
  readonly capacity: IntChange;
  /** capacity − placed. */
  readonly headroom: IntChange;
  /** Pods placed on nodes. */
  readonly placed: IntChange;
};

/** Pod capacity: per node, in total, per cluster-CIDR pool, and Calico's IPAM blocks. */
export type PodCapacityReport = {
  readonly __typename?: 'PodCapacityReport';
  /** Calico IPAM pools; empty unless the IPAM is calico-ipam. */
  readonly calico: ReadonlyArray<CalicoPoolCapacity>;
  /** The IPAM that hands out pod addresses (as CapacityProvider.ipam). */
  readonly ipam: Scalars['String']['output'];
  /** One entry per node, in document order. */
  readonly nodes: ReadonlyArray<NodePodCapacity>;
  /** One entry per cluster CIDR. */
  readonly pools: ReadonlyArray<PodPool>;
  /** The nodes' sums. */
  readonly totals: PodCapacityTotals;
};

/** The nodes' pod capacity summed. */
export type PodCapacityTotals = {
  readonly __typename?: 'PodCapacityTotals';
  /** Pods all nodes can hold. */
  readonly capacity: Scalars['Int']['output'];
  /** Pods the nodes can still take. */
  readonly headroom: Scalars['Int']['output'];
  /** Pod IPs in use. */
  readonly podIPsInUse: Scalars['Int']['output'];
  /** Pods placed on nodes. */
  readonly podsPlaced: Scalars['Int']['output'];
  /** Pods with no node or an unknown one. */
  readonly unscheduledPods: Scalars['Int']['output'];
};

/** A page of pods (Relay connection). */
export type PodConnection = {
  readonly __typename?: 'PodConnection';
  /** The page's pods, each with its cursor. */
  readonly edges: ReadonlyArray<PodEdge>;
  /** Whether more follow, and the cursor to ask for them with. */
  readonly pageInfo: PageInfo;
  /** How many pods the whole list has (with the filters, across all pages). */
  readonly totalCount: Scalars['Int']['output'];
};

/** One of pods with its cursor. */
export type PodEdge = {
  readonly __typename?: 'PodEdge';
  /** An opaque cursor: pass it as after to get the items following this one. */
  readonly cursor: Scalars['String']['output'];
  /** The item. */
  readonly node: Pod;
};

/** POD_MTU_EXCEEDS_PATH: the worst node pair of a subnet pair and family. */
export type PodMtuExceedsPathDetails = {
  readonly __typename?: 'PodMtuExceedsPathDetails';
  /** Bytes too many. */
  readonly excess: Scalars['Int']['output'];
  /** The pod IP family. */
  readonly family: IpFamily;
  /** The sending nodes' subnet; null when unknown. */
  readonly fromSubnet?: Maybe<Scalars['String']['output']>;
  /** Node pairs where the packet does not fit. */
  readonly nodePairs: Scalars['Int']['output'];
  /** The encapsulation's bytes (0 unencapsulated). */
  readonly overhead: Scalars['Int']['output'];
  /** The underlay path MTU, bytes. */
  readonly pathMtu: Scalars['Int']['output'];
  /** The pod MTU, bytes. */
  readonly podMtu: Scalars['Int']['output'];
  /** The receiving nodes' subnet; null when unknown. */
  readonly toSubnet?: Maybe<Scalars['String']['output']>;
};

/** Pod addresses of one cluster CIDR. */
export type PodPool = {
  readonly __typename?: 'PodPool';
  /** The cluster CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** Its family. */
  readonly family: IpFamily;
  /** Free addresses, decimal string. */
  readonly free: Scalars['String']['output'];
  /** Pod IPs in use in it. */
  readonly podIPsInUse: Scalars['Int']['output'];
  /** Its addresses, decimal string. */
  readonly size: Scalars['String']['output'];
};

/** One allowed connection between two ends. */
export type PolicyConnection = {
  readonly __typename?: 'PolicyConnection';
  /** All Connections | No Connections | e.g. TCP 80,8080-8090,UDP 53 */
  readonly allowed: Scalars['String']['output'];
  /** ns/name, or an address range a-b (kind External). */
  readonly from: Scalars['String']['output'];
  /** The source's kind (Deployment, Pod, External…). */
  readonly fromKind: Scalars['String']['output'];
  /** ns/name, or an address range a-b (kind External). */
  readonly to: Scalars['String']['output'];
  /** The destination's kind. */
  readonly toKind: Scalars['String']['output'];
};

/** A page of allowed connections (Relay connection). */
export type PolicyConnectionConnection = {
  readonly __typename?: 'PolicyConnectionConnection';
  /** The page's allowed connections, each with its cursor. */
  readonly edges: ReadonlyArray<PolicyConnectionEdge>;
  /** Whether more follow, and the cursor to ask for them with. */
  readonly pageInfo: PageInfo;
  /** How many allowed connections the whole list has (with the filters, across all pages). */
  readonly totalCount: Scalars['Int']['output'];
};

/** One of allowed connections with its cursor. */
export type PolicyConnectionEdge = {
  readonly __typename?: 'PolicyConnectionEdge';
  /** An opaque cursor: pass it as after to get the items following this one. */
  readonly cursor: Scalars['String']['output'];
  /** The item. */
  readonly node: PolicyConnection;
};

/** What decided a policy verdict: a tier's rule (evaluated in this order), the pod's isolation, or nothing. */
export type PolicyDecider =
  /** A rule of an AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) allowed or denied it. */
  | 'AdminNetworkPolicy'
  /** A rule of the BaselineAdminNetworkPolicy allowed or denied it. */
  | 'BaselineAdminNetworkPolicy'
  /** No rule of any tier matched: the default (allowed unless a NetworkPolicy isolates the pod). */
  | 'default'
  /** Policies do not apply to this end (a host-network pod or a node: NetworkPolicies select pods only). */
  | 'none'
  /** NetworkPolicies selecting the pod allowed it, or isolated it with no rule allowing it. */
  | 'NetworkPolicy';

/** The direction a NetworkPolicy verdict is about (networking.k8s.io/v1 policyTypes). */
export type PolicyDirection =
  /** Traffic out of the selected pod. */
  | 'Egress'
  /** Traffic into the selected pod. */
  | 'Ingress';

/** A policy manifest operation. */
export type PolicyManifestFields = {
  readonly __typename?: 'PolicyManifestFields';
  /** The manifest (metadata and spec), as kubectl prints it; kept as written. */
  readonly policy: Scalars['JSON']['output'];
};

/** A policy manifest operation. */
export type PolicyManifestInput = {
  /** The manifest (metadata and spec), as kubectl prints it; kept as written. */
  readonly policy: Scalars['JSON']['input'];
};

/** The NetworkPolicy verdict of a policy step. */
export type PolicyStep = {
  readonly __typename?: 'PolicyStep';
  /** Policies whose rules allowed the connection. */
  readonly allowedBy: ReadonlyArray<Scalars['String']['output']>;
  /** The tier whose rule decided, or DEFAULT / NONE. */
  readonly decidedIn: PolicyDecider;
  /** The direction judged: the sender's egress or the receiver's ingress. */
  readonly direction: PolicyDirection;
  /** Whether the data plane enforces the policies. */
  readonly enforced: Scalars['Boolean']['output'];
  /** Policies that select the pod in this direction (and so isolate it). */
  readonly isolatedBy: ReadonlyArray<Scalars['String']['output']>;
  /** The rule that decided, when one did. */
  readonly rule?: Maybe<Scalars['String']['output']>;
  /** What the policies decide; with enforced false a denied packet goes on. */
  readonly verdict: PolicyVerdict;
};

/** What the policies decide for one direction. */
export type PolicyVerdict =
  /** Some rule (or no isolation) allows the connection. */
  | 'allowed'
  /** The pod is isolated in this direction and no rule allows it, or an admin policy denies it. */
  | 'denied';

/** VPC CNI prefix delegation (ENABLE_PREFIX_DELEGATION): /28 prefixes per ENI slot. */
export type PrefixDelegation = {
  readonly __typename?: 'PrefixDelegation';
  /** Whether it applies (Nitro instances only). */
  readonly applied: Scalars['Boolean']['output'];
  /** Why it applies or not. */
  readonly reason: Scalars['String']['output'];
  /** Whether it was asked for. */
  readonly requested: Scalars['Boolean']['output'];
};

/** One problem found in an input, located by a field path. */
export type Problem = {
  readonly __typename?: 'Problem';
  /** What is wrong, in a sentence. */
  readonly message: Scalars['String']['output'];
  /** The object the problem is in, e.g. 'Node node-a'. */
  readonly object?: Maybe<Scalars['String']['output']>;
  /** Field path in the document, e.g. nodes[3].spec.podCIDRs[0]. */
  readonly path: Scalars['String']['output'];
};

/** The outcome of promoting a scenario. */
export type PromoteResult = {
  readonly __typename?: 'PromoteResult';
  /** The scenario, now promoted. */
  readonly scenario: Scenario;
  /** The baseline version the promote produced. */
  readonly version: Scalars['Int']['output'];
};

/** A transport protocol as Kubernetes spells it (core/v1 Protocol). */
export type Protocol =
  /** Stream Control Transmission Protocol. */
  | 'SCTP'
  /** Transmission Control Protocol. */
  | 'TCP'
  /** User Datagram Protocol. */
  | 'UDP';

/** The platform whose address rules apply (node IPAM, max pods). */
export type Provider =
  /** Azure Kubernetes Service (Azure CNI overlay). */
  | 'aks'
  /** Calico IPAM: /26 blocks (or the IPPool's blockSize) borrowed by nodes. */
  | 'calico'
  /** Amazon EKS with the VPC CNI: max pods from ENIs and addresses per ENI. */
  | 'eks'
  /** Upstream Kubernetes: kube-controller-manager's range allocator, kubelet's max pods. */
  | 'generic'
  /** Google Kubernetes Engine: VPC-native alias ranges, per-node range from max pods. */
  | 'gke';

/** A managed provider's own limits. Which fields are set depends on `provider`: GKE podRange and pools, AKS podCIDR, maxNodes and problems, EKS instanceTypes; generic and Calico set none. */
export type ProviderRules = {
  readonly __typename?: 'ProviderRules';
  /** EKS: max pods per instance type; null when not EKS. */
  readonly instanceTypes?: Maybe<ReadonlyArray<EksInstanceTypeRule>>;
  /** AKS: nodes the pod CIDR can hold (azure.maxNodes); null when unknown or not AKS. */
  readonly maxNodes?: Maybe<Figure>;
  /** AKS: the overlay pod CIDR; null when unknown or not AKS. */
  readonly podCIDR?: Maybe<Scalars['String']['output']>;
  /** GKE: the pod secondary range; null when unknown or not GKE. */
  readonly podRange?: Maybe<Scalars['String']['output']>;
  /** GKE: node pools by max pods per node; null when not GKE. */
  readonly pools?: Maybe<ReadonlyArray<GkePoolRule>>;
  /** AKS: what is wrong; null when not AKS. */
  readonly problems?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** The provider the rules are of. */
  readonly provider: Provider;
};

/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type Query = {
  readonly __typename?: 'Query';
  /** A stored topology written back as a topology document (NOT_FOUND when missing). */
  readonly exportTopology: Scalars['String']['output'];
  /** Infers a Topology document from a `kubectl get … -o yaml` dump (docs/INFER.md); stores nothing. */
  readonly inferTopology: InferResult;
  /** A job by its id, or null when there is none the caller can see (a job is seen through its topology, with read scope). */
  readonly job?: Maybe<Job>;
  /** Max pods per node: EKS from ENIs and IPs per ENI (instance type), or GKE's per-node range for a max-pods setting. */
  readonly maxPods: MaxPods;
  /**
   * Recommend a pod CIDR, node mask, service CIDR and node subnet sizes for a target, with the reasoning (docs/capacity-json.md).
   * With `topology`, ranges that topology uses are avoided too.
   */
  readonly plan: Plan;
  /**
   * A scenario by name, or null. Names are unique per topology: when the name is used on several topologies you can see,
   * give `topology` (BAD_USER_INPUT naming topology otherwise).
   */
  readonly scenario?: Maybe<Scenario>;
  /** Promoted scenarios of a topology: when, and the version each produced. */
  readonly scenarioHistory: ReadonlyArray<Scenario>;
  /** What-if scenarios, optionally of one topology (docs/PLANNER.md). */
  readonly scenarios: ReadonlyArray<Scenario>;
  /** Every stored topology, ordered by name. */
  readonly topologies: ReadonlyArray<TopologySummary>;
  /** One stored topology, or null when no topology has that name. */
  readonly topology?: Maybe<Topology>;
  /** Checks a topology document without storing it. */
  readonly validateTopology: ValidationResult;
  /** The stateless form: apply operations to a stored topology and diff, persisting nothing. */
  readonly whatIf: WhatIf;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryExportTopologyArgs = {
  format?: InputMaybe<DocumentFormat>;
  name: Scalars['String']['input'];
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryInferTopologyArgs = {
  dump: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryMaxPodsArgs = {
  customNetworking?: InputMaybe<Scalars['Boolean']['input']>;
  instanceType?: InputMaybe<Scalars['String']['input']>;
  maxEnis?: InputMaybe<Scalars['Int']['input']>;
  maxPodsPerNode?: InputMaybe<Scalars['Int']['input']>;
  prefixDelegation?: InputMaybe<Scalars['Boolean']['input']>;
  provider: Provider;
  vcpus?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryPlanArgs = {
  input: PlanInput;
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryScenarioArgs = {
  name: Scalars['String']['input'];
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryScenarioHistoryArgs = {
  topology: Scalars['String']['input'];
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryScenariosArgs = {
  topology?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryTopologyArgs = {
  name: Scalars['String']['input'];
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryValidateTopologyArgs = {
  document: Scalars['String']['input'];
  format?: InputMaybe<DocumentFormat>;
};


/** Read-only questions: stored topologies, documents checked or inferred without storing, plans, scenarios. */
export type QueryWhatIfArgs = {
  operations: ReadonlyArray<OperationInput>;
  options?: InputMaybe<DiffOptions>;
  topology: Scalars['String']['input'];
};

/** Whether one target reaches another, with the trace that decided it. */
export type Reachability = {
  readonly __typename?: 'Reachability';
  /** The pair's trace drawn like TraceResult.diagram (BAD_USER_INPUT naming format when there is no trace to draw). */
  readonly diagram: Scalars['String']['output'];
  /** How the trace ended. */
  readonly disposition?: Maybe<Disposition>;
  /** The source target as given. */
  readonly from: Scalars['String']['output'];
  /** True when the trace ends DELIVERED or EXITS_CLUSTER. */
  readonly reachable: Scalars['Boolean']['output'];
  /** The destination target as given. */
  readonly to: Scalars['String']['output'];
  /** The trace that decided. */
  readonly trace?: Maybe<Trace>;
};


/** Whether one target reaches another, with the trace that decided it. */
export type ReachabilityDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** The reachability section: the matrix cells that changed, cells of groups on one side only, and the named pairs. */
export type ReachabilityDiff = {
  readonly __typename?: 'ReachabilityDiff';
  /** Cells of groups that exist only in the fork. */
  readonly added: ReadonlyArray<CellOnly>;
  /** The assumptions the matrix relied on, per side. */
  readonly assumptions: BeforeAfterStrings;
  /** Cells present on both sides. */
  readonly cellsCompared: Scalars['Int']['output'];
  /** Cells whose outcome changed, each with a node pair traced on both sides. */
  readonly changed: ReadonlyArray<CellChange>;
  /** The family of the matrix. */
  readonly family: IpFamily;
  /** How nodes were grouped. */
  readonly groupBy: GroupBy;
  /** The pairs of options.pairs, traced on both sides. */
  readonly pairs: ReadonlyArray<PairDiff>;
  /** Cells of groups that exist only in the baseline. */
  readonly removed: ReadonlyArray<CellOnly>;
};

/** Pod-to-pod dispositions between every pair of node groups. */
export type ReachabilityMatrix = {
  readonly __typename?: 'ReachabilityMatrix';
  /** The modeling assumptions the answer relied on. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** One cell per ordered group pair. */
  readonly cells: ReadonlyArray<MatrixCell>;
  /** The groups as boxes and one edge per cell; failing cells red with their deciding step. */
  readonly diagram: Scalars['String']['output'];
  /** The family traced. */
  readonly family: IpFamily;
  /** How nodes were grouped. */
  readonly groupBy: GroupBy;
  /** The groups, in order. */
  readonly groups: ReadonlyArray<MatrixGroup>;
  /** Traces actually run (one per class pair). */
  readonly tracesRun: Scalars['Int']['output'];
};


/** Pod-to-pod dispositions between every pair of node groups. */
export type ReachabilityMatrixDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** A reachability-matrix job's input: the arguments of Topology.reachabilityMatrix. */
export type ReachabilityMatrixJobInput = {
  /** Trace this family (default: the cluster's first). */
  readonly family?: InputMaybe<IpFamily>;
  /** How to group nodes (default SUBNET). */
  readonly groupBy?: InputMaybe<GroupBy>;
  /** IP packet size in bytes. */
  readonly packetSize?: InputMaybe<Scalars['Int']['input']>;
  /** Destination port. */
  readonly port?: InputMaybe<Scalars['Int']['input']>;
  /** Transport protocol (default TCP). */
  readonly protocol?: InputMaybe<Protocol>;
};

/** The outcome of rebasing a scenario onto its baseline's current version. */
export type RebaseResult = {
  readonly __typename?: 'RebaseResult';
  /** Operations dropped because they no longer apply on the new baseline, with why. */
  readonly dropped: ReadonlyArray<DroppedOperation>;
  /** The scenario, now based on the baseline's current version. */
  readonly scenario: Scenario;
};

/** Fields of removeNode. */
export type RemoveNodeFields = {
  readonly __typename?: 'RemoveNodeFields';
  /** Remove its pods with it (default true); false refuses while the node has pods. */
  readonly drain?: Maybe<Scalars['Boolean']['output']>;
  /** The node. */
  readonly name: Scalars['String']['output'];
};

/** Fields of removeNode. */
export type RemoveNodeInput = {
  /** Remove its pods with it (default true); false refuses while the node has pods. */
  readonly drain?: InputMaybe<Scalars['Boolean']['input']>;
  /** The node. */
  readonly name: Scalars['String']['input'];
};

/** Fields of removeNodeRoute. */
export type RemoveNodeRouteFields = {
  readonly __typename?: 'RemoveNodeRouteFields';
  /** The route's destination. */
  readonly destination: Scalars['String']['output'];
  /** The node. */
  readonly node: Scalars['String']['output'];
  /** The route's next hop (required when several routes share the destination). */
  readonly via?: Maybe<Scalars['String']['output']>;
};

/** Fields of removeNodeRoute. */
export type RemoveNodeRouteInput = {
  /** The route's destination. */
  readonly destination: Scalars['String']['input'];
  /** The node. */
  readonly node: Scalars['String']['input'];
  /** The route's next hop (required when several routes share the destination). */
  readonly via?: InputMaybe<Scalars['String']['input']>;
};

/** Fields of removePods: exactly one of names and selector. */
export type RemovePodsFields = {
  readonly __typename?: 'RemovePodsFields';
  /** The pods' names. */
  readonly names?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
  /** A label selector. */
  readonly selector?: Maybe<ReadonlyArray<Label>>;
};

/** Fields of removePods: exactly one of names and selector. */
export type RemovePodsInput = {
  /** The pods' names. */
  readonly names?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
  /** A label selector. */
  readonly selector?: InputMaybe<ReadonlyArray<LabelInput>>;
};

/** Fields of removeUnderlayRoute. */
export type RemoveRouteFields = {
  readonly __typename?: 'RemoveRouteFields';
  /** The route's destination. */
  readonly destination: Scalars['String']['output'];
  /** The route's next hop (required when several routes share the destination). */
  readonly via?: Maybe<Scalars['String']['output']>;
};

/** Fields of removeUnderlayRoute. */
export type RemoveRouteInput = {
  /** The route's destination. */
  readonly destination: Scalars['String']['input'];
  /** The route's next hop (required when several routes share the destination). */
  readonly via?: InputMaybe<Scalars['String']['input']>;
};

/** The /etc/resolv.conf kubelet writes into a pod (pkg/kubelet/network/dns). */
export type ResolvConf = {
  readonly __typename?: 'ResolvConf';
  /** nameserver lines (at most 3). */
  readonly nameservers: ReadonlyArray<Scalars['String']['output']>;
  /** ndots (5 in Kubernetes pods): names with fewer dots go through the search path first. */
  readonly ndots: Scalars['Int']['output'];
  /** Remarks on the file (limits applied). */
  readonly notes: ReadonlyArray<Scalars['String']['output']>;
  /** The options line's entries (ndots:5…). */
  readonly options: ReadonlyArray<Scalars['String']['output']>;
  /** The pod's dnsPolicy the file follows. */
  readonly policy: DnsPolicy;
  /** The search domains, in order. */
  readonly search: ReadonlyArray<Scalars['String']['output']>;
  /** The file's text. */
  readonly text: Scalars['String']['output'];
};

/** The restore command that takes an iptables input. */
export type RestoreCommand =
  /** ip6tables-restore (IPv6). */
  | 'ip6tables-restore'
  /** iptables-restore (IPv4). */
  | 'iptables-restore';

/** One route, as `ip route` shows it. */
export type Route = {
  readonly __typename?: 'Route';
  /** The destination prefix (0.0.0.0/0 or ::/0 for the default). */
  readonly destination: Scalars['String']['output'];
  /** The output device. */
  readonly dev?: Maybe<Scalars['String']['output']>;
  /** The metric (lower wins among equal prefixes). */
  readonly metric?: Maybe<Scalars['Int']['output']>;
  /** True when the next hop is on the link even outside its subnet (`onlink`). */
  readonly onlink: Scalars['Boolean']['output'];
  /** The preferred source address. */
  readonly src?: Maybe<Scalars['String']['output']>;
  /** The route type. */
  readonly type: RouteType;
  /** The next hop address. */
  readonly via?: Maybe<Scalars['String']['output']>;
};

/** Fields of addUnderlayRoute. */
export type RouteFields = {
  readonly __typename?: 'RouteFields';
  /** The route. */
  readonly route: RouteSpecFields;
};

/** Fields of addUnderlayRoute. */
export type RouteInput = {
  /** The route. */
  readonly route: RouteSpecInput;
};

/** A route as `ip route` would take it; absent fields take the model's defaults (no via/dev/src, unicast). */
export type RouteSpecFields = {
  readonly __typename?: 'RouteSpecFields';
  /** The destination CIDR (default for 0.0.0.0/0). */
  readonly destination: Scalars['String']['output'];
  /** The output device. */
  readonly dev?: Maybe<Scalars['String']['output']>;
  /** The metric. */
  readonly metric?: Maybe<Scalars['Int']['output']>;
  /** onlink: the next hop is reachable without a connected route. */
  readonly onlink?: Maybe<Scalars['Boolean']['output']>;
  /** The preferred source address. */
  readonly src?: Maybe<Scalars['String']['output']>;
  /** The route type (default UNICAST). */
  readonly type?: Maybe<RouteType>;
  /** The next hop address. */
  readonly via?: Maybe<Scalars['String']['output']>;
};

/** A route as `ip route` would take it; absent fields take the model's defaults (no via/dev/src, unicast). */
export type RouteSpecInput = {
  /** The destination CIDR (default for 0.0.0.0/0). */
  readonly destination: Scalars['String']['input'];
  /** The output device. */
  readonly dev?: InputMaybe<Scalars['String']['input']>;
  /** The metric. */
  readonly metric?: InputMaybe<Scalars['Int']['input']>;
  /** onlink: the next hop is reachable without a connected route. */
  readonly onlink?: InputMaybe<Scalars['Boolean']['input']>;
  /** The preferred source address. */
  readonly src?: InputMaybe<Scalars['String']['input']>;
  /** The route type (default UNICAST). */
  readonly type?: InputMaybe<RouteType>;
  /** The next hop address. */
  readonly via?: InputMaybe<Scalars['String']['input']>;
};

/** A route's type as `ip route` shows it (rtnetlink RTN_*). */
export type RouteType =
  /** Drop silently. */
  | 'blackhole'
  /** Deliver locally. */
  | 'local'
  /** Drop with ICMP administratively prohibited. */
  | 'prohibit'
  /** Forward to the next hop or device. */
  | 'unicast'
  /** Drop with ICMP host unreachable. */
  | 'unreachable';

/** kube-proxy's state size on one node per mode: the sync-cost figure (src/engine/services/kubeproxy/README.md). */
export type RuleCounts = {
  readonly __typename?: 'RuleCounts';
  /** One entry per mode counted. */
  readonly modes: ReadonlyArray<ModeRuleCounts>;
  /** The node counted. */
  readonly node: Scalars['String']['output'];
};

/** Fields of scaleService. */
export type ScaleServiceFields = {
  readonly __typename?: 'ScaleServiceFields';
  /** The Service. */
  readonly name: Scalars['String']['output'];
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
  /** Where new replicas may go (node labels). */
  readonly nodeSelector?: Maybe<ReadonlyArray<Label>>;
  /** Pods the selector should match afterwards. */
  readonly replicas: Scalars['Int']['output'];
};

/** Fields of scaleService. */
export type ScaleServiceInput = {
  /** The Service. */
  readonly name: Scalars['String']['input'];
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
  /** Where new replicas may go (node labels). */
  readonly nodeSelector?: InputMaybe<ReadonlyArray<LabelInput>>;
  /** Pods the selector should match afterwards. */
  readonly replicas: Scalars['Int']['input'];
};

/** A what-if scenario: a fork of a topology at one version plus a list of typed operations (docs/PLANNER.md). */
export type Scenario = {
  readonly __typename?: 'Scenario';
  /** True when the baseline changed since the fork: promote will conflict until a rebase. */
  readonly baseMoved: Scalars['Boolean']['output'];
  /** The baseline version the scenario was forked from (or rebased onto). */
  readonly baseVersion: Scalars['Int']['output'];
  /** When the scenario was created. */
  readonly createdAt: Scalars['DateTime']['output'];
  /** The baseline's version now. */
  readonly currentBaseVersion: Scalars['Int']['output'];
  /** Free text given at creation. */
  readonly description: Scalars['String']['output'];
  /** The scenario against the baseline: a plain-language summary first, then every section (docs/PLANNER.md). */
  readonly diff: ScenarioDiffResult;
  /** The baseline with the operations applied: ask any question of it (trace, conflicts, capacity, kubeProxyRules…). */
  readonly fork: Topology;
  /** The scenario's unique name. */
  readonly name: Scalars['String']['output'];
  /** The operations in order, as given (docs/PLANNER.md lists each op and its fields). */
  readonly operations: ReadonlyArray<Operation>;
  /** When it was promoted; null unless promoted. */
  readonly promotedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The baseline version the promote produced; null unless promoted. */
  readonly promotedVersion?: Maybe<Scalars['Int']['output']>;
  /** Open, promoted or discarded. */
  readonly status: ScenarioStatus;
  /** The name of the baseline topology. */
  readonly topology: Scalars['String']['output'];
  /** When the scenario last changed. */
  readonly updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one on every change of the scenario; pass it as ifVersion. */
  readonly version: Scalars['Int']['output'];
};


/** A what-if scenario: a fork of a topology at one version plus a list of typed operations (docs/PLANNER.md). */
export type ScenarioDiffArgs = {
  options?: InputMaybe<DiffOptions>;
};

/**
 * A fork compared with its baseline, section by section (docs/PLANNER.md). Each section compares the same question asked of
 * both sides.
 */
export type ScenarioDiff = {
  readonly __typename?: 'ScenarioDiff';
  /** Modeling assumptions that only one side relied on. */
  readonly assumptions: AddedRemoved;
  /** Node CIDR blocks, pod capacity and ClusterIPs; null when options.sections.capacity is false. */
  readonly capacity?: Maybe<CapacityDiff>;
  /** The settings and objects the scenario changed, in words. */
  readonly changes: ReadonlyArray<SettingChange>;
  /** CIDR conflicts and policy lint findings that appeared or went away. */
  readonly conflicts: ConflictsDiff;
  /** NetworkPolicy connections gained and lost between pods; null when neither side has policies. */
  readonly connectivity?: Maybe<ConnectivityDiff>;
  /** kube-proxy rule counts per node; null when options.sections.kubeProxy is false. */
  readonly kubeProxy?: Maybe<KubeProxyDiff>;
  /** Encapsulation overhead, pod MTU and MTU findings. */
  readonly overhead: OverheadDiff;
  /** Pod-to-pod reachability between node groups, and the pairs asked for in options.pairs. */
  readonly reachability: ReachabilityDiff;
  /** Section answers reused instead of computed (memoized baseline answers, fork answers whose inputs are the baseline's). */
  readonly reused: ReadonlyArray<Scalars['String']['output']>;
  /** One paragraph, most important change first. */
  readonly summary: Scalars['String']['output'];
};

/** A scenario-diff job's input: the scenario (on the job's topology) and diff options. */
export type ScenarioDiffJobInput = {
  /** Diff options (docs/PLANNER.md), as in Scenario.diff. */
  readonly options?: InputMaybe<DiffOptions>;
  /** The scenario's name. */
  readonly scenario: Scalars['String']['input'];
};

/** A scenario compared with its baseline. */
export type ScenarioDiffResult = {
  readonly __typename?: 'ScenarioDiffResult';
  /** The diff drawn: lost reachability red, gained green, changed orange (before → after); overlay, overhead and pod MTU changes. */
  readonly diagram: Scalars['String']['output'];
  /** Every section of the comparison (docs/PLANNER.md). */
  readonly diff: ScenarioDiff;
  /** Remarks on the comparison (limits applied, sections skipped). */
  readonly notes: ReadonlyArray<Scalars['String']['output']>;
  /** One plain-language paragraph: what the scenario changes and breaks. */
  readonly summary: Scalars['String']['output'];
};


/** A scenario compared with its baseline. */
export type ScenarioDiffResultDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** The state of a what-if scenario. */
export type ScenarioStatus =
  /** Abandoned; read-only. */
  | 'discarded'
  /** Can still change, be promoted or discarded. */
  | 'open'
  /** Written to its topology as a new version; read-only. */
  | 'promoted';

/** A Kubernetes Service (core/v1 ServiceSpec fields the data plane uses). */
export type Service = {
  readonly __typename?: 'Service';
  /** spec.clusterIPs, one per family; empty for headless and ExternalName. */
  readonly clusterIPs: ReadonlyArray<Scalars['String']['output']>;
  /** Its EndpointSlices. */
  readonly endpointSlices: ReadonlyArray<EndpointSlice>;
  /** spec.externalIPs. */
  readonly externalIPs: ReadonlyArray<Scalars['String']['output']>;
  /** spec.externalName, for ExternalName Services. */
  readonly externalName?: Maybe<Scalars['String']['output']>;
  /** spec.externalTrafficPolicy. */
  readonly externalTrafficPolicy: TrafficPolicy;
  /** clusterIP None: DNS returns the endpoints, nothing is proxied. */
  readonly headless: Scalars['Boolean']['output'];
  /** spec.healthCheckNodePort (LoadBalancer with externalTrafficPolicy Local). */
  readonly healthCheckNodePort?: Maybe<Scalars['Int']['output']>;
  /** spec.internalTrafficPolicy. */
  readonly internalTrafficPolicy: TrafficPolicy;
  /** spec.ipFamilies. */
  readonly ipFamilies: ReadonlyArray<IpFamily>;
  /** spec.ipFamilyPolicy. */
  readonly ipFamilyPolicy?: Maybe<IpFamilyPolicy>;
  /** metadata.labels. */
  readonly labels: ReadonlyArray<Label>;
  /** status.loadBalancer.ingress IPs. */
  readonly loadBalancerIPs: ReadonlyArray<Scalars['String']['output']>;
  /** spec.loadBalancerSourceRanges: client CIDRs allowed to the load balancer. */
  readonly loadBalancerSourceRanges: ReadonlyArray<Scalars['String']['output']>;
  /** metadata.name. */
  readonly name: Scalars['String']['output'];
  /** metadata.namespace. */
  readonly namespace: Scalars['String']['output'];
  /** spec.ports. */
  readonly ports: ReadonlyArray<ServicePort>;
  /** spec.publishNotReadyAddresses: not-ready endpoints are published and used. */
  readonly publishNotReadyAddresses: Scalars['Boolean']['output'];
  /** null when the Service has no selector (endpoints managed by hand). */
  readonly selector?: Maybe<ReadonlyArray<Label>>;
  /** spec.sessionAffinity. */
  readonly sessionAffinity: SessionAffinity;
  /** Seconds a ClientIP affinity lasts (default 10800). */
  readonly sessionAffinityTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** spec.type. */
  readonly type: ServiceType;
};

/** The ClusterIP allocator of the Kubernetes version (with default feature gates). */
export type ServiceAllocator =
  /** The bitmap allocator (before 1.33). */
  | 'bitmap'
  /** Both allocators, writing both (1.33). */
  | 'dual-write'
  /** IPAddress objects (MultiCIDRServiceAllocator, 1.34 and later). */
  | 'ipaddress';

/** A page of Services (Relay connection). */
export type ServiceConnection = {
  readonly __typename?: 'ServiceConnection';
  /** The page's Services, each with its cursor. */
  readonly edges: ReadonlyArray<ServiceEdge>;
  /** Whether more follow, and the cursor to ask for them with. */
  readonly pageInfo: PageInfo;
  /** How many Services the whole list has (with the filters, across all pages). */
  readonly totalCount: Scalars['Int']['output'];
};

/** A service CIDR's dynamic band. */
export type ServiceDynamicBand = {
  readonly __typename?: 'ServiceDynamicBand';
  /** Its first address; null when empty. */
  readonly first?: Maybe<Scalars['String']['output']>;
  /** Its last address; null when empty. */
  readonly last?: Maybe<Scalars['String']['output']>;
  /** Its size, decimal string. */
  readonly size: Scalars['String']['output'];
};

/** One of Services with its cursor. */
export type ServiceEdge = {
  readonly __typename?: 'ServiceEdge';
  /** An opaque cursor: pass it as after to get the items following this one. */
  readonly cursor: Scalars['String']['output'];
  /** The item. */
  readonly node: Service;
};

/** One service CIDR's ClusterIPs, per side. */
export type ServiceIpsChange = {
  readonly __typename?: 'ServiceIpsChange';
  /** Addresses the allocator can hand out (decimal string). */
  readonly allocatable: CountChange;
  /** The service CIDR. */
  readonly cidr: NullableStringChange;
  /** Addresses free (decimal string). */
  readonly free: CountChange;
  /** The service CIDR's position in spec.serviceCIDRs, from 0. */
  readonly index: Scalars['Int']['output'];
  /** ClusterIPs in use. */
  readonly used: IntChange;
};

/** A port of a Service (core/v1 ServicePort). */
export type ServicePort = {
  readonly __typename?: 'ServicePort';
  /** The application protocol hint. */
  readonly appProtocol?: Maybe<Scalars['String']['output']>;
  /** The port's name. */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** The node port (NodePort and LoadBalancer Services). */
  readonly nodePort?: Maybe<Scalars['Int']['output']>;
  /** The Service port. */
  readonly port: Scalars['Int']['output'];
  /** The protocol. */
  readonly protocol: Protocol;
  /** A number or the name of a container port, as a string. */
  readonly targetPort: Scalars['String']['output'];
};

/** A Service port. */
export type ServicePortFields = {
  readonly __typename?: 'ServicePortFields';
  /** The port's name (required when the Service has more than one). */
  readonly name?: Maybe<Scalars['String']['output']>;
  /** NodePort/LoadBalancer only (default: the first free port of 30000–32767). */
  readonly nodePort?: Maybe<Scalars['Int']['output']>;
  /** The port. */
  readonly port: Scalars['Int']['output'];
  /** The protocol (default TCP). */
  readonly protocol?: Maybe<Protocol>;
  /** A number or a container port name (default: port). */
  readonly targetPort?: Maybe<Scalars['String']['output']>;
};

/** A Service port. */
export type ServicePortInput = {
  /** The port's name (required when the Service has more than one). */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** NodePort/LoadBalancer only (default: the first free port of 30000–32767). */
  readonly nodePort?: InputMaybe<Scalars['Int']['input']>;
  /** The port. */
  readonly port: Scalars['Int']['input'];
  /** The protocol (default TCP). */
  readonly protocol?: InputMaybe<Protocol>;
  /** A number or a container port name (default: port). */
  readonly targetPort?: InputMaybe<Scalars['String']['input']>;
};

/** One service CIDR as the ClusterIP allocator sees it (KEP-1880 ipaddress allocator, or the legacy bitmap). */
export type ServiceRangeReport = {
  readonly __typename?: 'ServiceRangeReport';
  /** Addresses the allocator hands out (clusterip.allocatable.*). */
  readonly allocatable: CountFigure;
  /** The ClusterIP allocator. */
  readonly allocator: ServiceAllocator;
  /** The service CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** The dynamic band, where the allocator picks first. */
  readonly dynamicBand: ServiceDynamicBand;
  /** Its family. */
  readonly family: IpFamily;
  /** The first allocatable address; null when none. */
  readonly firstAllocatable?: Maybe<Scalars['String']['output']>;
  /** Free addresses, decimal string. */
  readonly free: Scalars['String']['output'];
  /** Free dynamic-band addresses, decimal string. */
  readonly freeDynamic: Scalars['String']['output'];
  /** Free static-band addresses, decimal string. */
  readonly freeStatic: Scalars['String']['output'];
  /** Position in --service-cluster-ip-range. */
  readonly index: Scalars['Int']['output'];
  /** The last allocatable address; null when none. */
  readonly lastAllocatable?: Maybe<Scalars['String']['output']>;
  /** The API server's and allocator's limits on the range. */
  readonly limits: ReadonlyArray<CapacityLimit>;
  /** Addresses in the CIDR (prefix.size). */
  readonly size: CountFigure;
  /** The static band (KEP-3070), for ClusterIPs chosen by the user. */
  readonly staticBand: ServiceStaticBand;
  /** ClusterIPs in the CIDR the allocator never hands out. */
  readonly unallocatableInUse: ReadonlyArray<Scalars['String']['output']>;
  /** ClusterIPs in use. */
  readonly used: Scalars['Int']['output'];
  /** Of those, in the dynamic band. */
  readonly usedDynamic: Scalars['Int']['output'];
  /** Of those, in the static band. */
  readonly usedStatic: Scalars['Int']['output'];
};

/** A service CIDR's static band (KEP-3070). */
export type ServiceStaticBand = {
  readonly __typename?: 'ServiceStaticBand';
  /** Its first address; null when empty. */
  readonly first?: Maybe<Scalars['String']['output']>;
  /** Its last address; null when empty. */
  readonly last?: Maybe<Scalars['String']['output']>;
  /** Its size (clusterip.staticBand). */
  readonly size: CountFigure;
};

/** A Service's type (core/v1 ServiceType). */
export type ServiceType =
  /** A virtual IP inside the cluster. */
  | 'ClusterIP'
  /** A DNS CNAME to an external name; no proxying. */
  | 'ExternalName'
  /** NodePort plus an external load balancer address. */
  | 'LoadBalancer'
  /** ClusterIP plus a port on every node. */
  | 'NodePort';

/** A Service's sessionAffinity (core/v1 ServiceAffinity). */
export type SessionAffinity =
  /** Connections from one client address stick to one endpoint (for sessionAffinityTimeoutSeconds). */
  | 'ClientIP'
  /** Each connection picks an endpoint anew. */
  | 'None';

/** Fields of setCni; absent fields keep their value. */
export type SetCniFields = {
  readonly __typename?: 'SetCniFields';
  /** The bridge device (bridge plugin). */
  readonly bridge?: Maybe<Scalars['String']['output']>;
  /** Encapsulate only between subnets. */
  readonly crossSubnet?: Maybe<Scalars['Boolean']['output']>;
  /** The overlay mode. */
  readonly overlay?: Maybe<OverlayMode>;
  /** The CNI plugin. */
  readonly plugin?: Maybe<CniPlugin>;
  /** The VXLAN UDP port; null for the plugin's default. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** The VXLAN id; null for the plugin's default. */
  readonly vni?: Maybe<Scalars['Int']['output']>;
};

/** Fields of setCni; absent fields keep their value. */
export type SetCniInput = {
  /** The bridge device (bridge plugin). */
  readonly bridge?: InputMaybe<Scalars['String']['input']>;
  /** Encapsulate only between subnets. */
  readonly crossSubnet?: InputMaybe<Scalars['Boolean']['input']>;
  /** The overlay mode. */
  readonly overlay?: InputMaybe<OverlayMode>;
  /** The CNI plugin. */
  readonly plugin?: InputMaybe<CniPlugin>;
  /** The VXLAN UDP port; null for the plugin's default. */
  readonly port?: InputMaybe<Scalars['Int']['input']>;
  /** The VXLAN id; null for the plugin's default. */
  readonly vni?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of setKubeProxy; absent fields keep their value. */
export type SetKubeProxyFields = {
  readonly __typename?: 'SetKubeProxyFields';
  /** --cluster-cidr. */
  readonly clusterCIDRs?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** --iptables-localhost-nodeports. */
  readonly localhostNodePorts?: Maybe<Scalars['Boolean']['output']>;
  /** --masquerade-all. */
  readonly masqueradeAll?: Maybe<Scalars['Boolean']['output']>;
  /** --iptables-masquerade-bit (0–31). */
  readonly masqueradeBit?: Maybe<Scalars['Int']['output']>;
  /** The proxy mode. */
  readonly mode?: Maybe<KubeProxyMode>;
  /** --nodeport-addresses (CIDRs, or `primary`). */
  readonly nodePortAddresses?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
};

/** Fields of setKubeProxy; absent fields keep their value. */
export type SetKubeProxyInput = {
  /** --cluster-cidr. */
  readonly clusterCIDRs?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** --iptables-localhost-nodeports. */
  readonly localhostNodePorts?: InputMaybe<Scalars['Boolean']['input']>;
  /** --masquerade-all. */
  readonly masqueradeAll?: InputMaybe<Scalars['Boolean']['input']>;
  /** --iptables-masquerade-bit (0–31). */
  readonly masqueradeBit?: InputMaybe<Scalars['Int']['input']>;
  /** The proxy mode. */
  readonly mode?: InputMaybe<KubeProxyMode>;
  /** --nodeport-addresses (CIDRs, or `primary`). */
  readonly nodePortAddresses?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

/** Fields of setNamespaceLabels. */
export type SetNamespaceLabelsFields = {
  readonly __typename?: 'SetNamespaceLabelsFields';
  /** Its labels afterwards. */
  readonly labels: ReadonlyArray<Label>;
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
};

/** Fields of setNamespaceLabels. */
export type SetNamespaceLabelsInput = {
  /** Its labels afterwards. */
  readonly labels: ReadonlyArray<LabelInput>;
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
};

/** Fields of setNodeMask. */
export type SetNodeMaskFields = {
  readonly __typename?: 'SetNodeMaskFields';
  /** The family whose mask is set. */
  readonly family: IpFamily;
  /** The prefix length of each node's pod CIDR. */
  readonly size: Scalars['Int']['output'];
};

/** Fields of setNodeMask. */
export type SetNodeMaskInput = {
  /** The family whose mask is set. */
  readonly family: IpFamily;
  /** The prefix length of each node's pod CIDR. */
  readonly size: Scalars['Int']['input'];
};

/** Fields of setPodLabels. */
export type SetPodLabelsFields = {
  readonly __typename?: 'SetPodLabelsFields';
  /** Its labels afterwards. */
  readonly labels: ReadonlyArray<Label>;
  /** The pod. */
  readonly name: Scalars['String']['output'];
  /** The namespace. */
  readonly namespace: Scalars['String']['output'];
};

/** Fields of setPodLabels. */
export type SetPodLabelsInput = {
  /** Its labels afterwards. */
  readonly labels: ReadonlyArray<LabelInput>;
  /** The pod. */
  readonly name: Scalars['String']['input'];
  /** The namespace. */
  readonly namespace: Scalars['String']['input'];
};

/** Fields of setPodMtu. */
export type SetPodMtuFields = {
  readonly __typename?: 'SetPodMtuFields';
  /** The pod MTU in bytes; null derives it from the underlay. */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
};

/** Fields of setPodMtu. */
export type SetPodMtuInput = {
  /** The pod MTU in bytes; null derives it from the underlay. */
  readonly mtu?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of setUnderlayMtu. */
export type SetUnderlayMtuFields = {
  readonly __typename?: 'SetUnderlayMtuFields';
  /** The MTU in bytes; null = the underlay default (for a subnet). */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** The subnet; absent sets the underlay default. */
  readonly subnet?: Maybe<Scalars['String']['output']>;
};

/** Fields of setUnderlayMtu. */
export type SetUnderlayMtuInput = {
  /** The MTU in bytes; null = the underlay default (for a subnet). */
  readonly mtu?: InputMaybe<Scalars['Int']['input']>;
  /** The subnet; absent sets the underlay default. */
  readonly subnet?: InputMaybe<Scalars['String']['input']>;
};

/** One change the scenario made. */
export type SettingChange = {
  readonly __typename?: 'SettingChange';
  /** The object or setting it is about. */
  readonly subject: Scalars['String']['output'];
  /** What changed, in words (e.g. `node removed`). */
  readonly what: Scalars['String']['output'];
};

/** How bad a finding is. */
export type Severity =
  /** Breaks traffic or will: fix it. */
  | 'error'
  /** Worth knowing, harmless. */
  | 'info'
  /** Likely a mistake or a risk. */
  | 'warning';

/** Findings per severity. */
export type SeverityCounts = {
  readonly __typename?: 'SeverityCounts';
  /** Findings of severity ERROR. */
  readonly error: Scalars['Int']['output'];
  /** Findings of severity INFO. */
  readonly info: Scalars['Int']['output'];
  /** Findings of severity WARNING. */
  readonly warning: Scalars['Int']['output'];
};

/** One thing that happened to the packet (a route lookup, a NAT, an encapsulation…). */
export type Step = {
  readonly __typename?: 'Step';
  /** What the step did: SENT, FORWARDED, TRANSFORMED, TRANSMITTED, RECEIVED, DELIVERED, EXITED, DROPPED, NO_ROUTE, RESOLVED, REJECTED, DENIED… (src/engine/trace/types.ts StepAction). */
  readonly action: Scalars['String']['output'];
  /** What the step looked at and did. */
  readonly detail: StepDetail;
  /** What kind of step. */
  readonly type: StepType;
};

/** What a step looked at and did: the matched route or rule, the device, the packet before and after. */
export type StepDetail = {
  readonly __typename?: 'StepDetail';
  /** The chains traversed, in order. */
  readonly chains?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** The network device involved (eth0, cni0, vxlan.calico…). */
  readonly device?: Maybe<Scalars['String']['output']>;
  /** The DNS resolution a dns step made. */
  readonly dns?: Maybe<DnsStep>;
  /** The tunnel, for encapsulate and decapsulate steps. */
  readonly encapsulation?: Maybe<Encapsulation>;
  /** The MTU of that device, in bytes. */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** The packet as the step received it. */
  readonly packetIn: Packet;
  /** The packet as the step passed it on; null when it stopped here. */
  readonly packetOut?: Maybe<Packet>;
  /** The NetworkPolicy verdict of a policy step (type policy): direction, verdict, deciding rule or isolating policies. */
  readonly policy?: Maybe<PolicyStep>;
  /** The probability of the branch this step chose. */
  readonly probability?: Maybe<Scalars['Float']['output']>;
  /** The matched route as ip-route text. */
  readonly route?: Maybe<Scalars['String']['output']>;
  /** Where the route came from: connected, default, explicit, or cni:<plugin>. */
  readonly routeOrigin?: Maybe<Scalars['String']['output']>;
  /** The kube-proxy rules (-A … lines) and chains that decided a nat/filter step. */
  readonly rules?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** ns/name:port of the Service a nat step translated. */
  readonly service?: Maybe<Scalars['String']['output']>;
  /** The Service a nat step translated; null when the step names none. */
  readonly serviceObject?: Maybe<Service>;
  /** The step in a sentence. */
  readonly summary: Scalars['String']['output'];
  /** The IPsec policy that matched, for xfrm steps. */
  readonly xfrmPolicy?: Maybe<Scalars['String']['output']>;
};

/** What a step of a hop did (docs/ARCHITECTURE.md, Traces). */
export type StepType =
  /** The tunnel header was removed. */
  | 'decapsulate'
  /** The packet reached its destination. */
  | 'deliver'
  /** The sender's resolver turned a name into addresses. */
  | 'dns'
  /** The packet was wrapped in a tunnel header. */
  | 'encapsulate'
  /** The packet left the cluster. */
  | 'exit'
  /** A kube-proxy filter rule decided (ACCEPT, DROP, REJECT). */
  | 'filter'
  /** The node forwarded the packet between devices. */
  | 'forward'
  /** kube-proxy's DNAT/SNAT (Service to endpoint, masquerade). */
  | 'nat'
  /** The packet is created by the sender. */
  | 'originate'
  /** NetworkPolicy judged the connection (egress on the source node, ingress at the destination pod). */
  | 'policy'
  /** A route lookup (longest prefix match) chose the next hop and device. */
  | 'routing'
  /** The packet left a device toward the next hop. */
  | 'transmit'
  /** An IPsec (xfrm) policy matched. */
  | 'xfrm';

/** A string on each side. */
export type StringChange = {
  readonly __typename?: 'StringChange';
  /** The fork's. */
  readonly after: Scalars['String']['output'];
  /** The baseline's. */
  readonly before: Scalars['String']['output'];
};

/** An underlay subnet nodes have addresses in. */
export type Subnet = {
  readonly __typename?: 'Subnet';
  /** Its range. */
  readonly cidr: Scalars['String']['output'];
  /** The default gateway address. */
  readonly gateway?: Maybe<Scalars['String']['output']>;
  /** The MTU in this subnet; null = the underlay's. */
  readonly mtu?: Maybe<Scalars['Int']['output']>;
  /** The subnet's name in the document. */
  readonly name: Scalars['String']['output'];
  /** The nodes in this subnet. */
  readonly nodes: ReadonlyArray<Node>;
  /** The availability zone. */
  readonly zone?: Maybe<Scalars['String']['output']>;
};

/** Addresses left in one underlay subnet. */
export type SubnetHeadroom = {
  readonly __typename?: 'SubnetHeadroom';
  /** Its CIDR. */
  readonly cidr: Scalars['String']['output'];
  /** Its family. */
  readonly family: IpFamily;
  /** Free addresses, decimal string. */
  readonly free: Scalars['String']['output'];
  /** The subnet's name. */
  readonly name: Scalars['String']['output'];
  /** Nodes in it. */
  readonly nodes: Scalars['Int']['output'];
  /** Pod IPs taken from it (VPC-native pods). */
  readonly podIPs: Scalars['Int']['output'];
  /** Addresses the provider lets hosts use (subnet.usable.*). */
  readonly usable: CountFigure;
};

/** SUBNET_MTU_MISMATCH: the underlay MTUs that differ. */
export type SubnetMtuMismatchDetails = {
  readonly __typename?: 'SubnetMtuMismatchDetails';
  /** The largest underlay MTU, bytes. */
  readonly largestMtu: Scalars['Int']['output'];
  /** A pod MTU that fits every path (the plugin's rule at the smallest MTU); null when the rule is not known. */
  readonly safePodMtu?: Maybe<Scalars['Int']['output']>;
  /** The smallest underlay MTU, bytes. */
  readonly smallestMtu: Scalars['Int']['output'];
  /** Each subnet with its smallest MTU, e.g. `rack-a 1500`. */
  readonly subnets: ReadonlyArray<Scalars['String']['output']>;
};

/** One family between two subnets. */
export type SubnetPairFamily = {
  readonly __typename?: 'SubnetPairFamily';
  /** Whether packets between these subnets are encapsulated. */
  readonly encapsulated: Scalars['Boolean']['output'];
  /** Node pairs whose pod MTU plus overhead exceeds the path MTU. */
  readonly exceedingNodePairs: Scalars['Int']['output'];
  /** The family. */
  readonly family: IpFamily;
  /** The largest pod packet that crosses unfragmented, in bytes; null when nothing crosses. */
  readonly largestUnfragmented?: Maybe<Scalars['Int']['output']>;
  /** Encapsulation bytes added per packet. */
  readonly overheadBytes: Scalars['Int']['output'];
  /** The fate of a packet of packetSize; null without packetSize. */
  readonly packet?: Maybe<PacketFate>;
  /** Whether the overlay carries this family. */
  readonly supported: Scalars['Boolean']['output'];
  /** The pair with the largest excess; null when none exceeds. */
  readonly worst?: Maybe<MtuExcess>;
  /** The largest such excess, in bytes. */
  readonly worstExcess: Scalars['Int']['output'];
};

/** Encapsulation and path MTU between the nodes of two subnets. */
export type SubnetPairOverhead = {
  readonly __typename?: 'SubnetPairOverhead';
  /** Per family. */
  readonly families: ReadonlyArray<SubnetPairFamily>;
  /** The sending nodes' subnet; null for nodes in no subnet. */
  readonly fromSubnet?: Maybe<Scalars['String']['output']>;
  /** Node pairs between them. */
  readonly nodePairs: Scalars['Int']['output'];
  /** The smallest and largest path MTU of those pairs, in bytes. */
  readonly pathMtu: MtuRange;
  /** The receiving nodes' subnet; null for nodes in no subnet. */
  readonly toSubnet?: Maybe<Scalars['String']['output']>;
};

/** One supernet of a free-prefix search. */
export type SupernetVerdict = {
  readonly __typename?: 'SupernetVerdict';
  /** Known ranges inside or around it that take addresses from it, in address order (at most 50). */
  readonly blockers: ReadonlyArray<KnownRange>;
  /** True when blockers was cut at 50. */
  readonly blockersTruncated: Scalars['Boolean']['output'];
  /** Prefixes found in it. */
  readonly found: Scalars['Int']['output'];
  /** The largest free aligned block left in it; null when it is full. */
  readonly largestFree?: Maybe<Scalars['String']['output']>;
  /** Why no (more) prefixes came from it; null when it gave all it was asked for. */
  readonly reason?: Maybe<Scalars['String']['output']>;
  /** The supernet, as a CIDR. */
  readonly supernet: Scalars['String']['output'];
};

/** Chains and rules of one iptables table. */
export type TableCount = {
  readonly __typename?: 'TableCount';
  /** Chains in the table. */
  readonly chains: Scalars['Int']['output'];
  /** `-A` rule lines. */
  readonly rules: Scalars['Int']['output'];
};

/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type Topology = {
  readonly __typename?: 'Topology';
  /**
   * Address headroom (node CIDRs, pod IPs, ClusterIPs, node addresses), the provider's rules, and with growth rates a forecast of
   * when each resource runs out. `failed` says whether any headroom is below failBelow percent. The full report: docs/capacity-json.md.
   */
  readonly capacity: Capacity;
  /** The DNS domain of the cluster (kubelet --cluster-domain), e.g. cluster.local. */
  readonly clusterDomain: Scalars['String']['output'];
  /** The pod network. */
  readonly cni: Cni;
  /** CIDR conflicts: every overlap that matters, each with a severity and a sentence a person can act on. */
  readonly conflicts: ConflictReport;
  /**
   * Every allowed connection between workloads (level workload, the default) or pods (level pod, every ordered pair of
   * distinct pods, No Connections included) and the external address ranges the policies' ipBlocks cut, in netpol-analyzer's
   * set syntax: All Connections, No Connections, TCP 80,8080-8090,UDP 53. namespace keeps connections with an end in it.
   */
  readonly connectivity: Connectivity;
  /** Object counts. */
  readonly counts: TopologyCounts;
  /** Free text from the document. */
  readonly description: Scalars['String']['output'];
  /**
   * The topology map: subnets (groupBy subnet | zone | node), nodes with pod CIDRs, the overlay between them, Services on
   * demand. Above maxNodes nodes (default 40) each group is drawn as one box, and the picture says so.
   */
  readonly diagram: Scalars['String']['output'];
  /**
   * A DNS question as the cluster's CoreDNS answers it; with `from` (pod:<ns>/<name>) the pod's resolver walks its search path
   * (ndots 5) and every query it sends is listed. type: A, AAAA, SRV, PTR, CNAME, TXT…; resolver: glibc (default) or musl.
   */
  readonly dns: DnsResult;
  /** Encapsulation overhead, pod MTU per node as the CNI computes it, path MTUs, and the cost of an optional traffic matrix. */
  readonly encapOverhead: EncapOverhead;
  /** EndpointSlices, given or inferred from Service selectors. */
  readonly endpointSlices: ReadonlyArray<EndpointSlice>;
  /** Networks outside the cluster that must not collide with it. */
  readonly externalNetworks: ReadonlyArray<ExternalNetwork>;
  /** The first free prefixes of a length within supernets (default: RFC 1918 / fd00::/8), avoiding every range the topology knows. */
  readonly freeCidrs: FreeCidrs;
  /** kube-proxy's settings. */
  readonly kubeProxy: KubeProxy;
  /** The rules kube-proxy would program on a node (default: the topology's mode and first node): iptables-restore / nft -f input; for IPVS its virtual servers and its iptables-restore input. */
  readonly kubeProxyRules: KubeProxyRules;
  /** The topology's unique name (metadata.name). */
  readonly name: Scalars['String']['output'];
  /** One node by name, or null. */
  readonly node?: Maybe<Node>;
  /** The size of each node's pod CIDR per family. */
  readonly nodeCIDRMaskSize: NodeCidrMaskSize;
  /** Explicit per-node route tables (the derived ones come from the CNI choice). */
  readonly nodeRoutes: ReadonlyArray<NodeRouteTable>;
  /** The nodes in document order. */
  readonly nodes: ReadonlyArray<Node>;
  /** One pod, or null. */
  readonly pod?: Maybe<Pod>;
  /** Cluster CIDRs, one per family. */
  readonly podCIDRs: ReadonlyArray<Scalars['String']['output']>;
  /** The pods in document order. */
  readonly pods: PodConnection;
  /** The same trace reduced to reachable or not. */
  readonly reachability: Reachability;
  /** Pod-to-pod dispositions between groups of nodes (subnet, zone or node), one trace per class of identical nodes. */
  readonly reachabilityMatrix: ReachabilityMatrix;
  /** Rule, chain and set counts per proxy mode on a node: the sync-cost figure (all three modes unless one is named). */
  readonly ruleCounts: RuleCounts;
  /** One Service, or null. */
  readonly service?: Maybe<Service>;
  /** Service CIDRs, one per family. */
  readonly serviceCIDRs: ReadonlyArray<Scalars['String']['output']>;
  /** The Services in document order. */
  readonly services: ServiceConnection;
  /**
   * Path-for-packet: every hop and the step that decided it. `from`/`to` use the naming syntax pod:<ns>/<name>, node:<name>[:<port>],
   * svc:<ns>/<name>[:<port>], dns:<name>[:<port>], ip:<address>[:<port>], external:<address>[:<port>]. Through a Service the trace
   * forks: one branch per endpoint with its probability (docs/SERVICES.md). Negative outcomes are dispositions, not errors; a
   * malformed target is BAD_USER_INPUT naming the argument.
   */
  readonly trace: TraceResult;
  /** The node network. */
  readonly underlay: Underlay;
  /** Goes up by one on every change; pass it as ifVersion to make a write conditional. */
  readonly version: Scalars['Int']['output'];
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyCapacityArgs = {
  failBelow?: InputMaybe<Scalars['Float']['input']>;
  growthNodesPerMonth?: InputMaybe<Scalars['Float']['input']>;
  growthPodsPerMonth?: InputMaybe<Scalars['Float']['input']>;
  growthServicesPerMonth?: InputMaybe<Scalars['Float']['input']>;
  provider?: InputMaybe<Provider>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyConflictsArgs = {
  failOn?: InputMaybe<Severity>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyConnectivityArgs = {
  level?: InputMaybe<ConnectivityLevel>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<GroupBy>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  services?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyDnsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  resolver?: InputMaybe<DnsResolver>;
  type?: InputMaybe<DnsQueryType>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyEncapOverheadArgs = {
  packetSize?: InputMaybe<Scalars['Int']['input']>;
  trafficMatrix?: InputMaybe<ReadonlyArray<TrafficEntryInput>>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyEndpointSlicesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyFreeCidrsArgs = {
  avoid?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  family?: InputMaybe<IpFamily>;
  prefixLength: Scalars['Int']['input'];
  within?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyKubeProxyRulesArgs = {
  family?: InputMaybe<IpFamily>;
  mode?: InputMaybe<KubeProxyMode>;
  node?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyNodeArgs = {
  name: Scalars['String']['input'];
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyNodesArgs = {
  subnet?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyPodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  node?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyReachabilityArgs = {
  family?: InputMaybe<IpFamily>;
  from: Scalars['String']['input'];
  packetSize?: InputMaybe<Scalars['Int']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<Protocol>;
  to: Scalars['String']['input'];
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyReachabilityMatrixArgs = {
  family?: InputMaybe<IpFamily>;
  groupBy?: InputMaybe<GroupBy>;
  packetSize?: InputMaybe<Scalars['Int']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<Protocol>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyRuleCountsArgs = {
  family?: InputMaybe<IpFamily>;
  mode?: InputMaybe<KubeProxyMode>;
  node?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyServiceArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


/** One cluster's network: settings, underlay, nodes, pods, Services, and every question asked of it as a field. */
export type TopologyTraceArgs = {
  family?: InputMaybe<IpFamily>;
  from: Scalars['String']['input'];
  packetSize?: InputMaybe<Scalars['Int']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<Protocol>;
  to: Scalars['String']['input'];
};

/** Object counts of a topology. */
export type TopologyCounts = {
  readonly __typename?: 'TopologyCounts';
  /** Number of EndpointSlices, inferred ones included. */
  readonly endpointSlices: Scalars['Int']['output'];
  /** Number of nodes. */
  readonly nodes: Scalars['Int']['output'];
  /** Number of pods. */
  readonly pods: Scalars['Int']['output'];
  /** Number of Services. */
  readonly services: Scalars['Int']['output'];
  /** Number of underlay subnets. */
  readonly subnets: Scalars['Int']['output'];
};

/** A stored topology in a list: its name, version and sizes. */
export type TopologySummary = {
  readonly __typename?: 'TopologySummary';
  /** When the topology was first stored. */
  readonly createdAt: Scalars['DateTime']['output'];
  /** Free text from the document. */
  readonly description: Scalars['String']['output'];
  /** The topology's unique name (metadata.name). */
  readonly name: Scalars['String']['output'];
  /** Number of nodes. */
  readonly nodeCount: Scalars['Int']['output'];
  /** Number of pods. */
  readonly podCount: Scalars['Int']['output'];
  /** Number of Services. */
  readonly serviceCount: Scalars['Int']['output'];
  /** When it last changed. */
  readonly updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one on every change. */
  readonly version: Scalars['Int']['output'];
};

/** A packet's journey: how it ended (disposition), the hops, and the branches where a Service or DNS load-balances. */
export type Trace = {
  readonly __typename?: 'Trace';
  /** The modeling assumptions this answer relied on. */
  readonly assumptions: ReadonlyArray<Scalars['String']['output']>;
  /** One branch per endpoint when a Service (or several DNS records) load-balances; null for a single path. */
  readonly branches?: Maybe<ReadonlyArray<TraceBranch>>;
  /**
   * How the packet's journey ended. With branches: theirs when they agree, else the failing one with the largest total
   * probability (see outcomes).
   */
  readonly disposition: Disposition;
  /** The path; with branches, the path of the first branch whose disposition is the trace's. */
  readonly hops: ReadonlyArray<Hop>;
  /** Per disposition: how many branches, with what total probability. */
  readonly outcomes?: Maybe<ReadonlyArray<TraceOutcome>>;
};

/** One alternative of a load-balanced trace (one endpoint). */
export type TraceBranch = {
  readonly __typename?: 'TraceBranch';
  /** kube-proxy's DNAT target ip:port, or the DNS record's address. */
  readonly endpoint?: Maybe<Scalars['String']['output']>;
  /** The chance this branch is taken (0–1), as kube-proxy's rule probabilities give it. */
  readonly probability: Scalars['Float']['output'];
  /** The branch's own trace. */
  readonly trace: Trace;
};

/** How many branches of a trace end with one disposition, and their total probability. */
export type TraceOutcome = {
  readonly __typename?: 'TraceOutcome';
  /** Number of branches with it. */
  readonly branches: Scalars['Int']['output'];
  /** The disposition. */
  readonly disposition: Disposition;
  /** Total probability of the branches with it (0–1). */
  readonly probability: Scalars['Float']['output'];
};

/** A pair to trace on both sides of a diff. */
export type TracePairInput = {
  /** The sender: a trace target (pod:<ns>/<name>, node:<name>, svc:<ns>/<name>…). */
  readonly from: Scalars['String']['input'];
  /** The destination port, 1–65535. */
  readonly port?: InputMaybe<Scalars['Int']['input']>;
  /** The destination: a trace target. */
  readonly to: Scalars['String']['input'];
};

/** The trace question after defaults were applied. */
export type TraceQuery = {
  readonly __typename?: 'TraceQuery';
  /** The family traced; null when chosen per target. */
  readonly family?: Maybe<IpFamily>;
  /** The source target as given. */
  readonly from: Scalars['String']['output'];
  /** The IP packet size in bytes, headers included (default 100). */
  readonly packetSize: Scalars['Int']['output'];
  /** The destination port; null when none applies. */
  readonly port?: Maybe<Scalars['Int']['output']>;
  /** The transport protocol (default TCP). */
  readonly protocol: Protocol;
  /** The destination target as given. */
  readonly to: Scalars['String']['output'];
};

/** A path-for-packet answer: the question as understood and the trace. */
export type TraceResult = {
  readonly __typename?: 'TraceResult';
  /** The path drawn hop by hop (tunnels with their outer addresses and bytes, DNAT branches, the deciding step of a failure). */
  readonly diagram: Scalars['String']['output'];
  /** The question as understood. */
  readonly query: TraceQuery;
  /** The answer. */
  readonly trace: Trace;
};


/** A path-for-packet answer: the question as understood and the trace. */
export type TraceResultDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** Extra underlay bytes of a traffic matrix. */
export type TrafficCost = {
  readonly __typename?: 'TrafficCost';
  /** One per traffic entry. */
  readonly entries: ReadonlyArray<TrafficCostEntry>;
  /** Pod-level bytes per second, all entries. */
  readonly totalBytesPerSecond: Scalars['Float']['output'];
  /** Extra underlay bytes per second from encapsulation, all entries. */
  readonly totalExtraBytesPerSecond: Scalars['Float']['output'];
};

/** The encapsulation cost of one traffic entry. */
export type TrafficCostEntry = {
  readonly __typename?: 'TrafficCostEntry';
  /** Pod-level bytes per second. */
  readonly bytesPerSecond: Scalars['Float']['output'];
  /** The share of node pairs that encapsulate, 0–1. */
  readonly encapsulatedShare: Scalars['Float']['output'];
  /** Extra underlay bytes per second. */
  readonly extraBytesPerSecond: Scalars['Float']['output'];
  /** The family. */
  readonly family: IpFamily;
  /** The sending end. */
  readonly from: TrafficEndpoint;
  /** Whether both ends were found. */
  readonly resolved: Scalars['Boolean']['output'];
  /** The receiving end. */
  readonly to: TrafficEndpoint;
  /** Why an end was not found; null when resolved. */
  readonly unresolved?: Maybe<Scalars['String']['output']>;
};

/** An end of a traffic entry. */
export type TrafficEndpoint = {
  readonly __typename?: 'TrafficEndpoint';
  /** namespace, node or service. */
  readonly kind: TrafficEndpointKind;
  /** The name (ns/name for a Service). */
  readonly name: Scalars['String']['output'];
};

/** One end of a traffic-matrix entry. */
export type TrafficEndpointInput = {
  /** What the end is. */
  readonly kind: TrafficEndpointKind;
  /** namespace: <ns>; node: <name>; service: <ns>/<name> */
  readonly name: Scalars['String']['input'];
};

/** One end of a traffic-matrix entry. */
export type TrafficEndpointKind =
  /** Every pod of a namespace. */
  | 'namespace'
  /** Every pod on a node. */
  | 'node'
  /** A Service's endpoints. */
  | 'service';

/** Traffic between two ends, for the cost of encapsulation. */
export type TrafficEntryInput = {
  /** Pod-level bytes per second. */
  readonly bytesPerSecond: Scalars['Float']['input'];
  /** The family of the traffic (default: the cluster's first). */
  readonly family?: InputMaybe<IpFamily>;
  /** The sending end. */
  readonly from: TrafficEndpointInput;
  /** The receiving end. */
  readonly to: TrafficEndpointInput;
};

/** externalTrafficPolicy / internalTrafficPolicy (core/v1 ServiceExternalTrafficPolicy). */
export type TrafficPolicy =
  /** Any ready endpoint in the cluster. */
  | 'Cluster'
  /** Only endpoints on the receiving node (source address preserved). */
  | 'Local';

/** TRAFFIC_UNRESOLVED: a traffic-matrix entry that counts no bytes. */
export type TrafficUnresolvedDetails = {
  readonly __typename?: 'TrafficUnresolvedDetails';
  /** The sender, kind:name. */
  readonly from: Scalars['String']['output'];
  /** Why it resolves to no node. */
  readonly reason: Scalars['String']['output'];
  /** The destination, kind:name. */
  readonly to: Scalars['String']['output'];
};

/** The node network: subnets and the routers' routes. */
export type Underlay = {
  readonly __typename?: 'Underlay';
  /** The default interface MTU of nodes, in bytes. */
  readonly mtu: Scalars['Int']['output'];
  /** The underlay routers' routes (e.g. to pod CIDRs for routed modes, a default route). */
  readonly routes: ReadonlyArray<Route>;
  /** The subnets. */
  readonly subnets: ReadonlyArray<Subnet>;
};

/** The result of checking a topology document without storing it. */
export type ValidationResult = {
  readonly __typename?: 'ValidationResult';
  /** Every error; any one stops an import. */
  readonly errors: ReadonlyArray<Problem>;
  /** What was inferred the way Kubernetes would infer it (endpoints from selectors, node subnets from addresses). */
  readonly inferences: ReadonlyArray<Scalars['String']['output']>;
  /** The topology the document describes, when it is valid (not stored). */
  readonly topology?: Maybe<Topology>;
  /** True when the document has no error (it would import). */
  readonly valid: Scalars['Boolean']['output'];
  /** Problems that do not stop an import. */
  readonly warnings: ReadonlyArray<Problem>;
};

/** The answer of a stateless what-if: the diff and the forked topology, nothing stored. */
export type WhatIf = {
  readonly __typename?: 'WhatIf';
  /** The diff drawn, as ScenarioDiffResult.diagram. */
  readonly diagram: Scalars['String']['output'];
  /** Every section of the comparison (docs/PLANNER.md). */
  readonly diff: ScenarioDiff;
  /** The topology with the operations applied: ask any question of it. */
  readonly fork: Topology;
  /** Remarks on the comparison (limits applied, sections skipped). */
  readonly notes: ReadonlyArray<Scalars['String']['output']>;
  /** One plain-language paragraph: what the operations change and break. */
  readonly summary: Scalars['String']['output'];
};


/** The answer of a stateless what-if: the diff and the forked topology, nothing stored. */
export type WhatIfDiagramArgs = {
  format?: InputMaybe<DiagramFormat>;
};

/** A what-if job's input: the arguments of Query.whatIf. */
export type WhatIfJobInput = {
  /** The operations, applied in order (docs/PLANNER.md), typed as in Query.whatIf. */
  readonly operations: ReadonlyArray<OperationInput>;
  /** Diff options (docs/PLANNER.md), as in Query.whatIf. */
  readonly options?: InputMaybe<DiffOptions>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  OverheadFindingDetails:
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
    | ( FindingDetailsParent )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddExternalNetworkFields: ResolverTypeWrapper<Omit<AddExternalNetworkFields, 'kind'> & { kind?: Maybe<ResolversTypes['ExternalNetworkKind']> }>;
  AddExternalNetworkInput: AddExternalNetworkInput;
  AddNodesFields: ResolverTypeWrapper<AddNodesFields>;
  AddNodesInput: AddNodesInput;
  AddPodsFields: ResolverTypeWrapper<Omit<AddPodsFields, 'ports'> & { ports?: Maybe<ReadonlyArray<ResolversTypes['ContainerPortFields']>> }>;
  AddPodsInput: AddPodsInput;
  AddServiceFields: ResolverTypeWrapper<Omit<AddServiceFields, 'externalTrafficPolicy' | 'internalTrafficPolicy' | 'ports' | 'type'> & { externalTrafficPolicy?: Maybe<ResolversTypes['TrafficPolicy']>, internalTrafficPolicy?: Maybe<ResolversTypes['TrafficPolicy']>, ports: ReadonlyArray<ResolversTypes['ServicePortFields']>, type?: Maybe<ResolversTypes['ServiceType']> }>;
  AddServiceInput: AddServiceInput;
  AddSubnetFields: ResolverTypeWrapper<AddSubnetFields>;
  AddSubnetInput: AddSubnetInput;
  AddedRemoved: ResolverTypeWrapper<AddedRemoved>;
  BeforeAfterStrings: ResolverTypeWrapper<BeforeAfterStrings>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalicoPoolCapacity: ResolverTypeWrapper<Omit<CalicoPoolCapacity, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  Capacity: ResolverTypeWrapper<CapacityAnswer>;
  CapacityDiff: ResolverTypeWrapper<Omit<CapacityDiff, 'nodeCIDRs'> & { nodeCIDRs: ReadonlyArray<ResolversTypes['NodeCidrsChange']> }>;
  CapacityLimit: ResolverTypeWrapper<CapacityLimit>;
  CapacityProvider: ResolverTypeWrapper<Omit<CapacityProvider, 'ipam' | 'value'> & { ipam: ResolversTypes['IpamKind'], value: ResolversTypes['Provider'] }>;
  CapacityReport: ResolverTypeWrapper<CapacityReportModel>;
  CellChange: ResolverTypeWrapper<CellChangeParent>;
  CellDisposition: ResolverTypeWrapper<CellDisposition>;
  CellOnly: ResolverTypeWrapper<Omit<CellOnly, 'side'> & { side: ResolversTypes['CellSide'] }>;
  CellOutcome: ResolverTypeWrapper<Omit<CellOutcome, 'disposition'> & { disposition: ResolversTypes['Disposition'] }>;
  CellSide: ResolverTypeWrapper<Omit<CellSide, 'disposition' | 'outcomes'> & { disposition: ResolversTypes['CellDisposition'], outcomes: ReadonlyArray<ResolversTypes['CellOutcome']> }>;
  ChangeKind: ResolverTypeWrapper<ChangeKind>;
  CidrFields: ResolverTypeWrapper<CidrFields>;
  CidrInput: CidrInput;
  CidrsFields: ResolverTypeWrapper<CidrsFields>;
  CidrsInput: CidrsInput;
  Citation: ResolverTypeWrapper<Citation>;
  Cni: ResolverTypeWrapper<Omit<Cni, 'overlay' | 'plugin'> & { overlay: ResolversTypes['OverlayMode'], plugin: ResolversTypes['CniPlugin'] }>;
  CniPlugin: ResolverTypeWrapper<CniPlugin>;
  ConflictFinding: ResolverTypeWrapper<Omit<ConflictFinding, 'objects' | 'severity'> & { objects: ReadonlyArray<ResolversTypes['ConflictObject']>, severity: ResolversTypes['Severity'] }>;
  ConflictFindingConnection: ResolverTypeWrapper<Omit<ConflictFindingConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ConflictFindingEdge']> }>;
  ConflictFindingEdge: ResolverTypeWrapper<Omit<ConflictFindingEdge, 'node'> & { node: ResolversTypes['ConflictFinding'] }>;
  ConflictObject: ResolverTypeWrapper<Omit<ConflictObject, 'kind'> & { kind: ResolversTypes['ConflictObjectKind'] }>;
  ConflictObjectKind: ResolverTypeWrapper<ConflictObjectKind>;
  ConflictReport: ResolverTypeWrapper<ConflictsAnswer>;
  ConflictsDiff: ResolverTypeWrapper<Omit<ConflictsDiff, 'added' | 'removed'> & { added: ReadonlyArray<ResolversTypes['ConflictFinding']>, removed: ReadonlyArray<ResolversTypes['ConflictFinding']> }>;
  Connectivity: ResolverTypeWrapper<ConnectivityAnswer>;
  ConnectivityChange: ResolverTypeWrapper<ConnectivityChange>;
  ConnectivityDecidedBy: ResolverTypeWrapper<ConnectivityDecidedBy>;
  ConnectivityDiff: ResolverTypeWrapper<ConnectivityDiff>;
  ConnectivityJobInput: ConnectivityJobInput;
  ConnectivityLevel: ResolverTypeWrapper<ConnectivityLevel>;
  ContainerPort: ResolverTypeWrapper<Omit<ContainerPort, 'protocol'> & { protocol: ResolversTypes['Protocol'] }>;
  ContainerPortFields: ResolverTypeWrapper<Omit<ContainerPortFields, 'protocol'> & { protocol?: Maybe<ResolversTypes['Protocol']> }>;
  ContainerPortInput: ContainerPortInput;
  CountChange: ResolverTypeWrapper<CountChange>;
  CountFigure: ResolverTypeWrapper<CountFigure>;
  CrossSubnet: ResolverTypeWrapper<CrossSubnet>;
  CrossSubnetNotOfferedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecidingDifference: ResolverTypeWrapper<Omit<DecidingDifference, 'after' | 'before'> & { after?: Maybe<ResolversTypes['DiffStepRef']>, before?: Maybe<ResolversTypes['DiffStepRef']> }>;
  DecidingStep: ResolverTypeWrapper<Omit<DecidingStep, 'type'> & { type: ResolversTypes['StepType'] }>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  DiagramFormat: DiagramFormat;
  DiffOptions: DiffOptions;
  DiffSectionsInput: DiffSectionsInput;
  DiffStepRef: ResolverTypeWrapper<Omit<DiffStepRef, 'type'> & { type: ResolversTypes['StepType'] }>;
  DiffTraces: ResolverTypeWrapper<Omit<DiffTraces, 'after' | 'before'> & { after?: Maybe<ResolversTypes['Trace']>, before?: Maybe<ResolversTypes['Trace']> }>;
  Disposition: ResolverTypeWrapper<Disposition>;
  DnsAnswer: ResolverTypeWrapper<Omit<DnsAnswer, 'additional' | 'answeredBy' | 'answers' | 'authority' | 'question' | 'rcode'> & { additional: ReadonlyArray<ResolversTypes['DnsRecord']>, answeredBy: ResolversTypes['DnsAnsweredBy'], answers: ReadonlyArray<ResolversTypes['DnsRecord']>, authority: ReadonlyArray<ResolversTypes['DnsRecord']>, question: ResolversTypes['DnsQuestion'], rcode?: Maybe<ResolversTypes['DnsRcode']> }>;
  DnsAnsweredBy: ResolverTypeWrapper<DnsAnsweredBy>;
  DnsAttempt: ResolverTypeWrapper<Omit<DnsAttempt, 'answer' | 'answeredBy' | 'answers' | 'rcode' | 'type' | 'via'> & { answer: ResolversTypes['DnsAnswer'], answeredBy: ResolversTypes['DnsAnsweredBy'], answers: ReadonlyArray<ResolversTypes['DnsRecord']>, rcode?: Maybe<ResolversTypes['DnsRcode']>, type: ResolversTypes['DnsQueryType'], via: ResolversTypes['DnsQueryVia'] }>;
  DnsFinal: ResolverTypeWrapper<Omit<DnsFinal, 'answers' | 'status'> & { answers: ReadonlyArray<ResolversTypes['DnsRecord']>, status: ResolversTypes['DnsFinalStatus'] }>;
  DnsFinalStatus: ResolverTypeWrapper<DnsFinalStatus>;
  DnsPolicy: ResolverTypeWrapper<DnsPolicy>;
  DnsQuery: ResolverTypeWrapper<DnsQuery>;
  DnsQueryType: ResolverTypeWrapper<DnsQueryType>;
  DnsQueryVia: ResolverTypeWrapper<DnsQueryVia>;
  DnsQuestion: ResolverTypeWrapper<Omit<DnsQuestion, 'type'> & { type: ResolversTypes['DnsQueryType'] }>;
  DnsRcode: ResolverTypeWrapper<DnsRcode>;
  DnsRecord: ResolverTypeWrapper<Omit<DnsRecord, 'type'> & { type: ResolversTypes['DnsQueryType'] }>;
  DnsResolution: ResolverTypeWrapper<Omit<DnsResolution, 'attempts' | 'final' | 'resolvConf' | 'resolver' | 'type'> & { attempts: ReadonlyArray<ResolversTypes['DnsAttempt']>, final: ResolversTypes['DnsFinal'], resolvConf?: Maybe<ResolversTypes['ResolvConf']>, resolver: ResolversTypes['DnsResolver'], type: ResolversTypes['DnsQueryType'] }>;
  DnsResolver: ResolverTypeWrapper<DnsResolver>;
  DnsResult: ResolverTypeWrapper<Omit<DnsResult, 'answer' | 'kind' | 'resolution' | 'server'> & { answer?: Maybe<ResolversTypes['DnsAnswer']>, kind: ResolversTypes['DnsResultKind'], resolution?: Maybe<ResolversTypes['DnsResolution']>, server: ResolversTypes['DnsServerLookup'] }>;
  DnsResultKind: ResolverTypeWrapper<DnsResultKind>;
  DnsServer: ResolverTypeWrapper<Omit<DnsServer, 'foundBy'> & { foundBy: ResolversTypes['DnsServerFoundBy'] }>;
  DnsServerFoundBy: ResolverTypeWrapper<DnsServerFoundBy>;
  DnsServerLookup: ResolverTypeWrapper<Omit<DnsServerLookup, 'server'> & { server?: Maybe<ResolversTypes['DnsServer']> }>;
  DnsStep: ResolverTypeWrapper<Omit<DnsStep, 'resolver' | 'status'> & { resolver: ResolversTypes['DnsResolver'], status: ResolversTypes['DnsFinalStatus'] }>;
  DocumentFormat: DocumentFormat;
  DroppedOperation: ResolverTypeWrapper<DroppedOperationParent>;
  EksInstanceTypeRule: ResolverTypeWrapper<Omit<EksInstanceTypeRule, 'maxPods'> & { maxPods?: Maybe<ResolversTypes['EksMaxPods']> }>;
  EksMaxPods: ResolverTypeWrapper<Omit<EksMaxPods, 'hypervisor' | 'limitsFrom'> & { hypervisor: ResolversTypes['Hypervisor'], limitsFrom: ResolversTypes['EniLimitSource'] }>;
  EncapOverhead: ResolverTypeWrapper<Omit<EncapOverhead, 'families' | 'findings' | 'mode' | 'overhead' | 'plugin' | 'subnetPairs' | 'traffic'> & { families: ReadonlyArray<ResolversTypes['IpFamily']>, findings: ReadonlyArray<ResolversTypes['OverheadFinding']>, mode: ResolversTypes['OverlayMode'], overhead: ReadonlyArray<ResolversTypes['FamilyOverhead']>, plugin: ResolversTypes['CniPlugin'], subnetPairs: ReadonlyArray<ResolversTypes['SubnetPairOverhead']>, traffic?: Maybe<ResolversTypes['TrafficCost']> }>;
  Encapsulation: ResolverTypeWrapper<Encapsulation>;
  Endpoint: ResolverTypeWrapper<EndpointParent>;
  EndpointAddressType: ResolverTypeWrapper<EndpointAddressType>;
  EndpointPort: ResolverTypeWrapper<Omit<EndpointPort, 'protocol'> & { protocol: ResolversTypes['Protocol'] }>;
  EndpointSlice: ResolverTypeWrapper<EndpointSliceParent>;
  EniLimitSource: ResolverTypeWrapper<EniLimitSource>;
  ExplicitMtuBelowDerivedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  ExplicitMtuTooLargeDetails: ResolverTypeWrapper<FindingDetailsParent>;
  ExternalNetwork: ResolverTypeWrapper<Omit<ExternalNetwork, 'kind'> & { kind: ResolversTypes['ExternalNetworkKind'] }>;
  ExternalNetworkKind: ResolverTypeWrapper<ExternalNetworkKind>;
  FamilyNotEncapsulatedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  FamilyOverhead: ResolverTypeWrapper<Omit<FamilyOverhead, 'family' | 'mode' | 'outerFamily'> & { family: ResolversTypes['IpFamily'], mode: ResolversTypes['OverlayMode'], outerFamily: ResolversTypes['IpFamily'] }>;
  FamilyOverheadChange: ResolverTypeWrapper<Omit<FamilyOverheadChange, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  FamilyRuleCounts: ResolverTypeWrapper<Omit<FamilyRuleCounts, 'family' | 'mode'> & { family: ResolversTypes['IpFamily'], mode: ResolversTypes['KubeProxyMode'] }>;
  Fate: ResolverTypeWrapper<Fate>;
  FateCounts: ResolverTypeWrapper<FateCounts>;
  FateLimit: ResolverTypeWrapper<FateLimit>;
  Figure: ResolverTypeWrapper<Figure>;
  FindingsTruncatedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forecast: ResolverTypeWrapper<Omit<Forecast, 'first' | 'items'> & { first?: Maybe<ResolversTypes['ForecastFirst']>, items: ReadonlyArray<ResolversTypes['ForecastItem']> }>;
  ForecastFirst: ResolverTypeWrapper<Omit<ForecastFirst, 'family' | 'resource'> & { family?: Maybe<ResolversTypes['IpFamily']>, resource: ResolversTypes['HeadroomResource'] }>;
  ForecastGrowth: ResolverTypeWrapper<ForecastGrowth>;
  ForecastItem: ResolverTypeWrapper<Omit<ForecastItem, 'family' | 'resource'> & { family?: Maybe<ResolversTypes['IpFamily']>, resource: ResolversTypes['HeadroomResource'] }>;
  FreeCidrs: ResolverTypeWrapper<FreeCidrAnswer>;
  GkeMaxPods: ResolverTypeWrapper<GkeMaxPods>;
  GkePoolRule: ResolverTypeWrapper<GkePoolRule>;
  GroupBy: ResolverTypeWrapper<GroupBy>;
  Header: ResolverTypeWrapper<Omit<Header, 'family' | 'protocol'> & { family: ResolversTypes['IpFamily'], protocol: ResolversTypes['HeaderProtocol'] }>;
  HeaderLayer: ResolverTypeWrapper<HeaderLayer>;
  HeaderProtocol: ResolverTypeWrapper<HeaderProtocol>;
  Headroom: ResolverTypeWrapper<Omit<Headroom, 'family' | 'resource'> & { family?: Maybe<ResolversTypes['IpFamily']>, resource: ResolversTypes['HeadroomResource'] }>;
  HeadroomResource: ResolverTypeWrapper<HeadroomResource>;
  Hop: ResolverTypeWrapper<HopParent>;
  Hypervisor: ResolverTypeWrapper<Hypervisor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportResult: ResolverTypeWrapper<Omit<ImportResult, 'topology'> & { topology: ResolversTypes['Topology'] }>;
  InferFinding: ResolverTypeWrapper<Omit<InferFinding, 'severity'> & { severity: ResolversTypes['Severity'] }>;
  InferMissing: ResolverTypeWrapper<InferMissing>;
  InferResult: ResolverTypeWrapper<InferAnswer>;
  InferSource: ResolverTypeWrapper<InferSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntChange: ResolverTypeWrapper<IntChange>;
  IpFamily: ResolverTypeWrapper<IpFamily>;
  IpFamilyPolicy: ResolverTypeWrapper<IpFamilyPolicy>;
  IpamKind: ResolverTypeWrapper<IpamKind>;
  IptablesChain: ResolverTypeWrapper<IptablesChain>;
  IptablesRule: ResolverTypeWrapper<IptablesRule>;
  IptablesRules: ResolverTypeWrapper<Omit<IptablesRules, 'command' | 'family' | 'tables'> & { command: ResolversTypes['RestoreCommand'], family: ResolversTypes['IpFamily'], tables: ResolversTypes['IptablesTables'] }>;
  IptablesTable: ResolverTypeWrapper<IptablesTableModel>;
  IptablesTableName: ResolverTypeWrapper<IptablesTableName>;
  IptablesTables: ResolverTypeWrapper<Omit<IptablesTables, 'filter' | 'nat'> & { filter: ResolversTypes['IptablesTable'], nat: ResolversTypes['IptablesTable'] }>;
  IptablesValue: ResolverTypeWrapper<IptablesValue>;
  Ipv6MtuBelowMinimumDetails: ResolverTypeWrapper<FindingDetailsParent>;
  IpvsCounts: ResolverTypeWrapper<IpvsCounts>;
  IpvsIptables: ResolverTypeWrapper<Omit<IpvsIptables, 'command' | 'tables'> & { command: ResolversTypes['RestoreCommand'], tables: ResolversTypes['IptablesTables'] }>;
  IpvsRealServer: ResolverTypeWrapper<IpvsRealServer>;
  IpvsRules: ResolverTypeWrapper<Omit<IpvsRules, 'family' | 'iptables' | 'virtualServers'> & { family: ResolversTypes['IpFamily'], iptables: ResolversTypes['IpvsIptables'], virtualServers: ReadonlyArray<ResolversTypes['IpvsVirtualServer']> }>;
  IpvsSet: ResolverTypeWrapper<IpvsSet>;
  IpvsVirtualServer: ResolverTypeWrapper<Omit<IpvsVirtualServer, 'kind' | 'protocol'> & { kind: ResolversTypes['IpvsVirtualServerKind'], protocol: ResolversTypes['Protocol'] }>;
  IpvsVirtualServerKind: ResolverTypeWrapper<IpvsVirtualServerKind>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: ResolverTypeWrapper<JobModel>;
  JobKind: ResolverTypeWrapper<JobKind>;
  JobProblem: ResolverTypeWrapper<JobProblem>;
  JobState: ResolverTypeWrapper<JobState>;
  KnownRange: ResolverTypeWrapper<Omit<KnownRange, 'source'> & { source: ResolversTypes['KnownRangeSource'] }>;
  KnownRangeSource: ResolverTypeWrapper<KnownRangeSource>;
  KubeProxy: ResolverTypeWrapper<Omit<KubeProxy, 'mode'> & { mode: ResolversTypes['KubeProxyMode'] }>;
  KubeProxyDiff: ResolverTypeWrapper<Omit<KubeProxyDiff, 'mode' | 'nodes'> & { mode: ResolversTypes['KubeProxyModeChange'], nodes: ReadonlyArray<ResolversTypes['NodeRulesChange']> }>;
  KubeProxyMode: ResolverTypeWrapper<KubeProxyMode>;
  KubeProxyModeChange: ResolverTypeWrapper<Omit<KubeProxyModeChange, 'after' | 'before'> & { after: ResolversTypes['KubeProxyMode'], before: ResolversTypes['KubeProxyMode'] }>;
  KubeProxyRules: ResolverTypeWrapper<Omit<KubeProxyRules, 'iptables' | 'ipvs' | 'mode' | 'nftables'> & { iptables?: Maybe<ReadonlyArray<ResolversTypes['IptablesRules']>>, ipvs?: Maybe<ReadonlyArray<ResolversTypes['IpvsRules']>>, mode: ResolversTypes['KubeProxyMode'], nftables?: Maybe<ReadonlyArray<ResolversTypes['NftablesRules']>> }>;
  KubeProxyWork: ResolverTypeWrapper<KubeProxyWork>;
  KubeadmCheck: ResolverTypeWrapper<KubeadmCheck>;
  Label: ResolverTypeWrapper<Label>;
  LabelInput: LabelInput;
  MatrixCell: ResolverTypeWrapper<Omit<MatrixCell, 'disposition' | 'outcomes'> & { disposition: ResolversTypes['CellDisposition'], outcomes: ReadonlyArray<ResolversTypes['MatrixOutcome']> }>;
  MatrixGroup: ResolverTypeWrapper<MatrixGroup>;
  MatrixOutcome: ResolverTypeWrapper<Omit<MatrixOutcome, 'decidingStep' | 'disposition'> & { decidingStep?: Maybe<ResolversTypes['DecidingStep']>, disposition: ResolversTypes['Disposition'] }>;
  MaxPods: ResolverTypeWrapper<MaxPodsAnswer>;
  ModeNotOfferedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  ModeRuleCounts: ResolverTypeWrapper<Omit<ModeRuleCounts, 'families' | 'mode'> & { families: ReadonlyArray<ResolversTypes['FamilyRuleCounts']>, mode: ResolversTypes['KubeProxyMode'] }>;
  MtuChangeGroup: ResolverTypeWrapper<MtuChangeGroup>;
  MtuExcess: ResolverTypeWrapper<MtuExcess>;
  MtuRange: ResolverTypeWrapper<MtuRange>;
  MtuRuleUnknownDetails: ResolverTypeWrapper<FindingDetailsParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameFields: ResolverTypeWrapper<NameFields>;
  NameInput: NameInput;
  NamespacedNameFields: ResolverTypeWrapper<NamespacedNameFields>;
  NamespacedNameInput: NamespacedNameInput;
  NftablesCounts: ResolverTypeWrapper<NftablesCounts>;
  NftablesRules: ResolverTypeWrapper<Omit<NftablesRules, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  Node: ResolverTypeWrapper<NodeParent>;
  NodeCIDRMaskSize: ResolverTypeWrapper<NodeCidrMaskSize>;
  NodeCidrAssignment: ResolverTypeWrapper<NodeCidrAssignment>;
  NodeCidrFailure: ResolverTypeWrapper<NodeCidrFailure>;
  NodeCidrFamily: ResolverTypeWrapper<Omit<NodeCidrFamily, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  NodeCidrReport: ResolverTypeWrapper<Omit<NodeCidrReport, 'families'> & { families: ReadonlyArray<ResolversTypes['NodeCidrFamily']> }>;
  NodeCidrsChange: ResolverTypeWrapper<Omit<NodeCidrsChange, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  NodeMtuChange: ResolverTypeWrapper<NodeMtuChange>;
  NodePair: ResolverTypeWrapper<NodePair>;
  NodePairExample: ResolverTypeWrapper<NodePairExample>;
  NodePodAddresses: ResolverTypeWrapper<Omit<NodePodAddresses, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  NodePodCapacity: ResolverTypeWrapper<Omit<NodePodCapacity, 'addresses'> & { addresses: ReadonlyArray<ResolversTypes['NodePodAddresses']> }>;
  NodePodMtu: ResolverTypeWrapper<NodePodMtu>;
  NodeRouteFields: ResolverTypeWrapper<Omit<NodeRouteFields, 'route'> & { route: ResolversTypes['RouteSpecFields'] }>;
  NodeRouteInput: NodeRouteInput;
  NodeRouteTable: ResolverTypeWrapper<Omit<NodeRouteTable, 'routes'> & { routes: ReadonlyArray<ResolversTypes['Route']> }>;
  NodeRuleTotal: ResolverTypeWrapper<Omit<NodeRuleTotal, 'mode'> & { mode: ResolversTypes['KubeProxyMode'] }>;
  NodeRulesChange: ResolverTypeWrapper<Omit<NodeRulesChange, 'after' | 'before'> & { after?: Maybe<ResolversTypes['NodeRuleTotal']>, before?: Maybe<ResolversTypes['NodeRuleTotal']> }>;
  NullableStringChange: ResolverTypeWrapper<NullableStringChange>;
  Operation: ResolverTypeWrapper<OperationParent>;
  OperationInput: OperationInput;
  OverheadDiff: ResolverTypeWrapper<Omit<OverheadDiff, 'findings' | 'overhead'> & { findings: ResolversTypes['OverheadFindingsDiff'], overhead: ReadonlyArray<ResolversTypes['FamilyOverheadChange']> }>;
  OverheadFinding: ResolverTypeWrapper<OverheadFindingModel>;
  OverheadFindingCode: ResolverTypeWrapper<OverheadFindingCode>;
  OverheadFindingDetails: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OverheadFindingDetails']>;
  OverheadFindingsDiff: ResolverTypeWrapper<Omit<OverheadFindingsDiff, 'added' | 'removed'> & { added: ReadonlyArray<ResolversTypes['OverheadFinding']>, removed: ReadonlyArray<ResolversTypes['OverheadFinding']> }>;
  OverlayMode: ResolverTypeWrapper<OverlayMode>;
  Packet: ResolverTypeWrapper<Omit<Packet, 'inner' | 'outer'> & { inner: ResolversTypes['Header'], outer?: Maybe<ResolversTypes['Header']> }>;
  PacketFate: ResolverTypeWrapper<Omit<PacketFate, 'fate' | 'limitedBy'> & { fate: ResolversTypes['Fate'], limitedBy?: Maybe<ResolversTypes['FateLimit']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairDiff: ResolverTypeWrapper<PairDiffParent>;
  PairSide: ResolverTypeWrapper<Omit<PairSide, 'disposition' | 'trace'> & { disposition?: Maybe<ResolversTypes['Disposition']>, trace?: Maybe<ResolversTypes['Trace']> }>;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanFamily: ResolverTypeWrapper<PlanFamily>;
  PlanFamilyRanges: ResolverTypeWrapper<Omit<PlanFamilyRanges, 'family' | 'ranges'> & { family: ResolversTypes['IpFamily'], ranges: ReadonlyArray<ResolversTypes['PlanRange']> }>;
  PlanInput: PlanInput;
  PlanRange: ResolverTypeWrapper<Omit<PlanRange, 'role'> & { role: ResolversTypes['PlanRangeRole'] }>;
  PlanRangeRole: ResolverTypeWrapper<PlanRangeRole>;
  PlanTargets: ResolverTypeWrapper<PlanTargets>;
  Pod: ResolverTypeWrapper<PodParent>;
  PodCapacityChange: ResolverTypeWrapper<PodCapacityChange>;
  PodCapacityReport: ResolverTypeWrapper<Omit<PodCapacityReport, 'calico' | 'nodes' | 'pools'> & { calico: ReadonlyArray<ResolversTypes['CalicoPoolCapacity']>, nodes: ReadonlyArray<ResolversTypes['NodePodCapacity']>, pools: ReadonlyArray<ResolversTypes['PodPool']> }>;
  PodCapacityTotals: ResolverTypeWrapper<PodCapacityTotals>;
  PodConnection: ResolverTypeWrapper<Omit<PodConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['PodEdge']> }>;
  PodEdge: ResolverTypeWrapper<Omit<PodEdge, 'node'> & { node: ResolversTypes['Pod'] }>;
  PodMtuExceedsPathDetails: ResolverTypeWrapper<FindingDetailsParent>;
  PodPool: ResolverTypeWrapper<Omit<PodPool, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  PolicyConnection: ResolverTypeWrapper<PolicyConnection>;
  PolicyConnectionConnection: ResolverTypeWrapper<PolicyConnectionConnection>;
  PolicyConnectionEdge: ResolverTypeWrapper<PolicyConnectionEdge>;
  PolicyDecider: ResolverTypeWrapper<PolicyDecider>;
  PolicyDirection: ResolverTypeWrapper<PolicyDirection>;
  PolicyManifestFields: ResolverTypeWrapper<PolicyManifestFields>;
  PolicyManifestInput: PolicyManifestInput;
  PolicyStep: ResolverTypeWrapper<Omit<PolicyStep, 'decidedIn' | 'direction' | 'verdict'> & { decidedIn: ResolversTypes['PolicyDecider'], direction: ResolversTypes['PolicyDirection'], verdict: ResolversTypes['PolicyVerdict'] }>;
  PolicyVerdict: ResolverTypeWrapper<PolicyVerdict>;
  PrefixDelegation: ResolverTypeWrapper<PrefixDelegation>;
  Problem: ResolverTypeWrapper<Problem>;
  PromoteResult: ResolverTypeWrapper<Omit<PromoteResult, 'scenario'> & { scenario: ResolversTypes['Scenario'] }>;
  Protocol: ResolverTypeWrapper<Protocol>;
  Provider: ResolverTypeWrapper<Provider>;
  ProviderRules: ResolverTypeWrapper<Omit<ProviderRules, 'instanceTypes' | 'provider'> & { instanceTypes?: Maybe<ReadonlyArray<ResolversTypes['EksInstanceTypeRule']>>, provider: ResolversTypes['Provider'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reachability: ResolverTypeWrapper<ReachabilityParent>;
  ReachabilityDiff: ResolverTypeWrapper<ReachabilityDiffParent>;
  ReachabilityMatrix: ResolverTypeWrapper<ReachabilityMatrixModel>;
  ReachabilityMatrixJobInput: ReachabilityMatrixJobInput;
  RebaseResult: ResolverTypeWrapper<Omit<RebaseResult, 'dropped' | 'scenario'> & { dropped: ReadonlyArray<ResolversTypes['DroppedOperation']>, scenario: ResolversTypes['Scenario'] }>;
  RemoveNodeFields: ResolverTypeWrapper<RemoveNodeFields>;
  RemoveNodeInput: RemoveNodeInput;
  RemoveNodeRouteFields: ResolverTypeWrapper<RemoveNodeRouteFields>;
  RemoveNodeRouteInput: RemoveNodeRouteInput;
  RemovePodsFields: ResolverTypeWrapper<RemovePodsFields>;
  RemovePodsInput: RemovePodsInput;
  RemoveRouteFields: ResolverTypeWrapper<RemoveRouteFields>;
  RemoveRouteInput: RemoveRouteInput;
  ResolvConf: ResolverTypeWrapper<Omit<ResolvConf, 'policy'> & { policy: ResolversTypes['DnsPolicy'] }>;
  RestoreCommand: ResolverTypeWrapper<RestoreCommand>;
  Route: ResolverTypeWrapper<Omit<Route, 'type'> & { type: ResolversTypes['RouteType'] }>;
  RouteFields: ResolverTypeWrapper<Omit<RouteFields, 'route'> & { route: ResolversTypes['RouteSpecFields'] }>;
  RouteInput: RouteInput;
  RouteSpecFields: ResolverTypeWrapper<Omit<RouteSpecFields, 'type'> & { type?: Maybe<ResolversTypes['RouteType']> }>;
  RouteSpecInput: RouteSpecInput;
  RouteType: ResolverTypeWrapper<RouteType>;
  RuleCounts: ResolverTypeWrapper<Omit<RuleCounts, 'modes'> & { modes: ReadonlyArray<ResolversTypes['ModeRuleCounts']> }>;
  ScaleServiceFields: ResolverTypeWrapper<ScaleServiceFields>;
  ScaleServiceInput: ScaleServiceInput;
  Scenario: ResolverTypeWrapper<ScenarioModel>;
  ScenarioDiff: ResolverTypeWrapper<ScenarioDiffParent>;
  ScenarioDiffJobInput: ScenarioDiffJobInput;
  ScenarioDiffResult: ResolverTypeWrapper<DiffResultParent>;
  ScenarioStatus: ResolverTypeWrapper<ScenarioStatus>;
  Service: ResolverTypeWrapper<ServiceParent>;
  ServiceAllocator: ResolverTypeWrapper<ServiceAllocator>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ServiceEdge']> }>;
  ServiceDynamicBand: ResolverTypeWrapper<ServiceDynamicBand>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceIpsChange: ResolverTypeWrapper<ServiceIpsChange>;
  ServicePort: ResolverTypeWrapper<ServicePortModel>;
  ServicePortFields: ResolverTypeWrapper<Omit<ServicePortFields, 'protocol'> & { protocol?: Maybe<ResolversTypes['Protocol']> }>;
  ServicePortInput: ServicePortInput;
  ServiceRangeReport: ResolverTypeWrapper<Omit<ServiceRangeReport, 'allocator' | 'family'> & { allocator: ResolversTypes['ServiceAllocator'], family: ResolversTypes['IpFamily'] }>;
  ServiceStaticBand: ResolverTypeWrapper<ServiceStaticBand>;
  ServiceType: ResolverTypeWrapper<ServiceType>;
  SessionAffinity: ResolverTypeWrapper<SessionAffinity>;
  SetCniFields: ResolverTypeWrapper<Omit<SetCniFields, 'overlay' | 'plugin'> & { overlay?: Maybe<ResolversTypes['OverlayMode']>, plugin?: Maybe<ResolversTypes['CniPlugin']> }>;
  SetCniInput: SetCniInput;
  SetKubeProxyFields: ResolverTypeWrapper<Omit<SetKubeProxyFields, 'mode'> & { mode?: Maybe<ResolversTypes['KubeProxyMode']> }>;
  SetKubeProxyInput: SetKubeProxyInput;
  SetNamespaceLabelsFields: ResolverTypeWrapper<SetNamespaceLabelsFields>;
  SetNamespaceLabelsInput: SetNamespaceLabelsInput;
  SetNodeMaskFields: ResolverTypeWrapper<Omit<SetNodeMaskFields, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  SetNodeMaskInput: SetNodeMaskInput;
  SetPodLabelsFields: ResolverTypeWrapper<SetPodLabelsFields>;
  SetPodLabelsInput: SetPodLabelsInput;
  SetPodMtuFields: ResolverTypeWrapper<SetPodMtuFields>;
  SetPodMtuInput: SetPodMtuInput;
  SetUnderlayMtuFields: ResolverTypeWrapper<SetUnderlayMtuFields>;
  SetUnderlayMtuInput: SetUnderlayMtuInput;
  SettingChange: ResolverTypeWrapper<SettingChange>;
  Severity: ResolverTypeWrapper<Severity>;
  SeverityCounts: ResolverTypeWrapper<SeverityCounts>;
  Step: ResolverTypeWrapper<StepParent>;
  StepDetail: ResolverTypeWrapper<StepDetailParent>;
  StepType: ResolverTypeWrapper<StepType>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringChange: ResolverTypeWrapper<StringChange>;
  Subnet: ResolverTypeWrapper<SubnetParent>;
  SubnetHeadroom: ResolverTypeWrapper<Omit<SubnetHeadroom, 'family'> & { family: ResolversTypes['IpFamily'] }>;
  SubnetMtuMismatchDetails: ResolverTypeWrapper<FindingDetailsParent>;
  SubnetPairFamily: ResolverTypeWrapper<Omit<SubnetPairFamily, 'family' | 'packet'> & { family: ResolversTypes['IpFamily'], packet?: Maybe<ResolversTypes['PacketFate']> }>;
  SubnetPairOverhead: ResolverTypeWrapper<Omit<SubnetPairOverhead, 'families'> & { families: ReadonlyArray<ResolversTypes['SubnetPairFamily']> }>;
  SupernetVerdict: ResolverTypeWrapper<Omit<SupernetVerdict, 'blockers'> & { blockers: ReadonlyArray<ResolversTypes['KnownRange']> }>;
  TableCount: ResolverTypeWrapper<TableCount>;
  Topology: ResolverTypeWrapper<TopologyModel>;
  TopologyCounts: ResolverTypeWrapper<TopologyCounts>;
  TopologySummary: ResolverTypeWrapper<TopologySummaryModel>;
  Trace: ResolverTypeWrapper<TraceParent>;
  TraceBranch: ResolverTypeWrapper<TraceBranchParent>;
  TraceOutcome: ResolverTypeWrapper<Omit<TraceOutcome, 'disposition'> & { disposition: ResolversTypes['Disposition'] }>;
  TracePairInput: TracePairInput;
  TraceQuery: ResolverTypeWrapper<Omit<TraceQuery, 'family' | 'protocol'> & { family?: Maybe<ResolversTypes['IpFamily']>, protocol: ResolversTypes['Protocol'] }>;
  TraceResult: ResolverTypeWrapper<TraceResultParent>;
  TrafficCost: ResolverTypeWrapper<Omit<TrafficCost, 'entries'> & { entries: ReadonlyArray<ResolversTypes['TrafficCostEntry']> }>;
  TrafficCostEntry: ResolverTypeWrapper<Omit<TrafficCostEntry, 'family' | 'from' | 'to'> & { family: ResolversTypes['IpFamily'], from: ResolversTypes['TrafficEndpoint'], to: ResolversTypes['TrafficEndpoint'] }>;
  TrafficEndpoint: ResolverTypeWrapper<Omit<TrafficEndpoint, 'kind'> & { kind: ResolversTypes['TrafficEndpointKind'] }>;
  TrafficEndpointInput: TrafficEndpointInput;
  TrafficEndpointKind: ResolverTypeWrapper<TrafficEndpointKind>;
  TrafficEntryInput: TrafficEntryInput;
  TrafficPolicy: ResolverTypeWrapper<TrafficPolicy>;
  TrafficUnresolvedDetails: ResolverTypeWrapper<FindingDetailsParent>;
  Underlay: ResolverTypeWrapper<Omit<Underlay, 'routes' | 'subnets'> & { routes: ReadonlyArray<ResolversTypes['Route']>, subnets: ReadonlyArray<ResolversTypes['Subnet']> }>;
  ValidationResult: ResolverTypeWrapper<Omit<ValidationResult, 'topology'> & { topology?: Maybe<ResolversTypes['Topology']> }>;
  WhatIf: ResolverTypeWrapper<WhatIfParent>;
  WhatIfJobInput: WhatIfJobInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddExternalNetworkFields: AddExternalNetworkFields;
  AddExternalNetworkInput: AddExternalNetworkInput;
  AddNodesFields: AddNodesFields;
  AddNodesInput: AddNodesInput;
  AddPodsFields: Omit<AddPodsFields, 'ports'> & { ports?: Maybe<ReadonlyArray<ResolversParentTypes['ContainerPortFields']>> };
  AddPodsInput: AddPodsInput;
  AddServiceFields: Omit<AddServiceFields, 'ports'> & { ports: ReadonlyArray<ResolversParentTypes['ServicePortFields']> };
  AddServiceInput: AddServiceInput;
  AddSubnetFields: AddSubnetFields;
  AddSubnetInput: AddSubnetInput;
  AddedRemoved: AddedRemoved;
  BeforeAfterStrings: BeforeAfterStrings;
  Boolean: Scalars['Boolean']['output'];
  CalicoPoolCapacity: CalicoPoolCapacity;
  Capacity: CapacityAnswer;
  CapacityDiff: Omit<CapacityDiff, 'nodeCIDRs'> & { nodeCIDRs: ReadonlyArray<ResolversParentTypes['NodeCidrsChange']> };
  CapacityLimit: CapacityLimit;
  CapacityProvider: CapacityProvider;
  CapacityReport: CapacityReportModel;
  CellChange: CellChangeParent;
  CellOnly: Omit<CellOnly, 'side'> & { side: ResolversParentTypes['CellSide'] };
  CellOutcome: CellOutcome;
  CellSide: Omit<CellSide, 'outcomes'> & { outcomes: ReadonlyArray<ResolversParentTypes['CellOutcome']> };
  CidrFields: CidrFields;
  CidrInput: CidrInput;
  CidrsFields: CidrsFields;
  CidrsInput: CidrsInput;
  Citation: Citation;
  Cni: Cni;
  ConflictFinding: Omit<ConflictFinding, 'objects'> & { objects: ReadonlyArray<ResolversParentTypes['ConflictObject']> };
  ConflictFindingConnection: Omit<ConflictFindingConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ConflictFindingEdge']> };
  ConflictFindingEdge: Omit<ConflictFindingEdge, 'node'> & { node: ResolversParentTypes['ConflictFinding'] };
  ConflictObject: ConflictObject;
  ConflictReport: ConflictsAnswer;
  ConflictsDiff: Omit<ConflictsDiff, 'added' | 'removed'> & { added: ReadonlyArray<ResolversParentTypes['ConflictFinding']>, removed: ReadonlyArray<ResolversParentTypes['ConflictFinding']> };
  Connectivity: ConnectivityAnswer;
  ConnectivityChange: ConnectivityChange;
  ConnectivityDecidedBy: ConnectivityDecidedBy;
  ConnectivityDiff: ConnectivityDiff;
  ConnectivityJobInput: ConnectivityJobInput;
  ContainerPort: ContainerPort;
  ContainerPortFields: ContainerPortFields;
  ContainerPortInput: ContainerPortInput;
  CountChange: CountChange;
  CountFigure: CountFigure;
  CrossSubnet: CrossSubnet;
  CrossSubnetNotOfferedDetails: FindingDetailsParent;
  DateTime: Scalars['DateTime']['output'];
  DecidingDifference: Omit<DecidingDifference, 'after' | 'before'> & { after?: Maybe<ResolversParentTypes['DiffStepRef']>, before?: Maybe<ResolversParentTypes['DiffStepRef']> };
  DecidingStep: DecidingStep;
  DeleteResult: DeleteResult;
  DiffOptions: DiffOptions;
  DiffSectionsInput: DiffSectionsInput;
  DiffStepRef: DiffStepRef;
  DiffTraces: Omit<DiffTraces, 'after' | 'before'> & { after?: Maybe<ResolversParentTypes['Trace']>, before?: Maybe<ResolversParentTypes['Trace']> };
  DnsAnswer: Omit<DnsAnswer, 'additional' | 'answers' | 'authority' | 'question'> & { additional: ReadonlyArray<ResolversParentTypes['DnsRecord']>, answers: ReadonlyArray<ResolversParentTypes['DnsRecord']>, authority: ReadonlyArray<ResolversParentTypes['DnsRecord']>, question: ResolversParentTypes['DnsQuestion'] };
  DnsAttempt: Omit<DnsAttempt, 'answer' | 'answers'> & { answer: ResolversParentTypes['DnsAnswer'], answers: ReadonlyArray<ResolversParentTypes['DnsRecord']> };
  DnsFinal: Omit<DnsFinal, 'answers'> & { answers: ReadonlyArray<ResolversParentTypes['DnsRecord']> };
  DnsQuery: DnsQuery;
  DnsQuestion: DnsQuestion;
  DnsRecord: DnsRecord;
  DnsResolution: Omit<DnsResolution, 'attempts' | 'final' | 'resolvConf'> & { attempts: ReadonlyArray<ResolversParentTypes['DnsAttempt']>, final: ResolversParentTypes['DnsFinal'], resolvConf?: Maybe<ResolversParentTypes['ResolvConf']> };
  DnsResult: Omit<DnsResult, 'answer' | 'resolution' | 'server'> & { answer?: Maybe<ResolversParentTypes['DnsAnswer']>, resolution?: Maybe<ResolversParentTypes['DnsResolution']>, server: ResolversParentTypes['DnsServerLookup'] };
  DnsServer: DnsServer;
  DnsServerLookup: Omit<DnsServerLookup, 'server'> & { server?: Maybe<ResolversParentTypes['DnsServer']> };
  DnsStep: DnsStep;
  DroppedOperation: DroppedOperationParent;
  EksInstanceTypeRule: Omit<EksInstanceTypeRule, 'maxPods'> & { maxPods?: Maybe<ResolversParentTypes['EksMaxPods']> };
  EksMaxPods: EksMaxPods;
  EncapOverhead: Omit<EncapOverhead, 'findings' | 'overhead' | 'subnetPairs' | 'traffic'> & { findings: ReadonlyArray<ResolversParentTypes['OverheadFinding']>, overhead: ReadonlyArray<ResolversParentTypes['FamilyOverhead']>, subnetPairs: ReadonlyArray<ResolversParentTypes['SubnetPairOverhead']>, traffic?: Maybe<ResolversParentTypes['TrafficCost']> };
  Encapsulation: Encapsulation;
  Endpoint: EndpointParent;
  EndpointPort: EndpointPort;
  EndpointSlice: EndpointSliceParent;
  ExplicitMtuBelowDerivedDetails: FindingDetailsParent;
  ExplicitMtuTooLargeDetails: FindingDetailsParent;
  ExternalNetwork: ExternalNetwork;
  FamilyNotEncapsulatedDetails: FindingDetailsParent;
  FamilyOverhead: FamilyOverhead;
  FamilyOverheadChange: FamilyOverheadChange;
  FamilyRuleCounts: FamilyRuleCounts;
  FateCounts: FateCounts;
  Figure: Figure;
  FindingsTruncatedDetails: FindingDetailsParent;
  Float: Scalars['Float']['output'];
  Forecast: Omit<Forecast, 'first' | 'items'> & { first?: Maybe<ResolversParentTypes['ForecastFirst']>, items: ReadonlyArray<ResolversParentTypes['ForecastItem']> };
  ForecastFirst: ForecastFirst;
  ForecastGrowth: ForecastGrowth;
  ForecastItem: ForecastItem;
  FreeCidrs: FreeCidrAnswer;
  GkeMaxPods: GkeMaxPods;
  GkePoolRule: GkePoolRule;
  Header: Header;
  HeaderLayer: HeaderLayer;
  Headroom: Headroom;
  Hop: HopParent;
  ID: Scalars['ID']['output'];
  ImportResult: Omit<ImportResult, 'topology'> & { topology: ResolversParentTypes['Topology'] };
  InferFinding: InferFinding;
  InferMissing: InferMissing;
  InferResult: InferAnswer;
  InferSource: InferSource;
  Int: Scalars['Int']['output'];
  IntChange: IntChange;
  IptablesChain: IptablesChain;
  IptablesRule: IptablesRule;
  IptablesRules: Omit<IptablesRules, 'tables'> & { tables: ResolversParentTypes['IptablesTables'] };
  IptablesTable: IptablesTableModel;
  IptablesTables: Omit<IptablesTables, 'filter' | 'nat'> & { filter: ResolversParentTypes['IptablesTable'], nat: ResolversParentTypes['IptablesTable'] };
  IptablesValue: IptablesValue;
  Ipv6MtuBelowMinimumDetails: FindingDetailsParent;
  IpvsCounts: IpvsCounts;
  IpvsIptables: Omit<IpvsIptables, 'tables'> & { tables: ResolversParentTypes['IptablesTables'] };
  IpvsRealServer: IpvsRealServer;
  IpvsRules: Omit<IpvsRules, 'iptables' | 'virtualServers'> & { iptables: ResolversParentTypes['IpvsIptables'], virtualServers: ReadonlyArray<ResolversParentTypes['IpvsVirtualServer']> };
  IpvsSet: IpvsSet;
  IpvsVirtualServer: IpvsVirtualServer;
  JSON: Scalars['JSON']['output'];
  Job: JobModel;
  JobProblem: JobProblem;
  KnownRange: KnownRange;
  KubeProxy: KubeProxy;
  KubeProxyDiff: Omit<KubeProxyDiff, 'mode' | 'nodes'> & { mode: ResolversParentTypes['KubeProxyModeChange'], nodes: ReadonlyArray<ResolversParentTypes['NodeRulesChange']> };
  KubeProxyModeChange: KubeProxyModeChange;
  KubeProxyRules: Omit<KubeProxyRules, 'iptables' | 'ipvs' | 'nftables'> & { iptables?: Maybe<ReadonlyArray<ResolversParentTypes['IptablesRules']>>, ipvs?: Maybe<ReadonlyArray<ResolversParentTypes['IpvsRules']>>, nftables?: Maybe<ReadonlyArray<ResolversParentTypes['NftablesRules']>> };
  KubeProxyWork: KubeProxyWork;
  KubeadmCheck: KubeadmCheck;
  Label: Label;
  LabelInput: LabelInput;
  MatrixCell: Omit<MatrixCell, 'outcomes'> & { outcomes: ReadonlyArray<ResolversParentTypes['MatrixOutcome']> };
  MatrixGroup: MatrixGroup;
  MatrixOutcome: Omit<MatrixOutcome, 'decidingStep'> & { decidingStep?: Maybe<ResolversParentTypes['DecidingStep']> };
  MaxPods: MaxPodsAnswer;
  ModeNotOfferedDetails: FindingDetailsParent;
  ModeRuleCounts: Omit<ModeRuleCounts, 'families'> & { families: ReadonlyArray<ResolversParentTypes['FamilyRuleCounts']> };
  MtuChangeGroup: MtuChangeGroup;
  MtuExcess: MtuExcess;
  MtuRange: MtuRange;
  MtuRuleUnknownDetails: FindingDetailsParent;
  Mutation: Record<PropertyKey, never>;
  NameFields: NameFields;
  NameInput: NameInput;
  NamespacedNameFields: NamespacedNameFields;
  NamespacedNameInput: NamespacedNameInput;
  NftablesCounts: NftablesCounts;
  NftablesRules: NftablesRules;
  Node: NodeParent;
  NodeCIDRMaskSize: NodeCidrMaskSize;
  NodeCidrAssignment: NodeCidrAssignment;
  NodeCidrFailure: NodeCidrFailure;
  NodeCidrFamily: NodeCidrFamily;
  NodeCidrReport: Omit<NodeCidrReport, 'families'> & { families: ReadonlyArray<ResolversParentTypes['NodeCidrFamily']> };
  NodeCidrsChange: NodeCidrsChange;
  NodeMtuChange: NodeMtuChange;
  NodePair: NodePair;
  NodePairExample: NodePairExample;
  NodePodAddresses: NodePodAddresses;
  NodePodCapacity: Omit<NodePodCapacity, 'addresses'> & { addresses: ReadonlyArray<ResolversParentTypes['NodePodAddresses']> };
  NodePodMtu: NodePodMtu;
  NodeRouteFields: Omit<NodeRouteFields, 'route'> & { route: ResolversParentTypes['RouteSpecFields'] };
  NodeRouteInput: NodeRouteInput;
  NodeRouteTable: Omit<NodeRouteTable, 'routes'> & { routes: ReadonlyArray<ResolversParentTypes['Route']> };
  NodeRuleTotal: NodeRuleTotal;
  NodeRulesChange: Omit<NodeRulesChange, 'after' | 'before'> & { after?: Maybe<ResolversParentTypes['NodeRuleTotal']>, before?: Maybe<ResolversParentTypes['NodeRuleTotal']> };
  NullableStringChange: NullableStringChange;
  Operation: OperationParent;
  OperationInput: OperationInput;
  OverheadDiff: Omit<OverheadDiff, 'findings' | 'overhead'> & { findings: ResolversParentTypes['OverheadFindingsDiff'], overhead: ReadonlyArray<ResolversParentTypes['FamilyOverheadChange']> };
  OverheadFinding: OverheadFindingModel;
  OverheadFindingDetails: ResolversUnionTypes<ResolversParentTypes>['OverheadFindingDetails'];
  OverheadFindingsDiff: Omit<OverheadFindingsDiff, 'added' | 'removed'> & { added: ReadonlyArray<ResolversParentTypes['OverheadFinding']>, removed: ReadonlyArray<ResolversParentTypes['OverheadFinding']> };
  Packet: Omit<Packet, 'inner' | 'outer'> & { inner: ResolversParentTypes['Header'], outer?: Maybe<ResolversParentTypes['Header']> };
  PacketFate: PacketFate;
  PageInfo: PageInfo;
  PairDiff: PairDiffParent;
  PairSide: Omit<PairSide, 'trace'> & { trace?: Maybe<ResolversParentTypes['Trace']> };
  Plan: PlanModel;
  PlanFamilyRanges: Omit<PlanFamilyRanges, 'ranges'> & { ranges: ReadonlyArray<ResolversParentTypes['PlanRange']> };
  PlanInput: PlanInput;
  PlanRange: PlanRange;
  PlanTargets: PlanTargets;
  Pod: PodParent;
  PodCapacityChange: PodCapacityChange;
  PodCapacityReport: Omit<PodCapacityReport, 'calico' | 'nodes' | 'pools'> & { calico: ReadonlyArray<ResolversParentTypes['CalicoPoolCapacity']>, nodes: ReadonlyArray<ResolversParentTypes['NodePodCapacity']>, pools: ReadonlyArray<ResolversParentTypes['PodPool']> };
  PodCapacityTotals: PodCapacityTotals;
  PodConnection: Omit<PodConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['PodEdge']> };
  PodEdge: Omit<PodEdge, 'node'> & { node: ResolversParentTypes['Pod'] };
  PodMtuExceedsPathDetails: FindingDetailsParent;
  PodPool: PodPool;
  PolicyConnection: PolicyConnection;
  PolicyConnectionConnection: PolicyConnectionConnection;
  PolicyConnectionEdge: PolicyConnectionEdge;
  PolicyManifestFields: PolicyManifestFields;
  PolicyManifestInput: PolicyManifestInput;
  PolicyStep: PolicyStep;
  PrefixDelegation: PrefixDelegation;
  Problem: Problem;
  PromoteResult: Omit<PromoteResult, 'scenario'> & { scenario: ResolversParentTypes['Scenario'] };
  ProviderRules: Omit<ProviderRules, 'instanceTypes'> & { instanceTypes?: Maybe<ReadonlyArray<ResolversParentTypes['EksInstanceTypeRule']>> };
  Query: Record<PropertyKey, never>;
  Reachability: ReachabilityParent;
  ReachabilityDiff: ReachabilityDiffParent;
  ReachabilityMatrix: ReachabilityMatrixModel;
  ReachabilityMatrixJobInput: ReachabilityMatrixJobInput;
  RebaseResult: Omit<RebaseResult, 'dropped' | 'scenario'> & { dropped: ReadonlyArray<ResolversParentTypes['DroppedOperation']>, scenario: ResolversParentTypes['Scenario'] };
  RemoveNodeFields: RemoveNodeFields;
  RemoveNodeInput: RemoveNodeInput;
  RemoveNodeRouteFields: RemoveNodeRouteFields;
  RemoveNodeRouteInput: RemoveNodeRouteInput;
  RemovePodsFields: RemovePodsFields;
  RemovePodsInput: RemovePodsInput;
  RemoveRouteFields: RemoveRouteFields;
  RemoveRouteInput: RemoveRouteInput;
  ResolvConf: ResolvConf;
  Route: Route;
  RouteFields: Omit<RouteFields, 'route'> & { route: ResolversParentTypes['RouteSpecFields'] };
  RouteInput: RouteInput;
  RouteSpecFields: RouteSpecFields;
  RouteSpecInput: RouteSpecInput;
  RuleCounts: Omit<RuleCounts, 'modes'> & { modes: ReadonlyArray<ResolversParentTypes['ModeRuleCounts']> };
  ScaleServiceFields: ScaleServiceFields;
  ScaleServiceInput: ScaleServiceInput;
  Scenario: ScenarioModel;
  ScenarioDiff: ScenarioDiffParent;
  ScenarioDiffJobInput: ScenarioDiffJobInput;
  ScenarioDiffResult: DiffResultParent;
  Service: ServiceParent;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ServiceEdge']> };
  ServiceDynamicBand: ServiceDynamicBand;
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceIpsChange: ServiceIpsChange;
  ServicePort: ServicePortModel;
  ServicePortFields: ServicePortFields;
  ServicePortInput: ServicePortInput;
  ServiceRangeReport: ServiceRangeReport;
  ServiceStaticBand: ServiceStaticBand;
  SetCniFields: SetCniFields;
  SetCniInput: SetCniInput;
  SetKubeProxyFields: SetKubeProxyFields;
  SetKubeProxyInput: SetKubeProxyInput;
  SetNamespaceLabelsFields: SetNamespaceLabelsFields;
  SetNamespaceLabelsInput: SetNamespaceLabelsInput;
  SetNodeMaskFields: SetNodeMaskFields;
  SetNodeMaskInput: SetNodeMaskInput;
  SetPodLabelsFields: SetPodLabelsFields;
  SetPodLabelsInput: SetPodLabelsInput;
  SetPodMtuFields: SetPodMtuFields;
  SetPodMtuInput: SetPodMtuInput;
  SetUnderlayMtuFields: SetUnderlayMtuFields;
  SetUnderlayMtuInput: SetUnderlayMtuInput;
  SettingChange: SettingChange;
  SeverityCounts: SeverityCounts;
  Step: StepParent;
  StepDetail: StepDetailParent;
  String: Scalars['String']['output'];
  StringChange: StringChange;
  Subnet: SubnetParent;
  SubnetHeadroom: SubnetHeadroom;
  SubnetMtuMismatchDetails: FindingDetailsParent;
  SubnetPairFamily: Omit<SubnetPairFamily, 'packet'> & { packet?: Maybe<ResolversParentTypes['PacketFate']> };
  SubnetPairOverhead: Omit<SubnetPairOverhead, 'families'> & { families: ReadonlyArray<ResolversParentTypes['SubnetPairFamily']> };
  SupernetVerdict: Omit<SupernetVerdict, 'blockers'> & { blockers: ReadonlyArray<ResolversParentTypes['KnownRange']> };
  TableCount: TableCount;
  Topology: TopologyModel;
  TopologyCounts: TopologyCounts;
  TopologySummary: TopologySummaryModel;
  Trace: TraceParent;
  TraceBranch: TraceBranchParent;
  TraceOutcome: TraceOutcome;
  TracePairInput: TracePairInput;
  TraceQuery: TraceQuery;
  TraceResult: TraceResultParent;
  TrafficCost: Omit<TrafficCost, 'entries'> & { entries: ReadonlyArray<ResolversParentTypes['TrafficCostEntry']> };
  TrafficCostEntry: Omit<TrafficCostEntry, 'from' | 'to'> & { from: ResolversParentTypes['TrafficEndpoint'], to: ResolversParentTypes['TrafficEndpoint'] };
  TrafficEndpoint: TrafficEndpoint;
  TrafficEndpointInput: TrafficEndpointInput;
  TrafficEntryInput: TrafficEntryInput;
  TrafficUnresolvedDetails: FindingDetailsParent;
  Underlay: Omit<Underlay, 'routes' | 'subnets'> & { routes: ReadonlyArray<ResolversParentTypes['Route']>, subnets: ReadonlyArray<ResolversParentTypes['Subnet']> };
  ValidationResult: Omit<ValidationResult, 'topology'> & { topology?: Maybe<ResolversParentTypes['Topology']> };
  WhatIf: WhatIfParent;
  WhatIfJobInput: WhatIfJobInput;
};

export type AddExternalNetworkFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddExternalNetworkFields'] = ResolversParentTypes['AddExternalNetworkFields']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ExternalNetworkKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddNodesFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddNodesFields'] = ResolversParentTypes['AddNodesFields']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labels?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  maxPods?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  namePattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podCIDRs?: Resolver<Maybe<ReadonlyArray<ReadonlyArray<ResolversTypes['String']>>>, ParentType, ContextType>;
  secondarySubnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subnet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddPodsFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddPodsFields'] = ResolversParentTypes['AddPodsFields']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostNetwork?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  labels?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  namePrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeSelector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  ports?: Resolver<Maybe<ReadonlyArray<ResolversTypes['ContainerPortFields']>>, ParentType, ContextType>;
};

export type AddServiceFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddServiceFields'] = ResolversParentTypes['AddServiceFields']> = {
  clusterIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTrafficPolicy?: Resolver<Maybe<ResolversTypes['TrafficPolicy']>, ParentType, ContextType>;
  internalTrafficPolicy?: Resolver<Maybe<ResolversTypes['TrafficPolicy']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeSelector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  ports?: Resolver<ReadonlyArray<ResolversTypes['ServicePortFields']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ServiceType']>, ParentType, ContextType>;
};

export type AddSubnetFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddSubnetFields'] = ResolversParentTypes['AddSubnetFields']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AddedRemovedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddedRemoved'] = ResolversParentTypes['AddedRemoved']> = {
  added?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BeforeAfterStringsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BeforeAfterStrings'] = ResolversParentTypes['BeforeAfterStrings']> = {
  after?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CalicoPoolCapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalicoPoolCapacity'] = ResolversParentTypes['CalicoPoolCapacity']> = {
  blockAddresses?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blockSize?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  blocks?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  maxBlocksPerHost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  perNodeAddressLimit?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  strictAffinity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tunnelAddressesPerNode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CapacityDiagramArgs, 'format'>>;
  failBelow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headroom?: Resolver<ReadonlyArray<ResolversTypes['Headroom']>, ParentType, ContextType>;
  lowest?: Resolver<Maybe<ResolversTypes['Headroom']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['CapacityReport'], ParentType, ContextType>;
};

export type CapacityDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityDiff'] = ResolversParentTypes['CapacityDiff']> = {
  controllerError?: Resolver<ResolversTypes['NullableStringChange'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
  nodeCIDRs?: Resolver<ReadonlyArray<ResolversTypes['NodeCidrsChange']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
  pods?: Resolver<ResolversTypes['PodCapacityChange'], ParentType, ContextType>;
  serviceIPs?: Resolver<ReadonlyArray<ResolversTypes['ServiceIpsChange']>, ParentType, ContextType>;
};

export type CapacityLimitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityLimit'] = ResolversParentTypes['CapacityLimit']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CapacityProviderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityProvider'] = ResolversParentTypes['CapacityProvider']> = {
  ipam?: Resolver<ResolversTypes['IpamKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type CapacityReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CapacityReport'] = ResolversParentTypes['CapacityReport']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<ReadonlyArray<ResolversTypes['Citation']>, ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['Forecast']>, ParentType, ContextType>;
  nodeCIDRs?: Resolver<ResolversTypes['NodeCidrReport'], ParentType, ContextType>;
  pods?: Resolver<ResolversTypes['PodCapacityReport'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['CapacityProvider'], ParentType, ContextType>;
  providerRules?: Resolver<ResolversTypes['ProviderRules'], ParentType, ContextType>;
  services?: Resolver<ReadonlyArray<ResolversTypes['ServiceRangeReport']>, ParentType, ContextType>;
  topology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  underlay?: Resolver<ReadonlyArray<ResolversTypes['SubnetHeadroom']>, ParentType, ContextType>;
};

export type CellChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellChange'] = ResolversParentTypes['CellChange']> = {
  after?: Resolver<ResolversTypes['CellSide'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CellSide'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  decidingDifference?: Resolver<Maybe<ResolversTypes['DecidingDifference']>, ParentType, ContextType>;
  decidingStepAfter?: Resolver<Maybe<ResolversTypes['DiffStepRef']>, ParentType, ContextType>;
  example?: Resolver<Maybe<ResolversTypes['NodePair']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  traces?: Resolver<ResolversTypes['DiffTraces'], ParentType, ContextType>;
};

export type CellDispositionResolvers = { DELIVERED: 'DELIVERED', DENIED: 'DENIED', DROPPED: 'DROPPED', EXITS_CLUSTER: 'EXITS_CLUSTER', INSUFFICIENT_INFO: 'INSUFFICIENT_INFO', LOOP: 'LOOP', MIXED: 'MIXED', MTU_EXCEEDED: 'MTU_EXCEEDED', NEXT_HOP_UNREACHABLE: 'NEXT_HOP_UNREACHABLE', NO_ENDPOINTS: 'NO_ENDPOINTS', NO_ROUTE: 'NO_ROUTE' };

export type CellOnlyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellOnly'] = ResolversParentTypes['CellOnly']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['CellSide'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CellOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellOutcome'] = ResolversParentTypes['CellOutcome']> = {
  disposition?: Resolver<ResolversTypes['Disposition'], ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CellSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellSide'] = ResolversParentTypes['CellSide']> = {
  disposition?: Resolver<ResolversTypes['CellDisposition'], ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<ReadonlyArray<ResolversTypes['CellOutcome']>, ParentType, ContextType>;
};

export type ChangeKindResolvers = { CHANGED: 'changed', GAINED: 'gained', LOST: 'lost' };

export type CidrFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CidrFields'] = ResolversParentTypes['CidrFields']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CidrsFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CidrsFields'] = ResolversParentTypes['CidrsFields']> = {
  cidrs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CniResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cni'] = ResolversParentTypes['Cni']> = {
  bridge?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  crossSubnet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overlay?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['CniPlugin'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vni?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CniPluginResolvers = { AWS_VPC_CNI: 'aws-vpc-cni', BRIDGE: 'bridge', CALICO: 'calico', CILIUM: 'cilium', FLANNEL: 'flannel', GENERIC: 'generic', KUBENET: 'kubenet', WEAVE: 'weave' };

export type ConflictFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictFinding'] = ResolversParentTypes['ConflictFinding']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objects?: Resolver<ReadonlyArray<ResolversTypes['ConflictObject']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type ConflictFindingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictFindingConnection'] = ResolversParentTypes['ConflictFindingConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ConflictFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConflictFindingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictFindingEdge'] = ResolversParentTypes['ConflictFindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConflictFinding'], ParentType, ContextType>;
};

export type ConflictObjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictObject'] = ResolversParentTypes['ConflictObject']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictObjectKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConflictObjectKindResolvers = { CLUSTER_IP: 'clusterIP', EXTERNAL_IP: 'externalIP', EXTERNAL_NETWORK: 'externalNetwork', LOAD_BALANCER_IP: 'loadBalancerIP', NAMESPACE: 'namespace', NETWORK_POLICY: 'networkPolicy', NODE_IP: 'nodeIP', NODE_POD_CIDR: 'nodePodCIDR', POD: 'pod', POD_CIDR: 'podCIDR', POD_IP: 'podIP', SERVICE_CIDR: 'serviceCIDR', SUBNET: 'subnet' };

export type ConflictReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictReport'] = ResolversParentTypes['ConflictReport']> = {
  counts?: Resolver<ResolversTypes['SeverityCounts'], ParentType, ContextType>;
  failOn?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['ConflictFindingConnection'], ParentType, ContextType, Partial<ConflictReportFindingsArgs>>;
};

export type ConflictsDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictsDiff'] = ResolversParentTypes['ConflictsDiff']> = {
  added?: Resolver<ReadonlyArray<ResolversTypes['ConflictFinding']>, ParentType, ContextType>;
  after?: Resolver<ResolversTypes['SeverityCounts'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['SeverityCounts'], ParentType, ContextType>;
  removed?: Resolver<ReadonlyArray<ResolversTypes['ConflictFinding']>, ParentType, ContextType>;
};

export type ConnectivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Connectivity'] = ResolversParentTypes['Connectivity']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['PolicyConnectionConnection'], ParentType, ContextType, Partial<ConnectivityConnectionsArgs>>;
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ConnectivityDiagramArgs, 'format'>>;
  enforced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ConnectivityLevel'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConnectivityChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectivityChange'] = ResolversParentTypes['ConnectivityChange']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['ConnectivityDecidedBy'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gained?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectivityDecidedByResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectivityDecidedBy'] = ResolversParentTypes['ConnectivityDecidedBy']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConnectivityDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConnectivityDiff'] = ResolversParentTypes['ConnectivityDiff']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<ReadonlyArray<ResolversTypes['ConnectivityChange']>, ParentType, ContextType>;
  gained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectivityLevelResolvers = { POD: 'pod', WORKLOAD: 'workload' };

export type ContainerPortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContainerPort'] = ResolversParentTypes['ContainerPort']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  containerPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['Protocol'], ParentType, ContextType>;
};

export type ContainerPortFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContainerPortFields'] = ResolversParentTypes['ContainerPortFields']> = {
  containerPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
};

export type CountChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountChange'] = ResolversParentTypes['CountChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountFigure'] = ResolversParentTypes['CountFigure']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CrossSubnetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrossSubnet'] = ResolversParentTypes['CrossSubnet']> = {
  effective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrossSubnetNotOfferedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrossSubnetNotOfferedDetails'] = ResolversParentTypes['CrossSubnetNotOfferedDetails']> = {
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['CniPlugin'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecidingDifferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecidingDifference'] = ResolversParentTypes['DecidingDifference']> = {
  after?: Resolver<Maybe<ResolversTypes['DiffStepRef']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['DiffStepRef']>, ParentType, ContextType>;
};

export type DecidingStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecidingStep'] = ResolversParentTypes['DecidingStep']> = {
  netns?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StepType'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiffStepRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiffStepRef'] = ResolversParentTypes['DiffStepRef']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  netns?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StepType'], ParentType, ContextType>;
};

export type DiffTracesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiffTraces'] = ResolversParentTypes['DiffTraces']> = {
  after?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType>;
};

export type DispositionResolvers = { DELIVERED: 'DELIVERED', DENIED: 'DENIED', DROPPED: 'DROPPED', EXITS_CLUSTER: 'EXITS_CLUSTER', INSUFFICIENT_INFO: 'INSUFFICIENT_INFO', LOOP: 'LOOP', MTU_EXCEEDED: 'MTU_EXCEEDED', NEXT_HOP_UNREACHABLE: 'NEXT_HOP_UNREACHABLE', NO_ENDPOINTS: 'NO_ENDPOINTS', NO_ROUTE: 'NO_ROUTE' };

export type DnsAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsAnswer'] = ResolversParentTypes['DnsAnswer']> = {
  additional?: Resolver<ReadonlyArray<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['DnsAnsweredBy'], ParentType, ContextType>;
  answers?: Resolver<ReadonlyArray<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  authority?: Resolver<ReadonlyArray<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['DnsQuestion'], ParentType, ContextType>;
  rcode?: Resolver<Maybe<ResolversTypes['DnsRcode']>, ParentType, ContextType>;
};

export type DnsAnsweredByResolvers = { KUBERNETES: 'kubernetes', NONE: 'none', UPSTREAM: 'upstream' };

export type DnsAttemptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsAttempt'] = ResolversParentTypes['DnsAttempt']> = {
  answer?: Resolver<ResolversTypes['DnsAnswer'], ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['DnsAnsweredBy'], ParentType, ContextType>;
  answers?: Resolver<ReadonlyArray<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rcode?: Resolver<Maybe<ResolversTypes['DnsRcode']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsQueryType'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['DnsQueryVia'], ParentType, ContextType>;
};

export type DnsFinalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsFinal'] = ResolversParentTypes['DnsFinal']> = {
  answers?: Resolver<ReadonlyArray<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DnsFinalStatus'], ParentType, ContextType>;
};

export type DnsFinalStatusResolvers = { ANSWER: 'ANSWER', ERROR: 'ERROR', NODATA: 'NODATA', NXDOMAIN: 'NXDOMAIN', REFUSED: 'REFUSED', SERVFAIL: 'SERVFAIL', UPSTREAM: 'UPSTREAM' };

export type DnsPolicyResolvers = { ClusterFirst: 'ClusterFirst', Default: 'Default' };

export type DnsQueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsQuery'] = ResolversParentTypes['DnsQuery']> = {
  answers?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DnsQueryTypeResolvers = { A: 'A', AAAA: 'AAAA', ANY: 'ANY', AXFR: 'AXFR', CNAME: 'CNAME', HINFO: 'HINFO', IXFR: 'IXFR', MX: 'MX', NS: 'NS', PTR: 'PTR', SOA: 'SOA', SRV: 'SRV', TXT: 'TXT' };

export type DnsQueryViaResolvers = { AS_IS: 'as-is', SEARCH: 'search' };

export type DnsQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsQuestion'] = ResolversParentTypes['DnsQuestion']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsQueryType'], ParentType, ContextType>;
};

export type DnsRcodeResolvers = { NOERROR: 'NOERROR', NXDOMAIN: 'NXDOMAIN', REFUSED: 'REFUSED', SERVFAIL: 'SERVFAIL' };

export type DnsRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsRecord'] = ResolversParentTypes['DnsRecord']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expire?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refresh?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ttl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsQueryType'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DnsResolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsResolution'] = ResolversParentTypes['DnsResolution']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  attempts?: Resolver<ReadonlyArray<ResolversTypes['DnsAttempt']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  final?: Resolver<ResolversTypes['DnsFinal'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvConf?: Resolver<Maybe<ResolversTypes['ResolvConf']>, ParentType, ContextType>;
  resolver?: Resolver<ResolversTypes['DnsResolver'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsQueryType'], ParentType, ContextType>;
};

export type DnsResolverResolvers = { GLIBC: 'glibc', MUSL: 'musl' };

export type DnsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsResult'] = ResolversParentTypes['DnsResult']> = {
  answer?: Resolver<Maybe<ResolversTypes['DnsAnswer']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DnsResultKind'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['DnsResolution']>, ParentType, ContextType>;
  server?: Resolver<ResolversTypes['DnsServerLookup'], ParentType, ContextType>;
};

export type DnsResultKindResolvers = { QUERY: 'query', RESOLUTION: 'resolution' };

export type DnsServerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsServer'] = ResolversParentTypes['DnsServer']> = {
  addresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  foundBy?: Resolver<ResolversTypes['DnsServerFoundBy'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readyEndpoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DnsServerFoundByResolvers = { CONVENTIONAL_ADDRESS: 'conventional-address', KUBE_DNS_NAME: 'kube-dns-name' };

export type DnsServerLookupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsServerLookup'] = ResolversParentTypes['DnsServerLookup']> = {
  conventionalAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  server?: Resolver<Maybe<ResolversTypes['DnsServer']>, ParentType, ContextType>;
};

export type DnsStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DnsStep'] = ResolversParentTypes['DnsStep']> = {
  addresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  answer?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameserver?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ndots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queries?: Resolver<ReadonlyArray<ResolversTypes['DnsQuery']>, ParentType, ContextType>;
  resolver?: Resolver<ResolversTypes['DnsResolver'], ParentType, ContextType>;
  search?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  server?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DnsFinalStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DroppedOperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DroppedOperation'] = ResolversParentTypes['DroppedOperation']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['Operation'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type EksInstanceTypeRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EksInstanceTypeRule'] = ResolversParentTypes['EksInstanceTypeRule']> = {
  instanceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPods?: Resolver<Maybe<ResolversTypes['EksMaxPods']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EksMaxPodsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EksMaxPods'] = ResolversParentTypes['EksMaxPods']> = {
  ceiling?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  eniMaxPodsFile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enisForPods?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hypervisor?: Resolver<ResolversTypes['Hypervisor'], ParentType, ContextType>;
  instanceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ipv4PerEni?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitsFrom?: Resolver<ResolversTypes['EniLimitSource'], ParentType, ContextType>;
  maxAllowed?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  maxPods?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  podAddresses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefixDelegation?: Resolver<ResolversTypes['PrefixDelegation'], ParentType, ContextType>;
  vcpus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EncapOverheadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EncapOverhead'] = ResolversParentTypes['EncapOverhead']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  crossSubnet?: Resolver<ResolversTypes['CrossSubnet'], ParentType, ContextType>;
  dontFragment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explicitMtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  families?: Resolver<ReadonlyArray<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  findings?: Resolver<ReadonlyArray<ResolversTypes['OverheadFinding']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['NodePodMtu']>, ParentType, ContextType>;
  notes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  overhead?: Resolver<ReadonlyArray<ResolversTypes['FamilyOverhead']>, ParentType, ContextType>;
  packetSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['CniPlugin'], ParentType, ContextType>;
  subnetPairs?: Resolver<ReadonlyArray<ResolversTypes['SubnetPairOverhead']>, ParentType, ContextType>;
  traffic?: Resolver<Maybe<ResolversTypes['TrafficCost']>, ParentType, ContextType>;
};

export type EncapsulationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Encapsulation'] = ResolversParentTypes['Encapsulation']> = {
  bytesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layers?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outerDst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outerSrc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vni?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EndpointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Endpoint'] = ResolversParentTypes['Endpoint']> = {
  addresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetPod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EndpointAddressTypeResolvers = { FQDN: 'FQDN', IPv4: 'IPv4', IPv6: 'IPv6' };

export type EndpointPortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndpointPort'] = ResolversParentTypes['EndpointPort']> = {
  appProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['Protocol'], ParentType, ContextType>;
};

export type EndpointSliceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndpointSlice'] = ResolversParentTypes['EndpointSlice']> = {
  addressType?: Resolver<ResolversTypes['EndpointAddressType'], ParentType, ContextType>;
  endpoints?: Resolver<ReadonlyArray<ResolversTypes['Endpoint']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<ReadonlyArray<ResolversTypes['EndpointPort']>, ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EniLimitSourceResolvers = { INPUT: 'input', PUBLISHED: 'published', TABLE: 'table', TABLE_INPUT: 'table+input' };

export type ExplicitMtuBelowDerivedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExplicitMtuBelowDerivedDetails'] = ResolversParentTypes['ExplicitMtuBelowDerivedDetails']> = {
  explicitMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  smallestDerivedMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExplicitMtuTooLargeDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExplicitMtuTooLargeDetails'] = ResolversParentTypes['ExplicitMtuTooLargeDetails']> = {
  excess?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explicitMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  overhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  smallestPathMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalNetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalNetwork'] = ResolversParentTypes['ExternalNetwork']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExternalNetworkKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExternalNetworkKindResolvers = { ON_PREM: 'on-prem', OTHER: 'other', PEERING: 'peering', RESERVED: 'reserved', VPC: 'vpc' };

export type FamilyNotEncapsulatedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FamilyNotEncapsulatedDetails'] = ResolversParentTypes['FamilyNotEncapsulatedDetails']> = {
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  supported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FamilyOverheadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FamilyOverhead'] = ResolversParentTypes['FamilyOverhead']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encapsulating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  layers?: Resolver<ReadonlyArray<ResolversTypes['HeaderLayer']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outerFamily?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  supported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  variable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FamilyOverheadChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FamilyOverheadChange'] = ResolversParentTypes['FamilyOverheadChange']> = {
  after?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
};

export type FamilyRuleCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FamilyRuleCounts'] = ResolversParentTypes['FamilyRuleCounts']> = {
  chains?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  elements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['TableCount']>, ParentType, ContextType>;
  ipsetEntries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  iptablesRules?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  nat?: Resolver<Maybe<ResolversTypes['TableCount']>, ParentType, ContextType>;
  realServers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rules?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sets?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  virtualServers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FateResolvers = { FITS: 'fits', FRAGMENTED: 'fragmented', MTU_EXCEEDED: 'MTU_EXCEEDED' };

export type FateCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FateCounts'] = ResolversParentTypes['FateCounts']> = {
  MTU_EXCEEDED?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fragmented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FateLimitResolvers = { PATH_MTU: 'path-mtu', POD_MTU: 'pod-mtu' };

export type FigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingsTruncatedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingsTruncatedDetails'] = ResolversParentTypes['FindingsTruncatedDetails']> = {
  code?: Resolver<ResolversTypes['OverheadFindingCode'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ForecastResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = {
  first?: Resolver<Maybe<ResolversTypes['ForecastFirst']>, ParentType, ContextType>;
  growth?: Resolver<ResolversTypes['ForecastGrowth'], ParentType, ContextType>;
  items?: Resolver<ReadonlyArray<ResolversTypes['ForecastItem']>, ParentType, ContextType>;
};

export type ForecastFirstResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastFirst'] = ResolversParentTypes['ForecastFirst']> = {
  family?: Resolver<Maybe<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['HeadroomResource'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForecastGrowthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastGrowth'] = ResolversParentTypes['ForecastGrowth']> = {
  nodesPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  podsPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  servicesPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ForecastItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastItem'] = ResolversParentTypes['ForecastItem']> = {
  available?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  perMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['HeadroomResource'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FreeCidrsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FreeCidrs'] = ResolversParentTypes['FreeCidrs']> = {
  avoided?: Resolver<ReadonlyArray<ResolversTypes['KnownRange']>, ParentType, ContextType>;
  citations?: Resolver<ReadonlyArray<ResolversTypes['Citation']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  found?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supernets?: Resolver<ReadonlyArray<ResolversTypes['SupernetVerdict']>, ParentType, ContextType>;
};

export type GkeMaxPodsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GkeMaxPods'] = ResolversParentTypes['GkeMaxPods']> = {
  addresses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPodsPerNode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeRange?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
};

export type GkePoolRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GkePoolRule'] = ResolversParentTypes['GkePoolRule']> = {
  maxNodesInPodRange?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  maxPodsPerNode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeRange?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupByResolvers = { NODE: 'node', SUBNET: 'subnet', ZONE: 'zone' };

export type HeaderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Header'] = ResolversParentTypes['Header']> = {
  dst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dstPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['HeaderProtocol'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  src?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  srcPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type HeaderLayerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HeaderLayer'] = ResolversParentTypes['HeaderLayer']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HeaderProtocolResolvers = { ESP: 'ESP', IPIP: 'IPIP', SCTP: 'SCTP', TCP: 'TCP', UDP: 'UDP' };

export type HeadroomResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Headroom'] = ResolversParentTypes['Headroom']> = {
  family?: Resolver<Maybe<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  free?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['HeadroomResource'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HeadroomResourceResolvers = { NODE_ADDRESSES: 'nodeAddresses', NODE_CIDRS: 'nodeCIDRs', POD_IPS: 'podIPs', SERVICE_IPS: 'serviceIPs' };

export type HopResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  netns?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeObject?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType>;
  steps?: Resolver<ReadonlyArray<ResolversTypes['Step']>, ParentType, ContextType>;
};

export type HypervisorResolvers = { NITRO: 'nitro', UNKNOWN: 'unknown', XEN: 'xen' };

export type ImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inferences?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  topology?: Resolver<ResolversTypes['Topology'], ParentType, ContextType>;
  warnings?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type InferFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InferFinding'] = ResolversParentTypes['InferFinding']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type InferMissingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InferMissing'] = ResolversParentTypes['InferMissing']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplyWith?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InferResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InferResult'] = ResolversParentTypes['InferResult']> = {
  documents?: Resolver<ReadonlyArray<ResolversTypes['JSON']>, ParentType, ContextType>;
  explicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<ReadonlyArray<ResolversTypes['InferFinding']>, ParentType, ContextType>;
  missing?: Resolver<ReadonlyArray<ResolversTypes['InferMissing']>, ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['InferSource']>, ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InferSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InferSource'] = ResolversParentTypes['InferSource']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntChange'] = ResolversParentTypes['IntChange']> = {
  after?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IpFamilyResolvers = { IPv4: 'IPv4', IPv6: 'IPv6' };

export type IpFamilyPolicyResolvers = { PreferDualStack: 'PreferDualStack', RequireDualStack: 'RequireDualStack', SingleStack: 'SingleStack' };

export type IpamKindResolvers = { AWS_VPC_CNI: 'aws-vpc-cni', AZURE_OVERLAY: 'azure-overlay', CALICO_IPAM: 'calico-ipam', CILIUM: 'cilium', GKE_ALIAS: 'gke-alias', HOST_LOCAL: 'host-local', WEAVE: 'weave' };

export type IptablesChainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesChain'] = ResolversParentTypes['IptablesChain']> = {
  bytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packets?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rules?: Resolver<ReadonlyArray<ResolversTypes['IptablesRule']>, ParentType, ContextType>;
};

export type IptablesRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesRule'] = ResolversParentTypes['IptablesRule']> = {
  affinityCheck?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  affinityName?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  affinityReap?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  affinitySeconds?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  affinitySet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  ctStateCheck?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  destinationAddress?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  destinationPort?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  destinationType?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  dnatDestination?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  jump?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  markCheck?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  matchSet?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  orMark?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  randomFully?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceAddress?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  sourcePort?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  statisticMode?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
  xorMark?: Resolver<Maybe<ResolversTypes['IptablesValue']>, ParentType, ContextType>;
};

export type IptablesRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesRules'] = ResolversParentTypes['IptablesRules']> = {
  command?: Resolver<ResolversTypes['RestoreCommand'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostAddresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  jumpRules?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  largeClusterMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masqueradeMark?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tables?: Resolver<ResolversTypes['IptablesTables'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IptablesTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesTable'] = ResolversParentTypes['IptablesTable']> = {
  chainLines?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  chains?: Resolver<ReadonlyArray<ResolversTypes['IptablesChain']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['IptablesTableName'], ParentType, ContextType>;
  ruleLines?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IptablesTableNameResolvers = { FILTER: 'filter', NAT: 'nat' };

export type IptablesTablesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesTables'] = ResolversParentTypes['IptablesTables']> = {
  filter?: Resolver<ResolversTypes['IptablesTable'], ParentType, ContextType>;
  nat?: Resolver<ResolversTypes['IptablesTable'], ParentType, ContextType>;
};

export type IptablesValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IptablesValue'] = ResolversParentTypes['IptablesValue']> = {
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Ipv6MtuBelowMinimumDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ipv6MtuBelowMinimumDetails'] = ResolversParentTypes['Ipv6MtuBelowMinimumDetails']> = {
  podMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IpvsCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsCounts'] = ResolversParentTypes['IpvsCounts']> = {
  ipsetEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  iptablesRules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realServers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  virtualServers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IpvsIptablesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsIptables'] = ResolversParentTypes['IpvsIptables']> = {
  command?: Resolver<ResolversTypes['RestoreCommand'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jumpRules?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  nat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tables?: Resolver<ResolversTypes['IptablesTables'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IpvsRealServerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsRealServer'] = ResolversParentTypes['IpvsRealServer']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IpvsRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsRules'] = ResolversParentTypes['IpvsRules']> = {
  boundAddresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['IpvsCounts'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  ipsets?: Resolver<ReadonlyArray<ResolversTypes['IpvsSet']>, ParentType, ContextType>;
  iptables?: Resolver<ResolversTypes['IpvsIptables'], ParentType, ContextType>;
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  virtualServers?: Resolver<ReadonlyArray<ResolversTypes['IpvsVirtualServer']>, ParentType, ContextType>;
};

export type IpvsSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsSet'] = ResolversParentTypes['IpvsSet']> = {
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IpvsVirtualServerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpvsVirtualServer'] = ResolversParentTypes['IpvsVirtualServer']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IpvsVirtualServerKind'], ParentType, ContextType>;
  persistenceTimeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['Protocol'], ParentType, ContextType>;
  realServers?: Resolver<ReadonlyArray<ResolversTypes['IpvsRealServer']>, ParentType, ContextType>;
  scheduler?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IpvsVirtualServerKindResolvers = { ClusterIP: 'ClusterIP', ExternalIP: 'ExternalIP', LoadBalancer: 'LoadBalancer', NodePort: 'NodePort' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connectivity?: Resolver<Maybe<ResolversTypes['Connectivity']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  diff?: Resolver<Maybe<ResolversTypes['ScenarioDiffResult']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobKind'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['JobProblem']>, ParentType, ContextType>;
  reachabilityMatrix?: Resolver<Maybe<ResolversTypes['ReachabilityMatrix']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JobState'], ParentType, ContextType>;
  topology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topologyVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobKindResolvers = { CONNECTIVITY: 'connectivity', REACHABILITY_MATRIX: 'reachabilityMatrix', SCENARIO_DIFF: 'scenarioDiff', WHAT_IF: 'whatIf' };

export type JobProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JobProblem'] = ResolversParentTypes['JobProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type JobStateResolvers = { CANCELLED: 'cancelled', FAILED: 'failed', QUEUED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type KnownRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnownRange'] = ResolversParentTypes['KnownRange']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['KnownRangeSource'], ParentType, ContextType>;
};

export type KnownRangeSourceResolvers = { AVOID: 'avoid', EXTERNAL_NETWORK: 'externalNetwork', NODE_POD_CIDR: 'nodePodCIDR', PLANNED: 'planned', POD_CIDR: 'podCIDR', SERVICE_CIDR: 'serviceCIDR', SUBNET: 'subnet' };

export type KubeProxyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxy'] = ResolversParentTypes['KubeProxy']> = {
  clusterCIDRs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  localhostNodePorts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masqueradeAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masqueradeBit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  nodePortAddresses?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KubeProxyDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxyDiff'] = ResolversParentTypes['KubeProxyDiff']> = {
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KubeProxyModeChange'], ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['NodeRulesChange']>, ParentType, ContextType>;
  work?: Resolver<ResolversTypes['KubeProxyWork'], ParentType, ContextType>;
};

export type KubeProxyModeResolvers = { IPTABLES: 'iptables', IPVS: 'ipvs', NFTABLES: 'nftables', NONE: 'none' };

export type KubeProxyModeChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxyModeChange'] = ResolversParentTypes['KubeProxyModeChange']> = {
  after?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
};

export type KubeProxyRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxyRules'] = ResolversParentTypes['KubeProxyRules']> = {
  iptables?: Resolver<Maybe<ReadonlyArray<ResolversTypes['IptablesRules']>>, ParentType, ContextType>;
  ipvs?: Resolver<Maybe<ReadonlyArray<ResolversTypes['IpvsRules']>>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  nftables?: Resolver<Maybe<ReadonlyArray<ResolversTypes['NftablesRules']>>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KubeProxyWorkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxyWork'] = ResolversParentTypes['KubeProxyWork']> = {
  endpointMapsBuilt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCounted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesReused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KubeadmCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeadmCheck'] = ResolversParentTypes['KubeadmCheck']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LabelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatrixCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixCell'] = ResolversParentTypes['MatrixCell']> = {
  disposition?: Resolver<ResolversTypes['CellDisposition'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<ReadonlyArray<ResolversTypes['MatrixOutcome']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatrixGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixGroup'] = ResolversParentTypes['MatrixGroup']> = {
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatrixOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatrixOutcome'] = ResolversParentTypes['MatrixOutcome']> = {
  decidingStep?: Resolver<Maybe<ResolversTypes['DecidingStep']>, ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['Disposition'], ParentType, ContextType>;
  example?: Resolver<ResolversTypes['NodePairExample'], ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MaxPodsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaxPods'] = ResolversParentTypes['MaxPods']> = {
  citations?: Resolver<ReadonlyArray<ResolversTypes['Citation']>, ParentType, ContextType>;
  eks?: Resolver<Maybe<ResolversTypes['EksMaxPods']>, ParentType, ContextType>;
  gke?: Resolver<Maybe<ResolversTypes['GkeMaxPods']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type ModeNotOfferedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModeNotOfferedDetails'] = ResolversParentTypes['ModeNotOfferedDetails']> = {
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  offered?: Resolver<ReadonlyArray<ResolversTypes['OverlayMode']>, ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['CniPlugin'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModeRuleCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModeRuleCounts'] = ResolversParentTypes['ModeRuleCounts']> = {
  errors?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  families?: Resolver<ReadonlyArray<ResolversTypes['FamilyRuleCounts']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MtuChangeGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MtuChangeGroup'] = ResolversParentTypes['MtuChangeGroup']> = {
  after?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MtuExcessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MtuExcess'] = ResolversParentTypes['MtuExcess']> = {
  overhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MtuRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MtuRange'] = ResolversParentTypes['MtuRange']> = {
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MtuRuleUnknownDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MtuRuleUnknownDetails'] = ResolversParentTypes['MtuRuleUnknownDetails']> = {
  mode?: Resolver<ResolversTypes['OverlayMode'], ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['CniPlugin'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addScenarioOperations?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationAddScenarioOperationsArgs, 'name' | 'operations'>>;
  cancelJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCancelJobArgs, 'id'>>;
  createScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationCreateScenarioArgs, 'name' | 'topology'>>;
  deleteTopology?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTopologyArgs, 'name'>>;
  discardScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationDiscardScenarioArgs, 'name'>>;
  importTopology?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTopologyArgs, 'document' | 'replace'>>;
  promoteScenario?: Resolver<ResolversTypes['PromoteResult'], ParentType, ContextType, RequireFields<MutationPromoteScenarioArgs, 'name'>>;
  rebaseScenario?: Resolver<ResolversTypes['RebaseResult'], ParentType, ContextType, RequireFields<MutationRebaseScenarioArgs, 'name'>>;
  removeScenarioOperation?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationRemoveScenarioOperationArgs, 'index' | 'name'>>;
  submitJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationSubmitJobArgs, 'topology'>>;
};

export type NameFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NameFields'] = ResolversParentTypes['NameFields']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NamespacedNameFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NamespacedNameFields'] = ResolversParentTypes['NamespacedNameFields']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NftablesCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NftablesCounts'] = ResolversParentTypes['NftablesCounts']> = {
  chains?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NftablesRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NftablesRules'] = ResolversParentTypes['NftablesRules']> = {
  counts?: Resolver<ResolversTypes['NftablesCounts'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  externalIPs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  internalIPs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<ReadonlyArray<ResolversTypes['Label']>, ParentType, ContextType>;
  maxPods?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podCIDRs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  pods?: Resolver<ReadonlyArray<ResolversTypes['Pod']>, ParentType, ContextType>;
  routes?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Route']>>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['Subnet']>, ParentType, ContextType>;
  subnetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeCidrMaskSizeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCIDRMaskSize'] = ResolversParentTypes['NodeCIDRMaskSize']> = {
  ipv4?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ipv6?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeCidrAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCidrAssignment'] = ResolversParentTypes['NodeCidrAssignment']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeCidrFailureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCidrFailure'] = ResolversParentTypes['NodeCidrFailure']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeCidrFamilyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCidrFamily'] = ResolversParentTypes['NodeCidrFamily']> = {
  assignedAtStartup?: Resolver<ReadonlyArray<ResolversTypes['NodeCidrAssignment']>, ParentType, ContextType>;
  blocks?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  clusterCIDR?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  freeRanges?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  freeRangesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  next?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  nodeMaskSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedByNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedByServiceRange?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeCidrReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCidrReport'] = ResolversParentTypes['NodeCidrReport']> = {
  controllerError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedAtStartup?: Resolver<ReadonlyArray<ResolversTypes['NodeCidrFailure']>, ParentType, ContextType>;
  families?: Resolver<ReadonlyArray<ResolversTypes['NodeCidrFamily']>, ParentType, ContextType>;
  kubeadm?: Resolver<ReadonlyArray<ResolversTypes['KubeadmCheck']>, ParentType, ContextType>;
  maxNodes?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesWithoutPodCIDRs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceFilterErrors?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeCidrsChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCidrsChange'] = ResolversParentTypes['NodeCidrsChange']> = {
  blocks?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  clusterCIDR?: Resolver<ResolversTypes['NullableStringChange'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
};

export type NodeMtuChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeMtuChange'] = ResolversParentTypes['NodeMtuChange']> = {
  after?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodePairResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePair'] = ResolversParentTypes['NodePair']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodePairExampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePairExample'] = ResolversParentTypes['NodePairExample']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodePodAddressesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePodAddresses'] = ResolversParentTypes['NodePodAddresses']> = {
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  podCIDR?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
};

export type NodePodCapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePodCapacity'] = ResolversParentTypes['NodePodCapacity']> = {
  addresses?: Resolver<ReadonlyArray<ResolversTypes['NodePodAddresses']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  headroom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instanceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxPods?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overcommitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  podIPsInUse?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podsPlaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodePodMtuResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePodMtu'] = ResolversParentTypes['NodePodMtu']> = {
  derivedMtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deviceMtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hostMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podMtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeRouteFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeRouteFields'] = ResolversParentTypes['NodeRouteFields']> = {
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['RouteSpecFields'], ParentType, ContextType>;
};

export type NodeRouteTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeRouteTable'] = ResolversParentTypes['NodeRouteTable']> = {
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routes?: Resolver<ReadonlyArray<ResolversTypes['Route']>, ParentType, ContextType>;
};

export type NodeRuleTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeRuleTotal'] = ResolversParentTypes['NodeRuleTotal']> = {
  mode?: Resolver<ResolversTypes['KubeProxyMode'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeRulesChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeRulesChange'] = ResolversParentTypes['NodeRulesChange']> = {
  after?: Resolver<Maybe<ResolversTypes['NodeRuleTotal']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['NodeRuleTotal']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NullableStringChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NullableStringChange'] = ResolversParentTypes['NullableStringChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Operation'] = ResolversParentTypes['Operation']> = {
  addAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  addBaselineAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  addClusterCIDR?: Resolver<Maybe<ResolversTypes['CidrFields']>, ParentType, ContextType>;
  addExternalNetwork?: Resolver<Maybe<ResolversTypes['AddExternalNetworkFields']>, ParentType, ContextType>;
  addNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  addNodeRoute?: Resolver<Maybe<ResolversTypes['NodeRouteFields']>, ParentType, ContextType>;
  addNodes?: Resolver<Maybe<ResolversTypes['AddNodesFields']>, ParentType, ContextType>;
  addPods?: Resolver<Maybe<ResolversTypes['AddPodsFields']>, ParentType, ContextType>;
  addService?: Resolver<Maybe<ResolversTypes['AddServiceFields']>, ParentType, ContextType>;
  addSubnet?: Resolver<Maybe<ResolversTypes['AddSubnetFields']>, ParentType, ContextType>;
  addUnderlayRoute?: Resolver<Maybe<ResolversTypes['RouteFields']>, ParentType, ContextType>;
  removeAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['NameFields']>, ParentType, ContextType>;
  removeBaselineAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  removeExternalNetwork?: Resolver<Maybe<ResolversTypes['NameFields']>, ParentType, ContextType>;
  removeNetworkPolicy?: Resolver<Maybe<ResolversTypes['NamespacedNameFields']>, ParentType, ContextType>;
  removeNode?: Resolver<Maybe<ResolversTypes['RemoveNodeFields']>, ParentType, ContextType>;
  removeNodeRoute?: Resolver<Maybe<ResolversTypes['RemoveNodeRouteFields']>, ParentType, ContextType>;
  removePods?: Resolver<Maybe<ResolversTypes['RemovePodsFields']>, ParentType, ContextType>;
  removeService?: Resolver<Maybe<ResolversTypes['NamespacedNameFields']>, ParentType, ContextType>;
  removeSubnet?: Resolver<Maybe<ResolversTypes['NameFields']>, ParentType, ContextType>;
  removeUnderlayRoute?: Resolver<Maybe<ResolversTypes['RemoveRouteFields']>, ParentType, ContextType>;
  replaceAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  replaceBaselineAdminNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  replaceNetworkPolicy?: Resolver<Maybe<ResolversTypes['PolicyManifestFields']>, ParentType, ContextType>;
  scaleService?: Resolver<Maybe<ResolversTypes['ScaleServiceFields']>, ParentType, ContextType>;
  setClusterCIDRs?: Resolver<Maybe<ResolversTypes['CidrsFields']>, ParentType, ContextType>;
  setCni?: Resolver<Maybe<ResolversTypes['SetCniFields']>, ParentType, ContextType>;
  setKubeProxy?: Resolver<Maybe<ResolversTypes['SetKubeProxyFields']>, ParentType, ContextType>;
  setNamespaceLabels?: Resolver<Maybe<ResolversTypes['SetNamespaceLabelsFields']>, ParentType, ContextType>;
  setNodeMask?: Resolver<Maybe<ResolversTypes['SetNodeMaskFields']>, ParentType, ContextType>;
  setPodLabels?: Resolver<Maybe<ResolversTypes['SetPodLabelsFields']>, ParentType, ContextType>;
  setPodMtu?: Resolver<Maybe<ResolversTypes['SetPodMtuFields']>, ParentType, ContextType>;
  setServiceCIDRs?: Resolver<Maybe<ResolversTypes['CidrsFields']>, ParentType, ContextType>;
  setUnderlayMtu?: Resolver<Maybe<ResolversTypes['SetUnderlayMtuFields']>, ParentType, ContextType>;
};

export type OverheadDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverheadDiff'] = ResolversParentTypes['OverheadDiff']> = {
  assumptions?: Resolver<ResolversTypes['BeforeAfterStrings'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['OverheadFindingsDiff'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['StringChange'], ParentType, ContextType>;
  overhead?: Resolver<ReadonlyArray<ResolversTypes['FamilyOverheadChange']>, ParentType, ContextType>;
  podMtu?: Resolver<ReadonlyArray<ResolversTypes['NodeMtuChange']>, ParentType, ContextType>;
  podMtuGroups?: Resolver<ReadonlyArray<ResolversTypes['MtuChangeGroup']>, ParentType, ContextType>;
};

export type OverheadFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverheadFinding'] = ResolversParentTypes['OverheadFinding']> = {
  code?: Resolver<ResolversTypes['OverheadFindingCode'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['OverheadFindingDetails'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type OverheadFindingCodeResolvers = { CROSS_SUBNET_NOT_OFFERED: 'CROSS_SUBNET_NOT_OFFERED', EXPLICIT_MTU_BELOW_DERIVED: 'EXPLICIT_MTU_BELOW_DERIVED', EXPLICIT_MTU_TOO_LARGE: 'EXPLICIT_MTU_TOO_LARGE', FAMILY_NOT_ENCAPSULATED: 'FAMILY_NOT_ENCAPSULATED', FINDINGS_TRUNCATED: 'FINDINGS_TRUNCATED', IPV6_MTU_BELOW_MINIMUM: 'IPV6_MTU_BELOW_MINIMUM', MODE_NOT_OFFERED: 'MODE_NOT_OFFERED', MTU_RULE_UNKNOWN: 'MTU_RULE_UNKNOWN', POD_MTU_EXCEEDS_PATH: 'POD_MTU_EXCEEDS_PATH', SUBNET_MTU_MISMATCH: 'SUBNET_MTU_MISMATCH', TRAFFIC_UNRESOLVED: 'TRAFFIC_UNRESOLVED' };

export type OverheadFindingDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverheadFindingDetails'] = ResolversParentTypes['OverheadFindingDetails']> = {
  __resolveType: TypeResolveFn<'CrossSubnetNotOfferedDetails' | 'ExplicitMtuBelowDerivedDetails' | 'ExplicitMtuTooLargeDetails' | 'FamilyNotEncapsulatedDetails' | 'FindingsTruncatedDetails' | 'Ipv6MtuBelowMinimumDetails' | 'ModeNotOfferedDetails' | 'MtuRuleUnknownDetails' | 'PodMtuExceedsPathDetails' | 'SubnetMtuMismatchDetails' | 'TrafficUnresolvedDetails', ParentType, ContextType>;
};

export type OverheadFindingsDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverheadFindingsDiff'] = ResolversParentTypes['OverheadFindingsDiff']> = {
  added?: Resolver<ReadonlyArray<ResolversTypes['OverheadFinding']>, ParentType, ContextType>;
  removed?: Resolver<ReadonlyArray<ResolversTypes['OverheadFinding']>, ParentType, ContextType>;
};

export type OverlayModeResolvers = { BGP: 'bgp', GENEVE: 'geneve', HOST_GW: 'host-gw', IPIP: 'ipip', IPSEC: 'ipsec', NONE: 'none', UDP: 'udp', VXLAN: 'vxlan', WIREGUARD: 'wireguard' };

export type PacketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Packet'] = ResolversParentTypes['Packet']> = {
  inner?: Resolver<ResolversTypes['Header'], ParentType, ContextType>;
  outer?: Resolver<Maybe<ResolversTypes['Header']>, ParentType, ContextType>;
};

export type PacketFateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PacketFate'] = ResolversParentTypes['PacketFate']> = {
  efficiency?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fate?: Resolver<ResolversTypes['Fate'], ParentType, ContextType>;
  fragments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitedBy?: Resolver<Maybe<ResolversTypes['FateLimit']>, ParentType, ContextType>;
  nodePairsByFate?: Resolver<ResolversTypes['FateCounts'], ParentType, ContextType>;
  packetSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wireBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PairDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairDiff'] = ResolversParentTypes['PairDiff']> = {
  after?: Resolver<ResolversTypes['PairSide'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['PairSide'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['ChangeKind']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidingDifference?: Resolver<Maybe<ResolversTypes['DecidingDifference']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PairSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairSide'] = ResolversParentTypes['PairSide']> = {
  disposition?: Resolver<Maybe<ResolversTypes['Disposition']>, ParentType, ContextType>;
  errors?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  reachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trace?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  citations?: Resolver<ReadonlyArray<ResolversTypes['Citation']>, ParentType, ContextType>;
  families?: Resolver<ReadonlyArray<ResolversTypes['PlanFamilyRanges']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  reasoning?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['PlanTargets'], ParentType, ContextType>;
};

export type PlanFamilyResolvers = { DUAL: 'dual', IPV4: 'ipv4', IPV6: 'ipv6' };

export type PlanFamilyRangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanFamilyRanges'] = ResolversParentTypes['PlanFamilyRanges']> = {
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  nodeMask?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  ranges?: Resolver<ReadonlyArray<ResolversTypes['PlanRange']>, ParentType, ContextType>;
};

export type PlanRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanRange'] = ResolversParentTypes['PlanRange']> = {
  cidr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PlanRangeRole'], ParentType, ContextType>;
};

export type PlanRangeRoleResolvers = { NODE_SUBNET: 'nodeSubnet', POD_CIDR: 'podCIDR', SERVICE_CIDR: 'serviceCIDR' };

export type PlanTargetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanTargets'] = ResolversParentTypes['PlanTargets']> = {
  maxPodsPerNode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod']> = {
  hostNetwork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ips?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<ReadonlyArray<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ports?: Resolver<ReadonlyArray<ResolversTypes['ContainerPort']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PodCapacityChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodCapacityChange'] = ResolversParentTypes['PodCapacityChange']> = {
  capacity?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
  headroom?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
  placed?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
};

export type PodCapacityReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodCapacityReport'] = ResolversParentTypes['PodCapacityReport']> = {
  calico?: Resolver<ReadonlyArray<ResolversTypes['CalicoPoolCapacity']>, ParentType, ContextType>;
  ipam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['NodePodCapacity']>, ParentType, ContextType>;
  pools?: Resolver<ReadonlyArray<ResolversTypes['PodPool']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PodCapacityTotals'], ParentType, ContextType>;
};

export type PodCapacityTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodCapacityTotals'] = ResolversParentTypes['PodCapacityTotals']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headroom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podIPsInUse?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podsPlaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unscheduledPods?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PodConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodConnection'] = ResolversParentTypes['PodConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PodEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PodEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodEdge'] = ResolversParentTypes['PodEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pod'], ParentType, ContextType>;
};

export type PodMtuExceedsPathDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodMtuExceedsPathDetails'] = ResolversParentTypes['PodMtuExceedsPathDetails']> = {
  excess?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  fromSubnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toSubnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PodPoolResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PodPool'] = ResolversParentTypes['PodPool']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podIPsInUse?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  allowed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyConnectionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyConnectionConnection'] = ResolversParentTypes['PolicyConnectionConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PolicyConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyConnectionEdge'] = ResolversParentTypes['PolicyConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType>;
};

export type PolicyDeciderResolvers = { AdminNetworkPolicy: 'AdminNetworkPolicy', BaselineAdminNetworkPolicy: 'BaselineAdminNetworkPolicy', DEFAULT: 'default', NONE: 'none', NetworkPolicy: 'NetworkPolicy' };

export type PolicyDirectionResolvers = { Egress: 'Egress', Ingress: 'Ingress' };

export type PolicyManifestFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyManifestFields'] = ResolversParentTypes['PolicyManifestFields']> = {
  policy?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type PolicyStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyStep'] = ResolversParentTypes['PolicyStep']> = {
  allowedBy?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  decidedIn?: Resolver<ResolversTypes['PolicyDecider'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['PolicyDirection'], ParentType, ContextType>;
  enforced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isolatedBy?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['PolicyVerdict'], ParentType, ContextType>;
};

export type PolicyVerdictResolvers = { ALLOWED: 'allowed', DENIED: 'denied' };

export type PrefixDelegationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PrefixDelegation'] = ResolversParentTypes['PrefixDelegation']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Problem'] = ResolversParentTypes['Problem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PromoteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromoteResult'] = ResolversParentTypes['PromoteResult']> = {
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProtocolResolvers = { SCTP: 'SCTP', TCP: 'TCP', UDP: 'UDP' };

export type ProviderResolvers = { AKS: 'aks', CALICO: 'calico', EKS: 'eks', GENERIC: 'generic', GKE: 'gke' };

export type ProviderRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderRules'] = ResolversParentTypes['ProviderRules']> = {
  instanceTypes?: Resolver<Maybe<ReadonlyArray<ResolversTypes['EksInstanceTypeRule']>>, ParentType, ContextType>;
  maxNodes?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  podCIDR?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podRange?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pools?: Resolver<Maybe<ReadonlyArray<ResolversTypes['GkePoolRule']>>, ParentType, ContextType>;
  problems?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exportTopology?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportTopologyArgs, 'format' | 'name'>>;
  inferTopology?: Resolver<ResolversTypes['InferResult'], ParentType, ContextType, RequireFields<QueryInferTopologyArgs, 'dump'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  maxPods?: Resolver<ResolversTypes['MaxPods'], ParentType, ContextType, RequireFields<QueryMaxPodsArgs, 'provider'>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<QueryPlanArgs, 'input'>>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'name'>>;
  scenarioHistory?: Resolver<ReadonlyArray<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioHistoryArgs, 'topology'>>;
  scenarios?: Resolver<ReadonlyArray<ResolversTypes['Scenario']>, ParentType, ContextType, Partial<QueryScenariosArgs>>;
  topologies?: Resolver<ReadonlyArray<ResolversTypes['TopologySummary']>, ParentType, ContextType>;
  topology?: Resolver<Maybe<ResolversTypes['Topology']>, ParentType, ContextType, RequireFields<QueryTopologyArgs, 'name'>>;
  validateTopology?: Resolver<ResolversTypes['ValidationResult'], ParentType, ContextType, RequireFields<QueryValidateTopologyArgs, 'document'>>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'operations' | 'topology'>>;
};

export type ReachabilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reachability'] = ResolversParentTypes['Reachability']> = {
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ReachabilityDiagramArgs, 'format'>>;
  disposition?: Resolver<Maybe<ResolversTypes['Disposition']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trace?: Resolver<Maybe<ResolversTypes['Trace']>, ParentType, ContextType>;
};

export type ReachabilityDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReachabilityDiff'] = ResolversParentTypes['ReachabilityDiff']> = {
  added?: Resolver<ReadonlyArray<ResolversTypes['CellOnly']>, ParentType, ContextType>;
  assumptions?: Resolver<ResolversTypes['BeforeAfterStrings'], ParentType, ContextType>;
  cellsCompared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ReadonlyArray<ResolversTypes['CellChange']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['GroupBy'], ParentType, ContextType>;
  pairs?: Resolver<ReadonlyArray<ResolversTypes['PairDiff']>, ParentType, ContextType>;
  removed?: Resolver<ReadonlyArray<ResolversTypes['CellOnly']>, ParentType, ContextType>;
};

export type ReachabilityMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReachabilityMatrix'] = ResolversParentTypes['ReachabilityMatrix']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  cells?: Resolver<ReadonlyArray<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ReachabilityMatrixDiagramArgs, 'format'>>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['GroupBy'], ParentType, ContextType>;
  groups?: Resolver<ReadonlyArray<ResolversTypes['MatrixGroup']>, ParentType, ContextType>;
  tracesRun?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RebaseResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RebaseResult'] = ResolversParentTypes['RebaseResult']> = {
  dropped?: Resolver<ReadonlyArray<ResolversTypes['DroppedOperation']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType>;
};

export type RemoveNodeFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveNodeFields'] = ResolversParentTypes['RemoveNodeFields']> = {
  drain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemoveNodeRouteFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveNodeRouteFields'] = ResolversParentTypes['RemoveNodeRouteFields']> = {
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RemovePodsFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemovePodsFields'] = ResolversParentTypes['RemovePodsFields']> = {
  names?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
};

export type RemoveRouteFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveRouteFields'] = ResolversParentTypes['RemoveRouteFields']> = {
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResolvConfResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResolvConf'] = ResolversParentTypes['ResolvConf']> = {
  nameservers?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  ndots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  options?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['DnsPolicy'], ParentType, ContextType>;
  search?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RestoreCommandResolvers = { IP6TABLES_RESTORE: 'ip6tables-restore', IPTABLES_RESTORE: 'iptables-restore' };

export type RouteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Route'] = ResolversParentTypes['Route']> = {
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dev?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onlink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  src?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RouteType'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RouteFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteFields'] = ResolversParentTypes['RouteFields']> = {
  route?: Resolver<ResolversTypes['RouteSpecFields'], ParentType, ContextType>;
};

export type RouteSpecFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteSpecFields'] = ResolversParentTypes['RouteSpecFields']> = {
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dev?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onlink?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  src?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RouteType']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RouteTypeResolvers = { BLACKHOLE: 'blackhole', LOCAL: 'local', PROHIBIT: 'prohibit', UNICAST: 'unicast', UNREACHABLE: 'unreachable' };

export type RuleCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleCounts'] = ResolversParentTypes['RuleCounts']> = {
  modes?: Resolver<ReadonlyArray<ResolversTypes['ModeRuleCounts']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScaleServiceFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScaleServiceFields'] = ResolversParentTypes['ScaleServiceFields']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeSelector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = {
  baseMoved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentBaseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diff?: Resolver<ResolversTypes['ScenarioDiffResult'], ParentType, ContextType, Partial<ScenarioDiffArgs>>;
  fork?: Resolver<ResolversTypes['Topology'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<ReadonlyArray<ResolversTypes['Operation']>, ParentType, ContextType>;
  promotedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  promotedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScenarioStatus'], ParentType, ContextType>;
  topology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScenarioDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioDiff'] = ResolversParentTypes['ScenarioDiff']> = {
  assumptions?: Resolver<ResolversTypes['AddedRemoved'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['CapacityDiff']>, ParentType, ContextType>;
  changes?: Resolver<ReadonlyArray<ResolversTypes['SettingChange']>, ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['ConflictsDiff'], ParentType, ContextType>;
  connectivity?: Resolver<Maybe<ResolversTypes['ConnectivityDiff']>, ParentType, ContextType>;
  kubeProxy?: Resolver<Maybe<ResolversTypes['KubeProxyDiff']>, ParentType, ContextType>;
  overhead?: Resolver<ResolversTypes['OverheadDiff'], ParentType, ContextType>;
  reachability?: Resolver<ResolversTypes['ReachabilityDiff'], ParentType, ContextType>;
  reused?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioDiffResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioDiffResult'] = ResolversParentTypes['ScenarioDiffResult']> = {
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ScenarioDiffResultDiagramArgs, 'format'>>;
  diff?: Resolver<ResolversTypes['ScenarioDiff'], ParentType, ContextType>;
  notes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioStatusResolvers = { DISCARDED: 'discarded', OPEN: 'open', PROMOTED: 'promoted' };

export type ServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  clusterIPs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  endpointSlices?: Resolver<ReadonlyArray<ResolversTypes['EndpointSlice']>, ParentType, ContextType>;
  externalIPs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  externalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTrafficPolicy?: Resolver<ResolversTypes['TrafficPolicy'], ParentType, ContextType>;
  headless?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  healthCheckNodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  internalTrafficPolicy?: Resolver<ResolversTypes['TrafficPolicy'], ParentType, ContextType>;
  ipFamilies?: Resolver<ReadonlyArray<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  ipFamilyPolicy?: Resolver<Maybe<ResolversTypes['IpFamilyPolicy']>, ParentType, ContextType>;
  labels?: Resolver<ReadonlyArray<ResolversTypes['Label']>, ParentType, ContextType>;
  loadBalancerIPs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  loadBalancerSourceRanges?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<ReadonlyArray<ResolversTypes['ServicePort']>, ParentType, ContextType>;
  publishNotReadyAddresses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  selector?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Label']>>, ParentType, ContextType>;
  sessionAffinity?: Resolver<ResolversTypes['SessionAffinity'], ParentType, ContextType>;
  sessionAffinityTimeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ServiceType'], ParentType, ContextType>;
};

export type ServiceAllocatorResolvers = { BITMAP: 'bitmap', DUAL_WRITE: 'dual-write', IPADDRESS: 'ipaddress' };

export type ServiceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceDynamicBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceDynamicBand'] = ResolversParentTypes['ServiceDynamicBand']> = {
  first?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceIpsChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceIpsChange'] = ResolversParentTypes['ServiceIpsChange']> = {
  allocatable?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  cidr?: Resolver<ResolversTypes['NullableStringChange'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['CountChange'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['IntChange'], ParentType, ContextType>;
};

export type ServicePortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServicePort'] = ResolversParentTypes['ServicePort']> = {
  appProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['Protocol'], ParentType, ContextType>;
  targetPort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServicePortFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServicePortFields'] = ResolversParentTypes['ServicePortFields']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
  targetPort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceRangeReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceRangeReport'] = ResolversParentTypes['ServiceRangeReport']> = {
  allocatable?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  allocator?: Resolver<ResolversTypes['ServiceAllocator'], ParentType, ContextType>;
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dynamicBand?: Resolver<ResolversTypes['ServiceDynamicBand'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  firstAllocatable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  free?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeDynamic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeStatic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastAllocatable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<ReadonlyArray<ResolversTypes['CapacityLimit']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
  staticBand?: Resolver<ResolversTypes['ServiceStaticBand'], ParentType, ContextType>;
  unallocatableInUse?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedDynamic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedStatic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceStaticBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceStaticBand'] = ResolversParentTypes['ServiceStaticBand']> = {
  first?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
};

export type ServiceTypeResolvers = { ClusterIP: 'ClusterIP', ExternalName: 'ExternalName', LoadBalancer: 'LoadBalancer', NodePort: 'NodePort' };

export type SessionAffinityResolvers = { ClientIP: 'ClientIP', None: 'None' };

export type SetCniFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetCniFields'] = ResolversParentTypes['SetCniFields']> = {
  bridge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  crossSubnet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  overlay?: Resolver<Maybe<ResolversTypes['OverlayMode']>, ParentType, ContextType>;
  plugin?: Resolver<Maybe<ResolversTypes['CniPlugin']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vni?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SetKubeProxyFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetKubeProxyFields'] = ResolversParentTypes['SetKubeProxyFields']> = {
  clusterCIDRs?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  localhostNodePorts?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  masqueradeAll?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  masqueradeBit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['KubeProxyMode']>, ParentType, ContextType>;
  nodePortAddresses?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SetNamespaceLabelsFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetNamespaceLabelsFields'] = ResolversParentTypes['SetNamespaceLabelsFields']> = {
  labels?: Resolver<ReadonlyArray<ResolversTypes['Label']>, ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetNodeMaskFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetNodeMaskFields'] = ResolversParentTypes['SetNodeMaskFields']> = {
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SetPodLabelsFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetPodLabelsFields'] = ResolversParentTypes['SetPodLabelsFields']> = {
  labels?: Resolver<ReadonlyArray<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetPodMtuFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetPodMtuFields'] = ResolversParentTypes['SetPodMtuFields']> = {
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SetUnderlayMtuFieldsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetUnderlayMtuFields'] = ResolversParentTypes['SetUnderlayMtuFields']> = {
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SettingChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SettingChange'] = ResolversParentTypes['SettingChange']> = {
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeverityResolvers = { ERROR: 'error', INFO: 'info', WARNING: 'warning' };

export type SeverityCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeverityCounts'] = ResolversParentTypes['SeverityCounts']> = {
  error?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  info?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Step'] = ResolversParentTypes['Step']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['StepDetail'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StepType'], ParentType, ContextType>;
};

export type StepDetailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StepDetail'] = ResolversParentTypes['StepDetail']> = {
  chains?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dns?: Resolver<Maybe<ResolversTypes['DnsStep']>, ParentType, ContextType>;
  encapsulation?: Resolver<Maybe<ResolversTypes['Encapsulation']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  packetIn?: Resolver<ResolversTypes['Packet'], ParentType, ContextType>;
  packetOut?: Resolver<Maybe<ResolversTypes['Packet']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['PolicyStep']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  routeOrigin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceObject?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  xfrmPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StepTypeResolvers = { DECAPSULATE: 'decapsulate', DELIVER: 'deliver', DNS: 'dns', ENCAPSULATE: 'encapsulate', EXIT: 'exit', FILTER: 'filter', FORWARD: 'forward', NAT: 'nat', ORIGINATE: 'originate', POLICY: 'policy', ROUTING: 'routing', TRANSMIT: 'transmit', XFRM: 'xfrm' };

export type StringChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StringChange'] = ResolversParentTypes['StringChange']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubnetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subnet'] = ResolversParentTypes['Subnet']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubnetHeadroomResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubnetHeadroom'] = ResolversParentTypes['SubnetHeadroom']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podIPs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['CountFigure'], ParentType, ContextType>;
};

export type SubnetMtuMismatchDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubnetMtuMismatchDetails'] = ResolversParentTypes['SubnetMtuMismatchDetails']> = {
  largestMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safePodMtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  smallestMtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subnets?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubnetPairFamilyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubnetPairFamily'] = ResolversParentTypes['SubnetPairFamily']> = {
  encapsulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exceedingNodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  largestUnfragmented?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overheadBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  packet?: Resolver<Maybe<ResolversTypes['PacketFate']>, ParentType, ContextType>;
  supported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  worst?: Resolver<Maybe<ResolversTypes['MtuExcess']>, ParentType, ContextType>;
  worstExcess?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubnetPairOverheadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubnetPairOverhead'] = ResolversParentTypes['SubnetPairOverhead']> = {
  families?: Resolver<ReadonlyArray<ResolversTypes['SubnetPairFamily']>, ParentType, ContextType>;
  fromSubnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathMtu?: Resolver<ResolversTypes['MtuRange'], ParentType, ContextType>;
  toSubnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SupernetVerdictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupernetVerdict'] = ResolversParentTypes['SupernetVerdict']> = {
  blockers?: Resolver<ReadonlyArray<ResolversTypes['KnownRange']>, ParentType, ContextType>;
  blockersTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestFree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supernet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TableCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TableCount'] = ResolversParentTypes['TableCount']> = {
  chains?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopologyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topology'] = ResolversParentTypes['Topology']> = {
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType, Partial<TopologyCapacityArgs>>;
  clusterDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cni?: Resolver<ResolversTypes['Cni'], ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['ConflictReport'], ParentType, ContextType, Partial<TopologyConflictsArgs>>;
  connectivity?: Resolver<ResolversTypes['Connectivity'], ParentType, ContextType, RequireFields<TopologyConnectivityArgs, 'level'>>;
  counts?: Resolver<ResolversTypes['TopologyCounts'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TopologyDiagramArgs, 'format'>>;
  dns?: Resolver<ResolversTypes['DnsResult'], ParentType, ContextType, RequireFields<TopologyDnsArgs, 'name'>>;
  encapOverhead?: Resolver<ResolversTypes['EncapOverhead'], ParentType, ContextType, Partial<TopologyEncapOverheadArgs>>;
  endpointSlices?: Resolver<ReadonlyArray<ResolversTypes['EndpointSlice']>, ParentType, ContextType, Partial<TopologyEndpointSlicesArgs>>;
  externalNetworks?: Resolver<ReadonlyArray<ResolversTypes['ExternalNetwork']>, ParentType, ContextType>;
  freeCidrs?: Resolver<ResolversTypes['FreeCidrs'], ParentType, ContextType, RequireFields<TopologyFreeCidrsArgs, 'prefixLength'>>;
  kubeProxy?: Resolver<ResolversTypes['KubeProxy'], ParentType, ContextType>;
  kubeProxyRules?: Resolver<ResolversTypes['KubeProxyRules'], ParentType, ContextType, Partial<TopologyKubeProxyRulesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<TopologyNodeArgs, 'name'>>;
  nodeCIDRMaskSize?: Resolver<ResolversTypes['NodeCIDRMaskSize'], ParentType, ContextType>;
  nodeRoutes?: Resolver<ReadonlyArray<ResolversTypes['NodeRouteTable']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType, Partial<TopologyNodesArgs>>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<TopologyPodArgs, 'name' | 'namespace'>>;
  podCIDRs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  pods?: Resolver<ResolversTypes['PodConnection'], ParentType, ContextType, Partial<TopologyPodsArgs>>;
  reachability?: Resolver<ResolversTypes['Reachability'], ParentType, ContextType, RequireFields<TopologyReachabilityArgs, 'from' | 'to'>>;
  reachabilityMatrix?: Resolver<ResolversTypes['ReachabilityMatrix'], ParentType, ContextType, RequireFields<TopologyReachabilityMatrixArgs, 'groupBy'>>;
  ruleCounts?: Resolver<ResolversTypes['RuleCounts'], ParentType, ContextType, Partial<TopologyRuleCountsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<TopologyServiceArgs, 'name' | 'namespace'>>;
  serviceCIDRs?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<TopologyServicesArgs>>;
  trace?: Resolver<ResolversTypes['TraceResult'], ParentType, ContextType, RequireFields<TopologyTraceArgs, 'from' | 'to'>>;
  underlay?: Resolver<ResolversTypes['Underlay'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopologyCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopologyCounts'] = ResolversParentTypes['TopologyCounts']> = {
  endpointSlices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pods?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subnets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopologySummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopologySummary'] = ResolversParentTypes['TopologySummary']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TraceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = {
  assumptions?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  branches?: Resolver<Maybe<ReadonlyArray<ResolversTypes['TraceBranch']>>, ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['Disposition'], ParentType, ContextType>;
  hops?: Resolver<ReadonlyArray<ResolversTypes['Hop']>, ParentType, ContextType>;
  outcomes?: Resolver<Maybe<ReadonlyArray<ResolversTypes['TraceOutcome']>>, ParentType, ContextType>;
};

export type TraceBranchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceBranch'] = ResolversParentTypes['TraceBranch']> = {
  endpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trace?: Resolver<ResolversTypes['Trace'], ParentType, ContextType>;
};

export type TraceOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceOutcome'] = ResolversParentTypes['TraceOutcome']> = {
  branches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['Disposition'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TraceQueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceQuery'] = ResolversParentTypes['TraceQuery']> = {
  family?: Resolver<Maybe<ResolversTypes['IpFamily']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packetSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['Protocol'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TraceResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceResult'] = ResolversParentTypes['TraceResult']> = {
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TraceResultDiagramArgs, 'format'>>;
  query?: Resolver<ResolversTypes['TraceQuery'], ParentType, ContextType>;
  trace?: Resolver<ResolversTypes['Trace'], ParentType, ContextType>;
};

export type TrafficCostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrafficCost'] = ResolversParentTypes['TrafficCost']> = {
  entries?: Resolver<ReadonlyArray<ResolversTypes['TrafficCostEntry']>, ParentType, ContextType>;
  totalBytesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalExtraBytesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrafficCostEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrafficCostEntry'] = ResolversParentTypes['TrafficCostEntry']> = {
  bytesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  encapsulatedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  extraBytesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['IpFamily'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['TrafficEndpoint'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['TrafficEndpoint'], ParentType, ContextType>;
  unresolved?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TrafficEndpointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrafficEndpoint'] = ResolversParentTypes['TrafficEndpoint']> = {
  kind?: Resolver<ResolversTypes['TrafficEndpointKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrafficEndpointKindResolvers = { NAMESPACE: 'namespace', NODE: 'node', SERVICE: 'service' };

export type TrafficPolicyResolvers = { Cluster: 'Cluster', Local: 'Local' };

export type TrafficUnresolvedDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrafficUnresolvedDetails'] = ResolversParentTypes['TrafficUnresolvedDetails']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnderlayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Underlay'] = ResolversParentTypes['Underlay']> = {
  mtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  routes?: Resolver<ReadonlyArray<ResolversTypes['Route']>, ParentType, ContextType>;
  subnets?: Resolver<ReadonlyArray<ResolversTypes['Subnet']>, ParentType, ContextType>;
};

export type ValidationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationResult'] = ResolversParentTypes['ValidationResult']> = {
  errors?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
  inferences?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  topology?: Resolver<Maybe<ResolversTypes['Topology']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  warnings?: Resolver<ReadonlyArray<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  diagram?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<WhatIfDiagramArgs, 'format'>>;
  diff?: Resolver<ResolversTypes['ScenarioDiff'], ParentType, ContextType>;
  fork?: Resolver<ResolversTypes['Topology'], ParentType, ContextType>;
  notes?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddExternalNetworkFields?: AddExternalNetworkFieldsResolvers<ContextType>;
  AddNodesFields?: AddNodesFieldsResolvers<ContextType>;
  AddPodsFields?: AddPodsFieldsResolvers<ContextType>;
  AddServiceFields?: AddServiceFieldsResolvers<ContextType>;
  AddSubnetFields?: AddSubnetFieldsResolvers<ContextType>;
  AddedRemoved?: AddedRemovedResolvers<ContextType>;
  BeforeAfterStrings?: BeforeAfterStringsResolvers<ContextType>;
  CalicoPoolCapacity?: CalicoPoolCapacityResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  CapacityDiff?: CapacityDiffResolvers<ContextType>;
  CapacityLimit?: CapacityLimitResolvers<ContextType>;
  CapacityProvider?: CapacityProviderResolvers<ContextType>;
  CapacityReport?: CapacityReportResolvers<ContextType>;
  CellChange?: CellChangeResolvers<ContextType>;
  CellDisposition?: CellDispositionResolvers;
  CellOnly?: CellOnlyResolvers<ContextType>;
  CellOutcome?: CellOutcomeResolvers<ContextType>;
  CellSide?: CellSideResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  CidrFields?: CidrFieldsResolvers<ContextType>;
  CidrsFields?: CidrsFieldsResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Cni?: CniResolvers<ContextType>;
  CniPlugin?: CniPluginResolvers;
  ConflictFinding?: ConflictFindingResolvers<ContextType>;
  ConflictFindingConnection?: ConflictFindingConnectionResolvers<ContextType>;
  ConflictFindingEdge?: ConflictFindingEdgeResolvers<ContextType>;
  ConflictObject?: ConflictObjectResolvers<ContextType>;
  ConflictObjectKind?: ConflictObjectKindResolvers;
  ConflictReport?: ConflictReportResolvers<ContextType>;
  ConflictsDiff?: ConflictsDiffResolvers<ContextType>;
  Connectivity?: ConnectivityResolvers<ContextType>;
  ConnectivityChange?: ConnectivityChangeResolvers<ContextType>;
  ConnectivityDecidedBy?: ConnectivityDecidedByResolvers<ContextType>;
  ConnectivityDiff?: ConnectivityDiffResolvers<ContextType>;
  ConnectivityLevel?: ConnectivityLevelResolvers;
  ContainerPort?: ContainerPortResolvers<ContextType>;
  ContainerPortFields?: ContainerPortFieldsResolvers<ContextType>;
  CountChange?: CountChangeResolvers<ContextType>;
  CountFigure?: CountFigureResolvers<ContextType>;
  CrossSubnet?: CrossSubnetResolvers<ContextType>;
  CrossSubnetNotOfferedDetails?: CrossSubnetNotOfferedDetailsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DecidingDifference?: DecidingDifferenceResolvers<ContextType>;
  DecidingStep?: DecidingStepResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  DiffStepRef?: DiffStepRefResolvers<ContextType>;
  DiffTraces?: DiffTracesResolvers<ContextType>;
  Disposition?: DispositionResolvers;
  DnsAnswer?: DnsAnswerResolvers<ContextType>;
  DnsAnsweredBy?: DnsAnsweredByResolvers;
  DnsAttempt?: DnsAttemptResolvers<ContextType>;
  DnsFinal?: DnsFinalResolvers<ContextType>;
  DnsFinalStatus?: DnsFinalStatusResolvers;
  DnsPolicy?: DnsPolicyResolvers;
  DnsQuery?: DnsQueryResolvers<ContextType>;
  DnsQueryType?: DnsQueryTypeResolvers;
  DnsQueryVia?: DnsQueryViaResolvers;
  DnsQuestion?: DnsQuestionResolvers<ContextType>;
  DnsRcode?: DnsRcodeResolvers;
  DnsRecord?: DnsRecordResolvers<ContextType>;
  DnsResolution?: DnsResolutionResolvers<ContextType>;
  DnsResolver?: DnsResolverResolvers;
  DnsResult?: DnsResultResolvers<ContextType>;
  DnsResultKind?: DnsResultKindResolvers;
  DnsServer?: DnsServerResolvers<ContextType>;
  DnsServerFoundBy?: DnsServerFoundByResolvers;
  DnsServerLookup?: DnsServerLookupResolvers<ContextType>;
  DnsStep?: DnsStepResolvers<ContextType>;
  DroppedOperation?: DroppedOperationResolvers<ContextType>;
  EksInstanceTypeRule?: EksInstanceTypeRuleResolvers<ContextType>;
  EksMaxPods?: EksMaxPodsResolvers<ContextType>;
  EncapOverhead?: EncapOverheadResolvers<ContextType>;
  Encapsulation?: EncapsulationResolvers<ContextType>;
  Endpoint?: EndpointResolvers<ContextType>;
  EndpointAddressType?: EndpointAddressTypeResolvers;
  EndpointPort?: EndpointPortResolvers<ContextType>;
  EndpointSlice?: EndpointSliceResolvers<ContextType>;
  EniLimitSource?: EniLimitSourceResolvers;
  ExplicitMtuBelowDerivedDetails?: ExplicitMtuBelowDerivedDetailsResolvers<ContextType>;
  ExplicitMtuTooLargeDetails?: ExplicitMtuTooLargeDetailsResolvers<ContextType>;
  ExternalNetwork?: ExternalNetworkResolvers<ContextType>;
  ExternalNetworkKind?: ExternalNetworkKindResolvers;
  FamilyNotEncapsulatedDetails?: FamilyNotEncapsulatedDetailsResolvers<ContextType>;
  FamilyOverhead?: FamilyOverheadResolvers<ContextType>;
  FamilyOverheadChange?: FamilyOverheadChangeResolvers<ContextType>;
  FamilyRuleCounts?: FamilyRuleCountsResolvers<ContextType>;
  Fate?: FateResolvers;
  FateCounts?: FateCountsResolvers<ContextType>;
  FateLimit?: FateLimitResolvers;
  Figure?: FigureResolvers<ContextType>;
  FindingsTruncatedDetails?: FindingsTruncatedDetailsResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  ForecastFirst?: ForecastFirstResolvers<ContextType>;
  ForecastGrowth?: ForecastGrowthResolvers<ContextType>;
  ForecastItem?: ForecastItemResolvers<ContextType>;
  FreeCidrs?: FreeCidrsResolvers<ContextType>;
  GkeMaxPods?: GkeMaxPodsResolvers<ContextType>;
  GkePoolRule?: GkePoolRuleResolvers<ContextType>;
  GroupBy?: GroupByResolvers;
  Header?: HeaderResolvers<ContextType>;
  HeaderLayer?: HeaderLayerResolvers<ContextType>;
  HeaderProtocol?: HeaderProtocolResolvers;
  Headroom?: HeadroomResolvers<ContextType>;
  HeadroomResource?: HeadroomResourceResolvers;
  Hop?: HopResolvers<ContextType>;
  Hypervisor?: HypervisorResolvers;
  ImportResult?: ImportResultResolvers<ContextType>;
  InferFinding?: InferFindingResolvers<ContextType>;
  InferMissing?: InferMissingResolvers<ContextType>;
  InferResult?: InferResultResolvers<ContextType>;
  InferSource?: InferSourceResolvers<ContextType>;
  IntChange?: IntChangeResolvers<ContextType>;
  IpFamily?: IpFamilyResolvers;
  IpFamilyPolicy?: IpFamilyPolicyResolvers;
  IpamKind?: IpamKindResolvers;
  IptablesChain?: IptablesChainResolvers<ContextType>;
  IptablesRule?: IptablesRuleResolvers<ContextType>;
  IptablesRules?: IptablesRulesResolvers<ContextType>;
  IptablesTable?: IptablesTableResolvers<ContextType>;
  IptablesTableName?: IptablesTableNameResolvers;
  IptablesTables?: IptablesTablesResolvers<ContextType>;
  IptablesValue?: IptablesValueResolvers<ContextType>;
  Ipv6MtuBelowMinimumDetails?: Ipv6MtuBelowMinimumDetailsResolvers<ContextType>;
  IpvsCounts?: IpvsCountsResolvers<ContextType>;
  IpvsIptables?: IpvsIptablesResolvers<ContextType>;
  IpvsRealServer?: IpvsRealServerResolvers<ContextType>;
  IpvsRules?: IpvsRulesResolvers<ContextType>;
  IpvsSet?: IpvsSetResolvers<ContextType>;
  IpvsVirtualServer?: IpvsVirtualServerResolvers<ContextType>;
  IpvsVirtualServerKind?: IpvsVirtualServerKindResolvers;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  JobKind?: JobKindResolvers;
  JobProblem?: JobProblemResolvers<ContextType>;
  JobState?: JobStateResolvers;
  KnownRange?: KnownRangeResolvers<ContextType>;
  KnownRangeSource?: KnownRangeSourceResolvers;
  KubeProxy?: KubeProxyResolvers<ContextType>;
  KubeProxyDiff?: KubeProxyDiffResolvers<ContextType>;
  KubeProxyMode?: KubeProxyModeResolvers;
  KubeProxyModeChange?: KubeProxyModeChangeResolvers<ContextType>;
  KubeProxyRules?: KubeProxyRulesResolvers<ContextType>;
  KubeProxyWork?: KubeProxyWorkResolvers<ContextType>;
  KubeadmCheck?: KubeadmCheckResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  MatrixCell?: MatrixCellResolvers<ContextType>;
  MatrixGroup?: MatrixGroupResolvers<ContextType>;
  MatrixOutcome?: MatrixOutcomeResolvers<ContextType>;
  MaxPods?: MaxPodsResolvers<ContextType>;
  ModeNotOfferedDetails?: ModeNotOfferedDetailsResolvers<ContextType>;
  ModeRuleCounts?: ModeRuleCountsResolvers<ContextType>;
  MtuChangeGroup?: MtuChangeGroupResolvers<ContextType>;
  MtuExcess?: MtuExcessResolvers<ContextType>;
  MtuRange?: MtuRangeResolvers<ContextType>;
  MtuRuleUnknownDetails?: MtuRuleUnknownDetailsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameFields?: NameFieldsResolvers<ContextType>;
  NamespacedNameFields?: NamespacedNameFieldsResolvers<ContextType>;
  NftablesCounts?: NftablesCountsResolvers<ContextType>;
  NftablesRules?: NftablesRulesResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeCIDRMaskSize?: NodeCidrMaskSizeResolvers<ContextType>;
  NodeCidrAssignment?: NodeCidrAssignmentResolvers<ContextType>;
  NodeCidrFailure?: NodeCidrFailureResolvers<ContextType>;
  NodeCidrFamily?: NodeCidrFamilyResolvers<ContextType>;
  NodeCidrReport?: NodeCidrReportResolvers<ContextType>;
  NodeCidrsChange?: NodeCidrsChangeResolvers<ContextType>;
  NodeMtuChange?: NodeMtuChangeResolvers<ContextType>;
  NodePair?: NodePairResolvers<ContextType>;
  NodePairExample?: NodePairExampleResolvers<ContextType>;
  NodePodAddresses?: NodePodAddressesResolvers<ContextType>;
  NodePodCapacity?: NodePodCapacityResolvers<ContextType>;
  NodePodMtu?: NodePodMtuResolvers<ContextType>;
  NodeRouteFields?: NodeRouteFieldsResolvers<ContextType>;
  NodeRouteTable?: NodeRouteTableResolvers<ContextType>;
  NodeRuleTotal?: NodeRuleTotalResolvers<ContextType>;
  NodeRulesChange?: NodeRulesChangeResolvers<ContextType>;
  NullableStringChange?: NullableStringChangeResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  OverheadDiff?: OverheadDiffResolvers<ContextType>;
  OverheadFinding?: OverheadFindingResolvers<ContextType>;
  OverheadFindingCode?: OverheadFindingCodeResolvers;
  OverheadFindingDetails?: OverheadFindingDetailsResolvers<ContextType>;
  OverheadFindingsDiff?: OverheadFindingsDiffResolvers<ContextType>;
  OverlayMode?: OverlayModeResolvers;
  Packet?: PacketResolvers<ContextType>;
  PacketFate?: PacketFateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairDiff?: PairDiffResolvers<ContextType>;
  PairSide?: PairSideResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanFamily?: PlanFamilyResolvers;
  PlanFamilyRanges?: PlanFamilyRangesResolvers<ContextType>;
  PlanRange?: PlanRangeResolvers<ContextType>;
  PlanRangeRole?: PlanRangeRoleResolvers;
  PlanTargets?: PlanTargetsResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodCapacityChange?: PodCapacityChangeResolvers<ContextType>;
  PodCapacityReport?: PodCapacityReportResolvers<ContextType>;
  PodCapacityTotals?: PodCapacityTotalsResolvers<ContextType>;
  PodConnection?: PodConnectionResolvers<ContextType>;
  PodEdge?: PodEdgeResolvers<ContextType>;
  PodMtuExceedsPathDetails?: PodMtuExceedsPathDetailsResolvers<ContextType>;
  PodPool?: PodPoolResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyConnectionConnection?: PolicyConnectionConnectionResolvers<ContextType>;
  PolicyConnectionEdge?: PolicyConnectionEdgeResolvers<ContextType>;
  PolicyDecider?: PolicyDeciderResolvers;
  PolicyDirection?: PolicyDirectionResolvers;
  PolicyManifestFields?: PolicyManifestFieldsResolvers<ContextType>;
  PolicyStep?: PolicyStepResolvers<ContextType>;
  PolicyVerdict?: PolicyVerdictResolvers;
  PrefixDelegation?: PrefixDelegationResolvers<ContextType>;
  Problem?: ProblemResolvers<ContextType>;
  PromoteResult?: PromoteResultResolvers<ContextType>;
  Protocol?: ProtocolResolvers;
  Provider?: ProviderResolvers;
  ProviderRules?: ProviderRulesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reachability?: ReachabilityResolvers<ContextType>;
  ReachabilityDiff?: ReachabilityDiffResolvers<ContextType>;
  ReachabilityMatrix?: ReachabilityMatrixResolvers<ContextType>;
  RebaseResult?: RebaseResultResolvers<ContextType>;
  RemoveNodeFields?: RemoveNodeFieldsResolvers<ContextType>;
  RemoveNodeRouteFields?: RemoveNodeRouteFieldsResolvers<ContextType>;
  RemovePodsFields?: RemovePodsFieldsResolvers<ContextType>;
  RemoveRouteFields?: RemoveRouteFieldsResolvers<ContextType>;
  ResolvConf?: ResolvConfResolvers<ContextType>;
  RestoreCommand?: RestoreCommandResolvers;
  Route?: RouteResolvers<ContextType>;
  RouteFields?: RouteFieldsResolvers<ContextType>;
  RouteSpecFields?: RouteSpecFieldsResolvers<ContextType>;
  RouteType?: RouteTypeResolvers;
  RuleCounts?: RuleCountsResolvers<ContextType>;
  ScaleServiceFields?: ScaleServiceFieldsResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioDiff?: ScenarioDiffResolvers<ContextType>;
  ScenarioDiffResult?: ScenarioDiffResultResolvers<ContextType>;
  ScenarioStatus?: ScenarioStatusResolvers;
  Service?: ServiceResolvers<ContextType>;
  ServiceAllocator?: ServiceAllocatorResolvers;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceDynamicBand?: ServiceDynamicBandResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceIpsChange?: ServiceIpsChangeResolvers<ContextType>;
  ServicePort?: ServicePortResolvers<ContextType>;
  ServicePortFields?: ServicePortFieldsResolvers<ContextType>;
  ServiceRangeReport?: ServiceRangeReportResolvers<ContextType>;
  ServiceStaticBand?: ServiceStaticBandResolvers<ContextType>;
  ServiceType?: ServiceTypeResolvers;
  SessionAffinity?: SessionAffinityResolvers;
  SetCniFields?: SetCniFieldsResolvers<ContextType>;
  SetKubeProxyFields?: SetKubeProxyFieldsResolvers<ContextType>;
  SetNamespaceLabelsFields?: SetNamespaceLabelsFieldsResolvers<ContextType>;
  SetNodeMaskFields?: SetNodeMaskFieldsResolvers<ContextType>;
  SetPodLabelsFields?: SetPodLabelsFieldsResolvers<ContextType>;
  SetPodMtuFields?: SetPodMtuFieldsResolvers<ContextType>;
  SetUnderlayMtuFields?: SetUnderlayMtuFieldsResolvers<ContextType>;
  SettingChange?: SettingChangeResolvers<ContextType>;
  Severity?: SeverityResolvers;
  SeverityCounts?: SeverityCountsResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  StepDetail?: StepDetailResolvers<ContextType>;
  StepType?: StepTypeResolvers;
  StringChange?: StringChangeResolvers<ContextType>;
  Subnet?: SubnetResolvers<ContextType>;
  SubnetHeadroom?: SubnetHeadroomResolvers<ContextType>;
  SubnetMtuMismatchDetails?: SubnetMtuMismatchDetailsResolvers<ContextType>;
  SubnetPairFamily?: SubnetPairFamilyResolvers<ContextType>;
  SubnetPairOverhead?: SubnetPairOverheadResolvers<ContextType>;
  SupernetVerdict?: SupernetVerdictResolvers<ContextType>;
  TableCount?: TableCountResolvers<ContextType>;
  Topology?: TopologyResolvers<ContextType>;
  TopologyCounts?: TopologyCountsResolvers<ContextType>;
  TopologySummary?: TopologySummaryResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
  TraceBranch?: TraceBranchResolvers<ContextType>;
  TraceOutcome?: TraceOutcomeResolvers<ContextType>;
  TraceQuery?: TraceQueryResolvers<ContextType>;
  TraceResult?: TraceResultResolvers<ContextType>;
  TrafficCost?: TrafficCostResolvers<ContextType>;
  TrafficCostEntry?: TrafficCostEntryResolvers<ContextType>;
  TrafficEndpoint?: TrafficEndpointResolvers<ContextType>;
  TrafficEndpointKind?: TrafficEndpointKindResolvers;
  TrafficPolicy?: TrafficPolicyResolvers;
  TrafficUnresolvedDetails?: TrafficUnresolvedDetailsResolvers<ContextType>;
  Underlay?: UnderlayResolvers<ContextType>;
  ValidationResult?: ValidationResultResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
};

