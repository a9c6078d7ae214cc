import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/main';
import { startTestServer, type TestServer } from '../helpers/server';
import { checkProperty, EXAMPLE_TEXTS, FUZZ_SEED, weirdString } from './helpers/corpus';

// The question parameters — targets (`pod:ns/name`, `ip:addr:port`, …, docs/ARCHITECTURE.md "Naming things in questions"),
// addresses and prefixes, numbers — filled with near misses and junk, through REST, GraphQL and the CLI. Every answer is
// an answer (200, with a disposition when the packet goes nowhere) or a clear refusal: REST 400/404 problem+json,
// GraphQL BAD_USER_INPUT/NOT_FOUND (Int variables stay 32-bit, so the type system refuses none), CLI exit 2. Never a 5xx,
// an INTERNAL_SERVER_ERROR or exit 70, and never hung. ANSWER_MS is a hang guard, not a speed goal (speed is measured
// by `npm run bench`): it is generous enough that a slow shared CI machine cannot trip it.

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const ANSWER_MS = 90_000;
// Each property runs RUNS cases in one test: its budget is the hang guard's, not jest's 120 s default.
const PROPERTY_TEST_MS = 30 * 60_000;
const EXAMPLE_FILE = join(__dirname, '..', '..', 'examples', 'seed-overlay.yaml');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0 });
  for (const text of EXAMPLE_TEXTS) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: text });
    assert.equal(r.status, 201);
  }
});
afterAll(async () => {
  await ts.close();
});

// Names from examples/seed-overlay.yaml and a few that exist nowhere, mixed with junk.
const namespace = fc.oneof(fc.constantFrom('default', 'kube-system', 'shop'), weirdString);
const podName = fc.oneof(fc.constantFrom('web-frontend', 'account-app-6d8f7b9c4-7hw5m', 'account-app-6d8f7b9c4-x2kqp'), weirdString);
const nodeName = fc.oneof(fc.constantFrom('node-1', 'node-2', 'cp-1', 'worker-1'), weirdString);
const address = fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.constantFrom('10.244.1.5', '10.100.0.3', '8.8.8.8', '10.96.0.10', '::1'), weirdString);
const port = fc.oneof(fc.integer({ min: -2, max: 70_000 }).map(String), fc.constantFrom('', 'http', '1e3', '080', '0x50', ' 80', '99999999999999999999'));
const withPort = (base: fc.Arbitrary<string>) => fc.tuple(base, fc.option(port, { nil: undefined })).map(([b, p]) => (p === undefined ? b : `${b}:${p}`));

/** Targets that resolve in seed-overlay, so that the tracer and resolver do real work in a good share of the cases. */
const goodTarget = fc.constantFrom(
  'pod:default/web-frontend',
  'pod:default/account-app-6d8f7b9c4-7hw5m',
  'node:node-1',
  'node:node-2',
  'ip:10.244.1.5:8080',
  'external:8.8.8.8:443',
  'svc:default/account-app:80',
  'dns:account-app:80',
);

const target: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: goodTarget },
  fc.tuple(namespace, podName).map(([ns, n]) => `pod:${ns}/${n}`),
  nodeName.map((n) => `node:${n}`),
  withPort(fc.tuple(namespace, fc.constantFrom('account-app', 'kube-dns', 'web'), weirdString).map(([ns, n]) => `svc:${ns}/${n}`)),
  withPort(fc.oneof(fc.constantFrom('account-app', 'kube-dns.kube-system.svc.cluster.local', 'x.'), weirdString).map((n) => `dns:${n}`)),
  withPort(address.map((a) => `ip:${a}`)),
  withPort(address.map((a) => `ip:[${a}]`)),
  withPort(address.map((a) => `external:${a}`)),
  fc.constantFrom('pod:', 'pod:/', 'ip:', 'external:', ':80', 'pod:default/web-frontend:80', 'node:node-1:22'),
  weirdString,
);

