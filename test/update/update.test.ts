import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.ts';
import { LEDGER_FILE } from '../../src/update/held.ts';
import { USER_AGENT } from '../../src/update/http-client.ts';
import { createFileUpdateLock } from '../../src/update/lock.ts';
import { formatSummary } from '../../src/update/summary.ts';
import { runUpdate, SiteStructureError, UpdateError, type UpdateOptions } from '../../src/update/update.ts';
import { indexDirWith, snapshot, storedReport, usualProviders } from './support/index-dirs.ts';
import { PDF_FIXTURES, startStandInSite, type StandInSite } from './support/stand-in-site.ts';

/** Fast politeness for tests: still two at a time, with a short pause, timeout and backoff. */
const FAST = { pauseMs: 5, timeoutMs: 5000, retries: 2, backoffMs: 20 };

let site: StandInSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function standIn(): Promise<StandInSite> {
  site = await startStandInSite(usualProviders());
  return site;
}

const run = (s: StandInSite, indexDir: string, extra: Partial<UpdateOptions> = {}) =>
  runUpdate({ baseUrl: s.baseUrl, indexDir, http: FAST, ...extra });

const ids = (items: Array<{ reportId?: string }>): Array<string | undefined> => items.map((i) => i.reportId).sort();
const fileRequests = (s: StandInSite): string[] => s.requests.filter((r) => r.path.startsWith('/v1/file/')).map((r) => r.path);

