/**
 * IPv6 text ⇄ four uint32 words (most significant first).
 *
 * Accepted input is RFC 4291 §2.2: eight groups of 1–4 hex digits, at most one `::` standing for one or more
 * zero groups, and optionally a strict dotted quad in the last 32 bits. Zone identifiers (`fe80::1%eth0`) are
 * rejected: they name an interface, not an address, and Kubernetes API fields never carry them.
 *
 * Output is RFC 5952: lowercase, no leading zeros, the longest run of two or more zero groups (the first on a
 * tie) shortened to `::`, and IPv4-mapped addresses (::ffff:0:0/96, RFC 4291 §2.5.5.2) in mixed notation as
 * RFC 5952 §5 recommends for that well-known prefix.
 */
import { formatIpv4, parseIpv4 } from './ipv4';

const COLON = 58;

/**
 * Writes the 8 groups of `s` (or of `s[start, end)`, so a CIDR's address part needs no slice) into `out`
 * (16-bit values); false when that text is not an IPv6 address. Allocates nothing.
 */
export function parseIpv6Groups(s: string, out: Uint16Array, start = 0, end = s.length): boolean {
  const n = end;
  if (n - start < 2 || n - start > 45) return false;
  let group = 0;
  let ellipsisAt = -1;
  let i = start;
  if (s.charCodeAt(start) === COLON) {
    if (s.charCodeAt(start + 1) !== COLON) return false;
    ellipsisAt = 0;
    i = start + 2;
    if (i === n) {
      out.fill(0);
      return true;
    }
  }
  while (i < n) {
    if (group === 8) return false;
    // One group: hex digits up to the next colon, or a dotted quad when a '.' shows up.
    let value = 0;
    let digits = 0;
    let j = i;
    for (; j < n; j++) {
      const h = hexValue(s.charCodeAt(j));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
    }
    if (j < n && s.charCodeAt(j) === 46 /* . */) {
      if (group > 6) return false;
      const v4 = parseIpv4(s, i, n);
      if (v4 < 0) return false;
      out[group++] = v4 >>> 16;
      out[group++] = v4 & 0xffff;
      i = n;
      break;
    }
    if (digits === 0 || digits > 4) return false;
    out[group++] = value;
    i = j;
    if (i === n) break;
    if (s.charCodeAt(i) !== COLON) return false;
    i++;
    if (i < n && s.charCodeAt(i) === COLON) {
      if (ellipsisAt >= 0) return false;
      ellipsisAt = group;
      i++;
      if (i === n) break;
    } else if (i === n) {
      return false; // trailing single colon
    }
  }
  if (ellipsisAt < 0) return group === 8;
  if (group >= 8) return false; // '::' must stand for at least one group
  expandEllipsis(out, group, ellipsisAt);
  return true;
}

/** Moves the groups written after '::' to the end of `out` and zero-fills the gap. */
function expandEllipsis(out: Uint16Array, written: number, ellipsisAt: number): void {
  const tail = written - ellipsisAt;
  for (let k = 0; k < tail; k++) out[7 - k] = out[written - 1 - k] ?? 0;
  for (let k = ellipsisAt; k < 8 - tail; k++) out[k] = 0;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Why `s` is not IPv6; failure path only. */
export function explainIpv6(s: string): string {
  if (s.includes('%')) return 'zone identifiers (%…) are not part of an address';
  const ellipses = s.split('::').length - 1;
  if (ellipses > 1) return "'::' may appear only once";
  for (const g of s.split(':')) {
    if (g.includes('.')) continue;
    if (g.length > 4) return `group ${JSON.stringify(g)} has more than 4 hex digits`;
    if (g !== '' && !/^[0-9a-fA-F]+$/.test(g)) return `group ${JSON.stringify(g)} is not hexadecimal`;
  }
  if (s.includes('.')) return 'an embedded IPv4 address must be a strict dotted quad in the last 32 bits';
  return 'expected 8 groups of up to 4 hex digits, or fewer with one ::';
}

export function formatIpv6(w0: number, w1: number, w2: number, w3: number): string {
  if (w0 === 0 && w1 === 0 && w2 === 0xffff) return `::ffff:${formatIpv4(w3)}`;
  const g = [w0 >>> 16, w0 & 0xffff, w1 >>> 16, w1 & 0xffff, w2 >>> 16, w2 & 0xffff, w3 >>> 16, w3 & 0xffff];
  let bestStart = -1;
  let bestLen = 1; // a single zero group is never shortened (RFC 5952 §4.2.2)
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number): string =>
    g
      .slice(from, to)
      .map((x) => x.toString(16))
      .join(':');
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLen, 8)}`;
}
