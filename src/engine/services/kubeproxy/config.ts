/**
 * The settings one single-family proxier runs with, resolved the way kube-proxy resolves them
 * (kubernetes/kubernetes cmd/kube-proxy/app/server.go, server_linux.go and pkg/proxy/{iptables,nftables}/proxier.go
 * `NewProxier`, `NewDualStackProxier`):
 *
 * - masquerade mark: `fmt.Sprintf("%#08x", 1<<masqueradeBit)` — Go pads the *digits* to 8, so bit 14 is
 *   `0x00004000` (the upstream unit tests inject `0x4000`; `masqueradeMark` overrides for them);
 * - detect-local (ClusterCIDR mode, the default): the first cluster CIDR of the family
 *   (`getLocalDetectors`: `NewDetectLocalByCIDR(cidrs[0])`), none when the family has no cluster CIDR;
 * - node IPs: the first InternalIP of each family, else the first ExternalIP (`utilnode.GetNodeHostIPs`);
 * - `--nodeport-addresses primary` → the node IPs as /32 and /128 (server.go); nftables mode defaults to
 *   `primary` when the list is empty (server_linux.go `platformApplyDefaults`); then
 *   `proxyutil.NewNodePortAddresses` keeps the CIDRs of the family, or 0.0.0.0/0 (::/0) when none is left;
 * - localhost NodePorts: IPv4 only (the dual-stack constructor passes false for IPv6), and off when the
 *   node-port CIDRs do not contain 127.0.0.0 (`ContainsIPv4Loopback`);
 * - host facts kube-proxy reads from the kernel are options: iptables `--random-fully` support, the nfacct
 *   counters, `nf_conntrack_tcp_be_liberal`, and the addresses configured on the host.
 */
import { IpAddress, Prefix } from '../../net';
import type { ClusterNode, IpFamily, KubeProxyMode, Topology } from '../../model/topology';
import { familyOf, type NodeContext } from './types';

export interface KubeProxyOptions {
  /** One family only; default: every family the node can proxy (IPv4 first). */
  readonly family?: IpFamily;
  /** Override the mode (default: topology.kubeProxy.mode). */
  readonly mode?: KubeProxyMode;
  /** iptables ≥ 1.6.2 with a kernel that has `--random-fully` (default true: any current distribution). */
  readonly randomFully?: boolean;
  /** The nfacct counters could be created (kernel with nfnetlink_acct; default true). */
  readonly nfacct?: boolean;
  /** `net.netfilter.nf_conntrack_tcp_be_liberal` is non-zero (default false): no INVALID drop rule. */
  readonly conntrackTCPLiberal?: boolean;
  /** Addresses on the host's interfaces; default: the node's InternalIPs and ExternalIPs plus 127.0.0.1 and ::1. */
  readonly hostAddresses?: readonly string[];
  /** The literal mark string (upstream unit tests use `0x4000`); default from the masquerade bit. */
  readonly masqueradeMark?: string;
}

export interface ProxierConfig {
  readonly mode: KubeProxyMode;
  readonly node: NodeContext;
  readonly masqueradeMark: string;
  readonly masqueradeAll: boolean;
  /** The detect-local CIDR of the family, or null (LocalTrafficDetector not implemented). */
  readonly localCIDR: string | null;
  readonly localhostNodePorts: boolean;
  /** NodePortAddresses.MatchAll() */
  readonly nodePortMatchAll: boolean;
  /** GetNodeIPs(): host addresses of the family inside the node-port CIDRs, sorted (upstream: map order). */
  readonly nodePortIPs: readonly string[];
  readonly randomFully: boolean;
  readonly nfacct: boolean;
  readonly conntrackTCPLiberal: boolean;
  /** Service CIDRs of the family (nftables `cluster-ips-check`). */
  readonly serviceCIDRs: readonly string[];
}

export interface ResolvedNode {
  readonly nodeName: string;
  readonly nodeIPs: { readonly IPv4: string | null; readonly IPv6: string | null };
  readonly hostAddresses: readonly string[];
}

export function resolveNode(topology: Topology, nodeName: string, options: KubeProxyOptions): ResolvedNode | null {
  const node = topology.nodes.find((n) => n.name === nodeName);
  return node === undefined ? null : resolveClusterNode(node, options);
}

