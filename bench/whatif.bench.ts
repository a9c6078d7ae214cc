/**
 * What-if goals of issue 17 on the generated Kubernetes envelope (`netmodel generate --seed 7 --nodes 5000
 * --pods-per-node 30 --services 10000 --endpoints-per-service 10`): every what-if of the planner's documented
 * examples, with DEFAULT options (every section), in < 2 s wall. Each figure is printed with the CPU time
 * of this process beside the wall time (the machine is shared), and beside same-run baselines:
 *   - the same diff with the capacity and kube-proxy sections off (the "quick" diff);
 *   - the direct kube-proxy count of one node (its own endpoint map, every Service port — what the kube-proxy
 *     section did per node class before), times the nodes of both sides: the old section's cost.
 * "cold" = the first what-if on a freshly loaded baseline (its answers are memoized from then on); "warm" = the
 * same what-if again, as on a server that keeps the baseline cached.
 * Then the same what-ifs as a user sends them: `POST /api/v1/topologies/{name}/what-if` to the real server (worker pool,
 * the topology stored in the embedded PGlite, or in DATABASE_URL's Postgres in a schema of its own), after one trace has
 * loaded the topology into the server's cache; the goal is the same < 2 s wall per request.
 *   npx tsx bench/whatif.bench.ts [--quick]      (exit 1 naming each missed figure)
 */
import type { AddressInfo } from 'node:net';
import { buildServer } from '../src/api/server';
import { createApp } from '../src/app/app';
import { loadConfig } from '../src/app/config';
import { openDatabase } from '../src/store/database';
import { migrate } from '../src/store/migrate';
import { TopologyRepository } from '../src/store/topologyRepository';
import { generateTopology } from '../src/engine/generate';
import { compileSnapshot } from '../src/engine/model/snapshot';
import type { Topology } from '../src/engine/model/topology';
import { applyOperations, diffTopologies, type DiffOptions } from '../src/engine/planner';
import { ruleCountsDirect } from '../src/engine/services/kubeproxy';

const QUICK = process.argv.includes('--quick');
const SIZE = QUICK ? { nodes: 500, services: 1000 } : { nodes: 5000, services: 10000 };
const GOAL_MS = 2000;

interface Timing {
  wall: number;
  cpu: number;
}

function timed<T>(fn: () => T): Timing & { value: T } {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(cpu0);
  return { wall: performance.now() - start, cpu: (c.user + c.system) / 1000, value };
}

const fmt = (t: Timing) => `${(t.wall / 1000).toFixed(2)} s wall, ${(t.cpu / 1000).toFixed(2)} s CPU`;

/** The documented what-ifs over REST against the real server; returns the missed goals. */
async function overRest(base: Topology, examples: [string, unknown[]][]): Promise<string[]> {
  const missed: string[] = [];
  const schema = `whatif_bench_${process.pid}`;
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, schema } : { dataDir: 'memory://' });
  await migrate(db);
  const app = await createApp({ ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0 }, { db });
  const store = performance.now();
  await new TopologyRepository(db.prisma).create(base);
  const server = await buildServer(app, { logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const root = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/api/v1/topologies/${base.name}`;
  try {
    const send = async (path: string, body?: unknown) => {
      const start = performance.now();
      const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      const response = await fetch(`${root}/${path}`, init);
      const text = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 400)}`);
      return { ms: performance.now() - start, bytes: text.length };
    };
    const storedMs = performance.now() - store;
    const [a, b] = [base.pods[0]!, base.pods[base.pods.length - 1]!];
    const first = await send(`trace?${new URLSearchParams({ from: `pod:${a.namespace}/${a.name}`, to: `pod:${b.namespace}/${b.name}` }).toString()}`);
    console.log(`\n## over REST (${process.env.DATABASE_URL ? 'Postgres' : 'embedded PGlite'}, worker pool): store ${(storedMs / 1000).toFixed(2)} s; first trace (loads the topology) ${(first.ms / 1000).toFixed(2)} s`);
    for (const round of ['cold', 'warm'] as const) {
      for (const [name, operations] of examples) {
        const t = await send('what-if', { operations });
        const ok = t.ms < GOAL_MS;
        if (!ok) missed.push(`what-if over REST "${name}" (${round}): ${(t.ms / 1000).toFixed(2)} s wall (goal < 2 s)`);
        console.log(`${round} ${name.padEnd(48)} ${(t.ms / 1000).toFixed(2)} s wall, ${(t.bytes / 1024).toFixed(0)} KB answer ${ok ? 'MET' : 'MISSED'}`);
      }
    }
  } finally {
    await server.close();
    await app.close();
    if (process.env.DATABASE_URL) await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }
  return missed;
}

