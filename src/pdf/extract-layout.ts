/**
 * A PDF's text as positioned lines, with the page furniture taken away by
 * where it sits on the page rather than by guessing from flattened text:
 * running headers and footers (the same text at the same height on page after
 * page), page numbers, and footnotes (small print at the foot of a page).
 *
 * pdfjs-dist gives text runs with a transform (position and size); this module
 * groups them into lines, splits each line into cells at wide gaps (table
 * columns, paragraph numbers in the margin), drops superscript footnote
 * markers and normalises the characters that differ only typographically.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text inside a line, separated from its neighbours by a wide gap. */
export interface LayoutCell {
  x: number;
  xEnd: number;
  text: string;
  size: number;
  bold: boolean;
}

/** One printed line of a page. Coordinates are PDF points, y measured up from the page foot. */
export interface LayoutLine {
  /** 1-based page number. */
  page: number;
  /** Baseline height. */
  y: number;
  x: number;
  xEnd: number;
  /** The line's main font size (of the cell with most text). */
  size: number;
  /** Whether most of the line's text is set in a bold font. */
  bold: boolean;
  cells: LayoutCell[];
  /** The cells joined by single spaces. */
  text: string;
  /** Superscript digits printed before the line's text (a footnote's number), or null. */
  marker: string | null;
}

/** The whole document's body text and what was taken out of it. */
export interface DocumentLayout {
  pageCount: number;
  /** Body lines in reading order (page by page, top to bottom). */
  lines: LayoutLine[];
  /** The most common font size of body text. */
  bodySize: number;
  /** Running headers, footers and page numbers that were removed. */
  furniture: LayoutLine[];
  /** Footnote lines that were removed. */
  footnotes: LayoutLine[];
}

interface Item {
  x: number;
  y: number;
  xEnd: number;
  size: number;
  text: string;
  bold: boolean;
  /** Raised and smaller than the line it belongs to (a footnote marker or an ordinal). */
  superscript: boolean;
}

const BULLET = '•';

/**
 * Characters that differ from the text reports only typographically: curly
 * quotes, non-breaking spaces and hyphens, ligatures, and bullet glyphs
 * (Wingdings private-use code points, `◼`) which all become "•".
 */
function normaliseChars(s: string): string {
  return s
    .normalize('NFC')
    // A lone combining overlay ("̶") is a dash-like bullet glyph, never an accent.
    .replace(/[\u0334-\u0338]/g, BULLET)
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\ufb00/g, 'ff')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/\ufb03/g, 'ffi')
    .replace(/\ufb04/g, 'ffl')
    .replace(/[\ue000-\uf8ff\u25a0\u25aa\u25fc\u25fe\u25cf\u2022\u2023\u25e6\u2043\u2219\u27a2]/g, BULLET);
}

/** Whether a font's PostScript name ("BCDEEE+Tahoma-Bold") is a bold face. */
function isBoldFontName(name: string | undefined): boolean {
  return name !== undefined && /bold|black|heavy|semibold|demi/i.test(name);
}

interface PdfFontObject {
  name?: string;
}

interface PdfObjects {
  has(id: string): boolean;
  get(id: string): unknown;
}

/**
 * Raw positioned items of every page. Bold needs the fonts' real names, which
 * pdfjs only hands over once a page's operator list has been built; the names
 * are document-wide, so that is done only for pages that use a font not yet seen.
 */
async function readPages(bytes: Uint8Array): Promise<{ pages: Item[][]; heights: number[] }> {
  // pdfjs takes ownership of (and detaches) the buffer it is given: pass a copy.
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const fontBold = new Map<string, boolean>();
    const pages: Item[][] = [];
    const heights: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      heights.push(page.getViewport({ scale: 1 }).height);
      const content = await page.getTextContent();
      const fontNames = new Set<string>();
      for (const it of content.items) if ('fontName' in it) fontNames.add(it.fontName);
      const objects = page.commonObjs as unknown as PdfObjects;
      if ([...fontNames].some((f) => !fontBold.has(f))) {
        await page.getOperatorList();
        for (const f of fontNames) {
          if (fontBold.has(f) || !objects.has(f)) continue;
          fontBold.set(f, isBoldFontName((objects.get(f) as PdfFontObject | undefined)?.name));
        }
      }
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [, , c, d, e, f] = it.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0);
        if (size <= 0) continue;
        const text = normaliseChars(it.str);
        if (text.trim() === '') continue;
        items.push({
          x: e ?? 0,
          y: f ?? 0,
          xEnd: (e ?? 0) + it.width,
          size,
          text,
          bold: fontBold.get(it.fontName) ?? false,
          superscript: false,
        });
      }
      pages.push(items);
      page.cleanup();
    }
    return { pages, heights };
  } finally {
    await doc.destroy();
  }
}

