/**
 * capacityReport: the capacity question for one topology — node CIDRs, pod IPs per node and for the
 * cluster, ClusterIPs per service CIDR, node addresses in the underlay, and (given growth rates) when each
 * runs out. Pure and deterministic; the result is plain JSON-serializable data (docs/capacity-json.md).
 */
import type { Topology } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import type { AwsMaxPodsInput } from './awsMaxPods';
import type { CalicoOptions } from './calico';
import { forecast, type Forecast, type Growth } from './forecast';
import { nodeCidrReport, type NodeCidrReport } from './nodeCidrs';
import { podCapacityReport, type PodCapacityReport } from './podCapacity';
import { inferProvider, type IpamKind } from './providerFacts';
import { providerRules, type ProviderRules } from './providerRules';
import { serviceRangeReport, type ServiceAllocator, type ServiceRangeReport } from './serviceRange';
import { citedSources, type Provider } from './types';
import type { SourceKey } from './sources';
import { freeNodeAddresses, underlayHeadroom, type SubnetHeadroom } from './underlay';

export interface CapacityOptions {
  /** Provider rules to apply; inferred from labels and the CNI plugin when absent. */
  readonly provider?: Provider;
  /** ClusterIP allocator (default `ipaddress`, Kubernetes 1.34+ defaults; serviceAllocatorFor(minor) maps versions). */
  readonly serviceAllocator?: ServiceAllocator;
  readonly calico?: CalicoOptions;
  readonly aws?: Omit<AwsMaxPodsInput, 'instanceType'>;
  /** How many upcoming node CIDRs to list (default 5). */
  readonly next?: number;
  /** How many free node-CIDR prefixes to list per family (default 32). */
  readonly freeList?: number;
  readonly growth?: Growth;
  /** Capacity of a new node for the forecast; default the most common node capacity. */
  readonly newNodeCapacity?: number;
}

export interface CapacityReport {
  readonly topology: string;
  readonly provider: { readonly value: Provider; readonly ipam: IpamKind; readonly reason: string };
  readonly nodeCIDRs: NodeCidrReport;
  readonly pods: PodCapacityReport;
  readonly services: readonly ServiceRangeReport[];
  readonly underlay: readonly SubnetHeadroom[];
  /** Figures of the provider's own rules (GKE node pools, AKS /24s, EKS instance types). */
  readonly providerRules: ProviderRules;
  readonly forecast: Forecast | null;
  readonly assumptions: readonly string[];
  /** Text of every source key cited in the report. */
  readonly citations: Partial<Record<SourceKey, string>>;
}

const IGNORES_NODE_POD_CIDR: readonly IpamKind[] = ['calico-ipam', 'aws-vpc-cni', 'weave'];

export function capacityReport(t: Topology, options: CapacityOptions = {}): CapacityReport {
  const inferred = inferProvider(t, options.provider);
  const allocator = options.serviceAllocator ?? 'ipaddress';
  const nodeCIDRs = nodeCidrReport(t, { next: options.next, freeList: options.freeList });
  const pods = podCapacityReport(t, { ipam: inferred.ipam, calico: options.calico, aws: options.aws });
  const clusterIPs = t.services.flatMap((s) => s.clusterIPs.map((ip) => IpAddress.parse(ip)));
  const serviceCIDRs = t.serviceCIDRs.map((s) => Prefix.parse(s));
  const services = serviceCIDRs.map((cidr, i) => serviceRangeReport(cidr, i, allocator, clusterIPs));
  const underlay = underlayHeadroom(t, inferred.provider, inferred.ipam);
  const withClusterIP = t.services.filter((s) => s.clusterIPs.length > 0);
  const serviceShares = serviceCIDRs.map((cidr, i) =>
    withClusterIP.length === 0 ? (i === 0 ? 1 : 0) : withClusterIP.filter((s) => s.clusterIPs.some((ip) => cidr.contains(IpAddress.parse(ip)))).length / withClusterIP.length,
  );
  const fc = options.growth
    ? forecast({ nodeCidrs: nodeCIDRs, pods, services, nodeAddresses: freeNodeAddresses(underlay), newNodeCapacity: options.newNodeCapacity, serviceShares }, options.growth)
    : null;
  const assumptions = [
    `provider ${inferred.provider} (${inferred.reason}); pod addresses from ${inferred.ipam}`,
    `ClusterIP allocator: ${allocator}`,
    'node CIDR figures follow kube-controller-manager --allocate-node-cidrs with the range allocator; "next" is what a freshly started controller hands out',
  ];
  if (IGNORES_NODE_POD_CIDR.includes(inferred.ipam)) {
    assumptions.push(`${inferred.ipam} ignores node.spec.podCIDR: node CIDRs limit nodes only where the controller still allocates them`);
  }
  if (['gke', 'aks', 'eks'].includes(inferred.provider)) {
    assumptions.push(`${inferred.provider} assigns node ranges with its own controller: the order of "next" is kube-controller-manager's, not necessarily the provider's`);
  }
  const report = {
    topology: t.name,
    provider: { value: inferred.provider, ipam: inferred.ipam, reason: inferred.reason },
    nodeCIDRs,
    pods,
    services,
    underlay,
    providerRules: providerRules(t, inferred.provider, options.aws),
    forecast: fc,
    assumptions,
  };
  return { ...report, citations: citedSources(report) };
}
