import { findConflicts, type ConflictReport, type Severity } from '../engine/conflicts';
import type { Topology } from '../engine/model/topology';
import type { QuestionResult } from './problems';

export interface ConflictsInput {
  /** error | warning | info: the answer says whether any finding is at least this severe (the CLI exits 1 then). */
  failOn?: string;
}

export interface ConflictsAnswer extends ConflictReport {
  failOn: Severity | null;
  failed: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function answerConflicts(topology: Topology, input: ConflictsInput = {}): QuestionResult<ConflictsAnswer> {
  const failOn = (input.failOn ?? null) as Severity | null;
  if (failOn !== null && !(failOn in RANK)) {
    return { ok: false, problems: [{ path: 'failOn', message: `"${input.failOn}" is not one of error, warning, info` }] };
  }
  const report = findConflicts(topology);
  const failed = failOn !== null && report.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  return { ok: true, answer: { ...report, failOn, failed } };
}
