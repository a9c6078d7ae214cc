/**
 * Builders for topology documents in tests: a small valid cluster as plain objects, each builder taking an
 * override callback (the `makeTestService(ns, name, func(svc){…})` pattern of kubernetes/kubernetes tests), and
 * RICH_DOCUMENT, a dual-stack cluster where every field differs from its default.
 */
import * as YAML from 'yaml';

export type Obj = Record<string, unknown>;
type Mutate = (object: Obj) => void;

function build(object: Obj, mutate?: Mutate): Obj {
  mutate?.(object);
  return object;
}

export function topologyDoc(mutate?: Mutate): Obj {
  return build(
    {
      apiVersion: 'netmodel/v1alpha1',
      kind: 'Topology',
      metadata: { name: 'test' },
      spec: {
        podCIDRs: ['10.244.0.0/16'],
        serviceCIDRs: ['10.96.0.0/12'],
        underlay: { subnets: [{ name: 'a', cidr: '10.100.0.0/24', gateway: '10.100.0.1' }] },
      },
    },
    mutate,
  );
}

export function node(name: string, ip: string, podCIDR: string, mutate?: Mutate): Obj {
  return build(
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name },
      spec: { podCIDRs: [podCIDR] },
      status: { addresses: [{ type: 'InternalIP', address: ip }] },
    },
    mutate,
  );
}

export function pod(namespace: string, name: string, nodeName: string, ip: string, mutate?: Mutate): Obj {
  return build(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, labels: { app: 'web' } },
      spec: { nodeName, containers: [{ name: 'web', ports: [{ name: 'http', containerPort: 8080 }] }] },
      status: { podIPs: [{ ip }] },
    },
    mutate,
  );
}

export function service(namespace: string, name: string, clusterIP: string, mutate?: Mutate): Obj {
  return build(
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace },
      spec: { clusterIP, selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    mutate,
  );
}

export function endpointSlice(namespace: string, name: string, serviceName: string, mutate?: Mutate): Obj {
  return build(
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name, namespace, labels: { 'kubernetes.io/service-name': serviceName } },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.244.0.5'], nodeName: 'node-a', targetRef: { kind: 'Pod', namespace, name: 'web-1' } }],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    },
    mutate,
  );
}

/** Topology + two nodes + one pod + one service: valid, every kind represented once. */
export function smallCluster(): Obj[] {
  return [
    topologyDoc(),
    node('node-a', '10.100.0.2', '10.244.0.0/24'),
    node('node-b', '10.100.0.3', '10.244.1.0/24'),
    pod('shop', 'web-1', 'node-a', '10.244.0.5'),
    service('shop', 'web', '10.96.0.20'),
  ];
}

export function toYaml(objects: readonly unknown[]): string {
  return objects.map((object) => YAML.stringify(object)).join('---\n');
}

