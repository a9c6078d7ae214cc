import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as YAML from 'yaml';

/**
 * The bad-input corpus: arbitraries (fast-check) for topology documents and for the strings users type into question
 * parameters. Documents start from the valid examples/*.yaml and are broken a little (one to three edits of the object
 * tree, or of the text), so most cases reach deep into validation instead of failing at the first byte; the rest are
 * random JSON/YAML, deep nesting and odd text. Runs use fixed seeds (FUZZ_SEED), so a failure reproduces.
 */
export const FUZZ_SEED = 20261127;

const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');
export const EXAMPLE_TEXTS: readonly string[] = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'));
const EXAMPLE_OBJECTS: readonly unknown[][] = EXAMPLE_TEXTS.map((text) => YAML.parseAllDocuments(text).map((d) => d.toJS() as unknown));

/** Strings that broke parsers somewhere: control and format characters, lone surrogates, injections, near-miss addresses. */
export const WEIRD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  '\ufeffbom',
  '\u200b',
  'ﬀ',
  'İ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '💥'.repeat(40),
  'é'.normalize('NFD'),
  '\r\n',
  '../../etc/passwd',
  `'; DROP TABLE "Topology"; --`,
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  '*anchor',
  '&a [*a, *a]',
  '!!js/function "f(){}"',
  '!!binary AAAA',
  '<<: *x',
  '~',
  'null',
  'true',
  'NaN',
  '-.inf',
  '0x0a000001',
  '010.000.000.001',
  '10.0.0.1/33',
  '10.0.0.256',
  '999.1.1.1',
  '1.2.3',
  '1.2.3.4.5',
  '10.0.0.0/8 ',
  ' 10.0.0.1',
  '10.0.0.1/-1',
  '10.0.0.1/08',
  '::ffff:10.0.0.1',
  '::ffff:10.0.0.0/104',
  'fe80::1%eth0',
  '2001:db8::/129',
  '2001:db8:::1',
  '::',
  '0.0.0.0/0',
  '255.255.255.255/32',
  'x'.repeat(70_000),
];

export const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 1, 65535, 65536, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, 0.5, -0) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(weirdString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(weirdString, weirdString, { maxKeys: 3 }) },
);

type Path = (string | number)[];

/** Every path in the tree, parents before their children. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...prefix, key]);
    paths(child, [...prefix, key], out);
  }
  return out;
}

interface Edit {
  at: number;
  op: 'set' | 'delete' | 'duplicate' | 'wrap';
  value: unknown;
}

function applyEdit(root: unknown[], edit: Edit): void {
  const all = paths(root);
  const path = all[edit.at % all.length];
  if (path === undefined) return;
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (edit.op === 'set') parent[key] = edit.value;
  else if (edit.op === 'wrap') parent[key] = [parent[key]];
  else if (Array.isArray(parent)) {
    if (edit.op === 'delete') parent.splice(Number(key), 1);
    else parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
  } else if (edit.op === 'delete') delete parent[key];
  else parent[`${String(key)}-copy`] = structuredClone(parent[key]);
}

function serialize(documents: unknown[], format: 'yaml' | 'json'): string {
  if (format === 'json') return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: documents });
  return documents.map((d) => YAML.stringify(d)).join('---\n');
}

/** A valid example broken by one to three edits of its object tree, written back as YAML or as a JSON List. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .record({
    example: fc.nat(EXAMPLE_OBJECTS.length - 1),
    edits: fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'delete', 'duplicate', 'wrap') as fc.Arbitrary<Edit['op']>, value: weirdValue }), { minLength: 1, maxLength: 3 }),
    format: fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'>,
  })
  .map(({ example, edits, format }) => {
    const documents = structuredClone(EXAMPLE_OBJECTS[example]!);
    for (const edit of edits) applyEdit(documents, edit);
    return serialize(documents, format);
  });

function stringLeaves(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(prefix);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringLeaves(v, [...prefix, k], out);
  return out;
}

/**
 * A valid example with one string value replaced by an odd one: the structure stays valid, so free-text fields
 * (descriptions, zones, hostnames) carry the odd text all the way to the database.
 */
export const swappedString: fc.Arbitrary<string> = fc
  .record({ example: fc.nat(EXAMPLE_OBJECTS.length - 1), at: fc.nat(), value: weirdString, format: fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'> })
  .map(({ example, at, value, format }) => {
    const documents = structuredClone(EXAMPLE_OBJECTS[example]!);
    const leaves = stringLeaves(documents);
    const path = leaves[at % leaves.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], documents) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    return serialize(documents, format);
  });

/** An example's text cut short, or with odd text spliced in: syntax errors at every position. */
export const mangledText: fc.Arbitrary<string> = fc
  .record({ example: fc.nat(EXAMPLE_TEXTS.length - 1), at: fc.nat(), cut: fc.nat(40), insert: weirdString, truncate: fc.boolean() })
  .map(({ example, at, cut, insert, truncate }) => {
    const text = EXAMPLE_TEXTS[example]!;
    const i = at % (text.length + 1);
    return truncate ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i + cut);
  });

/** Nesting well past the parser's guard (src/io/readDocuments.ts MAX_NESTING = 64), in JSON and YAML spellings. */
export const deepNesting: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 60, max: 20_000 }), style: fc.constantFrom('json-array', 'json-object', 'yaml-flow', 'yaml-block', 'yaml-seq') })
  .map(({ depth, style }) => {
    switch (style) {
      case 'json-array':
        return `${'['.repeat(depth)}${']'.repeat(depth)}`;
      case 'json-object':
        return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      case 'yaml-flow':
        return `spec: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
      case 'yaml-block':
        return Array.from({ length: Math.min(depth, 2_000) }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
      default:
        return `${'- '.repeat(depth)}x`;
    }
  });

/** Any JSON value, as JSON or as YAML, and arbitrary text. */
export const randomDocument: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.jsonValue({ maxDepth: 6 }).map((v) => YAML.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom('---', '--- !!set\n? a', 'a: &x [*x]', '{"apiVersion": "netmodel/v1alpha1", "kind": "Topology"}', '[]', '{}', '\ufeff'),
);

/** The text with each unpaired surrogate replaced by U+FFFD (String.prototype.toWellFormed, ES2024, past this tsconfig's lib). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Every kind of bad document, weighted towards the ones that get furthest. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mutatedExample },
  { weight: 3, arbitrary: swappedString },
  { weight: 2, arbitrary: mangledText },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: randomDocument },
);

/**
 * fc.assert, with a report that fits a terminal: the seed and path to replay, the counterexample cut to 600 characters
 * (a deep-nesting case is megabytes), and the assertion that failed — which fc.assert keeps in `cause`, where the test
 * runner does not show it.
 */
export async function checkProperty<T extends unknown[]>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, params);
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample) ?? String(details.counterexample);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample (${example.length} chars): ${example.length > 600 ? `${example.slice(0, 600)}…` : example}\n${cause}`,
  );
}
