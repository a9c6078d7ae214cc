/**
 * The path of one trace, hop by hop: each hop (a pod's or node's network namespace, the underlay routers) is a box of its
 * steps in order; the stretch inside a tunnel is drawn thick and orange with the outer addresses and the bytes added;
 * a Service trace shows its DNS step and fans out at the DNAT step into one box per endpoint with its probability; a
 * failed trace marks the step that decided it (red, double border, `DECIDED: <disposition>`).
 */
import { SUCCESS_DISPOSITIONS, type Hop, type Step, type Trace, type TraceBranch } from '../engine/trace';
import { leftLabel, newCluster, newGraph, printDot, wrap, type DotGraph } from './dot';
import { BASE_EDGE, BASE_GRAPH, BASE_NODE, COLORS } from './style';

/** Step actions that let the packet go on; any other action ends the path and is the deciding step. */
const PASSING_ACTIONS = new Set(['SENT', 'FORWARDED', 'TRANSFORMED', 'TRANSMITTED', 'RECEIVED', 'DELIVERED', 'EXITED', 'RESOLVED', 'ACCEPTED']);

/** More endpoints than this are summarized in one box ("… and N more"). */
export const MAX_BRANCH_BOXES = 12;

export interface PathDiagramInput {
  readonly trace: Trace;
  /** The question as asked, for the title: `pod:shop/web → svc:shop/api:80`. */
  readonly title?: string;
}

export function stepId(hop: number, step: number): string {
  return `hop${hop}-step${step}`;
}

/** The step that decided a failed trace: the last step whose action stopped the packet, else the last step. */
export function decidingStep(trace: Trace): { hop: number; step: number } | null {
  if (SUCCESS_DISPOSITIONS.has(trace.disposition)) return null;
  let last: { hop: number; step: number } | null = null;
  trace.hops.forEach((hop, h) =>
    hop.steps.forEach((s, i) => {
      last = { hop: h, step: i };
    }),
  );
  for (let h = trace.hops.length - 1; h >= 0; h--) {
    const steps = trace.hops[h]!.steps;
    for (let i = steps.length - 1; i >= 0; i--) if (!PASSING_ACTIONS.has(steps[i]!.action)) return { hop: h, step: i };
  }
  return last;
}

function hopTitle(hop: Hop): string {
  if (hop.netns === 'router') return 'underlay routers';
  if (hop.netns === 'outside') return `${hop.node} (outside the cluster)`;
  if (hop.netns === 'host') return `node ${hop.node} · host namespace`;
  return `${hop.netns.replace(/^pod:/, 'pod ')} · on ${hop.node}`;
}

function hopFill(hop: Hop): string {
  if (hop.netns === 'router') return COLORS.routerFill;
  if (hop.netns === 'outside') return COLORS.outsideFill;
  if (hop.netns === 'host') return COLORS.hostFill;
  return COLORS.podFill;
}

function stepText(s: Step, decided: string | null): string {
  const lines = [`${decided ? `✗ DECIDED: ${decided} — ` : ''}${s.type.toUpperCase()} · ${s.action}`, wrap(s.detail.summary, 60)];
  const dns = s.detail.dns;
  if (dns) lines.push(`${dns.name} (${dns.type}) → ${dns.addresses.join(', ') || dns.status}`, `asked ${dns.nameserver ?? 'no nameserver'}, ${dns.queries.length} queries`);
  const enc = s.detail.encapsulation;
  if (enc && !s.detail.summary.includes(`${enc.outerSrc} → ${enc.outerDst}`)) lines.push(`outer ${enc.outerSrc} → ${enc.outerDst}`);
  if (enc) lines.push(`+${enc.bytesAdded} bytes (${enc.layers.join(' + ')})${enc.vni !== null ? `, VNI ${enc.vni}` : ''}${enc.port !== null ? `, UDP ${enc.port}` : ''}`);
  if (s.detail.route && !s.detail.summary.includes(s.detail.route)) lines.push(`route: ${s.detail.route}`);
  if (s.detail.device !== undefined && s.detail.mtu !== undefined) lines.push(`dev ${s.detail.device}, MTU ${s.detail.mtu}`);
  const size = s.detail.packetOut?.outer?.size ?? s.detail.packetOut?.inner.size;
  if (enc && size !== undefined) lines.push(`packet on the wire: ${size} bytes`);
  return lines.join('\n');
}

function stepFill(s: Step): string {
  if (s.type === 'dns') return COLORS.dnsFill;
  if (s.type === 'encapsulate' || s.type === 'decapsulate') return COLORS.tunnelFill;
  if (s.type === 'nat') return COLORS.natFill;
  if (s.action === 'DELIVERED' || s.action === 'EXITED') return COLORS.okFill;
  return 'white';
}

function inTunnel(s: Step): boolean {
  return s.detail.packetOut?.outer != null;
}

function tunnelLabel(s: Step): string | undefined {
  const enc = s.detail.encapsulation;
  return enc ? `    ${enc.mode.toUpperCase()} tunnel ${enc.outerSrc} → ${enc.outerDst} (+${enc.bytesAdded} B)` : undefined;
}

