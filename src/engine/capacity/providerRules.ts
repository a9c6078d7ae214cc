/**
 * The provider-specific section of the capacity report: the figures a provider's own rule gives for the
 * nodes of this topology, beside the generic node-CIDR and pod figures.
 * - gke: per distinct max-Pods-per-node value (node pools): the per-node range and how many such nodes the
 *   cluster's Pod range holds (gke.ts);
 * - aks: Azure CNI Overlay's /24 per node: nodes the pod CIDR holds;
 * - eks: per instance type: max-pods-calculator.sh's figures (awsMaxPods.ts).
 */
import type { Topology } from '../model/topology';
import { Prefix } from '../net';
import { awsMaxPods, type AwsMaxPods, type AwsMaxPodsInput } from './awsMaxPods';
import { gkeMaxNodes, gkeNodeRange } from './gke';
import { AZURE_OVERLAY_NODE_MASK } from './podCapacity';
import { gkeMaxPodsLabel, instanceTypeOf } from './providerFacts';
import { figure, pow2, type Figure, type Provider } from './types';

export interface GkePool {
  readonly maxPodsPerNode: number;
  readonly nodes: readonly string[];
  readonly nodeRange: Figure<number> | null;
  readonly maxNodesInPodRange: Figure<number> | null;
  readonly problem: string | null;
}

export type ProviderRules =
  | { readonly provider: 'gke'; readonly podRange: string | null; readonly pools: readonly GkePool[] }
  | { readonly provider: 'aks'; readonly podCIDR: string | null; readonly maxNodes: Figure<number> | null; readonly problems: readonly string[] }
  | {
      readonly provider: 'eks';
      readonly instanceTypes: readonly { readonly instanceType: string; readonly nodes: readonly string[]; readonly maxPods: AwsMaxPods | null; readonly problem: string | null }[];
    }
  | { readonly provider: 'generic' | 'calico' };

export function providerRules(t: Topology, provider: Provider, aws: Omit<AwsMaxPodsInput, 'instanceType'> = {}): ProviderRules {
  const v4 = t.podCIDRs.map((s) => Prefix.parse(s)).find((p) => p.family === 'IPv4') ?? null;
  if (provider === 'gke') {
    const groups = new Map<number, string[]>();
    for (const n of t.nodes) {
      const max = gkeMaxPodsLabel(n) ?? n.maxPods;
      if (max !== null) groups.set(max, [...(groups.get(max) ?? []), n.name]);
    }
    const pools = [...groups.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([max, nodes]) => {
        const r = gkeNodeRange(max);
        return {
          maxPodsPerNode: max,
          nodes,
          nodeRange: r.ok ? r.length : null,
          maxNodesInPodRange: r.ok && v4 ? gkeMaxNodes(v4, r.length.value) : null,
          problem: r.ok ? null : r.message,
        };
      });
    return { provider, podRange: v4?.toString() ?? null, pools };
  }
  if (provider === 'aks') {
    const problems: string[] = [];
    if (t.nodeCIDRMaskSize.ipv4 !== AZURE_OVERLAY_NODE_MASK) {
      problems.push(`Azure CNI Overlay gives every node a /24; the topology's IPv4 node mask is /${t.nodeCIDRMaskSize.ipv4}`);
    }
    const maxNodes =
      v4 && v4.length <= AZURE_OVERLAY_NODE_MASK
        ? figure(Number(pow2(AZURE_OVERLAY_NODE_MASK - v4.length)), 'azure.maxNodes', `2^(24 − ${v4.length}) /24s in ${v4.toString()}`, 'azureOverlay')
        : null;
    return { provider, podCIDR: v4?.toString() ?? null, maxNodes, problems };
  }
  if (provider === 'eks') {
    const groups = new Map<string, string[]>();
    for (const n of t.nodes) {
      const type = instanceTypeOf(n);
      if (type) groups.set(type, [...(groups.get(type) ?? []), n.name]);
    }
    const instanceTypes = [...groups.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([instanceType, nodes]) => {
        const r = awsMaxPods({ ...aws, instanceType });
        return { instanceType, nodes, maxPods: r.ok ? r.value : null, problem: r.ok ? null : r.message };
      });
    return { provider, instanceTypes };
  }
  return { provider };
}
