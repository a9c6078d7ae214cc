import type { ConflictsAnswer } from '../../questions/conflicts';
import type { EncapOverheadReport } from '../../engine/overlay';
import type { ReachabilityMatrix, Trace } from '../../engine/trace';
import { table } from '../output';

/** Human renderings of question answers; `-o json` prints the answers themselves. */
export function renderTrace(trace: Trace): string {
  const lines = [`disposition: ${trace.disposition}`];
  trace.hops.forEach((hop, i) => {
    lines.push(`${i + 1}. ${hop.node} [${hop.netns}]`);
    for (const s of hop.steps) {
      for (const rule of s.detail.rules ?? []) lines.push(`   ${''.padEnd(32)} ${rule}`);
      const extra = [s.detail.route && `route: ${s.detail.route}`, s.detail.device && `dev ${s.detail.device}`, s.detail.mtu && `mtu ${s.detail.mtu}`]
        .filter(Boolean)
        .join(', ');
      lines.push(`   ${s.type.padEnd(11)} ${s.action.padEnd(20)} ${s.detail.summary}${extra ? ` (${extra})` : ''}`);
      const enc = s.detail.encapsulation;
      if (enc) lines.push(`   ${''.padEnd(32)} outer ${enc.outerSrc} → ${enc.outerDst} via ${enc.device}, +${enc.bytesAdded} bytes (${enc.layers.join(' + ')})`);
    }
  });
  if (trace.branches && trace.branches.length > 0) {
    lines.push(`branches (the path above is the first whose disposition is the trace's):`);
    for (const b of trace.branches) lines.push(`  ${(b.probability * 100).toFixed(1).padStart(5)}%  ${(b.endpoint ?? '-').padEnd(24)} ${b.trace.disposition}`);
  }
  if (trace.assumptions.length > 0) lines.push('assumptions:', ...trace.assumptions.map((a) => `  - ${a}`));
  return `${lines.join('\n')}\n`;
}

export function renderMatrix(m: ReachabilityMatrix): string {
  const rows = m.cells.map((c) => [c.from, c.to, c.nodePairs, c.disposition, c.outcomes.map((o) => o.decidingStep?.summary ?? '').find((x) => x) ?? '']);
  return `${table(['FROM', 'TO', 'NODE PAIRS', 'DISPOSITION', 'DECIDED BY'], rows)}(${m.groupBy} groups, ${m.family}, ${m.tracesRun} traces run)\n`;
}

export function renderConflicts(c: ConflictsAnswer): string {
  if (c.findings.length === 0) return 'no conflicts\n';
  const rows = c.findings.map((f) => [f.severity, f.kind, f.objects.map((o) => `${o.kind} ${o.name}${o.cidr === "" ? "" : ` ${o.cidr}`}`).join(' / '), f.message]);
  return `${table(['SEVERITY', 'KIND', 'OBJECTS', 'MESSAGE'], rows)}${c.counts.error} errors, ${c.counts.warning} warnings, ${c.counts.info} info\n`;
}

export function renderOverhead(r: EncapOverheadReport): string {
  const head = `${r.plugin}, overlay ${r.mode}${r.crossSubnet.effective ? ' (cross-subnet)' : ''}\n`;
  const families = table(
    ['FAMILY', 'OUTER', 'BYTES/PACKET', 'LAYERS'],
    r.overhead.map((o) => [o.family, o.outerFamily, o.bytes, o.layers.map((l) => `${l.layer} ${l.bytes}`).join(' + ') || '-']),
  );
  const findings = r.findings.map((f) => `${f.severity}: ${f.message}`);
  return [head, families, nodeMtuTable(r.nodes), ...findings].join('\n') + '\n';
}

/**
 * Above this many nodes the per-node MTU table is grouped: one row per subnet, host MTU, pod MTU and rule, with how many
 * nodes share it (the diagram draws groups above the same count). At 5,000 nodes the table was 5,000 rows that said the
 * same thing 20 times; `-o json` keeps every node.
 */
export const OVERHEAD_NODE_ROWS = 40;

function nodeMtuTable(nodes: EncapOverheadReport['nodes']): string {
  if (nodes.length <= OVERHEAD_NODE_ROWS) {
    return table(['NODE', 'SUBNET', 'HOST MTU', 'POD MTU', 'RULE'], nodes.map((n) => [n.node, n.subnet, n.hostMtu, n.podMtu, n.rule]));
  }
  type Node = EncapOverheadReport['nodes'][number];
  type Row = [Node['subnet'], Node['hostMtu'], Node['podMtu'], Node['rule']];
  const groups = new Map<string, { names: string[]; row: Row }>();
  for (const n of nodes) {
    const row: Row = [n.subnet, n.hostMtu, n.podMtu, n.rule];
    const key = JSON.stringify(row);
    const group = groups.get(key) ?? { names: [], row };
    group.names.push(n.node);
    groups.set(key, group);
  }
  const named = (names: string[]) => (names.length === 1 ? names[0]! : `${names.length} nodes: ${names.slice(0, 2).join(', ')}${names.length > 2 ? ', …' : ''}`);
  const rows = [...groups.values()].map((g) => [named(g.names), ...g.row]);
  return `${table(['NODES', 'SUBNET', 'HOST MTU', 'POD MTU', 'RULE'], rows)}(${nodes.length} nodes in ${groups.size} rows of equal subnet, MTUs and rule; -o json lists each node)\n`;
}
