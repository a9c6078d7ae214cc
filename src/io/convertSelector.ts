/**
 * metav1.LabelSelector → LabelSelector, checked as the API server's ValidateLabelSelector does
 * (kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go):
 * label syntax in matchLabels, a known operator, values for In/NotIn and none for Exists/DoesNotExist.
 */
import type { LabelSelector, LabelSelectorRequirement, SelectorOperator } from '../engine/model/policy';
import { SELECTOR_OPERATORS } from '../engine/model/policy';
import { labelKeyProblem, labelValueProblem } from '../engine/model/names';
import { labelsField } from './fields';
import type { PathSegment, Scope } from './problems';
import type { LabelSelectorObject } from './policySchemas';

export const EMPTY_SELECTOR: LabelSelector = { matchLabels: {}, matchExpressions: [] };

export function convertSelector(raw: LabelSelectorObject | null | undefined, scope: Scope, at: readonly PathSegment[]): LabelSelector {
  if (raw === null || raw === undefined) return EMPTY_SELECTOR;
  const matchLabels = labelsField(raw.matchLabels, scope, [...at, 'matchLabels']);
  const matchExpressions: LabelSelectorRequirement[] = [];
  (raw.matchExpressions ?? []).forEach((expression, index) => {
    const path = [...at, 'matchExpressions', index];
    const keyProblem = labelKeyProblem(expression.key);
    if (keyProblem !== null) scope.error([...path, 'key'], `label key ${JSON.stringify(expression.key)}: ${keyProblem}`);
    const operator = expression.operator as SelectorOperator;
    if (!SELECTOR_OPERATORS.includes(operator)) {
      scope.error([...path, 'operator'], `${JSON.stringify(expression.operator)} is not one of: ${SELECTOR_OPERATORS.join(', ')}`);
      return;
    }
    const values = expression.values ?? [];
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
      scope.error([...path, 'values'], `must be specified when operator is ${operator}`);
    }
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
      scope.error([...path, 'values'], `may not be specified when operator is ${operator}`);
    }
    values.forEach((value, v) => {
      const problem = labelValueProblem(value);
      if (problem !== null) scope.error([...path, 'values', v], `label value ${JSON.stringify(value)} ${problem}`);
    });
    matchExpressions.push({ key: expression.key, operator, values: [...values] });
  });
  return { matchLabels, matchExpressions };
}

/** `{}`: selects everything. */
export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}
