/**
 * Runs a zod schema and turns its issues into Problems whose messages a person can act on
 * (`expected an integer, got "80" (a string)`, `"vxlan2" is not one of: none, host-gw, …`).
 */
import type { z } from 'zod';
import type { Scope, PathSegment } from './problems';

type Issue = z.core.$ZodIssue;

/**
 * The object's shape, every issue reported. When there are issues, the value is still returned with the offending
 * fields removed (defaults apply in their place), so the converters go on to check the other fields: one answer lists
 * every problem of a document, not only its shape errors (a misspelled CNI plugin does not hide a /33 prefix). A caller
 * must not use such a value as valid: the collector already holds errors, and the converters return null for the object.
 */
export function checkShape<T extends z.ZodType>(schema: T, input: unknown, scope: Scope): z.infer<T> | null {
  let result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) report(issue, scope);
  const value: unknown = structuredClone(input);
  for (let round = 0; round < SALVAGE_ROUNDS && !result.success; round++) {
    for (const issue of result.error.issues) {
      if (!prune(value, issue)) return null;
    }
    result = schema.safeParse(value);
  }
  return result.success ? result.data : null;
}

/** Each round removes what the previous one's issues point at; a removed required field points at its parent next. */
const SALVAGE_ROUNDS = 8;

/**
 * Removes the field an issue is about (for an array element: the whole list, so the indexes of the other problems stay
 * those of the document). False when the issue is about the object itself, which cannot be salvaged.
 */
function prune(root: unknown, issue: Issue): boolean {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const holder = walk(root, path);
    if (holder !== null && typeof holder === 'object') for (const key of issue.keys) delete (holder as Record<string, unknown>)[key];
    return true;
  }
  let target = [...path];
  // A field that is already gone (required, and removed in an earlier round) takes its parent with it.
  if (walk(root, target) === undefined) target = target.slice(0, -1);
  while (target.length > 0 && typeof target[target.length - 1] === 'number') target = target.slice(0, -1);
  const key = target.pop();
  if (key === undefined) return false;
  const parent = walk(root, target);
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return false;
  delete (parent as Record<string, unknown>)[key];
  return true;
}

function walk(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function report(issue: Issue, scope: Scope): void {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) scope.error([...path, key], `unknown field ${JSON.stringify(key)}${suggestion(key)}`);
    return;
  }
  scope.error(path, messageFor(issue, path));
}

function messageFor(issue: Issue, path: readonly PathSegment[]): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${fieldName(path)} is required`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      if (input === undefined) return `${fieldName(path)} is required (one of: ${issue.values.map(String).join(', ')})`;
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}, got ${describe(input)}`;
      return `${describe(input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      if (Array.isArray(input)) return `has ${input.length} entries; ${issue.message}`;
      return `${describe(input)} ${issue.message}`;
    case 'invalid_union':
      return `${issue.message}, got ${describe(input)}`;
    default:
      return issue.message;
  }
}

function fieldName(path: readonly PathSegment[]): string {
  const last = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  return last ?? 'a value';
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} (a string)`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)} (a ${typeof value})`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** Field names of the Topology document, for "did you mean" on a misspelled one. */
const KNOWN_FIELDS = [
  'apiVersion', 'kind', 'metadata', 'name', 'description', 'spec', 'clusterDomain', 'podCIDRs', 'serviceCIDRs',
  'nodeCIDRMaskSize', 'ipv4', 'ipv6', 'cni', 'plugin', 'overlay', 'crossSubnet', 'bridge', 'vni', 'port', 'mtu',
  'kubeProxy', 'mode', 'clusterCIDR', 'masqueradeBit', 'masqueradeAll', 'localhostNodePorts', 'nodePortAddresses',
  'underlay', 'subnets', 'cidr', 'gateway', 'zone', 'routes', 'destination', 'via', 'dev', 'type', 'metric', 'src',
  'onlink', 'externalNetworks', 'nodeRoutes', 'networkPolicy', 'ipBlockSelectsPodIPs', 'enforced', 'podToItself', 'ownNode', 'hostNetworkPods',
];

function suggestion(key: string): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_FIELDS) {
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best === null ? '' : ` (did you mean ${JSON.stringify(best)}?)`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 99;
}
