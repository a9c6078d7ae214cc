/**
 * The underlay routers, modeled as one router with an interface on every subnet (the subnet's gateway).
 * Its table is one connected route per subnet (`<cidr> dev <subnet name>`) plus `topology.underlay.routes`;
 * an explicit route with the same destination replaces the connected one. What the tracer does with each
 * kind of route is in the trace README ("The underlay").
 */
import type { NetworkIndex } from '../model/indexes';
import type { Route } from '../model/topology';
import { IpAddress, Prefix, PrefixTrie } from '../net';
import { formatRoute, route } from './format';
import type { UnderlayRoute, UnderlayTable } from './types';

function underlayRoute(r: Route, origin: UnderlayRoute['origin'], subnet: UnderlayRoute['subnet']): UnderlayRoute {
  return { route: r, prefix: Prefix.parse(r.destination), via: r.via === null ? null : IpAddress.parse(r.via), text: formatRoute(r), origin, subnet };
}

export function buildUnderlayTable(index: NetworkIndex): UnderlayTable {
  const explicit = index.topology.underlay.routes.map((r) => underlayRoute(r, 'explicit', null));
  const replaced = new Set(explicit.map((r) => r.prefix.toString()));
  const connected = index.subnets
    .filter((s) => !replaced.has(s.prefix.toString()))
    .map((s) => underlayRoute(route(s.prefix.toString(), { dev: s.name, src: s.gateway?.toString() ?? null }), 'connected', s));
  const routes = [...connected, ...explicit].sort((a, b) => a.prefix.compare(b.prefix) || (a.route.metric ?? 0) - (b.route.metric ?? 0));
  const groups = new Map<string, UnderlayRoute[]>();
  for (const r of routes) {
    const key = r.prefix.toString();
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  const trie = new PrefixTrie<readonly UnderlayRoute[]>();
  for (const list of groups.values()) trie.set(list[0]!.prefix, list);
  return { trie, routes };
}

/** The underlay route for `ip` (longest prefix, lowest metric), or null. */
export function lookupUnderlay(table: UnderlayTable, ip: IpAddress): UnderlayRoute | null {
  return table.trie.lookup(ip)?.value[0] ?? null;
}
