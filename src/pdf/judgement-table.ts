/**
 * Reading judgement tables by position: area names in the left column (they
 * wrap over two or three lines), grades in the right column (which may wrap,
 * or sit vertically centred against a wrapped area), rows told apart by the
 * vertical gap between them.
 */
import type { Judgement } from '../model.ts';
import { makeJudgement } from '../parse/judgement-keys.ts';
import type { LayoutLine } from './extract-layout.ts';

/** A grade as printed in any framework's table. */
const GRADE_TEXT = /^(?:outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|not judged)\.?$/i;

/** Upper-cases the first letter ("requires improvement" → "Requires improvement"). */
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The rows of a two-column table starting at `lines[start]`, whose grade
 * column starts at `gradeX`. Reading stops at the first line that crosses the
 * column boundary (prose under the table) or at the end of the page.
 * `cleanArea` tidies each area (e.g. removes SIF row numbers).
 */
export function readTableRows(
  lines: readonly LayoutLine[],
  start: number,
  gradeX: number,
  cleanArea: (area: string) => string = (a) => a,
): { judgements: Judgement[]; end: number } {
  const rows: { left: string[]; right: string[]; first: number }[] = [];
  let previous: LayoutLine | null = null;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (previous !== null && line.page !== previous.page) break;
    const crosses = line.cells.some((c) => c.x < gradeX - 8 && c.xEnd > gradeX + 4);
    if (crosses) break;
    const left = line.cells.filter((c) => c.x < gradeX - 8).map((c) => c.text);
    const right = line.cells.filter((c) => c.x >= gradeX - 8).map((c) => c.text);
    const gap = previous === null ? Infinity : previous.y - line.y;
    const row = rows.at(-1);
    if (row === undefined || gap > 1.6 * line.size) rows.push({ left, right, first: i });
    else {
      row.left.push(...left);
      row.right.push(...right);
    }
    previous = line;
    end = i + 1;
  }
  // A heading or rule under the table ("Executive summary", "_____") reads as a row with no grade: the table ended before it.
  while (rows.length > 1 && (rows.at(-1)?.right.length ?? 0) === 0) end = rows.pop()?.first ?? end;
  const judgements: Judgement[] = [];
  for (const row of rows) {
    const area = cleanArea(row.left.join(' ').replace(/\s+/g, ' ').trim());
    // Sentence case: "Requires Improvement" (a wrapped cell in SIF tables) reads "Requires improvement".
    // 2013 tables add the number ("Inadequate Grade 4"); some SIF cells print "1." or "Require improvement".
    const printed = row.right.join(' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '').replace(/\s*\(?grade \d\)?$/i, '');
    const grade = capitalise(printed.toLowerCase());
    if (area === '' || !GRADE_TEXT.test(grade)) {
      throw new Error(`judgement-table: expected an area and a grade in each table row, got "${area}" / "${grade}"`);
    }
    judgements.push(makeJudgement(area, grade));
  }
  return { judgements, end };
}

/**
 * The grade in a sentence such as "Children's services in Bury require
 * improvement to be good", "The overall judgement is Inadequate" or "The
 * Local Safeguarding Children Board is good": the printed grade words,
 * capitalised, or null.
 */
export function gradeInSentence(sentence: string): string | null {
  const m = /\b(?:is|are|requires?)\s+(?:that\s+children's services\s+(?:are|is|requires?)\s+)?(outstanding|good|adequate|inadequate|improvement(?: to be good)?)\b/i.exec(
    sentence.trim(),
  );
  if (!m) return null;
  const grade = (m[1] ?? '').toLowerCase();
  return capitalise(grade.startsWith('improvement') ? `requires ${grade}` : grade);
}