// Mostly seed-overlay, whose names the good targets use; the others and junk names now and then.
const topologyName = fc.oneof(
  { weight: 6, arbitrary: fc.constant('seed-overlay') },
  { weight: 2, arbitrary: fc.constantFrom('kubeadm-calico', 'seed-routed') },
  { weight: 1, arbitrary: weirdString },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const word = (...values: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: weirdString });
const number = fc.oneof(port, fc.constantFrom('-1', '0', '1.5', 'NaN', 'Infinity', '1e308', '9007199254740993'));
const prefix = fc.oneof(
  fc.tuple(fc.ipV4(), fc.integer({ min: -1, max: 33 })).map(([a, l]) => `${a}/${l}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: -1, max: 129 })).map(([a, l]) => `${a}/${l}`),
  { weight: 3, arbitrary: fc.constantFrom('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fd00::/8', '10.244.0.0/16', '0.0.0.0/0', '::/0') },
  weirdString,
);

type Params = [string, string | undefined][];
const family = maybe(word('ipv4', 'ipv6'));
const on = (route: string) => (p: Record<string, string | undefined>) => ({ route, params: Object.entries(p) as Params });
const repeated = (key: string, values: string[]): Params => values.map((v) => [key, v]);

/** One REST question: a route and its query parameters (absent ones left out). */
const restQuestion: fc.Arbitrary<{ route: string; params: Params }> = fc.oneof(
  fc
    .record({
      route: fc.constantFrom('trace', 'reachability'),
      from: maybe(target),
      to: maybe(target),
      port: maybe(number),
      protocol: maybe(word('tcp', 'udp', 'sctp', 'TCP')),
      packetSize: maybe(number),
      family,
    })
    .map(({ route, ...p }) => on(route)(p)),
  fc.record({ groupBy: maybe(word('subnet', 'zone', 'node')), family, port: maybe(number), packetSize: maybe(number) }).map(on('reachability-matrix')),
  fc.record({ failOn: maybe(word('error', 'warning', 'info')) }).map(on('conflicts')),
  fc.record({ packetSize: maybe(number) }).map(on('overhead')),
  fc
    .record({ provider: maybe(word('generic', 'gke', 'eks', 'aks', 'calico')), growthNodesPerMonth: maybe(number), growthPodsPerMonth: maybe(number), failBelow: maybe(number) })
    .map(on('capacity')),
  fc
    .record({ prefixLength: maybe(number), within: fc.array(prefix, { maxLength: 3 }), avoid: fc.array(prefix, { maxLength: 3 }), count: maybe(number), family })
    .map(({ within, avoid, ...p }) => ({ route: 'free-cidrs', params: [...on('')(p).params, ...repeated('within', within), ...repeated('avoid', avoid)] })),
  fc
    .record({
      name: maybe(word('account-app', 'kube-dns.kube-system.svc.cluster.local', '10.96.0.10', 'x.')),
      type: maybe(word('A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT')),
      from: maybe(target),
      resolver: maybe(word('glibc', 'musl')),
    })
    .map(on('dns')),
  fc.record({ node: maybe(nodeName), mode: maybe(word('iptables', 'nftables', 'ipvs')), family, format: maybe(word('json', 'text')) }).map(on('kube-proxy')),
  fc.record({ node: maybe(nodeName), mode: maybe(word('iptables', 'nftables', 'ipvs')) }).map(on('rule-counts')),
);

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [k, v] of params) if (v !== undefined) search.append(k, v);
  return search.toString();
}

describe('bad question parameters through REST, GraphQL and the CLI', () => {
  test(`REST: every question answers 200, 400 or 404 problem+json, never hangs (${RUNS} cases)`, async () => {
    const seen: Record<number, number> = {};
    await checkProperty(
      fc.asyncProperty(topologyName, restQuestion, async (name, { route, params }) => {
        const url = `${ts.baseUrl}/api/v1/topologies/${encodeURIComponent(name)}/${route}?${query(params)}`;
        const r = await fetch(url, { signal: AbortSignal.timeout(ANSWER_MS) });
        const text = await r.text();
        seen[r.status] = (seen[r.status] ?? 0) + 1;
        // A URL over Node's 16 KiB header limit is refused by the HTTP parser before any route runs (fastify's own JSON).
        if (r.status === 431) return void assert.equal((JSON.parse(text) as { statusCode: number }).statusCode, 431);
        assert.ok([200, 400, 404].includes(r.status), `${r.status} ${text.slice(0, 300)}`);
        if (r.status !== 200) {
          assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
          const body = JSON.parse(text) as { code: string; detail: string };
          assert.equal(body.code, r.status === 400 ? 'BAD_USER_INPUT' : 'NOT_FOUND');
          assert.ok(body.detail.length > 0);
        }
      }),
      { seed: FUZZ_SEED + 10, numRuns: RUNS },
    );
    console.log(`statuses: ${JSON.stringify(seen)}`);
    // The corpus must reach the questions themselves, not only the argument checks.
    assert.ok((seen[200] ?? 0) >= RUNS / 5 && (seen[400] ?? 0) >= RUNS / 10, JSON.stringify(seen));
  }, PROPERTY_TEST_MS);

  test(`GraphQL: Topology's question fields answer or say BAD_USER_INPUT / NOT_FOUND, never INTERNAL_SERVER_ERROR (${RUNS} cases)`, async () => {
    const answered: Record<string, number> = {};
    // One question field per request: they are non-null, so one refused field would null the whole topology and hide
    // whether the others answered.
    const FIELDS = {
      trace: 'trace(from: $from, to: $to, port: $port, protocol: $protocol, packetSize: $size, family: $family) { trace { disposition } }',
      reachability: 'reachability(from: $from, to: $to, port: $port) { reachable }',
      freeCidrs: 'freeCidrs(prefixLength: $length, within: $within, count: $count, family: $family) { found }',
      dns: 'dns(name: $dns, type: $type, from: $from) { kind }',
      capacity: 'capacity(provider: $provider, failBelow: $below) { failed }',
      encapOverhead: 'encapOverhead(packetSize: $size) { plugin }',
      kubeProxyRules: 'kubeProxyRules(node: $node, family: $family) { mode }',
    };
    const VARIABLES: Record<string, string> = {
      from: 'String!', to: 'String!', port: 'Int', protocol: 'Protocol', size: 'Int', family: 'IpFamily', length: 'Int!', within: '[String!]',
      count: 'Int', dns: 'String!', type: 'DnsQueryType', provider: 'Provider', below: 'Float', node: 'String',
    };
    const queryFor = (field: keyof typeof FIELDS) => {
      const used = Object.keys(VARIABLES).filter((v) => new RegExp(`\\$${v}\\b`).test(FIELDS[field]));
      return `query Q($t: String!, ${used.map((v) => `$${v}: ${VARIABLES[v]}`).join(', ')}) { topology(name: $t) { ${FIELDS[field]} } }`;
    };
    // Optional arguments absent half of the time: a field with six arguments otherwise almost never has all six valid.
    const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
    // GraphQL Int is 32-bit: larger numbers are refused by the type system before any resolver runs. Usual values often.
    const int = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(80, 443, 1400, 1500, 9000, 24, 64) },
      { weight: 2, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 0, 65536) },
    );
    await checkProperty(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(FIELDS) as (keyof typeof FIELDS)[])),
        fc.record({
          t: topologyName,
          node: optional(nodeName),
          from: target,
          to: target,
          port: optional(int),
          // Closed sets are enums: their GraphQL names (a wrong one is refused by the type system, as BAD_USER_INPUT).
          protocol: optional(word('TCP', 'UDP')),
          size: optional(int),
          family: optional(word('IPv4', 'IPv6')),
          length: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(16, 24, 28, 64) }, { weight: 1, arbitrary: int }),
          within: optional(fc.array(prefix, { maxLength: 3 })),
          count: optional(int),
          dns: word('account-app', 'kube-dns.kube-system.svc.cluster.local'),
          type: optional(word('A', 'SRV', 'PTR')),
          provider: optional(word('GKE', 'EKS')),
          below: optional(fc.double({ noNaN: true })),
        }),
        async (field, all) => {
          const query = queryFor(field);
          const variables = Object.fromEntries(Object.entries(all).filter(([k]) => k === 't' || query.includes(`$${k}:`)));
          const r = await fetch(`${ts.baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(ANSWER_MS),
          });
          const body = (await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
          assert.ok(r.status === 200 || r.status === 400, `${r.status} ${JSON.stringify(body).slice(0, 300)}`);
          for (const [field, value] of Object.entries((body as { data?: { topology?: Record<string, unknown> | null } }).data?.topology ?? {})) {
            if (value !== null) answered[field] = (answered[field] ?? 0) + 1;
          }
          for (const e of body.errors ?? []) {
            assert.ok(['BAD_USER_INPUT', 'NOT_FOUND'].includes(e.extensions?.code ?? ''), `${e.extensions?.code}: ${e.message.slice(0, 200)}`);
          }
        },
      ),
      { seed: FUZZ_SEED + 11, numRuns: RUNS },
    );
    console.log(`fields answered: ${JSON.stringify(answered)}`);
    // The corpus must reach the resolvers, not only the argument checks (fixed seed: the same cases every run).
    const total = Object.values(answered).reduce((a, b) => a + b, 0);
    assert.ok(Object.keys(answered).length >= 5 && total >= RUNS / 5, `answers from most fields: ${JSON.stringify(answered)}`);
  }, PROPERTY_TEST_MS);

  test(`CLI: trace, dns and free-cidr on a file exit 0 or 2, never 70 (${RUNS} cases)`, async () => {
    const exits: Record<number, number> = {};
    const command = fc.oneof(
      fc.record({ from: target, to: target, port: maybe(port), packetSize: maybe(number) }).map((o) => [
        'trace', '--from', o.from, '--to', o.to, ...(o.port === undefined ? [] : ['--port', o.port]), ...(o.packetSize === undefined ? [] : ['--packet-size', o.packetSize]),
      ]),
      fc.record({ name: word('account-app', 'kube-dns.kube-system.svc.cluster.local'), from: maybe(target), type: maybe(word('A', 'SRV')) }).map((o) => [
        'dns', '--name', o.name, ...(o.from === undefined ? [] : ['--from', o.from]), ...(o.type === undefined ? [] : ['--type', o.type]),
      ]),
      fc.record({ length: number, within: fc.array(prefix, { maxLength: 2 }), count: maybe(number) }).map((o) => [
        'free-cidr', '--prefix-length', o.length, ...o.within.flatMap((w) => ['--within', w]), ...(o.count === undefined ? [] : ['--count', o.count]),
      ]),
    );
    await checkProperty(
      fc.asyncProperty(command, async (args) => {
        let stdout = '';
        const code = await runCli([...args, '--file', EXAMPLE_FILE, '-o', 'json'], { out: (t) => void (stdout += t), err: () => undefined }, {});
        exits[code] = (exits[code] ?? 0) + 1;
        assert.ok(code === 0 || code === 2, `exit ${code}: ${stdout.slice(0, 300)}`);
        // Usage errors caught by the option parser print nothing on stdout; everything else prints JSON.
        if (stdout !== '') JSON.parse(stdout);
      }),
      { seed: FUZZ_SEED + 12, numRuns: RUNS },
    );
    console.log(`exit codes: ${JSON.stringify(exits)}`);
    assert.ok((exits[0] ?? 0) >= RUNS / 10, `the corpus reaches real answers: ${JSON.stringify(exits)}`);
  }, PROPERTY_TEST_MS);
});
