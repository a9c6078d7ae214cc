import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { connect } from 'node:net';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

// Request targets that a browser never sends but a raw client can (issue 16 item 4). Fastify routes on the decoded path
// (find-my-way decodes "%61" to "a"; Node hands an absolute-form target "http://host/path" through as the URL), while the
// guards before the route — auth resolution, the loopback Host check of open mode, the cross-origin write check, the
// readiness gate — look at the raw target. They must agree, or a guard is skipped: the answer was a 500 "invariant: auth
// resolution did not run". Such targets are refused with 400 before any guard runs.
//
// RFC 3986 §6.2.2.2: percent-encoded unreserved characters (ALPHA / DIGIT / "-" / "." / "_" / "~") are equivalent to the
// characters themselves, so no client needs them. RFC 9112 §3.2: a request to an origin server uses origin-form
// ("/path?query"); absolute-form is for proxies (§3.2.2) and asterisk-form only for OPTIONS (§3.2.4). The exact request
// lines are written on a raw socket because fetch and curl normalize them.

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
  const created = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument('small') });
  expect(created.status).toBe(201);
});
afterAll(async () => {
  await ts.close();
});

/** Sends `head` (request line and headers) and `body` as written; resolves with the status and body of the answer. */
function raw(requestLine: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; body: string }> {
  const { port } = new URL(ts.baseUrl);
  const lines = [requestLine, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (body !== '') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

describe('request targets that the guards and the router would read differently', () => {
  const port = () => new URL(ts.baseUrl).port;
  const refused: Array<{ name: string; line: () => string; body?: string }> = [
    { name: 'a percent-encoded letter in the /api prefix', line: () => 'GET /%61pi/v1/topologies HTTP/1.1' },
    { name: 'a percent-encoded letter in a route segment', line: () => 'GET /api/v1/%74opologies/small HTTP/1.1' },
    { name: 'an upper-case percent-encoding', line: () => 'GET /%41pi/v1/topologies HTTP/1.1' },
    { name: 'a percent-encoded digit in the version', line: () => 'GET /api/v%31/topologies HTTP/1.1' },
    { name: 'percent-encoded /graphql', line: () => 'POST /%67raphql HTTP/1.1', body: '{"query":"{ topologies { name } }"}' },
    { name: 'absolute-form to /api', line: () => `GET http://127.0.0.1:${port()}/api/v1/topologies HTTP/1.1` },
    { name: 'absolute-form to /graphql', line: () => `POST http://127.0.0.1:${port()}/graphql HTTP/1.1`, body: '{"query":"{ topologies { name } }"}' },
    { name: 'absolute-form to another host', line: () => 'GET http://example.com/api/v1/topologies HTTP/1.1' },
    { name: 'asterisk-form with GET', line: () => 'GET * HTTP/1.1' },
  ];
  test.each(refused)('$name: 400 naming the target, never 500', async ({ line, body }) => {
    const answer = await raw(line(), body ? { 'content-type': 'application/json' } : {}, body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(JSON.parse(answer.body).detail).toMatch(/request target/);
  });

  const answered: Array<{ name: string; line: string; status: number }> = [
    { name: 'the plain target', line: 'GET /api/v1/topologies/small HTTP/1.1', status: 200 },
    // Reserved characters keep their encoding: %2F is not a path separator, so this names no route.
    { name: 'an encoded slash', line: 'GET /api%2Fv1/topologies HTTP/1.1', status: 404 },
    // Encoded characters in a query string are ordinary (a target such as pod:shop/web is sent encoded): `%31%30` is the
    // page size 10 (the list's query parameters are closed since pagination, so the parameter must be a known one).
    { name: 'an encoded query string', line: 'GET /api/v1/topologies?limit=%31%30 HTTP/1.1', status: 200 },
    { name: 'an unknown query parameter', line: 'GET /api/v1/topologies?x=%61%3A%2F HTTP/1.1', status: 400 },
    { name: 'a name with an encoded reserved character', line: 'GET /api/v1/topologies/sm%40ll HTTP/1.1', status: 404 },
    { name: 'dot segments (not resolved, so no route)', line: 'GET /api/v1/../v1/topologies HTTP/1.1', status: 404 },
    { name: 'a doubled slash', line: 'GET //api/v1/topologies HTTP/1.1', status: 404 },
  ];
  test.each(answered)('$name: answered as usual ($status)', async ({ line, status }) => {
    expect((await raw(line)).status).toBe(status);
  });
});

describe('with authentication on, the same targets never reach a route without a principal', () => {
  test('a read token limited to another topology gets 400 for the crafted target, 404 for the plain one', async () => {
    const { token } = await ts.app.auth.create({ name: 'limited', scope: 'read', topologies: ['other'] });
    const auth = { authorization: `Bearer ${token}` };
    expect((await raw('GET /%61pi/v1/topologies/small HTTP/1.1', auth)).status).toBe(400);
    expect((await raw('GET /api/v1/topologies/small HTTP/1.1', auth)).status).toBe(404);
    expect((await raw('GET /%61pi/v1/topologies/small HTTP/1.1')).status).toBe(400);
    expect((await raw('GET /api/v1/topologies/small HTTP/1.1')).status).toBe(401);
  });
});
