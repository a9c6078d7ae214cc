import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { asEngineStrings } from '../helpers/graphqlEnums';

// Capacity questions through all three interfaces. Expected values come from upstream sources:
// EKS max pods from the EKS user guide's m5.large examples (29; 20 with custom networking; 110 with prefix delegation) and
// amazon-vpc-cni-k8s misc/eni-max-pods.txt; GKE's per-node range table ("Configure maximum Pods per node": 110 → /24, 32 → /26,
// 8 → /28); node blocks from kube-controller-manager's cidrset (a /21 cluster CIDR at mask /24 holds 8 nodes).
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');

let ts: TestServer;
let work: string;
let tightPath: string;
beforeAll(async () => {
  ts = await startTestServer();
  work = mkdtempSync(join(tmpdir(), 'netmodel-capacity-'));
  // Six nodes in a /21 cluster CIDR at /24 per node: 8 blocks, 2 free = 25%.
  tightPath = join(work, 'tight.yaml');
  writeFileSync(tightPath, readFileSync(EXAMPLE, 'utf8').replace('- 10.244.0.0/16', '- 10.244.0.0/21').replace('name: kubeadm-calico', 'name: tight'));
  for (const body of [readFileSync(EXAMPLE, 'utf8'), readFileSync(tightPath, 'utf8')]) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body });
    assert.equal(r.status, 201);
  }
});
afterAll(async () => {
  await ts.close();
  rmSync(work, { recursive: true, force: true });
});

async function cliJson(...args: string[]): Promise<{ code: number; body: Record<string, unknown> }> {
  let out = '';
  const code = await runCli([...args, '-o', 'json'], { out: (t) => void (out += t), err: () => undefined }, {});
  return { code, body: JSON.parse(out) as Record<string, unknown> };
}

interface Headroom {
  resource: string;
  scope: string;
  total: string;
  free: string;
  freePercent: number;
}

