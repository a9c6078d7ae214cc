/**
 * Our raw output, unsorted and with real-host defaults (mark 0x00004000, --random-fully, nfacct), for the
 * TestOverallIPTablesRules cluster: iptables-restore (IPv4, IPv6), nft -f (IPv4) and the IPVS plan. The
 * upstream-equivalence of this output is proven by the golden tests against upstream's text; these files
 * pin the exact bytes (write order included) so any change shows up in review.
 * Regenerate with: UPDATE_GOLDEN=1 npm run test:only tests/engine/services/kubeproxy/golden.test.ts
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { healthChecks, renderIptables, renderIpvs, renderNftables, translateAt } from '../../../../src/engine/services/kubeproxy';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testNodeName } from './harness';
import { overallTopology } from './overall';

const dir = join(__dirname, 'golden');

function golden(file: string, actual: string): void {
  const url = join(dir, file);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  assert.equal(actual, readFileSync(url, 'utf8'), `${file} differs; rerun with UPDATE_GOLDEN=1 if the change is intended`);
}

describe('golden dumps of the overall cluster on test-node', () => {
  const ipt = renderIptables(overallTopology, testNodeName);
  test('overall.iptables-restore (IPv4)', () => golden('overall.iptables-restore', ipt.families[0]!.text));
  test('overall.ip6tables-restore (IPv6)', () => golden('overall.ip6tables-restore', ipt.families[1]!.text));
  test('overall.nft (IPv4)', () => golden('overall.nft', renderNftables(overallTopology, testNodeName, { family: 'IPv4' }).families[0]!.text));
  test('overall.ipvs.json (IPv4)', () => golden('overall.ipvs.json', JSON.stringify(renderIpvs(overallTopology, testNodeName, { family: 'IPv4' }).families[0], null, 2) + '\n'));
});

describe('translateAt', () => {
  test('renders the node once and evaluates', () => {
    const a = translateAt(overallTopology, testNodeName, { source: '10.0.0.2', destination: '172.30.0.44', port: 80 });
    const b = translateAt(overallTopology, testNodeName, { source: '10.0.0.2', destination: '172.30.0.44', port: 80 });
    assert.deepEqual(a, b);
    assert.equal(a.output, '10.180.0.4:80, 10.180.0.5:80');
    assert.deepEqual(a.branches.map((x) => x.probability), [0.5, 0.5]);
  });
  test('an unknown node is an error', () => {
    const r = translateAt(overallTopology, 'nope', { source: '10.0.0.2', destination: '172.30.0.44', port: 80 });
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.branches, []);
  });
});

// pkg/proxy/healthcheck + EndpointsMap.LocalReadyEndpoints
describe('healthChecks', () => {
  test('LoadBalancer + Local only; 200 with local Ready endpoints (TestHealthCheckNodePortWhenTerminating shape)', () => {
    const svc = (name: string, eTP: 'Local' | 'Cluster') =>
      makeTestService('ns1', name, (s) => {
        s.type = 'LoadBalancer';
        s.clusterIPs = [name === 'svc1' ? '172.30.1.1' : '172.30.1.2'];
        s.externalTrafficPolicy = eTP;
        s.healthCheckNodePort = name === 'svc1' ? 30000 : 30001;
        s.ports = [port('', 80, 'TCP', 3001)];
      });
    const slice = (ready: boolean[]) =>
      makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
        s.ports = [epPort('', 80)];
        s.endpoints = ready.map((r, i) => ep(`10.0.1.${i + 1}`, { nodeName: testNodeName, ready: r, serving: true, terminating: !r }));
      });
    const ready = healthChecks(harnessTopology([svc('svc1', 'Local'), svc('svc2', 'Cluster')], [slice([true, true, true, false])]), testNodeName);
    assert.deepEqual(ready.checks, [{ service: 'ns1/svc1', port: 30000, localEndpoints: 3, status: 200 }]);
    const terminating = healthChecks(harnessTopology([svc('svc1', 'Local')], [slice([false, false, false])]), testNodeName);
    assert.deepEqual(terminating.checks, [{ service: 'ns1/svc1', port: 30000, localEndpoints: 0, status: 503 }]);
  });
});
