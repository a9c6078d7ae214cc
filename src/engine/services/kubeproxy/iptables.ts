/**
 * The `iptables-restore` input kube-proxy's iptables proxier writes on a full sync — kubernetes/kubernetes
 * pkg/proxy/iptables/proxier.go `syncProxyRules` (the top level; the per-service body is in
 * iptablesService.ts) — plus the jump rules it installs outside the restore (`iptablesJumpChains`,
 * `iptablesKubeletJumpChains`, prepended with `iptables -I`).
 *
 * A full sync on a host without earlier kube-proxy chains: no `-X` lines for stale chains. Services are
 * written in (namespace, name, port, protocol) order; upstream iterates a Go map, so its order varies from
 * sync to sync, and its tests compare after sorting (tests/engine/services/kubeproxy/upstreamSort.ts).
 */
import type { IpFamily } from '../../model/topology';
import { isLargeCluster, prepare, type KubeProxySource, type PreparedFamily } from './prepare';
import type { KubeProxyOptions } from './config';
import { isLoopback } from './config';
import { parseIptablesDump, type IptablesChain } from './parse';
import {
  chainLine,
  KUBE_EXTERNAL_SERVICES,
  KUBE_FIREWALL,
  KUBE_FORWARD,
  KUBE_MARK_MASQ,
  KUBE_NODEPORTS,
  KUBE_POSTROUTING,
  KUBE_PROXY_FIREWALL,
  KUBE_SERVICES,
  LineBuffer,
  NFACCT_INVALID,
  writeServicePort,
} from './iptablesService';

/** The iptables tables kube-proxy writes. */
export const IPTABLES_TABLES = ['filter', 'nat'] as const;
/** The restore command of each family (IPv4, IPv6). */
export const RESTORE_COMMANDS = ['iptables-restore', 'ip6tables-restore'] as const;

export interface IptablesTable {
  readonly name: (typeof IPTABLES_TABLES)[number];
  /** `:CHAIN - [0:0]` lines, in the order written. */
  readonly chainLines: readonly string[];
  /** `-A CHAIN …` lines, in the order written. */
  readonly ruleLines: readonly string[];
}

export interface IptablesRules {
  readonly family: IpFamily;
  readonly command: (typeof RESTORE_COMMANDS)[number];
  readonly nodeName: string;
  /** `*filter` … `COMMIT` */
  readonly filter: string;
  /** `*nat` … `COMMIT` */
  readonly nat: string;
  /** filter then nat: the whole restore input (`--noflush --counters`). */
  readonly text: string;
  readonly tables: { readonly filter: IptablesTable; readonly nat: IptablesTable };
  /** Rules kube-proxy ensures in the built-in chains, as `iptables` arguments (`-t nat -I PREROUTING …`). */
  readonly jumpRules: readonly string[];
  readonly masqueradeMark: string;
  /** Comments on endpoint rules are dropped above 1000 endpoints. */
  readonly largeClusterMode: boolean;
  /** The host's addresses (addrtype LOCAL) the rules were computed for. */
  readonly hostAddresses: readonly string[];
}

export interface IptablesAnswer {
  readonly nodeName: string;
  /** One rule set per family, IPv4 first. */
  readonly families: readonly IptablesRules[];
  readonly errors: readonly string[];
}

export function renderIptables(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): IptablesAnswer {
  const prepared = prepare(source, nodeName, options);
  return { nodeName, families: prepared.families.map(renderIptablesFamily), errors: prepared.errors };
}

/** pkg/proxy/iptables/proxier.go `iptablesJumpChains` + `iptablesKubeletJumpChains`, each `-I` (prepended). */
const JUMPS: readonly (readonly [table: string, from: string, to: string, comment: string, extra: string])[] = [
  ['filter', 'INPUT', KUBE_EXTERNAL_SERVICES, 'kubernetes externally-visible service portals', '-m conntrack --ctstate NEW'],
  ['filter', 'FORWARD', KUBE_EXTERNAL_SERVICES, 'kubernetes externally-visible service portals', '-m conntrack --ctstate NEW'],
  ['filter', 'INPUT', KUBE_NODEPORTS, 'kubernetes health check service ports', ''],
  ['filter', 'FORWARD', KUBE_SERVICES, 'kubernetes service portals', '-m conntrack --ctstate NEW'],
  ['filter', 'OUTPUT', KUBE_SERVICES, 'kubernetes service portals', '-m conntrack --ctstate NEW'],
  ['filter', 'FORWARD', KUBE_FORWARD, 'kubernetes forwarding rules', ''],
  ['filter', 'INPUT', KUBE_PROXY_FIREWALL, 'kubernetes load balancer firewall', '-m conntrack --ctstate NEW'],
  ['filter', 'OUTPUT', KUBE_PROXY_FIREWALL, 'kubernetes load balancer firewall', '-m conntrack --ctstate NEW'],
  ['filter', 'FORWARD', KUBE_PROXY_FIREWALL, 'kubernetes load balancer firewall', '-m conntrack --ctstate NEW'],
  ['nat', 'OUTPUT', KUBE_SERVICES, 'kubernetes service portals', ''],
  ['nat', 'PREROUTING', KUBE_SERVICES, 'kubernetes service portals', ''],
  ['nat', 'POSTROUTING', KUBE_POSTROUTING, 'kubernetes postrouting rules', ''],
  ['filter', 'INPUT', KUBE_FIREWALL, '', ''],
  ['filter', 'OUTPUT', KUBE_FIREWALL, '', ''],
];

