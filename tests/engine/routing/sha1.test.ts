import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hashedVethName, sha1Hex } from '../../../src/engine/routing';

// FIPS 180-2 appendix A test vectors, then random-ish inputs checked against node:crypto.
test('sha1Hex: FIPS vectors', () => {
  assert.equal(sha1Hex('abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(sha1Hex(''), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  assert.equal(sha1Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
});

test('sha1Hex agrees with node:crypto on lengths around the 55/56/64-byte padding edges and non-ASCII', () => {
  for (let n = 0; n < 140; n++) {
    const s = 'kube-system.coredns-'.repeat(8).slice(0, n) + (n % 7 === 0 ? 'é✓😀' : '');
    assert.equal(sha1Hex(s), createHash('sha1').update(s, 'utf8').digest('hex'), `length ${n}`);
  }
});

test('Calico and aws-vpc-cni veth names: prefix + first 11 hex digits of sha1("<ns>.<pod>")', () => {
  const expected = createHash('sha1').update('default.web-frontend').digest('hex').slice(0, 11);
  assert.equal(hashedVethName('calico', 'default', 'web-frontend'), `cali${expected}`);
  assert.equal(hashedVethName('aws-vpc-cni', 'default', 'web-frontend'), `eni${expected}`);
  assert.equal(hashedVethName('flannel', 'default', 'web-frontend'), null);
});
