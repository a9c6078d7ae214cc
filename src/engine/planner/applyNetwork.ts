/**
 * The cluster's network settings: CNI and overlay, MTUs, underlay subnets and routes, node routes,
 * external networks, kube-proxy. These change one field or one list entry each; what the change does to
 * traffic is the diff's business (diff.ts), not theirs.
 */
import type { Route, Topology, UnderlaySubnet } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { crossSubnetOffered, modeOffered, offeredModes, ROUTED_MODES } from '../overlay';
import type {
  AddExternalNetwork,
  AddNodeRoute,
  AddSubnet,
  AddUnderlayRoute,
  RemoveExternalNetwork,
  RemoveNodeRoute,
  RemoveSubnet,
  RemoveUnderlayRoute,
  SetCni,
  SetKubeProxy,
  SetPodMtu,
  SetUnderlayMtu,
} from './operations';
import { routeOf } from './parseRoute';
import { done, knownNames, listed, plural, reject, type Step } from './step';

/** RFC 8200 §5: every link carrying IPv6 has an MTU of at least 1280. */
export const IPV6_MIN_MTU = 1280;

export function setCni(t: Topology, op: SetCni, path: string): Step {
  const { op: _kind, ...fields } = op;
  const cni: Topology['cni'] = { ...t.cni, ...fields };
  if ((op.plugin !== undefined || op.overlay !== undefined) && !modeOffered(cni.plugin, cni.overlay)) {
    return reject(`${path}.${op.overlay !== undefined ? 'overlay' : 'plugin'}`, `${cni.plugin} has no ${cni.overlay} mode (it offers: ${offeredModes(cni.plugin).join(', ')})`);
  }
  const describe = (c: Topology['cni']) => `${c.plugin}/${c.overlay}${c.crossSubnet ? ' (crossSubnet)' : ''}`;
  const notes = [`CNI ${describe(t.cni)} → ${describe(cni)}`];
  if (cni.crossSubnet && ROUTED_MODES.has(cni.overlay)) notes.push(`crossSubnet has no effect: ${cni.overlay} never encapsulates`);
  else if (cni.crossSubnet && !crossSubnetOffered(cni.plugin, cni.overlay)) notes.push(`${cni.plugin} ${cni.overlay} has no cross-subnet variant: every node pair encapsulates`);
  if (op.plugin !== undefined && op.plugin !== t.cni.plugin && op.bridge === undefined) notes.push(`the bridge device stays ${cni.bridge}`);
  return done({ ...t, cni }, notes);
}

export function setUnderlayMtu(t: Topology, op: SetUnderlayMtu, path: string): Step {
  if (op.subnet === undefined) {
    const own = t.underlay.subnets.filter((s) => s.mtu !== null).map((s) => `${s.name} (${s.mtu})`);
    const notes = [`underlay default MTU ${t.underlay.mtu} → ${op.mtu}`];
    if (own.length > 0) notes.push(`subnets with their own MTU are not affected: ${listed(own)}`);
    return done({ ...t, underlay: { ...t.underlay, mtu: op.mtu ?? t.underlay.mtu } }, notes);
  }
  const subnet = t.underlay.subnets.find((s) => s.name === op.subnet);
  if (subnet === undefined) return reject(`${path}.subnet`, `subnet ${JSON.stringify(op.subnet)} does not exist (subnets: ${knownNames(t.underlay.subnets.map((s) => s.name))})`);
  const effective = op.mtu ?? t.underlay.mtu;
  if (Prefix.parse(subnet.cidr).family === 'IPv6' && effective < IPV6_MIN_MTU) return reject(`${path}.mtu`, `${subnet.name} carries IPv6, whose links need an MTU of at least ${IPV6_MIN_MTU} (RFC 8200 §5)`);
  const notes = [`subnet ${subnet.name} MTU ${subnet.mtu ?? `${t.underlay.mtu} (default)`} → ${op.mtu ?? `${t.underlay.mtu} (default)`}`];
  const own = t.nodes.filter((n) => n.subnet === subnet.name && n.mtu !== null).map((n) => `${n.name} (${n.mtu})`);
  if (own.length > 0) notes.push(`nodes with their own MTU are not affected: ${listed(own)}`);
  const subnets = t.underlay.subnets.map((s) => (s === subnet ? { ...s, mtu: op.mtu } : s));
  return done({ ...t, underlay: { ...t.underlay, subnets } }, notes);
}

export function setPodMtu(t: Topology, op: SetPodMtu): Step {
  return done({ ...t, cni: { ...t.cni, mtu: op.mtu } }, [`pod MTU (cni.mtu) ${t.cni.mtu ?? 'derived'} → ${op.mtu ?? 'derived'}`]);
}

