/**
 * `runUpdate`: find every children's services inspection report and focused
 * visit letter on Ofsted's reports site that the index does not hold yet,
 * download each to a temporary folder, ingest them with `ingestFiles` (each
 * report keeps the URL it came from) and rebuild the index with `buildIndex`.
 *
 * A run that stops half-way leaves the index as it was: nothing is ingested
 * until the whole site has been read, reports and index are written
 * atomically, and an index found stale (reports stored, index not rebuilt) is
 * rebuilt by the next run, which also picks up whatever is still missing.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AUTHORITIES, findAuthority, resolveAuthority, type Authority } from '../authorities.ts';
import type { Logger } from '../logger.ts';
import { ingestFiles } from '../pdf/ingest.ts';
import { buildIndex, type BuildSummary } from '../search/build-index.ts';
import { indexSourceHash } from '../search/index-file.ts';
import { hashSources } from '../search/sources.ts';
import { listProviders, mapPool, readProviderPages, UpdateError } from './crawl.ts';
import { loadHeld, REFUSAL_RETRY_DAYS } from './held.ts';
import { createHttpClient, HttpError, type HttpClient, type HttpClientOptions } from './http-client.ts';
import { createFileUpdateLock, type UpdateLock } from './lock.ts';
import type { Provider, Publication } from './site.ts';

export { UpdateError } from './crawl.ts';
export { SiteStructureError } from './site.ts';

/** Ofsted's reports site, the default `OFSTED_BASE_URL`. */
export const OFSTED_REPORTS_SITE = 'https://reports.ofsted.gov.uk/';

export interface UpdateOptions {
  /** The reports site (default {@link OFSTED_REPORTS_SITE}). */
  baseUrl?: string;
  /** The index directory to update. */
  indexDir: string;
  /** Only this authority (any name form the registry knows). */
  authority?: string | null;
  /** List what would be fetched; download and change nothing. */
  dryRun?: boolean;
  /** Download again documents the parser refused recently (see `REFUSAL_RETRY_DAYS`). */
  retryRefused?: boolean;
  /** The HTTP client's politeness settings (ignored when `client` is given). */
  http?: HttpClientOptions;
  client?: HttpClient;
  /** Who may run (default: a lock file in the index directory). Not taken by a dry run. */
  lock?: UpdateLock;
  logger?: Logger;
  /** Progress of each phase, for a progress line. */
  onProgress?: (phase: 'providers' | 'downloads' | 'ingest', done: number, total: number) => void;
}

/** One publication in the summary. */
export interface UpdateItem {
  authority: string;
  urn: number;
  /** The site's description ("children's services inspection, pdf - 13 january 2023"), or "provider page". */
  description: string;
  url: string;
  /** The report that holds it (new or already held). */
  reportId?: string;
  /** Why it was refused or failed. */
  reason?: string;
}

export interface UpdateSummary {
  baseUrl: string;
  dryRun: boolean;
  /** Authorities whose pages were checked. */
  authorities: number;
  /** HTTP attempts made, retries included. */
  requests: number;
  ms: number;
  /** Inspection reports and focused-visit letters listed on the pages read. */
  found: number;
  /** Dry run: what would be fetched. Otherwise: what was downloaded. */
  toFetch: UpdateItem[];
  new: UpdateItem[];
  held: UpdateItem[];
  refused: UpdateItem[];
  failed: UpdateItem[];
  /** Other documents listed (monitoring visits, …) by type, not fetched. */
  skipped: Record<string, number>;
  /** The rebuilt index, or null when it was current. */
  index: BuildSummary | null;
}

const BY_URN = new Map(AUTHORITIES.filter((a) => a.urn !== null).map((a) => [a.urn as number, a]));

function authorityOf(provider: Provider): Authority | undefined {
  return BY_URN.get(provider.urn) ?? findAuthority(provider.name);
}

/** Whether the index exists and was built from exactly the sources now in `indexDir`. */
export async function indexIsCurrent(indexDir: string): Promise<boolean> {
  try {
    return (await indexSourceHash(indexDir)) === (await hashSources(indexDir));
  } catch {
    return false;
  }
}

