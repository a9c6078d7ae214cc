import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * The /ui page: one static HTML file, one stylesheet and one vanilla script, served from this folder (no CDN, no
 * build step). The page holds no data of its own and calls only the public REST API, with the token the user enters
 * when the server requires one. The assets themselves are public: they contain nothing but code.
 */
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  '/ui': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/ui/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/ui/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/ui/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

export async function uiPlugin(server: FastifyInstance) {
  const dir = join(__dirname, 'static');
  for (const [url, asset] of Object.entries(ASSETS)) {
    const body = readFileSync(join(dir, asset.file), 'utf8');
    server.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type(asset.type)
        // The page runs only its own script and talks only to this server.
        .header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'")
        .header('cache-control', 'no-cache')
        .send(body),
    );
  }
}
