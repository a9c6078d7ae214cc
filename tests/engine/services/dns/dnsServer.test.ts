/**
 * Finding the cluster DNS Service: kube-system/kube-dns (kubeadm's name), else the holder of the 10th address
 * of the first service CIDR (kubeadm constants.go GetDNSIP: GetKubernetesServiceCIDR takes the first CIDR,
 * GetIndexedIP(subnet, 10) fails when the subnet is too small), else none with the reason. Also the apex NS
 * CoreDNS derives from it (ns.go; coredns/ci test/kubernetes/a_test.go expects
 * `cluster.local. NS kube-dns.kube-system.svc.cluster.local.` with `A 10.96.0.10` additional).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildDnsIndex, conventionalDnsAddress, dnsServer, PLUGIN_DEFAULTS, query } from '../../../../src/engine/services/dns';
import { makeTopology } from '../../../helpers/topologyBuilder';
import { ep, epPort, show, slice } from './world';

describe('conventional DNS address (kubeadm GetDNSIP)', () => {
  const table: [string, string[], string | null][] = [
    ['10.96.0.0/12 → 10.96.0.10', ['10.96.0.0/12'], '10.96.0.10'],
    ['a /28 has a 10th address', ['10.96.0.0/28'], '10.96.0.10'],
    ['a /29 is too small (8 addresses)', ['10.96.0.0/29'], null],
    ['the first CIDR decides the family', ['fd00:96::/112', '10.96.0.0/12'], 'fd00:96::a'],
    ['no service CIDR', [], null],
  ];
  for (const [name, cidrs, want] of table) {
    test(name, () => assert.equal(conventionalDnsAddress(makeTopology('t', (t) => void (t.serviceCIDRs = cidrs))), want));
  }
});

describe('dnsServer', () => {
  test('kube-system/kube-dns at the 10th address', () => {
    const found = dnsServer(makeTopology('t'));
    assert.equal(found.server?.name, 'kube-dns');
    assert.equal(found.server?.foundBy, 'kube-dns-name');
    assert.deepEqual(found.server?.addresses, ['10.96.0.10']);
    assert.equal(found.server?.readyEndpoints, 0); // the builder's kube-dns selects no pod
    assert.match(found.reason, /10\.96\.0\.10, the 10th address of 10\.96\.0\.0\/12 \(kubeadm GetDNSIP\)/);
  });
  test('kube-dns elsewhere is still the DNS Service, and the reason says it is not at the 10th address', () => {
    const found = dnsServer(makeTopology('t', (t) => void (t.services[1]!.clusterIPs = ['10.96.0.53'])));
    assert.equal(found.server?.name, 'kube-dns');
    assert.match(found.reason, /at 10\.96\.0\.53, not at 10\.96\.0\.10/);
  });
  test('a renamed DNS Service is found at the 10th address', () => {
    const found = dnsServer(makeTopology('t', (t) => void (t.services[1]!.name = 'rke2-coredns-rke2-coredns')));
    assert.equal(found.server?.name, 'rke2-coredns-rke2-coredns');
    assert.equal(found.server?.foundBy, 'conventional-address');
    assert.match(found.reason, /there is no Service kube-system\/kube-dns; kube-system\/rke2-coredns-rke2-coredns holds 10\.96\.0\.10/);
  });
  test('none: the reason names both rules', () => {
    const found = dnsServer(makeTopology('t', (t) => void t.services.splice(1, 1)));
    assert.equal(found.server, null);
    assert.equal(found.reason, 'there is no Service kube-system/kube-dns and no Service holds 10.96.0.10, the 10th address of 10.96.0.0/12 (kubeadm GetDNSIP)');
  });
  test('ready endpoints are counted', () => {
    const withPods = makeTopology('t', (t) => {
      t.endpointSlices[1] = slice('kube-system', 'kube-dns', 'kube-dns-a', 'IPv4', [ep(['10.244.0.7']), ep(['10.244.1.7']), ep(['10.244.1.8'], { ready: false })], [epPort('dns', 'UDP', 53)]);
    });
    assert.equal(dnsServer(withPods).server?.readyEndpoints, 2);
  });
});

describe('the zone apex NS (ns.go nsAddrs, plugin.NS)', () => {
  test('names the DNS Service, with its ClusterIP as additional (coredns/ci a_test.go)', () => {
    const a = query(buildDnsIndex(makeTopology('t'), PLUGIN_DEFAULTS), 'cluster.local.', 'NS');
    assert.deepEqual(show(a), {
      rcode: 'NOERROR',
      answers: ['cluster.local. 5 IN NS kube-dns.kube-system.svc.cluster.local.'],
      additional: ['kube-dns.kube-system.svc.cluster.local. 5 IN A 10.96.0.10'],
      authority: [],
    });
  });
  test('ns.dns.<zone> answers A with the same address (isDefaultNS)', () => {
    assert.deepEqual(show(query(buildDnsIndex(makeTopology('t'), PLUGIN_DEFAULTS), 'ns.dns.cluster.local.', 'A')).answers, ['ns.dns.cluster.local. 5 IN A 10.96.0.10']);
  });
  test('without a DNS Service the NS is summarized as ns.dns.<zone>, and the answer says so', () => {
    const a = query(buildDnsIndex(makeTopology('t', (t) => void t.services.splice(1, 1)), PLUGIN_DEFAULTS), 'cluster.local.', 'NS');
    assert.deepEqual(show(a).answers, ['cluster.local. 5 IN NS ns.dns.cluster.local.']);
    assert.match(a.notes.join('\n'), /^summarized/m);
  });
});
