/**
 * Reads and writes route tables in the text form `ip route show` / `ip -6 route show` prints (iproute2,
 * ip/iproute.c print_route), so users can paste a node's real table into a topology document.
 *
 * What it keeps is what the model has: type, destination, via, dev, src, metric, onlink. Words that describe a
 * route but do not change where a packet goes (proto, scope, table, pref, expires, mtu and the other metrics,
 * flags like linkdown) are read and dropped. Lines it could misread are refused with their line number rather
 * than half-understood: multipath `nexthop` routes, `throw`/`nat` types, source-specific `from` routes.
 * broadcast/multicast/anycast entries (what `ip route show table local` lists) are skipped with a warning.
 */
import { formatRoute } from '../engine/routing/format';
import { ROUTE_TYPES, type IpFamily, type Route, type RouteType } from '../engine/model/topology';
import { buildRoute, MAX_METRIC, type RouteFields } from './routes';

export interface IpRouteLineProblem {
  readonly line: number;
  readonly message: string;
}

export interface IpRouteTable {
  readonly routes: Route[];
  readonly errors: IpRouteLineProblem[];
  readonly warnings: IpRouteLineProblem[];
}

export interface IpRouteOptions {
  /** Family of `default` routes without a `via` (`ip -6 route` prints `default dev wg0`); IPv4 if not given. */
  readonly family?: IpFamily;
}

const SKIPPED_TYPES = new Set(['broadcast', 'multicast', 'anycast']);
const REFUSED_TYPES = new Set(['throw', 'nat']);
/** Keywords followed by one value that does not affect forwarding in the model. */
const IGNORED_WITH_VALUE = new Set([
  'proto', 'protocol', 'scope', 'table', 'realm', 'realms', 'pref', 'expires', 'error', 'tos', 'dsfield',
  'mtu', 'advmss', 'rtt', 'rttvar', 'reordering', 'window', 'cwnd', 'initcwnd', 'initrwnd', 'ssthresh',
  'hoplimit', 'features', 'quickack', 'congctl', 'fastopen_no_cookie', 'rto_min', 'nhid', 'ttl-propagate',
]);
/** Flags iproute2 prints after a route's attributes. */
const IGNORED_FLAGS = new Set([
  'linkdown', 'dead', 'pervasive', 'offload', 'trap', 'rt_offload', 'rt_trap', 'rt_offload_failed', 'notify',
  'cloned', 'cache', 'unresolved',
]);
/** Keywords that take `lock` before their value (`mtu lock 1400`). */
const LOCKABLE = new Set(['mtu', 'advmss', 'rtt', 'rttvar', 'reordering', 'window', 'cwnd', 'initcwnd', 'initrwnd', 'ssthresh', 'hoplimit']);

export function parseIpRoute(text: string, options: IpRouteOptions = {}): IpRouteTable {
  const routes: Route[] = [];
  const errors: IpRouteLineProblem[] = [];
  const warnings: IpRouteLineProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const result = parseLine(trimmed, options.family ?? 'IPv4');
    if (result.kind === 'route') routes.push(result.route);
    else if (result.kind === 'skip') warnings.push({ line, message: `line ${line}: ${result.message}` });
    else for (const message of result.messages) errors.push({ line, message: `line ${line}: ${message}` });
  });
  return { routes, errors, warnings };
}

type LineResult =
  | { kind: 'route'; route: Route }
  | { kind: 'skip'; message: string }
  | { kind: 'error'; messages: string[] };

function parseLine(line: string, family: IpFamily): LineResult {
  const words = line.split(/\s+/);
  let at = 0;
  const first = words[0] ?? '';
  if (first === 'nexthop') return refuse('multipath routes (nexthop lines) are not supported; list one route per next hop');
  if (SKIPPED_TYPES.has(first)) return { kind: 'skip', message: `${first} route skipped (not used for forwarding in the model)` };
  if (REFUSED_TYPES.has(first)) return refuse(`"${first}" routes are not supported`);
  let type: RouteType = 'unicast';
  if ((ROUTE_TYPES as readonly string[]).includes(first)) {
    type = first as RouteType;
    at++;
  }
  const destination = words[at++];
  if (destination === undefined) return refuse(`missing destination after "${type}"`);
  const fields: { -readonly [K in keyof RouteFields]: RouteFields[K] } = { destination, type };
  while (at < words.length) {
    const word = words[at++] as string;
    if (word === 'onlink') {
      fields.onlink = true;
      continue;
    }
    if (IGNORED_FLAGS.has(word)) continue;
    if (word === 'nexthop') return refuse('multipath routes (nexthop) are not supported; list one route per next hop');
    if (word === 'from') return refuse('source-specific routes ("from") are not supported');
    let value = words[at++];
    if (value === undefined) return refuse(`"${word}" needs a value`);
    if (word === 'via' && (value === 'inet' || value === 'inet6')) value = words[at++];
    if (LOCKABLE.has(word) && value === 'lock') value = words[at++];
    if (value === undefined) return refuse(`"${word}" needs a value`);
    if (word === 'via' || word === 'gw') fields.via = value;
    else if (word === 'dev' || word === 'oif') fields.dev = value;
    else if (word === 'src') fields.src = value;
    else if (word === 'metric' || word === 'preference' || word === 'priority') {
      if (!/^[0-9]+$/.test(value) || Number(value) > MAX_METRIC) return refuse(`metric ${JSON.stringify(value)} is not a number between 0 and ${MAX_METRIC}`);
      fields.metric = Number(value);
    } else if (!IGNORED_WITH_VALUE.has(word)) return refuse(`unknown word ${JSON.stringify(word)}`);
  }
  const messages: string[] = [];
  const route = buildRoute(fields, (field, message) => messages.push(`${field}: ${message}`), family);
  return route === null ? { kind: 'error', messages } : { kind: 'route', route };
}

function refuse(message: string): LineResult {
  return { kind: 'error', messages: [message] };
}

/** One route as `ip route` prints it (the engine's formatter: traces quote the same text); parseIpRoute reads it back. */
export { formatRoute };

/** A whole table, one route per line, with the trailing newline `ip route` output has. */
export function formatIpRoute(routes: readonly Route[]): string {
  return routes.map((route) => `${formatRoute(route)}\n`).join('');
}

