/** Properties of the report as a whole: deterministic order, and only real conflicts at scale. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { findConflicts } from '../../../src/engine/conflicts/findConflicts';
import type { Topology } from '../../../src/engine/model/topology';
import { makeNode, makePod, makeService, makeTopology } from './builder';

describe('report properties', () => {
  const messy = (reverse: boolean): Topology =>
    makeTopology((t) => {
      t.podCIDRs[0] = '10.0.0.0/8';
      t.underlay.subnets.push({ name: 'nodes-b', cidr: '192.168.10.128/25', gateway: null, zone: null, mtu: null });
      t.externalNetworks.push({ name: 'misc', cidr: '10.96.0.0/16', kind: 'other' });
      t.pods.push(makePod('default', 'dup', 'node-1', ['10.244.0.5']));
      t.services.push(makeService('apps', 'shop', ['10.200.0.1']));
      if (reverse) {
        t.nodes.reverse();
        t.pods.reverse();
        t.services.reverse();
        t.underlay.subnets.reverse();
        t.externalNetworks.reverse();
      }
    });

  test('findings are sorted by severity, then code, and do not depend on input order', () => {
    const a = findConflicts(messy(false));
    const b = findConflicts(messy(true));
    assert.deepEqual(a, b);
    const ranks = a.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y));
    assert.deepEqual(
      a.findings.map((f) => `${f.severity} ${f.kind}`),
      [
        'error CLUSTER_IP_OUTSIDE_SERVICE_CIDR',
        'error POD_IP_DUPLICATE',
        'error POD_SERVICE_OVERLAP',
        'error SUBNET_OVERLAP',
        'warning POD_EXTERNAL_OVERLAP',
        'warning SERVICE_EXTERNAL_OVERLAP',
      ],
    );
  });

  test('a large generated cluster: only the planted conflicts are found', () => {
    const report = findConflicts(
      makeTopology((t) => {
        t.nodes = [];
        t.pods = [];
        for (let n = 0; n < 1000; n++) {
          const name = `n${n}`;
          const b2 = 10 + Math.floor(n / 250);
          const block = `10.244.${Math.floor(n / 4)}.${(n % 4) * 64}/26`;
          t.nodes.push(makeNode(name, [`192.168.${b2}.${(n % 250) + 1}`], [block], (x) => (x.subnet = null)));
        }
        for (let i = 0; i < 10000; i++) {
          const n = i % 1000;
          t.pods.push(makePod('load', `p${i}`, `n${n}`, [`10.244.${Math.floor(n / 4)}.${(n % 4) * 64 + 1 + Math.floor(i / 1000)}`]));
        }
        t.nodeCIDRMaskSize.ipv4 = 26;
        t.underlay.subnets = [{ name: 'nodes', cidr: '192.168.0.0/16', gateway: null, zone: null, mtu: null }];
        // Planted: one duplicate pod IP, one pod outside its node's block.
        t.pods.push(makePod('load', 'dup', 'n7', ['10.244.1.193']));
        t.pods.push(makePod('load', 'stray', 'n8', ['10.244.9.60']));
      }),
    );
    assert.deepEqual(
      report.findings.map((f) => `${f.kind} ${f.objects.map((x) => x.name).join(',')}`),
      ['POD_IP_DUPLICATE load/dup,load/p7', 'POD_IP_OUTSIDE_NODE_POD_CIDR load/stray,n8'],
    );
  });
});
