/**
 * Parsed documents → the objects of each kind the model knows, in document order, each with the path prefix
 * problems about it use (`nodes[3]`) and a label naming it (`Node node-a`). kubectl Lists (`kind: List`, or a
 * typed list such as `NodeList` whose items may omit apiVersion/kind) are flattened; unknown kinds are
 * reported as warnings and skipped.
 */
import type { WorkloadKind } from '../engine/model/policy';
import { ProblemCollector, Scope } from './problems';
import { describe } from './shapeProblems';

export type KnownKind =
  | 'Topology'
  | 'Node'
  | 'Pod'
  | 'Service'
  | 'EndpointSlice'
  | 'Namespace'
  | 'NetworkPolicy'
  | 'AdminNetworkPolicy'
  | 'BaselineAdminNetworkPolicy'
  | WorkloadKind;

export interface SourceObject {
  readonly value: Record<string, unknown>;
  /** Where problems about this object point: `topology`, `nodes[3]`, … */
  readonly scope: Scope;
  /** Identity from the raw object (`name`, or `namespace/name`), null when it has no usable name. */
  readonly key: string | null;
}

export interface CollectedObjects {
  topology: SourceObject | null;
  nodes: SourceObject[];
  pods: SourceObject[];
  services: SourceObject[];
  endpointSlices: SourceObject[];
  namespaces: SourceObject[];
  networkPolicies: SourceObject[];
  adminNetworkPolicies: SourceObject[];
  baselineAdminNetworkPolicies: SourceObject[];
  /** Every workload kind in one list, in document order; `kind` tells them apart. */
  workloads: (SourceObject & { kind: WorkloadKind })[];
}

