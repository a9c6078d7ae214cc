import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { App } from '../app/app';

/**
 * Prometheus metrics at /metrics: requests and latencies per route (GraphQL per operation name), the topology cache, the
 * database's readiness, and the process's own figures. A registry per server, so tests can run several servers.
 */
export function installMetrics(server: FastifyInstance, app: App): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labels = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'netmodel_http_requests_total', help: 'HTTP requests', labelNames: labels, registers: [registry] });
  const duration = new Histogram({
    name: 'netmodel_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: labels,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cache = new Gauge({ name: 'netmodel_topology_cache_total', help: 'Topology/snapshot cache lookups', labelNames: ['result'], registers: [registry] });
  const ready = new Gauge({ name: 'netmodel_database_ready', help: '1 when migrations are applied and the database answers', registers: [registry] });
  const feed = new Gauge({ name: 'netmodel_change_feed_listening', help: '1 while LISTEN/NOTIFY is connected (Postgres): cached topologies are trusted; 0: stamps are read', registers: [registry] });
  const workers = new Gauge({ name: 'netmodel_question_pool_tasks', help: 'Worker-pool questions: running, queued; recycled workers (timeouts, memory)', labelNames: ['state'], registers: [registry] });
  const pool = new Gauge({ name: 'netmodel_database_pool_connections', help: 'Postgres connection pool: total, idle, waiting clients', labelNames: ['state'], registers: [registry] });

  // Operation names come from clients: only answered requests name one, and at most MAX_OPERATIONS distinct names get a series
  // of their own (prometheus.io "Use labels": no unbounded label values).
  const operations = new Set<string>();
  const operationLabel = (body: unknown, status: number): string => {
    if (status >= 400) return 'graphql';
    const name = graphqlOperation(body);
    if (!operations.has(name) && operations.size >= MAX_OPERATIONS) return 'graphql:other';
    operations.add(name);
    return `graphql:${name}`;
  };

  server.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const operation = route === '/graphql' ? operationLabel(request.body, reply.statusCode) : route;
    const l = { method: request.method, route: operation, status: String(reply.statusCode) };
    requests.inc(l);
    duration.observe(l, reply.elapsedTime / 1000);
  });

  server.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    cache.set({ result: 'hit' }, app.topologies.cache.hits);
    cache.set({ result: 'miss' }, app.topologies.cache.misses);
    ready.set(app.readiness.ready ? 1 : 0);
    const listening = app.changeFeedListening();
    if (listening !== null) feed.set(listening ? 1 : 0);
    const questions = app.questions.stats();
    for (const state of ['running', 'queued', 'recycled'] as const) workers.set({ state }, questions[state]);
    const stats = app.db.poolStats();
    if (stats) for (const [state, value] of Object.entries(stats)) pool.set({ state }, value);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

const MAX_OPERATIONS = 50;

function graphqlOperation(body: unknown): string {
  if (body && typeof body === 'object' && 'operationName' in body && typeof body.operationName === 'string') return body.operationName.slice(0, 64);
  if (body && typeof body === 'object' && 'query' in body && typeof body.query === 'string') {
    const match = /^\s*(query|mutation|subscription)?\s*(\w+)?/.exec(body.query);
    return match?.[2] ?? match?.[1] ?? 'anonymous';
  }
  return 'anonymous';
}
