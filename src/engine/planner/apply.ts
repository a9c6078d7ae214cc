/**
 * applyOperations: base Topology + ordered operations → a new Topology. Pure: the base is never mutated
 * (each operation builds a new Topology from the previous one, sharing what it does not change), the
 * result depends only on the inputs. The first operation that does not apply stops everything with its
 * index and the reasons; nothing of a plan that failed is returned, so "the scenario is left as it was".
 *
 * Each operation is checked by parseOperation first (the same boundary the API uses), so a persisted
 * operation that no longer parses is reported at its path rather than applied half-understood.
 */
import type { Topology } from '../model/topology';
import { addClusterCIDR, setClusterCIDRs, setNodeMask, setServiceCIDRs } from './applyCidrs';
import {
  addExternalNetwork,
  addNodeRoute,
  addSubnet,
  addUnderlayRoute,
  removeExternalNetwork,
  removeNodeRoute,
  removeSubnet,
  removeUnderlayRoute,
  setCni,
  setKubeProxy,
  setPodMtu,
  setUnderlayMtu,
} from './applyNetwork';
import { addNodes, removeNode } from './applyNodes';
import {
  putAdminNetworkPolicy,
  putBaselineAdminNetworkPolicy,
  putNetworkPolicy,
  removeAdminNetworkPolicy,
  removeBaselineAdminNetworkPolicy,
  removeNetworkPolicy,
  setNamespaceLabels,
  setPodLabels,
} from './applyPolicies';
import { addPods, addService, removePods, removeService, scaleService } from './applyWorkloads';
import type { Operation, OperationContext, Problem } from './operations';
import { parseOperation } from './parseOperation';
import type { Step } from './step';

export type ApplyResult =
  | { readonly ok: true; readonly topology: Topology; readonly notes: readonly string[] }
  /** `index` of the operation that did not apply; `problems` say why, with paths `operations[index].…`. */
  | { readonly ok: false; readonly index: number; readonly problems: readonly Problem[] };

export function applyOperation(t: Topology, op: Operation, path: string, ctx: OperationContext = {}): Step {
  switch (op.op) {
    case 'addNodes':
      return addNodes(t, op, path);
    case 'removeNode':
      return removeNode(t, op, path);
    case 'setClusterCIDRs':
      return setClusterCIDRs(t, op, path);
    case 'addClusterCIDR':
      return addClusterCIDR(t, op, path);
    case 'setNodeMask':
      return setNodeMask(t, op, path);
    case 'setServiceCIDRs':
      return setServiceCIDRs(t, op, path);
    case 'setCni':
      return setCni(t, op, path);
    case 'setUnderlayMtu':
      return setUnderlayMtu(t, op, path);
    case 'setPodMtu':
      return setPodMtu(t, op);
    case 'addSubnet':
      return addSubnet(t, op, path);
    case 'removeSubnet':
      return removeSubnet(t, op, path);
    case 'addUnderlayRoute':
      return addUnderlayRoute(t, op, path);
    case 'removeUnderlayRoute':
      return removeUnderlayRoute(t, op, path);
    case 'addNodeRoute':
      return addNodeRoute(t, op, path);
    case 'removeNodeRoute':
      return removeNodeRoute(t, op, path);
    case 'addExternalNetwork':
      return addExternalNetwork(t, op, path);
    case 'removeExternalNetwork':
      return removeExternalNetwork(t, op, path);
    case 'setKubeProxy':
      return setKubeProxy(t, op);
    case 'addService':
      return addService(t, op, path);
    case 'removeService':
      return removeService(t, op, path);
    case 'scaleService':
      return scaleService(t, op, path);
    case 'addPods':
      return addPods(t, op, path);
    case 'addNetworkPolicy':
    case 'replaceNetworkPolicy':
      return putNetworkPolicy(t, op, path, ctx);
    case 'removeNetworkPolicy':
      return removeNetworkPolicy(t, op, path);
    case 'addAdminNetworkPolicy':
    case 'replaceAdminNetworkPolicy':
      return putAdminNetworkPolicy(t, op, path, ctx);
    case 'removeAdminNetworkPolicy':
      return removeAdminNetworkPolicy(t, op, path);
    case 'addBaselineAdminNetworkPolicy':
    case 'replaceBaselineAdminNetworkPolicy':
      return putBaselineAdminNetworkPolicy(t, op, path, ctx);
    case 'removeBaselineAdminNetworkPolicy':
      return removeBaselineAdminNetworkPolicy(t, path);
    case 'setNamespaceLabels':
      return setNamespaceLabels(t, op);
    case 'setPodLabels':
      return setPodLabels(t, op, path);
    case 'removePods':
      return removePods(t, op, path);
  }
}

/** `ctx.manifests` reads the policy manifests of policy operations (the application layer passes src/io's reader). */
export function applyOperations(base: Topology, operations: readonly Operation[], ctx: OperationContext = {}): ApplyResult {
  let topology = base;
  const notes: string[] = [];
  for (const [index, raw] of operations.entries()) {
    const path = `operations[${index}]`;
    const parsed = parseOperation(raw, path, ctx);
    if (!parsed.ok) return { ok: false, index, problems: parsed.problems };
    const step = applyOperation(topology, parsed.operation, path, ctx);
    if (!step.ok) return { ok: false, index, problems: step.problems };
    topology = step.topology;
    for (const n of step.notes) notes.push(`${path} ${parsed.operation.op}: ${n}`);
  }
  return { ok: true, topology, notes };
}
