/**
 * src/engine/overlay: encapsulation kinds, overhead bytes and the CNIs' MTU rules (see README.md).
 * Everything here is pure and deterministic, and every result is plain JSON-serializable data.
 */
export { SOURCES, type SourceKey } from './sources';
export { encapsulation, perPacketOverhead, isEncapsulating, ROUTED_MODES, type Encapsulation, type EncapsulationOptions, type HeaderLayer } from './encapsulation';
export { podMtu, type PodMtu, type PodMtuInput } from './mtu';
export { modeOffered, offeredModes, crossSubnetOffered, familyCarriage, outerFamily, type FamilyCarriage } from './plugins';
export {
  encapPlan,
  encapsulates,
  nodeGroups,
  nodePairs,
  pairEncapsulation,
  subnetPairs,
  type EncapPlan,
  type FamilyPlan,
  type NodeGroup,
  type NodePair,
  type PairEncapsulation,
  type SubnetPair,
} from './pairs';
export { packetOutcome, type PacketFate, type PacketOutcome, type PacketPath } from './fate';
export { type SubnetPairReport, type SubnetPairFamily, type PairPacket } from './subnetPairs';
export { type TrafficEntry, type TrafficEndpoint, type TrafficEndpointKind, type TrafficResult, type TrafficReport } from './traffic';
export { encapOverhead, type EncapOverheadReport, type FamilyOverhead, type NodePodMtu, type OverheadOptions } from './overhead';
export { FINDINGS_PER_CODE, type Finding, type FindingCode, type FindingDetail, type Severity } from './findings';
export { familyOf, podFamilies, primaryFamily, underlayFamily, hostMtu } from './topologyFacts';
