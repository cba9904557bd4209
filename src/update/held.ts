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

interface LedgerFile {
  format: number;
  /** URL → the id of the report it was found to hold. */
  held: Record<string, string>;
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
  /** Writes the ledger (atomically) when anything was remembered. */
  save(): Promise<void>;
  /** How many reports the index holds. */
  readonly reports: number;
}

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

async function readLedger(file: string): Promise<Record<string, string>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  const parsed = JSON.parse(raw) as Partial<LedgerFile>;
  if (parsed.format !== LEDGER_FORMAT || typeof parsed.held !== 'object' || parsed.held === null) {
    throw new Error(`held: expected ${file} to be an update ledger of format ${LEDGER_FORMAT}, found format ${String(parsed.format)}; delete it to start afresh`);
  }
  return parsed.held;
}

/** Reads the reports and the ledger in `indexDir`. */
export async function loadHeld(indexDir: string): Promise<HeldIndex> {
  const { reports } = await loadSourceReports(indexDir);
  const ledgerFile = path.join(indexDir, LEDGER_FILE);
  const ledger = await readLedger(ledgerFile);
  const byUrl = new Map<string, string>(Object.entries(ledger));
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
      ledger[url] = reportId;
      changed = true;
    },
    async save() {
      if (!changed) return;
      const sorted = Object.fromEntries(Object.entries(ledger).sort(([a], [b]) => (a < b ? -1 : 1)));
      const text = `${JSON.stringify({ format: LEDGER_FORMAT, held: sorted } satisfies LedgerFile, null, 2)}\n`;
      const temporary = `${ledgerFile}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, ledgerFile);
      changed = false;
    },
  };
}
