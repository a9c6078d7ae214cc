/**
 * The devices each CNI plugin creates on a node, as `ip link` names them, and what a route through each one
 * means to the tracer. Names and defaults are the plugins' own (README.md cites each); the node's underlay
 * interface is modeled as `eth0` (the topology does not record NIC names).
 */
import type { CniConfig, CniPlugin, IpFamily, OverlayMode } from '../model/topology';
import { DEFAULTS } from '../model/topology';
import type { Prefix } from '../net';
import { IpAddress } from '../net';
import { sha1Hex } from './sha1';

/** The node's underlay interface. */
export const UNDERLAY_DEV = 'eth0';

/** What a route through a device does with a packet. */
export type DeviceRole =
  | 'underlay' // the node's NIC: next hop on the underlay link
  | 'bridge' // a Linux bridge holding the pods' veths (cni0, docker0, cbr0)
  | 'pod-veth' // the host end of one pod's veth (cali…, eni…)
  | 'cilium-host' // Cilium's cilium_host: local endpoints, or (tunnel mode) the BPF tunnel map
  | 'tunnel' // an encapsulating device (flannel.1, tunl0, vxlan.calico, wg0…)
  | 'weave' // Weave's bridge, which also reaches pods on other nodes through the Weave router
  | 'loopback';

/** Bridge name: the topology's cni.bridge; kubenet hard-codes cbr0 (kubenet_linux.go BridgeName) unless another was set. */
export function bridgeName(cni: CniConfig): string {
  if (cni.plugin === 'kubenet' && cni.bridge === DEFAULTS.bridge) return 'cbr0';
  if (cni.plugin === 'weave') return 'weave';
  return cni.bridge;
}

/** Host-side veth name of a pod for plugins that derive it from sha1("<ns>.<pod>"): Calico `cali`, aws-vpc-cni `eni`. */
export function hashedVethName(plugin: CniPlugin, namespace: string, name: string): string | null {
  const prefix = plugin === 'calico' ? 'cali' : plugin === 'aws-vpc-cni' ? 'eni' : null;
  return prefix === null ? null : prefix + sha1Hex(`${namespace}.${name}`).slice(0, 11);
}

const V6 = (family: IpFamily): boolean => family === 'IPv6';

/** The tunnel device a plugin routes encapsulated traffic of `family` through; null when it uses none (IPsec: XFRM policies). */
export function tunnelDevice(cni: CniConfig, mode: OverlayMode, family: IpFamily): string | null {
  const vni = cni.vni ?? 1;
  switch (cni.plugin) {
    case 'flannel':
      if (mode === 'vxlan') return V6(family) ? `flannel-v6.${vni}` : `flannel.${vni}`;
      if (mode === 'ipip') return 'flannel.ipip';
      if (mode === 'wireguard') return V6(family) ? 'flannel-wg-v6' : 'flannel-wg';
      if (mode === 'udp') return 'flannel0';
      return null;
    case 'calico':
      if (mode === 'ipip') return 'tunl0';
      if (mode === 'vxlan') return V6(family) ? 'vxlan-v6.calico' : 'vxlan.calico';
      if (mode === 'wireguard') return V6(family) ? 'wg-v6.cali' : 'wireguard.cali';
      return null;
    case 'cilium':
      if (mode === 'vxlan') return 'cilium_vxlan';
      if (mode === 'geneve') return 'cilium_geneve';
      if (mode === 'wireguard') return 'cilium_wg0';
      return null;
    case 'weave':
      return mode === 'vxlan' ? 'vxlan-6784' : null;
    default:
      return genericTunnel(mode);
  }
}

function genericTunnel(mode: OverlayMode): string | null {
  switch (mode) {
    case 'vxlan':
      return 'vxlan0';
    case 'geneve':
      return 'geneve0';
    case 'ipip':
      return 'tunl0';
    case 'wireguard':
      return 'wg0';
    case 'udp':
      return 'tun0';
    default:
      return null;
  }
}

