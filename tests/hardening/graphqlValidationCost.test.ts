import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { documentLimitProblem } from '../../src/api/graphql/tokenLimit';
import { startTestServer, type TestServer } from '../helpers/server';

// GraphQL validation as a CPU sink (issue 16 item 3). graphql-js's OverlappingFieldsCanBeMerged compares every pair of
// fields sharing a response name at one place, through fragments and down their sub-selections
// (graphql/graphql-js src/validation/rules/OverlappingFieldsCanBeMergedRule.ts, "findConflictsWithinSelectionSet"), so
// 900 copies of `nodes { name }` — 3,600 tokens, under the token limit — cost over a second of CPU before any rule refused
// them. Such documents must be refused before Apollo parses and validates them, by the cheap count in tokenLimit.ts.
// No timing here: the cases assert that the refusal comes from that count (its message) and not from graphql-js.

const limits = loadConfig({}).graphql;
const REPEATS = limits.maxFieldRepeats;

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});

async function post(query: string): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${ts.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as never };
}

const fragments = (count: number, body: string) => Array.from({ length: count }, (_, i) => `fragment F${i} on Topology { ${body} }`).join(' ');
const spreads = (count: number) => Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');

describe('documents whose validation would cost a quadratic number of comparisons are refused first', () => {
  const cases: Array<{ name: string; query: string; message: RegExp }> = [
    // The shape: ~3,800 tokens of one repeated selection.
    { name: '900 × nodes { name }', query: `{ topology(name: "a") { ${'nodes { name } '.repeat(900)} } }`, message: /field topology\.nodes is selected more than \d+ times at one place/ },
    { name: '3,000 × one leaf field', query: `{ topology(name: "a") { nodes { ${'name '.repeat(3000)} } } }`, message: /field topology\.nodes\.name is selected more than/ },
    { name: 'repeats through inline fragments', query: `{ topology(name: "a") { ${'... on Topology { nodes { name } } '.repeat(400)} } }`, message: /field topology\.nodes is selected more than/ },
    { name: 'repeats through 300 distinct fragments', query: `{ topology(name: "a") { ${spreads(300)} } } ${fragments(300, 'nodes { name }')}`, message: /field topology\.nodes is selected more than/ },
    { name: 'repeats spread over several parents', query: `{ ${'topology(name: "a") { nodes { name name } } '.repeat(REPEATS)} }`, message: /field topology\.nodes\.name is selected more than/ },
    { name: 'repeats inside an unused fragment', query: `{ topologies { name } } fragment U on Topology { ${'name '.repeat(1000)} }`, message: /field name is selected more than/ },
    { name: 'repeats through nested fragments', query: `{ topology(name: "a") { ...A } } fragment A on Topology { nodes { ...B } } fragment B on Node { ${'... on Node { name } '.repeat(REPEATS + 1)} }`, message: /field topology\.nodes\.name is selected more than/ },
  ];
  test.each(cases)('$name: 400 GRAPHQL_VALIDATION_FAILED from the pre-validation count', async ({ query, message }) => {
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message ?? '').toMatch(message);
    // graphql-armor's and graphql-js's own refusals say "Validation aborted" or name a rule: this one is the count.
    expect(body.errors?.[0]?.message ?? '').not.toMatch(/aborted/);
  });

  test('the same count guards GET /graphql', async () => {
    const query = `{ topology(name: "a") { ${'nodes { name } '.repeat(50)} } }`;
    const response = await fetch(`${ts.baseUrl}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/selected more than/);
  });
});

describe('ordinary documents pass', () => {
  const ok: Array<{ name: string; query: string }> = [
    { name: `a field selected ${REPEATS} times (the limit) in one place`, query: `{ topologies { ${'name '.repeat(REPEATS)} } }` },
    { name: 'the same field through a fragment and directly', query: '{ topologies { name ...S } } fragment S on TopologySummary { name version }' },
    { name: 'the full introspection query', query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) },
    {
      name: 'fifteen aliased topologies with their nodes, pods and services',
      query: `{ ${Array.from({ length: 15 }, (_, i) => `t${i}: topology(name: "a") { nodes { name internalIPs subnetName podCIDRs pods { name ips namespace } } services { edges { node { name namespace type clusterIPs } } } }`).join(' ')} }`,
    },
  ];
  test.each(ok)('$name: answered', async ({ query }) => {
    const { status, body } = await post(query);
    expect(status).toBe(200);
    expect(body.errors).toBe(undefined);
  });
});

describe('the count itself', () => {
  test('fields are counted once per place a fragment is spread, so nested spreads cannot hide a large document', () => {
    // Each level doubles: F0 is spread twice in F1, F1 twice in F2 … F10 holds 2^10 = 1,024 copies of F0's two fields.
    const chain = Array.from({ length: 10 }, (_, i) => `fragment F${i + 1} on Topology { ...F${i} ... on Topology { ...F${i} } }`).join(' ');
    const query = `{ t1: topology(name: "a") { ...F10 } } fragment F0 on Topology { name version } ${chain}`;
    expect(documentLimitProblem(query, { ...limits, maxFieldRepeats: 10_000 })).toMatch(/selects more than 2000 fields/);
  });

  test('the field limit applies as configured', () => {
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `t${i}: topology(name: "a") { name version }`).join(' ')} }`;
    // 15 × (topology, name, version) = 45 fields.
    expect(documentLimitProblem(query, { ...limits, maxFields: 45 })).toBe(null);
    expect(documentLimitProblem(query, { ...limits, maxFields: 44 })).toMatch(/selects more than 44 fields/);
  });

  test('the token limit comes first, and a document that does not parse is left to Apollo', () => {
    expect(documentLimitProblem('{ a }'.repeat(10), { ...limits, maxTokens: 29 })).toMatch(/token limit of 29 exceeded/);
    expect(documentLimitProblem('{ topologies { name ', limits)).toBe(null);
  });

  test('a fragment cycle is left to graphql-js (NoFragmentCycles) without looping', () => {
    expect(documentLimitProblem('{ topology(name: "a") { ...A } } fragment A on Topology { name ...B } fragment B on Topology { ...A }', limits)).toBe(null);
  });
});
