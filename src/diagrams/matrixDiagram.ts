/**
 * A reachability matrix as a graph: one box per node group (subnet, zone or node), one arrow per ordered pair of
 * groups, green where every node pair delivers, red (labeled with the disposition and the deciding step) where not.
 */
import { SUCCESS_DISPOSITIONS, type ReachabilityMatrix } from '../engine/trace';
import { newGraph, printDot, wrap } from './dot';
import { BASE_EDGE, BASE_GRAPH, BASE_NODE, COLORS } from './style';

/** Above this many groups only the failing cells are drawn (the title says so). */
const MAX_GROUPS_ALL_CELLS = 12;

export function matrixDiagram(m: ReachabilityMatrix): string {
  const failingOnly = m.groups.length > MAX_GROUPS_ALL_CELLS;
  const failing = m.cells.filter((c) => c.disposition === 'MIXED' || !SUCCESS_DISPOSITIONS.has(c.disposition));
  const title = `pod-to-pod reachability between ${m.groupBy}s (${m.family}): ${m.cells.length - failing.length} of ${m.cells.length} group pairs deliver${failingOnly ? `; only the ${failing.length} failing pairs are drawn (${m.groups.length} groups)` : ''}`;
  const g = newGraph('digraph', 'reachability', { ...BASE_GRAPH, label: title, rankdir: 'LR', nodesep: 0.4 }, BASE_NODE, BASE_EDGE);
  for (const group of m.groups) {
    const self = m.cells.find((c) => c.from === group.name && c.to === group.name);
    const id = `group:${group.name}`;
    g.nodes.push({ id, attrs: { id, label: `${group.name}\n${group.nodes} node${group.nodes === 1 ? '' : 's'}${self ? `\nwithin: ${self.disposition}` : ''}`, fillcolor: self && self.disposition !== 'MIXED' && SUCCESS_DISPOSITIONS.has(self.disposition) ? COLORS.okFill : self ? COLORS.badFill : 'white' } });
  }
  for (const c of failingOnly ? failing : m.cells) {
    if (c.from === c.to) continue;
    const ok = c.disposition !== 'MIXED' && SUCCESS_DISPOSITIONS.has(c.disposition);
    const why = c.outcomes.map((o) => o.decidingStep?.summary).find((s) => s !== undefined && !ok);
    g.edges.push({
      from: `group:${c.from}`,
      to: `group:${c.to}`,
      attrs: { class: ok ? 'cell ok' : 'cell failed', color: ok ? COLORS.ok : COLORS.bad, fontcolor: ok ? COLORS.ok : COLORS.bad, penwidth: ok ? 1 : 2, label: ok ? undefined : wrap(`${c.disposition}${why ? `: ${why}` : ''}`, 40) },
    });
  }
  return printDot(g);
}