export function addSubnet(t: Topology, op: AddSubnet, path: string): Step {
  if (t.underlay.subnets.some((s) => s.name === op.name)) return reject(`${path}.name`, `subnet ${JSON.stringify(op.name)} already exists`);
  const cidr = Prefix.parse(op.cidr);
  const gateway = op.gateway ?? null;
  if (gateway !== null) {
    const g = IpAddress.parse(gateway);
    if (!cidr.contains(g)) return reject(`${path}.gateway`, `${gateway} is not in ${op.cidr}`);
    if (cidr.family === 'IPv4' && cidr.length <= 30 && (g.equals(cidr.first()) || g.equals(cidr.last()))) return reject(`${path}.gateway`, `${gateway} is the network or broadcast address of ${op.cidr}`);
  }
  if (cidr.family === 'IPv6' && (op.mtu ?? t.underlay.mtu) < IPV6_MIN_MTU) return reject(`${path}.mtu`, `an IPv6 subnet needs an MTU of at least ${IPV6_MIN_MTU} (RFC 8200 §5)`);
  const subnet: UnderlaySubnet = { name: op.name, cidr: op.cidr, gateway, zone: op.zone ?? null, mtu: op.mtu ?? null };
  // A node without a subnet is placed by its first InternalIP at import (src/io inferSubnet); re-homing it here keeps export → import lossless.
  const homed: string[] = [];
  const nodes = t.nodes.map((n) => {
    const first = n.internalIPs[0];
    if (n.subnet !== null || first === undefined || !cidr.contains(IpAddress.parse(first))) return n;
    homed.push(n.name);
    return { ...n, subnet: op.name };
  });
  const notes = [`subnet ${op.name} ${op.cidr}${gateway === null ? ' (no gateway)' : ` gateway ${gateway}`} added`];
  if (homed.length > 0) notes.push(`nodes that had no subnet now sit in ${op.name}: ${listed(homed)}`);
  const overlapping = t.underlay.subnets.filter((s) => Prefix.parse(s.cidr).overlaps(cidr)).map((s) => `${s.name} (${s.cidr})`);
  if (overlapping.length > 0) notes.push(`it overlaps ${listed(overlapping)}`);
  return done({ ...t, nodes, underlay: { ...t.underlay, subnets: [...t.underlay.subnets, subnet] } }, notes);
}

export function removeSubnet(t: Topology, op: RemoveSubnet, path: string): Step {
  const subnet = t.underlay.subnets.find((s) => s.name === op.name);
  if (subnet === undefined) return reject(`${path}.name`, `subnet ${JSON.stringify(op.name)} does not exist (subnets: ${knownNames(t.underlay.subnets.map((s) => s.name))})`);
  const held = t.nodes.filter((n) => n.subnet === subnet.name).map((n) => n.name);
  if (held.length > 0) return reject(`${path}.name`, `subnet ${subnet.name} still holds ${plural(held.length, 'node')} (${listed(held)}); remove them first`);
  const cidr = Prefix.parse(subnet.cidr);
  const notes = [`subnet ${subnet.name} ${subnet.cidr} removed`];
  const via = t.underlay.routes.filter((r) => r.via !== null && cidr.contains(IpAddress.parse(r.via))).map((r) => `${r.destination} via ${r.via}`);
  if (via.length > 0) notes.push(`underlay routes whose next hop was on it: ${listed(via)}`);
  return done({ ...t, underlay: { ...t.underlay, subnets: t.underlay.subnets.filter((s) => s !== subnet) } }, notes);
}

function sameRoute(a: Route, b: Route): boolean {
  return a.destination === b.destination && a.via === b.via && a.dev === b.dev && a.type === b.type && a.metric === b.metric && a.src === b.src && a.onlink === b.onlink;
}

function routeText(r: Route): string {
  return [r.type === 'unicast' ? '' : `${r.type} `, r.destination, r.via === null ? '' : ` via ${r.via}`, r.dev === null ? '' : ` dev ${r.dev}`, r.metric === null ? '' : ` metric ${r.metric}`].join('');
}

/** The one route matching destination (and via when given), or why not. */
function findRoute(routes: readonly Route[], destination: string, via: string | null | undefined): { index: number } | { problem: string } {
  const hits = routes.map((r, i) => ({ r, i })).filter(({ r }) => r.destination === destination && (via === undefined || r.via === via));
  if (hits.length === 1) return { index: hits[0]!.i };
  if (hits.length === 0) {
    const same = routes.filter((r) => r.destination === destination).map(routeText);
    return { problem: same.length > 0 ? `no route to ${destination} via ${via ?? 'none'} (routes to it: ${listed(same)})` : `no route to ${destination} (routes: ${knownNames(routes.map(routeText))})` };
  }
  return { problem: `${hits.length} routes to ${destination} (${listed(hits.map(({ r }) => routeText(r)))}); give via to pick one` };
}

function nodeOwning(t: Topology, ip: string | null): string | null {
  return ip === null ? null : (t.nodes.find((n) => n.internalIPs.includes(ip))?.name ?? null);
}

