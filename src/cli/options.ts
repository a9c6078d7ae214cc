import { Option } from 'commander';
import { AppError } from '../app/errors';

/** Options every command shares, parsed once here so all commands refuse bad values the same way (exit 2, naming the flag). */
export const outputOption = () => new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table');

/** Repeatable options (`--within A --within B`). */
export const collect = (value: string, previous: string[]) => [...previous, value];

function parseNumber(flags: string, value: string, integer: boolean): number {
  const flag = flags.split(' ')[0]!;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new AppError('BAD_USER_INPUT', `${flag} must be ${kind}, got "${value}"`, { problems: [{ path: flag, message: `"${value}" is not ${kind}` }] });
  }
  return n;
}

export const intOption = (flags: string, description: string) => new Option(flags, description).argParser((value: string) => parseNumber(flags, value, true));
export const numberOption = (flags: string, description: string) => new Option(flags, description).argParser((value: string) => parseNumber(flags, value, false));

/** `--if-version V`: a stored version, so a whole number ≥ 0. */
export const ifVersionOption = (description: string) =>
  new Option('--if-version <version>', description).argParser((value: string) => {
    const n = parseNumber('--if-version', value, true);
    if (n < 0) throw new AppError('BAD_USER_INPUT', `--if-version must not be negative, got "${value}"`, { problems: [{ path: '--if-version', message: `"${value}" is not a version` }] });
    return n;
  });