/** A safe file name for a download, in the folder convention of the shipped reports ("80443_bury/children's services inspection - 29 july 2025.pdf"). */
function downloadName(item: UpdateItem, taken: Set<string>): string {
  const safe = (s: string): string => s.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').slice(0, 120);
  const folder = safe(`${item.urn}_${item.authority.toLowerCase()}`);
  const base = safe(item.description.replace(/,\s*pdf\s*-/i, ' -'));
  let name = path.join(folder, `${base}.pdf`);
  for (let n = 2; taken.has(name); n++) name = path.join(folder, `${base} (${n}).pdf`);
  taken.add(name);
  return name;
}

/** Why a download is not a PDF, or null when it is one. */
function notPdf(body: Uint8Array, contentType: string): string | null {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return null;
  if (body.length === 0) return 'expected a PDF, got an empty response';
  const what = /<html|<!doctype html/i.test(head) || contentType.includes('html') ? 'an HTML page' : `${JSON.stringify(head.slice(0, 40))}`;
  return `expected a PDF, got ${what} (${contentType || 'no content type'})`;
}

/** Runs one update; see the module comment. Throws {@link UpdateError} or `SiteStructureError` when the run cannot go on. */
export async function runUpdate(options: UpdateOptions): Promise<UpdateSummary> {
  const started = performance.now();
  const baseUrl = options.baseUrl ?? OFSTED_REPORTS_SITE;
  const indexDir = path.resolve(options.indexDir);
  const dryRun = options.dryRun ?? false;
  const client = options.client ?? createHttpClient(options.http);
  const attemptsBefore = client.attempts;
  const workers = options.http?.concurrency ?? 2;
  const log = options.logger;

  let wanted: Authority | null = null;
  if (options.authority !== undefined && options.authority !== null) {
    const resolution = resolveAuthority(options.authority);
    if (resolution.authority === null) throw new UpdateError(`update: --authority ${resolution.message}`);
    wanted = resolution.authority;
  }

  await mkdir(indexDir, { recursive: true });
  const lock = options.lock ?? createFileUpdateLock(indexDir);
  const release = dryRun ? async () => {} : await lock.tryAcquire();
  if (release === null) {
    const holder = (await lock.describeHolder?.()) ?? 'another process';
    throw new UpdateError(`update: expected to take the update lock, but another update holds it (${holder}); try again when it has finished`);
  }
  let downloads: string | null = null;
  try {
    const held = await loadHeld(indexDir);
    const listed = await listProviders(client, baseUrl);
    const providers = wanted === null ? listed : listed.filter((p) => p.urn === wanted.urn || authorityOf(p)?.name === wanted.name);
    if (wanted !== null && providers.length === 0) {
      throw new UpdateError(`update: expected ${wanted.name} (URN ${wanted.urn ?? 'unknown'}) in the site's listing of ${listed.length} providers, but it is not there`);
    }
    log?.info({ providers: providers.length, baseUrl }, 'update: reading provider pages');
    const pages = await readProviderPages(client, providers, workers, (done, total) => options.onProgress?.('providers', done, total));

    const summary: UpdateSummary = {
      baseUrl, dryRun, authorities: providers.length, requests: 0, ms: 0, found: 0,
      toFetch: [], new: [], held: [], refused: [], failed: [], skipped: {}, index: null,
    };
    for (const page of pages) {
      const authority = authorityOf(page.provider);
      const name = authority?.name ?? page.provider.name;
      if ('error' in page) {
        summary.failed.push({ authority: name, urn: page.provider.urn, description: 'provider page', url: page.provider.url, reason: page.error });
        continue;
      }
      const count = new Map<string, number>();
      for (const p of page.publications) count.set(`${p.kind}|${p.published}`, (count.get(`${p.kind}|${p.published}`) ?? 0) + 1);
      const seen = new Set<string>();
      for (const publication of page.publications) {
        if (publication.kind === null) {
          summary.skipped[publication.type] = (summary.skipped[publication.type] ?? 0) + 1;
          continue;
        }
        if (seen.has(publication.url)) continue;
        seen.add(publication.url);
        summary.found++;
        const item = itemOf(name, page.provider, publication);
        const offSite = offSiteReason(publication.url, baseUrl);
        if (offSite !== null) {
          summary.refused.push({ ...item, reason: offSite });
          continue;
        }
        const twins = (count.get(`${publication.kind}|${publication.published}`) ?? 0) > 1;
        const holder = held.holder(publication, authority?.name ?? null, twins);
        const refusal = options.retryRefused === true ? null : held.refusal(publication.url);
        if (holder !== null) summary.held.push({ ...item, reportId: holder });
        else if (refusal !== null) {
          const when = refusal.at.slice(0, 10);
          summary.refused.push({ ...item, reason: `refused on ${when}, not fetched again for ${REFUSAL_RETRY_DAYS} days (--retry-refused to try now): ${refusal.reason}` });
        } else summary.toFetch.push(item);
      }
    }
    if (dryRun) return finish(summary, client.attempts - attemptsBefore, started);

    downloads = await mkdtemp(path.join(tmpdir(), 'ofsted-update-'));
    const files = await download(client, summary, downloads, workers, options.onProgress);
    if (files.size > 0) {
      const urls = new Map([...files].map(([file, item]) => [file, item.url]));
      const outcomes = await ingestFiles([...files.keys()], {
        indexDir,
        urls,
        onFile: (_, done, total) => options.onProgress?.('ingest', done, total),
      });
      for (const outcome of outcomes) {
        const item = files.get(outcome.file) as UpdateItem;
        const reportId = outcome.report?.id;
        if (outcome.status === 'stored' || outcome.status === 'updated') {
          summary.new.push({ ...item, reportId });
          if (reportId !== undefined) held.remember(item.url, reportId);
        }
        else if (outcome.status === 'refused') {
          summary.refused.push({ ...item, reason: outcome.message });
          held.rememberRefusal(item.url, outcome.message);
        }
        else {
          summary.held.push({ ...item, reportId });
          if (reportId !== undefined) held.remember(item.url, reportId);
        }
      }
    }
    await held.save();
    if (summary.new.length > 0 || !(await indexIsCurrent(indexDir))) {
      summary.index = await buildIndex(indexDir);
      log?.info({ reports: summary.index.reports, new: summary.new.map((i) => i.reportId) }, 'update: index rebuilt');
    }
    return finish(summary, client.attempts - attemptsBefore, started);
  } finally {
    if (downloads !== null) await rm(downloads, { recursive: true, force: true });
    await release();
  }
}

