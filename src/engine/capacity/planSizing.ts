/**
 * The sizing half of the planner: prefix lengths for the node block, the pod CIDR, the service CIDR and
 * the node subnet of one family, each from the rule of the provider that owns it (plan.ts places them).
 */
import type { IpFamily } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { calicoBlocksPerNode, CALICO_DEFAULT_BLOCK_SIZE } from './calico';
import { GCP_SUBNET_RESERVED, gkeNodeRange } from './gke';
import { hostLocalLengthFor } from './hostLocal';
import { MINIMUM_ADDRESSES_IN_SERVICE_SUBNET, POD_SUBNET_NODE_MASK_MAX_DIFF } from './kubeadm';
import { AZURE_OVERLAY_MAX_PODS, AZURE_OVERLAY_NODE_MASK } from './podCapacity';
import { allocatableClusterIPs, APISERVER_MAX_CIDR_BITS } from './serviceRange';
import { figure, pow2, type Figure, type Provider } from './types';

export interface FamilySizing {
  readonly family: IpFamily;
  /** Node block length (kube-controller-manager --node-cidr-mask-size-*), null when the IPAM has none. */
  readonly nodeMask: Figure<number> | null;
  /** Pod CIDR length, null when pods take underlay addresses (EKS). */
  readonly podCIDRLength: Figure<number> | null;
  readonly serviceLength: Figure<number>;
  readonly nodeSubnetLength: Figure<number>;
  readonly problems: readonly string[];
}

export interface SizingInput {
  readonly provider: Provider;
  readonly family: IpFamily;
  readonly nodes: number;
  readonly maxPodsPerNode: number;
  readonly services: number;
  readonly calicoBlockSize?: number;
  readonly awsPrefixDelegation?: boolean;
}

const bitsOf = (f: IpFamily) => (f === 'IPv4' ? 32 : 128);
const log2Ceil = (n: number) => (n <= 1 ? 0 : Math.ceil(Math.log2(n) - 1e-12));
/** Reserved addresses per node subnet: cloud rules, else network + gateway + broadcast (IPv4) / network + gateway (IPv6). */
const SUBNET_RESERVED: Readonly<Record<Provider, number>> = { generic: 3, calico: 3, gke: GCP_SUBNET_RESERVED, eks: 5, aks: 5 };

/** The smallest prefix length of `family` with at least `addresses` addresses. */
export function lengthFor(family: IpFamily, addresses: bigint): number {
  const bits = bitsOf(family);
  let h = 0;
  while (h < bits && pow2(h) < addresses) h++;
  return bits - h;
}

