/**
 * Topology documents → Topology. The one entry point for every adapter (CLI files, REST bodies, GraphQL
 * inputs): parse at the boundary, report every problem with a path, never throw on bad input.
 */
import type { Topology } from '../engine/model/topology';
import { parsePrefix } from './addresses';
import { compactPolicyModel, type TopologyPolicies } from '../engine/model/policy';
import { collectObjects, type CollectedObjects, type SourceObject } from './collectObjects';
import { convertAdminNetworkPolicy, convertBaselineAdminNetworkPolicy } from './convertAdminNetworkPolicy';
import { convertNamespace } from './convertNamespace';
import { convertNetworkPolicy } from './convertNetworkPolicy';
import { convertWorkload } from './convertWorkload';
import { checkPolicyObjects } from './policyCrossChecks';
import { convertEndpointSlice } from './convertEndpointSlice';
import { convertNode } from './convertNode';
import { convertPod } from './convertPod';
import { convertService } from './convertService';
import { convertTopologyDocument } from './convertTopology';
import { crossCheck, type Converted } from './crossChecks';
import { inferEndpointSlices } from './inferEndpointSlices';
import { hasInferenceSources, inferTopology } from './infer/inferTopology';
import { ProblemCollector, type Problem, type Scope } from './problems';
import { readDocumentText, valueProblem, type DocumentFormat } from './readDocuments';

export type { DocumentFormat } from './readDocuments';

import { DEFAULT_MAX_DOCUMENT_BYTES } from './limits';

export { DEFAULT_MAX_DOCUMENT_BYTES } from './limits';

export interface ParseOptions {
  format?: DocumentFormat | 'auto';
  /** Overrides metadata.name of the Topology document. */
  name?: string;
  maxBytes?: number;
}

export type ParseResult =
  | { ok: true; topology: Topology; warnings: Problem[]; inferences: string[] }
  | { ok: false; errors: Problem[]; warnings: Problem[]; tooLarge?: boolean };

export function parseTopologyDocument(text: string, options: ParseOptions = {}): ParseResult {
  const read = readDocumentText(text, options.format ?? 'auto', options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES);
  if (!read.ok) {
    return read.tooLarge ? { ok: false, errors: read.errors, warnings: [], tooLarge: true } : { ok: false, errors: read.errors, warnings: [] };
  }
  // The documents are this call's own: buildTopology may let go of each raw object once it is converted.
  return buildTopology(read.documents, options, true);
}

/** Already-parsed documents (e.g. a JSON request body): the same checks, minus text syntax. */
export function parseTopologyObjects(objects: unknown[], options: ParseOptions = {}): ParseResult {
  if (!Array.isArray(objects)) {
    return { ok: false, errors: [{ path: 'document', message: 'expected a list of objects' }], warnings: [] };
  }
  for (const [index, object] of objects.entries()) {
    const problem = valueProblem(object, `documents[${index}]`);
    if (problem !== null) return { ok: false, errors: [problem], warnings: [] };
  }
  return buildTopology(objects, options);
}

function buildTopology(input: readonly unknown[], options: ParseOptions, owned = false): ParseResult {
  // A cluster dump without a Topology document, or with component configuration beside one: infer the
  // Topology (src/io/infer; an explicit document wins field by field) and import what inference produced.
  let documents = input;
  const notes: string[] = [];
  // A kubectl List (what `export -o json` writes) counts by its items.
  const hasTopology = listItems(input).some((d) => d !== null && typeof d === 'object' && (d as Record<string, unknown>).kind === 'Topology');
  if (hasInferenceSources(input) || (!hasTopology && hasNodes(input))) {
    const inferred = inferTopology(input, options.name === undefined ? {} : { name: options.name });
    const count = Object.keys(inferred.sources).length;
    if (!hasTopology || count > 0) {
      documents = inferred.documents;
      notes.push(
        hasTopology
          ? `the Topology document was completed from the dump's component configuration (${count} fields; its own fields won; \`netmodel infer\` shows each source)`
          : `no Topology document: inferred one from the dump (${count} fields from the cluster's own configuration; \`netmodel infer\` shows each source)`,
        ...inferred.findings.map((f) => `finding (${f.severity}): ${f.message}`),
        ...inferred.missing.map((m) => `not inferred: ${m.field} — supply ${m.supplyWith}`),
      );
    }
  }
  const sink = new ProblemCollector();
  const collected = collectObjects(documents, sink);
  // Issue 17: the raw documents (≈250 MB for the max-scale document) need not outlive their conversion. From here on
  // the collected lists hold the only references this parse keeps, and each is dropped as its object is converted.
  if (owned || documents !== input) (documents as unknown[]).length = 0;
  if (collected.topology === null) {
    sink.error({ path: 'topology', message: 'no Topology document (apiVersion: netmodel/v1alpha1, kind: Topology) was found' });
  }
  const topologySource = collected.topology;
  const settings = topologySource === null ? null : convertTopologyDocument(topologySource.value, topologySource.scope, options.name);
  const serviceCIDRs = (settings?.serviceCIDRs ?? []).flatMap((text) => {
    const prefix = parsePrefix(text);
    return prefix.ok ? [prefix.value] : [];
  });
  const nodes = convertReleasing(collected.nodes, (source) => convertNode(source.value, source.scope), (raw) => keepStatus(raw, 'addresses'));
  const pods = convertReleasing(
    collected.pods,
    (source) => {
      const result = convertPod(source.value, source.scope);
      return result.kind === 'pod' ? result.pod : null;
    },
    (raw) => keepStatus(raw, 'podIPs'),
  );
  const services = convertReleasing(collected.services, (source) => convertService(source.value, source.scope, { serviceCIDRs }), () => ({}));
  const endpointSlices = convertReleasing(collected.endpointSlices, (source) => convertEndpointSlice(source.value, source.scope), () => ({}));
  const checked = crossCheck({ settings, topologyScope: topologySource?.scope ?? null, nodes, pods, services, endpointSlices });
  const policy = convertPolicyObjects(collected);
  if (sink.errorCount > 0 || settings === null) return { ok: false, errors: sink.errors(), warnings: sink.warnings() };

  const explicitSlices = present(endpointSlices);
  const presentServices = present(services);
  const inferred = inferEndpointSlices({ nodes: checked.nodes, pods: checked.pods, services: presentServices, endpointSlices: explicitSlices });
  const { networkPolicy, ...clusterSettings } = settings;
  const topology: Topology = {
    ...clusterSettings,
    version: 0,
    nodes: checked.nodes,
    pods: checked.pods,
    services: presentServices,
    endpointSlices: [...explicitSlices, ...inferred.slices],
    ...compactPolicyModel({ ...policy, networkPolicy }),
  };
  return { ok: true, topology, warnings: sink.warnings(), inferences: [...notes, ...checked.inferences, ...inferred.inferences] };
}

