// The exhaustion forecast: months until each resource runs out under linear growth. The expected values are
// worked by hand from the formulas in src/engine/capacity/forecast.ts (no upstream component forecasts).
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { capacityReport, monthsUntil, podMonths } from '../../../src/engine/capacity';
import { makeTopology } from '../fixtures/cluster';

describe('monthsUntil', () => {
  const cases: [bigint, number, number | null][] = [
    [254n, 2, 127],
    [10n, 3, 3.33],
    [0n, 5, 0], // already exhausted
    [100n, 0, null], // no growth: never
    [100n, 1e-320, null], // a rate so small the quotient overflows: never, not Infinity
  ];
  for (const [available, rate, want] of cases) test(`${available} at ${rate}/month`, () => assert.equal(monthsUntil(available, rate), want));
});

describe('podMonths: H(t) = H0 + (c·n − p)·min(t, T) − p·max(0, t − T)', () => {
  const cases: [name: string, args: [number, number, number, number, number | null], want: number | null][] = [
    ['pods outgrow new nodes: 100 / (50 − 10·2)', [100, 10, 2, 50, null], 3.33],
    ['new nodes outpace pods, no node limit: never', [100, 110, 2, 30, null], null],
    ['new nodes outpace pods until nodes stop at 10: 10 + (100 + 190·10) / 30', [100, 110, 2, 30, 10], 76.67],
    ['runs out before the node limit', [100, 10, 2, 50, 10], 3.33],
    ['no pod growth: never', [100, 10, 0, 0, null], null],
    ['no headroom now', [0, 110, 2, 30, null], 0],
    // Found by tests/hardening/fuzzQuestions.test.ts: 1e308 nodes/month × 110 pods overflows to ∞, and nodes that stop at
    // month 0 made ∞ · 0 = NaN, which the REST answer's schema refused (a 500). Nodes stop at once: only pod growth counts.
    ['overflowing node growth that stops at month 0: 217 / 1.5', [217, 110, 1e308, 1.5, 0], 144.67],
    ['overflowing node growth until month 2: the headroom passes any count, never', [217, 110, 1e308, 1.5, 2], null],
  ];
  for (const [name, args, want] of cases) test(name, () => assert.equal(podMonths(...args), want));
});

describe('forecast on the seed cluster', () => {
  test('node CIDRs run out first', () => {
    // 254 free /24 blocks; the node subnet 10.100.0.0/24 has 253 usable − 2 nodes = 251 free addresses.
    const r = capacityReport(makeTopology(), { growth: { nodesPerMonth: 2, podsPerMonth: 100, servicesPerMonth: 10 } });
    const f = r.forecast!;
    const by = (res: string) => f.items.find((i) => i.resource === res)!;
    assert.deepEqual([by('nodeCIDRs').available, by('nodeCIDRs').months], ['254', 127]);
    assert.deepEqual([by('nodeAddresses').available, by('nodeAddresses').months], ['251', 125.5]);
    // Headroom 216, +110 per node at 2 nodes/month, −100 pods/month: grows by 120/month until month 125.5,
    // then 216 + 120·125.5 = 15276 pods of headroom shrink at 100/month: 125.5 + 152.76.
    assert.deepEqual([by('podIPs').available, by('podIPs').months], ['216', 278.26]);
    // 10.96.0.0/16: 65534 allocatable − 1 used; the one Service is on the primary range.
    assert.deepEqual([by('serviceIPs').available, by('serviceIPs').months], ['65533', 6553.3]);
    assert.deepEqual(f.first, { resource: 'nodeAddresses', family: 'IPv4', scope: 'underlay', months: 125.5 });
  });

  test('no growth: nothing runs out', () => {
    const f = capacityReport(makeTopology(), { growth: {} }).forecast!;
    assert.ok(f.items.every((i) => i.months === null));
    assert.equal(f.first, null);
  });

  test('negative growth is a caller error', () => {
    assert.throws(() => capacityReport(makeTopology(), { growth: { nodesPerMonth: -1 } }), RangeError);
  });
});
