import { enumResolvers, type EngineEnumName } from '../../src/api/graphql/enums';

/**
 * GraphQL answers closed sets as enum names (ROUTING, CALICO), REST and the CLI as the engine's strings (routing, calico).
 * Cross-interface tests compare data, not spelling: this turns the values at the given keys back into engine strings
 * through the same mapping the server uses (src/api/graphql/enums.ts), anywhere in the answer.
 */
export function asEngineStrings(value: unknown, keys: Readonly<Record<string, EngineEnumName>>): unknown {
  if (Array.isArray(value)) return value.map((v) => asEngineStrings(v, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const enumName = Object.hasOwn(keys, k) ? keys[k] : undefined;
        if (enumName && typeof v === 'string') return [k, enumResolvers[enumName][v] ?? v];
        return [k, asEngineStrings(v, keys)];
      }),
    );
  }
  return value;
}
