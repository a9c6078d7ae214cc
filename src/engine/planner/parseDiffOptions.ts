/**
 * parseDiffOptions: the boundary for diffTopologies' options as they arrive from an API (JSON). Targets
 * in `pairs` are only checked for shape here; the tracer reports targets it cannot resolve as data, per
 * side, because a pod may exist in one topology and not the other.
 */
import type { DiffOptions } from './diff';
import { compact, Fields } from './fields';
import type { Problem } from './operations';

const FIELDS = ['pairs', 'groupBy', 'packetSize', 'family', 'sections'];

export type ParsedDiffOptions = { readonly ok: true; readonly options: DiffOptions } | { readonly ok: false; readonly problems: readonly Problem[] };

export function parseDiffOptions(value: unknown, path = 'options'): ParsedDiffOptions {
  const problems: Problem[] = [];
  const f = Fields.of(value ?? {}, path, problems, FIELDS);
  if (f === undefined) return { ok: false, problems };
  const pairs = (f.list('pairs', 0, 100) ?? []).flatMap((v, i) => {
    const p = Fields.of(v, `${f.at('pairs')}[${i}]`, problems, ['from', 'to', 'port']);
    if (p === undefined) return [];
    const pair = compact({ from: p.required('from', (k) => p.string(k)) ?? '', to: p.required('to', (k) => p.string(k)) ?? '', port: p.int('port', 1, 65535) });
    return p.ok ? [pair] : [];
  });
  let sections: DiffOptions['sections'];
  if (f.has('sections')) {
    const s = Fields.of(f.raw('sections'), f.at('sections'), problems, ['capacity', 'kubeProxy']);
    sections = s === undefined ? undefined : compact({ capacity: s.bool('capacity'), kubeProxy: s.bool('kubeProxy') });
  }
  const options: DiffOptions = compact({
    pairs: f.has('pairs') ? pairs : undefined,
    groupBy: f.oneOf('groupBy', ['subnet', 'zone', 'node'] as const),
    // The tracer's bounds (src/engine/trace tracer.ts optionErrors): an IP packet of 20–65535 bytes.
    packetSize: f.int('packetSize', 20, 65535),
    family: f.oneOf('family', ['IPv4', 'IPv6'] as const),
    sections,
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
