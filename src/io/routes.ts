/**
 * One route, from either spelling the format allows (a YAML/JSON object or a line of `ip route` output), checked
 * and canonicalized the same way.
 */
import type { IpFamily, Route, RouteType } from '../engine/model/topology';
import { parseIp, parsePrefix, type ParsedIp } from './addresses';
import { interfaceNameProblem } from '../engine/model/names';

export interface RouteFields {
  readonly destination: string;
  readonly via?: string | null;
  readonly dev?: string | null;
  readonly type?: RouteType | null;
  readonly metric?: number | null;
  readonly src?: string | null;
  readonly onlink?: boolean | null;
}

export type RouteField = 'destination' | 'via' | 'dev' | 'src' | 'metric';
export type RouteReport = (field: RouteField, message: string) => void;

export const MAX_METRIC = 4294967295;

/**
 * `destination` may be a prefix, a bare address (a host route, as `ip route` prints them) or `default`, whose
 * family comes from `via`, else from `defaultFamily` (IPv4 unless the caller knows better, e.g. `ip -6 route`).
 */
export function buildRoute(fields: RouteFields, report: RouteReport, defaultFamily: IpFamily = 'IPv4'): Route | null {
  let ok = true;
  const fail: RouteReport = (field, message) => {
    ok = false;
    report(field, message);
  };
  const via = optionalIp(fields.via, 'via', fail);
  const src = optionalIp(fields.src, 'src', fail);
  const destination = parseDestination(fields.destination, via?.family ?? defaultFamily, fail);
  if (destination !== null) {
    for (const [field, ip] of [['via', via], ['src', src]] as const) {
      if (ip !== null && ip.family !== destination.family) {
        fail(field, `${ip.address} is ${ip.family} but the destination ${destination.prefix} is ${destination.family}`);
      }
    }
  }
  const dev = fields.dev ?? null;
  if (dev !== null) {
    const problem = interfaceNameProblem(dev);
    if (problem !== null) fail('dev', `${JSON.stringify(dev)} ${problem}`);
  }
  const metric = fields.metric ?? null;
  if (metric !== null && (!Number.isInteger(metric) || metric < 0 || metric > MAX_METRIC)) {
    fail('metric', `${metric} is out of range (0–${MAX_METRIC})`);
  }
  if (!ok || destination === null) return null;
  return {
    destination: destination.prefix,
    via: via?.address ?? null,
    dev,
    type: fields.type ?? 'unicast',
    metric,
    src: src?.address ?? null,
    onlink: fields.onlink ?? false,
  };
}

function optionalIp(text: string | null | undefined, field: RouteField, fail: RouteReport): ParsedIp | null {
  if (text === undefined || text === null) return null;
  const parsed = parseIp(text);
  if (!parsed.ok) {
    fail(field, parsed.message);
    return null;
  }
  return parsed.value;
}

function parseDestination(text: string, family: IpFamily, fail: RouteReport): { prefix: string; family: IpFamily } | null {
  if (text === 'default') return { prefix: family === 'IPv4' ? '0.0.0.0/0' : '::/0', family };
  if (!text.includes('/')) {
    const host = parseIp(text);
    if (!host.ok) {
      fail('destination', `${host.message} (expected a prefix, an address or "default")`);
      return null;
    }
    return { prefix: `${host.value.address}/${host.value.family === 'IPv4' ? 32 : 128}`, family: host.value.family };
  }
  const prefix = parsePrefix(text);
  if (!prefix.ok) {
    fail('destination', prefix.message);
    return null;
  }
  return { prefix: prefix.value.prefix, family: prefix.value.family };
}
