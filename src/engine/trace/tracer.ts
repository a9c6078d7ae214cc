/**
 * path-for-packet: follow one packet from a source to a destination through pod namespaces, node root
 * namespaces and the underlay routers, recording each decision as a typed step (README.md).
 */
import type { NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import { PROTOCOLS, type IpFamily } from '../model/topology';
import { IpAddress } from '../net';
import { hostSourceAddress } from './facts';
import { hostHop } from './hostHop';
import { podHop } from './podHop';
import { chooseFamily, resolveDestination, resolveSource, sourceAddress, type Destination, type Source } from './resolve';
import { routerHop } from './routerHop';
import { formatTarget, parseTarget, type Target } from './target';
import type { Header, PacketHeaders, TargetInput, Trace, TraceAnswer, TraceOptions, TraceQuery } from './types';
import { locationKey, MAX_HOPS, netnsOf, Walk, type Location, type Next } from './walk';

export const DEFAULT_PACKET_SIZE = 100;

function parse(input: TargetInput, role: string, errors: string[]): Target | null {
  if (typeof input !== 'string') return input;
  const r = parseTarget(input);
  if (r.ok) return r.target;
  errors.push(`${role}: ${r.error}`);
  return null;
}

function optionErrors(o: TraceOptions): string[] {
  const errors: string[] = [];
  if (o.port !== undefined && (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535)) errors.push(`port: ${o.port} is not a number between 1 and 65535`);
  if (o.packetSize !== undefined && (!Number.isInteger(o.packetSize) || o.packetSize < 20 || o.packetSize > 65535)) errors.push(`packetSize: ${o.packetSize} is not an IP packet size (20–65535 bytes)`);
  if (o.protocol !== undefined && !PROTOCOLS.includes(o.protocol)) errors.push(`protocol: ${JSON.stringify(o.protocol)} is not one of ${PROTOCOLS.join(', ')}`);
  return errors;
}

function insufficient(reason: string): Trace {
  return { disposition: 'INSUFFICIENT_INFO', hops: [], assumptions: [reason] };
}

function startOf(src: Source): { loc: Location; node: string; netns: string; label: string } {
  if (src.kind === 'pod') return { loc: { kind: 'pod', endpoint: src.endpoint, arriving: false }, node: src.endpoint.node.name, netns: netnsOf(src.endpoint), label: `pod ${src.endpoint.key}` };
  if (src.kind === 'host') {
    const label = src.hostPod === null ? `node ${src.node.name}` : `hostNetwork pod ${src.hostPod.key} (in ${src.node.name}'s root namespace)`;
    return { loc: { kind: 'host', node: src.node, ingress: null }, node: src.node.name, netns: 'host', label };
  }
  return { loc: { kind: 'router', from: null }, node: 'external', netns: 'outside', label: `${src.address.toString()} (outside the cluster, entering through the underlay routers)` };
}

function isLoopback(ip: IpAddress): boolean {
  return ip.family === 'IPv4' ? ip.w0 >>> 24 === 127 : ip.w0 === 0 && ip.w1 === 0 && ip.w2 === 0 && ip.w3 === 1;
}

function step(walk: Walk, loc: Location, packet: PacketHeaders): Next {
  switch (loc.kind) {
    case 'pod':
      return podHop(walk, loc.endpoint, loc.arriving, packet);
    case 'host':
      return hostHop(walk, loc.node, loc.ingress, packet);
    case 'router':
      return routerHop(walk, packet);
  }
}

function enterOf(loc: Location): [string, string] {
  if (loc.kind === 'pod') return [loc.endpoint.node.name, netnsOf(loc.endpoint)];
  if (loc.kind === 'host') return [loc.node.name, 'host'];
  return ['underlay', 'router'];
}

/** Run the walk from `src` with `packet` (internal entry used by trace and reachabilityMatrix). */
export function walkPacket(snap: Snapshot, src: Source, packet: PacketHeaders, standIns: ReadonlyMap<string, NodeInfo> = new Map()): Trace {
  const walk = new Walk(snap, standIns);
  const start = startOf(src);
  walk.enter(start.node, start.netns);
  const h = packet.inner;
  walk.step('originate', 'SENT', { summary: `${start.label} sends ${h.protocol} ${h.src} → ${h.dst}${h.dstPort === null ? '' : `:${h.dstPort}`} (${h.size} bytes)`, packetIn: packet, packetOut: packet });
  if (isLoopback(IpAddress.parse(h.dst)) || h.src === h.dst) {
    walk.step('deliver', 'DELIVERED', { summary: `${h.dst} is local to the sender's network namespace: delivered over lo`, device: 'lo', packetIn: packet, packetOut: null });
    return { disposition: 'DELIVERED', ...walk.result() };
  }
  let loc = start.loc;
  let p = packet;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    if (walk.revisits(locationKey(loc, p))) {
      const [node, netns] = enterOf(loc);
      walk.enter(node, netns);
      walk.step('forward', 'LOOP', { summary: `the packet is back at ${node} (${netns}) with the same headers: a routing loop`, packetIn: p, packetOut: null });
      return { disposition: 'LOOP', ...walk.result() };
    }
    const next = step(walk, loc, p);
    if (next.kind === 'end') return { disposition: next.disposition, ...walk.result() };
    loc = next.loc;
    p = next.packet;
  }
  walk.step('forward', 'LOOP', { summary: `still forwarding after ${MAX_HOPS} hops (TTL exhausted)`, packetIn: p, packetOut: null });
  return { disposition: 'LOOP', ...walk.result() };
}