/** Dig into a builder's object and replace a value: `set(o, ['spec', 'podCIDRs', 0], 'x')`. */
export function set(object: Obj, path: readonly (string | number)[], value: unknown): void {
  let target: Record<string | number, unknown> = object;
  for (const key of path.slice(0, -1)) {
    if (target[key] === undefined || target[key] === null) target[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
    target = target[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

/** Dual-stack (IPv6 first in places), every Topology field set to a non-default value, all Service kinds. */
export const RICH_DOCUMENT = `
apiVersion: netmodel/v1alpha1
kind: Topology
metadata:
  name: rich
  description: every field away from its default
spec:
  clusterDomain: corp.example
  podCIDRs: [10.244.0.0/16, fd00:10:244::/56]
  serviceCIDRs: [10.96.0.0/16, fd00:10:96::/112]
  nodeCIDRMaskSize: {ipv4: 25, ipv6: 60}
  cni: {plugin: cilium, overlay: geneve, crossSubnet: true, bridge: cbr0, vni: 42, port: 6081, mtu: 1400}
  kubeProxy:
    mode: nftables
    clusterCIDR: 10.244.0.0/16,fd00:10:244::/56
    masqueradeBit: 15
    masqueradeAll: true
    localhostNodePorts: false
    nodePortAddresses: [10.100.0.0/24, fd00:100::/64]
  underlay:
    mtu: 9001
    subnets:
    - {name: a, cidr: 10.100.0.0/24, gateway: 10.100.0.1, zone: z1, mtu: 9000}
    - {name: a6, cidr: "fd00:100::/64", gateway: "fd00:100::1", zone: z1}
    - {name: b, cidr: 10.101.0.0/24}
    routes:
    - {destination: 10.200.0.0/16, via: 10.100.0.1, dev: eth0, type: unicast, metric: 10, src: 10.100.0.2, onlink: true}
    - {destination: default, via: "fd00:100::1"}
    - {destination: 10.66.0.0/16, type: blackhole}
  externalNetworks:
  - {name: on-prem, cidr: 10.0.0.0/8, kind: on-prem}
  - {name: internet, cidr: "2000::/3"}
  nodeRoutes:
    node-a: |
      default via 10.100.0.1 dev eth0 proto dhcp src 10.100.0.2 metric 100
      10.244.1.0/25 via 10.100.0.3 dev eth0 onlink
      blackhole 10.244.0.0/25 proto bird
      fd00:10:244:10::/60 via fd00:100::3 dev eth0 metric 1024 pref medium
      local 10.100.0.2 dev eth0 table local proto kernel scope host src 10.100.0.2
    node-b:
    - {destination: 10.244.0.0/25, via: 10.100.0.2, dev: eth0}
    - {destination: "::/0", dev: wg0}
---
apiVersion: v1
kind: Node
metadata:
  name: node-a
  labels: {topology.kubernetes.io/zone: z1, kubernetes.io/os: linux}
  annotations: {k8s-netmodel.io/subnet: a, k8s-netmodel.io/mtu: "8950"}
spec:
  podCIDR: 10.244.0.0/25
  podCIDRs: [10.244.0.0/25, "fd00:10:244::/60"]
status:
  addresses:
  - {type: InternalIP, address: 10.100.0.2}
  - {type: InternalIP, address: "fd00:100::2"}
  - {type: ExternalIP, address: 203.0.113.2}
  - {type: Hostname, address: node-a}
  capacity: {pods: "250"}
---
apiVersion: v1
kind: Node
metadata:
  name: node-b
  labels: {topology.kubernetes.io/zone: z2}
  annotations: {k8s-netmodel.io/subnet: a6}
spec:
  podCIDRs: ["fd00:10:244:10::/60", 10.244.1.0/25]
status:
  addresses:
  - {type: InternalIP, address: 10.100.0.3}
  - {type: InternalIP, address: "fd00:100::3"}
---
apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: shop, labels: {app: web, tier: front}}
spec:
  nodeName: node-a
  containers:
  - name: web
    ports:
    - {name: http, containerPort: 8080}
    - {name: quic, containerPort: 8443, protocol: UDP, hostPort: 443}
  - name: sidecar
    ports: [{containerPort: 15090, protocol: SCTP}]
status:
  podIP: 10.244.0.5
  podIPs: [{ip: 10.244.0.5}, {ip: "fd00:10:244::5"}]
  conditions: [{type: Ready, status: "False"}]
---
apiVersion: v1
kind: Pod
metadata: {name: web-2, namespace: shop, labels: {app: web, tier: front}}
spec:
  nodeName: node-b
  containers: [{name: web, ports: [{name: http, containerPort: 8081}]}]
status:
  podIPs: [{ip: "fd00:10:244:10::7"}, {ip: 10.244.1.7}]
---
apiVersion: v1
kind: Pod
metadata: {name: agent, namespace: kube-system}
spec: {nodeName: node-b, hostNetwork: true}
---
apiVersion: v1
kind: Pod
metadata: {name: pending, namespace: shop, labels: {app: web}}
spec: {}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop, labels: {team: a}}
spec:
  type: LoadBalancer
  clusterIPs: ["fd00:10:96::10", 10.96.0.10]
  ipFamilyPolicy: RequireDualStack
  selector: {app: web}
  ports:
  - {name: http, port: 80, targetPort: http, nodePort: 30080, appProtocol: http}
  - {name: quic, port: 443, protocol: UDP, targetPort: 8443, nodePort: 30443}
  externalIPs: [198.51.100.7]
  loadBalancerSourceRanges: [192.0.2.0/24]
  sessionAffinity: ClientIP
  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}
  externalTrafficPolicy: Local
  internalTrafficPolicy: Local
  healthCheckNodePort: 31000
  publishNotReadyAddresses: true
status:
  loadBalancer:
    ingress: [{ip: 203.0.113.50}, {hostname: lb.example.com}]
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  clusterIP: None
  ipFamilyPolicy: PreferDualStack
  selector: {app: db}
---
apiVersion: v1
kind: Service
metadata: {name: legacy, namespace: shop}
spec: {clusterIP: None}
---
apiVersion: v1
kind: Service
metadata: {name: partner, namespace: shop}
spec: {type: ExternalName, externalName: api.partner.example.}
---
apiVersion: v1
kind: Service
metadata: {name: manual, namespace: shop}
spec:
  clusterIP: 10.96.0.11
  ipFamilies: [IPv4]
  ports: [{port: 5000}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: manual-1
  namespace: shop
  labels: {kubernetes.io/service-name: manual}
addressType: IPv4
endpoints:
- addresses: [10.0.5.5]
  conditions: {ready: false, serving: true, terminating: true}
  zone: z9
  hostname: ext-0
- addresses: [10.0.5.6]
  nodeName: node-a
  targetRef: {kind: Pod, name: web-1, namespace: shop}
ports: [{port: 5000, appProtocol: tcp}, {name: alt, protocol: UDP}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: partner-fqdn
  namespace: shop
  labels: {kubernetes.io/service-name: partner}
addressType: FQDN
endpoints: [{addresses: [api.partner.example]}]
`;

/** smallCluster() with an edit applied; the edit may mutate in place or return a new list. */
export function variant(edit: (objects: Obj[]) => Obj[] | void): Obj[] {
  const objects = smallCluster();
  return edit(objects) ?? objects;
}

/** Shorthand for reaching into one object of a variant: `at(objects, 0)` is the Topology document. */
export function at(objects: Obj[], index: number): Obj {
  const object = objects[index];
  if (object === undefined) throw new Error(`no object ${index}`);
  return object;
}
