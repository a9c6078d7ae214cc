/**
 * Topology → proxier inputs (pkg/proxy servicechangetracker / serviceport / endpointslicecache) and the
 * per-node settings (cmd/kube-proxy, NewProxier), plus upstream's rule-consistency invariant
 * (`checkIPTablesRuleJumps`) applied to our own output and the dual-stack split.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildEndpointsMap, buildServicePorts } from '../../../../src/engine/services/kubeproxy/inputs';
import { goMasqueradeMark, resolveConfig, resolveNode } from '../../../../src/engine/services/kubeproxy/config';
import { renderIptables } from '../../../../src/engine/services/kubeproxy';
import { ep, epPort, harnessTopology, HARNESS_OPTIONS, makeTestEndpointSlice, makeTestService, port, testNodeName } from './harness';
import { overallTopology } from './overall';
import { combinatorialTopology } from './combinatorial';

describe('service ports kube-proxy keeps', () => {
  const t = harnessTopology(
    [
      makeTestService('ns', 'plain', (s) => {
        s.clusterIPs = ['172.30.0.1'];
        s.ports = [port('', 80), port('dns', 53, 'UDP')];
      }),
      makeTestService('ns', 'headless', (s) => {
        s.headless = true;
        s.ports = [port('rpc', 1234, 'UDP')];
      }),
      makeTestService('ns', 'external-name', (s) => {
        s.type = 'ExternalName';
        s.clusterIPs = ['172.30.55.4']; // "Should be ignored"
        s.externalName = 'foo2.bar.com';
        s.ports = [port('blah', 1235, 'UDP')];
      }),
      makeTestService('ns', 'other-proxy', (s) => {
        s.clusterIPs = ['172.30.0.2'];
        s.labels = { 'service.kubernetes.io/service-proxy-name': 'foo' };
        s.ports = [port('p', 80)];
      }),
      makeTestService('ns', 'v6-only', (s) => {
        s.clusterIPs = ['fd00:10:96::5'];
        s.ports = [port('p', 80)];
      }),
      makeTestService('ns', 'lb', (s) => {
        s.type = 'LoadBalancer';
        s.clusterIPs = ['172.30.0.3', 'fd00:10:96::3'];
        s.externalIPs = ['192.168.99.3', '2001:db8:99::3'];
        s.loadBalancerIPs = ['1.2.3.4', '2001:db8:1::4'];
        s.loadBalancerSourceRanges = ['203.0.113.0/25', '2001:db8:2::/64'];
        s.externalTrafficPolicy = 'Local';
        s.healthCheckNodePort = 30000;
        s.sessionAffinity = 'ClientIP';
        s.ports = [port('p', 80, 'TCP', 3001)];
      }),
      makeTestService('ns', 'np-local', (s) => {
        s.type = 'NodePort';
        s.clusterIPs = ['172.30.0.4'];
        s.externalTrafficPolicy = 'Local';
        s.healthCheckNodePort = 30001; // only LoadBalancer Services need a health check (NeedsHealthCheck)
        s.ports = [port('p', 80, 'TCP', 3002)];
      }),
    ],
    [],
  );
  const v4 = buildServicePorts(t, 'IPv4');
  const v6 = buildServicePorts(t, 'IPv6');

  test('headless, ExternalName and other proxies are skipped; each family keeps its own ClusterIP', () => {
    assert.deepEqual(v4.map((s) => s.nameString), ['ns/lb:p', 'ns/np-local:p', 'ns/plain', 'ns/plain:dns']);
    assert.deepEqual(v6.map((s) => `${s.nameString} ${s.clusterIP}`), ['ns/lb:p fd00:10:96::3', 'ns/v6-only:p fd00:10:96::5']);
  });
  test('external addresses and source ranges are filtered by family', () => {
    const lb4 = v4[0]!;
    const lb6 = v6[0]!;
    assert.deepEqual([lb4.externalIPs, lb4.loadBalancerVIPs, lb4.loadBalancerSourceRanges], [['192.168.99.3'], ['1.2.3.4'], ['203.0.113.0/25']]);
    assert.deepEqual([lb6.externalIPs, lb6.loadBalancerVIPs, lb6.loadBalancerSourceRanges], [['2001:db8:99::3'], ['2001:db8:1::4'], ['2001:db8:2::/64']]);
  });
  test('health check only for LoadBalancer + Local; affinity timeout defaults to 10800', () => {
    assert.equal(v4[0]!.healthCheckNodePort, 30000);
    assert.equal(v4[1]!.healthCheckNodePort, 0);
    assert.equal(v4[1]!.externalPolicyLocal, true);
    assert.equal(v4[0]!.stickyMaxAgeSeconds, 10800);
  });
});

describe('endpoints map (endpointslicecache)', () => {
  const t = harnessTopology(
    [],
    [
      makeTestEndpointSlice('ns', 'svc', 1, (s) => {
        s.endpoints = [ep('10.0.1.2'), ep('10.0.1.10'), ep('fd00::1'), ep('10.0.1.3', { nodeName: 'other' })];
        s.ports = [epPort('', 80), { name: 'zero', protocol: 'TCP', port: 0, appProtocol: null }, { name: null, protocol: 'UDP', port: 53, appProtocol: null }];
      }),
      // The same address again, now local: "we favor a true value [of isLocal]".
      makeTestEndpointSlice('ns', 'svc', 2, (s) => {
        s.endpoints = [ep('10.0.1.3', { nodeName: testNodeName })];
        s.ports = [epPort('', 80)];
      }),
      makeTestEndpointSlice('ns', 'fqdn', 1, (s) => {
        s.addressType = 'FQDN';
        s.endpoints = [ep('example.com')];
        s.ports = [epPort('', 80)];
      }),
    ],
  );
  const map = buildEndpointsMap(t, 'IPv4', testNodeName);
  test('sorted by ip:port string, deduplicated, other family dropped', () => {
    assert.deepEqual(
      map.get('ns/svc//TCP')!.map((e) => `${e.endpoint} ${e.isLocal}`),
      ['10.0.1.10:80 false', '10.0.1.2:80 false', '10.0.1.3:80 true'],
    );
  });
  test('a null port name is the API default "", port 0 is ignored, FQDN slices are ignored', () => {
    assert.ok(map.has('ns/svc//UDP'));
    assert.ok(!map.has('ns/svc/zero/TCP'));
    assert.ok(![...map.keys()].some((k) => k.startsWith('ns/fqdn/')));
  });
});

describe('proxier settings', () => {
  test('masquerade mark: Go %#08x pads the digits', () => {
    assert.equal(goMasqueradeMark(14), '0x00004000');
    assert.equal(goMasqueradeMark(0), '0x00000001');
    assert.equal(goMasqueradeMark(31), '0x80000000');
  });
  const node = resolveNode(overallTopology, testNodeName, {})!;
  test('defaults: first cluster CIDR of the family detects local traffic, localhost NodePorts on IPv4 only', () => {
    const v4 = resolveConfig(overallTopology, node, 'IPv4', {});
    const v6 = resolveConfig(overallTopology, node, 'IPv6', {});
    assert.deepEqual([v4.localCIDR, v4.localhostNodePorts, v4.nodePortMatchAll], ['10.0.0.0/8', true, true]);
    assert.deepEqual([v6.localCIDR, v6.localhostNodePorts, v6.nodePortMatchAll], ['fd00:10::/64', false, true]);
  });
  test('kubeProxy.clusterCIDRs overrides the pod CIDRs', () => {
    const t = harnessTopology([], [], (d) => (d.kubeProxy.clusterCIDRs = ['10.244.0.0/16']));
    assert.equal(resolveConfig(t, node, 'IPv4', {}).localCIDR, '10.244.0.0/16');
    assert.equal(resolveConfig(t, node, 'IPv6', {}).localCIDR, null);
  });
  test('"primary" is the node IPs; nftables mode defaults to it', () => {
    const t = harnessTopology([], [], (d) => (d.kubeProxy.nodePortAddresses = ['primary']));
    assert.deepEqual(resolveConfig(t, node, 'IPv4', {}).nodePortIPs, ['192.168.0.2']);
    assert.deepEqual(resolveConfig(t, node, 'IPv6', {}).nodePortIPs, ['2001:db8::1']);
    const nft = resolveConfig(overallTopology, node, 'IPv4', { mode: 'nftables' });
    assert.deepEqual([nft.nodePortMatchAll, nft.nodePortIPs], [false, ['192.168.0.2']]);
    // without 127.0.0.0 in the CIDRs, localhost NodePorts are off (ContainsIPv4Loopback)
    assert.equal(resolveConfig(t, node, 'IPv4', {}).localhostNodePorts, false);
  });
});

/** pkg/proxy/iptables/proxier_test.go `checkIPTablesRuleJumps`, applied to what we render. */
function checkIPTablesRuleJumps(ruleData: string): void {
  for (const table of ruleData.split('COMMIT\n').filter((s) => s.trim() !== '')) {
    const lines = table.trim().split('\n');
    const name = lines[0]!.slice(1);
    const all = (re: RegExp): Set<string> => new Set(lines.map((l) => re.exec(l)?.[1]).filter((x): x is string => x !== undefined));
    const created = all(/^:([^ ]*)/);
    for (const x of all(/-X ([^ ]*)/)) created.delete(x);
    const filled = all(/-A ([^ ]*)/);
    const jumped = all(/-j ([^ ]*)/);
    for (const t of ['ACCEPT', 'REJECT', 'DROP', 'MARK', 'RETURN', 'DNAT', 'SNAT', 'MASQUERADE']) jumped.delete(t);
    const missing = [...jumped, ...filled].filter((c) => !created.has(c));
    assert.deepEqual(missing, [], `some chains in ${name} are used but were not created`);
    const empty = [...jumped].filter((c) => !filled.has(c) && c !== 'KUBE-NODEPORTS');
    assert.deepEqual(empty, [], `some chains in ${name} are jumped to but have no rules`);
    const builtin = ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-FORWARD', 'KUBE-MARK-MASQ', 'KUBE-PROXY-FIREWALL', 'KUBE-FIREWALL'];
    const extra = [...created].filter((c) => !jumped.has(c) && !builtin.includes(c));
    assert.deepEqual(extra, [], `some chains in ${name} are created but not used`);
  }
}

