/**
 * `-o dot|svg` for every command whose answer can be drawn. Its own module so that question commands and the
 * `diagram` command can both use it without importing each other.
 */
import { Option } from 'commander';
import { AppError } from '../app/errors';
import { answerDiagram, DiagramFormatError, type AnswerKind, type DiagramFormat } from '../diagrams';
import type { CliContext } from './context';
import type { OutputFormat } from './output';

/** `-o` for commands whose answer can also be drawn: the usual formats plus `dot` (Graphviz source) and `svg` (the drawing). */
export const diagramOutputOption = () => new Option('-o, --output <format>', 'output format; dot and svg draw the answer').choices(['table', 'json', 'yaml', 'dot', 'svg']).default('table');

export function isDiagramFormat(format: string): format is DiagramFormat {
  return format === 'dot' || format === 'svg';
}

/** Prints the answer as a picture when -o dot|svg was asked; returns false otherwise (the caller prints as usual). */
export async function printDiagram(ctx: CliContext, format: OutputFormat | DiagramFormat, kind: AnswerKind, answer: unknown, title?: string): Promise<boolean> {
  if (!isDiagramFormat(format)) return false;
  try {
    ctx.io.out(await answerDiagram(kind, answer, format, title));
  } catch (error) {
    if (error instanceof DiagramFormatError) throw new AppError('BAD_USER_INPUT', error.message, { problems: [{ path: '--output', message: error.message }] });
    throw error;
  }
  return true;
}

