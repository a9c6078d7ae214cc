/**
 * Where every capacity figure comes from. Each rule names the upstream component it mirrors (repository +
 * path, or the provider's documentation page) and whether the model reproduces it exactly. Reports carry the
 * rule id and its source next to each figure, so a user can check any number against upstream.
 */
export const SOURCES = {
  // Kubernetes: node IPAM.
  cidrSet:
    'kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go (NewCIDRSet: 2^(nodeMask − clusterMask) blocks, clusterSubnetMaxDiff 16 for IPv6; AllocateNext: first free block at or after nextCandidate, wrapping)',
  rangeAllocator:
    'kubernetes/kubernetes pkg/controller/nodeipam/ipam/range_allocator.go (occupyCIDRs, filterOutServiceRange, AllocateOrOccupyCIDR) and pkg/controller/nodeipam/node_ipam_controller.go',
  kubeadmValidation:
    'kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go (ValidateIPNetFromString, ValidateServiceSubnetSize, ValidatePodSubnetNodeMask, getClusterNodeMask: default node masks 24 / 64)',
  kubeadmConstants:
    'kubernetes/kubernetes cmd/kubeadm/app/constants/constants.go (MinimumAddressesInServiceSubnet 10, MinimumAddressesInPodSubnet 14, MaximumBitsForServiceSubnet 20, PodSubnetNodeMaskMaxDiff 16)',
  rangeSize: 'kubernetes/utils net/net.go RangeSize (2^(host bits); 0 when host bits ≥ 31 for IPv4 or ≥ 127 for IPv6; MaxInt64 from 63 host bits on)',
  // Kubernetes: ClusterIP allocation.
  bitmapAllocator:
    'kubernetes/kubernetes pkg/registry/core/service/ipallocator/bitmap.go (New: network address never allocated, IPv4 broadcast never allocated, IPv6 capped at 65536 addresses; calculateRangeOffset)',
  ipAddressAllocator:
    'kubernetes/kubernetes pkg/registry/core/service/ipallocator/ipallocator.go (NewIPAllocator: IPv6 prefixes shorter than /64 refused; hostsPerNetwork: IPv4 2^h − 2, IPv6 2^h − 1; static band from calculateRangeOffset)',
  kep3070:
    'KEP-3070 "Reserve Service IP Ranges For Dynamic and Static IP Allocation" — calculateRangeOffset: min(max(16, size/16), 256), 0 for ranges of 16 addresses or fewer; dynamic allocation prefers the upper band',
  apiserverServiceRange:
    'kubernetes/kubernetes cmd/kube-apiserver/app/options/validation.go (validateClusterIPFlags, validateMaxCIDRRange: maxCIDRBits 20 unless MultiCIDRServiceAllocator and DisableAllocatorDualWrite are both enabled)',
  featureGates:
    'kubernetes/kubernetes pkg/features/kube_features.go (MultiCIDRServiceAllocator GA on by default in 1.33; DisableAllocatorDualWrite beta off in 1.33, GA on by default in 1.34)',
  // CNI IPAM.
  hostLocal:
    'containernetworking/plugins plugins/ipam/host-local/backend/allocator/range.go (Canonicalize: "Network %s too small to allocate from" for /31, /32; RangeStart = network + 1; RangeEnd = last address, minus the broadcast for IPv4; gateway defaults to network + 1) and allocator.go (RangeIter.Next skips the gateway)',
  calicoIpPool:
    'projectcalico/calico IPPool reference (docs.tigera.io/calico/latest/reference/resources/ippool): blockSize 20–32 for IPv4, 116–128 for IPv6, default 26 / 122',
  calicoIpamConfig:
    'projectcalico/calico IPAMConfiguration reference (docs.tigera.io/calico/latest/reference/resources/ipamconfig): strictAffinity false = borrowing allowed; maxBlocksPerHost default 20 (0 = no limit, api/pkg/apis/projectcalico/v3 ipamconfig.go "if non-zero")',
  calicoBlocks:
    'projectcalico/calico libcalico-go/lib/ipam/ipam_block.go (newBlock: every address of the block is allocatable) and cni-plugin/pkg/ipamplugin/ipam_plugin.go (only Windows hosts reserve 3 + 1 addresses per block)',
  awsEniMaxPods:
    'aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt ("# of ENI * (# of IPv4 per ENI - 1) + 2": first IP of each ENI unused, +2 host-network pods)',
  awsLimits:
    'aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go (ENILimit, IPv4Limit, HypervisorType, IsBareMetal per instance type; generated from the EC2 API)',
  awsCalculator:
    'awslabs/amazon-eks-ami templates/al2/runtime/max-pods-calculator.sh (PD on Nitro with CNI ≥ 1.9: ENIs × ((IPs − 1) × 16) + 2; else ENIs × (IPs − 1) + 2; --cni-max-eni: min(N, ENIs); custom networking: ENIs − 1; recommended value capped at 110, or 250 above 30 vCPUs)',
  awsUserGuide:
    'awsdocs/amazon-eks-user-guide doc_source/choosing-instance-type.md (m5.large, CNI 1.9.0: 29; custom networking 20; prefix delegation 110)',
  awsVcpus: 'Amazon EC2 User Guide, instance type hardware specifications ("Default vCPUs", the VCpuInfo.DefaultVCpus the calculator reads)',
  awsSubnetReserved: 'Amazon VPC User Guide, "Subnet CIDR blocks": the first four and the last address of every subnet are reserved',
  gkeMaxPods:
    'GKE documentation "Configure maximum Pods per node" (cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr): the node range holds at least twice max Pods — 8 → /28, 9–16 → /27, 17–32 → /26, 33–64 → /25, 65–110 → /24',
  gkeLabel: 'GKE node label cloud.google.com/gke-max-pods-per-node (set from the node pool\'s max Pods per node)',
  gcpSubnetReserved: 'Google Cloud VPC documentation "Subnets": four reserved addresses in every IPv4 primary range (network, gateway, second-to-last, broadcast)',
  azureOverlay:
    'Azure documentation "Azure CNI Overlay networking" (learn.microsoft.com/azure/aks/concepts-network-azure-cni-overlay): each node is assigned a /24 from the pod CIDR; max Pods per node 250 (default 250, minimum 10)',
  azureSubnetReserved: 'Azure Virtual Network FAQ: Azure reserves the first four and the last address of every subnet',
  instanceTypeLabel: 'kubernetes/kubernetes well-known label node.kubernetes.io/instance-type (set by the cloud provider)',
  kubeletMaxPods: 'kubelet --max-pods (default 110), reported as node status.capacity.pods; every pod bound to the node counts, host-network pods included',
  rfc1918: 'RFC 1918 §3 (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)',
  rfc4193: 'RFC 4193 §3 (unique local addresses fc00::/7; fd00::/8 = locally assigned)',
} as const;

export type SourceKey = keyof typeof SOURCES;
