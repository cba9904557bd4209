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
import { gradesIn, readOverallSentence, readTablePieces, type TableReading, type TablePiece } from './judgement-rows.ts';

/** Where the table sits in the text's lines, and what it says. */
export interface JudgementTable {
  judgements: Judgement[];
  /** Index of the table's first line. */
  start: number;
  /** Index of the first line after the table. */
  end: number;
  /** Why the table's grades could not be read, when they could not (`judgements` then holds only an overall statement, if any). */
  unread?: string;
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

/**
 * One table line as pieces: runs of cells that read as grades ("Requires" +
 * "improvement" split over two cells is one run) are grade pieces, the
 * cells between them area pieces, so a line may hold a grade before its area
 * or two rows side by side. A header line ("Judgement / Grade") has none.
 */
function linePieces(line: string): TablePiece[] {
  const cells = line
    .split('\t')
    .map((c) => cleanInline(c))
    .filter((c) => c !== '');
  if (cells.every((c) => /^(?:judgements?|grades?)$/i.test(c))) return [];
  const pieces: TablePiece[] = [];
  const push = (column: TablePiece['column'], text: string): void => {
    const last = pieces.at(-1);
    if (last !== undefined && last.column === column && column === 'area') last.text = joinCells([last.text, text]);
    else pieces.push({ column, text, rowStart: pieces.length === 0 });
  };
  for (let k = 0; k < cells.length; ) {
    let j = cells.length;
    while (j > k && gradesIn(joinCells(cells.slice(k, j))) === null) j--;
    if (j > k) {
      push('grade', joinCells(cells.slice(k, j)));
      k = j;
    } else {
      push('area', cells[k] as string);
      k++;
    }
  }
  return pieces;
}

/** One table row as a judgement ("2.1 Adoption performance\tGood", or a SIF overall line), or null when the line is not one. */
export function readTableRow(line: string): Judgement | null {
  const overall = readOverallLine(line.replace(/\t+/g, ' '));
  if (overall) return overall;
  const pieces = linePieces(line);
  if (!pieces.some((p) => p.column === 'grade')) return null;
  const reading = readTablePieces(pieces);
  return reading.ok && reading.judgements.length === 1 ? (reading.judgements[0] as Judgement) : null;
}

/**
 * The first table of judgements in `lines`: the first run of tab-separated
 * lines in which a cell reads as a grade (or a line is a SIF overall
 * statement). Its areas and grades are paired however the rows were laid out
 * (judgement-rows.ts); a table whose pairing fails is returned with its
 * `unread` reason and no judgements. Where the table has no overall row, an
 * overall statement printed as a sentence near it ("Overall effectiveness is
 * good") gives the overall grade. Null when the text has no such table (a
 * council paper).
 */
export function findJudgementTable(lines: readonly string[]): JudgementTable | null {
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').includes('\t')) {
      i++;
      continue;
    }
    const start = i;
    const overall: Judgement[] = [];
    const pieces: TablePiece[] = [];
    // A row split over two lines may lose its tab on the first ("2. Children looked after and achieving" / "permanence\tGood").
    const inRun = (k: number): boolean =>
      (lines[k] ?? '').includes('\t') || ((lines[k] ?? '').trim() !== '' && (lines[k] ?? '').length <= 80 && (lines[k + 1] ?? '').includes('\t'));
    while (i < lines.length && inRun(i)) {
      const statement = readOverallLine((lines[i] ?? '').replace(/\t+/g, ' '));
      if (statement !== null) overall.push(statement);
      else pieces.push(...linePieces((lines[i] ?? '').includes('\t') ? (lines[i] ?? '') : `${lines[i]}\t`));
      i++;
    }
    if (overall.length === 0 && !pieces.some((p) => p.column === 'grade')) continue;
    const reading: TableReading = pieces.length === 0 ? { ok: true, judgements: [] } : readTablePieces(pieces);
    if (!reading.ok) return { judgements: overall, start, end: i, unread: reading.reason };
    const judgements = [...overall, ...reading.judgements];
    if (!judgements.some((j) => j.areaKey === 'overall')) {
      // In the table's order: a statement above the table first (SIF), one under it last (ILACS).
      const sentence = overallNear(lines, start, i);
      if (sentence?.where === 'above') judgements.unshift(sentence.judgement);
      if (sentence?.where === 'below') judgements.push(sentence.judgement);
    }
    return { judgements, start, end: i };
  }
  return null;
}

/** An overall statement printed as a sentence just before or after a table (the three non-blank lines each side), or null. */
function overallNear(lines: readonly string[], start: number, end: number): { judgement: Judgement; where: 'above' | 'below' } | null {
  const near = (from: number, step: number): string[] => {
    const found: string[] = [];
    for (let k = from; k >= 0 && k < lines.length && found.length < 3; k += step) if ((lines[k] ?? '').trim() !== '') found.push(lines[k] ?? '');
    return found;
  };
  for (const [where, side] of [['below', near(end, 1)], ['above', near(start - 1, -1)]] as const) {
    for (const line of side) {
      const judgement = readOverallSentence(cleanInline(line.replace(/\t+/g, ' ')));
      if (judgement !== null) return { judgement, where };
    }
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
