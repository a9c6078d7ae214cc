/** CIDR conflict detection; see README.md. */
export { findConflicts } from './findConflicts';
export type { ConflictObject, ConflictObjectKind, ConflictReport, Finding, FindingKind, Severity } from './types';
