import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { Io } from '../../src/cli/output';
import { BAD_DOCUMENTS, smallDocument } from '../fixtures/documents';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE_PATH = join(ROOT, 'examples', 'kubeadm-calico.yaml');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dbEnv: CliDatabaseEnv;
let work: string;
beforeAll(async () => {
  dbEnv = await cliDatabaseEnv();
  work = mkdtempSync(join(tmpdir(), 'netmodel-cli-'));
});
afterAll(async () => {
  await dbEnv.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`) };
  const code = await runCli(args, io, dbEnv.env);
  return { code, stdout, stderr };
}

function fileWith(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('netmodel CLI (in-process, real database)', () => {
  test('import under another name, list, show, export unchanged, delete', async () => {
    const imported = await cli('import', '--file', EXAMPLE_PATH, '--name', 'my-calico', '-o', 'json');
    assert.equal(imported.code, 0, imported.stderr);
    const report = JSON.parse(imported.stdout) as { name: string; version: number; created: boolean };
    assert.deepEqual([report.name, report.version, report.created], ['my-calico', 1, true]);

    const list = await cli('list', '-o', 'json');
    const items = (JSON.parse(list.stdout) as { items: { name: string; nodeCount: number }[] }).items;
    assert.deepEqual(items.map((i) => [i.name, i.nodeCount]), [['my-calico', 6]]);
    assert.match((await cli('list')).stdout, /^NAME\s+VERSION\s+NODES/m);

    const shown = await cli('show', 'my-calico', '-o', 'json');
    assert.equal((JSON.parse(shown.stdout) as { cni: { overlay: string } }).cni.overlay, 'ipip');
    assert.match((await cli('show', 'my-calico')).stdout, /calico, overlay ipip \(cross-subnet\)/);

    const reach = await cli('reach', '--topology', 'my-calico', '-o', 'json');
    assert.equal(reach.code, 0, reach.stderr);
    assert.equal((JSON.parse(reach.stdout) as { cells: unknown[] }).cells.length, 4);
    const conflicts = await cli('conflicts', '--topology', 'my-calico', '--fail-on', 'info', '-o', 'json');
    assert.deepEqual([conflicts.code, (JSON.parse(conflicts.stdout) as { failed: boolean }).failed], [0, false]);

    const exported = await cli('export', 'my-calico');
    assert.equal(exported.code, 0);
    const exportPath = fileWith('exported.yaml', exported.stdout);
    assert.equal((await cli('import', '--file', exportPath, '--name', 'copy')).code, 0);
    const copy = await cli('export', 'copy');
    assert.equal(copy.stdout.replace('name: copy', 'name: my-calico'), exported.stdout);

    assert.equal((await cli('delete', 'copy', '--if-version', '5')).code, 2);
    assert.equal((await cli('delete', 'copy', '--if-version', '1')).code, 0);
    assert.equal((await cli('show', 'copy')).code, 2);
  });

  test('importing an existing name is refused (exit 2) unless --replace', async () => {
    const path = fileWith('small.yaml', smallDocument('cli-small'));
    assert.equal((await cli('import', '-f', path)).code, 0);
    const again = await cli('import', '-f', path, '-o', 'json');
    assert.equal(again.code, 2);
    assert.equal((JSON.parse(again.stdout) as { error: { code: string } }).error.code, 'CONFLICT');
    const replaced = await cli('import', '-f', path, '--replace', '--if-version', '1', '-o', 'json');
    assert.equal(replaced.code, 0, replaced.stdout + replaced.stderr);
    assert.equal((JSON.parse(replaced.stdout) as { version: number }).version, 2);
  });

  for (const c of BAD_DOCUMENTS) {
    test(`bad input: ${c.name} → exit 2 naming ${c.path}, nothing stored`, async () => {
      const path = fileWith(`bad-${c.name.replace(/\W+/g, '-')}.yaml`, c.document);
      const before = (JSON.parse((await cli('list', '-o', 'json')).stdout) as { items: unknown[] }).items.length;
      const run = await cli('import', '--file', path, '-o', 'json');
      assert.equal(run.code, 2);
      const problems = (JSON.parse(run.stdout) as { error: { code: string; problems: { path: string; message: string }[] } }).error;
      assert.equal(problems.code, 'BAD_USER_INPUT');
      const hit = problems.problems.find((p) => p.path === c.path);
      assert.ok(hit, `expected ${c.path} in ${JSON.stringify(problems.problems)}`);
      assert.ok(hit.message.includes(c.message));
      const human = await cli('validate', '--file', path);
      assert.equal(human.code, 2);
      assert.ok(human.stdout.includes(c.path), human.stdout);
      const afterCount = (JSON.parse((await cli('list', '-o', 'json')).stdout) as { items: unknown[] }).items.length;
      assert.equal(afterCount, before);
    });
  }

  test('validate needs no database and reports inferences', async () => {
    const path = fileWith('ok.yaml', smallDocument('ok'));
    let out = '';
    const code = await runCli(['validate', '--file', path, '-o', 'json'], { out: (t) => void (out += t), err: () => undefined }, {
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
    });
    assert.equal(code, 0);
    const report = JSON.parse(out) as { valid: boolean; inferences: string[] };
    assert.equal(report.valid, true);
    assert.ok(report.inferences.length > 0);
  });

  test('usage errors and missing files exit 2', async () => {
    assert.equal((await cli('import')).code, 2);
    assert.equal((await cli('frobnicate')).code, 2);
    assert.equal((await cli('import', '--file', join(work, 'missing.yaml'))).code, 2);
    assert.equal((await cli('export', 'x', '--format', 'xml')).code, 2);
  });
});

describe('netmodel generate', () => {
  async function generate(...args: string[]): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['generate', ...args], { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, {});
    return { code, stdout, stderr };
  }

  test('writes a valid document, identical for the same seed, different for another', async () => {
    const args = ['--nodes', '12', '--pods-per-node', '4', '--services', '6', '--subnets', '2', '--overlay', 'vxlan'];
    const a = await generate(...args, '--seed', '5');
    const b = await generate(...args, '--seed', '5');
    const c = await generate(...args, '--seed', '6');
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.notEqual(a.stdout, c.stdout);
    const path = fileWith('generated.yaml', a.stdout);
    const validated = await cli('validate', '--file', path, '-o', 'json');
    assert.equal(validated.code, 0, validated.stdout);
    const conflicts = await cli('conflicts', '--file', path, '--fail-on', 'warning', '-o', 'json');
    assert.equal(conflicts.code, 0, conflicts.stdout);
    const json = await generate(...args, '-o', 'json');
    assert.equal((JSON.parse(json.stdout) as { kind: string }).kind, 'List');
  });

  test('--policies N writes N NetworkPolicies and their Namespaces; connectivity reads them', async () => {
    const run = await generate('--nodes', '4', '--pods-per-node', '6', '--services', '6', '--policies', '9', '--seed', '3');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.match(/^kind: NetworkPolicy$/gm)?.length, 9);
    assert.ok((run.stdout.match(/^kind: Namespace$/gm)?.length ?? 0) > 0);
    const path = fileWith('generated-policies.yaml', run.stdout);
    assert.equal((await cli('validate', '--file', path)).code, 0);
    // The mix starts with a default-deny per application namespace: something is no longer allowed.
    const answer = await cli('connectivity', '--file', path, '--level', 'pod', '-o', 'json');
    assert.equal(answer.code, 0, answer.stdout);
    const connections = (JSON.parse(answer.stdout) as { connections: { allowed: string }[] }).connections;
    assert.ok(connections.some((c) => c.allowed === 'No Connections'));
    const help = await generate('--help');
    assert.match(help.stdout, /--policies <n>/);
    assert.equal((await generate('--nodes', '3', '--policies', '-1')).code, 2);
  });

  test('bad options exit 2 naming the flag', async () => {
    const run = await generate('--nodes', '3', '--pods-per-node', '500');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--pods-per-node/);
    assert.equal((await generate('--nodes', 'many')).code, 2);
    assert.equal((await generate('--nodes', '3', '--overlay', 'carrier-pigeon')).code, 2);
  });
});

describe('netmodel binary (spawned)', () => {
  test('--help lists the commands and exits 0', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'netmodel.js'), '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const command of ['serve', 'validate', 'import', 'list', 'show', 'export', 'delete', 'migrate']) {
      assert.match(run.stdout, new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  test('validate of a broken document exits 2 and prints the path; of a good one exits 0', () => {
    const bad = fileWith('spawn-bad.yaml', BAD_DOCUMENTS[0]!.document);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'netmodel.js'), 'validate', '--file', bad], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /nodes\[1\]\.spec\.podCIDRs\[0\]/);
    const good = spawnSync(process.execPath, [join(ROOT, 'bin', 'netmodel.js'), 'validate', '--file', '-'], {
      encoding: 'utf8',
      input: readFileSync(EXAMPLE_PATH, 'utf8'),
    });
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });
});
