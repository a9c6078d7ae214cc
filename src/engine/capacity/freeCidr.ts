/**
 * free-cidr: the first free prefixes of a requested length inside given supernets (default: the RFC 1918
 * ranges for IPv4, fd00::/8 for IPv6 — RFC 4193's locally assigned half), avoiding every range the
 * topology knows — cluster pod and service CIDRs, node pod CIDRs, underlay subnets, external and reserved
 * networks — and any extra ranges the caller names. Blocks are aligned (they are prefixes) and come in
 * address order, supernet by supernet (PrefixSet.freeBlocks). When none exists, the answer says why: the
 * supernet is smaller than the request, or it lists the ranges that block it and the largest free block left.
 */
import type { IpFamily, Topology } from '../model/topology';
import { Prefix, PrefixSet } from '../net';
import { SOURCES, type SourceKey } from './sources';

export const DEFAULT_SUPERNETS: Readonly<Record<IpFamily, readonly string[]>> = {
  IPv4: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
  IPv6: ['fd00::/8'],
};

export const KNOWN_RANGE_SOURCES = ['podCIDR', 'serviceCIDR', 'nodePodCIDR', 'subnet', 'externalNetwork', 'avoid', 'planned'] as const;
export type KnownRangeSource = (typeof KNOWN_RANGE_SOURCES)[number];

export interface KnownRange {
  readonly cidr: string;
  readonly source: KnownRangeSource;
  /** podCIDRs[i] / serviceCIDRs[i], the subnet, network or node name, or the caller's text. */
  readonly name: string;
}

export interface FreeCidrRequest {
  /** Prefix length wanted. */
  readonly length: number;
  readonly family?: IpFamily;
  /** Supernets to search, in order; default DEFAULT_SUPERNETS of the family. */
  readonly within?: readonly string[];
  /** Extra ranges to avoid. */
  readonly avoid?: readonly string[];
  /** How many blocks to return (default 1). */
  readonly count?: number;
}

export interface SupernetVerdict {
  readonly supernet: string;
  readonly found: number;
  /** Why no (more) blocks came from this supernet, or null. */
  readonly reason: string | null;
  /** Known ranges inside or around the supernet that take addresses from it, in address order (capped). */
  readonly blockers: readonly KnownRange[];
  readonly blockersTruncated: boolean;
  /** The largest free aligned block left in the supernet, or null when it is full. */
  readonly largestFree: string | null;
}

export interface FreeCidrAnswer {
  readonly family: IpFamily;
  readonly length: number;
  readonly requested: number;
  readonly found: readonly string[];
  readonly complete: boolean;
  readonly supernets: readonly SupernetVerdict[];
  readonly avoided: readonly KnownRange[];
  /** The RFCs behind the default supernets, when they were used. */
  readonly citations: Partial<Record<SourceKey, string>>;
}

export const BLOCKER_CAP = 50;

/** Every range of `family` the topology occupies, with where it comes from. */
export function knownRanges(t: Topology | null, family: IpFamily): KnownRange[] {
  if (!t) return [];
  const out: KnownRange[] = [];
  const push = (cidr: string, source: KnownRangeSource, name: string) => {
    const p = Prefix.tryParse(cidr);
    if (p && p.family === family) out.push({ cidr: p.toString(), source, name });
  };
  t.podCIDRs.forEach((c, i) => push(c, 'podCIDR', `podCIDRs[${i}]`));
  t.serviceCIDRs.forEach((c, i) => push(c, 'serviceCIDR', `serviceCIDRs[${i}]`));
  for (const n of t.nodes) for (const c of n.podCIDRs) push(c, 'nodePodCIDR', n.name);
  for (const s of t.underlay.subnets) push(s.cidr, 'subnet', s.name);
  for (const e of t.externalNetworks) push(e.cidr, 'externalNetwork', `${e.name} (${e.kind})`);
  return out;
}

export type FreeCidrResult = { readonly ok: true; readonly value: FreeCidrAnswer } | { readonly ok: false; readonly message: string };

