import type { FastifyInstance } from 'fastify';
import { kubeProxyText, type DnsInput, type KubeProxyInput } from '../../../questions/services';
import { nameParam, problemResponses, ref } from '../schemas';

const proxyQuery = {
  type: 'object',
  properties: {
    node: { type: 'string', description: 'default: the first node' },
    mode: { type: 'string', enum: ['iptables', 'nftables', 'ipvs'] },
    family: { type: 'string', enum: ['ipv4', 'ipv6'] },
  },
} as const;

/** DNS and kube-proxy: the two mappings from a name to a pod (docs/SERVICES.md). */
export async function serviceRoutes(server: FastifyInstance) {
  server.get<{ Params: { name: string }; Querystring: DnsInput }>('/topologies/:name/dns', {
    schema: {
      operationId: 'dns',
      summary: 'Answer a DNS question as CoreDNS would, or resolve a name from a pod through its search path',
      tags: ['services'],
      params: nameParam,
      querystring: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          type: { type: 'string', description: 'A, AAAA, SRV, PTR, CNAME, TXT… (default A)' },
          from: { type: 'string', description: 'pod:<ns>/<name>: resolve with that pod’s resolv.conf' },
          resolver: { type: 'string', enum: ['glibc', 'musl'] },
        },
      },
      response: { 200: ref('DnsAnswer'), ...problemResponses(404) },
    },
    handler: async (request) => request.ask('dns', request.params.name, request.query),
  });

  server.get<{ Params: { name: string }; Querystring: KubeProxyInput & { format?: 'json' | 'text' } }>('/topologies/:name/kube-proxy', {
    schema: {
      operationId: 'kubeProxyRules',
      summary: 'The rules kube-proxy would program on a node',
      description: 'format=text returns iptables-restore / nft -f input as text/plain (IPVS: its virtual servers, then its iptables-restore input); json the structured rules.',
      tags: ['services'],
      params: nameParam,
      querystring: { ...proxyQuery, properties: { ...proxyQuery.properties, format: { type: 'string', enum: ['json', 'text'], default: 'json' } } },
      response: {
        200: {
          description: 'the rules (format=json), or iptables-restore / nft -f input (format=text)',
          content: { 'application/json': { schema: ref('KubeProxyRules') }, 'text/plain': { schema: { type: 'string' } } },
        },
        ...problemResponses(404),
      },
    },
    handler: async (request, reply) => {
      const { format, ...input } = request.query;
      const answer = await request.ask('kubeProxyRules', request.params.name, input);
      if (format === 'text') return reply.type('text/plain; charset=utf-8').send(kubeProxyText(answer));
      return answer;
    },
  });

  server.get<{ Params: { name: string }; Querystring: KubeProxyInput }>('/topologies/:name/rule-counts', {
    schema: {
      operationId: 'ruleCounts',
      summary: 'kube-proxy rule counts per mode on a node (sync cost)',
      tags: ['services'],
      params: nameParam,
      querystring: proxyQuery,
      response: { 200: ref('RuleCounts'), ...problemResponses(404) },
    },
    handler: async (request) => request.ask('ruleCounts', request.params.name, request.query),
  });
}
