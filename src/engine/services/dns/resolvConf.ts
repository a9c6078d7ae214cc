/**
 * The /etc/resolv.conf kubelet gives a pod (kubernetes/kubernetes pkg/kubelet/network/dns/dns.go GetPodDNS)
 * and the container runtime writes (containerd's CRI parseDNSOptions: `search …`, `nameserver …` lines,
 * `options …`).
 *
 * The model has no dnsPolicy. Every pod is taken as having the default, ClusterFirst, which getPodDNSType
 * turns into the host's configuration (Default) for a hostNetwork pod: ClusterFirstWithHostNet would be
 * needed to give such a pod the cluster DNS.
 *  - ClusterFirst: `nameserver <cluster DNS>`; `search <ns>.svc.<domain> svc.<domain> <domain>` then the
 *    node's search domains, duplicates dropped (generateSearchesForDNSClusterFirst, omitDuplicates);
 *    `options ndots:5` (defaultDNSOptions; the node's options are not kept).
 *  - Without a cluster DNS address kubelet falls back to Default (event MissingClusterDNS).
 *  - Default: the node's resolv.conf (kubelet --resolv-conf) as it is.
 * Then the limits (formDNSConfigFitsLimits): at most 3 nameservers; search paths longer than 253 characters
 * dropped, at most 32 paths and 2048 characters (ExpandedDNSConfig, GA since 1.28), cut from the end.
 */
import type { Pod } from '../../model/topology';

/** What the node's resolv.conf says (kubelet's parseResolvConf: trailing dots trimmed from search domains). */
export interface HostResolvConf {
  readonly nameservers: readonly string[];
  readonly search: readonly string[];
  readonly options: readonly string[];
}

/** The pod dnsPolicy values kubelet's resolv.conf follows. */
export const DNS_POLICIES = ['ClusterFirst', 'Default'] as const;

export interface ResolvConf {
  /** `ClusterFirst`, or `Default` (the node's configuration). */
  readonly policy: (typeof DNS_POLICIES)[number];
  readonly nameservers: readonly string[];
  readonly search: readonly string[];
  readonly options: readonly string[];
  readonly ndots: number;
  /** The file's text. */
  readonly text: string;
  readonly notes: readonly string[];
}

const MAX_NAMESERVERS = 3; // pkg/apis/core/validation MaxDNSNameservers
const MAX_SEARCH_PATHS = 32; // MaxDNSSearchPathsExpanded
const MAX_SEARCH_CHARS = 2048; // MaxDNSSearchListCharsExpanded
const MAX_PATH_LENGTH = 253; // utilvalidation.DNS1123SubdomainMaxLength

function omitDuplicates(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function fitSearch(search: string[], notes: string[]): string[] {
  let out = search.slice(0, MAX_SEARCH_PATHS);
  let exceeded = out.length < search.length;
  const kept = out.filter((s) => s.length <= MAX_PATH_LENGTH);
  exceeded ||= kept.length < out.length;
  out = kept;
  let length = out.join(' ').length;
  while (length > MAX_SEARCH_CHARS && out.length > 0) {
    length -= (out.pop() ?? '').length + 1;
    exceeded = true;
  }
  if (exceeded) notes.push(`kubelet: search line limits were exceeded, some search paths have been omitted (event DNSConfigForming); applied: ${out.join(' ')}`);
  return out;
}

/** resolv(5): `ndots:n`, capped at 15; 1 when absent. The last occurrence wins. */
export function ndotsOf(options: readonly string[]): number {
  let n = 1;
  for (const o of options) {
    const m = /^ndots:(\d+)$/.exec(o);
    if (m?.[1] !== undefined) n = Math.min(15, Number(m[1]));
  }
  return n;
}

function text(nameservers: readonly string[], search: readonly string[], options: readonly string[]): string {
  let t = '';
  if (search.length > 0) t += `search ${search.join(' ')}\n`;
  for (const ns of nameservers) t += `nameserver ${ns}\n`;
  if (options.length > 0) t += `options ${options.join(' ')}\n`;
  return t;
}

/**
 * The pod's resolv.conf. `clusterDns` is kubelet's --cluster-dns (empty: none configured); `host` is the
 * node's resolv.conf, null when unknown (then a Default pod's file is unknown too, said in `notes`).
 */
export function podResolvConf(pod: Pod, clusterDomain: string, clusterDns: readonly string[], host: HostResolvConf | null): ResolvConf {
  const notes: string[] = [];
  const hostSearch = (host?.search ?? []).map((s) => s.replace(/\.$/, ''));
  let policy: ResolvConf['policy'] = 'ClusterFirst';
  let nameservers: string[];
  let search: string[];
  let options: string[];
  if (pod.hostNetwork) {
    policy = 'Default';
    notes.push('hostNetwork pod: dnsPolicy ClusterFirst falls back to Default, the node\'s resolv.conf (kubelet getPodDNSType); assumed, the model has no dnsPolicy (ClusterFirstWithHostNet would give it the cluster DNS)');
  } else if (clusterDns.length === 0) {
    policy = 'Default';
    notes.push('kubelet has no cluster DNS address: the pod falls back to Default, the node\'s resolv.conf (event MissingClusterDNS)');
  }
  if (policy === 'ClusterFirst') {
    nameservers = [...clusterDns];
    const domain = clusterDomain.replace(/\.$/, '');
    search = omitDuplicates([`${pod.namespace}.svc.${domain}`, `svc.${domain}`, domain, ...hostSearch]);
    options = ['ndots:5'];
  } else {
    if (host === null) notes.push('the node\'s resolv.conf is not in the topology: no nameserver or search domain is known, resolver defaults assumed (ndots:1)');
    nameservers = [...(host?.nameservers ?? [])];
    search = [...hostSearch];
    options = [...(host?.options ?? [])];
  }
  if (nameservers.length > MAX_NAMESERVERS) {
    nameservers = nameservers.slice(0, MAX_NAMESERVERS);
    notes.push(`kubelet: nameserver limits were exceeded, some nameservers have been omitted; applied: ${nameservers.join(' ')}`);
  }
  search = fitSearch(search, notes);
  return { policy, nameservers, search, options, ndots: ndotsOf(options), text: text(nameservers, search, options), notes };
}
