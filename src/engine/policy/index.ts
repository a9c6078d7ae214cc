/** src/engine/policy: NetworkPolicy / AdminNetworkPolicy evaluation (see README.md). */
export * from './types';
export { inferEnforcement, type Enforcement, type EnforcementSource } from './enforcement';
export { ConnectionSet, MIN_PORT, MAX_PORT } from './connectionSet';
export { matchesSelector, isEmptySelector, formatSelector, EVERYTHING } from './selectors';
export { ipBlockRanges, atomize, formatRange, type IpRange } from './ipRanges';
export { compilePolicies, subjectKey, type CompiledPolicies, type CompileOptions, type PolicyTier, type PeerView } from './compile';
export { evaluateDirection, type DirectionResult, type RuleRef } from './evaluate';
export {
  decidePolicy,
  allowedConnections,
  explainVerdict,
  policyAssumptions,
  resolveEndpoint,
  type PolicyConnection,
  type PolicyDecision,
  type PolicyEndpoint,
  type DirectionReason,
  type DirectionVerdict,
} from './decide';
export {
  connectivity,
  formatConnectivityTxt,
  peerLabel,
  type Connection,
  type ConnectionGroup,
  type ConnectivityLevel,
  type ConnectivityOptions,
  type ConnectivityPeer,
  type ConnectivityResult,
} from './connectivity';
export { subjectFromPod, deploymentOf, inferredOwnerOf, ownerOf, policyModelOfTopology } from './fromTopology';
