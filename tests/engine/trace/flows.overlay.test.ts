/**
 * Packet flows through every overlay mode: encapsulation on the sending node (outer node → node, device,
 * bytes from src/engine/overlay), the underlay (L2 in one subnet, the routers between subnets),
 * decapsulation, delivery. One table per mode; IPv6 tables on the dual-stack fixture.
 * Nodes: node-1 10.100.0.2 and node-2 10.100.0.3 (subnet node-net), node-3 10.100.1.2 (node-net-b).
 */
import { describe } from '@jest/globals';
import type { CniPlugin, OverlayMode } from '../../../src/engine/model/topology';
import { cni, dualStack, makeTopology, twoSubnets } from '../fixtures/cluster';
import { runFlows, type FlowCase } from './harness';

const A = 'pod:default/account-app-x2kqp'; // node-1
const B = 'pod:default/account-app-7hw5m'; // node-2, same subnet
const C = 'pod:default/account-app-b3'; // node-3, other subnet

const cluster = (plugin: CniPlugin, mode: OverlayMode, crossSubnet = false) => makeTopology(twoSubnets, cni(plugin, mode, crossSubnet));
const dual = (plugin: CniPlugin, mode: OverlayMode, crossSubnet = false) => makeTopology(twoSubnets, dualStack, cni(plugin, mode, crossSubnet));

const SAME_SUBNET_PATH = ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'node-2 host', 'node-2 pod:default/account-app-7hw5m'];
const CROSS_SUBNET_PATH = ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'underlay router', 'node-3 host', 'node-3 pod:default/account-app-b3'];

describe('VXLAN', () => {
  const flannel = cluster('flannel', 'vxlan');
  runFlows([
    {
      name: 'flannel VXLAN, same subnet: flannel.1, outer 10.100.0.2 → 10.100.0.3, +50, L2',
      topology: flannel,
      from: A,
      to: B,
      disposition: 'DELIVERED',
      path: SAME_SUBNET_PATH,
      steps: [
        { node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 172.17.1.0 dev flannel.1 onlink' },
        { node: 'node-1', type: 'encapsulate', device: 'flannel.1', outer: ['10.100.0.2', '10.100.0.3'], bytes: 50, mtu: 1450, text: /UDP 8472/ },
        { node: 'node-1', type: 'routing', route: '10.100.0.0/24 dev eth0 src 10.100.0.2' },
        { node: 'node-2', type: 'decapsulate', device: 'flannel.1' },
        { node: 'node-2', type: 'deliver' },
      ],
    },
    {
      name: 'flannel VXLAN across subnets: the outer packet goes through the gateways',
      topology: flannel,
      from: A,
      to: C,
      disposition: 'DELIVERED',
      path: CROSS_SUBNET_PATH,
      steps: [{ node: 'node-1', type: 'encapsulate', outer: ['10.100.0.2', '10.100.1.2'] }, { node: 'underlay', type: 'routing', route: '10.100.1.0/24 dev node-net-b src 10.100.1.1' }],
    },
    {
      name: 'node → remote pod over flannel VXLAN: the kernel picks flannel.1\'s address (the lease\'s network address) as source',
      topology: flannel,
      from: 'node:node-1',
      to: C,
      disposition: 'DELIVERED',
      path: ['node-1 host', 'underlay router', 'node-3 host', 'node-3 pod:default/account-app-b3'],
      steps: [{ type: 'originate', text: /172\.17\.0\.0 → 172\.17\.2\.2/ }, { type: 'encapsulate', outer: ['10.100.0.2', '10.100.1.2'] }],
    },
    {
      name: 'flannel VXLAN DirectRouting: same subnet is routed without encapsulation',
      topology: cluster('flannel', 'vxlan', true),
      from: A,
      to: B,
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }, { node: 'node-2', type: 'routing', route: '172.17.1.0/24 dev cni0 src 172.17.1.1' }],
    },
    {
      name: 'flannel VXLAN DirectRouting: across subnets it still encapsulates',
      topology: cluster('flannel', 'vxlan', true),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [{ type: 'encapsulate', device: 'flannel.1', outer: ['10.100.0.2', '10.100.1.2'] }],
    },
    {
      name: 'Calico VXLAN: vxlan.calico via the remote VTEP address, UDP 4789, VNI 4096',
      topology: cluster('calico', 'vxlan'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      path: CROSS_SUBNET_PATH,
      steps: [
        { node: 'node-1', type: 'routing', route: '172.17.2.0/24 via 172.17.2.0 dev vxlan.calico onlink' },
        { node: 'node-1', type: 'encapsulate', device: 'vxlan.calico', bytes: 50, text: /UDP 4789/ },
        { node: 'node-3', type: 'routing', text: /172\.17\.2\.2 dev cali[0-9a-f]{11}/ },
      ],
    },
    {
      name: 'Calico VXLAN CrossSubnet: same subnet routed directly',
      topology: cluster('calico', 'vxlan', true),
      from: A,
      to: B,
      disposition: 'DELIVERED',
      path: SAME_SUBNET_PATH,
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }],
    },
    {
      name: 'Cilium VXLAN: the route leads to cilium_host, the BPF tunnel map encapsulates on cilium_vxlan',
      topology: cluster('cilium', 'vxlan'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [
        { node: 'node-1', type: 'routing', route: '172.17.2.0/24 via 172.17.0.1 dev cilium_host src 172.17.0.1' },
        { node: 'node-1', type: 'encapsulate', device: 'cilium_vxlan', bytes: 50, outer: ['10.100.0.2', '10.100.1.2'] },
      ],
    },
  ]);
});

