/**
 * The interfaces' connectivity answer (src/questions/connectivity.ts — CLI `netmodel connectivity`, REST, GraphQL)
 * runs on the one connectivity implementation, the equivalence-class engine (src/engine/policy/connectivity.ts).
 * Checked here against a pairwise oracle — `allowedConnections` (decide.ts: egress AND ingress of one ordered pair,
 * through the three tiers) for every ordered pair of peers — on the project's examples and on generated clusters
 * with policies, at pod level (every pair) and at workload level (the union over each workload's pods, replicas and
 * self left out, as netpol-analyzer's connlist does).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTopology } from '../../../src/engine/generate';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import type { Pod } from '../../../src/engine/model/topology';
import { ConnectionSet, allowedConnections, compilePolicies, ownerOf, policyModelOfTopology, type PolicySubject } from '../../../src/engine/policy';
import { parseTopologyDocument } from '../../../src/io/parseTopology';
import { policyManifestReader } from '../../../src/io/policyManifests';
import { answerConnectivity } from '../../../src/questions/connectivity';

const example = (file: string): Topology => {
  const r = parseTopologyDocument(readFileSync(join(__dirname, '..', '..', '..', 'examples', file), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.topology;
};

const generated = (options: Parameters<typeof generateTopology>[0]): Topology => {
  const r = generateTopology(options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.topology;
};

/** shop-policies plus an ANP (Deny from ingress-nginx into shop) and a baseline Deny: the three-tier path. */
function withAdmin(t: Topology): Topology {
  const anp = policyManifestReader.adminNetworkPolicy(
    { metadata: { name: 'no-ingress-nginx' }, spec: { priority: 3, subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } }, ingress: [{ action: 'Deny', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }] } },
    'anp',
  );
  const banp = policyManifestReader.baselineAdminNetworkPolicy(
    { metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ action: 'Deny', from: [{ namespaces: {} }], ports: [{ portNumber: { port: 9153 } }] }] } },
    'banp',
  );
  if (!anp.ok || !banp.ok) throw new Error('bad fixture');
  return { ...t, adminNetworkPolicies: [anp.value], baselineAdminNetworkPolicies: [banp.value] };
}

const CASES: { name: string; topology: () => Topology }[] = [
  { name: 'examples/shop-policies.yaml', topology: () => example('shop-policies.yaml') },
  { name: 'examples/shop-policies.yaml with an ANP and a BANP', topology: () => withAdmin(example('shop-policies.yaml')) },
  { name: 'examples/kubeadm-calico.yaml (no policies)', topology: () => example('kubeadm-calico.yaml') },
  { name: 'examples/seed-routed.yaml (no policies)', topology: () => example('seed-routed.yaml') },
  { name: 'generated, 40 policies', topology: () => generated({ nodes: 6, podsPerNode: 8, services: 12, policies: 40, seed: 5 }) },
  { name: 'generated dual-stack, 25 policies', topology: () => generated({ nodes: 4, podsPerNode: 8, services: 10, policies: 25, seed: 11, dualStack: true }) },
];

const key = (name: string, kind: string) => `${name}[${kind}]`;
const peerOf = (s: PolicySubject) => key(`${s.namespace}/${s.name}`, s.kind);
const workloadOf = (s: PolicySubject) => (s.owner === null ? peerOf(s) : key(`${s.namespace}/${s.owner.name}`, s.owner.kind));

