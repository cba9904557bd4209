/**
 * What an index directory already holds, as the update sees it: which
 * publications on Ofsted's site need no download.
 *
 * A publication is held when a report keeps its URL, when the update ledger
 * (`update-ledger.json`) remembers its URL (a download that turned out to be a
 * report already indexed from a text source), or — for reports ingested
 * without a URL — when a report of the same authority and kind (inspection or
 * focused visit) was published that day (by the date in its source file name,
 * or the printed publication date within {@link DATE_SLACK_DAYS} days).
 *
 * The ledger also remembers documents the parser refused (a letter it cannot
 * read yet, an authority the registry lacks), so they are not downloaded again
 * on every run: they are tried again after {@link REFUSAL_RETRY_DAYS} days, or
 * when asked (`--retry-refused`), e.g. once the parser has learnt to read them.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report, ReportKind } from '../model.ts';
import { loadSourceReports } from '../search/sources.ts';
import { parseDescriptionDate, type Publication, type PublicationKind } from './site.ts';

/** The ledger's file name in the index directory. */
export const LEDGER_FILE = 'update-ledger.json';
const LEDGER_FORMAT = 1;

/** How far a printed publication date may lie from the site's date (they differ by a day in a few reports). */
export const DATE_SLACK_DAYS = 3;

/** Days before a document refused by the parser is downloaded again. */
export const REFUSAL_RETRY_DAYS = 28;

export interface Refusal {
  reason: string;
  /** ISO date-time of the refusal. */
  at: string;
}

interface LedgerFile {
  format: number;
  /** URL → the id of the report it was found to hold. */
  held: Record<string, string>;
  /** URL → why the parser refused it, and when. */
  refused?: Record<string, Refusal>;
}

/** The site's kind of a report, or null for documents the site does not list as either. */
export function publicationKindOf(kind: ReportKind): PublicationKind | null {
  switch (kind) {
    case 'lac-2012':
    case 'safeguarding-2012':
    case 'sif':
    case 'ilacs':
    case 'ilacs-2026':
      return 'inspection';
    case 'focused-visit':
      return 'focused-visit';
    default:
      return null;
  }
}

interface HeldReport {
  id: string;
  authority: string;
  kind: PublicationKind;
  dates: string[];
}

export interface HeldIndex {
  /** The id of the report holding this publication, or null when it is not held. */
  holder(publication: Publication, authority: string | null, sameDayTwins: boolean): string | null;
  /** Remembers URLs found to hold a report already indexed. */
  remember(url: string, reportId: string): void;
  /** The parser's refusal of this URL, while it is recent enough to stand, else null. */
  refusal(url: string, now?: number): Refusal | null;
  /** Remembers that the parser refused this URL. */
  rememberRefusal(url: string, reason: string): void;
  /** Writes the ledger (atomically) when anything was remembered. */
  save(): Promise<void>;
  /** How many reports the index holds. */
  readonly reports: number;
}

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

async function readLedger(file: string): Promise<LedgerFile> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { format: LEDGER_FORMAT, held: {}, refused: {} };
  }
  const parsed = JSON.parse(raw) as Partial<LedgerFile>;
  if (parsed.format !== LEDGER_FORMAT || typeof parsed.held !== 'object' || parsed.held === null) {
    throw new Error(`held: expected ${file} to be an update ledger of format ${LEDGER_FORMAT}, found format ${String(parsed.format)}; delete it to start afresh`);
  }
  return { format: LEDGER_FORMAT, held: parsed.held, refused: parsed.refused ?? {} };
}

const sortedRecord = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Reads the reports and the ledger in `indexDir`. */
export async function loadHeld(indexDir: string): Promise<HeldIndex> {
  const { reports } = await loadSourceReports(indexDir);
  const ledgerFile = path.join(indexDir, LEDGER_FILE);
  const ledger = await readLedger(ledgerFile);
  const byUrl = new Map<string, string>(Object.entries(ledger.held));
  const refused = ledger.refused ?? {};
  let changed = false;
  const held: HeldReport[] = [];
  for (const report of reports as Report[]) {
    if (report.url !== null) byUrl.set(report.url, report.id);
    const kind = publicationKindOf(report.kind);
    if (kind === null) continue;
    const dates = [parseDescriptionDate(report.source.replace(/\.pdf$/i, '')), report.published].filter((d): d is string => d !== null);
    held.push({ id: report.id, authority: report.authority, kind, dates });
  }
  return {
    reports: reports.length,
    holder(publication, authority, sameDayTwins) {
      const byAddress = byUrl.get(publication.url);
      if (byAddress !== undefined) return byAddress;
      // Two documents of one kind published the same day cannot be told apart by date: download and let ingest decide.
      if (authority === null || publication.kind === null || publication.published === null || sameDayTwins) return null;
      const published = publication.published;
      const match = held.find(
        (r) => r.authority === authority && r.kind === publication.kind && r.dates.some((d) => days(d, published) <= DATE_SLACK_DAYS),
      );
      return match?.id ?? null;
    },
    remember(url, reportId) {
      if (byUrl.get(url) === reportId) return;
      byUrl.set(url, reportId);
      ledger.held[url] = reportId;
      delete refused[url];
      changed = true;
    },
    refusal(url, now = Date.now()) {
      const found = refused[url];
      if (found === undefined || now - Date.parse(found.at) > REFUSAL_RETRY_DAYS * 86_400_000) return null;
      return found;
    },
    rememberRefusal(url, reason) {
      refused[url] = { reason, at: new Date().toISOString() };
      changed = true;
    },
    async save() {
      if (!changed) return;
      const file: LedgerFile = { format: LEDGER_FORMAT, held: sortedRecord(ledger.held), refused: sortedRecord(refused) };
      const text = `${JSON.stringify(file, null, 2)}\n`;
      const temporary = `${ledgerFile}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, ledgerFile);
      changed = false;
    },
  };
}
