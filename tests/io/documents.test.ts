/** Reading text safely: formats, syntax errors with positions, size and nesting limits, YAML hazards, Lists. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_DOCUMENT_BYTES, parseTopologyDocument, parseTopologyObjects, type ParseResult } from '../../src/io/parseTopology';
import { MAX_NESTING } from '../../src/io/readDocuments';
import { node, smallCluster, toYaml, topologyDoc } from './fixtures';

function errorsOf(result: ParseResult) {
  assert.equal(result.ok, false, 'expected the document to be refused');
  return result.ok ? [] : result.errors;
}

function expectError(result: ParseResult, path: string, fragment: string): void {
  const errors = errorsOf(result);
  const hit = errors.find((e) => e.path === path && e.message.includes(fragment));
  assert.ok(hit, `no error at ${path} containing ${JSON.stringify(fragment)}; got ${JSON.stringify(errors)}`);
}

describe('formats', () => {
  const yaml = toYaml(smallCluster());
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: smallCluster() });

  test('multi-document YAML', () => assert.equal(parseTopologyDocument(yaml).ok, true));
  test('a kubectl List in JSON, detected automatically', () => assert.equal(parseTopologyDocument(json).ok, true));
  test('a JSON array of objects', () => assert.equal(parseTopologyDocument(JSON.stringify(smallCluster())).ok, true));
  test('a List as one of several YAML documents', () => {
    const [topology, ...rest] = smallCluster();
    const text = toYaml([topology, { apiVersion: 'v1', kind: 'List', items: rest }]);
    const result = parseTopologyDocument(text);
    assert.ok(result.ok);
    assert.equal(result.topology.nodes.length, 2);
  });
  test('typed lists (NodeList) whose items omit apiVersion and kind', () => {
    const [topology, a, b, ...rest] = smallCluster();
    const strip = (o: unknown) => ({ ...(o as object), apiVersion: undefined, kind: undefined });
    const items = [a, b].map(strip).map((o) => JSON.parse(JSON.stringify(o)));
    const result = parseTopologyObjects([topology, { apiVersion: 'v1', kind: 'NodeList', items }, ...rest]);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.topology.nodes.map((n) => n.name), ['node-a', 'node-b']);
  });
  test('a byte-order mark is ignored', () => assert.equal(parseTopologyDocument(`\uFEFF${yaml}`).ok, true));
  test('explicit format json refuses YAML', () => expectError(parseTopologyDocument(yaml, { format: 'json' }), 'document', 'JSON syntax error'));
  test('empty YAML documents between separators are skipped', () => assert.equal(parseTopologyDocument(`---\n---\n${yaml}`).ok, true));
  test('options.name overrides metadata.name', () => {
    const result = parseTopologyDocument(yaml, { name: 'renamed' });
    assert.ok(result.ok);
    assert.equal(result.topology.name, 'renamed');
    assert.equal(result.topology.version, 0);
  });
});

describe('syntax errors carry line and column', () => {
  const cases: Array<{ name: string; text: string; format?: 'json' | 'yaml'; path: string; fragment: string }> = [
    { name: 'unclosed YAML flow sequence', text: 'a: 1\n---\nb: [1, 2\n', path: 'documents[1]', fragment: 'line 4, column 1' },
    { name: 'duplicate YAML key', text: 'a: 1\na: 2\n', path: 'documents[0]', fragment: 'YAML syntax error at line 2, column 1: Map keys must be unique' },
    { name: 'tab indentation', text: 'a:\n\tb: 1\n', path: 'documents[0]', fragment: 'line 2, column 1' },
    { name: 'JSON trailing comma', text: '{"a": 1,\n}', path: 'document', fragment: 'JSON syntax error at line 2, column 1' },
    { name: 'JSON missing colon', text: '[{"a" 1}]', path: 'document', fragment: 'at line 1, column 7' },
    { name: 'JSON scalar at the top', text: '42', format: 'json', path: 'document', fragment: 'expected a JSON object' },
  ];
  for (const c of cases) {
    test(c.name, () => expectError(parseTopologyDocument(c.text, { format: c.format ?? 'auto' }), c.path, c.fragment));
  }
});

describe('limits', () => {
  test('the default size limit is 10 MiB', () => assert.equal(DEFAULT_MAX_DOCUMENT_BYTES, 10 * 1024 * 1024));

  test('a document over the limit is refused with tooLarge before parsing', () => {
    const result = parseTopologyDocument('x'.repeat(101), { maxBytes: 100 });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.tooLarge === true);
    expectError(result, 'document', 'larger than the limit of 100 bytes');
  });

  test('the limit counts UTF-8 bytes, not characters', () => {
    const text = `# ${'é'.repeat(60)}\n`;
    const result = parseTopologyDocument(text, { maxBytes: 100 });
    assert.ok(!result.ok && result.tooLarge === true);
  });

  test('other errors are not flagged tooLarge', () => {
    const result = parseTopologyDocument('a: [');
    assert.ok(!result.ok && result.tooLarge === undefined);
  });

  const deepFlow = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
  const deepBlock = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
  const deepDashes = (n: number) => `${'- '.repeat(n)}x\n`;
  // The guard before the parser answers for the whole text; the exact check after it names the document.
  const cases: Array<{ name: string; text: string; path: string }> = [
    { name: 'flow sequences 100000 deep (guarded before the parser)', text: deepFlow(100_000), path: 'document' },
    { name: 'block mappings 3000 deep', text: deepBlock(3000), path: 'document' },
    { name: 'compact sequences 100000 deep', text: deepDashes(100_000), path: 'document' },
    { name: 'JSON 100000 deep', text: `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, path: 'document' },
    { name: 'one level past the limit (root mapping + 64 sequences)', text: deepFlow(MAX_NESTING), path: 'documents[0]' },
  ];
  for (const c of cases) {
    test(`refuses nesting: ${c.name}`, () => expectError(parseTopologyDocument(c.text), c.path, `deeper than ${MAX_NESTING} levels`));
  }

  test('nesting at the limit is accepted by the depth check', () => {
    // A topology with a label value nested 64 levels deep would be refused by shape checks, not by depth.
    const result = parseTopologyDocument(deepFlow(MAX_NESTING - 2));
    const errors = errorsOf(result);
    assert.ok(errors.every((e) => !e.message.includes('deeper than')), JSON.stringify(errors));
  });

  test('already-parsed objects get the same depth check', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 100; i++) value = [value];
    expectError(parseTopologyObjects([topologyDoc(), { apiVersion: 'v1', kind: 'ConfigMap', data: value }]), 'documents[1]', 'deeper than');
  });
});

describe('YAML hazards', () => {
  test('an alias bomb fails instead of expanding', () => {
    let text = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let previous = 'a';
    for (let i = 0; i < 9; i++) {
      text += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = `b${i}`;
    }
    expectError(parseTopologyDocument(text), 'documents[0]', 'could not be expanded');
  });

  const tags: Array<{ name: string; text: string }> = [
    { name: 'a js/function tag', text: 'a: !!js/function "function(){ return 1 }"\n' },
    { name: 'a local custom tag', text: 'a: !shell "rm -rf /"\n' },
    { name: 'the YAML 1.1 binary tag', text: 'a: !!binary aGVsbG8=\n' },
    { name: 'the YAML 1.1 set tag', text: 'a: !!set {x}\n' },
  ];
  for (const c of tags) {
    test(`refuses ${c.name}`, () => expectError(parseTopologyDocument(c.text), 'documents[0]', 'only the YAML core schema'));
  }

  test('merge keys are plain keys (YAML 1.2), not merges', () => {
    const text = toYaml([topologyDoc()]).replace('kind: Topology', 'kind: Topology\n<<: {x: 1}');
    expectError(parseTopologyDocument(text), 'topology["<<"]', 'unknown field "<<"');
  });

  test('a __proto__ key is refused', () => {
    expectError(parseTopologyDocument('{"apiVersion":"v1","kind":"Node","metadata":{"__proto__":{"polluted":true}}}'), 'documents[0]', '"__proto__"');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('YAML 1.2 booleans: yes and on stay strings', () => {
    const text = toYaml([topologyDoc(), node('node-a', '10.100.0.2', '10.244.0.0/24', (n) => ((n.metadata as Record<string, unknown>).labels = { a: 'x' }))]).replace('a: x', 'a: yes');
    const result = parseTopologyDocument(text);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(result.topology.nodes[0]?.labels.a, 'yes');
  });
});

describe('documents and kinds', () => {
  test('unknown kinds are ignored with a warning', () => {
    const result = parseTopologyObjects([...smallCluster(), { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } }]);
    assert.ok(result.ok);
    assert.deepEqual(result.warnings, [{ path: 'documents[5]', message: 'kind Deployment (apps/v1) is not part of the network model; ignored' }]);
  });

  test('a kind named like an Object.prototype member is just unknown', () => {
    const result = parseTopologyObjects([...smallCluster(), { apiVersion: 'v1', kind: 'constructor' }, { apiVersion: 'v1', kind: 'toString', items: [] }]);
    assert.ok(result.ok);
    assert.equal(result.warnings.length, 2);
  });
});
