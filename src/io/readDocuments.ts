/**
 * Text → plain values, safely: a size limit checked before parsing, a nesting guard before the parser can
 * recurse (yaml composes nested nodes recursively, and a few hundred thousand `[` can exhaust the stack or, in
 * V8's regexp compiler, the heap), alias expansion capped, YAML tags limited to the core schema (nothing is
 * ever instantiated from a tag), `__proto__` keys refused.
 */
import * as YAML from 'yaml';
import * as JsYaml from 'js-yaml';
import type { Problem } from './problems';
import { MAX_DOCUMENT_BYTES_SETTING } from './limits';

/** The two document syntaxes; defined here (not in parseTopology.ts, which imports this file) to keep imports one-way. */
export type DocumentFormat = 'yaml' | 'json';

export const MAX_NESTING = 64;
/** Alias expansion cap (yaml's own default, set explicitly): a "billion laughs" document fails instead of growing. */
export const MAX_ALIAS_COUNT = 100;

export type ReadResult =
  | { ok: true; format: DocumentFormat; documents: unknown[] }
  | { ok: false; errors: Problem[]; tooLarge?: boolean };

export function readDocumentText(text: string, format: DocumentFormat | 'auto', maxBytes: number): ReadResult {
  if (byteLengthExceeds(text, maxBytes)) {
    return {
      ok: false,
      tooLarge: true,
      errors: [{ path: 'document', message: `the document is larger than the limit of ${maxBytes} bytes (${MAX_DOCUMENT_BYTES_SETTING} raises it)` }],
    };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const chosen = format === 'auto' ? detectFormat(body) : format;
  const guard = chosen === 'json' ? jsonNestingProblem(body) : yamlNestingProblem(body);
  if (guard !== null) return { ok: false, errors: [guard] };
  const read = chosen === 'json' ? readJson(body) : readYaml(body);
  if (!read.ok) return read;
  for (const [index, document] of read.documents.entries()) {
    const problem = valueProblem(document, `documents[${index}]`);
    if (problem !== null) return { ok: false, errors: [problem] };
  }
  return { ok: true, format: chosen, documents: read.documents };
}

function byteLengthExceeds(text: string, maxBytes: number): boolean {
  // UTF-8 needs 1 to 3 bytes per UTF-16 unit, so most texts are decided without encoding them.
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return new TextEncoder().encode(text).length > maxBytes;
}

function detectFormat(text: string): DocumentFormat {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function tooDeep(path: string): Problem {
  return { path, message: `the document nests deeper than ${MAX_NESTING} levels` };
}

/** Exact for JSON: brackets outside strings. */
function jsonNestingProblem(text: string): Problem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return tooDeep('document');
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/**
 * An estimate for YAML, good enough to keep the parser's recursion shallow: block levels from indentation plus
 * compact `- -` entries plus open flow brackets. It can overcount only on odd layouts, so it allows twice the
 * limit; the exact check runs on the parsed value.
 */
function yamlNestingProblem(text: string): Problem | null {
  // Char codes over the whole text, no split lines and no regexps: the same rules as a line-by-line reading, at a
  // fraction of the cost (issue 17: 2.2 s of CPU and ≈100 MB of line strings for the 67 MB max-scale document).
  const limit = MAX_NESTING * 2;
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // the open quote's char code, 0 for none
  const length = text.length;
  let start = 0;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    let i = 0;
    let skip = false;
    if (flow === 0 && quote === 0) {
      while (charAt(text, start + i, end) === SPACE) i++;
      const first = charAt(text, start + i, end);
      if (first === -1 || first === HASH || first === CR) skip = true;
      else {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= i) indents.pop();
        indents.push(i);
        let compact = 0;
        for (let c = charAt(text, start + i, end); (c === DASH || c === QUESTION) && [SPACE, -1].includes(charAt(text, start + i + 1, end)); c = charAt(text, start + i, end)) {
          compact++;
          i += 2;
          while (charAt(text, start + i, end) === SPACE) i++;
        }
        if (indents.length + compact > limit) return tooDeep('document');
      }
    }
    if (!skip) {
      for (let p = start + i; p < end; p++) {
        const c = text.charCodeAt(p);
        if (quote !== 0) {
          if (quote === DOUBLE_QUOTE && c === BACKSLASH) p++;
          else if (c === quote) {
            if (quote === SINGLE_QUOTE && p + 1 < end && text.charCodeAt(p + 1) === SINGLE_QUOTE) p++;
            else quote = 0;
          }
          continue;
        }
        // Only these characters matter outside quotes; everything else (most of a document) is passed over.
        if (c !== HASH && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE && c !== OPEN_BRACKET && c !== OPEN_BRACE && c !== CLOSE_BRACKET && c !== CLOSE_BRACE) continue;
        const previous = p === start ? SPACE : text.charCodeAt(p - 1);
        const atTokenStart = isSpace(previous) || previous === OPEN_BRACKET || previous === OPEN_BRACE || previous === COMMA || previous === COLON || previous === DASH;
        if (c === HASH && isSpace(previous)) break;
        if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && atTokenStart) quote = c;
        else if ((c === OPEN_BRACKET || c === OPEN_BRACE) && (flow > 0 || atTokenStart)) {
          if (indents.length + ++flow > limit) return tooDeep('document');
        } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flow > 0) flow--;
      }
    }
    start = end + 1;
  }
  return null;
}

