/**
 * The prebuilt index on disk (`<indexDir>/index.json`): a serialised Lunr
 * index, the paragraph store and report metadata, with a format version
 * checked on load and a hash of the sources checked by the staleness test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import type { AreaKey, Paragraph, Report } from '../model.ts';
import { unpackLunr, type PackedLunr } from './packed-lunr.ts';
import { PIPELINE_VERSION, registerPipeline } from './pipeline.ts';

/** Bump when the shape of {@link IndexFile} changes. */
export const INDEX_FORMAT_VERSION = 2;
export const INDEX_FILE_NAME = 'index.json';
const FORMAT_NAME = 'ofsted-bot-index';

/** The bundled index directory (`index-data/` at the project root). */
export const DEFAULT_INDEX_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'index-data');

/** Report metadata kept in the index: the report without its paragraphs, which live in the store. */
export interface StoredReport extends Omit<Report, 'paragraphs'> {
  /** Year the inspection started (a paper: its date's year). */
  year: number;
  /** Index of the report's first paragraph in {@link IndexFile.paragraphs}, and how many. */
  firstParagraph: number;
  paragraphCount: number;
}

/** One paragraph in the store; its Lunr ref is its position in the array (as a string). */
export interface StoredParagraph extends Paragraph {
  reportId: string;
  /** The area the section belongs to, for steering ranking ("care leavers"). */
  area: AreaKey;
}

export interface IndexFile {
  format: typeof FORMAT_NAME;
  version: number;
  /** PIPELINE_VERSION the terms were made with. */
  pipelineVersion: number;
  /** sha256 over the sources (see build-index.ts) — the staleness test compares it. */
  sourceHash: string;
  reports: StoredReport[];
  paragraphs: StoredParagraph[];
  /** The Lunr index, its postings packed (see packed-lunr.ts). */
  lunr: PackedLunr;
}

export class IndexLoadError extends Error {
  override name = 'IndexLoadError';
}

export interface LoadedIndex {
  file: IndexFile;
  index: lunr.Index;
}

/** Wrap the parts into the on-disk shape (the builder calls this). */
export function makeIndexFile(parts: Omit<IndexFile, 'format' | 'version'>): IndexFile {
  return { format: FORMAT_NAME, version: INDEX_FORMAT_VERSION, ...parts };
}

/**
 * Read and check `<indexDir>/index.json`, then load the Lunr index.
 * Throws {@link IndexLoadError} saying what to do when the file is missing,
 * not ours, or of another format version.
 */
export async function loadIndexFile(indexDir: string = DEFAULT_INDEX_DIR): Promise<LoadedIndex> {
  const file = path.join(indexDir, INDEX_FILE_NAME);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new IndexLoadError(
      `index: no prebuilt index at ${file}. Run \`npm run build-index\` (or point INDEX_DIR at a directory holding ${INDEX_FILE_NAME}).`,
    );
  }
  let parsed: Partial<IndexFile>;
  try {
    parsed = JSON.parse(raw) as Partial<IndexFile>;
  } catch (error) {
    throw new IndexLoadError(`index: ${file} is not valid JSON (${(error as Error).message}). Run \`npm run build-index\`.`);
  }
  if (parsed.format !== FORMAT_NAME) {
    throw new IndexLoadError(`index: ${file} is not an ofsted-bot index (format "${String(parsed.format)}").`);
  }
  if (parsed.version !== INDEX_FORMAT_VERSION) {
    throw new IndexLoadError(
      `index: ${file} has format version ${String(parsed.version)}, but this code reads version ${INDEX_FORMAT_VERSION}. Run \`npm run build-index\` to rebuild it.`,
    );
  }
  if (parsed.pipelineVersion !== PIPELINE_VERSION) {
    throw new IndexLoadError(
      `index: ${file} was built with search pipeline version ${String(parsed.pipelineVersion)}, but this code uses version ${PIPELINE_VERSION}. Run \`npm run build-index\` to rebuild it.`,
    );
  }
  if (parsed.lunr?.version !== lunr.version) {
    throw new IndexLoadError(
      `index: ${file} was built with Lunr ${String(parsed.lunr?.version)}, but this code runs Lunr ${lunr.version}. Run \`npm run build-index\` to rebuild it.`,
    );
  }
  registerPipeline();
  const checked = parsed as IndexFile;
  return { file: checked, index: unpackLunr(checked.lunr) };
}
