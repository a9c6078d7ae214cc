/**
 * IP addresses and prefixes at the document boundary: parsed with ipaddr.js, returned in canonical form
 * (dotted quad; IPv6 in RFC 5952 form; prefixes with host bits clear), or refused with a message that says
 * what was wrong and, where possible, what was meant.
 *
 * Stricter than both ipaddr.js (which takes inet_aton forms like `10.1` and octal `010.0.0.1`) and today's
 * Kubernetes, which accepts leading zeros, IPv4-mapped IPv6 and CIDRs with host bits but warns that they are
 * "non-standard … will be considered invalid in a future Kubernetes release" or "ambiguous"
 * (kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go, GetWarningsForIP and
 * GetWarningsForCIDR). The model keeps one canonical string per value, so an ambiguous one is refused and the
 * message names the unambiguous spelling.
 */
import ipaddr from 'ipaddr.js';
import type { IpFamily } from '../engine/model/topology';

export interface ParsedIp {
  readonly address: string;
  readonly family: IpFamily;
  readonly value: ipaddr.IPv4 | ipaddr.IPv6;
}

export interface ParsedPrefix {
  /** Canonical `address/length`. */
  readonly prefix: string;
  readonly address: ParsedIp;
  readonly length: number;
  readonly family: IpFamily;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DOTTED_QUAD = /^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$/;
const LOOSE_QUAD = /^[0-9]{1,3}(\.[0-9]{1,3}){3}$/;

export function bitsOf(family: IpFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

export function parseIp(text: string): Parsed<ParsedIp> {
  const shown = JSON.stringify(text);
  if (text.includes(':')) {
    if (text.includes('%')) return fail(`${shown} has a zone index; write the address without "%…"`);
    if (!ipaddr.IPv6.isValid(text)) return fail(`${shown} is not an IP address`);
    const value = ipaddr.IPv6.parse(text);
    if (value.isIPv4MappedAddress()) {
      return fail(`${shown} is an IPv4-mapped IPv6 address; write the IPv4 address ${value.toIPv4Address().toString()}`);
    }
    return { ok: true, value: { address: value.toRFC5952String(), family: 'IPv6', value } };
  }
  if (!DOTTED_QUAD.test(text)) {
    if (LOOSE_QUAD.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text.replace(/(^|\.)0+(?=\d)/g, '$1'))) {
      return fail(`${shown} has a leading zero, which some tools read as octal; write it without leading zeros`);
    }
    return fail(`${shown} is not an IP address`);
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return fail(`${shown} is not an IP address`);
  const value = ipaddr.IPv4.parse(text);
  return { ok: true, value: { address: value.toString(), family: 'IPv4', value } };
}

/**
 * Parses `address/length`. With `hostBits: 'error'` a prefix like 10.0.0.1/24 is refused and the message names
 * the prefix that was probably meant; with `'mask'` it is masked silently and reported through `masked`.
 */
export function parsePrefix(
  text: string,
  options: { hostBits: 'error' | 'mask' } = { hostBits: 'error' },
): Parsed<ParsedPrefix> & { masked?: boolean } {
  const shown = JSON.stringify(text);
  const slash = text.indexOf('/');
  if (slash < 0) return fail(`${shown} is not a CIDR (expected address/prefix-length)`);
  const addressText = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  const address = parseIp(addressText);
  if (!address.ok || !/^(0|[1-9][0-9]{0,2})$/.test(lengthText)) return fail(`${shown} is not a CIDR`);
  const length = Number(lengthText);
  const family = address.value.family;
  if (length > bitsOf(family)) {
    return fail(`${shown}: prefix length ${length} is out of range for ${family} (0–${bitsOf(family)})`);
  }
  const network = networkOf(address.value, length);
  const prefix = `${network.address}/${length}`;
  const masked = network.address !== address.value.address;
  if (masked && options.hostBits === 'error') {
    return fail(`${shown} has host bits set; did you mean ${prefix}?`);
  }
  return { ok: true, value: { prefix, address: network, length, family }, masked };
}

export function networkOf(ip: ParsedIp, length: number): ParsedIp {
  const bytes = ip.value.toByteArray();
  for (let bit = length; bit < bytes.length * 8; bit++) {
    const index = bit >> 3;
    bytes[index] = (bytes[index] ?? 0) & ~(0x80 >> (bit & 7));
  }
  const value = ipaddr.fromByteArray(bytes);
  const address = value.kind() === 'ipv6' ? (value as ipaddr.IPv6).toRFC5952String() : value.toString();
  return { address, family: ip.family, value };
}

export function prefixContains(prefix: ParsedPrefix, ip: ParsedIp): boolean {
  if (prefix.family !== ip.family) return false;
  return ip.value.match(prefix.address.value, prefix.length);
}

/** The family of a canonical address (no validation: callers hold strings that came out of parseIp). */
export function familyOfAddress(address: string): IpFamily {
  return address.includes(':') ? 'IPv6' : 'IPv4';
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
