import { badInput } from '../../app/errors';

/**
 * Relay connections (https://relay.dev/graphql/connections.htm) over lists the server already holds in memory: a stored
 * topology is an immutable value and a question's answer is computed whole, so a page is a slice of that list and the
 * cursor is the item's position. The cursor is opaque to clients (base64url of `<list>:<position>`) and names its list,
 * so a cursor of the pods list passed to services is refused instead of silently paging from a wrong place.
 */

/** The most items one page may hold: past it a request is refused, naming `first` (schema.graphql says the same). */
export const MAX_PAGE = 1000;
/** The page size when `first` is absent. */
export const DEFAULT_PAGE = 100;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface Connection<N> {
  readonly edges: { readonly cursor: string; readonly node: N }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount: number;
}

const cursorOf = (list: string, position: number) => Buffer.from(`${list}:${position}`).toString('base64url');

/** The position after which the page starts (-1: from the start), or null when `after` is not a cursor of this list. */
function startAfter(list: string, after: string | null | undefined): number | null {
  if (after == null) return -1;
  const match = /^([A-Za-z]+):(0|[1-9][0-9]{0,8})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  return match && match[1] === list ? Number(match[2]) : null;
}

/**
 * One page of `items`, mapping only the page's items with `toNode`. A bad `first` and a bad `after` are reported
 * together (BAD_USER_INPUT naming each). A cursor past the end (the list shrank since) gives an empty last page.
 */
export function connection<T, N>(list: string, items: readonly T[], args: PageArgs, toNode: (item: T) => N): Connection<N> {
  const first = args.first ?? DEFAULT_PAGE;
  const after = startAfter(list, args.after);
  const problems = [];
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) problems.push({ path: 'first', message: `must be 0–${MAX_PAGE}, got ${first}` });
  if (after === null) problems.push({ path: 'after', message: `${JSON.stringify(args.after)} is not a cursor of this list; pass an edge's cursor or pageInfo.endCursor as given` });
  if (problems.length > 0 || after === null) throw badInput(problems);
  const start = after + 1;
  const page = items.slice(start, start + first);
  const edges = page.map((item, i) => ({ cursor: cursorOf(list, start + i), node: toNode(item) }));
  return {
    edges,
    pageInfo: { hasNextPage: start + page.length < items.length, endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null },
    totalCount: items.length,
  };
}
