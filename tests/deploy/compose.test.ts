import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on the development or CI machines, so the compose file is checked for what `docker compose up`
// relies on: a Postgres service with a health check, the service built from the Dockerfile, waiting for a healthy
// database, pointed at it through DATABASE_URL, listening beyond loopback, and the port published.
const ROOT = join(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { strict: true, uniqueKeys: true }) as {
    services: Record<string, Record<string, unknown>>;
    volumes?: Record<string, unknown>;
  };

  test('declares postgres and netmodel services', () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ['netmodel', 'postgres']);
  });

  test('postgres has an image, a health check and a named volume that is declared', () => {
    const pg = compose.services.postgres!;
    assert.match(String(pg.image), /^postgres:\d+/);
    assert.ok((pg.healthcheck as { test: unknown }).test);
    const volume = String((pg.volumes as string[])[0]).split(':')[0]!;
    assert.ok(compose.volumes && volume in compose.volumes, `volume ${volume} must be declared`);
  });

  test('netmodel builds from the Dockerfile, waits for a healthy postgres and reaches it by service name', () => {
    const svc = compose.services.netmodel!;
    assert.equal(svc.build, '.');
    assert.deepEqual(svc.depends_on, { postgres: { condition: 'service_healthy' } });
    const env = svc.environment as Record<string, string>;
    const url = new URL(env.DATABASE_URL!);
    assert.equal(url.protocol, 'postgresql:');
    assert.equal(url.hostname, 'postgres');
    assert.equal(env.HOST, '0.0.0.0');
    // The server refuses to listen beyond loopback without authentication.
    assert.equal(env.NETMODEL_AUTH, 'required');
    assert.deepEqual(svc.ports, [`${env.PORT}:${env.PORT}`]);
  });

  test('the Dockerfile starts the CLI server on the port compose publishes', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    assert.match(dockerfile, /^FROM node:20/m);
    assert.match(dockerfile, /^RUN npm ci/m);
    assert.match(dockerfile, /^EXPOSE 4000$/m);
    assert.match(dockerfile, /^CMD \["node", "bin\/netmodel.js", "serve"\]$/m);
  });
});
