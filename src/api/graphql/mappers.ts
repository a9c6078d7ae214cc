import type { ClusterNode, Endpoint, EndpointSlice, Labels, Pod, Service, Topology, UnderlaySubnet } from '../../engine/model/topology';
import type { Hop, Step, StepDetail, Trace, TraceBranch } from '../../engine/trace';
import type { ScenarioDiff } from '../../engine/planner';
import type { CellChange, PairDiff, ReachabilityDiff } from '../../engine/planner/diffReach';
import type { RebaseReport } from '../../app/scenarioService';
import type { FindingDetailsTypeName } from './findingDetails';

/** GraphQL parents carry their topology so nested fields (Node.pods, Pod.node…) can follow references. */
export interface NodeParent {
  readonly topology: Topology;
  readonly node: ClusterNode;
}
export interface PodParent {
  readonly topology: Topology;
  readonly pod: Pod;
}
export interface ServiceParent {
  readonly topology: Topology;
  readonly service: Service;
}
export interface SubnetParent {
  readonly topology: Topology;
  readonly subnet: UnderlaySubnet;
}

/**
 * Engine objects that name other objects of their topology (an endpoint's pod, a trace hop's node) travel with it, so
 * the relation fields resolve from the topology already loaded (an index lookup, no database read). The spread copies
 * only the objects a query selects.
 */
export interface Owned {
  /** Absent where the topology is not at hand (a job's stored diff): the relation fields then answer null. */
  readonly owner: Topology | undefined;
}
export type EndpointSliceParent = EndpointSlice & Owned;
export type EndpointParent = Endpoint & Owned;
export type TraceParent = Trace & Owned;
export type TraceBranchParent = TraceBranch & Owned;
export type HopParent = Hop & Owned;
export type StepParent = Step & Owned;
export type StepDetailParent = StepDetail & Owned;

/** The parts of a scenario diff that hold traces carry both sides: a `before` trace names the baseline's objects, an `after` one the fork's. */
export interface Sides {
  readonly base: Topology | undefined;
  readonly fork: Topology | undefined;
}
/** A job's diff is stored without its two topologies (the fork would be as big as the topology): its relations answer null. */
export const NO_SIDES: Sides = { base: undefined, fork: undefined };
export type ScenarioDiffParent = ScenarioDiff & Sides;
export type ReachabilityDiffParent = ReachabilityDiff & Sides;
export type CellChangeParent = CellChange & Sides;
export type PairDiffParent = PairDiff & Sides;

export const withSides = <T extends object>(value: T, sides: Sides): T & Sides => ({ ...value, base: sides.base, fork: sides.fork });

export const owned = <T extends object>(value: T, owner: Topology | undefined): T & Owned => ({ ...value, owner });

export function labelList(labels: Labels): { key: string; value: string }[] {
  return Object.entries(labels).map(([key, value]) => ({ key, value }));
}

interface TopologyIndex {
  nodesByName: Map<string, ClusterNode>;
  podsByNode: Map<string, Pod[]>;
  /** By `<namespace>/<name>`. */
  podsByRef: Map<string, Pod>;
  /** By `<namespace>/<name>`. */
  servicesByRef: Map<string, Service>;
  subnetsByName: Map<string, UnderlaySubnet>;
}

// Topologies are immutable values, so an index built once per object is always valid; a WeakMap lets it go with the object.
const indexes = new WeakMap<Topology, TopologyIndex>();

export function indexOf(topology: Topology): TopologyIndex {
  let index = indexes.get(topology);
  if (!index) {
    const nodesByName = new Map(topology.nodes.map((n) => [n.name, n] as const));
    const podsByNode = new Map<string, Pod[]>();
    for (const pod of topology.pods) {
      if (pod.nodeName === null) continue;
      const list = podsByNode.get(pod.nodeName);
      if (list) list.push(pod);
      else podsByNode.set(pod.nodeName, [pod]);
    }
    const podsByRef = new Map(topology.pods.map((p) => [`${p.namespace}/${p.name}`, p] as const));
    const servicesByRef = new Map(topology.services.map((s) => [`${s.namespace}/${s.name}`, s] as const));
    const subnetsByName = new Map(topology.underlay.subnets.map((s) => [s.name, s] as const));
    index = { nodesByName, podsByNode, podsByRef, servicesByRef, subnetsByName };
    indexes.set(topology, index);
  }
  return index;
}

/** Relation lookups: null when the name is not an object of the topology (a trace may name what a scenario removed) or the topology is not at hand. */
export function nodeOf(topology: Topology | undefined, name: string | null | undefined): NodeParent | null {
  const node = topology === undefined || name == null ? undefined : indexOf(topology).nodesByName.get(name);
  return topology && node ? { topology, node } : null;
}
export function podOf(topology: Topology | undefined, ref: string | null | undefined): PodParent | null {
  const pod = topology === undefined || ref == null ? undefined : indexOf(topology).podsByRef.get(ref);
  return topology && pod ? { topology, pod } : null;
}
export function serviceOf(topology: Topology | undefined, ref: string | null | undefined): ServiceParent | null {
  const service = topology === undefined || ref == null ? undefined : indexOf(topology).servicesByRef.get(ref);
  return topology && service ? { topology, service } : null;
}
export function subnetOf(topology: Topology | undefined, name: string | null | undefined): SubnetParent | null {
  const subnet = topology === undefined || name == null ? undefined : indexOf(topology).subnetsByName.get(name);
  return topology && subnet ? { topology, subnet } : null;
}

/**
 * An operation as answered: `{<op>: fields}` built by operationToOutput (operations.ts) from the stored `{op, …}` form,
 * which the engine types per op; GraphQL's default resolvers read the one field set.
 */
export type OperationParent = Readonly<Record<string, unknown>>;
/** A dropped operation keeps the stored form; DroppedOperation.operation converts it. */
export type DroppedOperationParent = RebaseReport['dropped'][number];

/**
 * An overhead finding's details (a record whose keys depend on the code) tagged with its code's GraphQL type, which the
 * union OverheadFindingDetails resolves by (findingDetails.ts); the member types' fields read the record's keys.
 */
export type FindingDetailsParent = Readonly<Record<string, unknown>> & { readonly __typename: FindingDetailsTypeName };
