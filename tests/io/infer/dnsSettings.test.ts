/**
 * spec.dns in the Topology document: validated with field paths, kept only when it differs from kubeadm's Corefile,
 * exported and re-read unchanged, and used by the DNS model (CoreDNS plugin/kubernetes: ttl 0–3600; pods modes).
 */
import { describe, expect, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildDnsIndex, query } from '../../../src/engine/services/dns';
import { exportTopology } from '../../../src/io/exportTopology';
import { parseTopologyDocument } from '../../../src/io/parseTopology';

const doc = (dns: string) => `apiVersion: netmodel/v1alpha1
kind: Topology
metadata: {name: t}
spec:
  serviceCIDRs: [10.96.0.0/12]
${dns}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec: {clusterIP: 10.96.0.20, ports: [{port: 80}]}
`;

describe('spec.dns', () => {
  test.each([
    ['ttl out of range', '  dns: {ttl: 3601}', 'topology.spec.dns.ttl'],
    ['unknown pod mode', '  dns: {podMode: sometimes}', 'topology.spec.dns.podMode'],
    ['forward zone not a DNS name', '  dns: {forward: [{zone: "bad_zone!", to: [10.0.0.1]}]}', 'topology.spec.dns.forward[0].zone'],
    ['forward without upstreams', '  dns: {forward: [{zone: ".", to: []}]}', 'topology.spec.dns.forward[0].to'],
  ])('%s is refused at its path', (_name, dns, path) => {
    const result = parseTopologyDocument(doc(dns));
    assert.equal(result.ok, false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(path);
  });

  test("kubeadm's settings written out are the default: not kept", () => {
    const result = parseTopologyDocument(doc('  dns: {podMode: insecure, ttl: 30, reverseZones: true, fallthroughReverse: true}'));
    assert.ok(result.ok);
    expect(result.topology.dns).toBeUndefined();
  });

  test('other settings round-trip through export and change the answers', () => {
    const result = parseTopologyDocument(doc('  dns: {ttl: 7, podMode: verified, forward: [{zone: corp.example, to: [10.0.0.53]}, {zone: ".", to: [1.1.1.1]}]}'));
    assert.ok(result.ok);
    const again = parseTopologyDocument(exportTopology(result.topology, 'yaml'));
    assert.ok(again.ok);
    expect(again.topology.dns).toEqual(result.topology.dns);
    const index = buildDnsIndex(result.topology);
    // ttl 7 instead of kubeadm's 30.
    expect(query(index, 'web.default.svc.cluster.local', 'A').answers).toEqual([expect.objectContaining({ ttl: 7, address: '10.96.0.20' })]);
    // pods verified: no pod holds 10.0.0.1, so NXDOMAIN (kubeadm's insecure would answer).
    expect(query(index, '10-0-0-1.default.pod.cluster.local', 'A').rcode).toBe('NXDOMAIN');
    expect(query(index, 'host.corp.example', 'A').notes.join(' ')).toContain('forward corp.example 10.0.0.53');
  });
});
