/**
 * Name handling shared by the server and the resolver: absolute names, zones, the names CoreDNS derives
 * from addresses (dashed endpoint and pod names, reverse names), and what an item's host is.
 */
import type { Endpoint } from '../../model/topology';
import { IpAddress } from '../../net';

/** `name` with exactly one trailing dot (an absolute name). */
export function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** `name` without its trailing dot. */
export function relative(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** dns.IsSubDomain(parent, child): `child` equals `parent` or lies under it; names compared without case. */
export function isSubdomain(parent: string, child: string): boolean {
  const p = relative(parent).toLowerCase();
  const c = relative(child).toLowerCase();
  return p === '' || c === p || c.endsWith(`.${p}`);
}

/**
 * An endpoint address's name label, as plugin/kubernetes/kubernetes.go endpointHostname builds it: the
 * endpoint's hostname; else (with `endpoint_pod_names`) the targeted pod's name when shorter than 64
 * characters (object/endpoint.go keeps only those); else the address with `.` or `:` replaced by `-`, and a
 * trailing `-` completed with `0` so that an IPv6 address ending in `::` still makes a valid label
 * (coredns/coredns#7431, fixing #7430).
 */
export function endpointLabel(endpoint: Endpoint, address: string, podNames: boolean): string {
  if (endpoint.hostname !== null && endpoint.hostname !== '') return endpoint.hostname;
  if (podNames && endpoint.targetPod !== null && endpoint.targetPod.name.length < 64) return endpoint.targetPod.name;
  return dashedAddress(address);
}

export function dashedAddress(address: string): string {
  if (address.includes('.')) return address.replaceAll('.', '-');
  const dashed = address.replaceAll(':', '-');
  return dashed.endsWith('-') ? `${dashed}0` : dashed;
}

/**
 * The address text a pod-record label stands for (kubernetes.go findPods): three dashes and no `--` is
 * IPv4, anything else IPv6. The text is not parsed here: verified mode compares it as a string.
 */
export function podLabelAddress(label: string): string {
  const dashes = label.split('-').length - 1;
  return dashes === 3 && !label.includes('--') ? label.replaceAll('-', '.') : label.replaceAll('-', ':');
}

export type HostKind = { readonly type: 'A' | 'AAAA'; readonly address: string } | { readonly type: 'CNAME' };

/**
 * msg.Service HostType: an item's host is an address (A or AAAA) or a name (CNAME). Go's net.IP treats an
 * IPv4-mapped IPv6 address as IPv4 (To4 succeeds), so such a host is an A record of the IPv4 address.
 */
export function hostKind(host: string): HostKind {
  const ip = IpAddress.tryParse(host);
  if (ip === undefined) return { type: 'CNAME' };
  if (ip.family === 'IPv6' && ip.isIPv4Mapped()) return { type: 'A', address: ip.unmap().toString() };
  return { type: ip.family === 'IPv4' ? 'A' : 'AAAA', address: ip.toString() };
}

const IP4_ARPA = '.in-addr.arpa.';
const IP6_ARPA = '.ip6.arpa.';

/**
 * dnsutil.ExtractAddressFromReverse (coredns plugin/pkg/dnsutil/reverse.go): the address a reverse name
 * stands for, canonical, or null. in-addr.arpa: the labels reversed must be a dotted quad. ip6.arpa: the
 * labels reversed, joined four at a time into groups (a trailing partial group is dropped), must parse as an
 * IPv6 address; Go prints an IPv4-mapped result as IPv4.
 */
export function reverseAddress(name: string): string | null {
  const n = absolute(name).toLowerCase();
  if (n.endsWith(IP4_ARPA)) {
    const labels = n.slice(0, -IP4_ARPA.length).split('.').reverse();
    const ip = IpAddress.tryParse(labels.join('.'));
    return ip !== undefined && ip.family === 'IPv4' ? ip.toString() : null;
  }
  if (n.endsWith(IP6_ARPA)) {
    const labels = n.slice(0, -IP6_ARPA.length).split('.').reverse();
    const groups: string[] = [];
    for (let i = 0; i + 4 <= labels.length; i += 4) groups.push(labels.slice(i, i + 4).join(''));
    const ip = IpAddress.tryParse(groups.join(':'));
    if (ip === undefined || ip.family !== 'IPv6') return null;
    return ip.isIPv4Mapped() ? ip.unmap().toString() : ip.toString();
  }
  return null;
}

/** The reverse name of an address: `d.c.b.a.in-addr.arpa.` or the 32 nibbles of ip6.arpa (RFC 3596 §2.5). */
export function reverseName(address: string): string {
  const ip = IpAddress.parse(address);
  if (ip.family === 'IPv4') return `${address.split('.').reverse().join('.')}.in-addr.arpa.`;
  const hex = [ip.w0, ip.w1, ip.w2, ip.w3].map((w) => w.toString(16).padStart(8, '0')).join('');
  return `${[...hex].reverse().join('.')}.ip6.arpa.`;
}

/** Why a name cannot be queried at all, or null: empty labels, a label over 63 or a name over 253 octets (RFC 1035 §2.3.4). */
export function nameProblem(name: string): string | null {
  if (name === '' || name === '.') return 'the name is empty';
  const labels = relative(name).split('.');
  if (labels.some((l) => l === '')) return 'the name has an empty label (two dots in a row, or a leading dot)';
  if (labels.some((l) => l.length > 63)) return 'a label is longer than 63 characters';
  if (relative(name).length > 253) return 'the name is longer than 253 characters';
  return null;
}
