/**
 * When each resource runs out under linear growth (nodes, pods and Services per month). The engine has
 * no clock: answers are months from "now" (the topology as given); the interface layer turns them into dates.
 *
 * - node CIDRs: free allocator blocks of each family / nodes per month;
 * - node addresses: free addresses in the underlay subnets of each family / nodes per month;
 * - pod IPs: the cluster's pod headroom H0 grows by c (one new node's capacity) per new node while nodes can
 *   still be added (until node CIDRs or node addresses run out at T), and shrinks by the pods added:
 *   H(t) = H0 + (c·n − p)·min(t, T) − p·max(0, t − T); the answer is the first t with H(t) ≤ 0;
 * - Service IPs: free ClusterIPs of each service CIDR / the Services per month that take an address there
 *   (new Services are single-stack on the primary family unless existing Services show otherwise: the rate
 *   for range i is scaled by the share of today's ClusterIP Services that hold an address in it).
 * `months` is null when the resource does not run out under the given growth, 0 when it already has.
 */
import type { IpFamily } from '../model/topology';
import type { NodeCidrReport } from './nodeCidrs';
import type { PodCapacityReport } from './podCapacity';
import type { ServiceRangeReport } from './serviceRange';
import { roundMonths } from './types';

export interface Growth {
  readonly nodesPerMonth?: number;
  readonly podsPerMonth?: number;
  readonly servicesPerMonth?: number;
}

export const FORECAST_RESOURCES = ['nodeCIDRs', 'podIPs', 'serviceIPs', 'nodeAddresses'] as const;
export type ForecastResource = (typeof FORECAST_RESOURCES)[number];

export interface ForecastItem {
  readonly resource: ForecastResource;
  readonly family: IpFamily | null;
  /** The range or scope the figure is about (cluster CIDR, service CIDR, "underlay", "cluster"). */
  readonly scope: string;
  /** What is left today (a decimal string: may exceed 2^53). */
  readonly available: string;
  readonly perMonth: number;
  readonly months: number | null;
  readonly detail: string;
}

export interface Forecast {
  readonly growth: Required<Growth>;
  readonly items: readonly ForecastItem[];
  /** The resource that runs out first, or null when none does. */
  readonly first: { readonly resource: ForecastResource; readonly family: IpFamily | null; readonly scope: string; readonly months: number } | null;
}

export interface ForecastInput {
  readonly nodeCidrs: NodeCidrReport;
  readonly pods: PodCapacityReport;
  readonly services: readonly ServiceRangeReport[];
  /** Free node addresses per family in the underlay (null when the topology has no subnets of the family). */
  readonly nodeAddresses: readonly { readonly family: IpFamily; readonly free: bigint }[];
  /** Capacity of one new node; default: the most common node capacity. */
  readonly newNodeCapacity?: number;
  /** Services with a ClusterIP in each service range, and the number of ClusterIP Services. */
  readonly serviceShares: readonly number[];
}

/** Months until `available` is used up at `rate` per month. */
export function monthsUntil(available: bigint, rate: number): number | null {
  if (available <= 0n) return 0;
  if (!(rate > 0)) return null;
  // A rate so small that the quotient overflows means never, in any horizon a number can say.
  return finiteMonths(Number(available) / rate);
}

/** Months as answered: a non-finite count (an overflow of extreme growth figures) is "never" (null), not NaN or ∞. */
function finiteMonths(months: number): number | null {
  return Number.isFinite(months) ? roundMonths(months) : null;
}

