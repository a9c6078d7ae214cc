/** src/engine/planner: what-if scenarios — typed operations, applying them, and the diff against the baseline (see README.md). */
export { OPERATION_KINDS } from './operations';
export type * from './operations';
export { parseOperation, parseOperations, MAX_PROBLEMS, type ParsedOperation, type ParsedOperations } from './parseOperation';
export { applyOperations, applyOperation, type ApplyResult } from './apply';
export { parseDiffOptions, type ParsedDiffOptions } from './parseDiffOptions';
export { diffTopologies, type DiffOptions, type ExtraDiff, type ExtraDiffResult, type ScenarioDiff } from './diff';
export type { CellChange, CellOnly, CellSide, ChangeKind, NamedPair, PairDiff, PairSide, ReachabilityDiff } from './diffReach';
export type { DecidingDifference, StepRef } from './diffTrace';
export type { ConflictsDiff, MtuChange, OverheadDiff, SettingChange } from './diffSections';
export type { CapacityDiff, Figures } from './diffCapacity';
export type { KubeProxyDiff, NodeRules } from './diffKubeProxy';