export function resolveClusterNode(node: ClusterNode, options: KubeProxyOptions): ResolvedNode {
  const nodeName = node.name;
  const first = (family: IpFamily): string | null =>
    node.internalIPs.find((ip) => familyOf(ip) === family) ?? node.externalIPs.find((ip) => familyOf(ip) === family) ?? null;
  return {
    nodeName,
    nodeIPs: { IPv4: first('IPv4'), IPv6: first('IPv6') },
    hostAddresses: options.hostAddresses ?? ['127.0.0.1', '::1', ...node.internalIPs, ...node.externalIPs],
  };
}

/** `fmt.Sprintf("%#08x", 1<<bit)`. */
export function goMasqueradeMark(bit: number): string {
  return '0x' + (2 ** bit).toString(16).padStart(8, '0');
}

/** Node-port CIDR strings after `primary` expansion (both families; filtered per family later). */
function nodePortCIDRs(topology: Topology, mode: KubeProxyMode, node: ResolvedNode): string[] {
  let list = [...topology.kubeProxy.nodePortAddresses];
  if (list.length === 0 && mode === 'nftables') list = ['primary'];
  if (list.length === 1 && list[0] === 'primary') {
    list = [];
    for (const [ip, len] of [[node.nodeIPs.IPv4, 32], [node.nodeIPs.IPv6, 128]] as const) {
      if (ip !== null && !isLoopback(ip)) list.push(`${ip}/${len}`);
    }
  }
  return list;
}

export function isLoopback(ip: string): boolean {
  const a = IpAddress.parse(ip);
  return a.family === 'IPv4' ? a.w0 >>> 24 === 127 : a.toString() === '::1';
}

export function resolveConfig(topology: Topology, node: ResolvedNode, family: IpFamily, options: KubeProxyOptions): ProxierConfig {
  const mode = options.mode ?? topology.kubeProxy.mode;
  const clusterCIDRs = topology.kubeProxy.clusterCIDRs.length > 0 ? topology.kubeProxy.clusterCIDRs : topology.podCIDRs;
  const localCIDR = clusterCIDRs.find((c) => familyOf(c) === family) ?? null;

  // proxyutil.NewNodePortAddresses(family, cidrs)
  let cidrs = nodePortCIDRs(topology, mode, node).filter((c) => familyOf(c) === family).map((c) => Prefix.parse(c));
  if (cidrs.length === 0) cidrs = [Prefix.parse(family === 'IPv4' ? '0.0.0.0/0' : '::/0')];
  const zero = cidrs.findIndex((c) => c.length === 0);
  const matchAll = zero >= 0;
  if (matchAll) cidrs = cidrs.slice(0, zero + 1); // "Ignore everything else" after a zero CIDR
  const loopback = IpAddress.parse('127.0.0.0');
  const containsIPv4Loopback = family === 'IPv4' && cidrs.some((c) => c.contains(loopback) || isLoopback(c.address.toString()));

  const nodePortIPs = [...new Set(node.hostAddresses.filter((ip) => familyOf(ip) === family))]
    .map((ip) => IpAddress.parse(ip))
    .filter((ip) => cidrs.some((c) => c.contains(ip)))
    .sort((a, b) => a.compare(b))
    .map((ip) => ip.toString());

  return {
    mode,
    node: { nodeName: node.nodeName, family, nodeIP: node.nodeIPs[family], hostAddresses: node.hostAddresses },
    masqueradeMark: options.masqueradeMark ?? goMasqueradeMark(topology.kubeProxy.masqueradeBit),
    masqueradeAll: topology.kubeProxy.masqueradeAll,
    localCIDR,
    localhostNodePorts: family === 'IPv4' && topology.kubeProxy.localhostNodePorts && containsIPv4Loopback,
    nodePortMatchAll: matchAll,
    nodePortIPs,
    randomFully: options.randomFully ?? true,
    nfacct: options.nfacct ?? true,
    conntrackTCPLiberal: options.conntrackTCPLiberal ?? false,
    serviceCIDRs: topology.serviceCIDRs.filter((c) => familyOf(c) === family),
  };
}

/**
 * The families rendered for a node: `only` when given, else those the node has an address of, IPv4 first.
 * (On a host with both stacks kube-proxy also runs the other family's proxier, which then holds only its
 * base chains; pass `family` to see it.)
 */
export function nodeFamilies(node: ResolvedNode, only?: IpFamily): IpFamily[] {
  if (only !== undefined) return [only];
  return (['IPv4', 'IPv6'] as const).filter((f) => node.nodeIPs[f] !== null);
}
