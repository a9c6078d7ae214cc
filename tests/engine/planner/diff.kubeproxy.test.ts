/**
 * The kube-proxy section counts each class of equal inputs once; these cases check the class key against
 * counting every node on its own, in every mode, on clusters whose nodes differ in local endpoints
 * (externalTrafficPolicy Local, internalTrafficPolicy Local), in addresses, and with --nodeport-addresses.
 */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import { diffKubeProxy, kubeProxyTotalsUnmemoized } from '../../../src/engine/planner/diffKubeProxy';
import { applied, example } from './harness';

const variants: [string, () => Topology][] = [
  ['kubeadm-calico as is (an ETP Local LoadBalancer, explicit and inferred slices)', () => example('kubeadm-calico')],
  [
    'replicas spread unevenly, an internalTrafficPolicy Local Service, a node with an external IP',
    () =>
      applied(example('kubeadm-calico'), [
        { op: 'scaleService', namespace: 'shop', name: 'web', replicas: 8 },
        { op: 'addService', namespace: 'shop', name: 'local', internalTrafficPolicy: 'Local', ports: [{ port: 80 }], selector: { app: 'api' } },
        { op: 'addNodes', count: 2, subnet: 'rack-a' },
      ]).topology,
  ],
  ['--nodeport-addresses with a CIDR that only some nodes match', () => applied(example('kubeadm-calico'), [{ op: 'setKubeProxy', nodePortAddresses: ['10.0.1.0/24'] }]).topology],
];

for (const [name, build] of variants) {
  for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
    test(`${name}: ${mode}`, () => {
      const t = applied(build(), [{ op: 'setKubeProxy', mode }]).topology;
      const s = compileSnapshot(t);
      const d = diffKubeProxy(s, s);
      const brute = kubeProxyTotalsUnmemoized(s);
      assert.deepEqual(new Map(d.nodes.map((n) => [n.node, n.after!.total])), brute);
      assert.equal(d.changed, 0);
    });
  }
}
