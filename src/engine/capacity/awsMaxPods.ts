/**
 * EKS max Pods per node, as awslabs/amazon-eks-ami templates/al2/runtime/max-pods-calculator.sh computes it:
 *
 *   enis      = --cni-max-eni ? min(N, instance ENIs) : instance ENIs
 *   enis      = custom networking ? enis − 1 : enis            (the primary ENI carries no pods)
 *   max       = Nitro && prefix delegation && CNI ≥ 1.9
 *                 ? enis × ((IPv4 per ENI − 1) × 16) + 2       (each secondary slot holds a /28 prefix)
 *                 : enis × (IPv4 per ENI − 1) + 2              (first IP of each ENI unused, +2 host-network pods)
 *   recommend = --show-max-allowed ? max : min(vCPUs > 30 ? 250 : 110, max)
 *
 * The cap applies with and without prefix delegation (awsdocs amazon-eks-user-guide: managed node groups
 * enforce it too), so e.g. c5.4xlarge (16 vCPUs, 234 in eni-max-pods.txt) is recommended 110
 * (awslabs/amazon-eks-ami#1368). Bare-metal types report hypervisor "unknown" and get no prefix delegation.
 */
import { instanceLimits, type Hypervisor } from './awsInstances';
import { publishedMaxPods } from './eksEniMaxPods';
import { figure, type Figure } from './types';

export const IPS_PER_PREFIX = 16;
export const MAX_POD_CEILING_FOR_LOW_CPU = 110;
export const MAX_POD_CEILING_FOR_HIGH_CPU = 250;
/** "if [ "$CPU_COUNT" -gt 30 ]". */
export const HIGH_CPU_THRESHOLD = 30;
/** A CNI version new enough for prefix delegation, used when the caller gives none. */
export const DEFAULT_CNI_VERSION = '1.19.0';

export interface AwsMaxPodsInput {
  readonly instanceType?: string;
  /** Override or supply the instance's limits (required for types not in INSTANCE_LIMITS). */
  readonly enis?: number;
  readonly ipv4PerEni?: number;
  readonly vcpus?: number;
  readonly hypervisor?: Hypervisor;
  readonly prefixDelegation?: boolean;
  readonly customNetworking?: boolean;
  /** --cni-max-eni. */
  readonly maxEnis?: number | null;
  /** --cni-version, e.g. "1.9.0-eksbuild.1". */
  readonly cniVersion?: string;
  /** --show-max-allowed: the uncapped value. */
  readonly showMaxAllowed?: boolean;
}

/** Where the ENI limits come from (AwsMaxPods.limitsFrom). */
export const ENI_LIMIT_SOURCES = ['table', 'input', 'table+input', 'published'] as const;

export interface AwsMaxPods {
  readonly instanceType: string | null;
  /** `published`: only EKS's published figure is known for the type (eksEniMaxPods.ts); ENI limits unknown (0). */
  readonly limitsFrom: (typeof ENI_LIMIT_SOURCES)[number];
  readonly enis: number;
  readonly ipv4PerEni: number;
  readonly vcpus: number | null;
  readonly hypervisor: Hypervisor;
  readonly enisForPods: number;
  readonly prefixDelegation: { readonly requested: boolean; readonly applied: boolean; readonly reason: string };
  /** Addresses the ENIs give to pods (without the two host-network pods). */
  readonly podAddresses: number;
  readonly maxAllowed: Figure<number>;
  /** The 110 / 250 ceiling; null when vCPUs are unknown. */
  readonly ceiling: Figure<number> | null;
  /** What the script prints: the recommended value, or maxAllowed with showMaxAllowed. */
  readonly maxPods: Figure<number>;
  /** misc/eni-max-pods.txt's figure for the type (no options, no cap), when the type is in the table. */
  readonly eniMaxPodsFile: number | null;
}

export type AwsMaxPodsResult = { readonly ok: true; readonly value: AwsMaxPods } | { readonly ok: false; readonly message: string };

const positiveInt = (n: number | undefined | null): boolean => n !== undefined && n !== null && Number.isInteger(n) && n >= 1;

