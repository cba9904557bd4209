/**
 * Positioned lines into blocks: headings, numbered paragraphs, bullet items
 * and plain paragraphs, decided by layout (font size and weight, the number
 * in the margin, indentation, vertical gaps) rather than by the flattened text.
 */
import type { LayoutLine } from './extract-layout.ts';

export type BlockType = 'heading' | 'paragraph' | 'bullet';

/** A heading, or a paragraph or bullet item whose lines have been joined. */
export interface Block {
  type: BlockType;
  /** The number printed in the margin, for numbered paragraphs. */
  number: number | null;
  text: string;
  page: number;
  /** Left edge of the block's first line (the number or bullet, if any). */
  x: number;
  size: number;
  bold: boolean;
}

/** A paragraph number in the margin: "12." alone in its cell, or "162. Text" when the gap is narrow. */
const NUMBER_CELL = /^(\d{1,3})\.$/;
const NUMBER_LEAD = /^(\d{1,3})\.\.?(?:\s+(\S.*)|([A-Z'"(].*))$/;

/** Whether text ends a sentence (so a page break after it may end the paragraph). */
export function endsSentence(text: string): boolean {
  return /[.!?:;]["')\]]*(?:\s*\([^()]{1,40}\))?$/.test(text.trim());
}

/**
 * Joins the next line of a paragraph on: with a space, or with nothing after
 * a line-end hyphen, which in these reports is a real compound hyphen
 * ("multi-" / "agency" is "multi-agency"), never a word broken by the typesetter.
 */
export function joinText(head: string, tail: string): string {
  if (head === '') return tail;
  if (tail === '') return head;
  if (/[A-Za-z]-$/.test(head) && /^[A-Za-z0-9]/.test(tail)) return head + tail;
  // "17-" / "year-olds" is "17-year-olds" and "2014-" / "15" is "2014-15"; but "16-" / "to 17-year-olds" keeps its space.
  if (/\d-$/.test(head) && /^(?:[A-Za-z]+-|\d|hour|day|week|month|year)/.test(tail) && !/^(?:to|and|or)\b/.test(tail)) return head + tail;
  return `${head} ${tail}`;
}

/** Section headings that are headings whatever their type. */
const PLAIN_HEADINGS = /^(?:recommendations|areas for improvement|what needs to improve(?: in this local authority)?\??|executive summary|inspection findings|summary for children and young people)$/i;

interface LineInfo {
  line: LayoutLine;
  number: number | null;
  /** Text without the number or bullet. */
  body: string;
  /** Left edge of the text after a number or bullet. */
  textX: number;
  bullet: boolean;
  heading: boolean;
}

function describe(line: LayoutLine, bodySize: number, inNumberColumn: (x: number) => boolean, expected: number | null): LineInfo {
  const first = line.cells[0];
  const rest = line.cells.slice(1);
  const restText = rest.map((c) => c.text).join(' ');
  if (first !== undefined) {
    // "34" without its full stop is a number only where the sequence expects it (Nottingham 2022).
    const alone = NUMBER_CELL.exec(first.text) ?? (/^\d{1,3}$/.test(first.text) && Number(first.text) === expected ? [first.text, first.text] : null);
    if (alone && rest.length > 0) {
      return { line, number: Number(alone[1]), body: restText, textX: rest[0]?.x ?? line.x, bullet: false, heading: false };
    }
    const lead = NUMBER_LEAD.exec(first.text);
    // The next number in sequence starts a paragraph wherever the page sets its margin (Newham 2014 shifts some pages).
    if (lead && !line.bold && (inNumberColumn(line.x) || Number(lead[1]) === expected)) {
      return { line, number: Number(lead[1]), body: [lead[2] ?? lead[3], restText].filter(Boolean).join(' '), textX: line.x, bullet: false, heading: false };
    }
    if (first.text.startsWith('•')) {
      const text = [first.text.replace(/^[•\s]+/, ''), restText].filter(Boolean).join(' ');
      return { line, number: null, body: text, textX: rest[0]?.x ?? line.x, bullet: true, heading: false };
    }
  }
  // Headings are bold or larger; a slightly larger short line without closing punctuation is a sub-heading too.
  // Some reports set a few headings in body type ("Recommendations" in Warwickshire 2017): known ones by name.
  const heading =
    line.bold ||
    line.size >= bodySize + 1.5 ||
    (line.size >= bodySize + 0.4 && line.text.length < 90 && !/[.,;]$/.test(line.text)) ||
    PLAIN_HEADINGS.test(line.text);
  return { line, number: null, body: line.text, textX: line.x, bullet: false, heading };
}

/**
 * Splits body lines into blocks. A paragraph runs on while lines follow at
 * line spacing; across a page break it runs on when its text is indented
 * under a number, when the sentence is unfinished, or when the next page
 * starts in lower case.
 */
export function toBlocks(lines: readonly LayoutLine[], bodySize: number): Block[] {
  const inNumberColumn = numberColumn(lines);
  const blocks: Block[] = [];
  let current: (Block & { textX: number; last: LayoutLine }) | null = null;
  let heading: (Block & { last: LayoutLine }) | null = null;
  const close = (): void => {
    if (current !== null && current.text !== '') blocks.push(stripTemp(current));
    current = null;
  };
  const closeHeading = (): void => {
    if (heading !== null) blocks.push({ type: 'heading', number: null, text: heading.text, page: heading.page, x: heading.x, size: heading.size, bold: heading.bold });
    heading = null;
  };
  let lastNumber: number | null = null;
  for (const line of foldTableRows(lines)) {
    const info = describe(line, bodySize, inNumberColumn, lastNumber === null ? null : lastNumber + 1);
    if (info.number !== null) lastNumber = info.number;
    const cur = current as (Block & { textX: number; last: LayoutLine }) | null;
    const samePage = cur !== null && cur.last.page === line.page;
    const gap = cur !== null && samePage ? cur.last.y - line.y : 0;
    const close_ = samePage && gap <= 1.6 * Math.max(line.size, bodySize) && gap > 0;
    if (info.heading) {
      // Bold text indented inside a numbered paragraph ("Immediately:") is part of it, and so is a bullet's
      // indented next line in the bullet's own (large) type (Blackpool 2014's summary for children).
      const underBullet = cur !== null && cur.type === 'bullet' && !line.bold && Math.abs(line.size - cur.size) < 0.6;
      // A heading in larger type (a section's title on the next page) never is.
      // A lead-in sits in the paragraph's text column; a heading elsewhere ("The graded judgement for adoption is good"
      // at the top of Leeds 2015's next page) starts a section.
      const leadIn = cur !== null && Math.abs(line.size - cur.size) < 0.6 && (underBullet || Math.abs(line.x - cur.textX) <= 4 || close_);
      if (cur !== null && leadIn && (cur.number !== null || underBullet) && line.x > cur.x + 5 && (close_ || !samePage)) {
        cur.text = joinText(cur.text, info.body);
        cur.last = line;
        continue;
      }
      close();
      const h = heading as (Block & { last: LayoutLine }) | null;
      if (h !== null && h.last.page === line.page && h.last.y - line.y <= 1.8 * line.size && Math.abs(h.size - line.size) < 0.6) {
        h.text = joinText(h.text, line.text);
        h.last = line;
        continue;
      }
      closeHeading();
      heading = { type: 'heading', number: null, text: line.text, page: line.page, x: line.x, size: line.size, bold: line.bold, last: line };
      continue;
    }
    closeHeading();
    if (info.number !== null) {
      close();
      current = { type: 'paragraph', number: info.number, text: info.body, page: line.page, x: line.x, size: line.size, bold: line.bold, textX: info.textX, last: line };
      continue;
    }
    if (info.bullet) {
      // A bullet indented under a numbered paragraph or another bullet belongs to it.
      if (cur !== null && line.x > cur.x + 5 && (close_ || !samePage)) {
        cur.text = joinText(cur.text, info.body);
        cur.last = line;
        continue;
      }
      close();
      current = { type: 'bullet', number: null, text: info.body, page: line.page, x: line.x, size: line.size, bold: line.bold, textX: info.textX, last: line };
      continue;
    }
    if (cur !== null) {
      const runsOn = samePage
        ? close_
        : (cur.number !== null || cur.type === 'bullet') && line.x > cur.x + 5
          ? true
          : !endsSentence(cur.text) || /^[a-z]/.test(line.text);
      if (runsOn) {
        cur.text = joinText(cur.text, line.text);
        cur.last = line;
        continue;
      }
    }
    close();
    current = { type: 'paragraph', number: null, text: line.text, page: line.page, x: line.x, size: line.size, bold: line.bold, textX: line.x, last: line };
  }
  close();
  closeHeading();
  return blocks;
}

/**
 * Where paragraph numbers sit: the left edges of lines whose number stands in
 * a cell of its own. A "15. ..." line elsewhere (a continuation line that
 * happens to start with a number) is not a new paragraph.
 */
function numberColumn(lines: readonly LayoutLine[]): (x: number) => boolean {
  const counts = new Map<number, number>();
  const add = (x: number): void => {
    const k = Math.round(x);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const l of lines) if (NUMBER_CELL.test(l.cells[0]?.text ?? '') && l.cells.length > 1) add(l.x);
  if (counts.size === 0) for (const l of lines) if (NUMBER_LEAD.test(l.cells[0]?.text ?? '')) add(l.x);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const columns = [...counts].filter(([, n]) => n >= 2 || n * 10 >= total).map(([x]) => x);
  // Right-aligned numbers ("9." / "10.") start a little right of the column.
  return (x) => columns.some((c) => x >= c - 4 && x <= c + 10);
}

const GRADE_CELL = /^(?:outstanding|good|adequate|inadequate|requires(?: improvement(?: to be good)?)?|improvement(?: to be good)?|to be good|not judged)\.?$/i;

/**
 * Judgement table rows inside the body ("The experiences and progress of
 * children | Good / who need help and protection") become one bold line
 * holding the area, so the row reads as the heading it is rather than as prose.
 */
function foldTableRows(lines: readonly LayoutLine[]): LayoutLine[] {
  const out: LayoutLine[] = [];
  const isGradeLine = (l: LayoutLine): boolean => {
    const last = l.cells.at(-1);
    return last !== undefined && last.x > 250 && GRADE_CELL.test(last.text) && l.cells.slice(0, -1).every((c) => c.xEnd < last.x);
  };
  const isShort = (l: LayoutLine): boolean => l.cells.length === 1 && l.xEnd < 300 && !/[.;:]$/.test(l.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (!isGradeLine(line)) {
      out.push(line);
      continue;
    }
    const near = (a: LayoutLine, b: LayoutLine): boolean => a.page === b.page && a.y - b.y > 0 && a.y - b.y <= 1.6 * b.size;
    const row: LayoutLine[] = [line];
    // An area name wraps around a vertically centred grade: take the short lines just above and below.
    while (out.length > 0) {
      const prev = out.at(-1);
      if (prev === undefined || !isShort(prev) || !near(prev, row[0] ?? line) || prev.bold) break;
      row.unshift(prev);
      out.pop();
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      const last = row.at(-1);
      if (next === undefined || last === undefined || !near(last, next) || !(isShort(next) || isGradeLine(next)) || next.bold) break;
      row.push(next);
    }
    i = j - 1;
    const area = row
      .flatMap((l) => l.cells.filter((c) => !(c.x > 250 && GRADE_CELL.test(c.text))))
      .map((c) => c.text)
      .join(' ');
    const first = row[0] ?? line;
    const cell = { x: first.x, xEnd: first.xEnd, text: area, size: line.size, bold: true };
    out.push({ ...first, bold: true, cells: [cell], text: area, marker: null });
  }
  return out;
}

function stripTemp(b: Block & { textX: number; last: LayoutLine }): Block {
  return { type: b.type, number: b.number, text: b.text.replace(/\s+/g, ' ').trim(), page: b.page, x: b.x, size: b.size, bold: b.bold };
}