export function jumpRules(): string[] {
  return JUMPS.map(([table, from, to, comment, extra]) =>
    [`-t ${table} -I ${from}`, extra, comment === '' ? '' : `-m comment --comment "${comment}"`, `-j ${to}`].filter((s) => s !== '').join(' '),
  );
}

export function renderIptablesFamily(p: PreparedFamily): IptablesRules {
  const cfg = p.config;
  const isIPv6 = cfg.node.family === 'IPv6';
  const mark = cfg.masqueradeMark;
  const filterChains = new LineBuffer();
  const filterRules = new LineBuffer();
  const natChains = new LineBuffer();
  const natRules = new LineBuffer();

  for (const c of [KUBE_SERVICES, KUBE_EXTERNAL_SERVICES, KUBE_FORWARD, KUBE_NODEPORTS, KUBE_PROXY_FIREWALL]) filterChains.write(chainLine(c));
  for (const c of [KUBE_SERVICES, KUBE_NODEPORTS, KUBE_POSTROUTING, KUBE_MARK_MASQ]) natChains.write(chainLine(c));

  natRules.write('-A', KUBE_POSTROUTING, '-m', 'mark', '!', '--mark', `${mark}/${mark}`, '-j', 'RETURN');
  // Clear the mark to avoid re-masquerading if the packet re-traverses the network stack.
  natRules.write('-A', KUBE_POSTROUTING, '-j', 'MARK', '--xor-mark', mark);
  natRules.write('-A', KUBE_POSTROUTING, '-m', 'comment', '--comment', '"kubernetes service traffic requiring SNAT"', '-j', 'MASQUERADE', cfg.randomFully ? ['--random-fully'] : []);
  natRules.write('-A', KUBE_MARK_MASQ, '-j', 'MARK', '--or-mark', mark);

  if (!isIPv6 && cfg.localhostNodePorts) {
    // route_localnet opens a hole (https://issue.k8s.io/90259); kubelet writes the same rule.
    filterChains.write(chainLine(KUBE_FIREWALL));
    filterRules.write('-A', KUBE_FIREWALL, '-m', 'comment', '--comment', '"block incoming localnet connections"', '-d', '127.0.0.0/8', '!', '-s', '127.0.0.0/8', '-m', 'conntrack', '!', '--ctstate', 'RELATED,ESTABLISHED,DNAT', '-j', 'DROP');
  }

  const largeClusterMode = isLargeCluster(p);
  for (const svc of p.services) writeServicePort(cfg, { filterRules, natChains, natRules }, svc, p.endpoints.get(svc.key), largeClusterMode);

  // Finally, tail-call to the nodePorts chain; this must be the last rule in KUBE-SERVICES.
  const nodePortsComment = '"kubernetes service nodeports; NOTE: this must be the last rule in this chain"';
  if (cfg.nodePortMatchAll) {
    const destinations = ['-m', 'addrtype', '--dst-type', 'LOCAL'];
    if (isIPv6) destinations.push('!', '-d', '::1/128');
    else if (!cfg.localhostNodePorts) destinations.push('!', '-d', '127.0.0.0/8');
    natRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', nodePortsComment, destinations, '-j', KUBE_NODEPORTS);
  } else {
    for (const ip of cfg.nodePortIPs) {
      // Loopback is skipped for IPv6 ("not supported") and without localhost NodePorts.
      if (isLoopback(ip) && (isIPv6 || !cfg.localhostNodePorts)) continue;
      natRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', nodePortsComment, '-d', ip, '-j', KUBE_NODEPORTS);
    }
  }

  // Drop INVALID packets unless nf_conntrack_tcp_be_liberal is set (issues 74839, 117924).
  if (!cfg.conntrackTCPLiberal) {
    filterRules.write('-A', KUBE_FORWARD, '-m', 'conntrack', '--ctstate', 'INVALID', cfg.nfacct ? ['-m', 'nfacct', '--nfacct-name', NFACCT_INVALID] : [], '-j', 'DROP');
  }
  filterRules.write('-A', KUBE_FORWARD, '-m', 'comment', '--comment', '"kubernetes forwarding rules"', '-m', 'mark', '--mark', `${mark}/${mark}`, '-j', 'ACCEPT');
  filterRules.write('-A', KUBE_FORWARD, '-m', 'comment', '--comment', '"kubernetes forwarding conntrack rule"', '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT');

  const filter: IptablesTable = { name: 'filter', chainLines: filterChains.lines, ruleLines: filterRules.lines };
  const nat: IptablesTable = { name: 'nat', chainLines: natChains.lines, ruleLines: natRules.lines };
  const filterText = tableText(filter);
  const natText = tableText(nat);
  return {
    family: cfg.node.family,
    command: isIPv6 ? 'ip6tables-restore' : 'iptables-restore',
    nodeName: cfg.node.nodeName,
    filter: filterText,
    nat: natText,
    text: filterText + natText,
    tables: { filter, nat },
    jumpRules: jumpRules(),
    masqueradeMark: mark,
    largeClusterMode,
    hostAddresses: cfg.node.hostAddresses,
  };
}

export function tableText(t: IptablesTable): string {
  const lines = [`*${t.name}`, ...t.chainLines, ...t.ruleLines, 'COMMIT'];
  return lines.join('\n') + '\n';
}

/** One rendered table's chains, with their rules' matches and targets, as upstream's ParseIPTablesDump reads its text. */
export function tableChains(t: IptablesTable): readonly IptablesChain[] {
  return parseIptablesDump(tableText(t)).tables[0]?.chains ?? [];
}
