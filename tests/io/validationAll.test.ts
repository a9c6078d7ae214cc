/**
 * Issue 12: one answer lists every problem of a document. Shape errors (a misspelled enum, an unknown field, a wrong
 * type) used to stop the checks of the object they were in, so a misspelled CNI plugin hid a /33 prefix until it was
 * fixed. Each case is a document with independent errors; all of their paths must come back in one answer, and no
 * problem the document does not have.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { parseTopologyObjects } from '../../src/io/parseTopology';
import { at, set, variant, type Obj } from './fixtures';

interface Case {
  name: string;
  objects: Obj[];
  /** Every error path expected, in any order; nothing else may be reported. */
  paths: string[];
}

const spec = (objects: Obj[], path: (string | number)[], value: unknown) => set(at(objects, 0), ['spec', ...path], value);

const CASES: Case[] = [
  {
    name: 'a misspelled CNI plugin and a /33 pod CIDR (the issue)',
    objects: variant((o) => {
      spec(o, ['cni', 'plugin'], 'flanel');
      spec(o, ['podCIDRs', 0], '10.244.0.0/33');
    }),
    paths: ['topology.spec.cni.plugin', 'topology.spec.podCIDRs[0]'],
  },
  {
    name: 'an unknown field, a wrong type and a bad service CIDR in the Topology',
    objects: variant((o) => {
      spec(o, ['podCIDR'], ['10.0.0.0/8']);
      spec(o, ['kubeProxy'], { mode: 'iptables', masqueradeBit: 'fourteen' });
      spec(o, ['serviceCIDRs', 0], '10.96.0.1/12');
    }),
    paths: ['topology.spec.podCIDR', 'topology.spec.kubeProxy.masqueradeBit', 'topology.spec.serviceCIDRs[0]'],
  },
  {
    name: 'errors in three objects, one of them both shape and value',
    objects: variant((o) => {
      spec(o, ['cni', 'overlay'], 'vxlan2');
      set(at(o, 1), ['spec', 'podCIDRs'], ['10.244.0.300/24']);
      set(at(o, 1), ['metadata', 'labels'], 'web');
      set(at(o, 3), ['spec', 'containers', 0, 'ports', 0, 'containerPort'], 99999);
    }),
    paths: ['topology.spec.cni.overlay', 'nodes[0].spec.podCIDRs[0]', 'nodes[0].metadata.labels', 'pods[0].spec.containers[0].ports[0].containerPort'],
  },
];

describe('validation reports every problem of a document at once', () => {
  test.each(CASES)('$name', ({ objects, paths }) => {
    const result = parseTopologyObjects(objects);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors.map((e) => e.path).sort(), [...paths].sort(), JSON.stringify(result.errors, null, 1));
  });

  test('the document with every fix applied is valid (the cases change nothing else)', () => {
    assert.equal(parseTopologyObjects(variant(() => undefined)).ok, true);
  });
});
