// The capacity report, forecast, free-CIDR finder and planner on the shipped examples (examples/*.yaml,
// loaded through src/io's parseTopologyDocument). Expected figures are worked from the example documents:
// kubeadm-calico has six nodes with /24s 10.244.0–5.0 in 10.244.0.0/16, Services in 10.96.0.0/12 at
// 10.96.0.1 and 10.96.0.10 (static band) and four dynamic addresses, racks 10.0.1.0/24 and 10.0.2.0/24,
// and the on-prem network 192.168.0.0/16.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopologyDocument } from '../../../src/io/parseTopology';
import type { Topology } from '../../../src/engine/model/topology';
import { capacityReport, freeCidr, plan, SOURCES } from '../../../src/engine/capacity';

const dir = join(__dirname, '..', '..', '..', 'examples');
function load(name: string): Topology {
  const r = parseTopologyDocument(readFileSync(join(dir, name), 'utf8'));
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.errors));
  return r.topology;
}

describe('kubeadm-calico', () => {
  const t = load('kubeadm-calico.yaml');
  const growth = { nodesPerMonth: 2, podsPerMonth: 30, servicesPerMonth: 5 };
  const r = capacityReport(t, { growth });

  test('provider and IPAM come from the CNI plugin', () => {
    assert.deepEqual(r.provider, { value: 'calico', ipam: 'calico-ipam', reason: 'CNI plugin calico (calico-ipam)' });
  });

  test('node CIDRs: 6 of 256 /24s used, the next ones follow the last', () => {
    const f = r.nodeCIDRs.families[0]!;
    assert.deepEqual([f.used, f.free.value, f.next.slice(0, 2)], [6, '250', ['10.244.6.0/24', '10.244.7.0/24']]);
  });

  test('ClusterIPs: 2 in the static band, 4 in the dynamic band', () => {
    const s = r.services[0]!;
    assert.deepEqual([s.allocatable.value, s.usedStatic, s.usedDynamic, s.free], ['1048574', 2, 4, '1048568']);
  });

  test('pods: six nodes at 110, Calico borrowing leaves max-pods as the bound', () => {
    assert.equal(r.pods.totals.capacity, 660);
    assert.equal(r.pods.calico[0]!.tunnelAddressesPerNode, 1); // IPIP
  });

  test('forecast: 250 free blocks at 2 nodes a month run out first, at month 125', () => {
    assert.deepEqual(r.forecast!.first, { resource: 'nodeCIDRs', family: 'IPv4', scope: '10.244.0.0/16', months: 125 });
  });

  test('free /16s skip the racks, and 192.168.0.0/16 is blocked by the on-prem network', () => {
    const a = freeCidr(t, { length: 16, count: 2 });
    assert.ok(a.ok);
    assert.deepEqual(a.value.found, ['10.1.0.0/16', '10.2.0.0/16']);
    const corp = freeCidr(t, { length: 24, within: ['192.168.0.0/16'] });
    assert.ok(corp.ok);
    assert.deepEqual(corp.value.supernets[0]!.blockers, [{ cidr: '192.168.0.0/16', source: 'externalNetwork', name: 'corp (on-prem)' }]);
  });

  test('a calico plan for twice the cluster avoids the racks', () => {
    const p = plan({ nodes: 6, maxPodsPerNode: 110, services: 7, provider: 'calico' }, t);
    assert.ok(p.ok);
    // 12 nodes × 2 /26 blocks = 24 → /21; 10.0.0.0/21 holds rack-a, so 10.0.8.0/21. 14 ClusterIPs → /28;
    // 12 nodes + 3 reserved → /28.
    assert.deepEqual(
      p.value.families[0]!.ranges.map((x) => x.cidr),
      ['10.0.8.0/21', '10.0.0.0/28', '10.0.0.16/28'],
    );
  });
});

describe('every example', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  test('there are examples to check', () => assert.ok(files.length >= 3));
  for (const file of files) {
    test(`${file}: the report is plain JSON, every figure names a rule and known sources`, () => {
      const r = capacityReport(load(file), { growth: { nodesPerMonth: 1, podsPerMonth: 10, servicesPerMonth: 1 } });
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
      const figures: { rule: string; sources: string[] }[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          if ('rule' in v && 'sources' in v) figures.push(v as { rule: string; sources: string[] });
          Object.values(v).forEach(walk);
        }
      };
      walk(r);
      assert.ok(figures.length > 10);
      for (const f of figures) {
        assert.match(f.rule, /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/);
        for (const s of f.sources) assert.ok(s in SOURCES && s in r.citations, `${f.rule}: ${s}`);
      }
      // The pods of the examples fit: no node is overcommitted and every item of the forecast is computed.
      assert.ok(r.pods.nodes.every((n) => !n.overcommitted));
      assert.ok(r.forecast!.items.length >= 3);
    });
  }

  test('seed-overlay (flannel VXLAN): host-local on /24s, 253 addresses per node', () => {
    const r = capacityReport(load('seed-overlay.yaml'));
    assert.deepEqual([r.provider.ipam, r.pods.nodes[0]!.addresses[0]!.usable.value, r.pods.totals.capacity], ['host-local', '253', 220]);
  });
});
