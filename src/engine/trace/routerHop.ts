/**
 * The underlay routers (one logical router with an interface, the gateway, on every subnet). Its table is
 * the subnets it is connected to plus topology.underlay.routes (src/engine/routing/underlay.ts). What it
 * does with each kind of route:
 * - connected subnet → deliver on that subnet to whoever owns the address (ARP);
 * - `via` a node → forward to that node (a cloud route to an instance, GKE routes-based / AWS VPC entries);
 * - `via` anything else, or no route at all → the packet leaves the modeled network: EXITS_CLUSTER for an
 *   outside address; NO_ROUTE for an address of the cluster (pod or service range), because routers
 *   outside the model are assumed not to carry pod CIDRs (public clouds do not unless routes are added);
 * - blackhole / unreachable / prohibit → DROPPED;
 * - a Service's load-balancer IP that would leave the model goes to its cloud load balancer (loadBalancer.ts).
 */
import type { SubnetInfo } from '../model/indexes';
import { IpAddress } from '../net';
import { lookupUnderlay, type UnderlayRoute } from '../routing';
import { toNeighbor } from './egress';
import { clusterOwned } from './facts';
import { loadBalancerHop } from './loadBalancer';
import { DF_ASSUMPTION } from './podHop';
import type { PacketHeaders } from './types';
import { current, end, type Next, type Walk } from './walk';

export const CLOUD_ASSUMPTION =
  'Underlay routers outside the model do not carry pod CIDRs: public clouds route node subnets only, unless routes for pod CIDRs are added (GKE routes-based clusters, AWS VPC route tables) — model those as underlay routes';
export const OUTSIDE_ASSUMPTION =
  'An address the underlay has no route for (or routes to a next hop outside the model) leaves the modeled network, as through the routers\' default route; add a blackhole underlay route to model an isolated network';

function leave(walk: Walk, packet: PacketHeaders, dst: IpAddress, how: string): Next {
  // A load-balancer IP the underlay does not route itself is the cloud load balancer's (loadBalancer.ts).
  const lb = loadBalancerHop(walk, packet, dst, (subnet, nextHop) => onSubnet(walk, subnet, packet, nextHop, false));
  if (lb !== null) return lb;
  if (clusterOwned(walk.snap, dst)) {
    walk.assume(CLOUD_ASSUMPTION);
    walk.step('routing', 'NO_ROUTE', { summary: `the underlay has no route for cluster address ${dst.toString()} (${how})`, packetIn: packet, packetOut: null });
    return end('NO_ROUTE');
  }
  walk.assume(OUTSIDE_ASSUMPTION);
  const network = walk.snap.externalTrie.lookup(dst)?.value;
  const named = network === undefined ? '' : ` (external network ${network.name}, ${network.kind} ${network.cidr})`;
  walk.step('exit', 'EXITED', { summary: `leaves the cluster toward ${dst.toString()}${named}: ${how}`, packetIn: packet, packetOut: null });
  return end('EXITS_CLUSTER');
}

function onSubnet(walk: Walk, subnet: SubnetInfo, packet: PacketHeaders, nextHop: IpAddress, direct: boolean): Next {
  const size = current(packet).size;
  walk.assume(DF_ASSUMPTION);
  if (size > subnet.mtu) {
    walk.step('transmit', 'MTU_EXCEEDED', { summary: `${size} bytes exceed subnet ${subnet.name}'s MTU ${subnet.mtu} at the router`, device: subnet.name, mtu: subnet.mtu, packetIn: packet, packetOut: null });
    return end('MTU_EXCEEDED');
  }
  walk.step('transmit', 'TRANSMITTED', { summary: `sent on subnet ${subnet.name} (MTU ${subnet.mtu}) to ${nextHop.toString()}`, device: subnet.name, mtu: subnet.mtu, packetIn: packet, packetOut: packet });
  return toNeighbor(walk, subnet, nextHop, packet, direct);
}

function explicitRoute(walk: Walk, packet: PacketHeaders, dst: IpAddress, r: UnderlayRoute): Next {
  const snap = walk.snap;
  if (r.via === null) {
    const subnet = r.route.dev === null ? undefined : snap.subnetByName.get(r.route.dev);
    return subnet === undefined ? leave(walk, packet, dst, `${r.text} leads out of the model`) : onSubnet(walk, subnet, packet, dst, true);
  }
  const owner = snap.owners.get(r.via.toString());
  const node = owner?.kind === 'node' ? owner.node : null;
  const subnet = snap.subnetTrie.lookup(r.via)?.value ?? null;
  if (node === null || subnet === null) return leave(walk, packet, dst, `${r.text}: next hop ${r.via.toString()} is not a node of the model`);
  return onSubnet(walk, subnet, packet, r.via, false);
}

export function routerHop(walk: Walk, packet: PacketHeaders): Next {
  walk.enter('underlay', 'router');
  const dst = IpAddress.parse(current(packet).dst);
  const r = lookupUnderlay(walk.snap.underlay, dst);
  if (r === null) return leave(walk, packet, dst, 'no underlay route matches');
  const origin = r.origin === 'connected' ? 'underlay-connected' : 'underlay-explicit';
  if (r.route.type === 'blackhole' || r.route.type === 'unreachable' || r.route.type === 'prohibit') {
    walk.step('routing', 'DROPPED', { summary: `${r.route.type} underlay route: ${r.text}`, route: r.text, routeOrigin: origin, packetIn: packet, packetOut: null });
    return end('DROPPED');
  }
  walk.step('routing', 'FORWARDED', { summary: `underlay: ${r.text} [${r.origin}]`, route: r.text, routeOrigin: origin, packetIn: packet, packetOut: packet });
  if (r.origin === 'connected' && r.subnet !== null) return onSubnet(walk, r.subnet, packet, dst, true);
  return explicitRoute(walk, packet, dst, r);
}
