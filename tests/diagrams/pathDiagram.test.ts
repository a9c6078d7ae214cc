import { describe, expect, test } from '@jest/globals';
import { answerTrace } from '../../src/questions/trace';
import { answerOrThrow } from '../../src/app/questions';
import { decidingStep, pathDiagram, renderSvg, stepId } from '../../src/diagrams';
import { example, parseSvg } from './svg';

interface PathCase {
  name: string;
  topology: string;
  from: string;
  to: string;
  port?: number;
  protocol?: string;
  packetSize?: number;
  disposition: string;
  /** Text the drawing must show (outer addresses, bytes added, DNS name, branch probabilities). */
  shows: string[];
  /** The deciding step's label, for failed traces. */
  deciding?: string;
  branches?: number;
}

// Expected figures from upstream: Calico IP-in-IP adds one outer IPv4 header, 20 bytes (RFC 2003 §3.1), and sets the pod
// MTU to the host MTU − 20 (Calico docs "Configure MTU": IP-in-IP 1480 on a 1500 network); kube-proxy's iptables mode
// picks one of n endpoints with `-m statistic --mode random --probability 1/n` (pkg/proxy/iptables/proxier.go), so two
// endpoints are 50 % each.
const CASES: PathCase[] = [
  {
    name: 'pod to pod across subnets: IP-in-IP tunnel with outer node addresses and +20 bytes',
    topology: 'kubeadm-calico',
    from: 'pod:shop/web-7c9d8f6b5d-h2x9p',
    to: 'pod:kube-system/coredns-5dd5756b68-qk4vn',
    port: 53,
    disposition: 'DELIVERED',
    shows: ['IPIP tunnel 10.0.1.11 → 10.0.2.11 (+20 B)', '+20 bytes', 'underlay routers', 'DECAPSULATE'],
  },
  {
    name: 'packet larger than the pod MTU: MTU_EXCEEDED decided on the sender',
    topology: 'kubeadm-calico',
    from: 'pod:shop/web-7c9d8f6b5d-h2x9p',
    to: 'pod:kube-system/coredns-5dd5756b68-qk4vn',
    packetSize: 1490,
    disposition: 'MTU_EXCEEDED',
    shows: ['MTU 1480'],
    deciding: 'DECIDED: MTU_EXCEEDED',
  },
  {
    name: 'Service: DNAT branches with their probabilities',
    topology: 'kubeadm-calico',
    from: 'pod:shop/web-7c9d8f6b5d-h2x9p',
    to: 'svc:shop/api:9000',
    disposition: 'DELIVERED',
    shows: ['DNAT by kube-proxy: 2 branches', 'p = 50.0% → 10.244.2.7:9000', 'p = 50.0% → 10.244.5.7:9000'],
    branches: 2,
  },
  {
    name: 'DNS name: the resolver step, then the Service',
    topology: 'kubeadm-calico',
    from: 'pod:shop/web-7c9d8f6b5d-h2x9p',
    to: 'dns:kube-dns.kube-system:53',
    protocol: 'udp',
    disposition: 'DELIVERED',
    shows: ['DNS · RESOLVED', 'kube-dns.kube-system (A) → 10.96.0.10'],
    branches: 2,
  },
  {
    name: 'routed overlay: flannel host-gw crosses no tunnel',
    topology: 'seed-routed',
    from: 'pod:default/web-frontend',
    to: 'pod:default/account-app-6d8f7b9c4-x2kqp',
    port: 8080,
    disposition: 'DELIVERED',
    shows: ['DELIVER · DELIVERED'],
  },
];

describe('path diagram', () => {
  test.each(CASES)('$name', async (c) => {
    const answer = answerOrThrow(answerTrace(example(c.topology).snapshot(), c));
    const trace = answer.trace!;
    expect(trace.disposition).toBe(c.disposition);
    const svg = parseSvg(await renderSvg(pathDiagram({ trace, title: `${c.from} → ${c.to}` })));

    // Every hop and every step of the path is drawn, with the hop's node named in its box.
    trace.hops.forEach((hop, h) => {
      const box = svg.byId.get(`hop${h}`);
      expect(box?.text).toContain(hop.node === 'underlay' ? 'underlay routers' : hop.node);
      hop.steps.forEach((s, i) => expect(svg.byId.get(stepId(h, i))?.text).toContain(`${s.type.toUpperCase()} · ${s.action}`));
    });
    expect(svg.byId.get('disposition')?.text).toContain(c.disposition);
    for (const text of c.shows) expect(svg.text).toContain(text);

    const deciding = svg.elements.filter((e) => e.classes.includes('deciding'));
    if (c.deciding === undefined) expect(deciding).toHaveLength(0);
    else {
      const at = decidingStep(trace)!;
      expect(deciding.map((e) => e.id)).toEqual([stepId(at.hop, at.step)]);
      expect(deciding[0]!.text).toContain(c.deciding);
    }
    expect(svg.elements.filter((e) => e.classes.includes('branch'))).toHaveLength(c.branches ?? 0);
  });

  test('DOT names the deciding step and quotes labels with quotes and backslashes safely', async () => {
    const trace = answerOrThrow(answerTrace(example('kubeadm-calico').snapshot(), { from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:kube-system/coredns-5dd5756b68-qk4vn', packetSize: 1490 })).trace!;
    const dot = pathDiagram({ trace, title: 'a "quoted" \\ title' });
    expect(dot.startsWith('digraph "trace" {')).toBe(true);
    expect(dot).toContain('class="step deciding"');
    expect(parseSvg(await renderSvg(dot)).text).toContain('a "quoted" \\ title');
  });
});
