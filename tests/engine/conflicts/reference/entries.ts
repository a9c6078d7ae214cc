/**
 * Flattens a topology into the address-bearing things the conflict rules look at: one entry per CIDR or
 * address, each with enough context (owning node, named subnet, external network kind) for the rules.
 * Topology strings are canonical (src/io validated them), so a parse failure here is a bug and throws.
 */
import type { ExternalNetworkKind, Topology } from '../../../../src/engine/model/topology';
import { IpAddress } from '../../../../src/engine/net/ipAddress';
import { Prefix } from '../../../../src/engine/net/prefix';
import type { ConflictObject, ConflictObjectKind } from '../../../../src/engine/conflicts/types';

export interface Entry {
  readonly kind: ConflictObjectKind;
  /** Object name as reported (namespace/name for namespaced objects, podCIDRs[i] for cluster ranges). */
  readonly name: string;
  readonly prefix: Prefix;
  /** The CIDR as reported: the topology's own string, or the host prefix of an address. */
  readonly cidr: string;
  /** podIP: the node the pod runs on (null when unscheduled); nodePodCIDR and nodeIP: the node itself. */
  readonly node: string | null;
  /** nodeIP: the subnet the node is declared (or inferred) to sit in. */
  readonly subnet: string | null;
  readonly externalKind: ExternalNetworkKind | null;
}

export function toObject(e: Entry): ConflictObject {
  return { kind: e.kind, name: e.name, cidr: e.cidr };
}

export function collectEntries(t: Topology): Entry[] {
  const out: Entry[] = [];
  const cidr = (kind: ConflictObjectKind, name: string, text: string, extra: Partial<Entry> = {}): void => {
    out.push({ kind, name, prefix: Prefix.parse(text), cidr: text, node: null, subnet: null, externalKind: null, ...extra });
  };
  const address = (kind: ConflictObjectKind, name: string, text: string, extra: Partial<Entry> = {}): void => {
    const host = Prefix.host(IpAddress.parse(text));
    out.push({ kind, name, prefix: host, cidr: host.toString(), node: null, subnet: null, externalKind: null, ...extra });
  };

  t.podCIDRs.forEach((c, i) => cidr('podCIDR', `podCIDRs[${i}]`, c));
  t.serviceCIDRs.forEach((c, i) => cidr('serviceCIDR', `serviceCIDRs[${i}]`, c));
  for (const s of t.underlay.subnets) cidr('subnet', s.name, s.cidr);
  for (const x of t.externalNetworks) cidr('externalNetwork', x.name, x.cidr, { externalKind: x.kind });
  for (const n of t.nodes) {
    for (const c of n.podCIDRs) cidr('nodePodCIDR', n.name, c, { node: n.name });
    for (const ip of n.internalIPs) address('nodeIP', n.name, ip, { node: n.name, subnet: n.subnet });
  }
  for (const p of t.pods) {
    // A hostNetwork pod reports its node's address; that is sharing by design, not a conflict.
    if (p.hostNetwork) continue;
    for (const ip of p.ips) address('podIP', `${p.namespace}/${p.name}`, ip, { node: p.nodeName });
  }
  for (const s of t.services) {
    const name = `${s.namespace}/${s.name}`;
    for (const ip of s.clusterIPs) address('clusterIP', name, ip);
    for (const ip of s.externalIPs) address('externalIP', name, ip);
    for (const ip of s.loadBalancerIPs) address('loadBalancerIP', name, ip);
  }
  return out;
}
