/**
 * One table per source: a minimal object as the component writes it → the value inferred and the source named.
 * Expected values come from the components' documented formats (cited in src/io/infer/README.md): kubeadm's
 * ClusterConfiguration v1beta3 (extraArgs map) and v1beta4 ({name, value} list), the controller-manager's and
 * kube-proxy's flags, KubeProxyConfiguration (mode "" = iptables), CoreDNS's Corefile (plugin defaults: pods
 * disabled, ttl 5), flannel's net-conf.json (VNI 1, kernel port 8472), Calico IPPool (blockSize 26), cilium-config
 * (legacy `tunnel`), the aws-node env.
 */
import { describe, expect, test } from '@jest/globals';
import { inferTopology } from '../../../src/io/infer';
import { parseCorefile } from '../../../src/io/infer/corefile';

type Obj = Record<string, unknown>;
const cm = (name: string, data: Record<string, string>, namespace = 'kube-system'): Obj => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data });
const staticPod = (component: string, command: string[]): Obj => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `${component}-cp1`, namespace: 'kube-system', labels: { component, tier: 'control-plane' } },
  spec: { nodeName: 'cp1', hostNetwork: true, containers: [{ name: component, command: [component, ...command] }] },
});
const ds = (name: string, container: Obj, namespace = 'kube-system'): Obj => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name, namespace }, spec: { template: { spec: { containers: [container] } } } });
const node = (name: string, extra: Obj = {}): Obj => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, ...extra }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.10' }] } });

interface Case {
  name: string;
  objects: Obj[];
  /** Topology spec path → expected value and a fragment of its source. */
  expect: Record<string, [unknown, string]>;
  finding?: string;
}

