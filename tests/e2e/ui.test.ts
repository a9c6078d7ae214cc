import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli } from '../../src/cli/main';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { freePort, startServe, stop, type Served } from '../hardening/helpers/serve';

// The /ui page as a person uses it, in a real headless Chromium (Debian's package, driven by playwright-core): the real
// server (`netmodel serve`, examples seeded) on its own database; pick the example, trace two pods, see the path drawn.
// How to run it locally: docs/UI.md.
const CHROMIUM = process.env.NETMODEL_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SHOTS = join(__dirname, '..', '..', '.netmodel', 'screenshots');
// Two server starts (migrations, seeding) and a browser on a shared 2-core machine: room beyond jest's default.
const BROWSER_TEST_TIMEOUT_MS = 400_000;
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p';
const DNS = 'pod:kube-system/coredns-5dd5756b68-qk4vn';

if (!existsSync(CHROMIUM)) {
  throw new Error(`the browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (Debian), or set NETMODEL_CHROMIUM to its path (docs/UI.md)`);
}

let dbEnv: CliDatabaseEnv;
let browser: Browser;

beforeAll(async () => {
  dbEnv = await cliDatabaseEnv();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await dbEnv?.cleanup();
});

async function openUi(base: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const offsite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) offsite.push(r.url());
  });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${base}/ui`);
  (page as Page & { offsite?: string[] }).offsite = offsite;
  return page;
}

describe('/ui in headless Chromium', () => {
  let server: Served;
  const serve = async () => startServe(dbEnv.env, await freePort(), { seed: true, timeoutMs: 180_000 });

  test('open the example, see the map, trace two pods and see the path drawn with its steps', async () => {
    server = await serve();
    try {
      const page = await openUi(server.base);
      // The topology list comes from the API; the first example opens as a map.
      await page.waitForSelector('#drawing svg #underlay');
      expect(await page.locator('#topology option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('kubeadm-calico')]));
      await page.selectOption('#topology', 'kubeadm-calico');
      await page.waitForSelector('#drawing svg [id="subnet:rack-a"]');
      expect(await page.locator('#targets option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining([WEB, DNS, 'svc:shop/api:9000']));

      await page.fill('#from', WEB);
      await page.fill('#to', DNS);
      await page.click('#run-trace');
      await page.waitForSelector('#drawing svg #disposition');
      // Every hop of the path is drawn (5: the two pods, both hosts, the underlay), the tunnel labeled, the steps listed.
      expect(await page.locator('#drawing svg g.cluster[id^="hop"]').count()).toBe(5);
      expect(await page.locator('#drawing svg').textContent()).toContain('IPIP tunnel 10.0.1.11 → 10.0.2.11 (+20 B)');
      expect(await page.locator('#steps li.hop').first().textContent()).toContain('worker-a1 [pod:shop/web-7c9d8f6b5d-h2x9p]');
      expect(await page.textContent('#status')).toContain('DELIVERED');

      const shot = join(SHOTS, 'ui-trace.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(20_000);

      // A stored scenario (docs/PLANNER.md's "go routed"): its diff drawn, the racks' lost reachability in red.
      const created = await fetch(`${server.base}/api/v1/topologies/kubeadm-calico/scenarios`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'go-routed', operations: [{ op: 'setCni', overlay: 'none' }] }),
      });
      expect(created.status).toBe(201);
      await page.reload();
      await page.waitForSelector('#scenario option[value="go-routed"]', { state: 'attached' });
      expect(await page.inputValue('#topology')).toBe('kubeadm-calico');
      await page.click('#run-diff');
      await page.waitForSelector('#drawing svg #facts');
      expect(await page.locator('#drawing svg g.edge.lost').count()).toBe(2);
      await page.screenshot({ path: join(SHOTS, 'ui-diff.png'), fullPage: true });

      // Nothing was fetched from anywhere but this server (no CDN).
      expect((page as Page & { offsite?: string[] }).offsite).toEqual([]);
      await page.close();
    } finally {
      await stop(server);
    }
  }, BROWSER_TEST_TIMEOUT_MS);

  test('with a token required, the page asks for one and works once it is entered', async () => {
    let out = '';
    const code = await runCli(['token', 'create', '--scope', 'read'], { out: (s) => (out += s), err: () => undefined }, { PATH: process.env.PATH, ...dbEnv.env });
    expect(code).toBe(0);
    const token = out.trim().split('\n').pop()!;
    server = await serve();
    try {
      const page = await openUi(server.base);
      await page.waitForSelector('#status.error');
      expect(await page.textContent('#status')).toContain('requires a token');
      await page.fill('#token', token);
      await page.click('#save-token');
      await page.waitForSelector('#drawing svg #underlay');
      await page.fill('#from', WEB);
      await page.fill('#to', 'svc:shop/api:9000');
      await page.click('#run-trace');
      await page.waitForSelector('#drawing svg #branch1');
      expect(await page.locator('#drawing svg g.branch').count()).toBe(2);
      await page.close();
    } finally {
      await stop(server);
    }
  }, BROWSER_TEST_TIMEOUT_MS);
});
