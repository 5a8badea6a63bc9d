// Shared by the end-to-end tests: a static server for www/ on loopback and
// Debian's Chromium driven by playwright-core (which never downloads a
// browser of its own here: executablePath points at /usr/bin/chromium).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const WWW = new URL('../../www/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; `headers` are added to HTML
 * responses; `routes` maps a path to a handler `(req, res) => void` that
 * answers instead (or never, for a hanging server). With `compress`, files
 * are sent gzip-compressed to a client that accepts it, as a web server or
 * CDN sends them (benchmarks and throttled loads: the bytes on the wire).
 */
export async function serve(root = WWW, { headers = {}, routes = {}, compress = false } = {}) {
  const hanging = new Set();
  const server = createServer(async (req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (route) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return route(req, res);
    }
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && type !== 'image/png' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': type,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...(type.startsWith('text/html') ? headers : {}),
      });
      res.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const close = () => new Promise((ok) => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections?.();
    server.close(ok);
  });
  return { url: `http://127.0.0.1:${server.address().port}/`, close };
}

/**
 * Chromium with a fresh, temporary profile (playwright makes one per launch).
 * The visitor is in Berlin, as the demo's team, unless `TZ` says otherwise:
 * deadlines are then in the team's time, with no "your time" label.
 */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Berlin' },
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      ...extraArgs,
    ],
  });
}

/** Text content of the element's shadow root, whitespace collapsed. */
export async function shadowText(page, selector = 'service-promises') {
  return page.$eval(selector, (el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? null);
}
