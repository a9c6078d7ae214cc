/** The table runner shared by the conflict tests: build the fixture, apply the case's edit, compare the report. */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { findConflicts } from '../../../src/engine/conflicts/findConflicts';
import type { ConflictObject, FindingKind, Severity } from '../../../src/engine/conflicts/types';
import type { Topology } from '../../../src/engine/model/topology';
import { makeTopology, type Draft } from './builder';

export interface Want {
  kind: FindingKind;
  severity: Severity;
  objects: ConflictObject[];
  /** A fragment the message must contain (the sentence itself is free to improve). */
  message: RegExp;
}

export interface Case {
  name: string;
  edit: (t: Draft<Topology>) => void;
  /** Every finding the edited fixture must produce, in report order; nothing else may appear. */
  want: Want[];
}

export const o = (kind: ConflictObject['kind'], name: string, cidr: string): ConflictObject => ({ kind, name, cidr });
export const POD4 = o('podCIDR', 'podCIDRs[0]', '10.244.0.0/16');
export const POD6 = o('podCIDR', 'podCIDRs[1]', 'fd00:10:244::/56');
export const SVC4 = o('serviceCIDR', 'serviceCIDRs[0]', '10.96.0.0/12');
export const SVC6 = o('serviceCIDR', 'serviceCIDRs[1]', 'fd00:10:96::/112');

export function run(cases: Case[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const report = findConflicts(makeTopology(c.edit));
      assert.deepEqual(
        report.findings.map((f) => ({ kind: f.kind, severity: f.severity, objects: f.objects })),
        c.want.map((w) => ({ kind: w.kind, severity: w.severity, objects: w.objects })),
      );
      report.findings.forEach((f, i) => assert.match(f.message, c.want[i]!.message));
      const count = (s: Severity): number => c.want.filter((w) => w.severity === s).length;
      assert.deepEqual(report.counts, { error: count('error'), warning: count('warning'), info: count('info') });
    });
  }
}
