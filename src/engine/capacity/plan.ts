/**
 * plan: address ranges for a cluster that does not exist yet (or a rebuild). From a target — nodes, max
 * Pods per node, Services, families, provider — it sizes every range by its provider's rule (planSizing.ts),
 * multiplies by the growth headroom, and places each range with the free-CIDR finder inside the given
 * supernets, avoiding the caller's ranges, the topology's ranges (when a topology is given) and the ranges
 * already placed. Largest first, so small ranges do not fragment the space the large ones need. Every step
 * is spelled out in `reasoning`.
 */
import type { IpFamily, Topology } from '../model/topology';
import { Prefix } from '../net';
import { freeCidr, type KnownRange } from './freeCidr';
import { sizeFamily, type FamilySizing } from './planSizing';
import type { SourceKey } from './sources';
import { citedSources, type Figure, type Provider } from './types';

export interface PlanRequest {
  readonly nodes: number;
  readonly maxPodsPerNode: number;
  readonly services: number;
  readonly families?: readonly IpFamily[];
  readonly provider?: Provider;
  /** Supernets to place ranges in (either family); default RFC 1918 and fd00::/8. */
  readonly within?: readonly string[];
  readonly avoid?: readonly string[];
  /** Headroom multiplier for nodes and Services (default 2: room to double). */
  readonly growthFactor?: number;
  /** Or size for linear growth: current + rate × horizonMonths (the larger target wins). */
  readonly horizonMonths?: number;
  readonly nodesPerMonth?: number;
  readonly servicesPerMonth?: number;
  readonly calicoBlockSize?: number;
  readonly awsPrefixDelegation?: boolean;
}

/** The ranges a plan places. */
export const PLAN_RANGE_ROLES = ['podCIDR', 'serviceCIDR', 'nodeSubnet'] as const;

export interface PlannedRange {
  readonly role: (typeof PLAN_RANGE_ROLES)[number];
  readonly length: Figure<number>;
  /** The placed prefix, or null when no free block of that length exists in the supernets. */
  readonly cidr: string | null;
  readonly reason: string | null;
}

export interface PlanFamily {
  readonly family: IpFamily;
  readonly nodeMask: Figure<number> | null;
  readonly ranges: readonly PlannedRange[];
}

export interface Plan {
  readonly ok: boolean;
  readonly provider: Provider;
  readonly targets: { readonly nodes: number; readonly services: number; readonly maxPodsPerNode: number };
  readonly families: readonly PlanFamily[];
  readonly reasoning: readonly string[];
  readonly problems: readonly string[];
  readonly citations: Partial<Record<SourceKey, string>>;
}

export type PlanResult = { readonly ok: true; readonly value: Plan } | { readonly ok: false; readonly message: string };

const positive = (n: number | undefined) => n !== undefined && Number.isInteger(n) && n >= 1;

