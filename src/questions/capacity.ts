import {
  capacityReport,
  freeCidr,
  maxPods,
  plan,
  PROVIDERS,
  type CapacityReport,
  type FreeCidrAnswer,
  type MaxPodsAnswer,
  type Plan,
  type Provider,
} from '../engine/capacity';
import type { IpFamily, Topology } from '../engine/model/topology';
import type { Problem } from '../io/problems';
import type { QuestionResult } from './problems';
import { familyNamed } from './families';

/** One resource's headroom, the figure scripted jobs alert on. Counts are decimal strings (IPv6 exceeds 2^53). */
export interface Headroom {
  resource: 'nodeCIDRs' | 'podIPs' | 'serviceIPs' | 'nodeAddresses';
  scope: string;
  family: IpFamily | null;
  total: string;
  used: string;
  free: string;
  /** free / total × 100, rounded to 0.01; null when total is 0. */
  freePercent: number | null;
}

export interface CapacityAnswer {
  headroom: Headroom[];
  /** The threshold asked about (percent), and whether some headroom is below it. */
  failBelow: number | null;
  failed: boolean;
  /** The lowest headroom, the one to look at first. */
  lowest: Headroom | null;
  report: CapacityReport;
}

export interface CapacityInput {
  provider?: string;
  growthNodesPerMonth?: number;
  growthPodsPerMonth?: number;
  growthServicesPerMonth?: number;
  failBelow?: number;
}

function percent(free: bigint, total: bigint): number | null {
  if (total <= 0n) return null;
  return Number((free * 10000n) / total) / 100;
}

function headroom(resource: Headroom['resource'], scope: string, family: IpFamily | null, total: bigint, free: bigint): Headroom {
  const clamped = free < 0n ? 0n : free;
  return { resource, scope, family, total: total.toString(), used: (total - clamped).toString(), free: clamped.toString(), freePercent: percent(clamped, total) };
}

export function headroomOf(report: CapacityReport): Headroom[] {
  const out: Headroom[] = [];
  for (const f of report.nodeCIDRs.families) out.push(headroom('nodeCIDRs', f.clusterCIDR, f.family, BigInt(f.blocks.value), BigInt(f.free.value)));
  const pods = report.pods.totals;
  out.push(headroom('podIPs', 'cluster', null, BigInt(pods.capacity), BigInt(pods.capacity - pods.podsPlaced)));
  for (const s of report.services) out.push(headroom('serviceIPs', s.cidr, s.family, BigInt(s.allocatable.value), BigInt(s.free)));
  for (const u of report.underlay) out.push(headroom('nodeAddresses', `${u.name} ${u.cidr}`, u.family, BigInt(u.usable.value), BigInt(u.free)));
  return out;
}

function nonNegative(path: string, value: number | undefined, problems: Problem[]): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) problems.push({ path, message: `${value} must be a number ≥ 0` });
}

function providerOf(raw: string | undefined, problems: Problem[]): Provider | undefined {
  if (raw === undefined) return undefined;
  if ((PROVIDERS as readonly string[]).includes(raw)) return raw as Provider;
  problems.push({ path: 'provider', message: `"${raw}" is not one of ${PROVIDERS.join(', ')}` });
  return undefined;
}

export function answerCapacity(topology: Topology, input: CapacityInput = {}): QuestionResult<CapacityAnswer> {
  const problems: Problem[] = [];
  nonNegative('growthNodesPerMonth', input.growthNodesPerMonth, problems);
  nonNegative('growthPodsPerMonth', input.growthPodsPerMonth, problems);
  nonNegative('growthServicesPerMonth', input.growthServicesPerMonth, problems);
  if (input.failBelow !== undefined && !(input.failBelow >= 0 && input.failBelow <= 100)) problems.push({ path: 'failBelow', message: `${input.failBelow} is not a percentage (0–100)` });
  const provider = providerOf(input.provider, problems);
  if (problems.length > 0) return { ok: false, problems };
  const growing = [input.growthNodesPerMonth, input.growthPodsPerMonth, input.growthServicesPerMonth].some((g) => g !== undefined);
  const report = capacityReport(topology, {
    provider,
    growth: growing
      ? { nodesPerMonth: input.growthNodesPerMonth, podsPerMonth: input.growthPodsPerMonth, servicesPerMonth: input.growthServicesPerMonth }
      : undefined,
  });
  const rows = headroomOf(report);
  const lowest = rows.filter((h) => h.freePercent !== null).sort((a, b) => a.freePercent! - b.freePercent!)[0] ?? null;
  const failBelow = input.failBelow ?? null;
  const failed = failBelow !== null && rows.some((h) => h.freePercent !== null && h.freePercent < failBelow);
  return { ok: true, answer: { headroom: rows, failBelow, failed, lowest, report } };
}

export interface FreeCidrInput {
  prefixLength: number;
  within?: string[];
  avoid?: string[];
  count?: number;
  family?: string;
}

