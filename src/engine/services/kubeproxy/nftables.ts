/**
 * The `ip kube-proxy` / `ip6 kube-proxy` table kube-proxy's nftables proxier keeps — kubernetes/kubernetes
 * pkg/proxy/nftables/proxier.go (`setupNFTables`, `syncProxyRules`, `writeServiceToEndpointRules`) — as the
 * `nft -f` commands that create its state after a full sync, in the form of knftables' `Fake.Dump()` that
 * upstream's tests compare against (pkg/proxy/nftables/proxier_test.go `baseRules`, TestOverallNFTablesRules):
 * table, sets, maps, chains, rules, elements. (The live transaction also flushes chains/maps and deletes
 * stale objects first; a fresh host ends in exactly this state.)
 *
 * Base chains and their priorities follow the current upstream layout (filter-prerouting-pre-dnat and
 * filter-output-pre-dnat at dstnat−10 for the firewall check; filter-input/forward/output at 0 for the
 * endpoint and ClusterIP checks; nat chains at dstnat/srcnat), as in upstream's `baseRules`.
 */
import { cidrContainsIp } from './addr';
import { categorizeEndpoints } from './categorize';
import type { ProxierConfig } from './config';
import { isLoopback } from './config';
import { nftablesChainNames, nftablesEndpointNames } from './names';
import { prepare, type KubeProxySource, type PreparedFamily } from './prepare';
import type { KubeProxyOptions } from './config';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './types';
import type { IpFamily } from '../../model/topology';

export interface NftablesRules {
  readonly family: IpFamily;
  readonly nodeName: string;
  /** `ip kube-proxy` or `ip6 kube-proxy` */
  readonly table: string;
  /** Every command, newline-terminated: `nft -f` input. */
  readonly text: string;
  readonly counts: { readonly sets: number; readonly maps: number; readonly chains: number; readonly rules: number; readonly elements: number };
}

export interface NftablesAnswer {
  readonly nodeName: string;
  readonly families: readonly NftablesRules[];
  readonly errors: readonly string[];
}

export function renderNftables(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): NftablesAnswer {
  const prepared = prepare(source, nodeName, { mode: 'nftables', ...options });
  return { nodeName, families: prepared.families.map(renderNftablesFamily), errors: prepared.errors };
}

class Tx {
  readonly sets: string[] = [];
  readonly maps: string[] = [];
  readonly chains: string[] = [];
  readonly rules: string[] = [];
  readonly elements: string[] = [];
  constructor(readonly prefix: string) {}
  set(name: string, body: string): void {
    this.sets.push(`add set ${this.prefix} ${name} { ${body} ; }`);
  }
  map(name: string, type: string, comment: string): void {
    this.maps.push(`add map ${this.prefix} ${name} { type ${type} ; comment "${comment}" ; }`);
  }
  chain(name: string, body?: string): void {
    this.chains.push(`add chain ${this.prefix} ${name}${body === undefined ? '' : ` { ${body} ; }`}`);
  }
  rule(chain: string, rule: string, comment?: string): void {
    this.rules.push(`add rule ${this.prefix} ${chain} ${rule}${comment === undefined ? '' : ` comment "${comment}"`}`);
  }
  element(container: string, key: string, value?: string, comment?: string): void {
    const c = comment === undefined ? '' : ` comment "${comment}"`;
    this.elements.push(`add element ${this.prefix} ${container} { ${key}${c}${value === undefined ? '' : ` : ${value}`} }`);
  }
}

const REJECT_CHAIN = 'reject-chain';
const MARK_MASQ = 'mark-for-masquerade';