export function plan(request: PlanRequest, topology: Topology | null = null): PlanResult {
  if (!positive(request.nodes)) return { ok: false, message: `nodes must be a positive integer, got ${request.nodes}` };
  if (!positive(request.maxPodsPerNode)) return { ok: false, message: `maxPodsPerNode must be a positive integer, got ${request.maxPodsPerNode}` };
  if (!Number.isInteger(request.services) || request.services < 0) return { ok: false, message: `services must be an integer ≥ 0, got ${request.services}` };
  const factor = request.growthFactor ?? 2;
  if (!(factor >= 1) || !Number.isFinite(factor)) return { ok: false, message: `growthFactor must be ≥ 1, got ${factor}` };
  const provider = request.provider ?? 'generic';
  const families = request.families && request.families.length > 0 ? [...new Set(request.families)] : (['IPv4'] as IpFamily[]);
  if (provider === 'gke' && families.includes('IPv6') && !families.includes('IPv4')) {
    return { ok: false, message: 'GKE clusters are IPv4 or dual-stack; an IPv6-only plan is not modeled' };
  }
  const within = (request.within ?? []).map((s) => [s, Prefix.tryParse(s)] as const);
  const badWithin = within.find(([, p]) => !p);
  if (badWithin) return { ok: false, message: `${JSON.stringify(badWithin[0])} is not a CIDR` };

  const horizon = request.horizonMonths ?? 0;
  const target = (now: number, rate: number | undefined) => Math.max(Math.ceil(now * factor), Math.ceil(now + (rate ?? 0) * horizon));
  const targets = {
    nodes: target(request.nodes, request.nodesPerMonth),
    services: target(request.services, request.servicesPerMonth),
    maxPodsPerNode: request.maxPodsPerNode,
  };
  const reasoning: string[] = [
    `targets: ${targets.nodes} nodes and ${targets.services} Services (now × ${factor}` +
      (horizon > 0 ? `, or now + growth over ${horizon} months, whichever is larger` : '') +
      `), ${targets.maxPodsPerNode} Pods per node, provider ${provider}`,
  ];
  const problems: string[] = [];
  const planned: KnownRange[] = [];
  const out: PlanFamily[] = [];
  for (const family of families) {
    const sizing = sizeFamily({
      provider,
      family,
      nodes: targets.nodes,
      maxPodsPerNode: targets.maxPodsPerNode,
      services: targets.services,
      calicoBlockSize: request.calicoBlockSize,
      awsPrefixDelegation: request.awsPrefixDelegation,
    });
    problems.push(...sizing.problems.map((p) => `${family}: ${p}`));
    if (sizing.nodeMask) reasoning.push(`${family} node block: /${sizing.nodeMask.value} — ${sizing.nodeMask.detail}`);
    const supernets = within.filter(([, p]) => p!.family === family).map(([s]) => s);
    out.push({ family, nodeMask: sizing.nodeMask, ranges: place(sizing, supernets, request.avoid ?? [], topology, planned, reasoning, problems) });
  }
  const defaults: SourceKey[] = within.length === 0 ? ['rfc1918', 'rfc4193'] : [];
  const body = { ok: problems.length === 0, provider, targets, families: out, reasoning, problems };
  return { ok: true, value: { ...body, citations: citedSources([body, { sources: defaults }]) } };
}

function place(
  sizing: FamilySizing,
  within: readonly string[],
  avoid: readonly string[],
  topology: Topology | null,
  planned: KnownRange[],
  reasoning: string[],
  problems: string[],
): PlannedRange[] {
  const wanted: { role: PlannedRange['role']; length: Figure<number> }[] = [];
  if (sizing.podCIDRLength) wanted.push({ role: 'podCIDR', length: sizing.podCIDRLength });
  wanted.push({ role: 'serviceCIDR', length: sizing.serviceLength }, { role: 'nodeSubnet', length: sizing.nodeSubnetLength });
  // Largest first; ties keep the order above.
  const order = [...wanted.keys()].sort((a, b) => wanted[a]!.length.value - wanted[b]!.length.value || a - b);
  const placed = new Map<number, PlannedRange>();
  for (const i of order) {
    const w = wanted[i]!;
    const r = freeCidr(topology, { length: w.length.value, family: sizing.family, within: within.length > 0 ? within : undefined, avoid }, planned);
    let cidr: string | null = null;
    let reason: string | null = null;
    if (!r.ok) reason = r.message;
    else if (r.value.found.length === 0) reason = r.value.supernets.map((s) => `${s.supernet}: ${s.reason ?? 'no block'}`).join('; ');
    else cidr = r.value.found[0]!;
    if (cidr) {
      planned.push({ cidr, source: 'planned', name: `${sizing.family} ${w.role}` });
      reasoning.push(`${sizing.family} ${w.role}: /${w.length.value} — ${w.length.detail}; first free block: ${cidr}`);
    } else {
      problems.push(`${sizing.family} ${w.role}: no free /${w.length.value} (${reason})`);
    }
    placed.set(i, { role: w.role, length: w.length, cidr, reason });
  }
  return wanted.map((_, i) => placed.get(i)!);
}
