import type { Topology } from '../../src/engine/model/topology';

/**
 * Test fixtures in the style of Kubernetes' makeTestService(ns, name, func(svc){…}): a small but complete
 * and valid topology, changed by an override callback that edits a mutable copy.
 *
 * The cluster: IPv4 only, flannel VXLAN, kube-proxy iptables, one underlay subnet 10.0.0.0/24 with two
 * nodes, one pod per node labelled app=web, a ClusterIP Service `default/web` selecting them with its
 * EndpointSlice, and the kube-dns Service at the 10th address of the service range (docs/ARCHITECTURE.md "The Service network") whose
 * selector matches no pod, so it has the empty placeholder slice that src/io/inferEndpointSlices.ts infers
 * (as the EndpointSlice controller does).
 */

/** A deep mutable copy type for override callbacks. */
export type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;

export function makeTopology(name: string, override?: (t: Draft<Topology>) => void): Topology {
  const t: Draft<Topology> = {
    name,
    description: `test topology ${name}`,
    version: 0,
    clusterDomain: 'cluster.local',
    podCIDRs: ['10.244.0.0/16'],
    serviceCIDRs: ['10.96.0.0/12'],
    nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
    cni: { plugin: 'flannel', overlay: 'vxlan', crossSubnet: false, bridge: 'cni0', vni: null, port: null, mtu: null },
    kubeProxy: { mode: 'iptables', clusterCIDRs: [], masqueradeBit: 14, masqueradeAll: false, localhostNodePorts: true, nodePortAddresses: [] },
    underlay: {
      mtu: 1500,
      subnets: [{ name: 'subnet-a', cidr: '10.0.0.0/24', gateway: '10.0.0.1', zone: null, mtu: null }],
      routes: [{ destination: '0.0.0.0/0', via: '10.0.0.1', dev: 'eth0', type: 'unicast', metric: null, src: null, onlink: false }],
    },
    externalNetworks: [],
    nodeRoutes: [],
    nodes: [
      { name: 'node-a', internalIPs: ['10.0.0.11'], externalIPs: [], subnet: 'subnet-a', podCIDRs: ['10.244.0.0/24'], labels: { 'kubernetes.io/hostname': 'node-a' }, mtu: null, maxPods: null },
      { name: 'node-b', internalIPs: ['10.0.0.12'], externalIPs: [], subnet: 'subnet-a', podCIDRs: ['10.244.1.0/24'], labels: { 'kubernetes.io/hostname': 'node-b' }, mtu: null, maxPods: null },
    ],
    pods: [
      {
        namespace: 'default',
        name: 'web-a',
        nodeName: 'node-a',
        ips: ['10.244.0.5'],
        hostNetwork: false,
        labels: { app: 'web' },
        ports: [{ container: 'web', name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: null }],
        ready: true,
      },
      {
        namespace: 'default',
        name: 'web-b',
        nodeName: 'node-b',
        ips: ['10.244.1.5'],
        hostNetwork: false,
        labels: { app: 'web' },
        ports: [{ container: 'web', name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: null }],
        ready: true,
      },
    ],
    services: [
      service('default', 'web', ['10.96.0.20'], { app: 'web' }, [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: null, appProtocol: null }]),
      service('kube-system', 'kube-dns', ['10.96.0.10'], { 'k8s-app': 'kube-dns' }, [
        { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53, nodePort: null, appProtocol: null },
        { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53, nodePort: null, appProtocol: null },
      ]),
    ],
    endpointSlices: [
      {
        namespace: 'default',
        name: 'web-abc12',
        serviceName: 'web',
        addressType: 'IPv4',
        endpoints: [
          { addresses: ['10.244.0.5'], ready: true, serving: true, terminating: false, nodeName: 'node-a', zone: null, hostname: null, targetPod: { namespace: 'default', name: 'web-a' } },
          { addresses: ['10.244.1.5'], ready: true, serving: true, terminating: false, nodeName: 'node-b', zone: null, hostname: null, targetPod: { namespace: 'default', name: 'web-b' } },
        ],
        ports: [{ name: 'http', protocol: 'TCP', port: 8080, appProtocol: null }],
        inferred: false,
      },
      { namespace: 'kube-system', name: 'kube-dns-inferred-1', serviceName: 'kube-dns', addressType: 'IPv4', endpoints: [], ports: [], inferred: true },
    ],
  };
  override?.(t);
  return t;
}

function service(
  namespace: string,
  name: string,
  clusterIPs: string[],
  selector: Record<string, string>,
  ports: Draft<Topology['services'][number]['ports']>,
): Draft<Topology['services'][number]> {
  return {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIPs,
    headless: false,
    ports,
    selector,
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
    ipFamilyPolicy: 'SingleStack',
    publishNotReadyAddresses: false,
    labels: {},
  };
}
