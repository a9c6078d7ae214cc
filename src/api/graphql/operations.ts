import { badInput } from '../../app/errors';
import type { OperationInput } from './generated/types';

/**
 * GraphQL's typed operations (`OperationInput`, a @oneOf input: exactly one field, named after the op) in the planner's
 * stored form `{op, …fields}`, which parseOperation checks as it checks REST's JSON: one validation for every interface,
 * so a problem is worded the same and names `operations[i].<field>` wherever the operation came from.
 *
 * Only the spellings GraphQL cannot share are converted: label maps are lists of {key, value}, and a targetPort (a number
 * or a container port name) is a String. Enum values already arrive as the engine's strings (enums.ts). Explicit nulls
 * are kept: several fields give null a meaning (setPodMtu's derived MTU, a subnet's default MTU).
 */
export function operationsFromInput(inputs: readonly OperationInput[]): unknown[] {
  return inputs.map((input, index) => {
    // @oneOf guarantees exactly one field, set and not null (graphql-js refuses the request otherwise).
    const [op, fields] = Object.entries(input as Record<string, unknown>).find(([, value]) => value !== null && value !== undefined)!;
    if (op === 'removeBaselineAdminNetworkPolicy') {
      // The op has no fields: its input is a Boolean that must say true (false would still remove the policy).
      if (fields !== true) throw badInput([{ path: `operations[${index}].removeBaselineAdminNetworkPolicy`, message: 'must be true (the operation takes no fields)' }]);
      return { op };
    }
    return { op, ...converted(fields as Record<string, unknown>, `operations[${index}]`) };
  });
}

const LABEL_FIELDS = new Set(['labels', 'selector', 'nodeSelector']);

function converted(fields: Record<string, unknown>, path: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      if (LABEL_FIELDS.has(key) && Array.isArray(value)) return [key, labelMap(value as { key: string; value: string }[], `${path}.${key}`)];
      if (key === 'ports' && Array.isArray(value)) return [key, (value as Record<string, unknown>[]).map(portSpec)];
      return [key, value];
    }),
  );
}

/** A label list as the map it stands for; a key given twice would be lost from the map, so it is refused, naming the list. */
function labelMap(labels: readonly { key: string; value: string }[], path: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [i, label] of labels.entries()) {
    if (Object.hasOwn(map, label.key)) throw badInput([{ path: `${path}[${i}].key`, message: `label key ${JSON.stringify(label.key)} is given twice` }]);
    map[label.key] = label.value;
  }
  return map;
}

/**
 * A Service port's targetPort arrives as a String: all digits is a port number, anything else a container port name
 * (an IANA_SVC_NAME must contain a letter, so no name is all digits).
 */
function portSpec(port: Record<string, unknown>): Record<string, unknown> {
  const target = port.targetPort;
  // No leading zero: "0080" is not how a number is written back, so it stays a (bad) name and is refused as REST refuses it.
  return typeof target === 'string' && /^[1-9][0-9]*$/.test(target) ? { ...port, targetPort: Number(target) } : port;
}

/**
 * The reverse of operationsFromInput, for answers (Scenario.operations, DroppedOperation.operation): a stored operation
 * `{op, …fields}` as the `Operation` output type, one field named after the op. Label maps become lists of {key, value},
 * a numeric targetPort its decimal String; enums go out through the enum resolvers as GraphQL names.
 */
export function operationToOutput(stored: unknown): Record<string, unknown> {
  const { op, ...fields } = stored as { op: string } & Record<string, unknown>;
  if (op === 'removeBaselineAdminNetworkPolicy') return { [op]: true };
  return {
    [op]: Object.fromEntries(
      Object.entries(fields).map(([key, value]) => {
        if (LABEL_FIELDS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
          return [key, Object.entries(value as Record<string, string>).map(([k, v]) => ({ key: k, value: v }))];
        }
        if (key === 'ports' && Array.isArray(value)) {
          return [key, (value as Record<string, unknown>[]).map((port) => (typeof port.targetPort === 'number' ? { ...port, targetPort: String(port.targetPort) } : port))];
        }
        return [key, value];
      }),
    ),
  };
}
