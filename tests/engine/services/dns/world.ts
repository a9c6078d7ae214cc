/**
 * DNS test worlds and helpers, built on the shared fixture builders (tests/engine/fixtures/cluster.ts).
 *
 * `corednsWorld()` is the API data of CoreDNS's own handler tests (coredns/coredns
 * plugin/kubernetes/handler_test.go, APIConnServeTest: svcIndex, epsIndex, PodIndex), as topology objects:
 * the same Services, addresses, ports and hostnames, so those tests' expected answers apply verbatim. Where
 * the model differs: one EndpointSlice holds one address family, so hdls1's IPv4 and IPv6 addresses sit in
 * two slices; namespaces exist only through objects, so `svcns` gets a Service and `podns` the pod
 * PodIndex returns.
 */
import type { Endpoint, EndpointPort, EndpointSlice, Protocol, ServicePort, Topology } from '../../../../src/engine/model/topology';
import { formatRecord, type DnsAnswer, type DnsRecord } from '../../../../src/engine/services/dns';
import { makePod, makeService, makeTopology, type Draft, type TopologyDraft } from '../../fixtures/cluster';

export function svcPort(name: string | null, protocol: Protocol, port: number): ServicePort {
  return { name, protocol, port, targetPort: port, nodePort: null, appProtocol: null };
}

export function epPort(name: string | null, protocol: Protocol, port: number): EndpointPort {
  return { name, protocol, port, appProtocol: null };
}

export function ep(addresses: string[], fields: Partial<Endpoint> = {}): Endpoint {
  return { addresses, ready: true, serving: true, terminating: false, nodeName: null, zone: null, hostname: null, targetPod: null, ...fields };
}

export function slice(namespace: string, serviceName: string, name: string, addressType: EndpointSlice['addressType'], endpoints: Endpoint[], ports: EndpointPort[]): Draft<EndpointSlice> {
  return { namespace, name, serviceName, addressType, endpoints, ports, inferred: false } as Draft<EndpointSlice>;
}

/** A ClusterIP Service with `ports` (none by default) and no selector. */
export function clusterIpService(namespace: string, name: string, clusterIPs: string[], ports: ServicePort[] = []): ReturnType<typeof makeService> {
  return makeService(namespace, name, clusterIPs[0] ?? '', (s) => {
    s.clusterIPs = clusterIPs;
    s.ipFamilies = clusterIPs.map((ip) => (ip.includes(':') ? 'IPv6' : 'IPv4'));
    s.ports = ports;
    s.selector = null;
  });
}

export function headlessService(namespace: string, name: string, ports: ServicePort[] = []): ReturnType<typeof makeService> {
  return makeService(namespace, name, '', (s) => {
    s.clusterIPs = [];
    s.headless = true;
    s.ports = ports;
  });
}

export function externalNameService(namespace: string, name: string, externalName: string): ReturnType<typeof makeService> {
  return makeService(namespace, name, '', (s) => {
    s.type = 'ExternalName';
    s.clusterIPs = [];
    s.externalName = externalName;
    s.selector = null;
  });
}

const http = [svcPort('http', 'TCP', 80)];

export function corednsWorld(...overrides: ((t: TopologyDraft) => void)[]): Topology {
  return makeTopology((t) => {
    t.services = [
      clusterIpService('kube-system', 'kubedns', ['10.0.0.10'], [svcPort('dns', 'UDP', 53)]),
      clusterIpService('testns', 'svc1', ['10.0.0.1'], http),
      clusterIpService('testns', 'svcempty', ['10.0.0.1'], http),
      clusterIpService('testns', 'svc6', ['1234:abcd::1'], http),
      headlessService('testns', 'hdls1'),
      externalNameService('testns', 'external', 'ext.interwebs.test'),
      externalNameService('testns', 'external-to-service', 'svc1.testns.svc.cluster.local.'),
      headlessService('testns', 'hdlsprtls'),
      clusterIpService('testns', 'svc-dual-stack', ['10.0.0.3', '10::3'], http),
      clusterIpService('svcns', 'other', ['10.0.0.40'], http),
    ];
    const httpEp = [epPort('http', 'TCP', 80)];
    t.endpointSlices = [
      slice('kube-system', 'kubedns', 'kubedns-1', 'IPv4', [ep(['172.0.0.100'])], [epPort('dns', 'UDP', 53)]),
      slice('testns', 'svc1', 'svc1-slice1', 'IPv4', [ep(['172.0.0.1'], { hostname: 'ep1a' })], httpEp),
      slice('testns', 'svcempty', 'svcempty-slice1', 'IPv4', [], httpEp),
      slice('testns', 'hdls1', 'hdls1-slice1', 'IPv4', [ep(['172.0.0.2']), ep(['172.0.0.3']), ep(['172.0.0.4'], { hostname: 'dup-name' }), ep(['172.0.0.5'], { hostname: 'dup-name' })], httpEp),
      slice('testns', 'hdls1', 'hdls1-slice2', 'IPv6', [ep(['5678:abcd::1']), ep(['5678:abcd::2'])], httpEp),
      slice('testns', 'hdlsprtls', 'hdlsprtls-slice1', 'IPv4', [ep(['172.0.0.20'])], []),
    ];
    t.pods.push(makePod('podns', 'foo', 'node-1', ['10.240.0.1']));
    for (const o of overrides) o(t);
  });
}

/** miekg/dns's text with runs of blanks made single spaces, so expectations copied from Go tests compare. */
export function text(r: DnsRecord): string {
  return formatRecord(r).replace(/\s+/g, ' ');
}

export interface Shown {
  readonly rcode: string | null;
  readonly answers: string[];
  readonly additional: string[];
  readonly authority: string[];
}

/** An answer as comparable text; `sorted` sorts each section as CoreDNS's test.SortAndCheck does. */
export function show(a: DnsAnswer, sorted = true): Shown {
  const list = (rs: readonly DnsRecord[]): string[] => {
    const t = rs.map(text);
    return sorted ? t.sort() : t;
  };
  return { rcode: a.rcode, answers: list(a.answers), additional: list(a.additional), authority: list(a.authority) };
}

/** The SOA line of a zone as the model prints it (serial unknown). */
export function soa(zone: string, ttl: number): string {
  return `${zone} ${Math.min(300, ttl)} IN SOA ns.dns.${zone} hostmaster.${zone} ? 7200 1800 86400 ${ttl}`;
}
