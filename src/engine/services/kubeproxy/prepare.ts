/**
 * Shared front half of every renderer: find the node, resolve one `ProxierConfig` per family, and build that
 * family's service ports and endpoints map.
 */
import type { Snapshot } from '../../model/snapshot';
import type { IpFamily, Topology } from '../../model/topology';
import { nodeFamilies, resolveConfig, resolveNode, type KubeProxyOptions, type ProxierConfig } from './config';
import { buildEndpointsMap, buildServicePorts } from './inputs';
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

export function prepare(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): Prepared {
  const topology = topologyOf(source);
  const node = resolveNode(topology, nodeName, options);
  if (node === null) return { topology, nodeName, families: [], errors: [`node "${nodeName}" is not in topology "${topology.name}"`] };
  const families = nodeFamilies(node, options.family).map((family) => prepareFamily(topology, family, resolveConfig(topology, node, family, options)));
  return { topology, nodeName, families, errors: [] };
}

function prepareFamily(topology: Topology, family: IpFamily, config: ProxierConfig): PreparedFamily {
  return { config, services: buildServicePorts(topology, family), endpoints: buildEndpointsMap(topology, family, config.node.nodeName) };
}

/** `largeClusterMode`: more than 1000 endpoints over all service ports (`largeClusterEndpointsThreshold`). */
export function isLargeCluster(p: PreparedFamily): boolean {
  let total = 0;
  for (const svc of p.services) total += p.endpoints.get(svc.key)?.length ?? 0;
  return total > LARGE_CLUSTER_ENDPOINTS_THRESHOLD;
}

export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;
