/**
 * `npm run load [-- --quick] [--duration S] [--connections N] [--writers N] [--workers N] [--replicas N]` — a bounded load
 * test on this machine only (`NETMODEL_ANSWER_CACHE_MB=0` turns the answer cache off, to measure computing every answer).
 *
 * Starts the real server in this process (createApp + buildServer, embedded PGlite in a temporary directory — or, with
 * DATABASE_URL, a schema of its own on that Postgres — rate limit off, questions on the worker pool) on 127.0.0.1, stores
 * a generated 1,000-node topology (30,000 pods, 1,000 Services), then for `--duration` seconds (60; `--quick`: 10) runs
 * mixed reads and questions with autocannon — one autocannon per request kind, the connections (32) split between them,
 * all at once — while `--writers` (4) loops replace a small topology with If-Match. The client (autocannon and the
 * writers) runs in a child process (scripts/loadClient.ts), so the server's event loop serves requests only; before
 * 2026-12-06 it ran in this process and its work was counted as the server's. `--replicas N` (Postgres only) starts N-1
 * more `netmodel serve` processes on the same schema and spreads every kind's connections and the writers over all of
 * them, then measures how long a write in one replica takes to be read in another.
 * Prints requests, errors, throughput and p50/p99 per kind, the server's event-loop utilisation and CPU, RSS after the
 * warm-up and at the end; exits 1 when any read answered non-2xx or any write answered other than 200/409. The writers
 * work on a topology of their own: replacing the big one would drop its compiled snapshot on every write and measure
 * recompilation instead of the questions. Results: docs/PERFORMANCE.md "Load test".
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/api/server';
import { createApp } from '../src/app/app';
import { loadConfig } from '../src/app/config';
import { generateTopology } from '../src/engine/generate';
import type { Topology } from '../src/engine/model/topology';
import { exportTopology } from '../src/io/exportTopology';
import { freePort, startServe, type Served } from '../tests/hardening/helpers/serve';
import type { AutocannonResult, ClientPlan, ClientReport, LoadRequest } from './loadClient';


const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string', default: '32' },
    writers: { type: 'string', default: '4' },
    // 0 answers every question on the event loop, as before the worker pool: run both to compare on the same machine state.
    workers: { type: 'string' },
    // N servers on one Postgres (this one and N-1 `netmodel serve` processes), the load spread over all of them.
    replicas: { type: 'string', default: '1' },
  },
});
const DURATION_S = Number(args.duration ?? (args.quick ? 10 : 60));
const CONNECTIONS = Number(args.connections);
const WRITERS = Number(args.writers);
const REPLICAS = Math.max(1, Number(args.replicas));
const HOST = '127.0.0.1';

interface Kind {
  name: string;
  request: LoadRequest;
}

function gql(query: string, variables: Record<string, unknown>): LoadRequest {
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
}

/** Light requests: the p99 goal (< 100 ms while heavy questions run) is about these. */
const LIGHT = new Set(['GET /healthz', 'GET /topologies', 'GraphQL trivial', 'GraphQL topology counts']);

