/**
 * kubernetes/kubernetes pkg/proxy/topology.go `CategorizeEndpoints`: which endpoints a service port uses
 * for Cluster and for Local traffic policy on this node, and whether it has usable endpoints anywhere.
 *
 * "Usable" means Ready, falling back (independently for Cluster and Local) to Serving+Terminating
 * endpoints when none is Ready (the ProxyTerminatingEndpoints behavior, GA since 1.28).
 *
 * Topology-aware routing: `topologyModeFromHints` returns "" unless *every* ready endpoint carries zone (or
 * node) hints. The model's EndpointSlices have no `hints` field, so the mode is always "" here and every
 * ready endpoint is available — which is exactly what kube-proxy does for slices without hints.
 */
import { usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './types';

export interface Categorized {
  /** Endpoints for Cluster traffic policy; empty when the port never uses it. */
  readonly clusterEndpoints: readonly EndpointInfo[];
  /** Endpoints for Local traffic policy; empty when the port never uses it. */
  readonly localEndpoints: readonly EndpointInfo[];
  /** Union of the two: the endpoints this node can route to (one KUBE-SEP chain each). */
  readonly allReachable: readonly EndpointInfo[];
  /** The service has usable endpoints somewhere in the cluster. */
  readonly hasAnyEndpoints: boolean;
}

const EMPTY: Categorized = { clusterEndpoints: [], localEndpoints: [], allReachable: [], hasAnyEndpoints: false };

export function categorizeEndpoints(endpoints: readonly EndpointInfo[] | undefined, svc: ServicePortInfo): Categorized {
  if (endpoints === undefined || endpoints.length === 0) return EMPTY;
  let clusterEndpoints: EndpointInfo[] = [];
  let hasAnyEndpoints = false;
  if (usesClusterEndpoints(svc)) {
    clusterEndpoints = endpoints.filter((ep) => ep.ready);
    // "If we didn't get any endpoints, try again using terminating endpoints."
    if (clusterEndpoints.length === 0) clusterEndpoints = endpoints.filter((ep) => ep.serving && ep.terminating);
    if (clusterEndpoints.length > 0) hasAnyEndpoints = true;
  }
  if (!usesLocalEndpoints(svc)) return { clusterEndpoints, localEndpoints: [], allReachable: clusterEndpoints, hasAnyEndpoints };

  let hasLocalReady = false;
  let hasLocalServingTerminating = false;
  for (const ep of endpoints) {
    if (ep.ready) {
      hasAnyEndpoints = true;
      if (ep.isLocal) hasLocalReady = true;
    } else if (ep.serving && ep.terminating) {
      hasAnyEndpoints = true;
      if (ep.isLocal) hasLocalServingTerminating = true;
    }
  }
  let localEndpoints: EndpointInfo[] = [];
  let useServingTerminating = false;
  if (hasLocalReady) {
    localEndpoints = endpoints.filter((ep) => ep.isLocal && ep.ready);
  } else if (hasLocalServingTerminating) {
    useServingTerminating = true;
    localEndpoints = endpoints.filter((ep) => ep.isLocal && ep.serving && ep.terminating);
  }
  if (!usesClusterEndpoints(svc)) return { clusterEndpoints, localEndpoints, allReachable: localEndpoints, hasAnyEndpoints };
  // With no topology mode, clusterEndpoints holds every Ready endpoint, a superset of Ready local ones.
  if (!useServingTerminating) return { clusterEndpoints, localEndpoints, allReachable: clusterEndpoints, hasAnyEndpoints };

  // Upstream merges the two lists through a map (random order); here cluster endpoints first, then the rest.
  const seen = new Set(clusterEndpoints.map((ep) => ep.endpoint));
  const allReachable = [...clusterEndpoints, ...localEndpoints.filter((ep) => !seen.has(ep.endpoint))];
  return { clusterEndpoints, localEndpoints, allReachable, hasAnyEndpoints };
}
