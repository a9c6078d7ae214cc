import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';

// The scenario lifecycle through the real server (REST + GraphQL) and the CLI: fork, operations that apply or are refused,
// diffs that lead with a summary, promote with and without a concurrent baseline change, rebase, discard, history — and the
// baseline provably untouched by everything but promote.
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8');
const TO_ROUTED = [{ op: 'setCni', overlay: 'none' }];

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
  const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
  assert.equal(r.status, 201);
});

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(`${ts.baseUrl}/api/v1${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, etag: r.headers.get('etag'), body: (await r.json()) as Record<string, unknown> & { errors?: { path: string; message: string }[] } };
}
const baseline = async () => (await api('GET', '/topologies/kubeadm-calico')).body;

describe('scenario lifecycle over REST', () => {
  test('fork, diff with a summary, and the baseline stays as it was', async () => {
    const before = await baseline();
    const created = await api('POST', '/topologies/kubeadm-calico/scenarios', { name: 'go-routed', operations: TO_ROUTED });
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.baseVersion, created.body.status, created.etag], [1, 'open', '"1"']);
    const diff = await api('POST', '/scenarios/go-routed/diff', { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:kube-system/coredns-5dd5756b68-qk4vn' }] });
    assert.equal(diff.status, 200);
    const d = diff.body.diff as { summary: string; reachability: unknown };
    assert.match(d.summary, /^Switching the overlay from ipip to none breaks 2 of 4 subnet pairs/);
    assert.match(d.summary, /Pod MTU rises from 1480 to 1500 on 6 nodes/);
    const fork = await api('GET', '/scenarios/go-routed/topology');
    assert.equal((fork.body.cni as { overlay: string }).overlay, 'none');
    assert.deepEqual(await baseline(), before, 'evaluation and diff never write the baseline');
  });

  test('operations are validated with paths, must apply, and a refused change leaves the scenario as it was', async () => {
    await api('POST', '/topologies/kubeadm-calico/scenarios', { name: 's1', operations: [] });
    const bad = await api('POST', '/scenarios/s1/operations', { operations: [{ op: 'addExternalNetwork', name: 'x', cidr: '10.300.0.0/16', kind: 'vpc' }] });
    assert.equal(bad.status, 400);
    assert.match(bad.body.errors?.[0]?.path ?? '', /^operations\[0\]\.cidr/);
    const inapplicable = await api('POST', '/scenarios/s1/operations', { operations: [{ op: 'removeNode', name: 'ghost' }] });
    assert.equal(inapplicable.status, 400);
    assert.match(JSON.stringify(inapplicable.body.errors), /ghost/);
    const unchanged = await api('GET', '/scenarios/s1');
    assert.deepEqual([unchanged.body.version, (unchanged.body.operations as unknown[]).length], [1, 0]);
    const added = await api('POST', '/scenarios/s1/operations', { operations: TO_ROUTED }, { 'if-match': '"1"' });
    assert.equal(added.status, 200);
    assert.equal((added.body.operations as unknown[]).length, 1);
    const stale = await api('POST', '/scenarios/s1/operations', { operations: TO_ROUTED }, { 'if-match': '"1"' });
    assert.equal(stale.status, 409);
    const removed = await api('DELETE', '/scenarios/s1/operations/0');
    assert.deepEqual((removed.body.operations as unknown[]).length, 0);
    assert.equal((await api('DELETE', '/scenarios/s1/operations/5')).status, 400);
  });

  test('promote writes the fork as a new baseline version in one step and records the history', async () => {
    await api('POST', '/topologies/kubeadm-calico/scenarios', { name: 'go-routed', operations: TO_ROUTED });
    const promoted = await api('POST', '/scenarios/go-routed/promote');
    assert.equal(promoted.status, 200);
    assert.equal(promoted.body.version, 2);
    const now = await baseline();
    assert.deepEqual([now.version, (now.cni as { overlay: string }).overlay], [2, 'none']);
    const history = await api('GET', '/topologies/kubeadm-calico/history');
    const items = history.body.items as { name: string; baseVersion: number; promotedVersion: number; promotedAt: string }[];
    assert.deepEqual(items.map((i) => [i.name, i.baseVersion, i.promotedVersion]), [['go-routed', 1, 2]]);
    assert.ok(Date.parse(items[0]!.promotedAt) > 0);
    assert.equal((await api('POST', '/scenarios/go-routed/promote')).status, 409, 'a promoted scenario is closed');
  });

  test('promote after a concurrent baseline change is a conflict; rebase re-applies and reports what no longer applies', async () => {
    await api('POST', '/topologies/kubeadm-calico/scenarios', {
      name: 'two-ops',
      operations: [{ op: 'removeNode', name: 'worker-b3' }, ...TO_ROUTED],
    });
    // Someone removes worker-b3 from the baseline itself in the meantime.
    const replaced = await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico`, {
      method: 'PUT',
      headers: { 'content-type': 'application/yaml', 'if-match': '"1"' },
      body: EXAMPLE.replace('  cni:\n    plugin: calico', '  cni:\n    plugin: calico').replace(/description: .*\n/, 'description: changed by someone else\n'),
    });
    assert.equal(replaced.status, 200);
    const conflict = await api('POST', '/scenarios/two-ops/promote');
    assert.equal(conflict.status, 409);
    assert.deepEqual([conflict.body.expectedVersion, conflict.body.actualVersion], [1, 2]);
    assert.equal((await baseline()).version, 2, 'the refused promote wrote nothing');
    const rebased = await api('POST', '/scenarios/two-ops/rebase');
    assert.equal(rebased.status, 200);
    assert.equal((rebased.body.scenario as { baseVersion: number }).baseVersion, 2);
    const promoted = await api('POST', '/scenarios/two-ops/promote');
    assert.equal(promoted.status, 200);
    assert.equal(promoted.body.version, 3);
  });

  test('discard closes a scenario; the stateless what-if persists nothing', async () => {
    await api('POST', '/topologies/kubeadm-calico/scenarios', { name: 'dropme', operations: TO_ROUTED });
    assert.equal((await api('DELETE', '/scenarios/dropme')).body.status, 'discarded');
    assert.equal((await api('POST', '/scenarios/dropme/operations', { operations: TO_ROUTED })).status, 409);
    const whatIf = await api('POST', '/topologies/kubeadm-calico/what-if', { operations: TO_ROUTED });
    assert.match(String(whatIf.body.summary), /breaks 2 of 4 subnet pairs/);
    assert.deepEqual(((await api('GET', '/scenarios')).body.items as { name: string }[]).map((s) => s.name), ['dropme']);
    assert.equal((await baseline()).version, 1);
  });
});

