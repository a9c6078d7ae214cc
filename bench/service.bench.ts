/**
 * Service-level benchmark for the engine issue's goals, every figure a ratio against a baseline measured in the same run:
 *   - a trace served over GraphQL vs a trivial GraphQL query on the same server (goal: ≤ 1.5×), on a stored
 *     5,000-node / 150,000-pod / 10,000-Service topology;
 *   - compiling that topology's snapshot (goal: < 5 s) and the process's memory (goal: < 1 GB);
 *   - conflict detection over ~1,000,000 prefixes (goal: < 1 s) vs pairwise overlap with a library (cidr-tools) on the same
 *     prefixes (goal: ≥ 100× faster; the pairwise baseline runs on a sample and is extrapolated by its n² pair count).
 *   - issue 17: traces pod → pod and pod → Service over GraphQL vs `{ __typename }`, sequential and with 8 concurrent
 *     connections (goal ≤ 1.5× each), the Postgres stamp check's cost, graphql-js vs graphql-jit on the trace shapes,
 *     and the cold load of the stored topology by a fresh repository (goal < 5 s); beside each trace shape, its size floor
 *     (a page of pods answering as many bytes with no engine work: what GraphQL and HTTP alone charge for that answer).
 * The server is the real one (fastify + Apollo, embedded PGlite in memory, or DATABASE_URL's Postgres) on 127.0.0.1, with
 * npm start's node flags (bench/asDeployed.ts). Run with NODE_ENV=production, as the server runs (npm run bench does).
 * Exits 1 naming every missed goal.
 *   npm run bench            (or: NODE_ENV=production npx tsx bench/service.bench.ts [--quick] [--graphql])
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { ANONYMOUS } from '../src/app/auth';
import { createSchema } from '../src/api/graphql/apollo';
import type { GraphQLContext } from '../src/api/graphql/context';
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
import { mb, mean, median, timed } from './measure';
import { flagsInEffect, runAsDeployed, serverNodeFlags } from './asDeployed';
import type { ClientCommand, ConcurrentReport, SequentialReport } from './client';

const QUICK = process.argv.includes('--quick');
/** `--graphql`: the GraphQL section only (no conflict sweep), for profiling the server. */
const GRAPHQL_ONLY = process.argv.includes('--graphql');
const SIZE = QUICK ? { nodes: 500, podsPerNode: 30, services: 1000 } : { nodes: 5000, podsPerNode: 30, services: 10000 };

/** Goals missed in this run, named with their figure; the process exits 1 when there are any. */
const missed: string[] = [];
function goal(name: string, met: boolean, figure: string): string {
  if (!met) missed.push(`${name}: ${figure}`);
  return `${figure} ${met ? 'MET' : 'MISSED'}`;
}

const CONNECTIONS = 8;
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

/** The bench's client in a process of its own (bench/client.ts): one command at a time over IPC. */
function startClient() {
  const child = fork(join(__dirname, 'client.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ask = <T>(command: ClientCommand): Promise<T> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bench client exited ${code}`));
      child.once('exit', onExit);
      child.once('message', (report) => {
        child.off('exit', onExit);
        resolve(report as T);
      });
      child.send(command);
    });
  return { ask, close: () => child.disconnect() };
}

/** Distinct questions to rotate over: no answer repeats within PAIRS requests, so no answer-level cache could make a figure. */
const PAIRS = 256;
const COLD_PAIRS = 200;