describe('npm run update against a stand-in of the site', () => {
  it('fetches what is new, recognises what is held, refuses an HTML page, and keeps each URL', async () => {
    const s = await standIn();
    const indexDir = await indexDirWith(['norfolk-2013', 'blackpool-2014']);

    const first = await run(s, indexDir);
    expect(first.authorities).toBe(5);
    expect(first.found).toBe(5);
    expect(ids(first.new)).toEqual(['somerset-2026', 'wiltshire-2019']);
    expect(ids(first.held)).toEqual(['blackpool-2014', 'norfolk-2013']);
    expect(first.refused).toHaveLength(1);
    expect(first.refused[0]).toMatchObject({ authority: 'Wiltshire', description: "children's services focused visit, pdf - 05 march 2021" });
    expect(first.refused[0]?.reason).toMatch(/expected a PDF, got an HTML page \(text\/html/);
    expect(first.failed).toEqual([]);
    expect(first.skipped).toEqual({ "children's services monitoring visit": 1, 'joint targeted area inspection': 1 });
    expect(first.index?.reports).toBe(4);

    // Only what was missing was downloaded; held reports and other documents never were.
    expect(fileRequests(s).sort()).toEqual(['/v1/file/80555-0', '/v1/file/80580-0', '/v1/file/80580-1']);
    // Each new report keeps the address it came from, and its source follows the shipped naming.
    expect(storedReport(indexDir, 'wiltshire-2019')).toMatchObject({
      url: s.fileUrl(80580, 1),
      source: "80580_wiltshire/children's services inspection - 22 july 2019.pdf",
    });
    const corpus = await loadCorpus({ indexDir });
    expect(corpus.reports().map((r) => r.id)).toEqual(['blackpool-2014', 'norfolk-2013', 'somerset-2026', 'wiltshire-2019']);

    // Politeness: never more than two at a time, and a User-Agent naming the project.
    expect(s.maxInFlight).toBeLessThanOrEqual(2);
    expect(new Set(s.requests.map((r) => r.headers['user-agent']))).toEqual(new Set([USER_AGENT]));
    expect(USER_AGENT).toMatch(/^ofsted-bot\/\d/);

    const text = formatSummary(first);
    expect(text).toContain('Found 5 inspection reports and focused-visit letters: 2 new, 2 already held, 1 refused, 0 failed.');
    expect(text).toContain("Skipped 2 other documents (only inspections and focused visits are fetched): children's services monitoring visit 1, joint targeted area inspection 1.");

    // A second run finds nothing new: the new reports are now held by their URL, and the index is left alone.
    const before = snapshot(indexDir);
    const requestsBefore = s.requests.length;
    const second = await run(s, indexDir);
    expect(second.new).toEqual([]);
    expect(ids(second.held)).toEqual(['blackpool-2014', 'norfolk-2013', 'somerset-2026', 'wiltshire-2019']);
    expect(second.index).toBeNull();
    expect(fileRequests(s).slice(3)).toEqual(['/v1/file/80580-0']); // only the refused one is tried again
    expect(snapshot(indexDir)).toEqual(before);
    expect(s.requests.length - requestsBefore).toBe(7); // 1 listing + 5 provider pages + 1 retry of the refusal
    expect(formatSummary(second)).toContain('Index unchanged.');
  });

  it('--dry-run lists what it would fetch and changes nothing; --authority limits it to one authority', async () => {
    const s = await standIn();
    const indexDir = await indexDirWith(['norfolk-2013']);
    const before = snapshot(indexDir);

    const dry = await run(s, indexDir, { dryRun: true });
    expect(dry.toFetch.map((i) => i.authority).sort()).toEqual(['Blackpool', 'Somerset', 'Wiltshire', 'Wiltshire']);
    expect(fileRequests(s)).toEqual([]);
    expect(snapshot(indexDir)).toEqual(before);
    expect(formatSummary(dry)).toMatch(/Would fetch:\n {2}Blackpool: children's services inspection, pdf - 08 september 2014\n {6}http:\/\/127\.0\.0\.1:\d+\/v1\/file\/80431-0/);

    const one = await run(s, indexDir, { authority: 'Wiltshire Council' });
    expect(one.authorities).toBe(1);
    expect(ids(one.new)).toEqual(['wiltshire-2019']);
    expect(s.requests.filter((r) => r.path.startsWith('/provider/')).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/provider/44/80580']),
    );
    await expect(run(s, indexDir, { authority: 'Narnia' })).rejects.toThrow(/update: --authority "Narnia" is not an English local authority/);
    await expect(run(s, indexDir, { authority: 'Bradford' })).rejects.toThrow(/update: expected Bradford \(URN \d+\) in the site's listing of 5 providers, but it is not there/);
  });

  it('waits as Retry-After asks on a 429, then goes on', async () => {
    const s = await standIn();
    s.faults.push({ match: (p) => p === '/provider/44/80555', status: 429, times: 1, headers: { 'retry-after': '1' } });
    const indexDir = await indexDirWith(['norfolk-2013', 'blackpool-2014', 'somerset-2026', 'wiltshire-2019']);
    const started = Date.now();
    const summary = await run(s, indexDir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(summary.failed).toEqual([]);
    expect(summary.held).toHaveLength(4);
    expect(s.requests.filter((r) => r.path === '/provider/44/80555').map((r) => r.status)).toEqual([429, 200]);
  });

  it('a 500 mid-run fails that authority alone; the next run picks up what is missing', async () => {
    const s = await standIn();
    // Somerset's page and Wiltshire's report fail on every attempt of the first run.
    s.faults.push({ match: (p) => p === '/provider/44/80555', status: 500, times: 3 });
    s.faults.push({ match: (p) => p === '/v1/file/80580-1', status: 503, times: 3 });
    const indexDir = await indexDirWith(['norfolk-2013', 'blackpool-2014']);
    const before = snapshot(indexDir);

    const first = await run(s, indexDir);
    expect(first.new).toEqual([]);
    expect(first.failed.map((f) => [f.authority, f.description, f.reason])).toEqual([
      ['Somerset', 'provider page', expect.stringMatching(/expected 200, got HTTP 500 \(gave up after 3 attempts\)/)],
      ['Wiltshire', "children's services inspection, pdf - 22 july 2019", expect.stringMatching(/got HTTP 503 \(gave up after 3 attempts\)/)],
    ]);
    expect(formatSummary(first)).toContain('Failed (the next run tries again):');
    expect(first.index).toBeNull();
    expect(snapshot(indexDir)).toEqual(before);

    const second = await run(s, indexDir);
    expect(second.failed).toEqual([]);
    expect(ids(second.new)).toEqual(['somerset-2026', 'wiltshire-2019']);
    expect(second.index?.reports).toBe(4);
  });

  it('stops with a clear message when the page structure has changed, never reporting "nothing new"', async () => {
    const s = await standIn();
    const indexDir = await indexDirWith(['norfolk-2013']);
    const before = snapshot(indexDir);

    s.structure = 'no-publication-links';
    const noPublications = run(s, indexDir);
    await expect(noPublications).rejects.toBeInstanceOf(SiteStructureError);
    await expect(noPublications).rejects.toThrow(
      /site: the page structure has changed: expected publication links \(a\.publication-link\) on the provider page http:\/\/127\.0\.0\.1:\d+\/provider\/44\/\d+, found none/,
    );
    // It stopped at the first such page rather than reading all of them.
    expect(s.requests.filter((r) => r.path.startsWith('/provider/')).length).toBeLessThanOrEqual(3);

    s.structure = 'no-provider-links';
    await expect(run(s, indexDir, { dryRun: true })).rejects.toThrow(
      /site: the page structure has changed: expected links to provider pages \(a\[href\*="\/provider\/"\]\) on the listing http:\/\/127\.0\.0\.1:\d+\/search\?.*level_1_types=3&level_2_types%5B%5D=12&start=0&rows=100, found none/,
    );
    expect(fileRequests(s)).toEqual([]);
    expect(snapshot(indexDir)).toEqual(before);
  });

  it('a listing that cannot be read stops the run, naming it', async () => {
    const s = await standIn();
    s.faults.push({ match: (p) => p === '/search', status: 500, times: 99 });
    const indexDir = await indexDirWith([]);
    await expect(run(s, indexDir)).rejects.toThrow(/update: could not read the provider listing, so nothing was checked: http-client: GET .*search.* expected 200, got HTTP 500/);
    await expect(run(s, indexDir)).rejects.toBeInstanceOf(UpdateError);
  });

  it('recognises a download that a text source already holds, and remembers its URL so it is not fetched again', async () => {
    const s = await standIn();
    // Held reports stored without a publication date in their file name or text cannot be matched by date.
    const indexDir = await indexDirWith(['wiltshire-2019']);
    const stored = storedReport(indexDir, 'wiltshire-2019');
    writeFileSync(
      path.join(indexDir, 'reports', 'wiltshire-2019.json'),
      readFileSync(path.join(indexDir, 'reports', 'wiltshire-2019.json'), 'utf8')
        .replace(stored.source, 'inbox/wiltshire.pdf')
        .replace('"published": "2019-07-22"', '"published": null'),
    );
    const first = await run(s, indexDir, { authority: 'Wiltshire' });
    expect(first.new).toEqual([]);
    expect(ids(first.held)).toEqual(['wiltshire-2019']);
    expect(JSON.parse(readFileSync(path.join(indexDir, LEDGER_FILE), 'utf8'))).toEqual({ format: 1, held: { [s.fileUrl(80580, 1)]: 'wiltshire-2019' }, refused: {} });
    const downloads = fileRequests(s).length;
    await run(s, indexDir, { authority: 'Wiltshire' });
    expect(fileRequests(s).slice(downloads)).toEqual(['/v1/file/80580-0']);
  });

  it('remembers what the parser refused, and downloads it again only when asked (or weeks later)', async () => {
    const s = await standIn();
    const cut = readFileSync(path.join(PDF_FIXTURES, 'somerset-2026.pdf')).subarray(0, 60_000);
    s.providers = [{ urn: 80555, name: 'Somerset', publications: [{ description: "children's services focused visit, pdf - 01 may 2025", file: cut }] }];
    const indexDir = await indexDirWith([]);
    const first = await run(s, indexDir);
    expect(first.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/parse-pdf: .* is truncated/)]);
    const second = await run(s, indexDir);
    expect(second.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/^refused on \d{4}-\d\d-\d\d, not fetched again for 28 days \(--retry-refused to try now\): parse-pdf: .* is truncated/)]);
    expect(fileRequests(s)).toHaveLength(1);
    await run(s, indexDir, { retryRefused: true });
    expect(fileRequests(s)).toHaveLength(2);
  });

  it('runs one update at a time: a held lock refuses the run; a dry run needs none', async () => {
    const s = await standIn();
    const indexDir = await indexDirWith([]);
    const release = await createFileUpdateLock(indexDir).tryAcquire();
    expect(release).not.toBeNull();
    await expect(run(s, indexDir)).rejects.toThrow(/update: expected to take the update lock, but another update holds it \(pid \d+ on .* since .*\.update\.lock\)/);
    expect((await run(s, indexDir, { dryRun: true })).toFetch).toHaveLength(5);
    await release?.();
    expect((await run(s, indexDir, { authority: 'Blackpool' })).new).toHaveLength(1);
    expect(existsSync(path.join(indexDir, '.update.lock'))).toBe(false);
  });
});

