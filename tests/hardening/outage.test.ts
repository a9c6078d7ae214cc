import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { smallDocument } from '../fixtures/documents';
import { createPrivatePostgres, postgresBin, type PrivatePostgres } from './helpers/privatePostgres';
import { freePort, spawnServe, statusOf, stop, waitFor, type Served } from './helpers/serve';

// The database comes and goes while `netmodel serve` runs (src/app/app.ts `waitForDatabase`, src/api/server.ts's
// readiness gate): the process starts without it, says so on /readyz, answers requests with a 503 problem that names
// the database — never a 500, never "not found" — and recovers by itself, migrations included, when it returns. The
// Postgres here is a private cluster on its own port (helpers/privatePostgres.ts): stopping the shared one on 5432
// would break every other test file running beside this one. Every wait is bounded (WAIT_MS).

const WAIT_MS = 30_000;
const bin = postgresBin();

interface Problem {
  status: number;
  type: string | null;
  body: { code?: string; detail?: string; errors?: { extensions?: { code?: string } }[] };
}

async function request(served: Served, path: string, init: RequestInit = {}): Promise<Problem> {
  const response = await fetch(`${served.base}${path}`, { ...init, signal: AbortSignal.timeout(90_000) }); // a hang guard, not a speed goal
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? (JSON.parse(text) as Problem['body']) : {} };
}

const gqlList = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ topologies { name } }' }) };

/** Every data route answers 503 problem+json naming the database; health answers; nothing is a 500. */
async function assertUnavailable(served: Served, when: string): Promise<void> {
  assert.equal(served.child.exitCode, null, `${when}: the process is still running`);
  assert.equal(await statusOf(`${served.base}/healthz`), 200, `${when}: /healthz`);
  const ready = await request(served, '/readyz');
  assert.equal(ready.status, 503, `${when}: /readyz`);
  assert.match(ready.body.detail ?? '', /database/, `${when}: /readyz says why`);
  for (const path of ['/api/v1/topologies', '/api/v1/topologies/small', '/api/v1/topologies/small/conflicts']) {
    const r = await request(served, path);
    assert.equal(r.status, 503, `${when}: GET ${path} → ${JSON.stringify(r.body)}`);
    assert.match(r.type ?? '', /application\/problem\+json/, `${when}: GET ${path}`);
    assert.equal(r.body.code, 'SERVICE_UNAVAILABLE', `${when}: GET ${path}`);
    assert.match(r.body.detail ?? '', /database/, `${when}: GET ${path} names the database`);
  }
  const write = await request(served, '/api/v1/topologies', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument('other') });
  assert.equal(write.status, 503, `${when}: a write`);
  // GraphQL: 503 from the readiness gate before the first connection; afterwards the resolver's error, which GraphQL over
  // HTTP answers with 200 and the code (docs/API.md lists GraphQL errors by code only). Never a 500.
  const gql = await request(served, '/graphql', gqlList);
  assert.ok(gql.status === 503 || gql.status === 200, `${when}: GraphQL → ${gql.status} ${JSON.stringify(gql.body)}`);
  const code = gql.body.code ?? gql.body.errors?.[0]?.extensions?.code;
  assert.equal(code, 'SERVICE_UNAVAILABLE', `${when}: GraphQL`);
}

async function waitReady(served: Served, what: string): Promise<void> {
  await waitFor(what, async () => {
    if (served.child.exitCode !== null) throw new Error(`serve exited with ${served.child.exitCode}: ${served.stderr()}`);
    return (await statusOf(`${served.base}/readyz`)) === 200;
  }, WAIT_MS, 200);
}

// The machines this project runs on have PostgreSQL 15 installed (docs/TOOLCHAIN-NOTES.md); without its binaries this suite fails loudly.
test('PostgreSQL server binaries are installed for the outage tests', () => {
  assert.ok(bin !== null, 'no PostgreSQL binaries under /usr/lib/postgresql: install postgresql to run the outage tests');
});

describe('the database goes away and comes back while serve runs', () => {
  let postgres: PrivatePostgres;
  let served: Served;
  /** A server whose database port nobody ever listens on. */
  let closed: Served;

  beforeAll(async () => {
    postgres = createPrivatePostgres(bin!, await freePort());
    const [servePort, closedPort, deadPort] = [await freePort(), await freePort(), await freePort()];
    served = spawnServe({ DATABASE_URL: postgres.url }, servePort);
    closed = spawnServe({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/postgres` }, closedPort);
    for (const s of [served, closed]) {
      await waitFor('serve to listen without its database', async () => {
        if (s.child.exitCode !== null) throw new Error(`serve exited with ${s.child.exitCode}: ${s.stderr()}`);
        return (await statusOf(`${s.base}/healthz`)) === 200;
      }, 60_000, 150);
    }
  });

  afterAll(async () => {
    await Promise.all([served, closed].filter(Boolean).map((s) => stop(s)));
    postgres?.destroy();
  });

  test('down at start: the process listens, /readyz and every request say 503 with the reason', async () => {
    await assertUnavailable(served, 'down at start');
    assert.match(served.stderr(), /starting without the database/);
  });

  test('the database starts: ready within a bounded wait, migrations applied, requests work', async () => {
    postgres.start();
    await waitReady(served, '/readyz 200 after the database started');
    const created = await request(served, '/api/v1/topologies', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument('small') });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const list = await request(served, '/api/v1/topologies');
    assert.deepEqual(list.status, 200);
  });

  test('the database stops (immediate shutdown): 503, not 500 and not 404, while the process stays up', async () => {
    postgres.stop('immediate');
    await waitFor('/readyz 503 after the database stopped', async () => (await statusOf(`${served.base}/readyz`)) === 503, WAIT_MS, 200);
    await assertUnavailable(served, 'stopped while running');
  });

  test('the database starts again: the same process recovers, and the data is there', async () => {
    postgres.start();
    await waitReady(served, '/readyz 200 after the database came back');
    const small = await request(served, '/api/v1/topologies/small');
    assert.equal(small.status, 200, JSON.stringify(small.body));
    const gql = await request(served, '/graphql', gqlList);
    assert.deepEqual(gql.body, { data: { topologies: [{ name: 'small' }] } });
    assert.equal(served.child.exitCode, null, 'never restarted');
  });

  test('a port nobody listens on: after all of the above it still runs and still answers 503', async () => {
    await assertUnavailable(closed, 'closed port');
    assert.doesNotMatch(closed.stderr(), /internal error|unhandled|TypeError|RangeError/i);
  });
});
