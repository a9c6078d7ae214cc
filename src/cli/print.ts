/**
 * `-o json|yaml|table` for every command: one place decides, so a format is honored by every command that accepts it.
 * json and yaml print the answer itself (the same object either way); table prints the human rendering.
 */
import { stringify as toYaml } from 'yaml';
import type { CliContext } from './context';
import { json } from './output';

export function printAnswer(ctx: CliContext, format: string, value: unknown, human: () => string): void {
  if (format === 'json') ctx.io.out(json(value));
  else if (format === 'yaml') ctx.io.out(yamlText(value));
  else ctx.io.out(human());
}

/** YAML of a JSON-shaped value: Dates as their ISO text and undefined dropped, as in the JSON form. */
export function yamlText(value: unknown): string {
  return toYaml(JSON.parse(JSON.stringify(value)) as unknown, { aliasDuplicateObjects: false });
}
