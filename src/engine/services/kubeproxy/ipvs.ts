/**
 * IPVS mode, summarized — kubernetes/kubernetes pkg/proxy/ipvs/proxier.go `syncProxyRules`, `syncService`,
 * `syncEndpoint`, `ipsetInfo`, `ipsetWithIptablesChain`. What is modeled:
 *
 * - virtual servers: ClusterIP, each externalIP and each load-balancer IP (all bound to the dummy device
 *   `kube-ipvs0` and listed in the `KUBE-IPVS-IPS` set), and for a NodePort one per node address (every
 *   non-loopback host address of the family with the default `--nodeport-addresses`, else those inside the
 *   CIDRs); scheduler `rr` (the default), `persistent` with the ClientIP timeout for session affinity;
 * - real servers: the port's Cluster-policy endpoints, or its Local-policy endpoints for ClusterIP with
 *   internalTrafficPolicy Local and for external addresses with externalTrafficPolicy Local
 *   (`syncEndpoint(…, onlyNodeLocalEndpoints)` over `CategorizeEndpoints`), weight 1;
 * - ipset entries, in `ipset` notation (`10.96.0.10,udp:53`, `1.2.3.4,tcp:80,203.0.113.0/25`, `30001`);
 * - the iptables rules that match those sets (`ipsetWithIptablesChain`, written only for non-empty sets)
 *   plus the fixed masquerade/forward rules — as short descriptions, not as `iptables-restore` text.
 *
 * Not modeled: the exact restore text of the ipvs proxier's iptables part, graceful termination of real
 * servers (weight 0 while connections drain), the `mh` scheduler flags, strict ARP, IPVS timeouts.
 */
import type { IpFamily, Protocol } from '../../model/topology';
import { cidrContainsIp } from './addr';
import { categorizeEndpoints } from './categorize';
import { isLoopback, type KubeProxyOptions, type ProxierConfig } from './config';
import { prepare, type KubeProxySource, type PreparedFamily } from './prepare';
import type { ServicePortInfo } from './types';

export interface IpvsRealServer {
  readonly address: string;
  readonly port: number;
  readonly weight: number;
}

export interface IpvsVirtualServer {
  readonly kind: 'ClusterIP' | 'ExternalIP' | 'LoadBalancer' | 'NodePort';
  /** `ns/name:port` */
  readonly service: string;
  readonly address: string;
  readonly port: number;
  readonly protocol: Protocol;
  readonly scheduler: string;
  /** ClientIP affinity: `-p <seconds>`; null without. */
  readonly persistenceTimeoutSeconds: number | null;
  readonly realServers: readonly IpvsRealServer[];
}

export interface IpvsSet {
  readonly name: string;
  readonly type: string;
  readonly comment: string;
  readonly entries: readonly string[];
}

export interface IpvsPlan {
  readonly family: IpFamily;
  readonly nodeName: string;
  readonly virtualServers: readonly IpvsVirtualServer[];
  /** Addresses bound to kube-ipvs0. */
  readonly boundAddresses: readonly string[];
  readonly ipsets: readonly IpvsSet[];
  /** Summarized iptables rules (`table chain: match -> target`). */
  readonly iptablesRules: readonly string[];
  readonly counts: { readonly virtualServers: number; readonly realServers: number; readonly ipsetEntries: number; readonly iptablesRules: number };
}

export interface IpvsAnswer {
  readonly nodeName: string;
  readonly families: readonly IpvsPlan[];
  readonly errors: readonly string[];
}

export function renderIpvs(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): IpvsAnswer {
  const prepared = prepare(source, nodeName, { mode: 'ipvs', ...options });
  return { nodeName, families: prepared.families.map(planIpvsFamily), errors: prepared.errors };
}

