/**
 * diffTopologies' options and the less common shapes of a diff: groups that exist on one side only,
 * other groupings, named pairs that stop resolving, sections switched off, and the extraDiffs extension
 * point (its headline joins the summary, its data is returned as given).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { diffTopologies, parseDiffOptions, type ExtraDiff } from '../../../src/engine/planner';
import { applied, example } from './harness';

const calico = () => example('kubeadm-calico');

describe('groups on one side only', () => {
  test('a new rack: its cells are listed as added, the old cells compared', () => {
    const base = calico();
    const fork = applied(base, [{ op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24', gateway: '10.0.3.1' }, { op: 'addNodes', count: 2, subnet: 'rack-c' }]).topology;
    const d = diffTopologies(base, fork, { sections: { capacity: false, kubeProxy: false } });
    assert.equal(d.reachability.cellsCompared, 4);
    assert.deepEqual(d.reachability.added.map((c) => `${c.from}>${c.to} ${c.side.disposition}`), [
      'rack-a>rack-c DELIVERED',
      'rack-b>rack-c DELIVERED',
      'rack-c>rack-a DELIVERED',
      'rack-c>rack-b DELIVERED',
      'rack-c>rack-c DELIVERED',
    ]);
    assert.deepEqual([d.capacity, d.kubeProxy], [null, null]);
    assert.equal(d.summary, 'Adding subnet rack-c (with 1 other change): New subnet pairs: 5, all delivered.');
  });
});

describe('grouping by node', () => {
  test('a node pair that breaks is named by node', () => {
    const base = calico();
    const fork = applied(base, [{ op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.3.0/24', type: 'blackhole' } }]).topology;
    const d = diffTopologies(base, fork, { groupBy: 'node', sections: { capacity: false, kubeProxy: false } });
    assert.deepEqual(d.reachability.changed.map((c) => `${c.from}>${c.to} ${c.after.disposition}`), ['worker-a1>worker-b1 DROPPED']);
    assert.equal(d.reachability.cellsCompared, 36);
    assert.match(d.summary, /^Changing node routes breaks 1 of 36 node pairs: pods in node worker-a1 cannot reach pods in node worker-b1 \(DROPPED\)/);
  });
});

describe('named pairs', () => {
  test('a pod that no longer exists makes the pair unanswerable, with the tracer\'s error', () => {
    const base = calico();
    const fork = applied(base, [{ op: 'removePods', namespace: 'shop', names: ['db-0'] }]).topology;
    const d = diffTopologies(base, fork, { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:shop/db-0', port: 5432 }], sections: { capacity: false, kubeProxy: false } });
    const p = d.reachability.pairs[0]!;
    assert.deepEqual([p.before.disposition, p.after.disposition, p.change, p.port], ['DELIVERED', null, 'lost', 5432]);
    assert.match(p.after.errors[0]!, /no pod shop\/db-0/);
  });
  test('an unchanged pair is reported unchanged, without a deciding difference', () => {
    const base = calico();
    const d = diffTopologies(base, base, { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:shop/db-0' }], sections: { capacity: false, kubeProxy: false } });
    assert.deepEqual([d.reachability.pairs[0]!.changed, d.reachability.pairs[0]!.decidingDifference], [false, null]);
  });
});

describe('extraDiffs', () => {
  test('an extra comparison runs on both topologies; its headline joins the summary', () => {
    const services: ExtraDiff = {
      key: 'serviceCount',
      diff: (b: Topology, a: Topology) => ({ changed: b.services.length !== a.services.length, headline: `Services: ${b.services.length} → ${a.services.length}`, data: { before: b.services.length, after: a.services.length } }),
    };
    const base = calico();
    const fork = applied(base, [{ op: 'removeService', namespace: 'shop', name: 'payments' }]).topology;
    const d = diffTopologies(base, fork, { extraDiffs: [services], sections: { capacity: false, kubeProxy: false } });
    assert.deepEqual(d.extra, { serviceCount: { changed: true, headline: 'Services: 8 → 7', data: { before: 8, after: 7 } } });
    assert.equal(d.summary, 'Removing Service shop/payments changes no pod-to-pod reachability (4 subnet pairs checked with 100-byte packets). Services: 8 → 7.');
  });
});

describe('parseDiffOptions', () => {
  test('valid options come back as given', () => {
    const options = { pairs: [{ from: 'pod:shop/a', to: 'svc:shop/web', port: 80 }], groupBy: 'zone', packetSize: 1400, family: 'IPv4', sections: { kubeProxy: false } };
    assert.deepEqual(parseDiffOptions(options), { ok: true, options });
    assert.deepEqual(parseDiffOptions(undefined), { ok: true, options: {} });
  });
  test('every problem, with its path', () => {
    const r = parseDiffOptions({ pairs: [{ from: 'pod:shop/a' }], groupBy: 'rack', packetSize: 10, colour: 'red' });
    assert.deepEqual(r.ok ? [] : r.problems.map((p) => p.path), ['options.colour', 'options.pairs[0].to', 'options.groupBy', 'options.packetSize']);
  });
});
