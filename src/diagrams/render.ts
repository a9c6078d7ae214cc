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

/** Graphviz refused the DOT: always a bug in a diagram builder, never the user's input. */
export class DiagramRenderError extends Error {
  override readonly name = 'DiagramRenderError';
}

/** Lays out and draws `dot` as an SVG document (layout engine `dot` unless the graph says otherwise). */
export async function renderSvg(dot: string, engine: 'dot' | 'neato' | 'fdp' | 'circo' = 'dot'): Promise<string> {
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
