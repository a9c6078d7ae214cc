/**
 * One named case per validation rule of Node, Pod, Service and EndpointSlice objects, and of references between
 * objects: exact path plus a message fragment. Where a rule mirrors Kubernetes API validation, the source is
 * named beside it (kubernetes/kubernetes pkg/apis/core/validation, pkg/apis/discovery/validation/validation.go).
 * Objects: [0] Topology, [1] node-a, [2] node-b, [3] pod shop/web-1, [4] service shop/web.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { parseTopologyObjects } from '../../src/io/parseTopology';
import { at, endpointSlice, pod, service, set, variant, type Obj } from './fixtures';

interface Case {
  name: string;
  objects: Obj[];
  path: string;
  message: string;
}

const SUBNET = 'k8s-netmodel.io/subnet';
const edit = (index: number, path: (string | number)[], value: unknown) => variant((o) => set(at(o, index), path, value));
const withSlice = (mutate?: (s: Obj) => void) => variant((o) => [...o, endpointSlice('shop', 'web-abc', 'web', mutate)]);
const svc = (path: (string | number)[], value: unknown) => edit(4, ['spec', ...path], value);

const NODE_CASES: Case[] = [
  { name: 'node without a name', objects: edit(1, ['metadata', 'name'], undefined), path: 'nodes[0].metadata.name', message: 'a Node needs a name' },
  { name: 'node name with upper case', objects: edit(1, ['metadata', 'name'], 'Node-A'), path: 'nodes[0].metadata.name', message: '"Node-A" must consist of lower case' },
  { name: 'malformed node pod CIDR', objects: edit(2, ['spec', 'podCIDRs', 0], '10.244.1.300/24'), path: 'nodes[1].spec.podCIDRs[0]', message: '"10.244.1.300/24" is not a CIDR' },
  { name: 'legacy podCIDR differs from podCIDRs[0]', objects: edit(1, ['spec', 'podCIDR'], '10.244.9.0/24'), path: 'nodes[0].spec.podCIDR', message: 'podCIDR 10.244.9.0/24 differs from podCIDRs[0] 10.244.0.0/24' },
  { name: 'two node pod CIDRs of one family', objects: edit(1, ['spec', 'podCIDRs', 1], '10.244.9.0/24'), path: 'nodes[0].spec.podCIDRs[1]', message: 'same family' },
  { name: 'malformed node IP', objects: edit(2, ['status', 'addresses', 0, 'address'], '10.100.0.999'), path: 'nodes[1].status.addresses[0].address', message: '"10.100.0.999" is not an IP address' },
  { name: 'node naming a subnet that does not exist', objects: edit(1, ['metadata', 'annotations', SUBNET], 'b'), path: `nodes[0].metadata.annotations["${SUBNET}"]`, message: 'underlay subnet "b" does not exist (underlay subnets: a)' },
  {
    name: 'node IP outside the subnet it names',
    objects: variant((o) => {
      set(at(o, 2), ['metadata', 'annotations', SUBNET], 'a');
      set(at(o, 2), ['status', 'addresses'], [{ type: 'Hostname', address: 'node-b' }, { type: 'InternalIP', address: '10.200.0.3' }]);
    }),
    path: 'nodes[1].status.addresses[1].address',
    message: 'InternalIP 10.200.0.3 is not in subnet "a" (10.100.0.0/24)',
  },
  { name: 'MTU annotation that is not a number', objects: edit(1, ['metadata', 'annotations', 'k8s-netmodel.io/mtu'], 'jumbo'), path: 'nodes[0].metadata.annotations["k8s-netmodel.io/mtu"]', message: '"jumbo" is not an MTU' },
  { name: 'pod capacity that is not a count', objects: edit(1, ['status', 'capacity', 'pods'], '1.5k'), path: 'nodes[0].status.capacity.pods', message: '"1.5k" is not a pod count' },
  { name: 'duplicate node names', objects: edit(2, ['metadata', 'name'], 'node-a'), path: 'nodes[1].metadata.name', message: 'duplicate Node name "node-a" (first defined at nodes[0].metadata.name)' },
  { name: 'invalid label key', objects: edit(1, ['metadata', 'labels'], { 'bad key': 'x' }), path: 'nodes[0].metadata.labels["bad key"]', message: 'label key "bad key"' },
  { name: 'label value that is not a string', objects: edit(1, ['metadata', 'labels'], { ssd: true }), path: 'nodes[0].metadata.labels.ssd', message: 'expected a string, got true (a boolean)' },
];

const owners = (refs: unknown): Obj[] => edit(3, ['metadata', 'ownerReferences'], refs);

const POD_CASES: Case[] = [
  { name: 'pod on a node that does not exist', objects: edit(3, ['spec', 'nodeName'], 'node-z'), path: 'pods[0].spec.nodeName', message: 'there is no Node named "node-z"' },
  { name: 'malformed pod IP', objects: edit(3, ['status', 'podIPs', 0, 'ip'], '10.244.0.256'), path: 'pods[0].status.podIPs[0].ip', message: '"10.244.0.256" is not an IP address' },
  { name: 'two pod IPs of one family', objects: edit(3, ['status', 'podIPs', 1], { ip: '10.244.0.6' }), path: 'pods[0].status.podIPs[1].ip', message: 'two pod IPs of the same family' },
  { name: 'podIP differs from podIPs[0]', objects: edit(3, ['status', 'podIP'], '10.244.0.9'), path: 'pods[0].status.podIP', message: 'differs from podIPs[0] 10.244.0.5' },
  { name: 'duplicate pod in one namespace', objects: variant((o) => [...o, pod('shop', 'web-1', 'node-b', '10.244.1.5')]), path: 'pods[1].metadata.name', message: 'duplicate Pod "shop/web-1"' },
  { name: 'container port out of range', objects: edit(3, ['spec', 'containers', 0, 'ports', 0, 'containerPort'], 0), path: 'pods[0].spec.containers[0].ports[0].containerPort', message: '0 (a number) is out of range (1–65535)' },
  { name: 'unknown port protocol', objects: edit(3, ['spec', 'containers', 0, 'ports', 0, 'protocol'], 'ICMP'), path: 'pods[0].spec.containers[0].ports[0].protocol', message: 'is not one of: TCP, UDP, SCTP' },
  { name: 'container port name without a letter', objects: edit(3, ['spec', 'containers', 0, 'ports', 0, 'name'], '8080'), path: 'pods[0].spec.containers[0].ports[0].name', message: 'must contain at least one letter' },
  { name: 'container without a name', objects: edit(3, ['spec', 'containers', 0, 'name'], undefined), path: 'pods[0].spec.containers[0].name', message: 'a container needs a name' },
  { name: 'Ready condition with an unknown status', objects: edit(3, ['status', 'conditions'], [{ type: 'Ready', status: 'yes' }]), path: 'pods[0].status.conditions[0].status', message: 'is not one of: True, False, Unknown' },
  { name: 'namespace with upper case', objects: edit(3, ['metadata', 'namespace'], 'Shop'), path: 'pods[0].metadata.namespace', message: 'namespace "Shop"' },
  // A pod IP must be of a family its node's pod CIDRs have; with host-local IPAM (kubenet, flannel, bridge) inside them.
  { name: 'IPv6 pod IP on an IPv4-only node', objects: edit(3, ['status', 'podIPs', 0, 'ip'], 'fd00::2'), path: 'pods[0].status.podIPs[0].ip', message: "pod IP fd00::2 is IPv6, but node node-a's pod CIDRs (10.244.0.0/24) have no IPv6 range" },
  { name: 'second pod IP of a family the node lacks', objects: edit(3, ['status', 'podIPs', 1], { ip: 'fd00:10:244::5' }), path: 'pods[0].status.podIPs[1].ip', message: 'pod IP fd00:10:244::5 is IPv6' },
  { name: 'IPv6 podIP alone on an IPv4-only node', objects: variant((o) => { set(at(o, 3), ['status'], { podIP: 'fd00::2' }); }), path: 'pods[0].status.podIP', message: 'have no IPv6 range' },
  {
    name: 'flannel pod IP outside its node pod CIDR',
    objects: variant((o) => { set(at(o, 0), ['spec', 'cni'], { plugin: 'flannel' }); set(at(o, 3), ['status', 'podIPs', 0, 'ip'], '10.244.1.5'); }),
    path: 'pods[0].status.podIPs[0].ip',
    message: "pod IP 10.244.1.5 is outside node node-a's pod CIDRs (10.244.0.0/24), from which flannel assigns pod IPs",
  },
  // ownerReferences: kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go
  // (validateOwnerReference: version, kind and name not empty; ValidateOwnerReferences: one controller at most).
  { name: 'ownerReference without a kind', objects: owners([{ apiVersion: 'apps/v1', name: 'web-1', controller: true }]), path: 'pods[0].metadata.ownerReferences[0].kind', message: 'an ownerReference needs a kind' },
  { name: 'ownerReference without a name', objects: owners([{ apiVersion: 'v1', kind: 'ConfigMap' }, { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: '', controller: true }]), path: 'pods[0].metadata.ownerReferences[1].name', message: 'an ownerReference needs a name' },
  { name: 'ownerReference without an apiVersion', objects: owners([{ kind: 'ReplicaSet', name: 'web-1', controller: true }]), path: 'pods[0].metadata.ownerReferences[0].apiVersion', message: 'version must not be empty' },
  { name: 'ownerReference apiVersion with an empty version', objects: owners([{ apiVersion: 'apps/', kind: 'ReplicaSet', name: 'web-1', controller: true }]), path: 'pods[0].metadata.ownerReferences[0].apiVersion', message: 'apiVersion "apps/": version must not be empty' },
  { name: 'ownerReference apiVersion with two slashes', objects: owners([{ apiVersion: 'a/b/v1', kind: 'ReplicaSet', name: 'web-1', controller: true }]), path: 'pods[0].metadata.ownerReferences[0].apiVersion', message: 'version must not be empty' },
  { name: 'two controller ownerReferences', objects: owners([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a', controller: true }, { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'b', controller: true }]), path: 'pods[0].metadata.ownerReferences[1].controller', message: 'only one ownerReference can have controller set to true; found it for ReplicaSet/a and StatefulSet/b' },
  { name: 'controller that is not a boolean', objects: owners([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a', controller: 'true' }]), path: 'pods[0].metadata.ownerReferences[0].controller', message: 'expected true or false, got "true" (a string)' },
  { name: 'ownerReferences that is not a list', objects: owners({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a' }), path: 'pods[0].metadata.ownerReferences', message: 'expected a list, got a mapping' },
];

// Service rules: kubernetes/kubernetes pkg/apis/core/validation (ValidateService, validateServicePort,
// ValidateServiceClusterIPsRelatedFields) and pkg/api/service/util.go (ExternallyAccessible, NeedsHealthCheck).
const SERVICE_CASES: Case[] = [
  { name: 'port without a port number', objects: svc(['ports', 0, 'port'], undefined), path: 'services[0].spec.ports[0].port', message: 'port is required' },
  { name: 'port out of range', objects: svc(['ports', 0, 'port'], 70000), path: 'services[0].spec.ports[0].port', message: '70000 (a number) is out of range (1–65535)' },
  { name: 'no ports on a ClusterIP service', objects: svc(['ports'], []), path: 'services[0].spec.ports', message: 'a Service needs at least one port' },
  { name: 'unnamed port among several', objects: svc(['ports', 1], { port: 81 }), path: 'services[0].spec.ports[1].name', message: 'every port needs a name' },
  { name: 'duplicate port names', objects: svc(['ports', 1], { name: 'http', port: 81 }), path: 'services[0].spec.ports[1].name', message: 'duplicate port name "http" (first defined at services[0].spec.ports[0].name)' },
  { name: 'duplicate port and protocol', objects: svc(['ports', 1], { name: 'alt', port: 80 }), path: 'services[0].spec.ports[1]', message: 'duplicate port 80/TCP' },
  { name: 'unknown service type', objects: svc(['type'], 'Ingress'), path: 'services[0].spec.type', message: 'is not one of: ClusterIP, NodePort, LoadBalancer, ExternalName' },
  { name: 'unknown port protocol', objects: svc(['ports', 0, 'protocol'], 'tcp'), path: 'services[0].spec.ports[0].protocol', message: '"tcp" (a string) is not one of: TCP, UDP, SCTP' },
  { name: 'string targetPort that is not a port name', objects: svc(['ports', 0, 'targetPort'], '8080'), path: 'services[0].spec.ports[0].targetPort', message: 'neither a port number nor a valid port name' },
  { name: 'targetPort of the wrong type', objects: svc(['ports', 0, 'targetPort'], true), path: 'services[0].spec.ports[0].targetPort', message: 'expected a port number or a port name, got true (a boolean)' },
  { name: 'nodePort on a ClusterIP service', objects: svc(['ports', 0, 'nodePort'], 30080), path: 'services[0].spec.ports[0].nodePort', message: "may not be used when type is 'ClusterIP'" },
  { name: 'externalTrafficPolicy on a ClusterIP service', objects: svc(['externalTrafficPolicy'], 'Local'), path: 'services[0].spec.externalTrafficPolicy', message: 'may only be set for externally-accessible services' },
  { name: 'unknown externalTrafficPolicy', objects: svc(['externalTrafficPolicy'], 'Global'), path: 'services[0].spec.externalTrafficPolicy', message: 'is not one of: Cluster, Local' },
  { name: 'unknown internalTrafficPolicy', objects: svc(['internalTrafficPolicy'], 'Node'), path: 'services[0].spec.internalTrafficPolicy', message: 'is not one of: Cluster, Local' },
  { name: 'healthCheckNodePort without LoadBalancer + Local', objects: svc(['healthCheckNodePort'], 32000), path: 'services[0].spec.healthCheckNodePort', message: "may only be set when type is 'LoadBalancer' and externalTrafficPolicy is 'Local'" },
  { name: 'unknown session affinity', objects: svc(['sessionAffinity'], 'Cookie'), path: 'services[0].spec.sessionAffinity', message: 'is not one of: None, ClientIP' },
  { name: 'affinity config with affinity None', objects: svc(['sessionAffinityConfig'], { clientIP: { timeoutSeconds: 60 } }), path: 'services[0].spec.sessionAffinityConfig', message: 'must not be set when sessionAffinity is None' },
  { name: 'affinity timeout over a day', objects: svc(['sessionAffinityConfig'], { clientIP: { timeoutSeconds: 86401 } }), path: 'services[0].spec.sessionAffinityConfig.clientIP.timeoutSeconds', message: 'out of range (1–86400)' },
  { name: 'malformed clusterIP', objects: svc(['clusterIP'], '10.96.0.x'), path: 'services[0].spec.clusterIP', message: '"10.96.0.x" is not an IP address' },
  { name: 'two clusterIPs of one family', objects: svc(['clusterIPs'], ['10.96.0.20', '10.96.0.21']), path: 'services[0].spec.clusterIPs[1]', message: 'two cluster IPs of the same family' },
  { name: 'clusterIP differs from clusterIPs[0]', objects: svc(['clusterIPs'], ['10.96.0.21']), path: 'services[0].spec.clusterIP', message: 'differs from clusterIPs[0]' },
  { name: 'headless NodePort', objects: variant((o) => { set(at(o, 4), ['spec', 'type'], 'NodePort'); set(at(o, 4), ['spec', 'clusterIP'], 'None'); }), path: 'services[0].spec.clusterIP', message: 'may not be "None" for NodePort services' },
  { name: 'ExternalName without externalName', objects: variant((o) => [at(o, 0), service('shop', 'ext', '', (s) => { s.spec = { type: 'ExternalName' }; })]), path: 'services[0].spec.externalName', message: 'an ExternalName service needs externalName' },
  { name: 'ExternalName with a clusterIP', objects: variant((o) => [at(o, 0), service('shop', 'ext', '10.96.0.5', (s) => { s.spec = { type: 'ExternalName', externalName: 'a.example.com', clusterIP: '10.96.0.5' }; })]), path: 'services[0].spec.clusterIP', message: 'must be empty for ExternalName services' },
  { name: 'ExternalName that is not a DNS name', objects: variant((o) => [at(o, 0), service('shop', 'ext', '', (s) => { s.spec = { type: 'ExternalName', externalName: 'not a host' }; })]), path: 'services[0].spec.externalName', message: '"not a host" must consist of lower case' },
  { name: 'ipFamilies not matching clusterIPs', objects: svc(['ipFamilies'], ['IPv6']), path: 'services[0].spec.ipFamilies[0]', message: 'IPv6 does not match clusterIPs[0] 10.96.0.20' },
  {
    name: 'SingleStack with two cluster IPs',
    objects: variant((o) => {
      set(at(o, 0), ['spec', 'serviceCIDRs'], ['10.96.0.0/12', 'fd00:96::/108']);
      set(at(o, 4), ['spec', 'clusterIPs'], ['10.96.0.20', 'fd00:96::20']);
      set(at(o, 4), ['spec', 'ipFamilyPolicy'], 'SingleStack');
    }),
    path: 'services[0].spec.ipFamilyPolicy',
    message: 'must be RequireDualStack or PreferDualStack',
  },
  { name: 'RequireDualStack on a single-stack cluster', objects: svc(['ipFamilyPolicy'], 'RequireDualStack'), path: 'services[0].spec.ipFamilyPolicy', message: 'not configured for dual-stack services' },
  { name: 'unknown ipFamilyPolicy', objects: svc(['ipFamilyPolicy'], 'DualStack'), path: 'services[0].spec.ipFamilyPolicy', message: 'is not one of: SingleStack, PreferDualStack, RequireDualStack' },
  { name: 'source ranges on a ClusterIP service', objects: svc(['loadBalancerSourceRanges'], ['10.0.0.0/8']), path: 'services[0].spec.loadBalancerSourceRanges', message: "may only be used when type is 'LoadBalancer'" },
  { name: 'malformed external IP', objects: svc(['externalIPs'], ['198.51.100.300']), path: 'services[0].spec.externalIPs[0]', message: 'is not an IP address' },
  { name: 'duplicate service in one namespace', objects: variant((o) => [...o, service('shop', 'web', '10.96.0.21')]), path: 'services[1].metadata.name', message: 'duplicate Service "shop/web"' },
  { name: 'service name with a dot', objects: edit(4, ['metadata', 'name'], 'web.v2'), path: 'services[0].metadata.name', message: '"web.v2" must consist of lower case' },
  { name: 'selector value with a space', objects: svc(['selector'], { app: 'my web' }), path: 'services[0].spec.selector.app', message: 'label value "my web"' },
];

// EndpointSlice rules: kubernetes/kubernetes pkg/apis/discovery/validation/validation.go.
const SLICE_CASES: Case[] = [
  { name: 'slice for a Service that does not exist', objects: variant((o) => [...o, endpointSlice('shop', 'x-1', 'nope')]), path: 'endpointSlices[0].metadata.labels["kubernetes.io/service-name"]', message: 'there is no Service shop/nope' },
  { name: 'slice without the service-name label', objects: withSlice((s) => set(s, ['metadata', 'labels'], {})), path: 'endpointSlices[0].metadata.labels["kubernetes.io/service-name"]', message: 'the label kubernetes.io/service-name is required' },
  { name: 'address of the other family', objects: withSlice((s) => set(s, ['endpoints', 0, 'addresses', 0], 'fd00::5')), path: 'endpointSlices[0].endpoints[0].addresses[0]', message: "fd00::5 is IPv6 but the slice's addressType is IPv4" },
  { name: 'malformed address', objects: withSlice((s) => set(s, ['endpoints', 0, 'addresses', 0], '10.244.0.500')), path: 'endpointSlices[0].endpoints[0].addresses[0]', message: 'is not an IP address' },
  { name: 'FQDN address with one label', objects: withSlice((s) => { s.addressType = 'FQDN'; set(s, ['endpoints', 0, 'addresses', 0], 'localhost'); }), path: 'endpointSlices[0].endpoints[0].addresses[0]', message: 'is not a domain name' },
  { name: 'endpoint on a node that does not exist', objects: withSlice((s) => set(s, ['endpoints', 0, 'nodeName'], 'node-z')), path: 'endpointSlices[0].endpoints[0].nodeName', message: 'there is no Node named "node-z"' },
  { name: 'endpoint without addresses', objects: withSlice((s) => set(s, ['endpoints', 0, 'addresses'], [])), path: 'endpointSlices[0].endpoints[0].addresses', message: 'needs at least 1 address' },
  { name: 'missing addressType', objects: withSlice((s) => set(s, ['addressType'], undefined)), path: 'endpointSlices[0].addressType', message: 'addressType is required' },
  { name: 'unknown addressType', objects: withSlice((s) => set(s, ['addressType'], 'IP')), path: 'endpointSlices[0].addressType', message: 'is not one of: IPv4, IPv6, FQDN' },
  { name: 'duplicate unnamed ports', objects: withSlice((s) => set(s, ['ports'], [{ port: 1 }, { port: 2 }])), path: 'endpointSlices[0].ports[1].name', message: 'duplicate unnamed port' },
  { name: 'hostname that is not a DNS label', objects: withSlice((s) => set(s, ['endpoints', 0, 'hostname'], 'web.1')), path: 'endpointSlices[0].endpoints[0].hostname', message: '"web.1" must consist of lower case' },
  { name: 'wrong EndpointSlice apiVersion', objects: withSlice((s) => set(s, ['apiVersion'], 'discovery.k8s.io/v1beta1')), path: 'endpointSlices[0].apiVersion', message: 'expected "discovery.k8s.io/v1"' },
  { name: 'duplicate slice in one namespace', objects: variant((o) => [...o, endpointSlice('shop', 'web-abc', 'web'), endpointSlice('shop', 'web-abc', 'web')]), path: 'endpointSlices[1].metadata.name', message: 'duplicate EndpointSlice "shop/web-abc"' },
];

for (const [title, cases] of [['Node', NODE_CASES], ['Pod', POD_CASES], ['Service', SERVICE_CASES], ['EndpointSlice', SLICE_CASES]] as const) {
  describe(`${title} validation`, () => {
    for (const c of cases) {
      test(c.name, () => {
        const result = parseTopologyObjects(c.objects);
        assert.equal(result.ok, false, 'expected errors');
        const errors = result.ok ? [] : result.errors;
        const hit = errors.find((e) => e.path === c.path && e.message.includes(c.message));
        assert.ok(hit, `expected an error at ${c.path} containing ${JSON.stringify(c.message)}; got ${JSON.stringify(errors, null, 1)}`);
      });
    }
  });
}

describe('things that are allowed', () => {
  const cases: Array<{ name: string; objects: Obj[] }> = [
    { name: 'the same pod name in two namespaces', objects: variant((o) => [...o, pod('other', 'web-1', 'node-b', '10.244.1.5')]) },
    { name: 'the same service name in two namespaces', objects: variant((o) => [...o, service('other', 'web', '10.96.0.21')]) },
    { name: 'a headless service without ports', objects: variant((o) => [...o, service('shop', 'db', 'None', (s) => set(s, ['spec', 'ports'], undefined))]) },
    { name: 'ETP on a ClusterIP service with externalIPs (ExternallyAccessible)', objects: variant((o) => { set(at(o, 4), ['spec', 'externalIPs'], ['198.51.100.1']); set(at(o, 4), ['spec', 'externalTrafficPolicy'], 'Local'); }) },
    { name: 'kubectl nulls (creationTimestamp: null, selector: null)', objects: variant((o) => { set(at(o, 4), ['spec', 'selector'], null); set(at(o, 1), ['metadata', 'creationTimestamp'], null); }) },
    { name: 'a slice pointing at a pod outside the document (warning only)', objects: withSlice((s) => set(s, ['endpoints', 0, 'targetRef', 'name'], 'gone')) },
    // Calico IPAM hands out addresses from its own IP pool blocks, not from the node's podCIDR: only the family is checked.
    { name: 'a calico pod IP outside its node pod CIDR', objects: variant((o) => { set(at(o, 0), ['spec', 'cni'], { plugin: 'calico' }); set(at(o, 3), ['status', 'podIPs', 0, 'ip'], '10.244.7.9'); }) },
    { name: 'a host-network pod with its node IP', objects: variant((o) => { set(at(o, 3), ['spec', 'hostNetwork'], true); set(at(o, 3), ['status', 'podIPs', 0, 'ip'], '10.100.0.2'); }) },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = parseTopologyObjects(c.objects);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    });
  }
});