export function addUnderlayRoute(t: Topology, op: AddUnderlayRoute, path: string): Step {
  const route = routeOf(op.route);
  if (t.underlay.routes.some((r) => sameRoute(r, route))) return reject(`${path}.route`, `the underlay already has the route ${routeText(route)}`);
  const owner = nodeOwning(t, route.via);
  const notes = [`underlay route ${routeText(route)} added${owner === null ? '' : ` (next hop: node ${owner})`}`];
  return done({ ...t, underlay: { ...t.underlay, routes: [...t.underlay.routes, route] } }, notes);
}

export function removeUnderlayRoute(t: Topology, op: RemoveUnderlayRoute, path: string): Step {
  const found = findRoute(t.underlay.routes, op.destination, op.via);
  if ('problem' in found) return reject(`${path}.destination`, `the underlay has ${found.problem}`);
  const route = t.underlay.routes[found.index]!;
  return done({ ...t, underlay: { ...t.underlay, routes: t.underlay.routes.filter((_, i) => i !== found.index) } }, [`underlay route ${routeText(route)} removed`]);
}

export function addNodeRoute(t: Topology, op: AddNodeRoute, path: string): Step {
  if (!t.nodes.some((n) => n.name === op.node)) return reject(`${path}.node`, `node ${JSON.stringify(op.node)} does not exist (nodes: ${knownNames(t.nodes.map((n) => n.name))})`);
  const route = routeOf(op.route);
  const table = t.nodeRoutes.find((x) => x.node === op.node);
  if (table?.routes.some((r) => sameRoute(r, route))) return reject(`${path}.route`, `node ${op.node} already has the route ${routeText(route)}`);
  const nodeRoutes = table === undefined ? [...t.nodeRoutes, { node: op.node, routes: [route] }] : t.nodeRoutes.map((x) => (x === table ? { ...x, routes: [...x.routes, route] } : x));
  const notes = [`node ${op.node}: route ${routeText(route)} added${table === undefined ? ' (its first explicit route: it overrides the derived route to the same destination, the rest stay derived)' : ''}`];
  return done({ ...t, nodeRoutes }, notes);
}

export function removeNodeRoute(t: Topology, op: RemoveNodeRoute, path: string): Step {
  const table = t.nodeRoutes.find((x) => x.node === op.node);
  if (!t.nodes.some((n) => n.name === op.node)) return reject(`${path}.node`, `node ${JSON.stringify(op.node)} does not exist (nodes: ${knownNames(t.nodes.map((n) => n.name))})`);
  if (table === undefined) return reject(`${path}.node`, `node ${op.node} has no explicit routes; derived routes cannot be removed — add an explicit one (e.g. type blackhole) to override one`);
  const found = findRoute(table.routes, op.destination, op.via);
  if ('problem' in found) return reject(`${path}.destination`, `node ${op.node} has ${found.problem}`);
  const route = table.routes[found.index]!;
  const rest = table.routes.filter((_, i) => i !== found.index);
  const nodeRoutes = rest.length === 0 ? t.nodeRoutes.filter((x) => x !== table) : t.nodeRoutes.map((x) => (x === table ? { ...x, routes: rest } : x));
  return done({ ...t, nodeRoutes }, [`node ${op.node}: route ${routeText(route)} removed${rest.length === 0 ? ' (no explicit routes left: the table is all derived again)' : ''}`]);
}

export function addExternalNetwork(t: Topology, op: AddExternalNetwork, path: string): Step {
  if (t.externalNetworks.some((n) => n.name === op.name)) return reject(`${path}.name`, `external network ${JSON.stringify(op.name)} already exists`);
  const network = { name: op.name, cidr: op.cidr, kind: op.kind ?? 'other' };
  return done({ ...t, externalNetworks: [...t.externalNetworks, network] }, [`external network ${op.name} ${op.cidr} (${network.kind}) added`]);
}

export function removeExternalNetwork(t: Topology, op: RemoveExternalNetwork, path: string): Step {
  const network = t.externalNetworks.find((n) => n.name === op.name);
  if (network === undefined) return reject(`${path}.name`, `external network ${JSON.stringify(op.name)} does not exist (external networks: ${knownNames(t.externalNetworks.map((n) => n.name))})`);
  return done({ ...t, externalNetworks: t.externalNetworks.filter((n) => n !== network) }, [`external network ${network.name} ${network.cidr} removed`]);
}

export function setKubeProxy(t: Topology, op: SetKubeProxy): Step {
  const { op: _kind, ...fields } = op;
  const kubeProxy = { ...t.kubeProxy, ...fields };
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).map((k) => `${k} ${JSON.stringify(t.kubeProxy[k])} → ${JSON.stringify(kubeProxy[k])}`);
  return done({ ...t, kubeProxy }, [`kube-proxy: ${changed.join('; ')}`]);
}
