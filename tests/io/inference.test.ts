/**
 * What import infers and what it only warns about. EndpointSlice expectations follow the EndpointSlice
 * controller (kubernetes/kubernetes staging/src/k8s.io/endpointslice/reconciler.go and utils.go,
 * pkg/controller/endpointslice/endpointslice_controller.go); the cited function is named in each case.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { EndpointSlice, Topology } from '../../src/engine/model/topology';
import { MAX_ENDPOINTS_PER_SLICE } from '../../src/io/inferEndpointSlices';
import { parseTopologyObjects } from '../../src/io/parseTopology';
import { at, endpointSlice, node, pod, service, set, topologyDoc, variant, type Obj } from './fixtures';

function parsed(objects: Obj[]) {
  const result = parseTopologyObjects(objects);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 1));
  return result;
}

const slicesOf = (t: Topology, name: string): EndpointSlice[] => t.endpointSlices.filter((s) => s.serviceName === name);

describe('EndpointSlice inference', () => {
  test('podToEndpoint: addresses, conditions, nodeName, zone from the node label, targetRef; no hostname', () => {
    const objects = variant((o) => set(at(o, 1), ['metadata', 'labels'], { 'topology.kubernetes.io/zone': 'z1' }));
    const result = parsed(objects);
    assert.deepEqual(slicesOf(result.topology, 'web'), [
      {
        namespace: 'shop',
        name: 'web-inferred-1',
        serviceName: 'web',
        addressType: 'IPv4',
        endpoints: [
          {
            addresses: ['10.244.0.5'],
            ready: true,
            serving: true,
            terminating: false,
            nodeName: 'node-a',
            zone: 'z1',
            hostname: null,
            targetPod: { namespace: 'shop', name: 'web-1' },
          },
        ],
        // getEndpointPorts + FindPort: the named targetPort "http" resolves to the container port 8080.
        ports: [{ name: 'http', protocol: 'TCP', port: 8080, appProtocol: null }],
        inferred: true,
      },
    ]);
    assert.ok(result.inferences.includes('Service shop/web: EndpointSlices inferred from selector app=web: web-inferred-1 (IPv4, 1 endpoint, ports 8080/TCP)'));
  });

  const readiness: Array<{ name: string; ready: string; publish: boolean; expected: [boolean, boolean] }> = [
    { name: 'not-ready pod: ready false, serving false', ready: 'False', publish: false, expected: [false, false] },
    { name: 'publishNotReadyAddresses: ready true, serving still the pod’s readiness', ready: 'False', publish: true, expected: [true, false] },
    { name: 'ready pod', ready: 'True', publish: false, expected: [true, true] },
  ];
  for (const c of readiness) {
    test(`podToEndpoint conditions: ${c.name}`, () => {
      const objects = variant((o) => {
        set(at(o, 3), ['status', 'conditions'], [{ type: 'Ready', status: c.ready }]);
        set(at(o, 4), ['spec', 'publishNotReadyAddresses'], c.publish);
      });
      const endpoint = slicesOf(parsed(objects).topology, 'web')[0]?.endpoints[0];
      assert.deepEqual([endpoint?.ready, endpoint?.serving], c.expected);
    });
  }

  test('reconcileByAddressType groups endpoints by resolved ports; FindPort matches name and protocol', () => {
    const objects = variant((o) => [
      ...o,
      pod('shop', 'web-2', 'node-b', '10.244.1.5', (p) => set(p, ['spec', 'containers', 0, 'ports', 0, 'containerPort'], 9090)),
      pod('shop', 'web-3', 'node-b', '10.244.1.6', (p) => set(p, ['spec', 'containers', 0, 'ports', 0, 'protocol'], 'UDP')),
      pod('shop', 'web-4', 'node-a', '10.244.0.7'),
    ]);
    const slices = slicesOf(parsed(objects).topology, 'web');
    assert.deepEqual(
      slices.map((s) => [s.name, s.ports.map((p) => p.port), s.endpoints.map((e) => e.targetPod?.name)]),
      [
        ['web-inferred-1', [8080], ['web-1', 'web-4']],
        ['web-inferred-2', [9090], ['web-2']],
        // web-3 names "http" only for UDP, the Service port is TCP: the port is dropped, the pod stays.
        ['web-inferred-3', [], ['web-3']],
      ],
    );
  });

  test(`reconcileByPortMapping packs at most ${MAX_ENDPOINTS_PER_SLICE} endpoints per slice (--max-endpoints-per-slice default)`, () => {
    const objects = variant((o) => {
      for (let i = 0; i < 130; i++) o.push(pod('shop', `w-${i}`, 'node-a', `10.244.0.${i + 10}`));
    });
    const slices = slicesOf(parsed(objects).topology, 'web');
    assert.deepEqual(slices.map((s) => [s.name, s.endpoints.length]), [['web-inferred-1', 100], ['web-inferred-2', 31]]);
  });

  test('one pass per ipFamilies entry, in order; getEndpointAddresses keeps the slice’s family', () => {
    const objects = variant((o) => {
      set(at(o, 0), ['spec', 'serviceCIDRs'], ['10.96.0.0/12', 'fd00:96::/108']);
      set(at(o, 0), ['spec', 'podCIDRs'], ['10.244.0.0/16', 'fd00:10::/56']);
      set(at(o, 3), ['status', 'podIPs'], [{ ip: '10.244.0.5' }, { ip: 'fd00:10::5' }]);
      set(at(o, 1), ['spec', 'podCIDRs'], ['10.244.0.0/24', 'fd00:10::/64']);
      set(at(o, 4), ['spec', 'clusterIPs'], ['fd00:96::20', '10.96.0.20']);
      set(at(o, 4), ['spec', 'clusterIP'], 'fd00:96::20');
      set(at(o, 4), ['spec', 'ipFamilyPolicy'], 'PreferDualStack');
    });
    const slices = slicesOf(parsed(objects).topology, 'web');
    assert.deepEqual(slices.map((s) => [s.addressType, s.endpoints.map((e) => e.addresses)]), [
      ['IPv6', [['fd00:10::5']]],
      ['IPv4', [['10.244.0.5']]],
    ]);
  });

  test('an address type with nothing to publish gets one empty placeholder slice', () => {
    const objects = variant((o) => set(at(o, 4), ['spec', 'selector'], { app: 'nothing' }));
    const result = parsed(objects);
    assert.deepEqual(slicesOf(result.topology, 'web').map((s) => [s.name, s.endpoints.length, s.ports.length]), [['web-inferred-1', 0, 0]]);
    assert.ok(result.inferences.some((i) => i.includes('empty placeholder')));
  });

  const none: Array<{ name: string; objects: Obj[] }> = [
    { name: 'syncService skips ExternalName services', objects: variant((o) => set(at(o, 4), ['spec'], { type: 'ExternalName', externalName: 'x.example.com', selector: { app: 'web' } })) },
    { name: 'syncService skips services without selector', objects: variant((o) => set(at(o, 4), ['spec', 'selector'], undefined)) },
    { name: 'a service with its own slices in the document is left alone', objects: variant((o) => [...o, endpointSlice('shop', 'web-given', 'web')]) },
  ];
  for (const c of none) {
    test(c.name, () => {
      const slices = slicesOf(parsed(c.objects).topology, 'web');
      assert.ok(slices.every((s) => !s.inferred), JSON.stringify(slices));
    });
  }

  test('selection: all selector labels must match, same namespace only, pods need an IP', () => {
    const objects = variant((o) => [
      ...o,
      pod('other', 'web-x', 'node-a', '10.244.0.8'),
      pod('shop', 'web-noip', 'node-a', '10.244.0.9', (p) => set(p, ['status'], {})),
      pod('shop', 'web-partial', 'node-a', '10.244.0.10', (p) => set(p, ['metadata', 'labels'], { app: 'web' })),
      pod('shop', 'web-full', 'node-a', '10.244.0.11', (p) => set(p, ['metadata', 'labels'], { app: 'web', tier: 'front' })),
    ]).map((object) => (object.kind === 'Service' ? service('shop', 'web', '10.96.0.20', (s) => set(s, ['spec', 'selector'], { app: 'web', tier: 'front' })) : object));
    const names = slicesOf(parsed(objects).topology, 'web').flatMap((s) => s.endpoints.map((e) => e.targetPod?.name));
    assert.deepEqual(names, ['web-full']);
  });

  test('an unscheduled pod is skipped unless publishNotReadyAddresses (reconciler: node not found)', () => {
    const unscheduled = (publish: boolean) =>
      variant((o) => {
        set(at(o, 3), ['spec', 'nodeName'], undefined);
        set(at(o, 4), ['spec', 'publishNotReadyAddresses'], publish);
      });
    assert.equal(slicesOf(parsed(unscheduled(false)).topology, 'web')[0]?.endpoints.length, 0);
    const published = slicesOf(parsed(unscheduled(true)).topology, 'web')[0]?.endpoints[0];
    assert.deepEqual([published?.nodeName, published?.zone], [null, null]);
  });

  test('a headless service without ports infers slices without ports', () => {
    const objects = variant((o) => set(at(o, 4), ['spec'], { clusterIP: 'None', selector: { app: 'web' } }));
    const slice = slicesOf(parsed(objects).topology, 'web')[0];
    assert.deepEqual([slice?.ports, slice?.endpoints.length], [[], 1]);
  });

  test('inferred names skip names the document already uses', () => {
    const objects = variant((o) => [...o, service('shop', 'other', '10.96.0.21'), endpointSlice('shop', 'web-inferred-1', 'other')]);
    assert.deepEqual(slicesOf(parsed(objects).topology, 'web').map((s) => s.name), ['web-inferred-2']);
  });
});

describe('node and pod inference', () => {
  const subnets = [
    { name: 'wide', cidr: '10.100.0.0/16' },
    { name: 'narrow', cidr: '10.100.0.0/24' },
    { name: 'narrow-too', cidr: '10.100.0.0/24' },
  ];
  test('subnet: the most specific underlay subnet containing the first InternalIP, first on a tie', () => {
    const result = parsed([topologyDoc((t) => set(t, ['spec', 'underlay', 'subnets'], subnets)), node('n', '10.100.0.9', '10.244.0.0/24')]);
    assert.equal(result.topology.nodes[0]?.subnet, 'narrow');
    assert.deepEqual(result.inferences, ['Node n: underlay subnet "narrow" inferred from InternalIP 10.100.0.9 (10.100.0.0/24)']);
  });

  test('subnet: none contains the IP → null and a warning', () => {
    const result = parsed([topologyDoc(), node('n', '192.168.1.9', '10.244.0.0/24')]);
    assert.equal(result.topology.nodes[0]?.subnet, null);
    assert.deepEqual(result.warnings, [{ path: 'nodes[0].status.addresses', message: "no underlay subnet contains InternalIP 192.168.1.9; the node's subnet is unknown", object: 'Node n' }]);
  });

  test('subnet: an explicit annotation is kept and not reported as inferred', () => {
    const result = parsed([topologyDoc((t) => set(t, ['spec', 'underlay', 'subnets'], subnets)), node('n', '10.100.0.9', '10.244.0.0/24', (n) => set(n, ['metadata', 'annotations'], { 'k8s-netmodel.io/subnet': 'wide' }))]);
    assert.equal(result.topology.nodes[0]?.subnet, 'wide');
    assert.deepEqual(result.inferences, []);
  });

  test('a host-network pod without IPs takes its node’s InternalIPs', () => {
    const objects = variant((o) => [...o, pod('kube-system', 'proxy', 'node-b', '', (p) => { set(p, ['spec', 'hostNetwork'], true); set(p, ['status'], {}); })]);
    const result = parsed(objects);
    assert.deepEqual(result.topology.pods.find((p) => p.name === 'proxy')?.ips, ['10.100.0.3']);
    assert.ok(result.inferences.includes("Pod kube-system/proxy: host-network pod takes its node's InternalIPs (10.100.0.3)"));
  });

  test('pod CIDRs are never assigned at import; a node without one is a warning when the cluster has pod CIDRs', () => {
    const withCIDRs = parsed(variant((o) => set(at(o, 2), ['spec'], {})));
    assert.deepEqual(withCIDRs.topology.nodes[1]?.podCIDRs, []);
    assert.ok(withCIDRs.warnings.some((w) => w.path === 'nodes[1].spec.podCIDRs' && w.message.includes('node IPAM allocator would assign one')));
    const withoutCIDRs = parsed(variant((o) => { set(at(o, 2), ['spec'], {}); set(at(o, 0), ['spec', 'podCIDRs'], undefined); }));
    assert.ok(withoutCIDRs.warnings.every((w) => w.path !== 'nodes[1].spec.podCIDRs'));
  });
});

describe('warnings that do not stop import', () => {
  const cases: Array<{ name: string; objects: Obj[]; path: string; message: string }> = [
    { name: 'clusterIP outside the service CIDR', objects: variant((o) => set(at(o, 4), ['spec', 'clusterIP'], '10.200.0.1')), path: 'services[0].spec.clusterIP', message: 'outside the service CIDR 10.96.0.0/12' },
    { name: 'service without clusterIP', objects: variant((o) => set(at(o, 4), ['spec', 'clusterIP'], undefined)), path: 'services[0].spec.clusterIP', message: 'would allocate one' },
    { name: 'crossSubnet without an encapsulating overlay', objects: variant((o) => set(at(o, 0), ['spec', 'cni'], { crossSubnet: true })), path: 'topology.spec.cni.crossSubnet', message: 'has no effect' },
    { name: 'externalName on a ClusterIP service', objects: variant((o) => set(at(o, 4), ['spec', 'externalName'], 'x.example.com')), path: 'services[0].spec.externalName', message: 'ignored' },
    { name: 'endpoint pointing at a pod not in the document', objects: variant((o) => [...o, endpointSlice('shop', 'e', 'web', (s) => set(s, ['endpoints', 0, 'targetRef', 'name'], 'gone'))]), path: 'endpointSlices[0].endpoints[0].targetRef', message: 'Pod shop/gone is not in the document' },
    { name: 'broadcast line in a route table', objects: variant((o) => set(at(o, 0), ['spec', 'nodeRoutes'], { 'node-a': 'broadcast 10.100.0.255 dev eth0 table local' })), path: 'topology.spec.nodeRoutes["node-a"]', message: 'line 1: broadcast route skipped' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = parsed(c.objects);
      assert.ok(result.warnings.some((w) => w.path === c.path && w.message.includes(c.message)), JSON.stringify(result.warnings, null, 1));
    });
  }
});
