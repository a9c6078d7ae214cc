/**
 * The bytes each overlay mode adds to a pod's IP packet, layer by layer, for an IPv4 or IPv6 outer header.
 *
 * MTU accounting is at the IP layer: an interface MTU bounds the IP packet, so the outer Ethernet header
 * (and FCS, preamble, gap) is never counted, while an *inner* Ethernet header that the tunnel carries
 * (VXLAN, Geneve) is. This is the convention of RFC 7348 and of every CNI's own figure (Cilium's
 * pkg/mtu/mtu.go says "Outer ethernet is not accounted against MTU size").
 *
 * Pure and table-driven; the numbers are protocol constants, each with its RFC (see SOURCES).
 */
import type { IpFamily, OverlayMode } from '../model/topology';
import { SOURCES } from './sources';

export interface HeaderLayer {
  readonly layer: string;
  readonly bytes: number;
  readonly source: string;
}

export interface Encapsulation {
  readonly mode: OverlayMode;
  readonly outerFamily: IpFamily;
  /** Bytes every packet gains (the sum of `layers`); 0 for routed modes. */
  readonly bytes: number;
  readonly layers: readonly HeaderLayer[];
  /** What varies per packet and is not in `bytes` (WireGuard padding), or what `bytes` is a bound of (ESP). */
  readonly variable: string | null;
  /** false when `bytes` is a documented bound rather than the exact per-packet figure. */
  readonly exact: boolean;
}

export interface EncapsulationOptions {
  /** Geneve option bytes (TLVs), a multiple of 4, at most 252. Cilium's DSR option is 12 (DsrTunnelOverhead). */
  readonly geneveOptionBytes?: number;
}

/** Modes that put no header around the pod packet. */
export const ROUTED_MODES: ReadonlySet<OverlayMode> = new Set<OverlayMode>(['none', 'host-gw', 'bgp']);

export function isEncapsulating(mode: OverlayMode): boolean {
  return !ROUTED_MODES.has(mode);
}

const INNER_ETHERNET: HeaderLayer = { layer: 'inner Ethernet header', bytes: 14, source: SOURCES.vxlan };
const UDP: HeaderLayer = { layer: 'outer UDP header', bytes: 8, source: SOURCES.udpHeader };

function outerIp(family: IpFamily): HeaderLayer {
  return family === 'IPv4'
    ? { layer: 'outer IPv4 header', bytes: 20, source: SOURCES.ipv4Header }
    : { layer: 'outer IPv6 header', bytes: 40, source: SOURCES.ipv6Header };
}

