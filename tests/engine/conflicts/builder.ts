/**
 * A small topology builder for the conflict tests: a clean dual-stack cluster by default, changed through
 * override callbacks (the makeTestService(ns, name, func(svc){…}) pattern from Kubernetes' proxy tests).
 * Kept local on purpose; tests/helpers/topologyBuilder.ts is someone else's and may differ.
 */
import type { ClusterNode, Pod, Service, Topology } from '../../../src/engine/model/topology';

/** Deep-mutable view of a readonly model type, for override callbacks. */
export type Draft<T> = T extends ReadonlyArray<infer U> ? Array<Draft<U>> : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;

export function makeNode(name: string, internalIPs: string[], podCIDRs: string[], edit?: (n: Draft<ClusterNode>) => void): Draft<ClusterNode> {
  const n: Draft<ClusterNode> = { name, internalIPs, externalIPs: [], subnet: 'nodes-a', podCIDRs, labels: {}, mtu: null, maxPods: null };
  edit?.(n);
  return n;
}

export function makePod(namespace: string, name: string, nodeName: string | null, ips: string[], edit?: (p: Draft<Pod>) => void): Draft<Pod> {
  const p: Draft<Pod> = { namespace, name, nodeName, ips, hostNetwork: false, labels: {}, ports: [], ready: true };
  edit?.(p);
  return p;
}

export function makeService(namespace: string, name: string, clusterIPs: string[], edit?: (s: Draft<Service>) => void): Draft<Service> {
  const s: Draft<Service> = {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIPs,
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
    ipFamilies: clusterIPs.map((ip) => (ip.includes(':') ? 'IPv6' : 'IPv4')),
    ipFamilyPolicy: clusterIPs.length > 1 ? 'RequireDualStack' : 'SingleStack',
    publishNotReadyAddresses: false,
    labels: {},
  };
  edit?.(s);
  return s;
}

/**
 * The clean cluster: dual-stack pod and service CIDRs, two nodes in one subnet per family, pods inside
 * their nodes' podCIDRs, hostNetwork pods sharing node addresses, a LoadBalancer Service with public
 * addresses, a VPC that contains the subnets and an on-prem network elsewhere. No finding of any severity.
 */
export function makeTopology(edit?: (t: Draft<Topology>) => void): Topology {
  const t: Draft<Topology> = {
    name: 'conflicts-fixture',
    description: '',
    version: 0,
    clusterDomain: 'cluster.local',
    podCIDRs: ['10.244.0.0/16', 'fd00:10:244::/56'],
    serviceCIDRs: ['10.96.0.0/12', 'fd00:10:96::/112'],
    nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
    cni: { plugin: 'flannel', overlay: 'vxlan', crossSubnet: false, bridge: 'cni0', vni: null, port: null, mtu: null },
    kubeProxy: { mode: 'iptables', clusterCIDRs: [], masqueradeBit: 14, masqueradeAll: false, localhostNodePorts: true, nodePortAddresses: [] },
    underlay: {
      mtu: 1500,
      subnets: [
        { name: 'nodes-a', cidr: '192.168.10.0/24', gateway: '192.168.10.1', zone: 'a', mtu: null },
        { name: 'nodes-a-v6', cidr: 'fd00:192:168:10::/64', gateway: null, zone: 'a', mtu: null },
      ],
      routes: [],
    },
    externalNetworks: [
      { name: 'prod-vpc', cidr: '192.168.0.0/16', kind: 'vpc' },
      { name: 'datacenter', cidr: '172.16.0.0/12', kind: 'on-prem' },
      { name: 'partner', cidr: '2001:db8:beef::/48', kind: 'peering' },
    ],
    nodeRoutes: [],
    nodes: [
      makeNode('node-1', ['192.168.10.11', 'fd00:192:168:10::11'], ['10.244.0.0/24', 'fd00:10:244::/64']),
      makeNode('node-2', ['192.168.10.12', 'fd00:192:168:10::12'], ['10.244.1.0/24', 'fd00:10:244:1::/64']),
    ],
    pods: [
      makePod('default', 'web-1', 'node-1', ['10.244.0.5', 'fd00:10:244::5']),
      makePod('default', 'web-2', 'node-2', ['10.244.1.5', 'fd00:10:244:1::5']),
      makePod('kube-system', 'kube-proxy-1', 'node-1', ['192.168.10.11', 'fd00:192:168:10::11'], (p) => (p.hostNetwork = true)),
      makePod('kube-system', 'node-exporter-1', 'node-1', ['192.168.10.11', 'fd00:192:168:10::11'], (p) => (p.hostNetwork = true)),
      makePod('default', 'pending', null, []),
    ],
    services: [
      makeService('kube-system', 'kube-dns', ['10.96.0.10', 'fd00:10:96::a']),
      makeService('default', 'web', ['10.96.0.20', 'fd00:10:96::20'], (s) => {
        s.type = 'LoadBalancer';
        s.externalIPs = ['198.51.100.7'];
        s.loadBalancerIPs = ['203.0.113.10', '2001:db8:cafe::10'];
      }),
      makeService('default', 'headless', [], (s) => (s.headless = true)),
    ],
    endpointSlices: [],
  };
  edit?.(t);
  return t;
}

/** A named pod/node/service/subnet in a draft, failing loudly when the fixture does not have it. */
export function find<T extends { name: string }>(list: T[], name: string): T {
  const x = list.find((i) => i.name === name);
  if (!x) throw new Error(`fixture has no ${name}`);
  return x;
}
