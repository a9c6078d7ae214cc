/**
 * One Service per combination of the knobs that change kube-proxy's output — type, both traffic
 * policies, affinity, endpoints (none, remote, local, local terminating, mixed conditions), externalIPs,
 * LB source ranges (with and without the node IP), UDP — in both families, on the harness cluster.
 */
import type { Topology } from '../../../../src/engine/model/topology';
import type { Draft, TopologyDraft } from '../../fixtures/cluster';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testNodeName } from './harness';

/** One Service per combination of the count-changing knobs, with endpoints in every condition and place. */
export function combinatorialTopology(override?: (t: TopologyDraft) => void): Topology {
  const services: Draft<Topology['services'][number]>[] = [];
  const slices: Draft<Topology['endpointSlices'][number]>[] = [];
  let k = 0;
  for (const type of ['ClusterIP', 'NodePort', 'LoadBalancer'] as const) {
    for (const eTP of ['Cluster', 'Local'] as const) {
      for (const iTP of ['Cluster', 'Local'] as const) {
        for (const affinity of [false, true]) {
          for (const endpoints of ['none', 'remote', 'local', 'terminating-local', 'mixed'] as const) {
            k++;
            const name = `svc${k}`;
            services.push(
              makeTestService('ns', name, (s) => {
                s.type = type;
                s.clusterIPs = [`172.30.1.${k}`, `fd00:10:96::${k.toString(16)}`];
                s.ports = [port('p80', 80, k % 3 === 0 ? 'UDP' : 'TCP', type === 'ClusterIP' ? null : 30000 + k)];
                s.externalTrafficPolicy = eTP;
                s.internalTrafficPolicy = iTP;
                if (affinity) s.sessionAffinity = 'ClientIP';
                if (k % 4 === 0) s.externalIPs = [`192.168.99.${k}`];
                if (type === 'LoadBalancer') {
                  s.loadBalancerIPs = [`1.2.${k}.4`, `2001:db8:99::${k.toString(16)}`];
                  if (eTP === 'Local') s.healthCheckNodePort = 32000 + k;
                  if (k % 2 === 0) s.loadBalancerSourceRanges = k % 4 === 0 ? ['192.168.0.0/24', '203.0.113.0/25'] : ['203.0.113.0/25'];
                }
              }),
            );
            if (endpoints === 'none') continue;
            for (const family of ['IPv4', 'IPv6'] as const) {
              const ip = (n: number): string => (family === 'IPv4' ? `10.180.${k}.${n}` : `fd00:10:180::${k.toString(16)}:${n}`);
              slices.push(
                makeTestEndpointSlice('ns', name, family === 'IPv4' ? 1 : 2, (s) => {
                  s.addressType = family;
                  s.ports = [epPort('p80', 8080, k % 3 === 0 ? 'UDP' : 'TCP')];
                  s.endpoints = {
                    remote: [ep(ip(1), { nodeName: 'other' }), ep(ip(2), { nodeName: 'other' })],
                    local: [ep(ip(1), { nodeName: testNodeName }), ep(ip(2), { nodeName: 'other' })],
                    'terminating-local': [ep(ip(1), { nodeName: testNodeName, ready: false, serving: true, terminating: true }), ep(ip(2), { nodeName: 'other' })],
                    mixed: [ep(ip(1), { nodeName: testNodeName }), ep(ip(2), { nodeName: testNodeName, ready: false, serving: false, terminating: true }), ep(ip(3), { nodeName: 'other', ready: false, serving: true, terminating: true })],
                  }[endpoints];
                }),
              );
            }
          }
        }
      }
    }
  }
  return harnessTopology(services, slices, override);
}
