/**
 * `ruleCounts(source, node, mode)`: how big one node's kube-proxy state is, per family, without building
 * any text or hashing any chain name — the same decisions as the renderers (categorizeEndpoints and the
 * per-service branches of iptablesService.ts / nftables.ts / ipvs.ts), reduced to arithmetic.
 * tests/engine/services/kubeproxy/counts.test.ts checks every number against the rendered output on the
 * golden topologies and on generated ones.
 *
 * iptables: chains and rules per table (`-A` lines; upstream's `sync_proxy_rules_iptables_total` counts the
 * same lines). nftables: sets, maps, chains, rules, elements of the table. IPVS: virtual servers, real
 * servers, ipset entries and the (summarized) iptables rules, from ipvs.ts.
 *
 * Counted incrementally (a 5,000-node what-if counts 10,000 nodes): every number is a fixed part plus a sum
 * over service ports (serviceCounts.ts), and a service port's numbers depend on the node only through a few
 * configuration facts (the `signature`) and through which of its endpoints are local. So the sum over the
 * shared endpoints map (shared.ts: nothing local) is computed once per signature and topology side, and a
 * node corrects it at the service ports where it has endpoints — only where locality can matter (a
 * Local traffic policy, or a duplicated address). The few ports whose numbers read the node's own address
 * (load-balancer source ranges) are always counted per node.
 */
import type { ClusterNode, IpFamily, KubeProxyMode, Topology } from '../../model/topology';
import { isLoopback, nodeFamilies, resolveClusterNode, resolveConfig, type KubeProxyOptions, type ProxierConfig } from './config';
import { ipvsSetCounts } from './countIpvs';
import { buildEndpointsMap, buildServicePorts } from './inputs';
import { findNode, topologyOf, type KubeProxySource, type PreparedFamily } from './prepare';
import { COUNTERS, type ServiceCounter } from './serviceCounts';
import { familyInputs, localView, type FamilyInputs } from './shared';

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
  const topology = topologyOf(source);
  const node = findNode(source, nodeName);
  if (node === null) return { nodeName, mode: mode ?? topology.kubeProxy.mode, families: [], errors: [`node "${nodeName}" is not in topology "${topology.name}"`] };
  return nodeRuleCounts(topology, node, mode, options);
}

/** ruleCounts for a node object of `topology` (no lookup by name). */
export function nodeRuleCounts(topology: Topology, node: ClusterNode, mode?: KubeProxyMode, options: KubeProxyOptions = {}): RuleCountsAnswer {
  const opts = mode === undefined ? options : { ...options, mode };
  const m = mode ?? topology.kubeProxy.mode;
  const resolved = resolveClusterNode(node, opts);
  const families = nodeFamilies(resolved, opts.family).map((family): FamilyCounts => {
    const cfg = resolveConfig(topology, resolved, family, opts);
    if (m === 'none') return { mode: 'none', family, total: 0 };
    const inputs = familyInputs(topology, family);
    return finish(m, cfg, inputs, sumServices(inputs, cfg, COUNTERS[m]));
  });
  return { nodeName: node.name, mode: m, families, errors: [] };
}

/**
 * ruleCounts the direct way — the node's own endpoints map built from the slices (inputs.ts
 * buildEndpointsMap) and every service port counted on it: the reference tests hold the incremental path to.
 */
export function ruleCountsDirect(topology: Topology, nodeName: string, mode?: KubeProxyMode, options: KubeProxyOptions = {}): RuleCountsAnswer {
  const node = topology.nodes.find((n) => n.name === nodeName);
  const m = mode ?? topology.kubeProxy.mode;
  if (node === undefined) return { nodeName, mode: m, families: [], errors: [`node "${nodeName}" is not in topology "${topology.name}"`] };
  const opts = mode === undefined ? options : { ...options, mode };
  const resolved = resolveClusterNode(node, opts);
  const families = nodeFamilies(resolved, opts.family).map((family): FamilyCounts => {
    const config = resolveConfig(topology, resolved, family, opts);
    if (m === 'none') return { mode: 'none', family, total: 0 };
    const p: PreparedFamily = { config, services: buildServicePorts(topology, family), endpoints: buildEndpointsMap(topology, family, nodeName) };
    return countPrepared(p, m, familyInputs(topology, family));
  });
  return { nodeName, mode: m, families, errors: [] };
}

