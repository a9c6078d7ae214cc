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
  explainVerdict,
  policyAssumptions,
  resolveEndpoint,
  type PolicyConnection,
  type PolicyDecision,
  type PolicyEndpoint,
  type DirectionReason,
  type DirectionVerdict,
} from './decide';
