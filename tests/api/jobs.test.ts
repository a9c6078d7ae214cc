import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '../../src/app/app';
import { loadConfig, type JobsConfig } from '../../src/app/config';
import { graphql, startTestServer } from '../helpers/server';
import { withoutCacheFigures } from '../helpers/jobs';

// Heavy questions as jobs on pg-boss (src/app/jobs, docs/API.md "Jobs"), over the real HTTP server and the real database:
// the embedded PGlite without DATABASE_URL (pg-boss through the app's own connection), a Postgres schema with it.

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');
const TOPOLOGY = 'calico';

interface JobServer {
  readonly app: App;
  readonly base: string;
  close(): Promise<void>;
}

/** The server as `netmodel serve` builds it (the job queue started), on a test database of its own, with the example. */
async function startJobServer(jobs: Partial<JobsConfig>): Promise<JobServer> {
  const ts = await startTestServer({ jobs: { ...loadConfig({}).jobs, ...jobs } }, {}, { jobs: true });
  const imported = await fetch(`${ts.baseUrl}/api/v1/topologies?name=${TOPOLOGY}`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
  expect(imported.status).toBe(201);
  return { app: ts.app, base: ts.baseUrl, close: () => ts.close() };
}

/** Rows in pg-boss's tables (queued, running, finished and archived jobs), read from the database itself. */
async function jobRows(app: App): Promise<number> {
  const schema = app.jobs.schema!;
  const [row] = await app.db.sql.query<{ n: string }>(`SELECT (SELECT count(*) FROM ${schema}.job) + (SELECT count(*) FROM ${schema}.archive) AS n`);
  return Number(row!.n);
}

interface Job {
  id: string;
  kind: string;
  topology: string;
  state: string;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  topologyVersion: number | null;
  result: unknown;
  problem: { code: string; message: string; problems?: { path: string; message: string }[] } | null;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function submit(base: string, kind: string, input: unknown): Promise<{ response: Response; job: Job }> {
  const response = await fetch(`${base}/api/v1/topologies/${TOPOLOGY}/jobs`, json({ kind, input }));
  return { response, job: (await response.json()) as Job };
}

/** Long-polls until the job finished (each ?wait= answers after at most 30 s; a slow machine may need several). */
async function finished(base: string, id: string): Promise<Job> {
  for (;;) {
    const job = (await (await fetch(`${base}/api/v1/topologies/${TOPOLOGY}/jobs/${id}?wait=30`)).json()) as Job;
    if (['succeeded', 'failed', 'cancelled'].includes(job.state)) return job;
  }
}

describe('jobs: submit, poll, the same answer as the synchronous question', () => {
  let s: JobServer;
  beforeAll(async () => {
    s = await startJobServer({ concurrency: 1 });
  });
  afterAll(async () => {
    await s?.close();
  });

  const cases: { kind: string; input: Record<string, unknown>; sync: (base: string) => Promise<Response> }[] = [
    {
      kind: 'whatIf',
      input: { operations: [{ op: 'addNodes', count: 2, subnet: 'rack-a' }] },
      sync: (base) => fetch(`${base}/api/v1/topologies/${TOPOLOGY}/what-if`, json({ operations: [{ op: 'addNodes', count: 2, subnet: 'rack-a' }] })),
    },
    {
      kind: 'reachabilityMatrix',
      input: { groupBy: 'node', port: 53, protocol: 'udp' },
      sync: (base) => fetch(`${base}/api/v1/topologies/${TOPOLOGY}/reachability-matrix?groupBy=node&port=53&protocol=udp`),
    },
    { kind: 'connectivity', input: { level: 'pod' }, sync: (base) => fetch(`${base}/api/v1/topologies/${TOPOLOGY}/connectivity?level=pod`) },
  ];

  test.each(cases)('$kind: 202 with Location, then succeeded with the synchronous answer', async ({ kind, input, sync }) => {
    const { response, job } = await submit(s.base, kind, input);
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toBe(`/api/v1/topologies/${TOPOLOGY}/jobs/${job.id}`);
    expect(job).toMatchObject({ kind, topology: TOPOLOGY, result: null, problem: null });
    expect(['queued', 'running', 'succeeded']).toContain(job.state);
    const done = await finished(s.base, job.id);
    expect(done).toMatchObject({ state: 'succeeded', attempts: 1, topologyVersion: 1, problem: null });
    expect(done.startedAt).not.toBeNull();
    expect(Date.parse(done.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt!));
    const expected = await sync(s.base);
    expect(expected.status).toBe(200);
    expect(withoutCacheFigures(done.result)).toEqual(withoutCacheFigures(await expected.json()));
  });

  test('scenarioDiff: the stored scenario against its baseline, as POST /scenarios/{name}/diff answers', async () => {
    const created = await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/scenarios`, json({ name: 'grow', operations: [{ op: 'addNodes', count: 1, subnet: 'rack-b' }] }));
    expect(created.status).toBe(201);
    const { response, job } = await submit(s.base, 'scenarioDiff', { scenario: 'grow' });
    expect(response.status).toBe(202);
    const done = await finished(s.base, job.id);
    expect(done.state).toBe('succeeded');
    const expected = await fetch(`${s.base}/api/v1/scenarios/grow/diff`, json({}));
    expect(withoutCacheFigures(done.result)).toEqual(withoutCacheFigures(await expected.json()));
  });

  // Each refused before anything is queued: 400 naming the field, and no row in pg-boss's tables.
  const bad: { name: string; kind: unknown; input: unknown; path: string }[] = [
    { name: 'an operation naming a subnet the topology lacks', kind: 'whatIf', input: { operations: [{ op: 'addNodes', count: 1, subnet: 'rack-z' }] }, path: 'input.operations[0].subnet' },
    { name: 'an operation of no known kind', kind: 'whatIf', input: { operations: [{ op: 'teleport' }] }, path: 'input.operations[0].op' },
    { name: 'operations missing', kind: 'whatIf', input: {}, path: 'input.operations' },
    { name: 'a misspelled field', kind: 'reachabilityMatrix', input: { groupby: 'node' }, path: 'input.groupby' },
    { name: 'an unknown group', kind: 'reachabilityMatrix', input: { groupBy: 'rack' }, path: 'input.groupBy' },
    { name: 'an unknown family', kind: 'reachabilityMatrix', input: { family: 'ipv5' }, path: 'input.family' },
    { name: 'a port that is not an integer', kind: 'reachabilityMatrix', input: { port: 'http' }, path: 'input.port' },
    { name: 'an unknown level', kind: 'connectivity', input: { level: 'cluster' }, path: 'input.level' },
    { name: 'a scenario that does not exist', kind: 'scenarioDiff', input: { scenario: 'nope' }, path: 'input.scenario' },
    { name: 'an unknown kind', kind: 'trace', input: {}, path: 'kind' },
  ];

  test.each(bad)('400 naming $path and nothing queued: $name', async ({ kind, input, path }) => {
    const before = await jobRows(s.app);
    const response = await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs`, json({ kind, input }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { detail: string; errors?: { path: string }[] };
    expect(`${problem.detail} ${JSON.stringify(problem.errors ?? [])}`).toContain(path);
    expect(await jobRows(s.app)).toBe(before);
  });

  test('404: an unknown job, a malformed id, a job read through another topology, an unknown topology', async () => {
    const { job } = await submit(s.base, 'connectivity', {});
    await finished(s.base, job.id);
    const other = await fetch(`${s.base}/api/v1/topologies?name=other`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
    expect(other.status).toBe(201);
    for (const path of [
      `/api/v1/topologies/${TOPOLOGY}/jobs/00000000-0000-4000-8000-000000000000`,
      `/api/v1/topologies/${TOPOLOGY}/jobs/not-a-uuid`,
      `/api/v1/topologies/other/jobs/${job.id}`,
      `/api/v1/topologies/missing/jobs/${job.id}`,
    ]) {
      const response = await fetch(`${s.base}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect((await fetch(`${s.base}/api/v1/topologies/missing/jobs`, json({ kind: 'connectivity', input: {} }))).status).toBe(404);
  });

  test('cancelling a job that already succeeded is a conflict, and it keeps its result', async () => {
    const { job } = await submit(s.base, 'connectivity', {});
    expect((await finished(s.base, job.id)).state).toBe('succeeded');
    const response = await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs/${job.id}`, { method: 'DELETE' });
    expect(response.status).toBe(409);
    expect(((await (await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs/${job.id}`)).json()) as Job).state).toBe('succeeded');
  });
});

describe('jobs over GraphQL: submitJob, job(id), cancelJob', () => {
  let s: JobServer;
  beforeAll(async () => {
    s = await startJobServer({ concurrency: 1 });
  });
  afterAll(async () => {
    await s?.close();
  });

  const JOB = 'id kind topology state attempts createdAt startedAt finishedAt topologyVersion problem { code message problems { path message } }';
  const MATRIX = 'groupBy family groups { name } cells { from to disposition } tracesRun assumptions';

  async function finishedOverGraphql(id: string): Promise<Record<string, unknown>> {
    for (;;) {
      const r = await graphql<{ job: Record<string, unknown> }>(s.base, `query($id: ID!) { job(id: $id) { ${JOB} reachabilityMatrix { ${MATRIX} } diff { summary notes } } }`, { id });
      expect(r.errors).toBeUndefined();
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.data!.job.state as string)) return r.data!.job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  test('a matrix job answers what Topology.reachabilityMatrix answers, and cancelling it then is a conflict', async () => {
    const submitted = await graphql<{ submitJob: { id: string; kind: string; state: string } }>(
      s.base,
      `mutation { submitJob(topology: "${TOPOLOGY}", reachabilityMatrix: { groupBy: NODE, protocol: UDP, port: 53 }) { ${JOB} } }`,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitJob.kind).toBe('REACHABILITY_MATRIX');
    const done = await finishedOverGraphql(submitted.data!.submitJob.id);
    expect(done).toMatchObject({ state: 'SUCCEEDED', attempts: 1, problem: null, diff: null, topologyVersion: 1 });
    const sync = await graphql<{ topology: { reachabilityMatrix: unknown } }>(s.base, `{ topology(name: "${TOPOLOGY}") { reachabilityMatrix(groupBy: NODE, protocol: UDP, port: 53) { ${MATRIX} } } }`);
    expect(done.reachabilityMatrix).toEqual(sync.data!.topology.reachabilityMatrix);
    const cancel = await graphql(s.base, 'mutation($id: ID!) { cancelJob(id: $id) { state } }', { id: done.id });
    expect(cancel.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  test('a what-if job answers the diff of Query.whatIf', async () => {
    const ops = [{ addNodes: { count: 1, subnet: 'rack-a' } }];
    // The sections that do not hold figures of the worker's caches (reused, kube-proxy work), field by field.
    const DIFF = `summary notes diff { summary changes { what subject } assumptions { added removed }
      conflicts { before { error warning info } after { error warning info } added { kind message } removed { kind message } }
      capacity { maxNodes { before after } nodes { before after } pods { capacity { before after } placed { before after } } } }`;
    const submitted = await graphql<{ submitJob: { id: string } }>(s.base, `mutation($ops: [OperationInput!]!) { submitJob(topology: "${TOPOLOGY}", whatIf: { operations: $ops }) { id } }`, { ops });
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitJob.id;
    await finishedOverGraphql(id);
    const done = await graphql<{ job: { state: string; diff: unknown } }>(s.base, `query($id: ID!) { job(id: $id) { state diff { ${DIFF} } } }`, { id });
    expect(done.errors).toBeUndefined();
    expect(done.data!.job.state).toBe('SUCCEEDED');
    const sync = await graphql<{ whatIf: unknown }>(s.base, `query($ops: [OperationInput!]!) { whatIf(topology: "${TOPOLOGY}", operations: $ops) { ${DIFF} } }`, { ops });
    expect(sync.errors).toBeUndefined();
    expect(done.data!.job.diff).toEqual(sync.data!.whatIf);
  });

  const bad: { name: string; args: string; path: string }[] = [
    { name: 'an operation naming a subnet the topology lacks', args: 'whatIf: { operations: $ops }', path: 'whatIf.operations[0].subnet' },
    { name: 'no question', args: '', path: 'whatIf' },
    { name: 'two questions', args: 'whatIf: { operations: $ops }, connectivity: { level: POD }', path: 'connectivity' },
  ];

  test.each(bad)('BAD_USER_INPUT naming $path and nothing queued: $name', async ({ args, path }) => {
    const before = await jobRows(s.app);
    // $ops is declared only where it is used (an unused variable is a validation error of its own).
    const variables = args.includes('$ops') ? '($ops: [OperationInput!]!)' : '';
    const r = await graphql(s.base, `mutation${variables} { submitJob(topology: "${TOPOLOGY}"${args ? `, ${args}` : ''}) { id } }`, args.includes('$ops') ? { ops: [{ addNodes: { count: 1, subnet: 'rack-z' } }] } : {});
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors?.[0])).toContain(path);
    expect(await jobRows(s.app)).toBe(before);
  });

  test('job(id) is null for an id nobody submitted', async () => {
    const r = await graphql(s.base, 'query { job(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ job: null });
  });
});

describe('jobs: cancel, and retention by pg-boss', () => {
  // Concurrency 0: this process accepts jobs but runs none, so a job stays queued until it is cancelled.
  // Retention 1 s: pg-boss's maintenance (every second) archives a finished job after it, then deletes it.
  let s: JobServer;
  beforeAll(async () => {
    s = await startJobServer({ concurrency: 0, retentionSeconds: 1 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('a queued job is cancelled (and cancelling again answers the same), then deleted after the retention', async () => {
    const { response, job } = await submit(s.base, 'whatIf', { operations: [{ op: 'addNodes', count: 1, subnet: 'rack-a' }] });
    expect(response.status).toBe(202);
    expect(job.state).toBe('queued');
    const url = `${s.base}/api/v1/topologies/${TOPOLOGY}/jobs/${job.id}`;
    const cancelled = await fetch(url, { method: 'DELETE' });
    expect(cancelled.status).toBe(200);
    const body = (await cancelled.json()) as Job;
    expect(body).toMatchObject({ state: 'cancelled', attempts: 0, startedAt: null, result: null });
    expect(body.finishedAt).not.toBeNull();
    expect((await (await fetch(url, { method: 'DELETE' })).json()) as Job).toMatchObject({ state: 'cancelled' });
    // No time is asserted: the job is read until pg-boss has deleted it (the hang guard is jest's timeout).
    let status = 200;
    while (status === 200) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await fetch(url)).status;
    }
    expect(status).toBe(404);
    expect(await jobRows(s.app)).toBe(0);
  });

  // Last in this block: once a token exists, every request needs one.
  test('tokens: read scope submits, reads and cancels its own job, not another token\'s (403); a token limited to other topologies sees no job (404)', async () => {
    const reader = (await s.app.auth.create({ name: 'reader', scope: 'read', topologies: [TOPOLOGY] })).token;
    const otherReader = (await s.app.auth.create({ name: 'other-reader', scope: 'read', topologies: [TOPOLOGY] })).token;
    const elsewhere = (await s.app.auth.create({ name: 'elsewhere', scope: 'admin', topologies: ['other'] })).token;
    const as = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    const submitted = await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs`, as(reader, json({ kind: 'connectivity', input: {} })));
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as Job;
    expect((await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs/${id}`)).status).toBe(401);
    for (const path of [`/api/v1/topologies/${TOPOLOGY}/jobs/${id}`, `/api/v1/jobs/${id}`]) {
      expect([path, (await fetch(`${s.base}${path}`, as(elsewhere))).status]).toEqual([path, 404]);
      expect([path, (await fetch(`${s.base}${path}`, as(elsewhere, { method: 'DELETE' }))).status]).toEqual([path, 404]);
    }
    expect((await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs`, as(elsewhere, json({ kind: 'connectivity', input: {} })))).status).toBe(404);
    expect((await fetch(`${s.base}/api/v1/jobs/${id}`, as(reader))).status).toBe(200);
    // Another read token sees the job but may not cancel it: cancelling someone else's job needs the write scope.
    expect((await fetch(`${s.base}/api/v1/jobs/${id}`, as(otherReader))).status).toBe(200);
    expect((await fetch(`${s.base}/api/v1/jobs/${id}`, as(otherReader, { method: 'DELETE' }))).status).toBe(403);
    const cancelled = await fetch(`${s.base}/api/v1/jobs/${id}`, as(reader, { method: 'DELETE' }));
    expect([cancelled.status, ((await cancelled.json()) as Job).state]).toEqual([200, 'cancelled']);
  });
});

describe('jobs: a submitter has at most NETMODEL_MAX_JOBS_PER_TOKEN unfinished jobs', () => {
  // Concurrency 0: nothing runs, so every submitted job stays queued (unfinished) until it is cancelled.
  let s: JobServer;
  beforeAll(async () => {
    s = await startJobServer({ concurrency: 0, maxUnfinishedPerSubmitter: 2 });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the cap refuses the next job with 429 naming the setting, queues nothing, and a cancelled job frees its place', async () => {
    const queued: Job[] = [];
    for (let i = 0; i < 2; i++) {
      const { response, job } = await submit(s.base, 'connectivity', {});
      expect(response.status).toBe(202);
      queued.push(job);
    }
    const before = await jobRows(s.app);
    const refused = await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs`, json({ kind: 'connectivity', input: {} }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
    const problem = (await refused.json()) as { detail: string };
    expect(problem.detail).toContain('NETMODEL_MAX_JOBS_PER_TOKEN');
    expect(await jobRows(s.app)).toBe(before);
    // The same over GraphQL: the error's code is the REST status's.
    const overGraphql = await graphql(s.base, 'mutation { submitJob(topology: "calico", connectivity: {}) { id } }');
    expect(overGraphql.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    expect((await fetch(`${s.base}/api/v1/jobs/${queued[0]!.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await submit(s.base, 'connectivity', {})).response.status).toBe(202);
  });

  // Last in this block: once a token exists, every request needs one.
  test('each token counts its own jobs', async () => {
    const reader = (await s.app.auth.create({ name: 'reader', scope: 'read', topologies: [TOPOLOGY] })).token;
    const withToken: RequestInit = { ...json({ kind: 'connectivity', input: {} }), headers: { 'content-type': 'application/json', authorization: `Bearer ${reader}` } };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${s.base}/api/v1/topologies/${TOPOLOGY}/jobs`, withToken)).status);
    expect(statuses).toEqual([202, 202, 429]);
  });
});
