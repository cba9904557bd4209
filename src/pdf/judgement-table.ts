/**
 * Reading judgement tables by position: area names in the left column (they
 * wrap over two or three lines), grades in the right column (which may wrap,
 * or sit vertically centred against a wrapped area, above or below it, or on
 * the next page), rows told apart by the vertical gap between them. Areas and
 * grades are then paired by the shared reader (parse/judgement-rows.ts),
 * which also reads two rows joined in one line.
 */
import type { Judgement } from '../model.ts';
import { gradesIn, readTablePieces, type AreaReading, type TablePiece, type TableReading } from '../parse/judgement-rows.ts';
import type { LayoutLine } from './extract-layout.ts';

export { gradeInSentence, readOverallSentence } from '../parse/judgement-rows.ts';

/** A table read from a report's layout: its judgements and the line after it, or why it could not be read. */
export interface TableRows {
  judgements: Judgement[];
  /** Index in the layout's lines of the first line after the table. */
  end: number;
  /** Why the table could not be read, when it could not (`judgements` is then empty). */
  unread?: string;
}

/** A grade's first word, as a wrapped grade cell starts ("Requires" / "Improvement"). */
const GRADE_START = /^(?:outstanding|good|adequate|inadequate|requires?|not judged)\b/i;

/** Whether a line has a grade in the grade column (a row, or a grade alone): what may carry a table on to the next page. */
function gradeInColumn(line: LayoutLine, gradeX: number): boolean {
  return line.cells.some((c) => Math.abs(c.x - gradeX) < 12 && (gradesIn(c.text) !== null || GRADE_START.test(c.text)));
}

/** A line's text as pieces of the area and grade columns; `rowStart` when a vertical gap (or a page) comes before it. */
function piecesOf(line: LayoutLine, gradeX: number, rowStart: boolean): TablePiece[] {
  const left = line.cells.filter((c) => c.x < gradeX - 8).map((c) => c.text);
  const right = line.cells.filter((c) => c.x >= gradeX - 8).map((c) => c.text);
  const pieces: TablePiece[] = [];
  if (left.length > 0) pieces.push({ column: 'area', text: left.join(' '), rowStart });
  if (right.length > 0) pieces.push({ column: 'grade', text: right.join(' '), rowStart: rowStart && left.length === 0 });
  return pieces;
}

/**
 * The table starting at `lines[start]`, whose grade column starts at
 * `gradeX`. Reading stops at the first line that crosses the column boundary
 * (prose under the table), at a heading set larger than the table, or at the
 * end of the page; the table runs on to
 * the next page where that page opens with what `continuesOn` accepts (a
 * numbered row, say) or with a grade in the grade column. A heading or rule under the
 * table reads as an area with no grade: the table ended before it.
 */
export function readTableRows(lines: readonly LayoutLine[], start: number, gradeX: number, continuesOn?: (line: LayoutLine) => boolean): TableRows {
  const pieces: TablePiece[][] = [];
  let previous: LayoutLine | null = null;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (previous !== null && line.page !== previous.page) {
      const nextPage = line.page === previous.page + 1 && (continuesOn?.(line) === true || gradeInColumn(line, gradeX));
      if (!nextPage) break;
    }
    if (line.cells.some((c) => c.x < gradeX - 8 && c.xEnd > gradeX + 4)) break;
    // A heading set larger than the table ("Executive summary") ends it.
    if (line.size > (lines[start]?.size ?? line.size) + 1) break;
    const gap = previous === null || previous.page !== line.page ? Infinity : previous.y - line.y;
    pieces.push(piecesOf(line, gradeX, gap > 1.6 * line.size));
    previous = line;
    end = i + 1;
  }
  // The longest run of the lines read that pairs up, by rows first; lines after the last grade may be dropped
  // (a heading under the table), never a line with a grade.
  const hasGrade = (k: number): boolean => (pieces[k] ?? []).some((p) => p.column === 'grade');
  let lastGrade = pieces.length - 1;
  while (lastGrade >= 0 && !hasGrade(lastGrade)) lastGrade--;
  let first: TableReading | null = null;
  for (const way of ['rows', 'numbers'] as const satisfies readonly AreaReading[]) {
    for (let n = pieces.length; n > lastGrade && n > 0; n--) {
      const reading = readTablePieces(pieces.slice(0, n).flat(), [way]);
      first ??= reading;
      if (reading.ok) return { judgements: reading.judgements, end: start + n };
    }
  }
  const reason = first !== null && !first.ok ? first.reason : 'expected a judgement table, found no rows';
  return { judgements: [], end, unread: reason };
}
