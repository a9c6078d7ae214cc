/**
 * Routes inside operations: `{ destination, via?, dev?, type?, metric?, src?, onlink? }` with the same rules
 * a topology document's routes follow (src/io README "A route"): `default` is 0.0.0.0/0, or ::/0 when
 * `via` is IPv6; `via` and `src` must be of the destination's family.
 */
import { ROUTE_TYPES, type Route } from '../model/topology';
import { cidrProblem, Fields, type Check } from './fields';
import { interfaceNameProblem } from '../model/names';
import type { Problem, RouteSpec } from './operations';

const ROUTE_FIELDS = ['destination', 'via', 'dev', 'type', 'metric', 'src', 'onlink'];
const MAX_METRIC = 4294967295;

/** A destination: a CIDR or `default` (the family follows `viaFamily`, IPv4 when unknown). */
export function readDestination(f: Fields, key: string, viaFamily: 'IPv4' | 'IPv6' | null): string | undefined {
  const text = f.required(key, (k) => f.string(k));
  if (text === undefined) return undefined;
  if (text === 'default') return viaFamily === 'IPv6' ? '::/0' : '0.0.0.0/0';
  const r = cidrProblem(text);
  return 'cidr' in r ? r.cidr : f.fail(key, r.problem);
}

export function familyOfCidr(cidr: string): 'IPv4' | 'IPv6' {
  return cidr.includes(':') ? 'IPv6' : 'IPv4';
}

const dev: Check<string> = interfaceNameProblem;

export function parseRouteSpec(value: unknown, path: string, problems: Problem[]): Route | undefined {
  const f = Fields.of(value, path, problems, ROUTE_FIELDS);
  if (f === undefined) return undefined;
  const via = f.ipOrNull('via');
  const destination = readDestination(f, 'destination', via?.family ?? null);
  const src = f.ipOrNull('src');
  const route: Route = {
    destination: destination ?? '',
    via: via?.ip ?? null,
    dev: f.raw('dev') === null ? null : (f.string('dev', dev) ?? null),
    type: f.oneOf('type', ROUTE_TYPES) ?? 'unicast',
    metric: f.intOrNull('metric', 0, MAX_METRIC) ?? null,
    src: src?.ip ?? null,
    onlink: f.bool('onlink') ?? false,
  };
  if (destination !== undefined) {
    const family = familyOfCidr(destination);
    if (via && via.family !== family) f.fail('via', `${via.ip} is ${via.family} but the destination ${destination} is ${family}`);
    if (src && src.family !== family) f.fail('src', `${src.ip} is ${src.family} but the destination ${destination} is ${family}`);
  }
  if (route.type === 'unicast' && route.via === null && route.dev === null) f.fail('destination', 'a unicast route needs a via or a dev');
  return f.ok ? route : undefined;
}

/** The canonical RouteSpec form of a route (fields equal to the defaults left out). */
export function routeSpecOf(r: Route): RouteSpec {
  const out: { -readonly [K in keyof RouteSpec]: RouteSpec[K] } = { destination: r.destination };
  if (r.via !== null) out.via = r.via;
  if (r.dev !== null) out.dev = r.dev;
  if (r.type !== 'unicast') out.type = r.type;
  if (r.metric !== null) out.metric = r.metric;
  if (r.src !== null) out.src = r.src;
  if (r.onlink) out.onlink = true;
  return out;
}

/** A RouteSpec (already canonical) as the model's Route. */
export function routeOf(s: RouteSpec): Route {
  return { destination: s.destination, via: s.via ?? null, dev: s.dev ?? null, type: s.type ?? 'unicast', metric: s.metric ?? null, src: s.src ?? null, onlink: s.onlink ?? false };
}
