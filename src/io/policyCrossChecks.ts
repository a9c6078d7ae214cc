/**
 * Rules between the policy objects: unique names (namespaces; NetworkPolicies per namespace; admin policies;
 * workloads per kind and namespace), and AdminNetworkPolicies sharing a priority, whose order the API leaves
 * undefined (kubernetes-sigs/network-policy-api adminnetworkpolicy_types.go: "the behavior is undefined if two
 * ANPs have the same priority") — a warning.
 */
import type { AdminNetworkPolicy } from '../engine/model/policy';
import type { SourceObject } from './collectObjects';
import type { Converted } from './crossChecks';
import { DuplicateTracker } from './fields';

export function checkPolicyObjects(input: {
  namespaces: readonly SourceObject[];
  networkPolicies: readonly SourceObject[];
  adminNetworkPolicies: readonly Converted<AdminNetworkPolicy>[];
  baselineAdminNetworkPolicies: readonly SourceObject[];
  workloads: readonly (SourceObject & { kind: string })[];
}): void {
  const lists: [readonly SourceObject[], string, (s: SourceObject) => string | null][] = [
    [input.namespaces, 'Namespace', (s) => s.key],
    [input.networkPolicies, 'NetworkPolicy', (s) => s.key],
    [input.adminNetworkPolicies.map((c) => c.source), 'AdminNetworkPolicy', (s) => s.key],
    [input.baselineAdminNetworkPolicies, 'BaselineAdminNetworkPolicy', (s) => s.key],
    [input.workloads, 'workload', (s) => (s.key === null ? null : `${(s as SourceObject & { kind: string }).kind} ${s.key}`)],
  ];
  for (const [list, what, keyOf] of lists) {
    const seen = new DuplicateTracker();
    for (const source of list) {
      const key = keyOf(source);
      if (key !== null) seen.check(key, source.scope, ['metadata', 'name'], `${what} ${JSON.stringify(key)}`);
    }
  }
  const byPriority = new Map<number, string>();
  for (const { source, value } of input.adminNetworkPolicies) {
    if (value === null) continue;
    const first = byPriority.get(value.priority);
    if (first !== undefined) {
      source.scope.warn(['spec', 'priority'], `AdminNetworkPolicy ${first} has the same priority ${value.priority}; their order is undefined (the API leaves it to the implementation)`);
    } else byPriority.set(value.priority, value.name);
  }
}
