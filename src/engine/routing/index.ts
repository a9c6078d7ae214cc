/**
 * src/engine/routing: the route tables a node has — derived from the CNI plugin and overlay mode, combined
 * with explicit routes — and the underlay routers' table (see README.md).
 */
import type { Snapshot } from '../model/snapshot';
import { IpAddress } from '../net';
import { listNodeRoutes, lookupNodeRoute } from './nodeTable';
import type { NodeRouteTable, RouteLookup } from './types';

export { formatRoute, route } from './format';
export { tableRoute } from './local';
export {
  deviceRole,
  bridgeName,
  gatewayAddress,
  tunnelAddress,
  tunnelDevice,
  tunnelWire,
  hashedVethName,
  UNDERLAY_DEV,
  LINK_LOCAL_GATEWAY,
  type DeviceRole,
  type TunnelWire,
} from './devices';
export { lookupNodeRoute, listNodeRoutes } from './nodeTable';
export { lookupUnderlay } from './underlay';
export { xfrmPolicyFor, type XfrmPolicy } from './xfrm';
export { onLink } from './remote';
export { sha1Hex } from './sha1';
export type { NodeRouteTable, NodeRouting, RouteLookup, RouteOrigin, SkippedRoute, TableMode, TableRoute, UnderlayRoute, UnderlayTable } from './types';

/** The node's whole table (`ip route show` + `ip -6 route show`, with origins); null for an unknown node. */
export function nodeRouteTable(snapshot: Snapshot, nodeName: string): NodeRouteTable | null {
  const node = snapshot.nodeByName.get(nodeName);
  return node === undefined ? null : listNodeRoutes(snapshot, snapshot.routing(node));
}

/** The route `nodeName` picks for `ip` (an address or its canonical text); null for an unknown node. */
export function lookupRoute(snapshot: Snapshot, nodeName: string, ip: IpAddress | string): RouteLookup | null {
  const node = snapshot.nodeByName.get(nodeName);
  if (node === undefined) return null;
  return lookupNodeRoute(snapshot, snapshot.routing(node), typeof ip === 'string' ? IpAddress.parse(ip) : ip);
}
