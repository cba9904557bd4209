/**
 * The layout of `index.bin`: a short preamble, a JSON header, then the packed
 * postings, field vectors and paragraph store as typed arrays.
 *
 * ```
 * bytes 0-15   "ofsted-bot-index" (ASCII)
 * bytes 16-19  format version, uint32 little-endian
 * bytes 20-23  header length in bytes, uint32 little-endian
 * bytes 24-    header: JSON, UTF-8 (versions, source hash, reports, Lunr's
 *              fields, pipeline and sorted terms, the paragraph tables, and
 *              where each column lies)
 * then, each at a multiple of 8 bytes: the columns, little-endian
 * ```
 *
 * Why: reading it is one read of the file and a JSON parse of its small
 * header (reports and terms); the columns are used where they lie, as typed
 * arrays over the file's bytes (see packed-lunr.ts and paragraph-store.ts).
 * The version comes before the header, so a file of any other version is
 * refused with a clear message before anything else is read.
 */
import { endianness } from 'node:os';
import type { IndexFile, StoredReport } from './index-file.ts';
import { fromColumns, toColumns, type PackedColumns } from './packed-lunr.ts';
import { paragraphViews, plainParagraph, reportColumn, toParagraphColumns, type ParagraphColumns, type ParagraphTables } from './paragraph-store.ts';

/** Bump when the layout of `index.bin` or anything in it changes shape. */
export const INDEX_FORMAT_VERSION = 3;
const MAGIC = 'ofsted-bot-index';
const PREAMBLE_BYTES = 24;
const ALIGN = 8;

export class IndexLoadError extends Error {
  override name = 'IndexLoadError';
}

type ColumnType = 'u8' | 'u32' | 'i32';
type TypedColumn = Uint8Array | Uint32Array | Int32Array;

/** The columns in the order they are written, with their element type. */
const COLUMNS = {
  termIndex: 'u32',
  postingStarts: 'u32',
  postingRefs: 'u32',
  vectorStarts: 'u32',
  vectorTerms: 'u32',
  vectorWeights: 'i32',
  label: 'u32',
  section: 'u32',
  kind: 'u32',
  area: 'u32',
  number: 'i32',
  textStarts: 'u32',
  text: 'u8',
} as const satisfies Record<string, ColumnType>;
type ColumnName = keyof typeof COLUMNS;

/** Where a column lies: offset in bytes from the first column's start, and its length in elements. */
interface ColumnPlace {
  offset: number;
  length: number;
}

interface Header {
  pipelineVersion: number;
  sourceHash: string;
  reports: StoredReport[];
  lunr: Pick<PackedColumns, 'version' | 'fields' | 'pipeline' | 'terms'>;
  tables: ParagraphTables;
  columns: Record<ColumnName, ColumnPlace>;
}

/** What `index.bin` holds, its columns still over the file's bytes. */
export interface DecodedIndex {
  pipelineVersion: number;
  sourceHash: string;
  reports: StoredReport[];
  lunr: PackedColumns;
  paragraphs: ParagraphColumns;
}

const BYTES: Record<ColumnType, number> = { u8: 1, u32: 4, i32: 4 };
const padded = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The bytes of `index.bin` for a built index. Deterministic: the same index gives the same bytes. */
export function encodeIndexFile(file: IndexFile): Buffer {
  const lunr = toColumns(file.lunr);
  const paragraphs = toParagraphColumns(
    file.paragraphs,
    file.reports.map((r) => r.id),
    reportColumn(file.reports, file.paragraphs.length),
  );
  const data: Record<ColumnName, TypedColumn> = {
    termIndex: lunr.termIndex,
    postingStarts: lunr.postingStarts,
    postingRefs: lunr.postingRefs,
    vectorStarts: lunr.vectorStarts,
    vectorTerms: lunr.vectorTerms,
    vectorWeights: lunr.vectorWeights,
    label: paragraphs.label,
    section: paragraphs.section,
    kind: paragraphs.kind,
    area: paragraphs.area,
    number: paragraphs.number,
    textStarts: paragraphs.textStarts,
    text: paragraphs.text,
  };
  const places = {} as Record<ColumnName, ColumnPlace>;
  let offset = 0;
  for (const name of Object.keys(COLUMNS) as ColumnName[]) {
    places[name] = { offset, length: data[name].length };
    offset = padded(offset + data[name].byteLength);
  }
  const header: Header = {
    pipelineVersion: file.pipelineVersion,
    sourceHash: file.sourceHash,
    reports: file.reports,
    lunr: { version: lunr.version, fields: lunr.fields, pipeline: lunr.pipeline, terms: lunr.terms },
    tables: paragraphs.tables,
    columns: places,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = padded(PREAMBLE_BYTES + headerBytes.length);
  // Zero-filled, so the padding is the same every time.
  const out = Buffer.alloc(dataStart + offset);
  out.write(MAGIC, 0, 'ascii');
  out.writeUInt32LE(INDEX_FORMAT_VERSION, 16);
  out.writeUInt32LE(headerBytes.length, 20);
  headerBytes.copy(out, PREAMBLE_BYTES);
  if (endianness() !== 'LE') throw new Error('index-binary: this machine is big-endian; index.bin stores its columns little-endian.');
  for (const name of Object.keys(COLUMNS) as ColumnName[]) {
    const column = data[name];
    out.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), dataStart + places[name].offset);
  }
  return out;
}

