/**
 * The policy operations: add, replace and remove a NetworkPolicy, an AdminNetworkPolicy or the
 * BaselineAdminNetworkPolicy; set a namespace's or a pod's labels (which policies select by). Manifests are read
 * by the PolicyManifestReader in the context (src/io's validation). The policies of the result are what the
 * what-if's connectivity section compares.
 */
import { NAMESPACE_NAME_LABEL } from '../policy/types';
import type { Topology } from '../model/topology';
import { reconcileSlices, servicesSelecting } from './endpointSlices';
import type {
  AddAdminNetworkPolicy,
  AddBaselineAdminNetworkPolicy,
  AddNetworkPolicy,
  ManifestRead,
  OperationContext,
  RemoveAdminNetworkPolicy,
  RemoveNetworkPolicy,
  ReplaceAdminNetworkPolicy,
  ReplaceBaselineAdminNetworkPolicy,
  ReplaceNetworkPolicy,
  SetNamespaceLabels,
  SetPodLabels,
} from './operations';
import { readManifest } from './parsePolicy';
import { done, knownNames, reject, type Step } from './step';

/** The reader's warnings (a CIDR with host bits read as its network…) become notes of the step. */
const warningNotes = (read: ManifestRead<unknown>): string[] => (read.ok ? read.warnings.map((w) => `${w.path}: ${w.message}`) : []);

export function putNetworkPolicy(t: Topology, op: AddNetworkPolicy | ReplaceNetworkPolicy, path: string, ctx: OperationContext): Step {
  const read = readManifest('NetworkPolicy', op.policy, `${path}.policy`, ctx);
  if (!read.ok) return { ok: false, problems: read.problems };
  const policy = read.value;
  const list = t.networkPolicies ?? [];
  const index = list.findIndex((p) => p.namespace === policy.namespace && p.name === policy.name);
  const key = `${policy.namespace}/${policy.name}`;
  if (op.op === 'addNetworkPolicy' && index >= 0) return reject(`${path}.policy.metadata.name`, `NetworkPolicy ${key} exists already (use replaceNetworkPolicy)`);
  if (op.op === 'replaceNetworkPolicy' && index < 0) {
    return reject(`${path}.policy.metadata.name`, `no NetworkPolicy ${key} (in ${policy.namespace}: ${knownNames(list.filter((p) => p.namespace === policy.namespace).map((p) => p.name))})`);
  }
  const networkPolicies = index < 0 ? [...list, policy] : list.map((p, i) => (i === index ? policy : p));
  return done({ ...t, networkPolicies }, [`NetworkPolicy ${key} ${index < 0 ? 'added' : 'replaced'} (${policy.policyTypes.join(' and ')})`, ...warningNotes(read)]);
}

export function putAdminNetworkPolicy(t: Topology, op: AddAdminNetworkPolicy | ReplaceAdminNetworkPolicy, path: string, ctx: OperationContext): Step {
  const read = readManifest('AdminNetworkPolicy', op.policy, `${path}.policy`, ctx);
  if (!read.ok) return { ok: false, problems: read.problems };
  const policy = read.value;
  const list = t.adminNetworkPolicies ?? [];
  const index = list.findIndex((p) => p.name === policy.name);
  if (op.op === 'addAdminNetworkPolicy' && index >= 0) return reject(`${path}.policy.metadata.name`, `AdminNetworkPolicy ${policy.name} exists already (use replaceAdminNetworkPolicy)`);
  if (op.op === 'replaceAdminNetworkPolicy' && index < 0) return reject(`${path}.policy.metadata.name`, `no AdminNetworkPolicy ${policy.name} (known: ${knownNames(list.map((p) => p.name))})`);
  const adminNetworkPolicies = index < 0 ? [...list, policy] : list.map((p, i) => (i === index ? policy : p));
  // KEP-2091: two ANPs with the same priority have no defined order; the evaluator takes name order.
  const tie = list.find((p, i) => i !== index && p.priority === policy.priority);
  const notes = [`AdminNetworkPolicy ${policy.name} ${index < 0 ? 'added' : 'replaced'} (priority ${policy.priority})`];
  if (tie !== undefined) notes.push(`AdminNetworkPolicy ${tie.name} has the same priority ${policy.priority}: their order is undefined upstream (evaluated in name order)`);
  return done({ ...t, adminNetworkPolicies }, [...notes, ...warningNotes(read)]);
}

export function removeAdminNetworkPolicy(t: Topology, op: RemoveAdminNetworkPolicy, path: string): Step {
  const list = t.adminNetworkPolicies ?? [];
  const kept = list.filter((p) => p.name !== op.name);
  if (kept.length === list.length) return reject(`${path}.name`, `no AdminNetworkPolicy ${op.name} (known: ${knownNames(list.map((p) => p.name))})`);
  const next: Topology = { ...t, adminNetworkPolicies: kept };
  if (kept.length === 0) delete (next as { adminNetworkPolicies?: unknown }).adminNetworkPolicies;
  return done(next, [`AdminNetworkPolicy ${op.name} removed`]);
}

/** The BaselineAdminNetworkPolicy is a singleton (named `default`, checked by the reader): add when none, replace when one. */
export function putBaselineAdminNetworkPolicy(t: Topology, op: AddBaselineAdminNetworkPolicy | ReplaceBaselineAdminNetworkPolicy, path: string, ctx: OperationContext): Step {
  const read = readManifest('BaselineAdminNetworkPolicy', op.policy, `${path}.policy`, ctx);
  if (!read.ok) return { ok: false, problems: read.problems };
  const exists = (t.baselineAdminNetworkPolicies ?? []).length > 0;
  if (op.op === 'addBaselineAdminNetworkPolicy' && exists) return reject(`${path}.policy.metadata.name`, 'the BaselineAdminNetworkPolicy exists already (use replaceBaselineAdminNetworkPolicy)');
  if (op.op === 'replaceBaselineAdminNetworkPolicy' && !exists) return reject(`${path}.policy.metadata.name`, 'there is no BaselineAdminNetworkPolicy to replace (use addBaselineAdminNetworkPolicy)');
  return done({ ...t, baselineAdminNetworkPolicies: [read.value] }, [`BaselineAdminNetworkPolicy ${read.value.name} ${exists ? 'replaced' : 'added'}`, ...warningNotes(read)]);
}

export function removeBaselineAdminNetworkPolicy(t: Topology, path: string): Step {
  if ((t.baselineAdminNetworkPolicies ?? []).length === 0) return reject(`${path}.op`, 'there is no BaselineAdminNetworkPolicy to remove');
  const next: Topology = { ...t };
  delete (next as { baselineAdminNetworkPolicies?: unknown }).baselineAdminNetworkPolicies;
  return done(next, ['BaselineAdminNetworkPolicy removed']);
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
