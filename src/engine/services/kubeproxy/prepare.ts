/**
 * Shared front half of every renderer: find the node, resolve one `ProxierConfig` per family, and take that
 * family's service ports and this node's view of the endpoints map from the inputs shared by every node
 * (shared.ts: built once per topology side, not once per node).
 */
import type { Snapshot } from '../../model/snapshot';
import type { ClusterNode, Topology } from '../../model/topology';
import { nodeFamilies, resolveClusterNode, resolveConfig, type KubeProxyOptions, type ProxierConfig } from './config';
import { familyInputs, nodeEndpoints } from './shared';
import type { EndpointInfo, ServicePortInfo } from './types';

/** A topology, or a compiled snapshot of one. */
export type KubeProxySource = Topology | Snapshot;

export interface PreparedFamily {
  readonly config: ProxierConfig;
  readonly services: readonly ServicePortInfo[];
  readonly endpoints: ReadonlyMap<string, readonly EndpointInfo[]>;
}

export interface Prepared {
  readonly topology: Topology;
  readonly nodeName: string;
  readonly families: readonly PreparedFamily[];
  /** User errors (unknown node); `families` is empty when there are any. */
  readonly errors: readonly string[];
}

export function topologyOf(source: KubeProxySource): Topology {
  return 'nodeByName' in source ? source.topology : source;
}

/** The node by name: the snapshot's index when there is one, else a scan. */
export function findNode(source: KubeProxySource, nodeName: string): ClusterNode | null {
  if ('nodeByName' in source) return source.nodeByName.get(nodeName)?.node ?? null;
  return source.nodes.find((n) => n.name === nodeName) ?? null;
}

export function prepare(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): Prepared {
  const topology = topologyOf(source);
  const found = findNode(source, nodeName);
  if (found === null) return { topology, nodeName, families: [], errors: [`node "${nodeName}" is not in topology "${topology.name}"`] };
  const node = resolveClusterNode(found, options);
  const families = nodeFamilies(node, options.family).map((family): PreparedFamily => {
    const inputs = familyInputs(topology, family);
    return { config: resolveConfig(topology, node, family, options), services: inputs.services, endpoints: nodeEndpoints(inputs, nodeName) };
  });
  return { topology, nodeName, families, errors: [] };
}

/** `largeClusterMode`: more than 1000 endpoints over all service ports (`largeClusterEndpointsThreshold`). */
export function isLargeCluster(p: PreparedFamily): boolean {
  let total = 0;
  for (const svc of p.services) total += p.endpoints.get(svc.key)?.length ?? 0;
  return total > LARGE_CLUSTER_ENDPOINTS_THRESHOLD;
}

export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;
