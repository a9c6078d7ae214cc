import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { parseIp, parsePrefix, prefixContains } from '../../src/io/addresses';
import { dns1123LabelProblem, interfaceNameProblem, labelKeyProblem, labelValueProblem, portNameProblem } from '../../src/engine/model/names';

describe('parseIp', () => {
  const valid: Array<{ name: string; input: string; address: string; family: 'IPv4' | 'IPv6' }> = [
    { name: 'dotted quad', input: '10.100.0.2', address: '10.100.0.2', family: 'IPv4' },
    { name: 'zero address', input: '0.0.0.0', address: '0.0.0.0', family: 'IPv4' },
    { name: 'IPv6 upper case and zero runs compress (RFC 5952 §4.2, §4.3)', input: '2001:DB8:0:0:0:0:0:1', address: '2001:db8::1', family: 'IPv6' },
    { name: 'IPv6 leading zeros dropped (RFC 5952 §4.1)', input: '2001:0db8::0001', address: '2001:db8::1', family: 'IPv6' },
    { name: 'IPv6 longest zero run compressed, first on a tie (RFC 5952 §4.2.3)', input: '2001:db8:0:0:1:0:0:1', address: '2001:db8::1:0:0:1', family: 'IPv6' },
    { name: 'IPv6 single zero field not compressed (RFC 5952 §4.2.2)', input: '2001:db8:0:1:1:1:1:1', address: '2001:db8:0:1:1:1:1:1', family: 'IPv6' },
  ];
  for (const c of valid) {
    test(c.name, () => {
      const parsed = parseIp(c.input);
      assert.ok(parsed.ok, c.input);
      assert.equal(parsed.value.address, c.address);
      assert.equal(parsed.value.family, c.family);
    });
  }

  const invalid: Array<{ name: string; input: string; message: string }> = [
    { name: 'octet over 255', input: '10.0.0.300', message: '"10.0.0.300" is not an IP address' },
    { name: 'three parts (inet_aton shorthand)', input: '10.1.2', message: 'is not an IP address' },
    { name: 'single 32-bit number', input: '4294967295', message: 'is not an IP address' },
    { name: 'leading zero, read as octal by some tools', input: '010.0.0.1', message: 'leading zero' },
    { name: 'hex octet', input: '0x0a.0.0.1', message: 'is not an IP address' },
    { name: 'surrounding space', input: ' 10.0.0.1', message: 'is not an IP address' },
    { name: 'IPv6 zone index', input: 'fe80::1%eth0', message: 'zone index' },
    { name: 'IPv4-mapped IPv6', input: '::ffff:10.0.0.1', message: 'write the IPv4 address 10.0.0.1' },
    { name: 'empty', input: '', message: 'is not an IP address' },
    { name: 'a CIDR is not an address', input: '10.0.0.0/8', message: 'is not an IP address' },
  ];
  for (const c of invalid) {
    test(`refuses ${c.name}`, () => {
      const parsed = parseIp(c.input);
      assert.equal(parsed.ok, false);
      assert.ok(!parsed.ok && parsed.message.includes(c.message), !parsed.ok ? parsed.message : '');
    });
  }
});