/**
 * The same numbers counted the direct way, every service port on the node's full endpoints map — the
 * reference the incremental path is tested against.
 */
export function countPrepared(p: PreparedFamily, mode: Exclude<KubeProxyMode, 'none'>, inputs: FamilyInputs): FamilyCounts {
  const counter = COUNTERS[mode];
  const acc = new Array<number>(counter.size).fill(0);
  for (const svc of p.services) counter.add(acc, p.config, svc, p.endpoints.get(svc.key), 1);
  return finish(mode, p.config, inputs, acc, p.endpoints);
}

function finish(mode: Exclude<KubeProxyMode, 'none'>, cfg: ProxierConfig, inputs: FamilyInputs, acc: readonly number[], endpoints?: PreparedFamily['endpoints']): FamilyCounts {
  const family = cfg.node.family;
  switch (mode) {
    case 'iptables': {
      const v4 = family === 'IPv4';
      const firewall = v4 && cfg.localhostNodePorts;
      const filterChains = 5 + (firewall ? 1 : 0);
      const filterRules = (firewall ? 1 : 0) + (cfg.conntrackTCPLiberal ? 0 : 1) + 2 + acc[0]!;
      const natRules = 4 + (cfg.nodePortMatchAll ? 1 : cfg.nodePortIPs.filter((ip) => !(isLoopback(ip) && (!v4 || !cfg.localhostNodePorts))).length) + acc[2]!;
      return { mode, family, filter: { chains: filterChains, rules: filterRules }, nat: { chains: 4 + acc[1]!, rules: natRules }, total: filterRules + natRules };
    }
    case 'nftables': {
      const sets = (cfg.nodePortMatchAll ? 1 : 2) + acc[0]!;
      const chains = 16 + acc[1]!;
      const rules = 22 + (cfg.serviceCIDRs.length > 0 ? 1 : 0) + acc[2]!;
      const elements = (cfg.nodePortMatchAll ? 0 : cfg.nodePortIPs.filter((ip) => !isLoopback(ip)).length) + acc[3]!;
      return { mode, family, sets, maps: 5, chains, rules, elements, total: rules + elements };
    }
    case 'ipvs': {
      const sets = ipvsSetCounts(inputs, cfg, endpoints);
      const [virtualServers, realServers] = [acc[0]!, acc[1]!];
      return { mode, family, virtualServers, realServers, ...sets, total: virtualServers + realServers + sets.ipsetEntries + sets.iptablesRules };
    }
  }
}

/** Σ over the family's service ports of `counter`, as `cfg`'s node sees them. */
function sumServices(inputs: FamilyInputs, cfg: ProxierConfig, counter: ServiceCounter): number[] {
  const memoKey = `${counter.name}|${counter.signature(cfg)}`;
  let shared = inputs.memo.get(memoKey) as number[] | undefined;
  if (shared === undefined) {
    shared = new Array<number>(counter.size).fill(0);
    for (const svc of inputs.services) if (!counter.nodeDependent(svc)) counter.add(shared, cfg, svc, inputs.shared.get(svc.key), 1);
    inputs.memo.set(memoKey, shared);
  }
  const acc = [...shared];
  const nodeName = cfg.node.nodeName;
  const local = inputs.localKeys.get(nodeName);
  const view = (key: string) => (local?.has(key) === true ? localView(inputs, key, nodeName) : inputs.shared.get(key));
  for (const svc of dependents(inputs, counter)) counter.add(acc, cfg, svc, view(svc.key), 1);
  for (const key of local ?? []) {
    const ports = inputs.servicesByKey.get(key);
    if (ports === undefined) continue;
    const dup = inputs.duplicated.has(key);
    let mine: ReturnType<typeof localView> | null = null;
    for (const svc of ports) {
      if (counter.nodeDependent(svc) || (!dup && !counter.localSensitive(svc))) continue;
      mine ??= localView(inputs, key, nodeName);
      counter.add(acc, cfg, svc, inputs.shared.get(key), -1);
      counter.add(acc, cfg, svc, mine, 1);
    }
  }
  return acc;
}

function dependents(inputs: FamilyInputs, counter: ServiceCounter) {
  const memoKey = `${counter.name}|dependents`;
  let list = inputs.memo.get(memoKey) as FamilyInputs['services'] | undefined;
  if (list === undefined) inputs.memo.set(memoKey, (list = inputs.services.filter((s) => counter.nodeDependent(s))));
  return list;
}