describe('an update under a running bot', () => {
  it('keeps answering from the old index during the update, and answers from the new report after a reload', async () => {
    const s = await standIn();
    s.delayMs = 20;
    const indexDir = await indexDirWith(['norfolk-2013', 'blackpool-2014', 'somerset-2026']);
    const question = 'Wiltshire 2019 care leavers';
    const running = await loadCorpus({ indexDir });
    expect(running.ask(question).results.filter((h) => h.reportId === 'wiltshire-2019')).toEqual([]);

    let answered = 0;
    let updating = true;
    const update = run(s, indexDir).finally(() => {
      updating = false;
    });
    while (updating) {
      // Questions keep being answered while the update runs.
      expect(running.ask('Norfolk 2013 placements').results.length).toBeGreaterThan(0);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const summary = await update;
    expect(answered).toBeGreaterThan(5);
    expect(ids(summary.new)).toEqual(['wiltshire-2019']);

    const reloaded = await loadCorpus({ indexDir });
    const hits = reloaded.ask(question).results;
    expect(hits[0]?.reportId).toBe('wiltshire-2019');
    expect(hits[0]?.citation).toMatch(/^Wiltshire 2019 ILACS, /);
    expect(readdirSync(path.join(indexDir, 'reports')).sort()).toEqual(['blackpool-2014.json', 'norfolk-2013.json', 'somerset-2026.json', 'wiltshire-2019.json']);
  });
});
