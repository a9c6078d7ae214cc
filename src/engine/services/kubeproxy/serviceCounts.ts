/**
 * What one service port adds to a node's kube-proxy state, per mode — the per-service branches of
 * iptablesService.ts `writeServicePort`, nftables.ts `writeService` and ipvs.ts `planIpvsFamily`, as
 * arithmetic. counts.ts sums them (incrementally: see there); `sign` −1 takes a port's numbers back out.
 *
 * Each counter declares what its numbers read besides the service port and its endpoints:
 * `signature` — the configuration facts (the same on most nodes); `nodeDependent` — the port reads the
 * node's own address (never summed in advance); `localSensitive` — the port reads which endpoints are
 * local (categorizeEndpoints only looks at `isLocal` when a Local policy applies).
 */
import type { KubeProxyMode } from '../../model/topology';
import { cidrContainsIp } from './addr';
import { categorizeEndpoints } from './categorize';
import type { ProxierConfig } from './config';
import { ipvsNodePortAddresses, realServerEndpoints } from './ipvs';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './types';

export interface ServiceCounter {
  readonly name: string;
  readonly size: number;
  signature(cfg: ProxierConfig): string;
  nodeDependent(svc: ServicePortInfo): boolean;
  localSensitive(svc: ServicePortInfo): boolean;
  add(acc: number[], cfg: ProxierConfig, svc: ServicePortInfo, endpoints: readonly EndpointInfo[] | undefined, sign: number): void;
}

/** The decisions of the per-service loop that every data plane shares. */
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

const hasSourceRanges = (svc: ServicePortInfo): boolean => svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;

function allowFromNode(cfg: ProxierConfig, svc: ServicePortInfo): boolean {
  const ip = cfg.node.nodeIP;
  return ip !== null && svc.loadBalancerSourceRanges.some((c) => cidrContainsIp(c, ip));
}

/** iptables: [filter rules, nat chains, nat rules] (filter chains are fixed). */
const iptables: ServiceCounter = {
  name: 'iptables',
  size: 3,
  signature: (cfg) => `${cfg.node.family}|${cfg.masqueradeAll}|${cfg.localCIDR !== null}|${cfg.localhostNodePorts}|${cfg.nfacct}`,
  // KUBE-FW-… lets the load-balancer IPs in when a source range holds the node's IP.
  nodeDependent: hasSourceRanges,
  localSensitive: usesLocalEndpoints,
  add(acc, cfg, svc, endpoints, sign) {
    const v4 = cfg.node.family === 'IPv4';
    const d = decide(svc, endpoints);
    const usesFW = d.hasEndpoints && hasSourceRanges(svc);
    const nExt = svc.externalIPs.length;
    const nLB = svc.loadBalancerVIPs.length;
    let filterRules = 0;
    let natChains = 0;
    let natRules = 0;
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
    acc[0]! += sign * filterRules;
    acc[1]! += sign * natChains;
    acc[2]! += sign * natRules;
  },
};

/** nftables: [sets, chains, rules, elements] (maps are fixed). */
const nftables: ServiceCounter = {
  name: 'nftables',
  size: 4,
  signature: (cfg) => `${cfg.masqueradeAll}|${cfg.localCIDR !== null}`,
  nodeDependent: () => false,
  localSensitive: usesLocalEndpoints,
  add(acc, cfg, svc, endpoints, sign) {
    const d = decide(svc, endpoints);
    const usesFW = hasSourceRanges(svc);
    const nExt = svc.externalIPs.length;
    const nLB = svc.loadBalancerVIPs.length;
    const nReach = d.allReachable.length;
    let sets = 0;
    let rules = 0;
    let elements = 2; // cluster-ips, plus service-ips or no-endpoint-services for the ClusterIP
    const chains = nReach + (d.usesClusterPolicyChain ? 1 : 0) + (d.usesLocalPolicyChain ? 1 : 0) + (d.usesExternalTrafficChain ? 1 : 0) + (usesFW ? 1 : 0);
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
    acc[0]! += sign * sets;
    acc[1]! += sign * chains;
    acc[2]! += sign * rules;
    acc[3]! += sign * elements;
  },
};

const nodePortAddressCount = new WeakMap<ProxierConfig, number>();
function nodePortAddresses(cfg: ProxierConfig): number {
  let n = nodePortAddressCount.get(cfg);
  if (n === undefined) nodePortAddressCount.set(cfg, (n = ipvsNodePortAddresses(cfg).length));
  return n;
}

/** IPVS: [virtual servers, real servers]; its ipsets are counted as sets (countIpvs.ts). */
const ipvs: ServiceCounter = {
  name: 'ipvs',
  size: 2,
  signature: (cfg) => String(nodePortAddresses(cfg)),
  nodeDependent: () => false,
  localSensitive: usesLocalEndpoints,
  add(acc, cfg, svc, endpoints, sign) {
    const c = categorizeEndpoints(endpoints, svc);
    const rs = (onlyNodeLocal: boolean): number => realServerEndpoints(c, onlyNodeLocal).length;
    const external = svc.externalIPs.length + svc.loadBalancerVIPs.length + (svc.nodePort !== 0 ? nodePortAddresses(cfg) : 0);
    acc[0]! += sign * (1 + external);
    acc[1]! += sign * (rs(svc.internalPolicyLocal) + external * rs(svc.externalPolicyLocal));
  },
};

export const COUNTERS: Readonly<Record<Exclude<KubeProxyMode, 'none'>, ServiceCounter>> = { iptables, nftables, ipvs };
