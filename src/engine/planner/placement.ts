/**
 * Where new pods go and which addresses they get.
 *
 * Placement (a modeling choice, README.md): round-robin over the candidate nodes sorted by name (code-unit
 * order), skipping nodes that already run status.capacity.pods pods (kubelet --max-pods, 110 when unknown;
 * every pod bound to the node counts, hostNetwork ones too) and nodes without a podCIDR to take addresses
 * from. The scheduler's real choice depends on resources and scoring the model does not hold.
 *
 * Addresses: host-local IPAM on the node's podCIDR (containernetworking/plugins
 * plugins/ipam/host-local/backend/allocator/range.go: the range starts after the network address, the
 * gateway takes the first address — the bridge's `.1` — and IPv4 stops before the broadcast address),
 * one address per podCIDR. host-local hands out the address after the last one it reserved; the model
 * has no such history, so it takes the lowest free address, which is what a fresh node does.
 */
import type { ClusterNode, Labels, Pod, Topology } from '../model/topology';
import { DEFAULTS } from '../model/topology';
import { Prefix } from '../net';
import { plural } from './step';

export interface Placement {
  readonly node: ClusterNode;
  readonly ips: readonly string[];
}

export type Placed = { readonly ok: true; readonly placements: readonly Placement[] } | { readonly ok: false; readonly placed: number; readonly reason: string };

export interface PlacementRequest {
  readonly count: number;
  /** Only this node. */
  readonly node?: string;
  readonly nodeSelector?: Labels;
  /** hostNetwork pods take their node's InternalIPs and need no podCIDR. */
  readonly hostNetwork?: boolean;
}

/** Every address in use by nodes and pods (pod IPs must be unique cluster-wide). */
export function usedAddresses(t: Topology): Set<string> {
  const used = new Set<string>();
  for (const n of t.nodes) for (const ip of [...n.internalIPs, ...n.externalIPs]) used.add(ip);
  for (const p of t.pods) if (!p.hostNetwork) for (const ip of p.ips) used.add(ip);
  return used;
}

/** The lowest free address of host-local's range on `cidr` (from the second host address), or null. */
export function nextPodAddress(cidr: Prefix, used: ReadonlySet<string>): string | null {
  const size = cidr.size();
  const last = cidr.family === 'IPv4' && size > 2n ? size - 2n : size - 1n;
  for (let o = 2n; o <= last; o++) {
    const ip = cidr.nth(o)!.toString();
    if (!used.has(ip)) return ip;
  }
  return null;
}

function nodeLabelsMatch(node: ClusterNode, selector: Labels | undefined): boolean {
  return selector === undefined || Object.entries(selector).every(([k, v]) => Object.hasOwn(node.labels, k) && node.labels[k] === v);
}

export function placePods(t: Topology, request: PlacementRequest): Placed {
  const podsOn = new Map<string, number>();
  for (const p of t.pods) if (p.nodeName !== null) podsOn.set(p.nodeName, (podsOn.get(p.nodeName) ?? 0) + 1);
  const candidates = t.nodes
    .filter((n) => (request.node === undefined || n.name === request.node) && nodeLabelsMatch(n, request.nodeSelector))
    .filter((n) => (request.hostNetwork ? n.internalIPs.length > 0 : n.podCIDRs.length > 0))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (candidates.length === 0) {
    const where = request.node !== undefined ? `node ${request.node}` : request.nodeSelector !== undefined ? 'the nodes matching nodeSelector' : 'the cluster';
    return { ok: false, placed: 0, reason: `no node in ${where} can take pods (${request.hostNetwork ? 'none has an InternalIP' : 'none has a podCIDR to take pod addresses from'})` };
  }
  const used = usedAddresses(t);
  const cidrs = new Map(candidates.map((n) => [n.name, n.podCIDRs.map((c) => Prefix.parse(c))]));
  const full = new Set<string>();
  const placements: Placement[] = [];
  let cursor = 0;
  while (placements.length < request.count) {
    let chosen: Placement | null = null;
    for (let k = 0; k < candidates.length && chosen === null; k++) {
      const node = candidates[(cursor + k) % candidates.length]!;
      if (full.has(node.name)) continue;
      const ips = addressesOn(node, cidrs.get(node.name)!, used, request.hostNetwork === true);
      if ((podsOn.get(node.name) ?? 0) >= (node.maxPods ?? DEFAULTS.kubeletMaxPods) || ips === null) {
        full.add(node.name);
        continue;
      }
      cursor = (cursor + k + 1) % candidates.length;
      chosen = { node, ips };
    }
    if (chosen === null) {
      return { ok: false, placed: placements.length, reason: `only ${placements.length} of ${plural(request.count, 'pod')} fit: every candidate node (${candidates.length}) is at its max pods or out of pod addresses` };
    }
    podsOn.set(chosen.node.name, (podsOn.get(chosen.node.name) ?? 0) + 1);
    if (!request.hostNetwork) for (const ip of chosen.ips) used.add(ip);
    placements.push(chosen);
  }
  return { ok: true, placements };
}

function addressesOn(node: ClusterNode, cidrs: readonly Prefix[], used: ReadonlySet<string>, hostNetwork: boolean): string[] | null {
  if (hostNetwork) return [...node.internalIPs];
  const ips: string[] = [];
  for (const c of cidrs) {
    const ip = nextPodAddress(c, used);
    if (ip === null) return null;
    ips.push(ip);
  }
  return ips;
}

/** `<prefix>-<n>` names for `count` new objects, n = 1, 2, … skipping names already in `taken`. */
export function freshNames(prefix: string, count: number, taken: ReadonlySet<string>, pattern = `${prefix}-{n}`): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = pattern.replace('{n}', String(n));
    if (!taken.has(name)) out.push(name);
  }
  return out;
}

/** A pod as the planner creates it: Running and Ready (the model's default for pods without conditions). */
export function makePod(namespace: string, name: string, at: Placement, labels: Labels, ports: Pod['ports'], hostNetwork: boolean): Pod {
  return { namespace, name, nodeName: at.node.name, ips: [...at.ips], hostNetwork, labels: { ...labels }, ports, ready: true };
}
