/**
 * The `iptables-restore` input of kube-proxy's IPVS proxier — kubernetes/kubernetes pkg/proxy/ipvs/proxier.go
 * (v1.31–v1.32 line) `createAndLinkKubeChain`, `writeIptablesRules`, `acceptIPVSTraffic` and the tables
 * `iptablesChains`, `iptablesJumpChain`, `ipsetWithIptablesChain`. Line for line: the proxier writes
 * natChains, natRules, filterChains, filterRules (in that order) and restores them with NoFlushTables.
 *
 * What the text depends on besides the configuration: which ipsets hold entries (a set rule is written only
 * for a non-empty set) and the load-balancer VIPs whose source ranges do not hold the node IP
 * (`lbNoNodeAccessIPPortProtocolEntries`, one KUBE-IPVS-OUT-FILTER DROP each). counts.ts calls this with set
 * sizes alone, so the count is the length of what would be written.
 */
import type { ProxierConfig } from './config';
import { chainLine, KUBE_FORWARD, KUBE_MARK_MASQ, KUBE_POSTROUTING, KUBE_PROXY_FIREWALL, KUBE_SERVICES, LineBuffer } from './iptablesService';
import { tableText, type IptablesTable } from './iptables';

export const KUBE_NODE_PORT = 'KUBE-NODE-PORT';
export const KUBE_LOAD_BALANCER = 'KUBE-LOAD-BALANCER';
export const KUBE_SOURCE_RANGES_FIREWALL = 'KUBE-SOURCE-RANGES-FIREWALL';
export const KUBE_IPVS_FILTER = 'KUBE-IPVS-FILTER';
export const KUBE_IPVS_OUT_FILTER = 'KUBE-IPVS-OUT-FILTER';

/** ipsetInfo (pkg/proxy/ipvs/proxier.go) with the names and comments of pkg/proxy/ipvs/ipset.go. */
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
  ['KUBE-IPVS-IPS', 'hash:ip', 'Addresses on the ipvs interface'],
];

const COMMENTS = new Map(SETS.map(([name, , comment]) => [name, comment]));

/**
 * ipset.go `NewIPSet`: an IPv6 proxier's sets are named `KUBE-6-…`, cut to ipset's 31-character limit
 * (KUBE-6-LOAD-BALANCER-SOURCE-CID, KUBE-6-NODE-PORT-LOCAL-SCTP-HAS).
 */
export function ipsetName(name: string, ipv6: boolean): string {
  return ipv6 ? name.replace('KUBE-', 'KUBE-6-').slice(0, 31) : name;
}

/** ipsetWithIptablesChain: [set, table, from, to, matchType, protocolMatch]. Local NodePort sets come first. */
const SET_RULES: readonly (readonly [set: string, table: 'nat' | 'filter', from: string, to: string, match: string, protocol: string])[] = [
  ['KUBE-LOOP-BACK', 'nat', KUBE_POSTROUTING, 'MASQUERADE', 'dst,dst,src', ''],
  ['KUBE-LOAD-BALANCER', 'nat', KUBE_SERVICES, KUBE_LOAD_BALANCER, 'dst,dst', ''],
  ['KUBE-LOAD-BALANCER-LOCAL', 'nat', KUBE_LOAD_BALANCER, 'RETURN', 'dst,dst', ''],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'nat', KUBE_NODE_PORT, 'RETURN', 'dst', 'tcp'],
  ['KUBE-NODE-PORT-TCP', 'nat', KUBE_NODE_PORT, KUBE_MARK_MASQ, 'dst', 'tcp'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'nat', KUBE_NODE_PORT, 'RETURN', 'dst', 'udp'],
  ['KUBE-NODE-PORT-UDP', 'nat', KUBE_NODE_PORT, KUBE_MARK_MASQ, 'dst', 'udp'],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'nat', KUBE_NODE_PORT, 'RETURN', 'dst,dst', 'sctp'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'nat', KUBE_NODE_PORT, KUBE_MARK_MASQ, 'dst,dst', 'sctp'],
  ['KUBE-LOAD-BALANCER-FW', 'filter', KUBE_PROXY_FIREWALL, KUBE_SOURCE_RANGES_FIREWALL, 'dst,dst', ''],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'filter', KUBE_SOURCE_RANGES_FIREWALL, 'RETURN', 'dst,dst,src', ''],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'filter', KUBE_SOURCE_RANGES_FIREWALL, 'RETURN', 'dst,dst,src', ''],
];

/** iptablesChains, in order; each is created in its table. */
const NAT_CHAINS = [KUBE_SERVICES, KUBE_POSTROUTING, KUBE_NODE_PORT, KUBE_LOAD_BALANCER, KUBE_MARK_MASQ];
const FILTER_CHAINS = [KUBE_FORWARD, KUBE_NODE_PORT, KUBE_PROXY_FIREWALL, KUBE_SOURCE_RANGES_FIREWALL, KUBE_IPVS_FILTER, KUBE_IPVS_OUT_FILTER];

