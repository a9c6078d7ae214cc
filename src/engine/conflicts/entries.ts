/**
 * Flattens a topology into the address-bearing things the conflict rules look at: one row per CIDR or
 * address, stored as columns (the prefix in PrefixColumns, a kind code, the owning object's index in its
 * topology list, and for pod IPs and node podCIDRs the node as a number). Text is parsed
 * straight into the columns — no IpAddress, Prefix, name string or object per row — because a million pod
 * IPs are the common case and almost none of them ends up in a finding.
 *
 * A row becomes an `Entry` (name, Prefix, reported CIDR, node, subnet, external kind) only when a rule
 * needs it for a finding or a name comparison (`EntryTable.entry`, cached).
 * Topology strings are canonical (src/io validated them), so a parse failure here is a bug and throws.
 */
import type { ExternalNetworkKind, Topology } from '../model/topology';
import { IpAddress } from '../net/ipAddress';
import { Prefix } from '../net/prefix';
import { PrefixColumns } from '../net/prefixColumns';
import { CONFLICT_OBJECT_KINDS, type ConflictObject, type ConflictObjectKind } from './types';

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

/** Kind codes: the `kind` column, and bit `1 << code` in the index's kind masks. */
export const POD_CIDR = 0;
export const SERVICE_CIDR = 1;
export const SUBNET = 2;
export const EXTERNAL_NETWORK = 3;
export const NODE_POD_CIDR = 4;
export const POD_IP = 5;
export const NODE_IP = 6;
export const CLUSTER_IP = 7;
export const EXTERNAL_IP = 8;
export const LOAD_BALANCER_IP = 9;
export const KIND_COUNT = 10;

/** Code → kind (index = code): the codes above are the indexes of the kinds' list. */
export const KINDS: readonly ConflictObjectKind[] = CONFLICT_OBJECT_KINDS;

export const KIND_CODE: Readonly<Record<ConflictObjectKind, number>> = {
  podCIDR: POD_CIDR,
  serviceCIDR: SERVICE_CIDR,
  subnet: SUBNET,
  externalNetwork: EXTERNAL_NETWORK,
  nodePodCIDR: NODE_POD_CIDR,
  podIP: POD_IP,
  nodeIP: NODE_IP,
  clusterIP: CLUSTER_IP,
  externalIP: EXTERNAL_IP,
  loadBalancerIP: LOAD_BALANCER_IP,
};

/** Kinds whose rows are CIDRs (reported as written); the others are addresses (reported as host prefixes). */
const IS_CIDR_KIND: readonly boolean[] = KINDS.map((k) => k === 'podCIDR' || k === 'serviceCIDR' || k === 'subnet' || k === 'externalNetwork' || k === 'nodePodCIDR');

/**
 * The rows of a topology. Row order is the topology's order (cluster ranges, subnets, externals, nodes, pods,
 * Services), so row order is also the order the rules see entries in.
 */
export class EntryTable {
  readonly columns: PrefixColumns;
  /** Row → kind code. */
  readonly kind: Uint8Array;
  /** Row → index of the owning object in its topology list (podCIDRs, serviceCIDRs, subnets, externalNetworks, nodes, pods, services). */
  readonly owner: Uint32Array;
  /**
   * Row → node id for node podCIDR rows (their node) and pod IP rows (the node the pod runs on): the index
   * in topology.nodes of the first node of that name, so equal ids mean equal names. Pod IP rows: -1 when
   * the pod is unscheduled, -2 when no node has that name. Other rows: 0.
   */
  readonly node: Int32Array;
  /** Node index → the row of its first podCIDR (its podCIDRs are consecutive rows), so no per-row item index is kept. */
  readonly nodeFirstRow: Uint32Array;
  private readonly cache = new Map<number, Entry>();

  constructor(
    readonly topology: Topology,
    capacity: number,
  ) {
    this.columns = new PrefixColumns(capacity);
    this.kind = new Uint8Array(Math.max(1, capacity));
    this.owner = new Uint32Array(Math.max(1, capacity));
    this.node = new Int32Array(Math.max(1, capacity));
    this.nodeFirstRow = new Uint32Array(topology.nodes.length);
  }

  get count(): number {
    return this.columns.count;
  }

  /** Appends a CIDR row (host bits cleared, as Prefix.parse does); returns the row. */
  addCidr(kind: number, owner: number, text: string): number {
    const row = this.columns.addPrefixText(text);
    if (row < 0) fail(Prefix.parse, text);
    this.kind[row] = kind;
    this.owner[row] = owner;
    return row;
  }

  /** Appends the host-prefix row of an address; returns the row. */
  addAddress(kind: number, owner: number, text: string): number {
    const row = this.columns.addAddressText(text);
    if (row < 0) fail(IpAddress.parse, text);
    this.kind[row] = kind;
    this.owner[row] = owner;
    return row;
  }

  /** The topology's own text of a CIDR row (podCIDR, serviceCIDR, subnet, externalNetwork, nodePodCIDR). */
  cidrText(row: number): string {
    const t = this.topology;
    const o = this.owner[row]!;
    switch (this.kind[row]) {
      case POD_CIDR:
        return t.podCIDRs[o]!;
      case SERVICE_CIDR:
        return t.serviceCIDRs[o]!;
      case SUBNET:
        return t.underlay.subnets[o]!.cidr;
      case EXTERNAL_NETWORK:
        return t.externalNetworks[o]!.cidr;
      case NODE_POD_CIDR:
        return t.nodes[o]!.podCIDRs[row - this.nodeFirstRow[o]!]!;
      default:
        throw new RangeError(`row ${row} is an address, not a CIDR`);
    }
  }

