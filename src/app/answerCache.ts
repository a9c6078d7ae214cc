import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';
import type { Topology } from '../engine/model/topology';
import type { QuestionInput, QuestionName } from './workers/registry';
import type { QuestionRunner } from './workers/questionPool';
import { topologyKey } from './workers/topologyKey';

/**
 * Serialized answers of stored topology versions, bounded by bytes (least recently used first; lru-cache). A version is
 * immutable, and a question is a pure function of the version and its input, so the answer of (version, question,
 * canonical input, response schema) never changes: it is computed and serialized once — on a worker thread — and
 * every later identical request sends the same bytes without touching the engine or the serializer. The key is the
 * topology object's key (topologyKey: name, version and identity), so a write, which makes a new object, can never
 * be answered from the old version's entries; those age out. Callers look up the topology through the request's
 * principal first (ScopedTopologies), so a token only ever reaches the answers of topologies it may read.
 *
 * Measured under `npm run load` (1,000 nodes, 30,000 pods): a capacity answer (≈660 KB) costs ≈25 ms of CPU to
 * compute and serialize, a cache hit well under 1 ms of the event loop (docs/PERFORMANCE.md).
 */
/**
 * Inputs whose canonical form is longer are not cached (found in review): a POST body of up to the document limit (a
 * traffic matrix) would otherwise sit in the key, and such questions are rarely repeated byte for byte.
 */
const MAX_CACHED_INPUT_CHARS = 64 * 1024;

export class AnswerCache {
  private readonly entries: LRUCache<string, Uint8Array> | null;
  /** Identical questions asked while the first is still computing wait for it instead of computing again. */
  private readonly pending = new Map<string, Promise<Uint8Array>>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly runner: QuestionRunner,
    /** Bytes of answers kept (NETMODEL_ANSWER_CACHE_MB); 0 turns the cache off (every request computes). */
    readonly maxBytes: number,
  ) {
    // One answer may take at most a quarter of the cache, so a few huge answers cannot flush everything else.
    this.entries = maxBytes > 0 ? new LRUCache({ maxSize: maxBytes, maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)), sizeCalculation: (value, key) => value.byteLength + key.length }) : null;
  }

  /** The answer's JSON bytes (serialized by the response schema `schemaId`), from the cache or computed on the runner. */
  async json<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, schemaId: string, signal?: AbortSignal): Promise<Uint8Array> {
    if (!this.entries) return this.runner.askJson(question, topology, input, schemaId, signal);
    const canonical = stableStringify(input ?? null);
    if (canonical.length > MAX_CACHED_INPUT_CHARS) return this.runner.askJson(question, topology, input, schemaId, signal);
    // A fixed-size key: the input is client text (query parameters the route does not read included), so it is hashed
    // rather than kept; a parameter that changes nothing only costs a recomputation, never a wrong answer.
    const key = `${topologyKey(topology)}\n${question}\n${schemaId}\n${createHash('sha256').update(canonical).digest('base64')}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) {
      // Another request's computation: if it fails (its client left, its timeout), this one computes on its own.
      const shared = await inFlight.catch(() => null);
      if (shared) {
        this.hits++;
        return shared;
      }
    }
    this.misses++;
    const computing = this.runner.askJson(question, topology, input, schemaId, signal);
    this.pending.set(key, computing);
    try {
      const bytes = await computing;
      this.entries.set(key, bytes);
      return bytes;
    } finally {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    }
  }

  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0, hits: this.hits, misses: this.misses };
  }

  clear(): void {
    this.entries?.clear();
  }
}