/** iptablesJumpChain: [table, from, to, comment], each ensured with `iptables -I` (EnsureRule Prepend). */
const JUMPS: readonly (readonly [string, string, string, string])[] = [
  ['nat', 'OUTPUT', KUBE_SERVICES, 'kubernetes service portals'],
  ['nat', 'PREROUTING', KUBE_SERVICES, 'kubernetes service portals'],
  ['nat', 'POSTROUTING', KUBE_POSTROUTING, 'kubernetes postrouting rules'],
  ['filter', 'FORWARD', KUBE_FORWARD, 'kubernetes forwarding rules'],
  ['filter', 'INPUT', KUBE_NODE_PORT, 'kubernetes health check rules'],
  ['filter', 'INPUT', KUBE_PROXY_FIREWALL, 'kube-proxy firewall rules'],
  ['filter', 'FORWARD', KUBE_PROXY_FIREWALL, 'kube-proxy firewall rules'],
  ['filter', 'INPUT', KUBE_IPVS_FILTER, 'kubernetes ipvs access filter'],
  ['filter', 'OUTPUT', KUBE_IPVS_OUT_FILTER, 'kubernetes ipvs access filter'],
];

export function ipvsJumpRules(): string[] {
  return JUMPS.map(([table, from, to, comment]) => `-t ${table} -I ${from} -m comment --comment "${comment}" -j ${to}`);
}

/** A load-balancer VIP the node may not reach (its source ranges leave the node IP out). */
export interface OutFilterEntry {
  readonly ip: string;
  /** lower case, as in the ipset entry */
  readonly protocol: string;
  readonly port: number;
}

export interface IpvsIptables {
  readonly command: 'iptables-restore' | 'ip6tables-restore';
  /** `*nat` … `COMMIT` */
  readonly nat: string;
  /** `*filter` … `COMMIT` */
  readonly filter: string;
  /** nat then filter: the whole restore input, as the proxier writes it (`--noflush --counters`). */
  readonly text: string;
  readonly tables: { readonly nat: IptablesTable; readonly filter: IptablesTable };
  /** Rules kube-proxy ensures in the built-in chains (`-t nat -I OUTPUT …`), outside the restore. */
  readonly jumpRules: readonly string[];
}

