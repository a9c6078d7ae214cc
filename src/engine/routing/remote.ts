/**
 * The route a node's CNI installs for another node's pod CIDR — computed on demand for the one remote node
 * a lookup needs (via the pod-CIDR trie), so a 5,000-node cluster never materializes 25 million routes.
 * README.md has the table of what each plugin and mode installs, with sources.
 */
import { addressOf, podCidrOf, subnetOf, type NetworkIndex, type NodeInfo } from '../model/indexes';
import type { IpFamily, OverlayMode } from '../model/topology';
import type { IpAddress } from '../net';
import { encapsulates, isEncapsulating } from '../overlay';
import { gatewayAddress, tunnelAddress, tunnelDevice, UNDERLAY_DEV } from './devices';
import { formatRoute, route } from './format';
import { tableRoute } from './local';
import type { SkippedRoute, TableRoute } from './types';

export type RemoteRoute = { readonly kind: 'route'; readonly route: TableRoute } | { readonly kind: 'skipped'; readonly skipped: SkippedRoute } | { readonly kind: 'none' };

const NONE: RemoteRoute = { kind: 'none' };

/** True when `ip` lies in the node's own subnet of its family: the kernel accepts it as an on-link gateway. */
export function onLink(node: NodeInfo, ip: IpAddress): boolean {
  return subnetOf(node, ip.family)?.prefix.contains(ip) ?? false;
}

function skip(destination: string, via: string, reason: string): RemoteRoute {
  const r = route(destination, { via, dev: UNDERLAY_DEV });
  const text = formatRoute(r);
  return { kind: 'skipped', skipped: { route: r, text, prefix: tableRoute(r, 'explicit').prefix, reason } };
}

/**
 * Routed, next hop on-link: flannel host-gw (and the DirectRouting half of VXLAN/IPIP), the bridge and
 * generic plugins in host-gw/none mode, Cilium's auto-direct-node-routes. flannel adds the route with
 * netlink.RouteAdd; across subnets the kernel answers "network is unreachable" and flannel logs
 * `Error adding route to …` and moves on (pkg/backend/route_network.go routeAdd) — the route does not exist.
 */
function onLinkRoute(index: NetworkIndex, node: NodeInfo, remote: NodeInfo, family: IpFamily, cidr: string, peerIp: IpAddress): RemoteRoute {
  const { plugin } = index.topology.cni;
  if (!onLink(node, peerIp)) {
    return skip(cidr, peerIp.toString(), `${remote.name}'s address ${peerIp.toString()} is not on ${node.name}'s subnet: the kernel refuses the route (network is unreachable) and ${plugin} logs the error and skips it`);
  }
  // flannel IPIP DirectRouting keeps the onlink flag when it switches the route to the external interface.
  const flannelIpip = plugin === 'flannel' && index.plan.mode === 'ipip';
  return { kind: 'route', route: tableRoute(route(cidr, { via: peerIp.toString(), dev: UNDERLAY_DEV, onlink: flannelIpip }), `cni:${plugin}`, remote) };
}

/**
 * BGP (Calico without encapsulation, Calico IP-in-IP's IPv6, Cilium with BGP): BIRD runs iBGP with
 * `multihop; gateway recursive;` (calico/confd bird.cfg template), so a peer in another subnet is resolved
 * through the node's own routes: the kernel route goes to the local gateway, and the underlay has to carry
 * the pod CIDR from there.
 */
function bgpRoute(index: NetworkIndex, node: NodeInfo, remote: NodeInfo, family: IpFamily, cidr: string, peerIp: IpAddress): RemoteRoute {
  const origin = `cni:${index.topology.cni.plugin}` as const;
  if (onLink(node, peerIp)) return { kind: 'route', route: tableRoute(route(cidr, { via: peerIp.toString(), dev: UNDERLAY_DEV }), origin, remote) };
  const gateway = subnetOf(node, family)?.gateway ?? null;
  if (gateway === null) return skip(cidr, peerIp.toString(), `BGP next hop ${peerIp.toString()} is not on ${node.name}'s subnet and the subnet has no gateway to resolve it through (BIRD gateway recursive)`);
  return { kind: 'route', route: tableRoute(route(cidr, { via: gateway.toString(), dev: UNDERLAY_DEV }), origin, remote) };
}

