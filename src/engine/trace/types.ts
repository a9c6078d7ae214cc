/**
 * The trace model (docs/ARCHITECTURE.md "Traces", Batfish's Trace = disposition + hops of typed steps). Every value is
 * plain JSON-serializable data; negative outcomes are dispositions, never exceptions.
 */
import type { IpFamily, Protocol } from '../model/topology';
import type { RouteOrigin } from '../routing/types';
import type { Target } from './target';

export const DISPOSITIONS = [
  'DELIVERED',
  'EXITS_CLUSTER',
  'NO_ROUTE',
  'NEXT_HOP_UNREACHABLE',
  'NO_ENDPOINTS',
  'DROPPED',
  'DENIED',
  'LOOP',
  'MTU_EXCEEDED',
  'INSUFFICIENT_INFO',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const SUCCESS_DISPOSITIONS: ReadonlySet<Disposition> = new Set<Disposition>(['DELIVERED', 'EXITS_CLUSTER']);

/** The IP protocols of an outer header besides the pods' own (IPIP = IP protocol 4, ESP = 50). */
export const TUNNEL_PROTOCOLS = ['IPIP', 'ESP'] as const;

/** One IP header (plus transport ports) as the packet carries it at that point. */
export interface Header {
  readonly family: IpFamily;
  readonly src: string;
  readonly dst: string;
  /** Transport protocol: the pod's, or the tunnel's (UDP, IPIP = IP protocol 4, ESP = 50) for an outer header. */
  readonly protocol: Protocol | (typeof TUNNEL_PROTOCOLS)[number];
  /** null = an ephemeral port the model does not choose. */
  readonly srcPort: number | null;
  readonly dstPort: number | null;
  /** IP packet size in bytes (headers included). */
  readonly size: number;
}

export interface PacketHeaders {
  readonly inner: Header;
  /** The encapsulating node-to-node header, while the packet is inside a tunnel. */
  readonly outer: Header | null;
}

export interface EncapsulationDetail {
  readonly mode: string;
  /** The tunnel device (flannel.1, tunl0…) or `xfrm` for IPsec policies. */
  readonly device: string;
  readonly outerSrc: string;
  readonly outerDst: string;
  readonly bytesAdded: number;
  readonly layers: readonly string[];
  readonly vni: number | null;
  readonly port: number | null;
}

/** `dns`: the sender's resolver turned a name into addresses; `filter`: a kube-proxy filter rule decided (REJECT, DROP, ACCEPT). */
export const STEP_TYPES = ['originate', 'dns', 'routing', 'xfrm', 'nat', 'filter', 'policy', 'encapsulate', 'decapsulate', 'transmit', 'forward', 'deliver', 'exit'] as const;
export type StepType = (typeof STEP_TYPES)[number];

export type StepAction =
  | 'SENT'
  | 'FORWARDED'
  | 'TRANSFORMED'
  | 'TRANSMITTED'
  | 'RECEIVED'
  | 'DELIVERED'
  | 'EXITED'
  | 'DROPPED'
  | 'NO_ROUTE'
  | 'NEXT_HOP_UNREACHABLE'
  | 'MTU_EXCEEDED'
  | 'LOOP'
  /** dns: the name resolved to addresses / did not (NXDOMAIN, NODATA, SERVFAIL, no cluster resolver). */
  | 'RESOLVED'
  | 'UNRESOLVED'
  /** filter: kube-proxy REJECTs (ICMP port unreachable to the sender) or ACCEPTs (health-check node port). */
  | 'REJECTED'
  | 'ACCEPTED'
  /** policy: NetworkPolicy / AdminNetworkPolicy denies the packet (policyHop.ts). */
  | 'DENIED'
  /** The model cannot decide this step (e.g. kube-proxy mode `none`: another component implements Services). */
  | 'INSUFFICIENT_INFO';

/** What the sender's resolver did (src/engine/services/dns resolveFromPod). */
export interface DnsStepDetail {
  /** The name as asked, and the record type (A for IPv4, AAAA for IPv6). */
  readonly name: string;
  readonly type: 'A' | 'AAAA';
  /** The nameserver kubelet wrote into the pod's resolv.conf, and the Service behind it (`kube-system/kube-dns`). */
  readonly nameserver: string | null;
  readonly server: string | null;
  readonly resolver: 'glibc' | 'musl';
  readonly search: readonly string[];
  readonly ndots: number;
  /** Every query the resolver sent, in order: `{ query, rcode, answers }` (answers as dig-style record text). */
  readonly queries: readonly { readonly query: string; readonly rcode: string; readonly answers: readonly string[] }[];
  /** ANSWER, NXDOMAIN, NODATA, SERVFAIL, REFUSED, UPSTREAM (answered outside the model), ERROR. */
  readonly status: string;
  /** The records of the final answer (CNAMEs first, then addresses), dig-style. */
  readonly answer: readonly string[];
  /** The addresses the connection is made to, in answer order. */
  readonly addresses: readonly string[];
}

export const POLICY_DIRECTIONS = ['Ingress', 'Egress'] as const;
export const POLICY_VERDICTS = ['allowed', 'denied'] as const;
/**
 * A policy tier (policy/compile.ts POLICY_TIERS, in order), `default` (no rule of any tier decided: the pod's isolation
 * does) or `none` (policies do not apply). Spelled out: the REST schema generator reads the list and cannot follow a spread.
 */
export const POLICY_DECIDERS = ['AdminNetworkPolicy', 'NetworkPolicy', 'BaselineAdminNetworkPolicy', 'default', 'none'] as const;

/** A `policy` step: the direction judged, the verdict and what decided it (policyHop.ts). */
export interface PolicyStepDetail {
  readonly direction: (typeof POLICY_DIRECTIONS)[number];
  /** What the policies decide; with `enforced: false` a denied packet still goes on. */
  readonly verdict: (typeof POLICY_VERDICTS)[number];
  readonly enforced: boolean;
  /** The tier that decided: AdminNetworkPolicy, NetworkPolicy, BaselineAdminNetworkPolicy, default (no policy isolates), none. */
  readonly decidedIn: (typeof POLICY_DECIDERS)[number];
  /** The deciding rule: `NetworkPolicy <ns>/<name> ingress[0]`, `AdminNetworkPolicy <name> egress[1] "<rule>" (Deny)`. */
  readonly rule: string | null;
  /** Every NetworkPolicy rule that allows the packet. */
  readonly allowedBy: readonly string[];
  /** NetworkPolicies (`<ns>/<name>`) isolating the pod in this direction. */
  readonly isolatedBy: readonly string[];
}

export interface StepDetail {
  /** One sentence naming what decided. */
  readonly summary: string;
  /** The matched route as `ip route` text. */
  readonly route?: string;
  readonly routeOrigin?: RouteOrigin | 'underlay-connected' | 'underlay-explicit' | 'pod';
  /** The device the step is about (egress, tunnel, bridge). */
  readonly device?: string;
  /** The MTU in force on `device`. */
  readonly mtu?: number;
  readonly encapsulation?: EncapsulationDetail;
  readonly xfrmPolicy?: string;
  /** kube-proxy: the rules that matched, as `iptables-save` lines (`-A KUBE-SVC-… -j KUBE-SEP-…`), in evaluation order. */
  readonly rules?: readonly string[];
  /** kube-proxy: the chains the packet went through (KUBE-SERVICES → KUBE-SVC-… → KUBE-SEP-…). */
  readonly chains?: readonly string[];
  /** The Service port the step is about, as kube-proxy names it: `<ns>/<name>:<port name>` (or `<ns>/<name>`). */
  readonly service?: string;
  /** At a load-balancing step: the probability of this branch's choice (kube-proxy's `--probability` ladder). */
  readonly probability?: number;
  readonly dns?: DnsStepDetail;
  readonly policy?: PolicyStepDetail;
  /** The headers as the step received them and as it passed them on (null when it ended the packet's path). */
  readonly packetIn: PacketHeaders;
  readonly packetOut: PacketHeaders | null;
}

export interface Step {
  readonly type: StepType;
  readonly action: StepAction;
  readonly detail: StepDetail;
}

export interface Hop {
  /** Node name, `underlay` for the underlay routers, or `external` for a sender outside the cluster. */
  readonly node: string;
  /** `pod:<ns>/<name>`, `host` (the node's root namespace), `router`, or `outside`. */
  readonly netns: string;
  readonly steps: readonly Step[];
}

/** One way the packet can go where a Service load-balances (or a DNS answer has several addresses). */
export interface TraceBranch {
  /** Probability of this branch (the product of every choice on its path); the branches of a trace sum to 1. */
  readonly probability: number;
  /** The endpoint chosen: kube-proxy's DNAT target `ip:port`, or the DNS record's address; null when none was chosen. */
  readonly endpoint: string | null;
  /** The whole path of this branch, from the sender (a Trace without branches of its own). */
  readonly trace: Trace;
}

/** How many branches, with what total probability, ended in each disposition. */
export interface TraceOutcome {
  readonly disposition: Disposition;
  readonly probability: number;
  readonly branches: number;
}

export interface Trace {
  /**
   * With branches: the branches' disposition when they agree; otherwise the failing disposition with the
   * largest total probability (ties: DISPOSITIONS order) — a path fails if any endpoint fails. See `outcomes`.
   */
  readonly disposition: Disposition;
  /** The path; with branches, the path of the first branch whose disposition is the trace's. */
  readonly hops: readonly Hop[];
  /** Every assumption relied on (with branches: by any branch, in first-use order). */
  readonly assumptions: readonly string[];
  /** Present when the packet forked (one branch per endpoint, docs/ARCHITECTURE.md "Traces"); absent for a single path. */
  readonly branches?: readonly TraceBranch[];
  /** Present with `branches`: dispositions with their branch counts and total probability, in DISPOSITIONS order. */
  readonly outcomes?: readonly TraceOutcome[];
}

export interface TraceOptions {
  readonly port?: number;
  readonly protocol?: Protocol;
  /** IP packet size in bytes; default 100 (small enough for every path; set it to test MTUs). */
  readonly packetSize?: number;
  /** For pod and node targets in a dual-stack cluster: which family to trace (default: the cluster's primary). */
  readonly family?: IpFamily;
}

export interface TraceQuery {
  readonly from: string;
  readonly to: string;
  readonly family: IpFamily | null;
  readonly protocol: Protocol;
  readonly port: number | null;
  readonly packetSize: number;
}

export interface TraceAnswer {
  readonly query: TraceQuery;
  /** null when the query itself was malformed (see errors). */
  readonly trace: Trace | null;
  /** Problems with the query (unparsable targets, bad options), each a sentence. */
  readonly errors: readonly string[];
}

export type TargetInput = Target | string;
