/**
 * Packet flows without encapsulation: one pod, one node, routed between nodes (the seed cluster, flannel
 * host-gw, Calico BGP, kubenet with cloud routes), hostNetwork pods, nodes, and traffic leaving the cluster.
 */
import { describe } from '@jest/globals';
import { cni, dualStack, makeRoute, makeTopology, twoSubnets, withSeedRoutes } from '../fixtures/cluster';
import { runFlows } from './harness';

const A = 'pod:default/account-app-x2kqp'; // node-1, 172.17.0.2
const WEB = 'pod:default/web-frontend'; // node-1, 172.17.0.3
const B = 'pod:default/account-app-7hw5m'; // node-2, 172.17.1.2
const C = 'pod:default/account-app-b3'; // node-3 (twoSubnets), 172.17.2.2

describe('the seed routed cluster (bridge plugin, docker0, routed)', () => {
  const derived = makeTopology();
  const seed = makeTopology(withSeedRoutes);
  runFlows([
    {
      name: 'containers of one pod talk over lo: one hop in the pod namespace',
      topology: derived,
      from: WEB,
      to: 'ip:127.0.0.1:9113',
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/web-frontend'],
      steps: [{ type: 'deliver', device: 'lo' }],
    },
    {
      name: 'pods on one node: eth0 → veth → docker0 → veth → pod, no host routing',
      topology: derived,
      from: A,
      to: WEB,
      port: 80,
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 pod:default/web-frontend'],
      steps: [
        { type: 'routing', route: '172.17.0.0/24 dev eth0' },
        { type: 'forward', device: 'docker0', text: /veth of pod default\/web-frontend/ },
        { type: 'deliver', text: /container nginx declares 80\/TCP/ },
      ],
    },
    {
      name: 'pods on two nodes of one subnet: the derived route 172.17.1.0/24 via 10.100.0.3',
      topology: derived,
      from: A,
      to: B,
      port: 8080,
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'node-2 host', 'node-2 pod:default/account-app-7hw5m'],
      steps: [
        { node: 'node-1', type: 'routing', route: 'default via 172.17.0.1 dev eth0' },
        { node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' },
        { node: 'node-1', type: 'transmit', device: 'eth0', mtu: 1500 },
        { node: 'node-2', type: 'routing', route: '172.17.1.0/24 dev docker0 src 172.17.1.1' },
        { node: 'node-2', type: 'deliver' },
      ],
    },
    {
      name: 'the seed\'s explicit tables give the same path, routes tagged explicit',
      topology: seed,
      from: B,
      to: A,
      disposition: 'DELIVERED',
      steps: [{ node: 'node-2', type: 'routing', route: '172.17.0.0/24 via 10.100.0.2 dev eth0' }, { node: 'node-1', type: 'routing', route: '172.17.0.0/24 dev docker0 src 172.17.0.1' }],
      assumes: [/taken as the whole table/],
    },
    {
      name: 'node → pod on another node: from the root namespace, no pod hop at the start',
      topology: derived,
      from: 'node:node-2',
      to: WEB,
      disposition: 'DELIVERED',
      path: ['node-2 host', 'node-1 host', 'node-1 pod:default/web-frontend'],
    },
    {
      name: 'pod → its own node: the bridge address is the host',
      topology: derived,
      from: A,
      to: 'ip:172.17.0.1',
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host'],
      steps: [{ type: 'deliver', text: /node-1's root namespace/ }],
    },
    {
      name: 'pod → another node is masqueraded (the destination is outside the pod network)',
      topology: derived,
      from: A,
      to: 'node:node-2',
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'nat', text: /SNAT 172\.17\.0\.2 → 10\.100\.0\.2/ }, { node: 'node-2', type: 'deliver' }],
      assumes: [/Masquerade/],
    },
    {
      name: 'a hostNetwork pod sends from its node\'s root namespace and address',
      topology: derived,
      from: 'pod:kube-system/kube-proxy-n1',
      to: B,
      disposition: 'DELIVERED',
      path: ['node-1 host', 'node-2 host', 'node-2 pod:default/account-app-7hw5m'],
      steps: [{ type: 'originate', text: /hostNetwork pod kube-system\/kube-proxy-n1.*10\.100\.0\.2 → 172\.17\.1\.2/ }],
    },
    {
      name: 'to a hostNetwork pod: delivered to its node\'s root namespace',
      topology: derived,
      from: B,
      to: 'pod:kube-system/kube-proxy-n1',
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'deliver', text: /hostNetwork pods here: kube-system\/kube-proxy-n1/ }],
    },
    {
      name: 'pod → the internet: masqueraded to the node, leaves through the gateway',
      topology: derived,
      from: WEB,
      to: 'external:8.8.8.8:443',
      disposition: 'EXITS_CLUSTER',
      path: ['node-1 pod:default/web-frontend', 'node-1 host', 'underlay router'],
      steps: [{ type: 'nat', text: /SNAT 172\.17\.0\.3 → 10\.100\.0\.2/ }, { node: 'underlay', type: 'exit' }],
      assumes: [/leaves the modeled network/],
    },
    {
      name: 'outside → a pod: the underlay does not route pod CIDRs',
      topology: derived,
      from: 'external:203.0.113.9',
      to: B,
      disposition: 'NO_ROUTE',
      steps: [{ node: 'underlay', type: 'routing', action: 'NO_ROUTE' }],
      assumes: [/do not carry pod CIDRs/],
    },
  ]);
});

