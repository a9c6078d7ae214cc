import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// graphql-armor's cost estimate multiplies a connection's cost by `first` only when it is a literal; the server applies the
// same estimate to a `first` given as a variable (src/api/graphql/variableCost.ts). With the default limit (20,000), 1000
// pods with two fields each cost 24,377 and 10 cost 246.
const ROOT = join(__dirname, '..', '..');
const MAX_COST = loadConfig({}).graphql.maxCost;
const PODS = (first: string) => `topology(name: "kubeadm-calico") { pods(first: ${first}) { edges { node { namespace name } } } }`;

describe('the cost limit counts a page size given as a variable as the same literal', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
    const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8') });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ts.close();
  });

  // Each shape asked with the literal and with a variable: both refused, with the same estimate (armor's own figure).
  const over = [
    ['a variable', (n: string) => `query($n: Int) { ${PODS(n)} }`, { n: 1000 }, 24377],
    ['a variable\'s default', (n: string) => `query($n: Int = 1000) { ${PODS(n)} }`, {}, 24377],
    ['a variable inside a fragment', (n: string) => `query($n: Int) { ...F } fragment F on Query { ${PODS(n)} }`, { n: 1000 }, 54852.25],
  ] as const;
  test.each(over)('1000 pods asked with %s are refused before execution, as the literal is', async (_name, shape, variables, cost) => {
    for (const [query, vars] of [[shape('1000'), {}], [shape('$n'), variables]] as const) {
      const r = await graphql(ts.baseUrl, query, vars);
      expect(r.status).toBe(400);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0]?.message).toContain(`Query Cost limit of ${MAX_COST} exceeded, found ${cost}.`);
      // The variable's refusal names the argument it read.
      if (query.includes('first: $n')) expect(r.errors?.[0]?.message).toContain('pods(first: $n = 1000)');
    }
  });

  test('only the operation that runs is estimated: another operation of the document, with this request\'s variables, is not', async () => {
    const document = `query Cheap($n: Int) { ${PODS('$n')} } query Costly($n: Int) { ${PODS('$n')} ...F } fragment F on Query { ${PODS('$n')} }`;
    const ask = async (operationName: string, n: number) => {
      const response = await fetch(`${ts.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, operationName, variables: { n } }) });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } };
    };
    // 400 pods: one connection costs under the limit, the other operation's three would not.
    const cheap = await ask('Cheap', 400);
    expect([cheap.status, cheap.body.errors]).toEqual([200, undefined]);
    const costly = await ask('Costly', 400);
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.message).toContain('pods(first: $n = 400)');
  });

  const under = [
    ['a literal', `{ ${PODS('10')} }`, {}],
    ['a variable', `query($n: Int) { ${PODS('$n')} }`, { n: 10 }],
    ['a variable left out (the connection\'s default page)', `query($n: Int) { ${PODS('$n')} }`, {}],
  ] as const;
  test.each(under)('10 pods asked with %s are answered', async (_name, query, variables) => {
    const r = await graphql<{ topology: { pods: { edges: unknown[] } } }>(ts.baseUrl, query, variables);
    expect(r.errors).toBeUndefined();
    expect(r.data!.topology.pods.edges.length).toBeGreaterThan(0);
  });

  test('a page size that is not an integer is refused by variable coercion, naming the variable', async () => {
    const r = await graphql(ts.baseUrl, `query($n: Int) { ${PODS('$n')} }`, { n: 'many' });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('$n');
  });
});
