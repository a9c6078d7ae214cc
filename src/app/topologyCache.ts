import { compileSnapshot, type Snapshot } from '../engine/model/snapshot';
import type { Topology } from '../engine/model/topology';
import type { TopologySummary } from '../store/topologyRepository';

interface Entry {
  readonly topology: Topology;
  snapshot: Snapshot | null;
}

/**
 * Loaded topologies and their compiled snapshots, keyed by name and stamp (row id + version). Loading a 150,000-pod topology
 * takes seconds and compiling it a fraction of one; a question then costs microseconds. Callers check the
 * stored stamp (one indexed row) before using an entry, so a write by another process is never missed,
 * and an entry is replaced as soon as a newer version is seen. Least recently used entries go first.
 */
export class TopologyCache {
  private readonly entries = new Map<string, Entry>();
  /** The list of every topology, for a cache that sees every write (see TopologyService.list); dropped with any entry. */
  private listed: Promise<TopologySummary[]> | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 8) {}

  get(name: string, stamp: string): Topology | null {
    const key = keyOf(name, stamp);
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return null;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.topology;
  }

  /** The entry held for a name, whatever its stamp (`put` keeps one per name), without counting a hit or a miss. */
  private entryFor(name: string): Entry | undefined {
    for (const [key, entry] of this.entries) if (key.startsWith(`${name}@`)) return entry;
    return undefined;
  }

  /** Whether an entry for the name is held (no hit or miss counted). */
  holds(name: string): boolean {
    return this.entryFor(name) !== undefined;
  }

  /** The newest entry for a name, whatever its stamp (for a cache that sees every write: see TopologyService). */
  latest(name: string): Topology | null {
    const entry = this.entryFor(name);
    if (entry === undefined) {
      this.misses++;
      return null;
    }
    this.hits++;
    return entry.topology;
  }

  /**
   * A version about to be written by this process (TopologyService.import), at the version the write will give it: the
   * object `put` receives after the write if it commits as expected. Nothing here; PreparingCache (app.ts) starts the
   * workers' preparation of it, so they prepare while the database write runs.
   */
  writing(_topology: Topology): void {}

  /**
   * The write announced by `writing` did not store that object (it failed, or stored another version), and `current`
   * is what this process holds for the name now, if anything. Nothing here; PreparingCache re-prepares `current`.
   */
  notWritten(_topology: Topology, _current: Topology | null): void {}

  put(topology: Topology, stamp: string): void {
    this.forget(topology.name);
    this.entries.set(keyOf(topology.name, stamp), { topology, snapshot: null });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** The snapshot of a topology this cache holds (compiled on first use), or a fresh compile for one it does not. */
  snapshotOf(topology: Topology): Snapshot {
    const entry = [...this.entries.values()].find((e) => e.topology === topology);
    if (!entry) return compileSnapshot(topology);
    entry.snapshot ??= compileSnapshot(topology);
    return entry.snapshot;
  }

  /**
   * The list, loaded once and kept until a write or a reload of any topology (forget, put, clear) drops it. A load that
   * started before a write is dropped by that write's forget, so it is never kept past it; a failed load is not kept.
   */
  summaries(load: () => Promise<TopologySummary[]>): Promise<TopologySummary[]> {
    if (!this.listed) {
      const loading = load();
      this.listed = loading;
      loading.catch(() => {
        if (this.listed === loading) this.listed = null;
      });
    }
    return this.listed;
  }

  /** Drops the list only (a write elsewhere changed it; the entries are checked by their stamps). */
  dropList(): void {
    this.listed = null;
  }

  clear(): void {
    this.entries.clear();
    this.listed = null;
  }

  forget(name: string): void {
    this.listed = null;
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${name}@`)) this.entries.delete(key);
  }
}

const keyOf = (name: string, stamp: string) => `${name}@${stamp}`;
