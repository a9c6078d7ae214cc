/** Nodes, pods and Services against the ranges that should hold them: one named case per finding kind. */
import { describe } from '@jest/globals';
import type { Topology } from '../../../src/engine/model/topology';
import { find, makeNode, makePod, makeService, type Draft } from './builder';
import { o, POD4, POD6, run, SVC4, SVC6 } from './harness';

describe('nodes', () => {
  run([
    {
      name: 'NODE_POD_CIDR_OVERLAP IPv4 identical blocks',
      edit: (t) => {
        find(t.nodes, 'node-2').podCIDRs[0] = '10.244.0.0/24';
        find(t.pods, 'web-2').ips[0] = '10.244.0.6';
      },
      want: [{ kind: 'NODE_POD_CIDR_OVERLAP', severity: 'error', objects: [o('nodePodCIDR', 'node-1', '10.244.0.0/24'), o('nodePodCIDR', 'node-2', '10.244.0.0/24')], message: /^Node "node-1" podCIDR 10\.244\.0\.0\/24 is the same range as node "node-2" podCIDR/ }],
    },
    {
      name: 'NODE_POD_CIDR_OVERLAP IPv6 nested blocks',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['fd00:10:244:1::/65'], (n) => (n.subnet = 'nodes-a'))),
      want: [
        { kind: 'NODE_POD_CIDR_OVERLAP', severity: 'error', objects: [o('nodePodCIDR', 'node-2', 'fd00:10:244:1::/64'), o('nodePodCIDR', 'node-3', 'fd00:10:244:1::/65')], message: /contains node "node-3" podCIDR/ },
        { kind: 'NODE_POD_CIDR_MASK_MISMATCH', severity: 'warning', objects: [o('nodePodCIDR', 'node-3', 'fd00:10:244:1::/65')], message: /is a \/65 but the configured IPv6 node mask is \/64/ },
      ],
    },
    {
      name: 'NODE_POD_CIDR_OUTSIDE_CLUSTER IPv4 quotes the range allocator',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['10.245.0.0/24'])),
      want: [{ kind: 'NODE_POD_CIDR_OUTSIDE_CLUSTER', severity: 'error', objects: [o('nodePodCIDR', 'node-3', '10.245.0.0/24'), POD4], message: /"cidr 10\.245\.0\.0\/24 is out the range of cluster cidr 10\.244\.0\.0\/16"/ }],
    },
    {
      name: 'NODE_POD_CIDR_OUTSIDE_CLUSTER IPv6',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['fd00:10:245::/64'])),
      want: [{ kind: 'NODE_POD_CIDR_OUTSIDE_CLUSTER', severity: 'error', objects: [o('nodePodCIDR', 'node-3', 'fd00:10:245::/64'), POD6], message: /outside the cluster pod CIDR fd00:10:244::\/56/ }],
    },
    {
      name: 'NODE_POD_CIDR_OUTSIDE_CLUSTER when the family has no cluster CIDR',
      edit: (t) => {
        t.podCIDRs = ['10.244.0.0/16'];
        find(t.pods, 'web-1').ips.pop();
        find(t.pods, 'web-2').ips.pop();
        find(t.nodes, 'node-1').podCIDRs.pop();
      },
      want: [{ kind: 'NODE_POD_CIDR_OUTSIDE_CLUSTER', severity: 'error', objects: [o('nodePodCIDR', 'node-2', 'fd00:10:244:1::/64')], message: /is IPv6 but no IPv6 cluster pod CIDR is configured/ }],
    },
    {
      name: 'NODE_POD_CIDR_OUTSIDE_CLUSTER when the node block is larger than the cluster CIDR',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['10.244.0.0/15'])),
      want: [
        { kind: 'NODE_POD_CIDR_OUTSIDE_CLUSTER', severity: 'error', objects: [o('nodePodCIDR', 'node-3', '10.244.0.0/15'), POD4], message: /is larger than the cluster pod CIDR 10\.244\.0\.0\/16: the range allocator would mark every block used/ },
        { kind: 'NODE_POD_CIDR_OVERLAP', severity: 'error', objects: [o('nodePodCIDR', 'node-1', '10.244.0.0/24'), o('nodePodCIDR', 'node-3', '10.244.0.0/15')], message: /lies inside node "node-3"/ },
        { kind: 'NODE_POD_CIDR_OVERLAP', severity: 'error', objects: [o('nodePodCIDR', 'node-2', '10.244.1.0/24'), o('nodePodCIDR', 'node-3', '10.244.0.0/15')], message: /lies inside node "node-3"/ },
        { kind: 'NODE_POD_CIDR_MASK_MISMATCH', severity: 'warning', objects: [o('nodePodCIDR', 'node-3', '10.244.0.0/15')], message: /counts it as 512 \/24 blocks/ },
      ],
    },
    {
      name: 'NODE_POD_CIDR_MASK_MISMATCH IPv4 smaller block',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['10.244.5.0/25'])),
      want: [{ kind: 'NODE_POD_CIDR_MASK_MISMATCH', severity: 'warning', objects: [o('nodePodCIDR', 'node-3', '10.244.5.0/25')], message: /reserves the whole enclosing \/24 for it, while the node gets only 128 addresses/ }],
    },
    {
      name: 'NODE_POD_CIDR_MASK_MISMATCH IPv6 larger block',
      edit: (t) => t.nodes.push(makeNode('node-3', ['192.168.10.13'], ['fd00:10:244:4::/62'])),
      want: [{ kind: 'NODE_POD_CIDR_MASK_MISMATCH', severity: 'warning', objects: [o('nodePodCIDR', 'node-3', 'fd00:10:244:4::/62')], message: /counts it as 4 \/64 blocks/ }],
    },
    {
      name: 'NODE_IP_OUTSIDE_SUBNET IPv4: outside the named subnet',
      edit: (t) => (find(t.nodes, 'node-2').internalIPs[0] = '192.168.11.12'),
      want: [{ kind: 'NODE_IP_OUTSIDE_SUBNET', severity: 'error', objects: [o('nodeIP', 'node-2', '192.168.11.12/32'), o('subnet', 'nodes-a', '192.168.10.0/24')], message: /is outside its underlay subnet "nodes-a"/ }],
    },
    {
      name: 'NODE_IP_OUTSIDE_SUBNET IPv6: outside the named subnet',
      edit: (t) => t.nodes.push(makeNode('v6-only', ['fd00:192:168:11::1'], [], (n) => (n.subnet = 'nodes-a-v6'))),
      want: [{ kind: 'NODE_IP_OUTSIDE_SUBNET', severity: 'error', objects: [o('nodeIP', 'v6-only', 'fd00:192:168:11::1/128'), o('subnet', 'nodes-a-v6', 'fd00:192:168:10::/64')], message: /next hops through it/ }],
    },
    {
      name: 'NODE_IP_OUTSIDE_SUBNET warning: in no subnet of its family',
      edit: (t) => (find(t.nodes, 'node-2').internalIPs[1] = 'fd00:192:168:99::12'),
      want: [{ kind: 'NODE_IP_OUTSIDE_SUBNET', severity: 'warning', objects: [o('nodeIP', 'node-2', 'fd00:192:168:99::12/128')], message: /in none of the IPv6 underlay subnets/ }],
    },
    {
      name: 'NODE_IP_DUPLICATE IPv4 and IPv6',
      edit: (t) => (find(t.nodes, 'node-2').internalIPs = ['192.168.10.11', 'fd00:192:168:10::11']),
      want: [
        { kind: 'NODE_IP_DUPLICATE', severity: 'error', objects: [o('nodeIP', 'node-1', '192.168.10.11/32'), o('nodeIP', 'node-2', '192.168.10.11/32')], message: /^192\.168\.10\.11 is used by 2 nodes \(node-1, node-2\)/ },
        { kind: 'NODE_IP_DUPLICATE', severity: 'error', objects: [o('nodeIP', 'node-1', 'fd00:192:168:10::11/128'), o('nodeIP', 'node-2', 'fd00:192:168:10::11/128')], message: /^fd00:192:168:10::11 is used by 2 nodes/ },
      ],
    },
  ]);
});

