import type { Topology } from '../engine/model/topology';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from './errors';
import { topologyFromRows } from './fromRows';
import { Prisma, type PrismaClient } from './generated/prisma/client';
import type * as Row from './generated/prisma/client';
import { readdirSync } from 'node:fs';
import { CHILD_ROW_BUILDERS, topologyColumns, type ChildRows } from './toRows';
import { DEFAULT_MIGRATIONS_DIR } from './migrate';
import { decodeSnapshot, encodeKeptSnapshot, encodeSnapshot, snapshotFormat } from './topologySnapshot';
import { translatingOutages } from './unavailable';

export interface TopologySummary {
  name: string;
  description: string;
  version: number;
  nodeCount: number;
  podCount: number;
  serviceCount: number;
  createdAt: Date;
  updatedAt: Date;
}

type Tx = Prisma.TransactionClient;

/** A stored topology and its stamp (`${id}.${version}`, as TopologyRepository.stamp gives it). */
/** The stamp of a stored version: row id and version (a name deleted and created again gets a new id). */
function stampOf(id: number, version: number): string {
  return `${id}.${version}`;
}

export interface Stamped {
  topology: Topology;
  stamp: string;
}

const ENTITY = 'topology';

// A 30,000-pod topology takes a few seconds to write on a busy machine; Prisma's default interactive-
// transaction timeout (5 s) would abort a larger one halfway. maxWait covers PGlite, which runs one transaction at a time.
const TX_OPTIONS = { timeout: 120_000, maxWait: 60_000 } as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Topology ⇄ rows, nothing else: no validation, no domain logic (src/engine and src/io own those).
 * Every method is one transaction, so a failed call persists nothing, and outages surface as
 * DatabaseUnavailableError. Versions implement optimistic concurrency: a replace or delete with
 * `ifVersion` succeeds only if the stored version is still that one, checked by the UPDATE/DELETE
 * itself (`WHERE version = $n`), so two concurrent writers cannot both win.
 */
