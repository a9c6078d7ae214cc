import { randomUUID } from 'node:crypto';
import type { Topology } from '../engine/model/topology';
import { applyOperations, diffTopologies, parseDiffOptions, parseOperations, type Operation, type ScenarioDiff } from '../engine/planner';
import { policyManifestReader } from '../io/policyManifests';
import type { ScenarioRecord, ScenarioRepository } from '../store/scenarioRepository';
import { AppError, badInput, withAppErrors } from './errors';
import { checkTopologyName } from './topologyService';
import type { TopologySource } from './questions';

/** Policy manifests in operations are read by src/io's validators, the ones documents go through. */
const OPERATIONS = { manifests: policyManifestReader };

/**
 * Which scenario: its name, which is unique within a topology, and that topology when the name is used on several the
 * caller can see (a bare name is enough otherwise).
 */
export type ScenarioRef = string | { readonly name: string; readonly topology?: string };

/** A scenario as the interfaces show it: the stored record plus how it relates to the baseline now. */
export interface ScenarioView extends ScenarioRecord {
  /** The baseline's version now; differs from baseVersion when the baseline moved since the fork (promote then conflicts). */
  currentBaseVersion: number;
  baseMoved: boolean;
}

export interface Evaluation {
  scenario: ScenarioView;
  /** The baseline with the operations applied: every question can be asked of it. */
  fork: Topology;
  notes: readonly string[];
}

export interface RebaseReport {
  scenario: ScenarioView;
  /** Operations that no longer apply on the new baseline, dropped from the scenario, with why. */
  dropped: { index: number; operation: Operation; problems: { path: string; message: string }[] }[];
}

/** Applies operations to a baseline and diffs the two (ScenarioService.whatIf, possibly on a worker thread). */
export type WhatIfRunner = (base: Topology, input: { operations: unknown; options: unknown }) => Promise<{ diff: ScenarioDiff; notes: readonly string[] }>;

/**
 * Scenario lifecycle: create (from a topology at its current version), list, show, add/remove operations, evaluate, diff,
 * discard, promote (one transaction, CONFLICT when the baseline moved since the fork), rebase (re-apply on the new version,
 * reporting what no longer applies). Evaluation never writes the baseline.
 */
export class ScenarioService {
  constructor(
    private readonly repository: ScenarioRepository,
    private readonly topologies: TopologySource,
    private readonly onBaselineWritten: (name: string) => void = () => undefined,
    /** Throws FORBIDDEN when the caller lacks the scope (requests); a no-op for the local CLI. */
    private readonly authorize: (scope: 'read' | 'write') => void = () => undefined,
  ) {}

  private async view(record: ScenarioRecord): Promise<ScenarioView> {
    const base = await this.topologies.get(record.topology);
    return { ...record, currentBaseVersion: base.version, baseMoved: base.version !== record.baseVersion };
  }

  /**
   * The scenario a caller means: a name, unique within its topology, and the topology when the name alone is ambiguous.
   * Only topologies the caller can see count. A scenario on any other topology does not exist for it, and the answer is
   * the same as for a name nobody uses (not "no topology named …", which would name the hidden topology).
   */
  private async record(ref: ScenarioRef): Promise<ScenarioRecord> {
    const { name, topology } = typeof ref === 'string' ? { name: ref, topology: undefined } : ref;
    const missing = () => new AppError('NOT_FOUND', `no scenario named "${name}"${topology === undefined ? '' : ` on topology "${topology}"`}`);
    if (checkTopologyName(name, 'name') !== null) throw missing();
    // A topology named but not visible answers as every route does for it: "no topology named …", hidden or missing alike.
    if (topology !== undefined) await this.topologies.get(topology);
    const visible: ScenarioRecord[] = [];
    for (const record of await withAppErrors(() => this.repository.findByName(name, topology))) {
      if (await this.visible(record.topology)) visible.push(record);
    }
    if (visible.length === 0) throw missing();
    if (visible.length > 1) {
      const on = visible.map((r) => JSON.stringify(r.topology)).join(', ');
      throw badInput([
        { path: 'topology', message: `scenario "${name}" exists on topologies ${on}: name the topology too (REST ?topology=, GraphQL topology:, CLI --topology)` },
      ]);
    }
    return visible[0]!;
  }

