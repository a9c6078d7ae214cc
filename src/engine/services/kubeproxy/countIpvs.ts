/**
 * IPVS ipset entries and summarized iptables rules of one node, counted (ipvs.ts `planIpvsFamily` builds
 * the same sets with their entries). Sets deduplicate, so these are counted as sets, not summed: the
 * entries that do not depend on the node (ClusterIPs, external and load-balancer addresses, TCP/UDP node
 * ports, health-check ports, bound addresses) once per topology side, and per node only the rest —
 * `KUBE-LOOP-BACK` (its local endpoints), `KUBE-LOAD-BALANCER-SOURCE-IP` (its address in a source range)
 * and the SCTP node-port sets (one entry per node address).
 */
import { cidrContainsIp } from './addr';
import type { ProxierConfig } from './config';
import { addressEntries, ipvsNodePortAddresses, SETS, summarizeIptables } from './ipvs';
import type { PreparedFamily } from './prepare';
import { localView, type FamilyInputs } from './shared';
import type { EndpointInfo, ServicePortInfo } from './types';

type Sets = Map<string, Set<string>>;

const emptySets = (): Sets => new Map(SETS.map(([n]) => [n, new Set<string>()]));

/** The node-independent entries; `nodePorts` = the node has NodePort addresses (else no node-port set is written). */
function staticSets(inputs: FamilyInputs, nodePorts: boolean): Sets {
  const memoKey = `ipvs-sets|${nodePorts}`;
  const cached = inputs.memo.get(memoKey) as Sets | undefined;
  if (cached !== undefined) return cached;
  const sets = emptySets();
  const add = (set: string, entry: string): void => void sets.get(set)!.add(entry);
  for (const svc of inputs.services) {
    addressEntries(svc, add);
    for (const ip of [svc.clusterIP, ...svc.externalIPs, ...svc.loadBalancerVIPs]) add('KUBE-IPVS-IPS', ip);
    if (nodePorts && svc.nodePort !== 0 && svc.protocol !== 'SCTP') {
      const [all, local] = svc.protocol === 'TCP' ? ['KUBE-NODE-PORT-TCP', 'KUBE-NODE-PORT-LOCAL-TCP'] : ['KUBE-NODE-PORT-UDP', 'KUBE-NODE-PORT-LOCAL-UDP'];
      add(all, String(svc.nodePort));
      if (svc.externalPolicyLocal) add(local, String(svc.nodePort));
    }
    if (svc.healthCheckNodePort !== 0) add('KUBE-HEALTH-CHECK-NODE-PORT', String(svc.healthCheckNodePort));
  }
  inputs.memo.set(memoKey, sets);
  return sets;
}

/** Service ports whose entries depend on the node's addresses: SCTP NodePorts and load-balancer source ranges. */
function perNodePorts(inputs: FamilyInputs): readonly ServicePortInfo[] {
  const memoKey = 'ipvs-per-node';
  let list = inputs.memo.get(memoKey) as ServicePortInfo[] | undefined;
  if (list === undefined) {
    list = inputs.services.filter((s) => (s.nodePort !== 0 && s.protocol === 'SCTP') || (s.loadBalancerVIPs.length > 0 && s.loadBalancerSourceRanges.length > 0));
    inputs.memo.set(memoKey, list);
  }
  return list;
}

/**
 * `{ ipsetEntries, iptablesRules }` of the node `cfg` describes. `endpoints` (the node's whole map) makes
 * it read local endpoints from every service port, the direct way; without it only the node's own ports.
 */
export function ipvsSetCounts(inputs: FamilyInputs, cfg: ProxierConfig, endpoints?: PreparedFamily['endpoints']): { ipsetEntries: number; iptablesRules: number } {
  const nodeIPs = ipvsNodePortAddresses(cfg);
  const fixed = staticSets(inputs, nodeIPs.length > 0);
  const own = new Map<string, Set<string>>();
  const add = (set: string, entry: string): void => {
    let s = own.get(set);
    if (s === undefined) own.set(set, (s = new Set()));
    s.add(entry);
  };
  const loopback = (svc: ServicePortInfo, eps: readonly EndpointInfo[] | undefined): void => {
    const proto = svc.protocol.toLowerCase();
    for (const ep of eps ?? []) if (ep.isLocal) add('KUBE-LOOP-BACK', `${ep.ip},${proto}:${ep.port},${ep.ip}`);
  };
  if (endpoints !== undefined) {
    for (const svc of inputs.services) loopback(svc, endpoints.get(svc.key));
  } else {
    const nodeName = cfg.node.nodeName;
    for (const key of inputs.localKeys.get(nodeName) ?? []) {
      const ports = inputs.servicesByKey.get(key);
      if (ports === undefined) continue;
      const view = localView(inputs, key, nodeName);
      for (const svc of ports) loopback(svc, view);
    }
  }
  for (const svc of perNodePorts(inputs)) {
    const proto = svc.protocol.toLowerCase();
    if (svc.nodePort !== 0 && svc.protocol === 'SCTP') {
      for (const ip of nodeIPs) {
        add('KUBE-NODE-PORT-SCTP-HASH', `${ip},${proto}:${svc.nodePort}`);
        if (svc.externalPolicyLocal) add('KUBE-NODE-PORT-LOCAL-SCTP-HASH', `${ip},${proto}:${svc.nodePort}`);
      }
    }
    const nodeIP = cfg.node.nodeIP;
    if (svc.loadBalancerSourceRanges.length > 0 && nodeIP !== null && svc.loadBalancerSourceRanges.some((cidr) => cidrContainsIp(cidr, nodeIP))) {
      for (const ip of svc.loadBalancerVIPs) add('KUBE-LOAD-BALANCER-SOURCE-IP', `${ip},${proto}:${svc.port},${ip}`);
    }
  }
  const sizes = new Map<string, { size: number }>();
  let ipsetEntries = 0;
  for (const [name] of SETS) {
    const size = fixed.get(name)!.size + (own.get(name)?.size ?? 0);
    sizes.set(name, { size });
    ipsetEntries += size;
  }
  return { ipsetEntries, iptablesRules: summarizeIptables(cfg, sizes, (n) => n).length };
}
