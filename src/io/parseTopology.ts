/**
 * Topology documents → Topology. The one entry point for every adapter (CLI files, REST bodies, GraphQL
 * inputs): parse at the boundary, report every problem with a path, never throw on bad input.
 */
import type { ClusterNode, EndpointSlice, Pod, Service, Topology } from '../engine/model/topology';
import { parsePrefix } from './addresses';
import { collectObjects } from './collectObjects';
import { convertEndpointSlice } from './convertEndpointSlice';
import { convertNode } from './convertNode';
import { convertPod } from './convertPod';
import { convertService } from './convertService';
import { convertTopologyDocument } from './convertTopology';
import { crossCheck, type Converted } from './crossChecks';
import { inferEndpointSlices } from './inferEndpointSlices';
import { ProblemCollector, type Problem } from './problems';
import { readDocumentText, valueProblem, type DocumentFormat } from './readDocuments';

export type { DocumentFormat } from './readDocuments';

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

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
  return buildTopology(read.documents, options);
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

function buildTopology(documents: readonly unknown[], options: ParseOptions): ParseResult {
  const sink = new ProblemCollector();
  const collected = collectObjects(documents, sink);
  if (collected.topology === null) {
    sink.error({ path: 'topology', message: 'no Topology document (apiVersion: netmodel/v1alpha1, kind: Topology) was found' });
  }
  const topologySource = collected.topology;
  const settings = topologySource === null ? null : convertTopologyDocument(topologySource.value, topologySource.scope, options.name);
  const serviceCIDRs = (settings?.serviceCIDRs ?? []).flatMap((text) => {
    const prefix = parsePrefix(text);
    return prefix.ok ? [prefix.value] : [];
  });
  const nodes: Converted<ClusterNode>[] = collected.nodes.map((source) => ({ source, value: convertNode(source.value, source.scope) }));
  const pods: Converted<Pod>[] = collected.pods.map((source) => {
    const result = convertPod(source.value, source.scope);
    return { source, value: result.kind === 'pod' ? result.pod : null };
  });
  const services: Converted<Service>[] = collected.services.map((source) => ({
    source,
    value: convertService(source.value, source.scope, { serviceCIDRs }),
  }));
  const endpointSlices: Converted<EndpointSlice>[] = collected.endpointSlices.map((source) => ({
    source,
    value: convertEndpointSlice(source.value, source.scope),
  }));
  const checked = crossCheck({ settings, topologyScope: topologySource?.scope ?? null, nodes, pods, services, endpointSlices });
  if (sink.errorCount > 0 || settings === null) return { ok: false, errors: sink.errors(), warnings: sink.warnings() };

  const explicitSlices = present(endpointSlices);
  const presentServices = present(services);
  const inferred = inferEndpointSlices({ nodes: checked.nodes, pods: checked.pods, services: presentServices, endpointSlices: explicitSlices });
  const topology: Topology = {
    ...settings,
    version: 0,
    nodes: checked.nodes,
    pods: checked.pods,
    services: presentServices,
    endpointSlices: [...explicitSlices, ...inferred.slices],
  };
  return { ok: true, topology, warnings: sink.warnings(), inferences: [...checked.inferences, ...inferred.inferences] };
}

function present<T>(list: readonly Converted<T>[]): T[] {
  return list.flatMap(({ value }) => (value === null ? [] : [value]));
}
