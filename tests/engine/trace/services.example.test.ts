/**
 * The two mappings on examples/kubeadm-calico.yaml (Calico IPIP CrossSubnet, racks rack-a 10.0.1.0/24 and
 * rack-b 10.0.2.0/24, kube-proxy iptables, CoreDNS as kube-system/kube-dns at 10.96.0.10), loaded through
 * src/io as the CLI loads it. Expected values and their sources:
 * - names: the pod's search path `shop.svc.cluster.local svc.cluster.local cluster.local`, ndots 5 (kubelet
 *   pkg/kubelet/network/dns/dns.go); `<svc>.<ns>.svc.<zone>` A = the ClusterIP, headless A = each ready
 *   endpoint, ExternalName = CNAME (kubernetes/dns docs/specification.md 2.3.1, 2.4.1, 2.5);
 * - load balancing over ready endpoints only (pkg/proxy/topology.go CategorizeEndpoints): shop/web has three
 *   pods, one not Ready, so two branches of 0.5 (`--probability 0.5000000000`, computeProbability(2));
 * - source addresses (kubernetes/website docs/tutorials/services/source-ip.md): ClusterIP from a pod keeps the
 *   pod's address; NodePort with externalTrafficPolicy Cluster is SNAT-ed by the receiving node; with Local
 *   only nodes with endpoints answer ("packets sent to the node are dropped" elsewhere) and the client
 *   address is preserved; a LoadBalancer VIP reached from inside the cluster gets Cluster semantics
 *   (core/v1 types.go ServiceExternalTrafficPolicy: "traffic sent to an External IP or LoadBalancer IP from
 *   within the cluster will always get Cluster semantics");
 * - Calico natOutgoing masquerades pod traffic to addresses outside its IP pools (the kubernetes Service's
 *   endpoint is the control plane's address).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { trace } from '../../../src/engine/trace';
import type { Draft } from '../fixtures/cluster';
import { exampleTopology } from '../fixtures/services';
import { runFlows, snapshotOf } from './harness';

const T = exampleTopology('kubeadm-calico');
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p'; // worker-a1, 10.244.1.5 (rack-a)
const INGRESS = 'pod:ingress-nginx/ingress-nginx-controller-6b9b4b5c8d-aa1bb'; // worker-a1, 10.244.1.20
const CLIENT = 'external:192.168.10.10'; // the on-prem network "corp", outside the cluster

describe('name → ClusterIP (DNS) → pod (kube-proxy)', () => {
  runFlows([
    {
      name: 'dns: a short name from the same namespace: one query, the ClusterIP, then one branch per ready endpoint',
      topology: T,
      from: WEB,
      to: 'dns:web:80',
      disposition: 'DELIVERED',
      steps: [{ node: 'worker-a1', type: 'dns', action: 'RESOLVED', text: /asks 10\.96\.0\.10 \(kube-system\/kube-dns\) A web: web\.shop\.svc\.cluster\.local\. A 10\.100\.20\.15$/ }],
      branches: [
        {
          endpoint: '10.244.1.5:8080',
          probability: 0.5,
          disposition: 'DELIVERED',
          steps: [
            { type: 'nat', out: '10.244.1.5 → 10.244.1.5:8080', rule: /-s 10\.244\.1\.5 -j KUBE-MARK-MASQ$/ },
            { type: 'nat', device: 'cali16b89e45eba', out: '10.0.1.11 → 10.244.1.5:8080' },
            { node: 'worker-a1', type: 'deliver' },
          ],
        },
        {
          endpoint: '10.244.2.5:8080',
          probability: 0.5,
          disposition: 'DELIVERED',
          steps: [
            { node: 'worker-a1', type: 'nat', text: /DNAT 10\.100\.20\.15:80 → 10\.244\.2\.5:8080 \(shop\/web:http, p=0\.5\)/ },
            { node: 'worker-a1', type: 'routing', route: '10.244.2.0/24 via 10.0.1.12 dev eth0' },
            { node: 'worker-a2', type: 'deliver', in: '10.244.1.5 → 10.244.2.5:8080' },
          ],
        },
      ],
      assumes: [/cluster DNS: kube-system\/kube-dns at 10\.96\.0\.10/],
    },
    {
      name: 'dns: name.namespace from another namespace: the first search domain is NXDOMAIN, the second answers',
      topology: T,
      from: INGRESS,
      to: 'dns:web.shop:80',
      disposition: 'DELIVERED',
      steps: [{ type: 'dns', text: /web\.shop\.ingress-nginx\.svc\.cluster\.local\. NXDOMAIN; web\.shop\.svc\.cluster\.local\. A 10\.100\.20\.15$/ }],
      branches: [
        { endpoint: '10.244.1.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-a1', type: 'deliver', in: '10.244.1.20 → 10.244.1.5:8080' }] },
        { endpoint: '10.244.2.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-a2', type: 'deliver', in: '10.244.1.20 → 10.244.2.5:8080' }] },
      ],
    },
    {
      name: 'the kube-dns Service at 10.96.0.10, UDP 53: one branch per CoreDNS pod',
      topology: T,
      from: WEB,
      to: 'dns:kube-dns.kube-system:53',
      protocol: 'UDP',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.0.2:53', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', text: /kube-system\/kube-dns:dns, p=0\.5/, rule: /-m udp -p udp -d 10\.96\.0\.10 --dport 53 -j KUBE-SVC-/ }, { node: 'control-plane-1', type: 'deliver' }] },
        { endpoint: '10.244.3.2:53', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'encapsulate', outer: ['10.0.1.11', '10.0.2.11'] }, { node: 'worker-b1', type: 'deliver' }] },
      ],
    },
    {
      name: 'ClientIP affinity: a new connection has no affinity entry, so the ladder decides and the DNAT sets one',
      topology: T,
      from: WEB,
      to: 'svc:shop/api:grpc',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.2.7:9000', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', rule: /-m recent --name KUBE-SEP-\S+ --set -m tcp -p tcp -j DNAT --to-destination 10\.244\.2\.7:9000$/ }] },
        { endpoint: '10.244.5.7:9000', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'encapsulate', outer: ['10.0.1.11', '10.0.2.13'] }, { node: 'worker-b3', type: 'deliver' }] },
      ],
    },
    {
      name: 'the kubernetes Service: DNAT to the API server on the control plane\'s address, Calico natOutgoing on the way',
      topology: T,
      from: WEB,
      to: 'svc:default/kubernetes',
      disposition: 'DELIVERED',
      steps: [
        { node: 'worker-a1', type: 'nat', out: '10.244.1.5 → 10.0.1.10:6443', text: /default\/kubernetes:https/ },
        { node: 'worker-a1', type: 'nat', out: '10.0.1.11 → 10.0.1.10:6443', text: /MASQUERADE: the destination is outside the pod network/ },
        { node: 'control-plane-1', type: 'deliver' },
      ],
    },
    { name: 'a port shop/web does not have: not DNAT-ed, NO_ROUTE', topology: T, from: WEB, to: 'svc:shop/web:81', disposition: 'NO_ROUTE', steps: [{ type: 'nat', action: 'FORWARDED' }, { node: 'underlay', type: 'routing', action: 'NO_ROUTE' }] },
  ]);
  test('ip:10.96.0.10 without a port: kube-dns has several, so the tracer does not guess', () => {
    const t = trace(snapshotOf(T), WEB, 'ip:10.96.0.10').trace;
    assert.equal(t?.disposition, 'INSUFFICIENT_INFO');
    assert.match(t.assumptions.join(''), /10\.96\.0\.10 is an address of Service kube-system\/kube-dns, which has several ports \(dns 53\/UDP, dns-tcp 53\/TCP, metrics 9153\/TCP\)/);
  });
  test('ip:10.96.0.10:53 is TCP by default: the dns-tcp port', () => {
    const a = trace(snapshotOf(T), WEB, 'ip:10.96.0.10:53');
    assert.equal(a.query.protocol, 'TCP');
    assert.match(a.trace?.hops[1]?.steps.find((s) => s.type === 'nat')?.detail.summary ?? '', /kube-system\/kube-dns:dns-tcp/);
  });
});

describe('headless and ExternalName: DNS alone', () => {
  const db = [
    { endpoint: '10.244.4.10', probability: 0.5, disposition: 'DELIVERED' as const, steps: [{ node: 'worker-b2', type: 'deliver' as const, in: '10.244.1.5 → 10.244.4.10:5432' }] },
    { endpoint: '10.244.5.10', probability: 0.5, disposition: 'DELIVERED' as const, steps: [{ node: 'worker-b3', type: 'deliver' as const, in: '10.244.1.5 → 10.244.5.10:5432' }] },
  ];
  runFlows([
    {
      name: 'headless: the A records are the pods; one branch per record, no kube-proxy step',
      topology: T,
      from: WEB,
      to: 'dns:db:5432',
      disposition: 'DELIVERED',
      steps: [{ type: 'dns', text: /db\.shop\.svc\.cluster\.local\. A 10\.244\.4\.10, A 10\.244\.5\.10$/ }],
      branches: db,
      assumes: [/loadbalance plugin .* each address is equally likely/],
    },
    { name: 'svc: of a headless Service is its DNS name, on its only port', topology: T, from: WEB, to: 'svc:shop/db', disposition: 'DELIVERED', branches: db, assumes: [/Service shop\/db is headless: it has no ClusterIP/] },
    {
      name: 'ExternalName: a CNAME to a name outside the cluster; the model has no outside DNS → EXITS_CLUSTER',
      topology: T,
      from: WEB,
      to: 'dns:payments:443',
      disposition: 'EXITS_CLUSTER',
      path: ['worker-a1 pod:shop/web-7c9d8f6b5d-h2x9p'],
      steps: [{ type: 'dns', action: 'EXITED', text: /payments\.shop\.svc\.cluster\.local\. CNAME payments\.example\.com\./ }],
      assumes: [/resolved by CoreDNS's upstream resolver .* outside the model/],
    },
    { name: 'svc: of the ExternalName Service: the same', topology: T, from: WEB, to: 'svc:shop/payments:443', disposition: 'EXITS_CLUSTER' },
    {
      name: 'NXDOMAIN (an absolute name: one query) → INSUFFICIENT_INFO with the answer as the reason',
      topology: T,
      from: WEB,
      to: 'dns:nope.shop.svc.cluster.local.:80',
      disposition: 'INSUFFICIENT_INFO',
      steps: [{ type: 'dns', action: 'UNRESOLVED', text: /A nope\.shop\.svc\.cluster\.local\.: nope\.shop\.svc\.cluster\.local\. NXDOMAIN — / }],
      assumes: [/does not resolve from pod shop\/web-7c9d8f6b5d-h2x9p: NXDOMAIN/],
    },
    {
      name: 'a name outside the cluster: three search domains NXDOMAIN, then upstream — outside the model',
      topology: T,
      from: WEB,
      to: 'dns:example.com:443',
      disposition: 'INSUFFICIENT_INFO',
      steps: [{ type: 'dns', action: 'UNRESOLVED', text: /example\.com\.cluster\.local\. NXDOMAIN; example\.com\. upstream — example\.com is not a name of the cluster/ }],
    },
  ]);
  const unanswerable: [string, string, RegExp][] = [
    ['a hostNetwork pod uses the node\'s resolv.conf, which the model does not have', 'pod:kube-system/calico-node-4m2xz', /hostNetwork pod kube-system\/calico-node-4m2xz uses the node's resolv\.conf/],
    ['a node has no pod resolver', 'node:worker-a1', /a DNS name is resolved by the sending pod's resolver/],
  ];
  for (const [name, from, why] of unanswerable) {
    test(`${name}: INSUFFICIENT_INFO`, () => {
      const t = trace(snapshotOf(T), from, 'dns:web.shop:80').trace;
      assert.equal(t?.disposition, 'INSUFFICIENT_INFO');
      assert.match(t.assumptions.join(' '), why);
    });
  }
});

describe('NodePort and LoadBalancer from outside', () => {
  /** The example with worker-a1 labelled out of load balancers. */
  const excluded = ((): Topology => {
    const d = structuredClone(T) as Draft<Topology>;
    d.nodes.find((n) => n.name === 'worker-a1')!.labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
    return d as Topology;
  })();
  runFlows([
    {
      name: 'NodePort, externalTrafficPolicy Cluster: both endpoints, SNAT to the receiving node',
      topology: T,
      from: CLIENT,
      to: 'node:worker-a1:30080',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.1.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', chains: ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-EXT-FFNRHJJFV2V5GBHP', 'KUBE-SVC-FFNRHJJFV2V5GBHP', 'KUBE-SEP-2ALSTLHPGDSU2MU7'] }, { type: 'deliver', in: '10.0.1.11 → 10.244.1.5:8080' }] },
        { endpoint: '10.244.2.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-a1', type: 'nat', device: 'eth0', out: '10.0.1.11 → 10.244.2.5:8080' }, { node: 'worker-a2', type: 'deliver', in: '10.0.1.11 → 10.244.2.5:8080' }] },
      ],
    },
    {
      name: 'NodePort Cluster on a node with no endpoint: DNAT there, SNAT to its tunl0 address toward the other rack',
      topology: T,
      from: CLIENT,
      to: 'ip:10.0.2.13:30080',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.1.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-b3', type: 'nat', device: 'tunl0', out: '10.244.5.0 → 10.244.1.5:8080' }, { node: 'worker-a1', type: 'deliver' }] },
        { endpoint: '10.244.2.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-a2', type: 'deliver', in: '10.244.5.0 → 10.244.2.5:8080' }] },
      ],
    },
    {
      name: 'NodePort, externalTrafficPolicy Local, a node with a local endpoint: KUBE-SVL, the client address kept',
      topology: T,
      from: CLIENT,
      to: 'node:worker-a1:31080',
      disposition: 'DELIVERED',
      steps: [
        { node: 'worker-a1', type: 'nat', rule: /^-A KUBE-EXT-\S+ -j KUBE-SVL-\S+$/, out: '192.168.10.10 → 10.244.1.20:80' },
        { node: 'worker-a1', type: 'deliver', in: '192.168.10.10 → 10.244.1.20:80' },
      ],
    },
    {
      name: 'NodePort, externalTrafficPolicy Local, a node without one: DROP "has no local endpoints"',
      topology: T,
      from: CLIENT,
      to: 'node:worker-a2:31080',
      disposition: 'DROPPED',
      steps: [{ node: 'worker-a2', type: 'filter', action: 'DROPPED', chains: ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-EXTERNAL-SERVICES'], text: /"ingress-nginx\/ingress-nginx-controller:http has no local endpoints"/ }],
    },
    {
      name: 'the node to its own NodePort: nat OUTPUT translates it (not delivered over lo)',
      topology: T,
      from: 'node:worker-a1',
      to: 'node:worker-a1:30080',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.1.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', rule: /--dst-type LOCAL -j KUBE-NODEPORTS$/ }] },
        { endpoint: '10.244.2.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-a2', type: 'deliver' }] },
      ],
    },
    {
      name: 'a localhost NodePort (127.0.0.1): kube-proxy\'s `-d 127.0.0.0/8` rule with its nfacct counter',
      topology: T,
      from: 'node:worker-a1',
      to: 'ip:127.0.0.1:30080',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.1.5:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', rule: /-d 127\.0\.0\.0\/8 --dport 30080 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-/ }] },
        { endpoint: '10.244.2.5:8080', probability: 0.5, disposition: 'DELIVERED' },
      ],
    },
    {
      name: 'the health-check NodePort: ACCEPTed for kube-proxy\'s health server on the node',
      topology: T,
      from: CLIENT,
      to: 'node:worker-a1:32456',
      disposition: 'DELIVERED',
      steps: [{ type: 'filter', action: 'ACCEPTED', rule: /--dport 32456 -j ACCEPT$/ }, { node: 'worker-a1', type: 'deliver' }],
    },
    {
      name: 'LoadBalancer IP: the load balancer picks a healthy node (a local endpoint), KUBE-FW → KUBE-EXT → KUBE-SVL, client address kept',
      topology: T,
      from: CLIENT,
      to: 'ip:203.0.113.10:80',
      disposition: 'DELIVERED',
      path: ['external outside', 'underlay router', 'worker-a1 host', 'worker-a1 pod:ingress-nginx/ingress-nginx-controller-6b9b4b5c8d-aa1bb'],
      steps: [
        { node: 'underlay', type: 'forward', action: 'FORWARDED', text: /forwards to node worker-a1 \(10\.0\.1\.11\): healthCheckNodePort 32456/ },
        { node: 'worker-a1', type: 'nat', text: /via KUBE-SERVICES → KUBE-FW-\S+ → KUBE-EXT-\S+ → KUBE-SVL-\S+ → KUBE-SEP-/ },
        { type: 'deliver', in: '192.168.10.10 → 10.244.1.20:80' },
      ],
      assumes: [/the model follows the first in document order \(worker-a1, one of 2\)/],
    },
    { name: 'LoadBalancer IP on a port it does not listen on: dropped at the load balancer', topology: T, from: CLIENT, to: 'ip:203.0.113.10:8080', disposition: 'DROPPED', steps: [{ node: 'underlay', type: 'forward', action: 'DROPPED', text: /no listener on 8080\/TCP/ }] },
    {
      name: 'a node labelled exclude-from-external-load-balancers gets no load-balanced traffic',
      topology: excluded,
      from: CLIENT,
      to: 'ip:203.0.113.10:80',
      disposition: 'DELIVERED',
      steps: [{ node: 'underlay', type: 'forward', text: /forwards to node worker-b1/ }, { node: 'worker-b1', type: 'deliver' }],
    },
    {
      name: 'the LoadBalancer IP from a pod: short-circuited on the pod\'s node to every endpoint (Cluster semantics)',
      topology: T,
      from: 'pod:shop/db-0',
      to: 'ip:203.0.113.10:80',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '10.244.1.20:80', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-b2', type: 'nat', rule: /--comment "pod traffic for ingress-nginx\/ingress-nginx-controller:http external destinations" -s 10\.244\.0\.0\/16 -j KUBE-SVC-/ }] },
        { endpoint: '10.244.3.20:80', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'worker-b1', type: 'deliver', in: '10.244.4.10 → 10.244.3.20:80' }] },
      ],
    },
  ]);
});