/** ipsetInfo: name, type, comment; IPv6 sets are named KUBE-6-… (pkg/proxy/ipvs/ipset.go NewIPSet). */
export const SETS: readonly (readonly [name: string, type: string, comment: string])[] = [
  ['KUBE-LOOP-BACK', 'hash:ip,port,ip', 'Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose'],
  ['KUBE-CLUSTER-IP', 'hash:ip,port', 'Kubernetes service cluster ip + port for masquerade purpose'],
  ['KUBE-EXTERNAL-IP', 'hash:ip,port', 'Kubernetes service external ip + port for masquerade and filter purpose'],
  ['KUBE-EXTERNAL-IP-LOCAL', 'hash:ip,port', 'Kubernetes service external ip + port with externalTrafficPolicy=local'],
  ['KUBE-LOAD-BALANCER', 'hash:ip,port', 'Kubernetes service lb portal'],
  ['KUBE-LOAD-BALANCER-FW', 'hash:ip,port', 'Kubernetes service load balancer ip + port for load balancer with sourceRange'],
  ['KUBE-LOAD-BALANCER-LOCAL', 'hash:ip,port', 'Kubernetes service load balancer ip + port with externalTrafficPolicy=local'],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'hash:ip,port,ip', 'Kubernetes service load balancer ip + port + source IP for packet filter purpose'],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'hash:ip,port,net', 'Kubernetes service load balancer ip + port + source cidr for packet filter purpose'],
  ['KUBE-NODE-PORT-TCP', 'bitmap:port', 'Kubernetes nodeport TCP port for masquerade purpose'],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'bitmap:port', 'Kubernetes nodeport TCP port with externalTrafficPolicy=local'],
  ['KUBE-NODE-PORT-UDP', 'bitmap:port', 'Kubernetes nodeport UDP port for masquerade purpose'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'bitmap:port', 'Kubernetes nodeport UDP port with externalTrafficPolicy=local'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'hash:ip,port', "Kubernetes nodeport SCTP port for masquerade purpose with type 'hash ip:port'"],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'hash:ip,port', "Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type 'hash ip:port'"],
  ['KUBE-HEALTH-CHECK-NODE-PORT', 'bitmap:port', 'Kubernetes health check node port'],
  ['KUBE-IPVS-IPS', 'hash:ip', 'Kubernetes ipvs bind IPs'],
];

/** ipsetWithIptablesChain: [set, table, from chain, target, match]. */
const SET_RULES: readonly (readonly [string, string, string, string, string])[] = [
  ['KUBE-LOOP-BACK', 'nat', 'KUBE-POSTROUTING', 'MASQUERADE', 'dst,dst,src'],
  ['KUBE-LOAD-BALANCER', 'nat', 'KUBE-SERVICES', 'KUBE-LOAD-BALANCER', 'dst,dst'],
  ['KUBE-LOAD-BALANCER-LOCAL', 'nat', 'KUBE-LOAD-BALANCER', 'RETURN', 'dst,dst'],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst'],
  ['KUBE-NODE-PORT-TCP', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst'],
  ['KUBE-NODE-PORT-UDP', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst'],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst,dst'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst,dst'],
  ['KUBE-LOAD-BALANCER-FW', 'filter', 'KUBE-PROXY-FIREWALL', 'KUBE-SOURCE-RANGES-FIREWALL', 'dst,dst'],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'filter', 'KUBE-SOURCE-RANGES-FIREWALL', 'RETURN', 'dst,dst,src'],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'filter', 'KUBE-SOURCE-RANGES-FIREWALL', 'RETURN', 'dst,dst,src'],
];