export function forecast(input: ForecastInput, growth: Growth): Forecast {
  const g = { nodesPerMonth: growth.nodesPerMonth ?? 0, podsPerMonth: growth.podsPerMonth ?? 0, servicesPerMonth: growth.servicesPerMonth ?? 0 };
  for (const [k, v] of Object.entries(g)) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${k} must be a finite number ≥ 0, got ${v}`);
  }
  const items: ForecastItem[] = [];
  for (const f of input.nodeCidrs.families) {
    if (f.setError !== null) continue;
    const free = BigInt(f.free.value);
    items.push({
      resource: 'nodeCIDRs',
      family: f.family,
      scope: f.clusterCIDR,
      available: free.toString(),
      perMonth: g.nodesPerMonth,
      months: monthsUntil(free, g.nodesPerMonth),
      detail: `${free} free /${f.nodeMaskSize} blocks ÷ ${g.nodesPerMonth} nodes per month`,
    });
  }
  for (const a of input.nodeAddresses) {
    items.push({
      resource: 'nodeAddresses',
      family: a.family,
      scope: 'underlay',
      available: a.free.toString(),
      perMonth: g.nodesPerMonth,
      months: monthsUntil(a.free, g.nodesPerMonth),
      detail: `${a.free} free ${a.family} node addresses in the underlay subnets ÷ ${g.nodesPerMonth} nodes per month`,
    });
  }
  const nodeLimit = items.filter((i) => i.resource === 'nodeCIDRs' || i.resource === 'nodeAddresses').map((i) => i.months);
  const stopNodes = nodeLimit.length === 0 || nodeLimit.every((m) => m === null) ? null : Math.min(...nodeLimit.filter((m): m is number => m !== null));
  const c = input.newNodeCapacity ?? mostCommon(input.pods.nodes.map((n) => n.capacity.value));
  items.push(podItem(input.pods.totals.headroom, c, g.nodesPerMonth, g.podsPerMonth, stopNodes));
  for (const [i, s] of input.services.entries()) {
    const rate = g.servicesPerMonth * (input.serviceShares[i] ?? (i === 0 ? 1 : 0));
    const free = BigInt(s.free);
    items.push({
      resource: 'serviceIPs',
      family: s.family,
      scope: s.cidr,
      available: free.toString(),
      perMonth: roundMonths(rate),
      months: monthsUntil(free, rate),
      detail: `${free} free ClusterIPs ÷ ${roundMonths(rate)} Services per month taking an address here`,
    });
  }
  const finite = items.filter((i): i is ForecastItem & { months: number } => i.months !== null);
  const first = finite.length === 0 ? null : finite.reduce((a, b) => (b.months < a.months ? b : a));
  return {
    growth: g,
    items,
    first: first ? { resource: first.resource, family: first.family, scope: first.scope, months: first.months } : null,
  };
}

/** H(t) = H0 + (c·n − p)·min(t, T) − p·max(0, t − T): the first t ≥ 0 with H(t) ≤ 0. */
export function podMonths(h0: number, c: number, n: number, p: number, stopNodes: number | null): number | null {
  if (h0 <= 0) return 0;
  const slope = c * n - p;
  const T = stopNodes ?? Infinity;
  if (slope < 0) {
    const t = h0 / -slope;
    if (t <= T) return roundMonths(t);
  } else if (T === Infinity) {
    return null;
  }
  if (T === Infinity) return null;
  // Nodes that stop at month 0 add nothing, however fast they were said to grow (∞ · 0 would be NaN).
  const hT = T === 0 ? h0 : h0 + slope * T;
  if (hT <= 0) return roundMonths(T);
  return p > 0 ? finiteMonths(T + hT / p) : null;
}

function podItem(h0: number, c: number, n: number, p: number, stopNodes: number | null): ForecastItem {
  const months = podMonths(h0, c, n, p, stopNodes);
  return {
    resource: 'podIPs',
    family: null,
    scope: 'cluster',
    available: String(h0),
    perMonth: p,
    months,
    detail:
      `headroom ${h0} pods; +${c} per new node × ${n} nodes/month` +
      (stopNodes === null ? '' : ` until nodes stop at month ${stopNodes}`) +
      `; −${p} pods/month`,
  };
}

function mostCommon(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0]!;
  for (const [v, k] of counts) if (k > counts.get(best)! || (k === counts.get(best)! && v < best)) best = v;
  return best;
}
