/**
 * Namespaces, NetworkPolicies, AdminNetworkPolicies, the baseline, workloads and spec.networkPolicy settings are
 * stored and read back deep-equal, on the real database (PGlite per file, or Postgres with DATABASE_URL); a
 * replace rewrites them, a delete cascades, and a hand-edited spec fails loudly on read.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from '../../src/engine/model/topology';
import { parseTopologyDocument } from '../../src/io/parseTopology';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const POLICY_TABLES = ['Namespace', 'NetworkPolicy', 'AdminNetworkPolicy', 'Workload'];

const EXTRA = `
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: guard}
spec:
  priority: 5
  subject: {pods: {namespaceSelector: {matchLabels: {team: shop}}, podSelector: {}}}
  ingress:
  - {name: pass-monitoring, action: Pass, from: [{namespaces: {matchLabels: {role: monitoring}}}], ports: [{namedPort: metrics}]}
  egress:
  - {action: Deny, to: [{nodes: {matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: Exists}]}}]}
  - {action: Allow, to: [{networks: [192.168.0.0/16]}], ports: [{portRange: {protocol: UDP, start: 1000, end: 2000}}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {}}
  ingress: [{action: Deny, from: [{namespaces: {}}]}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: checkout, namespace: shop}
spec:
  replicas: 2
  template:
    metadata: {labels: {app: checkout}}
    spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}, {containerPort: 9090, protocol: UDP}]}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: billing}
spec: {jobTemplate: {spec: {template: {spec: {hostNetwork: true}}}}}
`;

function example(): Topology {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', 'shop-policies.yaml'), 'utf8')
    .replace('  cni:\n', '  networkPolicy:\n    ipBlockSelectsPodIPs: false\n    enforced: true\n    podToItself: policy\n  cni:\n');
  const result = parseTopologyDocument(text + EXTRA);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

let tdb: TestDatabase;
let repo: TopologyRepository;

async function counts(): Promise<number[]> {
  const out: number[] = [];
  for (const table of POLICY_TABLES) out.push((await tdb.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`))[0]?.n ?? -1);
  return out;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  repo = new TopologyRepository(tdb.db.prisma);
});
afterAll(async () => {
  await tdb.close();
});
beforeEach(async () => {
  await tdb.reset();
});

describe('policy round trip through the database', () => {
  test('every policy object and setting reads back deep-equal', async () => {
    const t = example();
    expect(t.networkPolicies).toHaveLength(4);
    expect(t.adminNetworkPolicies).toHaveLength(1);
    expect(t.baselineAdminNetworkPolicies).toHaveLength(1);
    expect(t.workloads).toHaveLength(2);
    expect(t.networkPolicy).toEqual({ ipBlockSelectsPodIPs: false, enforced: true, podToItself: 'policy', ownNode: 'allowed', hostNetworkPods: 'node' });
    await repo.create(t);
    expect(await repo.get(t.name)).toEqual({ ...t, version: 1 });
    expect(await counts()).toEqual([4, 4, 2, 2]);
  });

  test('a topology without policies stays without policy fields (old topologies read back unchanged)', async () => {
    const t = example();
    const bare: Topology = { ...t, namespaces: undefined, networkPolicies: undefined, adminNetworkPolicies: undefined, baselineAdminNetworkPolicies: undefined, workloads: undefined, networkPolicy: undefined };
    for (const key of ['namespaces', 'networkPolicies', 'adminNetworkPolicies', 'baselineAdminNetworkPolicies', 'workloads', 'networkPolicy'] as const) delete (bare as unknown as Record<string, unknown>)[key];
    await repo.create(bare);
    expect(await repo.get(t.name)).toEqual({ ...bare, version: 1 });
  });

  test('replace rewrites the policy rows; delete cascades', async () => {
    const t = example();
    await repo.create(t);
    const fewer: Topology = { ...t, networkPolicies: t.networkPolicies!.slice(0, 1), workloads: undefined };
    delete (fewer as unknown as Record<string, unknown>).workloads;
    await repo.replace(t.name, fewer);
    expect(await repo.get(t.name)).toEqual({ ...fewer, version: 2 });
    expect(await counts()).toEqual([4, 1, 2, 0]);
    await repo.delete(t.name);
    expect(await counts()).toEqual([0, 0, 0, 0]);
  });

  test('a hand-edited spec that lost its shape fails loudly on read', async () => {
    const t = example();
    await repo.create(t);
    // A hand edit bypasses the version, so the persisted snapshot (which would still be served) goes too.
    await tdb.db.sql.exec(`UPDATE "NetworkPolicy" SET spec = '{"podSelector": {}}'::json WHERE name = 'default-deny'; DELETE FROM "TopologySnapshot"`);
    await expect(repo.get(t.name)).rejects.toThrow(/stored NetworkPolicy billing\/default-deny has an invalid policyTypes/);
  });
});