/** The mix: health, list, a trivial query, model counts, trace (REST and GraphQL), conflicts, overhead, capacity, DNS, a matrix. */
function kinds(topology: Topology): Kind[] {
  const firstNode = topology.nodes[0]!.name;
  const farNode = topology.nodes[Math.floor(topology.nodes.length / 2)]!.name;
  const from = topology.pods.find((p) => p.nodeName === firstNode && !p.hostNetwork)!;
  const to = topology.pods.find((p) => p.nodeName === farNode && !p.hostNetwork)!;
  const service = topology.services.find((s) => s.namespace !== 'default' && s.namespace !== 'kube-system' && !s.headless)!;
  const name = topology.name;
  const trace = { from: `pod:${from.namespace}/${from.name}`, to: `pod:${to.namespace}/${to.name}` };
  return [
    { name: 'GET /healthz', request: { method: 'GET', path: '/healthz' } },
    { name: 'GET /topologies', request: { method: 'GET', path: '/api/v1/topologies' } },
    { name: 'GraphQL trivial', request: gql('query Trivial { __typename }', {}) },
    { name: 'GraphQL topology counts', request: gql('query Counts($n: String!) { topology(name: $n) { counts { nodes pods services } } }', { n: name }) },
    { name: 'REST trace', request: { method: 'GET', path: `/api/v1/topologies/${name}/trace?${new URLSearchParams(trace)}` } },
    {
      name: 'GraphQL trace',
      request: gql('query Trace($n: String!, $f: String!, $t: String!) { topology(name: $n) { trace(from: $f, to: $t) { trace { disposition hops { node } } } } }', {
        n: name,
        f: trace.from,
        t: trace.to,
      }),
    },
    { name: 'REST conflicts', request: { method: 'GET', path: `/api/v1/topologies/${name}/conflicts` } },
    { name: 'REST overhead', request: { method: 'GET', path: `/api/v1/topologies/${name}/overhead` } },
    { name: 'REST capacity', request: { method: 'GET', path: `/api/v1/topologies/${name}/capacity` } },
    { name: 'REST dns', request: { method: 'GET', path: `/api/v1/topologies/${name}/dns?name=${service.name}.${service.namespace}.svc.${topology.clusterDomain}` } },
    { name: 'REST matrix by subnet', request: { method: 'GET', path: `/api/v1/topologies/${name}/reachability-matrix?groupBy=subnet` } },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

/** `netmodel serve` on the same Postgres schema, rate limit off, once it is ready (the hardening tests' helper). */
async function startReplica(databaseUrl: string, schema: string, workers: number): Promise<Served> {
  const url = new URL(databaseUrl);
  url.searchParams.set('schema', schema);
  return startServe({ DATABASE_URL: url.toString(), HOST, NETMODEL_RATE_LIMIT_PER_MINUTE: '0', NETMODEL_WORKERS: String(workers) }, await freePort());
}

/** Runs the client (scripts/loadClient.ts) in a child process and returns its report. */
function runClient(plan: ClientPlan): Promise<ClientReport> {
  const child = fork(join(__dirname, 'loadClient.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (report) => resolve(report as ClientReport));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the load client exited ${code}`))));
    child.send(plan);
  });
}

/** Milliseconds from a write answered by `writeTo` until `readFrom` serves the new version (polling every 5 ms). */
async function writeVisibilityLag(writeTo: string, readFrom: string, name: string, document: string): Promise<number> {
  const versionOf = async (base: string) => {
    const r = await fetch(`${base}/api/v1/topologies/${name}`);
    await r.arrayBuffer();
    return Number((r.headers.get('etag') ?? '"0"').replace(/"/g, ''));
  };
  const put = await fetch(`${writeTo}/api/v1/topologies/${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/yaml', 'if-match': `"${await versionOf(writeTo)}"` },
    body: document.replace(/description: .*/, `description: lag probe ${Date.now()}`),
  });
  await put.arrayBuffer();
  if (put.status !== 200) throw new Error(`lag probe write: ${put.status}`);
  const written = Number((put.headers.get('etag') ?? '"0"').replace(/"/g, ''));
  const started = performance.now();
  while ((await versionOf(readFrom)) < written) await new Promise((r) => setTimeout(r, 5));
  return performance.now() - started;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'netmodel-load-'));
  // DATABASE_URL: run on that Postgres, in a schema of its own (dropped at the end); otherwise on an embedded PGlite.
  const schema = `load_${process.pid}`;
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (REPLICAS > 1 && !databaseUrl) throw new Error('--replicas needs DATABASE_URL (Postgres): the embedded database serves one process');
  const config = {
    // Only the answer cache's size comes from the environment (NETMODEL_ANSWER_CACHE_MB=0: every request computes).
    ...loadConfig({ NETMODEL_ANSWER_CACHE_MB: process.env.NETMODEL_ANSWER_CACHE_MB }),
    database: databaseUrl ? { databaseUrl, schema } : { dataDir: join(dataDir, 'db') },
    host: HOST,
    port: 0,
    seedExamples: false,
    rateLimitPerMinute: 0,
    maxDocumentBytes: 64 * 1024 * 1024,
    ...(args.workers === undefined ? {} : { workers: Number(args.workers) }),
  };
  const rssStart = process.memoryUsage().rss;
  const app = await createApp(config);
  const server = await buildServer(app, { logger: false });
  const replicas: Served[] = [];
  try {
    await server.listen({ port: 0, host: HOST });
    const { address, port } = server.server.address() as AddressInfo;
    if (address !== HOST) throw new Error(`refusing to load-test ${address}: 127.0.0.1 only`);
    const base = `http://${HOST}:${port}`;
    const bases = [base];
    for (let i = 1; i < REPLICAS; i++) {
      const replica = await startReplica(databaseUrl!, schema, config.workers);
      replicas.push(replica);
      bases.push(replica.base);
    }

    const generated = generateTopology({ nodes: 1000, podsPerNode: 30, name: 'load-1000' });
    if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
    let started = performance.now();
    const stored = await fetch(`${base}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exportTopology(generated.topology, 'json') });
    if (stored.status !== 201) throw new Error(`storing the topology: ${stored.status} ${await stored.text()}`);
    const importMs = performance.now() - started;
    const writersTopology = generateTopology({ nodes: 3, podsPerNode: 2, name: 'load-writes' });
    if (!writersTopology.ok) throw new Error(JSON.stringify(writersTopology.errors));
    const small = exportTopology(writersTopology.topology, 'yaml');
    if ((await fetch(`${base}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: small })).status !== 201) throw new Error('storing the writers’ topology');

    const mix = kinds(generated.topology);
    // Warm-up: one of each on every replica, so the first trace's snapshot compile is reported apart from the steady state.
    const warm: string[] = [];
    for (const replicaBase of bases) {
      for (const kind of mix) {
        started = performance.now();
        const r = await fetch(`${replicaBase}${kind.request.path}`, { method: kind.request.method, headers: kind.request.headers, body: kind.request.body });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`warm-up ${kind.name}: ${r.status}`);
        if (replicaBase === base) warm.push(`${kind.name} ${(performance.now() - started).toFixed(0)} ms`);
      }
    }

    console.log(`load test: ${DURATION_S} s, ${CONNECTIONS} connections over ${mix.length} request kinds, ${WRITERS} writers; the client in a child process, the server in this one, on ${HOST}`);
    console.log(`database: ${app.db.description}; question pool: ${config.workers} worker threads (NETMODEL_WORKERS); answer cache ${config.answerCacheMb} MB (NETMODEL_ANSWER_CACHE_MB)`);
    if (REPLICAS > 1) console.log(`replicas: ${REPLICAS} (this process and ${REPLICAS - 1} \`netmodel serve\` on the same schema), each kind's connections split between them`);
    console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`stored load-1000 (${generated.topology.nodes.length} nodes, ${generated.topology.pods.length} pods, ${generated.topology.services.length} Services) in ${importMs.toFixed(0)} ms`);
    console.log(`warm-up: ${warm.join(', ')}`);

    const rssWarm = process.memoryUsage().rss;
    const loop = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const report = await runClient({
      bases,
      kinds: mix,
      connectionsPerKind: Math.max(1, Math.floor(CONNECTIONS / mix.length)),
      durationS: DURATION_S,
      writers: WRITERS,
      writeName: 'load-writes',
      writeDocument: small,
    });
    const loopUse = performance.eventLoopUtilization(loop);
    const serverCpu = process.cpuUsage(cpu);
    const rssEnd = process.memoryUsage().rss;
    // Results per kind, the replicas' figures combined: requests add up; p50/p99/max are the worst replica's.
    const results: AutocannonResult[] = report.results.map((perBase) => ({
      requests: { total: perBase.reduce((n, r) => n + r.requests.total, 0), average: perBase.reduce((n, r) => n + r.requests.average, 0) },
      latency: { p50: Math.max(...perBase.map((r) => r.latency.p50)), p99: Math.max(...perBase.map((r) => r.latency.p99)), max: Math.max(...perBase.map((r) => r.latency.max)) },
      throughput: { average: perBase.reduce((n, r) => n + r.throughput.average, 0) },
      non2xx: perBase.reduce((n, r) => n + r.non2xx, 0),
      errors: perBase.reduce((n, r) => n + r.errors, 0),
      timeouts: perBase.reduce((n, r) => n + r.timeouts, 0),
      statusCodeStats: Object.assign({}, ...perBase.map((r) => r.statusCodeStats)) as AutocannonResult['statusCodeStats'],
    }));
    const writes = report.writes;

    console.log('');
    console.log(`${'kind'.padEnd(26)}${pad('requests', 10)}${pad('non-2xx', 9)}${pad('errors', 8)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}${pad('MB/s', 8)}`);
    let bad = 0;
    let total = 0;
    for (const [i, r] of results.entries()) {
      bad += r.non2xx + r.errors + r.timeouts;
      total += r.requests.total;
      console.log(
        `${mix[i]!.name.padEnd(26)}${pad(r.requests.total, 10)}${pad(r.non2xx, 9)}${pad(r.errors + r.timeouts, 8)}${pad(r.requests.average.toFixed(1), 9)}` +
          `${pad(r.latency.p50, 9)}${pad(r.latency.p99, 9)}${pad(r.latency.max, 9)}${pad((r.throughput.average / 1e6).toFixed(2), 8)}`,
      );
    }
    const sorted = [...writes.latencies].sort((a, b) => a - b);
    const unexpected = Object.entries(writes.byStatus).filter(([s]) => s !== '200' && s !== '409');
    console.log(
      `${'PUT If-Match (writers)'.padEnd(26)}${pad(writes.attempts, 10)}${pad(unexpected.reduce((n, [, c]) => n + c, 0), 9)}${pad('', 8)}` +
        `${pad((writes.attempts / DURATION_S).toFixed(1), 9)}${pad(percentile(sorted, 50).toFixed(0), 9)}${pad(percentile(sorted, 99).toFixed(0), 9)}${pad((sorted.at(-1) ?? 0).toFixed(0), 9)}`,
    );
    console.log('');
    console.log(`reads: ${total} requests, ${(total / DURATION_S).toFixed(1)} req/s in all, ${bad} non-2xx or failed`);
    console.log(`writes: ${JSON.stringify(writes.byStatus)} (200 = won its version, 409 = another writer got there first)`);
    for (const [i, r] of results.entries()) {
      const codes = Object.keys(r.statusCodeStats).filter((c) => !c.startsWith('2'));
      if (codes.length > 0) console.log(`  ${mix[i]!.name}: ${codes.map((c) => `${c}×${r.statusCodeStats[c]!.count}`).join(' ')}`);
    }
    const light = results.filter((_, i) => LIGHT.has(mix[i]!.name));
    const byName = (n: string) => results[mix.findIndex((k) => k.name === n)]!;
    console.log(`light requests (${[...LIGHT].join(', ')}): worst p99 ${Math.max(...light.map((r) => r.latency.p99))} ms while the questions ran`);
    console.log(`GraphQL trace / GraphQL trivial, p50: ${(byName('GraphQL trace').latency.p50 / Math.max(1, byName('GraphQL trivial').latency.p50)).toFixed(2)}×`);
    const answers = app.answers.stats();
    console.log(`answer cache: ${answers.hits} hits, ${answers.misses} misses, ${answers.entries} answers, ${mb(answers.bytes)}`);
    console.log(
      `server (this process${REPLICAS > 1 ? ', replica 1' : ''}) during the run: event loop busy ${(100 * loopUse.utilization).toFixed(0)}%, CPU ${((serverCpu.user + serverCpu.system) / 1000 / DURATION_S / 10).toFixed(0)}% of one core (main thread and workers); ` +
        `the client process: ${(report.cpuMs / DURATION_S / 10).toFixed(0)}% of one core`,
    );
    console.log(`RSS of the server (its worker threads included): ${mb(rssStart)} at start, ${mb(rssWarm)} after storing and warm-up, ${mb(rssEnd)} at the end`);
    if (REPLICAS > 1) {
      const lags: number[] = [];
      for (let i = 0; i < 5; i++) lags.push(await writeVisibilityLag(bases[i % 2]!, bases[(i + 1) % 2]!, 'load-writes', small));
      console.log(`write visibility across replicas (a write answered by one, polled from the other every 5 ms): ${lags.map((l) => l.toFixed(0)).join(', ')} ms`);
    }
    console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    return bad === 0 && unexpected.length === 0 && (writes.byStatus[200] ?? 0) > 0 ? 0 : 1;
  } finally {
    for (const replica of replicas) replica.child.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => replica.exited));
    await server.close();
    if (databaseUrl) await app.db.sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(70);
  },
);
