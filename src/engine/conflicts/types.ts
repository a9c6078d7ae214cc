/** The shape of a CIDR conflict report (the contract the question layer renders). */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFLICT_OBJECT_KINDS = [
  'podCIDR',
  'serviceCIDR',
  'subnet',
  'externalNetwork',
  'nodePodCIDR',
  'podIP',
  'nodeIP',
  'clusterIP',
  'externalIP',
  'loadBalancerIP',
] as const;
export type ConflictObjectKind = (typeof CONFLICT_OBJECT_KINDS)[number];

/** One party to a conflict. Single addresses are given as host prefixes (/32, /128) so `cidr` is always a CIDR. */
export interface ConflictObject {
  kind: ConflictObjectKind;
  /** podCIDRs[i] / serviceCIDRs[i] for cluster ranges, the object's name otherwise (namespace/name for namespaced ones). */
  name: string;
  cidr: string;
}

export type FindingKind =
  | 'POD_SERVICE_OVERLAP'
  | 'POD_SUBNET_OVERLAP'
  | 'SERVICE_SUBNET_OVERLAP'
  | 'POD_EXTERNAL_OVERLAP'
  | 'SERVICE_EXTERNAL_OVERLAP'
  | 'SUBNET_OVERLAP'
  | 'SUBNET_EXTERNAL_OVERLAP'
  | 'NODE_POD_CIDR_OVERLAP'
  | 'NODE_POD_CIDR_OUTSIDE_CLUSTER'
  | 'NODE_POD_CIDR_MASK_MISMATCH'
  | 'POD_IP_OUTSIDE_NODE_POD_CIDR'
  | 'POD_IP_DUPLICATE'
  | 'NODE_IP_OUTSIDE_SUBNET'
  | 'NODE_IP_DUPLICATE'
  | 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR'
  | 'CLUSTER_IP_DUPLICATE'
  | 'EXTERNAL_IP_IN_POD_CIDR'
  | 'EXTERNAL_IP_IN_SERVICE_CIDR'
  | 'LOAD_BALANCER_IP_IN_POD_CIDR'
  | 'LOAD_BALANCER_IP_IN_SERVICE_CIDR';

export interface Finding {
  /** Stable code; see README.md for the list and the reasoning behind each severity. */
  kind: FindingKind;
  severity: Severity;
  objects: ConflictObject[];
  /** A sentence a person can act on. */
  message: string;
}

export interface ConflictReport {
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}
