/**
 * IP addresses and prefixes at the document boundary: parsed and validated with ip-cidr (3.1, the last
 * CommonJS release; 4.x is ESM-only), returned in the model's one canonical text form — the engine's formatter
 * (src/engine/net: dotted quad; IPv6 in RFC 5952 form; prefixes with host bits clear) — or refused with a
 * message that says what was wrong and, where possible, what was meant.
 *
 * Stricter than ip-cidr alone (which reads `::ffff:1.2.3.4` and even `64:ff9b::1.2.3.4` as the bare IPv4
 * address, and ignores a zone index) and than today's Kubernetes, which accepts leading zeros, IPv4-mapped IPv6
 * and CIDRs with host bits but warns that they are "non-standard … will be considered invalid in a future
 * Kubernetes release" or "ambiguous" (kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go, GetWarningsForIP and GetWarningsForCIDR). The
 * model keeps one canonical string per value, so an ambiguous one is refused and the message names the
 * unambiguous spelling.
 */
import IPCIDR from 'ip-cidr';
import type { IpFamily } from '../engine/model/topology';
import { IpAddress } from '../engine/net/ipAddress';
import { Prefix } from '../engine/net/prefix';

export interface ParsedIp {
  /** Canonical text (IpAddress.toString, the one formatter shared by io, engine and store). */
  readonly address: string;
  readonly family: IpFamily;
  readonly value: IpAddress;
}

export interface ParsedPrefix {
  /** Canonical `address/length`. */
  readonly prefix: string;
  readonly address: ParsedIp;
  readonly length: number;
  readonly family: IpFamily;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const LOOSE_QUAD = /^[0-9]{1,3}(\.[0-9]{1,3}){3}$/;
const DECIMAL_LENGTH = /^(0|[1-9][0-9]{0,2})$/;

export function bitsOf(family: IpFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

/** ip-cidr's parse, or undefined where it throws (its reasons are terse regex failures, not shown to users). */
function libraryParse(text: string): IPCIDR.Address | undefined {
  try {
    return IPCIDR.createAddress(text);
  } catch {
    return undefined;
  }
}

/**
 * ip-cidr hands an IPv6 text with a dotted quad to its IPv4 parser and drops the rest (`64:ff9b::1.2.3.4` →
 * `1.2.3.4`), so the embedded quad is validated by ip-cidr on its own and rewritten as two hex groups first.
 */
function withHexTail(text: string): string | undefined {
  if (!text.includes('.')) return text;
  const colon = text.lastIndexOf(':');
  const quad = libraryParse(text.slice(colon + 1));
  if (quad === undefined || !quad.v4 || !LOOSE_QUAD.test(text.slice(colon + 1))) return undefined;
  const n = BigInt(quad.bigInteger().toString());
  return `${text.slice(0, colon + 1)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
}

/** A dotted quad in canonical form (octets 0–255, no leading zeros): nearly every address in a cluster dump. */
const CANONICAL_QUAD = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function parseIp(text: string): Parsed<ParsedIp> {
  // Hand-written hot path (issue 17): ip-cidr's parse builds a jsbn BigInteger per address and the value crosses into a
  // BigInt through its decimal text — 3.5 s of the ≈19 s of CPU of `netmodel import` of the 64 MB max-scale document
  // (250,000 pod and endpoint addresses). A canonical quad needs none of the library's leniency checks below; it is
  // taken apart here. tests/io/addressBoundary.test.ts holds this path to the library path for every quad it takes.
  if (CANONICAL_QUAD.test(text)) {
    const dot1 = text.indexOf('.');
    const dot2 = text.indexOf('.', dot1 + 1);
    const dot3 = text.indexOf('.', dot2 + 1);
    const n = Number(text.slice(0, dot1)) * 0x1000000 + Number(text.slice(dot1 + 1, dot2)) * 0x10000 + Number(text.slice(dot2 + 1, dot3)) * 0x100 + Number(text.slice(dot3 + 1));
    return { ok: true, value: { address: text, family: 'IPv4', value: IpAddress.v4(n) } };
  }
  return parseIpWithLibrary(text);
}

/** parseIp through ip-cidr for every input (exported for the test that holds parseIp's fast path to it). */
export function parseIpWithLibrary(text: string): Parsed<ParsedIp> {
  const shown = JSON.stringify(text);
  if (text.includes('/')) return fail(`${shown} is not an IP address`);
  if (text.includes(':')) {
    if (text.includes('%')) return fail(`${shown} has a zone index; write the address without "%…"`);
    const hex = withHexTail(text);
    const parsed = hex === undefined ? undefined : libraryParse(hex);
    if (parsed === undefined || parsed.v4) return fail(`${shown} is not an IP address`);
    const value = IpAddress.fromBigInt('IPv6', BigInt(parsed.bigInteger().toString()));
    if (value.isIPv4Mapped()) {
      return fail(`${shown} is an IPv4-mapped IPv6 address; write the IPv4 address ${value.unmap().toString()}`);
    }
    return { ok: true, value: { address: value.toString(), family: 'IPv6', value } };
  }
  const parsed = LOOSE_QUAD.test(text) ? libraryParse(text) : undefined;
  if (parsed === undefined) {
    if (LOOSE_QUAD.test(text) && libraryParse(text.replace(/(^|\.)0+(?=\d)/g, '$1')) !== undefined) {
      return fail(`${shown} has a leading zero, which some tools read as octal; write it without leading zeros`);
    }
    return fail(`${shown} is not an IP address`);
  }
  const value = IpAddress.fromBigInt('IPv4', BigInt(parsed.bigInteger().toString()));
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
  if (!address.ok || !DECIMAL_LENGTH.test(lengthText)) return fail(`${shown} is not a CIDR`);
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
  const value = Prefix.of(ip.value, length).address;
  return { address: value.toString(), family: ip.family, value };
}

export function prefixContains(prefix: ParsedPrefix, ip: ParsedIp): boolean {
  if (prefix.family !== ip.family) return false;
  return Prefix.of(prefix.address.value, prefix.length).contains(ip.value);
}

/** The family of a canonical address (no validation: callers hold strings that came out of parseIp). */
export function familyOfAddress(address: string): IpFamily {
  return address.includes(':') ? 'IPv6' : 'IPv4';
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
