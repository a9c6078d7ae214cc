// Provider inference from well-known labels, and the provider sections of the report: GKE node pools by
// cloud.google.com/gke-max-pods-per-node, Azure CNI Overlay's /24 per node, EKS by
// node.kubernetes.io/instance-type. Figures follow the rules tested in gkeCalico.test.ts and awsMaxPods.test.ts.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { capacityReport, inferProvider, providerRules } from '../../../src/engine/capacity';
import { cni, makeTopology } from '../fixtures/cluster';

describe('inferProvider', () => {
  const cases: [name: string, topology: ReturnType<typeof makeTopology>, provider: string, ipam: string][] = [
    ['bridge without labels', makeTopology(), 'generic', 'host-local'],
    ['aws-vpc-cni', makeTopology(cni('aws-vpc-cni', 'none')), 'eks', 'aws-vpc-cni'],
    ['GKE labels', makeTopology((d) => (d.nodes[0]!.labels['cloud.google.com/gke-nodepool'] = 'default-pool')), 'gke', 'gke-alias'],
    ['AKS labels', makeTopology((d) => (d.nodes[1]!.labels['kubernetes.azure.com/cluster'] = 'mc_rg'), cni('generic', 'vxlan')), 'aks', 'azure-overlay'],
    ['calico', makeTopology(cni('calico', 'vxlan')), 'calico', 'calico-ipam'],
    ['cilium', makeTopology(cni('cilium', 'vxlan')), 'generic', 'cilium'],
    ['weave', makeTopology(cni('weave', 'vxlan')), 'generic', 'weave'],
  ];
  for (const [name, t, provider, ipam] of cases) {
    test(name, () => assert.deepEqual([inferProvider(t).provider, inferProvider(t).ipam], [provider, ipam]));
  }
  test('an explicit provider wins, but aws-vpc-cni keeps its IPAM', () => {
    assert.equal(inferProvider(makeTopology(), 'gke').ipam, 'gke-alias');
    assert.equal(inferProvider(makeTopology(cni('aws-vpc-cni', 'none')), 'generic').ipam, 'aws-vpc-cni');
  });
});

describe('providerRules', () => {
  test('gke: one pool per max-Pods value, nodes per Pod range', () => {
    const t = makeTopology((d) => {
      d.nodes[0]!.labels['cloud.google.com/gke-max-pods-per-node'] = '32';
      d.nodes[1]!.maxPods = 110;
    });
    const r = providerRules(t, 'gke');
    assert.ok(r.provider === 'gke');
    assert.deepEqual(
      r.pools.map((p) => [p.maxPodsPerNode, p.nodes, p.nodeRange?.value, p.maxNodesInPodRange?.value]),
      [
        [32, ['node-1'], 26, 1024], // 172.17.0.0/16 holds 2^(26 − 16) /26s
        [110, ['node-2'], 24, 256],
      ],
    );
  });

  test('aks: /24 per node; a different node mask is reported', () => {
    const r = providerRules(makeTopology((d) => (d.nodeCIDRMaskSize.ipv4 = 25)), 'aks');
    assert.ok(r.provider === 'aks');
    assert.equal(r.maxNodes?.value, 256);
    assert.deepEqual(r.problems, ["Azure CNI Overlay gives every node a /24; the topology's IPv4 node mask is /25"]);
  });

  test('eks: per instance type, options passed through', () => {
    const t = makeTopology(cni('aws-vpc-cni', 'none'), (d) => {
      d.nodes[0]!.labels['node.kubernetes.io/instance-type'] = 'c5.4xlarge';
      d.nodes[1]!.labels['node.kubernetes.io/instance-type'] = 'z9.tiny';
    });
    const r = providerRules(t, 'eks', { prefixDelegation: true });
    assert.ok(r.provider === 'eks');
    assert.deepEqual(
      r.instanceTypes.map((i) => [i.instanceType, i.maxPods?.maxPods.value ?? null, i.problem !== null]),
      [
        ['c5.4xlarge', 110, false],
        ['z9.tiny', null, true],
      ],
    );
    assert.equal(capacityReport(t).providerRules.provider, 'eks');
  });
});
