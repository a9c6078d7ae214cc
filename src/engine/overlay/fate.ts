/**
 * What happens to one pod packet of a given size between two nodes: it fits, it is fragmented, or it is
 * dropped (MTU_EXCEEDED, the trace disposition) — and how many underlay bytes it costs.
 *
 * The model, following Linux:
 * - The limit for an inner packet is the smaller of the sender's pod MTU and what the path leaves after
 *   the encapsulation (path MTU − overhead; WireGuard's padding is included exactly).
 * - With DF set (TCP with path-MTU discovery; the default here) a packet over the limit is dropped and the
 *   sender gets ICMP "fragmentation needed" / "packet too big". Linux tunnels (ip_tunnel, vxlan, geneve)
 *   check the inner packet against the tunnel PMTU and answer the inner sender the same way.
 * - Without DF an IPv4 packet is fragmented to the limit, each fragment carrying its own IPv4 header and
 *   its own encapsulation. IPv6 is never fragmented on the way (RFC 8200 §5): only the sending pod can
 *   fragment (Fragment header, 8 bytes), so an IPv6 packet that fits the pod MTU but not the path is dropped.
 */
import type { IpFamily } from '../model/topology';
import { perPacketOverhead, type Encapsulation } from './encapsulation';

export const PACKET_FATES = ['fits', 'fragmented', 'MTU_EXCEEDED'] as const;
export type PacketFate = (typeof PACKET_FATES)[number];
/** What stops a packet that does not fit: the sender's own interface or the underlay path. */
export const PACKET_LIMITS = ['pod-mtu', 'path-mtu'] as const;

export interface PacketPath {
  readonly packetSize: number;
  readonly family: IpFamily;
  /** The sending pod's MTU. */
  readonly podMtu: number;
  /** The underlay path MTU between the two nodes. */
  readonly pathMtu: number;
  readonly encapsulated: boolean;
  readonly encapsulation: Encapsulation;
  /** A plugin's own documented headroom (Weave's 84) used instead of the header stack; null = the stack. */
  readonly headroomOverride?: number | null;
  readonly dontFragment: boolean;
}

export interface PacketOutcome {
  readonly packetSize: number;
  readonly fate: PacketFate;
  /** The largest inner packet that crosses unfragmented (0 when even a header does not fit). */
  readonly limit: number;
  /** What stopped the packet: the sender's own interface or the underlay path; null when it fits. */
  readonly limitedBy: (typeof PACKET_LIMITS)[number] | null;
  /** 1 when it fits, n when fragmented, 0 when dropped. */
  readonly fragments: number;
  /** Underlay IP bytes for the whole packet, encapsulation and fragment headers included; 0 when dropped. */
  readonly wireBytes: number;
  /** packetSize / wireBytes (6 decimals); null when dropped. */
  readonly efficiency: number | null;
}

const IPV4_HEADER = 20;
const IPV6_HEADER = 40;
const IPV6_FRAGMENT_HEADER = 8;

function overheadAt(p: PacketPath, size: number): number {
  if (!p.encapsulated) return 0;
  if (p.headroomOverride !== undefined && p.headroomOverride !== null) return p.headroomOverride;
  return perPacketOverhead(p.encapsulation, size, p.podMtu);
}

/** The largest inner size s ≤ podMtu with s + overhead(s) ≤ pathMtu (overhead grows by at most 15 for WireGuard). */
function innerLimit(p: PacketPath): number {
  let s = Math.min(p.podMtu, p.pathMtu - (p.encapsulated ? (p.headroomOverride ?? p.encapsulation.bytes) : 0));
  while (s > 0 && s + overheadAt(p, s) > p.pathMtu) s--;
  return Math.max(0, s);
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function packetOutcome(p: PacketPath): PacketOutcome {
  if (!Number.isInteger(p.packetSize) || p.packetSize <= 0) throw new RangeError(`packet size must be a positive integer, got ${p.packetSize}`);
  const limit = innerLimit(p);
  const S = p.packetSize;
  if (S <= limit) {
    const wire = S + overheadAt(p, S);
    return { packetSize: S, fate: 'fits', limit, limitedBy: null, fragments: 1, wireBytes: wire, efficiency: round6(S / wire) };
  }
  const limitedBy: PacketOutcome['limitedBy'] = S > p.podMtu ? 'pod-mtu' : 'path-mtu';
  const dropped: PacketOutcome = { packetSize: S, fate: 'MTU_EXCEEDED', limit, limitedBy, fragments: 0, wireBytes: 0, efficiency: null };
  const v6 = p.family === 'IPv6';
  if (p.dontFragment || (v6 && limitedBy === 'path-mtu')) return dropped;
  // Fragment to `limit`: every fragment but the last carries a multiple of 8 payload bytes (RFC 791, RFC 8200).
  const header = v6 ? IPV6_HEADER : IPV4_HEADER;
  const fragExtra = v6 ? IPV6_FRAGMENT_HEADER : 0;
  const perFragment = Math.floor((limit - header - fragExtra) / 8) * 8;
  if (perFragment <= 0) return dropped;
  const payload = S - header;
  const n = Math.ceil(payload / perFragment);
  const last = payload - (n - 1) * perFragment;
  const full = header + fragExtra + perFragment;
  const lastSize = header + fragExtra + last;
  const wire = (n - 1) * (full + overheadAt(p, full)) + lastSize + overheadAt(p, lastSize);
  return { packetSize: S, fate: 'fragmented', limit, limitedBy, fragments: n, wireBytes: wire, efficiency: round6(S / wire) };
}
