/**
 * The shared syntax for naming things in questions (docs/ARCHITECTURE.md "Naming things in questions"):
 *
 *   pod:<ns>/<name>   node:<name>[:<port>]   svc:<ns>/<name>[:<port>]   dns:<name>[:<port>]
 *   ip:<address>[:<port>]   external:<address>[:<port>]
 *
 * An IPv6 address with a port is written in brackets, as in URLs (RFC 3986 §3.2.2): `ip:[fd00::1]:80`.
 * Without brackets the whole text is the address (`ip:fd00::1:80` is the address fd00::1:80). A Service port
 * may be a number or a port name (`svc:default/web:http`); other ports are numbers 1–65535. A node with a port
 * (`node:worker-1:30080`) is its InternalIP on that port — how a NodePort is named. A DNS name keeps a
 * trailing dot: `dns:web.shop.svc.cluster.local.` is absolute, so the resolver sends it as it is, unsearched.
 * Parse errors are returned as data, with a sentence saying what is wrong.
 */
import { IpAddress } from '../net';

export type Target =
  | { readonly kind: 'pod'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'node'; readonly name: string; readonly port?: number | null }
  | { readonly kind: 'svc'; readonly namespace: string; readonly name: string; readonly port: number | string | null }
  | { readonly kind: 'dns'; readonly name: string; readonly port: number | null }
  | { readonly kind: 'ip' | 'external'; readonly address: string; readonly port: number | null };

export type TargetParse = { readonly ok: true; readonly target: Target } | { readonly ok: false; readonly error: string };

const KINDS = ['pod', 'node', 'svc', 'dns', 'ip', 'external'];
/** RFC 1123 label (namespaces) and subdomain (pod, node, Service and DNS names), as Kubernetes validates them. */
const LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/;

function fail(text: string, why: string): TargetParse {
  return { ok: false, error: `${JSON.stringify(text)}: ${why}` };
}

function parsePort(s: string): number | null {
  if (!/^[0-9]{1,5}$/.test(s) || (s.length > 1 && s.startsWith('0'))) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}

function subdomain(s: string): boolean {
  return s.length <= 253 && SUBDOMAIN.test(s);
}

function namespaced(rest: string): { namespace: string; name: string } | string {
  const slash = rest.indexOf('/');
  if (slash < 0) return `expected <namespace>/<name>`;
  const namespace = rest.slice(0, slash);
  const name = rest.slice(slash + 1);
  if (!LABEL.test(namespace)) return `namespace ${JSON.stringify(namespace)} is not a valid Kubernetes namespace name (RFC 1123 label)`;
  if (!subdomain(name)) return `name ${JSON.stringify(name)} is not a valid Kubernetes object name (RFC 1123 subdomain)`;
  return { namespace, name };
}

/** Split `<host>[:<port>]` where host may be a bracketed IPv6 address. */
function splitAddress(rest: string): { host: string; port: string | null } | string {
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return 'missing "]" after the bracketed IPv6 address';
    const after = rest.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return `unexpected ${JSON.stringify(after)} after "]"`;
    return { host: rest.slice(1, close), port: after === '' ? null : after.slice(1) };
  }
  const colons = rest.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = rest.split(':') as [string, string];
    return { host, port };
  }
  return { host: rest, port: null };
}

function parseAddressTarget(text: string, kind: 'ip' | 'external', rest: string): TargetParse {
  const split = splitAddress(rest);
  if (typeof split === 'string') return fail(text, split);
  const address = IpAddress.tryParse(split.host);
  if (address === undefined) return fail(text, `${JSON.stringify(split.host)} is not an IP address`);
  if (split.port !== null && split.host.includes(':') && !rest.startsWith('[')) return fail(text, 'write an IPv6 address with a port in brackets: [addr]:port');
  const port = split.port === null ? null : parsePort(split.port);
  if (split.port !== null && port === null) return fail(text, `port ${JSON.stringify(split.port)} is not a number between 1 and 65535`);
  return { ok: true, target: { kind, address: address.toString(), port } };
}

function withPort(rest: string): { body: string; port: string | null } {
  const colon = rest.lastIndexOf(':');
  return colon < 0 ? { body: rest, port: null } : { body: rest.slice(0, colon), port: rest.slice(colon + 1) };
}

export function parseTarget(text: string): TargetParse {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? '' : text.slice(0, colon);
  if (!KINDS.includes(kind)) return fail(text, `expected one of ${KINDS.map((k) => `${k}:`).join(', ')} followed by a name or address`);
  const rest = text.slice(colon + 1);
  if (rest === '') return fail(text, `nothing after "${kind}:"`);
  switch (kind) {
    case 'pod': {
      const r = namespaced(rest);
      return typeof r === 'string' ? fail(text, r) : { ok: true, target: { kind: 'pod', ...r } };
    }
    case 'node': {
      const { body, port } = withPort(rest);
      if (!subdomain(body)) return fail(text, `${JSON.stringify(body)} is not a valid node name (RFC 1123 subdomain)`);
      if (port === null) return { ok: true, target: { kind: 'node', name: body } };
      const n = parsePort(port);
      return n === null ? fail(text, `port ${JSON.stringify(port)} is not a number between 1 and 65535`) : { ok: true, target: { kind: 'node', name: body, port: n } };
    }
    case 'svc': {
      const { body, port } = withPort(rest);
      const r = namespaced(body);
      if (typeof r === 'string') return fail(text, r);
      if (port === null) return { ok: true, target: { kind: 'svc', ...r, port: null } };
      const n = parsePort(port);
      if (n === null && !PORT_NAME.test(port)) return fail(text, `port ${JSON.stringify(port)} is neither a number 1–65535 nor a port name`);
      return { ok: true, target: { kind: 'svc', ...r, port: n ?? port } };
    }
    case 'dns': {
      const { body, port } = withPort(rest);
      if (!subdomain(body.endsWith('.') ? body.slice(0, -1) : body)) return fail(text, `${JSON.stringify(body)} is not a DNS name`);
      const n = port === null ? null : parsePort(port);
      if (port !== null && n === null) return fail(text, `port ${JSON.stringify(port)} is not a number between 1 and 65535`);
      return { ok: true, target: { kind: 'dns', name: body, port: n } };
    }
    default:
      return parseAddressTarget(text, kind as 'ip' | 'external', rest);
  }
}

/** The canonical text of a target (parseTarget(formatTarget(t)) gives t back). */
export function formatTarget(t: Target): string {
  const port = (p: number | string | null): string => (p === null ? '' : `:${p}`);
  switch (t.kind) {
    case 'pod':
      return `pod:${t.namespace}/${t.name}`;
    case 'node':
      return `node:${t.name}${port(t.port ?? null)}`;
    case 'svc':
      return `svc:${t.namespace}/${t.name}${port(t.port)}`;
    case 'dns':
      return `dns:${t.name}${port(t.port)}`;
    default:
      return `${t.kind}:${t.address.includes(':') && t.port !== null ? `[${t.address}]` : t.address}${port(t.port)}`;
  }
}
