/**
 * `ruleCounts(source, node, mode)`: how big one node's kube-proxy state is, per family, without building
 * any text or hashing any chain name — the same decisions as the renderers (categorizeEndpoints and the
 * per-service branches of iptablesService.ts / nftables.ts), reduced to arithmetic, so 10,000 Services cost
 * a few milliseconds. tests/engine/services/kubeproxy/counts.test.ts checks every number against the
 * rendered output on the golden topologies and on generated ones.
 *
 * iptables: chains and rules per table (`-A` lines; upstream's `sync_proxy_rules_iptables_total` counts the
 * same lines). nftables: sets, maps, chains, rules, elements of the table. IPVS: virtual servers, real
 * servers, ipset entries and the (summarized) iptables rules, from ipvs.ts.
 */
import type { IpFamily, KubeProxyMode } from '../../model/topology';
import { cidrContainsIp } from './addr';
import { categorizeEndpoints } from './categorize';
import { isLoopback, type KubeProxyOptions, type ProxierConfig } from './config';
import { planIpvsFamily } from './ipvs';
import { prepare, type KubeProxySource, type PreparedFamily } from './prepare';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './types';

export interface TableCount {
  readonly chains: number;
  readonly rules: number;
}

export type FamilyCounts =
  | { readonly mode: 'iptables'; readonly family: IpFamily; readonly filter: TableCount; readonly nat: TableCount; readonly total: number }
  | { readonly mode: 'nftables'; readonly family: IpFamily; readonly sets: number; readonly maps: number; readonly chains: number; readonly rules: number; readonly elements: number; readonly total: number }
  | { readonly mode: 'ipvs'; readonly family: IpFamily; readonly virtualServers: number; readonly realServers: number; readonly ipsetEntries: number; readonly iptablesRules: number; readonly total: number }
  | { readonly mode: 'none'; readonly family: IpFamily; readonly total: 0 };

export interface RuleCountsAnswer {
  readonly nodeName: string;
  readonly mode: KubeProxyMode;
  readonly families: readonly FamilyCounts[];
  readonly errors: readonly string[];
}

export function ruleCounts(source: KubeProxySource, nodeName: string, mode?: KubeProxyMode, options: KubeProxyOptions = {}): RuleCountsAnswer {
  const prepared = prepare(source, nodeName, mode === undefined ? options : { ...options, mode });
  const m = mode ?? prepared.topology.kubeProxy.mode;
  const families = prepared.families.map((p): FamilyCounts => {
    switch (m) {
      case 'iptables':
        return countIptables(p);
      case 'nftables':
        return countNftables(p);
      case 'ipvs': {
        const plan = planIpvsFamily(p);
        const c = plan.counts;
        return { mode: 'ipvs', family: p.config.node.family, ...c, total: c.virtualServers + c.realServers + c.ipsetEntries + c.iptablesRules };
      }
      case 'none':
        return { mode: 'none', family: p.config.node.family, total: 0 };
    }
  });
  return { nodeName, mode: m, families, errors: prepared.errors };
}

/** The decisions of the per-service loop that both data planes share. */
interface Decisions {
  readonly clusterEndpoints: readonly EndpointInfo[];
  readonly localEndpoints: readonly EndpointInfo[];
  readonly allReachable: readonly EndpointInfo[];
  readonly hasEndpoints: boolean;
  readonly hasInternalEndpoints: boolean;
  readonly hasExternalEndpoints: boolean;
  readonly usesClusterPolicyChain: boolean;
  readonly usesLocalPolicyChain: boolean;
  readonly usesExternalTrafficChain: boolean;
}

function decide(svc: ServicePortInfo, endpoints: readonly EndpointInfo[] | undefined): Decisions {
  const c = categorizeEndpoints(endpoints, svc);
  const hasEndpoints = c.hasAnyEndpoints;
  return {
    clusterEndpoints: c.clusterEndpoints,
    localEndpoints: c.localEndpoints,
    allReachable: c.allReachable,
    hasEndpoints,
    hasInternalEndpoints: hasEndpoints && !(svc.internalPolicyLocal && c.localEndpoints.length === 0),
    hasExternalEndpoints: hasEndpoints && !(svc.externalPolicyLocal && c.localEndpoints.length === 0),
    usesClusterPolicyChain: c.clusterEndpoints.length > 0 && usesClusterEndpoints(svc),
    usesLocalPolicyChain: c.localEndpoints.length > 0 && usesLocalEndpoints(svc),
    usesExternalTrafficChain: hasEndpoints && externallyAccessible(svc),
  };
}

function allowFromNode(cfg: ProxierConfig, svc: ServicePortInfo): boolean {
  const ip = cfg.node.nodeIP;
  return ip !== null && svc.loadBalancerSourceRanges.some((c) => cidrContainsIp(c, ip));
}

