/**
 * DOT → SVG with Graphviz compiled to WebAssembly (@viz-js/viz): no native binary, no network, CommonJS build,
 * runs the same under the CLI, the server and jest. Why this renderer and its cost on a 500-node topology: README.md.
 */
import type { Viz } from '@viz-js/viz';

export type DiagramFormat = 'dot' | 'svg';
export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['dot', 'svg'];

let viz: Promise<Viz> | null = null;

/**
 * The Graphviz instance, compiled once per process (~0.2 s) and reused. The package (5 MB of JavaScript with the
 * WebAssembly inside) is loaded on first use, so commands and requests that draw nothing never pay for it.
 */
function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return viz;
}

/** A picture the answer cannot have in the format asked (too large to lay out, capacity as DOT…): the caller's to change, by its field. */
export class DiagramFormatError extends Error {}

/**
 * The most a picture may hold to be drawn as SVG. Graphviz lays out on the calling thread (the server's event loop too),
 * and labeled edges between peers are what its time grows with, much faster than their number (each label is a node of
 * the layout, each crossing a candidate to minimize): measured on the 2 shared cores of the build machine under load
 * (≈19), a node-level matrix of 90 labeled edges took 1.2 s, 146 edges 1.9 s, 250 edges 7.3 s and 674 edges (30 nodes)
 * over 200 s; a 200-node one ran Graphviz out of WebAssembly memory after ~35 s. The 500-node map grouped by node (509
 * boxes, 508 unlabeled node-to-subnet edges) draws in under a second (README.md), so unlabeled edges and boxes get more
 * room. Larger pictures are refused before any layout; their DOT stays available.
 */
export const MAX_DRAWN = { labeledEdges: 150, edges: 1000, boxes: 1000 } as const;

// The DOT writer (dot.ts) puts one statement per line and quotes every id: `"a" -> "b" [...]` or `"a" [...]`.
const EDGE = /^\s*"(?:[^"\\]|\\.)*" (?:->|--) "[^\n]*/gm;
const BOX = /^\s*"(?:[^"\\]|\\.)*"(?: \[|;)/gm;

function checkDrawable(dot: string): void {
  const edges = dot.match(EDGE) ?? [];
  const labeled = edges.filter((e) => e.includes(' label=') || e.includes('[label=')).length;
  const boxes = dot.match(BOX)?.length ?? 0;
  if (labeled > MAX_DRAWN.labeledEdges || edges.length > MAX_DRAWN.edges || boxes > MAX_DRAWN.boxes) {
    throw new DiagramFormatError(
      `this picture has ${edges.length} edges (${labeled} labeled) and ${boxes} boxes; SVG is drawn up to ${MAX_DRAWN.labeledEdges} labeled edges, ` +
        `${MAX_DRAWN.edges} edges and ${MAX_DRAWN.boxes} boxes (layout time grows much faster than the picture): ` +
        'narrow the question (group by subnet or zone, one group or namespace) or ask for dot and render it with Graphviz (dot -Tsvg)',
    );
  }
}

/** Graphviz refused the DOT: always a bug in a diagram builder, never the user's input. */
export class DiagramRenderError extends Error {
  override readonly name = 'DiagramRenderError';
}

/** Lays out and draws `dot` as an SVG document (layout engine `dot` unless the graph says otherwise); DiagramFormatError above MAX_DRAWN. */
export async function renderSvg(dot: string, engine: 'dot' | 'neato' | 'fdp' | 'circo' = 'dot'): Promise<string> {
  checkDrawable(dot);
  const result = (await graphviz()).render(dot, { format: 'svg', engine });
  if (result.status !== 'success') {
    const errors = result.errors.filter((e) => e.level === 'error').map((e) => e.message.trim());
    throw new DiagramRenderError(`graphviz could not draw the diagram: ${errors.join('; ') || 'unknown error'}`);
  }
  return result.output;
}

/** The diagram in the format asked: the DOT source itself, or its SVG drawing. */
export async function renderAs(dot: string, format: DiagramFormat): Promise<string> {
  return format === 'dot' ? dot : renderSvg(dot);
}

export const CONTENT_TYPES: Readonly<Record<DiagramFormat, string>> = {
  dot: 'text/vnd.graphviz; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
};
