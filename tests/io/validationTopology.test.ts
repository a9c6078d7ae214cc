/**
 * One named case per validation rule of the Topology document and of the document as a whole: each asserts the
 * exact field path and a fragment of the message. Objects come from tests/io/fixtures.ts smallCluster():
 * [0] Topology, [1] node-a, [2] node-b, [3] pod shop/web-1, [4] service shop/web.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { parseTopologyObjects } from '../../src/io/parseTopology';
import { at, node, set, variant, type Obj } from './fixtures';

interface Case {
  name: string;
  objects: Obj[];
  path: string;
  message: string;
}

const spec = (objects: Obj[], path: (string | number)[], value: unknown) => set(at(objects, 0), ['spec', ...path], value);

const CASES: Case[] = [
  // the document as a whole
  { name: 'no Topology document', objects: variant((o) => o.slice(1)), path: 'topology', message: 'no Topology document' },
  { name: 'a second Topology document', objects: variant((o) => [...o, { ...at(o, 0) }]), path: 'documents[5]', message: 'a second Topology document; only one is allowed (the first is documents[0])' },
  { name: 'an object without kind', objects: variant((o) => [...o, { apiVersion: 'v1', metadata: {} }]), path: 'documents[5]', message: 'needs apiVersion and kind' },
  { name: 'a document that is not a mapping', objects: variant((o) => [...o, 'just text' as unknown as Obj]), path: 'documents[5]', message: 'got "just text" (a string)' },
  { name: 'a List inside a List', objects: variant((o) => [...o, { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'List', items: [] }] }]), path: 'documents[5].items[0]', message: 'a List inside a List' },
  // identity and versions
  { name: 'wrong Topology apiVersion', objects: variant((o) => set(at(o, 0), ['apiVersion'], 'netmodel/v1')), path: 'topology.apiVersion', message: 'expected "netmodel/v1alpha1"' },
  { name: 'wrong Node apiVersion', objects: variant((o) => set(at(o, 1), ['apiVersion'], 'v2')), path: 'nodes[0].apiVersion', message: '"v2" is not supported for Node; expected "v1"' },
  { name: 'missing topology name', objects: variant((o) => set(at(o, 0), ['metadata', 'name'], undefined)), path: 'topology.metadata.name', message: 'the topology needs a name' },
  { name: 'topology name with spaces', objects: variant((o) => set(at(o, 0), ['metadata', 'name'], 'prod eu')), path: 'topology.metadata.name', message: 'topology name "prod eu"' },
  { name: 'misspelled field, with a suggestion', objects: variant((o) => spec(o, ['podCIDR'], ['10.0.0.0/8'])), path: 'topology.spec.podCIDR', message: 'unknown field "podCIDR" (did you mean "podCIDRs"?)' },
  { name: 'a string where a list belongs', objects: variant((o) => spec(o, ['podCIDRs'], '10.244.0.0/16')), path: 'topology.spec.podCIDRs', message: 'expected a list, got "10.244.0.0/16" (a string)' },
  { name: 'cluster domain with upper case', objects: variant((o) => spec(o, ['clusterDomain'], 'Cluster.Local')), path: 'topology.spec.clusterDomain', message: '"Cluster.Local" must consist of lower case' },
  // prefixes
  { name: 'malformed pod CIDR', objects: variant((o) => spec(o, ['podCIDRs', 0], '10.244.0.300/16')), path: 'topology.spec.podCIDRs[0]', message: '"10.244.0.300/16" is not a CIDR' },
  { name: 'host bits in the service CIDR', objects: variant((o) => spec(o, ['serviceCIDRs', 0], '10.96.0.1/12')), path: 'topology.spec.serviceCIDRs[0]', message: 'did you mean 10.96.0.0/12?' },
  { name: 'prefix length out of range', objects: variant((o) => spec(o, ['podCIDRs', 0], '10.244.0.0/40')), path: 'topology.spec.podCIDRs[0]', message: 'prefix length 40 is out of range for IPv4 (0–32)' },
  { name: 'two pod CIDRs of one family', objects: variant((o) => spec(o, ['podCIDRs'], ['10.244.0.0/16', '10.245.0.0/16'])), path: 'topology.spec.podCIDRs[1]', message: 'two pod CIDRs of the same family (IPv4)' },
  { name: 'two service CIDRs of one family', objects: variant((o) => spec(o, ['serviceCIDRs'], ['fd00::/108', 'fd01::/108'])), path: 'topology.spec.serviceCIDRs[1]', message: 'same family (IPv6)' },
  { name: 'three pod CIDRs', objects: variant((o) => spec(o, ['podCIDRs'], ['10.244.0.0/16', 'fd00::/56', '10.1.0.0/16'])), path: 'topology.spec.podCIDRs', message: 'has 3 entries; at most 2 allowed' },
  // node mask sizes (kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go)
  { name: 'node mask shorter than the pod CIDR', objects: variant((o) => spec(o, ['nodeCIDRMaskSize'], { ipv4: 12 })), path: 'topology.spec.nodeCIDRMaskSize.ipv4', message: 'node mask size 12 is shorter than the pod CIDR 10.244.0.0/16; it must be at least 16' },
  { name: 'node mask out of range', objects: variant((o) => spec(o, ['nodeCIDRMaskSize'], { ipv4: 33 })), path: 'topology.spec.nodeCIDRMaskSize.ipv4', message: '33 (a number) is out of range (1–32)' },
  {
    name: 'IPv6 node mask more than 16 bits past the pod CIDR',
    objects: variant((o) => spec(o, ['podCIDRs'], ['10.244.0.0/16', 'fd00:10::/32'])),
    path: 'topology.spec.nodeCIDRMaskSize.ipv6',
    message: 'more than 16 bits longer than the pod CIDR fd00:10::/32',
  },
  // enums, with the allowed list
  { name: 'unknown CNI plugin', objects: variant((o) => spec(o, ['cni'], { plugin: 'flanel' })), path: 'topology.spec.cni.plugin', message: '"flanel" (a string) is not one of: flannel, calico, cilium, weave, aws-vpc-cni, kubenet, bridge, generic' },
  { name: 'unknown overlay', objects: variant((o) => spec(o, ['cni'], { overlay: 'gre' })), path: 'topology.spec.cni.overlay', message: 'is not one of: none, host-gw, bgp, vxlan, geneve, ipip, wireguard, ipsec, udp' },
  { name: 'unknown kube-proxy mode', objects: variant((o) => spec(o, ['kubeProxy'], { mode: 'userspace' })), path: 'topology.spec.kubeProxy.mode', message: 'is not one of: iptables, ipvs, nftables, none' },
  { name: 'unknown external network kind', objects: variant((o) => spec(o, ['externalNetworks'], [{ name: 'x', cidr: '10.0.0.0/8', kind: 'lan' }])), path: 'topology.spec.externalNetworks[0].kind', message: 'is not one of: vpc, on-prem, peering, reserved, other' },
  { name: 'unknown route type', objects: variant((o) => spec(o, ['underlay', 'routes'], [{ destination: '10.0.0.0/8', type: 'throw' }])), path: 'topology.spec.underlay.routes[0].type', message: 'is not one of: unicast, blackhole, unreachable, prohibit, local' },
  // numbers
  { name: 'VNI past 24 bits', objects: variant((o) => spec(o, ['cni'], { vni: 16777216 })), path: 'topology.spec.cni.vni', message: 'out of range (0–16777215)' },
  { name: 'tunnel port out of range', objects: variant((o) => spec(o, ['cni'], { port: 70000 })), path: 'topology.spec.cni.port', message: '70000 (a number) is out of range (1–65535)' },
  { name: 'MTU below 68', objects: variant((o) => spec(o, ['underlay', 'mtu'], 40)), path: 'topology.spec.underlay.mtu', message: 'out of range (68–65535)' },
  { name: 'masquerade bit 32', objects: variant((o) => spec(o, ['kubeProxy'], { masqueradeBit: 32 })), path: 'topology.spec.kubeProxy.masqueradeBit', message: 'out of range (0–31)' },
  { name: 'fractional metric', objects: variant((o) => spec(o, ['underlay', 'routes'], [{ destination: '10.0.0.0/8', metric: 1.5 }])), path: 'topology.spec.underlay.routes[0].metric', message: 'expected an integer, got 1.5' },
  { name: 'bridge name over IFNAMSIZ', objects: variant((o) => spec(o, ['cni'], { bridge: 'averyveryverylongbr' })), path: 'topology.spec.cni.bridge', message: 'IFNAMSIZ' },
  // kube-proxy flags
  { name: 'malformed --cluster-cidr entry', objects: variant((o) => spec(o, ['kubeProxy'], { clusterCIDR: '10.244.0.0/16,bogus' })), path: 'topology.spec.kubeProxy.clusterCIDR', message: '"bogus" is not a CIDR' },
  { name: '--cluster-cidr with two IPv4 ranges', objects: variant((o) => spec(o, ['kubeProxy'], { clusterCIDR: '10.244.0.0/16,10.245.0.0/16' })), path: 'topology.spec.kubeProxy.clusterCIDR', message: 'same family' },
  // pkg/proxy/apis/config/validation: "can't use both 'primary' and CIDRs"
  { name: '"primary" mixed with CIDRs', objects: variant((o) => spec(o, ['kubeProxy'], { nodePortAddresses: ['10.0.0.0/8', 'primary'] })), path: 'topology.spec.kubeProxy.nodePortAddresses[1]', message: '"primary" must be the only entry' },
  // underlay
  { name: 'gateway of the other family', objects: variant((o) => spec(o, ['underlay', 'subnets', 0, 'gateway'], 'fd00::1')), path: 'topology.spec.underlay.subnets[0].gateway', message: 'gateway fd00::1 is IPv6 but the subnet 10.100.0.0/24 is IPv4' },
  { name: 'gateway outside its subnet', objects: variant((o) => spec(o, ['underlay', 'subnets', 0, 'gateway'], '10.101.0.1')), path: 'topology.spec.underlay.subnets[0].gateway', message: 'gateway 10.101.0.1 is not in the subnet 10.100.0.0/24' },
  { name: 'subnet without cidr', objects: variant((o) => spec(o, ['underlay', 'subnets', 0, 'cidr'], undefined)), path: 'topology.spec.underlay.subnets[0].cidr', message: 'cidr is required' },
  {
    name: 'duplicate subnet names',
    objects: variant((o) => spec(o, ['underlay', 'subnets'], [{ name: 'a', cidr: '10.100.0.0/24' }, { name: 'a', cidr: '10.101.0.0/24' }])),
    path: 'topology.spec.underlay.subnets[1].name',
    message: 'duplicate subnet name "a" (first defined at topology.spec.underlay.subnets[0].name)',
  },
  {
    name: 'duplicate external network names',
    objects: variant((o) => spec(o, ['externalNetworks'], [{ name: 'x', cidr: '10.0.0.0/8' }, { name: 'x', cidr: '192.168.0.0/16' }])),
    path: 'topology.spec.externalNetworks[1].name',
    message: 'duplicate external network name "x"',
  },
  { name: 'route via of another family', objects: variant((o) => spec(o, ['underlay', 'routes'], [{ destination: '10.0.0.0/8', via: 'fd00::1' }])), path: 'topology.spec.underlay.routes[0].via', message: 'fd00::1 is IPv6 but the destination 10.0.0.0/8 is IPv4' },
  { name: 'route with host bits', objects: variant((o) => spec(o, ['underlay', 'routes'], [{ destination: '10.0.0.1/8' }])), path: 'topology.spec.underlay.routes[0].destination', message: 'did you mean 10.0.0.0/8?' },
  // node route tables
  { name: 'route table for a node that does not exist', objects: variant((o) => spec(o, ['nodeRoutes'], { 'node-z': [] })), path: 'topology.spec.nodeRoutes["node-z"]', message: 'there is no Node named "node-z"' },
  { name: 'unreadable ip route line', objects: variant((o) => spec(o, ['nodeRoutes'], { 'node-a': 'default via 10.100.0.1\n10.0.0.0/8 vai 10.100.0.9\n' })), path: 'topology.spec.nodeRoutes["node-a"]', message: 'line 2: unknown word "vai"' },
  { name: 'route list entry via of another family', objects: variant((o) => spec(o, ['nodeRoutes'], { 'node-a': [{ destination: 'default', via: '10.100.0.1' }, { destination: 'fd00::/8', via: '10.100.0.1' }] })), path: 'topology.spec.nodeRoutes["node-a"][1].via', message: 'is IPv4 but the destination fd00::/8 is IPv6' },
  { name: 'route table neither text nor list', objects: variant((o) => spec(o, ['nodeRoutes'], { 'node-a': 42 })), path: 'topology.spec.nodeRoutes["node-a"]', message: 'expected a list of routes or `ip route` text' },
];

describe('Topology document validation', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const result = parseTopologyObjects(c.objects);
      assert.equal(result.ok, false, 'expected errors');
      const errors = result.ok ? [] : result.errors;
      const hit = errors.find((e) => e.path === c.path && e.message.includes(c.message));
      assert.ok(hit, `expected an error at ${c.path} containing ${JSON.stringify(c.message)}; got ${JSON.stringify(errors, null, 1)}`);
    });
  }
});

describe('reporting', () => {
  test('every problem is reported, across objects, each naming its object', () => {
    const objects = variant((o) => {
      set(at(o, 0), ['spec', 'podCIDRs', 0], 'bad');
      set(at(o, 1), ['spec', 'podCIDRs', 0], 'worse');
      set(at(o, 3), ['spec', 'nodeName'], 'nowhere');
    });
    const result = parseTopologyObjects(objects);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.object]),
      [
        ['topology.spec.podCIDRs[0]', 'Topology test'],
        ['nodes[0].spec.podCIDRs[0]', 'Node node-a'],
        ['pods[0].spec.nodeName', 'Pod shop/web-1'],
      ],
    );
  });

  test('reports stop at 100 entries, the last one counting the rest', () => {
    const objects = variant((o) => {
      for (let i = 0; i < 150; i++) o.push(node(`n${i}`, '10.100.0.999', '10.244.0.0/24'));
    });
    const result = parseTopologyObjects(objects);
    assert.ok(!result.ok);
    assert.equal(result.errors.length, 100);
    assert.equal(result.errors[98]?.path, 'nodes[100].status.addresses[0].address');
    assert.deepEqual(result.errors[99], { path: 'document', message: '51 more errors not shown (reports stop at 100)' });
  });

  test('parseTopologyObjects refuses a non-array input without throwing', () => {
    const result = parseTopologyObjects('nope' as unknown as unknown[]);
    assert.ok(!result.ok);
    assert.equal(result.errors[0]?.message, 'expected a list of objects');
  });
});