describe('pods', () => {
  run([
    {
      name: 'POD_IP_OUTSIDE_NODE_POD_CIDR IPv4 (host-local IPAM: error)',
      edit: (t) => (find(t.pods, 'web-1').ips[0] = '10.244.1.9'),
      want: [{ kind: 'POD_IP_OUTSIDE_NODE_POD_CIDR', severity: 'error', objects: [o('podIP', 'default/web-1', '10.244.1.9/32'), o('nodePodCIDR', 'node-1', '10.244.0.0/24')], message: /^Pod default\/web-1 IP 10\.244\.1\.9 is outside its node "node-1"'s podCIDR 10\.244\.0\.0\/24: routes send traffic/ }],
    },
    {
      name: 'POD_IP_OUTSIDE_NODE_POD_CIDR IPv6',
      edit: (t) => (find(t.pods, 'web-2').ips[1] = 'fd00:10:244:77::5'),
      want: [{ kind: 'POD_IP_OUTSIDE_NODE_POD_CIDR', severity: 'error', objects: [o('podIP', 'default/web-2', 'fd00:10:244:77::5/128'), o('nodePodCIDR', 'node-2', 'fd00:10:244:1::/64')], message: /not to "node-2"/ }],
    },
    {
      name: 'POD_IP_OUTSIDE_NODE_POD_CIDR is a warning with a plugin that has its own IPAM',
      edit: (t) => {
        t.cni.plugin = 'calico';
        find(t.pods, 'web-1').ips[0] = '10.244.1.9';
      },
      want: [{ kind: 'POD_IP_OUTSIDE_NODE_POD_CIDR', severity: 'warning', objects: [o('podIP', 'default/web-1', '10.244.1.9/32'), o('nodePodCIDR', 'node-1', '10.244.0.0/24')], message: /calico assigns pod IPs from its own pools/ }],
    },
    {
      name: 'a node without a podCIDR of the family gives nothing to compare',
      edit: (t) => {
        find(t.nodes, 'node-1').podCIDRs = ['10.244.0.0/24'];
        find(t.pods, 'web-1').ips[1] = 'fd00:10:244:99::1';
      },
      want: [],
    },
    {
      name: 'POD_IP_DUPLICATE IPv4 (three pods, one finding)',
      edit: (t) => {
        t.pods.push(makePod('default', 'web-3', 'node-1', ['10.244.0.5']));
        t.pods.push(makePod('other', 'api', 'node-1', ['10.244.0.5']));
      },
      want: [{ kind: 'POD_IP_DUPLICATE', severity: 'error', objects: [o('podIP', 'default/web-1', '10.244.0.5/32'), o('podIP', 'default/web-3', '10.244.0.5/32'), o('podIP', 'other/api', '10.244.0.5/32')], message: /^10\.244\.0\.5 is used by 3 pods \(default\/web-1, default\/web-3, other\/api\)/ }],
    },
    {
      name: 'POD_IP_DUPLICATE IPv6',
      edit: (t) => t.pods.push(makePod('default', 'web-3', 'node-2', ['fd00:10:244:1::5'])),
      want: [{ kind: 'POD_IP_DUPLICATE', severity: 'error', objects: [o('podIP', 'default/web-2', 'fd00:10:244:1::5/128'), o('podIP', 'default/web-3', 'fd00:10:244:1::5/128')], message: /used by 2 pods/ }],
    },
    {
      name: 'hostNetwork pods share the node address without a finding',
      edit: (t) => t.pods.push(makePod('kube-system', 'cilium-1', 'node-1', ['192.168.10.11'], (p) => (p.hostNetwork = true))),
      want: [],
    },
  ]);
});

describe('services', () => {
  const svc = (s: Parameters<typeof makeService>[3]) => (t: Draft<Topology>) => t.services.push(makeService('apps', 'shop', ['10.96.1.1', 'fd00:10:96::101'], s));
  run([
    {
      name: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR IPv4',
      edit: (t) => t.services.push(makeService('apps', 'shop', ['10.200.0.1'])),
      want: [{ kind: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR', severity: 'error', objects: [o('clusterIP', 'apps/shop', '10.200.0.1/32'), SVC4], message: /^Service apps\/shop ClusterIP 10\.200\.0\.1 cannot have been assigned by the API server: it is outside the service CIDR 10\.96\.0\.0\/12/ }],
    },
    {
      name: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR IPv6',
      edit: (t) => t.services.push(makeService('apps', 'shop', ['fd00:10:97::1'])),
      want: [{ kind: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR', severity: 'error', objects: [o('clusterIP', 'apps/shop', 'fd00:10:97::1/128'), SVC6], message: /outside the service CIDR fd00:10:96::\/112/ }],
    },
    {
      name: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR when the family has no service CIDR',
      edit: (t) => {
        t.serviceCIDRs = ['10.96.0.0/12'];
        for (const s of t.services) s.clusterIPs = s.clusterIPs.filter((ip) => !ip.includes(':'));
        t.services.push(makeService('apps', 'v6', ['fd00:10:96::99']));
      },
      want: [{ kind: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR', severity: 'error', objects: [o('clusterIP', 'apps/v6', 'fd00:10:96::99/128')], message: /no IPv6 service CIDR is configured/ }],
    },
    {
      name: 'CLUSTER_IP_DUPLICATE IPv4 and IPv6',
      edit: (t) => t.services.push(makeService('apps', 'copy', ['10.96.0.20', 'fd00:10:96::20'])),
      want: [
        { kind: 'CLUSTER_IP_DUPLICATE', severity: 'error', objects: [o('clusterIP', 'apps/copy', '10.96.0.20/32'), o('clusterIP', 'default/web', '10.96.0.20/32')], message: /^10\.96\.0\.20 is used by 2 Services \(apps\/copy, default\/web\)/ },
        { kind: 'CLUSTER_IP_DUPLICATE', severity: 'error', objects: [o('clusterIP', 'apps/copy', 'fd00:10:96::20/128'), o('clusterIP', 'default/web', 'fd00:10:96::20/128')], message: /fd00:10:96::20 is used by 2 Services/ },
      ],
    },
    {
      name: 'EXTERNAL_IP_IN_POD_CIDR IPv4 and IPv6',
      edit: svc((s) => (s.externalIPs = ['10.244.9.9', 'fd00:10:244:9::9'])),
      want: [
        { kind: 'EXTERNAL_IP_IN_POD_CIDR', severity: 'error', objects: [o('externalIP', 'apps/shop', '10.244.9.9/32'), POD4], message: /^Service apps\/shop externalIP 10\.244\.9\.9 lies inside pod CIDR 10\.244\.0\.0\/16/ },
        { kind: 'EXTERNAL_IP_IN_POD_CIDR', severity: 'error', objects: [o('externalIP', 'apps/shop', 'fd00:10:244:9::9/128'), POD6], message: /may be a pod's IP/ },
      ],
    },
    {
      name: 'EXTERNAL_IP_IN_SERVICE_CIDR',
      edit: svc((s) => (s.externalIPs = ['10.96.5.5'])),
      want: [{ kind: 'EXTERNAL_IP_IN_SERVICE_CIDR', severity: 'error', objects: [o('externalIP', 'apps/shop', '10.96.5.5/32'), SVC4], message: /ClusterIP allocator may give the same address/ }],
    },
    {
      name: 'LOAD_BALANCER_IP_IN_POD_CIDR',
      edit: svc((s) => (s.loadBalancerIPs = ['fd00:10:244:5::1'])),
      want: [{ kind: 'LOAD_BALANCER_IP_IN_POD_CIDR', severity: 'error', objects: [o('loadBalancerIP', 'apps/shop', 'fd00:10:244:5::1/128'), POD6], message: /load-balancer IP fd00:10:244:5::1 lies inside pod CIDR/ }],
    },
    {
      name: 'LOAD_BALANCER_IP_IN_SERVICE_CIDR',
      edit: svc((s) => (s.loadBalancerIPs = ['10.96.7.7'])),
      want: [{ kind: 'LOAD_BALANCER_IP_IN_SERVICE_CIDR', severity: 'error', objects: [o('loadBalancerIP', 'apps/shop', '10.96.7.7/32'), SVC4], message: /Give the load balancer an address outside the service CIDR/ }],
    },
  ]);
});

