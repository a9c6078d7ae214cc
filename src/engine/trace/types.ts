/**
 * The trace model (DESIGN.md "Traces", Batfish's Trace = disposition + hops of typed steps). Every value is
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

/** One IP header (plus transport ports) as the packet carries it at that point. */
export interface Header {
  readonly family: IpFamily;
  readonly src: string;
  readonly dst: string;
  /** Transport protocol: the pod's, or the tunnel's (UDP, IPIP = IP protocol 4, ESP = 50) for an outer header. */
  readonly protocol: Protocol | 'IPIP' | 'ESP';
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

export type StepType = 'originate' | 'routing' | 'xfrm' | 'nat' | 'encapsulate' | 'decapsulate' | 'transmit' | 'forward' | 'deliver' | 'exit';

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
  | 'LOOP';

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

export interface Trace {
  readonly disposition: Disposition;
  readonly hops: readonly Hop[];
  readonly assumptions: readonly string[];
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
