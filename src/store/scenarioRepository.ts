import type { Topology } from '../engine/model/topology';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from './errors';
import { Prisma, type PrismaClient } from './generated/prisma/client';
import { replaceInTransaction, TX_OPTIONS, type Tx } from './topologyRepository';
import { translatingOutages } from './unavailable';

export type ScenarioStatus = 'open' | 'promoted' | 'discarded';

export interface ScenarioRecord {
  id: string;
  name: string;
  topology: string;
  baseVersion: number;
  description: string;
  /** Validated operations (src/engine/planner), stored as data. */
  operations: unknown[];
  status: ScenarioStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  promotedAt: Date | null;
  promotedVersion: number | null;
}

/** A scenario found before: writes address it by id (names are unique only within a topology); the name is for messages. */
export type ScenarioKey = Pick<ScenarioRecord, 'id' | 'name'>;

const SELECT = {
  id: true,
  name: true,
  baseVersion: true,
  description: true,
  operations: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  promotedAt: true,
  promotedVersion: true,
  topology: { select: { name: true } },
} as const;

type Row = Prisma.ScenarioGetPayload<{ select: typeof SELECT }>;

function toRecord(row: Row): ScenarioRecord {
  const { topology, operations, ...rest } = row;
  return { ...rest, topology: topology.name, operations: operations as unknown[] };
}

const ENTITY = 'scenario';

/** Scenario rows; the planner (src/engine/planner) decides what operations mean, src/app what may be done when. */
export class ScenarioRepository {
  constructor(private readonly prisma: PrismaClient) {}

  create(input: { id: string; name: string; topology: string; baseVersion: number; description: string; operations: unknown[] }): Promise<ScenarioRecord> {
    return translatingOutages(async () => {
      const base = await this.prisma.topology.findUnique({ where: { name: input.topology }, select: { id: true } });
      if (!base) throw new NotFoundError('topology', input.topology);
      try {
        const row = await this.prisma.scenario.create({
          data: { id: input.id, name: input.name, topologyId: base.id, baseVersion: input.baseVersion, description: input.description, operations: input.operations as Prisma.InputJsonValue },
          select: SELECT,
        });
        return toRecord(row);
      } catch (error) {
        // Names are unique per topology ((topologyId, name)), so the conflict is with a scenario of this same topology.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AlreadyExistsError(ENTITY, input.name, `topology "${input.topology}"`);
        throw error;
      }
    });
  }

  list(topology?: string): Promise<ScenarioRecord[]> {
    return translatingOutages(async () =>
      (
        await this.prisma.scenario.findMany({
          where: topology === undefined ? {} : { topology: { name: topology } },
          orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
          select: SELECT,
        })
      ).map(toRecord),
    );
  }

  /**
   * The scenarios of that name: on one topology when `topology` is given (at most one), else on every topology, ordered
   * by topology name. The caller narrows them to the topologies it may see.
   */
  findByName(name: string, topology?: string): Promise<ScenarioRecord[]> {
    return translatingOutages(async () =>
      (
        await this.prisma.scenario.findMany({
          where: topology === undefined ? { name } : { name, topology: { name: topology } },
          orderBy: { topology: { name: 'asc' } },
          select: SELECT,
        })
      ).map(toRecord),
    );
  }

  /** Updates a scenario (by its id) if its version is still `ifVersion`; the version goes up by one. */
  update(scenario: ScenarioKey, ifVersion: number, data: { operations?: unknown[]; baseVersion?: number; status?: ScenarioStatus; description?: string }): Promise<ScenarioRecord> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        const { count } = await tx.scenario.updateMany({
          where: { id: scenario.id, version: ifVersion },
          data: { ...data, operations: data.operations as Prisma.InputJsonValue | undefined, version: { increment: 1 } },
        });
        if (count === 0) throw await missingOrStale(tx, scenario, ifVersion);
        return toRecord(await tx.scenario.findUniqueOrThrow({ where: { id: scenario.id }, select: SELECT }));
      }, TX_OPTIONS),
    );
  }

  /**
   * Promote in one transaction: the baseline is replaced by `fork` only if it is still at the scenario's base version
   * (VersionConflictError otherwise), and the scenario is marked promoted with the version that produced.
   */
  promote(key: ScenarioKey, ifVersion: number, fork: Topology, baseVersion: number, at: Date): Promise<{ scenario: ScenarioRecord; topology: Topology }> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        const scenario = await tx.scenario.findUnique({ where: { id: key.id }, select: SELECT });
        if (!scenario) throw new NotFoundError(ENTITY, key.name);
        if (scenario.version !== ifVersion) throw new VersionConflictError(ENTITY, key.name, ifVersion, scenario.version);
        const topology = await replaceInTransaction(tx, scenario.topology.name, fork, baseVersion);
        const row = await tx.scenario.update({
          where: { id: key.id },
          data: { status: 'promoted', promotedAt: at, promotedVersion: topology.version, version: { increment: 1 } },
          select: SELECT,
        });
        return { scenario: toRecord(row), topology };
      }, TX_OPTIONS),
    );
  }
}

async function missingOrStale(tx: Tx, scenario: ScenarioKey, ifVersion: number): Promise<Error> {
  const row = await tx.scenario.findUnique({ where: { id: scenario.id }, select: { version: true } });
  return row ? new VersionConflictError(ENTITY, scenario.name, ifVersion, row.version) : new NotFoundError(ENTITY, scenario.name);
}
