/**
 * Findings: the problems and remarks an overhead report carries. Plain data (JSON-serializable), each
 * with the numbers that support it so a person can act without re-deriving them.
 */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  /** A pod-sized packet (plus the encapsulation) does not fit the underlay path between two subnets. */
  'POD_MTU_EXCEEDS_PATH',
  /** cni.mtu + the encapsulation overhead is larger than the smallest underlay MTU on an encapsulated path. */
  'EXPLICIT_MTU_TOO_LARGE',
  /** cni.mtu is smaller than what the CNI would derive everywhere: it is safe but wastes bytes per packet. */
  'EXPLICIT_MTU_BELOW_DERIVED',
  /** Subnets (or nodes) have different MTUs: the smallest one bounds every path that touches it. */
  'SUBNET_MTU_MISMATCH',
  /** The CNI plugin has no such overlay mode (Calico has no IPsec, flannel no Geneve…). */
  'MODE_NOT_OFFERED',
  /** The overlay mode does not carry one of the cluster's IP families. */
  'FAMILY_NOT_ENCAPSULATED',
  /** crossSubnet is set but the plugin/mode has no cross-subnet variant: every pair encapsulates. */
  'CROSS_SUBNET_NOT_OFFERED',
  /** An IPv6 pod network with an MTU below 1280. */
  'IPV6_MTU_BELOW_MINIMUM',
  /** The MTU rule of this plugin and mode is not known; nothing was guessed. */
  'MTU_RULE_UNKNOWN',
  /** A traffic-matrix endpoint that resolves to no node. */
  'TRAFFIC_UNRESOLVED',
  /** More findings of one code than the cap; the rest were dropped. */
  'FINDINGS_TRUNCATED',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type FindingDetail = number | string | boolean | null | readonly string[];

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
  readonly details: Readonly<Record<string, FindingDetail>>;
}

/** At most this many findings of one code are kept; a FINDINGS_TRUNCATED finding counts the rest. */
export const FINDINGS_PER_CODE = 50;

/**
 * Collects findings in emission order and caps each code, so a 100-subnet cluster with one bad subnet
 * does not return ten thousand copies of the same remark.
 */
export class FindingList {
  private readonly items: Finding[] = [];
  private readonly counts = new Map<FindingCode, number>();

  add(severity: Severity, code: FindingCode, message: string, details: Record<string, FindingDetail> = {}): void {
    const seen = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, seen);
    if (seen <= FINDINGS_PER_CODE) this.items.push({ severity, code, message, details });
  }

  toArray(): Finding[] {
    const out = [...this.items];
    for (const [code, count] of this.counts) {
      if (count > FINDINGS_PER_CODE) {
        out.push({
          severity: 'info',
          code: 'FINDINGS_TRUNCATED',
          message: `${count - FINDINGS_PER_CODE} more ${code} findings were left out (cap ${FINDINGS_PER_CODE}).`,
          details: { code, total: count, kept: FINDINGS_PER_CODE },
        });
      }
    }
    return out;
  }
}
