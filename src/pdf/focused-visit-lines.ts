/**
 * A focused-visit letter's layout lines as the block reader should see them.
 * Letters are plainer than inspection reports (one type size, bold headings,
 * bullets), but a few print a heading in plain type, a line half a point
 * larger, or sub-bullets as dashes; this evens those out so the shared block
 * reader splits them as printed.
 */
import type { DocumentLayout, LayoutLine } from './extract-layout.ts';

/**
 * Letters set all their text in one size and mark headings in bold, but a
 * few lines come out half a point larger (Cornwall 2022), which the block
 * reader would take for a sub-heading: plain lines within a point of the body
 * size are read at the body size.
 */
function evenSize(line: LayoutLine, bodySize: number): LayoutLine {
  if (line.bold || Math.abs(line.size - bodySize) >= 1 || line.size === bodySize) return line;
  return { ...line, size: bodySize, cells: line.cells.map((c) => ({ ...c, size: bodySize })) };
}

/** The headings letters print, some in plain type (Trafford 2018): a line that is only one of them is a heading. */
const LETTER_HEADING =
  /^(?:overview|(?:headline|main) findings|findings|areas of strength|what needs to improve in this area of (?:social work )?practice\??|areas? for (?:priority action|improvement)|priority actions?)\s*[:.]?$/i;

function markHeading(line: LayoutLine): LayoutLine {
  return !line.bold && LETTER_HEADING.test(line.text) ? { ...line, bold: true } : line;
}

/** A dash glyph opening a line ("⎯ the child's written plan", Manchester 2020) marks a sub-bullet, read as a bullet. */
const DASH_BULLET = /^[\u2013\u2014\u2015\u23af\u2500]\s*/;

function dashBullet(line: LayoutLine): LayoutLine {
  const first = line.cells[0];
  if (first === undefined || !DASH_BULLET.test(first.text)) return line;
  const cells = [{ ...first, text: first.text.replace(DASH_BULLET, '• ') }, ...line.cells.slice(1)];
  return { ...line, cells, text: cells.map((c) => c.text).join(' ') };
}

/** The letter's lines for the block reader. */
export function letterLines(layout: DocumentLayout): LayoutLine[] {
  // Small print is never the inspectors' words: the Ofsted address block and, on some 2018 letters, an
  // "Ofsted is proud to use recycled paper" line at the foot of the first page only (so not taken as a footer).
  return layout.lines.filter((l) => l.size >= layout.bodySize - 1.5).map((l) => dashBullet(markHeading(evenSize(l, layout.bodySize))));
}