describe('capacity', () => {
  test('node-CIDR headroom of the tight cluster: 8 blocks, 6 used; REST, GraphQL and CLI agree', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/tight/capacity?failBelow=30`)).json()) as { headroom: Headroom[]; failed: boolean };
    const nodeCidrs = rest.headroom.find((h) => h.resource === 'nodeCIDRs')!;
    assert.deepEqual([nodeCidrs.scope, nodeCidrs.total, nodeCidrs.free, nodeCidrs.freePercent], ['10.244.0.0/21', '8', '2', 25]);
    assert.equal(rest.failed, true);
    const cli = await cliJson('capacity', '--file', tightPath, '--fail-below', '30');
    assert.equal(cli.code, 1, 'exit 1: headroom below the threshold');
    assert.deepEqual(cli.body.headroom, rest.headroom);
    assert.equal((await cliJson('capacity', '--file', tightPath, '--fail-below', '20')).code, 0);
    const gql = await graphql<{ topology: { capacity: { failed: boolean; headroom: Headroom[] } } }>(
      ts.baseUrl,
      '{ topology(name: "tight") { capacity(failBelow: 30) { failed headroom { resource scope total free freePercent } } } }',
    );
    assert.equal(gql.data?.topology.capacity.failed, true);
    assert.deepEqual(gql.data?.topology.capacity.headroom.map((h) => h.free), rest.headroom.map((h) => h.free));
  });

  test('forecast: 2 free node blocks at 1 node per month run out in 2 months', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/tight/capacity?growthNodesPerMonth=1`)).json()) as {
      report: { forecast: { first: { resource: string; months: number } } };
    };
    assert.deepEqual(rest.report.forecast.first, { ...rest.report.forecast.first, resource: 'nodeCIDRs', months: 2 });
  });

  test('bad growth or threshold names the argument', async () => {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies/tight/capacity?failBelow=150`);
    assert.equal(r.status, 400);
    const cli = await cliJson('capacity', '--file', tightPath, '--growth-nodes-per-month', '-3');
    assert.equal(cli.code, 2);
  });

  test('free CIDRs avoid every known range: the first free /16 in 10.0.0.0/8 is 10.1.0.0/16 (nodes sit in 10.0.x)', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/free-cidrs?prefixLength=16&within=10.0.0.0/8&count=3`)).json()) as { found: string[] };
    assert.deepEqual(rest.found, ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16']);
    const cli = await cliJson('free-cidr', '--file', EXAMPLE, '--prefix-length', '16', '--within', '10.0.0.0/8', '--count', '3');
    assert.deepEqual(cli.body, rest);
    const none = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/free-cidrs?prefixLength=12&within=10.96.0.0/12`)).json()) as {
      found: string[];
      supernets: { reason: string | null }[];
    };
    assert.deepEqual(none.found, []);
    assert.ok(none.supernets[0]?.reason, 'says why nothing is free');
  });
});

describe('max pods and plan', () => {
  const MAX_PODS = [
    { name: 'EKS m5.large', query: 'provider=eks&instanceType=m5.large', args: ['--instance-type', 'm5.large'], path: ['eks', 'maxPods', 'value'], expected: 29 },
    { name: 'EKS m5.large, custom networking', query: 'provider=eks&instanceType=m5.large&customNetworking=true', args: ['--instance-type', 'm5.large', '--custom-networking'], path: ['eks', 'maxPods', 'value'], expected: 20 },
    { name: 'EKS m5.large, prefix delegation', query: 'provider=eks&instanceType=m5.large&prefixDelegation=true', args: ['--instance-type', 'm5.large', '--prefix-delegation'], path: ['eks', 'maxPods', 'value'], expected: 110 },
    { name: 'GKE 110 pods → /24', query: 'provider=gke&maxPodsPerNode=110', args: ['--max-pods-per-node', '110'], path: ['gke', 'nodeRange', 'value'], expected: 24 },
    { name: 'GKE 32 pods → /26', query: 'provider=gke&maxPodsPerNode=32', args: ['--max-pods-per-node', '32'], path: ['gke', 'nodeRange', 'value'], expected: 26 },
    { name: 'GKE 8 pods → /28', query: 'provider=gke&maxPodsPerNode=8', args: ['--max-pods-per-node', '8'], path: ['gke', 'nodeRange', 'value'], expected: 28 },
  ];
  const dig = (value: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
  for (const c of MAX_PODS) {
    test(`${c.name} = ${c.expected}`, async () => {
      const rest = await (await fetch(`${ts.baseUrl}/api/v1/max-pods?${c.query}`)).json();
      assert.equal(dig(rest, c.path), c.expected);
      const provider = c.query.startsWith('provider=eks') ? 'eks' : 'gke';
      const cli = await cliJson('max-pods', '--provider', provider, ...c.args);
      assert.deepEqual(cli.body, rest);
    });
  }

  test('unknown instance type without limits is bad input naming instanceType', async () => {
    const r = await fetch(`${ts.baseUrl}/api/v1/max-pods?provider=eks&instanceType=z9.mega`);
    assert.equal(r.status, 400);
    assert.equal(((await r.json()) as { errors: { path: string }[] }).errors[0]?.path, 'instanceType');
  });

  test('plan: REST, GraphQL and CLI give the same plan for 500 nodes × 110 pods', async () => {
    const body = { nodes: 500, maxPodsPerNode: 110, services: 2000, avoid: ['10.0.0.0/16'] };
    const rest = await (await fetch(`${ts.baseUrl}/api/v1/plan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    const cli = await cliJson('plan', '--nodes', '500', '--max-pods-per-node', '110', '--services', '2000', '--avoid', '10.0.0.0/16');
    assert.deepEqual(cli.body, rest);
    // The plan is an object type now: select the ranges (tests/api/graphqlTypedAnswers.test.ts compares every field).
    const gql = await graphql<{ plan: unknown }>(ts.baseUrl, 'query($i: PlanInput!) { plan(input: $i) { ok reasoning problems families { family ranges { role cidr } } } }', { i: body });
    const restPlan = rest as { ok: boolean; reasoning: string[]; problems: string[]; families: { family: string; ranges: { role: string; cidr: string | null }[] }[] };
    // Roles are enum names over GraphQL (POD_CIDR), the engine's strings over REST (podCIDR).
    assert.deepEqual(asEngineStrings(gql.data?.plan, { role: 'PlanRangeRole' }), {
      ok: restPlan.ok,
      reasoning: restPlan.reasoning,
      problems: restPlan.problems,
      families: restPlan.families.map((f) => ({ family: f.family, ranges: f.ranges.map((r) => ({ role: r.role, cidr: r.cidr })) })),
    });
    assert.ok(JSON.stringify(rest).length > 200, 'the plan spells out its reasoning');
  });
});

describe('the sample nightly job', () => {
  const SCRIPT = join(ROOT, 'examples', 'jobs', 'nightly-capacity.sh');
  const run = (file: string, env: Record<string, string>) =>
    spawnSync('bash', [SCRIPT, file], { encoding: 'utf8', env: { PATH: process.env.PATH, NETMODEL: `${process.execPath} ${join(ROOT, 'bin', 'netmodel.js')}`, ...env } });

  test('passes on the example, fails below the threshold naming the resource', () => {
    const ok = run(EXAMPLE, {});
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /ok: every headroom at or above 20%/);
    const low = run(tightPath, { THRESHOLD: '30', NODES_PER_MONTH: '1' });
    assert.equal(low.status, 1, low.stderr);
    assert.match(low.stdout, /LOW nodeCIDRs 10\.244\.0\.0\/21: 2 of 8 free \(25%\)/);
    assert.match(low.stdout, /runs out in 2 months: nodeCIDRs/);
  });
});
