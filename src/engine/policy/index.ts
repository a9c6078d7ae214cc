/** src/engine/policy: NetworkPolicy / AdminNetworkPolicy evaluation (see README.md). */
export * from './types';
export { inferEnforcement, type Enforcement, type EnforcementSource } from './enforcement';
