import { FINDING_CODES, type FindingCode } from '../../engine/overlay/findings';
import type { OverheadFindingDetails } from './generated/types';

/** The member types' names, as codegen reads them from schema.graphql. */
export type FindingDetailsTypeName = NonNullable<OverheadFindingDetails['__typename']>;

/**
 * An overhead finding's details, typed per code: the union OverheadFindingDetails has one member per finding code, named
 * after it (POD_MTU_EXCEEDS_PATH → PodMtuExceedsPathDetails). tests/api/graphqlContract.test.ts keeps the union equal to
 * the engine's code list.
 */
export function findingDetailsType(code: FindingCode): FindingDetailsTypeName {
  // The contract test checks every code's name is a member of the union.
  return `${code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}Details` as FindingDetailsTypeName;
}

export const FINDING_DETAILS_TYPES: readonly string[] = FINDING_CODES.map(findingDetailsType);
