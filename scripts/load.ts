/**
 * `npm run load [-- --quick] [--duration S] [--connections N] [--writers N] [--workers N]` — a bounded load test on this machine only.
 *
 * Starts the real server in this process (createApp + buildServer, embedded PGlite in a temporary directory — or, with
 * DATABASE_URL, a schema of its own on that Postgres — rate limit off, questions on the worker pool) on 127.0.0.1, stores a generated 1,000-node topology (30,000 pods, 1,000 Services), then for `--duration` seconds
 * (60; `--quick`: 10) runs mixed reads and questions with autocannon — one autocannon per request kind, the connections
 * (32) split between them, all at once — while `--writers` (4) loops replace a small topology with If-Match. Prints
 * requests, errors, throughput and p50/p99 per kind; exits 1 when any read answered non-2xx or any write answered
 * other than 200/409. The writers work on a topology of their own: replacing the big one would drop its compiled
 * snapshot on every write and measure recompilation instead of the questions. Results: docs/PERFORMANCE.md "Load test".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/api/server';
import { createApp } from '../src/app/app';
import { loadConfig } from '../src/app/config';
import { generateTopology } from '../src/engine/generate';
import type { Topology } from '../src/engine/model/topology';
import { exportTopology } from '../src/io/exportTopology';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
}
const autocannon = createRequire(__filename)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string', default: '32' },
    writers: { type: 'string', default: '4' },
    // 0 answers every question on the event loop, as before the worker pool: run both to compare on the same machine state.
    workers: { type: 'string' },
  },
});
const DURATION_S = Number(args.duration ?? (args.quick ? 10 : 60));
const CONNECTIONS = Number(args.connections);
const WRITERS = Number(args.writers);
const HOST = '127.0.0.1';

interface Kind {
  name: string;
  request: AutocannonOptions['requests'][number];
}

function gql(query: string, variables: Record<string, unknown>): Kind['request'] {
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

interface WriterStats {
  attempts: number;
  byStatus: Record<number, number>;
  latencies: number[];
}

/** Read the version, replace with If-Match, repeat until the deadline: 200 or 409 are the only right answers. */
async function writer(base: string, name: string, document: string, deadline: number, stats: WriterStats): Promise<void> {
  while (Date.now() < deadline) {
    const head = await fetch(`${base}/api/v1/topologies/${name}`);
    await head.arrayBuffer();
    const etag = head.headers.get('etag') ?? '"0"';
    const started = performance.now();
    const put = await fetch(`${base}/api/v1/topologies/${name}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/yaml', 'if-match': etag },
      body: document.replace(/description: .*/, `description: written at ${Date.now()}`),
    });
    await put.arrayBuffer();
    stats.latencies.push(performance.now() - started);
    stats.attempts++;
    stats.byStatus[put.status] = (stats.byStatus[put.status] ?? 0) + 1;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'netmodel-load-'));
  // DATABASE_URL: run on that Postgres, in a schema of its own (dropped at the end); otherwise on an embedded PGlite.
  const schema = `load_${process.pid}`;
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const config = {
    ...loadConfig({}),
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
  try {
    await server.listen({ port: 0, host: HOST });
    const { address, port } = server.server.address() as AddressInfo;
    if (address !== HOST) throw new Error(`refusing to load-test ${address}: 127.0.0.1 only`);
    const base = `http://${HOST}:${port}`;

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
    // Warm-up: one of each, so the first trace's snapshot compile is reported apart from the steady state.
    const warm: string[] = [];
    for (const kind of mix) {
      started = performance.now();
      const r = await fetch(`${base}${kind.request.path}`, { method: kind.request.method, headers: kind.request.headers, body: kind.request.body });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`warm-up ${kind.name}: ${r.status}`);
      warm.push(`${kind.name} ${(performance.now() - started).toFixed(0)} ms`);
    }

    console.log(`load test: ${DURATION_S} s, ${CONNECTIONS} connections over ${mix.length} request kinds, ${WRITERS} writers; server and client in one process on ${HOST}`);
    console.log(`database: ${app.db.description}; question pool: ${config.workers} worker threads (NETMODEL_WORKERS)`);
    console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`stored load-1000 (${generated.topology.nodes.length} nodes, ${generated.topology.pods.length} pods, ${generated.topology.services.length} Services) in ${importMs.toFixed(0)} ms`);
    console.log(`warm-up: ${warm.join(', ')}`);

    const perKind = Math.max(1, Math.floor(CONNECTIONS / mix.length));
    const deadline = Date.now() + DURATION_S * 1000;
    const writes: WriterStats = { attempts: 0, byStatus: {}, latencies: [] };
    const [results] = await Promise.all([
      Promise.all(mix.map((kind) => autocannon({ url: base, connections: perKind, duration: DURATION_S, timeout: 30, requests: [kind.request] }))),
      Promise.all(Array.from({ length: WRITERS }, () => writer(base, 'load-writes', small, deadline, writes))),
    ]);

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
    const rssEnd = process.memoryUsage().rss;
    console.log(`RSS (server, its worker threads and the client): ${(rssStart / 1e6).toFixed(0)} MB at start, ${(rssEnd / 1e6).toFixed(0)} MB at the end`);
    console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    return bad === 0 && unexpected.length === 0 && (writes.byStatus[200] ?? 0) > 0 ? 0 : 1;
  } finally {
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