/**
 * Read the preamble and header of `index.bin` bytes and place the columns
 * over them (no copy). Throws {@link IndexLoadError} saying what to do when
 * the bytes are not an index, of another format version, or cut short.
 */
export function decodeIndexFile(bytes: Buffer, name: string): DecodedIndex {
  const rebuild = 'Run `npm run build-index` to rebuild it.';
  if (bytes.length < PREAMBLE_BYTES || bytes.toString('ascii', 0, MAGIC.length) !== MAGIC) {
    throw new IndexLoadError(`index: ${name} is not an ofsted-bot index (it does not start with "${MAGIC}"). ${rebuild}`);
  }
  const version = bytes.readUInt32LE(16);
  if (version !== INDEX_FORMAT_VERSION) {
    throw new IndexLoadError(`index: ${name} has format version ${version}, but this code reads version ${INDEX_FORMAT_VERSION}. ${rebuild}`);
  }
  if (endianness() !== 'LE') throw new IndexLoadError(`index: ${name} stores its columns little-endian, and this machine is big-endian.`);
  const headerLength = bytes.readUInt32LE(20);
  const damaged = (what: string): IndexLoadError => new IndexLoadError(`index: ${name} is damaged or cut short (${what}). ${rebuild}`);
  if (PREAMBLE_BYTES + headerLength > bytes.length) throw damaged(`a header of ${headerLength} bytes in a file of ${bytes.length}`);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)) as Header;
  } catch (error) {
    throw damaged(`its header is not JSON: ${(error as Error).message}`);
  }
  // Typed arrays must start at a multiple of their element size: copy the rare buffer that does not.
  let aligned = bytes;
  if (bytes.byteOffset % ALIGN !== 0) {
    // allocUnsafeSlow: never a slice of Node's pool, so it starts at offset 0.
    aligned = Buffer.allocUnsafeSlow(bytes.length);
    bytes.copy(aligned);
  }
  const dataStart = padded(PREAMBLE_BYTES + headerLength);
  const column = (key: ColumnName): TypedColumn => {
    const place = header.columns?.[key];
    const type = COLUMNS[key];
    if (place === undefined || !Number.isInteger(place.offset) || !Number.isInteger(place.length) || place.offset % ALIGN !== 0) {
      throw damaged(`no valid place for column ${key}`);
    }
    const start = aligned.byteOffset + dataStart + place.offset;
    if (dataStart + place.offset + place.length * BYTES[type] > aligned.length) throw damaged(`column ${key} runs past the end`);
    if (type === 'u8') return Buffer.from(aligned.buffer, start, place.length);
    return type === 'u32' ? new Uint32Array(aligned.buffer, start, place.length) : new Int32Array(aligned.buffer, start, place.length);
  };
  const u32 = (key: ColumnName): Uint32Array => column(key) as Uint32Array;
  const i32 = (key: ColumnName): Int32Array => column(key) as Int32Array;
  const lunr: PackedColumns = {
    ...header.lunr,
    termIndex: u32('termIndex'),
    postingStarts: u32('postingStarts'),
    postingRefs: u32('postingRefs'),
    vectorStarts: u32('vectorStarts'),
    vectorTerms: u32('vectorTerms'),
    vectorWeights: i32('vectorWeights'),
  };
  const label = u32('label');
  const paragraphs: Omit<ParagraphColumns, 'report'> = {
    tables: header.tables,
    reportIds: header.reports.map((r) => r.id),
    label,
    section: u32('section'),
    kind: u32('kind'),
    area: u32('area'),
    number: i32('number'),
    textStarts: u32('textStarts'),
    text: column('text') as Buffer,
  };
  const n = label.length;
  const fields = lunr.fields.length;
  const lengths: Array<[string, number, number]> = [
    ['termIndex', lunr.termIndex.length, lunr.terms.length],
    ['postingStarts', lunr.postingStarts.length, lunr.terms.length * fields + 1],
    ['vectorStarts', lunr.vectorStarts.length, n * fields + 1],
    ...(['section', 'kind', 'area', 'number'] as const).map((key): [string, number, number] => [key, paragraphs[key].length, n]),
    ['textStarts', paragraphs.textStarts.length, n + 1],
  ];
  for (const [key, length, expected] of lengths) if (length !== expected) throw damaged(`column ${key} has ${length} entries; expected ${expected}`);
  let report: Uint32Array;
  try {
    report = reportColumn(header.reports, n);
  } catch (error) {
    throw damaged((error as Error).message);
  }
  return { pipelineVersion: header.pipelineVersion, sourceHash: header.sourceHash, reports: header.reports, lunr, paragraphs: { ...paragraphs, report } };
}

/** The whole index as built (plain paragraphs, Lunr's packed form) from decoded bytes: for checks and tools, not for answering. */
export function expandIndexFile(decoded: DecodedIndex): Omit<IndexFile, 'format' | 'version'> {
  return {
    pipelineVersion: decoded.pipelineVersion,
    sourceHash: decoded.sourceHash,
    reports: decoded.reports,
    paragraphs: paragraphViews(decoded.paragraphs).map(plainParagraph),
    lunr: fromColumns(decoded.lunr),
  };
}
