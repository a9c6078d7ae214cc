import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { DEFAULT_PAGE, MAX_PAGE } from '../../src/api/graphql/connections';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// Issue 12: the lists that can be large are Relay connections. Paging with first/after must visit every item of the
// REST answer's list exactly once and in its order, with totalCount the list's length and hasNextPage false only on the
// last page; bad paging arguments are BAD_USER_INPUT naming the argument.
const ROOT = join(__dirname, '..', '..');
const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
  // 40 nodes × 12 pods and 150 Services: more than one default page (100) of each.
  const generated = generateTopology({ nodes: 40, podsPerNode: 12, services: 150, subnets: 2, name: 'big', seed: 7 });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  const documents = [
    exportTopology(generated.topology, 'json'),
    example('shop-policies.yaml'),
    // A service range of 10.96.0.0/12 and a cluster CIDR of 10.100.0.0/16 both swallow the 10.100.0.0/24 node subnet, and
    // the nodes' pod CIDRs fall outside the cluster CIDR: 5 findings.
    example('seed-routed.yaml').replace('- 10.96.0.0/16', '- 10.96.0.0/12').replaceAll('172.17.0.0/16', '10.100.0.0/16').replace(/^ {2}name: .*$/m, '  name: conflicting'),
  ];
  for (const d of documents) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: d });
    expect([200, 201]).toContain(r.status);
  }
});
afterAll(async () => {
  await ts.close();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, unknown> }[];
}

interface Case {
  readonly name: string;
  /** The query with `%s` where the connection field's selection goes; variables $first and $after are declared by it. */
  readonly query: string;
  readonly at: readonly string[];
  readonly first: number;
  /** The REST list the pages must add up to, as the keys the node selection gives. */
  readonly rest: () => Promise<string[]>;
  readonly key: (node: Record<string, unknown>) => string;
}

const getJson = async <T>(path: string): Promise<T> => (await (await fetch(`${ts.baseUrl}/api/v1${path}`)).json()) as T;
const ref = (n: Record<string, unknown>) => `${String(n.namespace)}/${String(n.name)}`;

const CASES: readonly Case[] = [
  {
    name: 'pods of a 480-pod topology, 100 at a time',
    query: 'query($first: Int, $after: String) { topology(name: "big") { pods(first: $first, after: $after) { %s } } }',
    at: ['topology', 'pods'],
    first: 100,
    rest: async () => (await getJson<{ pods: { namespace: string; name: string }[] }>('/topologies/big')).pods.map((p) => `${p.namespace}/${p.name}`),
    key: ref,
  },
  {
    name: 'pods of one node, 5 at a time (filters and paging together)',
    query: 'query($first: Int, $after: String) { topology(name: "big") { pods(node: "node-00", first: $first, after: $after) { %s } } }',
    at: ['topology', 'pods'],
    first: 5,
    rest: async () => (await getJson<{ pods: { namespace: string; name: string; nodeName: string }[] }>('/topologies/big')).pods.filter((p) => p.nodeName === 'node-00').map((p) => `${p.namespace}/${p.name}`),
    key: ref,
  },
  {
    name: 'services, 64 at a time',
    query: 'query($first: Int, $after: String) { topology(name: "big") { services(first: $first, after: $after) { %s } } }',
    at: ['topology', 'services'],
    first: 64,
    rest: async () => (await getJson<{ services: { namespace: string; name: string }[] }>('/topologies/big')).services.map((s) => `${s.namespace}/${s.name}`),
    key: ref,
  },
  {
    name: 'conflict findings, 1 at a time',
    query: 'query($first: Int, $after: String) { topology(name: "conflicting") { conflicts { findings(first: $first, after: $after) { %s } } } }',
    at: ['topology', 'conflicts', 'findings'],
    first: 1,
    rest: async () => (await getJson<{ findings: { kind: string; message: string }[] }>('/topologies/conflicting/conflicts')).findings.map((f) => `${f.kind} ${f.message}`),
    key: (n) => `${String(n.kind)} ${String(n.message)}`,
  },
  {
    name: 'pod-level allowed connections, 7 at a time',
    query: 'query($first: Int, $after: String) { topology(name: "shop-policies") { connectivity(level: POD) { connections(first: $first, after: $after) { %s } } } }',
    at: ['topology', 'connectivity', 'connections'],
    first: 7,
    rest: async () => (await getJson<{ connections: { from: string; to: string; allowed: string }[] }>('/topologies/shop-policies/connectivity?level=pod')).connections.map((c) => `${c.from} → ${c.to} ${c.allowed}`),
    key: (n) => `${String(n.from)} → ${String(n.to)} ${String(n.allowed)}`,
  },
];

