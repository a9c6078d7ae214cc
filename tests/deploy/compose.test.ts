import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serverNodeFlags } from '../../bench/asDeployed';

// No Docker engine runs on the development or CI machines, so the compose file is checked for what `docker compose up`
// relies on: a Postgres service with a health check, the service built from the Dockerfile, waiting for a healthy
// database, pointed at it through DATABASE_URL, listening beyond loopback, and the port published.
const ROOT = join(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { strict: true, uniqueKeys: true }) as {
    services: Record<string, Record<string, unknown>>;
    volumes?: Record<string, unknown>;
  };

  test('declares postgres and netmodel services by default, a second replica and a proxy in the replicas profile', () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ['netmodel', 'netmodel-2', 'postgres', 'proxy']);
    const byDefault = Object.entries(compose.services).filter(([, svc]) => svc.profiles === undefined).map(([name]) => name);
    assert.deepEqual(byDefault.sort(), ['netmodel', 'postgres']);
    assert.deepEqual(compose.services['netmodel-2']!.profiles, ['replicas']);
    assert.deepEqual(compose.services.proxy!.profiles, ['replicas']);
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

  test("the image runs node with npm start's flags (the server's young generation, docs/PERFORMANCE.md)", () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    // npm start's node flags as the benches read them (they run the server with the same ones).
    const flags = serverNodeFlags().join(' ');
    assert.match(flags, /--max-semi-space-size=\d+/);
    // The runtime stage (the last), where the server runs: a build stage's ENV would not reach the image.
    const runtime = dockerfile.split(/^FROM /m).at(-1)!;
    const nodeOptions = /^ENV .*\bNODE_OPTIONS=(?:"([^"]*)"|(\S+))/m.exec(runtime);
    assert.equal(nodeOptions?.[1] ?? nodeOptions?.[2], flags);
  });

  test('the image is multi-stage: the runtime stage runs compiled JavaScript as a non-root user, without dev dependencies', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    assert.ok(stages.length >= 2, 'a build stage and a runtime stage');
    const runtime = stages.at(-1)!;
    // Dependencies of the runtime come from an install without dev dependencies.
    const depsStage = stages.find((s) => /npm ci --omit=dev/.test(s));
    assert.ok(depsStage, 'some stage installs production dependencies only');
    assert.match(runtime, /^COPY --from=\S+ \/app\/node_modules/m);
    assert.match(runtime, /^COPY --from=\S+ \/app\/dist/m);
    // No TypeScript at run time: the sources are not copied, so bin/netmodel.js runs dist/ (and never loads tsx).
    assert.doesNotMatch(runtime, /^COPY (\. |src)/m);
    assert.doesNotMatch(runtime, /^RUN npm (ci|install)/m);
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    assert.ok(user !== undefined && user !== 'root' && user !== '0', `runtime user: ${user}`);
  });

  test('the Postgres password is set in one place and reaches both Postgres and the service', () => {
    const pg = compose.services.postgres!.environment as Record<string, string>;
    assert.match(pg.POSTGRES_PASSWORD!, /^\$\{POSTGRES_PASSWORD:-\}$/);
    for (const name of ['netmodel', 'netmodel-2']) {
      const url = (compose.services[name]!.environment as Record<string, string>).DATABASE_URL!;
      assert.ok(url.includes(':${POSTGRES_PASSWORD:-}@'), `${name}: ${url}`);
    }
    assert.match(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), /POSTGRES_HOST_AUTH_METHOD=scram-sha-256/);
  });

  describe('the replicas profile', () => {
    const first = compose.services.netmodel!;
    const second = compose.services['netmodel-2']!;
    const proxy = compose.services.proxy!;

    test('the second replica is the same image on the same database, waits for the first, and does not seed', () => {
      assert.equal(second.build, first.build);
      const env = second.environment as Record<string, string>;
      const firstEnv = first.environment as Record<string, string>;
      for (const key of ['DATABASE_URL', 'HOST', 'PORT', 'NETMODEL_AUTH']) assert.equal(env[key], firstEnv[key], key);
      // Two replicas seeding an empty database at once would race on the example names.
      assert.equal(env.NETMODEL_SEED_EXAMPLES, 'false');
      assert.deepEqual(second.depends_on, { postgres: { condition: 'service_healthy' }, netmodel: { condition: 'service_healthy' } });
      assert.equal(second.ports, undefined, 'replicas are reached through the proxy');
    });

    test('the proxy balances over both replicas on their port and publishes its own', () => {
      const command = proxy.command as string[];
      assert.match(String(proxy.image), /^caddy:2/);
      assert.deepEqual(command.slice(0, 2), ['caddy', 'reverse-proxy']);
      const port = (first.environment as Record<string, string>).PORT;
      const upstreams = command.flatMap((arg, i) => (command[i - 1] === '--to' ? [arg] : []));
      assert.deepEqual(upstreams, [`netmodel:${port}`, `netmodel-2:${port}`]);
      const from = command[command.indexOf('--from') + 1]!;
      assert.deepEqual(proxy.ports, [`${from.slice(1)}:${from.slice(1)}`]);
      assert.deepEqual(proxy.depends_on, { netmodel: { condition: 'service_healthy' }, 'netmodel-2': { condition: 'service_healthy' } });
    });
  });
});