async function main(): Promise<void> {
  console.log(`k8s-netmodel what-if benchmark (${QUICK ? 'quick' : 'full'}), Node ${process.version}`);
  const gen = timed(() => generateTopology({ name: 'whatif', ...SIZE, podsPerNode: 30, endpointsPerService: 10, seed: 7 }));
  if (!gen.value.ok) throw new Error(JSON.stringify(gen.value.errors));
  const base: Topology = gen.value.topology;
  const compile = timed(() => compileSnapshot(base)); // what the server's cache holds before any what-if
  console.log(`topology: ${base.nodes.length} nodes, ${base.pods.length} pods, ${base.services.length} services, ${base.endpointSlices.reduce((n, s) => n + s.endpoints.length, 0)} endpoints; generate ${fmt(gen)}; compile ${fmt(compile)}`);

  const service = base.services.find((s) => s.namespace !== 'kube-system' && Object.keys(s.selector ?? {}).length > 0)!;
  // docs/PLANNER.md's examples, with this topology's names.
  const examples: [string, unknown[]][] = [
    ['switch overlay vxlan → host-gw', [{ op: 'setCni', overlay: 'host-gw' }]],
    ['change node mask /24 → /25', [{ op: 'setNodeMask', family: 'IPv4', size: 25 }]],
    // The quick topology's cluster CIDR has room for a dozen more /24 blocks only.
    [`add ${QUICK ? 10 : 200} nodes`, [{ op: 'addNodes', count: QUICK ? 10 : 200, subnet: base.underlay.subnets[0]!.name }]],
    ['switch kube-proxy mode → nftables', [{ op: 'setKubeProxy', mode: 'nftables' }]],
    [`scale a Service (${service.namespace}/${service.name} → 20 replicas)`, [{ op: 'scaleService', namespace: service.namespace, name: service.name, replicas: 20 }]],
  ];
  const missed: string[] = [];
  const whatIf = (ops: unknown[], options?: DiffOptions) =>
    timed(() => {
      const r = applyOperations(base, ops as never);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return diffTopologies(base, r.topology, options);
    });

  console.log('\n## what-if = apply + diff, default options (goal < 2 s wall)');
  for (const round of ['cold', 'warm'] as const) {
    for (const [name, ops] of examples) {
      const t = whatIf(ops);
      const k = t.value.kubeProxy!;
      const ok = t.wall < GOAL_MS;
      if (!ok) missed.push(`what-if "${name}" (${round}): ${fmt(t)} (goal < 2 s wall)`);
      console.log(`${round} ${name.padEnd(48)} ${fmt(t)} ${ok ? 'MET' : 'MISSED'}; kube-proxy: ${k.work.nodesCounted} nodes counted, ${k.work.nodesReused} reused, ${k.work.endpointMapsBuilt} endpoint maps; reused: ${t.value.reused.length === 0 ? 'nothing' : t.value.reused.join(', ')}`);
    }
  }

  console.log('\n## same-run baselines');
  for (const [name, ops] of examples.slice(0, 1)) {
    const quick = whatIf(ops, { sections: { capacity: false, kubeProxy: false } });
    console.log(`quick diff (capacity and kube-proxy off), ${name}: ${fmt(quick)}`);
  }
  const sample = base.nodes.filter((_, i) => i % Math.ceil(base.nodes.length / 5) === 0);
  const direct = timed(() => sample.map((n) => ruleCountsDirect(base, n.name)));
  const perNode = direct.cpu / sample.length;
  console.log(`direct kube-proxy count of one node (the old per-class cost): ${(perNode / 1000).toFixed(2)} s CPU; × ${2 * base.nodes.length} nodes of both sides ≈ ${((perNode * 2 * base.nodes.length) / 1000).toFixed(0)} s CPU for the old section`);

  missed.push(...(await overRest(base, examples)));

  if (missed.length > 0) {
    console.error(`\nMISSED ${missed.length} goal(s):\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