// Looked up with familyNamed: a plain index would answer "constructor" with Object's own property.
const FAMILIES: Record<string, IpFamily> = { ipv4: 'IPv4', ipv6: 'IPv6' };

export function answerFreeCidrs(topology: Topology | null, input: FreeCidrInput): QuestionResult<FreeCidrAnswer> {
  const problems: Problem[] = [];
  const family = input.family === undefined ? undefined : familyNamed(FAMILIES, input.family);
  if (input.family !== undefined && !family) problems.push({ path: 'family', message: `"${input.family}" is not ipv4 or ipv6` });
  if (input.count !== undefined && !(Number.isInteger(input.count) && input.count >= 1 && input.count <= 1000)) problems.push({ path: 'count', message: `${input.count} is not a whole number from 1 to 1000` });
  if (problems.length > 0) return { ok: false, problems };
  const r = freeCidr(topology, { length: input.prefixLength, within: input.within, avoid: input.avoid, count: input.count, family });
  return r.ok ? { ok: true, answer: r.value } : { ok: false, problems: [{ path: /prefix length/.test(r.message) ? 'prefixLength' : 'within', message: r.message }] };
}

export interface PlanInput {
  nodes: number;
  maxPodsPerNode: number;
  services?: number;
  family?: string;
  provider?: string;
  within?: string[];
  avoid?: string[];
  growthFactor?: number;
}

/** The families a plan can be for (the GraphQL PlanFamily enum is built from this list). */
export const PLAN_FAMILIES = ['ipv4', 'ipv6', 'dual'] as const;
const PLAN_FAMILY_MAP: Readonly<Record<(typeof PLAN_FAMILIES)[number], readonly IpFamily[]>> = { ipv4: ['IPv4'], ipv6: ['IPv6'], dual: ['IPv4', 'IPv6'] };

export function answerPlan(input: PlanInput, topology: Topology | null = null): QuestionResult<Plan> {
  const problems: Problem[] = [];
  const provider = providerOf(input.provider, problems);
  const families = input.family === undefined ? undefined : Object.hasOwn(PLAN_FAMILY_MAP, input.family) ? [...PLAN_FAMILY_MAP[input.family as (typeof PLAN_FAMILIES)[number]]] : undefined;
  if (input.family !== undefined && !families) problems.push({ path: 'family', message: `"${input.family}" is not ipv4, ipv6 or dual` });
  if (problems.length > 0) return { ok: false, problems };
  const r = plan(
    { nodes: input.nodes, maxPodsPerNode: input.maxPodsPerNode, services: input.services ?? 0, families, provider, within: input.within, avoid: input.avoid, growthFactor: input.growthFactor },
    topology,
  );
  if (r.ok) return { ok: true, answer: r.value };
  const path = ['nodes', 'maxPodsPerNode', 'services', 'growthFactor', 'within', 'avoid'].find((p) => r.message.startsWith(p)) ?? '';
  return { ok: false, problems: [{ path, message: r.message }] };
}

export interface MaxPodsInput {
  provider: string;
  instanceType?: string;
  prefixDelegation?: boolean;
  customNetworking?: boolean;
  maxEnis?: number;
  vcpus?: number;
  maxPodsPerNode?: number;
  /** ENI limits from the user's own account (aws ec2 describe-instance-types): they win over the built-in tables. */
  enis?: number;
  ipv4PerEni?: number;
  hypervisor?: 'nitro' | 'xen' | 'unknown';
}

export function answerMaxPods(input: MaxPodsInput): QuestionResult<MaxPodsAnswer> {
  if (input.provider === 'gke') {
    if (input.maxPodsPerNode === undefined) return { ok: false, problems: [{ path: 'maxPodsPerNode', message: 'required for provider gke' }] };
    const r = maxPods({ provider: 'gke', maxPodsPerNode: input.maxPodsPerNode });
    return r.ok ? { ok: true, answer: r.value } : { ok: false, problems: [{ path: 'maxPodsPerNode', message: r.message }] };
  }
  if (input.provider !== 'eks') return { ok: false, problems: [{ path: 'provider', message: `"${input.provider}" is not eks or gke` }] };
  const r = maxPods({
    provider: 'eks',
    instanceType: input.instanceType,
    prefixDelegation: input.prefixDelegation,
    customNetworking: input.customNetworking,
    maxEnis: input.maxEnis,
    vcpus: input.vcpus,
    ...(input.enis === undefined ? {} : { enis: input.enis }),
    ...(input.ipv4PerEni === undefined ? {} : { ipv4PerEni: input.ipv4PerEni }),
    ...(input.hypervisor === undefined ? {} : { hypervisor: input.hypervisor }),
  });
  return r.ok ? { ok: true, answer: r.value } : { ok: false, problems: [{ path: 'instanceType', message: r.message }] };
}
