/**
 * IPVS mode — kubernetes/kubernetes pkg/proxy/ipvs/proxier.go (v1.31–v1.32 line) `syncProxyRules`,
 * `syncService`, `syncEndpoint`; the iptables part is ipvsIptables.ts. What a full sync programs:
 *
 * - virtual servers: ClusterIP, each externalIP and each load-balancer IP, and for a NodePort one per node
 *   address (every non-loopback host address of the family with the default `--nodeport-addresses`, else
 *   those inside the CIDRs; none at all skips the port's NodePort and health-check entries, as upstream's
 *   `continue` does); scheduler `rr` (the default), `persistent` with the ClientIP timeout for affinity;
 * - addresses bound to the dummy device `kube-ipvs0` (and listed in `KUBE-IPVS-IPS`): every ClusterIP, and
 *   the external and load-balancer IPs that are not already an address of another interface (`shouldBind`);
 * - real servers (`syncEndpoint`, weight 1): Cluster-policy endpoints, or for ClusterIP with
 *   internalTrafficPolicy Local and external addresses with externalTrafficPolicy Local the local endpoints —
 *   falling back to the cluster endpoints when the node has none (kubernetes/kubernetes#97081);
 * - ipset entries, in `ipset` notation (`10.96.0.10,udp:53`, `1.2.3.4,tcp:80,203.0.113.0/25`, `30001`);
 * - the exact `iptables-restore` input (ipvsIptables.ts).
 *
 * Not modeled: graceful termination of real servers (weight 0 while connections drain: a fresh sync has
 * none), the `mh` scheduler flags, strict ARP, IPVS timeouts, entries dropped by `validateEntry`.
 */
import type { IpFamily, Protocol } from '../../model/topology';
import { cidrContainsIp } from './addr';
import { categorizeEndpoints, type Categorized } from './categorize';
import { isLoopback, type KubeProxyOptions, type ProxierConfig } from './config';
import { ipsetName, ipvsIptables, SETS, type IpvsIptables, type OutFilterEntry } from './ipvsIptables';
import { prepare, type KubeProxySource, type PreparedFamily } from './prepare';
import type { EndpointInfo, ServicePortInfo } from './types';

export interface IpvsRealServer {
  readonly address: string;
  readonly port: number;
  readonly weight: number;
}

/** What a virtual server is for: a Service's ClusterIP, an externalIP, a load-balancer IP or a node address (NodePort). */
export const IPVS_VIRTUAL_SERVER_KINDS = ['ClusterIP', 'ExternalIP', 'LoadBalancer', 'NodePort'] as const;

