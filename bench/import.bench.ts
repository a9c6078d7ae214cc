/**
 * Issue 17's loading goals, each measured in a process of its own as a user meets it:
 *   - `netmodel import` of the max-scale document (`netmodel generate --seed 7 --nodes 5000 --pods-per-node 30
 *     --services 10000 --endpoints-per-service 10`, 67 MB of YAML): < 30 s wall and peak RSS < 1 GB, into a fresh
 *     embedded data dir and, with DATABASE_URL, into a fresh schema of that Postgres;
 *   - the cold load after a restart: a new process opens the same database and loads the topology (goal < 5 s); the
 *     same process then loads it again from its rows alone (the snapshot row removed) for comparison.
 * Every process reports its own CPU time and peak RSS (bench/cpuAtExit.cjs), since the machine is shared and wall time
 * waits for a CPU. Builds dist/ first, as bin/netmodel.js runs it. Exits 1 naming each missed goal.
 *   npx tsx bench/import.bench.ts [--quick]        (DATABASE_URL=postgresql://… adds Postgres)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'netmodel.js');
const PRELOAD = join(__dirname, 'cpuAtExit.cjs');
const QUICK = process.argv.includes('--quick');
const SIZE = QUICK ? ['--nodes', '500', '--services', '1000'] : ['--nodes', '5000', '--services', '10000'];
const GOALS = { importMs: 30_000, importRssMb: 1024, coldLoadMs: 5_000 };

const missed: string[] = [];

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  stdout: string;
}

function run(args: string[], env: NodeJS.ProcessEnv, stdoutFile?: string): Run {
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-r', PRELOAD, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], maxBuffer: 2 ** 28 });
  const wallMs = performance.now() - start;
  if (typeof out === 'number') closeSync(out);
  if (result.status !== 0) throw new Error(`${args.slice(0, 3).join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const cpuMs = Number(/cpu-ms (\S+)\s*$/.exec(result.stderr)?.[1]);
  const maxRssMb = Number(/maxrss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024;
  return { wallMs, cpuMs, maxRssMb, stdout: result.stdout ?? '' };
}

/** A fresh process opens the database, loads the topology (from its snapshot row), then again from its rows. */
const COLD_LOAD = `
const { openDatabase } = require(${JSON.stringify(join(ROOT, 'dist', 'store', 'database.js'))});
const { TopologyRepository } = require(${JSON.stringify(join(ROOT, 'dist', 'store', 'topologyRepository.js'))});
const { databaseConfigFromEnv } = require(${JSON.stringify(join(ROOT, 'dist', 'store', 'databaseConfig.js'))});
(async () => {
  const t0 = performance.now();
  const db = await openDatabase(databaseConfigFromEnv(process.env));
  const opened = performance.now() - t0;
  const repo = new TopologyRepository(db.prisma);
  const time = async () => {
    const c = process.cpuUsage(); const w = performance.now();
    const t = await repo.get(process.env.BENCH_TOPOLOGY);
    if (!t || t.pods.length === 0) throw new Error('not loaded');
    const d = process.cpuUsage(c);
    return { wallMs: performance.now() - w, cpuMs: (d.user + d.system) / 1000, pods: t.pods.length };
  };
  const snapshot = await time();
  await db.sql.exec('DELETE FROM "TopologySnapshot"');
  const rows = await time();
  await db.close();
  process.stdout.write(JSON.stringify({ openMs: opened, snapshot, rows }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface ColdLoad {
  openMs: number;
  snapshot: { wallMs: number; cpuMs: number; pods: number };
  rows: { wallMs: number; cpuMs: number; pods: number };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function measure(label: string, file: string, env: NodeJS.ProcessEnv): void {
  const imported = run([BIN, 'import', '--file', file, '-o', 'json'], env);
  const name = (JSON.parse(imported.stdout) as { name: string }).name;
  const importMet = imported.wallMs < GOALS.importMs;
  const rssMet = imported.maxRssMb < GOALS.importRssMb;
  if (!importMet) missed.push(`import, ${label}: ${s(imported.wallMs)} wall (goal < 30 s)`);
  if (!rssMet) missed.push(`import peak RSS, ${label}: ${imported.maxRssMb.toFixed(0)} MB (goal < 1 GB)`);
  console.log(`netmodel import, ${label}: ${s(imported.wallMs)} wall, ${s(imported.cpuMs)} CPU ${importMet ? 'MET' : 'MISSED'} (goal < 30 s); peak RSS ${imported.maxRssMb.toFixed(0)} MB ${rssMet ? 'MET' : 'MISSED'} (goal < 1 GB)`);
  const cold = run(['-e', COLD_LOAD], { ...env, BENCH_TOPOLOGY: name });
  const c = JSON.parse(cold.stdout) as ColdLoad;
  const coldMet = c.snapshot.wallMs < GOALS.coldLoadMs;
  if (!coldMet) missed.push(`cold load, ${label}: ${s(c.snapshot.wallMs)} wall (goal < 5 s)`);
  console.log(
    `cold load in a new process, ${label}: ${s(c.snapshot.wallMs)} wall, ${s(c.snapshot.cpuMs)} CPU ${coldMet ? 'MET' : 'MISSED'} (goal < 5 s); ` +
      `from rows in the same process: ${s(c.rows.wallMs)} wall, ${s(c.rows.cpuMs)} CPU; opening the database ${s(c.openMs)}; ${c.snapshot.pods} pods`,
  );
}

function main(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(ROOT, 'dist', '.built'))) throw new Error('npm run build failed');
  const dir = mkdtempSync(join(tmpdir(), 'netmodel-import-bench-'));
  try {
    const file = join(dir, 'topology.yaml');
    const generated = run([BIN, 'generate', '--seed', '7', ...SIZE, '--pods-per-node', '30', '--endpoints-per-service', '10'], {}, file);
    console.log(`k8s-netmodel import bench, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`document: ${(statSync(file).size / 2 ** 20).toFixed(0)} MB of YAML (generated in ${s(generated.wallMs)})`);
    // As a user runs it: no NETMODEL_MAX_DOCUMENT_BYTES (a local import has no size limit; src/cli/backend.ts).
    const limits = { NETMODEL_MAX_DOCUMENT_BYTES: '' };
    measure('embedded (fresh data dir)', file, { ...limits, NETMODEL_DATA_DIR: join(dir, 'db'), DATABASE_URL: '' });
    const url = process.env.DATABASE_URL;
    if (url) {
      const schema = `bench_import_${process.pid}`;
      const withSchema = new URL(url);
      withSchema.searchParams.set('schema', schema);
      try {
        measure('Postgres (fresh schema)', file, { ...limits, DATABASE_URL: withSchema.toString() });
      } finally {
        void dropSchema(url, schema);
      }
    } else {
      console.log('Postgres: not measured (set DATABASE_URL)');
    }
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const m of missed) console.log(`MISSED ${m}`);
  if (missed.length === 0) console.log('all import and cold-load goals met');
  process.exitCode = missed.length === 0 ? 0 : 1;
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

main();
