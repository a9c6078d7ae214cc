import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { formatTarget, parseTarget, type Target } from '../../../src/engine/trace';

describe('parseTarget: the shared naming syntax', () => {
  const good: [string, Target][] = [
    ['pod:default/web-frontend', { kind: 'pod', namespace: 'default', name: 'web-frontend' }],
    ['pod:kube-system/coredns-5d78c9869d-abcde', { kind: 'pod', namespace: 'kube-system', name: 'coredns-5d78c9869d-abcde' }],
    ['node:ip-10-0-1-5.ec2.internal', { kind: 'node', name: 'ip-10-0-1-5.ec2.internal' }],
    // A node with a port: its InternalIP on that port (how a NodePort is named).
    ['node:worker-a1:30080', { kind: 'node', name: 'worker-a1', port: 30080 }],
    ['svc:default/web', { kind: 'svc', namespace: 'default', name: 'web', port: null }],
    ['svc:default/web:443', { kind: 'svc', namespace: 'default', name: 'web', port: 443 }],
    ['svc:default/web:http', { kind: 'svc', namespace: 'default', name: 'web', port: 'http' }],
    ['dns:web.default.svc.cluster.local:80', { kind: 'dns', name: 'web.default.svc.cluster.local', port: 80 }],
    ['dns:web', { kind: 'dns', name: 'web', port: null }],
    // A trailing dot is kept: the name is absolute and the resolver sends it unsearched.
    ['dns:web.shop.svc.cluster.local.:80', { kind: 'dns', name: 'web.shop.svc.cluster.local.', port: 80 }],
    ['ip:10.0.0.1', { kind: 'ip', address: '10.0.0.1', port: null }],
    ['ip:10.0.0.1:8080', { kind: 'ip', address: '10.0.0.1', port: 8080 }],
    ['external:8.8.8.8:53', { kind: 'external', address: '8.8.8.8', port: 53 }],
    // IPv6: canonicalized (RFC 5952); a port needs brackets; without them every colon belongs to the address.
    ['ip:[fd00::1]:80', { kind: 'ip', address: 'fd00::1', port: 80 }],
    ['ip:FD00:0:0::1', { kind: 'ip', address: 'fd00::1', port: null }],
    ['ip:fd00::1:80', { kind: 'ip', address: 'fd00::1:80', port: null }],
    ['external:[2001:db8::5]', { kind: 'external', address: '2001:db8::5', port: null }],
  ];
  for (const [text, want] of good) test(text, () => assert.deepEqual(parseTarget(text), { ok: true, target: want }));

  const bad: [string, RegExp][] = [
    ['web-frontend', /expected one of pod:, node:, svc:, dns:, ip:, external:/],
    ['pod:web', /expected <namespace>\/<name>/],
    ['pod:Default/web', /namespace "Default" is not a valid Kubernetes namespace name/],
    ['pod:default/', /name "" is not a valid Kubernetes object name/],
    ['node:', /nothing after "node:"/],
    ['ip:10.0.0.256', /"10\.0\.0\.256" is not an IP address/],
    ['ip:010.0.0.1', /is not an IP address/],
    ['ip:10.0.0.1:0', /port "0" is not a number between 1 and 65535/],
    ['ip:10.0.0.1:65536', /port "65536"/],
    ['ip:[fd00::1', /missing "\]"/],
    ['ip:[fd00::1]x', /unexpected "x" after "\]"/],
    ['svc:default/web:Bad_Name', /neither a number 1–65535 nor a port name/],
    ['dns:-bad-:80', /is not a DNS name/],
    ['node:worker-a1:99999', /port "99999" is not a number between 1 and 65535/],
    ['node:Worker:80', /"Worker" is not a valid node name/],
  ];
  for (const [text, message] of bad) {
    test(`refuses ${JSON.stringify(text)}`, () => {
      const r = parseTarget(text);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, message);
    });
  }

  test('formatTarget reads back to the same target', () => {
    for (const [, want] of good) assert.deepEqual(parseTarget(formatTarget(want)), { ok: true, target: want });
  });
  test('formatTarget brackets IPv6 only when a port follows', () => {
    assert.equal(formatTarget({ kind: 'ip', address: 'fd00::1', port: 80 }), 'ip:[fd00::1]:80');
    assert.equal(formatTarget({ kind: 'ip', address: 'fd00::1', port: null }), 'ip:fd00::1');
  });
});