export function freeCidr(t: Topology | null, request: FreeCidrRequest, extra: readonly KnownRange[] = []): FreeCidrResult {
  const within = parseAll(request.within ?? []);
  if (typeof within === 'string') return { ok: false, message: within };
  const family = request.family ?? within[0]?.family ?? 'IPv4';
  const supernets = within.length > 0 ? within : DEFAULT_SUPERNETS[family].map((s) => Prefix.parse(s));
  const wrong = supernets.find((s) => s.family !== family);
  if (wrong) return { ok: false, message: `supernet ${wrong.toString()} is not ${family}` };
  const bits = family === 'IPv4' ? 32 : 128;
  if (!Number.isInteger(request.length) || request.length < 0 || request.length > bits) {
    return { ok: false, message: `prefix length must be an integer from 0 to ${bits} for ${family}, got ${request.length}` };
  }
  const avoidParsed = parseAll(request.avoid ?? []);
  if (typeof avoidParsed === 'string') return { ok: false, message: avoidParsed };
  const wanted = request.count ?? 1;
  if (!Number.isInteger(wanted) || wanted < 1) return { ok: false, message: `count must be a positive integer, got ${wanted}` };

  const avoided = [
    ...knownRanges(t, family),
    ...extra.filter((r) => Prefix.parse(r.cidr).family === family),
    ...avoidParsed.filter((p) => p.family === family).map((p) => ({ cidr: p.toString(), source: 'avoid' as const, name: p.toString() })),
  ];
  const taken = PrefixSet.of(avoided.map((r) => Prefix.parse(r.cidr)));
  const found: string[] = [];
  const verdicts: SupernetVerdict[] = [];
  for (const s of supernets) {
    let here = 0;
    if (request.length >= s.length && found.length < wanted) {
      for (const b of taken.freeBlocks(s, request.length)) {
        if (found.includes(b.toString())) continue;
        found.push(b.toString());
        here++;
        if (found.length === wanted) break;
      }
    }
    verdicts.push(verdict(s, request.length, here, found.length >= wanted, taken, avoided));
  }
  return {
    ok: true,
    value: {
      family,
      length: request.length,
      requested: wanted,
      found,
      complete: found.length >= wanted,
      supernets: verdicts,
      avoided,
      citations: within.length > 0 ? {} : family === 'IPv4' ? { rfc1918: SOURCES.rfc1918 } : { rfc4193: SOURCES.rfc4193 },
    },
  };
}

function verdict(s: Prefix, length: number, here: number, satisfied: boolean, taken: PrefixSet, avoided: readonly KnownRange[]): SupernetVerdict {
  const inside = avoided
    .filter((r) => Prefix.parse(r.cidr).overlaps(s))
    .sort((a, b) => Prefix.parse(a.cidr).compare(Prefix.parse(b.cidr)) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const free = taken.complement(s).prefixes();
  const largest = free.reduce<Prefix | null>((best, p) => (best === null || p.length < best.length ? p : best), null);
  let reason: string | null = null;
  if (length < s.length) reason = `a /${length} is larger than the supernet ${s.toString()}`;
  else if (here === 0 && !satisfied) {
    reason = largest
      ? `no free /${length}: the largest free block left is ${largest.toString()}; the ranges below take the rest`
      : `${s.toString()} is fully taken by the ranges below`;
  } else if (!satisfied) reason = `only ${here} free /${length} block(s) left`;
  return {
    supernet: s.toString(),
    found: here,
    reason,
    blockers: inside.slice(0, BLOCKER_CAP),
    blockersTruncated: inside.length > BLOCKER_CAP,
    largestFree: largest?.toString() ?? null,
  };
}

function parseAll(texts: readonly string[]): Prefix[] | string {
  const out: Prefix[] = [];
  for (const s of texts) {
    const p = Prefix.tryParse(s);
    if (!p) return `${JSON.stringify(s)} is not a CIDR`;
    out.push(p);
  }
  return out;
}
