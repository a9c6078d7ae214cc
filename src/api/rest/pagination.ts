import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../app/errors';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

/** `?limit=&cursor=` of every list operation (schema validation names `querystring.limit` when it is out of range). */
export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT, description: `items per page (1–${MAX_PAGE_LIMIT})` },
  cursor: { type: 'string', maxLength: 1024, description: "opaque: the previous page's `next`" },
} as const;

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

/** The cursor is the sort key of the last item served, base64url-encoded so clients treat it as opaque. */
function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ after: key }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value !== null && typeof value === 'object' && typeof (value as { after?: unknown }).after === 'string') return (value as { after: string }).after;
  } catch {
    // fall through to the problem below
  }
  throw new AppError('BAD_USER_INPUT', 'cursor is not one this server gave out; pass the `next` of the previous page unchanged', {
    problems: [{ path: 'querystring.cursor', message: 'is not a cursor this server gave out' }],
  });
}

/**
 * One page of `items` (unique by `key`; ordered here by its UTF-16 code units, not the database's collation, so the
 * cursor comparison below means the same on PGlite and on any Postgres locale) after the cursor, and the `next` cursor, also
 * sent as a Link header (RFC 8288, rel="next"). The lists are read whole from the store and cut here: they are
 * bounded by what one deployment stores (topologies, scenarios), not by the traffic.
 */
export function paginate<T>(request: FastifyRequest, reply: FastifyReply, items: readonly T[], key: (item: T) => string): { items: T[]; next: string | null } {
  const { limit = DEFAULT_PAGE_LIMIT, cursor } = request.query as PageQuery;
  const after = cursor === undefined ? null : decodeCursor(cursor);
  const ordered = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const rest = after === null ? ordered : ordered.filter((item) => key(item) > after);
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  const next = rest.length > limit && last !== undefined ? encodeCursor(key(last)) : null;
  if (next !== null) {
    const url = new URL(request.url, 'http://localhost');
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('cursor', next);
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return { items: page, next };
}
