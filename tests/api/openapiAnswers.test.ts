/**
 * Real answers of every operation against the published OpenAPI document (issue 12). The response schemas also
 * serialize the answers, and a serializer drops what its schema does not list; so each answer is caught before
 * serialization (ServerOptions.observeAnswers), checked with ajv against the document's schema for its operation and
 * status, and compared with what was served: a field missing from a schema fails here instead of vanishing.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestServer, type TestServer } from '../helpers/server';

const root = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(root, 'examples', 'kubeadm-calico.yaml'), 'utf8');
const DUMP = readFileSync(join(root, 'examples', 'dumps', 'cilium-tunnel.yaml'), 'utf8');
const TO_ROUTED = [{ op: 'setCni', overlay: 'none' }];
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p';
const DNS = 'pod:kube-system/coredns-5dd5756b68-qk4vn';

interface Observed {
  status: number;
  payload: unknown;
}
const observed = new Map<string, Observed>();

type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> }>> };
let ts: TestServer;
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  ts = await startTestServer({}, {
    observeAnswers: (request, status, payload) => observed.set(request.id, { status, payload }),
  }, { jobs: true });
  doc = (await (await fetch(`${ts.baseUrl}/api/v1/openapi.json`)).json()) as Doc;
  ajv.addSchema({ ...doc, $id: 'openapi.json' });
});
afterAll(async () => {
  await ts.close();
});

/** The id of the last job a call submitted: `{job}` in a later call's path. */
let lastJob = '';

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: string | object;
  type?: string;
  status: number;
}

const doc_ = (text: string): Pick<Call, 'body' | 'type'> => ({ body: text, type: 'application/yaml' });