  /** Whether the caller can see the topology (it exists and the token is not limited to others). */
  private async visible(topology: string): Promise<boolean> {
    try {
      await this.topologies.get(topology);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }

  private validOperations(value: unknown): Operation[] {
    const parsed = parseOperations(value, 'operations', OPERATIONS);
    if (!parsed.ok) throw badInput(parsed.problems);
    return [...parsed.operations];
  }

  /** Applies and throws BAD_USER_INPUT naming the first operation that does not apply. */
  private apply(base: Topology, operations: readonly Operation[]): { topology: Topology; notes: readonly string[] } {
    const result = applyOperations(base, operations, OPERATIONS);
    if (!result.ok) throw badInput(result.problems);
    return result;
  }

  async create(input: { topology: string; name: string; description?: string; operations?: unknown }): Promise<ScenarioView> {
    this.authorize('write');
    const nameProblem = checkTopologyName(input.name, 'name');
    if (nameProblem) throw badInput([nameProblem]);
    const operations = this.validOperations(input.operations ?? []);
    const base = await this.topologies.get(input.topology);
    this.apply(base, operations);
    const record = await withAppErrors(() =>
      this.repository.create({ id: randomUUID(), name: input.name, topology: input.topology, baseVersion: base.version, description: input.description ?? '', operations }),
    );
    return this.view(record);
  }

  async list(topology?: string): Promise<ScenarioView[]> {
    this.authorize('read');
    if (topology !== undefined) await this.topologies.get(topology);
    const records = await withAppErrors(() => this.repository.list(topology));
    const visible: ScenarioView[] = [];
    for (const r of records) if (await this.visible(r.topology)) visible.push(await this.view(r));
    return visible;
  }

  async get(ref: ScenarioRef): Promise<ScenarioView> {
    this.authorize('read');
    return this.view(await this.record(ref));
  }

  private open(record: ScenarioRecord): void {
    if (record.status !== 'open') throw new AppError('CONFLICT', `scenario "${record.name}" is ${record.status}; only open scenarios change`);
  }

  async addOperations(ref: ScenarioRef, operations: unknown, ifVersion?: number): Promise<ScenarioView> {
    this.authorize('write');
    const record = await this.record(ref);
    this.open(record);
    const added = this.validOperations(operations);
    const all = [...(record.operations as Operation[]), ...added];
    this.apply(await this.topologies.get(record.topology), all);
    return this.view(await withAppErrors(() => this.repository.update(record, ifVersion ?? record.version, { operations: all })));
  }

  async removeOperation(ref: ScenarioRef, index: number, ifVersion?: number): Promise<ScenarioView> {
    this.authorize('write');
    const record = await this.record(ref);
    this.open(record);
    if (!Number.isInteger(index) || index < 0 || index >= record.operations.length) {
      throw badInput([{ path: 'index', message: `scenario "${record.name}" has ${record.operations.length} operations; ${index} is not one of them` }]);
    }
    const rest = record.operations.filter((_, i) => i !== index) as Operation[];
    // Removing an operation can make a later one inapplicable (it used a node the removed one added): refuse then.
    this.apply(await this.topologies.get(record.topology), rest);
    return this.view(await withAppErrors(() => this.repository.update(record, ifVersion ?? record.version, { operations: rest })));
  }

  /** The fork: the current baseline with the operations applied. Reads only. */
  async evaluate(ref: ScenarioRef): Promise<Evaluation> {
    this.authorize('read');
    const record = await this.record(ref);
    const base = await this.topologies.get(record.topology);
    const { topology, notes } = this.apply(base, record.operations as Operation[]);
    return { scenario: await this.view(record), fork: { ...topology, version: base.version }, notes };
  }

  /**
   * The scenario's fork against its baseline. `whatIf` computes it (the server passes its worker pool, which also bounds the
   * work before it starts); by default it runs here.
   */
  async diff(ref: ScenarioRef, options: unknown = {}, whatIf: WhatIfRunner = async (base, input) => ScenarioService.whatIf(base, input.operations, input.options)): Promise<{ scenario: ScenarioView; diff: ScenarioDiff; notes: readonly string[] }> {
    this.authorize('read');
    const parsed = parseDiffOptions(options);
    if (!parsed.ok) throw badInput(parsed.problems);
    const record = await this.record(ref);
    const base = await this.topologies.get(record.topology);
    const { diff, notes } = await whatIf(base, { operations: record.operations, options });
    return { scenario: await this.view(record), diff, notes };
  }

  async discard(ref: ScenarioRef, ifVersion?: number): Promise<ScenarioView> {
    this.authorize('write');
    const record = await this.record(ref);
    this.open(record);
    return this.view(await withAppErrors(() => this.repository.update(record, ifVersion ?? record.version, { status: 'discarded' })));
  }

  /** Writes the fork as the new baseline in one transaction; CONFLICT (with both versions) if the baseline moved since the fork. */
  async promote(ref: ScenarioRef, ifVersion?: number): Promise<{ scenario: ScenarioView; version: number }> {
    this.authorize('write');
    const record = await this.record(ref);
    this.open(record);
    const base = await this.topologies.get(record.topology);
    if (base.version !== record.baseVersion) {
      throw new AppError(
        'CONFLICT',
        `the baseline "${record.topology}" moved from version ${record.baseVersion} to ${base.version} since this scenario was forked; rebase it and review the diff again`,
        { expectedVersion: record.baseVersion, actualVersion: base.version },
      );
    }
    const { topology } = this.apply(base, record.operations as Operation[]);
    const result = await withAppErrors(() => this.repository.promote(record, ifVersion ?? record.version, topology, record.baseVersion, new Date()));
    this.onBaselineWritten(record.topology);
    return { scenario: await this.view(result.scenario), version: result.topology.version };
  }

  /** Re-applies the operations on the baseline's current version, one by one, dropping and reporting those that no longer apply. */
  async rebase(ref: ScenarioRef, ifVersion?: number): Promise<RebaseReport> {
    this.authorize('write');
    const record = await this.record(ref);
    this.open(record);
    const base = await this.topologies.get(record.topology);
    const kept: Operation[] = [];
    const dropped: RebaseReport['dropped'] = [];
    let current = base;
    (record.operations as Operation[]).forEach((operation, index) => {
      const result = applyOperations(current, [operation], OPERATIONS);
      if (result.ok) {
        kept.push(operation);
        current = result.topology;
      } else {
        dropped.push({ index, operation, problems: result.problems.map((p) => ({ path: p.path.replace(/^operations\[0\]/, `operations[${index}]`), message: p.message })) });
      }
    });
    const updated = await withAppErrors(() => this.repository.update(record, ifVersion ?? record.version, { operations: kept, baseVersion: base.version }));
    return { scenario: await this.view(updated), dropped };
  }

  /** Promoted scenarios of a topology: when, and the version each produced. */
  async history(topology: string): Promise<ScenarioView[]> {
    return (await this.list(topology)).filter((s) => s.status === 'promoted');
  }

  /** The stateless form: apply operations to a topology that is not stored (or not changed) and diff, persisting nothing. */
  static whatIf(base: Topology, operations: unknown, options: unknown = {}): { fork: Topology; diff: ScenarioDiff; notes: readonly string[] } {
    const parsed = parseOperations(operations, 'operations', OPERATIONS);
    if (!parsed.ok) throw badInput(parsed.problems);
    const parsedOptions = parseDiffOptions(options);
    if (!parsedOptions.ok) throw badInput(parsedOptions.problems);
    const result = applyOperations(base, parsed.operations, OPERATIONS);
    if (!result.ok) throw badInput(result.problems);
    return { fork: result.topology, diff: diffTopologies(base, result.topology, parsedOptions.options), notes: result.notes };
  }
}