describe('VXLAN, IPv6', () => {
  runFlows([
    {
      name: 'flannel VXLAN IPv6: flannel-v6.1, outer IPv6 (+70)',
      topology: dual('flannel', 'vxlan'),
      from: A,
      to: C,
      family: 'IPv6',
      disposition: 'DELIVERED',
      steps: [
        { node: 'node-1', type: 'routing', route: 'fd00:172:17:2::/64 via fd00:172:17:2:: dev flannel-v6.1 onlink' },
        { node: 'node-1', type: 'encapsulate', device: 'flannel-v6.1', outer: ['fd00:100::2', 'fd00:100:1::2'], bytes: 70 },
      ],
    },
    {
      name: 'Calico VXLAN CrossSubnet IPv6: vxlan-v6.calico across subnets',
      topology: dual('calico', 'vxlan', true),
      from: A,
      to: C,
      family: 'IPv6',
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'encapsulate', device: 'vxlan-v6.calico', bytes: 70 }],
    },
    {
      name: 'Cilium VXLAN IPv6 pods tunnel over the IPv4 underlay (+50)',
      topology: dual('cilium', 'vxlan'),
      from: A,
      to: B,
      family: 'IPv6',
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'encapsulate', device: 'cilium_vxlan', outer: ['10.100.0.2', '10.100.0.3'], bytes: 50 }],
    },
  ]);
});

describe('Geneve', () => {
  runFlows([
    { name: 'Cilium Geneve: cilium_geneve, UDP 6081, +50', topology: cluster('cilium', 'geneve'), from: A, to: B, disposition: 'DELIVERED', steps: [{ type: 'encapsulate', device: 'cilium_geneve', bytes: 50, text: /UDP 6081/ }] },
    { name: 'Cilium Geneve IPv6 over IPv4', topology: dual('cilium', 'geneve'), from: A, to: C, family: 'IPv6', disposition: 'DELIVERED', steps: [{ type: 'encapsulate', device: 'cilium_geneve', outer: ['10.100.0.2', '10.100.1.2'] }] },
  ]);
});

