/**
 * A local stand-in for Ofsted's reports site on 127.0.0.1 (node:http): the
 * paged search listing of local authority children's services providers,
 * provider pages listing publications as the real ones do
 * (`a.publication-link` holding a `span.nonvisual` description, href to the
 * file), and the files themselves (real PDFs from the test fixtures, or any
 * body). Faults (429, 500, delays) and a changed structure can be switched on,
 * and every request is recorded.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PDF_FIXTURES = path.resolve(here, '..', '..', 'fixtures', 'pdf');

/** A fixture PDF's bytes, read once. */
const fixtureCache = new Map<string, Buffer>();
export function fixture(name: string): Buffer {
  let bytes = fixtureCache.get(name);
  if (bytes === undefined) {
    bytes = readFileSync(path.resolve(PDF_FIXTURES, name));
    fixtureCache.set(name, bytes);
  }
  return bytes;
}

export interface StandInPublication {
  /** As printed in span.nonvisual: "children's services inspection, pdf - 22 july 2019". */
  description: string;
  /** The file served: a fixture name ("wiltshire-2019.pdf"), an absolute path, or bytes. */
  file: string | Buffer;
  /** Content-Type served (default application/pdf). */
  contentType?: string;
}

export interface StandInProvider {
  urn: number;
  name: string;
  publications: StandInPublication[];
}

export interface Fault {
  /** Which request paths it hits. */
  match: (pathname: string) => boolean;
  status: number;
  /** How many matching requests get it (then it is spent). */
  times: number;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface StandInSite {
  /** http://127.0.0.1:<port>/ */
  baseUrl: string;
  providers: StandInProvider[];
  requests: RecordedRequest[];
  /** The most requests in flight at once so far. */
  maxInFlight: number;
  faults: Fault[];
  /** Delay before answering each request, in ms (to make concurrency visible). */
  delayMs: number;
  /** Pretend the site was redesigned: listing without provider links, or provider pages without publication links. */
  structure: 'as-real' | 'no-provider-links' | 'no-publication-links';
  /** The URL a publication's file is served at. */
  fileUrl(urn: number, index: number): string;
  close(): Promise<void>;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} - Ofsted</title></head>
<body><header><a href="/">Find an inspection report</a></header><main id="main-content">${body}</main>
<footer><a href="/about">About</a></footer></body></html>`;
}

/** Starts the stand-in serving `providers`, on a free port of 127.0.0.1. */
export async function startStandInSite(providers: StandInProvider[]): Promise<StandInSite> {
  let inFlight = 0;
  const site: StandInSite = {
    baseUrl: '',
    providers,
    requests: [],
    maxInFlight: 0,
    faults: [],
    delayMs: 0,
    structure: 'as-real',
    fileUrl: (urn, index) => `${site.baseUrl}v1/file/${urn}-${index}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const listing = (params: URLSearchParams): string => {
    const start = Number(params.get('start') ?? 0);
    const rows = Math.min(Number(params.get('rows') ?? 10), 100);
    const slice = site.providers.slice(start, start + rows);
    const items = slice
      .map((p) =>
        site.structure === 'no-provider-links'
          ? `<li class="search-result"><h3>${escape(p.name)}</h3></li>`
          : `<li class="search-result"><h3 class="search-result__title"><a href="/provider/44/${p.urn}">${escape(p.name)}</a></h3><address>England</address></li>`,
      )
      .join('\n');
    return page('Search results', `<p class="search-results__count">${site.providers.length} results</p><ul class="results-list">${items}</ul>`);
  };

  const providerPage = (urn: number): string | null => {
    const provider = site.providers.find((p) => p.urn === urn);
    if (provider === undefined) return null;
    const items = provider.publications
      .map((pub, i) => {
        const [label = ''] = pub.description.split(',');
        const link =
          site.structure === 'no-publication-links'
            ? `<a class="report-link" href="${site.fileUrl(urn, i)}">${escape(label)}</a>`
            : `<a class="publication-link" href="${site.fileUrl(urn, i)}">${escape(label.replace(/^./, (c) => c.toUpperCase()))}<span class="nonvisual">${escape(pub.description)}</span></a>`;
        return `<li class="timeline__day"><p class="timeline__date">${escape(pub.description.split(' - ').pop() ?? '')}</p>${link}</li>`;
      })
      .join('\n');
    return page(provider.name, `<h1>${escape(provider.name)}</h1><p>URN: ${urn}</p><h2>Reports</h2><ol class="timeline">${items}</ol>`);
  };

  const server: Server = createServer((req, res) => {
    inFlight++;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    const url = new URL(req.url ?? '/', site.baseUrl);
    const answer = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
      site.requests.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, headers: req.headers, status });
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
      inFlight--;
    };
    setTimeout(() => {
      const fault = site.faults.find((f) => f.times > 0 && f.match(url.pathname));
      if (fault !== undefined) {
        fault.times--;
        answer(fault.status, 'text/html; charset=utf-8', page('Error', `<h1>Error ${fault.status}</h1>`), fault.headers);
        return;
      }
      if (url.pathname === '/search') {
        answer(200, 'text/html; charset=utf-8', listing(url.searchParams));
        return;
      }
      const provider = /^\/provider\/44\/(\d+)$/.exec(url.pathname);
      const html = provider === null ? null : providerPage(Number(provider[1]));
      if (html !== null) {
        answer(200, 'text/html; charset=utf-8', html);
        return;
      }
      const file = /^\/v1\/file\/(\d+)-(\d+)$/.exec(url.pathname);
      const pub = file === null ? undefined : site.providers.find((p) => p.urn === Number(file[1]))?.publications[Number(file[2])];
      if (pub !== undefined) {
        answer(200, pub.contentType ?? 'application/pdf', typeof pub.file === 'string' ? fixture(pub.file) : pub.file);
        return;
      }
      answer(404, 'text/html; charset=utf-8', page('Not found', '<h1>Page not found</h1>'));
    }, site.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return site;
}
