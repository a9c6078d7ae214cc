/**
 * EC2 networking limits for a representative set of instance types (t3, m5, m6i, c5, r5).
 *
 * Columns and where each comes from:
 * - `enis`, `ipv4PerEni`, `hypervisor`: aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go
 *   (ENILimit / MaximumNetworkInterfaces of the default network card, IPv4Limit, HypervisorType — bare metal
 *   is "unknown", which the calculator treats as not Nitro). The m5 and c5 rows and m6i.xlarge/.metal were
 *   read from the stored copy of that file; the other rows follow the same families' published limits and
 *   are checked by tests/engine/capacity/awsMaxPods.test.ts: ENIs × (IPs − 1) + 2 must equal `eniMaxPods`.
 * - `eniMaxPods`: aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt (the one-column version of the file).
 * - `vcpus`: Amazon EC2 User Guide hardware specifications ("Default vCPUs"), what
 *   max-pods-calculator.sh reads as VCpuInfo.DefaultVCpus to choose the 110 / 250 cap.
 * Other instance types: pass ENIs, IPv4 addresses per ENI and vCPUs to awsMaxPods explicitly.
 */
export const HYPERVISORS = ['nitro', 'xen', 'unknown'] as const;
export type Hypervisor = (typeof HYPERVISORS)[number];

export interface InstanceLimits {
  readonly type: string;
  readonly enis: number;
  readonly ipv4PerEni: number;
  readonly vcpus: number;
  readonly hypervisor: Hypervisor;
  readonly bareMetal: boolean;
  readonly eniMaxPods: number;
}

type Row = readonly [type: string, enis: number, ipv4PerEni: number, vcpus: number, eniMaxPods: number];

// Virtualized Nitro sizes; `.metal` rows are added below with hypervisor "unknown".
const NITRO: readonly Row[] = [
  ['t3.nano', 2, 2, 2, 4],
  ['t3.micro', 2, 2, 2, 4],
  ['t3.small', 3, 4, 2, 11],
  ['t3.medium', 3, 6, 2, 17],
  ['t3.large', 3, 12, 2, 35],
  ['t3.xlarge', 4, 15, 4, 58],
  ['t3.2xlarge', 4, 15, 8, 58],
  ['m5.large', 3, 10, 2, 29],
  ['m5.xlarge', 4, 15, 4, 58],
  ['m5.2xlarge', 4, 15, 8, 58],
  ['m5.4xlarge', 8, 30, 16, 234],
  ['m5.8xlarge', 8, 30, 32, 234],
  ['m5.12xlarge', 8, 30, 48, 234],
  ['m5.16xlarge', 15, 50, 64, 737],
  ['m5.24xlarge', 15, 50, 96, 737],
  ['m6i.large', 3, 10, 2, 29],
  ['m6i.xlarge', 4, 15, 4, 58],
  ['m6i.2xlarge', 4, 15, 8, 58],
  ['m6i.4xlarge', 8, 30, 16, 234],
  ['m6i.8xlarge', 8, 30, 32, 234],
  ['m6i.12xlarge', 8, 30, 48, 234],
  ['m6i.16xlarge', 15, 50, 64, 737],
  ['m6i.24xlarge', 15, 50, 96, 737],
  ['m6i.32xlarge', 15, 50, 128, 737],
  ['c5.large', 3, 10, 2, 29],
  ['c5.xlarge', 4, 15, 4, 58],
  ['c5.2xlarge', 4, 15, 8, 58],
  ['c5.4xlarge', 8, 30, 16, 234],
  ['c5.9xlarge', 8, 30, 36, 234],
  ['c5.12xlarge', 8, 30, 48, 234],
  ['c5.18xlarge', 15, 50, 72, 737],
  ['c5.24xlarge', 15, 50, 96, 737],
  ['r5.large', 3, 10, 2, 29],
  ['r5.xlarge', 4, 15, 4, 58],
  ['r5.2xlarge', 4, 15, 8, 58],
  ['r5.4xlarge', 8, 30, 16, 234],
  ['r5.8xlarge', 8, 30, 32, 234],
  ['r5.12xlarge', 8, 30, 48, 234],
  ['r5.16xlarge', 15, 50, 64, 737],
  ['r5.24xlarge', 15, 50, 96, 737],
];

const METAL: readonly Row[] = [
  ['m5.metal', 15, 50, 96, 737],
  ['m6i.metal', 15, 50, 128, 737],
  ['c5.metal', 15, 50, 96, 737],
  ['r5.metal', 15, 50, 96, 737],
];

const toLimits = (hypervisor: Hypervisor, bareMetal: boolean) => (r: Row): InstanceLimits => ({
  type: r[0],
  enis: r[1],
  ipv4PerEni: r[2],
  vcpus: r[3],
  hypervisor,
  bareMetal,
  eniMaxPods: r[4],
});

export const INSTANCE_LIMITS: readonly InstanceLimits[] = [...NITRO.map(toLimits('nitro', false)), ...METAL.map(toLimits('unknown', true))].sort(
  (a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
);

const BY_TYPE = new Map(INSTANCE_LIMITS.map((l) => [l.type, l]));

export function instanceLimits(type: string): InstanceLimits | undefined {
  return BY_TYPE.get(type);
}