export class TopologyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Every stored topology, ordered by name. */
  list(): Promise<TopologySummary[]> {
    return translatingOutages(async () => {
      const rows = await this.prisma.topology.findMany({
        orderBy: { name: 'asc' },
        select: {
          name: true,
          description: true,
          version: true,
          createdAt: true,
          updatedAt: true,
          _count: { select: { nodes: true, pods: true, services: true } },
        },
      });
      return rows.map(({ _count, ...r }) => ({ ...r, nodeCount: _count.nodes, podCount: _count.pods, serviceCount: _count.services }));
    });
  }

  /**
   * A stamp that changes whenever the stored topology does (row id and version: a topology deleted and created again
   * restarts at version 1 but gets a new id), read from one indexed row, so callers can reuse a cached copy safely.
   */
  stamp(name: string): Promise<string | null> {
    return translatingOutages(async () => {
      const row = await this.prisma.topology.findUnique({ where: { name }, select: { id: true, version: true } });
      return row ? stampOf(row.id, row.version) : null;
    });
  }

  /**
   * The whole topology and its stamp, read in one transaction: from its persisted snapshot when there is one for this
   * version (one row), else from the rows, after which the snapshot is written for the next cold load.
   */
  async getStamped(name: string): Promise<Stamped | null> {
    const loaded = await translatingOutages(() =>
      // REPEATABLE READ: the reads see one snapshot even while a replace commits in between.
      this.prisma.$transaction(
        async (tx) => {
          const topology = await tx.topology.findUnique({ where: { name } });
          if (topology === null) return null;
          const stamp = stampOf(topology.id, topology.version);
          const fromSnapshot = await readSnapshot(tx, topology.id, topology.version);
          if (fromSnapshot !== null) return { topology: fromSnapshot, id: topology.id, stamp, fromRows: false };
          return { topology: topologyFromRows({ topology, ...(await readChildren(tx, topology.id)) }), id: topology.id, stamp, fromRows: true };
        },
        { ...TX_OPTIONS, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      ),
    );
    if (loaded === null) return null;
    // Outside the read transaction: a write there could fail the read with a serialization error under REPEATABLE READ.
    // By the row id read above, not the name: a delete and re-create under the same name in between makes a new id
    // (at version 1 again), whose snapshot this reader's older content must not replace.
    if (loaded.fromRows) await rememberSnapshot(this.prisma, loaded.topology, loaded.id);
    return { topology: loaded.topology, stamp: loaded.stamp };
  }

  /** The whole topology, every list in stored order; null if there is none by that name. */
  async get(name: string): Promise<Topology | null> {
    return (await this.getStamped(name))?.topology ?? null;
  }

  /** Stores a new topology at version 1 (whatever `t.version` says). AlreadyExistsError if the name is taken. */
  async create(t: Topology): Promise<Topology> {
    return (await this.createStamped(t)).topology;
  }

  /**
   * `create`, with the stamp of the stored version (the string `stamp` and `getStamped` give), so a caller can cache what
   * it wrote without reading it back. A `t` that already says version 1 is returned itself (not a copy): an object the
   * caller prepared before the write (TopologyService.import) is then the object it caches after. `snapshot`: the bytes
   * `encodeSnapshot(t)` gave the caller, stored instead of encoding `t` again (only when `t` is the stored object).
   */
  createStamped(t: Topology, snapshot?: Buffer): Promise<Stamped> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        let id: number;
        try {
          ({ id } = await tx.topology.create({ data: { ...topologyColumns(t), version: 1 }, select: { id: true } }));
        } catch (error) {
          throw isUniqueViolation(error) ? new AlreadyExistsError(ENTITY, t.name) : error;
        }
        await insertChildren(tx, t, id);
        const stored = atVersion(t, 1);
        await writeStoredSnapshot(tx, t, stored, id, snapshot);
        return { topology: stored, stamp: stampOf(id, 1) };
      }, TX_OPTIONS),
    );
  }

  /**
   * Replaces everything stored under `name` with `t` and bumps the version. `t.name` may differ from
   * `name` (a rename; AlreadyExistsError if it is taken). NotFoundError if `name` does not exist,
   * VersionConflictError if `ifVersion` is given and the stored version differs.
   */
  async replace(name: string, t: Topology, ifVersion?: number): Promise<Topology> {
    return (await this.replaceStamped(name, t, ifVersion)).topology;
  }

  /**
   * `replace`, with the stamp of the stored version; a `t` that already says the new version is returned itself, and
   * `snapshot` is stored for it as in createStamped.
   */
  replaceStamped(name: string, t: Topology, ifVersion?: number, snapshot?: Buffer): Promise<Stamped> {
    return translatingOutages(() => this.prisma.$transaction((tx) => replaceStampedInTransaction(tx, name, t, ifVersion, snapshot), TX_OPTIONS));
  }

  delete(name: string, ifVersion?: number): Promise<void> {
    return translatingOutages(() =>
      this.prisma.$transaction(async (tx) => {
        const { count } = await tx.topology.deleteMany({ where: { name, ...(ifVersion === undefined ? {} : { version: ifVersion }) } });
        if (count === 0) throw await missingOrConflict(tx, name, ifVersion);
      }, TX_OPTIONS),
    );
  }
}

async function missingOrConflict(tx: Tx, name: string, ifVersion: number | undefined): Promise<Error> {
  const current = await tx.topology.findUnique({ where: { name }, select: { version: true } });
  if (current === null || ifVersion === undefined) return new NotFoundError(ENTITY, name);
  return new VersionConflictError(ENTITY, name, ifVersion, current.version);
}

/**
 * The child rows of one topology. The small tables go through Prisma; the big ones (nodes, pods, Services,
 * EndpointSlices and their children: 150,000 pods and 100,000 endpoints at the Kubernetes envelope) are read
 * with one wide query each — the table as one JSON array of positional rows, built by Postgres and parsed by
 * one `JSON.parse` — instead of Prisma's per-row result mapping (issue 17: a cold load of the 150,000-pod
 * topology spent 18.6 s, mostly in GC, pg's per-row parsing of inet arrays and Prisma's mapping). inet values
 * come as the same text Postgres prints (fromRows.ts canonicalizes them); no column of these tables has a
 * mapped enum or a BigInt, so the objects have exactly the shape of Prisma's rows.
 */
