/**
 * upstream's `packetFlowTest` / `runPacketFlowTests` (kubernetes/kubernetes
 * pkg/proxy/iptables/proxier_test.go) over our `translate`: `{sourceIP, destIP, destPort, protocol} →
 * output ("10.180.0.1:80, …" | "DROP" | "REJECT" | "ACCEPT" | "") and masq`. LOCAL addresses are upstream's
 * testNodeIPs plus loopback (newIPTablesTracer).
 */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Protocol, Topology } from '../../../../src/engine/model/topology';
import { renderIptables, translate, type IptablesRules, type KubeProxyOptions } from '../../../../src/engine/services/kubeproxy';
import { HARNESS_OPTIONS, testNodeIPs, testNodeName } from './harness';

export interface PacketFlowTest {
  readonly name: string;
  readonly sourceIP: string;
  readonly destIP: string;
  readonly destPort: number;
  readonly protocol?: Protocol;
  readonly output: string;
  readonly masq?: boolean;
}

export const LOCAL_ADDRESSES = ['127.0.0.1', '::1', ...testNodeIPs];

export function rulesFor(topology: Topology, family: 'IPv4' | 'IPv6' = 'IPv4', options: KubeProxyOptions = {}): IptablesRules {
  const answer = renderIptables(topology, testNodeName, { ...HARNESS_OPTIONS, family, ...options });
  assert.deepEqual(answer.errors, []);
  return answer.families[0]!;
}

export function runPacketFlowTests(rules: IptablesRules, cases: readonly PacketFlowTest[]): void {
  for (const tc of cases) {
    test(tc.name, () => {
      const r = translate(rules, { source: tc.sourceIP, destination: tc.destIP, port: tc.destPort, protocol: tc.protocol ?? 'TCP' }, { localAddresses: LOCAL_ADDRESSES });
      const why = `${tc.protocol ?? 'TCP'} ${tc.sourceIP} → ${tc.destIP}:${tc.destPort}, by matching:\n${r.branches.flatMap((b) => b.rules).join('\n')}`;
      assert.equal(r.output, tc.output, why);
      assert.equal(r.masquerade, tc.masq ?? false, why);
    });
  }
}