/**
 * Each object converted in order; its entry in `list` (and in the result) is then replaced by a copy holding only what
 * the cross-checks read from the raw object (crossChecks.ts: the index of an address in `status` for a problem's path),
 * so the raw object can be collected while the rest are converted.
 */
function convertReleasing<T>(list: SourceObject[], convert: (source: SourceObject) => T | null, keep: (raw: Record<string, unknown>) => Record<string, unknown>): Converted<T>[] {
  const out = new Array<Converted<T>>(list.length);
  for (let i = 0; i < list.length; i++) {
    const source = list[i] as SourceObject;
    const value = convert(source);
    const kept: SourceObject = { value: keep(source.value), scope: source.scope, key: source.key };
    list[i] = kept;
    out[i] = { source: kept, value };
  }
  return out;
}

/** `{ status: { [field]: raw.status[field] } }`, read as crossChecks.ts reads it. */
function keepStatus(raw: Record<string, unknown>, field: 'addresses' | 'podIPs'): Record<string, unknown> {
  const status = raw.status;
  return { status: { [field]: status !== null && typeof status === 'object' ? (status as Record<string, unknown>)[field] : undefined } };
}

/** The documents with every List's items in its place. */
function listItems(documents: readonly unknown[]): unknown[] {
  return documents.flatMap((d) => {
    const items = d !== null && typeof d === 'object' ? (d as Record<string, unknown>).items : undefined;
    return Array.isArray(items) ? (items as unknown[]) : [d];
  });
}

function hasNodes(documents: readonly unknown[]): boolean {
  const isNode = (d: unknown) => d !== null && typeof d === 'object' && (d as Record<string, unknown>).kind === 'Node';
  return documents.some((d) => isNode(d) || (d !== null && typeof d === 'object' && ((d as Record<string, unknown>).kind === 'NodeList' || (Array.isArray((d as Record<string, unknown>).items) && ((d as Record<string, unknown>).items as unknown[]).some(isNode)))));
}

/** Namespaces, policies and workloads (convertNamespace.ts, convertNetworkPolicy.ts, convertAdminNetworkPolicy.ts, convertWorkload.ts). */
function convertPolicyObjects(collected: CollectedObjects): Required<Omit<TopologyPolicies, 'networkPolicy'>> {
  const convert = <T>(list: readonly SourceObject[], fn: (raw: unknown, scope: Scope) => T | null): Converted<T>[] =>
    list.map((source) => ({ source, value: fn(source.value, source.scope) }));
  const adminNetworkPolicies = convert(collected.adminNetworkPolicies, convertAdminNetworkPolicy);
  checkPolicyObjects({ ...collected, adminNetworkPolicies });
  return {
    namespaces: present(convert(collected.namespaces, convertNamespace)),
    networkPolicies: present(convert(collected.networkPolicies, convertNetworkPolicy)),
    adminNetworkPolicies: present(adminNetworkPolicies),
    baselineAdminNetworkPolicies: present(convert(collected.baselineAdminNetworkPolicies, convertBaselineAdminNetworkPolicy)),
    workloads: collected.workloads.flatMap((source) => {
      const workload = convertWorkload(source.kind, source.value, source.scope);
      return workload === null ? [] : [workload];
    }),
  };
}

function present<T>(list: readonly Converted<T>[]): T[] {
  return list.flatMap(({ value }) => (value === null ? [] : [value]));
}
