import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

// The README's quick start is `npm start` (netmodel serve on the embedded database) and then, in another terminal, the
// CLI — for instance the nightly job of examples/jobs/nightly-capacity.sh. The embedded database admits one process, so
// while the server runs the CLI must talk to it (src/cli/remote.ts). Everything here runs as real processes: the server
// on its own data directory and an ephemeral port, and each CLI command as a child of the real binary. The server starts
// without the examples; the one the questions need is imported through it.
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'netmodel.js');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');

let work: string;
let dataDir: string;
let server: ChildProcess;
let serverLog = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NETMODEL_DATA_DIR: dataDir, ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

const json = <T>(run: Run): T => {
  assert.equal(run.code, 0, `exit ${run.code}: ${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout) as T;
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'netmodel-cli-server-'));
  dataDir = join(work, 'db');
  server = spawn(process.execPath, [BIN, 'serve'], {
    cwd: work,
    // No seeding (the test imports the one example it needs, through the server) and no worker threads: less to start.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NETMODEL_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', NETMODEL_WORKERS: '0', NETMODEL_SEED_EXAMPLES: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  // Listening (and the examples seeded) once it prints its address; the record beside the lock is written just before.
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (/k8s-netmodel on http:\/\//.test(serverLog)) {
        clearInterval(check);
        resolve();
      } else if (server.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`the server exited ${server.exitCode}: ${serverLog}`));
      }
    }, 100);
  });
  const seeded = cli(['import', '-f', EXAMPLE, '-o', 'json']);
  assert.equal(seeded.code, 0, seeded.stdout + seeded.stderr);
}, 300_000);

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  rmSync(work, { recursive: true, force: true });
});

describe('the CLI while `netmodel serve` holds the embedded database', () => {
  test('the server records its address beside the lock', () => {
    const record = JSON.parse(readFileSync(`${dataDir}.server`, 'utf8')) as { pid: number; url: string };
    assert.equal(record.pid, server.pid);
    assert.match(record.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(existsSync(`${dataDir}.lock`));
  });

  test('list, show and a question on a stored topology answer as the database would', () => {
    const items = json<{ items: { name: string; nodeCount: number }[] }>(cli(['list', '-o', 'json'])).items;
    assert.ok(items.some((i) => i.name === 'kubeadm-calico' && i.nodeCount === 6), JSON.stringify(items));
    assert.match(cli(['list']).stdout, /^NAME\s+VERSION\s+NODES/m);
    const shown = json<{ name: string; cni: { overlay: string } }>(cli(['show', 'kubeadm-calico', '-o', 'json']));
    assert.deepEqual([shown.name, shown.cni.overlay], ['kubeadm-calico', 'ipip']);
    // The stored example and the file it was imported from give the same headroom.
    const stored = json<{ headroom: unknown[] }>(cli(['capacity', '-t', 'kubeadm-calico', '-o', 'json']));
    const local = json<{ headroom: unknown[] }>(cli(['capacity', '-f', EXAMPLE, '-o', 'json']));
    assert.deepEqual(stored.headroom, local.headroom);
  });

  test('import, replace with --if-version, export and delete go through the server', () => {
    const imported = json<{ name: string; version: number; created: boolean }>(cli(['import', '-f', EXAMPLE, '--name', 'remote-copy', '-o', 'json']));
    assert.deepEqual([imported.name, imported.version, imported.created], ['remote-copy', 1, true]);
    const again = cli(['import', '-f', EXAMPLE, '--name', 'remote-copy', '-o', 'json']);
    assert.equal(again.code, 2);
    assert.equal((JSON.parse(again.stdout) as { error: { code: string } }).error.code, 'CONFLICT');
    assert.equal(cli(['import', '-f', EXAMPLE, '--name', 'remote-copy', '--replace', '--if-version', '7']).code, 2);
    const replaced = json<{ version: number }>(cli(['import', '-f', EXAMPLE, '--name', 'remote-copy', '--replace', '--if-version', '1', '-o', 'json']));
    assert.equal(replaced.version, 2);
    const exported = cli(['export', 'remote-copy']);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /name: remote-copy/);
    assert.equal(cli(['delete', 'remote-copy', '--if-version', '2']).code, 0);
    const gone = cli(['show', 'remote-copy', '-o', 'json']);
    assert.equal(gone.code, 2);
    assert.equal((JSON.parse(gone.stdout) as { error: { code: string } }).error.code, 'NOT_FOUND');
  });

  test('scenarios: create, add, diff, list, discard', () => {
    const ops = join(work, 'ops.yaml');
    writeFileSync(ops, '- op: addNodes\n  count: 2\n  subnet: rack-b\n');
    const created = json<{ name: string; operations: unknown[] }>(cli(['scenario', 'create', '-t', 'kubeadm-calico', '--name', 'grow', '-o', 'json']));
    assert.deepEqual([created.name, created.operations.length], ['grow', 0]);
    const added = cli(['scenario', 'add', 'grow', '--ops', ops, '-o', 'json']);
    assert.equal(added.code, 0, added.stdout + added.stderr);
    const diff = json<{ diff: { summary: string } }>(cli(['scenario', 'diff', 'grow', '-o', 'json']));
    assert.ok(diff.diff.summary.length > 0);
    const listed = json<{ items: { name: string; createdAt: string }[] }>(cli(['scenario', 'list', '-o', 'json']));
    assert.deepEqual(listed.items.map((s) => s.name), ['grow']);
    assert.match(listed.items[0]!.createdAt, /^\d{4}-\d\d-\d\dT/);
    assert.equal(cli(['scenario', 'discard', 'grow']).code, 0);
  });

  const refusals: { name: string; args: string[]; code: number; says: RegExp }[] = [
    { name: 'token commands need the database itself', args: ['token', 'list'], code: 3, says: /stop the server/ },
    { name: 'migrate has nothing to do', args: ['migrate'], code: 0, says: /holds the database and applied the migrations/ },
  ];
  for (const r of refusals) {
    test(r.name, () => {
      const run = cli(r.args);
      assert.equal(run.code, r.code, run.stdout + run.stderr);
      assert.match(run.stdout + run.stderr, r.says);
    });
  }

  test('-o yaml prints the same answer as -o json', () => {
    const asJson = json<unknown>(cli(['list', '-o', 'json']));
    const asYaml = cli(['list', '-o', 'yaml']);
    assert.equal(asYaml.code, 0, asYaml.stderr);
    assert.deepEqual(parseYaml(asYaml.stdout), asJson);
  });

  test('the nightly capacity job runs against the stored topology', () => {
    const run = spawnSync('bash', [join(ROOT, 'examples', 'jobs', 'nightly-capacity.sh'), 'kubeadm-calico'], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NETMODEL_DATA_DIR: dataDir, NETMODEL: `${process.execPath} ${BIN}`, THRESHOLD: '5' },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^ok: every headroom at or above 5%$/m);
  });

  test('once the server stops, its record goes and the CLI opens the database itself', async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    assert.equal(existsSync(`${dataDir}.server`), false);
    const items = json<{ items: { name: string }[] }>(cli(['list', '-o', 'json'])).items;
    assert.ok(items.some((i) => i.name === 'kubeadm-calico'));
  });
});