/** The packet's source address: a pod's own; for a node's root namespace, what `ip route get` would pick. */
function senderAddress(snap: Snapshot, src: Source, dst: Destination, family: IpFamily): IpAddress {
  const own = sourceAddress(src, family)!;
  if (src.kind !== 'host') return own;
  return hostSourceAddress(snap, src.node, dst.addresses.find((a) => a.family === family)!) ?? own;
}

function initialPacket(src: IpAddress, dst: Destination, family: IpFamily, o: TraceOptions): PacketHeaders {
  const to = dst.addresses.find((a) => a.family === family)!;
  const inner: Header = { family, src: src.toString(), dst: to.toString(), protocol: o.protocol ?? 'TCP', srcPort: null, dstPort: dst.port, size: o.packetSize ?? DEFAULT_PACKET_SIZE };
  return { inner, outer: null };
}

/** Trace one packet from `from` to `to` (targets or their text, DESIGN.md "Naming things in questions"). */
export function trace(snapshot: Snapshot, from: TargetInput, to: TargetInput, options: TraceOptions = {}): TraceAnswer {
  const errors: string[] = [];
  const src = parse(from, 'from', errors);
  const dst = parse(to, 'to', errors);
  errors.push(...optionErrors(options));
  const targetPort = dst !== null && (dst.kind === 'ip' || dst.kind === 'external' || dst.kind === 'dns') ? dst.port : null;
  const query: TraceQuery = {
    from: src === null ? String(from) : formatTarget(src),
    to: dst === null ? String(to) : formatTarget(dst),
    family: options.family ?? null,
    protocol: options.protocol ?? 'TCP',
    port: options.port ?? targetPort,
    packetSize: options.packetSize ?? DEFAULT_PACKET_SIZE,
  };
  if (src === null || dst === null || errors.length > 0) return { query, trace: null, errors };
  const s = resolveSource(snapshot, src);
  const d = resolveDestination(snapshot, dst, options.port ?? null);
  if (!s.ok && 'error' in s) errors.push(`from: ${s.error}`);
  if (!d.ok && 'error' in d) errors.push(`to: ${d.error}`);
  if (errors.length > 0) return { query, trace: null, errors };
  if (!s.ok) return { query, trace: insufficient('insufficient' in s ? s.insufficient : ''), errors };
  if (!d.ok) return { query, trace: insufficient('insufficient' in d ? d.insufficient : ''), errors };
  const family = chooseFamily(snapshot, s.value, d.value, options.family);
  if (!family.ok) return { query, trace: insufficient('insufficient' in family ? family.insufficient : ''), errors };
  const packet = initialPacket(senderAddress(snapshot, s.value, d.value, family.value), d.value, family.value, options);
  return { query: { ...query, family: family.value, port: packet.inner.dstPort }, trace: walkPacket(snapshot, s.value, packet), errors };
}
