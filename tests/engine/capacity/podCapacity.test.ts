// Pod capacity per node: min(kubelet max-pods, pod addresses + host-network pods), by the IPAM that
// hands out the addresses. Expected values come from the per-IPAM rules tested on their own in
// hostLocal.test.ts (containernetworking/plugins range.go), awsMaxPods.test.ts (max-pods-calculator.sh),
// gkeCalico.test.ts (GKE table, Calico blocks).
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { podCapacityReport } from '../../../src/engine/capacity';
import { cni, makePod, makeTopology } from '../fixtures/cluster';

describe('host-local (bridge, flannel, kubenet)', () => {
  test('the seed cluster: /24 node CIDRs offer 253 addresses, kubelet allows 110', () => {
    const r = podCapacityReport(makeTopology(), { ipam: 'host-local' });
    const [n1, n2] = r.nodes;
    assert.deepEqual(n1!.addresses.map((a) => a.usable.value), ['253']);
    // node-1 runs two pods with addresses and kube-proxy on the host network.
    assert.deepEqual([n1!.capacity.value, n1!.podsPlaced, n1!.podIPsInUse, n1!.headroom], [110, 3, 2, 107]);
    assert.deepEqual([n2!.capacity.value, n2!.headroom], [110, 109]);
    assert.deepEqual(r.totals, { capacity: 220, podsPlaced: 4, podIPsInUse: 3, headroom: 216, unscheduledPods: 0 });
    assert.deepEqual(r.pools, [{ cidr: '172.17.0.0/16', family: 'IPv4', size: '65536', podIPsInUse: 3, free: '65533' }]);
  });

  test('a small node CIDR bounds the node below max-pods, and overcommitment is flagged', () => {
    const t = makeTopology((d) => {
      d.nodes[1]!.podCIDRs = ['172.17.1.0/28']; // 16 − network − broadcast − gateway = 13
      for (let i = 0; i < 14; i++) d.pods.push(makePod('default', `p${i}`, 'node-2', [`172.17.1.${i + 2}`]));
      d.pods.push(makePod('default', 'pending', null, []));
    });
    const r = podCapacityReport(t, { ipam: 'host-local' });
    const n2 = r.nodes[1]!;
    assert.deepEqual([n2.addresses[0]!.usable.value, n2.capacity.value, n2.podIPsInUse, n2.headroom, n2.overcommitted], ['13', 13, 15, 0, true]);
    assert.equal(r.totals.unscheduledPods, 1);
  });

  test('plugin generic: host-local is assumed, so the figure is not exact', () => {
    const r = podCapacityReport(makeTopology(cni('generic', 'none')), { ipam: 'host-local' });
    assert.equal(r.nodes[0]!.addresses[0]!.usable.exact, false);
    assert.equal(r.nodes[0]!.capacity.exact, false);
  });

  test('a node without a podCIDR is counted with the block the allocator would give it', () => {
    const r = podCapacityReport(makeTopology((d) => (d.nodes[1]!.podCIDRs = [])), { ipam: 'host-local' });
    assert.equal(r.nodes[1]!.addresses[0]!.usable.value, '253');
    assert.match(r.nodes[1]!.problems[0]!, /no IPv4 podCIDR yet/);
  });
});

describe('aws-vpc-cni: ENI addresses by instance type', () => {
  test('m5.large without status.capacity.pods: 29 max Pods, 27 addresses + the 2 host-network pods', () => {
    const t = makeTopology(cni('aws-vpc-cni', 'none'), (d) => {
      for (const n of d.nodes) {
        n.labels['node.kubernetes.io/instance-type'] = 'm5.large';
        n.maxPods = null;
      }
    });
    const r = podCapacityReport(t, { ipam: 'aws-vpc-cni' });
    const n1 = r.nodes[0]!;
    assert.deepEqual([n1.maxPods.value, n1.maxPods.rule, n1.addresses[0]!.usable.value], [29, 'aws.maxPods.recommended', '27']);
    // node-1: 1 host-network pod placed, so 27 + 1 = 28 < 29.
    assert.deepEqual([n1.capacity.value, n1.headroom], [28, 25]);
  });

  test('prefix delegation and a missing label', () => {
    const t = makeTopology(cni('aws-vpc-cni', 'none'), (d) => {
      d.nodes[0]!.labels['node.kubernetes.io/instance-type'] = 'm5.large';
      d.nodes[0]!.maxPods = null;
    });
    const r = podCapacityReport(t, { ipam: 'aws-vpc-cni', aws: { prefixDelegation: true } });
    assert.deepEqual([r.nodes[0]!.maxPods.value, r.nodes[0]!.addresses[0]!.usable.value], [110, String(3 * 9 * 16)]);
    assert.deepEqual(r.nodes[1]!.problems, ['no node.kubernetes.io/instance-type label: ENI limits unknown']);
    assert.equal(r.nodes[1]!.addresses[0]!.usable.value, null);
  });
});

describe('GKE, Calico, Azure CNI Overlay', () => {
  test('GKE: max Pods from the node-pool label; the node range must hold twice that', () => {
    const t = makeTopology((d) => {
      for (const n of d.nodes) {
        n.labels['cloud.google.com/gke-max-pods-per-node'] = '32';
        n.maxPods = null;
      }
      d.nodes[1]!.podCIDRs = ['172.17.1.0/27'];
    });
    const r = podCapacityReport(t, { ipam: 'gke-alias' });
    assert.deepEqual([r.nodes[0]!.maxPods.value, r.nodes[0]!.maxPods.rule, r.nodes[0]!.problems], [32, 'pods.maxPods.gkeLabel', []]);
    assert.deepEqual(r.nodes[1]!.problems, ['pod range 172.17.1.0/27 holds fewer than 2 × 32 addresses; GKE sizes it /26']);
    assert.equal(r.nodes[1]!.capacity.value, 29); // host-local on a /27: 29 addresses
  });

  test('Calico with strict affinity and one block per host: 64 − 1 IPIP tunnel address', () => {
    const t = makeTopology(cni('calico', 'ipip'));
    const r = podCapacityReport(t, { ipam: 'calico-ipam', calico: { strictAffinity: true, maxBlocksPerHost: 1 } });
    assert.deepEqual([r.nodes[0]!.addresses[0]!.usable.value, r.nodes[0]!.capacity.value], ['63', 64]); // + kube-proxy on the host network
    assert.equal(r.calico[0]!.tunnelAddressesPerNode, 1);
  });

  test('Calico with borrowing: only max-pods bounds a node', () => {
    const r = podCapacityReport(makeTopology(cni('calico', 'bgp')), { ipam: 'calico-ipam' });
    assert.deepEqual([r.nodes[0]!.addresses[0]!.usable.value, r.nodes[0]!.capacity.value, r.calico[0]!.tunnelAddressesPerNode], [null, 110, 0]);
  });

  test('Azure CNI Overlay: 250 max Pods by default', () => {
    const r = podCapacityReport(makeTopology((d) => d.nodes.forEach((n) => (n.maxPods = null))), { ipam: 'azure-overlay' });
    assert.deepEqual([r.nodes[0]!.maxPods.value, r.nodes[0]!.capacity.value], [250, 250]);
  });
});
