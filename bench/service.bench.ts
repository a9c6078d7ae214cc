/**
 * Service-level benchmark for the engine issue's goals, every figure a ratio against a baseline measured in the same run:
 *   - a trace served over GraphQL vs a trivial GraphQL query on the same server (goal: ≤ 1.5×), on a stored
 *     5,000-node / 150,000-pod / 10,000-Service topology;
 *   - compiling that topology's snapshot (goal: < 5 s) and the process's memory (goal: < 1 GB);
 *   - conflict detection over ~1,000,000 prefixes (goal: < 1 s) vs pairwise overlap with a library (cidr-tools) on the same
 *     prefixes (goal: ≥ 100× faster; the pairwise baseline runs on a sample and is extrapolated by its n² pair count).
 * The server is the real one (fastify + Apollo, embedded PGlite in memory) on 127.0.0.1; requests are sequential.
 *   npm run bench            (or: npx tsx bench/service.bench.ts [--quick])
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app/app';
import { loadConfig } from '../src/app/config';
import { buildServer } from '../src/api/server';
import { findConflicts } from '../src/engine/conflicts';
import { generateTopology } from '../src/engine/generate';
import { compileSnapshot } from '../src/engine/model/snapshot';
import type { Topology } from '../src/engine/model/topology';
import { openDatabase } from '../src/store/database';
import { TopologyRepository } from '../src/store/topologyRepository';
import { migrate } from '../src/store/migrate';

const QUICK = process.argv.includes('--quick');
const SIZE = QUICK ? { nodes: 500, podsPerNode: 30, services: 1000 } : { nodes: 5000, podsPerNode: 30, services: 10000 };

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function request(url: string, body: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`request failed: ${JSON.stringify(json).slice(0, 400)}`);
  return performance.now() - start;
}

function generate(): Topology {
  const result = generateTopology({ name: 'bench', ...SIZE, endpointsPerService: 3, overlay: 'vxlan', seed: 7 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

async function graphqlRatio(topology: Topology): Promise<Record<string, string>> {
  // With DATABASE_URL the server uses that Postgres (a schema of its own), so its RSS is the service's alone; without it, the
  // embedded PGlite lives inside this process and its memory (the 150,000 pod rows) counts in the RSS.
  const schema = `bench_${process.pid}`;
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, schema } : { dataDir: 'memory://' });
  await migrate(db);
  // The bench measures the server, not the rate limiter: a single client sends thousands of requests a minute.
  const app = await createApp({ ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0 }, { db });
  const storeStart = performance.now();
  await new TopologyRepository(db.prisma).create(topology);
  const storeMs = performance.now() - storeStart;
  const server = await buildServer(app, { logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/graphql`;
  const [a, b] = [topology.pods[0]!, topology.pods[topology.pods.length - 1]!];
  const trivial = JSON.stringify({ query: '{ __typename }' });
  const traceQuery = JSON.stringify({
    query: `query($from: String!, $to: String!) { topology(name: "bench") { trace(from: $from, to: $to, port: 8080) {
      trace { disposition hops { node netns steps { type action detail { summary route device mtu } } } } } } }`,
    variables: { from: `pod:${a.namespace}/${a.name}`, to: `pod:${b.namespace}/${b.name}` },
  });
  const coldMs = await request(url, traceQuery);
  const warmup = QUICK ? 100 : 300;
  const rounds = QUICK ? 500 : 2000;
  for (let i = 0; i < warmup; i++) {
    await request(url, trivial);
    await request(url, traceQuery);
  }
  const trivialTimes: number[] = [];
  const traceTimes: number[] = [];
  // Interleaved, so drift in the machine's load hits both series alike.
  for (let i = 0; i < rounds; i++) {
    trivialTimes.push(await request(url, trivial));
    traceTimes.push(await request(url, traceQuery));
  }
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  await server.close();
  await app.close();
  if (process.env.DATABASE_URL) await db.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.close();
  const ratio = median(traceTimes) / median(trivialTimes);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    'store the topology (PGlite)': ms(storeMs),
    'first trace over GraphQL (loads + compiles)': ms(coldMs),
    'trivial GraphQL query, median': ms(median(trivialTimes)),
    'trace over GraphQL, median': ms(median(traceTimes)),
    'trace / trivial, median': `${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? 'MET' : 'MISSED'}`,
    'trace / trivial, mean': `${(mean(traceTimes) / mean(trivialTimes)).toFixed(2)}×`,
    database: db.kind === 'embedded' ? 'embedded PGlite, in this process (its memory counts in the RSS)' : db.description,
    'heap after the run (topology, snapshot, server)': `${mb(heapUsed)} (goal < 1 GB) ${heapUsed < 2 ** 30 ? 'MET' : 'MISSED'}`,
    'process RSS after the run': `${mb(rss)}${db.kind === 'embedded' ? ' (includes the embedded database)' : ''}`,
  };
}

/** The prefixes findConflicts sweeps, as CIDR strings: pod IPs (/32), node pod CIDRs, subnets, cluster ranges, ClusterIPs. */
function prefixesOf(t: Topology): string[] {
  const out = [...t.podCIDRs, ...t.serviceCIDRs, ...t.underlay.subnets.map((s) => s.cidr), ...t.externalNetworks.map((e) => e.cidr)];
  for (const n of t.nodes) out.push(...n.podCIDRs, ...n.internalIPs.map((ip) => `${ip}/32`));
  for (const p of t.pods) for (const ip of p.ips) out.push(ip.includes(':') ? `${ip}/128` : `${ip}/32`);
  for (const s of t.services) for (const ip of s.clusterIPs) out.push(ip.includes(':') ? `${ip}/128` : `${ip}/32`);
  return out;
}

