/**
 * The kubernetes plugin's backend, ported: what a name in the cluster zone stands for, before a record type
 * is applied. Sources, coredns/coredns plugin/kubernetes:
 *  - parse.go parseRequest: `[_port._proto. | endpoint.]service.namespace.(svc|pod).zone`; the apex, `svc`
 *    and `pod` alone are NODATA; a last label other than svc/pod, or more than two labels before the
 *    service, is an invalid request (NXDOMAIN); two leading labels are always port and protocol (their `_`
 *    stripped), so `_http._tcp.web.default.svc` also answers A queries;
 *  - kubernetes.go Records (namespace must exist, else NXDOMAIN), findServices, findPods,
 *    matchPortAndProtocol (an empty port or protocol matches any), Services (TXT, NS, `ns.dns.<zone>`, SRV
 *    without ExternalName targets).
 * Wildcard labels (`*`, `any`) were removed in CoreDNS 1.9.0 (coredns/coredns#5019): they are ordinary
 * labels here, so they match nothing.
 * An item is one msg.Service: a host (address or name), a port, and the owner name its key spells.
 */
import { hostKind, podLabelAddress } from './names';
import type { DnsIndex, PortEntry, ServiceEntry } from './dnsIndex';
import { serviceKey } from './dnsIndex';
import { DNS_SCHEMA_VERSION, DNS_VERSION_TTL, type QueryType } from './types';

export interface Item {
  /** An address, or a name (an ExternalName's target). */
  readonly host: string;
  /** SRV port; -1 is CoreDNS's "no ports" sentinel (no SRV record), 0 where CoreDNS sets none. */
  readonly port: number;
  /** The owner name the item's key spells (SRV targets), without the trailing dot. */
  readonly owner: string;
  readonly ttl: number;
  readonly text?: string;
}

/** Items (possibly none: NODATA), or a name error (NXDOMAIN), each with the reason in words. */
export type Lookup = { readonly ok: true; readonly items: readonly Item[]; readonly reason: string } | { readonly ok: false; readonly reason: string };

export interface LookupContext {
  readonly index: DnsIndex;
  /** The zone the name matched, lower case, no trailing dot. */
  readonly zone: string;
  /** The same zone as the question spelled it (CoreDNS keeps the question's case in the names it builds). */
  readonly zoneAsAsked: string;
  /** Notes gathered while answering (Service facts); deduplicated by the caller. */
  readonly notes: string[];
}

interface Request {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  podOrSvc: '' | 'pod' | 'svc';
}

const ok = (items: readonly Item[], reason: string): Lookup => ({ ok: true, items, reason });
const nameError = (reason: string): Lookup => ({ ok: false, reason });
const eq = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function matchPortAndProtocol(r: Request, p: PortEntry): boolean {
  return (r.port === '' || eq(r.port, p.name)) && (r.protocol === '' || eq(r.protocol, p.protocol));
}

function strip(label: string): string {
  return label.startsWith('_') ? label.slice(1) : label;
}

/** parseRequest; `base` is the name without the zone, lower case. */
function parseRequest(base: string): Request | string {
  const r: Request = { port: '', protocol: '', endpoint: '', service: '', namespace: '', podOrSvc: '' };
  if (base === '' || base === 'svc' || base === 'pod') return r;
  const segs = base.split('.');
  let last = segs.length - 1;
  const kind = segs[last] ?? '';
  if (kind !== 'pod' && kind !== 'svc') return `"${kind}" is neither svc nor pod`;
  r.podOrSvc = kind;
  if (--last < 0) return r;
  r.namespace = segs[last] ?? '';
  if (--last < 0) return r;
  r.service = segs[last] ?? '';
  if (--last < 0) return r;
  if (last === 0) r.endpoint = segs[0] ?? '';
  else if (last === 1) {
    r.protocol = strip(segs[1] ?? '');
    r.port = strip(segs[0] ?? '');
  } else return 'too many labels before the Service name';
  return r;
}

function notes(ctx: LookupContext, svc: ServiceEntry): void {
  ctx.notes.push(...svc.notes);
}

