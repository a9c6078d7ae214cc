/**
 * Topology → the proxier's inputs for one IP family on one node, the way kube-proxy's change trackers
 * build them (kubernetes/kubernetes):
 *
 * - Services: pkg/proxy/servicechangetracker.go `serviceToServiceMap` and pkg/proxy/serviceport.go
 *   `newBaseServiceInfo`; skip rules from pkg/proxy/util `ShouldSkipService` (no ClusterIP, `None`,
 *   ExternalName) and cmd/kube-proxy's informer selector (`service.kubernetes.io/service-proxy-name`
 *   set: the Service belongs to another proxy); policy predicates from pkg/api/v1/service/util.go
 *   (`ExternalPolicyLocal`, `InternalPolicyLocal`, `NeedsHealthCheck`).
 * - Endpoints: pkg/proxy/endpointslicecache.go (`endpointInfoByServicePort`, `addEndpoints`,
 *   `endpointsMapFromEndpointInfo`) and pkg/proxy/endpointschangetracker.go (only IPv4/IPv6 slices).
 */
import type { Endpoint, EndpointSlice, IpFamily, Service, Topology } from '../../model/topology';
import { DEFAULTS } from '../../model/topology';
import { familyOf, joinHostPort, type EndpointInfo, type ServicePortInfo } from './types';

const SERVICE_PROXY_NAME = 'service.kubernetes.io/service-proxy-name';

export function servicePortKey(namespace: string, name: string, portName: string, protocol: string): string {
  return `${namespace}/${name}/${portName}/${protocol}`;
}

/** `ServicePortName.String()` (pkg/proxy/types.go): `ns/name` plus `:port` when the port is named. */
export function servicePortNameString(namespace: string, name: string, portName: string): string {
  return portName === '' ? `${namespace}/${name}` : `${namespace}/${name}:${portName}`;
}

/** `proxyutil.ShouldSkipService` plus the informer's label selector: true = kube-proxy ignores it. */
export function skipService(svc: Service): boolean {
  if (svc.labels[SERVICE_PROXY_NAME] !== undefined) return true;
  if (svc.type === 'ExternalName' || svc.headless) return true;
  return svc.clusterIPs.length === 0;
}

/** `GetClusterIPByFamily`: the ClusterIP of the family, or null (the Service is single-stack in the other). */
function clusterIPOf(svc: Service, family: IpFamily): string | null {
  for (const ip of svc.clusterIPs) if (familyOf(ip) === family) return ip;
  return null;
}

function externalPolicyLocal(svc: Service): boolean {
  // ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs.
  const accessible = svc.type === 'LoadBalancer' || svc.type === 'NodePort' || (svc.type === 'ClusterIP' && svc.externalIPs.length > 0);
  return accessible && svc.externalTrafficPolicy === 'Local';
}

/** The service ports kube-proxy's `svcPortMap` holds for `family`, in a stable order (namespace, name, port name, protocol). */
export function buildServicePorts(topology: Topology, family: IpFamily): ServicePortInfo[] {
  const out: ServicePortInfo[] = [];
  for (const svc of topology.services) {
    if (skipService(svc)) continue;
    const clusterIP = clusterIPOf(svc, family);
    if (clusterIP === null) continue;
    const eTPLocal = externalPolicyLocal(svc);
    const affinity = svc.sessionAffinity === 'ClientIP';
    const ofFamily = (ips: readonly string[]): string[] => ips.filter((ip) => familyOf(ip) === family);
    for (const p of svc.ports) {
      const portName = p.name ?? '';
      out.push({
        key: servicePortKey(svc.namespace, svc.name, portName, p.protocol),
        namespace: svc.namespace,
        name: svc.name,
        portName,
        protocol: p.protocol,
        nameString: servicePortNameString(svc.namespace, svc.name, portName),
        clusterIP,
        port: p.port,
        nodePort: p.nodePort ?? 0,
        externalIPs: ofFamily(svc.externalIPs),
        loadBalancerVIPs: ofFamily(svc.loadBalancerIPs),
        // "Filter source ranges to correct IP family" (whitespace is trimmed upstream; the model is canonical).
        loadBalancerSourceRanges: svc.loadBalancerSourceRanges.filter((c) => familyOf(c) === family),
        sessionAffinityClientIP: affinity,
        stickyMaxAgeSeconds: affinity ? (svc.sessionAffinityTimeoutSeconds ?? DEFAULTS.sessionAffinityTimeoutSeconds) : 0,
        externalPolicyLocal: eTPLocal,
        internalPolicyLocal: svc.internalTrafficPolicy === 'Local',
        healthCheckNodePort: svc.type === 'LoadBalancer' && eTPLocal ? (svc.healthCheckNodePort ?? 0) : 0,
      });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function endpointInfo(ep: Endpoint, ip: string, port: number, nodeName: string): EndpointInfo {
  return {
    ip,
    port,
    endpoint: joinHostPort(ip, port),
    // endpointSliceCache.isLocal: a non-empty node name equal to this node's.
    isLocal: nodeName !== '' && ep.nodeName === nodeName,
    ready: ep.ready,
    serving: ep.serving,
    terminating: ep.terminating,
    nodeName: ep.nodeName,
  };
}

/**
 * The endpoints map of one family on `nodeName`: service port key → endpoints sorted by `ip:port` string
 * (`byEndpoint`). Slices are read in document order (upstream iterates a map; the order only matters for
 * duplicate addresses with different conditions, where the first wins unless a later one is local).
 */
export function buildEndpointsMap(topology: Topology, family: IpFamily, nodeName: string): Map<string, EndpointInfo[]> {
  const byKey = new Map<string, Map<string, EndpointInfo>>();
  for (const slice of topology.endpointSlices) addSlice(byKey, slice, family, nodeName);
  const out = new Map<string, EndpointInfo[]>();
  for (const [key, set] of byKey) {
    if (set.size === 0) continue;
    out.set(key, [...set.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0)));
  }
  return out;
}

function addSlice(byKey: Map<string, Map<string, EndpointInfo>>, slice: EndpointSlice, family: IpFamily, nodeName: string): void {
  // supportedEndpointSliceAddressTypes: IPv4 and IPv6 only (FQDN slices are ignored).
  if (slice.addressType === 'FQDN') return;
  for (const port of slice.ports) {
    // "Ignoring invalid endpoint port": nil or 0. A nil name is defaulted to "" by the API server.
    if (port.port === null || port.port === 0) continue;
    const key = servicePortKey(slice.namespace, slice.serviceName, port.name ?? '', port.protocol);
    let set = byKey.get(key);
    if (set === undefined) byKey.set(key, (set = new Map()));
    for (const ep of slice.endpoints) {
      const ip = ep.addresses[0];
      if (ip === undefined) continue; // "Ignoring invalid endpoint port with empty address"
      if (familyOf(ip) !== family) continue; // "Filter out the incorrect IP version case"
      const info = endpointInfo(ep, ip, port.port, nodeName);
      // Deduplicate by ip:port; "we favor a true value [of isLocal] here if it exists".
      if (!set.has(info.endpoint) || info.isLocal) set.set(info.endpoint, info);
    }
  }
}
