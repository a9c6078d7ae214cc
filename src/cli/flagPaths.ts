/**
 * Problem paths as the user typed them. The question modules name their arguments as the APIs do (`packetSize`,
 * `from`, `prefixLength`), which is right for REST and GraphQL; on the command line the same argument is a flag, so a
 * problem whose path starts with an option's name is reported under that flag — the short form if that is what was
 * typed (`-t`), else the long one (`--packet-size`). Document paths (`nodes[1].spec.podCIDRs[0]`) are left alone.
 */
import type { Command } from 'commander';
import { AppError } from '../app/errors';
import type { Problem } from '../io/problems';

const DOCUMENT_ERRORS = new WeakSet<AppError>();

/** Marks an error about a document (`--file`): its paths are the document's (`topology.spec…`), never flags. */
export function aboutDocument(error: AppError): AppError {
  DOCUMENT_ERRORS.add(error);
  return error;
}

export function flagPaths(error: unknown, command: Command, argv: readonly string[]): unknown {
  if (!(error instanceof AppError) || error.details.problems === undefined || DOCUMENT_ERRORS.has(error)) return error;
  const flags = new Map<string, string>();
  for (const option of command.options) {
    // Only flags given on this command line: a problem about an argument names a value the user passed.
    if (command.getOptionValueSource(option.attributeName()) !== 'cli') continue;
    const typed = option.short !== undefined && argv.includes(option.short) ? option.short : (option.long ?? option.short);
    if (typed !== undefined) flags.set(option.attributeName(), typed);
  }
  let changed = false;
  const problems = error.details.problems.map((p): Problem => {
    const head = /^[A-Za-z]+/.exec(p.path)?.[0];
    const flag = head === undefined ? undefined : flags.get(head);
    if (flag === undefined || !(p.path === head || /^[.[]/.test(p.path.slice(head!.length)))) return p;
    changed = true;
    return { ...p, path: `${flag}${p.path.slice(head!.length)}` };
  });
  if (!changed) return error;
  let message = error.message;
  const first = error.details.problems[0];
  if (first && problems[0] && message.startsWith(`${first.path}: `)) message = `${problems[0].path}: ${message.slice(first.path.length + 2)}`;
  return new AppError(error.code, message, { ...error.details, problems }, { cause: error.cause });
}
