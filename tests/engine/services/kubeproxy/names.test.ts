/**
 * The hashing behind every chain name: SHA-256 against FIPS 180-4's example digests, base32 against
 * RFC 4648 §10's test vectors, and chain names against the ones upstream's tests print
 * (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go, pkg/proxy/nftables/proxier_test.go).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { base32, iptablesChainNames, iptablesEndpointChain, nftablesChainNames, nftablesEndpointNames, sha256, type EndpointInfo, type ServicePortInfo } from '../../../../src/engine/services/kubeproxy';

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('sha256 (FIPS 180-4 examples)', () => {
  const cases: [string, string][] = [
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ];
  for (const [input, digest] of cases) test(JSON.stringify(input), () => assert.equal(hex(sha256(input)), digest));
});

describe('base32 (RFC 4648 §10)', () => {
  const enc = (s: string): string => base32(new TextEncoder().encode(s));
  const cases: [string, string][] = [
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ];
  for (const [input, out] of cases) test(JSON.stringify(input), () => assert.equal(enc(input), out));
});

function svc(namespace: string, name: string, portName: string, protocol: 'TCP' | 'UDP' | 'SCTP' = 'TCP'): ServicePortInfo {
  return {
    key: '',
    namespace,
    name,
    portName,
    protocol,
    nameString: portName === '' ? `${namespace}/${name}` : `${namespace}/${name}:${portName}`,
    clusterIP: '172.30.0.41',
    port: 80,
    nodePort: 0,
    externalIPs: [],
    loadBalancerVIPs: [],
    loadBalancerSourceRanges: [],
    sessionAffinityClientIP: false,
    stickyMaxAgeSeconds: 0,
    externalPolicyLocal: false,
    internalPolicyLocal: false,
    healthCheckNodePort: 0,
  };
}

function endpoint(ip: string, port: number): EndpointInfo {
  return { ip, port, endpoint: ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`, isLocal: false, ready: true, serving: true, terminating: false, nodeName: null };
}

describe('iptables chain names (upstream expected outputs)', () => {
  const cases: [ServicePortInfo, string, string][] = [
    [svc('ns1', 'svc1', 'p80'), 'KUBE-SVC-XPGD46QRK7WJZT7O', 'KUBE-FW-XPGD46QRK7WJZT7O'],
    [svc('ns2', 'svc2', 'p80'), 'KUBE-SVC-GNZBNJ2PO5MGZ6GT', 'KUBE-FW-GNZBNJ2PO5MGZ6GT'],
    [svc('ns5', 'svc5', 'p80'), 'KUBE-SVC-NUKIZ6OKUXPJNT4C', 'KUBE-FW-NUKIZ6OKUXPJNT4C'],
    [svc('ns2', 'svc2', 'p8080'), 'KUBE-SVC-2VJB64SDSIJUP5T6', 'KUBE-FW-2VJB64SDSIJUP5T6'],
    [svc('ns4', 'svc4', 'p8082'), 'KUBE-SVC-EBDQOQU5SJFXRIL3', 'KUBE-FW-EBDQOQU5SJFXRIL3'],
  ];
  for (const [s, cluster, fw] of cases) {
    test(s.nameString, () => {
      const names = iptablesChainNames(s);
      assert.equal(names.cluster, cluster);
      assert.equal(names.firewall, fw);
      // SVL/EXT share the hash.
      assert.equal(names.local, cluster.replace('KUBE-SVC-', 'KUBE-SVL-'));
      assert.equal(names.external, cluster.replace('KUBE-SVC-', 'KUBE-EXT-'));
    });
  }
  const seps: [ServicePortInfo, EndpointInfo, string][] = [
    [svc('ns1', 'svc1', 'p80'), endpoint('10.180.0.1', 80), 'KUBE-SEP-SXIVWICOYRO3J4NJ'],
    [svc('ns4', 'svc4', 'p80'), endpoint('10.180.0.4', 80), 'KUBE-SEP-UKSFD7AGPMPPLUHC'],
    [svc('ns1', 'svc1', 'p80'), endpoint('10.0.0.0', 80), 'KUBE-SEP-DKGQUZGBKLTPAR56'],
    [svc('ns3', 'svc3', 'p8081'), endpoint('203.0.113.4', 8081), 'KUBE-SEP-RUVVH7YV3PHQBDOS'],
  ];
  for (const [s, e, name] of seps) test(`${s.nameString} -> ${e.endpoint}`, () => assert.equal(iptablesEndpointChain(s, e), name));
  test('the protocol is part of the hash: UDP and TCP ports of one name differ', () => {
    assert.notEqual(iptablesChainNames(svc('ns2', 'svc2', 'dns', 'UDP')).cluster, iptablesChainNames(svc('ns2', 'svc2', 'dns', 'TCP')).cluster);
  });
});

describe('nftables chain names (upstream expected outputs)', () => {
  test('service chains', () => {
    assert.equal(nftablesChainNames(svc('ns1', 'svc1', 'p80')).cluster, 'service-ULMVA6XW-ns1/svc1/tcp/p80');
    assert.equal(nftablesChainNames(svc('ns5', 'svc5', 'p80')).firewall, 'firewall-HVFWP5L3-ns5/svc5/tcp/p80');
  });
  test('endpoint chains and affinity sets', () => {
    assert.deepEqual(nftablesEndpointNames(svc('ns1', 'svc1', 'p80'), endpoint('10.180.0.1', 80)), {
      chain: 'endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80',
      affinitySet: 'affinity-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80',
    });
  });
  test('IPv6 endpoints: colons become dots (TestOverallNFTablesRules IPv6 variant)', () => {
    assert.equal(nftablesEndpointNames(svc('ns1', 'svc1', 'p80'), endpoint('fd00:10:180::2:1', 80)).chain, 'endpoint-2CRNCTTE-ns1/svc1/tcp/p80__fd00.10.180..2.1/80');
  });
});
