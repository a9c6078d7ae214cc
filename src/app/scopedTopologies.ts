import type { Topology } from '../engine/model/topology';
import type { DocumentFormat } from '../io/parseTopology';
import type { TopologySummary } from '../store/topologyRepository';
import { canSee, requireScope, type Principal } from './auth';
import { AppError } from './errors';
import type { TopologyCache } from './topologyCache';
import type { ImportOptions, ImportOutcome, TopologyService, ValidationOutcome } from './topologyService';

/**
 * The topology use cases as one principal may use them: reads need scope read, writes scope write, and a token limited to
 * some topologies sees nothing else — lists are filtered and other names answer NOT_FOUND (not FORBIDDEN), so names do
 * not leak. Every interface goes through this for requests; only the local CLI uses the service unrestricted.
 */
export class ScopedTopologies {
  constructor(
    private readonly service: TopologyService,
    readonly principal: Principal,
  ) {}

  /** For questions that read no topology (max-pods, a plan without one): the scope is still required. */
  require(scope: 'read' | 'write' | 'admin'): void {
    requireScope(this.principal, scope);
  }

  get cache(): TopologyCache {
    return this.service.cache;
  }

  async list(): Promise<TopologySummary[]> {
    requireScope(this.principal, 'read');
    return (await this.service.list()).filter((t) => canSee(this.principal, t.name));
  }

  async find(name: string): Promise<Topology | null> {
    requireScope(this.principal, 'read');
    return canSee(this.principal, name) ? this.service.find(name) : null;
  }

  async get(name: string): Promise<Topology> {
    const topology = await this.find(name);
    if (!topology) throw new AppError('NOT_FOUND', `no topology named "${name}"`);
    return topology;
  }

  validate(document: string, options: { format?: DocumentFormat; name?: string } = {}): ValidationOutcome {
    requireScope(this.principal, 'read');
    return this.service.validate(document, options);
  }

  async import(document: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    requireScope(this.principal, 'write');
    if (this.principal.topologies.length > 0) {
      const outcome = this.service.validate(document, options);
      const name = outcome.topology?.name;
      if (name !== undefined && !canSee(this.principal, name)) {
        throw new AppError('FORBIDDEN', `this token may write only ${this.principal.topologies.join(', ')}`);
      }
    }
    return this.service.import(document, options);
  }

  async delete(name: string, ifVersion?: number): Promise<void> {
    requireScope(this.principal, 'write');
    if (!canSee(this.principal, name)) throw new AppError('NOT_FOUND', `no topology named "${name}"`);
    return this.service.delete(name, ifVersion);
  }

  async export(name: string, format: DocumentFormat): Promise<string> {
    requireScope(this.principal, 'read');
    if (!canSee(this.principal, name)) throw new AppError('NOT_FOUND', `no topology named "${name}"`);
    return this.service.export(name, format);
  }
}
