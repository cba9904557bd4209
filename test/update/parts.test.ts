import { execFile } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readUpdateConfig } from '../../adapters/config.ts';
import { createHttpClient, HttpError, retryAfterMs } from '../../src/update/http-client.ts';
import { createFileUpdateLock, LOCK_FILE } from '../../src/update/lock.ts';
import { startUpdateSchedule } from '../../src/update/schedule.ts';
import { classifyPublication, parseDescriptionDate, parseListing, parseProviderPage } from '../../src/update/site.ts';
import { indexDirWith } from './support/index-dirs.ts';
import { startStandInSite, type StandInSite } from './support/stand-in-site.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let site: StandInSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('reading the site', () => {
  it('reads dates and kinds from publication descriptions', () => {
    expect(parseDescriptionDate("children's services inspection, pdf - 13 january 2023")).toBe('2023-01-13');
    expect(parseDescriptionDate("children's services inspection,  pdf - 5 March 2024")).toBe('2024-03-05');
    expect(parseDescriptionDate('no date here')).toBeNull();
    expect(classifyPublication("children's services inspection")).toBe('inspection');
    expect(classifyPublication('Children’s services focused visit')).toBe('focused-visit');
    expect(classifyPublication("children's services monitoring visit")).toBeNull();
    expect(classifyPublication('joint targeted area inspection')).toBeNull();
    expect(classifyPublication("area send inspection of children's services")).toBeNull();
  });

  it('finds provider links once each by URN, and publications with absolute URLs', () => {
    const listing = '<a href="/provider/44/80443">Bury</a><a href="/provider/44/80443">Bury</a><a href="/about">x</a><a href="/provider/44/2532283/">Dorset</a>';
    expect(parseListing(listing, 'http://127.0.0.1:9/search?q=')).toEqual([
      { urn: 80443, name: 'Bury', url: 'http://127.0.0.1:9/provider/44/80443' },
      { urn: 2532283, name: 'Dorset', url: 'http://127.0.0.1:9/provider/44/2532283/' },
    ]);
    const providerPage = `<ol><li><a class="publication-link" href="/v1/file/1">Children's services inspection
      <span class="nonvisual">Children's services inspection, PDF - 29 July 2025</span></a></li></ol>`;
    expect(parseProviderPage(providerPage, 'http://127.0.0.1:9/provider/44/80443')).toEqual([
      { description: "children's services inspection, pdf - 29 july 2025", type: "children's services inspection", kind: 'inspection', published: '2025-07-29', url: 'http://127.0.0.1:9/v1/file/1' },
    ]);
    expect(() => parseProviderPage('<a class="publication-link" href="/v1/file/1">Report</a>', 'http://x/provider/1')).toThrow(
      /site: the page structure has changed: expected each publication link on http:\/\/x\/provider\/1 to hold a span\.nonvisual description and an href/,
    );
  });
});

describe('the HTTP client', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('times out a request that never answers, retries it, then says so', async () => {
    let hits = 0;
    const server = createServer(() => {
      hits++; // never answers
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
    try {
      const client = createHttpClient({ timeoutMs: 100, retries: 1, backoffMs: 10, pauseMs: 0 });
      const failure = client.get(url);
      await expect(failure).rejects.toBeInstanceOf(HttpError);
      await expect(failure).rejects.toThrow(/http-client: GET .*\/slow: expected a response, got no complete answer within 100 ms \(gave up after 2 attempts\)/);
      expect(hits).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('does not retry a 404, and refuses a Retry-After longer than allowed', async () => {
    site = await startStandInSite([]);
    const client = createHttpClient({ pauseMs: 0, backoffMs: 10, maxRetryAfterMs: 1000 });
    await expect(client.get(`${site.baseUrl}missing`)).rejects.toThrow(/expected 200, got HTTP 404$/);
    site.faults.push({ match: () => true, status: 503, times: 1, headers: { 'retry-after': '3600' } });
    await expect(client.get(`${site.baseUrl}search`)).rejects.toThrow(/got HTTP 503, and Retry-After asks to wait 3600 s \(more than the 1 s allowed\)/);
    expect(client.attempts).toBe(2);
  });
});

describe('the update lock', () => {
  it('is held by one at a time, released, and taken over when stale or its owner has died', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
    const a = createFileUpdateLock(dir);
    const release = await a.tryAcquire();
    expect(release).not.toBeNull();
    expect(await createFileUpdateLock(dir).tryAcquire()).toBeNull();
    await release?.();
    await release?.();
    const again = await createFileUpdateLock(dir).tryAcquire();
    expect(again).not.toBeNull();

    // Older than the expiry: taken over; the old holder's release then leaves the new lock alone.
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, LOCK_FILE), old, old);
    const taker = await createFileUpdateLock(dir, { staleMs: 30_000 }).tryAcquire();
    expect(taker).not.toBeNull();
    await again?.();
    expect(await createFileUpdateLock(dir).tryAcquire()).toBeNull();
    await taker?.();

    // Left by a process on this host that no longer runs.
    const { hostname } = await import('node:os');
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ token: 'x', pid: 2 ** 22 + 12345, host: hostname(), started: '2020-01-01T00:00:00Z' }));
    expect(await createFileUpdateLock(dir).tryAcquire()).not.toBeNull();
  });
});

