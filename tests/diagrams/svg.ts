import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { adhocSubject, type Subject } from '../../src/app/questions';
import { validateDocument } from '../../src/app/topologyService';

const ROOT = join(__dirname, '..', '..');

/** An example topology of the repository as a question subject (no database). */
export function example(name: string): Subject {
  const outcome = validateDocument(readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8'), { maxBytes: 10_000_000 });
  assert.ok(outcome.topology, `${name} is valid`);
  return adhocSubject(outcome.topology);
}

export interface SvgElement {
  readonly tag: string;
  readonly id: string | null;
  readonly classes: readonly string[];
  /** Every text under the element, joined by newlines. */
  readonly text: string;
}

/** Parses an SVG document (fails the test when it is not well-formed XML) and lists its elements that carry an id or a class. */
export function parseSvg(svg: string): { elements: SvgElement[]; byId: Map<string, SvgElement>; text: string } {
  const valid = XMLValidator.validate(svg);
  assert.equal(valid, true, `SVG is not well-formed: ${JSON.stringify(valid)}`);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, processEntities: true, htmlEntities: true }).parse(svg) as unknown[];
  const elements: SvgElement[] = [];
  const texts = (node: unknown): string[] => {
    if (Array.isArray(node)) return node.flatMap(texts);
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node).flatMap(([k, v]) => (k === '#text' ? [String(v)] : k === ':@' ? [] : texts(v)));
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const attrs = ((node as Record<string, unknown>)[':@'] ?? {}) as Record<string, string>;
    for (const [tag, children] of Object.entries(node)) {
      if (tag === ':@' || tag === '#text') continue;
      if (attrs['@id'] !== undefined || attrs['@class'] !== undefined) {
        elements.push({ tag, id: attrs['@id'] ?? null, classes: (attrs['@class'] ?? '').split(/\s+/).filter(Boolean), text: texts(children).join('\n') });
      }
      walk(children);
    }
  };
  walk(tree);
  return { elements, byId: new Map(elements.filter((e) => e.id !== null).map((e) => [e.id!, e])), text: texts(tree).join('\n') };
}
