/**
 * The map of one topology: underlay subnets (grouped by zone on demand) with their gateways, the nodes in each with
 * their addresses and pod CIDRs, the overlay between them (which pairs tunnel and what it costs, which are routed),
 * external networks, and on demand Services with edges to the nodes that host their endpoints.
 *
 * Legibility: above `maxNodes` drawn nodes, each group (subnet or zone) is drawn as one box that counts its nodes and
 * pods, and the title says so. `group` (one subnet/zone/node name) and `namespace` narrow the picture first.
 */
import type { ClusterNode, Topology } from '../engine/model/topology';
import { encapPlan, encapsulates, type EncapPlan } from '../engine/overlay';
import { leftLabel, newCluster, newGraph, printDot, wrap, type DotCluster, type DotGraph } from './dot';
import { BASE_EDGE, BASE_GRAPH, BASE_NODE, COLORS } from './style';

export type MapGroupBy = 'subnet' | 'zone' | 'node';
export const MAP_GROUP_BY: readonly MapGroupBy[] = ['subnet', 'zone', 'node'];

export interface TopologyMapOptions {
  /** subnet (default): boxes per subnet, aggregated per subnet; zone: subnets inside zone boxes, aggregated per zone; node: never aggregated. */
  readonly groupBy?: MapGroupBy;
  /** Only this group: a subnet name (or zone, or node name, per groupBy). */
  readonly group?: string;
  /** Only this namespace's pods and Services (implies services). */
  readonly namespace?: string;
  /** Draw Services and edges to the nodes hosting their endpoints. */
  readonly services?: boolean;
  /** Above this many nodes, groups are drawn as one box each (default 40). */
  readonly maxNodes?: number;
}

export const DEFAULT_MAX_NODES = 40;
/** Between more subnets than this, overlay edges would hide the map: the title states the rule instead. */
const MAX_OVERLAY_EDGE_SUBNETS = 6;
const MAX_SERVICES = 30;

export class MapOptionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

interface SubnetInfo {
  readonly name: string;
  readonly cidr: string | null;
  readonly zone: string | null;
  readonly gateway: string | null;
  readonly mtu: number;
  readonly nodes: ClusterNode[];
}

function subnetsOf(t: Topology): SubnetInfo[] {
  const out = t.underlay.subnets.map((s): SubnetInfo => ({ name: s.name, cidr: s.cidr, zone: s.zone, gateway: s.gateway, mtu: s.mtu ?? t.underlay.mtu, nodes: [] }));
  const byName = new Map(out.map((s) => [s.name, s]));
  for (const node of t.nodes) {
    let s = byName.get(node.subnet ?? '(no subnet)');
    if (s === undefined) {
      s = { name: node.subnet ?? '(no subnet)', cidr: null, zone: null, gateway: null, mtu: t.underlay.mtu, nodes: [] };
      byName.set(s.name, s);
      out.push(s);
    }
    s.nodes.push(node);
  }
  return out;
}

function overlayText(plan: EncapPlan, from: string | null, to: string | null): { tunnel: boolean; text: string } {
  const fp = plan.families[0];
  if (fp === undefined || !fp.supported) return { tunnel: false, text: 'not carried' };
  if (!encapsulates(plan, fp.family, from, to)) return { tunnel: false, text: 'routed (no encapsulation)' };
  return { tunnel: true, text: `${fp.mode.toUpperCase()} tunnel, +${fp.encapsulation.bytes} B per packet` };
}

function overlaySummary(t: Topology, plan: EncapPlan): string {
  const fp = plan.families[0];
  const name = `${t.cni.plugin} ${t.cni.overlay}${plan.crossSubnet ? ' (cross-subnet)' : ''}`;
  if (fp === undefined || !fp.encapsulating) return `${name}: routed, pod packets cross the underlay as they are`;
  if (plan.crossSubnet) return `${name}: routed within a subnet, ${fp.mode.toUpperCase()} (+${fp.encapsulation.bytes} B) between subnets`;
  return `${name}: every node pair tunnels, ${fp.mode.toUpperCase()} (+${fp.encapsulation.bytes} B per packet)`;
}

function podRange(nodes: readonly ClusterNode[]): string {
  const cidrs = nodes.flatMap((n) => n.podCIDRs.slice(0, 1));
  if (cidrs.length === 0) return 'no pod CIDRs yet';
  return cidrs.length === 1 ? `pods ${cidrs[0]}` : `pod CIDRs ${cidrs[0]} … ${cidrs[cidrs.length - 1]} (${cidrs.length})`;
}