/** In order: later calls use what earlier ones created. Every operation of the document appears at least once. */
const CALLS: Call[] = [
  { method: 'GET', path: '/healthz', status: 200 },
  { method: 'GET', path: '/readyz', status: 200 },
  { method: 'POST', path: '/api/v1/topologies?name=ex', ...doc_(EXAMPLE), status: 201 },
  { method: 'POST', path: '/api/v1/validate', ...doc_(EXAMPLE), status: 200 },
  { method: 'POST', path: '/api/v1/validate', ...doc_(EXAMPLE.replace('10.244.0.0/16', '10.244.0.0/33')), status: 200 },
  { method: 'PUT', path: '/api/v1/topologies/ex2', ...doc_(EXAMPLE), status: 201 },
  { method: 'GET', path: '/api/v1/topologies', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex', status: 200 },
  { method: 'DELETE', path: '/api/v1/topologies/ex2', status: 204 },
  { method: 'GET', path: '/api/v1/topologies/ex/export?format=json', status: 200 },
  { method: 'GET', path: `/api/v1/topologies/ex/trace?from=${WEB}&to=${DNS}&port=53`, status: 200 },
  { method: 'GET', path: `/api/v1/topologies/ex/trace?from=${WEB}&to=svc:kube-system/kube-dns:dns`, status: 200 },
  { method: 'GET', path: `/api/v1/topologies/ex/trace?from=${WEB}&to=external:203.0.113.7:443`, status: 200 },
  { method: 'GET', path: `/api/v1/topologies/ex/reachability?from=${WEB}&to=${DNS}&port=53`, status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/reachability-matrix?groupBy=node', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/conflicts', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/connectivity?level=pod', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/overhead?packetSize=1400', status: 200 },
  { method: 'POST', path: '/api/v1/topologies/ex/overhead', body: { packetSize: 1400, trafficMatrix: [{ from: { kind: 'namespace', name: 'shop' }, to: { kind: 'namespace', name: 'kube-system' }, bytesPerSecond: 1000 }] }, status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/capacity?growthNodesPerMonth=2', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/free-cidrs?prefixLength=24', status: 200 },
  { method: 'POST', path: '/api/v1/plan', body: { nodes: 50, maxPodsPerNode: 110, topology: 'ex' }, status: 200 },
  { method: 'GET', path: '/api/v1/max-pods?provider=eks&instanceType=m5.large', status: 200 },
  { method: 'GET', path: '/api/v1/max-pods?provider=gke&maxPodsPerNode=110', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/dns?name=kube-dns.kube-system.svc.cluster.local', status: 200 },
  { method: 'GET', path: `/api/v1/topologies/ex/dns?name=kube-dns.kube-system&from=${WEB}`, status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/kube-proxy?mode=iptables', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/kube-proxy?mode=ipvs', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/kube-proxy?mode=nftables', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/rule-counts', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/diagram?format=dot', status: 200 },
  { method: 'POST', path: '/api/v1/topologies/ex/scenarios', body: { name: 'routed', operations: TO_ROUTED }, status: 201 },
  { method: 'POST', path: '/api/v1/topologies/ex/scenarios', body: { name: 'dropped', operations: [] }, status: 201 },
  { method: 'GET', path: '/api/v1/scenarios', status: 200 },
  { method: 'GET', path: '/api/v1/scenarios/routed', status: 200 },
  { method: 'GET', path: '/api/v1/scenarios/routed/topology', status: 200 },
  { method: 'POST', path: '/api/v1/scenarios/routed/operations', body: { operations: [{ op: 'addExternalNetwork', name: 'lab', cidr: '192.168.200.0/24', kind: 'on-prem' }] }, status: 200 },
  { method: 'DELETE', path: '/api/v1/scenarios/routed/operations/1', status: 200 },
  { method: 'POST', path: '/api/v1/scenarios/routed/diff', body: { pairs: [{ from: WEB, to: DNS, port: 53 }] }, status: 200 },
  { method: 'POST', path: '/api/v1/topologies/ex/what-if', body: { operations: TO_ROUTED }, status: 200 },
  { method: 'POST', path: '/api/v1/scenarios/routed/rebase', status: 200 },
  { method: 'POST', path: '/api/v1/scenarios/routed/promote', status: 200 },
  { method: 'GET', path: '/api/v1/topologies/ex/history', status: 200 },
  { method: 'DELETE', path: '/api/v1/scenarios/dropped', status: 200 },
  { method: 'POST', path: '/api/v1/infer', ...doc_(DUMP), status: 200 },
  { method: 'POST', path: '/api/v1/topologies/ex/jobs', body: { kind: 'whatIf', input: { operations: TO_ROUTED } }, status: 202 },
  { method: 'GET', path: '/api/v1/topologies/ex/jobs/{job}?wait=30', status: 200 },
  { method: 'POST', path: '/api/v1/topologies/ex/jobs', body: { kind: 'reachabilityMatrix', input: { groupBy: 'node' } }, status: 202 },
  { method: 'GET', path: '/api/v1/topologies/ex/jobs/{job}?wait=30', status: 200 },
  { method: 'DELETE', path: '/api/v1/topologies/ex/jobs/{job}', status: 409 },
  { method: 'GET', path: '/api/v1/jobs/{job}', status: 200 },
  { method: 'DELETE', path: '/api/v1/jobs/{job}', status: 409 },
  // Errors are answers too: problem+json against the Problem schema.
  { method: 'GET', path: '/api/v1/topologies/nope', status: 404 },
  { method: 'GET', path: '/api/v1/topologies/ex/trace?from=pod:shop/x', status: 400 },
  { method: 'POST', path: '/api/v1/topologies?name=ex', ...doc_(EXAMPLE), status: 409 },
];

/** The document's path template that a request path matches (`/api/v1/topologies/{name}` for `/api/v1/topologies/ex`). */
function templateOf(path: string): string | undefined {
  const bare = path.split('?')[0] ?? '';
  const templates = Object.keys(doc.paths).filter((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare));
  // A literal segment beats a parameter (`/scenarios/{scenario}/topology` is not `/topologies/{name}/…`).
  return templates.sort((a, b) => a.split('{').length - b.split('{').length)[0];
}

describe('every operation answers what the OpenAPI document says, and all of it', () => {
  const exercised = new Set<string>();

  test.each(CALLS.map((c) => ({ ...c, name: `${c.method} ${c.path.split('?')[0]} → ${c.status}` })))('$name', async (call) => {
    const init: RequestInit = { method: call.method };
    if (call.body !== undefined) {
      init.body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      init.headers = { 'content-type': call.type ?? 'application/json' };
    } else if (call.method === 'POST') {
      init.body = '{}';
      init.headers = { 'content-type': 'application/json' };
    }
    const path = call.path.replace('{job}', lastJob);
    let response = await fetch(`${ts.baseUrl}${path}`, init);
    // A job is read until it finished (each wait answers within 30 s; a slow machine may need another).
    while (path.includes('?wait=') && (await response.clone().json() as { state: string }).state.match(/^(queued|running)$/)) response = await fetch(`${ts.baseUrl}${path}`, init);
    const text = await response.text();
    if (response.status === 202) lastJob = (JSON.parse(text) as { id: string }).id;
    assert.equal(response.status, call.status, text);
    const template = templateOf(call.path);
    const operation = template === undefined ? undefined : doc.paths[template]?.[call.method.toLowerCase()];
    assert.ok(template !== undefined && operation !== undefined, `${call.method} ${call.path} is not in the document`);
    exercised.add(operation.operationId);
    const content = operation.responses[String(call.status)]?.content;
    if (response.status === 204) {
      assert.equal(text, '');
      return;
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
    assert.ok(content !== undefined && mediaType in content, `${mediaType} is not documented for ${operation.operationId} ${call.status}`);
    if (!/json$/.test(mediaType)) return; // pictures and YAML: text, documented by media type
    const pointer = `openapi.json#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${call.method.toLowerCase()}/responses/${call.status}/content/${mediaType.replace(/\//g, '~1')}/schema`;
    const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
    const served = JSON.parse(text) as unknown;
    // An object answer passed the response serializer: what the handler returned, as JSON carries it (dates become
    // strings), must be what was served. (A text answer, like the JSON export, is sent as written.)
    const seen = observed.get(response.headers.get('x-request-id') ?? '');
    if (seen !== undefined && typeof seen.payload !== 'string') {
      assert.deepEqual(served, JSON.parse(JSON.stringify(seen.payload)), 'the serializer dropped or changed fields: the response schema does not list them');
    }
    assert.ok(validate(served), `${operation.operationId} ${call.status}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  });

  test('the calls above exercised every operation of the document', () => {
    const all = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    assert.deepEqual(all.filter((id) => !exercised.has(id)).sort(), []);
  });
});
