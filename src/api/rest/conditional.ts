/**
 * `If-None-Match` against the ETag of the current representation (RFC 9110 §13.1.2): true when the client's copy is
 * current and the answer is 304. Weak comparison (a `W/` prefix on either side is ignored), `*` matches anything,
 * and the header may list several tags.
 */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map(opaque);
  return tags.some((tag) => tag === '*' || tag === opaque(etag));
}
