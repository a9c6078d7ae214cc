/**
 * A v1 Namespace → Namespace: its name and labels. The API server sets `kubernetes.io/metadata.name` to the
 * namespace's name on every namespace and refuses any other value for it (kubernetes/kubernetes
 * pkg/registry/core/namespace/strategy.go, PrepareForCreate/Validate), so it is added here, and a different
 * value is an error.
 */
import { NAMESPACE_NAME_LABEL, type Namespace } from '../engine/model/policy';
import { dns1123LabelProblem } from '../engine/model/names';
import { labelsField, nameField } from './fields';
import type { Scope } from './problems';
import { namespaceSchema } from './policySchemas';
import { checkShape } from './shapeProblems';

export function convertNamespace(raw: unknown, scope: Scope): Namespace | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const namespace = checkShape(namespaceSchema, raw, scope);
  if (namespace === null) return null;
  const name = nameField(namespace.metadata?.name, scope, ['metadata', 'name'], 'a Namespace', dns1123LabelProblem);
  const labels = labelsField(namespace.metadata?.labels, scope, ['metadata', 'labels']);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  const written = labels[NAMESPACE_NAME_LABEL];
  if (written !== undefined && written !== name) {
    scope.error(['metadata', 'labels', NAMESPACE_NAME_LABEL], `must be the namespace's name ${JSON.stringify(name)}, got ${JSON.stringify(written)}`);
  }
  return { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name } };
}
