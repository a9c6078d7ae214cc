/**
 * Policy subjects from a Topology's pods (what src/io produces, and what the generator and the benchmarks use).
 * A pod's workload is its `owner` when the caller knows it (ownerReferences); otherwise a pod carrying
 * `pod-template-hash` and named `<deployment>-<hash>-<suffix>` belongs to Deployment `<deployment>` — the names the
 * Deployment and ReplicaSet controllers give (pkg/controller/deployment/sync.go, controller_utils.go getPodsPrefix).
 */
import type { Pod } from '../model/topology';
import type { PolicySubject, WorkloadRef } from './types';

export function deploymentOf(pod: Pod): WorkloadRef | null {
  const hash = pod.labels['pod-template-hash'];
  if (hash === undefined) return null;
  const marker = `-${hash}-`;
  const at = pod.name.lastIndexOf(marker);
  return at > 0 ? { kind: 'Deployment', name: pod.name.slice(0, at) } : null;
}

const portsMemo = new WeakMap<Pod['ports'], PolicySubject['ports']>();

export function subjectFromPod(pod: Pod, owner: WorkloadRef | null = deploymentOf(pod)): PolicySubject {
  let ports = portsMemo.get(pod.ports);
  if (ports === undefined) portsMemo.set(pod.ports, (ports = pod.ports.map((p) => ({ name: p.name, port: p.containerPort, protocol: p.protocol }))));
  return {
    namespace: pod.namespace,
    name: pod.name,
    kind: 'Pod',
    labels: pod.labels,
    ports,
    ips: pod.ips,
    node: pod.nodeName,
    hostNetwork: pod.hostNetwork,
    owner,
  };
}