const [SPACE, HASH, CR, DASH, QUESTION, DOUBLE_QUOTE, SINGLE_QUOTE, BACKSLASH, OPEN_BRACKET, OPEN_BRACE, CLOSE_BRACKET, CLOSE_BRACE, COMMA, COLON] = [
  ' ', '#', '\r', '-', '?', '"', "'", '\\', '[', '{', ']', '}', ',', ':',
].map((c) => c.charCodeAt(0)) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** The char code at `p` of a line ending at `end`, -1 past it. */
function charAt(text: string, p: number, end: number): number {
  return p < end ? text.charCodeAt(p) : -1;
}

/** What the regexp class `\s` matches (ECMA-262 WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Exact depth and `__proto__` check on a parsed value, without recursion. */
export function valueProblem(root: unknown, path: string): Problem | null {
  // Each entry names its parent and key instead of carrying its path as a string: the path is spelled only for a
  // problem (issue 17: the max-scale document has millions of values; their path strings were garbage to collect).
  interface Entry {
    value: unknown;
    depth: number;
    parent: Entry | null;
    key: string | number;
  }
  const pathOf = (entry: Entry): string => {
    const keys: (string | number)[] = [];
    for (let e: Entry | null = entry; e !== null && e.parent !== null; e = e.parent) keys.push(e.key);
    let at = path;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string | number;
      at += typeof key === 'number' ? `[${key}]` : `.${key}`;
    }
    return at;
  };
  const stack: Entry[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value, depth } = entry;
    if (typeof value === 'string') {
      const message = textMessage(value);
      if (message !== null) return { path: pathOf(entry), message };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_NESTING) return tooDeep(path);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, parent: entry, key: i }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return { path, message: 'the key "__proto__" is not allowed' };
      const message = textMessage(key);
      if (message !== null) return { path: `${pathOf(entry)}.${key}`, message };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: entry, key });
    }
  }
  return null;
}

// Postgres text and json cannot hold U+0000, json refuses an unpaired surrogate escape, and PGlite's decoder drops a leading
// U+FEFF (electric-sql/pglite pg-protocol buffer-reader: TextDecoder without ignoreBOM): none is in any Kubernetes value,
// so they are refused here with their path instead of failing — or changing silently — in the store.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textMessage(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which no Kubernetes field allows';
  if (UNPAIRED_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not valid Unicode text';
  if (text.startsWith('\uFEFF')) return 'starts with a byte-order mark (U+FEFF); remove it';
  return null;
}

type Parsed = { ok: true; documents: unknown[] } | { ok: false; errors: Problem[] };

function readJson(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw);
    const where = position ? ` at ${lineColumn(text, Number(position[1]))}` : '';
    const reason = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
    return { ok: false, errors: [{ path: 'document', message: `JSON syntax error${where}: ${reason}` }] };
  }
  if (Array.isArray(value)) return { ok: true, documents: value };
  if (value !== null && typeof value === 'object') return { ok: true, documents: [value] };
  return { ok: false, errors: [{ path: 'document', message: 'expected a JSON object, a kubectl List or an array of objects' }] };
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

function readYaml(text: string): Parsed {
  return fastYaml(text) ?? exactYaml(text);
}

/**
 * The YAML 1.2 core schema's implicit scalars exactly as `yaml` resolves them (yaml's src/schema/core/*.ts and
 * common/null.ts, same patterns, same order, same conversions), for js-yaml, whose own CORE_SCHEMA is its looser JSON
 * schema (binary ints, `1_000`, …): both paths must give one value for one plain scalar.
 */