export function topologyMap(t: Topology, options: TopologyMapOptions = {}): string {
  const groupBy = options.groupBy ?? 'subnet';
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const plan = encapPlan(t);
  const podsOn = new Map<string, number>();
  for (const p of t.pods) {
    if (p.nodeName === null || (options.namespace !== undefined && p.namespace !== options.namespace)) continue;
    podsOn.set(p.nodeName, (podsOn.get(p.nodeName) ?? 0) + 1);
  }
  const keep = (n: ClusterNode, s: SubnetInfo) =>
    (options.group === undefined || (groupBy === 'node' ? n.name : groupBy === 'zone' ? s.zone : s.name) === options.group) &&
    (options.namespace === undefined || podsOn.has(n.name));
  const subnets = subnetsOf(t)
    .map((s) => ({ ...s, nodes: s.nodes.filter((n) => keep(n, s)) }))
    .filter((s) => s.nodes.length > 0 || (options.group === undefined && options.namespace === undefined));
  if (options.group !== undefined && subnets.length === 0) throw new MapOptionError('group', `no ${groupBy} named "${options.group}" has nodes in ${t.name}`);
  const drawn = subnets.reduce((a, s) => a + s.nodes.length, 0);
  const aggregate = groupBy !== 'node' && drawn > maxNodes;

  const title = [
    `${t.name}: ${t.nodes.length} nodes, ${t.pods.length} pods, ${t.services.length} Services · pod CIDRs ${t.podCIDRs.join(', ')} · Service CIDRs ${t.serviceCIDRs.join(', ')}`,
    `overlay ${overlaySummary(t, plan)}`,
  ];
  if (options.namespace !== undefined) title.push(`namespace ${options.namespace} only: ${drawn} nodes host its pods`);
  if (options.group !== undefined) title.push(`${groupBy} ${options.group} only`);
  if (aggregate) title.push(`AGGREGATED: ${drawn} nodes exceed the ${maxNodes}-node limit, so each ${groupBy} is drawn as one box (narrow with a group filter, or group by node)`);

  const g = newGraph('graph', 'topology', { ...BASE_GRAPH, label: leftLabel(wrap(title.join('\n'), 110)), rankdir: 'LR', compound: true, nodesep: 0.15, ranksep: 0.6 }, BASE_NODE, BASE_EDGE);
  g.nodes.push({ id: 'underlay', attrs: { id: 'underlay', label: `underlay routers\nMTU ${t.underlay.mtu}${t.underlay.routes.length ? `\n${t.underlay.routes.length} explicit route${t.underlay.routes.length === 1 ? '' : 's'}` : ''}`, shape: 'cylinder', fillcolor: COLORS.routerFill } });
  for (const x of t.externalNetworks) {
    const id = `external:${x.name}`;
    g.nodes.push({ id, attrs: { id, label: `${x.name}\n${x.cidr} (${x.kind})`, shape: 'box', style: 'dashed', fillcolor: 'white' } });
    g.edges.push({ from: 'underlay', to: id, attrs: { style: 'dashed', color: COLORS.muted } });
  }

  const zoneClusters = new Map<string, DotCluster>();
  const nodeBox = new Map<string, string>();
  for (const s of subnets) {
    const within = overlayText(plan, s.name, s.name);
    const cluster = newCluster(`subnet:${s.name}`, {
      id: `subnet:${s.name}`,
      label: leftLabel(`subnet ${s.name}${s.cidr ? ` ${s.cidr}` : ''}${s.zone ? ` · ${s.zone}` : ''} · MTU ${s.mtu}\nwithin: ${within.text}`),
      style: 'rounded,filled',
      fillcolor: COLORS.hostFill,
      color: COLORS.muted,
    });
    let parent: DotGraph | DotCluster = g;
    if (groupBy === 'zone') {
      const zone = s.zone ?? '(no zone)';
      let z = zoneClusters.get(zone);
      if (z === undefined) {
        z = newCluster(`zone:${zone}`, { id: `zone:${zone}`, label: `zone ${zone}`, style: 'dashed', color: COLORS.line });
        zoneClusters.set(zone, z);
        g.clusters.push(z);
      }
      parent = z;
    }
    parent.clusters.push(cluster);
    const gw = `gw:${s.name}`;
    cluster.nodes.push({ id: gw, attrs: { id: gw, label: s.gateway ? `gateway\n${s.gateway}` : 'gateway', shape: 'ellipse', fillcolor: 'white', fontsize: 9 } });
    g.edges.push({ from: gw, to: 'underlay', attrs: { label: `MTU ${s.mtu}`, color: COLORS.line } });
    if (aggregate) {
      const id = `group:${s.name}`;
      const pods = s.nodes.reduce((a, n) => a + (podsOn.get(n.name) ?? 0), 0);
      const names = s.nodes.length > 1 ? `${s.nodes[0]!.name} … ${s.nodes[s.nodes.length - 1]!.name}` : (s.nodes[0]?.name ?? '');
      cluster.nodes.push({ id, attrs: { id, class: 'aggregate', label: leftLabel(`${s.nodes.length} nodes (aggregated)\n${names}\n${podRange(s.nodes)}\n${pods} pods`), penwidth: 2, peripheries: 2 } });
      g.edges.push({ from: id, to: gw, attrs: { color: COLORS.muted } });
      for (const n of s.nodes) nodeBox.set(n.name, id);
    } else {
      for (const n of s.nodes) {
        const id = `node:${n.name}`;
        const pods = podsOn.get(n.name) ?? 0;
        cluster.nodes.push({ id, attrs: { id, class: 'node', label: leftLabel(`${n.name}\n${n.internalIPs.join(', ')}\n${podRange([n])}${n.podCIDRs.length > 1 ? ` + ${n.podCIDRs.slice(1).join(', ')}` : ''}\n${pods} pod${pods === 1 ? '' : 's'}`) } });
        g.edges.push({ from: id, to: gw, attrs: { color: COLORS.muted } });
        nodeBox.set(n.name, id);
      }
    }
  }

  if (subnets.length <= MAX_OVERLAY_EDGE_SUBNETS) {
    subnets.forEach((a, i) =>
      subnets.slice(i + 1).forEach((b) => {
        const o = overlayText(plan, a.name, b.name);
        g.edges.push({
          from: `gw:${a.name}`,
          to: `gw:${b.name}`,
          attrs: { xlabel: o.text, class: o.tunnel ? 'tunnel' : 'routed', constraint: false, style: o.tunnel ? 'dashed' : 'dotted', color: o.tunnel ? COLORS.tunnel : COLORS.ok, fontcolor: o.tunnel ? COLORS.tunnel : COLORS.ok, penwidth: 2 },
        });
      }),
    );
  }

  if (options.services || options.namespace !== undefined) addServices(g, t, nodeBox, options.namespace);
  return printDot(g);
}