export function planIpvsFamily(p: PreparedFamily): IpvsPlan {
  const cfg = p.config;
  const v6 = cfg.node.family === 'IPv6';
  const setName = (n: string): string => (v6 ? `KUBE-6-${n.slice('KUBE-'.length)}` : n);
  const entries = new Map<string, Set<string>>(SETS.map(([n]) => [n, new Set<string>()]));
  const add = (set: string, entry: string): void => void entries.get(set)!.add(entry);
  const virtualServers: IpvsVirtualServer[] = [];
  const bound = new Set<string>();
  const nodeIPs = ipvsNodePortAddresses(cfg);

  for (const svc of p.services) {
    const proto = svc.protocol.toLowerCase();
    const c = categorizeEndpoints(p.endpoints.get(svc.key), svc);
    const rs = (local: boolean): IpvsRealServer[] => (local ? c.localEndpoints : c.clusterEndpoints).map((ep) => ({ address: ep.ip, port: ep.port, weight: 1 }));
    const vs = (kind: IpvsVirtualServer['kind'], address: string, port: number, local: boolean): void => {
      virtualServers.push({ kind, service: svc.nameString, address, port, protocol: svc.protocol, scheduler: 'rr', persistenceTimeoutSeconds: svc.sessionAffinityClientIP ? svc.stickyMaxAgeSeconds : null, realServers: rs(local) });
    };
    for (const ep of p.endpoints.get(svc.key) ?? []) if (ep.isLocal) add('KUBE-LOOP-BACK', `${ep.ip},${proto}:${ep.port},${ep.ip}`);
    addressEntries(svc, add);
    vs('ClusterIP', svc.clusterIP, svc.port, svc.internalPolicyLocal);
    bound.add(svc.clusterIP);
    for (const ip of svc.externalIPs) {
      vs('ExternalIP', ip, svc.port, svc.externalPolicyLocal);
      bound.add(ip);
    }
    for (const ip of svc.loadBalancerVIPs) {
      const nodeIP = cfg.node.nodeIP;
      if (svc.loadBalancerSourceRanges.length > 0 && nodeIP !== null && svc.loadBalancerSourceRanges.some((cidr) => cidrContainsIp(cidr, nodeIP))) {
        add('KUBE-LOAD-BALANCER-SOURCE-IP', `${ip},${proto}:${svc.port},${ip}`);
      }
      vs('LoadBalancer', ip, svc.port, svc.externalPolicyLocal);
      bound.add(ip);
    }
    if (svc.nodePort !== 0 && nodeIPs.length > 0) addNodePort(svc, nodeIPs, add);
    if (svc.nodePort !== 0) for (const ip of nodeIPs) vs('NodePort', ip, svc.nodePort, svc.externalPolicyLocal);
    if (svc.healthCheckNodePort !== 0) add('KUBE-HEALTH-CHECK-NODE-PORT', String(svc.healthCheckNodePort));
  }
  for (const ip of bound) add('KUBE-IPVS-IPS', ip);

  const ipsets: IpvsSet[] = SETS.map(([n, type, comment]) => ({ name: setName(n), type, comment, entries: [...entries.get(n)!] }));
  const iptablesRules = summarizeIptables(p.config, entries, setName);
  return {
    family: cfg.node.family,
    nodeName: cfg.node.nodeName,
    virtualServers,
    boundAddresses: [...bound],
    ipsets,
    iptablesRules,
    counts: {
      virtualServers: virtualServers.length,
      realServers: virtualServers.reduce((n, v) => n + v.realServers.length, 0),
      ipsetEntries: ipsets.reduce((n, s) => n + s.entries.length, 0),
      iptablesRules: iptablesRules.length,
    },
  };
}

/** The entries a service port puts in the sets that do not depend on the node: its ClusterIP, external and load-balancer addresses. */
export function addressEntries(svc: ServicePortInfo, add: (set: string, entry: string) => void): void {
  const proto = svc.protocol.toLowerCase();
  add('KUBE-CLUSTER-IP', `${svc.clusterIP},${proto}:${svc.port}`);
  for (const ip of svc.externalIPs) add(svc.externalPolicyLocal ? 'KUBE-EXTERNAL-IP-LOCAL' : 'KUBE-EXTERNAL-IP', `${ip},${proto}:${svc.port}`);
  for (const ip of svc.loadBalancerVIPs) {
    const entry = `${ip},${proto}:${svc.port}`;
    add('KUBE-LOAD-BALANCER', entry);
    if (svc.externalPolicyLocal) add('KUBE-LOAD-BALANCER-LOCAL', entry);
    if (svc.loadBalancerSourceRanges.length > 0) {
      add('KUBE-LOAD-BALANCER-FW', entry);
      for (const cidr of svc.loadBalancerSourceRanges) add('KUBE-LOAD-BALANCER-SOURCE-CIDR', `${entry},${cidr}`);
    }
  }
}

