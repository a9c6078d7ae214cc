/** The engine's address layer; see README.md. */
export { AddressParseError } from './errors';
export { IpAddress } from './ipAddress';
export { Prefix } from './prefix';
export { PrefixTrie, type TrieEntry } from './prefixTrie';
export { PrefixSet } from './prefixSet';
export { PrefixColumns, sortedRows } from './prefixColumns';
export { buildContainmentForest, groupMembers, type ContainmentForest } from './containmentForest';
export { findOverlaps, overlapPairs, type Overlap, type OverlapPairs, type OverlapRelation, type Tagged } from './overlaps';
export * from './cidrSet';
export * from './rangeAllocator';