async function readChildren(tx: Tx, topologyId: number) {
  const where = { topologyId };
  const byOrdinal = { ordinal: 'asc' } as const;
  return {
    underlaySubnets: await tx.underlaySubnet.findMany({ where, orderBy: byOrdinal }),
    underlayRoutes: await tx.underlayRoute.findMany({ where, orderBy: byOrdinal }),
    externalNetworks: await tx.externalNetwork.findMany({ where, orderBy: byOrdinal }),
    nodeRouteTables: await tx.nodeRouteTable.findMany({ where, orderBy: byOrdinal }),
    nodeRoutes: await tx.nodeRoute.findMany({ where, orderBy: [{ tableOrdinal: 'asc' }, byOrdinal] }),
    nodes: await readWide<Row.Node>(tx, topologyId, 'Node', NODE_COLUMNS, ['ordinal']),
    pods: await readWide<Row.Pod>(tx, topologyId, 'Pod', POD_COLUMNS, ['ordinal']),
    services: await readWide<Row.Service>(tx, topologyId, 'Service', SERVICE_COLUMNS, ['ordinal']),
    servicePorts: await readWide<Row.ServicePort>(tx, topologyId, 'ServicePort', SERVICE_PORT_COLUMNS, ['serviceOrdinal', 'ordinal']),
    endpointSlices: await readWide<Row.EndpointSlice>(tx, topologyId, 'EndpointSlice', SLICE_COLUMNS, ['ordinal']),
    endpoints: await readWide<Row.Endpoint>(tx, topologyId, 'Endpoint', ENDPOINT_COLUMNS, ['sliceOrdinal', 'ordinal']),
    endpointSlicePorts: await readWide<Row.EndpointSlicePort>(tx, topologyId, 'EndpointSlicePort', SLICE_PORT_COLUMNS, ['sliceOrdinal', 'ordinal']),
    namespaces: await tx.namespace.findMany({ where, orderBy: byOrdinal }),
    networkPolicies: await tx.networkPolicy.findMany({ where, orderBy: byOrdinal }),
    adminPolicies: await tx.adminNetworkPolicy.findMany({ where, orderBy: [{ tier: 'asc' }, byOrdinal] }),
    workloads: await tx.workload.findMany({ where, orderBy: byOrdinal }),
  };
}

// Column lists typed against Prisma's row types, so a schema change that adds a column fails to compile here.
type Columns<R> = readonly (keyof R & string)[];
const NODE_COLUMNS: Columns<Row.Node> = ['topologyId', 'ordinal', 'name', 'internalIPs', 'externalIPs', 'subnet', 'podCIDRs', 'labels', 'mtu', 'maxPods'];
const POD_COLUMNS: Columns<Row.Pod> = ['topologyId', 'ordinal', 'namespace', 'name', 'nodeName', 'ips', 'hostNetwork', 'labels', 'ports', 'ready', 'ownerApiVersion', 'ownerKind', 'ownerName'];
const SERVICE_COLUMNS: Columns<Row.Service> = [
  'topologyId', 'ordinal', 'namespace', 'name', 'type', 'clusterIPs', 'headless', 'selector', 'externalIPs', 'loadBalancerIPs',
  'loadBalancerSourceRanges', 'externalName', 'sessionAffinity', 'sessionAffinityTimeoutSeconds', 'externalTrafficPolicy',
  'internalTrafficPolicy', 'healthCheckNodePort', 'ipFamilies', 'ipFamilyPolicy', 'publishNotReadyAddresses', 'labels',
];
const SERVICE_PORT_COLUMNS: Columns<Row.ServicePort> = ['topologyId', 'serviceOrdinal', 'ordinal', 'name', 'protocol', 'port', 'targetPortNumber', 'targetPortName', 'nodePort', 'appProtocol'];
const SLICE_COLUMNS: Columns<Row.EndpointSlice> = ['topologyId', 'ordinal', 'namespace', 'name', 'serviceName', 'addressType', 'inferred'];
const ENDPOINT_COLUMNS: Columns<Row.Endpoint> = ['topologyId', 'sliceOrdinal', 'ordinal', 'addresses', 'ready', 'serving', 'terminating', 'nodeName', 'zone', 'hostname', 'targetPodNamespace', 'targetPodName'];
const SLICE_PORT_COLUMNS: Columns<Row.EndpointSlicePort> = ['topologyId', 'sliceOrdinal', 'ordinal', 'name', 'protocol', 'port', 'appProtocol'];