/** The script's version test: major > 1, or major = 1 and minor > 8. */
export function cniSupportsPrefixDelegation(version: string): boolean | undefined {
  const m = /^(\d+)\.(\d+)(?:[.-].*)?$/.exec(version);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major > 1 || (major === 1 && minor > 8);
}

export function awsMaxPods(input: AwsMaxPodsInput): AwsMaxPodsResult {
  const table = input.instanceType ? instanceLimits(input.instanceType) : undefined;
  if (input.instanceType && !table && (input.enis === undefined || input.ipv4PerEni === undefined)) {
    const published = publishedMaxPods(input.instanceType);
    if (published !== undefined) return fromPublished(input, input.instanceType, published);
    return {
      ok: false,
      message: `instance type ${input.instanceType} is not in the built-in table; pass its ENI count and IPv4 addresses per ENI (aws ec2 describe-instance-types)`,
    };
  }
  const enis = input.enis ?? table?.enis;
  const ips = input.ipv4PerEni ?? table?.ipv4PerEni;
  if (!positiveInt(enis) || !positiveInt(ips)) return { ok: false, message: 'the ENI count and IPv4 addresses per ENI must be positive integers' };
  if (input.maxEnis !== undefined && input.maxEnis !== null && !positiveInt(input.maxEnis)) {
    return { ok: false, message: '--cni-max-eni must be a positive integer' };
  }
  const vcpus = input.vcpus ?? table?.vcpus ?? null;
  if (vcpus !== null && !positiveInt(vcpus)) return { ok: false, message: 'vCPUs must be a positive integer' };
  const cniVersion = input.cniVersion ?? DEFAULT_CNI_VERSION;
  const pdSupported = cniSupportsPrefixDelegation(cniVersion);
  if (pdSupported === undefined) return { ok: false, message: `CNI version ${JSON.stringify(cniVersion)} is not of the form 1.9.0` };
  const hypervisor = input.hypervisor ?? table?.hypervisor ?? 'nitro';
  const limitsFrom = !table ? 'input' : input.enis !== undefined || input.ipv4PerEni !== undefined || input.vcpus !== undefined ? 'table+input' : 'table';

  let enisForPods = input.maxEnis ? Math.min(input.maxEnis, enis!) : enis!;
  const steps: string[] = [`${enis} ENIs × ${ips} IPv4 addresses per ENI`];
  if (input.maxEnis) steps.push(`--cni-max-eni ${input.maxEnis}: min(${input.maxEnis}, ${enis}) = ${enisForPods} ENIs`);
  if (input.customNetworking) {
    enisForPods -= 1;
    steps.push(`custom networking: the primary ENI carries no pods → ${enisForPods} ENIs`);
  }
  const requested = input.prefixDelegation ?? false;
  const isNitro = hypervisor === 'nitro';
  const applied = requested && isNitro && pdSupported;
  const reason = !requested
    ? 'not requested'
    : !isNitro
      ? `hypervisor ${hypervisor} is not nitro: secondary IPs are used`
      : !pdSupported
        ? `CNI ${cniVersion} is older than 1.9: secondary IPs are used`
        : `Nitro instance, CNI ${cniVersion} ≥ 1.9: /28 prefixes (${IPS_PER_PREFIX} addresses) per slot`;
  const podAddresses = applied ? enisForPods * ((ips! - 1) * IPS_PER_PREFIX) : enisForPods * (ips! - 1);
  const max = podAddresses + 2;
  const formula = applied ? `${enisForPods} × ((${ips} − 1) × ${IPS_PER_PREFIX}) + 2 = ${max}` : `${enisForPods} × (${ips} − 1) + 2 = ${max}`;
  steps.push(formula);
  const maxAllowed = figure(max, applied ? 'aws.maxPods.prefixDelegation' : 'aws.maxPods.secondaryIPs', steps.join('; '), [
    'awsCalculator',
    table ? 'awsLimits' : 'awsCalculator',
  ]);
  const ceilingValue = vcpus === null ? null : vcpus > HIGH_CPU_THRESHOLD ? MAX_POD_CEILING_FOR_HIGH_CPU : MAX_POD_CEILING_FOR_LOW_CPU;
  const ceiling =
    ceilingValue === null
      ? null
      : figure(ceilingValue, 'aws.maxPods.ceiling', `${vcpus} vCPUs ${vcpus! > HIGH_CPU_THRESHOLD ? '> 30 → 250' : '≤ 30 → 110'}`, [
          'awsCalculator',
          'awsVcpus',
        ]);
  let maxPods: Figure<number>;
  if (input.showMaxAllowed) maxPods = maxAllowed;
  else if (ceilingValue === null) {
    maxPods = figure(max, 'aws.maxPods.uncapped', `${formula}; vCPUs unknown, so the 110 / 250 ceiling is not applied`, 'awsCalculator', false);
  } else {
    const v = Math.min(ceilingValue, max);
    maxPods = figure(v, 'aws.maxPods.recommended', `min(${ceilingValue}, ${max}) = ${v}`, ['awsCalculator', 'awsVcpus']);
  }
  return {
    ok: true,
    value: {
      instanceType: input.instanceType ?? null,
      limitsFrom,
      enis: enis!,
      ipv4PerEni: ips!,
      vcpus,
      hypervisor,
      enisForPods,
      prefixDelegation: { requested, applied, reason },
      podAddresses,
      maxAllowed,
      ceiling,
      maxPods,
      eniMaxPodsFile: table?.eniMaxPods ?? null,
    },
  };
}

