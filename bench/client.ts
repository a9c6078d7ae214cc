/**
 * The client half of bench/service.bench.ts (forked by it, as scripts/load.ts forks scripts/loadClient.ts): the sequential
 * requests and autocannon run here, in a process of their own, so the server's process does server work only and its own
 * CPU usage is the server's cost per request. Each command arrives on the IPC channel and is answered with its result.
 */
import { createRequire } from 'node:module';

export interface GraphqlBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** Sequential rounds: in each round one request of every series, interleaved, each series rotating over its bodies. */
export interface SequentialCommand {
  readonly kind: 'sequential';
  readonly url: string;
  readonly series: readonly (readonly string[])[];
  readonly warmup: number;
  readonly rounds: number;
}

/** autocannon with `connections` connections for `durationS`; every connection cycles through `bodies`. */
export interface ConcurrentCommand {
  readonly kind: 'concurrent';
  readonly url: string;
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly durationS: number;
}

export type ClientCommand = SequentialCommand | ConcurrentCommand;

export interface SequentialReport {
  /** Per series, the wall time of each measured request, ms. */
  readonly times: number[][];
}

/** The part of autocannon's answer used here (the package ships no types). */
export interface ConcurrentReport {
  readonly requests: { total: number; average: number };
  readonly non2xx: number;
  readonly errors: number;
  /** CPU the client used meanwhile (user + system), ms. */
  readonly clientCpuMs: number;
}

const autocannon = createRequire(__filename)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: 'POST'; headers: Record<string, string>; body: string }[];
}) => Promise<ConcurrentReport>;

async function request(url: string, body: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`request failed: ${JSON.stringify(json).slice(0, 400)} for ${body.slice(0, 300)}`);
  return performance.now() - start;
}

async function sequential(c: SequentialCommand): Promise<SequentialReport> {
  // Warm-up covers every body of every series at least once (each answer is checked there), so a question's first-time
  // costs (a node's rule set rendered, a compile) are not in the measured rounds.
  const warm = Math.max(c.warmup, ...c.series.map((s) => s.length));
  for (let i = 0; i < warm; i++) for (const s of c.series) await request(c.url, s[i % s.length]!);
  const times: number[][] = c.series.map(() => []);
  // Interleaved, so drift in the machine's load hits every series alike.
  for (let i = 0; i < c.rounds; i++) for (const [k, s] of c.series.entries()) times[k]!.push(await request(c.url, s[i % s.length]!));
  return { times };
}

async function concurrent(c: ConcurrentCommand): Promise<ConcurrentReport> {
  const cpu = process.cpuUsage();
  const headers = { 'content-type': 'application/json' };
  const r = await autocannon({
    url: c.url,
    connections: c.connections,
    duration: c.durationS,
    requests: c.bodies.map((body) => ({ method: 'POST' as const, headers, body })),
  });
  const used = process.cpuUsage(cpu);
  return { requests: r.requests, non2xx: r.non2xx, errors: r.errors, clientCpuMs: (used.user + used.system) / 1000 };
}

process.on('message', (command: ClientCommand) => {
  (command.kind === 'sequential' ? sequential(command) : concurrent(command)).then(
    (report) => process.send!(report),
    (error) => {
      console.error(error);
      process.exit(70);
    },
  );
});
process.on('disconnect', () => process.exit(0));
