/**
 * Upstream's test proxier, rebuilt as a topology (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go
 * `NewFakeProxier` and the conventions above it):
 *
 *   Pod IPs 10.0.0.0/8 (the detect-local CIDR), ClusterIPs 172.30.0.0/16, node "test-node" with node IP
 *   192.168.0.2 (IPv6 2001:db8::1), other host addresses 192.168.1.2, 192.168.99.11 and 2001:db8:1::2,
 *   loopback 127.0.0.1 and ::1 (the fake network interfaces), external client 203.0.113.2, blocked client
 *   203.0.113.130 (outside the LB source range 203.0.113.0/25).
 *
 * The fake proxier is built with masqueradeMark "0x4000", localhostNodePorts true, nfacct counters present
 * and a fake iptables without --random-fully; `HARNESS_OPTIONS` says the same to our renderer. The extra host
 * addresses become the node's ExternalIPs, so the default host-address model (InternalIPs + ExternalIPs +
 * loopback) yields exactly the fake interfaces. Services and slices use upstream's builders' shapes:
 * `makeTestService(ns, name, fn)` and `makeTestEndpointSlice(ns, name, n, fn)`.
 */
import type { Endpoint, EndpointSlice, Service, Topology } from '../../../../src/engine/model/topology';
import type { KubeProxyOptions } from '../../../../src/engine/services/kubeproxy';
import { makeNode, makeService, makeTopology, type Draft, type TopologyDraft } from '../../fixtures/cluster';

export const testNodeName = 'test-node';
export const testNodeIP = '192.168.0.2';
export const testNodeIPAlt = '192.168.1.2';
export const testExternalIP = '192.168.99.11';
export const testNodeIPv6 = '2001:db8::1';
export const testNodeIPv6Alt = '2001:db8:1::2';
export const testExternalClient = '203.0.113.2';
export const testExternalClientBlocked = '203.0.113.130';
export const testNodeIPs = [testNodeIP, testNodeIPAlt, testExternalIP, testNodeIPv6, testNodeIPv6Alt];

export const HARNESS_OPTIONS: KubeProxyOptions = { masqueradeMark: '0x4000', randomFully: false, nfacct: true };

/** makeTestService: an empty spec (type "" behaves as ClusterIP, policies Cluster), filled by `fn`. */
export function makeTestService(namespace: string, name: string, fn: (s: Draft<Service>) => void): Draft<Service> {
  return makeService(namespace, name, '', (s) => {
    s.clusterIPs = [];
    s.ports = [];
    s.selector = null;
    s.ipFamilies = [];
    s.ipFamilyPolicy = null;
    fn(s);
  });
}

/** A ServicePort the way upstream tests write `v1.ServicePort{Name, Port, Protocol, NodePort}`. */
export function port(name: string, portNumber: number, protocol: 'TCP' | 'UDP' | 'SCTP' = 'TCP', nodePort: number | null = null): Draft<Service>['ports'][number] {
  return { name: name === '' ? null : name, protocol, port: portNumber, targetPort: portNumber, nodePort, appProtocol: null };
}

/** An endpoint with upstream's defaults: conditions unset (ready, serving, not terminating), no node name. */
export function ep(address: string, fields: Partial<Draft<Endpoint>> = {}): Draft<Endpoint> {
  const ready = fields.ready ?? true;
  return { addresses: [address], ready, serving: fields.serving ?? ready, terminating: false, nodeName: null, zone: null, hostname: null, targetPod: null, ...fields };
}

/** makeTestEndpointSlice: name `<svc>-<n>`, label kubernetes.io/service-name, filled by `fn`. */
export function makeTestEndpointSlice(namespace: string, name: string, n: number, fn: (s: Draft<EndpointSlice>) => void): Draft<EndpointSlice> {
  const s: Draft<EndpointSlice> = { namespace, name: `${name}-${n}`, serviceName: name, addressType: 'IPv4', endpoints: [], ports: [], inferred: false };
  fn(s);
  return s;
}

export function epPort(name: string, portNumber: number, protocol: 'TCP' | 'UDP' | 'SCTP' = 'TCP'): Draft<EndpointSlice>['ports'][number] {
  return { name, protocol, port: portNumber, appProtocol: null };
}

/** The harness cluster holding `services` and `slices`, with `override` applied last. */
export function harnessTopology(services: Draft<Service>[], slices: Draft<EndpointSlice>[], override?: (t: TopologyDraft) => void): Topology {
  return makeTopology((t) => {
    t.name = 'kube-proxy-harness';
    t.podCIDRs = ['10.0.0.0/8', 'fd00:10::/64'];
    t.serviceCIDRs = ['172.30.0.0/16', 'fd00:10:96::/112'];
    t.underlay.subnets = [];
    t.nodes = [
      makeNode(testNodeName, [testNodeIP, testNodeIPv6], [], null, (n) => {
        n.externalIPs = [testNodeIPAlt, testExternalIP, testNodeIPv6Alt];
      }),
    ];
    t.pods = [];
    t.services = services;
    t.endpointSlices = slices;
    override?.(t);
  });
}
