/**
 * Export and import are inverses: parse(export(parse(x))) equals parse(x), and export(parse(export(t))) is
 * export(t) byte for byte, in YAML and JSON — for every example, the rich fixture, and random documents.
 * Also: no input, however broken, makes the importer throw.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as YAML from 'yaml';
import type { Topology } from '../../src/engine/model/topology';
import { exportTopology, topologyToObjects } from '../../src/io/exportTopology';
import { parseTopologyDocument, parseTopologyObjects, type DocumentFormat, type ParseResult } from '../../src/io/parseTopology';
import { randomDocument } from './arbitraries';
import { RICH_DOCUMENT, type Obj } from './fixtures';

const FORMATS: DocumentFormat[] = ['yaml', 'json'];

function ok(result: ParseResult): Topology {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 1));
  return result.topology;
}

function assertRoundTrip(topology: Topology): void {
  for (const format of FORMATS) {
    const exported = exportTopology(topology, format);
    const again = ok(parseTopologyDocument(exported, { format }));
    assert.deepStrictEqual(again, topology, `${format}: parse(export(t)) differs from t`);
    assert.equal(exportTopology(again, format), exported, `${format}: export is not stable`);
  }
}

/** Any ParseResult is well-formed: ok with a topology, or not ok with at least one error. */
function assertWellFormed(result: ParseResult): void {
  if (result.ok) assert.equal(typeof result.topology.name, 'string');
  else assert.ok(result.errors.length > 0 && result.errors.every((e) => typeof e.path === 'string' && typeof e.message === 'string'));
}

describe('round trip of fixed documents', () => {
  const examples = join(__dirname, '..', '..', 'examples');
  const documents: Array<[string, string]> = [
    ['rich fixture (dual-stack, IPv6, every field non-default, headless, ExternalName, ip-route text tables)', RICH_DOCUMENT],
    ...readdirSync(examples)
      .filter((f) => f.endsWith('.yaml'))
      .map((f): [string, string] => [`examples/${f}`, readFileSync(join(examples, f), 'utf8')]),
  ];
  for (const [name, text] of documents) {
    test(name, () => assertRoundTrip(ok(parseTopologyDocument(text))));
  }

  test('the rich fixture really is rich: every non-default survives into the model', () => {
    const t = ok(parseTopologyDocument(RICH_DOCUMENT));
    assert.deepEqual([t.clusterDomain, t.cni.plugin, t.cni.mtu, t.kubeProxy.mode, t.underlay.mtu], ['corp.example', 'cilium', 1400, 'nftables', 9001]);
    assert.deepEqual(t.services.map((s) => [s.name, s.type, s.headless]), [
      ['web', 'LoadBalancer', false],
      ['db', 'ClusterIP', true],
      ['legacy', 'ClusterIP', true],
      ['partner', 'ExternalName', false],
      ['manual', 'ClusterIP', false],
    ]);
    assert.equal(t.nodeRoutes.find((r) => r.node === 'node-a')?.routes.length, 5);
  });

  test('JSON export is a kubectl List; YAML export starts with the Topology document', () => {
    const t = ok(parseTopologyDocument(RICH_DOCUMENT));
    const list = JSON.parse(exportTopology(t, 'json')) as { apiVersion: string; kind: string; items: Array<{ kind: string }> };
    assert.deepEqual([list.apiVersion, list.kind], ['v1', 'List']);
    assert.deepEqual([...new Set(list.items.map((i) => i.kind))], ['Topology', 'Node', 'Pod', 'Service', 'EndpointSlice']);
    assert.ok(exportTopology(t, 'yaml').startsWith('apiVersion: netmodel/v1alpha1\nkind: Topology\n'));
  });

  test('inferred EndpointSlices are not exported', () => {
    const t = ok(parseTopologyDocument(RICH_DOCUMENT));
    const exportedNames = topologyToObjects(t)
      .filter((o) => (o as Obj).kind === 'EndpointSlice')
      .map((o) => ((o as Obj).metadata as { name: string }).name);
    assert.deepEqual(exportedNames, ['manual-1', 'partner-fqdn']);
    assert.ok(t.endpointSlices.some((s) => s.inferred));
  });

  test('YAML export quotes strings a YAML 1.1 reader (kubectl) would take for booleans or numbers', () => {
    const t = ok(parseTopologyDocument(RICH_DOCUMENT));
    const labelled: Topology = { ...t, nodes: t.nodes.map((n, i) => (i === 0 ? { ...n, labels: { ...n.labels, enabled: 'yes', mode: 'on', code: '0755' } } : n)) };
    const text = exportTopology(labelled, 'yaml');
    for (const line of ['code: "0755"', 'enabled: "yes"', 'mode: "on"']) assert.ok(text.includes(line), line);
    const asYaml11 = YAML.parseAllDocuments(text, { version: '1.1' }) as YAML.Document[];
    assert.deepEqual((asYaml11[1]?.toJS() as { metadata: { labels: Record<string, unknown> } }).metadata.labels.enabled, 'yes');
  });
});

describe('properties', () => {
  test('random valid topologies import cleanly and survive the round trip', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const objects = randomDocument(g);
        assertRoundTrip(ok(parseTopologyObjects(objects)));
      }),
      { numRuns: 150 },
    );
  });

  test('arbitrary values never make parseTopologyObjects throw', () => {
    fc.assert(fc.property(fc.array(fc.anything()), (objects) => assertWellFormed(parseTopologyObjects(objects))), { numRuns: 300 });
  });

  test('arbitrary text never makes parseTopologyDocument throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertWellFormed(parseTopologyDocument(text))), { numRuns: 300 });
  });

  test('valid documents with one field replaced by anything never make the importer throw', () => {
    fc.assert(
      fc.property(fc.gen(), fc.anything(), fc.nat(), (g, replacement, seed) => {
        const objects = randomDocument(g);
        const paths = leafPaths(objects);
        const path = paths[seed % paths.length];
        if (path !== undefined) replaceAt(objects, path, replacement);
        assertWellFormed(parseTopologyObjects(objects));
      }),
      { numRuns: 200 },
    );
  });

  test('valid YAML texts cut, spliced or garbled never make the importer throw', () => {
    fc.assert(
      fc.property(fc.gen(), fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), (g, a, b, junk) => {
        const text = exportTopology(ok(parseTopologyObjects(randomDocument(g))), 'yaml');
        const from = a % (text.length + 1);
        const to = Math.min(text.length, from + (b % 40));
        assertWellFormed(parseTopologyDocument(text.slice(0, from) + junk + text.slice(to)));
      }),
      { numRuns: 200 },
    );
  });
});

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]))];
}

function replaceAt(root: unknown, path: readonly (string | number)[], replacement: unknown): void {
  if (path.length === 0) return;
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = replacement;
}
