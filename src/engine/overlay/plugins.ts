/**
 * What each CNI plugin offers: which overlay modes, which of them have a cross-subnet variant, which IP
 * families a mode carries, and which family the outer header uses. The MTU numbers live in mtu.ts; this
 * file only answers "does this combination exist upstream, and what does it do to each family".
 */
import type { CniPlugin, IpFamily, OverlayMode } from '../model/topology';
import { OVERLAY_MODES } from '../model/topology';

const ROUTED: readonly OverlayMode[] = ['none', 'host-gw', 'bgp'];

/**
 * Modes per plugin, as their docs list them. Calico: BGP/none, IP-in-IP, VXLAN, WireGuard (no IPsec, no
 * Geneve). flannel backends: host-gw, vxlan, udp, wireguard, ipsec, ipip (no BGP, no Geneve). Cilium:
 * native routing (optionally with BGP), VXLAN, Geneve, WireGuard, IPsec. Weave: fastdp (VXLAN), sleeve
 * (its own UDP), fastdp with IPsec. aws-vpc-cni, kubenet and bridge never encapsulate.
 */
const OFFERED: Readonly<Record<CniPlugin, readonly OverlayMode[]>> = {
  calico: [...ROUTED, 'ipip', 'vxlan', 'wireguard'],
  flannel: ['none', 'host-gw', 'vxlan', 'udp', 'wireguard', 'ipsec', 'ipip'],
  cilium: [...ROUTED, 'vxlan', 'geneve', 'wireguard', 'ipsec'],
  weave: ['vxlan', 'udp', 'ipsec'],
  'aws-vpc-cni': ['none', 'host-gw'],
  kubenet: ['none', 'host-gw'],
  bridge: ['none', 'host-gw'],
  generic: OVERLAY_MODES,
};

/**
 * Cross-subnet variants: Calico ipipMode/vxlanMode CrossSubnet; flannel VXLAN and IPIP DirectRouting
 * (pkg/backend/vxlan/vxlan_network.go, pkg/backend/ipip/ipip.go). Cilium has no hybrid mode
 * (cilium/cilium#22898, closed unimplemented).
 */
const CROSS_SUBNET: Readonly<Partial<Record<CniPlugin, readonly OverlayMode[]>>> = {
  calico: ['ipip', 'vxlan'],
  flannel: ['vxlan', 'ipip'],
  generic: OVERLAY_MODES.filter((m) => !ROUTED.includes(m)),
};

export function modeOffered(plugin: CniPlugin, mode: OverlayMode): boolean {
  return OFFERED[plugin].includes(mode);
}

export function offeredModes(plugin: CniPlugin): readonly OverlayMode[] {
  return OFFERED[plugin];
}

export function crossSubnetOffered(plugin: CniPlugin, mode: OverlayMode): boolean {
  return (CROSS_SUBNET[plugin] ?? []).includes(mode);
}

/** How one pod family travels between nodes under a plugin and mode. */
export interface FamilyCarriage {
  readonly family: IpFamily;
  /** The mode that actually applies to this family (Calico IP-in-IP leaves IPv6 routed: 'none'). */
  readonly mode: OverlayMode;
  /** false when upstream does not carry this family in this mode at all. */
  readonly supported: boolean;
  readonly note: string | null;
}

export function familyCarriage(plugin: CniPlugin, mode: OverlayMode, family: IpFamily): FamilyCarriage {
  if (family === 'IPv6') {
    if (plugin === 'calico' && mode === 'ipip') {
      return { family, mode: 'none', supported: true, note: 'Calico IP-in-IP carries IPv4 only; IPv6 pod traffic is routed without encapsulation (the underlay must route pod CIDRs)' };
    }
    if (plugin === 'flannel' && (mode === 'udp' || mode === 'ipip' || mode === 'ipsec')) {
      return { family, mode, supported: false, note: `flannel's ${mode} backend is IPv4 only` };
    }
    if (plugin === 'weave') return { family, mode, supported: false, note: 'Weave Net pod networking is IPv4 only' };
  }
  return { family, mode, supported: modeOffered(plugin, mode), note: null };
}

/**
 * The outer header's family for a pod packet of `inner` family. Calico, flannel and Weave tunnel each
 * family between the nodes' addresses of that family (flannel.1 / flannel-v6.1, vxlan.calico /
 * vxlan-v6.calico); Cilium uses one underlay protocol for every family (SOURCES.ciliumUnderlay).
 */
export function outerFamily(plugin: CniPlugin, inner: IpFamily, underlay: IpFamily): IpFamily {
  return plugin === 'cilium' ? underlay : inner;
}
