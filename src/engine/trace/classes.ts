/**
 * Route-shape classes: nodes whose pod→pod traces are interchangeable. Two nodes are in one class when
 * everything a trace between them reads is the same up to the node's own addresses:
 * - the subnet of each family (so: connected route, gateway, which peers are on-link, cross-subnet choice),
 * - the host MTU and the pod MTU,
 * - which families have a pod CIDR, and whether the node is the pod-CIDR trie's owner of its own CIDR
 *   (overlapping CIDRs break the symmetry),
 * - how the underlay routes the node's pod CIDR and address: no route, connected subnet, "via this node
 *   itself" (a cloud route per node), or a specific route (which then makes the node a class of its own),
 * - explicit route tables: a node that has one is a class of its own, and since its routes may name any
 *   other node's pod CIDR, reachabilityMatrix traces from it to every destination node separately.
 * Plugin, mode and cluster-wide settings are the same for every node. A trace between representatives of
 * two classes therefore decides every node pair of those classes; reachabilityMatrix runs one trace per
 * class pair instead of one per node pair.
 */
import { addressOf, podCidrOf, type NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily } from '../model/topology';
import type { IpAddress } from '../net';
import { lookupUnderlay } from '../routing';

function underlayShape(snap: Snapshot, node: NodeInfo, ip: IpAddress | null): string {
  if (ip === null) return '-';
  const r = lookupUnderlay(snap.underlay, ip);
  if (r === null) return 'none';
  if (r.origin === 'connected') return `c:${r.subnet?.name ?? '?'}`;
  if (r.via !== null && node.node.internalIPs.includes(r.via.toString())) return `self:${r.route.type}:${r.prefix.length}`;
  return `r:${r.text}`;
}

export function classKey(snap: Snapshot, node: NodeInfo, family: IpFamily): string {
  if (node.explicitRoutes !== null) return `explicit:${node.name}`;
  const cidr = podCidrOf(node, family);
  const ownsCidr = cidr === null ? '-' : String(snap.podCidrTrie.get(cidr) === node);
  return [
    node.node.subnet ?? '-',
    node.subnetV4?.name ?? '-',
    node.subnetV6?.name ?? '-',
    node.hostMtu,
    node.podMtu.mtu ?? '-',
    node.podCidrV4 === null ? 0 : 1,
    node.podCidrV6 === null ? 0 : 1,
    ownsCidr,
    underlayShape(snap, node, cidr === null ? null : cidr.address),
    underlayShape(snap, node, addressOf(node, family)),
  ].join('|');
}

export interface NodeClass {
  readonly key: string;
  readonly nodes: readonly NodeInfo[];
}

/** The nodes of one group split into classes, in first-appearance order. */
export function classesOf(snap: Snapshot, nodes: readonly NodeInfo[], family: IpFamily): NodeClass[] {
  const byKey = new Map<string, NodeInfo[]>();
  for (const n of nodes) {
    const key = classKey(snap, n, family);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [n]);
    else list.push(n);
  }
  return [...byKey].map(([key, list]) => ({ key, nodes: list }));
}
