/**
 * `npm run bench-update [-- --pause 0,1000]`
 *
 * Times `runUpdate` checking all 153 authorities (the registry's URNs) against
 * the local stand-in of Ofsted's site (test/update/support/), whose provider
 * pages list every inspection report and focused-visit letter in the shared
 * report folder (../shared/reports), served as the real PDFs. Two runs per
 * pause setting, each on a fresh copy of the shipped index:
 *
 * - nothing new: every listed document is already held (by URL, as in the
 *   steady state after a first run);
 * - 10 new: ten recent inspection reports of authorities the shipped index
 *   does not cover are missing, so they are downloaded, ingested and the index
 *   rebuilt.
 *
 * `--pause` lists the pause after each request, in ms (default 0 — our own
 * cost — and 1000, the default politeness against the real site).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTHORITIES } from '../src/authorities.ts';
import { parsePdf } from '../src/pdf/parse-pdf.ts';
import { LEDGER_FILE } from '../src/update/held.ts';
import { runUpdate, type UpdateSummary } from '../src/update/update.ts';
import { startStandInSite, type StandInProvider } from '../test/update/support/stand-in-site.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'reports');
const SHIPPED_INDEX = path.join(ROOT, 'index-data');
const NEW_REPORTS = 10;

function pauses(argv: readonly string[]): number[] {
  const at = argv.indexOf('--pause');
  const list = at >= 0 ? (argv[at + 1] ?? '') : '0,1000';
  const values = list.split(',').map(Number);
  if (values.some((v) => !Number.isFinite(v) || v < 0)) throw new Error(`bench-update: expected --pause <ms>[,<ms>…], got "${list}"`);
  return values;
}

/** "children's services inspection - 16 may 2016.pdf" → the site's description of it. */
function describe(fileName: string): string {
  const base = fileName.replace(/\.pdf$/i, '').replace(/,\s*pdf\s*-/i, ' -');
  const cut = base.lastIndexOf(' - ');
  return `${base.slice(0, cut)}, pdf - ${base.slice(cut + 3)}`;
}

const dateOf = (description: string): number => Date.parse(description.slice(description.lastIndexOf(' - ') + 3));

/** Each current authority's publications, newest first, from the shared report folder. */
function providers(): StandInProvider[] {
  const folders = (sub: string): string[] => readdirSync(path.join(SHARED, sub)).map((name) => path.join(SHARED, sub, name));
  const all = [...folders('pdf'), ...folders('focused-visits')];
  return AUTHORITIES.filter((a) => a.until === null && a.urn !== null).map((authority) => {
    const mine = all.filter((dir) => path.basename(dir).startsWith(`${authority.urn}_`));
    const publications = mine
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => ({ description: describe(f), file: path.join(dir, f) })))
      .sort((a, b) => dateOf(b.description) - dateOf(a.description));
    return { urn: authority.urn as number, name: authority.name, publications };
  });
}

/**
 * Ten recent inspection reports of authorities the shipped index does not
 * hold, that the PDF parser reads (their URLs): the run's "new" reports.
 */
async function pickNew(site: { fileUrl(urn: number, i: number): string }, list: StandInProvider[]): Promise<{ urls: Set<string>; unreadable: string[] }> {
  const shipped = new Set(readdirSync(path.join(SHIPPED_INDEX, 'reports')).map((f) => f.replace(/-\d{4}\.json$/, '')));
  const urls = new Set<string>();
  const unreadable: string[] = [];
  for (const provider of list) {
    if (urls.size === NEW_REPORTS) break;
    const slug = AUTHORITIES.find((a) => a.urn === provider.urn)?.slug ?? '';
    if (shipped.has(slug)) continue;
    const i = provider.publications.findIndex((p) => p.description.startsWith("children's services inspection") && dateOf(p.description) >= Date.parse('2023-01-01'));
    const file = provider.publications[i]?.file;
    if (typeof file !== 'string') continue;
    try {
      await parsePdf(new Uint8Array(readFileSync(file)), path.basename(file));
      urls.add(site.fileUrl(provider.urn, i));
    } catch (error) {
      unreadable.push(`${provider.name}: ${(error as Error).message.slice(0, 160)}`);
    }
  }
  return { urls, unreadable };
}

async function timed(baseUrl: string, heldUrls: string[], pauseMs: number): Promise<UpdateSummary> {
  const indexDir = mkdtempSync(path.join(tmpdir(), 'bench-update-'));
  cpSync(SHIPPED_INDEX, indexDir, { recursive: true });
  const held = Object.fromEntries(heldUrls.map((url) => [url, 'held-before-the-bench']));
  writeFileSync(path.join(indexDir, LEDGER_FILE), `${JSON.stringify({ format: 1, held, refused: {} })}\n`);
  try {
    return await runUpdate({ baseUrl, indexDir, http: { pauseMs } });
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

function report(label: string, pauseMs: number, s: UpdateSummary): void {
  console.log(
    `${label.padEnd(12)} pause ${String(pauseMs).padStart(4)} ms: ${(s.ms / 1000).toFixed(1).padStart(6)} s, ${s.authorities} authorities, ${s.requests} requests, ` +
      `found ${s.found}: ${s.new.length} new, ${s.held.length} held, ${s.refused.length} refused, ${s.failed.length} failed` +
      `${s.index === null ? '' : `; index rebuilt (${s.index.reports} reports)`}`,
  );
  for (const item of [...s.refused, ...s.failed]) console.log(`    ${item.authority}: ${item.description}: ${item.reason ?? ''}`);
}

async function main(): Promise<void> {
  if (!existsSync(SHARED)) throw new Error(`bench-update: expected the shared report folder at ${SHARED}, found nothing`);
  const list = providers();
  const site = await startStandInSite(list);
  try {
    const urls = list.flatMap((p) => p.publications.map((_, i) => site.fileUrl(p.urn, i)));
    const { urls: fresh, unreadable } = await pickNew(site, list);
    for (const line of unreadable) console.log(`not picked (the parser refuses it): ${line}`);
    console.log(`stand-in: ${list.length} authorities, ${urls.length} documents listed; Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
    for (const pauseMs of pauses(process.argv.slice(2))) {
      report('nothing new', pauseMs, await timed(site.baseUrl, urls, pauseMs));
      report(`${fresh.size} new`, pauseMs, await timed(site.baseUrl, urls.filter((u) => !fresh.has(u)), pauseMs));
    }
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