/** The two tables, for a proxier whose set `n` holds `size(n)` entries (IPv4 set names). */
export function writeIpvsIptables(cfg: ProxierConfig, size: (set: string) => number, outFilter: readonly OutFilterEntry[]): { nat: IptablesTable; filter: IptablesTable } {
  const ipv6 = cfg.node.family === 'IPv6';
  const name = (set: string): string => ipsetName(set, ipv6);
  const comment = (set: string): string => `"${COMMENTS.get(set)!}"`;
  const empty = (set: string): boolean => size(set) === 0;
  const mark = cfg.masqueradeMark;
  const natChains = new LineBuffer();
  const natRules = new LineBuffer();
  const filterChains = new LineBuffer();
  const filterRules = new LineBuffer();
  for (const c of NAT_CHAINS) natChains.write(chainLine(c));
  for (const c of FILTER_CHAINS) filterChains.write(chainLine(c));

  // Dismiss connects to localhost early in the service chain.
  natRules.write('-A', KUBE_SERVICES, '-s', ipv6 ? '::1/128' : '127.0.0.0/8', '-j', 'RETURN');

  for (const [set, table, from, to, match, protocol] of SET_RULES) {
    if (empty(set)) continue;
    (table === 'filter' ? filterRules : natRules).write('-A', from, protocol === '' ? [] : ['-p', protocol], '-m', 'comment', '--comment', comment(set), '-m', 'set', '--match-set', name(set), match, '-j', to);
  }

  if (!empty('KUBE-CLUSTER-IP')) {
    const args = ['-A', KUBE_SERVICES, '-m', 'comment', '--comment', comment('KUBE-CLUSTER-IP'), '-m', 'set', '--match-set', name('KUBE-CLUSTER-IP')];
    if (cfg.masqueradeAll) natRules.write(args, 'dst,dst', '-j', KUBE_MARK_MASQ);
    // Off-cluster traffic to a service VIP is masqueraded (it may bounce off-node).
    else if (cfg.localCIDR !== null) natRules.write(args, 'dst,dst', '!', '-s', cfg.localCIDR, '-j', KUBE_MARK_MASQ);
    // Without a local-traffic detector: masquerade node-originated traffic whose source is a VIP on kube-ipvs0.
    else natRules.write(args, 'src,dst', '-j', KUBE_MARK_MASQ);
  }

  // Traffic from off the machine (not from a bridge, not local) and traffic to addresses that are local stay here.
  const externalIPRules = (args: string[]): void => {
    natRules.write(args, '-m', 'physdev', '!', '--physdev-is-in', '-m', 'addrtype', '!', '--src-type', 'LOCAL', '-j', 'ACCEPT');
    natRules.write(args, '-m', 'addrtype', '--dst-type', 'LOCAL', '-j', 'ACCEPT');
  };
  for (const set of ['KUBE-EXTERNAL-IP', 'KUBE-EXTERNAL-IP-LOCAL']) {
    if (empty(set)) continue;
    const args = ['-A', KUBE_SERVICES, '-m', 'comment', '--comment', comment(set), '-m', 'set', '--match-set', name(set), 'dst,dst'];
    if (set === 'KUBE-EXTERNAL-IP') natRules.write(args, '-j', KUBE_MARK_MASQ);
    externalIPRules(args);
  }

  natRules.write('-A', KUBE_SERVICES, '-m', 'addrtype', '--dst-type', 'LOCAL', '-j', KUBE_NODE_PORT);
  natRules.write('-A', KUBE_LOAD_BALANCER, '-j', KUBE_MARK_MASQ);
  filterRules.write('-A', KUBE_SOURCE_RANGES_FIREWALL, '-j', 'DROP');
  // The node may not reach an LB VIP whose source ranges leave it out: for IPVS, source and destination are both the VIP.
  for (const e of outFilter) {
    filterRules.write('-A', KUBE_IPVS_OUT_FILTER, '-s', e.ip, '-m', 'ipvs', '--vaddr', e.ip, '--vproto', e.protocol, '--vport', String(e.port), '-j', 'DROP');
  }
  // acceptIPVSTraffic: these must be the last rules of KUBE-SERVICES.
  for (const set of ['KUBE-CLUSTER-IP', 'KUBE-LOAD-BALANCER']) {
    if (!empty(set)) natRules.write('-A', KUBE_SERVICES, '-m', 'set', '--match-set', name(set), 'dst,dst', '-j', 'ACCEPT');
  }

  filterRules.write('-A', KUBE_FORWARD, '-m', 'comment', '--comment', '"kubernetes forwarding rules"', '-m', 'mark', '--mark', `${mark}/${mark}`, '-j', 'ACCEPT');
  filterRules.write('-A', KUBE_FORWARD, '-m', 'comment', '--comment', '"kubernetes forwarding conntrack rule"', '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT');
  filterRules.write('-A', KUBE_NODE_PORT, '-m', 'comment', '--comment', comment('KUBE-HEALTH-CHECK-NODE-PORT'), '-m', 'set', '--match-set', name('KUBE-HEALTH-CHECK-NODE-PORT'), 'dst', '-j', 'ACCEPT');
  // KUBE-IPVS-FILTER: no access to host ports through a VIP (https://issue.k8s.io/72236).
  for (const set of ['KUBE-LOAD-BALANCER', 'KUBE-CLUSTER-IP', 'KUBE-EXTERNAL-IP', 'KUBE-EXTERNAL-IP-LOCAL']) {
    filterRules.write('-A', KUBE_IPVS_FILTER, '-m', 'set', '--match-set', name(set), 'dst,dst', '-j', 'RETURN');
  }
  filterRules.write('-A', KUBE_IPVS_FILTER, '-m', 'set', '--match-set', name('KUBE-HEALTH-CHECK-NODE-PORT'), 'dst', '-j', 'RETURN');
  filterRules.write('-A', KUBE_IPVS_FILTER, '-m', 'conntrack', '--ctstate', 'NEW', '-m', 'set', '--match-set', name('KUBE-IPVS-IPS'), 'dst', '-j', 'REJECT');

  natRules.write('-A', KUBE_POSTROUTING, '-m', 'mark', '!', '--mark', `${mark}/${mark}`, '-j', 'RETURN');
  // Clear the mark to avoid re-masquerading if the packet re-traverses the network stack.
  natRules.write('-A', KUBE_POSTROUTING, '-j', 'MARK', '--xor-mark', mark);
  natRules.write('-A', KUBE_POSTROUTING, '-m', 'comment', '--comment', '"kubernetes service traffic requiring SNAT"', '-j', 'MASQUERADE', cfg.randomFully ? ['--random-fully'] : []);
  natRules.write('-A', KUBE_MARK_MASQ, '-j', 'MARK', '--or-mark', mark);

  return {
    nat: { name: 'nat', chainLines: natChains.lines, ruleLines: natRules.lines },
    filter: { name: 'filter', chainLines: filterChains.lines, ruleLines: filterRules.lines },
  };
}

export function ipvsIptables(cfg: ProxierConfig, size: (set: string) => number, outFilter: readonly OutFilterEntry[]): IpvsIptables {
  const tables = writeIpvsIptables(cfg, size, outFilter);
  const nat = tableText(tables.nat);
  const filter = tableText(tables.filter);
  return { command: cfg.node.family === 'IPv6' ? 'ip6tables-restore' : 'iptables-restore', nat, filter, text: nat + filter, tables, jumpRules: ipvsJumpRules() };
}

/** How many `-A` rules the restore input holds. */
export function ipvsIptablesRuleCount(cfg: ProxierConfig, size: (set: string) => number, outFilter: number): number {
  // Only the number of out-filter entries matters for the count.
  const tables = writeIpvsIptables(cfg, size, Array.from({ length: outFilter }, () => ({ ip: '', protocol: '', port: 0 })));
  return tables.nat.ruleLines.length + tables.filter.ruleLines.length;
}
