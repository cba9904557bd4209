/**
 * The web reader's HTTP server (node:http, no framework): routes, security
 * headers (a CSP that allows no inline script or style), static assets,
 * per-client rate limiting of search, and a timing of every page for the
 * benchmark. Pages are rendered from the corpus on each request, so a
 * reloaded index shows at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Corpus } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import { loadAssets } from './assets.ts';
import type { Html } from './html.ts';
import { authorityPage } from './pages/authority.ts';
import { homePage } from './pages/home.ts';
import { nationalPage } from './pages/national.ts';
import { faultPage, methodPage, notFoundPage, tooManyPage } from './pages/problems.ts';
import { reportPage } from './pages/report.ts';
import { searchResponse } from './pages/search.ts';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.ts';

/** What each request is counted as, for timings. */
export type PageKind = 'home' | 'search' | 'report' | 'authority' | 'national' | 'asset' | 'not-found' | 'health' | 'other';

export interface WebServerOptions {
  corpus: Corpus;
  logger: Logger;
  /** When the index last changed (the home page says so); default unknown. */
  indexChanged?: () => Date | null;
  /** Search's per-client limit (default 20 at once, 1 more a second). */
  rateLimit?: RateLimitOptions;
  /** Called after each response with how long the server took, in ms (the benchmark collects these). */
  onTiming?: (kind: PageKind, ms: number, status: number) => void;
}

export interface WebServer {
  server: Server;
  /** Listen on `port` (0: any free port) at `host`; resolves with the port. */
  listen(port: number, host?: string): Promise<number>;
  /** Refuse new connections; requests under way finish. */
  stopAccepting(): void;
  close(): Promise<void>;
}

/**
 * No inline script or style anywhere (and no script at all); SVG charts use
 * presentation attributes, which the CSP does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-cache',
};

interface Reply {
  status: number;
  kind: PageKind;
  body: Html | string | Buffer;
  headers?: Record<string, string>;
}

/** A path segment decoded, or null when it is not valid percent-encoding. */
function segment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function createWebServer(options: WebServerOptions): WebServer {
  const { corpus, logger } = options;
  const assets = loadAssets();
  const limiter = createRateLimiter(options.rateLimit);
  const indexChanged = options.indexChanged ?? (() => null);

  const page = (status: number, kind: PageKind, body: Html, headers?: Record<string, string>): Reply => ({ status, kind, body, ...(headers === undefined ? {} : { headers }) });

  function route(req: IncomingMessage): Reply {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const params = url.searchParams;
    if (path === '/') return page(200, 'home', homePage(corpus, { indexChanged: indexChanged() }));
    if (path === '/search') {
      const q = params.get('q') ?? '';
      if (q.trim() !== '') {
        const client = req.socket.remoteAddress ?? 'unknown';
        const wait = limiter.take(client);
        if (wait > 0) return page(429, 'search', tooManyPage(wait), { 'retry-after': String(wait) });
      }
      return page(200, 'search', searchResponse(corpus, { q, ctx: params.get('ctx'), offset: params.get('offset') }));
    }
    if (path === '/national') {
      const get = (name: string): string | null => params.get(name);
      return page(200, 'national', nationalPage(corpus, { asAt: get('asAt'), region: get('region'), area: get('area'), grade: get('grade'), sort: get('sort'), dir: get('dir') }));
    }
    const report = /^\/reports\/([^/]+)\/?$/.exec(path);
    if (report !== null) {
      const id = segment(report[1] as string);
      const view = id === null ? null : corpus.reader().report(id);
      if (view !== null) return page(200, 'report', reportPage(view));
      const shown = (id ?? '').slice(0, 100);
      return page(404, 'report', notFoundPage(`There is no report called “${shown}” in the index.`, corpus.reader().suggest(shown)));
    }
    const authority = /^\/authorities\/([^/]+)\/?$/.exec(path);
    if (authority !== null) {
      const slug = segment(authority[1] as string);
      const view = slug === null ? null : corpus.reader().authority(slug);
      if (view !== null) return page(200, 'authority', authorityPage(view));
      const shown = (slug ?? '').slice(0, 100);
      return page(404, 'authority', notFoundPage(`There is no English local authority called “${shown}” that I know.`, corpus.reader().suggest(shown)));
    }
    if (path === '/authorities' || path === '/authorities/') return { status: 302, kind: 'other', body: '', headers: { location: '/national' } };
    if (path === '/health') return { status: 200, kind: 'health', body: 'ok\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
    const asset = assets.get(path);
    if (asset !== undefined) {
      if (req.headers['if-none-match'] === asset.etag) return { status: 304, kind: 'asset', body: '', headers: { etag: asset.etag } };
      return { status: 200, kind: 'asset', body: asset.body, headers: { 'content-type': asset.type, etag: asset.etag, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' } };
    }
    if (path.startsWith('/assets/')) return { status: 404, kind: 'asset', body: 'Not found\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
    return page(404, 'not-found', notFoundPage('There is no page at this address.', []));
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    let reply: Reply;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply = page(405, 'other', methodPage(), { allow: 'GET, HEAD' });
    } else {
      try {
        reply = route(req);
      } catch (error) {
        // Never a stack trace on the page: it is logged, and the page says sorry.
        logger.error({ err: error, path: (req.url ?? '').slice(0, 200) }, 'web page failed');
        reply = page(500, 'other', faultPage());
      }
    }
    const body = typeof reply.body === 'string' || Buffer.isBuffer(reply.body) ? reply.body : reply.body.value;
    const ms = performance.now() - started;
    const html = typeof reply.body !== 'string' && !Buffer.isBuffer(reply.body);
    const headers: Record<string, string | number> = {
      ...(html ? PAGE_HEADERS : {}),
      ...reply.headers,
      'content-length': Buffer.byteLength(body),
      'server-timing': `render;dur=${ms.toFixed(2)}`,
    };
    res.writeHead(reply.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    options.onTiming?.(reply.kind, ms, reply.status);
  }

  // A 10,000-character question is a long URL: larger headers than Node's 16 KB default are read, so it gets a page, not a 431.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, handle);
  server.on('clientError', (error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nBad request\n');
    logger.debug({ err: error }, 'web client error');
  });
  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    stopAccepting: () => {
      server.close();
      server.closeIdleConnections();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
