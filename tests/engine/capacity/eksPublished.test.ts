/**
 * The published EKS max-pods table (src/engine/capacity/eksEniMaxPods.ts), checked against a handful of values read
 * by hand from awslabs/amazon-eks-ami templates/shared/runtime/eni-max-pods.txt (commit 0254c5b4…), never against a
 * formula over the same table; and awsMaxPods answering types outside the 44-type detailed table from it.
 */
import { describe, expect, test } from '@jest/globals';
import { awsMaxPods } from '../../../src/engine/capacity/awsMaxPods';
import { EKS_ENI_MAX_PODS, publishedMaxPods } from '../../../src/engine/capacity/eksEniMaxPods';

describe('published EKS max pods', () => {
  test.each([
    ['a1.medium', 8],
    ['bmn-sf1.metal', 737],
    ['c6in.32xlarge', 394],
    ['c7i-flex.large', 29],
    ['c8a.48xlarge', 1514],
    ['d3.xlarge', 10],
    ['g5.48xlarge', 345],
    ['hpc6id.32xlarge', 51],
    ['i4i.24xlarge', 437],
    ['m4.large', 20],
    ['p5.48xlarge', 100],
    ['t3a.small', 8],
    ['u-12tb1.metal', 147],
    ['z1d.xlarge', 58],
  ] as const)('%s → %i', (type, value) => {
    expect(publishedMaxPods(type)).toBe(value);
  });

  test('covers every type in the file: 1098 entries, first a1.2xlarge, last z1d.xlarge', () => {
    const types = [...EKS_ENI_MAX_PODS.keys()];
    expect(types.length).toBe(1098);
    expect(types[0]).toBe('a1.2xlarge');
    expect(types[types.length - 1]).toBe('z1d.xlarge');
  });

  test('awsMaxPods answers a published-only type, capped when vCPUs are given', () => {
    const result = awsMaxPods({ instanceType: 'c7a.medium', vcpus: 1 });
    expect(result.ok && { limitsFrom: result.value.limitsFrom, maxPods: result.value.maxPods.value }).toEqual({ limitsFrom: 'published', maxPods: 8 });
    const big = awsMaxPods({ instanceType: 'c8a.48xlarge', vcpus: 192 });
    expect(big.ok && big.value.maxPods.value).toBe(250);
  });

  test('prefix delegation on a published-only type asks for the ENI limits', () => {
    const result = awsMaxPods({ instanceType: 'c7a.medium', prefixDelegation: true });
    expect(result.ok ? '' : result.message).toContain('aws ec2 describe-instance-types');
  });

  test('an unknown type is still refused', () => {
    expect(awsMaxPods({ instanceType: 'zz9.plural' }).ok).toBe(false);
  });
});
