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
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AlreadyExistsError(ENTITY, input.name);
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

  get(name: string): Promise<ScenarioRecord | null> {
    return translatingOutages(async () => {
      const row = await this.prisma.scenario.findUnique({ where: { name }, select: SELECT });
      return row ? toRecord(row) : null;
    });
  }

  /** Updates an open scenario if its version is still `ifVersion`; the version goes up by one. */
  update(name: string, ifVersion: number, data: { operations?: unknown[]; baseVersion?: number; status?: ScenarioStatus; description?: string }): Promise<ScenarioRecord> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        const { count } = await tx.scenario.updateMany({
          where: { name, version: ifVersion },
          data: { ...data, operations: data.operations as Prisma.InputJsonValue | undefined, version: { increment: 1 } },
        });
        if (count === 0) throw await missingOrStale(tx, name, ifVersion);
        return toRecord(await tx.scenario.findUniqueOrThrow({ where: { name }, select: SELECT }));
      }, TX_OPTIONS),
    );
  }

  /**
   * Promote in one transaction: the baseline is replaced by `fork` only if it is still at the scenario's base version
   * (VersionConflictError otherwise), and the scenario is marked promoted with the version that produced.
   */
  promote(name: string, ifVersion: number, fork: Topology, baseVersion: number, at: Date): Promise<{ scenario: ScenarioRecord; topology: Topology }> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        const scenario = await tx.scenario.findUnique({ where: { name }, select: SELECT });
        if (!scenario) throw new NotFoundError(ENTITY, name);
        if (scenario.version !== ifVersion) throw new VersionConflictError(ENTITY, name, ifVersion, scenario.version);
        const topology = await replaceInTransaction(tx, scenario.topology.name, fork, baseVersion);
        const row = await tx.scenario.update({
          where: { name },
          data: { status: 'promoted', promotedAt: at, promotedVersion: topology.version, version: { increment: 1 } },
          select: SELECT,
        });
        return { scenario: toRecord(row), topology };
      }, TX_OPTIONS),
    );
  }
}

async function missingOrStale(tx: Tx, name: string, ifVersion: number): Promise<Error> {
  const row = await tx.scenario.findUnique({ where: { name }, select: { version: true } });
  return row ? new VersionConflictError(ENTITY, name, ifVersion, row.version) : new NotFoundError(ENTITY, name);
}
