/**
 * The data of the cluster DNS model: records, answers, options. What each value means in the real cluster
 * is in README.md; the behaviour is CoreDNS's kubernetes plugin (coredns/coredns plugin/kubernetes) serving
 * the Kubernetes DNS specification (kubernetes/dns docs/specification.md).
 */

/** Record types the model produces. */
export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'NS', 'SOA'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * Query types accepted. Beyond the record types: types the kubernetes plugin holds no data for (MX, ANY,
 * HINFO…) are answered by its "fake A lookup" only to tell NXDOMAIN from NODATA; AXFR/IXFR are refused
 * (plugin/kubernetes/handler.go ServeDNS).
 */
export const QUERY_TYPES = [...RECORD_TYPES, 'MX', 'ANY', 'HINFO', 'AXFR', 'IXFR'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

interface RecordHeader {
  /** Owner name, absolute (trailing dot). Answers keep the case of the question, as CoreDNS does. */
  readonly name: string;
  readonly ttl: number;
  readonly class: 'IN';
}

export type DnsRecord =
  | (RecordHeader & { readonly type: 'A' | 'AAAA'; readonly address: string })
  | (RecordHeader & { readonly type: 'CNAME' | 'PTR' | 'NS'; readonly target: string })
  | (RecordHeader & { readonly type: 'SRV'; readonly priority: number; readonly weight: number; readonly port: number; readonly target: string })
  | (RecordHeader & { readonly type: 'TXT'; readonly text: string })
  | (RecordHeader & {
      readonly type: 'SOA';
      readonly mname: string;
      readonly rname: string;
      /** CoreDNS uses the Unix time of the last change it saw from the API server: not knowable here. */
      readonly serial: null;
      readonly refresh: number;
      readonly retry: number;
      readonly expire: number;
      readonly minimum: number;
    });

export const RCODES = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'] as const;
export type Rcode = (typeof RCODES)[number];

/** Who answers a query (DnsAnswer.answeredBy). */
export const ANSWERERS = ['kubernetes', 'upstream', 'none'] as const;

export interface DnsAnswer {
  readonly question: { readonly name: string; readonly type: QueryType };
  /**
   * `kubernetes`: CoreDNS's kubernetes plugin answered. `upstream`: CoreDNS passed the query on to
   * `forward . /etc/resolv.conf` (a name outside its zones, or a reverse name it has no record for, with
   * kubeadm's `fallthrough in-addr.arpa ip6.arpa`); the model does not know the upstream resolver.
   * `none`: not a valid DNS name, so no resolver sends it.
   */
  readonly answeredBy: (typeof ANSWERERS)[number];
  /** null unless `answeredBy` is `kubernetes`. NOERROR with no answers is NODATA. */
  readonly rcode: Rcode | null;
  readonly answers: readonly DnsRecord[];
  readonly additional: readonly DnsRecord[];
  /** The zone's SOA on NXDOMAIN and NODATA answers (plugin.BackendError). */
  readonly authority: readonly DnsRecord[];
  /** True when CoreDNS would add records it gets from upstream (an ExternalName pointing outside the cluster). */
  readonly incomplete: boolean;
  /** Why the answer is what it is, in sentences. */
  readonly notes: readonly string[];
}

/** CoreDNS `pods` option (plugin/kubernetes README): answers for `a-b-c-d.<ns>.pod.<zone>`. */
export type PodMode = 'disabled' | 'insecure' | 'verified';

export interface DnsOptions {
  /** Default `insecure`: kubeadm's Corefile (cmd/kubeadm/app/phases/addons/dns/manifests.go); the plugin's own default is `disabled`. */
  readonly podMode: PodMode;
  /** Default 30: kubeadm's Corefile sets `ttl 30`; the plugin's own default is 5 (kubernetes.go defaultTTL). */
  readonly ttl: number;
  /** Serve in-addr.arpa and ip6.arpa (kubeadm: `kubernetes <domain> in-addr.arpa ip6.arpa`). Default true. */
  readonly reverseZones: boolean;
  /** `fallthrough in-addr.arpa ip6.arpa` (kubeadm): a reverse name without a record goes upstream instead of NXDOMAIN. Default true. */
  readonly fallthroughReverse: boolean;
  /** `endpoint_pod_names`: an endpoint without a hostname is named after its pod instead of its dashed address. Default false. */
  readonly endpointPodNames: boolean;
  /** The Corefile's `forward` blocks (stub domains, then `.`); absent = `forward . /etc/resolv.conf`. */
  readonly forward?: readonly { readonly zone: string; readonly to: readonly string[] }[];
}

/** kubeadm's Corefile: `pods insecure`, `fallthrough in-addr.arpa ip6.arpa`, `ttl 30`. */
export const KUBEADM_COREFILE: DnsOptions = { podMode: 'insecure', ttl: 30, reverseZones: true, fallthroughReverse: true, endpointPodNames: false };

/** A bare `kubernetes cluster.local` block: the plugin's defaults (what CoreDNS's own handler tests run with). */
export const PLUGIN_DEFAULTS: DnsOptions = { podMode: 'disabled', ttl: 5, reverseZones: false, fallthroughReverse: false, endpointPodNames: false };

/** The schema version CoreDNS reports in `dns-version.<zone>` (plugin/kubernetes/kubernetes.go DNSSchemaVersion). */
export const DNS_SCHEMA_VERSION = '1.1.0';
/** The TTL CoreDNS hard-codes for the dns-version TXT record (kubernetes.go Services). */
export const DNS_VERSION_TTL = 28800;