async function readWide<R>(tx: Tx, topologyId: number, table: string, columns: Columns<R>, orderBy: readonly string[]): Promise<R[]> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const order = orderBy.map((c) => `"${c}"`).join(', ');
  const rows = await tx.$queryRawUnsafe<{ j: string }[]>(`SELECT coalesce(json_agg(json_build_array(${list}) ORDER BY ${order}), '[]')::text AS j FROM "${table}" WHERE "topologyId" = $1`, topologyId);
  const arrays = JSON.parse(rows[0]!.j) as unknown[][];
  const out = new Array<R>(arrays.length);
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i]!;
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) o[columns[c]!] = a[c];
    out[i] = o as R;
  }
  return out;
}

async function deleteChildren(tx: Tx, topologyId: number): Promise<void> {
  const where = { topologyId };
  // Parents only: their own children go by ON DELETE CASCADE (ServicePort, Endpoint, EndpointSlicePort, NodeRoute).
  await tx.underlaySubnet.deleteMany({ where });
  await tx.underlayRoute.deleteMany({ where });
  await tx.externalNetwork.deleteMany({ where });
  await tx.nodeRouteTable.deleteMany({ where });
  await tx.node.deleteMany({ where });
  await tx.pod.deleteMany({ where });
  await tx.service.deleteMany({ where });
  await tx.endpointSlice.deleteMany({ where });
  await tx.namespace.deleteMany({ where });
  await tx.networkPolicy.deleteMany({ where });
  await tx.adminNetworkPolicy.deleteMany({ where });
  await tx.workload.deleteMany({ where });
}

/** Insertion order: every table before the tables whose foreign keys point at it. */
const CHILD_TABLES = [
  'UnderlaySubnet',
  'UnderlayRoute',
  'ExternalNetwork',
  'NodeRouteTable',
  'NodeRoute',
  'Node',
  'Pod',
  'Service',
  'ServicePort',
  'EndpointSlice',
  'Endpoint',
  'EndpointSlicePort',
  'Namespace',
  'NetworkPolicy',
  'AdminNetworkPolicy',
  'Workload',
] as const satisfies readonly (keyof ChildRows)[];

/**
 * One INSERT per table, the rows sent as a single JSON parameter and expanded by json_populate_recordset.
 * Measured with 30,000 pods (1,000 nodes): Prisma's createMany took 12 s on PGlite and on Postgres alike
 * (it sends 11 statements of up to 32,767 bind parameters); this takes about 1 s on PGlite and 0.6 s on
 * Postgres. json (not jsonb) input keeps label key order. Table and
 * column names come from this file, never from input; tables resolve through search_path, which
 * openDatabase sets to the configured schema.
 */
