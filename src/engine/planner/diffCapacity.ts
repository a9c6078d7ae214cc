/**
 * The capacity section of a scenario diff, from src/engine/capacity capacityReport on both sides (node
 * CIDR blocks, pod IPs per node, ClusterIPs per service CIDR). The numbers are that module's; this file
 * only puts them side by side.
 */
import { inferProvider, nodeCidrReport, podCapacityReport, serviceRangeReport, type CapacityReport } from '../capacity';
import { IpAddress, Prefix } from '../net';
import { bothSides } from './sideMemo';
import type { IpFamily, Topology } from '../model/topology';

export interface Figures {
  readonly before: string | number | null;
  readonly after: string | number | null;
}

export interface CapacityDiff {
  /** kube-controller-manager's refusal to start (range allocator), each side. */
  readonly controllerError: { readonly before: string | null; readonly after: string | null };
  readonly nodeCIDRs: readonly { readonly family: IpFamily; readonly clusterCIDR: Figures; readonly blocks: Figures; readonly used: Figures; readonly free: Figures }[];
  /** Nodes the cluster CIDRs can hold (every node takes one block of each family). */
  readonly maxNodes: Figures;
  readonly nodes: Figures;
  readonly pods: { readonly capacity: Figures; readonly placed: Figures; readonly headroom: Figures };
  readonly serviceIPs: readonly { readonly index: number; readonly cidr: Figures; readonly allocatable: Figures; readonly used: Figures; readonly free: Figures }[];
}

const fig = (before: string | number | null | undefined, after: string | number | null | undefined): Figures => ({ before: before ?? null, after: after ?? null });

/**
 * The parts of capacityReport this section shows (node CIDRs, pod capacity, service ranges), with its
 * defaults (inferred IPAM, the `ipaddress` ClusterIP allocator) — not the underlay, provider rules and
 * citations it never reads, which cost as much again on 5,000 nodes.
 */
function figures(t: Topology): Pick<CapacityReport, 'nodeCIDRs' | 'pods' | 'services'> {
  const clusterIPs = t.services.flatMap((s) => s.clusterIPs.map((ip) => IpAddress.parse(ip)));
  return {
    nodeCIDRs: nodeCidrReport(t),
    pods: podCapacityReport(t, { ipam: inferProvider(t).ipam }),
    services: t.serviceCIDRs.map((s, i) => serviceRangeReport(Prefix.parse(s), i, 'ipaddress', clusterIPs)),
  };
}

export function diffCapacity(base: Topology, fork: Topology, reused: string[] = []): CapacityDiff {
  const [b, a] = bothSides(base, fork, 'capacity', '', figures, reused);
  const families = [...new Set([...b.nodeCIDRs.families, ...a.nodeCIDRs.families].map((f) => f.family))];
  const fam = (r: Pick<CapacityReport, 'nodeCIDRs'>, f: IpFamily) => r.nodeCIDRs.families.find((x) => x.family === f);
  const services = Math.max(b.services.length, a.services.length);
  return {
    controllerError: { before: b.nodeCIDRs.controllerError, after: a.nodeCIDRs.controllerError },
    nodeCIDRs: families.map((family) => {
      const x = fam(b, family);
      const y = fam(a, family);
      return { family, clusterCIDR: fig(x?.clusterCIDR, y?.clusterCIDR), blocks: fig(x?.blocks.value, y?.blocks.value), used: fig(x?.used, y?.used), free: fig(x?.free.value, y?.free.value) };
    }),
    maxNodes: fig(b.nodeCIDRs.maxNodes?.value, a.nodeCIDRs.maxNodes?.value),
    nodes: fig(b.nodeCIDRs.nodes, a.nodeCIDRs.nodes),
    pods: { capacity: fig(b.pods.totals.capacity, a.pods.totals.capacity), placed: fig(b.pods.totals.podsPlaced, a.pods.totals.podsPlaced), headroom: fig(b.pods.totals.headroom, a.pods.totals.headroom) },
    serviceIPs: Array.from({ length: services }, (_, index) => {
      const x = b.services[index];
      const y = a.services[index];
      return { index, cidr: fig(x?.cidr, y?.cidr), allocatable: fig(x?.allocatable.value, y?.allocatable.value), used: fig(x?.used, y?.used), free: fig(x?.free, y?.free) };
    }),
  };
}