function findServices(ctx: LookupContext, r: Request): Lookup {
  if (r.service === '') return ok([], `${r.namespace}.svc.${ctx.zone} names a namespace, not a Service`);
  const svc = ctx.index.services.get(serviceKey(r.service, r.namespace));
  if (svc === undefined) return nameError(`there is no Service ${r.namespace}/${r.service}`);
  notes(ctx, svc);
  const ttl = ctx.index.options.ttl;
  const svcOwner = `${svc.name}.${svc.namespace}.svc.${ctx.zoneAsAsked}`;
  if (svc.type === 'ExternalName') {
    if (r.endpoint !== '' || r.port !== '' || r.protocol !== '') return nameError(`${svc.namespace}/${svc.name} is an ExternalName Service: it has no endpoints or ports in DNS`);
    const target = svc.externalName ?? '';
    if (hostKind(target).type !== 'CNAME') return nameError(`${svc.namespace}/${svc.name} is an ExternalName Service whose externalName ${JSON.stringify(target)} is not a name: CoreDNS publishes nothing for it`);
    return ok([{ host: target, port: 0, owner: svcOwner, ttl }], `${svc.namespace}/${svc.name} is an ExternalName Service`);
  }
  if (svc.headless || r.endpoint !== '') {
    const items: Item[] = [];
    for (const eps of ctx.index.endpoints.get(serviceKey(svc.name, svc.namespace)) ?? []) {
      for (const a of eps.addresses) {
        if (r.endpoint !== '' && !eq(r.endpoint, a.label)) continue;
        for (const p of eps.ports) {
          if (matchPortAndProtocol(r, p)) items.push({ host: a.ip, port: p.port, owner: `${a.label}.${svcOwner}`, ttl });
        }
      }
    }
    if (items.length > 0) return ok(items, svc.headless ? `${svc.namespace}/${svc.name} is headless: its ready endpoints` : `endpoint ${r.endpoint} of ${svc.namespace}/${svc.name}`);
    const what = r.endpoint !== '' ? `no ready endpoint named ${r.endpoint}` : 'no ready endpoint';
    const port = r.port !== '' || r.protocol !== '' ? ` with port _${r.port}._${r.protocol}` : '';
    return nameError(`${svc.namespace}/${svc.name} has ${what}${port}`);
  }
  const items: Item[] = [];
  let matched = false;
  for (const p of svc.ports) {
    if (!matchPortAndProtocol(r, p)) continue;
    matched = true;
    for (const ip of svc.clusterIPs) items.push({ host: ip, port: p.port, owner: svcOwner, ttl });
  }
  if (!matched) {
    return nameError(svc.ports.length === 0 ? `${svc.namespace}/${svc.name} has no ports, and CoreDNS answers a ClusterIP Service only through its ports` : `${svc.namespace}/${svc.name} has no port _${r.port}._${r.protocol}`);
  }
  return ok(items, items.length > 0 ? `${svc.namespace}/${svc.name} has ClusterIP ${svc.clusterIPs.join(', ')}` : `${svc.namespace}/${svc.name} has no ClusterIP in the topology`);
}

function findPods(ctx: LookupContext, r: Request): Lookup {
  const mode = ctx.index.options.podMode;
  if (mode === 'disabled') return nameError('pod records are disabled (CoreDNS `pods disabled`)');
  if (r.service === '') return ok([], `${r.namespace}.pod.${ctx.zone} names a namespace, not a pod`);
  const podname = r.service;
  const ip = podLabelAddress(podname);
  const owner = `${podname}.${r.namespace}.pod.${ctx.zoneAsAsked}`;
  const ttl = ctx.index.options.ttl;
  if (mode === 'insecure') {
    if (hostKind(ip).type === 'CNAME') return nameError(`${podname} does not spell an IP address`);
    return ok([{ host: ip, port: 0, owner, ttl }], `pods insecure: the address is read from the name, no pod is looked up`);
  }
  const holders = ctx.index.podNamespacesByIp.get(ip) ?? [];
  const items = holders.filter((ns) => eq(ns, r.namespace)).map(() => ({ host: ip, port: 0, owner, ttl }));
  if (items.length === 0) return nameError(`pods verified: no pod in namespace ${r.namespace} has status.podIP ${ip}`);
  return ok(items, `pods verified: a pod in ${r.namespace} has status.podIP ${ip}`);
}

/** kubernetes.go Records: the name (lower case, no trailing dot) inside the cluster zone. */
export function records(ctx: LookupContext, name: string): Lookup {
  const base = name === ctx.zone ? '' : name.slice(0, -(ctx.zone.length + 1));
  const r = parseRequest(base);
  if (typeof r === 'string') return nameError(`${name}: ${r}`);
  if (r.podOrSvc === '') return ok([], `${name} is a zone, svc or pod apex`);
  if (!ctx.index.namespaces.has(r.namespace)) return nameError(`namespace ${r.namespace} does not exist`);
  return r.podOrSvc === 'pod' ? findPods(ctx, r) : findServices(ctx, r);
}

/** The DNS Service's addresses as nsAddrs (ns.go) gives them: its ClusterIPs, named after the Service. */
export function nameServerItems(ctx: LookupContext): Item[] {
  const server = ctx.index.dnsServer.server;
  if (server === null) return [];
  const owner = `${server.name}.${server.namespace}.svc.${ctx.zoneAsAsked}`;
  return server.addresses.map((ip) => ({ host: ip, port: 0, owner, ttl: ctx.index.options.ttl }));
}

/** kubernetes.go Services: `records` plus what depends on the query type. */
export function services(ctx: LookupContext, name: string, type: QueryType): Lookup {
  if (type === 'TXT') {
    if (name === `dns-version.${ctx.zone}`) return ok([{ host: '', port: 0, owner: name, ttl: DNS_VERSION_TTL, text: DNS_SCHEMA_VERSION }], 'the schema version (spec 2.2)');
    // Only dns-version has a TXT record; another name that exists is NODATA, anything else NXDOMAIN — and
    // "exists" means "has items", so a bare namespace name is NXDOMAIN for TXT (kubernetes.go Services).
    const other = records(ctx, name);
    return other.ok && other.items.length > 0 ? ok([], `${name} has records, but no TXT record`) : nameError(other.reason);
  }
  if (name === `ns.dns.${ctx.zone}`) {
    const want = type === 'A' || type === 'AAAA' ? type : null;
    return ok(nameServerItems(ctx).filter((i) => hostKind(i.host).type === want), 'the name server of the zone (ns.go isDefaultNS)');
  }
  const found = records(ctx, name);
  // SRV for ExternalName Services is not implemented in CoreDNS: their CNAME items are dropped.
  if (type === 'SRV' && found.ok) return ok(found.items.filter((i) => hostKind(i.host).type !== 'CNAME'), found.reason);
  return found;
}
