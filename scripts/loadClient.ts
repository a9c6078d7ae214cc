/**
 * The client half of `npm run load` (scripts/load.ts forks it): autocannon for each request kind and the writers' loops,
 * in a process of its own, so the figures are the server's — the client's parsing and bookkeeping do not share the
 * server's event loop. It receives a ClientPlan on the IPC channel, answers with a ClientReport, and exits.
 */
import { createRequire } from 'node:module';

/** The part of autocannon's API used here (the package ships no types). */
export interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: LoadRequest[];
}

export interface ClientPlan {
  /** Servers to spread the load over (one per replica): each kind's connections are split between them. */
  readonly bases: readonly string[];
  readonly kinds: readonly { name: string; request: LoadRequest }[];
  readonly connectionsPerKind: number;
  readonly durationS: number;
  readonly writers: number;
  /** The writers' small topology (YAML) and its name. */
  readonly writeName: string;
  readonly writeDocument: string;
}

export interface WriterStats {
  attempts: number;
  byStatus: Record<number, number>;
  latencies: number[];
}

export interface ClientReport {
  /** Per kind, per base (bases in plan order). */
  readonly results: AutocannonResult[][];
  readonly writes: WriterStats;
  /** CPU the client process used (user + system), ms: it runs on the same cores as the server. */
  readonly cpuMs: number;
}

const autocannon = createRequire(__filename)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

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

async function run(plan: ClientPlan): Promise<ClientReport> {
  const cpu = process.cpuUsage();
  const deadline = Date.now() + plan.durationS * 1000;
  const writes: WriterStats = { attempts: 0, byStatus: {}, latencies: [] };
  const perBase = Math.max(1, Math.floor(plan.connectionsPerKind / plan.bases.length));
  const [results] = await Promise.all([
    Promise.all(
      plan.kinds.map((kind) =>
        Promise.all(plan.bases.map((url) => autocannon({ url, connections: perBase, duration: plan.durationS, timeout: 30, requests: [kind.request] }))),
      ),
    ),
    // Writers are spread over the replicas (writer i on replica i mod N): their If-Match races are decided by the one database.
    Promise.all(Array.from({ length: plan.writers }, (_, i) => writer(plan.bases[i % plan.bases.length]!, plan.writeName, plan.writeDocument, deadline, writes))),
  ]);
  const used = process.cpuUsage(cpu);
  return { results, writes, cpuMs: (used.user + used.system) / 1000 };
}

process.once('message', (plan: ClientPlan) => {
  run(plan).then(
    (report) => process.send!(report, () => process.exit(0)),
    (error) => {
      console.error(error);
      process.exit(70);
    },
  );
});