/** NodePort addresses: every non-loopback host address of the family with the default, else those in the CIDRs. */
export function ipvsNodePortAddresses(cfg: ProxierConfig): string[] {
  const v6 = cfg.node.family === 'IPv6';
  return cfg.node.hostAddresses.filter((ip) => ip.includes(':') === v6 && !isLoopback(ip) && (cfg.nodePortMatchAll || cfg.nodePortIPs.includes(ip)));
}

function addNodePort(svc: ServicePortInfo, nodeIPs: readonly string[], add: (set: string, entry: string) => void): void {
  const proto = svc.protocol.toLowerCase();
  const sets = svc.protocol === 'TCP' ? ['KUBE-NODE-PORT-TCP', 'KUBE-NODE-PORT-LOCAL-TCP'] : svc.protocol === 'UDP' ? ['KUBE-NODE-PORT-UDP', 'KUBE-NODE-PORT-LOCAL-UDP'] : ['KUBE-NODE-PORT-SCTP-HASH', 'KUBE-NODE-PORT-LOCAL-SCTP-HASH'];
  // bitmap:port sets hold the port; SCTP's hash:ip,port set holds one entry per node address.
  const entries = svc.protocol === 'SCTP' ? nodeIPs.map((ip) => `${ip},${proto}:${svc.nodePort}`) : [String(svc.nodePort)];
  for (const e of entries) {
    add(sets[0]!, e);
    if (svc.externalPolicyLocal) add(sets[1]!, e);
  }
}

/** The summarized iptables rules; only the sizes of the sets matter (counts.ts passes sizes alone). */
export function summarizeIptables(cfg: ProxierConfig, entries: ReadonlyMap<string, { readonly size: number }>, setName: (n: string) => string): string[] {
  const rules: string[] = [];
  for (const [set, table, from, to, match] of SET_RULES) {
    if ((entries.get(set)?.size ?? 0) > 0) rules.push(`${table} ${from}: match-set ${setName(set)} ${match} -> ${to}`);
  }
  const clusterIP = setName('KUBE-CLUSTER-IP');
  if (cfg.masqueradeAll) rules.push(`nat KUBE-SERVICES: match-set ${clusterIP} dst,dst -> KUBE-MARK-MASQ`);
  else if (cfg.localCIDR !== null) rules.push(`nat KUBE-SERVICES: match-set ${clusterIP} dst,dst ! -s ${cfg.localCIDR} -> KUBE-MARK-MASQ`);
  else rules.push(`nat KUBE-SERVICES: match-set ${clusterIP} src,dst -> KUBE-MARK-MASQ`);
  for (const set of ['KUBE-EXTERNAL-IP', 'KUBE-EXTERNAL-IP-LOCAL']) {
    if ((entries.get(set)?.size ?? 0) === 0) continue;
    if (set === 'KUBE-EXTERNAL-IP') rules.push(`nat KUBE-SERVICES: match-set ${setName(set)} dst,dst -> KUBE-MARK-MASQ`);
    rules.push(`nat KUBE-SERVICES: match-set ${setName(set)} dst,dst -> ACCEPT`);
  }
  rules.push(`nat KUBE-SERVICES: match-set ${clusterIP} dst,dst -> ACCEPT`);
  rules.push(`nat KUBE-SERVICES: addrtype --dst-type LOCAL -> KUBE-NODE-PORT`);
  rules.push('nat KUBE-POSTROUTING: mark ! --mark -> RETURN', 'nat KUBE-POSTROUTING: -> MARK --xor-mark', 'nat KUBE-POSTROUTING: -> MASQUERADE', 'nat KUBE-MARK-MASQ: -> MARK --or-mark');
  if (!cfg.conntrackTCPLiberal) rules.push('filter KUBE-FORWARD: ctstate INVALID -> DROP');
  rules.push('filter KUBE-FORWARD: mark --mark -> ACCEPT', 'filter KUBE-FORWARD: ctstate RELATED,ESTABLISHED -> ACCEPT');
  if ((entries.get('KUBE-HEALTH-CHECK-NODE-PORT')?.size ?? 0) > 0) rules.push(`filter KUBE-NODE-PORT: match-set ${setName('KUBE-HEALTH-CHECK-NODE-PORT')} dst -> ACCEPT`);
  return rules;
}

