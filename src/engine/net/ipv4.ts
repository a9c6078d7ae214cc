/**
 * IPv4 text ⇄ uint32. Strict dotted-quad only: exactly four decimal octets 0–255, no leading zeros, no
 * whitespace, no shorthand (`10.1`), no hex or octal. A leading zero is rejected rather than read as decimal
 * (Kubernetes' sloppy parsers) or octal (inet_aton, ipaddr.js): the two readings disagree, so the only safe
 * answer is "not an address". See README.md for the Kubernetes history.
 */

const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** The address as an unsigned 32-bit number, or -1 when `s` is not a strict dotted quad. */
export function parseIpv4(s: string, start = 0, end = s.length): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= ZERO && c <= NINE) {
      if (digits > 0 && octet === 0) return -1; // leading zero
      octet = octet * 10 + (c - ZERO);
      if (octet > 255) return -1;
      digits++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + octet;
}

/** Why `s` is not a dotted quad; only called on the failure path, so it can afford to be plain. */
export function explainIpv4(s: string): string {
  const parts = s.split('.');
  if (parts.length !== 4) return `expected 4 dot-separated octets, found ${parts.length}`;
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return `octet ${JSON.stringify(p)} is not a decimal number`;
    if (p.length > 1 && p.startsWith('0')) return `octet ${JSON.stringify(p)} has a leading zero (ambiguous: decimal or octal)`;
    if (Number(p) > 255) return `octet ${p} is greater than 255`;
  }
  return 'not a dotted-quad IPv4 address';
}

export function formatIpv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
