/**
 * GKE VPC-native (alias IP) sizing rules, from the GKE documentation "Configure maximum Pods per node":
 * the node's Pod range "always contains at least twice as many addresses as the maximum number of Pods per
 * node", i.e. the smallest prefix with ≥ 2 × maxPods addresses — 8 → /28, 9–16 → /27, 17–32 → /26,
 * 33–64 → /25, 65–110 → /24. Standard clusters accept 8–110 in that table; newer GKE versions raise the
 * ceiling to 256 (→ /23), which the same rule gives but the documented table does not list, so those
 * figures are marked inexact. The cluster's Pod range then holds 2^(nodeLength − podRangeLength) nodes, and
 * a node subnet of /N holds 2^(32 − N) − 4 nodes (four reserved addresses per Google Cloud subnet).
 */
import { Prefix } from '../net';
import { figure, pow2, type Figure } from './types';

export const GKE_MIN_MAX_PODS = 8;
export const GKE_DOCUMENTED_MAX_PODS = 110;
export const GKE_MAX_MAX_PODS = 256;
export const GCP_SUBNET_RESERVED = 4;

export type GkeNodeRange =
  | { readonly ok: true; readonly maxPods: number; readonly length: Figure<number>; readonly addresses: number }
  | { readonly ok: false; readonly maxPods: number; readonly message: string };

/** The per-node Pod range for `maxPods` (IPv4 alias ranges). */
export function gkeNodeRange(maxPods: number): GkeNodeRange {
  if (!Number.isInteger(maxPods) || maxPods < GKE_MIN_MAX_PODS || maxPods > GKE_MAX_MAX_PODS) {
    return { ok: false, maxPods, message: `max Pods per node must be an integer from ${GKE_MIN_MAX_PODS} to ${GKE_MAX_MAX_PODS}, got ${maxPods}` };
  }
  let hostBits = 0;
  while (2 ** hostBits < 2 * maxPods) hostBits++;
  const length = 32 - hostBits;
  const documented = maxPods <= GKE_DOCUMENTED_MAX_PODS;
  const detail =
    `smallest prefix with ≥ 2 × ${maxPods} = ${2 * maxPods} addresses: /${length} (${2 ** hostBits} addresses)` +
    (documented ? '' : `; above the documented table's ${GKE_DOCUMENTED_MAX_PODS}, the same rule is applied`);
  return { ok: true, maxPods, length: figure(length, 'gke.nodeRange', detail, 'gkeMaxPods', documented), addresses: 2 ** hostBits };
}

/** Nodes a Pod range can serve with per-node ranges of `nodeLength` bits (0 when the range is smaller than one). */
export function gkeMaxNodes(podRange: Prefix, nodeLength: number): Figure<number> {
  const n = nodeLength < podRange.length ? 0n : pow2(nodeLength - podRange.length);
  return figure(
    Number(n),
    'gke.maxNodesFromPodRange',
    nodeLength < podRange.length
      ? `${podRange.toString()} is smaller than one /${nodeLength} node range`
      : `2^(${nodeLength} − ${podRange.length}) = ${n} node ranges of /${nodeLength} in ${podRange.toString()}`,
    'gkeMaxPods',
  );
}

/** Nodes a primary subnet range can address: 2^(32 − N) − 4. */
export function gcpSubnetMaxNodes(subnet: Prefix): Figure<number> {
  const total = subnet.size();
  const n = total > BigInt(GCP_SUBNET_RESERVED) ? total - BigInt(GCP_SUBNET_RESERVED) : 0n;
  return figure(Number(n), 'gcp.subnetHosts', `${total} addresses − ${GCP_SUBNET_RESERVED} reserved`, 'gcpSubnetReserved');
}
