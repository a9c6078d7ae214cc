/**
 * The policy operations: add, replace and remove a NetworkPolicy; set a namespace's or a pod's labels (which
 * policies select by). The policies of the result are what the what-if's connectivity section compares.
 */
import { NAMESPACE_NAME_LABEL } from '../policy/types';
import type { Topology } from '../model/topology';
import { reconcileSlices, servicesSelecting } from './endpointSlices';
import type { AddNetworkPolicy, RemoveNetworkPolicy, ReplaceNetworkPolicy, SetNamespaceLabels, SetPodLabels } from './operations';
import { networkPolicyFromManifest } from './parsePolicy';
import { done, knownNames, reject, type Step } from './step';

export function putNetworkPolicy(t: Topology, op: AddNetworkPolicy | ReplaceNetworkPolicy, path: string): Step {
  const problems: { path: string; message: string }[] = [];
  const policy = networkPolicyFromManifest(op.policy, `${path}.policy`, problems);
  if (policy === undefined) return { ok: false, problems };
  const list = t.networkPolicies ?? [];
  const index = list.findIndex((p) => p.namespace === policy.namespace && p.name === policy.name);
  const key = `${policy.namespace}/${policy.name}`;
  if (op.op === 'addNetworkPolicy' && index >= 0) return reject(`${path}.policy.metadata.name`, `NetworkPolicy ${key} exists already (use replaceNetworkPolicy)`);
  if (op.op === 'replaceNetworkPolicy' && index < 0) {
    return reject(`${path}.policy.metadata.name`, `no NetworkPolicy ${key} (in ${policy.namespace}: ${knownNames(list.filter((p) => p.namespace === policy.namespace).map((p) => p.name))})`);
  }
  const networkPolicies = index < 0 ? [...list, policy] : list.map((p, i) => (i === index ? policy : p));
  return done({ ...t, networkPolicies }, [`NetworkPolicy ${key} ${index < 0 ? 'added' : 'replaced'} (${policy.policyTypes.join(' and ')})`]);
}

export function removeNetworkPolicy(t: Topology, op: RemoveNetworkPolicy, path: string): Step {
  const list = t.networkPolicies ?? [];
  const kept = list.filter((p) => !(p.namespace === op.namespace && p.name === op.name));
  if (kept.length === list.length) return reject(`${path}.name`, `no NetworkPolicy ${op.namespace}/${op.name} (in ${op.namespace}: ${knownNames(list.filter((p) => p.namespace === op.namespace).map((p) => p.name))})`);
  const next: Topology = { ...t, networkPolicies: kept };
  if (kept.length === 0) delete (next as { networkPolicies?: unknown }).networkPolicies;
  return done(next, [`NetworkPolicy ${op.namespace}/${op.name} removed`]);
}

export function setNamespaceLabels(t: Topology, op: SetNamespaceLabels): Step {
  const labels = { ...op.labels, [NAMESPACE_NAME_LABEL]: op.namespace };
  const list = t.namespaces ?? [];
  const exists = list.some((ns) => ns.name === op.namespace);
  const namespaces = exists ? list.map((ns) => (ns.name === op.namespace ? { name: ns.name, labels } : ns)) : [...list, { name: op.namespace, labels }];
  return done({ ...t, namespaces }, [`namespace ${op.namespace} labels set${exists ? '' : ' (the namespace is now declared)'}`]);
}

export function setPodLabels(t: Topology, op: SetPodLabels, path: string): Step {
  const index = t.pods.findIndex((p) => p.namespace === op.namespace && p.name === op.name);
  if (index < 0) return reject(`${path}.name`, `no pod ${op.namespace}/${op.name} (pods in ${op.namespace}: ${knownNames(t.pods.filter((p) => p.namespace === op.namespace).map((p) => p.name))})`);
  const before = t.pods[index]!;
  const after = { ...before, labels: { ...op.labels } };
  // Services that selected the pod before or select it now get their endpoints recomputed.
  const touched = new Set([...servicesSelecting(t, [before]), ...servicesSelecting(t, [after])]);
  const next = { ...t, pods: t.pods.map((p, i) => (i === index ? after : p)) };
  return done(reconcileSlices(next, touched), [`pod ${op.namespace}/${op.name} labels set`]);
}