export interface TunnelWire {
  /** Outer transport: UDP with its destination port, or an IP protocol number (IPIP 4, ESP 50). */
  readonly protocol: 'UDP' | 'IPIP' | 'ESP';
  readonly port: number | null;
  readonly vni: number | null;
}

/** Outer protocol, UDP port and VNI as the plugin defaults them (cni.port / cni.vni override). */
export function tunnelWire(cni: CniConfig, mode: OverlayMode, family: IpFamily): TunnelWire {
  const udp = (port: number, vni: number | null = null): TunnelWire => ({ protocol: 'UDP', port: cni.port ?? port, vni: cni.vni ?? vni });
  if (mode === 'ipip') return { protocol: 'IPIP', port: null, vni: null };
  if (mode === 'ipsec') return { protocol: 'ESP', port: null, vni: null };
  switch (cni.plugin) {
    case 'flannel':
      // vxlan: VNI 1, kernel default port 8472; udp 8285; wireguard ListenPort 51820 / ListenPortV6 51821.
      if (mode === 'vxlan') return udp(8472, 1);
      if (mode === 'udp') return udp(8285);
      return udp(V6(family) ? 51821 : 51820);
    case 'calico':
      // FelixConfiguration vxlanVNI 4096, vxlanPort 4789, wireguardListeningPort 51820 (IPv6 51821).
      if (mode === 'vxlan') return udp(4789, 4096);
      return udp(V6(family) ? 51821 : 51820);
    case 'cilium':
      // tunnel-port 8472 (VXLAN) / 6081 (Geneve); WireGuard 51871. The VNI carries the source security identity.
      if (mode === 'vxlan') return udp(8472);
      if (mode === 'geneve') return udp(6081);
      return udp(51871);
    case 'weave':
      // fastdp VXLAN on UDP 6784, sleeve on 6783.
      return udp(mode === 'vxlan' ? 6784 : 6783);
    default:
      if (mode === 'vxlan') return udp(4789);
      if (mode === 'geneve') return udp(6081);
      if (mode === 'wireguard') return udp(51820);
      return udp(8285);
  }
}

/** The node's own address on the pod network: the bridge gateway, cilium_host's router IP or a tunnel address. */
export function gatewayAddress(podCidr: Prefix): IpAddress | null {
  return podCidr.nth(1) ?? null;
}

/** Tunnel-device address flannel and Calico put on the node: the pod CIDR's network address (see README). */
export function tunnelAddress(podCidr: Prefix): IpAddress {
  return podCidr.address;
}

/**
 * Calico and aws-vpc-cni pods route everything to a link-local gateway that the host veth answers by proxy
 * ARP: 169.254.1.1, and for IPv6 the link-local address of Calico's fixed veth MAC ee:ee:ee:ee:ee:ee.
 */
export const LINK_LOCAL_GATEWAY = { IPv4: IpAddress.parse('169.254.1.1'), IPv6: IpAddress.parse('fe80::ecee:eeff:feee:eeee') } as const;

const TUNNEL_PREFIXES = ['flannel.', 'flannel-v6.', 'flannel-wg', 'flannel0', 'tunl0', 'vxlan.calico', 'vxlan-v6.calico', 'wireguard.cali', 'wg-v6.cali', 'cilium_vxlan', 'cilium_geneve', 'cilium_wg0', 'vxlan', 'geneve', 'wg', 'tun', 'ipip', 'gre'];

/** What a route's `dev` means on a node of this cluster. Unknown names are taken as underlay interfaces. */
export function deviceRole(cni: CniConfig, dev: string | null): DeviceRole {
  if (dev === null) return 'underlay';
  if (dev === 'lo') return 'loopback';
  if (dev === 'weave' && cni.plugin === 'weave') return 'weave';
  if (dev === bridgeName(cni) || dev === 'cni0' || dev === 'docker0' || dev === 'cbr0') return 'bridge';
  if (dev === 'cilium_host') return 'cilium-host';
  if (/^(cali|eni|lxc|veth)[0-9a-z]+$/.test(dev)) return 'pod-veth';
  if (TUNNEL_PREFIXES.some((p) => dev.startsWith(p))) return 'tunnel';
  return 'underlay';
}
