/**
 * ruleCounts is arithmetic over the same decisions as the renderers; here every number is checked against
 * what the renderers actually write, on upstream's golden topologies, on every combination of the knobs
 * that change rule counts (traffic policies, affinity, source ranges, NodePorts, endpoint states, locality,
 * dual-stack, nodePortAddresses, masqueradeAll, no detect-local CIDR), and at scale for speed.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../../src/engine/model/topology';
import { renderIptables, renderIpvs, renderNftables, ruleCounts } from '../../../../src/engine/services/kubeproxy';
import { syntheticTopology } from '../../fixtures/synthetic';
import { harnessTopology, HARNESS_OPTIONS, testNodeName } from './harness';
import { combinatorialTopology } from './combinatorial';
import { overallTopology } from './overall';

function assertCountsMatchRender(topology: Topology, label: string): void {
  for (const family of ['IPv4', 'IPv6'] as const) {
    const opts = { ...HARNESS_OPTIONS, family };
    const ipt = renderIptables(topology, testNodeName, opts).families[0]!;
    const c = ruleCounts(topology, testNodeName, 'iptables', opts).families[0]!;
    assert.equal(c.mode, 'iptables');
    if (c.mode !== 'iptables') return;
    const t = ipt.tables;
    assert.deepEqual(
      { filter: c.filter, nat: c.nat },
      { filter: { chains: t.filter.chainLines.length, rules: t.filter.ruleLines.length }, nat: { chains: t.nat.chainLines.length, rules: t.nat.ruleLines.length } },
      `${label} ${family} iptables`,
    );
    const nft = renderNftables(topology, testNodeName, opts).families[0]!;
    const n = ruleCounts(topology, testNodeName, 'nftables', opts).families[0]!;
    assert.ok(n.mode === 'nftables');
    assert.deepEqual({ sets: n.sets, maps: n.maps, chains: n.chains, rules: n.rules, elements: n.elements }, nft.counts, `${label} ${family} nftables`);
    const v = renderIpvs(topology, testNodeName, opts).families[0]!;
    const i = ruleCounts(topology, testNodeName, 'ipvs', opts).families[0]!;
    assert.ok(i.mode === 'ipvs');
    assert.deepEqual({ virtualServers: i.virtualServers, realServers: i.realServers, ipsetEntries: i.ipsetEntries, iptablesRules: i.iptablesRules }, v.counts, `${label} ${family} ipvs`);
  }
}

describe('ruleCounts equals the rendered output', () => {
  test('TestOverallIPTablesRules topology', () => assertCountsMatchRender(overallTopology, 'overall'));
  test('every knob combination', () => assertCountsMatchRender(combinatorialTopology(), 'combinatorial'));
  test('… with nodePortAddresses and localhost NodePorts off', () =>
    assertCountsMatchRender(
      combinatorialTopology((t) => {
        t.kubeProxy.nodePortAddresses = ['192.168.0.0/24', '127.0.0.0/8', '2001:db8::/64'];
        t.kubeProxy.localhostNodePorts = false;
      }),
      'nodePortAddresses',
    ));
  test('… with masqueradeAll', () => assertCountsMatchRender(combinatorialTopology((t) => (t.kubeProxy.masqueradeAll = true)), 'masqueradeAll'));
  test('… without a detect-local CIDR', () => assertCountsMatchRender(combinatorialTopology((t) => (t.podCIDRs = [])), 'no detector'));
  test('… with external and LB addresses that are the node’s own (not bound to kube-ipvs0)', () =>
    assertCountsMatchRender(
      combinatorialTopology((t) => {
        t.services[0]!.externalIPs = ['192.168.99.11', '2001:db8:1::2'];
        t.services[1]!.externalIPs = ['192.168.1.2'];
      }),
      'own addresses',
    ));
  test('… with no node address for NodePorts (ports and health checks skipped)', () =>
    assertCountsMatchRender(combinatorialTopology((t) => (t.kubeProxy.nodePortAddresses = ['100.101.102.0/24', 'fd00:99::/64'])), 'no node IPs'));
  test('an empty cluster', () => assertCountsMatchRender(harnessTopology([], []), 'empty'));
  test('an unknown node is an error, not an exception', () => {
    const r = ruleCounts(overallTopology, 'no-such-node', 'iptables');
    assert.deepEqual(r.families, []);
    assert.match(r.errors[0]!, /node "no-such-node" is not in topology/);
  });
});

describe('ruleCounts at scale', () => {
  test('10,000 Services × 3 endpoints on one node: every mode counts the same rules twice (timing: npm run bench)', () => {
    const base = syntheticTopology({ nodes: 100, podsPerNode: 3, services: 10000 });
    const endpointSlices = base.services.map((s, k) => ({
      namespace: s.namespace,
      name: `${s.name}-x`,
      serviceName: s.name,
      addressType: 'IPv4' as const,
      inferred: false,
      ports: [{ name: 'http', protocol: 'TCP' as const, port: 8080, appProtocol: null }],
      endpoints: [0, 1, 2].map((j) => ({ addresses: [`10.${128 + ((k >> 8) & 63)}.${k & 255}.${2 + j}`], ready: true, serving: true, terminating: false, nodeName: `node-${(k + j) % 100}`, zone: null, hostname: null, targetPod: null })),
    }));
    const topology: Topology = { ...base, endpointSlices };
    for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
      // Counting is a pure function of the topology: a second run gives the same figures.
      assert.deepEqual(ruleCounts(topology, 'node-0', mode), ruleCounts(topology, 'node-0', mode), mode);
    }
    const ipt = ruleCounts(topology, 'node-0', 'iptables').families[0]!;
    // 10k × (KUBE-SERVICES + masquerade + 3 SVC→SEP + 3×2 SEP) + 4 base + 1 nodeports tail = 110,005 nat rules.
    assert.ok(ipt.mode === 'iptables' && ipt.nat.rules === 110_005 && ipt.nat.chains === 40_004);
  });
});