const NODE_SELECTION: Record<string, string> = {
  pods: 'namespace name',
  services: 'namespace name',
  findings: 'kind message',
  connections: 'from to allowed',
};

async function page(c: Case, after: string | null): Promise<Page> {
  const selection = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE_SELECTION[c.at[c.at.length - 1]!]} } }`;
  const r = await graphql(ts.baseUrl, c.query.replace('%s', selection), { first: c.first, after });
  expect(r.errors).toBeUndefined();
  return c.at.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], r.data) as Page;
}

describe('connections page through every item exactly once', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const expected = await c.rest();
    // More than one page, so the cursors are exercised (except where the list is shorter by nature).
    expect(expected.length).toBeGreaterThan(c.first);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(expected.length + 2);
      const p = await page(c, after);
      expect(p.totalCount).toBe(expected.length);
      expect(p.edges.length).toBeLessThanOrEqual(c.first);
      seen.push(...p.edges.map((e) => c.key(e.node)));
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      if (!p.pageInfo.hasNextPage) break;
      expect(p.edges).toHaveLength(c.first);
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  test('an edge\'s cursor resumes right after that edge', async () => {
    const c = CASES[2]!;
    const first = await page(c, null);
    const resumed = await page(c, first.edges[9]!.cursor);
    expect(resumed.edges[0]!.node).toEqual(first.edges[10]!.node);
  });
});

describe('bad paging arguments are BAD_USER_INPUT naming the argument', () => {
  const podsCursor = async () => {
    const r = await graphql<{ topology: { pods: Page } }>(ts.baseUrl, '{ topology(name: "big") { pods(first: 1) { pageInfo { endCursor } } } }');
    return r.data!.topology.pods.pageInfo.endCursor!;
  };
  test.each([
    ['first over the maximum', async () => ({ first: MAX_PAGE + 1 }), ['first']],
    ['a negative first', async () => ({ first: -1 }), ['first']],
    ['a cursor that is not base64 of a position', async () => ({ after: 'not-a-cursor' }), ['after']],
    ['a cursor of another list (pods → services)', async () => ({ after: await podsCursor() }), ['after']],
    ['both at once: both named', async () => ({ first: MAX_PAGE + 1, after: 'x' }), ['first', 'after']],
  ])('%s', async (_name, args, paths) => {
    const r = await graphql(ts.baseUrl, 'query($first: Int, $after: String) { topology(name: "big") { services(first: $first, after: $after) { totalCount } } }', await args());
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path)).toEqual(paths);
  });

  test(`without first, a page holds ${DEFAULT_PAGE} items`, async () => {
    const r = await graphql<{ topology: { pods: Page } }>(ts.baseUrl, '{ topology(name: "big") { pods { totalCount edges { cursor } pageInfo { hasNextPage } } } }');
    expect(r.errors).toBeUndefined();
    expect([r.data!.topology.pods.edges.length, r.data!.topology.pods.totalCount, r.data!.topology.pods.pageInfo.hasNextPage]).toEqual([DEFAULT_PAGE, 480, true]);
  });

  test('first: 0 answers the count alone', async () => {
    const r = await graphql<{ topology: { services: Page } }>(ts.baseUrl, '{ topology(name: "big") { services(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.topology.services).toEqual({ totalCount: 150, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });
});
