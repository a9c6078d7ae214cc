/**
 * src/engine/capacity: address headroom, CNI rules, the free-CIDR finder and the planner (see README.md).
 * Pure, deterministic, synchronous; every report is plain JSON-serializable data (docs/capacity-json.md).
 */
export { SOURCES, type SourceKey } from './sources';
export { PROVIDERS, type Provider, type Count, type Figure, type Limit } from './types';
export {
  rangeSize,
  validateIPNetFromString,
  validateServiceSubnetSize,
  validatePodSubnetNodeMask,
  kubeadmNetworkingChecks,
  MINIMUM_ADDRESSES_IN_POD_SUBNET,
  MINIMUM_ADDRESSES_IN_SERVICE_SUBNET,
  MAXIMUM_BITS_FOR_SERVICE_SUBNET,
  POD_SUBNET_NODE_MASK_MAX_DIFF,
  type FieldError,
} from './kubeadm';
export {
  allocatableClusterIPs,
  calculateRangeOffset,
  serviceAllocatorFor,
  serviceRangeLimits,
  serviceRangeReport,
  SERVICE_ALLOCATORS,
  type ServiceAllocator,
  type ServiceRangeReport,
} from './serviceRange';
export { hostLocalRange, hostLocalLengthFor, type HostLocalRange } from './hostLocal';
export { INSTANCE_LIMITS, instanceLimits, type InstanceLimits, type Hypervisor } from './awsInstances';
export { awsMaxPods, cniSupportsPrefixDelegation, type AwsMaxPods, type AwsMaxPodsInput, type AwsMaxPodsResult } from './awsMaxPods';
export { gkeNodeRange, gkeMaxNodes, gcpSubnetMaxNodes, type GkeNodeRange } from './gke';
export { calicoPoolReport, calicoBlocksPerNode, type CalicoOptions, type CalicoPoolReport } from './calico';
export { inferProvider, ipamKind, LABELS, type IpamKind, type ProviderInference } from './providerFacts';
export { nodeCidrReport, type NodeCidrFamily, type NodeCidrOptions, type NodeCidrReport } from './nodeCidrs';
export { podCapacityReport, type NodePodCapacity, type PodCapacityOptions, type PodCapacityReport, type PodPool } from './podCapacity';
export { underlayHeadroom, type SubnetHeadroom } from './underlay';
export { providerRules, type GkePool, type ProviderRules } from './providerRules';
export { forecast, monthsUntil, podMonths, type Forecast, type ForecastItem, type ForecastResource, type Growth } from './forecast';
export { capacityReport, type CapacityOptions, type CapacityReport } from './capacityReport';
export {
  freeCidr,
  knownRanges,
  DEFAULT_SUPERNETS,
  type FreeCidrAnswer,
  type FreeCidrRequest,
  type FreeCidrResult,
  type KnownRange,
  type SupernetVerdict,
} from './freeCidr';
export { plan, type Plan, type PlanFamily, type PlannedRange, type PlanRequest, type PlanResult } from './plan';
export { sizeFamily, type FamilySizing } from './planSizing';
export { maxPods, type MaxPodsAnswer, type MaxPodsRequest, type MaxPodsResult } from './maxPods';
