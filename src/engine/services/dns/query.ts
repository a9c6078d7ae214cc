/**
 * `query(index, name, type)`: what CoreDNS answers, as kubeadm configures it. Ported from
 * coredns/coredns plugin/kubernetes/handler.go ServeDNS (type dispatch; NXDOMAIN vs NODATA; SOA only at the
 * apex; AXFR/IXFR refused; other types by a "fake A lookup"), plugin/backend_lookup.go (A, AAAA, SRV, TXT,
 * CNAME, PTR, NS, SOA, BackendError), plugin/kubernetes/reverse.go and ns.go. The zones are the cluster
 * domain and, with `reverseZones`, in-addr.arpa and ip6.arpa; anything else is forwarded upstream.
 */
import { absolute, hostKind, isSubdomain, nameProblem, relative, reverseAddress } from './names';
import type { DnsIndex } from './dnsIndex';
import { nameServerItems, records, services, type Item, type LookupContext } from './lookup';
import { addressRecord, nameRecord, soaRecord, srvRecord, txtRecord } from './records';
import type { DnsAnswer, DnsRecord, QueryType, Rcode } from './types';

interface Result {
  readonly answers: DnsRecord[];
  readonly additional: DnsRecord[];
  incomplete: boolean;
  readonly notes: string[];
  /** What the name turned out to be (for a NODATA answer's note). */
  reason: string;
}

function zonesOf(index: DnsIndex): string[] {
  return index.options.reverseZones ? [index.zone, 'in-addr.arpa', 'ip6.arpa'] : [index.zone];
}

/** plugin.Zones.Matches: the longest zone the name is in. */
function matchZone(index: DnsIndex, lower: string): string | null {
  let best: string | null = null;
  for (const z of zonesOf(index)) if (isSubdomain(z, lower) && (best === null || z.length > best.length)) best = z;
  return best;
}

interface Addresses {
  readonly nameError?: string;
  readonly records: DnsRecord[];
}

/** plugin.A / plugin.AAAA, CNAME chasing included (at most 8 CNAMEs, no loops, upstream targets not followed). */
function addresses(ctx: LookupContext, qname: string, type: 'A' | 'AAAA', chain: DnsRecord[], out: Result): Addresses {
  const lower = relative(qname).toLowerCase();
  // checkForApex: at the apex CoreDNS first tries `apex.dns.<zone>`, which the kubernetes plugin never has.
  const found = services(ctx, lower, type);
  if (!found.ok) return { nameError: found.reason, records: [] };
  if (chain.length === 0) out.reason = found.reason;
  const recs: DnsRecord[] = [];
  const seen = new Set<string>();
  for (const item of found.items) {
    const kind = hostKind(item.host);
    if (kind.type === 'CNAME') {
      if (isSubdomain(qname, item.host)) continue; // x CNAME x (or below x) is a loop
      const cname = nameRecord(qname, item.ttl, 'CNAME', item.host);
      const same = (c: DnsRecord): boolean => c.type === 'CNAME' && c.name.toLowerCase() === absolute(qname).toLowerCase() && c.target.toLowerCase() === absolute(item.host).toLowerCase();
      if (chain.length > 7 || chain.some(same)) continue; // dnsutil.DuplicateCNAME; at most 8 CNAMEs
      if (isSubdomain(ctx.zone, item.host)) {
        const next = addresses(ctx, absolute(item.host), type, [...chain, cname], out);
        if (next.nameError === undefined && next.records.length > 0) recs.push(cname, ...next.records);
        continue;
      }
      recs.push(cname);
      out.incomplete = true;
      out.notes.push(`${absolute(item.host)} is outside the cluster: CoreDNS asks its upstream (forward . /etc/resolv.conf) and appends that answer, or drops the CNAME if upstream fails — not modeled`);
      continue;
    }
    if (kind.type === type && !seen.has(kind.address)) {
      seen.add(kind.address);
      recs.push(addressRecord(qname, item.ttl, type, kind.address));
    }
  }
  return { records: recs };
}