function addBranches(g: DotGraph, trace: Trace, branches: readonly TraceBranch[], fromId: string, kind: string): void {
  const box = newCluster('branches', { label: `${kind}: ${branches.length} branch${branches.length === 1 ? '' : 'es'}, one per endpoint`, style: 'dashed', color: COLORS.muted });
  g.clusters.push(box);
  const drawn = branches.findIndex((b) => b.trace.disposition === trace.disposition);
  branches.slice(0, MAX_BRANCH_BOXES).forEach((b, i) => {
    const ok = SUCCESS_DISPOSITIONS.has(b.trace.disposition);
    const id = `branch${i}`;
    const pct = `${(b.probability * 100).toFixed(1)}%`;
    box.nodes.push({
      id,
      attrs: {
        id,
        class: 'branch',
        label: leftLabel(`p = ${pct} → ${b.endpoint ?? 'no endpoint'}\n${b.trace.disposition}${i === drawn ? ' (the path drawn)' : ''}`),
        fillcolor: ok ? COLORS.okFill : COLORS.badFill,
        color: ok ? COLORS.ok : COLORS.bad,
        penwidth: i === drawn ? 2 : 1,
      },
    });
    g.edges.push({ from: fromId, to: id, attrs: { label: pct, style: 'dashed', color: COLORS.muted } });
  });
  if (branches.length > MAX_BRANCH_BOXES) {
    const rest = branches.slice(MAX_BRANCH_BOXES);
    const p = rest.reduce((a, b) => a + b.probability, 0);
    box.nodes.push({ id: 'branch-more', attrs: { label: `… and ${rest.length} more endpoints (p = ${(p * 100).toFixed(1)}%)`, style: 'dashed' } });
    g.edges.push({ from: fromId, to: 'branch-more', attrs: { style: 'dashed', color: COLORS.muted } });
  }
}

/** The DOT of a trace's path. Node ids (`hop<H>-step<S>`) are kept as SVG element ids, so tests and the page find steps. */
export function pathDiagram(input: PathDiagramInput): string {
  const { trace } = input;
  const ok = SUCCESS_DISPOSITIONS.has(trace.disposition);
  const title = `${input.title ? `${input.title}   ` : ''}→ ${trace.disposition}`;
  const g = newGraph('digraph', 'trace', { ...BASE_GRAPH, label: title, rankdir: 'TB', nodesep: 0.3, ranksep: 0.25, fontcolor: ok ? COLORS.ok : COLORS.bad }, BASE_NODE, BASE_EDGE);
  const decided = decidingStep(trace);
  let previous: { id: string; step: Step } | null = null;
  let natOrDns: { id: string; kind: string } | null = null;

  trace.hops.forEach((hop, h) => {
    const cluster = newCluster(`hop${h}`, { label: `${h + 1}. ${hopTitle(hop)}`, fontcolor: COLORS.line, style: 'rounded,filled', fillcolor: hopFill(hop), color: COLORS.muted, id: `hop${h}` });
    g.clusters.push(cluster);
    hop.steps.forEach((s, i) => {
      const id = stepId(h, i);
      const isDeciding = decided !== null && decided.hop === h && decided.step === i;
      cluster.nodes.push({
        id,
        attrs: {
          id,
          class: isDeciding ? 'step deciding' : 'step',
          label: leftLabel(stepText(s, isDeciding ? trace.disposition : null)),
          shape: s.type === 'dns' ? 'note' : 'box',
          fillcolor: isDeciding ? COLORS.badFill : stepFill(s),
          color: isDeciding ? COLORS.bad : s.type === 'encapsulate' || s.type === 'decapsulate' ? COLORS.tunnel : COLORS.line,
          penwidth: isDeciding ? 2.5 : 1,
          peripheries: isDeciding ? 2 : 1,
          tooltip: s.detail.summary,
        },
      });
      if (previous !== null) {
        const tunnel = inTunnel(previous.step);
        g.edges.push({
          from: previous.id,
          to: id,
          attrs: tunnel ? { color: COLORS.tunnel, penwidth: 3, label: tunnelLabel(previous.step), fontcolor: COLORS.tunnel } : {},
        });
      }
      if ((s.type === 'nat' && s.detail.probability !== undefined) || (s.type === 'dns' && natOrDns === null)) natOrDns = { id, kind: s.type === 'nat' ? 'DNAT by kube-proxy' : 'DNS answer' };
      previous = { id, step: s };
    });
  });

  const end = ok ? trace.disposition : `✗ ${trace.disposition}`;
  g.nodes.push({ id: 'disposition', attrs: { id: 'disposition', label: end, shape: 'oval', fillcolor: ok ? COLORS.okFill : COLORS.badFill, color: ok ? COLORS.ok : COLORS.bad, penwidth: 2, fontsize: 12 } });
  const last = previous as { id: string; step: Step } | null;
  if (last !== null) g.edges.push({ from: last.id, to: 'disposition', attrs: {} });
  const fork = natOrDns as { id: string; kind: string } | null;
  if (trace.branches && trace.branches.length > 1 && fork !== null) addBranches(g, trace, trace.branches, fork.id, fork.kind);
  return printDot(g);
}
