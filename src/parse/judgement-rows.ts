/**
 * Pairing a judgement table's areas with its grades, whatever the layout did
 * to its rows. Shared by the text parser (tab-separated cells) and the PDF
 * parser (cells placed by position), which both hand over the table as
 * pieces of text in reading order, each from the area column or the grade
 * column.
 *
 * The areas are read from the area pieces alone and the grades from the
 * grade pieces alone, then paired in order, so the family of layouts the
 * reports print all read the same:
 * - a row split over lines ("2. Children looked after and achieving" /
 *   "permanence"), even with its grade between or after the halves;
 * - two rows joined in one line ("Adoption performance 2.2 Experiences and
 *   progress of care leavers" / "Requires improvement Requires improvement");
 * - a grade before or after its area, wrapped ("Requires" / "Improvement"),
 *   or on the next page;
 * - numbering such as "2.2", in its own cell or not.
 * Where the counts of areas and grades disagree, nothing is guessed: the
 * reading says why (see {@link TableReading}).
 */
import type { Judgement } from '../model.ts';
import { makeJudgement } from './judgement-keys.ts';

/** Text from one column of one printed line of a table. */
export interface TablePiece {
  column: 'area' | 'grade';
  text: string;
  /** Whether the piece visibly starts a row: a new line after a vertical gap (PDF), or a new line (text). */
  rowStart: boolean;
}

/** The table's judgements in printed order, or why they could not be read. */
export type TableReading = { ok: true; judgements: Judgement[] } | { ok: false; reason: string };

/** A grade as any framework prints it, longest first ("Requires improvement to be good" before "Requires improvement"). */
const GRADE = /(requires?\s+improvement(?:\s+to\s+be\s+good)?|not\s+judged|outstanding|inadequate|adequate|good)\b\.?/iy;

/** A row's printed number: "1.", "2.1", "2.2." (a SIF table's), before an area's name. */
const ROW_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?(?=\s|$)/;

/**
 * How each framework's areas open, as printed (case matters: "children who
 * need help" inside an ILACS area is not the SIF area "Children who need
 * help"). A piece that opens with one starts a new area even mid-line.
 */