describe.each(CASES)('$name: the answer equals the pairwise oracle', ({ topology }) => {
  const t = topology();
  const snapshot = compileSnapshot(t);
  const c = compilePolicies(policyModelOfTopology(t), { cniPlugin: t.cni.plugin });
  const subjects = c.model.subjects;
  const pairwise = new Map<string, ConnectionSet>();
  for (const a of subjects) for (const b of subjects) if (a !== b) pairwise.set(`${peerOf(a)} => ${peerOf(b)}`, allowedConnections(c, { kind: 'subject', subject: a }, { kind: 'subject', subject: b }));

  test('pod level: every ordered pair of distinct peers, with the oracle\'s set', () => {
    const r = answerConnectivity(snapshot, { level: 'pod' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const cluster = r.answer.connections.filter((x) => x.fromKind !== 'External' && x.toKind !== 'External');
    const got = new Map(cluster.map((x) => [`${key(x.from, x.fromKind)} => ${key(x.to, x.toKind)}`, x.allowed]));
    expect(got.size).toBe(cluster.length);
    expect([...got.keys()].sort()).toEqual([...pairwise.keys()].sort());
    for (const [pair, set] of pairwise) expect(`${pair} : ${got.get(pair)}`).toBe(`${pair} : ${set.format()}`);
  });

  test('external ranges: each row is what the oracle allows from (to) the range\'s first address', () => {
    const r = answerConnectivity(snapshot, { level: 'pod' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const byPeer = new Map(subjects.map((s) => [peerOf(s), s]));
    for (const x of r.answer.connections) {
      if (x.fromKind !== 'External' && x.toKind !== 'External') continue;
      expect(x.allowed).not.toBe('No Connections');
      const outward = x.toKind === 'External';
      const range = outward ? x.to : x.from;
      const first = range.split('-')[0]!;
      const s = byPeer.get(outward ? key(x.from, x.fromKind) : key(x.to, x.toKind))!;
      const want = outward ? allowedConnections(c, { kind: 'subject', subject: s }, { kind: 'ip', ip: first }) : allowedConnections(c, { kind: 'ip', ip: first }, { kind: 'subject', subject: s });
      expect(`${x.from} => ${x.to} : ${x.allowed}`).toBe(`${x.from} => ${x.to} : ${want.format()}`);
    }
  });

  test('workload level: pods grouped by workload, the union of their pairs, only non-empty rows', () => {
    const r = answerConnectivity(snapshot, {});
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const want = new Map<string, ConnectionSet>();
    for (const a of subjects) {
      for (const b of subjects) {
        const [wa, wb] = [workloadOf(a), workloadOf(b)];
        if (a === b || wa === wb) continue;
        const k = `${wa} => ${wb}`;
        want.set(k, (want.get(k) ?? ConnectionSet.NONE).union(pairwise.get(`${peerOf(a)} => ${peerOf(b)}`)!));
      }
    }
    const cluster = r.answer.connections.filter((x) => x.fromKind !== 'External' && x.toKind !== 'External');
    const got = new Map(cluster.map((x) => [`${key(x.from, x.fromKind)} => ${key(x.to, x.toKind)}`, x.allowed]));
    const nonEmpty = [...want].filter(([, s]) => !s.isEmpty());
    expect([...got.keys()].sort()).toEqual(nonEmpty.map(([k]) => k).sort());
    for (const [k, s] of nonEmpty) expect(`${k} : ${got.get(k)}`).toBe(`${k} : ${s.format()}`);
  });
});

describe('workload grouping (src/engine/policy/fromTopology.ts ownerOf)', () => {
  const pod = (name: string, labels: Record<string, string>): Pod => ({ namespace: 'ns', name, nodeName: null, ips: [], hostNetwork: false, labels, ports: [], ready: true });
  // What the controllers write on the pods they create: kubernetes/kubernetes pkg/controller/deployment (ReplicaSet
  // `<deployment>-<pod-template-hash>`, pods generated from it), statefulset/stateful_set_utils.go (getPodName
  // `<set>-<ordinal>`, label statefulset.kubernetes.io/pod-name), daemon/util/daemonset_util.go (label
  // pod-template-generation, generateName `<daemonset>-`), batch/v1 JobNameLabel.
  test.each<{ name: string; labels: Record<string, string>; owner: unknown }>([
    { name: 'web-7c9d8f6b5d-h2x9p', labels: { app: 'web', 'pod-template-hash': '7c9d8f6b5d' }, owner: { kind: 'Deployment', name: 'web' } },
    { name: 'db-0', labels: { 'statefulset.kubernetes.io/pod-name': 'db-0', 'controller-revision-hash': 'db-5d4f' }, owner: { kind: 'StatefulSet', name: 'db' } },
    { name: 'kube-proxy-x7k2p', labels: { 'k8s-app': 'kube-proxy', 'pod-template-generation': '1', 'controller-revision-hash': '6b8f' }, owner: { kind: 'DaemonSet', name: 'kube-proxy' } },
    { name: 'backup-28391040-abcde', labels: { 'batch.kubernetes.io/job-name': 'backup-28391040', 'job-name': 'backup-28391040' }, owner: { kind: 'Job', name: 'backup-28391040' } },
    { name: 'web-1', labels: { app: 'web' }, owner: null },
    { name: 'web-1', labels: { 'pod-template-hash': 'zzz' }, owner: null },
    { name: 'other-0', labels: { 'statefulset.kubernetes.io/pod-name': 'db-0' }, owner: null },
  ])('$name → $owner', ({ name, labels, owner }) => {
    expect(ownerOf(pod(name, labels))).toEqual(owner);
  });

  test('a generated cluster lists Deployments, not their pods, and sorts rows by from, then to', () => {
    const r = answerConnectivity(compileSnapshot(generated({ nodes: 4, podsPerNode: 6, services: 8, policies: 12, seed: 2 })), {});
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const kinds = new Set(r.answer.connections.flatMap((x) => [x.fromKind, x.toKind]));
    expect(kinds.has('Deployment')).toBe(true);
    expect(kinds.has('Pod')).toBe(false);
    expect(r.answer.connections.some((x) => x.from === 'kube-system/coredns' || x.to === 'kube-system/coredns')).toBe(true);
    const order = r.answer.connections.map((x) => [x.from, x.to]);
    expect(order).toEqual([...order].sort((a, b) => (a[0] === b[0] ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1)));
  });
});
