/**
 * A pod's resolver walking its search list, query by query, against the cluster DNS.
 *
 * glibc (resolv/res_query.c __res_context_search): a name with at least `ndots` dots, or a trailing dot, is
 * tried as it is first (a trailing dot ends there); then, unless it ended in a dot, the name with each search
 * domain appended; NXDOMAIN, NODATA and SERVFAIL move on to the next domain, another error ends the list;
 * then the name as it is, if not tried yet. Success is NOERROR with at least one answer record (res_query).
 * When all fail: the first as-is failure if there was one, else NODATA if any domain gave NODATA, else
 * SERVFAIL if any gave SERVFAIL, else NXDOMAIN.
 *
 * musl (src/network/lookup_name.c name_from_dns_search): a name with at least `ndots` dots, or a trailing
 * dot, is tried only as it is — no search at all; otherwise each search domain, then the name as it is.
 * Only NXDOMAIN moves on: NODATA or SERVFAIL under a search domain ends the lookup with that result.
 *
 * Both send one query per candidate for the asked type (getaddrinfo with AF_UNSPEC sends A and AAAA
 * together for each candidate; ask for each type to see both). An answer that depends on the upstream
 * resolver (a name outside the cluster, or an ExternalName's outside target) stops the walk: its result is
 * unknown, and `final.pending` lists the names that would be tried next if it failed.
 */
import type { Topology } from '../../model/topology';
import type { DnsIndex } from './dnsIndex';
import { absolute, nameProblem } from './names';
import { query } from './query';
import { podResolvConf, type HostResolvConf, type ResolvConf } from './resolvConf';
import type { DnsAnswer, DnsRecord, QueryType, Rcode } from './types';

export const RESOLVER_KINDS = ['glibc', 'musl'] as const;
export type ResolverKind = (typeof RESOLVER_KINDS)[number];

export interface ResolveOptions {
  /** The C library's resolver; default glibc (musl for Alpine-based images). */
  readonly resolver?: ResolverKind;
  /** The node's /etc/resolv.conf (kubelet --resolv-conf): search domains ClusterFirst pods inherit, and what hostNetwork pods use. */
  readonly hostResolvConf?: HostResolvConf;
}

/** How a queried name was built: with a search domain appended, or as asked. */
export const QUERY_VIAS = ['search', 'as-is'] as const;

export interface ResolveAttempt {
  /** The absolute name queried. */
  readonly query: string;
  readonly type: QueryType;
  /** `search` when a search domain was appended, `as-is` otherwise. */
  readonly via: (typeof QUERY_VIAS)[number];
  readonly answeredBy: DnsAnswer['answeredBy'];
  readonly rcode: Rcode | null;
  readonly answers: readonly DnsRecord[];
  readonly answer: DnsAnswer;
}

export const FINAL_STATUSES = ['ANSWER', 'NXDOMAIN', 'NODATA', 'SERVFAIL', 'REFUSED', 'UPSTREAM', 'ERROR'] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];

export interface Resolution {
  readonly pod: string;
  readonly name: string;
  readonly type: QueryType;
  readonly resolver: ResolverKind;
  /** null when the pod or the name is unusable (see `error`). */
  readonly resolvConf: ResolvConf | null;
  /** Every query the resolver sends, in order, with its result. */
  readonly attempts: readonly ResolveAttempt[];
  readonly final: {
    readonly status: FinalStatus;
    /** The name that answered (ANSWER) or whose upstream result is unknown (UPSTREAM). */
    readonly name: string | null;
    readonly answers: readonly DnsRecord[];
    /** UPSTREAM only: the names still to try if that query fails. */
    readonly pending: readonly string[];
  };
  readonly error: string | null;
  readonly assumptions: readonly string[];
}

interface Candidate {
  readonly name: string;
  readonly via: 'search' | 'as-is';
}

/** The names the resolver may try, in order (which of them it reaches depends on the answers). */
export function candidates(name: string, search: readonly string[], ndots: number, resolver: ResolverKind): Candidate[] {
  const trailing = name.endsWith('.');
  const dots = [...name].filter((c) => c === '.').length;
  const asIs: Candidate = { name: absolute(name), via: 'as-is' };
  const searched = search.map((d) => ({ name: absolute(`${name}.${d}`), via: 'search' as const }));
  const asIsFirst = dots >= ndots || trailing;
  if (resolver === 'musl') return asIsFirst ? [asIs] : [...searched, asIs];
  if (trailing) return [asIs];
  return asIsFirst ? [asIs, ...searched] : [...searched, asIs];
}

function statusOf(a: DnsAnswer): FinalStatus {
  if (a.answeredBy === 'none') return 'ERROR'; // the query cannot be built (name too long): NO_RECOVERY in glibc
  if (a.answeredBy === 'upstream' || a.incomplete) return 'UPSTREAM';
  if (a.rcode === 'NOERROR') return a.answers.length > 0 ? 'ANSWER' : 'NODATA';
  return a.rcode ?? 'ERROR';
}

type Ask = (fqdn: string) => DnsAnswer;

export interface Walk {
  readonly attempts: readonly ResolveAttempt[];
  readonly final: Resolution['final'];
}

