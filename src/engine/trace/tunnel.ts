/**
 * Encapsulation on the sending node and decapsulation on the receiving one. Header sizes, WireGuard padding
 * and MTU rules come from src/engine/overlay; device names, ports and VNIs from src/engine/routing/devices.
 *
 * Two MTU checks, as Linux does them: the inner packet against the tunnel device's MTU (the tunnel answers
 * the inner sender with ICMP fragmentation-needed), then the outer packet against every link it crosses
 * (the sender's eth0, each router hop, the receiver's eth0).
 */
import { addressOf, type NodeInfo } from '../model/indexes';
import type { IpFamily, OverlayMode } from '../model/topology';
import { encapsulation, perPacketOverhead } from '../overlay';
import { tunnelDevice, tunnelWire } from '../routing';
import { tunnelMtu } from './facts';
import { DF_ASSUMPTION } from './podHop';
import type { Header, PacketHeaders } from './types';
import { end, type Next, type Walk } from './walk';

/** The mode an explicit route's tunnel device implies when the cluster's own mode does not encapsulate. */
function modeForDevice(dev: string): OverlayMode {
  if (dev.startsWith('tunl') || dev.includes('ipip')) return 'ipip';
  if (dev.includes('geneve')) return 'geneve';
  if (dev.startsWith('wg') || dev.includes('-wg') || dev.includes('wireguard') || dev.endsWith('_wg0')) return 'wireguard';
  if (dev === 'flannel0' || dev.startsWith('tun')) return 'udp';
  return 'vxlan';
}

export interface TunnelSpec {
  /** The device the route named (or `xfrm` for IPsec policies, `weave` for the Weave router). */
  readonly device: string;
  /** What chose the tunnel: the route text, the XFRM policy, Cilium's tunnel map… */
  readonly decidedBy: string;
}

function familyMode(walk: Walk, family: IpFamily, device: string): { mode: OverlayMode; outer: IpFamily } {
  const fp = walk.snap.plan.families.find((f) => f.family === family);
  if (device === 'xfrm') return { mode: 'ipsec', outer: fp?.outerFamily ?? family };
  if (fp !== undefined && fp.encapsulating) return { mode: fp.mode, outer: fp.outerFamily };
  return { mode: modeForDevice(device), outer: family };
}

/** Wrap `packet` for `peer`; returns the tunnelled packet, or the end of the trace. */
export function encapsulate(walk: Walk, node: NodeInfo, peer: NodeInfo, packet: PacketHeaders, spec: TunnelSpec): PacketHeaders | Next {
  const { inner } = packet;
  const { cni } = walk.snap.topology;
  const { mode, outer } = familyMode(walk, inner.family, spec.device);
  const src = addressOf(node, outer);
  const dst = addressOf(peer, outer);
  if (src === null || dst === null) {
    const who = src === null ? node.name : peer.name;
    walk.step('encapsulate', 'NEXT_HOP_UNREACHABLE', { summary: `${who} has no ${outer} InternalIP to terminate the ${mode} tunnel (${spec.decidedBy})`, device: spec.device, packetIn: packet, packetOut: null });
    return end('NEXT_HOP_UNREACHABLE');
  }
  const enc = encapsulation(mode, outer);
  const deviceMtu = tunnelMtu(cni.plugin, cni.overlay, node, inner.family, outer, enc.bytes);
  walk.assume(DF_ASSUMPTION);
  if (inner.size > deviceMtu) {
    walk.step('transmit', 'MTU_EXCEEDED', {
      summary: `${inner.size} bytes exceed ${spec.device}'s MTU ${deviceMtu} (host MTU ${node.hostMtu} − the ${mode} overhead): ICMP fragmentation-needed to ${inner.src}`,
      device: spec.device,
      mtu: deviceMtu,
      packetIn: packet,
      packetOut: null,
    });
    return end('MTU_EXCEEDED');
  }
  // Weave documents its own underlay headroom (84) rather than a header stack.
  const headroom = cni.plugin === 'weave' ? node.podMtu.pathHeadroom : null;
  const bytes = headroom ?? perPacketOverhead(enc, inner.size, deviceMtu);
  const wire = tunnelWire(cni, mode, inner.family);
  const outerHeader: Header = { family: outer, src: src.toString(), dst: dst.toString(), protocol: wire.protocol, srcPort: null, dstPort: wire.port, size: inner.size + bytes };
  const out: PacketHeaders = { inner, outer: outerHeader };
  const layers = headroom === null ? enc.layers.map((l) => `${l.layer} ${l.bytes}`) : [`Weave documented headroom ${headroom} (fastdp / sleeve, inexact)`];
  // WireGuard padding is computed exactly (perPacketOverhead); only ESP's overhead is a bound.
  if (!enc.exact) walk.assume(`${mode}: ${enc.variable ?? 'the overhead is a documented bound'}`);
  walk.step('encapsulate', 'TRANSFORMED', {
    summary: `${mode} encapsulation on ${spec.device} (${spec.decidedBy}): outer ${outerHeader.src} → ${outerHeader.dst}${wire.port === null ? ` (${wire.protocol})` : ` UDP ${wire.port}`}, +${bytes} bytes`,
    device: spec.device,
    mtu: deviceMtu,
    encapsulation: { mode, device: spec.device, outerSrc: outerHeader.src, outerDst: outerHeader.dst, bytesAdded: bytes, layers, vni: wire.vni, port: wire.port },
    packetIn: packet,
    packetOut: out,
  });
  return out;
}

/** The receiving node strips the outer header addressed to it. */
export function decapsulate(walk: Walk, node: NodeInfo, packet: PacketHeaders): PacketHeaders {
  const outer = packet.outer!;
  const fp = walk.snap.plan.families.find((f) => f.family === packet.inner.family);
  const mode = outer.protocol === 'ESP' ? 'ipsec' : (fp?.mode ?? 'tunnel');
  const device = outer.protocol === 'ESP' ? 'xfrm' : (tunnelDevice(walk.snap.topology.cni, fp?.mode ?? 'vxlan', packet.inner.family) ?? 'tunnel');
  const out: PacketHeaders = { inner: packet.inner, outer: null };
  walk.step('decapsulate', 'TRANSFORMED', {
    summary: `${mode} decapsulation on ${device}: outer ${outer.src} → ${outer.dst} removed, inner ${packet.inner.src} → ${packet.inner.dst} continues`,
    device,
    packetIn: packet,
    packetOut: out,
  });
  return out;
}