const OPENERS = [
  'The impact of leaders',
  'The experiences and progress of',
  'Overall effectiveness',
  'Children who need help',
  'Children looked after',
  'Adoption performance',
  'Experiences and progress of',
  'Leadership, management',
  'Leadership and management',
  'Capacity to improve',
  'Capacity for improvement',
  'Outcomes for',
  'Quality of provision',
];
const OPENER_AT_START = new RegExp(`^(?:${OPENERS.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
/** Where a piece holds a second row's area: before its number ("… 2.2 Experiences") or a capitalised opener. */
const SECOND_ROW = new RegExp(`\\s+(?=\\d\\.\\d\\.?\\s+\\S|[1-9]\\.\\s+[A-Z]|(?:${OPENERS.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b)`, 'g');

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The grades in a grade column's text, in order, as printed in sentence case
 * ("Requires Improvement" wrapped in a SIF cell reads "Requires
 * improvement"), or null when it holds anything else. 2013 tables add the
 * number ("Inadequate Grade 4"); text extraction may leave a stray letter
 * before a grade ("s Requires improvement").
 */
export function gradesIn(text: string): string[] | null {
  const clean = text
    .replace(/\(?\bgrade\s+\d\)?/gi, ' ')
    .replace(/(?:^|\s)[a-z](?=\s+[A-Z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const grades: string[] = [];
  let at = 0;
  while (at < clean.length) {
    if (clean[at] === ' ') {
      at++;
      continue;
    }
    GRADE.lastIndex = at;
    const m = GRADE.exec(clean);
    if (m === null) return null;
    grades.push(capitalise((m[1] ?? '').replace(/\s+/g, ' ').toLowerCase()));
    at = GRADE.lastIndex;
  }
  return grades.length > 0 ? grades : null;
}

/** An area's name without its row number and extraction's spacing. */
function cleanArea(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
}

/** Whether a piece of area text must start a new area: a row number or an opener. */
function opensArea(text: string): boolean {
  return ROW_NUMBER.test(text) || OPENER_AT_START.test(text);
}

/**
 * The areas of a table's area pieces. A piece starts a new area when it
 * opens with a row number or an opener; when `byRows`, also when it starts a
 * row and does not carry on a sentence (a lower-case first letter does).
 */
function areasOf(pieces: readonly TablePiece[], byRows: boolean): string[] {
  const areas: string[] = [];
  for (const piece of pieces) {
    // A piece holding two rows' areas is two pieces (a row number stays with the name after it).
    const parts = piece.text
      .trim()
      .split(SECOND_ROW)
      .filter((p) => p.trim() !== '')
      .reduce<string[]>((kept, part) => {
        const last = kept.at(-1);
        if (last !== undefined && /^\d{1,2}(?:\.\d{1,2})*\.?$/.test(last)) kept[kept.length - 1] = `${last} ${part}`;
        else kept.push(part);
        return kept;
      }, []);
    parts.forEach((part, k) => {
      const text = part.trim();
      const fresh = k > 0 || opensArea(text) || (byRows && piece.rowStart && !/^[a-z]/.test(text));
      if (fresh || areas.length === 0) areas.push(text);
      else areas[areas.length - 1] = `${areas[areas.length - 1]} ${text}`;
    });
  }
  return areas.map(cleanArea).filter((a) => a !== '');
}

/** How areas are told apart: by rows and row numbers, or by row numbers and openers alone. */
export type AreaReading = 'rows' | 'numbers';

/** What an area's name may hold: words, not rules ("_____"), figures or page furniture. */
const NAME = /^[A-Za-z][A-Za-z'’,.()\- –]*$/;

/**
 * The judgements of a table given as pieces in reading order. Areas are
 * first read row by row (a new row starts a new area unless it carries on a
 * sentence), then, when that does not give one area per grade, by row numbers
 * and openers alone (a row split over lines by a wide gap).
 */
export function readTablePieces(pieces: readonly TablePiece[], ways: readonly AreaReading[] = ['rows', 'numbers']): TableReading {
  const gradeText = pieces
    .filter((p) => p.column === 'grade')
    .map((p) => p.text)
    .join(' ');
  const areaPieces = pieces.filter((p) => p.column === 'area' && p.text.trim() !== '');
  if (gradeText.trim() === '') return { ok: false, reason: 'the judgement table has no grades' };
  const grades = gradesIn(gradeText);
  if (grades === null) return { ok: false, reason: `the grade column reads "${gradeText.replace(/\s+/g, ' ').trim().slice(0, 120)}", not grades` };
  const candidates = ways.map((way) => areasOf(areaPieces, way === 'rows'));
  const areas = candidates.find((c) => c.length === grades.length && c.every((a) => NAME.test(a)));
  if (areas === undefined) {
    const read = candidates[0] ?? [];
    return {
      ok: false,
      reason: `expected a grade for each area of the judgement table, read ${read.length} area${read.length === 1 ? '' : 's'} (${read
        .map((a) => `"${a.slice(0, 60)}"`)
        .join(', ')}) and ${grades.length} grade${grades.length === 1 ? '' : 's'} (${grades.join(', ')})`,
    };
  }
  if (areas.some((a) => /^(?:judgements?|grades?)$/i.test(a))) return { ok: false, reason: 'the judgement table is only its header' };
  return { ok: true, judgements: areas.map((area, i) => makeJudgement(area, grades[i] as string)) };
}

/**
 * The grade in a sentence such as "Children's services in Bury require
 * improvement to be good", "The overall judgement is Inadequate", "The
 * overall judgement is that children's services are judged to be good" or
 * "The Local Safeguarding Children Board is good": the printed grade words,
 * capitalised, or null.
 */
export function gradeInSentence(sentence: string): string | null {
  const m =
    /\b(?:is|are|was|were|requires?|:)\s+(?:that\s+(?:the\s+)?children['’]s services\s+(?:are|is|requires?)\s+)?(?:(?:judged|rated|assessed|found|considered|graded)\s+(?:to\s+be\s+|as\s+)?)?(outstanding|good|adequate|inadequate|(?:requires?\s+)?improvement(?:\s+to\s+be\s+good)?|not\s+judged)\b/i.exec(
      sentence.replace(/\s+/g, ' ').trim(),
    );
  if (!m) return null;
  const grade = (m[1] ?? '').toLowerCase();
  return capitalise(grade.startsWith('improvement') ? `requires ${grade}` : grade.replace(/^require /, 'requires '));
}

/**
 * An overall grade printed as a sentence rather than a table cell, as a
 * judgement: "Children's services in Bury require improvement to be good"
 * (SIF), "The overall judgement is that children's services are inadequate",
 * "Overall effectiveness: Good", "The overall effectiveness of children's
 * services in Leeds is outstanding". Null for any other sentence.
 */
export function readOverallSentence(sentence: string): Judgement | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const named = /^(Children['’]s services in .+?) (?:are|is|requires?|were|was)\b/i.exec(text);
  const overall = /^(?:the )?overall (effectiveness|judgement|judgment)\b/i.exec(text);
  if (named === null && overall === null) return null;
  const grade = gradeInSentence(text);
  if (grade === null) return null;
  const area = named !== null ? (named[1] ?? '') : /effectiveness/i.test(overall?.[1] ?? '') ? 'Overall effectiveness' : 'Overall judgement';
  return makeJudgement(area, grade);
}