export const API_VERSIONS: Record<Exclude<KnownKind, 'Topology'>, string> = {
  Node: 'v1',
  Pod: 'v1',
  Service: 'v1',
  EndpointSlice: 'discovery.k8s.io/v1',
  Namespace: 'v1',
  NetworkPolicy: 'networking.k8s.io/v1',
  AdminNetworkPolicy: 'policy.networking.k8s.io/v1alpha1',
  BaselineAdminNetworkPolicy: 'policy.networking.k8s.io/v1alpha1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

const TYPED_LISTS: Record<string, { apiVersion: string; kind: KnownKind }> = {
  NodeList: { apiVersion: 'v1', kind: 'Node' },
  PodList: { apiVersion: 'v1', kind: 'Pod' },
  ServiceList: { apiVersion: 'v1', kind: 'Service' },
  EndpointSliceList: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
  NamespaceList: { apiVersion: 'v1', kind: 'Namespace' },
  NetworkPolicyList: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
  AdminNetworkPolicyList: { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'AdminNetworkPolicy' },
  BaselineAdminNetworkPolicyList: { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'BaselineAdminNetworkPolicy' },
  DeploymentList: { apiVersion: 'apps/v1', kind: 'Deployment' },
  StatefulSetList: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
  DaemonSetList: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
  ReplicaSetList: { apiVersion: 'apps/v1', kind: 'ReplicaSet' },
  JobList: { apiVersion: 'batch/v1', kind: 'Job' },
  CronJobList: { apiVersion: 'batch/v1', kind: 'CronJob' },
};

const PATH_PREFIX: Record<Exclude<KnownKind, 'Topology'>, keyof Omit<CollectedObjects, 'topology'>> = {
  Node: 'nodes',
  Pod: 'pods',
  Service: 'services',
  EndpointSlice: 'endpointSlices',
  Namespace: 'namespaces',
  NetworkPolicy: 'networkPolicies',
  AdminNetworkPolicy: 'adminNetworkPolicies',
  BaselineAdminNetworkPolicy: 'baselineAdminNetworkPolicies',
  Deployment: 'workloads',
  StatefulSet: 'workloads',
  DaemonSet: 'workloads',
  ReplicaSet: 'workloads',
  Job: 'workloads',
  CronJob: 'workloads',
};

/** Kinds without a namespace: their key is the name alone. */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set(['Node', 'Namespace', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

export function collectObjects(documents: readonly unknown[], sink: ProblemCollector): CollectedObjects {
  const collector = new Collector(sink);
  documents.forEach((document, index) => {
    const source = `documents[${index}]`;
    if (document === null) return; // an empty YAML document between two `---`
    if (isObject(document) && isList(document)) {
      const kind = document.kind as string;
      const typed = Object.hasOwn(TYPED_LISTS, kind) ? (TYPED_LISTS[kind] ?? null) : null;
      (document.items as unknown[]).forEach((item, i) => {
        if (isObject(item) && isList(item)) sink.error({ path: `${source}.items[${i}]`, message: 'a List inside a List is not supported' });
        else collector.take(item, `${source}.items[${i}]`, typed);
      });
      return;
    }
    collector.take(document, source, null);
  });
  return collector.out;
}

class Collector {
  readonly out: CollectedObjects = {
    topology: null,
    nodes: [],
    pods: [],
    services: [],
    endpointSlices: [],
    namespaces: [],
    networkPolicies: [],
    adminNetworkPolicies: [],
    baselineAdminNetworkPolicies: [],
    workloads: [],
  };
  private firstTopology = '';

  constructor(private readonly sink: ProblemCollector) {}

  take(value: unknown, source: string, defaults: { apiVersion: string; kind: KnownKind } | null): void {
    const sink = this.sink;
    if (!isObject(value)) {
      sink.error({ path: source, message: `expected a Kubernetes object (a mapping with apiVersion and kind), got ${describe(value)}` });
      return;
    }
    const kind = typeof value.kind === 'string' ? value.kind : (defaults?.kind ?? null);
    const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : (defaults?.apiVersion ?? null);
    if (kind === null || apiVersion === null) {
      sink.error({ path: source, message: 'every object needs apiVersion and kind (strings)' });
      return;
    }
    if (kind === 'Topology') return this.takeTopology(value, source);
    if (!Object.hasOwn(API_VERSIONS, kind)) {
      sink.warn({ path: source, message: `kind ${kind} (${apiVersion}) is not part of the network model; ignored` });
      return;
    }
    const known = kind as Exclude<KnownKind, 'Topology'>;
    const list = this.out[PATH_PREFIX[known]];
    const key = keyOf(value, known);
    const scope = new Scope(sink, `${PATH_PREFIX[known]}[${list.length}]`, `${known} ${key ?? '(unnamed)'}`);
    if (apiVersion !== API_VERSIONS[known]) {
      scope.error(['apiVersion'], `${JSON.stringify(apiVersion)} is not supported for ${known}; expected ${JSON.stringify(API_VERSIONS[known])}`);
    }
    (list as (SourceObject & { kind?: KnownKind })[]).push(PATH_PREFIX[known] === 'workloads' ? { value, scope, key, kind: known } : { value, scope, key });
  }

  private takeTopology(value: Record<string, unknown>, source: string): void {
    if (this.out.topology !== null) {
      this.sink.error({ path: source, message: `a second Topology document; only one is allowed (the first is ${this.firstTopology})` });
      return;
    }
    this.firstTopology = source;
    const name = nameOf(value);
    this.out.topology = { value, scope: new Scope(this.sink, 'topology', `Topology ${name ?? '(unnamed)'}`), key: name };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isList(value: Record<string, unknown>): boolean {
  return typeof value.kind === 'string' && (value.kind === 'List' || Object.hasOwn(TYPED_LISTS, value.kind)) && Array.isArray(value.items);
}

function nameOf(value: Record<string, unknown>): string | null {
  const metadata = value.metadata;
  if (!isObject(metadata)) return null;
  return typeof metadata.name === 'string' && metadata.name !== '' ? metadata.name : null;
}

function keyOf(value: Record<string, unknown>, kind: Exclude<KnownKind, 'Topology'>): string | null {
  const name = nameOf(value);
  if (name === null || CLUSTER_SCOPED.has(kind)) return name;
  const metadata = value.metadata as Record<string, unknown>;
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
  return `${namespace}/${name}`;
}
