import type { Topology } from '../../src/engine/model/topology';
import { makeTopology } from '../helpers/topologyBuilder';

/**
 * A dual-stack topology in which every field differs from its default and every kind of value the store
 * maps specially occurs: IPv6 in forms Postgres prints differently (host prefixes, low-32-bit values),
 * renamed enum values (aws-vpc-cni, host-gw, on-prem), every route type, a u32 route metric, a headless,
 * an ExternalName, a NodePort and a LoadBalancer Service, a Service without selector and one with an empty
 * selector, named and numbered target ports, an FQDN and an inferred EndpointSlice, a node route table
 * without routes, and label maps whose key order is not sorted.
 */
export function richTopology(name = 'rich'): Topology {
  return makeTopology(name, (t) => {
    t.description = 'dual-stack, every field set';
    t.version = 0;
    t.clusterDomain = 'corp.example';
    t.podCIDRs = ['10.244.0.0/16', 'fd00:10:244::/56'];
    t.serviceCIDRs = ['10.96.0.0/12', 'fd00:10:96::/112'];
    t.nodeCIDRMaskSize = { ipv4: 25, ipv6: 72 };
    t.cni = { plugin: 'aws-vpc-cni', overlay: 'host-gw', crossSubnet: true, bridge: 'cbr0', vni: 4097, port: 8473, mtu: 8951 };
    t.kubeProxy = {
      mode: 'ipvs',
      clusterCIDRs: ['10.244.0.0/16', 'fd00:10:244::/56'],
      masqueradeBit: 13,
      masqueradeAll: true,
      localhostNodePorts: false,
      nodePortAddresses: ['10.0.0.0/24', 'fd00:1::/64'],
    };
    t.underlay = {
      mtu: 9001,
      subnets: [
        { name: 'subnet-a', cidr: '10.0.0.0/24', gateway: '10.0.0.1', zone: 'zone-a', mtu: 9001 },
        { name: 'subnet-v6', cidr: 'fd00:1::/64', gateway: 'fd00:1::1', zone: 'zone-a', mtu: 1480 },
        { name: 'single-host', cidr: '192.0.2.7/32', gateway: null, zone: null, mtu: null },
      ],
      routes: [
        { destination: '0.0.0.0/0', via: '10.0.0.1', dev: 'eth0', type: 'unicast', metric: 4294967295, src: '10.0.0.11', onlink: true },
        { destination: '::/0', via: 'fd00:1::1', dev: 'eth0', type: 'unicast', metric: 1024, src: null, onlink: false },
        { destination: '198.51.100.0/24', via: null, dev: null, type: 'blackhole', metric: null, src: null, onlink: false },
        { destination: '2001:db8::1/128', via: null, dev: null, type: 'unreachable', metric: 0, src: null, onlink: false },
        { destination: '203.0.113.0/24', via: null, dev: null, type: 'prohibit', metric: null, src: null, onlink: false },
        { destination: '10.0.0.11/32', via: null, dev: 'lo', type: 'local', metric: null, src: '10.0.0.11', onlink: false },
      ],
    };
    t.externalNetworks = [
      { name: 'corp', cidr: '172.16.0.0/12', kind: 'on-prem' },
      { name: 'peer', cidr: '2001:db8:100::/48', kind: 'peering' },
      { name: 'mgmt', cidr: '100.64.0.0/10', kind: 'reserved' },
      { name: 'vpc', cidr: '10.0.0.0/8', kind: 'vpc' },
      { name: 'misc', cidr: '::2:3/128', kind: 'other' },
    ];
    t.nodeRoutes = [
      {
        node: 'node-a',
        routes: [
          { destination: '10.244.1.0/24', via: '10.0.0.12', dev: 'eth0', type: 'unicast', metric: 100, src: null, onlink: true },
          { destination: 'fd00:10:244:1::/64', via: 'fd00:1::12', dev: 'eth0', type: 'unicast', metric: null, src: null, onlink: false },
        ],
      },
      { node: 'node-b', routes: [] },
    ];
    t.nodes = [
      {
        name: 'node-a',
        internalIPs: ['10.0.0.11', 'fd00:1::11'],
        externalIPs: ['203.0.113.11', '2001:db8:ff::11'],
        subnet: 'subnet-a',
        podCIDRs: ['10.244.0.0/25', 'fd00:10:244::/72'],
        labels: { zone: 'a', 'kubernetes.io/hostname': 'node-a', arch: 'arm64' },
        mtu: 9001,
        maxPods: 250,
      },
      {
        name: 'node-b',
        internalIPs: ['10.0.0.12', 'fd00:1::12'],
        externalIPs: [],
        subnet: null,
        podCIDRs: [],
        labels: {},
        mtu: null,
        maxPods: null,
      },
    ];
    t.pods = [
      {
        namespace: 'shop',
        name: 'web-a',
        nodeName: 'node-a',
        ips: ['10.244.0.5', 'fd00:10:244::5'],
        hostNetwork: false,
        labels: { tier: 'front', app: 'web' },
        ports: [
          { container: 'web', name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: null },
          { container: 'web', name: null, containerPort: 9090, protocol: 'UDP', hostPort: 19090 },
          { container: 'sidecar', name: 'sctp', containerPort: 3868, protocol: 'SCTP', hostPort: null },
        ],
        ready: false,
        owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d77fb55cc' },
      },
      { namespace: 'kube-system', name: 'agent-b', nodeName: 'node-b', ips: ['10.0.0.12', 'fd00:1::12'], hostNetwork: true, labels: { app: 'agent' }, ports: [], ready: true, owner: { apiVersion: 'v1', kind: 'Node', name: 'node-b' } },
      { namespace: 'shop', name: 'pending', nodeName: null, ips: [], hostNetwork: false, labels: { app: 'web' }, ports: [], ready: true },
    ];
    t.services = [
      {
        namespace: 'shop',
        name: 'web',
        type: 'LoadBalancer',
        clusterIPs: ['fd00:10:96::a', '10.96.0.20'],
        headless: false,
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30080, appProtocol: 'http' },
          { name: 'metrics', protocol: 'UDP', port: 9090, targetPort: 9090, nodePort: 30090, appProtocol: null },
        ],
        selector: { tier: 'front', app: 'web' },
        externalIPs: ['198.51.100.10', '2001:db8::10'],
        loadBalancerIPs: ['203.0.113.50', '2001:db8:ff::50'],
        loadBalancerSourceRanges: ['192.0.2.0/24', '2001:db8:1::/48', '198.51.100.1/32'],
        externalName: null,
        sessionAffinity: 'ClientIP',
        sessionAffinityTimeoutSeconds: 600,
        externalTrafficPolicy: 'Local',
        internalTrafficPolicy: 'Local',
        healthCheckNodePort: 32000,
        ipFamilies: ['IPv6', 'IPv4'],
        ipFamilyPolicy: 'RequireDualStack',
        publishNotReadyAddresses: true,
        labels: { team: 'shop', app: 'web' },
      },
      {
        namespace: 'shop',
        name: 'web-headless',
        type: 'ClusterIP',
        clusterIPs: [],
        headless: true,
        ports: [{ name: null, protocol: 'TCP', port: 8080, targetPort: 8080, nodePort: null, appProtocol: null }],
        selector: {},
        externalIPs: [],
        loadBalancerIPs: [],
        loadBalancerSourceRanges: [],
        externalName: null,
        sessionAffinity: 'None',
        sessionAffinityTimeoutSeconds: null,
        externalTrafficPolicy: 'Cluster',
        internalTrafficPolicy: 'Cluster',
        healthCheckNodePort: null,
        ipFamilies: ['IPv4', 'IPv6'],
        ipFamilyPolicy: 'PreferDualStack',
        publishNotReadyAddresses: false,
        labels: {},
      },
      {
        namespace: 'shop',
        name: 'payments',
        type: 'ExternalName',
        clusterIPs: [],
        headless: false,
        ports: [],
        selector: null,
        externalIPs: [],
        loadBalancerIPs: [],
        loadBalancerSourceRanges: [],
        externalName: 'payments.example.com',
        sessionAffinity: 'None',
        sessionAffinityTimeoutSeconds: null,
        externalTrafficPolicy: 'Cluster',
        internalTrafficPolicy: 'Cluster',
        healthCheckNodePort: null,
        ipFamilies: [],
        ipFamilyPolicy: null,
        publishNotReadyAddresses: false,
        labels: { owner: 'billing' },
      },
    ];
    t.endpointSlices = [
      {
        namespace: 'shop',
        name: 'web-v6',
        serviceName: 'web',
        addressType: 'IPv6',
        endpoints: [
          {
            addresses: ['fd00:10:244::5'],
            ready: false,
            serving: true,
            terminating: true,
            nodeName: 'node-a',
            zone: 'zone-a',
            hostname: 'web-a',
            targetPod: { namespace: 'shop', name: 'web-a' },
          },
        ],
        ports: [
          { name: 'http', protocol: 'TCP', port: 8080, appProtocol: 'http' },
          { name: null, protocol: 'SCTP', port: null, appProtocol: null },
        ],
        inferred: true,
      },
      {
        namespace: 'shop',
        name: 'external-fqdn',
        serviceName: 'payments',
        addressType: 'FQDN',
        endpoints: [
          { addresses: ['payments.example.com', 'backup.example.com'], ready: true, serving: true, terminating: false, nodeName: null, zone: null, hostname: null, targetPod: null },
        ],
        ports: [],
        inferred: false,
      },
      { namespace: 'shop', name: 'empty', serviceName: 'web-headless', addressType: 'IPv4', endpoints: [], ports: [], inferred: false },
    ];
  });
}
