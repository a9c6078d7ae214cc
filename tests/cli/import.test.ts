import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { TEXT_LIST_LINES } from '../../src/cli/commands/topologies';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { startTestServer, type TestServer } from '../helpers/server';

// `netmodel import` (the real binary, a child process, its own database) stores what `POST /api/v1/topologies` stores
// (the real server): both exports of the stored topology are the same document. Issue 17 made the import read plain
// YAML with js-yaml and write the persisted snapshot; this checks the whole way through on both databases.

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'netmodel.js');

let dir: string;
let db: CliDatabaseEnv;
let server: TestServer;

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...db.env }, maxBuffer: 2 ** 26 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'netmodel-import-test-'));
  db = await cliDatabaseEnv();
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('netmodel import stores what REST stores', () => {
  const generated = generateTopology({ name: 'imported', nodes: 15, podsPerNode: 8, services: 12, endpointsPerService: 4, dualStack: true, policies: 6, seed: 11 });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  const cases = [
    // Plain maps, lists and scalars: the fast YAML reader.
    { name: 'a generated dual-stack document with policies', document: exportTopology(generated.topology, 'yaml') },
    // An anchor: the exact YAML reader (src/io/readDocuments.ts).
    {
      name: 'the same document with an anchor',
      document: exportTopology(generated.topology, 'yaml')
        .replace('metadata:\n  name: imported\n', 'metadata:\n  name: imported-anchor\n')
        .replace(/^( {2}serviceCIDRs:)$/m, '$1 &services'),
    },
  ];

  test.each(cases)('$name', async ({ document }) => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, document);
    const imported = cli(['import', '--file', file, '-o', 'json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { name: string; version: number; created: boolean };
    expect(report).toMatchObject({ version: 1, created: true });

    const posted = await fetch(`${server.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: document });
    expect(posted.status).toBe(201);

    const viaCli = cli(['export', report.name, '--format', 'json']);
    expect(viaCli.code).toBe(0);
    const viaRest = await fetch(`${server.baseUrl}/api/v1/topologies/${report.name}/export?format=json`);
    expect(viaRest.status).toBe(200);
    expect(JSON.parse(viaCli.stdout)).toEqual(JSON.parse(await viaRest.text()));
  });
});

describe('size limit', () => {
  test('a local import has none unless NETMODEL_MAX_DOCUMENT_BYTES is set; then the error names the setting', () => {
    const file = join(dir, 'limited.yaml');
    const small = generateTopology({ name: 'limited', nodes: 2, seed: 1 });
    if (!small.ok) throw new Error(JSON.stringify(small.errors));
    writeFileSync(file, exportTopology(small.topology, 'yaml'));
    const run = spawnSync(process.execPath, [BIN, 'import', '--file', file, '-o', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...db.env, NETMODEL_MAX_DOCUMENT_BYTES: '1000' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/larger than the limit of 1000 bytes \(NETMODEL_MAX_DOCUMENT_BYTES raises it\)/);
  });
});

describe('the text answer of a large import or validation', () => {
  test(`lists the first ${TEXT_LIST_LINES} inferences and says how many more; -o json lists every one`, () => {
    // Generated nodes name no underlay subnet, so each node's is inferred from its InternalIP: one inference per node.
    const many = generateTopology({ name: 'many-inferred', nodes: TEXT_LIST_LINES + 7, podsPerNode: 1, services: 2, endpointsPerService: 1, seed: 3 });
    if (!many.ok) throw new Error(JSON.stringify(many.errors));
    const file = join(dir, 'many-inferred.yaml');
    writeFileSync(file, exportTopology(many.topology, 'yaml'));
    const json = cli(['import', '--file', file, '-o', 'json']);
    expect(json.code).toBe(0);
    const inferences = (JSON.parse(json.stdout) as { inferences: string[] }).inferences;
    expect(inferences.length).toBeGreaterThanOrEqual(TEXT_LIST_LINES + 7);

    const text = cli(['import', '--file', file, '--name', 'many-inferred-text']);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^imported many-inferred-text \\(version 1\\): ${TEXT_LIST_LINES + 7} nodes`));
    expect(lines.filter((l) => l.startsWith('  inferred '))).toEqual(inferences.slice(0, TEXT_LIST_LINES).map((i) => `  inferred ${i}`));
    expect(lines.at(-1)).toBe(`  … and ${inferences.length - TEXT_LIST_LINES} more inferences (-o json lists every one)`);

    // validate renders its lists the same way.
    const validated = cli(['validate', '--file', file]);
    expect(validated.code).toBe(0);
    const validLines = validated.stdout.trimEnd().split('\n');
    expect(validLines[0]).toBe('valid: many-inferred');
    expect(validLines.filter((l) => l.startsWith('  inferred '))).toHaveLength(TEXT_LIST_LINES);
    expect(validLines.at(-1)).toBe(`  … and ${inferences.length - TEXT_LIST_LINES} more inferences (-o json lists every one)`);
  });
});
