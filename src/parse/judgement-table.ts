/**
 * Reading the judgement table at the top of a report, whatever the framework
 * printed: ILACS's "Judgement / Grade" rows, or the SIF's "Children's services
 * in Bury require improvement to be good" line above its numbered areas. The
 * cells arrive tab-separated, sometimes with a word split across two cells
 * ("Chil\tdren") or a stray letter before the grade ("s Requires improvement").
 */
import type { Judgement } from '../model.ts';
import { cleanInline } from './clean-text.ts';
import { gradeKey, makeJudgement } from './judgement-keys.ts';

/** Where the table sits in the text's lines, and what it says. */
export interface JudgementTable {
  judgements: Judgement[];
  /** Index of the table's first line. */
  start: number;
  /** Index of the first line after the table. */
  end: number;
}

/** "s Requires improvement" → "Requires improvement": a lone lower-case letter before a capitalised grade. */
function dropStrayLetter(cell: string): string {
  return cell.replace(/^[a-z]\s+(?=[A-Z])/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Join cells that extraction split, gluing the halves of a word ("Chil" +
 * "dren") and spacing whole words.
 */
function joinCells(cells: readonly string[]): string {
  return cells.reduce((acc, cell) => {
    if (acc === '') return cell;
    return /[a-z]$/.test(acc) && /^[a-z]/.test(cell) ? acc + cell : `${acc} ${cell}`;
  }, '');
}

/** The grade as printed, cleaned, or null when `text` is not a grade. */
function readGrade(text: string): string | null {
  const grade = capitalise(dropStrayLetter(cleanInline(text)));
  return gradeKey(grade) === 'other' ? null : grade;
}

/**
 * A SIF overall line ("Children's services in Bury require improvement to be
 * good") as a judgement with the grade in the table's wording
 * ("Requires improvement to be good"), or null.
 */
export function readOverallLine(line: string): Judgement | null {
  const m = /^(Children['’]s services in .+?) (are|is|require|requires) (.+?)\.?$/i.exec(cleanInline(line));
  if (!m) return null;
  const verb = (m[2] ?? '').toLowerCase();
  const rest = m[3] ?? '';
  const printed = verb.startsWith('require') ? `Requires ${rest}` : capitalise(rest);
  const grade = readGrade(printed);
  return grade === null ? null : makeJudgement(m[1] ?? '', grade);
}

/** One table row as a judgement, or null when the row is a header or not a judgement. */
export function readTableRow(line: string): Judgement | null {
  const overall = readOverallLine(line.replace(/\t+/g, ' '));
  if (overall) return overall;
  const cells = line
    .split('\t')
    .map((c) => cleanInline(c))
    .filter((c) => c !== '');
  if (cells.length < 2) return null;
  // The grade is the rightmost run of cells that reads as a grade (a split grade spans two cells).
  for (let k = cells.length - 1; k >= 1; k--) {
    const grade = readGrade(joinCells(cells.slice(k)));
    if (grade === null) continue;
    // Drop the table's own numbering ("2.1 Adoption performance"): it is not part of the area's name.
    const area = joinCells(cells.slice(0, k)).replace(/^\d+(?:\.\d+)*\.?\s+/, '');
    if (area === '' || /^judgements?$/i.test(area)) return null;
    return makeJudgement(area, grade);
  }
  return null;
}

/**
 * The first table of judgements in `lines`: the first run of tab-separated
 * lines (ignoring blank lines inside it) in which at least one row reads as an
 * area and a grade. Null when the text has none (a council paper).
 */
export function findJudgementTable(lines: readonly string[]): JudgementTable | null {
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').includes('\t')) {
      i++;
      continue;
    }
    const start = i;
    const judgements: Judgement[] = [];
    while (i < lines.length && (lines[i] ?? '').includes('\t')) {
      const row = readTableRow(lines[i] ?? '');
      if (row) judgements.push(row);
      i++;
    }
    if (judgements.length > 0) return { judgements, start, end: i };
  }
  return null;
}

/**
 * The LSCB judgement from the SIF heading "The Local Safeguarding Children
 * Board is good", or null when `heading` is not that statement.
 */
export function readLscbStatement(heading: string): Judgement | null {
  // "... Board is good", "... Board requires improvement": the verb "is" is absent before "requires".
  const m = /^(The Local Safeguarding Children Board(?: \(LSCB\))?) (?:is |are )?(.+?)\.?$/i.exec(heading.trim());
  if (!m) return null;
  const printed = /^requires? /i.test(m[2] ?? '') ? (m[2] ?? '').replace(/^requires?/i, 'Requires') : m[2] ?? '';
  const grade = readGrade(printed);
  return grade === null ? null : makeJudgement(m[1] ?? '', grade);
}
