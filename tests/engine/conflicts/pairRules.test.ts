/**
 * Every pair rule of src/engine/conflicts/pairRules.ts, with the finding written out by hand: kind, severity,
 * the two objects in order, and the whole message. Each row says why the overlap is (or is not) a problem,
 * so a wrong rule, severity or sentence fails here — the test does not share code with the rules.
 * The fixture (builder.ts makeTopology) is a clean dual-stack cluster: pod CIDR 10.244.0.0/16, service CIDR
 * 10.96.0.0/12, subnet nodes-a 192.168.10.0/24 inside the VPC prod-vpc 192.168.0.0/16, the on-prem network
 * datacenter 172.16.0.0/12, Service default/web with externalIP 198.51.100.7.
 */
import { describe, expect, test } from '@jest/globals';
import { findConflicts } from '../../../src/engine/conflicts/findConflicts';
import type { Finding, FindingKind } from '../../../src/engine/conflicts/types';
import type { ExternalNetworkKind, Topology } from '../../../src/engine/model/topology';
import { find, makeTopology, type Draft } from './builder';
import { o, POD4, SVC4 } from './harness';

interface Row {
  name: string;
  edit: (t: Draft<Topology>) => void;
  /** The findings of `kind` the edit must produce, exactly; other kinds the edit causes are other tests' business. */
  kind: FindingKind;
  want: Finding[];
}

const external = (name: string, cidr: string, kind: ExternalNetworkKind) => (t: Draft<Topology>) => void t.externalNetworks.push({ name, cidr, kind });
const subnet = (name: string, cidr: string) => (t: Draft<Topology>) => void t.underlay.subnets.push({ name, cidr, gateway: null, zone: null, mtu: null });
const both = (...edits: Array<(t: Draft<Topology>) => void>) => (t: Draft<Topology>) => edits.forEach((e) => e(t));
const aws = (t: Draft<Topology>) => void (t.cni.plugin = 'aws-vpc-cni');
const CORP = o('externalNetwork', 'corp', '10.0.0.0/8');

