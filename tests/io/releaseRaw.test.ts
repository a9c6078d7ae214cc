/**
 * Issue 17 (memory of `netmodel import`): a document's raw objects are let go of as they are converted, keeping only
 * what the cross-checks read (a node's `status.addresses`, a pod's `status.podIPs`, for a problem's path). These cases
 * check that the text path (which owns and releases its documents) reports exactly what the objects path (which must
 * not touch the caller's objects) reports, for the problems whose paths come from those kept fields, and that the
 * caller's array and objects are left as they were.
 */
import { describe, expect, test } from '@jest/globals';
import { parseTopologyDocument, parseTopologyObjects } from '../../src/io/parseTopology';
import { at, set, smallCluster, toYaml, variant, type Obj } from './fixtures';

const SUBNET = 'k8s-netmodel.io/subnet';

const CASES: { name: string; objects: Obj[]; path: string }[] = [
  {
    name: 'a node IP outside the subnet the node names (path from status.addresses)',
    objects: variant((o) => {
      set(at(o, 2), ['metadata', 'annotations', SUBNET], 'a');
      set(at(o, 2), ['status', 'addresses'], [{ type: 'Hostname', address: 'node-b' }, { type: 'InternalIP', address: '10.200.0.3' }]);
    }),
    path: 'nodes[1].status.addresses[1].address',
  },
  {
    name: 'a second pod IP of a family the node lacks (path from status.podIPs)',
    objects: variant((o) => {
      set(at(o, 3), ['status', 'podIPs', 1], { ip: 'fd00:10:244::5' });
    }),
    path: 'pods[0].status.podIPs[1].ip',
  },
  { name: 'a pod on a node that does not exist', objects: variant((o) => set(at(o, 3), ['spec', 'nodeName'], 'node-z')), path: 'pods[0].spec.nodeName' },
  { name: 'a valid document', objects: smallCluster(), path: '' },
];

describe('the text path, which releases raw objects, reports what the objects path reports', () => {
  test.each(CASES)('$name', ({ objects, path }) => {
    const fromObjects = parseTopologyObjects(structuredClone(objects));
    const fromText = parseTopologyDocument(toYaml(objects));
    expect(fromText).toStrictEqual(fromObjects);
    if (path === '') expect(fromText.ok).toBe(true);
    else expect(fromText.ok ? [] : fromText.errors.map((e) => e.path)).toContain(path);
  });
});

describe("the objects path leaves the caller's objects alone", () => {
  test.each(CASES)('$name', ({ objects }) => {
    const mine = structuredClone(objects);
    const result = parseTopologyObjects(mine);
    expect(mine).toStrictEqual(objects);
    // And the parse holds none of them: nothing it returns is one of the caller's objects (or inside one).
    const raw = new Set<unknown>();
    const collect = (value: unknown): void => {
      if (value === null || typeof value !== 'object' || raw.has(value)) return;
      raw.add(value);
      for (const child of Object.values(value)) collect(child);
    };
    mine.forEach(collect);
    const shared: unknown[] = [];
    const walk = (value: unknown, seen: Set<unknown>): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (raw.has(value)) shared.push(value);
      for (const child of Object.values(value)) walk(child, seen);
    };
    walk(result, new Set());
    expect(shared).toStrictEqual([]);
  });
});
