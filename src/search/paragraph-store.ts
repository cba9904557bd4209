/**
 * The paragraph store as columns: each paragraph's label, section, kind and
 * area as a number into a table of the distinct values, its printed number,
 * and its text as UTF-8 in one byte array, decoded when it is read.
 *
 * Why: as 56,780 JSON objects the store was half the index file and most of
 * its parsing, and its texts ~50 MB of heap, while a question reads the text
 * of a few hundred paragraphs. Loaded, each paragraph is a small view over
 * the columns; a text is decoded when a query reads it, and the last few
 * thousand read are kept (see TEXT_CACHE_SIZE).
 */
import type { AreaKey, ParagraphKind } from '../model.ts';
import type { StoredParagraph } from './index-file.ts';

/** The distinct values the columns number, in order of first appearance. */
export interface ParagraphTables {
  labels: string[];
  sections: string[];
  kinds: ParagraphKind[];
  areas: AreaKey[];
}

export interface ParagraphColumns {
  tables: ParagraphTables;
  /** Each paragraph's report, by id (from the reports' paragraph ranges). */
  reportIds: readonly string[];
  /** Each paragraph's position in {@link reportIds}. */
  report: Uint32Array;
  /** Positions in the tables, one per paragraph. */
  label: Uint32Array;
  section: Uint32Array;
  kind: Uint32Array;
  area: Uint32Array;
  /** The printed number, or {@link NO_NUMBER} for none. */
  number: Int32Array;
  /** Paragraph i's text is `text` from byte `textStarts[i]` to `textStarts[i + 1]`, UTF-8. */
  textStarts: Uint32Array;
  text: Buffer;
}

/** The number column's null: a printed paragraph number is never this. */
export const NO_NUMBER = -0x8000_0000;

/** Positions of values in a table built as they come. */
function tabler<T extends string>(table: T[]): (value: T) => number {
  const positions = new Map<T, number>();
  return (value) => {
    let at = positions.get(value);
    if (at === undefined) {
      at = table.length;
      table.push(value);
      positions.set(value, at);
    }
    return at;
  };
}

/**
 * The columns of `paragraphs` (their reports' ids come from the reports'
 * ranges, see {@link reportColumn}). Throws on a text UTF-8 cannot hold
 * (a lone surrogate) or a number that is no 32-bit whole number.
 */
export function toParagraphColumns(paragraphs: readonly StoredParagraph[], reportIds: readonly string[], report: Uint32Array): ParagraphColumns {
  const tables: ParagraphTables = { labels: [], sections: [], kinds: [], areas: [] };
  const labelOf = tabler(tables.labels);
  const sectionOf = tabler(tables.sections);
  const kindOf = tabler(tables.kinds);
  const areaOf = tabler(tables.areas);
  const n = paragraphs.length;
  const columns = {
    label: new Uint32Array(n),
    section: new Uint32Array(n),
    kind: new Uint32Array(n),
    area: new Uint32Array(n),
    number: new Int32Array(n),
    textStarts: new Uint32Array(n + 1),
  };
  const texts: Buffer[] = [];
  let bytes = 0;
  paragraphs.forEach((p, i) => {
    if (reportIds[report[i] as number] !== p.reportId) {
      throw new Error(`paragraph-store: paragraph ${i} belongs to "${p.reportId}", but its report's range says "${reportIds[report[i] as number]}".`);
    }
    columns.label[i] = labelOf(p.label);
    columns.section[i] = sectionOf(p.section);
    columns.kind[i] = kindOf(p.kind);
    columns.area[i] = areaOf(p.area);
    if (p.number !== null && !(Number.isInteger(p.number) && p.number > NO_NUMBER && p.number <= 0x7fff_ffff)) {
      throw new Error(`paragraph-store: paragraph ${i} has number ${p.number}; expected a 32-bit whole number or null.`);
    }
    columns.number[i] = p.number ?? NO_NUMBER;
    const text = Buffer.from(p.text, 'utf8');
    if (text.toString('utf8') !== p.text) throw new Error(`paragraph-store: the text of paragraph ${i} (${p.reportId} ${p.label}) does not survive UTF-8 (a lone surrogate?).`);
    columns.textStarts[i] = bytes;
    texts.push(text);
    bytes += text.length;
  });
  columns.textStarts[n] = bytes;
  return { tables, reportIds, report, ...columns, text: Buffer.concat(texts, bytes) };
}

