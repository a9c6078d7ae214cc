/**
 * IPVS ipset entries and iptables rules of one node, counted (ipvs.ts `planIpvsFamily` builds the same
 * sets with their entries). Sets deduplicate, so these are counted as sets, not summed: the entries that do
 * not depend on the node (ClusterIPs, external and load-balancer addresses, TCP/UDP node ports,
 * health-check ports, bound addresses) once per topology side, and per node only the rest —
 * `KUBE-LOOP-BACK` (its local endpoints), `KUBE-LOAD-BALANCER-SOURCE-IP` and the KUBE-IPVS-OUT-FILTER rules
 * (its address in a source range or not), the SCTP node-port sets (one entry per node address) and the
 * external / LB addresses that are the node's own (not bound to kube-ipvs0).
 */
import type { ProxierConfig } from './config';
import { addressEntries, ipvsNodePortAddresses, lbNoNodeAccess, NODE_PORT_SETS, nodeAddressSet } from './ipvs';
import { ipvsIptablesRuleCount, SETS } from './ipvsIptables';
import type { PreparedFamily } from './prepare';
import { localView, type FamilyInputs } from './shared';
import type { EndpointInfo, ServicePortInfo } from './types';

type Sets = Map<string, Set<string>>;

interface StaticSets {
  readonly sets: Sets;
  /** Every ClusterIP: always bound, even when a host interface has the address too. */
  readonly clusterIPs: ReadonlySet<string>;
}

const emptySets = (): Sets => new Map(SETS.map(([n]) => [n, new Set<string>()]));

/** The node-independent entries; `nodePorts` = the node has NodePort addresses (else no node-port set is written). */
function staticSets(inputs: FamilyInputs, nodePorts: boolean): StaticSets {
  const memoKey = `ipvs-sets|${nodePorts}`;
  const cached = inputs.memo.get(memoKey) as StaticSets | undefined;
  if (cached !== undefined) return cached;
  const sets = emptySets();
  const clusterIPs = new Set<string>();
  const add = (set: string, entry: string): void => void sets.get(set)!.add(entry);
  for (const svc of inputs.services) {
    addressEntries(svc, add);
    clusterIPs.add(svc.clusterIP);
    for (const ip of [svc.clusterIP, ...svc.externalIPs, ...svc.loadBalancerVIPs]) add('KUBE-IPVS-IPS', ip);
    // Without node addresses a NodePort service port stops before its node-port and health-check entries.
    if (svc.nodePort !== 0 && !nodePorts) continue;
    if (svc.nodePort !== 0 && svc.protocol !== 'SCTP') {
      const [all, local] = NODE_PORT_SETS[svc.protocol];
      add(all, String(svc.nodePort));
      if (svc.externalPolicyLocal) add(local, String(svc.nodePort));
    }
    if (svc.healthCheckNodePort !== 0) add('KUBE-HEALTH-CHECK-NODE-PORT', String(svc.healthCheckNodePort));
  }
  const result = { sets, clusterIPs };
  inputs.memo.set(memoKey, result);
  return result;
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
  const { sets: fixed, clusterIPs } = staticSets(inputs, nodeIPs.length > 0);
  let outFilter = 0;
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
    for (const ip of svc.loadBalancerVIPs) {
      const out = lbNoNodeAccess(cfg, svc, ip);
      if (out === false) add('KUBE-LOAD-BALANCER-SOURCE-IP', `${ip},${proto}:${svc.port},${ip}`);
      else if (out !== null) outFilter++;
    }
  }
  const sizes = new Map<string, number>();
  let ipsetEntries = 0;
  for (const [name] of SETS) {
    const size = fixed.get(name)!.size + (own.get(name)?.size ?? 0);
    sizes.set(name, size);
    ipsetEntries += size;
  }
  // The node's own addresses among the external / LB ones are not bound (a ClusterIP always is).
  const bound = fixed.get('KUBE-IPVS-IPS')!;
  let unbound = 0;
  for (const ip of nodeAddressSet(cfg)) if (bound.has(ip) && !clusterIPs.has(ip)) unbound++;
  sizes.set('KUBE-IPVS-IPS', sizes.get('KUBE-IPVS-IPS')! - unbound);
  ipsetEntries -= unbound;
  return { ipsetEntries, iptablesRules: ipvsIptablesRuleCount(cfg, (set) => sizes.get(set)!, outFilter) };
}
