/**
 * A small DOT writer: every diagram builds a `DotGraph` and prints it here, so quoting is done once and right.
 * DOT's quoted strings escape only `"` (and a trailing backslash); `\n`, `\l`, `\r` inside a label are line breaks,
 * so any backslash in our text is doubled first (https://graphviz.org/doc/info/lang.html, "ID" and escString).
 */

/** An attribute value already in DOT syntax (a label with `\l` line ends), printed as is. */
export class DotRaw {
  constructor(readonly text: string) {}
}

export type AttrValue = string | number | boolean | DotRaw;
export type Attrs = Readonly<Record<string, AttrValue | undefined>>;

export interface DotNode {
  readonly id: string;
  readonly attrs: Attrs;
}

export interface DotEdge {
  readonly from: string;
  readonly to: string;
  readonly attrs: Attrs;
}

export interface DotCluster {
  readonly id: string;
  readonly attrs: Attrs;
  readonly nodes: DotNode[];
  readonly clusters: DotCluster[];
}

export interface DotGraph {
  readonly kind: 'digraph' | 'graph';
  readonly name: string;
  readonly graphAttrs: Attrs;
  readonly nodeAttrs: Attrs;
  readonly edgeAttrs: Attrs;
  readonly nodes: DotNode[];
  readonly clusters: DotCluster[];
  readonly edges: DotEdge[];
}

export function newGraph(kind: DotGraph['kind'], name: string, graphAttrs: Attrs = {}, nodeAttrs: Attrs = {}, edgeAttrs: Attrs = {}): DotGraph {
  return { kind, name, graphAttrs, nodeAttrs, edgeAttrs, nodes: [], clusters: [], edges: [] };
}

export function newCluster(id: string, attrs: Attrs): DotCluster {
  return { id: id.startsWith('cluster') ? id : `cluster_${id}`, attrs, nodes: [], clusters: [] };
}

/** Text as a DOT quoted string; line breaks become `\n` (centered) or `\l` (left-justified) as asked. */
export function quote(text: string, justify: 'center' | 'left' = 'center'): string {
  const brk = justify === 'left' ? '\\l' : '\\n';
  const body = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, brk);
  return `"${body}${justify === 'left' ? '\\l' : ''}"`;
}

/** Left-justified multi-line text (every line ends in `\l`), for step and node boxes. */
export function leftLabel(text: string): DotRaw {
  return new DotRaw(quote(text, 'left'));
}

function value(v: AttrValue): string {
  if (v instanceof DotRaw) return v.text;
  return typeof v === 'string' ? quote(v) : String(v);
}

function attrList(attrs: Attrs): string {
  const parts = Object.entries(attrs)
    .filter((e): e is [string, AttrValue] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${value(v)}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}

function printCluster(c: DotCluster, indent: string, out: string[]): void {
  out.push(`${indent}subgraph ${quote(c.id)} {`);
  for (const [k, v] of Object.entries(c.attrs)) if (v !== undefined) out.push(`${indent}  ${k}=${value(v)};`);
  for (const n of c.nodes) out.push(`${indent}  ${quote(n.id)}${attrList(n.attrs)};`);
  for (const sub of c.clusters) printCluster(sub, `${indent}  `, out);
  out.push(`${indent}}`);
}

export function printDot(g: DotGraph): string {
  const out = [`${g.kind} ${quote(g.name)} {`];
  if (Object.keys(g.graphAttrs).length > 0) out.push(`  graph${attrList(g.graphAttrs)};`);
  if (Object.keys(g.nodeAttrs).length > 0) out.push(`  node${attrList(g.nodeAttrs)};`);
  if (Object.keys(g.edgeAttrs).length > 0) out.push(`  edge${attrList(g.edgeAttrs)};`);
  for (const c of g.clusters) printCluster(c, '  ', out);
  for (const n of g.nodes) out.push(`  ${quote(n.id)}${attrList(n.attrs)};`);
  const arrow = g.kind === 'digraph' ? '->' : '--';
  for (const e of g.edges) out.push(`  ${quote(e.from)} ${arrow} ${quote(e.to)}${attrList(e.attrs)};`);
  out.push('}');
  return `${out.join('\n')}\n`;
}

/** Wraps a sentence at word boundaries so node boxes stay narrow. */
export function wrap(text: string, width = 48): string {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.join('\n');
}
