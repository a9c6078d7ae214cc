/**
 * The tracer asks kube-proxy's evaluator (`translateAt`) about the rules of only the Services a packet can
 * match (src/engine/trace/translation.ts). These tests hold it to the claim that this is the answer of the
 * node's whole rule set: every Service address, port, NodePort and health-check port of the example, from a
 * pod, a node and an outside client, on every node — and on a cluster large enough (> 1000 endpoints) for
 * kube-proxy to drop the endpoint rules' comments (proxier.go largeClusterEndpointsThreshold).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { translateAt, type Packet } from '../../../src/engine/services/kubeproxy';
import { translateService } from '../../../src/engine/trace/translation';
import { exampleTopology, withSyntheticEndpoints } from '../fixtures/services';
import { syntheticTopology } from '../fixtures/synthetic';
import { snapshotOf } from './harness';

function localAddresses(t: Topology, nodeName: string): string[] {
  const node = t.nodes.find((n) => n.name === nodeName)!;
  return ['127.0.0.1', '::1', ...node.internalIPs, ...node.externalIPs];
}

/** Packets to every address and port kube-proxy has a rule for, plus a port nobody has. */
function packetsOf(t: Topology, sources: readonly string[]): Packet[] {
  const out: Packet[] = [];
  for (const svc of t.services) {
    for (const p of svc.ports) {
      const dsts: [string, number][] = [...svc.clusterIPs, ...svc.externalIPs, ...svc.loadBalancerIPs].flatMap((ip) => [[ip, p.port] as [string, number], [ip, p.port + 1] as [string, number]]);
      for (const n of t.nodes) {
        if (p.nodePort !== null) dsts.push([n.internalIPs[0]!, p.nodePort]);
        if (svc.healthCheckNodePort !== null) dsts.push([n.internalIPs[0]!, svc.healthCheckNodePort]);
      }
      for (const [destination, port] of dsts) for (const source of sources) out.push({ source, destination, port, protocol: p.protocol });
    }
  }
  return out;
}

describe('translation over the relevant Services equals the whole rule set', () => {
  test('examples/kubeadm-calico.yaml: every Service packet, from a pod, a node and outside, on every node', () => {
    const t = exampleTopology('kubeadm-calico');
    const snap = snapshotOf(t);
    const packets = packetsOf(t, ['10.244.1.5', '10.0.2.12', '192.168.10.10']);
    let dnat = 0;
    let verdicts = 0;
    for (const node of t.nodes) {
      const local = localAddresses(t, node.name);
      for (const p of packets) {
        const whole = translateAt(t, node.name, p, { localAddresses: local });
        const part = translateService(snap, node.name, p, local);
        assert.deepEqual(part, whole, `${node.name} ${JSON.stringify(p)}`);
        dnat += whole.branches.filter((b) => b.dnat !== null).length;
        verdicts += whole.branches.filter((b) => b.verdict !== null).length;
      }
    }
    // The table is not vacuous: it exercises DNAT, and REJECT/DROP/ACCEPT.
    assert.ok(dnat > 400 && verdicts > 200, `${dnat} DNAT branches, ${verdicts} verdicts`);
  });

  test('a cluster in kube-proxy\'s large-cluster mode (1,200 endpoints): the same rules, comments elided as kube-proxy does', () => {
    const t = withSyntheticEndpoints(syntheticTopology({ nodes: 20, podsPerNode: 30, services: 400 }), 3);
    const snap = snapshotOf(t);
    const node = 'node-3';
    const local = localAddresses(t, node);
    const packets = packetsOf({ ...t, services: t.services.filter((_, i) => i % 37 === 0) }, ['10.128.3.2', '10.128.0.2', '10.0.0.13', '192.0.2.7']);
    assert.ok(packets.length > 50);
    for (const p of packets) {
      const whole = translateAt(t, node, p, { localAddresses: local });
      assert.deepEqual(translateService(snap, node, p, local), whole, JSON.stringify(p));
    }
    const sample = translateService(snap, node, { source: '10.128.3.2', destination: t.services[0]!.clusterIPs[0]!, port: 80 }, local);
    // largeClusterMode: `-A KUBE-SVC-… -m statistic … -j KUBE-SEP-…` with no `-m comment` (iptables proxier.go).
    assert.match(sample.branches[0]!.rules[1]!, /^-A KUBE-SVC-\S+ -m statistic --mode random --probability 0\.3333333333 -j KUBE-SEP-\S+$/);
  });
});
