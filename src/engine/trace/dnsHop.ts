/**
 * The first of the two mappings (docs/ARCHITECTURE.md "The Service network"): the sending pod's resolver turns a name into
 * addresses by asking the cluster DNS (src/engine/services/dns: kubelet's resolv.conf, the glibc search walk,
 * CoreDNS's kubernetes plugin). The answer becomes a `dns` step listing every query; then the packet is sent
 * to the address(es), where the second mapping, kube-proxy, takes over (serviceHop.ts).
 *
 * Outcomes:
 * - addresses (a ClusterIP; a headless Service's ready endpoint addresses; an in-cluster CNAME followed):
 *   several addresses fork into one branch each, with equal probability — CoreDNS's `loadbalance` plugin
 *   (coredns/coredns plugin/loadbalance, in kubeadm's Corefile: kubernetes/kubernetes
 *   cmd/kubeadm/app/phases/addons/dns/manifests.go) shuffles A/AAAA records per answer and the client
 *   connects to the first;
 * - an ExternalName Service's CNAME to a name outside the cluster: CoreDNS asks its upstream for that name,
 *   and the model has no outside DNS, so the target is taken to be outside the cluster — EXITS_CLUSTER;
 * - no answer (NXDOMAIN, NODATA, SERVFAIL), a name only the upstream resolver knows (outside the cluster
 *   domain: its answer, even whether it exists, is outside the model), a pod whose resolver is not the
 *   cluster DNS (hostNetwork pods use the node's resolv.conf, which the model does not have), a sender that
 *   is not a pod: INSUFFICIENT_INFO, with the DNS answer as the reason (no address, no packet to trace).
 */
import type { Snapshot } from '../model/snapshot';
import type { IpFamily, Topology } from '../model/topology';
import { IpAddress } from '../net';
import { primaryFamily } from '../overlay';
import { buildDnsIndex, formatRecord, resolveFromPod, type DnsIndex, type Resolution } from '../services/dns';
import { sourceAddress, type Source } from './resolve';
import type { DnsStepDetail, Header, PacketHeaders } from './types';

const indexes = new WeakMap<Topology, DnsIndex>();

export function dnsIndexOf(topology: Topology): DnsIndex {
  let idx = indexes.get(topology);
  if (idx === undefined) indexes.set(topology, (idx = buildDnsIndex(topology)));
  return idx;
}

export const UPSTREAM_ASSUMPTION =
  'An ExternalName Service\'s target outside the cluster domain is resolved by CoreDNS\'s upstream resolver (forward . /etc/resolv.conf), outside the model, to an address outside the cluster';
export const SHUFFLE_ASSUMPTION =
  'Several addresses in a DNS answer: CoreDNS\'s loadbalance plugin (kubeadm\'s Corefile) shuffles them per answer and the client connects to the first, so each address is equally likely (getaddrinfo\'s own RFC 6724 sorting is not modeled)';

export type DnsOutcome =
  | { readonly kind: 'addresses'; readonly detail: DnsStepDetail; readonly query: PacketHeaders; readonly addresses: readonly IpAddress[]; readonly assumptions: readonly string[] }
  | { readonly kind: 'outside' | 'failed'; readonly detail: DnsStepDetail; readonly query: PacketHeaders; readonly reason: string; readonly assumptions: readonly string[] }
  | { readonly kind: 'unanswerable'; readonly reason: string };

/** The family to resolve: the requested one, else the cluster's primary one the sender has. */
function familyFor(snap: Snapshot, src: Source, requested: IpFamily | undefined): IpFamily | null {
  const order: IpFamily[] = requested !== undefined ? [requested] : [primaryFamily(snap.topology), ...snap.families, 'IPv4', 'IPv6'];
  return order.find((f) => sourceAddress(src, f) !== null) ?? null;
}

/** The query packet (UDP to port 53): IP + UDP + DNS header 12 + QNAME + QTYPE/QCLASS 4, no EDNS0 (kubelet does not set `options edns0`). */
function queryPacket(src: string, nameserver: string, family: IpFamily, fqdn: string): PacketHeaders {
  const qname = fqdn.endsWith('.') ? fqdn.length + 1 : fqdn.length + 2;
  const size = (family === 'IPv4' ? 20 : 40) + 8 + 12 + qname + 4;
  const inner: Header = { family, src, dst: nameserver, protocol: 'UDP', srcPort: null, dstPort: 53, size };
  return { inner, outer: null };
}

