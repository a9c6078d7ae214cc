/**
 * Topology builders for the overlay tests, in the Kubernetes test style: a small valid default plus
 * override callbacks (`makeTopology((t) => { t.cni.overlay = 'vxlan'; })`).
 */
import type { ClusterNode, CniConfig, Endpoint, EndpointSlice, Pod, Service, Topology, UnderlaySubnet } from '../../../src/engine/model/topology';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] extends object ? Mutable<T[K]> : T[K] };
export type TopologyDraft = Mutable<Omit<Topology, 'cni'>> & { cni: Mutable<CniConfig> };

export function makeSubnet(name: string, cidr: string, mtu: number | null = null): UnderlaySubnet {
  return { name, cidr, gateway: null, zone: null, mtu };
}

export function makeNode(name: string, subnet: string | null, ip: string, fn?: (n: Mutable<ClusterNode>) => void): ClusterNode {
  const n: Mutable<ClusterNode> = { name, internalIPs: [ip], externalIPs: [], subnet, podCIDRs: [], labels: {}, mtu: null, maxPods: null };
  fn?.(n);
  return n;
}

export function makePod(namespace: string, name: string, nodeName: string | null, ip: string, fn?: (p: Mutable<Pod>) => void): Pod {
  const p: Mutable<Pod> = { namespace, name, nodeName, ips: [ip], hostNetwork: false, labels: {}, ports: [], ready: true };
  fn?.(p);
  return p;
}

export function makeService(namespace: string, name: string): Service {
  return {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIPs: ['10.96.0.10'],
    headless: false,
    ports: [{ name: null, protocol: 'TCP', port: 80, targetPort: 8080, nodePort: null, appProtocol: null }],
    selector: { app: name },
    externalIPs: [],
    loadBalancerIPs: [],
    loadBalancerSourceRanges: [],
    externalName: null,
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: null,
    externalTrafficPolicy: 'Cluster',
    internalTrafficPolicy: 'Cluster',
    healthCheckNodePort: null,
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: null,
    publishNotReadyAddresses: false,
    labels: {},
  };
}

/** An endpoint backed by a pod of the topology (targetRef), on `nodeName`. */
export function makeEndpoint(pod: Pod, fn?: (e: Mutable<Endpoint>) => void): Endpoint {
  const e: Mutable<Endpoint> = {
    addresses: [...pod.ips],
    ready: true,
    serving: true,
    terminating: false,
    nodeName: pod.nodeName,
    zone: null,
    hostname: null,
    targetPod: { namespace: pod.namespace, name: pod.name },
  };
  fn?.(e);
  return e;
}

export function makeSlice(namespace: string, serviceName: string, endpoints: Endpoint[], addressType: EndpointSlice['addressType'] = 'IPv4'): EndpointSlice {
  return { namespace, name: `${serviceName}-abcde`, serviceName, addressType, endpoints, ports: [], inferred: false };
}

/** Two /24 subnets with two nodes each, Calico VXLAN, IPv4, underlay 1500. */
export function makeTopology(fn?: (t: TopologyDraft) => void): Topology {
  const t: TopologyDraft = {
    name: 'test',
    description: '',
    version: 0,
    clusterDomain: 'cluster.local',
    podCIDRs: ['10.244.0.0/16'],
    serviceCIDRs: ['10.96.0.0/12'],
    nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
    cni: { plugin: 'calico', overlay: 'vxlan', crossSubnet: false, bridge: 'cni0', vni: null, port: null, mtu: null },
    kubeProxy: { mode: 'iptables', clusterCIDRs: [], masqueradeBit: 14, masqueradeAll: false, localhostNodePorts: true, nodePortAddresses: [] },
    underlay: { mtu: 1500, subnets: [makeSubnet('a', '10.0.1.0/24'), makeSubnet('b', '10.0.2.0/24')], routes: [] },
    externalNetworks: [],
    nodeRoutes: [],
    nodes: [makeNode('a1', 'a', '10.0.1.11'), makeNode('a2', 'a', '10.0.1.12'), makeNode('b1', 'b', '10.0.2.11'), makeNode('b2', 'b', '10.0.2.12')],
    pods: [],
    services: [],
    endpointSlices: [],
  };
  fn?.(t);
  return t as Topology;
}

/** Makes the default topology dual-stack: IPv6 cluster CIDR and an IPv6 InternalIP on every node. */
export function dualStack(t: TopologyDraft): void {
  t.podCIDRs = ['10.244.0.0/16', 'fd00:10:244::/56'];
  t.nodes = t.nodes.map((n, i) => ({ ...n, internalIPs: [...n.internalIPs, `fd00::${i + 1}`] }));
}
