/**
 * Ingesting report PDFs into an index directory: parse each file, refuse bad
 * ones one by one, recognise an inspection that is already indexed (as a
 * stored PDF report or as a text source), and store each new report as
 * `reports/<id>.json`, written atomically so the index is never half-written.
 */
import { readdir, readFile, rename, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Judgement, Paragraph, Report } from '../model.ts';
import { parseSourceDir } from '../parse/parse-report-text.ts';
import { disambiguate } from '../report-id.ts';
import { inspectionKey, REPORTS_DIR, SOURCES_DIR } from '../search/sources.ts';
import { availableParallelism } from 'node:os';
import { createParsePool, type ParseReply } from './parse-pool.ts';

/** What happened to one file. */
export type IngestStatus = 'stored' | 'updated' | 'unchanged' | 'duplicate' | 'refused';

export interface IngestOutcome {
  /** The file as given (absolute or relative path). */
  file: string;
  status: IngestStatus;
  /** The parsed report (absent when refused). */
  report: Report | null;
  /** One line for the user: what was recognised, or why the file was refused or not stored. */
  message: string;
  /** Parse time in milliseconds. */
  ms: number;
}

/** Every `*.pdf` under the given folders (searched recursively) plus the files named, sorted, without repeats. */
export async function collectPdfFiles(paths: readonly string[]): Promise<string[]> {
  const pdfsIn = async (dir: string): Promise<string[]> => {
    const pdfs: string[] = [];
    for (const name of await readdir(dir)) {
      const child = path.join(dir, name);
      if ((await stat(child)).isDirectory()) pdfs.push(...(await pdfsIn(child)));
      else if (/\.pdf$/i.test(name)) pdfs.push(child);
    }
    return pdfs;
  };
  const found = new Set<string>();
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info === null) throw new Error(`ingest: expected a PDF file or folder, found nothing at ${p}`);
    // A file named explicitly is tried whatever its name; in folders only *.pdf.
    if (!info.isDirectory()) {
      found.add(p);
      continue;
    }
    const pdfs = await pdfsIn(p);
    if (pdfs.length === 0) throw new Error(`ingest: expected PDF files in the folder ${p}, found none (only *.pdf files are read from folders)`);
    for (const pdf of pdfs) found.add(pdf);
  }
  return [...found].sort();
}

/** A PDF's name relative to its folder's parent ("80443_bury/children's services inspection - 29 july 2025.pdf"). */
function sourceName(file: string): string {
  return `${path.basename(path.dirname(path.resolve(file)))}/${path.basename(file)}`;
}

function orderJudgement(j: Judgement): Judgement {
  return { area: j.area, areaKey: j.areaKey, grade: j.grade, gradeKey: j.gradeKey };
}

function orderParagraph(p: Paragraph): Paragraph {
  return { label: p.label, number: p.number, kind: p.kind, section: p.section, text: p.text };
}