/** plugin.SRV: weight = floor(100 / (100·n) · 100) for n items, at least 1; records and addresses deduplicated. */
function srv(ctx: LookupContext, qname: string, lower: string, out: Result): string | undefined {
  const found = services(ctx, lower, 'SRV');
  if (!found.ok) return found.reason;
  out.reason = found.reason;
  const total = 100 * found.items.length;
  const dupSrv = new Set<string>();
  const dupAddr = new Set<string>();
  for (const item of found.items) {
    if (item.port === -1) continue;
    const weight = Math.max(1, Math.floor((100 / total) * 100));
    const kind = hostKind(item.host);
    if (kind.type === 'CNAME') continue; // Services drops ExternalName items for SRV
    const target = absolute(item.owner);
    const srvKey = `${target.toLowerCase()} ${item.port}`;
    if (!dupSrv.has(srvKey)) {
      dupSrv.add(srvKey);
      out.answers.push(srvRecord(qname, item.ttl, weight, item.port, target));
    }
    const addrKey = `${target.toLowerCase()} ${kind.address}`;
    if (!dupAddr.has(addrKey)) {
      dupAddr.add(addrKey);
      out.additional.push(addressRecord(target, item.ttl, kind.type, kind.address));
    }
  }
  if (out.answers.length === 0 && found.items.length > 0) out.reason = `${found.reason}, but without ports (an EndpointSlice with no ports gives CoreDNS's port -1: no SRV)`;
  return undefined;
}

/** reverse.go serviceRecordForIP: a ClusterIP's Service, else every ready endpoint holding the address. */
function ptr(ctx: LookupContext, qname: string, lower: string, out: Result): string | undefined {
  const ip = reverseAddress(lower);
  if (ip === null) {
    const r = records(ctx, lower);
    out.reason = r.reason;
    return r.ok ? undefined : r.reason;
  }
  const ttl = ctx.index.options.ttl;
  const svc = ctx.index.serviceByClusterIp.get(ip);
  if (svc !== undefined) {
    out.answers.push(nameRecord(qname, ttl, 'PTR', `${svc.name}.${svc.namespace}.svc.${ctx.index.zone}`));
    return undefined;
  }
  // Every endpoint holding the address gets a PTR (coredns/coredns#7194 reverted the hostname-only rule of
  // #6898; #8408 shows the two PTRs a pod behind two Services gets).
  const seen = new Set<string>();
  for (const ref of ctx.index.endpointsByIp.get(ip) ?? []) {
    const target = `${ref.label}.${ref.service.name}.${ref.service.namespace}.svc.${ctx.index.zone}`;
    if (seen.has(target)) continue;
    seen.add(target);
    out.answers.push(nameRecord(qname, ttl, 'PTR', target));
  }
  return out.answers.length > 0 ? undefined : `no Service has ClusterIP ${ip} and no ready endpoint has it`;
}

function dispatch(ctx: LookupContext, qname: string, lower: string, type: QueryType, out: Result): string | undefined {
  switch (type) {
    case 'A':
    case 'AAAA': {
      const r = addresses(ctx, qname, type, [], out);
      out.answers.push(...r.records);
      return r.nameError;
    }
    case 'SRV':
      return srv(ctx, qname, lower, out);
    case 'PTR':
      return ptr(ctx, qname, lower, out);
    case 'TXT': {
      const found = services(ctx, lower, 'TXT');
      if (!found.ok) return found.reason;
      out.reason = found.reason;
      for (const i of found.items) if (i.text !== undefined) out.answers.push(txtRecord(qname, i.ttl, i.text));
      return undefined;
    }
    case 'CNAME': {
      const found = services(ctx, lower, 'CNAME');
      if (!found.ok) return found.reason;
      out.reason = found.reason;
      const first = found.items[0];
      if (first !== undefined && hostKind(first.host).type === 'CNAME') out.answers.push(nameRecord(qname, first.ttl, 'CNAME', first.host));
      return undefined;
    }
    case 'SOA':
      if (lower === ctx.zone) out.answers.push(soaRecord(ctx.zoneAsAsked, ctx.index.options.ttl));
      else out.reason = 'CoreDNS answers SOA only at the zone apex (handler.go), whether or not the name exists';
      return undefined;
    case 'NS':
      if (lower === ctx.zone) return nameServers(ctx, qname, out);
      break;
    default:
      break;
  }
  // Types the plugin has no records of (MX, ANY, HINFO…), and NS below the apex: a fake A lookup decides
  // between NXDOMAIN and NODATA.
  const probe: Result = { answers: [], additional: [], incomplete: false, notes: [], reason: '' };
  const nameError = addresses(ctx, qname, 'A', [], probe).nameError;
  out.reason = `the plugin holds no ${type} records; a lookup of the name as A found that ${probe.reason}`;
  return nameError;
}

