import { findConflicts, type ConflictReport, type Severity } from '../engine/conflicts';
import type { Topology } from '../engine/model/topology';
import { policyFindings, type Finding as PolicyFinding } from '../engine/policyLint/policyFindings';
import type { QuestionResult } from './problems';

export interface ConflictsInput {
  /** error | warning | info: the answer says whether any finding is at least this severe (the CLI exits 1 then). */
  failOn?: string;
}

export interface ConflictsAnswer extends Omit<ConflictReport, 'findings'> {
  /** CIDR conflicts (src/engine/conflicts), then policy lint (src/engine/policyLint). */
  findings: (ConflictReport['findings'][number] | PolicyFinding)[];
  failOn: Severity | null;
  failed: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function answerConflicts(topology: Topology, input: ConflictsInput = {}): QuestionResult<ConflictsAnswer> {
  const failOn = (input.failOn ?? null) as Severity | null;
  if (failOn !== null && !(failOn in RANK)) {
    return { ok: false, problems: [{ path: 'failOn', message: `"${input.failOn}" is not one of error, warning, info` }] };
  }
  const cidrs = findConflicts(topology);
  const policy = policyFindings(topology);
  const report = { findings: [...cidrs.findings, ...policy], counts: { ...cidrs.counts } };
  for (const f of policy) report.counts[f.severity]++;
  const failed = failOn !== null && report.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  return { ok: true, answer: { ...report, failOn, failed } };
}
