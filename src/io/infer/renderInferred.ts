/**
 * An InferResult as text. YAML: multi-document, the Topology first with a comment above every inferred key
 * naming its source, the findings and missing fields as a comment block at the top (so the output imports as
 * is). JSON: a kubectl List of the same documents with `sources`, `missing` and `findings` beside `items`
 * (importers of Lists read `items` only, so it imports as is too).
 */
import * as YAML from 'yaml';
import type { InferResult } from './inferTopology';

export function renderInferred(result: InferResult, format: 'yaml' | 'json'): string {
  if (format === 'json') {
    return `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: result.documents, sources: result.sources, missing: result.missing, findings: result.findings }, null, 2)}\n`;
  }
  const [topology, ...objects] = result.documents;
  const document = new YAML.Document(topology, { version: '1.1' });
  for (const [path, source] of Object.entries(result.sources)) {
    if (!path.startsWith('spec.') && path !== 'metadata.name') continue;
    const parts = path.split('.');
    const parent = document.getIn(parts.slice(0, -1));
    if (!YAML.isMap(parent)) continue;
    const pair = parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === parts[parts.length - 1]);
    if (pair === undefined || !YAML.isScalar(pair.key)) continue;
    pair.key.commentBefore = ` from ${source}`;
  }
  const header = [
    ' Inferred by `netmodel infer` from a cluster dump. Every inferred key names its source in a comment above it.',
    ...(result.explicit ? [' The input had its own Topology document: its fields win over inference.'] : []),
    ...(result.findings.length === 0 ? [] : [' Findings:', ...result.findings.map((f) => `   ${f.severity}: ${f.message}`)]),
    ...(result.missing.length === 0 ? [] : [' Not inferred (defaults apply until supplied):', ...result.missing.map((m) => `   ${m.field}: ${m.supplyWith}`)]),
  ];
  document.commentBefore = header.join('\n');
  const rest = objects.map((object) => YAML.stringify(object, { version: '1.1' }));
  return [document.toString({ lineWidth: 0 }), ...rest].join('---\n');
}