describe('scenarios over GraphQL', () => {
  test('every question can be asked of the fork', async () => {
    // The typed form of TO_ROUTED: one OperationInput field per operation, enum values by their GraphQL names.
    const created = await graphql(ts.baseUrl, 'mutation($ops: [OperationInput!]) { createScenario(topology: "kubeadm-calico", name: "g1", operations: $ops) { name baseVersion } }', { ops: [{ setCni: { overlay: 'NONE' } }] });
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const r = await graphql<{ scenario: { fork: { cni: { overlay: string }; reachabilityMatrix: { cells: { disposition: string }[] }; encapOverhead: { nodes: { podMtu: number }[] } }; diff: { summary: string } } }>(
      ts.baseUrl,
      `{ scenario(name: "g1") {
          fork { cni { overlay } reachabilityMatrix(groupBy: SUBNET) { cells { disposition } } encapOverhead { nodes { podMtu } } }
          diff { summary } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const s = r.data!.scenario;
    assert.equal(s.fork.cni.overlay, 'NONE');
    assert.deepEqual(s.fork.reachabilityMatrix.cells.map((c) => c.disposition).sort(), ['DELIVERED', 'DELIVERED', 'NO_ROUTE', 'NO_ROUTE']);
    assert.ok(s.fork.encapOverhead.nodes.every((n) => n.podMtu === 1500));
    assert.match(s.diff.summary, /breaks 2 of 4 subnet pairs/);
    // Operations are typed: the REST spelling {op: …} is not an OperationInput, and a setNodeMask without its fields is refused before any resolver runs.
    const bad = await graphql(ts.baseUrl, 'mutation { addScenarioOperations(name: "g1", operations: [{op: "setNodeMask"}]) { version } }');
    assert.equal(bad.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const incomplete = await graphql(ts.baseUrl, 'mutation { addScenarioOperations(name: "g1", operations: [{setNodeMask: {family: IPv4}}]) { version } }');
    assert.match(incomplete.errors?.[0]?.message ?? '', /size/);
    const promote = await graphql<{ promoteScenario: { version: number; scenario: { status: string } } }>(ts.baseUrl, 'mutation { promoteScenario(name: "g1") { version scenario { status } } }');
    assert.deepEqual(promote.data?.promoteScenario, { version: 2, scenario: { status: 'PROMOTED' } });
    assert.equal((await graphql(ts.baseUrl, '{ scenario(name: "nope") { name } }')).data?.scenario, null);
  });

  test('a read token may look but not change', async () => {
    await api('POST', '/topologies/kubeadm-calico/scenarios', { name: 'ro', operations: [] });
    const { token } = await ts.app.auth.create({ name: 'reader', scope: 'read' });
    const headers = { authorization: `Bearer ${token}` };
    assert.equal((await api('GET', '/scenarios/ro', undefined, headers)).status, 200);
    assert.equal((await api('POST', '/scenarios/ro/operations', { operations: TO_ROUTED }, headers)).status, 403);
    assert.equal((await api('POST', '/scenarios/ro/promote', undefined, headers)).status, 403);
  });
});

describe('scenarios from the CLI', () => {
  let dbEnv: CliDatabaseEnv;
  let work: string;
  beforeAll(async () => {
    dbEnv = await cliDatabaseEnv();
    work = mkdtempSync(join(tmpdir(), 'netmodel-scenario-'));
  });
  afterAll(async () => {
    await dbEnv.cleanup();
    rmSync(work, { recursive: true, force: true });
  });
  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, dbEnv.env);
    return { code, out, err };
  }

  test('create, diff, promote; what-if on a file needs no database', async () => {
    const ops = join(work, 'ops.yaml');
    writeFileSync(ops, '- op: setCni\n  overlay: none\n');
    assert.equal((await cli('import', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml'))).code, 0);
    const created = await cli('scenario', 'create', '--topology', 'kubeadm-calico', '--name', 'cli-routed', '--ops', ops, '-o', 'json');
    assert.equal(created.code, 0, created.err + created.out);
    const diff = await cli('scenario', 'diff', 'cli-routed');
    assert.match(diff.out, /^Switching the overlay from ipip to none breaks 2 of 4 subnet pairs/);
    const promoted = await cli('scenario', 'promote', 'cli-routed', '-o', 'json');
    assert.equal((JSON.parse(promoted.out) as { version: number }).version, 2);
    const history = await cli('scenario', 'history', '--topology', 'kubeadm-calico');
    assert.match(history.out, /cli-routed\s+v1\s+v2/);
    const whatIf = await runCli(['what-if', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml'), '--ops', ops, '-o', 'json'], { out: () => undefined, err: () => undefined }, {
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
    });
    assert.equal(whatIf, 0, 'the --file form opens no database');
    const badOps = join(work, 'bad.yaml');
    writeFileSync(badOps, '- op: setNodeMask\n  ipv4: 40\n');
    assert.equal((await cli('what-if', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml'), '--ops', badOps)).code, 2);
  });

  test('a name on two topologies: --topology picks one; without it, exit 2 naming --topology', async () => {
    assert.equal((await cli('import', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml'), '--name', 'other-calico')).code, 0);
    for (const topology of ['kubeadm-calico', 'other-calico']) assert.equal((await cli('scenario', 'create', '-t', topology, '--name', 'twin')).code, 0);
    const ambiguous = await cli('scenario', 'show', 'twin');
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.err, /scenario "twin" exists on topologies "kubeadm-calico", "other-calico".*--topology/);
    const shown = await cli('scenario', 'show', 'twin', '--topology', 'other-calico', '-o', 'json');
    assert.equal((JSON.parse(shown.out) as { topology: string }).topology, 'other-calico');
    const drawn = await cli('scenario', 'diff', 'twin', '-t', 'other-calico', '-o', 'dot');
    assert.match(drawn.out, /scenario twin on other-calico/);
    assert.equal((await cli('scenario', 'discard', 'twin', '-t', 'kubeadm-calico')).code, 0);
    const left = await cli('scenario', 'list', '-o', 'json');
    const twins = (JSON.parse(left.out) as { items: { name: string; topology: string; status: string }[] }).items.filter((i) => i.name === 'twin');
    assert.deepEqual(twins.map((i) => [i.topology, i.status]), [['kubeadm-calico', 'discarded'], ['other-calico', 'open']]);
  });
});
