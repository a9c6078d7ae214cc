/**
 * NetworkPolicy through all three interfaces on the real server: connectivity (REST, GraphQL and the CLI's --file
 * form answer the same data), a trace that ends DENIED naming the policy, the flannel topology whose policies are
 * reported as not enforced, and the example exported back from the database as it was imported.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { asEngineStrings } from '../helpers/graphqlEnums';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'shop-policies.yaml'), 'utf8');
const FLANNEL = EXAMPLE.replace('name: shop-policies', 'name: shop-flannel').replace('plugin: calico', 'plugin: flannel');

let ts: TestServer;
let work: string;

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: () => undefined }, {});
  return { code, out };
}

beforeAll(async () => {
  ts = await startTestServer();
  work = mkdtempSync(join(tmpdir(), 'netmodel-netpol-'));
  writeFileSync(join(work, 'shop.yaml'), EXAMPLE);
  for (const body of [EXAMPLE, FLANNEL]) {
    const response = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body });
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await ts.close();
  rmSync(work, { recursive: true, force: true });
});

describe('connectivity', () => {
  test('REST, GraphQL and the CLI give the same list; it holds what the example\'s policies allow', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/connectivity`)).json()) as { connections: unknown[]; assumptions: string[]; enforced: boolean };
    // connections is a Relay connection: one page of 100 holds the example's list (totalCount says how many).
    const gql = await graphql<{ topology: { connectivity: { connections: { totalCount: number; edges: { node: unknown }[] } } & Record<string, unknown> } }>(
      ts.baseUrl,
      '{ topology(name: "shop-policies") { connectivity { level namespace enforced assumptions connections(first: 100) { totalCount edges { node { from fromKind to toKind allowed } } } } } }',
    );
    const file = await cli(['connectivity', '-f', join(work, 'shop.yaml'), '-o', 'json']);
    expect(file.code).toBe(0);
    const fromCli = JSON.parse(file.out) as unknown;
    expect(gql.errors).toBeUndefined();
    const { connections, ...rest0 } = gql.data!.topology.connectivity;
    expect(connections.totalCount).toBe(rest.connections.length);
    expect(asEngineStrings({ ...rest0, connections: connections.edges.map((e) => e.node) }, { level: 'ConnectivityLevel' })).toEqual(rest);
    expect(fromCli).toEqual(rest);
    expect(rest.enforced).toBe(true);
    expect(rest.connections).toContainEqual({ from: 'ingress-nginx/ingress-nginx-1', fromKind: 'Pod', to: 'shop/web-1', toKind: 'Pod', allowed: 'TCP 8080' });
    expect(rest.connections).toContainEqual({ from: 'shop/api-1', fromKind: 'Pod', to: 'billing/billing-1', toKind: 'Pod', allowed: 'TCP 8443' });
    expect(rest.connections).toContainEqual({ from: 'billing/billing-1', fromKind: 'Pod', to: 'kube-system/coredns-1', toKind: 'Pod', allowed: 'TCP 53,UDP 53' });
    // Workload level lists allowed connections only: web-1 → billing-1 is not there.
    expect(rest.connections).not.toContainEqual(expect.objectContaining({ from: 'shop/web-1', to: 'billing/billing-1' }));
  });

  test('pod level lists every ordered pair, No Connections included; -o txt prints netpol-analyzer lines', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/connectivity?level=pod&namespace=billing`)).json()) as { connections: { from: string; to: string; allowed: string }[] };
    expect(rest.connections).toContainEqual(expect.objectContaining({ from: 'shop/web-1', to: 'billing/billing-1', allowed: 'No Connections' }));
    const txt = await cli(['connectivity', '-f', join(work, 'shop.yaml'), '--namespace', 'billing']);
    expect(txt.code).toBe(0);
    expect(txt.out.split('\n')).toContain('shop/api-1[Pod] => billing/billing-1[Pod] : TCP 8443');
  });

  test('a bad level is refused naming the argument (GraphQL: by the ConnectivityLevel enum)', async () => {
    const gql = await graphql(ts.baseUrl, 'query($l: ConnectivityLevel) { topology(name: "shop-policies") { connectivity(level: $l) { level } } }', { l: 'namespace' });
    expect(gql.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(gql.errors?.[0]?.message).toContain('"ConnectivityLevel"');
    const rest = await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/connectivity?level=namespace`);
    expect(rest.status).toBe(400);
  });
});

describe('traces and findings', () => {
  test('web → billing through its ClusterIP ends DENIED at billing\'s ingress, naming the isolating policies', async () => {
    const q = new URLSearchParams({ from: 'pod:shop/web-1', to: 'svc:billing/billing' });
    const body = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/trace?${q}`)).json()) as {
      trace: { disposition: string; hops: { node: string; steps: { type: string; action: string; detail: { policy?: Record<string, unknown> } }[] }[] };
    };
    expect(body.trace.disposition).toBe('DENIED');
    const last = body.trace.hops.at(-1)!;
    expect(last.node).toBe('node-3');
    expect(last.steps.at(-1)).toMatchObject({
      type: 'policy',
      action: 'DENIED',
      detail: { policy: { direction: 'Ingress', verdict: 'denied', enforced: true, isolatedBy: ['billing/default-deny', 'billing/allow-from-shop-api'] } },
    });
  });

  // The policy steps over GraphQL: direction, verdict and deciding tier are enums (issue 12), built from the engine's lists;
  // in the engine's spelling they are REST's policy details, step for step. Cases: billing's default-deny isolates its
  // ingress (NetworkPolicy tier, denied); ingress-nginx → web is allowed by shop's allow-from-ingress rule.
  test.each([
    ['web → billing: denied by isolation', 'pod:shop/web-1', 'svc:billing/billing', null, { direction: 'Ingress', verdict: 'DENIED', decidedIn: 'NetworkPolicy' }],
    ['ingress-nginx → web: allowed by a NetworkPolicy rule', 'pod:ingress-nginx/ingress-nginx-1', 'pod:shop/web-1', 8080, { direction: 'Ingress', verdict: 'ALLOWED', decidedIn: 'NetworkPolicy' }],
  ])('%s: GraphQL\'s typed policy steps are REST\'s', async (_name, from, to, port, lastIngress) => {
    const query = new URLSearchParams({ from, to, ...(port === null ? {} : { port: String(port) }) });
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/trace?${query}`)).json()) as {
      trace: { hops: { steps: { type: string; detail: { policy?: Record<string, unknown> } }[] }[] };
    };
    const restPolicies = rest.trace.hops.flatMap((h) => h.steps.filter((x) => x.type === 'policy').map((x) => x.detail.policy));
    const gql = await graphql<{ topology: { trace: { trace: { hops: { steps: { type: string; detail: { policy: Record<string, unknown> | null } }[] }[] } } } }>(
      ts.baseUrl,
      `query($from: String!, $to: String!, $port: Int) { topology(name: "shop-policies") { trace(from: $from, to: $to, port: $port) { trace { hops { steps { type detail {
        policy { direction verdict enforced decidedIn rule allowedBy isolatedBy } } } } } } } }`,
      { from, to, port },
    );
    expect(gql.errors).toBeUndefined();
    const gqlPolicies = gql.data!.topology.trace.trace.hops.flatMap((h) => h.steps.filter((x) => x.type === 'POLICY').map((x) => x.detail.policy));
    expect(gqlPolicies.length).toBeGreaterThan(0);
    expect(gqlPolicies.filter((p) => p!.direction === 'Ingress').at(-1)).toMatchObject(lastIngress);
    const spelled = asEngineStrings(gqlPolicies, { direction: 'PolicyDirection', verdict: 'PolicyVerdict', decidedIn: 'PolicyDecider' });
    const withoutNull = (p: Record<string, unknown> | null | undefined) => Object.fromEntries(Object.entries(p ?? {}).filter(([, v]) => v !== null && v !== undefined));
    expect((spelled as Record<string, unknown>[]).map(withoutNull)).toEqual(restPolicies.map(withoutNull));
  });

  test('flannel: the trace is delivered and the conflicts report says the policies are not enforced', async () => {
    const q = new URLSearchParams({ from: 'pod:shop/web-1', to: 'svc:billing/billing' });
    const body = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-flannel/trace?${q}`)).json()) as { trace: { disposition: string } };
    expect(body.trace.disposition).toBe('DELIVERED');
    const report = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-flannel/conflicts`)).json()) as { findings: { kind: string; message: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'POLICIES_NOT_ENFORCED' }));
  });

  test('the stored example exports exactly as the file (store round trip)', async () => {
    const exported = await (await fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/export?format=yaml`)).text();
    expect(exported).toBe(EXAMPLE.slice(EXAMPLE.indexOf('apiVersion: netmodel')));
  });
});

describe('what-if with an AdminNetworkPolicy operation (REST)', () => {
  // KEP-2091 (kubernetes-sigs/network-policy-api): an ANP Deny is decided before any NetworkPolicy.
  const anp = {
    op: 'addAdminNetworkPolicy',
    policy: {
      metadata: { name: 'no-ingress-nginx-into-shop' },
      spec: { priority: 10, subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } }, ingress: [{ action: 'Deny', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }] },
    },
  };
  const whatIf = (operations: unknown[]) =>
    fetch(`${ts.baseUrl}/api/v1/topologies/shop-policies/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operations, options: { sections: { capacity: false, kubeProxy: false } } }) });

  test('adding the ANP loses ingress-nginx → web TCP 8080, named in the diff', async () => {
    const response = await whatIf([anp]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { notes: string[]; diff: { extra: { connectivity: { data: { changes: { from: string; to: string; lost: string; decidedBy: { after: string } }[] } } } } };
    expect(body.notes).toContainEqual(expect.stringContaining('AdminNetworkPolicy no-ingress-nginx-into-shop added (priority 10)'));
    expect(body.diff.extra.connectivity.data.changes).toContainEqual(
      expect.objectContaining({ from: 'ingress-nginx/ingress-nginx-1', to: 'shop/web-1', lost: 'TCP 8080', decidedBy: expect.objectContaining({ after: expect.stringContaining('denied by AdminNetworkPolicy no-ingress-nginx-into-shop') }) }),
    );
  });

  test('an invalid manifest is a 400 naming the field, as documents are validated', async () => {
    const bad = { ...anp, policy: { ...anp.policy, spec: { ...anp.policy.spec, ingress: [{ action: 'Deny', from: [{ networks: ['10.0.0.0/8'] }] }] } } };
    const response = await whatIf([bad]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('operations[0].policy.spec.ingress[0].from[0].networks');
  });
});

describe('work bound of the pod-level list', () => {
  test('past NETMODEL_MAX_CONNECTIVITY_ROWS, REST refuses the pod level with 400 naming the limit; the workload level still answers', async () => {
    const small = await startTestServer({ maxConnectivityRows: 1 });
    try {
      const created = await fetch(`${small.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
      expect(created.status).toBe(201);
      const refused = await fetch(`${small.baseUrl}/api/v1/topologies/shop-policies/connectivity?level=pod`);
      expect(refused.status).toBe(400);
      const problem = (await refused.json()) as { detail: string; problems?: { path: string; message: string }[] };
      expect(JSON.stringify(problem)).toMatch(/NETMODEL_MAX_CONNECTIVITY_ROWS/);
      expect(JSON.stringify(problem)).toMatch(/level/);
      const workload = await fetch(`${small.baseUrl}/api/v1/topologies/shop-policies/connectivity`);
      expect(workload.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