async function insertChildren(tx: Tx, t: Topology, topologyId: number): Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve();
  for (const table of CHILD_TABLES) {
    // One table's rows at a time (toRows.ts CHILD_ROW_BUILDERS).
    const data: readonly object[] = CHILD_ROW_BUILDERS[table](t, topologyId);
    const first = data[0];
    if (first === undefined) continue;
    const columns = Object.keys(first)
      .map((column) => `"${column}"`)
      .join(', ');
    const sql = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
    for (let start = 0; start < data.length; start += INSERT_BATCH_ROWS) {
      // This batch's JSON is built while the database runs the statement before (on Postgres this thread was idle then:
      // ≈30% of `netmodel import`'s wall time at the envelope, issue 17); the statements still run one after another.
      const json = JSON.stringify(data.slice(start, start + INSERT_BATCH_ROWS));
      await inFlight;
      // Prisma's promises start when awaited or `then`ed: Promise.resolve starts this one now. Nothing yields between here and
      // the `await` above or below, so a failure always meets its handler.
      inFlight = Promise.resolve(tx.$executeRawUnsafe(sql, json));
    }
  }
  await inFlight;
}

/**
 * Rows per INSERT. One statement per table sent 150,000 pods as one ≈50 MB parameter, which the embedded database's
 * WebAssembly memory grew to hold (and never gives back: +460 MB RSS for the max-scale import). Smaller statements
 * also matter on the JavaScript side: Prisma's debug module keeps the arguments of its last 100 debug calls whether or
 * not debugging is on (@prisma/debug `argsHistory`), among them each raw statement's query plan with its parameters
 * (the batch's JSON and that JSON again as a JSON string), so the last ≈30 statements' parameters stay alive (issue 17:
 * ≈115 MB with 10,000 rows). 1,000 rows (≈0.35 MB of pod JSON) keep that near 25 MB, for ≈400 statements at the envelope.
 */
const INSERT_BATCH_ROWS = 1_000;

/** `replace` inside a caller's transaction (a scenario's promote writes the topology and the scenario together). */
export async function replaceInTransaction(tx: Tx, name: string, t: Topology, ifVersion?: number): Promise<Topology> {
  return (await replaceStampedInTransaction(tx, name, t, ifVersion)).topology;
}

/** `replaceInTransaction`, with the stamp the version will have once the caller's transaction commits. */
export async function replaceStampedInTransaction(tx: Tx, name: string, t: Topology, ifVersion?: number, snapshot?: Buffer): Promise<Stamped> {
    let updated: { id: number; version: number }[];
    try {
      updated = await tx.topology.updateManyAndReturn({
        where: { name, ...(ifVersion === undefined ? {} : { version: ifVersion }) },
        data: { ...topologyColumns(t), version: { increment: 1 } },
        select: { id: true, version: true },
      });
    } catch (error) {
      throw isUniqueViolation(error) ? new AlreadyExistsError(ENTITY, t.name) : error;
    }
    const row = updated[0];
    if (row === undefined) throw await missingOrConflict(tx, name, ifVersion);
    // Children are rewritten whole: a topology is one document, and diffing rows would cost more
    // than writing them (createMany) for no gain.
    await deleteChildren(tx, row.id);
    await insertChildren(tx, t, row.id);
    const stored = atVersion(t, row.version);
    // In the same transaction as the rows: a committed version has its snapshot, a failed write leaves neither.
    await writeStoredSnapshot(tx, t, stored, row.id, snapshot);
    return { topology: stored, stamp: stampOf(row.id, row.version) };
}

/**
 * `t` at `version`: `t` itself when it says so already (the caller's object, prepared before the write, is what it caches
 * after), else a copy. Either way it is the content the snapshot stores, so it equals what a later load returns
 * (tests/store/writeThrough.test.ts).
 */
function atVersion(t: Topology, version: number): Topology {
  return t.version === version ? t : { ...t, version };
}

let format: string | undefined;
/** This code's snapshot format: the codec and the newest migration it knows (topologySnapshot.ts). */
function currentFormat(): string {
  if (format === undefined) {
    let latest = 'none';
    try {
      latest = readdirSync(DEFAULT_MIGRATIONS_DIR).filter((n) => /^\d{14}_/.test(n)).sort().at(-1) ?? 'none';
    } catch {
      // No migrations folder: this code reads and writes its snapshots under 'none'.
    }
    format = snapshotFormat(latest);
  }
  return format;
}

