/**
 * Text → plain values, safely: a size limit checked before parsing, a nesting guard before the parser can
 * recurse (yaml composes nested nodes recursively, and a few hundred thousand `[` can exhaust the stack or, in
 * V8's regexp compiler, the heap), alias expansion capped, YAML tags limited to the core schema (nothing is
 * ever instantiated from a tag), `__proto__` keys refused.
 */
import * as YAML from 'yaml';
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
  const limit = MAX_NESTING * 2;
  const indents: number[] = [];
  let flow = 0;
  let quote: string | null = null;
  for (const line of text.split('\n')) {
    let i = 0;
    if (flow === 0 && quote === null) {
      while (line[i] === ' ') i++;
      if (i === line.length || line[i] === '#' || line[i] === '\r') continue;
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= i) indents.pop();
      indents.push(i);
      let compact = 0;
      while ((line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
        compact++;
        i += 2;
        while (line[i] === ' ') i++;
      }
      if (indents.length + compact > limit) return tooDeep('document');
    }
    for (; i < line.length; i++) {
      const c = line[i] as string;
      if (quote !== null) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      const previous = i === 0 ? ' ' : (line[i - 1] as string);
      const atTokenStart = /[\s[{,:-]/.test(previous);
      if (c === '#' && /\s/.test(previous)) break;
      if ((c === '"' || c === "'") && atTokenStart) quote = c;
      else if ((c === '[' || c === '{') && (flow > 0 || atTokenStart)) {
        if (indents.length + ++flow > limit) return tooDeep('document');
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
  }
  return null;
}

/** Exact depth and `__proto__` check on a parsed value, without recursion. */
export function valueProblem(root: unknown, path: string): Problem | null {
  const stack: Array<{ value: unknown; depth: number; at: string }> = [{ value: root, depth: 1, at: path }];
  while (stack.length > 0) {
    const { value, depth, at } = stack.pop() as { value: unknown; depth: number; at: string };
    if (typeof value === 'string') {
      const problem = textProblem(value, at);
      if (problem !== null) return problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_NESTING) return tooDeep(path);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, at: `${at}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return { path, message: 'the key "__proto__" is not allowed' };
      const keyProblem = textProblem(key, `${at}.${key}`);
      if (keyProblem !== null) return keyProblem;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, at: `${at}.${key}` });
    }
  }
  return null;
}

// Postgres text and json cannot hold U+0000, json refuses an unpaired surrogate escape, and PGlite's decoder drops a leading
// U+FEFF (electric-sql/pglite pg-protocol buffer-reader: TextDecoder without ignoreBOM): none is in any Kubernetes value,
// so they are refused here with their path instead of failing — or changing silently — in the store.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, at: string): Problem | null {
  if (text.includes('\u0000')) return { path: at, message: 'contains a NUL character (U+0000), which no Kubernetes field allows' };
  if (UNPAIRED_SURROGATE.test(text)) return { path: at, message: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode text' };
  if (text.startsWith('\uFEFF')) return { path: at, message: 'starts with a byte-order mark (U+FEFF); remove it' };
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
  const lineCounter = new YAML.LineCounter();
  const parsed = YAML.parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const documents = Array.isArray(parsed) ? parsed : [];
  const errors: Problem[] = [];
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  documents.forEach((document, index) => {
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
  });
  if (errors.length > 0) return { ok: false, errors };
  const values: unknown[] = [];
  for (const [index, document] of documents.entries()) {
    try {
      values.push(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: `documents[${index}]`, message: `the document could not be expanded: ${reason}` }] };
    }
  }
  return { ok: true, documents: values };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
