/**
 * A node's root network namespace: receive, decapsulate what is addressed to the node, deliver what is for
 * the node itself, otherwise route by the node's effective table (src/engine/routing) and act on the
 * route's device — a pod bridge or veth (local delivery), a tunnel (encapsulate), the NIC (next hop on the
 * underlay, after any IPsec XFRM policy).
 */
import type { NodeInfo } from '../model/indexes';
import { IpAddress } from '../net';
import { deviceRole, hashedVethName, lookupNodeRoute, route as makeRoute, tableRoute, xfrmPolicyFor, type RouteLookup, type TableRoute } from '../routing';
import { sendOnUnderlay } from './egress';
import { isNodeAddress, podAt, podDeviceMtu } from './facts';
import { DF_ASSUMPTION } from './podHop';
import { judgeEgress } from './policyHop';
import { applyMasquerade, serviceHop } from './serviceHop';
import { decapsulate, encapsulate } from './tunnel';
import type { PacketHeaders } from './types';
import { current, end, go, type Next, type Walk } from './walk';

function deliverToHost(walk: Walk, node: NodeInfo, packet: PacketHeaders): Next {
  const hostPods = (walk.snap.hostPodsByNode.get(node.name) ?? []).map((p) => p.key);
  const listeners = hostPods.length === 0 ? '' : `; hostNetwork pods here: ${hostPods.slice(0, 5).join(', ')}${hostPods.length > 5 ? '…' : ''}`;
  walk.step('deliver', 'DELIVERED', { summary: `delivered to ${node.name}'s root namespace (${packet.inner.dst})${listeners}`, packetIn: packet, packetOut: null });
  return end('DELIVERED');
}

function localDelivery(walk: Walk, node: NodeInfo, packet: PacketHeaders, dev: string): Next {
  const target = podAt(walk, node, packet.inner.dst);
  if (target === null || packet.outer !== null) {
    walk.step('forward', 'DROPPED', { summary: `no pod on ${node.name} has ${packet.inner.dst} (route to ${dev}): the kernel reports host unreachable`, device: dev, packetIn: packet, packetOut: null });
    return end('DROPPED');
  }
  const mtu = podDeviceMtu(node);
  if (packet.inner.size > mtu) {
    walk.assume(DF_ASSUMPTION);
    walk.step('transmit', 'MTU_EXCEEDED', { summary: `${packet.inner.size} bytes exceed ${dev}'s MTU ${mtu} toward pod ${target.key}`, device: dev, mtu, packetIn: packet, packetOut: null });
    return end('MTU_EXCEEDED');
  }
  walk.step('transmit', 'TRANSMITTED', { summary: `sent on ${dev} (MTU ${mtu}) to pod ${target.key}`, device: dev, mtu, packetIn: packet, packetOut: packet });
  return go({ kind: 'pod', endpoint: target, arriving: true }, packet);
}

/** The node a tunnel route leads to: the route's own peer, else the owner of its gateway, else of the destination. */
function tunnelPeer(walk: Walk, node: NodeInfo, r: TableRoute | null, dst: IpAddress): NodeInfo | null {
  const snap = walk.snap;
  const candidates: (NodeInfo | null | undefined)[] = [r?.peer];
  for (const ip of [r?.via ?? null, dst]) {
    if (ip === null) continue;
    const owner = snap.owners.get(ip.toString());
    candidates.push(owner?.kind === 'node' ? owner.node : owner?.kind === 'pod' ? owner.pod.node : undefined, snap.podCidrTrie.lookup(ip)?.value);
  }
  for (const c of candidates) if (c !== null && c !== undefined && c !== node) return c;
  return null;
}

