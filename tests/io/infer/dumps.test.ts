/**
 * Every example dump (examples/dumps, one per case of issue 11) infers to documents the importer takes, whose model
 * answers a cross-node trace from shop/web (worker-1) to the shop/api Service (its pod on worker-2); and a topology
 * exported and re-inferred from an equivalent dump (the exported Kubernetes objects plus the same component
 * configuration) is the same topology.
 */
import { describe, expect, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import { exportTopology, topologyToObjects } from '../../../src/io/exportTopology';
import { inferFromText } from '../../../src/io/infer';
import { parseTopologyObjects } from '../../../src/io/parseTopology';
import { readDocumentText } from '../../../src/io/readDocuments';
import { answerTrace } from '../../../src/questions/trace';
import { dumpCases } from './dumpFiles';

const CASES = dumpCases();

/** What each dump must infer, checked against the dump's own configuration (see each file's header). */
const EXPECTED: Record<string, { plugin: string; overlay: string; proxy: string; podCIDRs: string[] }> = {
  'calico-operator-vxlan-mtu': { plugin: 'calico', overlay: 'vxlan', proxy: 'iptables', podCIDRs: ['10.48.0.0/16'] },
  'cilium-native-routing': { plugin: 'cilium', overlay: 'none', proxy: 'iptables', podCIDRs: ['10.244.0.0/16'] },
  'cilium-tunnel': { plugin: 'cilium', overlay: 'vxlan', proxy: 'iptables', podCIDRs: ['10.0.0.0/8'] },
  'disagreeing-sources': { plugin: 'flannel', overlay: 'vxlan', proxy: 'iptables', podCIDRs: ['10.244.0.0/16'] },
  'dual-stack-calico': { plugin: 'calico', overlay: 'vxlan', proxy: 'iptables', podCIDRs: ['10.244.0.0/16', 'fd00:10:244::/64'] },
  'eks-vpc-cni-prefix-delegation': { plugin: 'aws-vpc-cni', overlay: 'none', proxy: 'iptables', podCIDRs: [] },
  'kube-proxy-ipvs-flags': { plugin: 'flannel', overlay: 'vxlan', proxy: 'ipvs', podCIDRs: ['10.32.0.0/16'] },
  'kube-proxy-nftables': { plugin: 'flannel', overlay: 'host-gw', proxy: 'nftables', podCIDRs: ['10.244.0.0/16'] },
  'kubeadm-calico-ipip-crosssubnet': { plugin: 'calico', overlay: 'ipip', proxy: 'iptables', podCIDRs: ['192.168.0.0/16'] },
  'kubeadm-flannel-vxlan': { plugin: 'flannel', overlay: 'vxlan', proxy: 'iptables', podCIDRs: ['10.244.0.0/16'] },
  'no-cni-config': { plugin: 'generic', overlay: 'none', proxy: 'iptables', podCIDRs: ['10.88.0.0/16'] },
};

function inferred(c: (typeof CASES)[number]): Topology {
  const outcome = inferFromText(c.text, { underlay: c.underlay });
  assert.ok(outcome.ok, JSON.stringify(outcome));
  const parsed = parseTopologyObjects(outcome.result.documents);
  assert.ok(parsed.ok, `${c.name}: ${JSON.stringify(parsed.ok ? [] : parsed.errors, null, 1)}`);
  return parsed.topology;
}

describe('example dumps', () => {
  test('there is one per case of the issue', () => {
    expect(CASES.map((c) => c.name)).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s: infers the configured settings and answers a cross-node trace', (name, c) => {
    const topology = inferred(c);
    const want = EXPECTED[name]!;
    expect({ plugin: topology.cni.plugin, overlay: topology.cni.overlay, proxy: topology.kubeProxy.mode, podCIDRs: topology.podCIDRs }).toEqual(want);
    const web = topology.pods.find((p) => p.name.startsWith('web-'))!;
    const api = topology.pods.find((p) => p.name.startsWith('api-'))!;
    expect(web.nodeName).not.toBe(api.nodeName);
    const answer = answerTrace(compileSnapshot(topology), { from: 'pod:shop/web-6d4cf56db6-h2x9p', to: 'svc:shop/api:9000' });
    assert.ok(answer.ok, JSON.stringify(answer));
    expect(answer.answer.trace?.disposition).toBe('DELIVERED');
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s: exported, re-inferred from an equivalent dump, compares equal', (_name, c) => {
    const first = inferred(c);
    const read = readDocumentText(c.text, 'auto', 1 << 26);
    assert.ok(read.ok);
    // The equivalent dump: the model's own Kubernetes objects as export writes them, plus the same component configuration.
    const configuration = componentObjects(read.documents);
    // Static control-plane Pods are model pods too; the dump's own copies carry the flags inference reads.
    type Named = { kind: string; metadata: { name: string } };
    const staticPods = new Map(configuration.flatMap((o) => ((o as Named).kind === 'Pod' ? [[(o as Named).metadata.name, o] as const] : [])));
    const exported = topologyToObjects(first)
      .slice(1)
      .map((o) => ((o as Named).kind === 'Pod' ? (staticPods.get((o as Named).metadata.name) ?? o) : o));
    const rest = configuration.filter((o) => (o as Named).kind !== 'Pod');
    const again = inferFromText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [...exported, ...rest] }), { underlay: c.underlay, name: first.name });
    assert.ok(again.ok);
    const parsed = parseTopologyObjects(again.result.documents);
    assert.ok(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.errors));
    expect(exportTopology(parsed.topology, 'yaml')).toBe(exportTopology(first, 'yaml'));
  });
});

/** The objects only inference reads (ConfigMaps, DaemonSets, static Pods' flags, CNI resources). */
function componentObjects(documents: unknown[]): unknown[] {
  const items = documents.flatMap((d) => ((d as { items?: unknown[] }).items ?? [d]) as Array<{ kind: string; metadata?: { labels?: Record<string, string>; namespace?: string } }>);
  return items.filter((o) => !['Node', 'Pod', 'Service', 'EndpointSlice', 'Namespace', 'NetworkPolicy'].includes(o.kind) || (o.kind === 'Pod' && o.metadata?.labels?.tier === 'control-plane'));
}
