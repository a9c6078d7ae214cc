/**
 * Postgres `inet` text → the model's canonical address and prefix strings.
 *
 * Postgres keeps the value, not the text it was given, and prints it its own way
 * (src/port/inet_net_ntop.c in postgres/postgres):
 * - a host prefix loses its length: '10.0.0.1/32' comes back as '10.0.0.1', '2001:db8::1/128' as '2001:db8::1';
 * - IPv6 is compressed and lowercase, but a value whose first 80 or 96 bits are zero is printed with an
 *   embedded dotted quad: '::2:3' comes back as '::0.2.0.3', '::ffff:102:304' as '::ffff:1.2.3.4'.
 * The model (src/engine/model/topology.ts) holds RFC 5952 text, so IPv6 is reformatted by the engine's one
 * formatter (src/engine/net/ipv6.ts, RFC 5952 §4): lowercase, no leading zeros, the longest run of two or more
 * zero groups shortened to '::' (the first one on a tie); embedded IPv4 is written in hex except in the
 * IPv4-mapped range ::ffff:0:0/96, which RFC 5952 §5 recommends in mixed notation ('::ffff:1.2.3.4').
 * IPv4 text from Postgres is already canonical dotted decimal.
 */
import { formatIpv6 } from '../engine/net/ipv6';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function invalid(text: string): Error {
  return new Error(`not an inet value as Postgres prints it: "${text}"`);
}

function ipv4Groups(text: string, whole: string): number[] {
  const m = IPV4.exec(text);
  if (m === null) throw invalid(whole);
  const bytes = m.slice(1).map(Number);
  if (bytes.some((b) => b > 255)) throw invalid(whole);
  const [a = 0, b = 0, c = 0, d = 0] = bytes;
  return [(a << 8) | b, (c << 8) | d];
}

function hexGroups(part: string, whole: string, allowTrailingIPv4: boolean): number[] {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  pieces.forEach((piece, i) => {
    if (allowTrailingIPv4 && i === pieces.length - 1 && piece.includes('.')) {
      groups.push(...ipv4Groups(piece, whole));
    } else if (HEX_GROUP.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      throw invalid(whole);
    }
  });
  return groups;
}

function parseIPv6(text: string): number[] {
  const halves = text.split('::');
  if (halves.length > 2) throw invalid(text);
  const [head = '', tail] = halves;
  if (tail === undefined) {
    const groups = hexGroups(head, text, true);
    if (groups.length !== 8) throw invalid(text);
    return groups;
  }
  const left = hexGroups(head, text, false);
  const right = hexGroups(tail, text, true);
  const missing = 8 - left.length - right.length;
  if (missing < 1) throw invalid(text);
  return [...left, ...new Array<number>(missing).fill(0), ...right];
}

/**
 * RFC 5952 text of eight 16-bit groups, written by the engine's formatter (src/engine/net/ipv6.ts) so io,
 * engine and store share one canonical text form.
 */
export function formatIPv6(groups: readonly number[]): string {
  const word = (i: number): number => (groups[i] ?? 0) * 0x10000 + (groups[i + 1] ?? 0);
  return formatIpv6(word(0), word(2), word(4), word(6));
}

function canonicalAddress(text: string): { address: string; bits: 32 | 128 } {
  if (!text.includes(':')) {
    ipv4Groups(text, text);
    return { address: text, bits: 32 };
  }
  return { address: formatIPv6(parseIPv6(text)), bits: 128 };
}

/** A host address column ('10.0.0.1', 'fd00:10:96::a'). */
export function addressFromPg(text: string): string {
  const slash = text.indexOf('/');
  const { address, bits } = canonicalAddress(slash < 0 ? text : text.slice(0, slash));
  if (slash >= 0 && text.slice(slash + 1) !== String(bits)) {
    throw new Error(`expected a host address, found the prefix "${text}"`);
  }
  return address;
}

/** A prefix column ('10.244.0.0/16', '2001:db8::/64'); host prefixes get their /32 or /128 back. */
export function prefixFromPg(text: string): string {
  const slash = text.indexOf('/');
  const { address, bits } = canonicalAddress(slash < 0 ? text : text.slice(0, slash));
  const length = slash < 0 ? String(bits) : text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(length) || Number(length) > bits) throw invalid(text);
  return `${address}/${Number(length)}`;
}

export function addressesFromPg(texts: readonly string[]): string[] {
  return texts.map(addressFromPg);
}

export function prefixesFromPg(texts: readonly string[]): string[] {
  return texts.map(prefixFromPg);
}