function viaTunnel(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute | null, device: string, decidedBy: string): Next {
  if (packet.outer !== null) {
    walk.step('encapsulate', 'LOOP', { summary: `the tunnelled packet to ${packet.outer.dst} is routed into ${device} again`, device, packetIn: packet, packetOut: null });
    return end('LOOP');
  }
  const dst = IpAddress.parse(packet.inner.dst);
  const peer = tunnelPeer(walk, node, r, dst);
  if (peer === null) {
    walk.step('encapsulate', 'NO_ROUTE', { summary: `${device} has no peer for ${dst.toString()}: no other node owns it (${decidedBy})`, device, packetIn: packet, packetOut: null });
    return end('NO_ROUTE');
  }
  const out = encapsulate(walk, node, peer, packet, { device, decidedBy });
  return 'kind' in out ? out : route(walk, node, out);
}

function dropByRoute(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute): Next {
  const calico = r.origin === 'cni:calico' && r.route.type === 'blackhole' ? ` (no pod on ${node.name} has ${current(packet).dst}; Calico blackholes its local block)` : '';
  walk.step('routing', 'DROPPED', { summary: `${r.route.type} route on ${node.name}: ${r.text}${calico}`, route: r.text, routeOrigin: r.origin, packetIn: packet, packetOut: null });
  return end('DROPPED');
}

/**
 * Calico and aws-vpc-cni route each pod by a /32 to its veth. A reachability matrix's stand-in pod (a node
 * without pods) gets the route its CNI would add when a pod with that address started.
 */
function lookupFor(walk: Walk, node: NodeInfo, dst: IpAddress): RouteLookup {
  const { plugin } = walk.snap.topology.cni;
  const found = lookupNodeRoute(walk.snap, walk.snap.routing(node), dst);
  if (walk.standIns.get(dst.toString()) !== node || found.mode === 'explicit' || (plugin !== 'calico' && plugin !== 'aws-vpc-cni')) return found;
  const dev = hashedVethName(plugin, 'representative', dst.toString());
  return { ...found, route: tableRoute(makeRoute(`${dst.toString()}/${dst.bits}`, { dev }), `cni:${plugin}`) };
}

/** Route `packet` (its outer header while tunnelled) by the node's table and act on the chosen route. */
export function route(walk: Walk, node: NodeInfo, routed: PacketHeaders): Next {
  let packet = routed;
  const h = current(packet);
  const dst = IpAddress.parse(h.dst);
  const found = lookupFor(walk, node, dst);
  if (found.mode === 'explicit') walk.assume(`${node.name}: its explicit ${dst.family} routes include the node's connected route, so they are taken as the whole table (a pasted \`ip route show\`)`);
  const skipped = found.skipped.map((s) => `${s.text} — ${s.reason}`).join('; ');
  const r = found.route;
  if (r === null) {
    walk.step('routing', 'NO_ROUTE', { summary: `${node.name} has no route to ${dst.toString()}${skipped === '' ? '' : ` (not installed: ${skipped})`}`, packetIn: packet, packetOut: null });
    return end('NO_ROUTE');
  }
  if (r.route.type === 'blackhole' || r.route.type === 'unreachable' || r.route.type === 'prohibit') return dropByRoute(walk, node, packet, r);
  const note = skipped === '' ? '' : ` (a more specific route is missing: ${skipped})`;
  walk.step('routing', 'FORWARDED', { summary: `${node.name}: ${r.text} [${r.origin}]${note}`, route: r.text, routeOrigin: r.origin, device: r.route.dev ?? undefined, packetIn: packet, packetOut: packet });
  // nat POSTROUTING: kube-proxy's MASQUERADE of a marked packet, on the device the route chose.
  packet = applyMasquerade(walk, node, packet, r);
  if (r.route.type === 'local') return deliverToHost(walk, node, packet);
  const dev = r.route.dev ?? 'eth0';
  switch (deviceRole(walk.snap.topology.cni, r.route.dev)) {
    case 'loopback':
      return deliverToHost(walk, node, packet);
    case 'bridge':
    case 'pod-veth':
      return localDelivery(walk, node, packet, dev);
    case 'cilium-host':
      return ciliumHost(walk, node, packet, r);
    case 'weave':
      if (podAt(walk, node, packet.inner.dst) !== null) return localDelivery(walk, node, packet, dev);
      return viaTunnel(walk, node, packet, null, 'weave', 'Weave router: the destination pod runs on another peer');
    case 'tunnel':
      return viaTunnel(walk, node, packet, r, dev, r.text);
    default:
      return underlay(walk, node, packet, r);
  }
}

