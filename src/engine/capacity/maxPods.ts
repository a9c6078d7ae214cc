/**
 * The `maxPods` question: per-node Pod limits by provider rule, without a topology.
 * - eks: max-pods-calculator.sh (awsMaxPods.ts) for an instance type or explicit ENI limits;
 * - gke: the per-node Pod range a node pool's max Pods per node implies (gke.ts).
 */
import { awsMaxPods, type AwsMaxPods, type AwsMaxPodsInput } from './awsMaxPods';
import { gkeNodeRange } from './gke';
import type { SourceKey } from './sources';
import { citedSources, type Figure } from './types';

export type MaxPodsRequest = ({ readonly provider: 'eks' } & AwsMaxPodsInput) | { readonly provider: 'gke'; readonly maxPodsPerNode: number };

export type MaxPodsAnswer = (
  | { readonly provider: 'eks'; readonly eks: AwsMaxPods }
  | {
      readonly provider: 'gke';
      readonly gke: { readonly maxPodsPerNode: number; readonly nodeRange: Figure<number>; readonly addresses: number };
    }
) & { readonly citations: Partial<Record<SourceKey, string>> };

export type MaxPodsResult = { readonly ok: true; readonly value: MaxPodsAnswer } | { readonly ok: false; readonly message: string };

export function maxPods(request: MaxPodsRequest): MaxPodsResult {
  if (request.provider === 'gke') {
    const r = gkeNodeRange(request.maxPodsPerNode);
    if (!r.ok) return { ok: false, message: r.message };
    const gke = { maxPodsPerNode: r.maxPods, nodeRange: r.length, addresses: r.addresses };
    return { ok: true, value: { provider: 'gke', gke, citations: citedSources(gke) } };
  }
  const r = awsMaxPods(request);
  return r.ok ? { ok: true, value: { provider: 'eks', eks: r.value, citations: citedSources(r.value) } } : r;
}
