/**
 * The derived routes of one node that do not depend on any other node: the kernel's connected route for the
 * node's subnet, the default route via the subnet gateway, the routes the CNI plugin installs for the
 * node's own pods, and the cluster-wide routes of plugins that send the whole pod network into one device
 * (flannel WireGuard and udp, Weave). README.md lists each with its upstream source.
 */
import { addressOf, podCidrOf, subnetOf, type NetworkIndex, type NodeInfo } from '../model/indexes';
import type { IpFamily, Route } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { encapsulates } from '../overlay';
import { bridgeName, gatewayAddress, hashedVethName, tunnelDevice, UNDERLAY_DEV } from './devices';
import { formatRoute, route } from './format';
import type { RouteOrigin, TableRoute } from './types';

export function tableRoute(r: Route, origin: RouteOrigin, peer: NodeInfo | null = null): TableRoute {
  return { route: r, origin, prefix: Prefix.parse(r.destination), via: r.via === null ? null : IpAddress.parse(r.via), text: formatRoute(r), peer };
}

const DEFAULT_DESTINATION: Record<IpFamily, string> = { IPv4: '0.0.0.0/0', IPv6: '::/0' };

function hostPrefix(ip: string): string {
  return ip.includes(':') ? `${ip}/128` : `${ip}/32`;
}

/** Connected and default routes (origin `connected` / `default`). */
function underlayRoutes(node: NodeInfo, family: IpFamily): TableRoute[] {
  const ip = addressOf(node, family);
  const subnet = subnetOf(node, family);
  if (ip === null || subnet === null) return [];
  const out = [tableRoute(route(subnet.prefix.toString(), { dev: UNDERLAY_DEV, src: ip.toString() }), 'connected')];
  if (subnet.gateway !== null) out.push(tableRoute(route(DEFAULT_DESTINATION[family], { via: subnet.gateway.toString(), dev: UNDERLAY_DEV }), 'default'));
  return out;
}

/** Calico / aws-vpc-cni: one host route per local pod to its veth (scope link). Calico adds a blackhole for its block. */
function perPodRoutes(index: NetworkIndex, node: NodeInfo, family: IpFamily): TableRoute[] {
  const { plugin } = index.topology.cni;
  const origin: RouteOrigin = `cni:${plugin}`;
  const out: TableRoute[] = [];
  for (const p of index.podsByNode.get(node.name) ?? []) {
    const dev = hashedVethName(plugin, p.pod.namespace, p.pod.name);
    for (const ip of p.pod.ips) if (ip.includes(':') === (family === 'IPv6')) out.push(tableRoute(route(hostPrefix(ip), { dev }), origin));
  }
  const block = podCidrOf(node, family);
  // Felix blackholes every local IPAM block (route_mgr.go blackholeRoutes): an address of the block that no
  // local pod holds is dropped on this node instead of following the default route out.
  if (plugin === 'calico' && block !== null) out.push(tableRoute(route(block.toString(), { type: 'blackhole' }), origin));
  return out;
}

function localPodRoutes(index: NetworkIndex, node: NodeInfo, family: IpFamily): TableRoute[] {
  const { cni } = index.topology;
  const origin: RouteOrigin = `cni:${cni.plugin}`;
  const cidr = podCidrOf(node, family);
  switch (cni.plugin) {
    case 'calico':
    case 'aws-vpc-cni':
      return perPodRoutes(index, node, family);
    case 'cilium': {
      if (cidr === null) return [];
      // cilium_host holds the router IP; the pod CIDR is routed through it (cilium/cilium#26792 shows the table).
      const router = gatewayAddress(cidr)?.toString() ?? null;
      if (router === null) return [];
      return [
        tableRoute(route(cidr.toString(), { via: router, dev: 'cilium_host', src: router }), origin),
        tableRoute(route(hostPrefix(router), { dev: 'cilium_host' }), origin),
      ];
    }
    case 'weave': {
      // Weave's bridge owns the whole allocation range; pods elsewhere are reached through the Weave router.
      const range = index.topology.podCIDRs.find((c) => c.includes(':') === (family === 'IPv6'));
      if (range === undefined) return [];
      const src = cidr === null ? null : (gatewayAddress(cidr)?.toString() ?? null);
      return [tableRoute(route(range, { dev: 'weave', src }), origin)];
    }
    default: {
      if (cidr === null) return [];
      // The bridge gets the pod CIDR's first host address (bridge plugin isGateway / kubenet / docker0).
      const src = gatewayAddress(cidr)?.toString() ?? null;
      return [tableRoute(route(cidr.toString(), { dev: bridgeName(cni), src }), origin)];
    }
  }
}

/**
 * flannel's WireGuard and udp backends route the whole flannel network into one device and let the device
 * pick the peer (WireGuard allowed IPs, flanneld's lease table): `<network> dev flannel-wg`, `<network> dev
 * flannel0` (pkg/backend/wireguard/device.go upAndAddRoute; pkg/backend/udp configureIface).
 */
function clusterWideRoutes(index: NetworkIndex, family: IpFamily): TableRoute[] {
  const { cni } = index.topology;
  const fp = index.plan.families.find((f) => f.family === family);
  if (cni.plugin !== 'flannel' || fp === undefined || !fp.supported || !index.plan.modeOffered) return [];
  if (fp.mode !== 'wireguard' && fp.mode !== 'udp') return [];
  // Neither backend offers a cross-subnet variant, so every pair is encapsulated.
  if (!encapsulates(index.plan, family, 'a', 'b')) return [];
  const network = index.topology.podCIDRs.find((c) => c.includes(':') === (family === 'IPv6'));
  const dev = tunnelDevice(cni, fp.mode, family);
  if (network === undefined || dev === null) return [];
  return [tableRoute(route(network, { dev }), `cni:${cni.plugin}`)];
}

/** Every derived route of `node` for `family` that does not name another node. */
export function localRoutes(index: NetworkIndex, node: NodeInfo, family: IpFamily): TableRoute[] {
  return [...underlayRoutes(node, family), ...localPodRoutes(index, node, family), ...clusterWideRoutes(index, family)];
}