  /** Entry.name without materializing the entry (allocates only for namespaced objects). */
  name(row: number): string {
    const t = this.topology;
    const o = this.owner[row]!;
    switch (this.kind[row]) {
      case POD_CIDR:
        return `podCIDRs[${o}]`;
      case SERVICE_CIDR:
        return `serviceCIDRs[${o}]`;
      case SUBNET:
        return t.underlay.subnets[o]!.name;
      case EXTERNAL_NETWORK:
        return t.externalNetworks[o]!.name;
      case NODE_POD_CIDR:
      case NODE_IP:
        return t.nodes[o]!.name;
      case POD_IP: {
        const p = t.pods[o]!;
        return `${p.namespace}/${p.name}`;
      }
      default: {
        const s = t.services[o]!;
        return `${s.namespace}/${s.name}`;
      }
    }
  }

  /** The row as an Entry object, built on first use. */
  entry(row: number): Entry {
    let e = this.cache.get(row);
    if (!e) {
      const t = this.topology;
      const o = this.owner[row]!;
      const code = this.kind[row]!;
      const prefix = this.columns.prefixAt(row);
      let node: string | null = null;
      let subnet: string | null = null;
      let externalKind: ExternalNetworkKind | null = null;
      if (code === NODE_POD_CIDR) node = t.nodes[o]!.name;
      else if (code === NODE_IP) {
        node = t.nodes[o]!.name;
        subnet = t.nodes[o]!.subnet;
      } else if (code === POD_IP) node = t.pods[o]!.nodeName;
      else if (code === EXTERNAL_NETWORK) externalKind = t.externalNetworks[o]!.kind;
      e = {
        kind: KINDS[code]!,
        name: this.name(row),
        prefix,
        cidr: IS_CIDR_KIND[code] ? this.cidrText(row) : prefix.toString(),
        node,
        subnet,
        externalKind,
      };
      this.cache.set(row, e);
    }
    return e;
  }
}

/**
 * Throws the parser's own error for text the fast path refused. (Takes the parser, not a closure over the
 * text: capturing the text would allocate a context on every call of the caller, a million times.)
 */
function fail(parse: (text: string) => unknown, text: string): never {
  parse(text);
  throw new Error(`conflicts: cannot parse ${JSON.stringify(text)}`);
}

/** Plain indexed loops throughout: this runs once per call over a million objects, often before it is optimized. */
export function collectEntries(t: Topology): EntryTable {
  const { nodes, pods, services } = t;
  let n = t.podCIDRs.length + t.serviceCIDRs.length + t.underlay.subnets.length + t.externalNetworks.length;
  for (let o = 0; o < nodes.length; o++) n += nodes[o]!.podCIDRs.length + nodes[o]!.internalIPs.length;
  for (let o = 0; o < pods.length; o++) if (!pods[o]!.hostNetwork) n += pods[o]!.ips.length;
  for (let o = 0; o < services.length; o++) {
    const s = services[o]!;
    n += s.clusterIPs.length + s.externalIPs.length + s.loadBalancerIPs.length;
  }
  const table = new EntryTable(t, n);

  t.podCIDRs.forEach((c, i) => table.addCidr(POD_CIDR, i, c));
  t.serviceCIDRs.forEach((c, i) => table.addCidr(SERVICE_CIDR, i, c));
  t.underlay.subnets.forEach((s, i) => table.addCidr(SUBNET, i, s.cidr));
  t.externalNetworks.forEach((x, i) => table.addCidr(EXTERNAL_NETWORK, i, x.cidr));
  const nodeIds = new Map<string, number>();
  for (let o = 0; o < nodes.length; o++) {
    const node = nodes[o]!;
    let id = nodeIds.get(node.name);
    if (id === undefined) nodeIds.set(node.name, (id = o));
    table.nodeFirstRow[o] = table.count;
    const cidrs = node.podCIDRs;
    for (let k = 0; k < cidrs.length; k++) table.node[table.addCidr(NODE_POD_CIDR, o, cidrs[k]!)] = id;
    const ips = node.internalIPs;
    for (let k = 0; k < ips.length; k++) table.addAddress(NODE_IP, o, ips[k]!);
  }
  for (let o = 0; o < pods.length; o++) {
    const p = pods[o]!;
    // A hostNetwork pod reports its node's address; that is sharing by design, not a conflict.
    if (p.hostNetwork) continue;
    const ips = p.ips;
    if (ips.length === 0) continue;
    const id = p.nodeName === null ? -1 : (nodeIds.get(p.nodeName) ?? -2);
    for (let k = 0; k < ips.length; k++) table.node[table.addAddress(POD_IP, o, ips[k]!)] = id;
  }
  for (let o = 0; o < services.length; o++) {
    const s = services[o]!;
    for (let k = 0; k < s.clusterIPs.length; k++) table.addAddress(CLUSTER_IP, o, s.clusterIPs[k]!);
    for (let k = 0; k < s.externalIPs.length; k++) table.addAddress(EXTERNAL_IP, o, s.externalIPs[k]!);
    for (let k = 0; k < s.loadBalancerIPs.length; k++) table.addAddress(LOAD_BALANCER_IP, o, s.loadBalancerIPs[k]!);
  }
  return table;
}
