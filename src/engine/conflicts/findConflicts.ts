/**
 * CIDR conflicts of a topology, both families, in one sweep: every address-bearing thing becomes a row of
 * typed columns, the rows are sorted into a containment forest once (radix sort, O(n·digits)), and each
 * rule walks only the chain of containers of the row it judges, looking only at the kinds it has a rule
 * for. Objects and messages are built for findings only. See README.md for the rules and their severities.
 */
import type { Topology } from '../model/topology';
import { collectEntries, type EntryTable } from './entries';
import { checkContext, checkDuplicates, checkRows, type CheckContext } from './entryChecks';
import { EntryIndex } from './entryIndex';
import { PARTNER_MASK, pairFinding } from './pairRules';
import type { ConflictReport, Finding, Severity } from './types';

export function findConflicts(topology: Topology): ConflictReport {
  const table = collectEntries(topology);
  const index = new EntryIndex(table);
  const ctx = checkContext(topology, table, index);
  const findings: Finding[] = [];
  const partnerMask = PARTNER_MASK;
  const kind = table.kind;
  for (let i = 0; i < table.count; i++) {
    const partners = partnerMask[kind[i]!]!;
    if (partners !== 0) pairFindings(i, partners, table, index, ctx, findings);
  }
  checkRows(ctx, findings);
  checkDuplicates(ctx, findings);

  const sorted = sortFindings(findings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  return { findings: sorted, counts };
}

/**
 * Row i against every row of a partner kind whose prefix equals or contains its own: its own group (rows
 * after i only, so identical prefixes are judged once, lower row first), then outward.
 */
function pairFindings(i: number, partners: number, table: EntryTable, index: EntryIndex, ctx: CheckContext, out: Finding[]): void {
  const { parent, kinds, chainKinds, members } = index;
  const own = index.groupOf[i]!;
  for (let g = own; g >= 0; g = parent[g]!) {
    if ((chainKinds[g]! & partners) === 0) return;
    const here = kinds[g]! & partners;
    if (here === 0) continue;
    for (let k = 0; 1 << k <= here; k++) {
      if ((here & (1 << k)) === 0) continue;
      const end = index.kindStart(g, k + 1);
      for (let pos = index.kindStart(g, k); pos < end; pos++) {
        const j = members[pos]!;
        if (g === own && j <= i) continue;
        const f = pairFinding(table.entry(i), table.entry(j), ctx);
        if (f) out.push(f);
      }
    }
  }
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function objectsKey(f: Finding): string {
  return f.objects.map((o) => `${o.kind}\u0000${o.name}\u0000${o.cidr}`).join('\u0001');
}

/** Severity, then code, then the objects involved; plain code-unit order, never locale-dependent. */
function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, rank: RANK[f.severity], key: objectsKey(f) }));
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (a.f.kind !== b.f.kind) return a.f.kind < b.f.kind ? -1 : 1;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0;
  });
  return keyed.map((x) => x.f);
}