describe('rendered rules are consistent and split by family', () => {
  test('checkIPTablesRuleJumps holds for both families of the overall topology', () => {
    for (const f of renderIptables(overallTopology, testNodeName, HARNESS_OPTIONS).families) checkIPTablesRuleJumps(f.text);
  });
  test('… and for every knob combination, with and without masqueradeAll or a detect-local CIDR', () => {
    for (const t of [combinatorialTopology(), combinatorialTopology((d) => (d.kubeProxy.masqueradeAll = true)), combinatorialTopology((d) => (d.podCIDRs = []))]) {
      for (const f of renderIptables(t, testNodeName, HARNESS_OPTIONS).families) checkIPTablesRuleJumps(f.text);
    }
  });
  test('a dual-stack node gets iptables-restore and ip6tables-restore input', () => {
    const answer = renderIptables(overallTopology, testNodeName, HARNESS_OPTIONS);
    assert.deepEqual(answer.families.map((f) => [f.family, f.command]), [['IPv4', 'iptables-restore'], ['IPv6', 'ip6tables-restore']]);
    const v6 = answer.families[1]!.text;
    assert.doesNotMatch(v6, /KUBE-FIREWALL|127\.0\.0\.0/);
    assert.match(v6, /-m addrtype --dst-type LOCAL ! -d ::1\/128 -j KUBE-NODEPORTS\n/);
  });
  test('without the harness options: the real mark and --random-fully', () => {
    const text = renderIptables(overallTopology, testNodeName, { family: 'IPv4' }).families[0]!.text;
    assert.match(text, /-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000\n/);
    assert.match(text, /-A KUBE-POSTROUTING -m mark ! --mark 0x00004000\/0x00004000 -j RETURN\n/);
    assert.match(text, /-j MASQUERADE --random-fully\n/);
  });
  test('jump rules from the built-in chains are prepended, one per iptablesJumpChains entry', () => {
    const rules = renderIptables(overallTopology, testNodeName, HARNESS_OPTIONS).families[0]!.jumpRules;
    assert.equal(rules.length, 14);
    assert.equal(rules[9], '-t nat -I OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES');
    assert.equal(rules[0], '-t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES');
  });
  test('an unknown node answers an error', () => {
    const r = renderIptables(overallTopology, 'nope');
    assert.deepEqual([r.families.length, r.errors.length], [0, 1]);
  });
});
