/**
 * EndpointSlice inference has one implementation (src/engine/services/inferEndpointSlices.ts), used by import
 * (src/io) and by the planner after an operation. These rows check the planner's side by behavior: what the
 * EndpointSlice controller would publish after pods come and go (kubernetes/kubernetes
 * staging/src/k8s.io/endpointslice/reconciler.go and utils.go; --max-endpoints-per-slice default 100 from
 * pkg/controller/endpointslice/config/v1alpha1/defaults.go). Import's side is tests/io/inference.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import type { Topology } from '../../../src/engine/model/topology';
import { reconcileSlices } from '../../../src/engine/planner/endpointSlices';
import { inferEndpointSlices } from '../../../src/engine/services/inferEndpointSlices';
import { makeNode, makePod, makeService, makeTopology, type Draft } from '../conflicts/builder';

const base = (pods: number, edit?: (t: Draft<Topology>) => void): Topology =>
  makeTopology((t) => {
    t.nodes = [makeNode('node-a', ['10.0.0.1'], ['10.244.0.0/24'], (n) => (n.labels = { 'topology.kubernetes.io/zone': 'z1' }))];
    t.pods = Array.from({ length: pods }, (_, i) => makePod('shop', `web-${i}`, 'node-a', [`10.244.0.${10 + i}`], (p) => (p.labels = { app: 'web' })));
    t.services = [makeService('shop', 'web', ['10.96.0.20'])];
    t.endpointSlices = [];
    edit?.(t);
  });

const summary = (t: Topology) =>
  t.endpointSlices.map((s) => ({ name: s.name, family: s.addressType, inferred: s.inferred, endpoints: s.endpoints.length, ports: s.ports.map((p) => p.port) }));

describe('the planner re-infers slices the way import infers them', () => {
  const rows: Array<{ name: string; topology: Topology; expected: ReturnType<typeof summary> }> = [
    {
      name: 'three ready pods: one slice, target port 8080',
      topology: base(3),
      expected: [{ name: 'web-inferred-1', family: 'IPv4', inferred: true, endpoints: 3, ports: [8080] }],
    },
    {
      name: 'no matching pod: one empty placeholder slice (reconciler.go)',
      topology: base(0),
      expected: [{ name: 'web-inferred-1', family: 'IPv4', inferred: true, endpoints: 0, ports: [] }],
    },
    {
      name: '150 pods: split at 100 endpoints per slice',
      topology: base(150, (t) => {
        t.pods = t.pods.map((p, i) => ({ ...p, ips: [`10.244.${Math.floor(i / 200)}.${i % 200}`] }));
      }),
      expected: [
        { name: 'web-inferred-1', family: 'IPv4', inferred: true, endpoints: 100, ports: [8080] },
        { name: 'web-inferred-2', family: 'IPv4', inferred: true, endpoints: 50, ports: [8080] },
      ],
    },
    {
      name: 'a pod on an unknown node is not published (utils.go: node not found)',
      topology: base(2, (t) => {
        t.pods[1] = { ...t.pods[1]!, nodeName: 'gone' };
      }),
      expected: [{ name: 'web-inferred-1', family: 'IPv4', inferred: true, endpoints: 1, ports: [8080] }],
    },
  ];
  test.each(rows)('$name', ({ topology, expected }) => {
    const planned = reconcileSlices(topology, new Set(['shop/web']));
    expect(summary(planned)).toEqual(expected);
    // Import (the same function) publishes the same slices for the same pods.
    expect(inferEndpointSlices(topology).slices).toEqual(planned.endpointSlices);
  });

  test('endpoints carry the node name, the zone label and the pod as target', () => {
    const [slice] = reconcileSlices(base(1), new Set(['shop/web'])).endpointSlices;
    expect(slice?.endpoints[0]).toEqual({
      addresses: ['10.244.0.10'],
      ready: true,
      serving: true,
      terminating: false,
      nodeName: 'node-a',
      zone: 'z1',
      hostname: null,
      targetPod: { namespace: 'shop', name: 'web-0' },
    });
  });

  test('inferred names skip names already taken', () => {
    const taken = base(1, (t) => {
      t.services.push(makeService('shop', 'other', ['10.96.0.21'], (s) => (s.selector = { app: 'other' })));
      t.endpointSlices = [{ namespace: 'shop', name: 'web-inferred-1', serviceName: 'other', addressType: 'IPv4', endpoints: [], ports: [], inferred: false }];
    });
    expect(inferEndpointSlices(taken).slices.map((s) => s.name)).toEqual(['web-inferred-2']);
  });
});
