import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateTopology } from '../../src/engine/generate';
import type { EndpointSlice, Topology } from '../../src/engine/model/topology';
import { QuestionPool } from '../../src/app/workers/questionPool';
import { INLINE, INLINE_MAX_ENDPOINTS } from '../../src/app/workers/registry';
import { exportTopology } from '../../src/io/exportTopology';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// Issue 17: a question whose work is smaller than the hand-off to a worker (one trace, a DNS lookup) is answered on the event
// loop; everything else still goes to the worker pool, with its timeout and memory limit. Counted, not timed: the pool's
// stats say how many questions it dispatched and how many it answered itself (src/app/workers/registry.ts INLINE).

function generated(): Topology {
  const result = generateTopology({ name: 'dispatch', nodes: 6, podsPerNode: 10, services: 4, endpointsPerService: 3, seed: 5 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

const appService = (t: Topology) => t.services.find((s) => t.endpointSlices.some((e) => e.serviceName === s.name && e.namespace === s.namespace && e.endpoints.length > 0) && s.namespace !== 'kube-system')!;

describe('over the real server: small questions on the event loop, heavy ones on the pool', () => {
  let s: TestServer;
  let topology: Topology;
  beforeAll(async () => {
    s = await startTestServer({ rateLimitPerMinute: 0 });
    topology = generated();
    const r = await fetch(`${s.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exportTopology(topology, 'json') });
    expect(r.status).toBe(201);
  });
  afterAll(() => s.close());

  const counts = () => {
    const { dispatched, inline } = s.app.questions.stats();
    return { dispatched, inline };
  };
  const pod = (i: number) => `pod:${topology.pods[i]!.namespace}/${topology.pods[i]!.name}`;

  // Each row: how one request is answered, and where its question must run.
  const rows: { name: string; where: 'inline' | 'dispatched'; run: () => Promise<unknown> }[] = [
    {
      name: 'GraphQL trace pod → pod',
      where: 'inline',
      run: async () => (await graphql(s.baseUrl, 'query($f: String!, $t: String!) { topology(name: "dispatch") { trace(from: $f, to: $t, port: 80) { trace { disposition } } } }', { f: pod(0), t: pod(topology.pods.length - 1) })).data,
    },
    {
      name: 'GraphQL trace pod → Service',
      where: 'inline',
      run: async () => {
        const svc = appService(topology);
        return (await graphql(s.baseUrl, 'query($f: String!, $t: String!, $p: Int) { topology(name: "dispatch") { trace(from: $f, to: $t, port: $p) { trace { disposition } } } }', { f: pod(0), t: `svc:${svc.namespace}/${svc.name}`, p: svc.ports[0]!.port })).data;
      },
    },
    {
      name: 'REST reachability',
      where: 'inline',
      run: async () => (await fetch(`${s.baseUrl}/api/v1/topologies/dispatch/reachability?from=${encodeURIComponent(pod(1))}&to=${encodeURIComponent(pod(2))}&port=80`)).status,
    },
    {
      name: 'REST DNS lookup',
      where: 'inline',
      run: async () => (await fetch(`${s.baseUrl}/api/v1/topologies/dispatch/dns?name=kubernetes.default.svc.cluster.local`)).status,
    },
    { name: 'REST conflicts', where: 'dispatched', run: async () => (await fetch(`${s.baseUrl}/api/v1/topologies/dispatch/conflicts`)).status },
    {
      name: 'GraphQL reachability matrix by node',
      where: 'dispatched',
      run: async () => (await graphql(s.baseUrl, '{ topology(name: "dispatch") { reachabilityMatrix(groupBy: NODE) { tracesRun } } }')).data,
    },
    { name: 'REST capacity', where: 'dispatched', run: async () => (await fetch(`${s.baseUrl}/api/v1/topologies/dispatch/capacity`)).status },
  ];

  test.each(rows)('$name: $where', async ({ where, run }) => {
    const before = counts();
    const answer = await run();
    expect(answer).toBeTruthy();
    if (typeof answer === 'number') expect(answer).toBe(200);
    const after = counts();
    expect({ dispatched: after.dispatched - before.dispatched, inline: after.inline - before.inline }).toEqual(where === 'inline' ? { dispatched: 0, inline: 1 } : { dispatched: 1, inline: 0 });
  });
});

describe('the bound: a trace to a Service with many endpoints goes to the pool', () => {
  const topology = generated();
  const svc = appService(topology);
  const slice = topology.endpointSlices.find((e) => e.serviceName === svc.name && e.namespace === svc.namespace)!;
  // One Service given more than INLINE_MAX_ENDPOINTS endpoints: copies of its slice (a trace follows one path per endpoint).
  const copies = Math.ceil((INLINE_MAX_ENDPOINTS + 1) / slice.endpoints.length);
  const wide: Topology = {
    ...topology,
    endpointSlices: [...topology.endpointSlices, ...Array.from({ length: copies }, (_, i): EndpointSlice => ({ ...slice, name: `${slice.name}-copy-${i}` }))],
  };
  let pool: QuestionPool;
  beforeAll(() => {
    pool = new QuestionPool({ threads: 1, maxMemoryMb: 256, maxMatrixCells: 40_000, maxConnectivityRows: 100_000 });
  });
  afterAll(() => pool.close());

  test.each([
    { name: 'within the bound', subject: topology, inline: true },
    { name: `one Service past ${INLINE_MAX_ENDPOINTS} endpoints`, subject: wide, inline: false },
  ])('$name: inline $inline', async ({ subject, inline }) => {
    expect(INLINE.trace?.(subject)).toBe(inline);
    const before = pool.stats();
    const p = subject.pods[0]!;
    const answer = await pool.ask('trace', subject, { from: `pod:${p.namespace}/${p.name}`, to: `svc:${svc.namespace}/${svc.name}`, port: svc.ports[0]!.port });
    expect(answer.trace?.disposition).toBe('DELIVERED');
    const after = pool.stats();
    expect({ dispatched: after.dispatched - before.dispatched, inline: after.inline - before.inline }).toEqual(inline ? { dispatched: 0, inline: 1 } : { dispatched: 1, inline: 0 });
  });
});
