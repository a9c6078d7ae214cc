/**
 * A route as `ip route show` prints it (iproute2 ip/iproute.c print_route): type (when not unicast),
 * destination (`default` for 0.0.0.0/0, a bare address for a host route), via, dev, src, metric, onlink.
 * The same words src/io/ipRoute.ts reads (and exports, from here), so a rendered table can be pasted back into a topology
 * document.
 */
import type { Route } from '../model/topology';

function destinationWord(route: Route): string {
  const { destination, via } = route;
  if (destination === '0.0.0.0/0') return 'default';
  // `default` reads back as IPv4 unless a via says otherwise, so an IPv6 default without via stays `::/0`.
  if (destination === '::/0' && via !== null) return 'default';
  if (destination.endsWith('/32') && !destination.includes(':')) return destination.slice(0, -3);
  if (destination.endsWith('/128') && destination.includes(':')) return destination.slice(0, -4);
  return destination;
}

export function formatRoute(route: Route): string {
  const words: string[] = [];
  if (route.type !== 'unicast') words.push(route.type);
  words.push(destinationWord(route));
  if (route.via !== null) words.push('via', route.via);
  if (route.dev !== null) words.push('dev', route.dev);
  if (route.src !== null) words.push('src', route.src);
  if (route.metric !== null) words.push('metric', String(route.metric));
  if (route.onlink) words.push('onlink');
  return words.join(' ');
}

/** A Route from its parts; fields not given are null / unicast / not onlink. */
export function route(destination: string, fields: Partial<Omit<Route, 'destination'>> = {}): Route {
  return {
    destination,
    via: fields.via ?? null,
    dev: fields.dev ?? null,
    type: fields.type ?? 'unicast',
    metric: fields.metric ?? null,
    src: fields.src ?? null,
    onlink: fields.onlink ?? false,
  };
}