/** Walk the candidates with the resolver's rules; `ask` sends one query. */
export function walk(name: string, conf: Pick<ResolvConf, 'search' | 'ndots'>, resolver: ResolverKind, type: QueryType, ask: Ask): Walk {
  const list = candidates(name, conf.search, conf.ndots, resolver);
  const attempts: ResolveAttempt[] = [];
  let firstAsIsFailure: FinalStatus | null = null;
  let nodata = false;
  let servfail = false;
  let searchDone = false;
  let last: FinalStatus = 'NXDOMAIN';
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === undefined || (c.via === 'search' && searchDone)) continue;
    const answer = ask(c.name);
    attempts.push({ query: c.name, type, via: c.via, answeredBy: answer.answeredBy, rcode: answer.rcode, answers: answer.answers, answer });
    const status = statusOf(answer);
    if (status === 'ANSWER') return { attempts, final: { status, name: c.name, answers: answer.answers, pending: [] } };
    if (status === 'UPSTREAM') {
      const pending = list.slice(i + 1).map((p) => p.name);
      return { attempts, final: { status, name: c.name, answers: answer.answers, pending } };
    }
    last = status;
    if (resolver === 'musl') {
      if (status !== 'NXDOMAIN') return { attempts, final: { status, name: null, answers: [], pending: [] } };
      continue;
    }
    if (c.via === 'as-is') firstAsIsFailure ??= status;
    else if (status === 'NODATA') nodata = true;
    else if (status === 'SERVFAIL') servfail = true;
    else if (status !== 'NXDOMAIN') searchDone = true;
  }
  const status: FinalStatus = resolver === 'musl' ? last : (firstAsIsFailure ?? (nodata ? 'NODATA' : servfail ? 'SERVFAIL' : 'NXDOMAIN'));
  return { attempts, final: { status, name: null, answers: [], pending: [] } };
}

function parseRef(ref: string | { readonly namespace: string; readonly name: string }): { namespace: string; name: string } | null {
  if (typeof ref !== 'string') return { namespace: ref.namespace, name: ref.name };
  const slash = ref.indexOf('/');
  return slash < 0 ? null : { namespace: ref.slice(0, slash), name: ref.slice(slash + 1) };
}

/**
 * Resolve `name` from a pod as its resolver would: the resolv.conf kubelet writes for it, then every query
 * the resolver sends, in order, and the outcome. `index` must be built from `topology`.
 */
export function resolveFromPod(
  index: DnsIndex,
  topology: Topology,
  podRef: string | { readonly namespace: string; readonly name: string },
  name: string,
  type: QueryType = 'A',
  options: ResolveOptions = {},
): Resolution {
  const resolver = options.resolver ?? 'glibc';
  const ref = parseRef(podRef);
  const id = ref === null ? String(podRef) : `${ref.namespace}/${ref.name}`;
  const fail = (error: string, resolvConf: ResolvConf | null = null): Resolution => ({
    pod: id, name, type, resolver, resolvConf, attempts: [], final: { status: 'ERROR', name: null, answers: [], pending: [] }, error, assumptions: [],
  });
  const pod = ref === null ? undefined : topology.pods.find((p) => p.namespace === ref.namespace && p.name === ref.name);
  if (pod === undefined) return fail(ref === null ? `${JSON.stringify(podRef)} is not <namespace>/<name>` : `there is no pod ${id}`);

  const server = index.dnsServer.server;
  const assumptions: string[] = [];
  if (server !== null) {
    assumptions.push(`cluster DNS: ${server.namespace}/${server.name} at ${server.addresses[0] ?? ''} (${index.dnsServer.reason}); kubelet --cluster-dns assumed to point at it`);
    if (server.readyEndpoints === 0) assumptions.push(`${server.namespace}/${server.name} has no ready endpoint in the topology (are the CoreDNS pods listed?): answers are what CoreDNS says when it runs; with no endpoint kube-proxy would reject every query`);
  }
  const conf = podResolvConf(pod, topology.clusterDomain, server === null ? [] : server.addresses.slice(0, 1), options.hostResolvConf ?? null);
  assumptions.push(...conf.notes, `resolver: ${resolver}`);
  const problem = nameProblem(name);
  if (problem !== null) return { ...fail(`cannot resolve ${JSON.stringify(name)}: ${problem}`, conf), assumptions };

  const dnsAddresses = new Set(server?.addresses ?? []);
  const clusterAnswers = conf.nameservers.length > 0 && dnsAddresses.has(conf.nameservers[0] ?? '');
  const ask: Ask = (fqdn) => {
    if (clusterAnswers) return query(index, fqdn, type);
    const who = conf.nameservers[0] ?? 'the node\'s nameserver (unknown)';
    return { question: { name: fqdn, type }, answeredBy: 'upstream', rcode: null, answers: [], additional: [], authority: [], incomplete: false, notes: [`sent to ${who}, which is not the cluster DNS: not modeled`] };
  };
  const { attempts, final } = walk(name, conf, resolver, type, ask);
  return { pod: id, name, type, resolver, resolvConf: conf, attempts, final, error: null, assumptions };
}
