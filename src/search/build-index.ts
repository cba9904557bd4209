/**
 * Builds the prebuilt index (`index.bin`) from an index directory's sources
 * (see sources.ts). Deterministic: the same sources give byte-identical output.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';
import type { Report } from '../model.ts';
import { areaKey } from '../parse/judgement-keys.ts';
import { encodeIndexFile } from './index-binary.ts';
import {
  INDEX_FILE_NAME,
  LEGACY_INDEX_FILE_NAME,
  makeIndexFile,
  type IndexFile,
  type StoredParagraph,
  type StoredReport,
} from './index-file.ts';
import { PIPELINE_VERSION, configureBuilder } from './pipeline.ts';
import { buildPackedLunr } from './lean-builder.ts';
import { unpackLunr } from './packed-lunr.ts';
import { hashSources, loadSourceReports, sourcesStamp, STAMP_FILE_NAME } from './sources.ts';
import { tokenizer } from './tokenize.ts';

/** Field boosts: a match in the section heading says more than one in the body. */
const FIELD_BOOSTS = { section: 2, text: 1 } as const;

export interface BuildSummary {
  reports: number;
  paragraphs: number;
  /** Size of the written index.bin. */
  bytes: number;
  /** Reports dropped because an earlier source already holds the same inspection. */
  duplicates: string[];
}

/** The year a report belongs to: inspection start, else publication. */
function reportYear(report: Pick<Report, 'inspectionStart' | 'published'>): number {
  const date = report.inspectionStart ?? report.published;
  return date === null ? 0 : Number(date.slice(0, 4));
}

/** The index file's contents and the live Lunr index they serialise, from parsed reports: pure, no I/O. */
export function buildIndexParts(reports: readonly Report[], sourceHash: string): { file: IndexFile; index: lunr.Index } {
  const file = buildIndexFile(reports, sourceHash);
  return { file, index: unpackLunr(file.lunr) };
}

/** The index file's contents from parsed reports (what `npm run build-index` writes): pure, no I/O. */
export function buildIndexFile(reports: readonly Report[], sourceHash: string): IndexFile {
  const storedReports: StoredReport[] = [];
  const paragraphs: StoredParagraph[] = [];
  for (const report of reports) {
    storedReports.push({
      id: report.id,
      authority: report.authority,
      kind: report.kind,
      year: reportYear(report),
      inspectionStart: report.inspectionStart,
      inspectionEnd: report.inspectionEnd,
      published: report.published,
      leadInspector: report.leadInspector,
      judgements: report.judgements,
      lscbJudgement: report.lscbJudgement,
      ...(report.gradesUnread === undefined ? {} : { gradesUnread: report.gradesUnread }),
      themes: report.themes,
      source: report.source,
      url: report.url,
      firstParagraph: paragraphs.length,
      paragraphCount: report.paragraphs.length,
    });
    for (const paragraph of report.paragraphs) {
      paragraphs.push({
        reportId: report.id,
        label: paragraph.label,
        number: paragraph.number,
        kind: paragraph.kind,
        section: paragraph.section,
        area: areaKey(paragraph.section),
        text: paragraph.text,
      });
    }
  }

  const packed = buildPackedLunr(
    configuredBuilder(),
    INDEX_FIELDS,
    paragraphs.map((p) => ({ section: p.section, text: p.text })),
  );
  return makeIndexFile({ pipelineVersion: PIPELINE_VERSION, sourceHash, reports: storedReports, paragraphs, lunr: packed });
}

/** The indexed fields, in Lunr's order, with their boosts. */
export const INDEX_FIELDS = [
  { name: 'section', boost: FIELD_BOOSTS.section },
  { name: 'text', boost: FIELD_BOOSTS.text },
] as const;

/** A `lunr.Builder` carrying our tokenizer and pipelines (its own indexing is not used: see lean-builder.ts). */
export function configuredBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  builder.tokenizer = tokenizer as unknown as typeof lunr.tokenizer;
  return builder;
}

/** Serialise an index file exactly as it is written to disk (see index-binary.ts). */
export function serialiseIndexFile(file: IndexFile): Buffer {
  return encodeIndexFile(file);
}

/**
 * Parse every source under `indexDir` and write `<outDir>/index.bin`
 * atomically (temporary file, then rename), so a reader never sees half a file.
 */
export async function buildIndex(indexDir: string, outDir: string = indexDir): Promise<BuildSummary> {
  // Stamped before reading: a source changed during the build leaves the stamp stale, so the next load rebuilds.
  const stamp = await sourcesStamp(indexDir);
  const { reports, duplicates } = await loadSourceReports(indexDir);
  const file = buildIndexFile(reports, await hashSources(indexDir));
  const bytes = serialiseIndexFile(file);
  await mkdir(outDir, { recursive: true });
  const target = path.join(outDir, INDEX_FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  // The JSON index of format 2 and before: nothing reads it any more, and it is 65 MiB.
  await rm(path.join(outDir, LEGACY_INDEX_FILE_NAME), { force: true });
  await writeFile(path.join(outDir, STAMP_FILE_NAME), stamp);
  return { reports: reports.length, paragraphs: file.paragraphs.length, bytes: bytes.length, duplicates };
}
