/**
 * A node's effective route table: derived (local.ts + remote.ts) combined with the topology's explicit
 * routes, and the longest-prefix-match lookup the tracer uses.
 *
 * Combination rule (README.md "Explicit routes"): an explicit route replaces every derived route with the
 * same destination and adds itself otherwise — unless the explicit routes of a family include the node's
 * own connected route (a route without `via` whose destination holds the node's address): then they are a
 * pasted `ip route show`, the whole table, and nothing is derived for that family.
 *
 * Lookup never lists the remote routes: it asks the pod-CIDR trie which node owns the destination and
 * derives that one route (remote.ts), then takes the longest of the three candidates (explicit, local,
 * remote) — the longest match of a union is the longest of the matches of its parts. On equal length,
 * explicit wins (it replaces), then local.
 */
import { addressOf, type NetworkIndex, type NodeInfo } from '../model/indexes';
import type { IpFamily } from '../model/topology';
import { PrefixTrie, type IpAddress } from '../net';
import { tableRoute, localRoutes } from './local';
import { remoteRoute } from './remote';
import type { NodeRouteTable, NodeRouting, RouteLookup, SkippedRoute, TableMode, TableRoute } from './types';

const FAMILIES: readonly IpFamily[] = ['IPv4', 'IPv6'];

/** Lower metric first (null counts as 0, as the kernel does); stable otherwise. */
function byMetric(a: TableRoute, b: TableRoute): number {
  return (a.route.metric ?? 0) - (b.route.metric ?? 0);
}

function trieOf(routes: readonly TableRoute[]): PrefixTrie<readonly TableRoute[]> {
  const groups = new Map<string, TableRoute[]>();
  for (const r of routes) {
    const key = r.prefix.toString();
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  const trie = new PrefixTrie<readonly TableRoute[]>();
  for (const list of groups.values()) trie.set(list[0]!.prefix, [...list].sort(byMetric));
  return trie;
}

function isOwnConnectedRoute(r: TableRoute, nodeIp: IpAddress | null): boolean {
  return nodeIp !== null && r.route.type === 'unicast' && r.via === null && r.route.dev !== null && r.prefix.length < r.prefix.bits && r.prefix.contains(nodeIp);
}

function modeFor(explicit: readonly TableRoute[], node: NodeInfo, family: IpFamily): TableMode {
  const mine = explicit.filter((r) => r.prefix.family === family);
  if (mine.length === 0) return 'derived';
  return mine.some((r) => isOwnConnectedRoute(r, addressOf(node, family))) ? 'explicit' : 'derived+explicit';
}

function notesFor(index: NetworkIndex): string[] {
  const { plan } = index;
  const notes: string[] = [];
  if (!plan.modeOffered) notes.push(`${plan.plugin} does not offer overlay mode "${plan.mode}": no routes to other nodes' pods are derived`);
  for (const f of plan.families) if (f.note !== null) notes.push(f.note);
  return notes;
}

/** Compile one node's routing state (the snapshot memoizes it per node). */
export function compileNodeRouting(index: NetworkIndex, node: NodeInfo): NodeRouting {
  const explicit = (node.explicitRoutes?.routes ?? []).map((r) => tableRoute(r, 'explicit'));
  const modes = { IPv4: modeFor(explicit, node, 'IPv4'), IPv6: modeFor(explicit, node, 'IPv6') };
  const local = FAMILIES.filter((f) => modes[f] !== 'explicit').flatMap((f) => localRoutes(index, node, f));
  return { node, local: trieOf(local), explicit: trieOf(explicit), modes, notes: notesFor(index) };
}

function longer(a: TableRoute | null, b: TableRoute | null): TableRoute | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.prefix.length > a.prefix.length ? b : a;
}

/** The remote-pod route for `ip`, trying owners from the longest pod CIDR down; skipped routes are reported. */
function remoteCandidate(index: NetworkIndex, routing: NodeRouting, ip: IpAddress, skipped: SkippedRoute[]): TableRoute | null {
  for (const entry of index.podCidrTrie.matches(ip)) {
    const r = remoteRoute(index, routing.node, entry.value, ip.family);
    if (r.kind === 'route') return r.route;
    if (r.kind === 'skipped') skipped.push(r.skipped);
  }
  return null;
}

/** The route `routing.node` uses for `ip` (longest prefix, lowest metric), as the kernel's FIB lookup would pick it. */
export function lookupNodeRoute(index: NetworkIndex, routing: NodeRouting, ip: IpAddress): RouteLookup {
  const mode = routing.modes[ip.family];
  const explicit = routing.explicit.lookup(ip)?.value[0] ?? null;
  if (mode === 'explicit') return { route: explicit, skipped: [], mode };
  const skipped: SkippedRoute[] = [];
  const derived = longer(routing.local.lookup(ip)?.value[0] ?? null, remoteCandidate(index, routing, ip, skipped));
  // Explicit wins ties: a route with the same destination replaces the derived one.
  const best = explicit !== null && (derived === null || explicit.prefix.length >= derived.prefix.length) ? explicit : derived;
  const hidden = skipped.filter((s) => best === null || s.prefix.length > best.prefix.length);
  return { route: best, skipped: hidden, mode };
}

/** Every route of the node, as `ip route show` lists them (IPv4 then IPv6, by destination). */
export function listNodeRoutes(index: NetworkIndex, routing: NodeRouting): NodeRouteTable {
  const explicit = [...routing.explicit.entries()].flatMap((e) => e.value);
  const replaced = new Set(explicit.map((r) => r.prefix.toString()));
  const derived: TableRoute[] = [...routing.local.entries()].flatMap((e) => e.value);
  const skipped: SkippedRoute[] = [];
  for (const remote of index.nodes) {
    for (const family of FAMILIES) {
      if (routing.modes[family] === 'explicit') continue;
      const r = remoteRoute(index, routing.node, remote, family);
      if (r.kind === 'route') derived.push(r.route);
      else if (r.kind === 'skipped') skipped.push(r.skipped);
    }
  }
  const routes = [...derived.filter((r) => !replaced.has(r.prefix.toString())), ...explicit].sort((a, b) => a.prefix.compare(b.prefix) || byMetric(a, b));
  const text = routes.map((r) => `${r.text}\n`).join('');
  return { node: routing.node.name, routes, skipped, modes: routing.modes, notes: routing.notes, text };
}