describe('configuration', () => {
  it('reads OFSTED_BASE_URL and UPDATE_SCHEDULE, and names either when it is invalid', () => {
    expect(readUpdateConfig({})).toEqual({ baseUrl: 'https://reports.ofsted.gov.uk/', schedule: null });
    expect(readUpdateConfig({ OFSTED_BASE_URL: 'http://127.0.0.1:8080/ofsted', UPDATE_SCHEDULE: '0 6 * * 1-5' })).toEqual({
      baseUrl: 'http://127.0.0.1:8080/ofsted/',
      schedule: '0 6 * * 1-5',
    });
    expect(() => readUpdateConfig({ OFSTED_BASE_URL: 'reports.ofsted.gov.uk' })).toThrow(/Config: OFSTED_BASE_URL must be an http\(s\) URL, but got "reports.ofsted.gov.uk"/);
    expect(() => readUpdateConfig({ UPDATE_SCHEDULE: 'every monday' })).toThrow(ConfigError);
    expect(() => readUpdateConfig({ UPDATE_SCHEDULE: '61 * * * *' })).toThrow(/Config: UPDATE_SCHEDULE must be a cron expression such as "0 6 \* \* 1-5" .*, but got "61 \* \* \* \*"/);
  });
});

describe('the schedule', () => {
  it('runs the update into the index directory on its cron expression, and reports each run', async () => {
    site = await startStandInSite([{ urn: 80580, name: 'Wiltshire', publications: [{ description: "children's services inspection, pdf - 22 july 2019", file: 'wiltshire-2019.pdf' }] }]);
    const indexDir = await indexDirWith([]);
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const runs: string[][] = [];
    const schedule = startUpdateSchedule({
      schedule: '* * * * * *',
      baseUrl: site.baseUrl,
      indexDir,
      logger,
      http: { pauseMs: 0 },
      onUpdate: (summary) => void runs.push(summary.new.map((i) => i.reportId ?? '')),
    });
    try {
      expect(schedule.nextRun()).toBeInstanceOf(Date);
      await expect.poll(() => runs.length, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(2);
    } finally {
      schedule.stop();
    }
    expect(runs[0]).toEqual(['wiltshire-2019']);
    expect(runs[1]).toEqual([]);
    expect(lines.join('')).toMatch(/"msg":"update: scheduled run finished"/);
  });
});

describe('npm run update', () => {
  it('prints the summary, and exits 2 with the reason when the site has changed', async () => {
    site = await startStandInSite([{ urn: 80431, name: 'Blackpool', publications: [{ description: "children's services inspection, pdf - 08 september 2014", file: 'blackpool-2014.pdf' }] }]);
    const indexDir = await indexDirWith([]);
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const env = { ...process.env, OFSTED_BASE_URL: site.baseUrl, UPDATE_SCHEDULE: '', LOG_LEVEL: 'silent' };
    const { stdout } = await promisify(execFile)(tsx, ['scripts/update.ts', '--dry-run', '--out', indexDir], { cwd: ROOT, env });
    expect(stdout).toMatch(/^Checked 1 authority on http:\/\/127\.0\.0\.1:\d+\/ in [\d.]+ s \(2 requests\)\.\nFound 1 inspection report or focused-visit letter: 0 already held, 1 to fetch, 0 refused, 0 failed\.\nWould fetch:\n {2}Blackpool/);
    site.structure = 'no-publication-links';
    const failure = await promisify(execFile)(tsx, ['scripts/update.ts', '--out', indexDir], { cwd: ROOT, env }).catch((e: unknown) => e as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/site: the page structure has changed: expected publication links/) });
  });
});
