import type { FastifyRequest } from 'fastify';
import { AppError } from '../../app/errors';

// Percent-encoded unreserved characters (RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~"), which §6.2.2.2 makes
// equivalent to the characters themselves: %41-%5A, %61-%7A, %30-%39, %2D, %2E, %5F, %7E.
const ENCODED_UNRESERVED = /%(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2[de]|5f|7e)/i;

/**
 * Refuses request targets that the router and the guards before it would read differently (issue 16): find-my-way
 * routes "/%61pi/v1/topologies" as "/api/v1/topologies" and an absolute-form "http://host/api/…" by its path, while the
 * auth, Host, Origin and readiness hooks test the raw target with /^\/api\//. Rather than teach every guard to normalize,
 * only targets whose raw form is what the router sees get through: origin-form (RFC 9112 §3.2.1; absolute-form is for
 * proxies, §3.2.2, and this server is none) with no percent-encoded unreserved character in the path. Clients never
 * produce either (encodeURIComponent leaves unreserved characters alone); the query string is not restricted.
 */
export function refuseAmbiguousTarget(request: FastifyRequest): void {
  const target = request.raw.url ?? '';
  const path = target.split('?', 1)[0] ?? '';
  let reason: string | null = null;
  if (!path.startsWith('/')) reason = 'is not a path (origin-form): send "/path?query", not an absolute URL or "*"';
  else if (ENCODED_UNRESERVED.test(path)) reason = 'percent-encodes a letter, digit or one of "-._~" in its path; send the character itself (RFC 3986 §6.2.2.2)';
  if (reason === null) return;
  const shown = target.length > 200 ? `${target.slice(0, 200)}…` : target;
  throw new AppError('BAD_USER_INPUT', `request target ${JSON.stringify(shown)} ${reason}`, { problems: [{ path: 'request target', message: reason }] });
}
