/**
 * The Services and EndpointSlices of upstream's TestOverallIPTablesRules and TestOverallNFTablesRules
 * (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go, pkg/proxy/nftables/proxier_test.go; the two
 * tests build the same six Services), rebuilt on the harness cluster.
 */
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testNodeName } from './harness';

/** TestOverallIPTablesRules: "creates a variety of services and verifies that the generated rules are exactly as expected". */
export const overallTopology = harnessTopology(
  [
    // ClusterIP service
    makeTestService('ns1', 'svc1', (s) => {
      s.clusterIPs = ['172.30.0.41'];
      s.ports = [port('p80', 80)];
    }),
    // LoadBalancer service with Local traffic policy
    makeTestService('ns2', 'svc2', (s) => {
      s.type = 'LoadBalancer';
      s.externalTrafficPolicy = 'Local';
      s.clusterIPs = ['172.30.0.42'];
      s.ports = [port('p80', 80, 'TCP', 3001)];
      s.loadBalancerIPs = ['1.2.3.4'];
      s.externalIPs = ['192.168.99.22'];
      s.healthCheckNodePort = 30000;
    }),
    // NodePort service
    makeTestService('ns3', 'svc3', (s) => {
      s.type = 'NodePort';
      s.clusterIPs = ['172.30.0.43'];
      s.ports = [port('p80', 80, 'TCP', 3003)];
    }),
    // ExternalIP service (type NodePort without a nodePort)
    makeTestService('ns4', 'svc4', (s) => {
      s.type = 'NodePort';
      s.clusterIPs = ['172.30.0.44'];
      s.externalIPs = ['192.168.99.33'];
      s.ports = [port('p80', 80)];
    }),
    // LoadBalancer service with Cluster traffic policy, source ranges, and session affinity
    makeTestService('ns5', 'svc5', (s) => {
      s.type = 'LoadBalancer';
      s.externalTrafficPolicy = 'Cluster';
      s.clusterIPs = ['172.30.0.45'];
      s.ports = [port('p80', 80, 'TCP', 3002)];
      s.loadBalancerIPs = ['5.6.7.8'];
      s.healthCheckNodePort = 30000;
      // Upstream passes " 203.0.113.0/25" to prove the whitespace is trimmed; the model is canonical.
      s.loadBalancerSourceRanges = ['203.0.113.0/25'];
      s.sessionAffinity = 'ClientIP';
      s.sessionAffinityTimeoutSeconds = 10800;
    }),
    // ClusterIP service with no endpoints
    makeTestService('ns6', 'svc6', (s) => {
      s.type = 'ClusterIP';
      s.clusterIPs = ['172.30.0.46'];
      s.ports = [port('p80', 80)];
    }),
  ],
  [
    makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
      s.endpoints = [ep('10.180.0.1')];
      s.ports = [epPort('p80', 80)];
    }),
    // "Note that since we aren't setting its NodeName, this endpoint will be considered non-local and ignored."
    makeTestEndpointSlice('ns2', 'svc2', 1, (s) => {
      s.endpoints = [ep('10.180.0.2')];
      s.ports = [epPort('p80', 80)];
    }),
    makeTestEndpointSlice('ns3', 'svc3', 1, (s) => {
      s.endpoints = [ep('10.180.0.3')];
      s.ports = [epPort('p80', 80)];
    }),
    makeTestEndpointSlice('ns4', 'svc4', 1, (s) => {
      s.endpoints = [ep('10.180.0.4'), ep('10.180.0.5', { nodeName: testNodeName })];
      s.ports = [epPort('p80', 80)];
    }),
    makeTestEndpointSlice('ns5', 'svc5', 1, (s) => {
      s.endpoints = [ep('10.180.0.3')];
      s.ports = [epPort('p80', 80)];
    }),
  ],
);
