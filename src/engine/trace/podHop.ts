/**
 * A pod's network namespace: where a packet starts (routing by the pod's own table, out of eth0) and where
 * it is delivered. The pod's table is what the CNI writes into it:
 * - bridge plugins (flannel, bridge, generic, kubenet): `<node pod CIDR> dev eth0` + `default via <bridge IP>`
 *   (containernetworking/plugins bridge with isGateway / isDefaultGateway), so pods of one node talk over
 *   the bridge at L2 without the host routing them;
 * - Calico and aws-vpc-cni: `default via 169.254.1.1 dev eth0` only, answered by proxy ARP on the host veth,
 *   so even same-node traffic is routed by the host;
 * - Cilium: `default via <cilium_host IP> dev eth0 mtu <route MTU>`;
 * - Weave: the whole Weave range on eth0 (the weave bridge spans the cluster), default via the bridge.
 */
import { podCidrOf, type NodeInfo } from '../model/indexes';
import type { IpFamily } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { bridgeName, gatewayAddress, hashedVethName, LINK_LOCAL_GATEWAY } from '../routing';
import { podAt, podSendMtu } from './facts';
import { judgeEgress, judgeIngress } from './policyHop';
import type { PacketHeaders } from './types';
import { end, go, netnsOf, type Next, type PodEndpoint, type Walk } from './walk';

interface PodTable {
  readonly connected: Prefix | null;
  readonly gateway: IpAddress | null;
  /** Cilium puts the MTU on the route. */
  readonly routeMtu: number | null;
}

function podTable(walk: Walk, node: NodeInfo, family: IpFamily): PodTable {
  const { plugin } = walk.snap.topology.cni;
  const cidr = podCidrOf(node, family);
  const gw = cidr === null ? null : gatewayAddress(cidr);
  switch (plugin) {
    case 'calico':
    case 'aws-vpc-cni':
      return { connected: null, gateway: LINK_LOCAL_GATEWAY[family], routeMtu: null };
    case 'cilium':
      return { connected: null, gateway: gw, routeMtu: node.podMtu.mtu };
    case 'weave': {
      const range = walk.snap.topology.podCIDRs.find((c) => c.includes(':') === (family === 'IPv6'));
      return { connected: range === undefined ? cidr : Prefix.parse(range), gateway: gw, routeMtu: null };
    }
    default:
      return { connected: cidr, gateway: gw, routeMtu: null };
  }
}

/** The host end of the pod's veth, as `ip link` on the node names it. */
export function hostVeth(walk: Walk, endpoint: PodEndpoint): string {
  const { cni } = walk.snap.topology;
  const p = endpoint.pod?.pod;
  const hashed = p === undefined ? null : hashedVethName(cni.plugin, p.namespace, p.name);
  if (hashed !== null) return hashed;
  if (cni.plugin === 'cilium') return 'lxc… (host end of the pod veth)';
  return bridgeName(cni);
}

function deliver(walk: Walk, endpoint: PodEndpoint, packet: PacketHeaders): Next {
  walk.enter(endpoint.node.name, netnsOf(endpoint));
  const denied = judgeIngress(walk, endpoint.pod?.key ?? null, packet);
  if (denied !== null) return denied;
  const { inner } = packet;
  const port = inner.dstPort;
  const declared = port === null ? null : endpoint.pod?.pod.ports.find((p) => p.containerPort === port && p.protocol === inner.protocol);
  const portNote =
    port === null ? '' : declared ? `; container ${declared.container} declares ${port}/${inner.protocol}` : `; no container declares ${port}/${inner.protocol} (the model does not know what listens)`;
  walk.step('deliver', 'DELIVERED', {
    summary: `delivered to pod ${endpoint.key} on eth0 (${inner.dst})${portNote}`,
    device: 'eth0',
    packetIn: packet,
    packetOut: null,
  });
  return end('DELIVERED');
}

