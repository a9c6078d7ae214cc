/**
 * Workload grouping from the pods' controller ownerReferences (src/engine/policy/fromTopology.ts ownerOf), as
 * netpol-analyzer's connlist does it: np-guard/netpol-analyzer pkg/netpol/eval/internal/k8s/pod.go
 * (PodFromCoreObject takes the first ownerReference with controller true; addPodOwner keeps its kind and name as
 * written and skips a Node controller) and peer.go (WorkloadPeer: `ns/<owner name>[<owner kind>]`, a pod without
 * owner `ns/<pod name>[Pod]`). No hash is stripped: a Deployment's pod is listed under its ReplicaSet. Pods without a
 * controller reference fall back to the label guess (this project's, not netpol-analyzer's).
 */
import { describe, expect, test } from '@jest/globals';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Pod, PodOwner } from '../../../src/engine/model/topology';
import { answerConnectivity, type ConnectivityAnswer } from '../../../src/questions/connectivity';
import { makeTopology } from '../../helpers/topologyBuilder';

let ip = 10;
const pod = (name: string, labels: Record<string, string>, owner?: PodOwner): Pod => ({
  namespace: 'shop',
  name,
  nodeName: 'node-a',
  ips: [`10.244.0.${ip++}`],
  hostNetwork: false,
  labels,
  ports: [],
  ready: true,
  ...(owner === undefined ? {} : { owner }),
});
const client = (): Pod => ({ ...pod('client', {}), namespace: 'other' });

function workloads(pods: Pod[], withClient = true): ConnectivityAnswer {
  const base = makeTopology('owners', (d) => {
    d.services = [];
    d.endpointSlices = [];
  });
  const t = { ...base, pods: withClient ? [client(), ...pods] : pods };
  const r = answerConnectivity(compileSnapshot(t), { level: 'workload' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.answer;
}

/** Peers other than the client, as `ns/name[Kind]` (no policies: every workload reaches every other one). */
const peersOf = (a: ConnectivityAnswer): string[] =>
  [...new Set(a.connections.filter((c) => c.from === 'other/client' && c.toKind !== 'External').map((c) => `${c.to}[${c.toKind}]`))].sort();

const rs = (name: string): PodOwner => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name });

describe('workload of a pod (connectivity at workload level)', () => {
  test.each<{ name: string; pod: Pod; peer: string }>([
    // The reference wins over the labels: listed as the ReplicaSet, hash kept (pod.go addPodOwner).
    { name: "a Deployment's pod, by its ReplicaSet", pod: pod('web-7d77fb55cc-h2x9p', { app: 'web', 'pod-template-hash': '7d77fb55cc' }, rs('web-7d77fb55cc')), peer: 'shop/web-7d77fb55cc[ReplicaSet]' },
    { name: 'a DaemonSet pod', pod: pod('agent-x7k2p', { 'pod-template-generation': '1' }, { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent' }), peer: 'shop/agent[DaemonSet]' },
    { name: 'a StatefulSet pod', pod: pod('db-0', { 'statefulset.kubernetes.io/pod-name': 'db-0' }, { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db' }), peer: 'shop/db[StatefulSet]' },
    { name: 'a Job pod', pod: pod('backup-28391040-abcde', { 'job-name': 'backup-28391040' }, { apiVersion: 'batch/v1', kind: 'Job', name: 'backup-28391040' }), peer: 'shop/backup-28391040[Job]' },
    { name: "a custom resource's pod", pod: pod('web-5f9c7-abcde', {}, { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web' }), peer: 'shop/web[Rollout]' },
    { name: 'an owner whose name the pod name does not follow', pod: pod('frontend-zz', {}, rs('frontend')), peer: 'shop/frontend[ReplicaSet]' },
    // addPodOwner returns false for kind Node: a static pod's mirror is its own workload.
    { name: 'a mirror pod owned by its Node', pod: pod('kube-apiserver-node-a', { component: 'kube-apiserver' }, { apiVersion: 'v1', kind: 'Node', name: 'node-a' }), peer: 'shop/kube-apiserver-node-a[Pod]' },
    // No controller reference: WorkloadPeer names the pod itself.
    { name: 'a bare pod', pod: pod('solo', { app: 'solo' }), peer: 'shop/solo[Pod]' },
    // Fallback (this project's guess, pkg/controller/deployment naming) for pods written without references.
    { name: 'no reference, Deployment labels: the guess', pod: pod('web-7d77fb55cc-h2x9p', { 'pod-template-hash': '7d77fb55cc' }), peer: 'shop/web[Deployment]' },
  ])('$name → $peer', ({ pod: p, peer }) => {
    expect(peersOf(workloads([p]))).toEqual([peer]);
  });

  test('replicas of one ReplicaSet are one peer, with no row between them', () => {
    const a = workloads([pod('web-7d77fb55cc-aaaaa', {}, rs('web-7d77fb55cc')), pod('web-7d77fb55cc-bbbbb', {}, rs('web-7d77fb55cc')), pod('web-5b4f8c9d7-ccccc', {}, rs('web-5b4f8c9d7'))]);
    expect(peersOf(a)).toEqual(['shop/web-5b4f8c9d7[ReplicaSet]', 'shop/web-7d77fb55cc[ReplicaSet]']);
    expect(a.connections.filter((c) => c.from === c.to)).toEqual([]);
  });

  test.each<{ name: string; pods: () => Pod[]; says: string }>([
    { name: 'all pods with references', pods: () => [pod('a-1', {}, rs('a'))], says: 'pods are grouped under their controller ownerReference as written' },
    { name: 'no pod with a reference', pods: () => [pod('a-1', {})], says: 'pods (none has a controller ownerReference) are grouped under the workload their controller\'s labels and names show' },
    { name: 'both', pods: () => [pod('a-1', {}, rs('a')), pod('b-1', {}, rs('b')), pod('c-1', {})], says: 'Node controller: the pod itself); 1 without one under the workload their controller\'s labels and names show' },
  ])('the assumptions say which grouping was used: $name', ({ pods, says }) => {
    const a = workloads(pods(), false);
    expect(a.assumptions.filter((s) => s.includes(says))).toHaveLength(1);
    if (pods().some((p) => p.owner !== undefined)) expect(a.assumptions.join('\n')).toContain("so a Deployment's pods under its ReplicaSet, as netpol-analyzer");
  });
});
