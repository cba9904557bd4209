/**
 * The text-report parser: an Ofsted report (ILACS or SIF) or a council paper,
 * as text extracted from its PDF, into the shared {@link Report} model.
 *
 * Metadata comes from the text itself (`metadata.ts`), the judgement table
 * from the tab-separated rows at the top (`judgement-table.ts`), and the
 * paragraphs from everything after it (`paragraphs.ts`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Report } from '../model.ts';
import { reportId } from '../report-id.ts';
import { findJudgementTable } from './judgement-table.ts';
import { readMetadata } from './metadata.ts';
import { readParagraphs, titleFieldDrafts } from './paragraphs.ts';

/**
 * Parse one extracted report. `source` is where the text came from
 * (e.g. "sources/000_f67737c5b82a1da6.txt"); it is recorded, never read for
 * metadata. Throws when the text is not a report or paper this parser knows,
 * or has no paragraphs; a report whose judgement table cannot be read is
 * kept, its grades marked unread with the reason.
 */
export function parseReportText(text: string, source: string): Report {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const meta = readMetadata(lines.join('\n'), source);
  const table = meta.kind === 'council-paper' ? null : findJudgementTable(lines);
  // A report whose table cannot be read is kept with its paragraphs, its grades marked unread.
  const unread =
    meta.kind === 'council-paper' ? undefined : table === null ? 'expected a judgement table near the top, found no tab-separated grade rows' : table.unread;
  // Above the table: the title (metadata only) and the inspection's dates and lead inspector (also about paragraphs).
  const opening = table === null ? [] : titleFieldDrafts(lines.slice(0, table.start));
  const body = readParagraphs(lines.slice(table?.end ?? 0), meta.kind, opening);
  if (body.paragraphs.length === 0) {
    throw new Error(`parse-report-text: expected paragraphs after the title block of ${source}, found none`);
  }
  return {
    id: reportId(meta.authority, meta.kind, meta.inspectionStart),
    authority: meta.authority,
    kind: meta.kind,
    inspectionStart: meta.inspectionStart,
    inspectionEnd: meta.inspectionEnd,
    published: meta.published,
    leadInspector: meta.leadInspector,
    judgements: table?.judgements ?? [],
    lscbJudgement: body.lscbJudgement,
    ...(unread === undefined ? {} : { gradesUnread: unread }),
    paragraphs: body.paragraphs,
    themes: [],
    source,
    url: null,
  };
}

/**
 * Parse every `*.txt` file in `dir`, in file-name order. Each report's
 * `source` is "<dir's base name>/<file name>" (e.g. "sources/000_….txt").
 * A directory that does not exist has no reports (an index of PDFs only).
 */
export async function parseSourceDir(dir: string): Promise<Report[]> {
  const all = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  const names = all.filter((n) => n.endsWith('.txt')).sort();
  const reports: Report[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    reports.push(parseReportText(text, `${basename(dir)}/${name}`));
  }
  return reports;
}
