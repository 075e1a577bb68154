/**
 * The benchmark's static server, on 127.0.0.1 only. One origin serves:
 *   /app/<key>/…       the built app; its built-in data/scs.json is replaced by the
 *                      dataset `key` names (`scs` keeps the real one), so the app
 *                      loads the benchmark data exactly once, as a site that
 *                      ships its own dataset would;
 *   /bench/…           bench/ (peer pages, generated data);
 *   /node_modules/…    the two peer libraries only (no CDN, no third party).
 * Files are read from disk on each request, as bytes, with a Content-Length and
 * no compression; nothing is cached by the server.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

const PEER_PACKAGES = ['vis-timeline/', '@knight-lab/timelinejs/'];

export interface BenchServerOptions {
  /** The built app (vite build output). */
  readonly appDir: string;
  readonly benchDir: string;
  readonly nodeModulesDir: string;
  /** Dataset key → file that replaces the app's data/scs.json under /app/<key>/. */
  readonly datasets: ReadonlyMap<string, string>;
}

export interface BenchServer {
  readonly origin: string;
  /** Every request served, for the report (path → count); reset with `requests.clear()`. */
  readonly requests: Map<string, number>;
  close(): Promise<void>;
}

/** A path inside `root`, or null when the request tries to leave it. */
function inside(root: string, relative: string): string | null {
  const rootDir = resolve(root);
  const file = normalize(join(rootDir, relative));
  return file === rootDir || file.startsWith(rootDir + sep) ? file : null;
}

function resolveFile(path: string, options: BenchServerOptions): string | null {
  const app = /^\/app\/([a-z0-9-]+)\/(.*)$/.exec(path);
  if (app) {
    const key = app[1]!;
    const rest = app[2]!;
    const dataset = options.datasets.get(key);
    if (!dataset) return null;
    if (rest === 'data/scs.json' && key !== 'scs') return resolve(dataset);
    return inside(options.appDir, rest === '' ? 'index.html' : rest);
  }
  if (path.startsWith('/bench/')) return inside(options.benchDir, path.slice('/bench/'.length));
  if (path.startsWith('/node_modules/')) {
    const rest = path.slice('/node_modules/'.length);
    return PEER_PACKAGES.some((p) => rest.startsWith(p)) ? inside(options.nodeModulesDir, rest) : null;
  }
  return null;
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const requests = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    requests.set(path, (requests.get(path) ?? 0) + 1);
    // Chromium asks every page without an icon for one; a 404 would count as a console error against the peer pages.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = resolveFile(path, options);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
