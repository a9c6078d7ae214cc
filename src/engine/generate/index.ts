/** src/engine/generate: the synthetic topology generator (see README.md). */
export { generateTopology } from './generateTopology';
export { resolveOptions, DEFAULT_PLUGIN, MAX_ENDPOINTS_PER_SLICE, type OptionsResult } from './options';
export { MAX_NODES } from './addressPlan';
export type { GenerateOptions, GenerateProblem, GenerateResult, ResolvedOptions } from './types';
export { generatePolicies, INGRESS_CONTROLLER_APP, type GeneratedPolicies } from './policies';
