import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { exactYaml, fastYaml } from '../../src/io/readDocuments';

// YAML documents are read by js-yaml when they are plain (issue 17: ≈10× faster than `yaml` on the 67 MB max-scale
// document) and by `yaml` otherwise. The two paths must give the same values for every document the fast path accepts.
// Expected scalar values: YAML 1.2.2 §10.3.2 "Tag Resolution" (the core schema), https://yaml.org/spec/1.2.2/#1032-tag-resolution,
// as `yaml` implements it (eemeli/yaml src/schema/core/*.ts, common/null.ts).

const EXAMPLES = join(__dirname, '..', '..', 'examples');

describe('plain scalars resolve as the YAML 1.2 core schema says, on both paths', () => {
  test.each([
    ['~', null],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['nUll', 'nUll'],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['tRue', 'tRue'],
    ['false', false],
    ['yes', 'yes'], // a YAML 1.1 boolean, a string in 1.2
    ['on', 'on'],
    ['0o17', 15],
    ['017', 17], // no 1.1 octal: decimal
    ['0x1F', 31],
    ['0X1F', '0X1F'],
    ['0b101', '0b101'], // js-yaml's own schema would make this 5
    ['1_000', '1_000'], // and this 1000
    ['+12', 12],
    ['-0', -0],
    ['.5', 0.5],
    ['1.', 1],
    ['1e3', 1000],
    ['1.5E-3', 0.0015],
    ['.inf', Infinity],
    ['-.Inf', -Infinity],
    ['.nan', NaN],
    ['2001-12-14', '2001-12-14'], // no timestamps in the core schema
    ['12:30:00', '12:30:00'], // no sexagesimal numbers either
    ['"12"', '12'],
    ["'true'", 'true'],
  ])('%s → %p', (scalar, value) => {
    const text = `k: ${scalar}\n`;
    const fast = fastYaml(text);
    expect(fast).toEqual({ ok: true, documents: [{ k: value }] });
    expect(exactYaml(text)).toEqual(fast);
  });
});

describe('documents the fast path leaves to the exact one', () => {
  test.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !thing 1\n'],
    ['a null key', 'null: v\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: b: c\n'],
    ['an empty document', 'a: 1\n---\n'],
    ['comments only', '# nothing\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    // Found in review: js-yaml accepts these with another value than `yaml` gives, or where `yaml` refuses them.
    ['an empty key in a flow mapping', 'metadata: {labels: {: web}}\n'],
    ['a null key in a flow sequence', 'a: [null: 1]\n'],
    ['an empty flow pair', 'a: { : }\n'],
    ['a flow sequence as a key', '[a, b]: c\n'],
    ['a flow mapping as a key', '{a: 1}: c\n'],
    ['a flow sequence as a key in a list', '- [a]: b\n'],
    ['an implicit key longer than 1024 characters', `${'k'.repeat(1025)}: v\n`],
    ['a tab indenting flow content', 'a: [\n\t1]\n'],
    ['a lone carriage return as a line break', 'a: 1\rb: 2\n'],
  ])('%s', (_what, text) => {
    expect(fastYaml(text)).toBeNull();
  });
});

describe('where the fast path declines, the exact one decides as `yaml` does', () => {
  // The values or errors `yaml` gives for the review's cases, so a document reads the same whichever path would have taken it.
  test.each([
    ['metadata: {labels: {: web}}\n', { ok: true, documents: [{ metadata: { labels: { '': 'web' } } }] }],
    ['[a, b]: c\n', { ok: true, documents: [{ '[ a, b ]': 'c' }] }],
  ])('%j', (text, expected) => {
    expect(exactYaml(text)).toEqual(expected);
  });

  test.each([`${'k'.repeat(1025)}: v\n`, 'a: [\n\t1]\n', 'a: 1\rb: 2\n'])('refused: %j', (text) => {
    expect(exactYaml(text).ok).toBe(false);
  });

  test('a value longer than 1024 characters (e.g. a last-applied-configuration annotation) stays on the fast path', () => {
    const text = `a: ${'v'.repeat(5000)}\n`;
    expect(fastYaml(text)).toEqual({ ok: true, documents: [{ a: 'v'.repeat(5000) }] });
  });
});

describe('whole documents read the same both ways', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
  test.each(examples)('examples/%s', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const fast = fastYaml(text);
    // An example the fast path declines is read by the exact path alone: nothing to compare.
    if (fast !== null) expect(fast).toEqual(exactYaml(text));
  });

  test('a generated dual-stack document with policies (what the max-scale bench imports, smaller)', () => {
    const generated = generateTopology({ name: 'g', nodes: 20, podsPerNode: 5, services: 12, endpointsPerService: 3, dualStack: true, policies: 10, seed: 9 });
    if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
    const text = exportTopology(generated.topology, 'yaml');
    const fast = fastYaml(text);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(exactYaml(text));
  });
});
