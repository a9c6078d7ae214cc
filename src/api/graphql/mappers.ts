import type { ClusterNode, Labels, Pod, Service, Topology, UnderlaySubnet } from '../../engine/model/topology';

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

export function labelList(labels: Labels): { key: string; value: string }[] {
  return Object.entries(labels).map(([key, value]) => ({ key, value }));
}

interface TopologyIndex {
  nodesByName: Map<string, ClusterNode>;
  podsByNode: Map<string, Pod[]>;
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
    index = { nodesByName, podsByNode };
    indexes.set(topology, index);
  }
  return index;
}