export function sizeFamily(input: SizingInput): FamilySizing {
  const { provider, family, nodes, maxPodsPerNode: maxPods, services } = input;
  const problems: string[] = [];
  const bits = bitsOf(family);
  let nodeMask: Figure<number> | null = null;
  let podCIDRLength: Figure<number> | null = null;
  let podAddressesPerNode = 0; // underlay addresses each node consumes for pods (EKS)

  if (provider === 'eks') {
    if (input.awsPrefixDelegation) podAddressesPerNode = Math.ceil(maxPods / 16) * 16;
    else podAddressesPerNode = maxPods;
  } else if (provider === 'calico') {
    const block = input.calicoBlockSize ?? CALICO_DEFAULT_BLOCK_SIZE[family];
    const perNode = calicoBlocksPerNode(maxPods, pow2(bits - block), 1);
    const blocks = nodes * perNode;
    const len = block - log2Ceil(blocks);
    podCIDRLength = figure(len, 'plan.podCIDR.calico', `${nodes} nodes × ${perNode} /${block} block(s) (max Pods ${maxPods} + 1 tunnel address) = ${blocks} blocks → /${len}`, ['calicoIpPool', 'calicoBlocks']);
  } else {
    let mask: number;
    if (provider === 'gke') {
      const r = family === 'IPv4' ? gkeNodeRange(maxPods) : null;
      if (r && !r.ok) problems.push(r.message);
      mask = r?.ok ? r.length.value : 64;
      nodeMask = r?.ok ? r.length : figure(64, 'plan.nodeMask.ipv6', 'IPv6 node ranges: /64 (kubeadm default)', 'kubeadmValidation');
    } else if (provider === 'aks') {
      if (maxPods > AZURE_OVERLAY_MAX_PODS) problems.push(`Azure CNI Overlay allows at most ${AZURE_OVERLAY_MAX_PODS} pods per node, asked ${maxPods}`);
      mask = family === 'IPv4' ? AZURE_OVERLAY_NODE_MASK : 64;
      nodeMask = figure(mask, 'plan.nodeMask.aks', family === 'IPv4' ? 'Azure CNI Overlay: a /24 per node' : 'IPv6: /64 per node', 'azureOverlay');
    } else {
      const len = family === 'IPv4' ? hostLocalLengthFor(family, maxPods) : 64;
      mask = len ?? bits;
      if (len === undefined) problems.push(`no ${family} block offers ${maxPods} host-local addresses`);
      nodeMask =
        family === 'IPv4'
          ? figure(mask, 'plan.nodeMask.hostLocal', `smallest block whose host-local range (2^h − 3) holds ${maxPods} pods: /${mask} (kube-controller-manager's default is /24)`, 'hostLocal')
          : figure(64, 'plan.nodeMask.ipv6', 'IPv6 node blocks: /64 (kubeadm default)', 'kubeadmValidation');
    }
    const diff = log2Ceil(nodes);
    if (diff > POD_SUBNET_NODE_MASK_MAX_DIFF && provider !== 'gke' && provider !== 'aks') {
      problems.push(
        `${nodes} nodes need 2^${diff} node blocks; kubeadm (PodSubnetNodeMaskMaxDiff) and the IPv6 cidrset allow at most 2^${POD_SUBNET_NODE_MASK_MAX_DIFF}`,
      );
    }
    const len = mask - diff;
    if (len < 0) problems.push(`${nodes} blocks of /${mask} do not fit in the ${family} space`);
    podCIDRLength = figure(Math.max(len, 0), 'plan.podCIDR.blocks', `${nodes} nodes → 2^${diff} blocks of /${mask} → /${len}`, provider === 'gke' ? 'gkeMaxPods' : ['cidrSet', 'kubeadmValidation']);
  }

  const svcNeed = BigInt(Math.max(services, MINIMUM_ADDRESSES_IN_SERVICE_SUBNET));
  let svcLen = bits;
  while (svcLen > 0 && allocatableClusterIPs(Prefix.of(IpAddress.fromBigInt(family, 0n), svcLen), 'ipaddress') < svcNeed) svcLen--;
  if (bits - svcLen > APISERVER_MAX_CIDR_BITS) {
    problems.push(`${services} Services need more than 2^${APISERVER_MAX_CIDR_BITS} addresses: only the 1.34+ IPAddress allocator accepts such a range`);
  }
  const serviceLength = figure(
    svcLen,
    'plan.serviceCIDR',
    `smallest range whose allocatable ClusterIPs (${family === 'IPv4' ? '2^h − 2' : '2^h − 1'}) cover max(${services}, 10) → /${svcLen}`,
    ['ipAddressAllocator', 'kubeadmConstants'],
  );

  const reserved = SUBNET_RESERVED[provider];
  const perNode = 1 + podAddressesPerNode;
  const need = BigInt(nodes) * BigInt(perNode) + BigInt(reserved);
  const subnetLen = family === 'IPv6' ? Math.min(64, lengthFor(family, need)) : lengthFor(family, need);
  const nodeSubnetLength = figure(
    subnetLen,
    'plan.nodeSubnet',
    `${nodes} nodes × ${perNode} address(es)${podAddressesPerNode ? ` (node + ${podAddressesPerNode} pod addresses${input.awsPrefixDelegation ? ' in /28 prefixes' : ''})` : ''} + ${reserved} reserved → /${subnetLen}` +
      (family === 'IPv6' ? ' (at most /64: SLAAC needs a /64)' : ''),
    provider === 'gke' ? 'gcpSubnetReserved' : provider === 'eks' ? ['awsSubnetReserved', 'awsCalculator'] : provider === 'aks' ? 'azureSubnetReserved' : 'hostLocal',
    provider === 'gke' || provider === 'aks',
  );
  return { family, nodeMask, podCIDRLength, serviceLength, nodeSubnetLength, problems };
}
