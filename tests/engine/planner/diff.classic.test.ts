/**
 * The classic plans, diffed against their baseline with exact expectations — the summary paragraph
 * included. What each plan should do comes from the components the engine mirrors: flannel host-gw
 * installs no route to a next hop off the subnet (flannel-io/flannel pkg/backend/route_network.go: the
 * kernel refuses it, "network is unreachable"); the range allocator hands out /N blocks of the cluster
 * CIDR until ErrCIDRRangeNoCIDRsRemaining (cidr_set.go); flannel VXLAN's pod MTU is host − 50
 * (pkg/backend/vxlan/vxlan_network.go encapOverhead = 50); Calico IPIP adds 20 (felix ipipMTUOverhead).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import { applyOperations, diffTopologies, type ScenarioDiff } from '../../../src/engine/planner';
import { ruleCounts } from '../../../src/engine/services/kubeproxy';
import { makeRoute, makeTopology, twoSubnets } from '../fixtures/cluster';
import { applied, example } from './harness';

function plan(base: Topology, ops: unknown[], options: Parameters<typeof diffTopologies>[2] = {}): { fork: Topology; diff: ScenarioDiff } {
  const fork = applied(base, ops).topology;
  return { fork, diff: diffTopologies(base, fork, options) };
}

/** kubeadm-calico's two racks on flannel VXLAN (no DirectRouting): the baseline of the host-gw plan. */
const flannelVxlan = () => applied(example('kubeadm-calico'), [{ op: 'setCni', plugin: 'flannel', overlay: 'vxlan', crossSubnet: false }]).topology;

describe('VXLAN → host-gw across subnets', () => {
  const { diff } = plan(flannelVxlan(), [{ op: 'setCni', overlay: 'host-gw' }]);
  test('the summary leads with the broken subnet pairs and why', () => {
    assert.equal(
      diff.summary,
      'Switching the overlay from vxlan to host-gw breaks 2 of 4 subnet pairs, e.g. pods in subnet rack-a cannot reach pods in subnet rack-b (NO_ROUTE): ' +
        "at control-plane-1, default via 10.0.1.1 dev eth0 [default] (a more specific route is missing: 10.244.3.0/24 via 10.0.2.11 dev eth0 — worker-b1's address 10.0.2.11 is not on control-plane-1's subnet: the kernel refuses the route (network is unreachable) and flannel logs the error and skips it) " +
        '(before: 10.244.3.0/24 via 10.244.3.0 dev flannel.1 onlink); then the underlay has no route for cluster address 10.244.3.2 (no underlay route matches). ' +
        'Pod MTU rises from 1450 to 1500 on 6 nodes. Encapsulation overhead for IPv4 goes from 50 to 0 bytes per packet.',
    );
  });
  test('the cells across racks are lost, with both traces and the deciding step', () => {
    assert.deepEqual(
      diff.reachability.changed.map((c) => [c.from, c.to, c.before.disposition, c.after.disposition, c.change]),
      [
        ['rack-a', 'rack-b', 'DELIVERED', 'NO_ROUTE', 'lost'],
        ['rack-b', 'rack-a', 'DELIVERED', 'NO_ROUTE', 'lost'],
      ],
    );
    const c = diff.reachability.changed[0]!;
    assert.deepEqual([c.traces.before?.disposition, c.traces.after?.disposition], ['DELIVERED', 'NO_ROUTE']);
    assert.deepEqual([c.decidingDifference?.before?.route, c.decidingDifference?.after?.route], ['10.244.3.0/24 via 10.244.3.0 dev flannel.1 onlink', 'default via 10.0.1.1 dev eth0']);
    assert.equal(diff.reachability.cellsCompared, 4);
  });
  test('pod MTU and overhead side by side', () => {
    assert.deepEqual(diff.overhead.podMtuGroups, [{ before: 1450, after: 1500, nodes: 6 }]);
    assert.deepEqual(diff.overhead.overhead, [{ family: 'IPv4', before: 50, after: 0 }]);
    assert.deepEqual(diff.changes.map((x) => x.what), ['overlay vxlan → host-gw']);
  });
});