function setup(tx: Tx, cfg: ProxierConfig, ipX: string, addrType: string): void {
  const noLocalhost = ipX === 'ip' ? 'ip daddr != 127.0.0.0/8' : 'ip6 daddr != ::1';
  tx.set('cluster-ips', `type ${addrType} ; comment "Active ClusterIPs"`);
  if (!cfg.nodePortMatchAll) tx.set('nodeport-ips', `type ${addrType} ; comment "IPs that accept NodePort traffic"`);
  tx.map('firewall-ips', `${addrType} . inet_proto . inet_service : verdict`, 'destinations that are subject to LoadBalancerSourceRanges');
  tx.map('no-endpoint-nodeports', 'inet_proto . inet_service : verdict', 'vmap to drop or reject packets to service nodeports with no endpoints');
  tx.map('no-endpoint-services', `${addrType} . inet_proto . inet_service : verdict`, 'vmap to drop or reject packets to services with no endpoints');
  tx.map('service-ips', `${addrType} . inet_proto . inet_service : verdict`, 'ClusterIP, ExternalIP and LoadBalancer IP traffic');
  tx.map('service-nodeports', 'inet_proto . inet_service : verdict', 'NodePort traffic');

  tx.chain('cluster-ips-check');
  tx.chain('filter-prerouting-pre-dnat', 'type filter hook prerouting priority -110');
  tx.chain('filter-output-pre-dnat', 'type filter hook output priority -110');
  tx.chain('filter-forward', 'type filter hook forward priority 0');
  tx.chain('filter-input', 'type filter hook input priority 0');
  tx.chain('filter-output', 'type filter hook output priority 0');
  tx.chain('firewall-check');
  tx.chain(MARK_MASQ);
  tx.chain('masquerading');
  tx.chain('nat-output', 'type nat hook output priority -100');
  tx.chain('nat-postrouting', 'type nat hook postrouting priority 100');
  tx.chain('nat-prerouting', 'type nat hook prerouting priority -100');
  tx.chain('nodeport-endpoints-check');
  tx.chain(REJECT_CHAIN, 'comment "helper for @no-endpoint-services / @no-endpoint-nodeports"');
  tx.chain('services');
  tx.chain('service-endpoints-check');

  tx.rule('cluster-ips-check', `${ipX} daddr @cluster-ips reject`, 'Reject traffic to invalid ports of ClusterIPs');
  if (cfg.serviceCIDRs.length > 0) tx.rule('cluster-ips-check', `${ipX} daddr { ${cfg.serviceCIDRs.join(',')} } drop`, 'Drop traffic to unallocated ClusterIPs');
  tx.rule('filter-prerouting-pre-dnat', 'ct state new jump firewall-check');
  tx.rule('filter-forward', 'ct state new jump service-endpoints-check');
  tx.rule('filter-forward', 'ct state new jump cluster-ips-check');
  tx.rule('filter-input', 'ct state new jump nodeport-endpoints-check');
  tx.rule('filter-input', 'ct state new jump service-endpoints-check');
  tx.rule('filter-output', 'ct state new jump service-endpoints-check');
  tx.rule('filter-output-pre-dnat', 'ct state new jump firewall-check');
  tx.rule('filter-output', 'ct state new jump cluster-ips-check');
  tx.rule('firewall-check', `${ipX} daddr . meta l4proto . th dport vmap @firewall-ips`);
  tx.rule(MARK_MASQ, `mark set mark or ${cfg.masqueradeMark}`);
  tx.rule('masquerading', `mark and ${cfg.masqueradeMark} == 0 return`);
  tx.rule('masquerading', `mark set mark xor ${cfg.masqueradeMark}`);
  tx.rule('masquerading', 'masquerade fully-random');
  tx.rule('nat-output', 'jump services');
  tx.rule('nat-postrouting', 'jump masquerading');
  tx.rule('nat-prerouting', 'jump services');
  tx.rule('nodeport-endpoints-check', `${cfg.nodePortMatchAll ? noLocalhost : `${ipX} daddr @nodeport-ips`} meta l4proto . th dport vmap @no-endpoint-nodeports`);
  tx.rule(REJECT_CHAIN, 'reject');
  tx.rule('services', `${ipX} daddr . meta l4proto . th dport vmap @service-ips`);
  tx.rule('services', `${cfg.nodePortMatchAll ? `fib daddr type local ${noLocalhost}` : `${ipX} daddr @nodeport-ips`} meta l4proto . th dport vmap @service-nodeports`);
  tx.rule('service-endpoints-check', `${ipX} daddr . meta l4proto . th dport vmap @no-endpoint-services`);
  if (!cfg.nodePortMatchAll) {
    // "--nodeport-addresses includes localhost but localhost NodePorts are not supported"
    for (const ip of cfg.nodePortIPs) if (!isLoopback(ip)) tx.element('nodeport-ips', ip);
  }
}

