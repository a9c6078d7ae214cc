/**
 * A family named by the caller is read from the table's own keys: "constructor" or "__proto__" are refused with the
 * field's path like any other unknown name (found by tests/hardening/fuzzQuestions.test.ts, which got a 500 from them).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adhocSubject } from '../../src/app/questions';
import { validateDocument } from '../../src/app/topologyService';
import { answerFreeCidrs } from '../../src/questions/capacity';
import { answerRuleCounts } from '../../src/questions/services';
import { answerTrace } from '../../src/questions/trace';

const outcome = validateDocument(readFileSync(join(__dirname, '..', '..', 'examples', 'seed-overlay.yaml'), 'utf8'), { maxBytes: 10_000_000 });
const subject = adhocSubject(outcome.topology!);

describe.each(['constructor', '__proto__', 'toString', 'ipv5'])('family "%s"', (family) => {
  test.each([
    ['trace', () => answerTrace(subject.snapshot(), { from: 'node:node-1', to: 'pod:default/web-frontend', family })],
    ['free CIDRs', () => answerFreeCidrs(subject.topology, { prefixLength: 24, family })],
    ['kube-proxy rule counts', () => answerRuleCounts(subject.topology, { family })],
  ])('%s refuses it, naming the field', (_question, ask) => {
    const answer = ask();
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.problems.map((p) => p.path)).toContain('family');
  });
});

test('the named families still work', () => {
  const answer = answerTrace(subject.snapshot(), { from: 'node:node-1', to: 'pod:default/web-frontend', family: 'IPv4' });
  expect(answer.ok).toBe(true);
});