/** plugin.NS with ns.go nsAddrs: the DNS Service's name, its ClusterIPs as additional records. */
function nameServers(ctx: LookupContext, qname: string, out: Result): undefined {
  const ttl = ctx.index.options.ttl;
  const items: Item[] = nameServerItems(ctx);
  if (items.length === 0) {
    out.answers.push(nameRecord(qname, ttl, 'NS', `ns.dns.${ctx.zoneAsAsked}`));
    out.notes.push(`summarized: no DNS Service found (${ctx.index.dnsServer.reason}); CoreDNS would name itself ns.dns.${ctx.zone} with its own pod address`);
    return undefined;
  }
  out.answers.push(nameRecord(qname, ttl, 'NS', items[0]?.owner ?? ''));
  for (const i of items) {
    const kind = hostKind(i.host);
    if (kind.type !== 'CNAME') out.additional.push(addressRecord(i.owner, ttl, kind.type, kind.address));
  }
  return undefined;
}

/** The Corefile's `forward` block with the longest zone holding the name (a stub domain before `.`). */
function forwardFor(index: DnsIndex, lower: string): string {
  const blocks = index.options.forward ?? [{ zone: '.', to: ['/etc/resolv.conf'] }];
  let best: { zone: string; to: readonly string[] } | null = null;
  for (const block of blocks) {
    const zone = block.zone === '.' ? '' : block.zone.toLowerCase().replace(/\.$/, '');
    if ((zone === '' || isSubdomain(zone, lower)) && (best === null || zone.length > best.zone.length)) best = { zone, to: block.to };
  }
  return best === null ? 'no forward block covers it' : `forward ${best.zone === '' ? '.' : best.zone} ${best.to.join(' ')}`;
}

function unanswered(question: DnsAnswer['question'], answeredBy: 'upstream' | 'none', why: string): DnsAnswer {
  return { question, answeredBy, rcode: null, answers: [], additional: [], authority: [], incomplete: false, notes: [why] };
}

/** The answer CoreDNS (kubeadm's Corefile, or the options the index was built with) gives to `name` `type`. */
export function query(index: DnsIndex, name: string, type: QueryType): DnsAnswer {
  const qname = absolute(name);
  const question = { name: qname, type };
  const problem = nameProblem(name);
  if (problem !== null) return unanswered(question, 'none', `not sent: ${problem} (resolvers refuse to build such a query)`);
  const lower = relative(qname).toLowerCase();
  const zone = matchZone(index, lower);
  if (zone === null) return unanswered(question, 'upstream', `${qname} is outside ${zonesOf(index).join(', ')}: CoreDNS forwards it upstream (${forwardFor(index, lower)}), which the model does not know`);
  const zoneAsAsked = relative(qname).slice(relative(qname).length - zone.length);
  const reply = (rcode: Rcode, out: Result, soa: boolean): DnsAnswer => ({
    question,
    answeredBy: 'kubernetes',
    rcode,
    answers: out.answers,
    additional: out.additional,
    authority: soa ? [soaRecord(zoneAsAsked, index.options.ttl)] : [],
    incomplete: out.incomplete,
    notes: [...new Set(out.notes)],
  });
  const out: Result = { answers: [], additional: [], incomplete: false, notes: [], reason: '' };
  if (type === 'AXFR' || type === 'IXFR') return reply('REFUSED', { ...out, notes: ['zone transfers are refused (no `transfer` in the Corefile)'] }, false);
  const ctx: LookupContext = { index, zone, zoneAsAsked, notes: out.notes };
  const nameError = dispatch(ctx, qname, lower, type, out);
  if (nameError !== undefined) {
    if (zone !== index.zone && index.options.fallthroughReverse) {
      return unanswered(question, 'upstream', `${nameError}; with \`fallthrough in-addr.arpa ip6.arpa\` CoreDNS passes the query upstream (${forwardFor(index, lower)}), which the model does not know`);
    }
    out.notes.unshift(`NXDOMAIN: ${nameError}`);
    return reply('NXDOMAIN', out, true);
  }
  if (out.answers.length === 0) {
    out.notes.unshift(`NODATA: no ${type} record — ${out.reason}`);
    return reply('NOERROR', out, true);
  }
  return reply('NOERROR', out, false);
}