const CASES: Case[] = [
  {
    name: 'kubeadm v1beta3: networking and extraArgs as a map',
    objects: [cm('kubeadm-config', { ClusterConfiguration: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n  dnsDomain: k8s.example\ncontrollerManager:\n  extraArgs:\n    node-cidr-mask-size: "25"\n' })],
    expect: {
      'spec.podCIDRs': [['10.244.0.0/16'], 'ClusterConfiguration.networking.podSubnet'],
      'spec.serviceCIDRs': [['10.96.0.0/12'], 'networking.serviceSubnet'],
      'spec.clusterDomain': ['k8s.example', 'networking.dnsDomain'],
      'spec.nodeCIDRMaskSize.ipv4': [25, 'controllerManager.extraArgs[node-cidr-mask-size]'],
    },
  },
  {
    name: 'kubeadm v1beta4: extraArgs as {name, value}, dual-stack subnets',
    objects: [
      cm('kubeadm-config', {
        ClusterConfiguration:
          'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16,fd00:10:244::/64\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\ncontrollerManager:\n  extraArgs:\n  - name: node-cidr-mask-size-ipv6\n    value: "80"\n',
      }),
    ],
    expect: {
      'spec.podCIDRs': [['10.244.0.0/16', 'fd00:10:244::/64'], 'podSubnet'],
      'spec.nodeCIDRMaskSize.ipv6': [80, 'extraArgs[node-cidr-mask-size-ipv6]'],
    },
  },
  {
    name: 'controller-manager flags win over kubeadm-config (the running component)',
    objects: [
      cm('kubeadm-config', { ClusterConfiguration: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.200.0.0/16\n' }),
      staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.244.0.0/16', '--node-cidr-mask-size-ipv4', '26', '--service-cluster-ip-range=10.96.0.0/16']),
    ],
    expect: {
      'spec.podCIDRs': [['10.244.0.0/16'], 'kube-controller-manager: --cluster-cidr'],
      'spec.nodeCIDRMaskSize.ipv4': [26, '--node-cidr-mask-size-ipv4'],
      'spec.serviceCIDRs': [['10.96.0.0/16'], '--service-cluster-ip-range'],
    },
    finding: 'says ["10.244.0.0/16"] but ConfigMap kube-system/kubeadm-config',
  },
  {
    name: 'kube-proxy ConfigMap: mode "" is iptables; nftables masquerade bit',
    objects: [cm('kube-proxy', { 'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: nftables\nclusterCIDR: 10.244.0.0/16\nnftables:\n  masqueradeBit: 15\nnodePortAddresses: [primary]\n' })],
    expect: {
      'spec.kubeProxy.mode': ['nftables', 'config.conf mode'],
      'spec.kubeProxy.masqueradeBit': [15, 'nftables.masqueradeBit'],
      'spec.kubeProxy.clusterCIDR': ['10.244.0.0/16', 'clusterCIDR'],
      'spec.kubeProxy.nodePortAddresses': [['primary'], 'nodePortAddresses'],
    },
  },
  {
    name: 'kube-proxy ConfigMap with an empty mode',
    objects: [cm('kube-proxy', { 'config.conf': 'kind: KubeProxyConfiguration\nmode: ""\n' })],
    expect: { 'spec.kubeProxy.mode': ['iptables', '("" = iptables on Linux)'] },
  },
  {
    name: 'kube-proxy DaemonSet flags only',
    objects: [ds('kube-proxy', { name: 'kube-proxy', command: ['kube-proxy', '--proxy-mode=ipvs', '--masquerade-all', '--iptables-masquerade-bit=13', '--ipvs-scheduler=lc'] })],
    expect: {
      'spec.kubeProxy.mode': ['ipvs', '--proxy-mode'],
      'spec.kubeProxy.masqueradeAll': [true, '--masquerade-all'],
      'spec.kubeProxy.masqueradeBit': [13, '--iptables-masquerade-bit'],
    },
    finding: 'is lc: the model spreads ipvs traffic as round robin',
  },
  {
    name: 'CoreDNS Corefile: plugin defaults, a stub domain',
    objects: [cm('coredns', { Corefile: '.:53 {\n    kubernetes cluster.example {\n    }\n    forward . 8.8.8.8 1.1.1.1\n}\nconsul.local:53 {\n    forward . 10.150.0.1\n}\n' })],
    expect: {
      'spec.clusterDomain': ['cluster.example', 'kubernetes cluster.example'],
      'spec.dns.podMode': ['disabled', "the plugin's default, disabled"],
      'spec.dns.ttl': [5, "the plugin's default, 5"],
      'spec.dns.reverseZones': [false, 'kubernetes zones'],
      'spec.dns.forward': [[{ zone: 'consul.local', to: ['10.150.0.1'] }, { zone: '.', to: ['8.8.8.8', '1.1.1.1'] }], 'Corefile forward'],
    },
  },
  {
    name: 'CoreDNS Corefile: pods verified, ttl 10, endpoint_pod_names',
    objects: [cm('coredns', { Corefile: '.:53 {\n  kubernetes cluster.local in-addr.arpa ip6.arpa {\n    pods verified\n    ttl 10\n    endpoint_pod_names\n    fallthrough in-addr.arpa ip6.arpa\n  }\n}\n' })],
    expect: {
      'spec.dns.podMode': ['verified', 'line 3 pods'],
      'spec.dns.ttl': [10, 'line 4 ttl'],
      'spec.dns.endpointPodNames': [true, 'endpoint_pod_names'],
      'spec.dns.fallthroughReverse': [true, 'fallthrough'],
    },
  },
  {
    name: 'flannel net-conf.json: VXLAN defaults and DirectRouting',
    objects: [cm('kube-flannel-cfg', { 'net-conf.json': '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "DirectRouting": true}}', 'cni-conf.json': '{"name":"cbr0"}' }, 'kube-flannel')],
    expect: {
      'spec.cni.plugin': ['flannel', 'kube-flannel-cfg'],
      'spec.cni.overlay': ['vxlan', 'Backend.Type'],
      'spec.cni.crossSubnet': [true, 'Backend.DirectRouting'],
      'spec.cni.vni': [1, "flannel's default 1"],
      'spec.cni.port': [8472, "kernel's VXLAN port 8472"],
      'spec.podCIDRs': [['10.244.0.0/16'], 'net-conf.json Network'],
    },
  },
  {
    name: 'flannel node annotation wins over the ConfigMap (what flanneld registered)',
    objects: [
      cm('kube-flannel-cfg', { 'net-conf.json': '{"Network": "10.244.0.0/16", "Backend": {"Type": "host-gw"}}' }, 'kube-flannel'),
      node('n1', { annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan', 'flannel.alpha.coreos.com/backend-data': '{"VNI":4,"VtepMAC":"aa:bb:cc:dd:ee:ff"}' } }),
    ],
    expect: { 'spec.cni.overlay': ['vxlan', 'annotation flannel.alpha.coreos.com/backend-type'], 'spec.cni.vni': [4, 'backend-data VNI'] },
    finding: 'says "vxlan" but ConfigMap kube-flannel/kube-flannel-cfg',
  },
  {
    name: 'Calico IPPool crd.projectcalico.org/v1: IPIP CrossSubnet, default block size',
    objects: [{ apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'default-ipv4-ippool' }, spec: { cidr: '192.168.0.0/16', ipipMode: 'CrossSubnet', vxlanMode: 'Never', natOutgoing: true } }],
    expect: {
      'spec.cni.plugin': ['calico', 'IPPool'],
      'spec.podCIDRs': [['192.168.0.0/16'], 'IPPool default-ipv4-ippool: spec.cidr'],
      'spec.cni.overlay': ['ipip', 'ipipMode'],
      'spec.cni.crossSubnet': [true, 'CrossSubnet'],
      'spec.nodeCIDRMaskSize.ipv4': [26, "Calico's default 26"],
    },
  },
  {
    name: 'Calico v3 pools: two IPv4 pools keep the first; VXLAN Always; Felix MTU and VNI',
    objects: [
      { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'a' }, spec: { cidr: '10.48.0.0/16', vxlanMode: 'Always', blockSize: 24 } },
      { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: 'b' }, spec: { cidr: '10.49.0.0/16', vxlanMode: 'Always' } },
      { apiVersion: 'projectcalico.org/v3', kind: 'FelixConfiguration', metadata: { name: 'default' }, spec: { vxlanMTU: 8950, vxlanVNI: 4096, vxlanPort: 4789 } },
    ],
    expect: {
      'spec.podCIDRs': [['10.48.0.0/16'], 'IPPool a'],
      'spec.cni.overlay': ['vxlan', 'vxlanMode'],
      'spec.cni.mtu': [8950, 'spec.vxlanMTU'],
      'spec.cni.vni': [4096, 'spec.vxlanVNI'],
      'spec.nodeCIDRMaskSize.ipv4': [24, 'blockSize'],
      'spec.underlay.mtu': [9000, 'spec.cni.mtu 8950 + vxlan overhead 50'],
    },
    finding: 'another pool of the same family',
  },
  {
    name: 'Calico operator Installation; calico-config veth_mtu',
    objects: [
      { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: { calicoNetwork: { ipPools: [{ cidr: '10.48.0.0/16', encapsulation: 'VXLANCrossSubnet', blockSize: 26 }], mtu: 1410 } } },
      cm('calico-config', { veth_mtu: '1400' }),
    ],
    expect: {
      'spec.podCIDRs': [['10.48.0.0/16'], 'spec.calicoNetwork.ipPools[0].cidr'],
      'spec.cni.crossSubnet': [true, 'CrossSubnet'],
      'spec.cni.mtu': [1400, 'calico-config: veth_mtu'],
    },
    finding: 'says 1400 but Installation default: spec.calicoNetwork.mtu says 1410',
  },
  {
    name: 'Cilium: routing-mode tunnel with geneve, cluster pool',
    objects: [cm('cilium-config', { 'routing-mode': 'tunnel', 'tunnel-protocol': 'geneve', ipam: 'cluster-pool', 'cluster-pool-ipv4-cidr': '10.0.0.0/8', 'cluster-pool-ipv4-mask-size': '26', mtu: '1450' })],
    expect: {
      'spec.cni.plugin': ['cilium', 'cilium-config'],
      'spec.cni.overlay': ['geneve', 'tunnel-protocol'],
      'spec.podCIDRs': [['10.0.0.0/8'], 'cluster-pool-ipv4-cidr'],
      'spec.nodeCIDRMaskSize.ipv4': [26, 'cluster-pool-ipv4-mask-size'],
      'spec.cni.mtu': [1450, 'cilium-config: mtu'],
    },
  },
  {
    name: 'Cilium: the legacy tunnel key disabled = native routing; kube-proxy replacement',
    objects: [cm('cilium-config', { tunnel: 'disabled', ipam: 'kubernetes', 'kube-proxy-replacement': 'true' })],
    expect: { 'spec.cni.overlay': ['none', 'cilium-config: tunnel'], 'spec.kubeProxy.mode': ['iptables', 'kube-proxy-replacement'] },
    finding: "Cilium's eBPF load balancer replaces kube-proxy",
  },
  {
    name: 'Cilium WireGuard over a VXLAN tunnel',
    objects: [cm('cilium-config', { 'routing-mode': 'tunnel', 'enable-wireguard': 'true' })],
    expect: { 'spec.cni.overlay': ['wireguard', 'enable-wireguard'] },
    finding: 'the model counts the encryption',
  },
  {
    name: 'AWS VPC CNI: aws-node env, max-pods against node capacity',
    objects: [
      ds('aws-node', { name: 'aws-node', image: 'amazon-k8s-cni:v1.19.2', env: [{ name: 'ENABLE_PREFIX_DELEGATION', value: 'true' }, { name: 'AWS_VPC_ENI_MTU', value: '9001' }, { name: 'WARM_PREFIX_TARGET', value: '1' }] }),
      { ...node('n1', { labels: { 'node.kubernetes.io/instance-type': 't3.medium', 'topology.kubernetes.io/zone': 'eu-west-1a' } }), status: { addresses: [{ type: 'InternalIP', address: '192.168.1.5' }], capacity: { pods: '17' } } },
    ],
    expect: { 'spec.cni.plugin': ['aws-vpc-cni', 'aws-node'], 'spec.cni.overlay': ['none', 'aws-node'], 'spec.underlay.mtu': [9001, 'env AWS_VPC_ENI_MTU'] },
    // t3.medium: 3 ENIs × ((6 − 1) × 16) + 2 = 242 with prefix delegation, capped at 110 for 2 vCPUs (max-pods-calculator.sh).
    finding: 'status.capacity.pods is 17 but EKS\'s max-pods for t3.medium with prefix delegation is 110',
  },
  {
    name: 'Calico node annotation: the underlay subnet',
    objects: [node('n1', { annotations: { 'projectcalico.org/IPv4Address': '10.0.0.10/20' } })],
    expect: { 'spec.underlay.subnets': [[{ name: 'net-10-0-0-0-20', cidr: '10.0.0.0/20' }], 'annotation projectcalico.org/IPv4Address'] },
  },
];

describe('readers', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = inferTopology(c.objects);
    const spec = (result.documents[0] as { spec: Obj }).spec;
    for (const [path, [value, source]] of Object.entries(c.expect)) {
      const got = path.split('.').slice(1).reduce<unknown>((at, key) => (at as Obj | undefined)?.[key], spec);
      expect({ path, value: got }).toEqual({ path, value });
      expect({ path, source: result.sources[path] ?? '' }).toEqual({ path, source: expect.stringContaining(source) });
    }
    if (c.finding !== undefined) expect(result.findings.map((f) => f.message).join('\n')).toContain(c.finding);
  });

  test('what nothing supplied is listed with the flag that would supply it, never guessed', () => {
    const result = inferTopology([node('n1')]);
    const missing = Object.fromEntries(result.missing.map((m) => [m.field, m.supplyWith]));
    expect(missing['spec.serviceCIDRs']).toContain('--service-cluster-ip-range');
    expect(missing['spec.podCIDRs']).toContain('--cluster-cidr');
    expect(missing['spec.dns']).toContain('ConfigMap kube-system/coredns');
    expect(missing['spec.underlay.subnets']).toContain('--underlay');
    const spec = (result.documents[0] as { spec: Obj }).spec;
    expect(spec.serviceCIDRs).toBeUndefined();
    expect(spec.podCIDRs).toBeUndefined();
  });

  test('an explicit Topology document wins field by field', () => {
    const explicit = { apiVersion: 'netmodel/v1alpha1', kind: 'Topology', metadata: { name: 'mine' }, spec: { cni: { overlay: 'host-gw' }, serviceCIDRs: ['10.100.0.0/16'] } };
    const result = inferTopology([explicit, cm('kube-flannel-cfg', { 'net-conf.json': '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}' }, 'kube-flannel')]);
    const doc = result.documents[0] as { metadata: Obj; spec: { cni: Obj; podCIDRs: string[]; serviceCIDRs: string[] } };
    expect(result.explicit).toBe(true);
    expect(doc.metadata.name).toBe('mine');
    expect(doc.spec.cni.overlay).toBe('host-gw');
    expect(doc.spec.cni.plugin).toBe('flannel');
    expect(doc.spec.podCIDRs).toEqual(['10.244.0.0/16']);
    expect(doc.spec.serviceCIDRs).toEqual(['10.100.0.0/16']);
    expect(result.sources['spec.cni.overlay']).toContain('explicit');
    expect(result.sources['spec.cni.plugin']).toContain('kube-flannel-cfg');
  });

  test.each([
    ['unclosed block', '.:53 {\n  kubernetes cluster.local {\n', false],
    ['server block without braces', 'cluster.local:53\n', false],
    ['two server blocks, nested options', '.:53 {\n  health {\n    lameduck 5s\n  }\n}\nexample.org {\n  forward . 10.0.0.1\n}\n', true],
  ] as const)('Corefile syntax: %s', (_name, text, ok) => {
    expect(parseCorefile(text).ok).toBe(ok);
  });
});