export function renderNftablesFamily(p: PreparedFamily): NftablesRules {
  const cfg = p.config;
  const ipX = cfg.node.family === 'IPv4' ? 'ip' : 'ip6';
  const addrType = cfg.node.family === 'IPv4' ? 'ipv4_addr' : 'ipv6_addr';
  const tx = new Tx(`${ipX} kube-proxy`);
  setup(tx, cfg, ipX, addrType);
  for (const svc of p.services) writeService(tx, cfg, ipX, addrType, svc, p.endpoints.get(svc.key));
  const text = [`add table ${ipX} kube-proxy { comment "rules for kube-proxy" ; }`, ...tx.sets, ...tx.maps, ...tx.chains, ...tx.rules, ...tx.elements].join('\n') + '\n';
  return {
    family: cfg.node.family,
    nodeName: cfg.node.nodeName,
    table: `${ipX} kube-proxy`,
    text,
    counts: { sets: tx.sets.length, maps: tx.maps.length, chains: tx.chains.length, rules: tx.rules.length, elements: tx.elements.length },
  };
}

function writeService(tx: Tx, cfg: ProxierConfig, ipX: string, addrType: string, svc: ServicePortInfo, endpoints: readonly EndpointInfo[] | undefined): void {
  const protocol = svc.protocol.toLowerCase();
  const name = svc.nameString;
  const chains = nftablesChainNames(svc);
  const { clusterEndpoints, localEndpoints, allReachable, hasAnyEndpoints: hasEndpoints } = categorizeEndpoints(endpoints, svc);
  const usesClusterPolicyChain = clusterEndpoints.length > 0 && usesClusterEndpoints(svc);
  const usesLocalPolicyChain = localEndpoints.length > 0 && usesLocalEndpoints(svc);
  const internalTrafficChain = svc.internalPolicyLocal ? chains.local : chains.cluster;
  const hasInternalEndpoints = hasEndpoints && !(svc.internalPolicyLocal && localEndpoints.length === 0);
  const externalPolicyChain = svc.externalPolicyLocal ? chains.local : chains.cluster;
  const hasExternalEndpoints = hasEndpoints && !(svc.externalPolicyLocal && localEndpoints.length === 0);
  const usesExternalTrafficChain = hasEndpoints && externallyAccessible(svc);
  const usesFWChain = svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
  const internalVerdict = hasEndpoints ? 'drop' : `goto ${REJECT_CHAIN}`;
  const externalVerdict = internalVerdict;
  const key = (ip: string): string => `${ip} . ${protocol} . ${svc.port}`;

  for (const ep of allReachable) tx.chain(nftablesEndpointNames(svc, ep).chain);
  if (usesClusterPolicyChain) tx.chain(chains.cluster);
  if (usesLocalPolicyChain) tx.chain(chains.local);
  if (usesExternalTrafficChain) tx.chain(chains.external);

  tx.element('cluster-ips', svc.clusterIP);
  if (hasInternalEndpoints) tx.element('service-ips', key(svc.clusterIP), `goto ${internalTrafficChain}`);
  else tx.element('no-endpoint-services', key(svc.clusterIP), internalVerdict, name);
  for (const ip of svc.externalIPs) {
    if (hasEndpoints) tx.element('service-ips', key(ip), `goto ${chains.external}`);
    if (!hasExternalEndpoints) tx.element('no-endpoint-services', key(ip), externalVerdict, name);
  }
  if (usesFWChain) tx.chain(chains.firewall);
  for (const ip of svc.loadBalancerVIPs) {
    if (hasEndpoints) tx.element('service-ips', key(ip), `goto ${chains.external}`);
    if (usesFWChain) tx.element('firewall-ips', key(ip), `goto ${chains.firewall}`);
  }
  if (!hasExternalEndpoints) for (const ip of svc.loadBalancerVIPs) tx.element('no-endpoint-services', key(ip), externalVerdict, name);
  if (svc.nodePort !== 0) {
    if (hasEndpoints) tx.element('service-nodeports', `${protocol} . ${svc.nodePort}`, `goto ${chains.external}`);
    if (!hasExternalEndpoints) tx.element('no-endpoint-nodeports', `${protocol} . ${svc.nodePort}`, externalVerdict, name);
  }

  if (hasInternalEndpoints) {
    if (cfg.masqueradeAll) tx.rule(internalTrafficChain, `${ipX} daddr ${svc.clusterIP} jump ${MARK_MASQ}`);
    else if (cfg.localCIDR !== null) tx.rule(internalTrafficChain, `${ipX} daddr ${svc.clusterIP} ${ipX} saddr != ${cfg.localCIDR} jump ${MARK_MASQ}`);
  }
  if (usesExternalTrafficChain) {
    if (!svc.externalPolicyLocal) {
      tx.rule(chains.external, `jump ${MARK_MASQ}`);
    } else {
      if (cfg.localCIDR !== null) tx.rule(chains.external, `${ipX} saddr ${cfg.localCIDR} goto ${chains.cluster}`, 'short-circuit pod traffic');
      tx.rule(chains.external, `fib saddr type local jump ${MARK_MASQ}`, 'masquerade local traffic');
      tx.rule(chains.external, `fib saddr type local goto ${chains.cluster}`, 'short-circuit local traffic');
    }
    if (hasExternalEndpoints) tx.rule(chains.external, `goto ${externalPolicyChain}`);
  }
  if (usesFWChain) {
    const sources = [...svc.loadBalancerSourceRanges];
    const nodeIP = cfg.node.nodeIP;
    if (nodeIP !== null && svc.loadBalancerSourceRanges.some((c) => cidrContainsIp(c, nodeIP))) sources.push(...svc.loadBalancerVIPs);
    tx.rule(chains.firewall, `${ipX} saddr != { ${sources.join(' , ')} } drop`);
  }
  if (svc.sessionAffinityClientIP) {
    for (const ep of allReachable) tx.set(nftablesEndpointNames(svc, ep).affinitySet, `type ${addrType} ; flags dynamic,timeout ; timeout ${svc.stickyMaxAgeSeconds}s`);
  }
  if (usesClusterPolicyChain) writeServiceToEndpointRules(tx, ipX, svc, chains.cluster, clusterEndpoints);
  if (usesLocalPolicyChain) writeServiceToEndpointRules(tx, ipX, svc, chains.local, localEndpoints);
  for (const ep of allReachable) {
    const names = nftablesEndpointNames(svc, ep);
    tx.rule(names.chain, `${ipX} saddr ${ep.ip} jump ${MARK_MASQ}`);
    if (svc.sessionAffinityClientIP) tx.rule(names.chain, `update @${names.affinitySet} { ${ipX} saddr }`);
    tx.rule(names.chain, `meta l4proto ${protocol} dnat to ${ep.endpoint}`);
  }
}

function writeServiceToEndpointRules(tx: Tx, ipX: string, svc: ServicePortInfo, chain: string, endpoints: readonly EndpointInfo[]): void {
  if (svc.sessionAffinityClientIP) {
    for (const ep of endpoints) {
      const names = nftablesEndpointNames(svc, ep);
      tx.rule(chain, `${ipX} saddr @${names.affinitySet} goto ${names.chain}`);
    }
  }
  // One random number per packet picks the endpoint: uniform, unlike iptables' probability ladder.
  const vmap = endpoints.map((ep, i) => `${i} : goto ${nftablesEndpointNames(svc, ep).chain}`).join(' , ');
  tx.rule(chain, `numgen random mod ${endpoints.length} vmap { ${vmap} }`);
}
