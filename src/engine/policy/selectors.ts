/**
 * metav1.LabelSelector matching (k8s.io/apimachinery pkg/labels selector.go): matchLabels AND every
 * matchExpression. `In` needs the key present with one of the values; `NotIn` is true when the key is absent
 * or its value is not listed; `Exists` / `DoesNotExist` test the key alone. An empty selector selects everything.
 */
import type { LabelSelector, Labels } from './types';

export const EVERYTHING: LabelSelector = { matchLabels: {}, matchExpressions: [] };

export function isEmptySelector(s: LabelSelector): boolean {
  return s.matchExpressions.length === 0 && Object.keys(s.matchLabels).length === 0;
}

export function matchesSelector(s: LabelSelector, labels: Labels): boolean {
  for (const key in s.matchLabels) {
    if (labels[key] !== s.matchLabels[key]) return false;
  }
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** The label keys a selector reads (equivalence classes only need these). */
export function selectorKeys(s: LabelSelector): string[] {
  return [...Object.keys(s.matchLabels), ...s.matchExpressions.map((e) => e.key)];
}

/** `app=web,tier in (a,b),!x` — kubectl's selector syntax, for explanations. */
export function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length === 0 ? '{}' : parts.join(',');
}