function countIptables(p: PreparedFamily): FamilyCounts {
  const cfg = p.config;
  const v4 = cfg.node.family === 'IPv4';
  const firewall = v4 && cfg.localhostNodePorts;
  const filterChains = 5 + (firewall ? 1 : 0);
  let filterRules = (firewall ? 1 : 0) + (cfg.conntrackTCPLiberal ? 0 : 1) + 2;
  let natChains = 4;
  let natRules = 4;
  if (cfg.nodePortMatchAll) natRules += 1;
  else natRules += cfg.nodePortIPs.filter((ip) => !(isLoopback(ip) && (!v4 || !cfg.localhostNodePorts))).length;

  for (const svc of p.services) {
    const d = decide(svc, p.endpoints.get(svc.key));
    const usesFW = d.hasEndpoints && svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
    const nExt = svc.externalIPs.length;
    const nLB = svc.loadBalancerVIPs.length;
    if (d.hasInternalEndpoints) natRules += 1 + (cfg.masqueradeAll || cfg.localCIDR !== null ? 1 : 0);
    else filterRules += 1;
    if (d.hasEndpoints) natRules += nExt + nLB;
    if (!d.hasExternalEndpoints) filterRules += nExt + nLB;
    if (usesFW) filterRules += nLB;
    if (svc.nodePort !== 0) {
      if (d.hasEndpoints) natRules += 1 + (cfg.localhostNodePorts && v4 && cfg.nfacct ? 1 : 0);
      if (!d.hasExternalEndpoints) filterRules += 1;
    }
    if (svc.healthCheckNodePort !== 0) filterRules += 1;
    if (d.usesExternalTrafficChain) {
      natChains += 1;
      natRules += (svc.externalPolicyLocal ? (cfg.localCIDR !== null ? 1 : 0) + 2 : 1) + (d.hasExternalEndpoints ? 1 : 0);
    }
    if (usesFW) {
      natChains += 1;
      natRules += svc.loadBalancerSourceRanges.length + (allowFromNode(cfg, svc) ? nLB : 0) + 1;
    }
    const perEndpoint = svc.sessionAffinityClientIP ? 2 : 1;
    if (d.usesClusterPolicyChain) {
      natChains += 1;
      natRules += perEndpoint * d.clusterEndpoints.length;
    }
    if (d.usesLocalPolicyChain) {
      natChains += 1;
      natRules += perEndpoint * d.localEndpoints.length;
    }
    natChains += d.allReachable.length;
    natRules += 2 * d.allReachable.length;
  }
  return {
    mode: 'iptables',
    family: cfg.node.family,
    filter: { chains: filterChains, rules: filterRules },
    nat: { chains: natChains, rules: natRules },
    total: filterRules + natRules,
  };
}

function countNftables(p: PreparedFamily): FamilyCounts {
  const cfg = p.config;
  let sets = cfg.nodePortMatchAll ? 1 : 2;
  const maps = 5;
  let chains = 16;
  let rules = 22 + (cfg.serviceCIDRs.length > 0 ? 1 : 0);
  let elements = cfg.nodePortMatchAll ? 0 : cfg.nodePortIPs.filter((ip) => !isLoopback(ip)).length;
  for (const svc of p.services) {
    const d = decide(svc, p.endpoints.get(svc.key));
    const usesFW = svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
    const nExt = svc.externalIPs.length;
    const nLB = svc.loadBalancerVIPs.length;
    const nReach = d.allReachable.length;
    chains += nReach + (d.usesClusterPolicyChain ? 1 : 0) + (d.usesLocalPolicyChain ? 1 : 0) + (d.usesExternalTrafficChain ? 1 : 0) + (usesFW ? 1 : 0);
    elements += 2; // cluster-ips, plus service-ips or no-endpoint-services for the ClusterIP
    if (d.hasEndpoints) elements += nExt + nLB;
    if (!d.hasExternalEndpoints) elements += nExt + nLB;
    if (usesFW) elements += nLB;
    if (svc.nodePort !== 0) elements += (d.hasEndpoints ? 1 : 0) + (d.hasExternalEndpoints ? 0 : 1);
    if (d.hasInternalEndpoints && (cfg.masqueradeAll || cfg.localCIDR !== null)) rules += 1;
    if (d.usesExternalTrafficChain) rules += (svc.externalPolicyLocal ? (cfg.localCIDR !== null ? 1 : 0) + 2 : 1) + (d.hasExternalEndpoints ? 1 : 0);
    if (usesFW) rules += 1;
    if (svc.sessionAffinityClientIP) sets += nReach;
    const affinity = svc.sessionAffinityClientIP ? 1 : 0;
    if (d.usesClusterPolicyChain) rules += affinity * d.clusterEndpoints.length + 1;
    if (d.usesLocalPolicyChain) rules += affinity * d.localEndpoints.length + 1;
    rules += (2 + affinity) * nReach;
  }
  return { mode: 'nftables', family: cfg.node.family, sets, maps, chains, rules, elements, total: rules + elements };
}