function tunnelRoute(index: NetworkIndex, node: NodeInfo, remote: NodeInfo, family: IpFamily, mode: OverlayMode, cidr: string, peerIp: IpAddress): RemoteRoute {
  const { cni } = index.topology;
  const origin = `cni:${cni.plugin}` as const;
  const dev = tunnelDevice(cni, mode, family);
  const remoteCidr = podCidrOf(remote, family)!;
  const make = (fields: Parameters<typeof route>[1]): RemoteRoute => ({ kind: 'route', route: tableRoute(route(cidr, { dev, ...fields }), origin, remote) });
  if (cni.plugin === 'flannel' && mode === 'vxlan') return make({ via: tunnelAddress(remoteCidr).toString(), onlink: true }); // vxlan_network.go vxlanRoute
  if (cni.plugin === 'calico' && mode === 'vxlan') return make({ via: tunnelAddress(remoteCidr).toString(), onlink: true }); // vxlan_mgr.go route(): GW = remote VTEP address
  if (mode === 'ipip') return make({ via: peerIp.toString(), onlink: true }); // flannel ipip.go, Calico tunl0 routes
  if (cni.plugin === 'cilium' && (mode === 'vxlan' || mode === 'geneve')) {
    // Tunnel mode: remote pod CIDRs go to cilium_host and the BPF program encapsulates (cilium/cilium#26792).
    const local = podCidrOf(node, family);
    const router = local === null ? null : (gatewayAddress(local)?.toString() ?? null);
    if (router === null) return NONE;
    return { kind: 'route', route: tableRoute(route(cidr, { via: router, dev: 'cilium_host', src: router }), origin, remote) };
  }
  if (dev === null) return NONE;
  return make({}); // Calico/Cilium WireGuard, generic tunnels: `<cidr> dev <tunnel>` scope link
}

/** Whether `family` packets between the two nodes are encapsulated, and in which mode. */
function carriage(index: NetworkIndex, node: NodeInfo, remote: NodeInfo, family: IpFamily): { mode: OverlayMode; encap: boolean } | null {
  const fp = index.plan.families.find((f) => f.family === family);
  if (fp === undefined || !fp.supported || !index.plan.modeOffered) return null;
  return { mode: fp.mode, encap: encapsulates(index.plan, family, node.node.subnet, remote.node.subnet) };
}

/** The route `node` has for `remote`'s pod CIDR of `family` (or the one it fails to install, or none). */
export function remoteRoute(index: NetworkIndex, node: NodeInfo, remote: NodeInfo, family: IpFamily): RemoteRoute {
  const remoteCidr = podCidrOf(remote, family);
  const peerIp = addressOf(remote, family);
  const c = carriage(index, node, remote, family);
  if (remote === node || remoteCidr === null || peerIp === null || c === null) return NONE;
  const { plugin } = index.topology.cni;
  const cidr = remoteCidr.toString();
  // Plugins that install nothing per remote node: kubenet relies on cloud routes (the underlay), aws-vpc-cni
  // on the VPC fabric, Weave and flannel WireGuard/udp on one cluster-wide route (local.ts).
  if (plugin === 'kubenet' || plugin === 'aws-vpc-cni' || plugin === 'weave') return NONE;
  if (plugin === 'flannel' && (c.mode === 'wireguard' || c.mode === 'udp') && c.encap) return NONE;
  if (c.mode === 'ipsec') {
    // IPsec is XFRM policy, not routes: flannel adds none (the default route carries the packet to the
    // policy); Cilium keeps its native-routing table.
    return plugin === 'cilium' ? onLinkRoute(index, node, remote, family, cidr, peerIp) : NONE;
  }
  if (!isEncapsulating(c.mode) || !c.encap) {
    const bgp = c.mode === 'bgp' || (plugin === 'calico' && !isEncapsulating(c.mode));
    return bgp ? bgpRoute(index, node, remote, family, cidr, peerIp) : onLinkRoute(index, node, remote, family, cidr, peerIp);
  }
  return tunnelRoute(index, node, remote, family, c.mode, cidr, peerIp);
}