/** cilium_host: local endpoints; in tunnel mode, remote pod CIDRs go to the BPF tunnel map (cilium_vxlan / cilium_geneve). */
function ciliumHost(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute): Next {
  if (podAt(walk, node, packet.inner.dst) !== null) return localDelivery(walk, node, packet, 'lxc (the pod veth, via bpf_lxc)');
  const fp = walk.snap.plan.families.find((f) => f.family === packet.inner.family);
  if (fp !== undefined && fp.encapsulating && r.peer !== null) {
    const device = fp.mode === 'geneve' ? 'cilium_geneve' : 'cilium_vxlan';
    return viaTunnel(walk, node, packet, r, device, `Cilium tunnel map entry for ${r.prefix.toString()} (reached through ${r.text})`);
  }
  return localDelivery(walk, node, packet, 'cilium_host');
}

function underlay(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute): Next {
  if (packet.outer === null) {
    const policy = xfrmPolicyFor(walk.snap, node, IpAddress.parse(packet.inner.src), IpAddress.parse(packet.inner.dst));
    if (policy !== null) {
      walk.step('xfrm', 'TRANSFORMED', { summary: `IPsec policy matches: ${policy.text}`, xfrmPolicy: policy.text, device: 'xfrm', packetIn: packet, packetOut: packet });
      const out = encapsulate(walk, node, policy.peer, packet, { device: 'xfrm', decidedBy: `xfrm policy ${policy.src.toString()} → ${policy.dst.toString()}` });
      return 'kind' in out ? out : route(walk, node, out);
    }
  }
  return sendOnUnderlay(walk, node, packet, r);
}

/** Entering a node's root namespace. */
export function hostHop(walk: Walk, node: NodeInfo, ingress: string | null, packet: PacketHeaders): Next {
  walk.enter(node.name, 'host');
  let p = packet;
  if (ingress !== null) {
    const size = current(p).size;
    if (ingress === 'eth0' && size > node.hostMtu) {
      walk.step('forward', 'MTU_EXCEEDED', { summary: `${size} bytes exceed ${node.name}'s eth0 MTU ${node.hostMtu}: the receiving NIC drops the frame (no ICMP)`, device: 'eth0', mtu: node.hostMtu, packetIn: p, packetOut: null });
      return end('MTU_EXCEEDED');
    }
    walk.step('forward', 'RECEIVED', { summary: `received on ${ingress}`, device: ingress, packetIn: p, packetOut: p });
  }
  if (p.outer !== null && isNodeAddress(walk, node, IpAddress.parse(p.outer.dst))) p = decapsulate(walk, node, p);
  // nat PREROUTING (arriving) / OUTPUT (the node's own packet): kube-proxy's KUBE-SERVICES, before routing.
  if (p.outer === null) {
    const translated = serviceHop(walk, node, p, (w, q) => afterNat(w, node, q), ingress === null);
    if (translated !== null) return translated;
  }
  return afterNat(walk, node, p);
}

function afterNat(walk: Walk, node: NodeInfo, p: PacketHeaders): Next {
  const denied = judgeEgress(walk, node.name, p);
  if (denied !== null) return denied;
  // A loopback destination reaches a host hop only from the node itself (its packets to a localhost NodePort).
  const dst = IpAddress.parse(p.inner.dst);
  if (p.outer === null && (isNodeAddress(walk, node, dst) || (dst.family === 'IPv4' ? dst.w0 >>> 24 === 127 : dst.toString() === '::1'))) return deliverToHost(walk, node, p);
  return route(walk, node, p);
}
