/**
 * Record constructors (the msg.Service New* helpers of coredns plugin/etcd/msg/service.go and
 * plugin/backend_lookup.go SOA) and the presentation format `dig` prints, used by tests and adapters.
 */
import { absolute } from './names';
import type { DnsRecord } from './types';

export function addressRecord(name: string, ttl: number, type: 'A' | 'AAAA', address: string): DnsRecord {
  return { name: absolute(name), ttl, class: 'IN', type, address };
}

export function nameRecord(name: string, ttl: number, type: 'CNAME' | 'PTR' | 'NS', target: string): DnsRecord {
  return { name: absolute(name), ttl, class: 'IN', type, target: absolute(target) };
}

/** SRV with CoreDNS's priority 0 (msg.Service.Priority is never set by the kubernetes plugin). */
export function srvRecord(name: string, ttl: number, weight: number, port: number, target: string): DnsRecord {
  return { name: absolute(name), ttl, class: 'IN', type: 'SRV', priority: 0, weight, port, target: absolute(target) };
}

export function txtRecord(name: string, ttl: number, text: string): DnsRecord {
  return { name: absolute(name), ttl, class: 'IN', type: 'TXT', text };
}

/**
 * The zone's SOA as plugin/backend_lookup.go SOA builds it: TTL min(300, ttl), `ns.dns.<zone>`,
 * `hostmaster.<zone>`, refresh 7200, retry 1800, expire 86400, minimum = ttl. The serial is not modeled.
 */
export function soaRecord(zone: string, ttl: number): DnsRecord {
  const z = absolute(zone);
  return {
    name: z,
    ttl: Math.min(300, ttl),
    class: 'IN',
    type: 'SOA',
    mname: `ns.dns.${z}`,
    rname: `hostmaster.${z}`,
    serial: null,
    refresh: 7200,
    retry: 1800,
    expire: 86400,
    minimum: ttl,
  };
}

function rdata(r: DnsRecord): string {
  switch (r.type) {
    case 'A':
    case 'AAAA':
      return r.address;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return r.target;
    case 'SRV':
      return `${r.priority} ${r.weight} ${r.port} ${r.target}`;
    case 'TXT':
      return JSON.stringify(r.text);
    case 'SOA':
      return `${r.mname} ${r.rname} ? ${r.refresh} ${r.retry} ${r.expire} ${r.minimum}`;
  }
}

/** `name ttl IN type rdata`, tab-separated as miekg/dns prints it; an SOA's unknown serial prints as `?`. */
export function formatRecord(r: DnsRecord): string {
  return `${r.name}\t${r.ttl}\tIN\t${r.type}\t${rdata(r)}`;
}
