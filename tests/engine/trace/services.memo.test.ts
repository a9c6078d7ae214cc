/**
 * kube-proxy's rules are parsed once per rendered rule set and evaluated once per class of packet (translate.ts): two
 * senders the rules' source tests cannot tell apart share one answer. These tests hold the memoized answers to a fresh
 * evaluation of the same text for every sender of the example (endpoints themselves included: the hairpin rule tests the
 * source), and count the work a trace to a Service does, so a change that re-parses or re-evaluates per trace fails here.
 */
import { describe, expect, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { renderIptables, translate, type Packet } from '../../../src/engine/services/kubeproxy';
import { MAX_MEMOIZED_PER_RULE_SET, translateCounters } from '../../../src/engine/services/kubeproxy/translate';
import { trace } from '../../../src/engine/trace';
import { exampleTopology, withSyntheticEndpoints } from '../fixtures/services';
import { syntheticTopology } from '../fixtures/synthetic';
import { snapshotOf } from './harness';

/** Every address that can send: pods (endpoints among them), nodes, and a client outside the cluster. */
function senders(t: Topology): string[] {
  return [...new Set([...t.pods.flatMap((p) => p.ips), ...t.nodes.flatMap((n) => n.internalIPs), '192.168.10.10'])];
}

/** Every Service address and port (and a port next to it that no rule has), plus NodePorts on the node's address. */
function destinations(t: Topology, nodeIP: string): Omit<Packet, 'source'>[] {
  const out: Omit<Packet, 'source'>[] = [];
  for (const svc of t.services) {
    for (const p of svc.ports) {
      for (const ip of [...svc.clusterIPs, ...svc.externalIPs, ...svc.loadBalancerIPs]) out.push({ destination: ip, port: p.port, protocol: p.protocol }, { destination: ip, port: p.port + 1, protocol: p.protocol });
      if (p.nodePort !== null) out.push({ destination: nodeIP, port: p.nodePort, protocol: p.protocol });
    }
  }
  return out;
}

describe('memoized kube-proxy evaluation', () => {
  const topologies: [string, () => Topology, number][] = [
    ['examples/kubeadm-calico.yaml', () => exampleTopology('kubeadm-calico'), 1000],
    ['a synthetic cluster (4 nodes, 3 endpoints per Service)', () => withSyntheticEndpoints(syntheticTopology({ nodes: 4, podsPerNode: 4, services: 6 }), 3), 300],
  ];
  test.each(topologies)('%s: every sender × every Service packet on every node equals a fresh evaluation of the text', (_, topology, atLeast) => {
    const t = topology();
    let compared = 0;
    let distinctAnswers = 0;
    for (const node of t.nodes) {
      const rules = renderIptables(t, node.name, { family: 'IPv4', mode: 'iptables' }).families[0]!;
      const local = ['127.0.0.1', '::1', ...node.internalIPs, ...node.externalIPs];
      for (const d of destinations(t, node.internalIPs[0]!)) {
        const answers = new Set<object>();
        for (const source of senders(t)) {
          const packet = { ...d, source };
          // A string is parsed and evaluated on every call: the reference.
          assert.deepEqual(translate(rules, packet, { localAddresses: local }), translate(rules.text, packet, { localAddresses: local }), `${node.name} ${JSON.stringify(packet)}`);
          answers.add(translate(rules, packet, { localAddresses: local }));
          compared++;
        }
        distinctAnswers += answers.size;
      }
    }
    // Not vacuous, and the memo shares: far fewer distinct answer objects than packets.
    expect(compared).toBeGreaterThan(atLeast);
    expect(distinctAnswers).toBeLessThan(compared * 0.8);
  });

  test('the memo per rule set is bounded: past the bound the oldest answer is evaluated again, the newest is kept', () => {
    const t = exampleTopology('kubeadm-calico');
    const node = t.nodes[0]!;
    const rules = renderIptables(t, node.name, { family: 'IPv4', mode: 'iptables' }).families[0]!;
    const svc = t.services.find((s) => s.clusterIPs.length > 0)!;
    // Distinct destination ports: each is its own memoized question (no rule matches most of them; the answer says so).
    const packet = (i: number): Packet => ({ source: '192.168.10.10', destination: svc.clusterIPs[0]!, port: 20_000 + i, protocol: 'TCP' });
    const asked = MAX_MEMOIZED_PER_RULE_SET + 10;
    for (let i = 0; i < asked; i++) translate(rules, packet(i));
    const evaluationsOf = (i: number) => {
      const before = translateCounters.evaluations;
      assert.deepEqual(translate(rules, packet(i)), translate(rules.text, packet(i)));
      return translateCounters.evaluations - before - 1; // minus the reference's own evaluation
    };
    expect([evaluationsOf(asked - 1), evaluationsOf(0)]).toEqual([0, 1]);
  });

  test('a trace to a Service parses a rule set once, and evaluates it once per class of sender', () => {
    const t = withSyntheticEndpoints(syntheticTopology({ nodes: 6, podsPerNode: 8, services: 12 }), 3);
    const snap = snapshotOf(t);
    const svc = t.services.find((s) => s.namespace !== 'kube-system' && !s.headless && s.clusterIPs.length > 0 && t.endpointSlices.some((e) => e.serviceName === s.name && e.namespace === s.namespace && e.endpoints.length > 1))!;
    const endpointIPs = new Set(t.endpointSlices.filter((e) => e.serviceName === svc.name && e.namespace === svc.namespace).flatMap((e) => e.endpoints.flatMap((x) => x.addresses)));
    // Senders on one node that are not endpoints of the Service: the rules cannot tell them apart.
    const nodeName = t.pods.find((p) => !p.hostNetwork && p.nodeName !== null)!.nodeName!;
    const senders = t.pods.filter((p) => p.nodeName === nodeName && !p.hostNetwork && !p.ips.some((ip) => endpointIPs.has(ip)));
    assert.ok(senders.length >= 3, `${senders.length} senders`);
    const to = `svc:${svc.namespace}/${svc.name}`;
    const port = svc.ports[0]!.port;
    const first = trace(snap, `pod:${senders[0]!.namespace}/${senders[0]!.name}`, to, { port });
    assert.ok((first.trace?.branches?.length ?? 0) > 1, 'the Service load-balances');
    const before = { ...translateCounters };
    const answers = senders.map((p) => trace(snap, `pod:${p.namespace}/${p.name}`, to, { port }));
    for (const a of answers) assert.equal(a.trace?.branches?.length, first.trace!.branches!.length);
    expect({ parses: translateCounters.parses - before.parses, evaluations: translateCounters.evaluations - before.evaluations }).toEqual({ parses: 0, evaluations: 0 });
  });
});
