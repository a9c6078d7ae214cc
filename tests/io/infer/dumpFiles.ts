/** The example dumps (examples/dumps) with the --underlay files beside each, read the way the CLI reads them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnderlayInput } from '../../../src/io/infer';

export const DUMPS_DIR = join(__dirname, '..', '..', '..', 'examples', 'dumps');

export interface DumpCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly underlay: UnderlayInput[];
  /** CLI arguments giving the same underlay files. */
  readonly underlayArgs: string[];
}

export function dumpCases(): DumpCase[] {
  return readdirSync(DUMPS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.yaml'.length);
      const underlay: UnderlayInput[] = [];
      const underlayArgs: string[] = [];
      const routes = join(DUMPS_DIR, `${name}.routes`);
      if (existsSync(routes)) {
        for (const r of readdirSync(routes).sort()) {
          const node = r.split('.')[0] as string;
          underlay.push({ label: r, node, text: readFileSync(join(routes, r), 'utf8') });
          underlayArgs.push('--underlay', `${node}=${join(routes, r)}`);
        }
      }
      for (const j of readdirSync(DUMPS_DIR).filter((x) => x.startsWith(`${name}.`) && x.endsWith('.json')).sort()) {
        underlay.push({ label: j, node: null, text: readFileSync(join(DUMPS_DIR, j), 'utf8') });
        underlayArgs.push('--underlay', join(DUMPS_DIR, j));
      }
      return { name, file: join(DUMPS_DIR, f), text: readFileSync(join(DUMPS_DIR, f), 'utf8'), underlay, underlayArgs };
    });
}
