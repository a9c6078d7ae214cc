/** The route-table data the routing folder produces; see README.md for what each plugin installs. */
import type { CniPlugin, IpFamily, Route } from '../model/topology';
import type { IpAddress, Prefix, PrefixTrie } from '../net';
import type { NodeInfo, SubnetInfo } from '../model/indexes';

/**
 * Where a route comes from: the kernel (the node's own subnet), the node's default route, the CNI plugin,
 * or the topology's explicit `nodeRoutes`.
 */
export type RouteOrigin = 'connected' | 'default' | 'explicit' | `cni:${CniPlugin}`;

export interface TableRoute {
  /** The route as `ip route` would show it. */
  readonly route: Route;
  readonly origin: RouteOrigin;
  readonly prefix: Prefix;
  readonly via: IpAddress | null;
  /** `formatRoute(route)`: the text traces quote. */
  readonly text: string;
  /** For CNI routes to another node's pods: that node (the tunnel peer or next-hop node). */
  readonly peer: NodeInfo | null;
}

/** A route the plugin tries to install but the kernel refuses (host-gw across subnets), with upstream's log line. */
export interface SkippedRoute {
  readonly route: Route;
  readonly text: string;
  readonly prefix: Prefix;
  readonly reason: string;
}

/**
 * How a node's table is formed, per family:
 * - `derived`: what the CNI would install (no explicit routes of this family);
 * - `derived+explicit`: derived, with explicit routes replacing derived ones of the same destination and adding others;
 * - `explicit`: the explicit routes alone — chosen when they include the node's own connected route, i.e. they
 *   look like a pasted `ip route show`, which already is the whole table.
 */
export type TableMode = 'derived' | 'derived+explicit' | 'explicit';

/** One node's compiled routing state (built lazily per node by the snapshot). */
export interface NodeRouting {
  readonly node: NodeInfo;
  /** Derived routes that do not depend on other nodes (connected, default, local pods, cluster-wide tunnel routes). */
  readonly local: PrefixTrie<readonly TableRoute[]>;
  readonly explicit: PrefixTrie<readonly TableRoute[]>;
  readonly modes: Readonly<Record<IpFamily, TableMode>>;
  /** Why some routes are absent (family not carried, mode not offered…). */
  readonly notes: readonly string[];
}

export interface RouteLookup {
  /** The route the kernel would pick; null = no route. */
  readonly route: TableRoute | null;
  /** Routes the plugin could not install that would have matched more specifically. */
  readonly skipped: readonly SkippedRoute[];
  readonly mode: TableMode;
}

/** One node's whole table, `ip route show` order (by destination), with origins. */
export interface NodeRouteTable {
  readonly node: string;
  readonly routes: readonly TableRoute[];
  readonly skipped: readonly SkippedRoute[];
  readonly modes: Readonly<Record<IpFamily, TableMode>>;
  readonly notes: readonly string[];
  /** The routes as `ip route show` / `ip -6 route show` text, one per line. */
  readonly text: string;
}

export interface UnderlayRoute {
  readonly route: Route;
  readonly prefix: Prefix;
  readonly via: IpAddress | null;
  readonly text: string;
  /** `connected`: a subnet the routers sit on (its gateway); `explicit`: topology.underlay.routes. */
  readonly origin: 'connected' | 'explicit';
  /** The connected subnet (for connected routes). */
  readonly subnet: SubnetInfo | null;
}

export interface UnderlayTable {
  readonly trie: PrefixTrie<readonly UnderlayRoute[]>;
  readonly routes: readonly UnderlayRoute[];
}
