/**
 * The prebuilt index on disk (`<indexDir>/index.bin`, laid out in
 * index-binary.ts): the packed Lunr index, the paragraph store and report
 * metadata, with a format version checked on load and a hash of the sources
 * checked by the staleness test.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import type { AreaKey, Paragraph, Report } from '../model.ts';
import { decodeIndexFile, INDEX_FORMAT_VERSION, IndexLoadError } from './index-binary.ts';
import { unpackColumns, type PackedLunr } from './packed-lunr.ts';
import { paragraphViews } from './paragraph-store.ts';
import { PIPELINE_VERSION, registerPipeline } from './pipeline.ts';

export { INDEX_FORMAT_VERSION, IndexLoadError };
export const INDEX_FILE_NAME = 'index.bin';
/** The file earlier versions wrote (format 2, JSON): a build removes it. */
export const LEGACY_INDEX_FILE_NAME = 'index.json';
const FORMAT_NAME = 'ofsted-bot-index';

/** The bundled index directory (`index-data/` at the project root). */
export const DEFAULT_INDEX_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'index-data');

/** The index directory `INDEX_DIR` names, or the bundled one; an empty `INDEX_DIR` counts as unset. */
export function defaultIndexDir(): string {
  return process.env['INDEX_DIR'] || DEFAULT_INDEX_DIR;
}

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

/** The index as the build makes it (index.bin holds the same, as columns). */
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

/** The index as loaded: what answering needs, the paragraphs read from the file's bytes when asked for. */
export interface IndexData {
  pipelineVersion: number;
  sourceHash: string;
  reports: StoredReport[];
  paragraphs: readonly StoredParagraph[];
}

export interface LoadedIndex {
  file: IndexData;
  index: lunr.Index;
}

/** Wrap the parts into the built shape (the builder calls this). */
export function makeIndexFile(parts: Omit<IndexFile, 'format' | 'version'>): IndexFile {
  return { format: FORMAT_NAME, version: INDEX_FORMAT_VERSION, ...parts };
}

/** The bytes of `file`, or null when there is no such file. One read: its size is known. */
export async function readIndexBytes(file: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    // A buffer of its own (never a slice of Node's pool), so the columns can lie on it aligned.
    const bytes = Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * Read and check `<indexDir>/index.bin`, then load the Lunr index.
 * Throws {@link IndexLoadError} saying what to do when the file is missing,
 * not ours, of another format version, or built by another pipeline or Lunr.
 */
export async function loadIndexFile(indexDir: string = DEFAULT_INDEX_DIR): Promise<LoadedIndex> {
  const file = path.join(indexDir, INDEX_FILE_NAME);
  const bytes = await readIndexBytes(file);
  if (bytes === null) {
    throw new IndexLoadError(
      `index: no prebuilt index at ${file}. Run \`npm run build-index\` (or point INDEX_DIR at a directory holding ${INDEX_FILE_NAME}).`,
    );
  }
  const decoded = decodeIndexFile(bytes, file);
  if (decoded.pipelineVersion !== PIPELINE_VERSION) {
    throw new IndexLoadError(
      `index: ${file} was built with search pipeline version ${String(decoded.pipelineVersion)}, but this code uses version ${PIPELINE_VERSION}. Run \`npm run build-index\` to rebuild it.`,
    );
  }
  if (decoded.lunr.version !== lunr.version) {
    throw new IndexLoadError(
      `index: ${file} was built with Lunr ${String(decoded.lunr.version)}, but this code runs Lunr ${lunr.version}. Run \`npm run build-index\` to rebuild it.`,
    );
  }
  registerPipeline();
  const { pipelineVersion, sourceHash, reports } = decoded;
  return { file: { pipelineVersion, sourceHash, reports, paragraphs: paragraphViews(decoded.paragraphs) }, index: unpackColumns(decoded.lunr) };
}

/** The source hash `<indexDir>/index.bin` was built from, or null when there is no index this code reads. */
export async function indexSourceHash(indexDir: string): Promise<string | null> {
  const file = path.join(indexDir, INDEX_FILE_NAME);
  const bytes = await readIndexBytes(file);
  if (bytes === null) return null;
  try {
    return decodeIndexFile(bytes, file).sourceHash;
  } catch {
    return null;
  }
}
