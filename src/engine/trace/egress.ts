/**
 * Leaving a node on the underlay interface and crossing one L2 link: the next hop must be on-link, pod
 * traffic leaving the pod network is masqueraded, the packet must fit eth0, and someone must answer ARP for
 * the next hop — a node, the subnet's gateway (the underlay routers), or nobody.
 */
import { subnetOf, type NodeInfo, type SubnetInfo } from '../model/indexes';
import { IpAddress } from '../net';
import type { TableRoute } from '../routing';
import { clusterOwned, masquerade } from './facts';
import { DF_ASSUMPTION } from './podHop';
import type { PacketHeaders } from './types';
import { current, end, go, withInner, type Next, type Walk } from './walk';

/** Who answers ARP / ND for `ip`: a node (a pod's node for aws-vpc-cni, whose pods hold VPC addresses), or the router. */
function neighborOf(walk: Walk, subnet: SubnetInfo | null, ip: IpAddress): { kind: 'node'; node: NodeInfo } | { kind: 'router' } | null {
  const owner = walk.snap.owners.get(ip.toString());
  if (owner?.kind === 'node') return { kind: 'node', node: owner.node };
  if (owner?.kind === 'pod' && owner.pod.node !== null && walk.snap.topology.cni.plugin === 'aws-vpc-cni') return { kind: 'node', node: owner.pod.node };
  if (subnet?.gateway?.equals(ip)) return { kind: 'router' };
  for (const s of walk.snap.subnets) if (s.gateway?.equals(ip)) return { kind: 'router' };
  return null;
}

/**
 * Hand the packet to the neighbor `nextHop` on `subnet`. `direct` = the destination itself is on the link
 * (no gateway in the route): an address nobody in the model owns is then a host outside the model.
 */
export function toNeighbor(walk: Walk, subnet: SubnetInfo | null, nextHop: IpAddress, packet: PacketHeaders, direct: boolean): Next {
  const n = neighborOf(walk, subnet, nextHop);
  if (n?.kind === 'node') return go({ kind: 'host', node: n.node, ingress: 'eth0' }, packet);
  if (n?.kind === 'router') return go({ kind: 'router', from: subnet }, packet);
  const where = subnet === null ? 'the link' : `subnet ${subnet.name}`;
  const dst = IpAddress.parse(current(packet).dst);
  if (direct && !clusterOwned(walk.snap, dst)) {
    walk.step('exit', 'EXITED', { summary: `${dst.toString()} is on ${where} but is not a node: a host outside the model receives it`, packetIn: packet, packetOut: null });
    return end('EXITS_CLUSTER');
  }
  walk.step('forward', 'NEXT_HOP_UNREACHABLE', {
    summary: `no node or gateway has ${nextHop.toString()} on ${where}: ARP/ND gets no answer (host unreachable)`,
    packetIn: packet,
    packetOut: null,
  });
  return end('NEXT_HOP_UNREACHABLE');
}

function snat(walk: Walk, node: NodeInfo, packet: PacketHeaders): PacketHeaders {
  if (packet.outer !== null) return packet;
  const src = IpAddress.parse(packet.inner.src);
  const rule = masquerade(walk, src, IpAddress.parse(packet.inner.dst));
  const to = node.node.internalIPs.find((ip) => ip.includes(':') === (src.family === 'IPv6'));
  if (rule === null || to === undefined || to === packet.inner.src) return packet;
  const out = withInner(packet, { src: to, srcPort: null });
  walk.assume(`Masquerade: ${rule}`);
  walk.step('nat', 'TRANSFORMED', { summary: `SNAT ${packet.inner.src} → ${to} (MASQUERADE: the destination is outside the pod network)`, device: 'eth0', packetIn: packet, packetOut: out });
  return out;
}

/** Send on the node's underlay interface following `r` (a unicast route whose device is the NIC). */
export function sendOnUnderlay(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute): Next {
  const h = current(packet);
  const dst = IpAddress.parse(h.dst);
  const nextHop = r.via ?? dst;
  const subnet = subnetOf(node, h.family);
  const dev = r.route.dev ?? 'eth0';
  if (!r.route.onlink && !(subnet?.prefix.contains(nextHop) ?? false)) {
    walk.step('forward', 'NEXT_HOP_UNREACHABLE', {
      summary: `gateway ${nextHop.toString()} is not on ${node.name}'s ${h.family} link${subnet === null ? '' : ` ${subnet.prefix.toString()}`}: the kernel refuses such a route ("Nexthop has invalid gateway")`,
      route: r.text,
      device: dev,
      packetIn: packet,
      packetOut: null,
    });
    return end('NEXT_HOP_UNREACHABLE');
  }
  const out = snat(walk, node, packet);
  const size = current(out).size;
  walk.assume(DF_ASSUMPTION);
  if (size > node.hostMtu) {
    walk.step('transmit', 'MTU_EXCEEDED', { summary: `${size} bytes exceed ${dev}'s MTU ${node.hostMtu} on ${node.name}`, device: dev, mtu: node.hostMtu, packetIn: out, packetOut: null });
    return end('MTU_EXCEEDED');
  }
  walk.step('transmit', 'TRANSMITTED', { summary: `sent on ${dev} (MTU ${node.hostMtu}) to ${nextHop.toString()}`, device: dev, mtu: node.hostMtu, packetIn: out, packetOut: out });
  return toNeighbor(walk, subnet, nextHop, out, r.via === null);
}