/**
 * A type AWS publishes a max-pods figure for but whose ENI limits the built-in table lacks: the figure itself (it is
 * ENIs × (IPv4 per ENI − 1) + 2 without options), capped as the calculator caps it when vCPUs are given. Options that
 * need the ENI limits (prefix delegation, custom networking, --cni-max-eni) are refused with what would supply them.
 */
function fromPublished(input: AwsMaxPodsInput, type: string, published: number): AwsMaxPodsResult {
  if (input.prefixDelegation || input.customNetworking || (input.maxEnis !== undefined && input.maxEnis !== null)) {
    return {
      ok: false,
      message: `instance type ${type}: EKS publishes max-pods ${published} for it, but prefix delegation, custom networking and --cni-max-eni need its ENI count and IPv4 addresses per ENI (aws ec2 describe-instance-types)`,
    };
  }
  const vcpus = input.vcpus ?? null;
  const maxAllowed = figure(published, 'aws.maxPods.published', `${type}: ${published} in eni-max-pods.txt (awslabs/amazon-eks-ami)`, 'awsCalculator');
  const ceilingValue = vcpus === null ? null : vcpus > HIGH_CPU_THRESHOLD ? MAX_POD_CEILING_FOR_HIGH_CPU : MAX_POD_CEILING_FOR_LOW_CPU;
  const ceiling = ceilingValue === null ? null : figure(ceilingValue, 'aws.maxPods.ceiling', `${vcpus} vCPUs ${vcpus! > HIGH_CPU_THRESHOLD ? '> 30 → 250' : '≤ 30 → 110'}`, ['awsCalculator', 'awsVcpus']);
  const maxPods =
    input.showMaxAllowed || ceilingValue === null
      ? input.showMaxAllowed
        ? maxAllowed
        : figure(published, 'aws.maxPods.uncapped', `${published} published; vCPUs unknown, so the 110 / 250 ceiling is not applied (pass --vcpus)`, 'awsCalculator', false)
      : figure(Math.min(ceilingValue, published), 'aws.maxPods.recommended', `min(${ceilingValue}, ${published}) = ${Math.min(ceilingValue, published)}`, ['awsCalculator', 'awsVcpus']);
  return {
    ok: true,
    value: {
      instanceType: type,
      limitsFrom: 'published',
      enis: 0,
      ipv4PerEni: 0,
      vcpus,
      hypervisor: input.hypervisor ?? 'nitro',
      enisForPods: 0,
      prefixDelegation: { requested: false, applied: false, reason: 'not requested' },
      podAddresses: published - 2,
      maxAllowed,
      ceiling,
      maxPods,
      eniMaxPodsFile: published,
    },
  };
}
