import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { BAD_DOCUMENTS, smallDocument } from '../fixtures/documents';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');

const IMPORT = `mutation Import($document: String!, $name: String, $replace: Boolean, $ifVersion: Int) {
  importTopology(document: $document, name: $name, replace: $replace, ifVersion: $ifVersion) {
    created warnings { path message } inferences
    topology { name version }
  }
}`;

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ maxDocumentBytes: 256 * 1024 });
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

describe('GraphQL topologies', () => {
  test('imports, lists, reads nested objects and exports', async () => {
    const imported = await graphql<{ importTopology: { created: boolean; topology: { name: string; version: number } } }>(ts.baseUrl, IMPORT, {
      document: EXAMPLE,
      name: 'my-calico',
    });
    assert.equal(imported.errors, undefined, JSON.stringify(imported.errors));
    assert.deepEqual(imported.data?.importTopology.topology, { name: 'my-calico', version: 1 });
    assert.equal(imported.data?.importTopology.created, true);

    const list = await graphql<{ topologies: { name: string; nodeCount: number }[] }>(ts.baseUrl, '{ topologies { name nodeCount } }');
    assert.deepEqual(list.data?.topologies, [{ name: 'my-calico', nodeCount: 6 }]);

    const nested = await graphql<{
      topology: {
        counts: { nodes: number };
        cni: { plugin: string; overlay: string; crossSubnet: boolean };
        nodes: { name: string; pods: { namespace: string; name: string; node: { name: string } }[] }[];
        service: { clusterIPs: string[]; ports: { name: string; port: number }[] } | null;
      };
    }>(
      ts.baseUrl,
      `query($name: String!) { topology(name: $name) {
        counts { nodes }
        cni { plugin overlay crossSubnet }
        nodes { name pods { namespace name node { name } } }
        service(namespace: "kube-system", name: "kube-dns") { clusterIPs ports { name port } }
      } }`,
      { name: 'my-calico' },
    );
    assert.equal(nested.errors, undefined, JSON.stringify(nested.errors));
    const t = nested.data!.topology;
    assert.equal(t.counts.nodes, 6);
    assert.deepEqual(t.cni, { plugin: 'CALICO', overlay: 'IPIP', crossSubnet: true });
    for (const node of t.nodes) for (const pod of node.pods) assert.equal(pod.node.name, node.name);
    assert.deepEqual(t.service?.clusterIPs, ['10.96.0.10']);
    assert.deepEqual(t.service?.ports.map((p) => p.name).sort(), ['dns', 'dns-tcp', 'metrics']);

    const exported = await graphql<{ exportTopology: string }>(ts.baseUrl, '{ exportTopology(name: "my-calico", format: YAML) }');
    const rest = await (await fetch(`${ts.baseUrl}/api/v1/topologies/my-calico/export?format=yaml`)).text();
    assert.equal(exported.data?.exportTopology, rest);
  });

  test('topology(name) is null for an unknown name; export and delete say NOT_FOUND', async () => {
    const missing = await graphql(ts.baseUrl, '{ topology(name: "nope") { name } }');
    assert.deepEqual(missing.data, { topology: null });
    const exported = await graphql(ts.baseUrl, '{ exportTopology(name: "nope") }');
    assert.equal(exported.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const deleted = await graphql(ts.baseUrl, 'mutation { deleteTopology(name: "nope") { deleted } }');
    assert.equal(deleted.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('stale ifVersion is CONFLICT with both versions; a fresh one replaces', async () => {
    await graphql(ts.baseUrl, IMPORT, { document: smallDocument('small') });
    const replaced = await graphql<{ importTopology: { topology: { version: number }; created: boolean } }>(ts.baseUrl, IMPORT, {
      document: smallDocument('small'),
      replace: true,
      ifVersion: 1,
    });
    assert.deepEqual(replaced.data?.importTopology, { ...replaced.data?.importTopology, created: false, topology: { name: 'small', version: 2 } });
    const stale = await graphql(ts.baseUrl, IMPORT, { document: smallDocument('small'), replace: true, ifVersion: 1 });
    assert.equal(stale.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(stale.errors?.[0]?.extensions?.expectedVersion, 1);
    assert.equal(stale.errors?.[0]?.extensions?.actualVersion, 2);
    const staleDelete = await graphql(ts.baseUrl, 'mutation { deleteTopology(name: "small", ifVersion: 1) { deleted } }');
    assert.equal(staleDelete.errors?.[0]?.extensions?.code, 'CONFLICT');
    const deleted = await graphql(ts.baseUrl, 'mutation { deleteTopology(name: "small", ifVersion: 2) { name deleted } }');
    assert.deepEqual(deleted.data, { deleteTopology: { name: 'small', deleted: true } });
  });

  for (const c of BAD_DOCUMENTS) {
    test(`bad input: ${c.name} → BAD_USER_INPUT naming ${c.path}, nothing stored`, async () => {
      const response = await graphql(ts.baseUrl, IMPORT, { document: c.document });
      const error = response.errors?.[0];
      assert.equal(error?.extensions?.code, 'BAD_USER_INPUT');
      const problems = error?.extensions?.problems as { path: string; message: string }[];
      const hit = problems.find((p) => p.path === c.path);
      assert.ok(hit, `expected a problem at ${c.path}, got ${JSON.stringify(problems)}`);
      assert.ok(hit.message.includes(c.message));
      const list = await graphql<{ topologies: unknown[] }>(ts.baseUrl, '{ topologies { name } }');
      assert.deepEqual(list.data?.topologies, []);
    });
  }

  test('validateTopology reports without storing', async () => {
    const result = await graphql<{ validateTopology: { valid: boolean; errors: { path: string }[]; topology: { name: string } | null } }>(
      ts.baseUrl,
      'query($d: String!) { validateTopology(document: $d) { valid errors { path } topology { name } } }',
      { d: smallDocument('small') },
    );
    assert.deepEqual(result.data?.validateTopology, { valid: true, errors: [], topology: { name: 'small' } });
  });

  test('a document over the size limit is PAYLOAD_TOO_LARGE', async () => {
    const response = await graphql(ts.baseUrl, IMPORT, { document: `# ${'x'.repeat(300 * 1024)}\n${smallDocument('big')}` });
    assert.equal(response.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
  });

  test('syntax errors in the query are the caller’s, not internal', async () => {
    const response = await graphql(ts.baseUrl, '{ topologies { name ');
    // graphql-armor's token limit parses before Apollo does, so a syntax error may be reported at either stage.
    assert.ok(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'].includes(String(response.errors?.[0]?.extensions?.code)), JSON.stringify(response.errors));
    assert.equal(response.status, 400);
  });
});