function detailOf(r: Resolution, type: 'A' | 'AAAA', server: string | null, addresses: readonly string[]): DnsStepDetail {
  return {
    name: r.name,
    type,
    nameserver: r.resolvConf?.nameservers[0] ?? null,
    server,
    resolver: r.resolver,
    search: r.resolvConf?.search ?? [],
    ndots: r.resolvConf?.ndots ?? 5,
    queries: r.attempts.map((a) => ({ query: a.query, rcode: a.answeredBy === 'kubernetes' ? (a.rcode ?? '') : a.answeredBy, answers: a.answers.map(formatRecord) })),
    status: r.final.status,
    answer: r.final.answers.map(formatRecord),
    addresses,
  };
}

/** Resolve `name` as the sending pod would (A for IPv4, AAAA for IPv6). */
export function resolveName(snap: Snapshot, src: Source, name: string, requested: IpFamily | undefined): DnsOutcome {
  const pod = src.kind === 'pod' ? src.endpoint.pod : src.kind === 'host' ? src.hostPod : null;
  if (pod === null) return { kind: 'unanswerable', reason: `a DNS name is resolved by the sending pod's resolver (its resolv.conf, written by kubelet): trace ${name} from a pod` };
  const family = familyFor(snap, src, requested);
  if (family === null) return { kind: 'unanswerable', reason: `pod ${pod.key} has no ${requested ?? 'IP'} address to resolve ${name} for` };
  const type = family === 'IPv4' ? 'A' : 'AAAA';
  const index = dnsIndexOf(snap.topology);
  const r = resolveFromPod(index, snap.topology, pod.key, name, type);
  if (r.error !== null) return { kind: 'unanswerable', reason: r.error };
  const server = index.dnsServer.server;
  const nameserver = r.resolvConf?.nameservers[0];
  const clusterDns = server !== null && nameserver !== undefined && server.addresses.includes(nameserver);
  if (nameserver === undefined || !clusterDns) {
    const why = pod.pod.hostNetwork ? `hostNetwork pod ${pod.key} uses the node's resolv.conf (dnsPolicy ClusterFirst becomes Default), which the model does not have` : `pod ${pod.key}'s nameserver is not the cluster DNS (${index.dnsServer.reason})`;
    return { kind: 'unanswerable', reason: `${name} cannot be resolved in the model: ${why}` };
  }
  const serverName = `${server.namespace}/${server.name}`;
  const query = queryPacket(sourceAddress(src, family)!.toString(), nameserver, family, r.attempts[r.attempts.length - 1]?.query ?? name);
  const found = r.final.answers.filter((x) => x.type === type).map((x) => ('address' in x ? x.address : ''));
  const detail = detailOf(r, type, serverName, found);
  const assumptions = [...r.assumptions];
  if (r.final.status === 'ANSWER' && found.length > 0) {
    if (found.length > 1) assumptions.push(SHUFFLE_ASSUMPTION);
    return { kind: 'addresses', detail, query, addresses: found.map((a) => IpAddress.parse(a)), assumptions };
  }
  const last = r.attempts[r.attempts.length - 1];
  if (r.final.status === 'UPSTREAM' && last?.answeredBy === 'kubernetes') {
    const cname = r.final.answers.find((x) => x.type === 'CNAME');
    assumptions.push(UPSTREAM_ASSUMPTION);
    return { kind: 'outside', detail, query, reason: `${r.final.name ?? name} is an ExternalName: CNAME ${cname !== undefined && 'target' in cname ? cname.target : '?'}, a name outside the cluster — the connection leaves the cluster`, assumptions };
  }
  if (r.final.status === 'UPSTREAM') {
    return { kind: 'failed', detail, query, reason: `${name} is not a name of the cluster: CoreDNS forwards ${r.final.name ?? name} to its upstream resolver (forward . /etc/resolv.conf), whose answer is outside the model`, assumptions };
  }
  return { kind: 'failed', detail, query, reason: `${name} does not resolve from pod ${pod.key}: ${r.final.status}${last === undefined ? '' : ` (last query ${last.query})`}`, assumptions };
}

/** The `dns` step's one-line summary: every query with its answer, in order. */
export function dnsSummary(d: DnsStepDetail): string {
  const queries = d.queries.map((q) => {
    const records = q.answers.map((a) => a.split('\t').slice(3).join(' '));
    return `${q.query} ${records.length > 0 ? records.join(', ') : q.rcode}`;
  });
  const server = d.server === null ? '' : ` (${d.server})`;
  return `resolver (${d.resolver}, ndots ${d.ndots}) asks ${d.nameserver ?? '?'}${server} ${d.type} ${d.name}: ${queries.join('; ')}`;
}
