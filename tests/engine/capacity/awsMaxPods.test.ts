// EKS max Pods: awslabs/amazon-eks-ami templates/al2/runtime/max-pods-calculator.sh, checked against
// - awsdocs/amazon-eks-user-guide doc_source/choosing-instance-type.md (m5.large, CNI 1.9.0-eksbuild.1:
//   29; with --cni-custom-networking-enabled 20; with --cni-prefix-delegation-enabled 110);
// - awslabs/amazon-eks-ami#1368 (c5.4xlarge: eni-max-pods.txt says 234, the calculator 110);
// - aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt (every row of the built-in table, --show-max-allowed).
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { awsMaxPods, cniSupportsPrefixDelegation, INSTANCE_LIMITS, maxPods, type AwsMaxPodsInput } from '../../../src/engine/capacity';

function value(input: AwsMaxPodsInput): number {
  const r = awsMaxPods(input);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value.maxPods.value;
}

describe('the EKS user guide examples (m5.large, CNI 1.9.0-eksbuild.1)', () => {
  const base = { instanceType: 'm5.large', cniVersion: '1.9.0-eksbuild.1' };
  test('default: 29', () => assert.equal(value(base), 29));
  test('custom networking: 20', () => assert.equal(value({ ...base, customNetworking: true }), 20));
  test('prefix delegation: 110', () => assert.equal(value({ ...base, prefixDelegation: true }), 110));
});

describe('the 110 / 250 ceiling applies with and without prefix delegation', () => {
  const cases: [name: string, input: AwsMaxPodsInput, want: number][] = [
    ['c5.4xlarge (16 vCPUs, awslabs/amazon-eks-ami#1368)', { instanceType: 'c5.4xlarge', cniVersion: '1.11.4-eksbuild.1' }, 110],
    ['c5.9xlarge (36 vCPUs): min(250, 234)', { instanceType: 'c5.9xlarge' }, 234],
    ['m5.16xlarge (64 vCPUs): min(250, 737)', { instanceType: 'm5.16xlarge' }, 250],
    ['m5.8xlarge (32 vCPUs) with PD: 8 × 29 × 16 + 2 = 3714 → 250', { instanceType: 'm5.8xlarge', prefixDelegation: true }, 250],
    ['t3.medium with PD: 3 × 5 × 16 + 2 = 242 → 110 (2 vCPUs)', { instanceType: 't3.medium', prefixDelegation: true }, 110],
    ['t3.small with PD and custom networking: 2 × 3 × 16 + 2 = 98', { instanceType: 't3.small', prefixDelegation: true, customNetworking: true }, 98],
    ['t3.nano: 2 × 1 + 2 = 4', { instanceType: 't3.nano' }, 4],
  ];
  for (const [name, input, want] of cases) test(name, () => assert.equal(value(input), want));
});

describe('prefix delegation conditions', () => {
  test('CNI older than 1.9 uses secondary IPs', () => {
    const r = awsMaxPods({ instanceType: 'm5.large', prefixDelegation: true, cniVersion: '1.8.0' });
    assert.ok(r.ok);
    assert.equal(r.value.prefixDelegation.applied, false);
    assert.equal(r.value.maxPods.value, 29);
  });
  test('bare metal (hypervisor "unknown") uses secondary IPs', () => {
    const r = awsMaxPods({ instanceType: 'm5.metal', prefixDelegation: true, showMaxAllowed: true });
    assert.ok(r.ok);
    assert.deepEqual([r.value.prefixDelegation.applied, r.value.maxPods.value], [false, 737]);
  });
  test('the version test is "major > 1 or minor > 8"', () => {
    assert.deepEqual(['1.8.9', '1.9.0', '1.10.1-eksbuild.1', '2.0.0'].map(cniSupportsPrefixDelegation), [false, true, true, true]);
    assert.equal(cniSupportsPrefixDelegation('v1.12'), undefined);
  });
});

describe('--cni-max-eni and explicit limits', () => {
  test('max ENIs: min(N, instance ENIs), then custom networking takes one', () => {
    assert.equal(value({ instanceType: 'm5.4xlarge', maxEnis: 2, showMaxAllowed: true }), 2 * 29 + 2);
    assert.equal(value({ instanceType: 'm5.4xlarge', maxEnis: 20, showMaxAllowed: true }), 234);
    assert.equal(value({ instanceType: 'm5.4xlarge', maxEnis: 2, customNetworking: true, showMaxAllowed: true }), 29 + 2);
  });
  test('types outside the table need their limits', () => {
    const r = awsMaxPods({ instanceType: 'x9.huge' });
    assert.equal(r.ok, false);
    // m4.large in eni-max-pods.txt is 20: 2 ENIs × (10 − 1) + 2.
    assert.equal(value({ instanceType: 'm4.large', enis: 2, ipv4PerEni: 10, vcpus: 2, hypervisor: 'xen', prefixDelegation: true }), 20);
  });
  test('unknown vCPUs: no ceiling, and the figure says so', () => {
    const r = awsMaxPods({ enis: 15, ipv4PerEni: 50 });
    assert.ok(r.ok);
    assert.deepEqual([r.value.maxPods.value, r.value.maxPods.exact, r.value.ceiling], [737, false, null]);
  });
});

describe('the built-in instance table', () => {
  test('holds at least 40 types of the t3, m5, m6i, c5 and r5 families', () => {
    assert.ok(INSTANCE_LIMITS.length >= 40);
    for (const family of ['t3.', 'm5.', 'm6i.', 'c5.', 'r5.']) assert.ok(INSTANCE_LIMITS.some((l) => l.type.startsWith(family)), family);
  });
  // ENIs × (IPs − 1) + 2 must reproduce misc/eni-max-pods.txt for every row: this checks the ENI / IPv4 columns.
  for (const l of INSTANCE_LIMITS) {
    test(`${l.type}: ${l.enis} × (${l.ipv4PerEni} − 1) + 2 = ${l.eniMaxPods}`, () => {
      assert.equal(value({ instanceType: l.type, showMaxAllowed: true }), l.eniMaxPods);
    });
  }
});

test('the maxPods question', () => {
  const eks = maxPods({ provider: 'eks', instanceType: 'm5.large', prefixDelegation: true });
  assert.ok(eks.ok && eks.value.provider === 'eks');
  assert.equal(eks.value.eks.maxPods.value, 110);
  assert.ok(eks.value.citations.awsCalculator?.includes('max-pods-calculator.sh'));
  const gke = maxPods({ provider: 'gke', maxPodsPerNode: 32 });
  assert.ok(gke.ok && gke.value.provider === 'gke');
  assert.deepEqual([gke.value.gke.nodeRange.value, gke.value.gke.addresses], [26, 64]);
  assert.equal(maxPods({ provider: 'gke', maxPodsPerNode: 7 }).ok, false);
});
