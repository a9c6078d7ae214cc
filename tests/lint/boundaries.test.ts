/**
 * The layer rules in eslint.config.mjs catch what they promise (docs/ARCHITECTURE.md "Layers"): deliberately
 * violating files are written inside the tree (where the rules apply), linted by the project's own eslint in
 * a child process, and removed. Each row names the line and the rule that must fire on it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const probe = `__lint_probe_${process.pid}`;
const engineDir = join(root, 'src', 'engine', 'services', 'kubeproxy', probe);
const ioDir = join(root, 'src', 'io', probe);

// One import or use per line so each finding can be matched to its line (1-based).
const ENGINE_VIOLATIONS = [
  "import { openDatabase } from '../../../../store/database';", // 1: four levels up, into src/store
  "import { parseIp } from '../../../../io/addresses';", //         2: into src/io
  "import { parse } from 'yaml';", //                                3: a package
  "import { readFileSync } from 'node:fs';", //                      4: a Node built-in
  "import { Prefix } from '../../../net/prefix';", //               5: inside src/engine: allowed
  'export const home = process.env.HOME;', //                         6: env
  'export const timer = setTimeout(() => undefined, 1);', //          7: a timer
  'export const now = Date.now();', //                                8: a clock
  'export const used = [openDatabase, parseIp, parse, readFileSync, Prefix];', // 9: keeps the imports used
];

interface Message {
  ruleId: string | null;
  line: number;
}

let findings: Map<string, Message[]>;

beforeAll(() => {
  mkdirSync(engineDir, { recursive: true });
  mkdirSync(ioDir, { recursive: true });
  writeFileSync(join(engineDir, 'violations.ts'), ENGINE_VIOLATIONS.join('\n') + '\n');
  // A two-file cycle: a.ts → b.ts → a.ts, the shape main.ts ↔ commands/*.ts had.
  writeFileSync(join(ioDir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
  writeFileSync(join(ioDir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => (a === undefined ? 0 : 1);\n");
  const files = [join(engineDir, 'violations.ts'), join(ioDir, 'a.ts')];
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(run.status).toBe(1); // 1 = lint errors found; 2 would be a crash of eslint itself
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
  findings = new Map(results.map((r) => [relative(root, r.filePath), r.messages]));
}, 300_000);

afterAll(() => {
  rmSync(engineDir, { recursive: true, force: true });
  rmSync(ioDir, { recursive: true, force: true });
});

describe('src/engine is pure at any depth', () => {
  const rules = (line: number): string[] =>
    (findings.get(relative(root, join(engineDir, 'violations.ts'))) ?? []).filter((m) => m.line === line).map((m) => m.ruleId ?? 'parse error');
  test.each([
    [1, 'import-x/no-restricted-paths', 'src/store four levels up'],
    [2, 'import-x/no-restricted-paths', 'src/io four levels up'],
    [3, 'no-restricted-imports', 'the yaml package'],
    [4, 'no-restricted-imports', 'node:fs'],
    [6, 'no-restricted-globals', 'process'],
    [7, 'no-restricted-globals', 'setTimeout'],
    [8, 'no-restricted-globals', 'Date'],
  ])('line %i is refused by %s (%s)', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  test('an import inside src/engine is allowed', () => {
    expect(rules(5)).toEqual([]);
  });
});

describe('import cycles', () => {
  test('a two-file cycle is refused', () => {
    const messages = findings.get(relative(root, join(ioDir, 'a.ts'))) ?? [];
    expect(messages.map((m) => `${m.line}:${m.ruleId}`)).toContain('1:import-x/no-cycle');
  });
});