async function conflictsRatio(): Promise<Record<string, string>> {
  // ~1,000,000 prefixes: 20,000 nodes × 48 pods plus nodes, Services and ranges.
  const big = QUICK
    ? generateTopology({ name: 'conflicts', nodes: 2000, podsPerNode: 48, services: 10000, seed: 3 })
    : generateTopology({ name: 'conflicts', nodes: 20000, podsPerNode: 48, services: 10000, seed: 3 });
  if (!big.ok) throw new Error(JSON.stringify(big.errors));
  const prefixes = prefixesOf(big.topology);
  findConflicts(big.topology); // warm-up
  const sweep = timed(() => findConflicts(big.topology));
  const { overlapCidr } = (await import('cidr-tools')) as { overlapCidr: (a: string, b: string) => boolean };
  const sample = prefixes.filter((_, i) => i % Math.ceil(prefixes.length / 1500) === 0);
  let overlaps = 0;
  const pairwise = timed(() => {
    for (let i = 0; i < sample.length; i++) for (let j = i + 1; j < sample.length; j++) if (overlapCidr(sample[i]!, sample[j]!)) overlaps++;
  });
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const extrapolated = (pairwise.ms * pairs(prefixes.length)) / pairs(sample.length);
  const speedup = extrapolated / sweep.ms;
  return {
    prefixes: prefixes.length.toLocaleString('en'),
    'findConflicts (sort and sweep)': `${ms(sweep.ms)} (goal < 1 s) ${sweep.ms < 1000 ? 'MET' : 'MISSED'}, ${sweep.value.findings.length} findings`,
    [`cidr-tools pairwise on a ${sample.length}-prefix sample`]: `${ms(pairwise.ms)} (${overlaps} overlapping pairs)`,
    'cidr-tools pairwise, extrapolated to all prefixes': `${(extrapolated / 3_600_000).toFixed(1)} h`,
    'sweep speed-up over pairwise': `${Math.round(speedup).toLocaleString('en')}× (goal ≥ 100×) ${speedup >= 100 ? 'MET' : 'MISSED'}`,
  };
}

function print(title: string, rows: Record<string, string>): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}

async function main() {
  console.log(`k8s-netmodel service benchmark (${QUICK ? 'quick' : 'full'}), Node ${process.version}`);
  const gen = timed(generate);
  const topology = gen.value;
  const compile = timed(() => compileSnapshot(topology));
  const heap = process.memoryUsage().heapUsed;
  print(`topology: ${topology.nodes.length} nodes, ${topology.pods.length} pods, ${topology.services.length} services`, {
    generate: ms(gen.ms),
    'compile snapshot': `${ms(compile.ms)} (goal < 5 s) ${compile.ms < 5000 ? 'MET' : 'MISSED'}`,
    'heap with topology + snapshot': mb(heap),
  });
  // Conflicts first, on a fresh heap: after the server section the heap holds the loaded topology and, embedded, the database.
  print('conflict detection vs pairwise library baseline (same prefixes, same run)', await conflictsRatio());
  print('GraphQL: trace vs trivial query (same server, same run)', await graphqlRatio(topology));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
