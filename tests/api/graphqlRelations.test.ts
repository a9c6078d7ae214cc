import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// Issue 12: relations are typed. Each relation field must name the same object as the string beside it (which the REST
// answer also carries), for every object of the example, so a wrong index or a lost reference fails.
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
  const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: EXAMPLE });
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await ts.close();
});

async function ask<T>(query: string): Promise<T> {
  const r = await graphql<T>(ts.baseUrl, query);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('typed relations follow the names beside them', () => {
  test('Node.subnet is the Subnet named by subnetName, and lists the node back', async () => {
    const { topology } = await ask<{ topology: { nodes: { name: string; subnetName: string | null; subnet: { name: string; cidr: string; nodes: { name: string }[] } | null }[] } }>(
      '{ topology(name: "kubeadm-calico") { nodes { name subnetName subnet { name cidr nodes { name } } } } }',
    );
    expect(topology.nodes).toHaveLength(6);
    for (const node of topology.nodes) {
      expect(node.subnet?.name ?? null).toBe(node.subnetName);
      if (node.subnet) expect(node.subnet.nodes.map((n) => n.name)).toContain(node.name);
    }
    // The example puts worker-a1 in rack-a (examples/kubeadm-calico.yaml spec.underlay.subnets).
    expect(topology.nodes.find((n) => n.name === 'worker-a1')?.subnet).toMatchObject({ name: 'rack-a', cidr: '10.0.1.0/24' });
  });

  test('Pod.node is the Node named by nodeName', async () => {
    const { topology } = await ask<{ topology: { pods: { edges: { node: { nodeName: string | null; node: { name: string } | null } }[] } } }>(
      '{ topology(name: "kubeadm-calico") { pods(first: 100) { edges { node { nodeName node { name } } } } } }',
    );
    expect(topology.pods.edges.length).toBeGreaterThan(5);
    for (const { node: pod } of topology.pods.edges) expect(pod.node?.name ?? null).toBe(pod.nodeName);
  });

  test('Endpoint.pod is the pod of targetPod, holding the endpoint\'s address', async () => {
    const { topology } = await ask<{ topology: { endpointSlices: { endpoints: { addresses: string[]; targetPod: string | null; pod: { namespace: string; name: string; ips: string[] } | null }[] }[] } }>(
      '{ topology(name: "kubeadm-calico") { endpointSlices { endpoints { addresses targetPod pod { namespace name ips } } } } }',
    );
    const endpoints = topology.endpointSlices.flatMap((s) => s.endpoints);
    const withPods = endpoints.filter((e) => e.targetPod !== null);
    expect(withPods.length).toBeGreaterThan(3);
    for (const e of withPods) {
      expect(`${e.pod!.namespace}/${e.pod!.name}`).toBe(e.targetPod);
      expect(e.pod!.ips).toContain(e.addresses[0]);
    }
    for (const e of endpoints.filter((x) => x.targetPod === null)) expect(e.pod).toBeNull();
  });

  test('a trace pod → Service: hops name their node and pod, the nat step its Service', async () => {
    const { topology } = await ask<{
      topology: {
        trace: {
          trace: {
            hops: { node: string; netns: string; nodeObject: { name: string } | null; pod: { namespace: string; name: string } | null; steps: { detail: { service: string | null; serviceObject: { namespace: string; name: string } | null } }[] }[];
            branches: { trace: { hops: { node: string; nodeObject: { name: string } | null }[] } }[] | null;
          };
        };
      };
    }>(`{ topology(name: "kubeadm-calico") { trace(from: "pod:shop/web-7c9d8f6b5d-h2x9p", to: "svc:shop/api:9000") { trace {
          hops { node netns nodeObject { name } pod { namespace name } steps { detail { service serviceObject { namespace name } } } }
          branches { trace { hops { node nodeObject { name } } } } } } } }`);
    const { hops, branches } = topology.trace.trace;
    for (const hop of hops) {
      expect(hop.nodeObject?.name ?? null).toBe(['underlay', 'external'].includes(hop.node) ? null : hop.node);
      expect(hop.pod ? `pod:${hop.pod.namespace}/${hop.pod.name}` : null).toBe(hop.netns.startsWith('pod:') ? hop.netns : null);
    }
    expect(hops[0]!.pod).toEqual({ namespace: 'shop', name: 'web-7c9d8f6b5d-h2x9p' });
    const nat = hops.flatMap((h) => h.steps).filter((s) => s.detail.service !== null);
    expect(nat.length).toBeGreaterThan(0);
    for (const s of nat) expect(s.detail.serviceObject).toEqual({ namespace: 'shop', name: 'api' });
    // Branches (one per api endpoint) carry their topology down too.
    expect(branches?.length ?? 0).toBeGreaterThan(0);
    for (const b of branches ?? []) for (const h of b.trace.hops) expect(h.nodeObject?.name ?? null).toBe(['underlay', 'external'].includes(h.node) ? null : h.node);
  });

  test('reachability: the deciding trace\'s hops resolve too', async () => {
    const { topology } = await ask<{ topology: { reachability: { trace: { hops: { node: string; nodeObject: { name: string } | null }[] } } } }>(
      '{ topology(name: "kubeadm-calico") { reachability(from: "pod:shop/web-7c9d8f6b5d-h2x9p", to: "node:worker-a1") { trace { hops { node nodeObject { name } } } } } }',
    );
    expect(topology.reachability.trace.hops.some((h) => h.nodeObject?.name === 'worker-a1')).toBe(true);
  });

  test('a diff\'s traces resolve in their own side: the removed node is found before, and is gone after', async () => {
    const r = await graphql<{
      whatIf: { diff: { reachability: { pairs: { before: { trace: { hops: { node: string; nodeObject: { name: string } | null }[] } }; after: { trace: null; errors: string[] } }[] } } };
    }>(
      ts.baseUrl,
      `query($ops: [OperationInput!]!, $o: DiffOptions) { whatIf(topology: "kubeadm-calico", operations: $ops, options: $o) { diff { reachability { pairs {
          before { trace { hops { node nodeObject { name } } } } after { trace { hops { node } } errors } } } } } }`,
      { ops: [{ removeNode: { name: 'worker-b3' } }], o: { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'node:worker-b3' }] } },
    );
    expect(r.errors).toBeUndefined();
    const [pair] = r.data!.whatIf.diff.reachability.pairs;
    expect(pair!.before.trace.hops.map((h) => h.nodeObject?.name)).toContain('worker-b3');
    expect(pair!.after.trace).toBeNull();
    expect(pair!.after.errors.join(' ')).toContain('worker-b3');
  });
});
