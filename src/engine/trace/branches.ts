/**
 * Forked traces: a Service that load-balances gives one branch per endpoint, each with its probability
 * (docs/ARCHITECTURE.md "Traces"), and so does a DNS answer with several addresses. Each branch is a whole trace from
 * the sender; the trace that holds them summarizes them:
 *
 * - `disposition`: the branches' disposition when they all agree; otherwise the failing disposition with the
 *   largest total probability (ties broken by DISPOSITIONS order). A successful answer therefore means every
 *   endpoint is reached — reachability's "reachable" keeps its meaning;
 * - `hops`: the path of the first branch with that disposition, so renderers that know nothing of branches
 *   still print a path that explains the disposition;
 * - `assumptions`: the union over branches, in first-use order;
 * - `outcomes`: each disposition with its branch count and total probability.
 */
import { DISPOSITIONS, SUCCESS_DISPOSITIONS, type Disposition, type Trace, type TraceOutcome } from './types';

export interface Leaf {
  readonly probability: number;
  readonly endpoint: string | null;
  readonly trace: Trace;
}

function outcomesOf(leaves: readonly Leaf[]): TraceOutcome[] {
  const by = new Map<Disposition, { probability: number; branches: number }>();
  for (const l of leaves) {
    const o = by.get(l.trace.disposition) ?? { probability: 0, branches: 0 };
    by.set(l.trace.disposition, { probability: o.probability + l.probability, branches: o.branches + 1 });
  }
  return DISPOSITIONS.filter((d) => by.has(d)).map((d) => ({ disposition: d, ...by.get(d)! }));
}

/** The summary disposition of `outcomes` (see the file comment). */
export function summaryDisposition(outcomes: readonly TraceOutcome[]): Disposition {
  const failing = outcomes.filter((o) => !SUCCESS_DISPOSITIONS.has(o.disposition));
  const pool = failing.length > 0 ? failing : outcomes;
  let best = pool[0]!;
  // `pool` is in DISPOSITIONS order, so a strict comparison keeps the earlier one on ties.
  for (const o of pool) if (o.probability > best.probability + 1e-12) best = o;
  return best.disposition;
}

export function combine(leaves: readonly Leaf[]): Trace {
  if (leaves.length === 1) return leaves[0]!.trace;
  const outcomes = outcomesOf(leaves);
  const disposition = summaryDisposition(outcomes);
  const shown = leaves.find((l) => l.trace.disposition === disposition)!;
  const assumptions = new Set<string>();
  for (const l of leaves) for (const a of l.trace.assumptions) assumptions.add(a);
  return {
    disposition,
    hops: shown.trace.hops,
    assumptions: [...assumptions],
    branches: leaves.map((l) => ({ probability: l.probability, endpoint: l.endpoint, trace: l.trace })),
    outcomes,
  };
}