/** The trace queries' bodies: pod → pod pairs and pod → Service pairs, each pair on different nodes / Services. */
function traceBodies(topology: Topology): { podToPod: string[]; podToService: string[]; coldPodToService: string[] } {
  const podsByNode = new Map<string, Topology['pods'][number][]>();
  for (const p of topology.pods) {
    if (p.hostNetwork || p.nodeName === null || p.ips.length === 0) continue;
    const list = podsByNode.get(p.nodeName) ?? [];
    list.push(p);
    podsByNode.set(p.nodeName, list);
  }
  const nodes = [...podsByNode.keys()];
  const podOn = (i: number, j: number) => {
    const list = podsByNode.get(nodes[i % nodes.length]!)!;
    return list[j % list.length]!;
  };
  const name = (p: Topology['pods'][number]) => `pod:${p.namespace}/${p.name}`;
  const withEndpoints = new Set(topology.endpointSlices.filter((e) => e.endpoints.length > 0).map((e) => `${e.namespace}/${e.serviceName}`));
  const services = topology.services.filter((s) => s.namespace !== 'kube-system' && !s.headless && s.clusterIPs.length > 0 && withEndpoints.has(`${s.namespace}/${s.name}`));
  const stride = Math.max(1, Math.floor(nodes.length / PAIRS));
  const podQuery = `query($from: String!, $to: String!) { topology(name: "bench") { trace(from: $from, to: $to, port: 8080) {
      trace { disposition hops { node netns steps { type action detail { summary route device mtu } } } } } } }`;
  const serviceQuery = `query($from: String!, $to: String!, $port: Int) { topology(name: "bench") { trace(from: $from, to: $to, port: $port) {
      trace { disposition outcomes { disposition probability branches } branches { probability endpoint trace { disposition hops { node netns steps { type action detail { summary } } } } } } } } }`;
  const podToPod: string[] = [];
  const podToService: string[] = [];
  // Pairs whose source node meets their Service nowhere else in the run: their first trace renders and evaluates that node's
  // kube-proxy rules for the Service (memoized after), which the rotating figures, warmed up on their own pairs, never pay.
  const coldPodToService: string[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Source and destination on nodes half the cluster apart; every pair a different source node.
    const from = podOn(i * stride, i);
    const to = podOn(i * stride + Math.floor(nodes.length / 2), i + 1);
    podToPod.push(JSON.stringify({ query: podQuery, variables: { from: name(from), to: name(to) } }));
    const svc = services[Math.floor((i * services.length) / PAIRS)]!;
    podToService.push(JSON.stringify({ query: serviceQuery, variables: { from: name(podOn(i * stride + 1, i + 2)), to: `svc:${svc.namespace}/${svc.name}`, port: svc.ports[0]!.port } }));
    const other = services[(Math.floor((i * services.length) / PAIRS) + 1) % services.length]!;
    if (i < COLD_PAIRS) coldPodToService.push(JSON.stringify({ query: serviceQuery, variables: { from: name(podOn(i * stride + 1 + PAIRS, i + 3)), to: `svc:${other.namespace}/${other.name}`, port: other.ports[0]!.port } }));
  }
  return { podToPod, podToService, coldPodToService };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const TRIVIAL_ANSWER = '{"data":{"__typename":"Query"}}';

async function post(url: string, body: string): Promise<{ text: string; data: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
  if (!response.ok || json.errors || !json.data) throw new Error(`request failed: ${text.slice(0, 400)} for ${body.slice(0, 300)}`);
  return { text, data: json.data };
}

/** The mean size in bytes of the answers to these bodies (each asked once; every answer checked). */
async function meanAnswerBytes(url: string, bodies: string[]): Promise<number> {
  return mean(await Promise.all(bodies.map(async (b) => Buffer.byteLength((await post(url, b)).text))));
}

/**
 * The protocol's floor for an answer of a trace's size: pages of the pod list (a listing, no engine work behind it) sized
 * so that a page answers as many bytes as the trace does on average, rotating over up to PAIRS pages. Its ratio to
 * `{ __typename }` is what GraphQL and HTTP alone charge for moving that much answer; the trace cannot cost less.
 * Reported beside the goals, not a goal itself.
 */
async function sizeFloor(url: string, bytes: number): Promise<{ bodies: string[]; pageSize: number; bytes: number }> {
  const page = (first: number, after: string | null) =>
    JSON.stringify({
      query: `query($after: String) { topology(name: "bench") { pods(first: ${first}, after: $after) { edges { node { namespace name nodeName ips hostNetwork ready } } pageInfo { endCursor hasNextPage } } } }`,
      variables: { after },
    });
  const [one, many] = (await Promise.all([1, 101].map(async (n) => Buffer.byteLength((await post(url, page(n, null))).text)))) as [number, number];
  const perPod = (many - one) / 100;
  const pageSize = Math.min(1000, Math.max(1, Math.round((bytes - (one - perPod)) / perPod)));
  const bodies: string[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  while (bodies.length < PAIRS) {
    const body = page(pageSize, after);
    const { text, data } = await post(url, body);
    const pods = (data.topology as { pods: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }).pods;
    bodies.push(body);
    sizes.push(Buffer.byteLength(text));
    if (!pods.pageInfo.hasNextPage || pods.pageInfo.endCursor === null) break;
    after = pods.pageInfo.endCursor;
  }
  return { bodies, pageSize, bytes: mean(sizes) };
}

function generate(): Topology {
  const result = generateTopology({ name: 'bench', ...SIZE, endpointsPerService: 10, seed: 7 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

async function graphqlRatio(makeTopology: () => Topology): Promise<Record<string, string>> {
  // With DATABASE_URL the server uses that Postgres (a schema of its own), so its RSS is the service's alone; without it, the
  // embedded PGlite lives inside this process and its memory (the 150,000 pod rows) counts in the RSS.
  const schema = `bench_${process.pid}`;
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, schema } : { dataDir: 'memory://' });
  await migrate(db);
  // The bench measures the server, not the rate limiter: a single client sends thousands of requests a minute.
  const app = await createApp({ ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0 }, { db });
  // The harness's own copy of the topology lives only while it is stored and the questions are drawn from it: a server
  // holds the copy it loads, and a second 150,000-pod copy in the heap would make every major collection of the server's
  // measured requests mark it too.
  const { storeMs, podToPod, podToService, coldPodToService } = await (async () => {
    const topology = makeTopology();
    const storeStart = performance.now();
    await new TopologyRepository(db.prisma).create(topology);
    return { storeMs: performance.now() - storeStart, ...traceBodies(topology) };
  })();
  const server = await buildServer(app, { logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/graphql`;
  const trivial = JSON.stringify({ query: '{ __typename }' });
  for (const bodies of [podToPod, podToService]) if (new Set(bodies).size !== PAIRS) throw new Error(`the bench needs ${PAIRS} distinct questions per shape`);
  const cold0 = performance.now();
  const cold = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: podToPod[0]! });
  const coldBody = (await cold.json()) as { errors?: unknown };
  if (!cold.ok || coldBody.errors) throw new Error(`the first trace failed: ${JSON.stringify(coldBody).slice(0, 400)}`);
  const coldMs = performance.now() - cold0;
  // The client (sequential requests, autocannon) runs in a child process: before 2026-12-07 it ran in this one, so its work
  // shared the server's event loop and its CPU was counted as the server's. Every series rotates over PAIRS distinct
  // questions (a REST-style answer cache would miss on each); the warm-up asks every one of them once and checks each answer.
  const podBytes = await meanAnswerBytes(url, podToPod);
  const serviceBytes = await meanAnswerBytes(url, podToService);
  const podFloor = await sizeFloor(url, podBytes);
  const serviceFloor = await sizeFloor(url, serviceBytes);
  const client = startClient();
  const seq = await client.ask<SequentialReport>({ kind: 'sequential', url, series: [[trivial], podToPod, podToService, podFloor.bodies, serviceFloor.bodies], warmup: QUICK ? 100 : 300, rounds: QUICK ? 768 : 2048 });
  const [trivialTimes, traceTimes, serviceTimes, podFloorTimes, serviceFloorTimes] = seq.times as [number[], number[], number[], number[], number[]];
  // 8 concurrent connections, each query alone for the same duration. autocannon's latency histogram holds whole
  // milliseconds, so its mean of sub-millisecond answers is mostly zeros; with a fixed number of connections each waiting for
  // its answer, the mean latency is connections / throughput (Little's law), which is compared. Beside it, the CPU the
  // SERVER's process spent per answered request (the client is in its own process): on a shared machine the steadier figure,
  // as other processes' load stretches wall time but not CPU time. Both are goals.
  // The five series take turns in short runs (CYCLES rounds), so a change in the shared machine's load between runs falls on
  // all five alike; each series' figures are its runs' sums.
  const concurrent = async (bodies: string[], total: { requests: number; cpuMs: number; clientCpuMs: number; failed: number }) => {
    const cpu0 = process.cpuUsage();
    const result = await client.ask<ConcurrentReport>({ kind: 'concurrent', url, bodies, connections: CONNECTIONS, durationS: RUN_S });
    const cpu = process.cpuUsage(cpu0);
    total.requests += result.requests.total;
    total.cpuMs += (cpu.user + cpu.system) / 1000;
    total.clientCpuMs += result.clientCpuMs;
    total.failed += result.non2xx + result.errors;
  };
  const CYCLES = 3;
  const RUN_S = QUICK ? 2 : 4;
  const shapes = [[trivial], podToPod, podToService, podFloor.bodies, serviceFloor.bodies];
  const totals = shapes.map(() => ({ requests: 0, cpuMs: 0, clientCpuMs: 0, failed: 0 }));
  for (let cycle = 0; cycle < CYCLES; cycle++) for (const [k, bodies] of shapes.entries()) await concurrent(bodies, totals[k]!);
  type Concurrent = ConcurrentReport & { cpuPerRequestMs: number };
  const [cTrivial, cTrace, cService, cPodFloor, cServiceFloor] = totals.map((t) => ({
    requests: { total: t.requests, average: t.requests / (CYCLES * RUN_S) },
    non2xx: 0,
    errors: t.failed,
    clientCpuMs: t.clientCpuMs,
    cpuPerRequestMs: t.cpuMs / Math.max(1, t.requests),
  })) as [Concurrent, Concurrent, Concurrent, Concurrent, Concurrent];
  client.close();
  // The stamp check a Postgres server makes before answering from its cache (one indexed row).
  const repo = new TopologyRepository(db.prisma);
  const stampTimes: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s0 = performance.now();
    await repo.stamp('bench');
    stampTimes.push(performance.now() - s0);
  }
  // Cold load: a fresh repository reading the stored topology, as a restarted server does, then its compile.
  const load0 = performance.now();
  const cpu0 = process.cpuUsage();
  const loaded = await repo.get('bench');
  const loadCpu = process.cpuUsage(cpu0);
  const loadMs = performance.now() - load0;
  const compiled = timed(() => compileSnapshot(loaded!));
  const jit = await jitComparison(app, [
    ['pod → pod', podToPod],
    ['pod → Service', podToService],
  ], coldPodToService);
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  await server.close();
  await app.close();
  if (process.env.DATABASE_URL) await db.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.close();
  const dbName = db.kind === 'embedded' ? 'embedded' : 'Postgres';
  const ratio = (xs: number[]) => median(xs) / median(trivialTimes);
  const meanLatency = (r: ConcurrentReport) => (1000 * CONNECTIONS) / r.requests.average;
  const cRatio = (r: ConcurrentReport) => meanLatency(r) / meanLatency(cTrivial);
  const cpuRatio = (r: { cpuPerRequestMs: number }) => r.cpuPerRequestMs / cTrivial.cpuPerRequestMs;
  const concurrentRows = (shape: string, r: ConcurrentReport & { cpuPerRequestMs: number }) => ({
    [`8 connections: ${shape} / trivial, mean latency`]: goal(`GraphQL ${shape} / trivial, 8 connections, mean latency, ${dbName}`, cRatio(r) <= 1.5, `${cRatio(r).toFixed(2)}× (goal ≤ 1.5×), ${r.requests.average.toFixed(0)} req/s`),
    [`8 connections: ${shape} / trivial, server CPU per request`]: goal(`GraphQL ${shape} / trivial, 8 connections, server CPU per request, ${dbName}`, cpuRatio(r) <= 1.5, `${cpuRatio(r).toFixed(2)}× (goal ≤ 1.5×), ${ms(r.cpuPerRequestMs)}`),
  });
  // The size floor of a shape: a page of pods answering as many bytes, its ratios to the trivial query, and the trace's to it.
  const floorRows = (shape: string, floor: { pageSize: number; bytes: number }, times: number[], c: Concurrent, traceTimes: number[], cTraceShape: Concurrent) => ({
    [`size floor of ${shape}: a page of ${floor.pageSize} pods (${kb(floor.bytes)}, no engine work) / trivial, sequential; 8 connections, server CPU`]: `${ratio(times).toFixed(2)}×; ${cpuRatio(c).toFixed(2)}× (${ms(c.cpuPerRequestMs)})`,
    [`${shape} / its size floor, sequential; 8 connections, server CPU`]: `${(median(traceTimes) / median(times)).toFixed(2)}×; ${(cTraceShape.cpuPerRequestMs / c.cpuPerRequestMs).toFixed(2)}×`,
  });
  const failed = [cTrivial, cTrace, cService, cPodFloor, cServiceFloor].reduce((n, r) => n + r.non2xx + r.errors, 0);
  if (failed > 0) missed.push(`GraphQL under 8 connections: ${failed} failed requests`);
  return {
    'store the topology': ms(storeMs),
    'first trace over GraphQL (loads + compiles)': ms(coldMs),
    'trivial GraphQL query, median': ms(median(trivialTimes)),
    'trace pod → pod over GraphQL, median': ms(median(traceTimes)),
    'trace pod → Service over GraphQL, median': ms(median(serviceTimes)),
    'pod → pod / trivial, sequential (median)': goal(`GraphQL pod → pod / trivial, sequential, ${dbName}`, ratio(traceTimes) <= 1.5, `${ratio(traceTimes).toFixed(2)}× (goal ≤ 1.5×)`),
    'pod → Service / trivial, sequential (median)': goal(`GraphQL pod → Service / trivial, sequential, ${dbName}`, ratio(serviceTimes) <= 1.5, `${ratio(serviceTimes).toFixed(2)}× (goal ≤ 1.5×)`),
    '8 connections: trivial': `${meanLatency(cTrivial).toFixed(2)} ms mean latency (8 / throughput), ${cTrivial.requests.average.toFixed(0)} req/s, ${ms(cTrivial.cpuPerRequestMs)} of server CPU per request (client ${ms(cTrivial.clientCpuMs / Math.max(1, cTrivial.requests.total))})`,
    ...concurrentRows('pod → pod', cTrace),
    ...concurrentRows('pod → Service', cService),
    'answer size: pod → pod / pod → Service, mean': `${kb(podBytes)} / ${kb(serviceBytes)} (trivial: ${Buffer.byteLength(TRIVIAL_ANSWER)} bytes)`,
    ...floorRows('pod → pod', podFloor, podFloorTimes, cPodFloor, traceTimes, cTrace),
    ...floorRows('pod → Service', serviceFloor, serviceFloorTimes, cServiceFloor, serviceTimes, cService),
    'stamp check (what a Postgres server does per request), median': ms(median(stampTimes)),
    ...jit,
    'cold load of the stored topology (fresh repository)': goal(`cold load, ${dbName}`, loadMs < 5000, `${ms(loadMs)} wall, ${ms((loadCpu.user + loadCpu.system) / 1000)} CPU (goal < 5 s)`),
    'compile the loaded topology': ms(compiled.ms),
    database: db.kind === 'embedded' ? 'embedded PGlite, in this process (its memory counts in the RSS)' : db.description,
    'heap after the run (topology, snapshot, server)': goal('heap', heapUsed < 2 ** 30, `${mb(heapUsed)} (goal < 1 GB)`),
    'process RSS after the run': `${mb(rss)}${db.kind === 'embedded' ? ' (includes the embedded database)' : ''}`,
  };
}

/**
 * graphql-js `execute` vs graphql-jit's compiled query for the trace shapes, in-process (no HTTP, no Apollo), on the
 * server's own schema and resolvers: how much of a trace's GraphQL cost a precompiled executor would remove.
 */
async function jitComparison(app: Awaited<ReturnType<typeof createApp>>, queries: [string, string[]][], cold: string[]): Promise<Record<string, string>> {
  // The server's resolvers in full: without the enum resolvers every StepType ('originate', …) failed to serialize, so both
  // executors built error answers, and graphql-jit's error path is the slow one (it measured jit 2.6× slower on pod → Service).
  const schema: GraphQLSchema = createSchema();
  const contextValue: GraphQLContext = { app, topologies: app.forPrincipal(ANONYMOUS), scenarios: app.scenarios(ANONYMOUS), signal: new AbortController().signal, markWrite: () => undefined };
  const n = QUICK ? 200 : 1000;
  // Each run rotates over the shape's distinct questions, as the HTTP figures do.
  const run = async (f: (variables: Record<string, unknown>) => unknown, all: Record<string, unknown>[]): Promise<number> => {
    for (const variables of all) {
      const first = (await f(variables)) as { errors?: unknown };
      if (first.errors) throw new Error(`the in-process query failed: ${JSON.stringify(first.errors).slice(0, 300)}`);
    }
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await f(all[i % all.length]!);
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const out: Record<string, string> = {};
  for (const [name, bodies] of queries) {
    const parsed = bodies.map((b) => JSON.parse(b) as { query: string; variables: Record<string, unknown> });
    const document: DocumentNode = parse(parsed[0]!.query);
    const all = parsed.map((p) => p.variables);
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile the ${name} query`);
    const plain = await run((variableValues) => execute({ schema, document, variableValues, contextValue }), all);
    const jit = await run((variables) => compiled.query(undefined, contextValue, variables), all);
    out[`${name}: graphql-js execute vs graphql-jit, in-process median`] = `${ms(plain)} vs ${ms(jit)} (${(plain / jit).toFixed(2)}×)`;
  }
  // Each cold pair asked once, by graphql-jit: the cost of a question whose (node, Service) the server has not met yet.
  const coldParsed = cold.map((b) => JSON.parse(b) as { query: string; variables: Record<string, unknown> });
  const coldQuery = compileQuery(schema, parse(coldParsed[0]!.query));
  if (!isCompiledQuery(coldQuery)) throw new Error('graphql-jit cannot compile the pod → Service query');
  const coldTimes: number[] = [];
  for (const { variables } of coldParsed) {
    const t0 = performance.now();
    const result = await coldQuery.query(undefined, contextValue, variables);
    coldTimes.push(performance.now() - t0);
    if (result.errors) throw new Error(`the in-process query failed: ${JSON.stringify(result.errors).slice(0, 300)}`);
  }
  out[`pod → Service, first question for its (node, Service), graphql-jit in-process median of ${cold.length}`] = ms(median(coldTimes));
  return out;
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
    'findConflicts (sort and sweep)': `${goal('findConflicts over ~1M prefixes', sweep.ms < 1000, `${ms(sweep.ms)} (goal < 1 s)`)}, ${sweep.value.findings.length} findings`,
    [`cidr-tools pairwise on a ${sample.length}-prefix sample`]: `${ms(pairwise.ms)} (${overlaps} overlapping pairs)`,
    'cidr-tools pairwise, extrapolated to all prefixes': `${(extrapolated / 3_600_000).toFixed(1)} h`,
    'sweep speed-up over pairwise': goal('conflict sweep speed-up', speedup >= 100, `${Math.round(speedup).toLocaleString('en')}× (goal ≥ 100×)`),
  };
}

function print(title: string, rows: Record<string, string>): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}

/** Generates the topology, compiles it and prints both; the copies are garbage once it returns. */
function compileFigures(): void {
  const gen = timed(generate);
  const topology = gen.value;
  const compile = timed(() => compileSnapshot(topology));
  const heap = process.memoryUsage().heapUsed;
  print(`topology: ${topology.nodes.length} nodes, ${topology.pods.length} pods, ${topology.services.length} services`, {
    generate: ms(gen.ms),
    'compile snapshot': goal('compile snapshot', compile.ms < 5000, `${ms(compile.ms)} (goal < 5 s)`),
    'heap with topology + snapshot': mb(heap),
  });
}

async function main() {
  await runAsDeployed();
  console.log(`k8s-netmodel service benchmark (${QUICK ? 'quick' : 'full'}), Node ${process.version}, ${flagsInEffect().join(' ')} (npm start: ${serverNodeFlags().join(' ')})`);
  compileFigures();
  // Conflicts first, on a fresh heap: after the server section the heap holds the loaded topology and, embedded, the database.
  if (!GRAPHQL_ONLY) print('conflict detection vs pairwise library baseline (same prefixes, same run)', await conflictsRatio());
  print('GraphQL: trace vs trivial query (same server, same run); cold load', await graphqlRatio(generate));
  if (missed.length > 0) {
    console.error(`\nMISSED ${missed.length} goal(s):\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
