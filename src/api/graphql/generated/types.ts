import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Topology as TopologyModel, EndpointSlice as EndpointSliceModel, Endpoint as EndpointModel, ServicePort as ServicePortModel } from '../../../engine/model/topology';
import type { NodeParent, PodParent, ServiceParent, SubnetParent } from '../mappers';
import type { TopologySummary as TopologySummaryModel } from '../../../store/topologyRepository';
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
};

export type Cni = {
  __typename?: 'Cni';
  bridge: Scalars['String']['output'];
  /** Encapsulate only between nodes in different subnets (Calico CrossSubnet, flannel DirectRouting). */
  crossSubnet: Scalars['Boolean']['output'];
  /** Pod MTU set explicitly; null = derived from the underlay MTU. */
  mtu?: Maybe<Scalars['Int']['output']>;
  /** none | host-gw | bgp | vxlan | geneve | ipip | wireguard | ipsec | udp */
  overlay: Scalars['String']['output'];
  /** flannel | calico | cilium | weave | aws-vpc-cni | kubenet | bridge | generic */
  plugin: Scalars['String']['output'];
  port?: Maybe<Scalars['Int']['output']>;
  vni?: Maybe<Scalars['Int']['output']>;
};

export type ContainerPort = {
  __typename?: 'ContainerPort';
  container: Scalars['String']['output'];
  containerPort: Scalars['Int']['output'];
  hostPort?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  protocol: Scalars['String']['output'];
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type DocumentFormat =
  | 'JSON'
  | 'YAML';

export type Endpoint = {
  __typename?: 'Endpoint';
  addresses: Array<Scalars['String']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
  nodeName?: Maybe<Scalars['String']['output']>;
  ready: Scalars['Boolean']['output'];
  serving: Scalars['Boolean']['output'];
  targetPod?: Maybe<Scalars['String']['output']>;
  terminating: Scalars['Boolean']['output'];
  zone?: Maybe<Scalars['String']['output']>;
};

export type EndpointPort = {
  __typename?: 'EndpointPort';
  appProtocol?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  port?: Maybe<Scalars['Int']['output']>;
  protocol: Scalars['String']['output'];
};

export type EndpointSlice = {
  __typename?: 'EndpointSlice';
  /** IPv4 | IPv6 | FQDN */
  addressType: Scalars['String']['output'];
  endpoints: Array<Endpoint>;
  /** True when inferred from the Service's selector rather than given in the document. */
  inferred: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ports: Array<EndpointPort>;
  serviceName: Scalars['String']['output'];
};

export type ExternalNetwork = {
  __typename?: 'ExternalNetwork';
  cidr: Scalars['String']['output'];
  /** vpc | on-prem | peering | reserved | other */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** True when the import created the topology, false when it replaced one. */
  created: Scalars['Boolean']['output'];
  inferences: Array<Scalars['String']['output']>;
  topology: Topology;
  warnings: Array<Problem>;
};

export type KubeProxy = {
  __typename?: 'KubeProxy';
  clusterCIDRs: Array<Scalars['String']['output']>;
  localhostNodePorts: Scalars['Boolean']['output'];
  masqueradeAll: Scalars['Boolean']['output'];
  masqueradeBit: Scalars['Int']['output'];
  /** iptables | ipvs | nftables | none */
  mode: Scalars['String']['output'];
  nodePortAddresses: Array<Scalars['String']['output']>;
};

export type Label = {
  __typename?: 'Label';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes a topology; with `ifVersion`, only if the stored version is that one (CONFLICT otherwise). */
  deleteTopology: DeleteResult;
  /**
   * Stores a topology document (YAML, JSON or a kubectl List). `name` overrides metadata.name. With `replace: true` an existing
   * topology of that name is replaced (its version goes up by one); `ifVersion` then must equal the stored version.
   * Nothing is stored when the document has any error.
   */
  importTopology: ImportResult;
};


export type MutationDeleteTopologyArgs = {
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


export type MutationImportTopologyArgs = {
  document: Scalars['String']['input'];
  format?: InputMaybe<DocumentFormat>;
  ifVersion?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Node = {
  __typename?: 'Node';
  externalIPs: Array<Scalars['String']['output']>;
  internalIPs: Array<Scalars['String']['output']>;
  labels: Array<Label>;
  maxPods?: Maybe<Scalars['Int']['output']>;
  mtu?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  podCIDRs: Array<Scalars['String']['output']>;
  pods: Array<Pod>;
  /** The explicit route table, when the topology has one for this node. */
  routes?: Maybe<Array<Route>>;
  subnet?: Maybe<Scalars['String']['output']>;
};

export type NodeCidrMaskSize = {
  __typename?: 'NodeCIDRMaskSize';
  ipv4: Scalars['Int']['output'];
  ipv6: Scalars['Int']['output'];
};

export type NodeRouteTable = {
  __typename?: 'NodeRouteTable';
  node: Scalars['String']['output'];
  routes: Array<Route>;
};

export type Pod = {
  __typename?: 'Pod';
  hostNetwork: Scalars['Boolean']['output'];
  ips: Array<Scalars['String']['output']>;
  labels: Array<Label>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  node?: Maybe<Node>;
  nodeName?: Maybe<Scalars['String']['output']>;
  ports: Array<ContainerPort>;
  ready: Scalars['Boolean']['output'];
};

export type Problem = {
  __typename?: 'Problem';
  message: Scalars['String']['output'];
  /** The object the problem is in, e.g. 'Node node-a'. */
  object?: Maybe<Scalars['String']['output']>;
  /** Field path in the document, e.g. nodes[3].spec.podCIDRs[0]. */
  path: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A stored topology written back as a topology document (NOT_FOUND when missing). */
  exportTopology: Scalars['String']['output'];
  /** Every stored topology, ordered by name. */
  topologies: Array<TopologySummary>;
  /** One stored topology, or null when no topology has that name. */
  topology?: Maybe<Topology>;
  /** Checks a topology document without storing it. */
  validateTopology: ValidationResult;
};


export type QueryExportTopologyArgs = {
  format?: InputMaybe<DocumentFormat>;
  name: Scalars['String']['input'];
};


export type QueryTopologyArgs = {
  name: Scalars['String']['input'];
};


export type QueryValidateTopologyArgs = {
  document: Scalars['String']['input'];
  format?: InputMaybe<DocumentFormat>;
};

export type Route = {
  __typename?: 'Route';
  destination: Scalars['String']['output'];
  dev?: Maybe<Scalars['String']['output']>;
  metric?: Maybe<Scalars['Int']['output']>;
  onlink: Scalars['Boolean']['output'];
  src?: Maybe<Scalars['String']['output']>;
  /** unicast | blackhole | unreachable | prohibit | local */
  type: Scalars['String']['output'];
  via?: Maybe<Scalars['String']['output']>;
};

export type Service = {
  __typename?: 'Service';
  clusterIPs: Array<Scalars['String']['output']>;
  endpointSlices: Array<EndpointSlice>;
  externalIPs: Array<Scalars['String']['output']>;
  externalName?: Maybe<Scalars['String']['output']>;
  externalTrafficPolicy: Scalars['String']['output'];
  headless: Scalars['Boolean']['output'];
  healthCheckNodePort?: Maybe<Scalars['Int']['output']>;
  internalTrafficPolicy: Scalars['String']['output'];
  ipFamilies: Array<Scalars['String']['output']>;
  ipFamilyPolicy?: Maybe<Scalars['String']['output']>;
  labels: Array<Label>;
  loadBalancerIPs: Array<Scalars['String']['output']>;
  loadBalancerSourceRanges: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  ports: Array<ServicePort>;
  publishNotReadyAddresses: Scalars['Boolean']['output'];
  /** null when the Service has no selector (endpoints managed by hand). */
  selector?: Maybe<Array<Label>>;
  sessionAffinity: Scalars['String']['output'];
  sessionAffinityTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** ClusterIP | NodePort | LoadBalancer | ExternalName */
  type: Scalars['String']['output'];
};

export type ServicePort = {
  __typename?: 'ServicePort';
  appProtocol?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nodePort?: Maybe<Scalars['Int']['output']>;
  port: Scalars['Int']['output'];
  protocol: Scalars['String']['output'];
  /** A number or the name of a container port, as a string. */
  targetPort: Scalars['String']['output'];
};

export type Subnet = {
  __typename?: 'Subnet';
  cidr: Scalars['String']['output'];
  gateway?: Maybe<Scalars['String']['output']>;
  mtu?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  nodes: Array<Node>;
  zone?: Maybe<Scalars['String']['output']>;
};

export type Topology = {
  __typename?: 'Topology';
  clusterDomain: Scalars['String']['output'];
  cni: Cni;
  counts: TopologyCounts;
  description: Scalars['String']['output'];
  endpointSlices: Array<EndpointSlice>;
  externalNetworks: Array<ExternalNetwork>;
  kubeProxy: KubeProxy;
  name: Scalars['String']['output'];
  node?: Maybe<Node>;
  nodeCIDRMaskSize: NodeCidrMaskSize;
  /** Explicit per-node route tables (the derived ones come from the CNI choice). */
  nodeRoutes: Array<NodeRouteTable>;
  nodes: Array<Node>;
  pod?: Maybe<Pod>;
  /** Cluster CIDRs, one per family. */
  podCIDRs: Array<Scalars['String']['output']>;
  pods: Array<Pod>;
  service?: Maybe<Service>;
  /** Service CIDRs, one per family. */
  serviceCIDRs: Array<Scalars['String']['output']>;
  services: Array<Service>;
  underlay: Underlay;
  /** Goes up by one on every change; pass it as ifVersion to make a write conditional. */
  version: Scalars['Int']['output'];
};


export type TopologyEndpointSlicesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
};


export type TopologyNodeArgs = {
  name: Scalars['String']['input'];
};


export type TopologyNodesArgs = {
  subnet?: InputMaybe<Scalars['String']['input']>;
};


export type TopologyPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type TopologyPodsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  node?: InputMaybe<Scalars['String']['input']>;
};


export type TopologyServiceArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type TopologyServicesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
};

