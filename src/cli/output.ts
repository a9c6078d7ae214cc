import { AppError, toAppError } from '../app/errors';

/** Exit codes: 0 ok, 1 findings (question commands with --fail-on), 2 bad input or usage, 3 database unavailable, 70 bug. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, UNAVAILABLE: 3, INTERNAL: 70 } as const;

export type OutputFormat = 'table' | 'json' | 'yaml';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Replaces the progress line (null erases it); absent where nobody watches (not a terminal, tests): src/cli/progress.ts. */
  progress?(line: string | null): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  // \r and "erase line" (ECMA-48 EL, CSI 2 K): the line is rewritten in place and leaves nothing behind.
  ...(process.stderr.isTTY ? { progress: (line: string | null) => void process.stderr.write(`\r\x1b[2K${line ?? ''}`) } : {}),
};

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Plain aligned columns: enough for a terminal, and stable for golden tests. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '-' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return `${cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n')}\n`;
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof AppError) return error.code === 'SERVICE_UNAVAILABLE' || error.code === 'TIMEOUT' ? EXIT.UNAVAILABLE : EXIT.USAGE;
  return EXIT.INTERNAL;
}

/** Reports an error once: as JSON (-o json) or YAML (-o yaml) on stdout for scripts, as sentences on stderr for people. */
export async function reportError(io: Io, raw: unknown, format: OutputFormat): Promise<number> {
  const error = toAppError(raw);
  const code = exitCodeFor(error);
  if (error instanceof AppError) {
    const value = { error: { code: error.code, message: error.message, ...error.details } };
    if (format === 'json') {
      io.out(json(value));
    } else if (format === 'yaml') {
      // Loaded here, not at the top: the YAML library is not needed by a run that succeeds in another format.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the YAML library is loaded only when an error is printed as YAML (see main.ts).
      io.out((require('./print') as typeof import('./print')).yamlText(value));
    } else {
      io.err(`error: ${error.message}`);
      for (const p of error.details.problems ?? []) io.err(`  ${p.path ? `${p.path}: ` : ''}${p.message}${p.object ? ` (${p.object})` : ''}`);
    }
  } else {
    io.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return code;
}
