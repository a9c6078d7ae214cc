/**
 * What every command receives, and the helpers commands share. Commands import this module, never main.ts,
 * so main.ts can import every command without a cycle.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { App } from '../app/app';
import type { AppConfig } from '../app/config';
import { AppError } from '../app/errors';
import type { Io } from './output';

export interface CliContext {
  readonly io: Io;
  readonly env: NodeJS.ProcessEnv;
  /** Opens the app (database, migrations; never seeds examples), runs `fn`, closes. */
  withApp<T>(fn: (app: App) => Promise<T>): Promise<T>;
  config(): AppConfig;
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