export interface IpvsVirtualServer {
  readonly kind: (typeof IPVS_VIRTUAL_SERVER_KINDS)[number];
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
  /** `KUBE-…`, or `KUBE-6-…` (cut to 31 characters) for IPv6 */
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
  /** The iptables-restore input of the IPVS proxier. */
  readonly iptables: IpvsIptables;
  /** `iptablesRules`: the `-A` lines of `iptables`. */
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

/**
 * syncEndpoint: the endpoints a virtual server balances to. With `onlyNodeLocal` and no local endpoint it
 * takes the cluster endpoints ("Allow access from local PODs even if no local endpoints exist", #97081) —
 * which are none for a port that only uses Local endpoints (internalTrafficPolicy Local, not external).
 */
export function realServerEndpoints(c: Categorized, onlyNodeLocal: boolean): readonly EndpointInfo[] {
  return onlyNodeLocal && c.localEndpoints.length > 0 ? c.localEndpoints : c.clusterEndpoints;
}

/** What the proxier does with one service port, as callbacks: ipset entries, virtual servers, kube-ipvs0 binds, out-filter entries. */
interface Sink {
  entry(set: string, entry: string): void;
  virtualServer(kind: IpvsVirtualServer['kind'], address: string, port: number, onlyNodeLocal: boolean): void;
  bind(address: string): void;
  outFilter(e: OutFilterEntry): void;
}

/**
 * The addresses of the host's other interfaces (`GetAllLocalAddressesExcept(kube-ipvs0)`): the family's,
 * without loopback and, for IPv6, link-local ones (netlink_linux.go `isValidForSet`).
 */
export function nodeAddressSet(cfg: ProxierConfig): ReadonlySet<string> {
  const v6 = cfg.node.family === 'IPv6';
  return new Set(cfg.node.hostAddresses.filter((ip) => ip.includes(':') === v6 && !isLoopback(ip) && !(v6 && cidrContainsIp('fe80::/10', ip))));
}

/** NodePort addresses: the node address set with the default `--nodeport-addresses`, else the non-loopback host addresses in the CIDRs. */
export function ipvsNodePortAddresses(cfg: ProxierConfig): string[] {
  return cfg.nodePortMatchAll ? [...nodeAddressSet(cfg)] : cfg.nodePortIPs.filter((ip) => !isLoopback(ip));
}

/** The body of syncProxyRules' loop over service ports, for one port. */
function syncServicePort(cfg: ProxierConfig, svc: ServicePortInfo, endpoints: readonly EndpointInfo[] | undefined, hostAddresses: ReadonlySet<string>, nodeIPs: readonly string[], sink: Sink): void {
  const proto = svc.protocol.toLowerCase();
  for (const ep of endpoints ?? []) if (ep.isLocal) sink.entry('KUBE-LOOP-BACK', `${ep.ip},${proto}:${ep.port},${ep.ip}`);

  addressEntries(svc, sink.entry);
  sink.virtualServer('ClusterIP', svc.clusterIP, svc.port, svc.internalPolicyLocal);
  sink.bind(svc.clusterIP);
  for (const ip of svc.externalIPs) {
    sink.virtualServer('ExternalIP', ip, svc.port, svc.externalPolicyLocal);
    // Not added to the dummy device when another interface has it.
    if (!hostAddresses.has(ip)) sink.bind(ip);
  }
  for (const ip of svc.loadBalancerVIPs) {
    const out = lbNoNodeAccess(cfg, svc, ip);
    if (out === false) sink.entry('KUBE-LOAD-BALANCER-SOURCE-IP', `${ip},${proto}:${svc.port},${ip}`);
    else if (out !== null) sink.outFilter(out);
    sink.virtualServer('LoadBalancer', ip, svc.port, svc.externalPolicyLocal);
    if (!hostAddresses.has(ip)) sink.bind(ip);
  }

  if (svc.nodePort !== 0) {
    // No node address: upstream `continue`s, which also skips the health-check port below.
    if (nodeIPs.length === 0) return;
    const [all, local] = NODE_PORT_SETS[svc.protocol];
    // bitmap:port sets hold the port; SCTP's hash:ip,port sets hold one entry per node address.
    const entries = svc.protocol === 'SCTP' ? nodeIPs.map((ip) => `${ip},${proto}:${svc.nodePort}`) : [String(svc.nodePort)];
    for (const e of entries) sink.entry(all, e);
    if (svc.externalPolicyLocal) for (const e of entries) sink.entry(local, e);
    // Node IPs are not bound to the dummy device.
    for (const ip of nodeIPs) sink.virtualServer('NodePort', ip, svc.nodePort, svc.externalPolicyLocal);
  }
  if (svc.healthCheckNodePort !== 0) sink.entry('KUBE-HEALTH-CHECK-NODE-PORT', String(svc.healthCheckNodePort));
}

/**
 * For an LB VIP with source ranges: false when a range holds the node IP (the VIP goes into
 * KUBE-LOAD-BALANCER-SOURCE-IP: requests from the LB's backends loop back to it), else the entry the node
 * is blocked from (`lbNoNodeAccessIPPortProtocolEntries`); null without source ranges.
 */
export function lbNoNodeAccess(cfg: ProxierConfig, svc: ServicePortInfo, ip: string): OutFilterEntry | false | null {
  if (svc.loadBalancerSourceRanges.length === 0) return null;
  const nodeIP = cfg.node.nodeIP;
  if (nodeIP !== null && svc.loadBalancerSourceRanges.some((cidr) => cidrContainsIp(cidr, nodeIP))) return false;
  return { ip, protocol: svc.protocol.toLowerCase(), port: svc.port };
}

export const NODE_PORT_SETS: Readonly<Record<Protocol, readonly [all: string, local: string]>> = {
  TCP: ['KUBE-NODE-PORT-TCP', 'KUBE-NODE-PORT-LOCAL-TCP'],
  UDP: ['KUBE-NODE-PORT-UDP', 'KUBE-NODE-PORT-LOCAL-UDP'],
  SCTP: ['KUBE-NODE-PORT-SCTP-HASH', 'KUBE-NODE-PORT-LOCAL-SCTP-HASH'],
};

export function planIpvsFamily(p: PreparedFamily): IpvsPlan {
  const cfg = p.config;
  const v6 = cfg.node.family === 'IPv6';
  const entries = new Map<string, Set<string>>(SETS.map(([n]) => [n, new Set<string>()]));
  const virtualServers: IpvsVirtualServer[] = [];
  const bound = new Set<string>();
  const outFilter: OutFilterEntry[] = [];
  const hostAddresses = nodeAddressSet(cfg);
  const nodeIPs = ipvsNodePortAddresses(cfg);

  for (const svc of p.services) {
    const eps = p.endpoints.get(svc.key);
    const c = categorizeEndpoints(eps, svc);
    syncServicePort(cfg, svc, eps, hostAddresses, nodeIPs, {
      entry: (set, entry) => void entries.get(set)!.add(entry),
      virtualServer: (kind, address, port, onlyNodeLocal) =>
        void virtualServers.push({
          kind,
          service: svc.nameString,
          address,
          port,
          protocol: svc.protocol,
          scheduler: 'rr',
          persistenceTimeoutSeconds: svc.sessionAffinityClientIP ? svc.stickyMaxAgeSeconds : null,
          realServers: realServerEndpoints(c, onlyNodeLocal).map((ep) => ({ address: ep.ip, port: ep.port, weight: 1 })),
        }),
      bind: (address) => void bound.add(address),
      outFilter: (e) => void outFilter.push(e),
    });
  }
  // The KUBE-IPVS-IPS set is set to the addresses bound in this sync.
  for (const ip of bound) entries.get('KUBE-IPVS-IPS')!.add(ip);

  const ipsets: IpvsSet[] = SETS.map(([n, type, comment]) => ({ name: ipsetName(n, v6), type, comment, entries: [...entries.get(n)!] }));
  const iptables = ipvsIptables(cfg, (set) => entries.get(set)!.size, outFilter);
  return {
    family: cfg.node.family,
    nodeName: cfg.node.nodeName,
    virtualServers,
    boundAddresses: [...bound],
    ipsets,
    iptables,
    counts: {
      virtualServers: virtualServers.length,
      realServers: virtualServers.reduce((n, v) => n + v.realServers.length, 0),
      ipsetEntries: ipsets.reduce((n, s) => n + s.entries.length, 0),
      iptablesRules: iptables.tables.nat.ruleLines.length + iptables.tables.filter.ruleLines.length,
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