describe('routed between subnets', () => {
  const hostGw = makeTopology(twoSubnets, cni('flannel', 'host-gw'));
  const hostGwWithRoute = makeTopology(twoSubnets, cni('flannel', 'host-gw'), (t) => t.underlay.routes.push(makeRoute('172.17.2.0/24', { via: '10.100.1.2' })));
  const bgp = makeTopology(twoSubnets, cni('calico', 'bgp'));
  const bgpCloudRoutes = makeTopology(twoSubnets, cni('calico', 'bgp'), (t) => t.underlay.routes.push(makeRoute('172.17.0.0/16', { via: '10.100.1.1' }), makeRoute('172.17.2.0/24', { via: '10.100.1.2' })));
  const kubenet = makeTopology(cni('kubenet', 'none'), (t) => t.underlay.routes.push(makeRoute('172.17.1.0/24', { via: '10.100.0.3' })));
  runFlows([
    {
      name: 'flannel host-gw, same subnet: routed directly',
      topology: hostGw,
      from: A,
      to: B,
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }],
    },
    {
      name: 'flannel host-gw across subnets: the route is refused, the default route leads to an underlay without pod routes',
      topology: hostGw,
      from: A,
      to: C,
      disposition: 'NO_ROUTE',
      steps: [
        { node: 'node-1', type: 'routing', route: 'default via 10.100.0.1 dev eth0', text: /172\.17\.2\.0\/24 via 10\.100\.1\.2 dev eth0 — .*not on node-1's subnet/ },
        { node: 'underlay', type: 'routing', action: 'NO_ROUTE' },
      ],
    },
    {
      name: 'flannel host-gw across subnets works when the underlay routes the pod CIDR to the node',
      topology: hostGwWithRoute,
      from: A,
      to: C,
      disposition: 'DELIVERED',
      steps: [{ node: 'underlay', type: 'routing', route: '172.17.2.0/24 via 10.100.1.2' }, { node: 'node-3', type: 'deliver' }],
    },
    {
      name: 'Calico BGP, same subnet: via the peer, the blackhole for its block does not interfere',
      topology: bgp,
      from: A,
      to: B,
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }, { node: 'node-2', type: 'routing', text: /172\.17\.1\.2 dev cali/ }],
    },
    {
      name: 'Calico BGP across subnets without underlay routes: BIRD resolves the peer through the gateway, the underlay drops it',
      topology: bgp,
      from: A,
      to: C,
      disposition: 'NO_ROUTE',
      steps: [{ node: 'node-1', type: 'routing', route: '172.17.2.0/24 via 10.100.0.1 dev eth0' }, { node: 'underlay', type: 'routing', action: 'NO_ROUTE' }],
      assumes: [/public clouds/],
    },
    {
      name: 'Calico BGP across subnets with underlay routes for the pod CIDRs: delivered',
      topology: bgpCloudRoutes,
      from: A,
      to: C,
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'underlay router', 'node-3 host', 'node-3 pod:default/account-app-b3'],
    },
    {
      name: 'kubenet installs no node routes: the cloud route in the underlay carries the pod CIDR (via the gateway even on one subnet)',
      topology: kubenet,
      from: A,
      to: B,
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'underlay router', 'node-2 host', 'node-2 pod:default/account-app-7hw5m'],
      steps: [{ node: 'node-2', type: 'routing', route: '172.17.1.0/24 dev cbr0 src 172.17.1.1' }],
    },
  ]);
});