describe('adding nodes until the cluster CIDR runs out', () => {
  // The fixture cluster with a /22: four /24 blocks, two of them taken by node-1 and node-2.
  const base = makeTopology((t) => (t.podCIDRs = ['172.17.0.0/22']));
  const { fork, diff } = plan(base, [{ op: 'addNodes', count: 2, subnet: 'node-net' }]);
  test('capacity before and after, in the summary', () => {
    assert.equal(
      diff.summary,
      'Adding 2 nodes changes no pod-to-pod reachability (1 subnet pair checked with 100-byte packets). Free IPv4 node CIDR blocks: 2 → 0 (of 4). Pod capacity 220 → 440, pod headroom 216 → 436.',
    );
    assert.deepEqual(diff.capacity?.nodeCIDRs, [{ family: 'IPv4', clusterCIDR: { before: '172.17.0.0/22', after: '172.17.0.0/22' }, blocks: { before: '4', after: '4' }, used: { before: 2, after: 4 }, free: { before: '2', after: '0' } }]);
  });
  test('one more node is refused with the allocator\'s error', () => {
    const r = applyOperations(fork, [{ op: 'addNodes', count: 1, subnet: 'node-net' }]);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problems[0]!.message, /^failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range/);
  });
});

describe('shrinking the node mask (/24 → /25 blocks)', () => {
  const { diff } = plan(example('kubeadm-calico'), [{ op: 'setNodeMask', family: 'IPv4', size: 25 }]);
  test('every existing node is a misfit; the cluster holds twice the nodes', () => {
    assert.equal(
      diff.summary,
      'Changing the IPv4 node CIDR mask from /24 to /25 changes no pod-to-pod reachability (4 subnet pairs checked with 100-byte packets). ' +
        'It adds 6 CIDR conflicts (6 warning NODE_POD_CIDR_MASK_MISMATCH). Free IPv4 node CIDR blocks: 250 → 500 (of 512). The cluster CIDRs hold at most 512 nodes (was 256).',
    );
    assert.deepEqual(diff.conflicts.added.map((f) => f.objects[0]!.name), ['control-plane-1', 'worker-a1', 'worker-a2', 'worker-b1', 'worker-b2', 'worker-b3']);
    assert.deepEqual(diff.conflicts.removed, []);
  });
});

describe('an MTU change that makes the overlay overflow', () => {
  test('an explicit pod MTU of 1500 on VXLAN: full-size packets no longer fit the underlay', () => {
    const { diff } = plan(example('seed-overlay'), [{ op: 'setPodMtu', mtu: 1500 }], { packetSize: 1500 });
    assert.equal(
      diff.summary,
      'Setting the pod MTU to 1500 overflows the underlay (2 problems): IPv4 node-net → node-net: pods send up to 1500 bytes (+ 50 bytes of vxlan = 1550) but the path carries 1500: 50 bytes too many on 2 of 2 node pairs. ' +
        'It changes no pod-to-pod reachability (1 subnet pair checked with 1500-byte packets). Pod MTU rises from 1450 to 1500 on 2 nodes.',
    );
    assert.deepEqual(diff.overhead.findings.added.map((f) => f.code).sort(), ['EXPLICIT_MTU_TOO_LARGE', 'POD_MTU_EXCEEDS_PATH']);
  });
  test('lowering one rack\'s MTU under Calico IPIP: full-size packets across racks are dropped', () => {
    const { diff } = plan(example('kubeadm-calico'), [{ op: 'setUnderlayMtu', subnet: 'rack-b', mtu: 1400 }], { packetSize: 1480 });
    assert.equal(
      diff.summary,
      "Lowering the MTU of subnet rack-b from 1500 to 1400 breaks 3 of 4 subnet pairs, e.g. pods in subnet rack-a cannot reach pods in subnet rack-b (MTU_EXCEEDED): 1500 bytes exceed subnet rack-b's MTU 1400 at the router. " +
        'Pod MTU falls from 1480 to 1380 on 3 nodes. It overflows the underlay: IPv4 rack-a → rack-b: pods send up to 1480 bytes (+ 20 bytes of ipip = 1500) but the path carries 1400: 100 bytes too many on 9 of 9 node pairs.',
    );
    assert.deepEqual(diff.reachability.changed.map((c) => `${c.from}>${c.to} ${c.after.disposition}`), ['rack-a>rack-b MTU_EXCEEDED', 'rack-b>rack-a MTU_EXCEEDED', 'rack-b>rack-b MTU_EXCEEDED']);
  });
});