describe('IP-in-IP', () => {
  runFlows([
    {
      name: 'Calico IPIP: tunl0 via the node, onlink, +20',
      topology: cluster('calico', 'ipip'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [
        { node: 'node-1', type: 'routing', route: '172.17.2.0/24 via 10.100.1.2 dev tunl0 onlink' },
        { node: 'node-1', type: 'encapsulate', device: 'tunl0', bytes: 20, text: /\(IPIP\)/ },
        { node: 'node-3', type: 'decapsulate', device: 'tunl0' },
      ],
    },
    { name: 'Calico IPIP CrossSubnet: same subnet routed directly', topology: cluster('calico', 'ipip', true), from: A, to: B, disposition: 'DELIVERED', steps: [{ type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }] },
    { name: 'flannel IPIP: flannel.ipip', topology: cluster('flannel', 'ipip'), from: A, to: B, disposition: 'DELIVERED', steps: [{ type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev flannel.ipip onlink' }, { type: 'encapsulate', bytes: 20 }] },
    {
      name: 'flannel IPIP DirectRouting: same subnet on eth0, onlink kept',
      topology: cluster('flannel', 'ipip', true),
      from: A,
      to: B,
      disposition: 'DELIVERED',
      steps: [{ type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0 onlink' }],
    },
    {
      name: 'Calico IPIP leaves IPv6 routed (BGP): across subnets the underlay drops it',
      topology: dual('calico', 'ipip'),
      from: A,
      to: C,
      family: 'IPv6',
      disposition: 'NO_ROUTE',
      steps: [{ node: 'node-1', type: 'routing', route: 'fd00:172:17:2::/64 via fd00:100::1 dev eth0' }],
    },
  ]);
});

describe('WireGuard', () => {
  runFlows([
    {
      // 60 bytes of headers plus Linux's padding of the 100-byte packet to 112 (calculate_skb_padding).
      name: 'flannel WireGuard: one cluster-wide route into flannel-wg, the peer chosen by allowed IPs, +60 +12 padding',
      topology: cluster('flannel', 'wireguard'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [
        { node: 'node-1', type: 'routing', route: '172.17.0.0/16 dev flannel-wg' },
        { node: 'node-1', type: 'encapsulate', device: 'flannel-wg', outer: ['10.100.0.2', '10.100.1.2'], bytes: 72, text: /UDP 51820/ },
      ],
    },
    { name: 'flannel WireGuard IPv6: flannel-wg-v6, UDP 51821', topology: dual('flannel', 'wireguard'), from: A, to: B, family: 'IPv6', disposition: 'DELIVERED', steps: [{ type: 'encapsulate', device: 'flannel-wg-v6', text: /UDP 51821/ }] },
    { name: 'Calico WireGuard: wireguard.cali', topology: cluster('calico', 'wireguard'), from: A, to: B, disposition: 'DELIVERED', steps: [{ type: 'routing', route: '172.17.1.0/24 dev wireguard.cali' }, { type: 'encapsulate', device: 'wireguard.cali' }] },
    { name: 'Calico WireGuard IPv6: wg-v6.cali', topology: dual('calico', 'wireguard'), from: A, to: C, family: 'IPv6', disposition: 'DELIVERED', steps: [{ type: 'encapsulate', device: 'wg-v6.cali', outer: ['fd00:100::2', 'fd00:100:1::2'] }] },
    { name: 'Cilium WireGuard: cilium_wg0, UDP 51871', topology: cluster('cilium', 'wireguard'), from: A, to: B, disposition: 'DELIVERED', steps: [{ type: 'encapsulate', device: 'cilium_wg0', text: /UDP 51871/ }] },
  ]);
});

describe('IPsec, udp', () => {
  const cases: FlowCase[] = [
    {
      name: 'flannel IPsec: no route of its own — the default route, then the XFRM policy wraps it in ESP',
      topology: cluster('flannel', 'ipsec'),
      from: A,
      to: B,
      disposition: 'DELIVERED',
      steps: [
        { node: 'node-1', type: 'routing', route: 'default via 10.100.0.1 dev eth0' },
        { node: 'node-1', type: 'xfrm', text: /src 172\.17\.0\.0\/24 dst 172\.17\.1\.0\/24 dir out tmpl src 10\.100\.0\.2 dst 10\.100\.0\.3 proto esp mode tunnel/ },
        { node: 'node-1', type: 'encapsulate', device: 'xfrm', bytes: 77, text: /\(ESP\)/ },
        { node: 'node-1', type: 'routing', route: '10.100.0.0/24 dev eth0 src 10.100.0.2' },
        { node: 'node-2', type: 'decapsulate', device: 'xfrm' },
      ],
      assumes: [/ESP padding/],
    },
    {
      name: 'flannel IPsec: the node\'s own traffic does not match the pod-CIDR policy and goes out unencrypted',
      topology: cluster('flannel', 'ipsec'),
      from: 'node:node-1',
      to: B,
      disposition: 'NO_ROUTE',
      steps: [{ node: 'node-1', type: 'routing', route: 'default via 10.100.0.1 dev eth0' }, { node: 'underlay', type: 'routing', action: 'NO_ROUTE' }],
    },
    {
      name: 'flannel udp: flannel0 for the whole network, UDP 8285, +28',
      topology: cluster('flannel', 'udp'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [{ type: 'routing', route: '172.17.0.0/16 dev flannel0' }, { type: 'encapsulate', device: 'flannel0', bytes: 28, text: /UDP 8285/ }],
    },
    {
      name: 'Weave: the weave bridge spans the cluster; the Weave router tunnels to the pod\'s node',
      topology: cluster('weave', 'vxlan'),
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.0.0/16 dev weave src 172.17.0.1' }, { node: 'node-1', type: 'encapsulate', device: 'weave', bytes: 84 }],
    },
  ];
  runFlows(cases);
});
