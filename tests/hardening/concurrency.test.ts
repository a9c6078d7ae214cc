import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

// Optimistic concurrency over the real HTTP server (docs/API.md "Versions"): every write names the version it was based
// on, the repository's `UPDATE … WHERE version = $n` lets exactly one writer per version through, and the rest get 409 /
// CONFLICT. Runs on PGlite (one connection, writes queue) and, with DATABASE_URL, on Postgres (a pool: the writers
// really overlap), so both kinds of interleaving are covered.

const WRITERS = 16;
const ROUNDS = 3;

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0 });
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

/** The small document with its description replaced: the one field that tells the writers' versions apart. */
function documentBy(name: string, description: string): string {
  return smallDocument(name).replace('description: two nodes, one subnet', `description: ${description}`);
}

function rest(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${ts.baseUrl}/api/v1${path}`, init);
}

function put(name: string, description: string, ifMatch?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/yaml' };
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  return rest(`/topologies/${name}`, { method: 'PUT', headers, body: documentBy(name, description) });
}

async function stored(name: string): Promise<{ version: number; description: string; nodes: string[]; etag: string | null }> {
  const response = await rest(`/topologies/${name}`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { version: number; description: string; nodes: { name: string }[] };
  return { version: body.version, description: body.description, nodes: body.nodes.map((n) => n.name), etag: response.headers.get('etag') };
}

interface Outcome {
  status: number;
  body: { version?: number; code?: string; expectedVersion?: number; actualVersion?: number };
}

async function outcome(response: Response): Promise<Outcome> {
  return { status: response.status, body: (await response.json()) as Outcome['body'] };
}

describe('concurrent writers to one topology', () => {
  test(`REST: ${WRITERS} parallel PUTs with one If-Match: one 200 per version, the rest 409, the winner's document stored`, async () => {
    assert.equal((await put('race', 'created')).status, 201);
    for (let round = 1; round <= ROUNDS; round++) {
      const results = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => put('race', `writer-${round}-${i}`, `"${round}"`).then(outcome)),
      );
      const winners = results.flatMap((r, i) => (r.status === 200 ? [i] : []));
      assert.equal(winners.length, 1, `round ${round}: exactly one writer wins, got statuses ${results.map((r) => r.status).join(',')}`);
      const winner = winners[0]!;
      assert.equal(results[winner]!.body.version, round + 1);
      for (const [i, r] of results.entries()) {
        if (i === winner) continue;
        assert.equal(r.status, 409, `round ${round} writer ${i}`);
        assert.equal(r.body.code, 'CONFLICT');
        assert.equal(r.body.expectedVersion, round);
        // The loser learns the version that beat it, so it can re-read and retry.
        assert.equal(r.body.actualVersion, round + 1);
      }
      const now = await stored('race');
      assert.deepEqual([now.version, now.description, now.etag], [round + 1, `writer-${round}-${winner}`, `"${round + 1}"`]);
    }
  });

  test(`GraphQL: ${WRITERS} parallel importTopology(replace, ifVersion): one result per version, the rest CONFLICT`, async () => {
    assert.equal((await put('race', 'created')).status, 201);
    const mutation = `mutation($document: String!, $v: Int!) {
      importTopology(document: $document, replace: true, ifVersion: $v) { created topology { version description } }
    }`;
    type Result = { importTopology: { created: boolean; topology: { version: number; description: string } } };
    for (let round = 1; round <= ROUNDS; round++) {
      const results = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => graphql<Result>(ts.baseUrl, mutation, { document: documentBy('race', `gql-${round}-${i}`), v: round })),
      );
      const winners = results.flatMap((r, i) => (r.data?.importTopology ? [i] : []));
      assert.equal(winners.length, 1, `round ${round}: exactly one writer wins`);
      const won = results[winners[0]!]!.data!.importTopology;
      assert.deepEqual([won.created, won.topology.version, won.topology.description], [false, round + 1, `gql-${round}-${winners[0]}`]);
      for (const [i, r] of results.entries()) {
        if (i === winners[0]) continue;
        assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT', `round ${round} writer ${i}: ${JSON.stringify(r.errors)}`);
        assert.equal(r.errors?.[0]?.extensions?.expectedVersion, round);
      }
      assert.equal((await stored('race')).description, `gql-${round}-${winners[0]}`);
    }
  });

  test('read-modify-write loops lose no update: every writer adds its own node, retrying on 409', async () => {
    // The classic lost update: two writers read version v, both add something, the second write would erase the first.
    // With If-Match the second gets 409 and re-reads, so at the end every writer's node is there and the version went up
    // once per successful write — the state of one serial order of the same writes.
    assert.equal((await put('shared', 'created')).status, 201);
    const writers = 8;
    const addNode = async (w: number): Promise<{ version: number; attempts: number }> => {
      for (let attempt = 1; attempt <= 50; attempt++) {
        // Version first, document second: if the document is newer than the version, the PUT below is stale and gets 409.
        const { version } = await stored('shared');
        const list = (await (await rest('/topologies/shared/export?format=json')).json()) as { items: unknown[] };
        list.items.push({
          apiVersion: 'v1',
          kind: 'Node',
          metadata: { name: `extra-${w}` },
          spec: { podCIDRs: [`10.244.${10 + w}.0/24`] },
          status: { addresses: [{ type: 'InternalIP', address: `10.100.0.${10 + w}` }] },
        });
        const response = await rest('/topologies/shared', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
          body: JSON.stringify(list),
        });
        if (response.status === 200) return { version: ((await response.json()) as { version: number }).version, attempts: attempt };
        assert.equal(response.status, 409, `writer ${w}: ${await response.text()}`);
        await response.arrayBuffer().catch(() => undefined);
      }
      throw new Error(`writer ${w} never got through`);
    };
    const results = await Promise.all(Array.from({ length: writers }, (_, w) => addNode(w)));
    assert.deepEqual(
      results.map((r) => r.version).sort((a, b) => a - b),
      Array.from({ length: writers }, (_, i) => i + 2),
      'each version from 2 to 9 was written by exactly one writer',
    );
    // Otherwise the writers ran one after another and this proved nothing.
    assert.ok(results.reduce((sum, r) => sum + r.attempts, 0) > writers, 'the writers collided at least once');
    const final = await stored('shared');
    assert.equal(final.version, writers + 1);
    assert.deepEqual(
      final.nodes.filter((n) => n.startsWith('extra-')).sort(),
      Array.from({ length: writers }, (_, w) => `extra-${w}`),
      'no writer’s node was lost',
    );
  });

  test('parallel creates of one name: one 201, the rest 409', async () => {
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        rest('/topologies', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: documentBy('fresh', `creator-${i}`) }).then(outcome),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.status).sort(),
      [201, ...Array.from({ length: WRITERS - 1 }, () => 409)],
    );
    const winner = results.findIndex((r) => r.status === 201);
    assert.deepEqual([(await stored('fresh')).version, (await stored('fresh')).description], [1, `creator-${winner}`]);
    const list = (await (await rest('/topologies')).json()) as { items: { name: string }[] };
    assert.deepEqual(list.items.map((i) => i.name), ['fresh'], 'losers stored nothing');
  });

  test('DELETE and PUT racing on one version: exactly one succeeds and the final state is that one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await ts.reset();
      assert.equal((await put('contested', 'created')).status, 201);
      const requests = Array.from({ length: 8 }, (_, i) => [
        rest('/topologies/contested', { method: 'DELETE', headers: { 'if-match': '"1"' } }).then((r) => ({ kind: 'delete', i, status: r.status })),
        put('contested', `putter-${i}`, '"1"').then((r) => ({ kind: 'put', i, status: r.status })),
      ]).flat();
      const results = await Promise.all(requests);
      const winners = results.filter((r) => r.status === 200 || r.status === 204);
      assert.equal(winners.length, 1, `round ${round}: ${JSON.stringify(results)}`);
      // Losers are stale (409) or, after the delete won, find nothing to match (404); never a 5xx.
      for (const r of results) if (r !== winners[0]) assert.ok(r.status === 409 || r.status === 404, JSON.stringify(r));
      const after = await rest('/topologies/contested');
      if (winners[0]!.kind === 'delete') {
        assert.equal(after.status, 404);
      } else {
        const body = (await after.json()) as { version: number; description: string };
        assert.deepEqual([body.version, body.description], [2, `putter-${winners[0]!.i}`]);
      }
    }
  });
});