const CORE_SCALARS: [string, RegExp, (s: string) => unknown][] = [
  ['null', /^(?:~|[Nn]ull|NULL)?$/, () => null],
  ['bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  ['int', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  ['int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  ['int', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  ['float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];
const FAST_SCHEMA = JsYaml.FAILSAFE_SCHEMA.extend({
  implicit: CORE_SCALARS.map(
    ([name, pattern, construct], i) =>
      // One Type per pattern (js-yaml tries implicit types in order); the tag only has to be unique within this schema.
      new JsYaml.Type(`tag:yaml.org,2002:${name}#${i}`, {
        kind: 'scalar',
        resolve: (data: string | null) => pattern.test(data ?? ''),
        construct: (data: string | null) => construct(data ?? ''),
      }),
  ),
});

/**
 * Anchors, aliases, tags, complex keys and directives: the exact path handles them (alias expansion cap, tag
 * problems). A token-start test, so it also trips on text inside quoted strings: that costs speed, never correctness.
 */
const NEEDS_EXACT_PATH = /(?:^|[\s[{,])[&*!?%]/;
/** A plain null key (`~:`, `null:`, `[null: 1]`): `yaml` makes it "", js-yaml "null". */
const NULL_KEY = /(?:^|[\s[{,])(?:~|null|Null|NULL)[ \t]*:(?:\s|$)/m;
/**
 * Keys js-yaml reads differently from `yaml` (found in review): a flow collection as a key (`[a, b]: c`, `{a: 1}: c`,
 * `- [a]: b`: js-yaml joins or stringifies it) and an empty key in a flow collection (`{: web}`: js-yaml "null", `yaml`
 * ""). Like the test above, it also trips inside quoted strings, which costs speed only.
 */
const COMPLEX_KEY = /[\]}][ \t]*:(?:\s|$)|[[{,][ \t]*:(?:\s|$)/;
/** What `yaml` refuses and js-yaml accepts: a tab (e.g. indenting flow content) and a lone carriage return as a line break. */
const STRICTER_WHITESPACE = /\t|\r(?!\n)/;
/** YAML 1.2 limits an implicit key to 1024 characters (`yaml` refuses a longer one; js-yaml reads it). */
const MAX_IMPLICIT_KEY = 1024;

function hasLongKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasLongKey);
  if (value === null || typeof value !== 'object') return false;
  for (const [key, child] of Object.entries(value)) if (key.length > MAX_IMPLICIT_KEY || hasLongKey(child)) return true;
  return false;
}

/**
 * Issue 17: `yaml` takes ≈23 s of CPU (and, holding every Document's syntax tree at once, ≈2 GB) for the 67 MB
 * max-scale document (175,000 documents); js-yaml reads it in ≈2.5 s with the value alone in memory. js-yaml reads
 * documents made of plain maps, lists and scalars under the schema above; anything else, and every document it
 * rejects, goes to the exact path, which says what is wrong with line and column (js-yaml's own messages differ).
 * tests/io/yamlPaths.test.ts checks that both paths give the same values.
 */
export function fastYaml(text: string): Parsed | null {
  if (NEEDS_EXACT_PATH.test(text) || NULL_KEY.test(text) || COMPLEX_KEY.test(text) || STRICTER_WHITESPACE.test(text)) return null;
  let documents: unknown[];
  try {
    documents = JsYaml.loadAll(text, undefined, { schema: FAST_SCHEMA });
  } catch {
    return null;
  }
  // An empty document: js-yaml counts a comment-only stream as one, `yaml` as none; the exact path decides.
  return documents.includes(null) || documents.some(hasLongKey) ? null : { ok: true, documents };
}

/**
 * `yaml`, one document at a time (Parser → Composer): each Document's syntax tree becomes a plain value and is dropped
 * before the next is read, so a large stream never holds every tree at once.
 */
export function exactYaml(text: string): Parsed {
  const lineCounter = new YAML.LineCounter();
  const composer = new YAML.Composer({
    version: '1.2',
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
  });
  const parser = new YAML.Parser(lineCounter.addNewLine);
  const errors: Problem[] = [];
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  const values: unknown[] = [];
  let expansion: Problem | null = null;
  let index = 0;
  // As parseAllDocuments does (yaml's public-api.ts), without holding the Documents.
  for (const document of composer.compose(parser.parse(text))) {
    for (const error of document.errors) {
      errors.push({ path: `documents[${index}]`, message: `YAML syntax error at ${where(error.pos[0])}: ${firstLine(error.message)}` });
    }
    for (const warning of document.warnings) {
      if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
      errors.push({
        path: `documents[${index}]`,
        message: `at ${where(warning.pos[0])}: ${firstLine(warning.message)}; only the YAML core schema's tags are allowed`,
      });
    }
    // After the first problem only the remaining syntax problems are collected: no value will be used.
    if (errors.length === 0 && expansion === null) {
      try {
        values.push(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        expansion = { path: `documents[${index}]`, message: `the document could not be expanded: ${reason}` };
      }
    }
    index++;
  }
  // Syntax problems first, all of them; an expansion failure only when the text itself is sound.
  if (errors.length > 0) return { ok: false, errors };
  if (expansion !== null) return { ok: false, errors: [expansion] };
  return { ok: true, documents: values };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