describe('removing an underlay route', () => {
  // Cloud routes (GKE routes-based, AWS VPC route tables): the underlay carries each pod CIDR to its node.
  const base = makeTopology(twoSubnets, (t) => {
    t.underlay.routes = [makeRoute('172.17.0.0/24', { via: '10.100.0.2' }), makeRoute('172.17.1.0/24', { via: '10.100.0.3' }), makeRoute('172.17.2.0/24', { via: '10.100.1.2' })];
  });
  const pair = { from: 'pod:default/account-app-x2kqp', to: 'pod:default/account-app-b3' };
  const { diff } = plan(base, [{ op: 'removeUnderlayRoute', destination: '172.17.2.0/24' }], { pairs: [pair] });
  test('pods of node-net lose node-3\'s pods; the named pair says so with both traces', () => {
    assert.equal(
      diff.summary,
      'Removing the underlay route 172.17.2.0/24 via 10.100.1.2 breaks 1 of 4 subnet pairs: pods in subnet node-net cannot reach pods in subnet node-net-b (NO_ROUTE): the underlay has no route for cluster address 172.17.2.2 (no underlay route matches). ' +
        'pod:default/account-app-x2kqp can no longer reach pod:default/account-app-b3 (NO_ROUTE, was DELIVERED).',
    );
    const p = diff.reachability.pairs[0]!;
    assert.deepEqual([p.before.disposition, p.after.disposition, p.change], ['DELIVERED', 'NO_ROUTE', 'lost']);
    assert.deepEqual([p.decidingDifference?.before?.route, p.decidingDifference?.after?.summary], ['172.17.2.0/24 via 10.100.1.2', 'the underlay has no route for cluster address 172.17.2.2 (no underlay route matches)']);
  });
});

describe('kube-proxy iptables → nftables', () => {
  const base = example('kubeadm-calico');
  const { fork, diff } = plan(base, [{ op: 'setKubeProxy', mode: 'nftables' }]);
  test('per-node counts are the kube-proxy module\'s, in each mode', () => {
    const total = (t: Topology, node: string) => ruleCounts(compileSnapshot(t), node).families.reduce((s, f) => s + f.total, 0);
    for (const n of diff.kubeProxy!.nodes) {
      assert.deepEqual([n.before, n.after], [{ mode: 'iptables', total: total(base, n.node) }, { mode: 'nftables', total: total(fork, n.node) }]);
    }
    assert.equal(diff.kubeProxy!.changed, 6);
    const [b, a] = [total(base, 'worker-a1'), total(fork, 'worker-a1')];
    assert.equal(diff.summary, `Switching kube-proxy from iptables to nftables changes no pod-to-pod reachability (4 subnet pairs checked with 100-byte packets). kube-proxy per node: ${b} iptables rules → ${a} nftables objects.`);
  });
});

describe('an empty plan', () => {
  test('is identical to its baseline', () => {
    const { diff } = plan(example('seed-routed'), []);
    assert.equal(diff.summary, 'The scenario is identical to the baseline.');
    assert.deepEqual([diff.reachability.changed, diff.conflicts.added, diff.overhead.podMtu, diff.assumptions], [[], [], [], { added: [], removed: [] }]);
  });
});
