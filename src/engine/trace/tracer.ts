/**
 * path-for-packet: follow one packet from a source to a destination through pod namespaces, node root
 * namespaces and the underlay routers, recording each decision as a typed step (README.md). A step may
 * fork the walk (kube-proxy choosing an endpoint, a DNS answer with several addresses): each branch is
 * followed to its end on its own copy of the walk, and branches.ts summarizes them.
 */
import type { NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import { PROTOCOLS, type IpFamily, type Protocol } from '../model/topology';
import { IpAddress } from '../net';
import { combine, type Leaf } from './branches';
import { dnsSummary, resolveName } from './dnsHop';
import { hostSourceAddress } from './facts';
import { hostHop } from './hostHop';
import { podHop } from './podHop';
import { chooseFamily, impliedProtocol, resolveDestination, resolveSource, servicePortFor, sourceAddress, type Destination, type Source } from './resolve';
import { routerHop } from './routerHop';
import { kubeProxyCandidate } from './serviceHop';
import { formatTarget, parseTarget, type Target } from './target';
import type { Header, PacketHeaders, TargetInput, Trace, TraceAnswer, TraceOptions, TraceQuery } from './types';
import { end, fork, go, locationKey, MAX_HOPS, netnsOf, Walk, type Location, type Next } from './walk';

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

function insufficient(reason: string, also: readonly string[] = []): Trace {
  return { disposition: 'INSUFFICIENT_INFO', hops: [], assumptions: [...also, reason] };
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

/** The sender's first step: the packet leaves (or stays on lo, for the sender's own addresses). */
function begin(walk: Walk, src: Source, packet: PacketHeaders): Next {
  const start = startOf(src);
  walk.enter(start.node, start.netns);
  const h = packet.inner;
  walk.step('originate', 'SENT', { summary: `${start.label} sends ${h.protocol} ${h.src} → ${h.dst}${h.dstPort === null ? '' : `:${h.dstPort}`} (${h.size} bytes)`, packetIn: packet, packetOut: packet });
  // The node's own packets to a NodePort on itself (or on 127.0.0.1) meet kube-proxy in nat OUTPUT first.
  const viaKubeProxy = src.kind === 'host' && kubeProxyCandidate(walk, packet);
  if (!viaKubeProxy && (isLoopback(IpAddress.parse(h.dst)) || h.src === h.dst)) {
    walk.step('deliver', 'DELIVERED', { summary: `${h.dst} is local to the sender's network namespace: delivered over lo`, device: 'lo', packetIn: packet, packetOut: null });
    return end('DELIVERED');
  }
  return go(start.loc, packet);
}

/** Follow `next` to every end, forking the walk where a step forks (one leaf per branch). */
function run(walk: Walk, next: Next, hopsSoFar: number): Leaf[] {
  let n = next;
  let hops = hopsSoFar;
  for (;;) {
    if (n.kind === 'end') return [{ probability: walk.probability, endpoint: walk.endpoint, trace: { disposition: n.disposition, ...walk.result() } }];
    if (n.kind === 'fork') {
      const leaves: Leaf[] = [];
      for (const b of n.branches) {
        const w = walk.fork(b.probability, b.endpoint);
        leaves.push(...run(w, b.resume(w), hops));
      }
      return leaves;
    }
    const { loc, packet } = n;
    if (hops >= MAX_HOPS) {
      walk.step('forward', 'LOOP', { summary: `still forwarding after ${MAX_HOPS} hops (TTL exhausted)`, packetIn: packet, packetOut: null });
      n = end('LOOP');
      continue;
    }
    if (walk.revisits(locationKey(loc, packet))) {
      const [node, netns] = enterOf(loc);
      walk.enter(node, netns);
      walk.step('forward', 'LOOP', { summary: `the packet is back at ${node} (${netns}) with the same headers: a routing loop`, packetIn: packet, packetOut: null });
      n = end('LOOP');
      continue;
    }
    n = step(walk, loc, packet);
    hops++;
  }
}

/** A trace whose first step `first` records on a fresh walk (it may fork). */
function runTrace(snap: Snapshot, standIns: ReadonlyMap<string, NodeInfo>, first: (walk: Walk) => Next): Trace {
  const walk = new Walk(snap, standIns);
  return combine(run(walk, first(walk), 0));
}

/** Run the walk from `src` with `packet` (internal entry used by trace and reachabilityMatrix). */
export function walkPacket(snap: Snapshot, src: Source, packet: PacketHeaders, standIns: ReadonlyMap<string, NodeInfo> = new Map()): Trace {
  return runTrace(snap, standIns, (walk) => begin(walk, src, packet));
}

/** The packet's source address: a pod's own; for a node's root namespace, what `ip route get` would pick. */
function senderAddress(snap: Snapshot, src: Source, to: IpAddress): IpAddress {
  const own = sourceAddress(src, to.family)!;
  if (src.kind !== 'host') return own;
  return hostSourceAddress(snap, src.node, to) ?? own;
}

function makePacket(snap: Snapshot, src: Source, to: IpAddress, port: number | null, protocol: Protocol, o: TraceOptions): PacketHeaders {
  const from = senderAddress(snap, src, to);
  const inner: Header = { family: to.family, src: from.toString(), dst: to.toString(), protocol, srcPort: null, dstPort: port, size: o.packetSize ?? DEFAULT_PACKET_SIZE };
  return { inner, outer: null };
}

interface Traced {
  readonly trace: Trace;
  readonly family: IpFamily | null;
  readonly port: number | null;
  readonly protocol: Protocol;
}

/**
 * A name first (dns: targets, Services without a ClusterIP): the sender's resolver answers (dnsHop.ts), the
 * `dns` step records it, then the packet goes to the address — one branch per address when there are several.
 */
function traceName(snap: Snapshot, src: Source, d: Destination, o: TraceOptions): Traced {
  const r = resolveName(snap, src, d.dnsName!, o.family);
  const protocol0 = o.protocol ?? d.protocol ?? 'TCP';
  if (r.kind === 'unanswerable') return { trace: insufficient(r.reason, d.assumptions), family: o.family ?? null, port: d.port, protocol: protocol0 };
  const family: IpFamily = r.detail.type === 'A' ? 'IPv4' : 'IPv6';
  const packets = r.kind === 'addresses' ? r.addresses.map((a) => packetFor(snap, src, a, d, o)) : [];
  const first = packets.find((p): p is PacketHeaders => typeof p !== 'string');
  const trace = runTrace(snap, new Map(), (walk) => {
    for (const a of [...(d.assumptions ?? []), ...r.assumptions]) walk.assume(a);
    const start = startOf(src);
    walk.enter(start.node, start.netns);
    const action = r.kind === 'addresses' ? 'RESOLVED' : r.kind === 'outside' ? 'EXITED' : 'UNRESOLVED';
    const why = r.kind === 'addresses' ? '' : ` — ${r.reason}`;
    walk.step('dns', action, { summary: `${dnsSummary(r.detail)}${why}`, dns: r.detail, packetIn: r.query, packetOut: r.kind === 'addresses' ? r.query : null });
    if (r.kind !== 'addresses') {
      if (r.kind === 'failed') walk.assume(r.reason);
      return end(r.kind === 'outside' ? 'EXITS_CLUSTER' : 'INSUFFICIENT_INFO');
    }
    const resume = (w: Walk, p: PacketHeaders | string): Next => {
      if (typeof p !== 'string') return begin(w, src, p);
      w.assume(p);
      return end('INSUFFICIENT_INFO');
    };
    if (packets.length === 1) return resume(walk, packets[0]!);
    return fork(packets.map((p, i) => ({ probability: 1 / packets.length, endpoint: r.addresses[i]!.toString(), resume: (w: Walk) => resume(w, p) })));
  });
  return { trace, family, port: first?.inner.dstPort ?? d.port, protocol: (first?.inner.protocol as Protocol | undefined) ?? protocol0 };
}

/** The packet to one resolved address; a Service address without a port takes the Service's only port (else a reason). */
function packetFor(snap: Snapshot, src: Source, to: IpAddress, d: Destination, o: TraceOptions): PacketHeaders | string {
  let port = d.port;
  let protocol = o.protocol ?? d.protocol;
  if (port === null) {
    const chosen = servicePortFor(snap, to.toString());
    if (chosen !== null && 'error' in chosen) return chosen.error;
    if (chosen !== null) {
      port = chosen.port;
      protocol ??= chosen.protocol;
    }
  }
  return makePacket(snap, src, to, port, protocol ?? impliedProtocol(snap, to.toString(), port) ?? 'TCP', o);
}

/** Trace one packet from `from` to `to` (targets or their text, docs/ARCHITECTURE.md "Naming things in questions"). */
export function trace(snapshot: Snapshot, from: TargetInput, to: TargetInput, options: TraceOptions = {}): TraceAnswer {
  const errors: string[] = [];
  const src = parse(from, 'from', errors);
  const dst = parse(to, 'to', errors);
  errors.push(...optionErrors(options));
  const targetPort = dst === null ? null : dst.kind === 'ip' || dst.kind === 'external' || dst.kind === 'dns' ? dst.port : dst.kind === 'node' ? (dst.port ?? null) : dst.kind === 'svc' && typeof dst.port === 'number' ? dst.port : null;
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
  const d = resolveDestination(snapshot, dst, options.port ?? null, options.protocol);
  if (!s.ok && 'error' in s) errors.push(`from: ${s.error}`);
  if (!d.ok && 'error' in d) errors.push(`to: ${d.error}`);
  if (errors.length > 0) return { query, trace: null, errors };
  if (!s.ok) return { query, trace: insufficient('insufficient' in s ? s.insufficient : ''), errors };
  if (!d.ok) return { query, trace: insufficient('insufficient' in d ? d.insufficient : ''), errors };
  if (d.value.dnsName !== undefined) {
    const t = traceName(snapshot, s.value, d.value, options);
    return { query: { ...query, family: t.family, port: t.port, protocol: t.protocol }, trace: t.trace, errors };
  }
  const family = chooseFamily(snapshot, s.value, d.value, options.family);
  if (!family.ok) return { query, trace: insufficient('insufficient' in family ? family.insufficient : '', d.value.assumptions), errors };
  const target = d.value.addresses.find((a) => a.family === family.value)!;
  const protocol = options.protocol ?? d.value.protocol ?? 'TCP';
  const packet = makePacket(snapshot, s.value, target, d.value.port, protocol, options);
  const t = runTrace(snapshot, new Map(), (walk) => {
    for (const a of d.value.assumptions ?? []) walk.assume(a);
    return begin(walk, s.value, packet);
  });
  return { query: { ...query, family: family.value, port: packet.inner.dstPort, protocol }, trace: t, errors };
}