export type TopologyCounts = {
  __typename?: 'TopologyCounts';
  endpointSlices: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  pods: Scalars['Int']['output'];
  services: Scalars['Int']['output'];
  subnets: Scalars['Int']['output'];
};

export type TopologySummary = {
  __typename?: 'TopologySummary';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  podCount: Scalars['Int']['output'];
  serviceCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type Underlay = {
  __typename?: 'Underlay';
  mtu: Scalars['Int']['output'];
  routes: Array<Route>;
  subnets: Array<Subnet>;
};

export type ValidationResult = {
  __typename?: 'ValidationResult';
  errors: Array<Problem>;
  /** What was inferred the way Kubernetes would infer it (endpoints from selectors, node subnets from addresses). */
  inferences: Array<Scalars['String']['output']>;
  /** The topology the document describes, when it is valid (not stored). */
  topology?: Maybe<Topology>;
  valid: Scalars['Boolean']['output'];
  warnings: Array<Problem>;
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cni: ResolverTypeWrapper<Cni>;
  ContainerPort: ResolverTypeWrapper<ContainerPort>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  DocumentFormat: DocumentFormat;
  Endpoint: ResolverTypeWrapper<EndpointModel>;
  EndpointPort: ResolverTypeWrapper<EndpointPort>;
  EndpointSlice: ResolverTypeWrapper<EndpointSliceModel>;
  ExternalNetwork: ResolverTypeWrapper<ExternalNetwork>;
  ImportResult: ResolverTypeWrapper<Omit<ImportResult, 'topology'> & { topology: ResolversTypes['Topology'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KubeProxy: ResolverTypeWrapper<KubeProxy>;
  Label: ResolverTypeWrapper<Label>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeParent>;
  NodeCIDRMaskSize: ResolverTypeWrapper<NodeCidrMaskSize>;
  NodeRouteTable: ResolverTypeWrapper<NodeRouteTable>;
  Pod: ResolverTypeWrapper<PodParent>;
  Problem: ResolverTypeWrapper<Problem>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Route: ResolverTypeWrapper<Route>;
  Service: ResolverTypeWrapper<ServiceParent>;
  ServicePort: ResolverTypeWrapper<ServicePortModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subnet: ResolverTypeWrapper<SubnetParent>;
  Topology: ResolverTypeWrapper<TopologyModel>;
  TopologyCounts: ResolverTypeWrapper<TopologyCounts>;
  TopologySummary: ResolverTypeWrapper<TopologySummaryModel>;
  Underlay: ResolverTypeWrapper<Omit<Underlay, 'subnets'> & { subnets: Array<ResolversTypes['Subnet']> }>;
  ValidationResult: ResolverTypeWrapper<Omit<ValidationResult, 'topology'> & { topology?: Maybe<ResolversTypes['Topology']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Cni: Cni;
  ContainerPort: ContainerPort;
  DateTime: Scalars['DateTime']['output'];
  DeleteResult: DeleteResult;
  Endpoint: EndpointModel;
  EndpointPort: EndpointPort;
  EndpointSlice: EndpointSliceModel;
  ExternalNetwork: ExternalNetwork;
  ImportResult: Omit<ImportResult, 'topology'> & { topology: ResolversParentTypes['Topology'] };
  Int: Scalars['Int']['output'];
  KubeProxy: KubeProxy;
  Label: Label;
  Mutation: Record<PropertyKey, never>;
  Node: NodeParent;
  NodeCIDRMaskSize: NodeCidrMaskSize;
  NodeRouteTable: NodeRouteTable;
  Pod: PodParent;
  Problem: Problem;
  Query: Record<PropertyKey, never>;
  Route: Route;
  Service: ServiceParent;
  ServicePort: ServicePortModel;
  String: Scalars['String']['output'];
  Subnet: SubnetParent;
  Topology: TopologyModel;
  TopologyCounts: TopologyCounts;
  TopologySummary: TopologySummaryModel;
  Underlay: Omit<Underlay, 'subnets'> & { subnets: Array<ResolversParentTypes['Subnet']> };
  ValidationResult: Omit<ValidationResult, 'topology'> & { topology?: Maybe<ResolversParentTypes['Topology']> };
};

export type CniResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cni'] = ResolversParentTypes['Cni']> = {
  bridge?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  crossSubnet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overlay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plugin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vni?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ContainerPortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContainerPort'] = ResolversParentTypes['ContainerPort']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  containerPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EndpointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Endpoint'] = ResolversParentTypes['Endpoint']> = {
  addresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetPod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EndpointPortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndpointPort'] = ResolversParentTypes['EndpointPort']> = {
  appProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EndpointSliceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndpointSlice'] = ResolversParentTypes['EndpointSlice']> = {
  addressType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endpoints?: Resolver<Array<ResolversTypes['Endpoint']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['EndpointPort']>, ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExternalNetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalNetwork'] = ResolversParentTypes['ExternalNetwork']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topology?: Resolver<ResolversTypes['Topology'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type KubeProxyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeProxy'] = ResolversParentTypes['KubeProxy']> = {
  clusterCIDRs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  localhostNodePorts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masqueradeAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masqueradeBit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodePortAddresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LabelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteTopology?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTopologyArgs, 'name'>>;
  importTopology?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTopologyArgs, 'document' | 'replace'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  externalIPs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  internalIPs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  maxPods?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podCIDRs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pods?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType>;
  routes?: Resolver<Maybe<Array<ResolversTypes['Route']>>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeCidrMaskSizeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeCIDRMaskSize'] = ResolversParentTypes['NodeCIDRMaskSize']> = {
  ipv4?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ipv6?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeRouteTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeRouteTable'] = ResolversParentTypes['NodeRouteTable']> = {
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['Route']>, ParentType, ContextType>;
};

export type PodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod']> = {
  hostNetwork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ips?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['ContainerPort']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Problem'] = ResolversParentTypes['Problem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exportTopology?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportTopologyArgs, 'format' | 'name'>>;
  topologies?: Resolver<Array<ResolversTypes['TopologySummary']>, ParentType, ContextType>;
  topology?: Resolver<Maybe<ResolversTypes['Topology']>, ParentType, ContextType, RequireFields<QueryTopologyArgs, 'name'>>;
  validateTopology?: Resolver<ResolversTypes['ValidationResult'], ParentType, ContextType, RequireFields<QueryValidateTopologyArgs, 'document'>>;
};

export type RouteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Route'] = ResolversParentTypes['Route']> = {
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dev?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onlink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  src?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  clusterIPs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endpointSlices?: Resolver<Array<ResolversTypes['EndpointSlice']>, ParentType, ContextType>;
  externalIPs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTrafficPolicy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headless?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  healthCheckNodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  internalTrafficPolicy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ipFamilies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ipFamilyPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  loadBalancerIPs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  loadBalancerSourceRanges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<Array<ResolversTypes['ServicePort']>, ParentType, ContextType>;
  publishNotReadyAddresses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  selector?: Resolver<Maybe<Array<ResolversTypes['Label']>>, ParentType, ContextType>;
  sessionAffinity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionAffinityTimeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServicePortResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServicePort'] = ResolversParentTypes['ServicePort']> = {
  appProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetPort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubnetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subnet'] = ResolversParentTypes['Subnet']> = {
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mtu?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopologyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topology'] = ResolversParentTypes['Topology']> = {
  clusterDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cni?: Resolver<ResolversTypes['Cni'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['TopologyCounts'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endpointSlices?: Resolver<Array<ResolversTypes['EndpointSlice']>, ParentType, ContextType, Partial<TopologyEndpointSlicesArgs>>;
  externalNetworks?: Resolver<Array<ResolversTypes['ExternalNetwork']>, ParentType, ContextType>;
  kubeProxy?: Resolver<ResolversTypes['KubeProxy'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<TopologyNodeArgs, 'name'>>;
  nodeCIDRMaskSize?: Resolver<ResolversTypes['NodeCIDRMaskSize'], ParentType, ContextType>;
  nodeRoutes?: Resolver<Array<ResolversTypes['NodeRouteTable']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, Partial<TopologyNodesArgs>>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<TopologyPodArgs, 'name' | 'namespace'>>;
  podCIDRs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pods?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType, Partial<TopologyPodsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<TopologyServiceArgs, 'name' | 'namespace'>>;
  serviceCIDRs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<TopologyServicesArgs>>;
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

export type UnderlayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Underlay'] = ResolversParentTypes['Underlay']> = {
  mtu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['Route']>, ParentType, ContextType>;
  subnets?: Resolver<Array<ResolversTypes['Subnet']>, ParentType, ContextType>;
};

export type ValidationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValidationResult'] = ResolversParentTypes['ValidationResult']> = {
  errors?: Resolver<Array<ResolversTypes['Problem']>, ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topology?: Resolver<Maybe<ResolversTypes['Topology']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['Problem']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Cni?: CniResolvers<ContextType>;
  ContainerPort?: ContainerPortResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Endpoint?: EndpointResolvers<ContextType>;
  EndpointPort?: EndpointPortResolvers<ContextType>;
  EndpointSlice?: EndpointSliceResolvers<ContextType>;
  ExternalNetwork?: ExternalNetworkResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  KubeProxy?: KubeProxyResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeCIDRMaskSize?: NodeCidrMaskSizeResolvers<ContextType>;
  NodeRouteTable?: NodeRouteTableResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  Problem?: ProblemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Route?: RouteResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServicePort?: ServicePortResolvers<ContextType>;
  Subnet?: SubnetResolvers<ContextType>;
  Topology?: TopologyResolvers<ContextType>;
  TopologyCounts?: TopologyCountsResolvers<ContextType>;
  TopologySummary?: TopologySummaryResolvers<ContextType>;
  Underlay?: UnderlayResolvers<ContextType>;
  ValidationResult?: ValidationResultResolvers<ContextType>;
};

