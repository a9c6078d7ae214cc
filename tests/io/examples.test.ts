/** Every file in examples/ must import cleanly, be in canonical export form, and say what its header says. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from '../../src/engine/model/topology';
import { parsePrefix, parseIp, prefixContains } from '../../src/io/addresses';
import { exportTopology } from '../../src/io/exportTopology';
import { formatRoute } from '../../src/io/ipRoute';
import { parseTopologyDocument } from '../../src/io/parseTopology';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml') || f.endsWith('.json')).sort();

function load(file: string): Topology {
  const result = parseTopologyDocument(readFileSync(join(EXAMPLES, file), 'utf8'));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 1));
  return result.topology;
}

/** The file minus its leading comment block. */
function body(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && (lines[first]?.startsWith('#') ?? false)) first++;
  return lines.slice(first).join('\n');
}

describe('every example', () => {
  test('the three required examples exist', () => {
    for (const name of ['seed-routed.yaml', 'seed-overlay.yaml', 'kubeadm-calico.yaml']) assert.ok(files.includes(name), name);
  });

  for (const file of files) {
    test(`${file} parses with no errors and no warnings`, () => {
      const result = parseTopologyDocument(readFileSync(join(EXAMPLES, file), 'utf8'));
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 1));
      assert.deepEqual(result.warnings, []);
    });

    test(`${file} is in canonical export form`, () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      assert.equal(exportTopology(load(file), 'yaml'), body(text));
    });

    test(`${file}: every pod IP lies in its node's pod CIDR (host-network pods in the node's addresses)`, () => {
      const topology = load(file);
      for (const pod of topology.pods) {
        const node = topology.nodes.find((n) => n.name === pod.nodeName);
        assert.ok(node, `${pod.name} is scheduled`);
        for (const ip of pod.ips) {
          if (pod.hostNetwork) {
            assert.ok(node.internalIPs.includes(ip), `${pod.name} ${ip}`);
            continue;
          }
          const address = parseIp(ip);
          const inside = node.podCIDRs.some((cidr) => {
            const prefix = parsePrefix(cidr);
            return prefix.ok && address.ok && prefixContains(prefix.value, address.value);
          });
          assert.ok(inside, `${pod.namespace}/${pod.name} ${ip} not in ${node.podCIDRs.join(',')}`);
        }
      }
    });
  }
});

describe('seed-routed (the seed document’s routed picture)', () => {
  const t = load('seed-routed.yaml');
  test('two nodes on 10.100.0.0/24 with pod networks 172.17.0.0/24 and 172.17.1.0/24 on docker0', () => {
    assert.deepEqual(t.nodes.map((n) => [n.name, n.internalIPs, n.podCIDRs, n.subnet]), [
      ['node-1', ['10.100.0.2'], ['172.17.0.0/24'], 'node-net'],
      ['node-2', ['10.100.0.3'], ['172.17.1.0/24'], 'node-net'],
    ]);
    assert.deepEqual([t.podCIDRs, t.nodeCIDRMaskSize.ipv4, t.cni.plugin, t.cni.overlay, t.cni.bridge], [['172.17.0.0/16'], 24, 'bridge', 'none', 'docker0']);
  });
  test('each node routes the other node’s pod network via the other node', () => {
    const routes = (node: string) => t.nodeRoutes.find((r) => r.node === node)?.routes.map(formatRoute) ?? [];
    assert.ok(routes('node-1').includes('172.17.1.0/24 via 10.100.0.3 dev eth0'));
    assert.ok(routes('node-2').includes('172.17.0.0/24 via 10.100.0.2 dev eth0'));
  });
  test('two pods on the first node (one with two containers), one on the second; account-app has both replicas as endpoints', () => {
    assert.deepEqual(t.pods.map((p) => [p.nodeName, new Set(p.ports.map((x) => x.container)).size]), [['node-1', 1], ['node-1', 2], ['node-2', 1]]);
    const slice = t.endpointSlices.find((s) => s.serviceName === 'account-app');
    assert.deepEqual(slice?.endpoints.map((e) => e.addresses[0]), ['172.17.0.2', '172.17.1.2']);
  });
});

describe('seed-overlay', () => {
  const t = load('seed-overlay.yaml');
  test('the same cluster on flannel VXLAN, with no route tables and inferred endpoints', () => {
    const routed = load('seed-routed.yaml');
    assert.deepEqual([t.cni.plugin, t.cni.overlay, t.nodeRoutes], ['flannel', 'vxlan', []]);
    assert.deepEqual(t.nodes, routed.nodes);
    assert.deepEqual(t.pods, routed.pods);
    assert.deepEqual(t.endpointSlices.map((s) => [s.inferred, s.endpoints.map((e) => e.addresses[0])]), [[true, ['172.17.0.2', '172.17.1.2']]]);
  });
});

describe('kubeadm-calico', () => {
  const t = load('kubeadm-calico.yaml');
  test('kubeadm defaults and Calico IPIP CrossSubnet', () => {
    assert.deepEqual([t.podCIDRs, t.serviceCIDRs, t.cni.plugin, t.cni.overlay, t.cni.crossSubnet], [['10.244.0.0/16'], ['10.96.0.0/12'], 'calico', 'ipip', true]);
  });
  test('six nodes, three per underlay subnet', () => {
    assert.equal(t.nodes.length, 6);
    assert.deepEqual(['rack-a', 'rack-b'].map((s) => t.nodes.filter((n) => n.subnet === s).length), [3, 3]);
  });
  test('CoreDNS: kube-system/kube-dns at 10.96.0.10 (the 10th address) with dns, dns-tcp and metrics, two coredns pods', () => {
    const dns = t.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
    assert.deepEqual(dns?.clusterIPs, ['10.96.0.10']);
    assert.deepEqual(dns?.ports.map((p) => `${p.name}:${p.port}/${p.protocol}`), ['dns:53/UDP', 'dns-tcp:53/TCP', 'metrics:9153/TCP']);
    assert.equal(t.pods.filter((p) => p.labels['k8s-app'] === 'kube-dns').length, 2);
  });
  test('every Service kind the brief lists, with endpoints explicit and inferred', () => {
    const lb = t.services.find((s) => s.type === 'LoadBalancer');
    assert.deepEqual([lb?.loadBalancerIPs.length, lb?.externalTrafficPolicy], [1, 'Local']);
    assert.ok(t.services.some((s) => s.type === 'NodePort'));
    assert.ok(t.services.some((s) => s.headless));
    assert.ok(t.services.some((s) => s.type === 'ExternalName'));
    assert.ok(t.endpointSlices.some((s) => !s.inferred) && t.endpointSlices.some((s) => s.inferred));
  });
  test('pods are spread over every worker', () => {
    const used = new Set(t.pods.map((p) => p.nodeName));
    for (const node of t.nodes.filter((n) => n.name.startsWith('worker'))) assert.ok(used.has(node.name), node.name);
  });
});