/**
 * Each paragraph's report (a position in `reports`), from the reports'
 * ranges. Throws unless the ranges cover the paragraphs in order, once.
 */
export function reportColumn(reports: ReadonlyArray<{ id: string; firstParagraph: number; paragraphCount: number }>, paragraphCount: number): Uint32Array {
  const column = new Uint32Array(paragraphCount);
  let next = 0;
  reports.forEach((report, r) => {
    if (report.firstParagraph !== next || report.paragraphCount < 0 || next + report.paragraphCount > paragraphCount) {
      throw new Error(`paragraph-store: report ${report.id} holds paragraphs ${report.firstParagraph} to ${report.firstParagraph + report.paragraphCount - 1}; expected them to start at ${next} and end before ${paragraphCount}.`);
    }
    column.fill(r, next, next + report.paragraphCount);
    next += report.paragraphCount;
  });
  if (next !== paragraphCount) throw new Error(`paragraph-store: the reports hold ${next} paragraphs; expected ${paragraphCount}.`);
  return column;
}

/**
 * How many decoded texts are kept. A question reads the same paragraphs' texts several times (ranking, re-reading,
 * quoting), a question about every authority a few thousand; kept without a bound, every text any question ever read
 * stayed in the heap (32 MiB more after the 5,769 development and routing questions, and growing towards the
 * corpus's 49 MB in a long-running bot).
 */
export const TEXT_CACHE_SIZE = 8192;

/** The columns, and the texts last decoded (see {@link TEXT_CACHE_SIZE}), in the order they were decoded. */
interface Store {
  columns: ParagraphColumns;
  texts: Map<number, string>;
}

/** One paragraph read from the columns: each property is read when asked for, its text decoded on first read. */
class ParagraphView implements StoredParagraph {
  readonly #store: Store;
  readonly #ref: number;

  constructor(store: Store, ref: number) {
    this.#store = store;
    this.#ref = ref;
  }

  get #columns(): ParagraphColumns {
    return this.#store.columns;
  }

  get reportId(): string {
    return this.#columns.reportIds[this.#columns.report[this.#ref] as number] as string;
  }

  get label(): string {
    return this.#columns.tables.labels[this.#columns.label[this.#ref] as number] as string;
  }

  get number(): number | null {
    const value = this.#columns.number[this.#ref] as number;
    return value === NO_NUMBER ? null : value;
  }

  get kind(): ParagraphKind {
    return this.#columns.tables.kinds[this.#columns.kind[this.#ref] as number] as ParagraphKind;
  }

  get section(): string {
    return this.#columns.tables.sections[this.#columns.section[this.#ref] as number] as string;
  }

  get area(): AreaKey {
    return this.#columns.tables.areas[this.#columns.area[this.#ref] as number] as AreaKey;
  }

  get text(): string {
    const texts = this.#store.texts;
    let text = texts.get(this.#ref);
    if (text === undefined) {
      const { textStarts } = this.#columns;
      text = this.#columns.text.toString('utf8', textStarts[this.#ref], textStarts[this.#ref + 1]);
      // When the cache is full, the text decoded longest ago goes (a Map iterates in insertion order; a text read
      // again keeps its place, which costs nothing and is as good for texts read within one question).
      if (texts.size >= TEXT_CACHE_SIZE) texts.delete(texts.keys().next().value as number);
      texts.set(this.#ref, text);
    }
    return text;
  }

  /** The paragraph as a plain object (what JSON.stringify or a log line sees). */
  toJSON(): StoredParagraph {
    return plainParagraph(this);
  }
}

/** A paragraph as a plain object, its properties in the order the index build writes them. */
export function plainParagraph(p: StoredParagraph): StoredParagraph {
  return { reportId: p.reportId, label: p.label, number: p.number, kind: p.kind, section: p.section, area: p.area, text: p.text };
}

/** The paragraphs the columns hold, as an array of views (the store a loaded corpus reads). */
export function paragraphViews(columns: ParagraphColumns): StoredParagraph[] {
  const store: Store = { columns, texts: new Map() };
  const views: StoredParagraph[] = [];
  for (let i = 0; i < columns.report.length; i++) {
    // Pushed, not assigned at random places later, so the array keeps fast elements.
    views.push(new ParagraphView(store, i));
  }
  return views;
}