function addServices(g: DotGraph, t: Topology, nodeBox: ReadonlyMap<string, string>, namespace: string | undefined): void {
  const services = t.services.filter((s) => namespace === undefined || s.namespace === namespace);
  const box = newCluster('services', { id: 'services', label: `Services${namespace ? ` in ${namespace}` : ''} (${services.length})`, style: 'rounded', color: COLORS.muted });
  g.clusters.push(box);
  const podNode = new Map(t.pods.map((p) => [`${p.namespace}/${p.name}`, p.nodeName]));
  for (const s of services.slice(0, MAX_SERVICES)) {
    const id = `svc:${s.namespace}/${s.name}`;
    const ports = s.ports.map((p) => `${p.port}${p.targetPort !== p.port ? `→${p.targetPort}` : ''}/${p.protocol}`).join(' ');
    box.nodes.push({ id, attrs: { id, class: 'service', label: leftLabel(`${s.namespace}/${s.name}\n${s.type} ${s.clusterIPs.join(', ') || (s.headless ? 'headless' : (s.externalName ?? ''))}\n${ports}`), shape: 'component', fillcolor: COLORS.natFill } });
    const hosts = new Map<string, number>();
    for (const slice of t.endpointSlices) {
      if (slice.namespace !== s.namespace || slice.serviceName !== s.name) continue;
      for (const e of slice.endpoints) {
        const nodeName = e.nodeName ?? (e.targetPod ? podNode.get(`${e.targetPod.namespace}/${e.targetPod.name}`) : null) ?? null;
        const target = nodeName !== null ? nodeBox.get(nodeName) : undefined;
        if (target !== undefined) hosts.set(target, (hosts.get(target) ?? 0) + 1);
      }
    }
    for (const [target, count] of hosts) g.edges.push({ from: id, to: target, attrs: { class: 'endpoint', label: count > 1 ? `${count} endpoints` : undefined, style: 'dashed', color: '#1565c0', constraint: false } });
  }
  if (services.length > MAX_SERVICES) box.nodes.push({ id: 'svc:more', attrs: { label: `… and ${services.length - MAX_SERVICES} more Services (filter by namespace)`, style: 'dashed' } });
}
