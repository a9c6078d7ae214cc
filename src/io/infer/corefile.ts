/**
 * The Corefile's syntax (coredns/coredns, Caddyfile-derived: server blocks `ZONE[:PORT]... { directives }`,
 * a directive is a line of words with an optional `{ … }` block, `#` starts a comment). Only the structure is
 * parsed here; readCoreDns.ts gives it meaning.
 */

export interface Directive {
  readonly name: string;
  readonly args: readonly string[];
  readonly block: readonly Directive[];
  readonly line: number;
}

export interface ServerBlock {
  /** `.:53` → `.`, `consul.local:53` → `consul.local`. */
  readonly zones: readonly string[];
  readonly directives: readonly Directive[];
}

export type CorefileResult = { ok: true; servers: ServerBlock[] } | { ok: false; message: string };

interface Token {
  readonly text: string;
  readonly line: number;
  /** First word on its line. */
  readonly first: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '');
    let first = true;
    for (const word of line.split(/\s+/).filter((w) => w !== '')) {
      // `{` and `}` glued to a word (`example.org{`) are separate tokens, as in Caddy's lexer.
      for (const part of word.split(/([{}])/).filter((p) => p !== '')) {
        tokens.push({ text: part, line: index + 1, first });
        first = false;
      }
    }
  });
  return tokens;
}

export function parseCorefile(text: string): CorefileResult {
  const tokens = tokenize(text);
  let i = 0;
  const directives = (): Directive[] | string => {
    const out: Directive[] = [];
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      if (token.text === '}') {
        i++;
        return out;
      }
      const name = token.text;
      const line = token.line;
      const args: string[] = [];
      i++;
      while (i < tokens.length && !(tokens[i] as Token).first && (tokens[i] as Token).text !== '{' && (tokens[i] as Token).text !== '}') args.push((tokens[i++] as Token).text);
      let block: Directive[] = [];
      if (i < tokens.length && (tokens[i] as Token).text === '{' && (tokens[i] as Token).line === line) {
        i++;
        const inner = directives();
        if (typeof inner === 'string') return inner;
        block = inner;
      }
      out.push({ name, args, block, line });
    }
    return `a block opened before the end is not closed`;
  };
  const servers: ServerBlock[] = [];
  while (i < tokens.length) {
    const keys: string[] = [];
    while (i < tokens.length && (tokens[i] as Token).text !== '{') keys.push((tokens[i++] as Token).text);
    if (i >= tokens.length) return { ok: false, message: `server block ${keys.join(' ')} has no { … }` };
    i++;
    const body = directives();
    if (typeof body === 'string') return { ok: false, message: body };
    servers.push({ zones: keys.map(zoneOf), directives: body });
  }
  return { ok: true, servers };
}

/** `dns://.:53` → `.`, `cluster.local:53` → `cluster.local`. */
function zoneOf(key: string): string {
  const bare = key.replace(/^[a-z]+:\/\//, '').replace(/,$/, '');
  const colon = bare.lastIndexOf(':');
  const zone = colon >= 0 ? bare.slice(0, colon) : bare;
  return zone === '' || zone === '.' ? '.' : zone.replace(/\.$/, '').toLowerCase();
}
