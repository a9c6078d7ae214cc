/**
 * A what-if diff drawn: node groups as boxes and, between them, every reachability that changed — lost in red,
 * gained in green, otherwise changed in orange — each labeled before → after with the step where the traces part;
 * traced pairs the same way; and a side box with the overlay and pod MTU changes and the scenario's changes.
 */
import type { ScenarioDiff } from '../engine/planner';
import { leftLabel, newGraph, printDot, wrap } from './dot';
import { BASE_EDGE, BASE_GRAPH, BASE_NODE, COLORS } from './style';

const KIND_COLOR = { lost: COLORS.bad, gained: COLORS.ok, changed: COLORS.changed } as const;
const MAX_CHANGE_LINES = 10;

export function diffDiagram(diff: ScenarioDiff, title = 'what-if'): string {
  const g = newGraph('digraph', 'diff', { ...BASE_GRAPH, label: leftLabel(`${title}\n${wrap(diff.summary, 96)}`), rankdir: 'LR', nodesep: 0.4 }, BASE_NODE, BASE_EDGE);
  const r = diff.reachability;
  const node = (name: string, extra: Record<string, string> = {}) => {
    const id = `group:${name}`;
    if (!g.nodes.some((n) => n.id === id)) g.nodes.push({ id, attrs: { id, label: name, ...extra } });
    return id;
  };
  for (const c of r.changed) {
    const color = KIND_COLOR[c.change];
    const parts = c.decidingStepAfter ? `\nafter: ${c.decidingStepAfter.summary}` : '';
    const label = wrap(`${c.change.toUpperCase()}: ${c.before.disposition} → ${c.after.disposition}${parts}`, 44);
    if (c.from === c.to) {
      const id = node(c.from);
      g.edges.push({ from: id, to: id, attrs: { class: `change ${c.change}`, color, fontcolor: color, penwidth: 2.5, label } });
    } else g.edges.push({ from: node(c.from), to: node(c.to), attrs: { class: `change ${c.change}`, color, fontcolor: color, penwidth: 2.5, label } });
  }
  for (const c of r.added) g.edges.push({ from: node(c.from, { style: 'rounded,filled,dashed', fillcolor: COLORS.okFill }), to: node(c.to, { style: 'rounded,filled,dashed', fillcolor: COLORS.okFill }), attrs: { class: 'added', style: 'dashed', color: COLORS.ok, label: `new: ${c.side.disposition}` } });
  for (const c of r.removed) g.edges.push({ from: node(c.from, { style: 'rounded,filled,dashed', fillcolor: COLORS.badFill }), to: node(c.to, { style: 'rounded,filled,dashed', fillcolor: COLORS.badFill }), attrs: { class: 'removed', style: 'dashed', color: COLORS.bad, label: `gone: ${c.side.disposition}` } });
  for (const p of r.pairs) {
    const color = p.change ? KIND_COLOR[p.change] : COLORS.muted;
    const label = wrap(`${p.change ? `${p.change.toUpperCase()}: ` : 'unchanged: '}${p.before.disposition ?? 'error'} → ${p.after.disposition ?? 'error'}${p.decidingDifference?.after ? `\nafter: ${p.decidingDifference.after.summary}` : ''}`, 44);
    g.edges.push({ from: node(p.from, { shape: 'ellipse' }), to: node(p.to, { shape: 'ellipse' }), attrs: { class: `pair ${p.change ?? 'same'}`, color, fontcolor: color, penwidth: p.changed ? 2.5 : 1, label } });
  }
  if (r.changed.length + r.added.length + r.removed.length === 0) {
    g.nodes.push({ id: 'no-change', attrs: { label: `reachability unchanged: ${r.cellsCompared} ${r.groupBy} pairs compared`, fillcolor: COLORS.okFill } });
  }

  const o = diff.overhead;
  const facts = [`overlay ${o.mode.before}${o.mode.before !== o.mode.after ? ` → ${o.mode.after}` : ' (unchanged)'}`];
  for (const b of o.overhead) if (b.before !== b.after) facts.push(`${b.family} overhead ${b.before ?? '-'} → ${b.after ?? '-'} B per packet`);
  for (const m of o.podMtuGroups) facts.push(`pod MTU ${m.before ?? '-'} → ${m.after ?? '-'} on ${m.nodes} node${m.nodes === 1 ? '' : 's'}`);
  if (diff.changes.length > 0) facts.push('changes:', ...diff.changes.slice(0, MAX_CHANGE_LINES).map((c) => `  ${c.what}`));
  if (diff.changes.length > MAX_CHANGE_LINES) facts.push(`  … and ${diff.changes.length - MAX_CHANGE_LINES} more`);
  const mtuChanged = o.podMtuGroups.length > 0 || o.mode.before !== o.mode.after;
  g.nodes.push({ id: 'facts', attrs: { id: 'facts', label: leftLabel(facts.join('\n')), shape: 'note', fillcolor: mtuChanged ? '#fff8e1' : 'white', color: mtuChanged ? COLORS.changed : COLORS.muted } });
  return printDot(g);
}