describe('parsePrefix', () => {
  const cases: Array<{ name: string; input: string; prefix?: string; message?: string }> = [
    { name: 'canonical IPv4', input: '10.244.0.0/16', prefix: '10.244.0.0/16' },
    { name: 'canonical IPv6 after RFC 5952 rewriting', input: 'FD00:0:0:0::/48', prefix: 'fd00::/48' },
    { name: 'default route prefix', input: '0.0.0.0/0', prefix: '0.0.0.0/0' },
    { name: 'host route', input: '10.0.0.1/32', prefix: '10.0.0.1/32' },
    { name: 'malformed address (the brief’s own example)', input: '10.0.0.300/24', message: '"10.0.0.300/24" is not a CIDR' },
    { name: 'host bits set names the prefix that was meant', input: '10.96.0.1/12', message: 'did you mean 10.96.0.0/12?' },
    { name: 'IPv6 host bits', input: 'fd00::1/64', message: 'did you mean fd00::/64?' },
    { name: 'IPv4 length over 32', input: '10.0.0.0/33', message: 'prefix length 33 is out of range for IPv4 (0–32)' },
    { name: 'IPv6 length over 128', input: 'fd00::/129', message: 'out of range for IPv6 (0–128)' },
    { name: 'no length', input: '10.0.0.0', message: 'expected address/prefix-length' },
    { name: 'leading-zero length', input: '10.0.0.0/08', message: 'is not a CIDR' },
    { name: 'space in length', input: '10.0.0.0/ 8', message: 'is not a CIDR' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const parsed = parsePrefix(c.input);
      if (c.prefix !== undefined) {
        assert.ok(parsed.ok, JSON.stringify(parsed));
        assert.equal(parsed.value.prefix, c.prefix);
      } else {
        assert.equal(parsed.ok, false);
        assert.ok(!parsed.ok && parsed.message.includes(c.message ?? ''), !parsed.ok ? parsed.message : '');
      }
    });
  }

  test('masks host bits on request and says so', () => {
    const parsed = parsePrefix('192.0.2.77/24', { hostBits: 'mask' });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.prefix, '192.0.2.0/24');
    assert.equal(parsed.masked, true);
  });

  test('containment respects family and length', () => {
    const prefix = parsePrefix('10.100.0.0/24');
    const inside = parseIp('10.100.0.255');
    const outside = parseIp('10.100.1.0');
    const v6 = parseIp('::a64:0');
    assert.ok(prefix.ok && inside.ok && outside.ok && v6.ok);
    assert.equal(prefixContains(prefix.value, inside.value), true);
    assert.equal(prefixContains(prefix.value, outside.value), false);
    assert.equal(prefixContains(prefix.value, v6.value), false);
  });
});

// Expected verdicts follow kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go
// (IsDNS1123Label, IsValidPortName, label key/value) and dev_valid_name() in torvalds/linux net/core/dev.c.
describe('name syntaxes', () => {
  const cases: Array<{ name: string; check: (v: string) => string | null; value: string; ok: boolean }> = [
    { name: 'DNS label: lower case with dash', check: dns1123LabelProblem, value: 'my-name', ok: true },
    { name: 'DNS label: may start with a digit', check: dns1123LabelProblem, value: '123-abc', ok: true },
    { name: 'DNS label: no dots', check: dns1123LabelProblem, value: 'a.b', ok: false },
    { name: 'DNS label: no upper case', check: dns1123LabelProblem, value: 'Web', ok: false },
    { name: 'DNS label: 64 characters is too long', check: dns1123LabelProblem, value: 'a'.repeat(64), ok: false },
    { name: 'port name: needs a letter', check: portNameProblem, value: '8080', ok: false },
    { name: 'port name: 15 characters max', check: portNameProblem, value: 'abcdefghijklmnop', ok: false },
    { name: 'port name: no double hyphen', check: portNameProblem, value: 'a--b', ok: false },
    { name: 'port name: no trailing hyphen', check: portNameProblem, value: 'http-', ok: false },
    { name: 'port name: ordinary', check: portNameProblem, value: 'dns-tcp', ok: true },
    { name: 'label key with prefix', check: labelKeyProblem, value: 'kubernetes.io/service-name', ok: true },
    { name: 'label key with empty prefix', check: labelKeyProblem, value: '/x', ok: false },
    { name: 'label key starting with underscore', check: labelKeyProblem, value: '_x', ok: false },
    { name: 'label value may be empty', check: labelValueProblem, value: '', ok: true },
    { name: 'label value with space', check: labelValueProblem, value: 'a b', ok: false },
    { name: 'interface: flannel.1', check: interfaceNameProblem, value: 'flannel.1', ok: true },
    { name: 'interface: 16 characters is over IFNAMSIZ-1', check: interfaceNameProblem, value: 'cali0123456789abc', ok: false },
    { name: 'interface: colon refused', check: interfaceNameProblem, value: 'eth0:1', ok: false },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(c.check(c.value) === null, c.ok, String(c.check(c.value))));
  }
});
