/**
 * The policy part of a Topology ⇄ rows (Namespace, NetworkPolicy, AdminNetworkPolicy, Workload tables and the
 * Topology row's `np*` settings columns). A policy's spec is stored as one JSON value (prisma/schema.prisma says
 * why); reading checks its outline so that a row edited by hand fails here, not deep inside the evaluator.
 */
import {
  compactPolicyModel,
  WORKLOAD_KINDS,
  type AdminNetworkPolicy,
  type BaselineAdminNetworkPolicy,
  type NetworkPolicy,
  type TopologyPolicies,
} from '../engine/model/policy';
import { DEFAULT_POLICY_SETTINGS } from '../engine/policy/types';
import type { Topology } from '../engine/model/topology';
import { asContainerPorts } from './jsonColumns';
import type { Prisma } from './generated/prisma/client';
import type * as Row from './generated/prisma/client';

type JsonRow<M> = { [K in keyof M]: M[K] };

export interface PolicyChildRows {
  Namespace: JsonRow<Row.Namespace>[];
  NetworkPolicy: JsonRow<Row.NetworkPolicy>[];
  AdminNetworkPolicy: JsonRow<Row.AdminNetworkPolicy>[];
  Workload: JsonRow<Row.Workload>[];
}

export interface StoredPolicyRows {
  namespaces: Row.Namespace[];
  networkPolicies: Row.NetworkPolicy[];
  adminPolicies: Row.AdminNetworkPolicy[];
  workloads: Row.Workload[];
}

const json = (value: unknown) => value as Prisma.JsonValue;

export function policySettingsColumns(t: Topology): Pick<Row.Topology, 'npIpBlockSelectsPodIPs' | 'npEnforced' | 'npPodToItself' | 'npOwnNode' | 'npHostNetworkPods'> {
  const s = t.networkPolicy ?? DEFAULT_POLICY_SETTINGS;
  return { npIpBlockSelectsPodIPs: s.ipBlockSelectsPodIPs, npEnforced: s.enforced ?? null, npPodToItself: s.podToItself, npOwnNode: s.ownNode, npHostNetworkPods: s.hostNetworkPods };
}

/** The policy tables' rows, one builder per table (the writer builds each table's rows while it writes that table). */
export const POLICY_ROW_BUILDERS: { readonly [K in keyof PolicyChildRows]: (t: Topology, topologyId: number) => PolicyChildRows[K] } = {
  Namespace: (t, topologyId) => (t.namespaces ?? []).map((ns, ordinal) => ({ topologyId, ordinal, name: ns.name, labels: json(ns.labels) })),
  NetworkPolicy: (t, topologyId) =>
    (t.networkPolicies ?? []).map((p, ordinal) => ({
      topologyId,
      ordinal,
      namespace: p.namespace,
      name: p.name,
      spec: json({ podSelector: p.podSelector, policyTypes: p.policyTypes, ingress: p.ingress, egress: p.egress }),
    })),
  AdminNetworkPolicy: (t, topologyId) => [
    ...(t.adminNetworkPolicies ?? []).map((p, ordinal) => ({
      topologyId,
      tier: 'admin' as const,
      ordinal,
      name: p.name,
      priority: p.priority,
      spec: json({ subject: p.subject, ingress: p.ingress, egress: p.egress }),
    })),
    ...(t.baselineAdminNetworkPolicies ?? []).map((p, ordinal) => ({
      topologyId,
      tier: 'baseline' as const,
      ordinal,
      name: p.name,
      priority: null,
      spec: json({ subject: p.subject, ingress: p.ingress, egress: p.egress }),
    })),
  ],
  Workload: (t, topologyId) =>
    (t.workloads ?? []).map((w, ordinal) => ({
      topologyId,
      ordinal,
      kind: w.kind,
      namespace: w.namespace,
      name: w.name,
      labels: json(w.labels),
      ports: json(w.ports),
      hostNetwork: w.hostNetwork,
      replicas: w.replicas,
    })),
};

function corrupt(where: string, what: string, value: unknown): Error {
  return new Error(`stored ${where} has an invalid ${what}: ${JSON.stringify(value)?.slice(0, 200)}`);
}

function object(value: unknown, where: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw corrupt(where, what, value);
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw corrupt(where, what, value);
  return value;
}

function labels(value: unknown, where: string): Record<string, string> {
  const o = object(value, where, 'label map');
  if (Object.values(o).some((v) => typeof v !== 'string')) throw corrupt(where, 'label map', value);
  return o as Record<string, string>;
}

/** The outline of a stored spec: the keys and list types the model promises (values were validated on import). */
function checkRules(spec: Record<string, unknown>, where: string): void {
  for (const key of ['ingress', 'egress']) for (const rule of array(spec[key], where, key)) array(object(rule, where, `${key} rule`).peers, where, `${key} peers`);
}

export function policyModelFromRows(t: Row.Topology, rows: StoredPolicyRows): TopologyPolicies {
  const networkPolicies: NetworkPolicy[] = rows.networkPolicies.map((r) => {
    const where = `NetworkPolicy ${r.namespace}/${r.name}`;
    const spec = object(r.spec, where, 'spec');
    object(spec.podSelector, where, 'podSelector');
    array(spec.policyTypes, where, 'policyTypes');
    checkRules(spec, where);
    return { namespace: r.namespace, name: r.name, ...(spec as Pick<NetworkPolicy, 'podSelector' | 'policyTypes' | 'ingress' | 'egress'>) };
  });
  const admin = (r: Row.AdminNetworkPolicy) => {
    const where = `${r.tier === 'admin' ? 'AdminNetworkPolicy' : 'BaselineAdminNetworkPolicy'} ${r.name}`;
    const spec = object(r.spec, where, 'spec');
    object(spec.subject, where, 'subject');
    checkRules(spec, where);
    return { name: r.name, ...(spec as Pick<AdminNetworkPolicy, 'subject' | 'ingress' | 'egress'>) };
  };
  const adminNetworkPolicies: AdminNetworkPolicy[] = rows.adminPolicies
    .filter((r) => r.tier === 'admin')
    .map((r) => {
      if (r.priority === null) throw corrupt(`AdminNetworkPolicy ${r.name}`, 'priority', null);
      return { ...admin(r), priority: r.priority };
    });
  const baselineAdminNetworkPolicies = rows.adminPolicies.filter((r) => r.tier === 'baseline').map(admin) as BaselineAdminNetworkPolicy[];
  return compactPolicyModel({
    namespaces: rows.namespaces.map((r) => ({ name: r.name, labels: labels(r.labels, `Namespace ${r.name}`) })),
    networkPolicies,
    adminNetworkPolicies,
    baselineAdminNetworkPolicies,
    workloads: rows.workloads.map((r) => {
      const where = `${r.kind} ${r.namespace}/${r.name}`;
      if (!WORKLOAD_KINDS.includes(r.kind)) throw corrupt(where, 'kind', r.kind);
      return {
        kind: r.kind,
        namespace: r.namespace,
        name: r.name,
        labels: labels(r.labels, where),
        ports: asContainerPorts(r.ports, where),
        hostNetwork: r.hostNetwork,
        replicas: r.replicas,
      };
    }),
    networkPolicy: { ipBlockSelectsPodIPs: t.npIpBlockSelectsPodIPs, enforced: t.npEnforced ?? undefined, podToItself: t.npPodToItself, ownNode: t.npOwnNode, hostNetworkPods: t.npHostNetworkPods },
  });
}
