/**
 * kubeadm's networking checks, ported from
 *   kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go
 *   kubernetes/kubernetes cmd/kubeadm/app/constants/constants.go
 * and the range-size helper they use, k8s.io/utils net.RangeSize. Messages are upstream's, formatted as
 * apimachinery's field.Error prints them: `<field>: Invalid value: "<value>": <detail>`.
 *
 * Parsing: upstream parses with netutils.ParseCIDRs (ParseCIDRSloppy), which masks host bits, so
 * "10.0.0.16/12" is 10.0.0.0/12 here too; anything Prefix.tryParse refuses is "couldn't parse subnet".
 */
import type { IpFamily } from '../model/topology';
import { Prefix } from '../net';

export const MINIMUM_ADDRESSES_IN_SERVICE_SUBNET = 10;
export const MINIMUM_ADDRESSES_IN_POD_SUBNET = 14;
export const MAXIMUM_BITS_FOR_SERVICE_SUBNET = 20;
export const POD_SUBNET_NODE_MASK_MAX_DIFF = 16;
/** getClusterNodeMask's defaults when --node-cidr-mask-size-ipv4/-ipv6 are not passed to the controller manager. */
export const DEFAULT_NODE_MASK: Readonly<Record<IpFamily, number>> = { IPv4: 24, IPv6: 64 };

const MAX_INT64 = (1n << 63n) - 1n;

export interface FieldError {
  readonly field: string;
  readonly value: string;
  readonly detail: string;
  /** As field.Error.Error() prints it. */
  readonly message: string;
}

function invalid(field: string, value: string, detail: string): FieldError {
  return { field, value, detail, message: `${field}: Invalid value: ${JSON.stringify(value)}: ${detail}` };
}

/** k8s.io/utils net.RangeSize: the number of addresses, 0 for IPv4 /0–/1 and IPv6 /0–/1, MaxInt64 from 63 host bits. */
export function rangeSize(p: Prefix): bigint {
  const hostBits = p.bits - p.length;
  if ((p.bits === 32 && hostBits >= 31) || (p.bits === 128 && hostBits >= 127)) return 0n;
  if (hostBits >= 63) return MAX_INT64;
  return 1n << BigInt(hostBits);
}

function parseList(subnetStr: string): Prefix[] | undefined {
  const out: Prefix[] = [];
  for (const s of subnetStr.split(',')) {
    const p = Prefix.tryParse(s);
    if (!p) return undefined;
    out.push(p);
  }
  return out;
}

const DUAL_STACK = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';

/** ValidateIPNetFromString: at most two CIDRs, one per family, each with at least `minAddrs` addresses. */
export function validateIPNetFromString(subnetStr: string, minAddrs: number, field: string): FieldError[] {
  const subnets = parseList(subnetStr);
  if (!subnets) return [invalid(field, subnetStr, "couldn't parse subnet")];
  const errs: FieldError[] = [];
  if (subnets.length > 2) errs.push(invalid(field, subnetStr, DUAL_STACK));
  else if (subnets.length === 2 && subnets[0]!.family === subnets[1]!.family) errs.push(invalid(field, subnetStr, DUAL_STACK));
  for (const s of subnets) {
    const n = rangeSize(s);
    if (n < BigInt(minAddrs)) {
      errs.push(invalid(field, s.toString(), `subnet with ${n} address(es) is too small, the minimum is ${minAddrs}`));
    }
  }
  return errs;
}

/** ValidateServiceSubnetSize: no more than 20 host bits ("identical to validation performed in the apiserver"). */
export function validateServiceSubnetSize(subnetStr: string, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const s of parseList(subnetStr) ?? []) {
    if (s.bits - s.length > MAXIMUM_BITS_FOR_SERVICE_SUBNET) {
      const detail = `specified service subnet is too large; for ${s.bits}-bit addresses, the mask must be >= ${s.bits - MAXIMUM_BITS_FOR_SERVICE_SUBNET}`;
      errs.push(invalid(field, s.toString(), detail));
    }
  }
  return errs;
}

/**
 * ValidatePodSubnetNodeMask: the pod subnet must hold at least one node block, and at most 2^16 of them
 * ("limited to 16 due to an issue with uncompressed IP bitmap in core", xref kubernetes#44918). Runs only
 * when the controller manager allocates node CIDRs (allocate-node-cidrs is not "false").
 */
export function validatePodSubnetNodeMask(
  subnetStr: string,
  nodeMasks: Partial<Record<IpFamily, number>>,
  field: string,
): FieldError[] {
  const errs: FieldError[] = [];
  for (const s of parseList(subnetStr) ?? []) {
    const nodeMask = nodeMasks[s.family] ?? DEFAULT_NODE_MASK[s.family];
    if (s.length > nodeMask) {
      errs.push(invalid(field, s.toString(), `the size of pod subnet with mask ${s.length} is smaller than the size of node subnet with mask ${nodeMask}`));
    } else if (nodeMask - s.length > POD_SUBNET_NODE_MASK_MAX_DIFF) {
      errs.push(
        invalid(field, s.toString(), `pod subnet mask (${s.length}) and node-mask (${nodeMask}) difference is greater than ${POD_SUBNET_NODE_MASK_MAX_DIFF}`),
      );
    }
  }
  return errs;
}

/**
 * ValidateNetworking's address checks for a topology's ranges, as `kubeadm init` would run them:
 * serviceSubnet (≥ 10 addresses, ≤ 20 host bits) and podSubnet (≥ 14 addresses, node-mask relation).
 */
export function kubeadmNetworkingChecks(
  podCIDRs: readonly string[],
  serviceCIDRs: readonly string[],
  nodeMasks: Partial<Record<IpFamily, number>>,
  allocateNodeCIDRs = true,
): FieldError[] {
  const errs: FieldError[] = [];
  if (serviceCIDRs.length > 0) {
    const s = serviceCIDRs.join(',');
    errs.push(...validateIPNetFromString(s, MINIMUM_ADDRESSES_IN_SERVICE_SUBNET, 'networking.serviceSubnet'));
    errs.push(...validateServiceSubnetSize(s, 'networking.serviceSubnet'));
  }
  if (podCIDRs.length > 0) {
    const p = podCIDRs.join(',');
    errs.push(...validateIPNetFromString(p, MINIMUM_ADDRESSES_IN_POD_SUBNET, 'networking.podSubnet'));
    if (allocateNodeCIDRs) errs.push(...validatePodSubnetNodeMask(p, nodeMasks, 'networking.podSubnet'));
  }
  return errs;
}
