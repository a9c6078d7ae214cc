/**
 * What every command receives, and the helpers commands share. Commands import this module, never main.ts,
 * so main.ts can import every command without a cycle.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AuthService } from '../app/auth';
import type { AppConfig } from '../app/config';
import type { TopologySource } from '../app/questions';
import type { ScenarioService } from '../app/scenarioService';
import type { TopologyService } from '../app/topologyService';
import type { JobView } from '../app/jobs/jobService';
import { AppError } from '../app/errors';
import type { Io } from './output';

/**
 * What the database commands use: the app's own services on a database this process opened, or the same operations
 * over the REST API of the server that holds the embedded database (src/cli/backend.ts, src/cli/remote.ts).
 */
export interface CliStore {
  /** Where the data is, for messages: the database, or the server's address. */
  readonly description: string;
  readonly topologies: Pick<TopologyService, 'list' | 'get' | 'export' | 'import' | 'delete'> & TopologySource;
  scenarios(): Pick<ScenarioService, 'create' | 'list' | 'history' | 'get' | 'addOperations' | 'removeOperation' | 'diff' | 'promote' | 'rebase' | 'discard'>;
  readonly auth: Pick<AuthService, 'create' | 'list' | 'revoke'>;
  /** The job queue (docs/API.md "Jobs"): this process submits and reads jobs; servers run them. */
  jobs(): CliJobs;
  close(): Promise<void>;
}

export interface CliJobs {
  submit(topology: string, kind: string, input: Record<string, unknown>): Promise<JobView>;
  /** The job; with `waitSeconds`, once it finished or after that long. */
  get(id: string, waitSeconds?: number): Promise<JobView>;
  cancel(id: string): Promise<JobView>;
}

export interface CliContext {
  readonly io: Io;
  readonly env: NodeJS.ProcessEnv;
  /** Opens the store (database and migrations, never seeding examples; or the server holding it), runs `fn`, closes. */
  withStore<T>(fn: (store: CliStore) => Promise<T>): Promise<T>;
  config(): AppConfig;
}

/**
 * The size limit for documents this process reads itself (validate, --file questions, infer): none unless
 * NETMODEL_MAX_DOCUMENT_BYTES is set, since the limit protects a server from its clients, and a generated
 * 50,000-pod document is a fair thing to ask a question of locally.
 */
export function localMaxBytes(ctx: CliContext): number {
  return ctx.env.NETMODEL_MAX_DOCUMENT_BYTES ? ctx.config().maxDocumentBytes : Number.POSITIVE_INFINITY;
}

/** Reads a file, or standard input for "-". Missing files are the user's mistake (exit 2), not a crash. */
export async function readInput(path: string): Promise<string> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new AppError('BAD_USER_INPUT', `cannot read ${path}: ${reason}`, { problems: [{ path: '--file', message: `cannot read ${path} (${reason})` }] });
  }
}

export function setExitCode(command: Command, code: number): void {
  (command as Command & { exitCode?: number }).exitCode = code;
}