describe('routed, IPv6 of a dual-stack cluster', () => {
  const ds = makeTopology(twoSubnets, dualStack, cni('calico', 'bgp'));
  const flannel = makeTopology(twoSubnets, dualStack, cni('flannel', 'host-gw'));
  runFlows([
    { name: 'Calico BGP, same subnet, IPv6', topology: ds, from: A, to: B, family: 'IPv6', disposition: 'DELIVERED', steps: [{ node: 'node-1', type: 'routing', route: 'fd00:172:17:1::/64 via fd00:100::3 dev eth0' }] },
    { name: 'Calico BGP across subnets, IPv6, no underlay routes', topology: ds, from: A, to: C, family: 'IPv6', disposition: 'NO_ROUTE', steps: [{ node: 'node-1', type: 'routing', route: 'fd00:172:17:2::/64 via fd00:100::1 dev eth0' }] },
    { name: 'IPv4 of the same cluster is chosen by default (primary family)', topology: ds, from: A, to: B, disposition: 'DELIVERED', steps: [{ node: 'node-1', type: 'routing', route: '172.17.1.0/24 via 10.100.0.3 dev eth0' }] },
    { name: 'flannel host-gw, IPv6, same subnet', topology: flannel, from: B, to: A, family: 'IPv6', disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'routing', route: 'fd00:172:17::/64 via fd00:100::2 dev eth0' }] },
    { name: 'pod → IPv6 internet: masqueraded, exits', topology: ds, from: A, to: 'external:2001:db8::1', disposition: 'EXITS_CLUSTER', steps: [{ type: 'nat', text: /SNAT fd00:172:17::2 → fd00:100::2/ }] },
    { name: 'containers of one pod over ::1', topology: ds, from: WEB, to: 'ip:[::1]:9113', disposition: 'DELIVERED', path: ['node-1 pod:default/web-frontend'], steps: [{ type: 'deliver', device: 'lo' }] },
    {
      name: 'pods on one node, IPv6, bridge plugin: switched by the bridge',
      topology: makeTopology(twoSubnets, dualStack),
      from: A,
      to: WEB,
      family: 'IPv6',
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 pod:default/web-frontend'],
      steps: [{ type: 'routing', route: 'fd00:172:17::/64 dev eth0' }],
    },
    {
      name: 'pods on one node, IPv6, Calico: routed by the host to the /128 on the cali veth',
      topology: ds,
      from: A,
      to: WEB,
      family: 'IPv6',
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'node-1 pod:default/web-frontend'],
      steps: [{ type: 'routing', route: 'default via fe80::ecee:eeff:feee:eeee dev eth0' }, { node: 'node-1', type: 'routing', text: /fd00:172:17::3 dev cali[0-9a-f]{11}/ }],
    },
    { name: 'hostNetwork pod → pod, IPv6', topology: ds, from: 'pod:kube-system/kube-proxy-n1', to: B, family: 'IPv6', disposition: 'DELIVERED', steps: [{ type: 'originate', text: /fd00:100::2 → fd00:172:17:1::2/ }] },
  ]);
});