/** Same-node traffic the bridge switches at L2: to a pod, to the host (the bridge address), or nowhere. */
function overBridge(walk: Walk, endpoint: PodEndpoint, packet: PacketHeaders): Next {
  const node = endpoint.node;
  const bridge = bridgeName(walk.snap.topology.cni);
  const target = podAt(walk, node, packet.inner.dst);
  if (target !== null) {
    const denied = judgeEgress(walk, node.name, packet);
    if (denied !== null) return denied;
    walk.step('forward', 'FORWARDED', { summary: `${bridge} switches the frame to the veth of pod ${target.key}`, device: bridge, packetIn: packet, packetOut: packet });
    return go({ kind: 'pod', endpoint: target, arriving: true }, packet);
  }
  const dst = IpAddress.parse(packet.inner.dst);
  const cidr = podCidrOf(node, dst.family);
  const isBridgeIp = cidr !== null && (gatewayAddress(cidr)?.equals(dst) ?? false);
  if (isBridgeIp || walk.snap.topology.cni.plugin === 'weave') return go({ kind: 'host', node, ingress: bridge }, packet);
  walk.step('forward', 'DROPPED', {
    summary: `no pod on ${node.name} has ${packet.inner.dst}: ARP for it on ${bridge} goes unanswered and the kernel reports host unreachable`,
    device: bridge,
    packetIn: packet,
    packetOut: null,
  });
  return end('DROPPED');
}

function originate(walk: Walk, endpoint: PodEndpoint, packet: PacketHeaders): Next {
  const node = endpoint.node;
  const dst = IpAddress.parse(packet.inner.dst);
  const table = podTable(walk, node, dst.family);
  const direct = table.connected !== null && table.connected.contains(dst);
  const routeText = direct
    ? `${table.connected!.toString()} dev eth0`
    : table.gateway === null
      ? null
      : `default via ${table.gateway.toString()} dev eth0${table.routeMtu === null ? '' : ` mtu ${table.routeMtu}`}`;
  if (routeText === null) {
    walk.step('routing', 'NO_ROUTE', { summary: `pod ${endpoint.key} has no route to ${packet.inner.dst} (no ${dst.family} pod CIDR on ${node.name})`, packetIn: packet, packetOut: null });
    return end('NO_ROUTE');
  }
  walk.step('routing', 'FORWARDED', { summary: `pod table: ${routeText}`, route: routeText, routeOrigin: 'pod', device: 'eth0', packetIn: packet, packetOut: packet });
  const mtu = podSendMtu(walk, node);
  if (packet.inner.size > mtu) {
    walk.assume(DF_ASSUMPTION);
    walk.step('transmit', 'MTU_EXCEEDED', { summary: `${packet.inner.size} bytes exceed the pod's MTU ${mtu} on eth0 (${node.podMtu.rule})`, device: 'eth0', mtu, packetIn: packet, packetOut: null });
    return end('MTU_EXCEEDED');
  }
  walk.step('transmit', 'TRANSMITTED', { summary: `sent on eth0 (MTU ${mtu}) to ${direct ? 'the bridge' : `gateway ${table.gateway!.toString()}`}`, device: 'eth0', mtu, packetIn: packet, packetOut: packet });
  if (direct) return overBridge(walk, endpoint, packet);
  return go({ kind: 'host', node, ingress: hostVeth(walk, endpoint) }, packet);
}

export const DF_ASSUMPTION =
  'Every packet has DF set (TCP path-MTU discovery): a packet larger than an MTU on its path is dropped with ICMP fragmentation-needed / packet-too-big, never fragmented on the way';

export function podHop(walk: Walk, endpoint: PodEndpoint, arriving: boolean, packet: PacketHeaders): Next {
  if (arriving) return deliver(walk, endpoint, packet);
  walk.enter(endpoint.node.name, netnsOf(endpoint));
  return originate(walk, endpoint, packet);
}