const ROWS: Row[] = [
  {
    // kube-proxy matches the service range first, so a pod IP inside it is never reached as a pod.
    name: 'pod CIDR over the service CIDR',
    edit: (t) => (t.podCIDRs[0] = '10.96.0.0/11'),
    kind: 'POD_SERVICE_OVERLAP',
    want: [{ kind: 'POD_SERVICE_OVERLAP', severity: 'error', objects: [o('podCIDR', 'podCIDRs[0]', '10.96.0.0/11'), SVC4], message: 'Pod CIDR 10.96.0.0/11 contains service CIDR 10.96.0.0/12: those addresses would be both pod IPs and ClusterIPs, and kube-proxy captures traffic to the service range before it can reach a pod. Choose non-overlapping pod and service CIDRs.' }],
  },
  {
    // Node addresses inside the pod range: the CNI's pod routes win over the underlay's for that range.
    name: 'pod CIDR over an underlay subnet',
    edit: subnet('rack-x', '10.244.128.0/24'),
    kind: 'POD_SUBNET_OVERLAP',
    want: [{ kind: 'POD_SUBNET_OVERLAP', severity: 'error', objects: [POD4, o('subnet', 'rack-x', '10.244.128.0/24')], message: 'Pod CIDR 10.244.0.0/16 contains underlay subnet "rack-x" (10.244.128.0/24): pod addresses collide with node addresses, and the pod network\'s routes shadow node-to-node traffic in the overlap. Move the pod CIDR out of the underlay.' }],
  },
  {
    // aws-vpc-cni assigns pods secondary IPs of the node's VPC subnet: the overlap is how it works.
    name: 'pod CIDR over an underlay subnet with aws-vpc-cni',
    edit: both(aws, subnet('rack-x', '10.244.128.0/24')),
    kind: 'POD_SUBNET_OVERLAP',
    want: [{ kind: 'POD_SUBNET_OVERLAP', severity: 'info', objects: [POD4, o('subnet', 'rack-x', '10.244.128.0/24')], message: 'Pod CIDR 10.244.0.0/16 contains underlay subnet "rack-x" (10.244.128.0/24): expected with aws-vpc-cni, which gives pods secondary addresses from the VPC subnets.' }],
  },
  {
    // An underlay host whose address becomes a ClusterIP is DNATed away from pods.
    name: 'service CIDR over an underlay subnet',
    edit: subnet('svc-x', '10.100.0.0/24'),
    kind: 'SERVICE_SUBNET_OVERLAP',
    want: [{ kind: 'SERVICE_SUBNET_OVERLAP', severity: 'error', objects: [SVC4, o('subnet', 'svc-x', '10.100.0.0/24')], message: 'Service CIDR 10.96.0.0/12 contains underlay subnet "svc-x" (10.100.0.0/24): an underlay address in the overlap stops being reachable from pods once it is allocated as a ClusterIP, and the nftables proxy drops traffic to every unallocated service address. Move the service CIDR out of the underlay.' }],
  },
  {
    // Pods' packets to that on-prem range go to the pod network: the network is unreachable from pods.
    name: 'pod CIDR inside an on-prem network',
    edit: external('corp', '10.0.0.0/8', 'on-prem'),
    kind: 'POD_EXTERNAL_OVERLAP',
    want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD4, CORP], message: 'Pod CIDR 10.244.0.0/16 lies inside on-prem network "corp" (10.0.0.0/8): pods sending to the overlap are routed into the pod network instead of to "corp", so those destinations are unreachable from pods. Choose a pod CIDR outside it.' }],
  },
  {
    // An "other" network may never be reached from pods: a warning, not an error.
    name: 'pod CIDR inside an external network of kind other',
    edit: external('corp', '10.0.0.0/8', 'other'),
    kind: 'POD_EXTERNAL_OVERLAP',
    want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'warning', objects: [POD4, CORP], message: 'Pod CIDR 10.244.0.0/16 lies inside external network "corp" (10.0.0.0/8): if pods talk to "corp", destinations in the overlap are routed into the pod network instead. Choose a pod CIDR outside it, or confirm pods never reach it.' }],
  },
  {
    // With aws-vpc-cni pod addresses are VPC addresses by design.
    name: 'pod CIDR inside the VPC with aws-vpc-cni',
    edit: both(aws, external('corp', '10.0.0.0/8', 'vpc')),
    kind: 'POD_EXTERNAL_OVERLAP',
    want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'info', objects: [POD4, CORP], message: 'Pod CIDR 10.244.0.0/16 lies inside VPC network "corp" (10.0.0.0/8): expected with aws-vpc-cni, where pod addresses are VPC addresses.' }],
  },
  {
    // Any other plugin puts its own pod network over the VPC's addresses.
    name: 'pod CIDR inside the VPC with another plugin',
    edit: external('corp', '10.0.0.0/8', 'vpc'),
    kind: 'POD_EXTERNAL_OVERLAP',
    want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD4, CORP], message: 'Pod CIDR 10.244.0.0/16 lies inside VPC network "corp" (10.0.0.0/8): pods sending to the overlap are routed into the pod network instead of to "corp", so those destinations are unreachable from pods. Choose a pod CIDR outside it.' }],
  },
  {
    // kube-proxy DNATs or drops traffic to the service range before it could leave for the peered network.
    name: 'service CIDR inside a peered network',
    edit: external('corp', '10.0.0.0/8', 'peering'),
    kind: 'SERVICE_EXTERNAL_OVERLAP',
    want: [{ kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'error', objects: [SVC4, CORP], message: 'Service CIDR 10.96.0.0/12 lies inside peered network "corp" (10.0.0.0/8): traffic from pods and nodes to the overlap is captured by kube-proxy (DNAT to a Service, or dropped) instead of reaching "corp". Choose a service CIDR outside it.' }],
  },
  {
    name: 'service CIDR inside an external network of kind other',
    edit: external('corp', '10.0.0.0/8', 'other'),
    kind: 'SERVICE_EXTERNAL_OVERLAP',
    want: [{ kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'warning', objects: [SVC4, CORP], message: 'Service CIDR 10.96.0.0/12 lies inside external network "corp" (10.0.0.0/8): if the cluster talks to "corp", kube-proxy captures traffic to the overlap instead. Choose a service CIDR outside it, or confirm it is never reached.' }],
  },
  {
    // Two subnets with the same addresses: the underlay's routes to them are ambiguous. Ordered by name.
    name: 'two underlay subnets',
    edit: subnet('nodes-b', '192.168.10.128/25'),
    kind: 'SUBNET_OVERLAP',
    want: [{ kind: 'SUBNET_OVERLAP', severity: 'error', objects: [o('subnet', 'nodes-a', '192.168.10.0/24'), o('subnet', 'nodes-b', '192.168.10.128/25')], message: 'Underlay subnet "nodes-a" (192.168.10.0/24) contains underlay subnet "nodes-b" (192.168.10.128/25): two subnets claim the same addresses, so the underlay cannot route between them consistently. Fix the subnet plan.' }],
  },
  {
    // Nodes consider the overlap on-link (their subnet) and never send it to the data center.
    name: 'underlay subnet inside an on-prem network',
    edit: subnet('dc-rack', '172.16.5.0/24'),
    kind: 'SUBNET_EXTERNAL_OVERLAP',
    want: [{ kind: 'SUBNET_EXTERNAL_OVERLAP', severity: 'error', objects: [o('subnet', 'dc-rack', '172.16.5.0/24'), o('externalNetwork', 'datacenter', '172.16.0.0/12')], message: 'Underlay subnet "dc-rack" (172.16.5.0/24) lies inside on-prem network "datacenter" (172.16.0.0/12): nodes treat the overlap as their own or a neighbor subnet and never route it to "datacenter". Renumber one of them.' }],
  },
  {
    // Subnets are carved out of the cluster's VPC: the fixture's nodes-a inside prod-vpc raises nothing.
    name: 'underlay subnet inside the VPC is the design',
    edit: () => undefined,
    kind: 'SUBNET_EXTERNAL_OVERLAP',
    want: [],
  },
  {
    // The range allocator never hands out overlapping blocks; two nodes routing one block is ambiguous.
    name: 'two nodes with the same podCIDR',
    edit: (t) => (find(t.nodes, 'node-2').podCIDRs[0] = '10.244.0.0/24'),
    kind: 'NODE_POD_CIDR_OVERLAP',
    want: [{ kind: 'NODE_POD_CIDR_OVERLAP', severity: 'error', objects: [o('nodePodCIDR', 'node-1', '10.244.0.0/24'), o('nodePodCIDR', 'node-2', '10.244.0.0/24')], message: 'Node "node-1" podCIDR 10.244.0.0/24 is the same range as node "node-2" podCIDR 10.244.0.0/24: both nodes own the overlapping pod addresses and routes to them are ambiguous. The range allocator never assigns overlapping blocks, so one was set by hand: give one node a free block.' }],
  },
  {
    // Inside the cluster the address is routed to the pod network.
    name: 'externalIP inside the pod CIDR',
    edit: (t) => (find(t.services, 'web').externalIPs = ['10.244.9.9']),
    kind: 'EXTERNAL_IP_IN_POD_CIDR',
    want: [{ kind: 'EXTERNAL_IP_IN_POD_CIDR', severity: 'error', objects: [o('externalIP', 'default/web', '10.244.9.9/32'), POD4], message: "Service default/web externalIP 10.244.9.9 lies inside pod CIDR 10.244.0.0/16: inside the cluster that address belongs to the pod network and may be a pod's IP. Use an address outside the pod CIDR." }],
  },
  {
    // The ClusterIP allocator does not know about externalIPs and may hand out the same address.
    name: 'externalIP inside the service CIDR',
    edit: (t) => (find(t.services, 'web').externalIPs = ['10.96.9.9']),
    kind: 'EXTERNAL_IP_IN_SERVICE_CIDR',
    want: [{ kind: 'EXTERNAL_IP_IN_SERVICE_CIDR', severity: 'error', objects: [o('externalIP', 'default/web', '10.96.9.9/32'), SVC4], message: 'Service default/web externalIP 10.96.9.9 lies inside service CIDR 10.96.0.0/12: the ClusterIP allocator may give the same address to another Service. Use an address outside the service CIDR.' }],
  },
  {
    name: 'load-balancer IP inside the pod CIDR',
    edit: (t) => (find(t.services, 'web').loadBalancerIPs = ['10.244.9.10']),
    kind: 'LOAD_BALANCER_IP_IN_POD_CIDR',
    want: [{ kind: 'LOAD_BALANCER_IP_IN_POD_CIDR', severity: 'error', objects: [o('loadBalancerIP', 'default/web', '10.244.9.10/32'), POD4], message: "Service default/web load-balancer IP 10.244.9.10 lies inside pod CIDR 10.244.0.0/16: inside the cluster that address belongs to the pod network and may be a pod's IP. Give the load balancer an address outside the pod CIDR." }],
  },
  {
    name: 'load-balancer IP inside the service CIDR',
    edit: (t) => (find(t.services, 'web').loadBalancerIPs = ['10.96.9.10']),
    kind: 'LOAD_BALANCER_IP_IN_SERVICE_CIDR',
    want: [{ kind: 'LOAD_BALANCER_IP_IN_SERVICE_CIDR', severity: 'error', objects: [o('loadBalancerIP', 'default/web', '10.96.9.10/32'), SVC4], message: 'Service default/web load-balancer IP 10.96.9.10 lies inside service CIDR 10.96.0.0/12: the ClusterIP allocator may give the same address to another Service. Give the load balancer an address outside the service CIDR.' }],
  },
];

describe('pair rules, one hand-written finding per rule and severity', () => {
  test.each(ROWS)('$name', ({ edit, kind, want }) => {
    const findings = findConflicts(makeTopology(edit)).findings.filter((f) => f.kind === kind);
    expect(findings).toEqual(want);
  });
});