function layersFor(mode: OverlayMode, family: IpFamily, options: EncapsulationOptions): HeaderLayer[] {
  switch (mode) {
    case 'none':
    case 'host-gw':
    case 'bgp':
      return [];
    case 'vxlan':
      // RFC 7348 §5: the inner frame keeps its Ethernet header; 50 over IPv4, 70 over IPv6.
      return [outerIp(family), UDP, { layer: 'VXLAN header', bytes: 8, source: SOURCES.vxlan }, INNER_ETHERNET];
    case 'geneve': {
      const opt = options.geneveOptionBytes ?? 0;
      const layers: HeaderLayer[] = [outerIp(family), UDP, { layer: 'Geneve base header', bytes: 8, source: SOURCES.geneve }];
      if (opt > 0) layers.push({ layer: 'Geneve options', bytes: opt, source: SOURCES.geneve });
      // Geneve carries Ethernet frames (protocol type 0x6558) in the CNIs modeled here (Cilium "eth" mode).
      layers.push({ ...INNER_ETHERNET, source: SOURCES.geneve });
      return layers;
    }
    case 'ipip':
      // IPv4 outer: RFC 2003, one 20-byte header. IPv6 outer: RFC 2473 with the encapsulation-limit option
      // Linux adds by default (ip6_tunnel, encaplimit 4), 48 bytes — Cilium's IPIPv6Overhead is the same 48.
      return family === 'IPv4'
        ? [{ layer: 'outer IPv4 header', bytes: 20, source: SOURCES.ipip }]
        : [
            { layer: 'outer IPv6 header', bytes: 40, source: SOURCES.ip6Tunnel },
            { layer: 'Tunnel Encapsulation Limit option', bytes: 8, source: SOURCES.ip6Tunnel },
          ];
    case 'udp':
      // flannel's udp backend: the raw IP packet in a UDP datagram, no inner Ethernet (a TUN device).
      return [outerIp(family), { ...UDP, source: SOURCES.flannelUdp }];
    case 'wireguard':
      // Transport data message: 16-byte header + 16-byte Poly1305 tag = 32, inside UDP inside IP: 60 / 80.
      return [
        outerIp(family),
        UDP,
        { layer: 'WireGuard data header (type, reserved, receiver index, counter)', bytes: 16, source: SOURCES.wireguard },
        { layer: 'Poly1305 authentication tag', bytes: 16, source: SOURCES.wireguard },
      ];
    case 'ipsec':
      // ESP tunnel mode as flannel's ipsec backend documents it (AES with a 16-byte IV, 16-byte ICV), padding
      // at its worst case of 15. Cilium documents the same total, 77, with a different split
      // (SOURCES.ciliumMtu). Over IPv6 only the outer header changes.
      return [
        { ...outerIp(family), source: SOURCES.flannelIpsec },
        { layer: 'ESP SPI', bytes: 4, source: SOURCES.esp },
        { layer: 'ESP sequence number', bytes: 4, source: SOURCES.esp },
        { layer: 'ESP IV (AES)', bytes: 16, source: SOURCES.flannelIpsec },
        { layer: 'ESP padding (worst case)', bytes: 15, source: SOURCES.esp },
        { layer: 'ESP pad length', bytes: 1, source: SOURCES.esp },
        { layer: 'ESP next header', bytes: 1, source: SOURCES.esp },
        { layer: 'ESP ICV', bytes: 16, source: SOURCES.flannelIpsec },
      ];
  }
}

function variableFor(mode: OverlayMode): string | null {
  if (mode === 'wireguard') return 'plus 0–15 bytes of zero padding to a multiple of 16, never past the tunnel MTU (perPacketOverhead computes it)';
  if (mode === 'ipsec') return 'ESP padding is 0–15 bytes depending on the packet and cipher; the figure takes the worst case, as flannel and Cilium do';
  return null;
}

/** The header stack `mode` puts around a pod packet when the outer header is `outerFamily`. */
export function encapsulation(mode: OverlayMode, outerFamily: IpFamily, options: EncapsulationOptions = {}): Encapsulation {
  const opt = options.geneveOptionBytes ?? 0;
  if (!Number.isInteger(opt) || opt < 0 || opt > 252 || opt % 4 !== 0) {
    throw new RangeError(`Geneve option bytes must be a multiple of 4 between 0 and 252 (RFC 8926 §3.4), got ${opt}`);
  }
  const layers = layersFor(mode, outerFamily, options);
  return {
    mode,
    outerFamily,
    bytes: layers.reduce((sum, l) => sum + l.bytes, 0),
    layers,
    variable: variableFor(mode),
    exact: mode !== 'ipsec',
  };
}

/**
 * Bytes one packet of `innerBytes` gains, including WireGuard's padding, computed as Linux's
 * calculate_skb_padding does: pad to a multiple of 16 but never beyond the device MTU
 * (`min(mtu, ALIGN(len, 16)) − len`, with `len % mtu` for an oversized packet), so a packet exactly at
 * the tunnel MTU is not padded. Without a tunnel MTU the padding is plain alignment.
 */
export function perPacketOverhead(enc: Encapsulation, innerBytes: number, tunnelMtu: number | null = null): number {
  if (enc.mode !== 'wireguard') return enc.bytes;
  const align16 = (n: number): number => Math.ceil(n / 16) * 16;
  if (tunnelMtu === null || tunnelMtu <= 0) return enc.bytes + (align16(innerBytes) - innerBytes);
  const last = innerBytes > tunnelMtu ? innerBytes % tunnelMtu : innerBytes;
  return enc.bytes + (Math.min(tunnelMtu, align16(last)) - last);
}