/** Groups a page's items into lines: same baseline within a fraction of the font size. */
function groupLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  let current: Item[] = [];
  let baseline = Infinity;
  let size = 0;
  for (const it of sorted) {
    const tolerance = Math.max(1, 0.25 * Math.min(size || it.size, it.size));
    if (current.length > 0 && baseline - it.y <= tolerance) {
      current.push(it);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [it];
    baseline = it.y;
    size = it.size;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

const maxSize = (items: readonly Item[]): number => Math.max(...items.map((i) => i.size));

/**
 * Folds superscript lines (footnote markers "1", ordinals "th") into the line
 * they sit on: short, smaller text whose baseline is a little above a larger
 * line's, horizontally within it.
 */
function foldSuperscripts(lines: Item[][]): Item[][] {
  const out: Item[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? [];
    const text = line.map((t) => t.text).join('').trim();
    const size = maxSize(line);
    const below = lines[i + 1];
    if (below !== undefined && text.length <= 4 && /^[\d,*]+$|^(?:st|nd|rd|th)$/.test(text)) {
      const belowSize = maxSize(below);
      const rise = (line[0]?.y ?? 0) - (below[0]?.y ?? 0);
      const left = Math.min(...below.map((t) => t.x)) - 2;
      const right = Math.max(...below.map((t) => t.xEnd)) + 6;
      const x = line[0]?.x ?? 0;
      if (size <= 0.85 * belowSize && rise > 0.5 && rise <= 0.65 * belowSize && x >= left && x <= right) {
        for (const t of line) t.superscript = true;
        below.push(...line);
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Joins a line's items into cells, starting a new cell at a gap wider than about an em. */
function toLine(page: number, items: Item[]): LayoutLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const main = sorted.filter((t) => !t.superscript);
  const baseItems = main.length > 0 ? main : sorted;
  const cells: LayoutCell[] = [];
  let cell: { x: number; xEnd: number; parts: string[]; chars: number; boldChars: number; sizes: Map<number, number> } | null = null;
  const flush = (): void => {
    if (cell === null) return;
    const text = cell.parts.join('').replace(/\s+/g, ' ').trim();
    let size = 0;
    let best = -1;
    for (const [s, n] of cell.sizes) if (n > best) [size, best] = [s, n];
    if (text !== '') cells.push({ x: cell.x, xEnd: cell.xEnd, text, size, bold: cell.boldChars * 2 > cell.chars });
    cell = null;
  };
  for (const it of sorted) {
    // Footnote markers are dropped; superscript letters (ordinals) stay, glued on.
    if (it.superscript && /^[\d,*\s]+$/.test(it.text)) continue;
    const em = it.superscript ? 0 : it.size;
    if (cell !== null && it.x - cell.xEnd > Math.max(em, 8)) flush();
    if (cell === null) {
      cell = { x: it.x, xEnd: it.xEnd, parts: [], chars: 0, boldChars: 0, sizes: new Map() };
    } else if (!it.superscript && it.x - cell.xEnd > 0.12 * it.size && !/\s$/.test(cell.parts.at(-1) ?? '') && !/^\s/.test(it.text)) {
      cell.parts.push(' ');
    }
    cell.parts.push(it.text);
    cell.xEnd = Math.max(cell.xEnd, it.xEnd);
    if (!it.superscript) {
      const n = it.text.trim().length;
      cell.chars += n;
      if (it.bold) cell.boldChars += n;
      const s = Math.round(it.size * 2) / 2;
      cell.sizes.set(s, (cell.sizes.get(s) ?? 0) + n);
    }
  }
  flush();
  const firstX = baseItems.reduce((x, t) => Math.min(x, t.x), Infinity);
  const lead = sorted.filter((t) => t.superscript && t.x < firstX && /^\d+$/.test(t.text.trim()));
  const biggest = [...cells].sort((a, b) => b.text.length - a.text.length)[0];
  const chars = cells.reduce((n, c) => n + c.text.length, 0);
  const boldChars = cells.reduce((n, c) => n + (c.bold ? c.text.length : 0), 0);
  return {
    page,
    y: Math.max(...baseItems.map((t) => t.y)),
    x: cells[0]?.x ?? 0,
    xEnd: cells.at(-1)?.xEnd ?? 0,
    size: biggest?.size ?? maxSize(baseItems),
    bold: boldChars * 2 > chars,
    cells,
    text: cells.map((c) => c.text).join(' '),
    marker: lead.length > 0 ? lead.map((t) => t.text.trim()).join('') : null,
  };
}

/** The most common font size, weighted by characters. */
function modeSize(lines: readonly LayoutLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) for (const c of l.cells) counts.set(c.size, (counts.get(c.size) ?? 0) + c.text.length);
  let best = 0;
  let size = 12;
  for (const [s, n] of counts) if (n > best) [size, best] = [s, n];
  return size;
}

/** A key under which a running header or footer repeats: its text with numbers blanked, and its height. */
const furnitureKey = (l: LayoutLine): string => `${Math.round(l.y / 3)}|${l.text.toLowerCase().replace(/\d+/g, '#')}`;

/**
 * Marks running headers and footers: lines in the top or bottom band of the
 * page whose text (numbers aside) recurs at the same height on several pages,
 * and bare page numbers in those bands.
 */
function findFurniture(pages: LayoutLine[][], heights: number[]): Set<LayoutLine> {
  const counts = new Map<string, number>();
  const inBand = (l: LayoutLine): boolean => {
    const h = heights[l.page - 1] ?? 842;
    return l.y > 0.88 * h || l.y < 0.08 * h;
  };
  for (const page of pages) {
    const seen = new Set<string>();
    for (const l of page) if (inBand(l)) seen.add(furnitureKey(l));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeatAt = Math.min(3, Math.max(2, pages.length - 1));
  const furniture = new Set<LayoutLine>();
  for (const page of pages) {
    for (const l of page) {
      if (!inBand(l)) continue;
      if ((counts.get(furnitureKey(l)) ?? 0) >= repeatAt) furniture.add(l);
    }
    for (const l of page) {
      // Page numbers sit a little further in from the edge than running headers (y 78 of 842 in some SIF reports).
      const h = heights[l.page - 1] ?? 842;
      if ((l.y < 0.13 * h || l.y > 0.9 * h) && /^(?:page\s*)?\d{1,3}(?:\s*of\s*\d{1,3})?$/i.test(l.text)) furniture.add(l);
    }
  }
  return furniture;
}

/**
 * Marks footnotes: the run of small-print lines at the foot of a page that
 * starts with a footnote number (a raised marker or a leading number cell).
 */
function findFootnotes(page: readonly LayoutLine[], bodySize: number, height: number): LayoutLine[] {
  let start = page.length;
  while (start > 0) {
    const l = page[start - 1];
    if (l === undefined || l.size > bodySize - 0.9 || l.y > 0.45 * height) break;
    start--;
  }
  // Only a run that opens with a footnote number is a footnote block.
  for (let i = start; i < page.length; i++) {
    const l = page[i];
    if (l !== undefined && (l.marker !== null || /^\d{1,2}(?:$|\s)/.test(l.cells[0]?.text ?? ''))) {
      return page.slice(i);
    }
  }
  // Some 2025-2026 reports print the footnote without its number (it is a separate, lost glyph):
  // small print set well apart from the body above it is a footnote block all the same.
  // Not on a title page, whose small print at the foot is the inspection's dates.
  const first = page[start];
  const above = page[start - 1];
  if (first !== undefined && above !== undefined && first.page > 1 && above.y - first.y > 2.5 * bodySize) return page.slice(start);
  return [];
}

/** Reads a PDF into body lines, dropping headers, footers, page numbers and footnotes. */
export async function extractLayout(bytes: Uint8Array): Promise<DocumentLayout> {
  const { pages: rawPages, heights } = await readPages(bytes);
  const pages = rawPages.map((items, i) => foldSuperscripts(groupLines(items)).map((l) => toLine(i + 1, l)).filter((l) => l.cells.length > 0));
  const furniture = findFurniture(pages, heights);
  const withoutFurniture = pages.map((p) => p.filter((l) => !furniture.has(l)));
  const bodySize = modeSize(withoutFurniture.flat());
  const footnotes: LayoutLine[] = [];
  const lines: LayoutLine[] = [];
  withoutFurniture.forEach((page, i) => {
    const notes = new Set(findFootnotes(page, bodySize, heights[i] ?? 842));
    footnotes.push(...notes);
    lines.push(...page.filter((l) => !notes.has(l)));
  });
  return { pageCount: pages.length, lines, bodySize, furniture: [...furniture], footnotes };
}
