/**
 * REFERENCE ONLY — the object-per-entry findConflicts as it was before the columnar rewrite,
 * frozen here so equivalence.test.ts can check the fast one against it. Not used by the service; do not
 * "fix" it to match src/, fix src/ (or, for an intended behavior change, change both in one commit).
 *
 * CIDR conflicts of a topology, both families, in one sweep: every address-bearing thing becomes an entry,
 * the entries are sorted into a containment forest once (O(n log n)), and each rule walks only the chain of
 * containers of the entry it judges. See README.md for the rules and their severities.
 */
import type { Topology } from '../../../../src/engine/model/topology';
import { collectEntries } from './entries';
import { checkClusterIP, checkContext, checkDuplicates, checkNodeIP, checkNodePodCIDR, checkPodIP } from './entryChecks';
import { EntryIndex } from './entryIndex';
import { PAIR_KINDS, pairFinding } from './pairRules';
import type { ConflictReport, Finding, Severity } from '../../../../src/engine/conflicts/types';

export function findConflicts(topology: Topology): ConflictReport {
  const entries = collectEntries(topology);
  const index = new EntryIndex(entries);
  const ctx = checkContext(topology, entries);
  const findings: Finding[] = [];

  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (PAIR_KINDS.has(e.kind)) {
      for (const j of index.containers(i)) {
        if (j < i && index.sameGroup(i, j)) continue; // identical prefixes: judge each pair once
        const f = pairFinding(e, entries[j]!, ctx);
        if (f) findings.push(f);
      }
    }
    if (e.kind === 'nodePodCIDR') findings.push(...checkNodePodCIDR(i, e, index, ctx));
    else if (e.kind === 'podIP') findings.push(...checkPodIP(i, e, index, ctx));
    else if (e.kind === 'nodeIP') findings.push(...checkNodeIP(i, e, index, ctx));
    else if (e.kind === 'clusterIP') findings.push(...checkClusterIP(i, e, index, ctx));
  }
  for (let g = 0; g < index.groupCount; g++) findings.push(...checkDuplicates(g, index));

  findings.sort(compareFindings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, counts };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function objectsKey(f: Finding): string {
  return f.objects.map((o) => `${o.kind}\u0000${o.name}\u0000${o.cidr}`).join('\u0001');
}

/** Severity, then code, then the objects involved; plain code-unit order, never locale-dependent. */
function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return RANK[a.severity] - RANK[b.severity];
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  const ka = objectsKey(a);
  const kb = objectsKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
