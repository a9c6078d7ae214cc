// kubeadm's networking validation, ported from kubernetes/kubernetes
// cmd/kubeadm/app/apis/kubeadm/validation/validation_test.go (TestValidateIPNetFromString,
// TestValidatePodSubnetNodeMask, TestValidateServiceSubnetSize): same inputs, same pass/fail verdicts.
// The messages are checked against validation.go's format strings.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  kubeadmNetworkingChecks,
  rangeSize,
  validateIPNetFromString,
  validatePodSubnetNodeMask,
  validateServiceSubnetSize,
} from '../../../src/engine/capacity';
import { Prefix } from '../../../src/engine/net';

describe('ValidateIPNetFromString (TestValidateIPNetFromString, dual-stack table)', () => {
  const cases: [name: string, subnet: string, minAddrs: number, valid: boolean][] = [
    ['invalid missing CIDR', '', 0, false],
    ['valid dual-stack enabled but only an IPv4 CIDR specified', '10.0.0.16/12', 10, true],
    ['valid dual-stack enabled but only an IPv6 CIDR specified', '2001:db8::/98', 10, true],
    ['invalid IPv4 address provided instead of CIDR representation', '1.2.3.4,2001:db8::/98', 0, false],
    ['invalid IPv6 address provided instead of CIDR representation', '2001:db8::1,10.0.0.16/12', 0, false],
    ['valid, but IPv4 CIDR too small. At least 10 addresses needed', '10.0.0.16/29,2001:db8::/98', 10, false],
    ['valid, but IPv6 CIDR too small. At least 10 addresses needed', '10.0.0.16/12,2001:db8::/125', 10, false],
    ['valid, but only IPv4 family addresses specified. IPv6 CIDR is necessary.', '10.0.0.16/12,192.168.0.0/16', 10, false],
    ['valid, but only IPv6 family addresses specified. IPv4 CIDR is necessary.', '2001:db8::/98,2005:db8::/98', 10, false],
    ['valid IPv4 and IPv6 CIDR', '10.0.0.16/12,2001:db8::/98', 10, true],
    ['valid IPv6 and IPv4 CIDR', '10.0.0.16/12,2001:db8::/98', 10, true],
    ['invalid IPv6 and IPv4 CIDR with more than 2 subnets', '10.0.0.16/12,2001:db8::/98,192.168.0.0/16', 10, false],
    ['invalid IPv6 and IPv4 CIDR with more than 2 subnets', '10.0.0.16/12,2001:db8::/98,192.168.0.0/16,a.b.c.d/24', 10, false],
  ];
  for (const [name, subnet, min, valid] of cases) {
    test(`${name}: ${JSON.stringify(subnet)}`, () => {
      assert.equal(validateIPNetFromString(subnet, min, 'networking.podSubnet').length === 0, valid);
    });
  }

  test('messages follow field.Invalid and validation.go', () => {
    assert.deepEqual(
      validateIPNetFromString('10.0.0.16/29', 10, 'networking.serviceSubnet').map((e) => e.message),
      ['networking.serviceSubnet: Invalid value: "10.0.0.16/29": subnet with 8 address(es) is too small, the minimum is 10'],
    );
    assert.equal(validateIPNetFromString('', 0, 'f')[0]!.detail, "couldn't parse subnet");
    assert.equal(
      validateIPNetFromString('10.0.0.0/8,192.168.0.0/16', 10, 'f')[0]!.detail,
      'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    );
  });
});

describe('ValidatePodSubnetNodeMask (TestValidatePodSubnetNodeMask, dual-stack table)', () => {
  const cases: [name: string, subnet: string, masks: { IPv4?: number; IPv6?: number }, valid: boolean][] = [
    ['dual IPv4 only, but mask too small. Default node-mask', '10.0.0.16/29', {}, false],
    ['dual IPv4 only, but mask too small. Configured node-mask', '10.0.0.16/24', { IPv4: 23 }, false],
    ['dual IPv6 only, but mask too small. Default node-mask', '2001:db8::1/112', {}, false],
    ['dual IPv6 only, but mask too small. Configured node-mask', '2001:db8::1/64', { IPv6: 24 }, false],
    ['dual IPv6 only, but mask difference greater than 16. Default node-mask', '2001:db8::1/12', {}, false],
    ['dual IPv6 only, but mask difference greater than 16. Configured node-mask', '2001:db8::1/64', { IPv6: 120 }, false],
    ['dual IPv4 only CIDR', '10.0.0.16/12', {}, true],
    ['dual IPv6 only CIDR', '2001:db8::/48', {}, true],
    ['dual, but IPv4 mask too small. Default node-mask', '10.0.0.16/29,2001:db8::/48', {}, false],
    ['dual, but IPv4 mask too small. Configured node-mask', '10.0.0.16/24,2001:db8::/48', { IPv4: 23 }, false],
    ['dual, but IPv6 mask too small. Default node-mask', '2001:db8::1/112,10.0.0.16/16', {}, false],
    ['dual, but IPv6 mask too small. Configured node-mask', '10.0.0.16/16,2001:db8::1/64', { IPv6: 24 }, false],
    ['dual, but mask difference greater than 16. Default node-mask', '2001:db8::1/12,10.0.0.16/16', {}, false],
    ['dual, but mask difference greater than 16. Configured node-mask', '10.0.0.16/16,2001:db8::1/64', { IPv6: 120 }, false],
    ['dual IPv4 IPv6', '2001:db8::/48,10.0.0.16/12', {}, true],
    ['dual IPv6 IPv4', '2001:db8::/48,10.0.0.16/12', {}, true],
  ];
  for (const [name, subnet, masks, valid] of cases) {
    test(name, () => assert.equal(validatePodSubnetNodeMask(subnet, masks, 'networking.podSubnet').length === 0, valid));
  }

  test('messages', () => {
    assert.equal(
      validatePodSubnetNodeMask('10.0.0.16/29', {}, 'networking.podSubnet')[0]!.message,
      'networking.podSubnet: Invalid value: "10.0.0.16/29": the size of pod subnet with mask 29 is smaller than the size of node subnet with mask 24',
    );
    assert.equal(
      validatePodSubnetNodeMask('2001:db8::1/12', {}, 'networking.podSubnet')[0]!.detail,
      'pod subnet mask (12) and node-mask (64) difference is greater than 16',
    );
  });
});

describe('ValidateServiceSubnetSize (TestValidateServiceSubnetSize)', () => {
  const cases: [string, string, boolean][] = [
    ['single IPv4, but mask too large.', '10.0.0.16/2', false],
    ['single IPv6, but mask too large.', '2001:db8::1/64', false],
    ['single IPv4 CIDR', '10.0.0.16/12', true],
    ['single IPv6 CIDR', '2001:db8::/112', true],
    ['dual, but IPv4 mask too large.', '2001:db8::1/112,10.0.0.16/6', false],
    ['dual, but IPv6 mask too large.', '2001:db8::1/12,10.0.0.16/16', false],
    ['dual IPv4 IPv6', '10.0.0.16/12,2001:db8::/112', true],
    ['dual IPv6 IPv4', '2001:db8::/112,10.0.0.16/12', true],
  ];
  for (const [name, subnet, valid] of cases) {
    test(name, () => assert.equal(validateServiceSubnetSize(subnet, 'networking.serviceSubnet').length === 0, valid));
  }

  test('message', () => {
    assert.equal(
      validateServiceSubnetSize('10.0.0.16/2', 'networking.serviceSubnet')[0]!.detail,
      'specified service subnet is too large; for 32-bit addresses, the mask must be >= 12',
    );
  });
});

describe('RangeSize (k8s.io/utils net)', () => {
  const cases: [string, bigint][] = [
    ['10.0.0.0/24', 256n],
    ['10.0.0.0/32', 1n],
    ['10.0.0.0/2', 1n << 30n],
    ['0.0.0.0/1', 0n], // 31 host bits: upstream returns 0
    ['2001:db8::/64', (1n << 63n) - 1n], // ≥ 63 host bits: MaxInt64
    ['2001:db8::/66', 1n << 62n],
    ['::/1', 0n],
  ];
  for (const [cidr, want] of cases) test(cidr, () => assert.equal(rangeSize(Prefix.parse(cidr)), want));
});

test('kubeadmNetworkingChecks on a topology-like set of ranges', () => {
  const errs = kubeadmNetworkingChecks(['10.244.0.0/16', 'fd00:244::/40'], ['10.96.0.0/8'], { IPv4: 24, IPv6: 64 });
  assert.deepEqual(
    errs.map((e) => e.message),
    [
      'networking.serviceSubnet: Invalid value: "10.0.0.0/8": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12',
      'networking.podSubnet: Invalid value: "fd00:244::/40": pod subnet mask (40) and node-mask (64) difference is greater than 16',
    ],
  );
  assert.deepEqual(kubeadmNetworkingChecks(['10.244.0.0/16'], ['10.96.0.0/12'], {}, false), []);
});
