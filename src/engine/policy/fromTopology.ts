/**
 * The policy evaluator's input from a Topology — the one place that turns pods and declared workloads into
 * subjects and decides which workload a pod belongs to (traces, connectivity, lint, the what-if diff and the
 * benchmarks all come through here).
 *
 * A pod's workload (`ownerOf`) is its controller ownerReference as written, as netpol-analyzer takes it
 * (np-guard/netpol-analyzer pkg/netpol/eval/internal/k8s/pod.go PodFromCoreObject/addPodOwner, peer.go
 * WorkloadPeer): the kind and name of the reference with `controller: true`, the hash kept (a Deployment's pod is
 * `<deployment>-<hash>[ReplicaSet]`), a Node controller (static pods' mirrors) = the pod itself. A pod without a
 * controller reference (hand-written documents, generated clusters) has its workload inferred from what the
 * controllers write on the pods they create (`inferredOwnerOf`):
 * - Deployment: label `pod-template-hash` and name `<deployment>-<hash>-<suffix>` (the ReplicaSet is
 *   `<deployment>-<hash>`, its pods `<replicaset>-<random>`; pkg/controller/deployment/sync.go, and
 *   apps/v1 DefaultDeploymentUniqueLabelKey);
 * - StatefulSet: label `statefulset.kubernetes.io/pod-name` equal to the pod's name, `<set>-<ordinal>`
 *   (apps/v1 StatefulSetPodNameLabel; pkg/controller/statefulset/stateful_set_utils.go getPodName);
 * - DaemonSet: label `pod-template-generation` (extensions DaemonSetTemplateGenerationKey, set by
 *   pkg/controller/daemon/util CreatePodTemplate) and name `<daemonset>-<5 characters>` (generateName);
 * - Job: label `batch.kubernetes.io/job-name` (batch/v1 JobNameLabel) or the legacy `job-name`.
 * Anything else is a bare pod, its own workload. The guess names the Deployment where netpol-analyzer (reading the
 * reference) would name the ReplicaSet; the answer's assumptions say which of the two each answer used.
 */
import { allNamespaces, policyModelOf } from '../model/policy';
import type { ContainerPort, Pod, Topology } from '../model/topology';
import type { PolicyModel, PolicySubject, SubjectPort, WorkloadRef } from './types';

const STATEFULSET_POD_NAME = 'statefulset.kubernetes.io/pod-name';
const DAEMONSET_GENERATION = 'pod-template-generation';
const JOB_NAME_LABELS = ['batch.kubernetes.io/job-name', 'job-name'];

/** The Deployment of a pod its ReplicaSet created, from `pod-template-hash` and the name. */
export function deploymentOf(pod: Pod): WorkloadRef | null {
  const hash = pod.labels['pod-template-hash'];
  if (hash === undefined) return null;
  const marker = `-${hash}-`;
  const at = pod.name.lastIndexOf(marker);
  return at > 0 ? { kind: 'Deployment', name: pod.name.slice(0, at) } : null;
}

/**
 * The workload a pod belongs to: its controller ownerReference, else the guess from its labels and name; null = a
 * bare pod. netpol-analyzer's addPodOwner skips a `Node` controller, and so does this (no guess either: a static
 * pod is its own workload there).
 */
export function ownerOf(pod: Pod): WorkloadRef | null {
  if (pod.owner !== undefined) return pod.owner.kind === 'Node' ? null : { kind: pod.owner.kind, name: pod.owner.name };
  return inferredOwnerOf(pod);
}

/** The workload a pod belongs to, from the labels and name its controller gave it; null = a bare pod. */
export function inferredOwnerOf(pod: Pod): WorkloadRef | null {
  const deployment = deploymentOf(pod);
  if (deployment !== null) return deployment;
  if (pod.labels[STATEFULSET_POD_NAME] === pod.name) {
    const m = /^(.+)-\d+$/.exec(pod.name);
    if (m) return { kind: 'StatefulSet', name: m[1]! };
  }
  if (pod.labels[DAEMONSET_GENERATION] !== undefined) {
    const m = /^(.+)-[a-z0-9]{5}$/.exec(pod.name);
    if (m) return { kind: 'DaemonSet', name: m[1]! };
  }
  for (const key of JOB_NAME_LABELS) {
    const job = pod.labels[key];
    if (job !== undefined && pod.name.startsWith(`${job}-`)) return { kind: 'Job', name: job };
  }
  return null;
}

// Pods of one workload share their ports array (src/io and the generator do): converted once per array.
const portsMemo = new WeakMap<readonly ContainerPort[], readonly SubjectPort[]>();
const subjectPorts = (ports: readonly ContainerPort[]): readonly SubjectPort[] => {
  let out = portsMemo.get(ports);
  if (out === undefined) portsMemo.set(ports, (out = ports.map((p) => ({ name: p.name, port: p.containerPort, protocol: p.protocol }))));
  return out;
};

export function subjectFromPod(pod: Pod, owner: WorkloadRef | null = ownerOf(pod)): PolicySubject {
  return {
    namespace: pod.namespace,
    name: pod.name,
    kind: 'Pod',
    labels: pod.labels,
    ports: subjectPorts(pod.ports),
    ips: pod.ips,
    node: pod.nodeName,
    hostNetwork: pod.hostNetwork,
    owner,
    ...(pod.owner === undefined ? {} : { ownerFromReference: true }),
  };
}

/**
 * The evaluator's input for a topology: every namespace (declared or referenced), nodes, and as subjects the pods
 * (each with its inferred workload) plus each workload declared without pods, judged by its pod template. A
 * declared workload and pods inferred to belong to it are one peer at workload level (same namespace, kind, name).
 */
export function policyModelOfTopology(t: Topology): PolicyModel {
  const m = policyModelOf(t);
  const subjects: PolicySubject[] = [
    ...t.pods.map((p) => subjectFromPod(p)),
    ...m.workloads.map((w) => ({
      namespace: w.namespace,
      name: w.name,
      kind: w.kind,
      labels: w.labels,
      ports: subjectPorts(w.ports),
      ips: [],
      node: null,
      hostNetwork: w.hostNetwork,
      owner: null,
    })),
  ];
  return {
    namespaces: allNamespaces(t),
    nodes: t.nodes.map((n) => ({ name: n.name, labels: n.labels, ips: [...n.internalIPs, ...n.externalIPs] })),
    subjects,
    networkPolicies: m.networkPolicies,
    adminNetworkPolicies: m.adminNetworkPolicies,
    baselineAdminNetworkPolicy: m.baselineAdminNetworkPolicies[0] ?? null,
    settings: m.networkPolicy,
  };
}