/** The topology decoded from its snapshot row, if that row is of this version and this code's format and decodes. */
async function readSnapshot(tx: Tx, topologyId: number, version: number): Promise<Topology | null> {
  // As base64 text, decoded by Buffer (native): PGlite hands bytea over as hex text and parses it in JavaScript one
  // character pair at a time, 1.9 s of a 2.4 s cold load for the 6 MB snapshot of the 150,000-pod topology.
  const rows = await tx.$queryRawUnsafe<{ data: string }[]>(
    `SELECT encode("data", 'base64') AS data FROM "TopologySnapshot" WHERE "topologyId" = $1 AND "version" = $2 AND "format" = $3`,
    topologyId,
    version,
    currentFormat(),
  );
  const row = rows[0];
  if (row === undefined) return null;
  // Node's base64 decoder skips the line breaks Postgres puts every 76 characters.
  const topology = decodeSnapshot(Buffer.from(row.data, 'base64'));
  // A snapshot row holds its own version's JSON (writeSnapshot), so the decoded object is returned itself, with its bytes
  // (snapshotBytesOf); a copy would lose them.
  if (topology === null || topology.version === version) return topology;
  return { ...topology, version };
}

/**
 * The snapshot of a write's `stored` object: the caller's `t` itself, with the bytes the caller encoded for it if any (a
 * caller's object without them is encoded and not marked: the caller may change it later), or `atVersion`'s fresh copy,
 * which nobody else holds yet: its bytes are kept with it (snapshotBytesOf), so the worker pool shares them instead of
 * encoding the version again (an import whose stored version moved, a promote, a rename).
 */
async function writeStoredSnapshot(tx: Tx, t: Topology, stored: Topology, topologyId: number, snapshot: Buffer | undefined): Promise<void> {
  await writeSnapshot(tx, stored, { topologyId }, stored === t ? snapshot : await encodeKeptSnapshot(stored));
}

/**
 * Upserts the snapshot of `t` at `t.version` (`bytes`, when the caller encoded it already), only while the topology row
 * has that version, and never over a newer snapshot: a reader's lazy write that a replace overtook changes nothing.
 */
async function writeSnapshot(db: Tx | PrismaClient, t: Topology, where: { topologyId: number } | { name: string }, bytes?: Buffer): Promise<void> {
  const byId = 'topologyId' in where;
  // The same id at the same version always holds the same rows (every write bumps the version; a re-created name gets a
  // new id), so rewriting a snapshot at its own version (damaged, or of an older format) is safe.
  // As base64 text, decoded by the database: PGlite sends a bytea parameter as hex built with `Array.from(bytes).map(…)`
  // (6 million two-character strings for the max-scale snapshot: ≈350 MB more RSS at the end of `netmodel import`).
  const encoded = (bytes ?? (await encodeSnapshot(t))).toString('base64');
  await db.$executeRawUnsafe(
    `INSERT INTO "TopologySnapshot" ("topologyId", "version", "format", "data")
     SELECT t."id", $2, $3, decode($4, 'base64') FROM "Topology" t WHERE ${byId ? 't."id" = $1' : 't."name" = $1'} AND t."version" = $2
     ON CONFLICT ("topologyId") DO UPDATE SET "version" = EXCLUDED."version", "format" = EXCLUDED."format", "data" = EXCLUDED."data"
     WHERE "TopologySnapshot"."version" <= EXCLUDED."version"`,
    byId ? where.topologyId : where.name,
    t.version,
    currentFormat(),
    encoded,
  );
}

/**
 * Best effort, after a load from rows: a failure costs only the next cold load its speed, so it is not the reader's
 * error (the rows stay authoritative).
 */
export async function rememberSnapshot(prisma: PrismaClient, t: Topology, topologyId: number): Promise<void> {
  try {
    // `t` is the object just loaded from the rows: its bytes go to the worker pool too (snapshotBytesOf).
    await writeSnapshot(prisma, t, { topologyId }, await encodeKeptSnapshot(t));
  } catch {
    // The next load reads the rows again and retries.
  }
}

export { TX_OPTIONS };
export type { Tx };