/** A report as stored: keys in the model's order, 2-space indentation, trailing newline. */
export function serialiseReport(r: Report): string {
  const ordered: Report = {
    id: r.id,
    authority: r.authority,
    kind: r.kind,
    inspectionStart: r.inspectionStart,
    inspectionEnd: r.inspectionEnd,
    published: r.published,
    leadInspector: r.leadInspector,
    judgements: r.judgements.map(orderJudgement),
    lscbJudgement: r.lscbJudgement === null ? null : orderJudgement(r.lscbJudgement),
    // Only where the table could not be read, so a report read whole is stored as it always was.
    ...(r.gradesUnread === undefined ? {} : { gradesUnread: r.gradesUnread }),
    paragraphs: r.paragraphs.map(orderParagraph),
    themes: r.themes ?? [],
    source: r.source,
    url: r.url ?? null,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes a file through a temporary file and a rename, so readers never see it half-written. */
async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** One line describing a parsed report: authority, kind, dates, grades, paragraph count. */
function describeReport(r: Report): string {
  const dates = r.inspectionStart === r.inspectionEnd ? `${r.inspectionStart}` : `${r.inspectionStart} to ${r.inspectionEnd}`;
  const grades = r.judgements.map((j) => `${j.areaKey === 'other' ? j.area : j.areaKey} ${j.gradeKey}`).join(', ');
  const lscb = r.lscbJudgement ? `; LSCB ${r.lscbJudgement.gradeKey}` : '';
  const unread = r.gradesUnread === undefined ? '' : `; GRADES UNREAD (${r.gradesUnread})`;
  return `${r.authority}, ${r.kind}, inspected ${dates}, published ${r.published ?? 'n/a'}; ${grades}${lscb}${unread}; ${r.paragraphs.length} paragraphs`;
}

interface Known {
  id: string;
  origin: 'text' | 'stored';
}

/**
 * The inspections already in an index directory, by inspection key: the text
 * sources (parsed with the text parser) and the stored PDF reports.
 */
async function knownInspections(indexDir: string): Promise<{ byKey: Map<string, Known>; stored: Map<string, Report> }> {
  const byKey = new Map<string, Known>();
  const stored = new Map<string, Report>();
  for (const r of await parseSourceDir(path.join(indexDir, SOURCES_DIR))) byKey.set(inspectionKey(r), { id: r.id, origin: 'text' });
  const reportsDir = path.join(indexDir, REPORTS_DIR);
  const names = await readdir(reportsDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const r = JSON.parse(await readFile(path.join(reportsDir, name), 'utf8')) as Report;
    stored.set(r.id, r);
    if (!byKey.has(inspectionKey(r))) byKey.set(inspectionKey(r), { id: r.id, origin: 'stored' });
  }
  return { byKey, stored };
}

export interface IngestOptions {
  indexDir: string;
  /** The address each file was downloaded from, by the file path as given: stored as the report's `url`. */
  urls?: ReadonlyMap<string, string>;
  /** Worker threads parsing PDFs (default: one per core). */
  workers?: number;
  /** Called as each file is parsed, in completion order, for a progress bar. */
  onParsed?: (done: number, total: number) => void;
  /** Called after each file is stored or refused, in the order the files were given. */
  onFile?: (outcome: IngestOutcome, done: number, total: number) => void;
}

/**
 * Ingests PDFs into `indexDir/reports`. Files are parsed in parallel on a
 * worker pool, then stored one by one in the order given, so the outcome
 * does not depend on timing. A bad file is refused with its reason and the
 * rest still go in. An inspection already indexed is not stored twice;
 * re-ingesting a file is a no-op.
 */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestOutcome[]> {
  const { byKey, stored } = await knownInspections(options.indexDir);
  const reportsDir = path.join(options.indexDir, REPORTS_DIR);
  const pool = createParsePool(Math.min(options.workers ?? availableParallelism(), Math.max(files.length, 1)));
  let parsedCount = 0;
  let replies: ParseReply[];
  try {
    replies = await Promise.all(
      files.map((file) =>
        pool.parse(path.resolve(file), sourceName(file)).then((reply) => {
          options.onParsed?.(++parsedCount, files.length);
          return reply;
        }),
      ),
    );
  } finally {
    await pool.close();
  }
  const outcomes: IngestOutcome[] = [];
  for (const [i, file] of files.entries()) {
    const reply = replies[i] as ParseReply;
    const outcome: IngestOutcome =
      reply.report === null
        ? { file, status: 'refused', report: null, message: reply.error ?? 'parse failed', ms: 0 }
        : await store(withUrl(reply.report, options.urls?.get(file)), file, byKey, stored, reportsDir);
    outcome.ms = reply.ms;
    outcomes.push(outcome);
    options.onFile?.(outcome, i + 1, files.length);
  }
  return outcomes;
}

/** The report with the address it was downloaded from, when known. */
function withUrl(report: Report, url: string | undefined): Report {
  return url === undefined ? report : { ...report, url };
}

async function store(
  parsed: Report,
  file: string,
  byKey: Map<string, Known>,
  stored: Map<string, Report>,
  reportsDir: string,
): Promise<IngestOutcome> {
  const key = inspectionKey(parsed);
  const known = byKey.get(key);
  const summary = describeReport(parsed);
  // The PDF of an inspection indexed from a text source is stored too: the index keeps the text's paragraphs
  // and takes the PDF's publication date and address, which the text does not print (sources.ts).
  let report = parsed;
  // The same file read again under another key (a parser fix re-read its dates, and so its id): the new reading
  // replaces the old, as a fresh ingest would give, rather than standing beside it as a second report.
  const reread = known === undefined ? [...stored.values()].find((r) => r.source === parsed.source && r.authority === parsed.authority) : undefined;
  if (reread !== undefined) {
    await rm(path.join(reportsDir, `${reread.id}.json`), { force: true });
    stored.delete(reread.id);
    byKey.delete(inspectionKey(reread));
  }
  if (known === undefined) {
    // A different inspection already holds this id (two inspections in one year): use the longer id.
    const clash = stored.get(report.id);
    if (clash !== undefined && inspectionKey(clash) !== key) report = { ...report, id: disambiguate(report.authority, report.kind, report.inspectionStart) };
  } else {
    report = { ...report, id: known.id };
  }
  const text = serialiseReport(report);
  const target = path.join(reportsDir, `${report.id}.json`);
  const previous = stored.get(report.id);
  if (previous !== undefined && serialiseReport(previous) === text) {
    return { file, status: 'unchanged', report, message: `${summary}: already indexed as ${report.id}, unchanged`, ms: 0 };
  }
  if (known !== undefined && previous !== undefined && previous.source !== report.source) {
    return { file, status: 'duplicate', report, message: `${summary}: already indexed as ${known.id} (from ${previous.source}), not stored`, ms: 0 };
  }
  await writeFileAtomic(target, text);
  stored.set(report.id, report);
  byKey.set(key, { id: report.id, origin: 'stored' });
  const status: IngestStatus = previous === undefined && reread === undefined ? 'stored' : 'updated';
  const replacing = reread !== undefined && reread.id !== report.id ? ` (replacing ${reread.id})` : '';
  return { file, status, report, message: `${summary}: ${status} as ${report.id}${replacing}`, ms: 0 };
}