function itemOf(authority: string, provider: Provider, publication: Publication): UpdateItem {
  return { authority, urn: provider.urn, description: publication.description, url: publication.url };
}

/** Why a document link may not be followed (another site, not http), or null when it may. */
function offSiteReason(url: string, baseUrl: string): string | null {
  const target = new URL(url);
  const base = new URL(baseUrl);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return `expected an http(s) link, got ${target.protocol}`;
  if (target.host === base.host || target.hostname === 'ofsted.gov.uk' || target.hostname.endsWith('.ofsted.gov.uk')) return null;
  return `expected a link to ${base.host} or ofsted.gov.uk, got one to ${target.host}: not followed`;
}

function finish(summary: UpdateSummary, requests: number, started: number): UpdateSummary {
  summary.requests = requests;
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** Downloads each item to be fetched into `dir`; returns the PDFs written, by path. Others go to refused or failed. */
async function download(
  client: HttpClient,
  summary: UpdateSummary,
  dir: string,
  workers: number,
  onProgress: UpdateOptions['onProgress'],
): Promise<Map<string, UpdateItem>> {
  const taken = new Set<string>();
  const named = summary.toFetch.map((item) => ({ item, file: path.join(dir, downloadName(item, taken)) }));
  const files = new Map<string, UpdateItem>();
  let done = 0;
  await mapPool(named, workers, async ({ item, file }) => {
    try {
      const response = await client.get(item.url, 'application/pdf');
      const why = notPdf(response.body, response.contentType);
      if (why !== null) summary.refused.push({ ...item, reason: why });
      else {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, response.body);
        files.set(file, item);
      }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      summary.failed.push({ ...item, reason: error.message });
    }
    onProgress?.('downloads', ++done, named.length);
  });
  // Ingest in a stable order, whatever order the downloads finished in.
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
