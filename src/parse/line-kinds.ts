/**
 * Classifying the raw lines of an extracted report: headings (marked up or
 * plain), numbered and bulleted items, prose, and the page furniture to drop
 * (tables, footnotes, stray punctuation, page numbers, the Ofsted back page).
 */
import {
  cleanInline,
  isBoilerplate,
  isFigureCaption,
  isFootnoteLine,
  isPageNumber,
  isStrayPunctuation,
  startsBackPage,
  stripGluedFootnote,
} from './clean-text.ts';

export type Line =
  | { type: 'blank' }
  /** Page furniture: a table or contents row, a footnote, a page number, stray punctuation, boilerplate. */
  | { type: 'furniture' }
  /** The first line of Ofsted's back page: nothing after it is the inspectors' findings. */
  | { type: 'back-page' }
  | { type: 'heading'; text: string }
  /** A bold lead-in that is a heading followed by its text on the same line ("**Legal Implications:** There are ..."). */
  | { type: 'heading-with-text'; heading: string; text: string }
  /**
   * A numbered or bulleted item. `number` is the printed paragraph number,
   * `printed` a council paper's section number ("2.1"); both null for a bare bullet.
   */
  | { type: 'item'; number: number | null; printed: string | null; bullet: boolean; text: string }
  /** An indented sub-bullet ("  - in primary schools is 14.9%"). */
  | { type: 'sub-bullet'; text: string }
  /** Prose; `indented` when the line starts with white space (a wrapped or continued line). */
  | { type: 'text'; text: string; indented: boolean };

/** Grade lines that sit under a section heading ("Good", "Requires improvement to be good"). */
export const GRADE_LINE = /^(?:outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?)$/i;

/**
 * Headings the extraction left without markup, recognised by their wording.
 * Each is anchored at both ends so a sentence that merely begins the same way
 * is not taken for a heading.
 */
const PLAIN_HEADINGS: readonly RegExp[] = [
  GRADE_LINE,
  /^What needs to improve\b[^.]*$/i,
  /^The (?:experiences and progress of|impact of leaders on) [^.:]{0,160}:\s*(?:outstanding|good|requires improvement to be good|inadequate)$/i,
  /^The experiences and progress of (?:children who need help and protection|children looked after and achieving permanence|children in care|care leavers)$/i,
  /^(?:Executive summary|Summary|Recommendations?|Inspection findings|Contents|The local authority|Information about this (?:inspection|local authority area)|The inspection team|Summary for children and young people|Leadership, management and governance|Previous Ofsted inspections|Local leadership)$/i,
  /^(?:Children|Child protection)[^.]{0,80} in this area$/i,
  /^In the last 12 months:?$/i,
  /^The graded judgement (?:for|about) [^.]{0,120} is that it [^.]{0,40}$/i,
  /^The Local Safeguarding Children Board(?: \(LSCB\))?(?: (?:is (?:outstanding|good|inadequate)|requires improvement(?: to be good)?))?$/i,
  /^Inspection findings [–-] [^.]{0,80}$/i,
];

function heading(clean: string): Line {
  return { type: 'heading', text: stripGluedFootnote(clean).replace(/:$/, '').trim() };
}

/** What kind of line `raw` is, with its text cleaned. */
export function classifyLine(raw: string): Line {
  if (raw.trim() === '') return { type: 'blank' };
  // Tabs only occur in tables: the judgement table, contents pages, glossaries and OCR-garbled rows.
  if (raw.includes('\t')) return { type: 'furniture' };
  if (isFootnoteLine(raw)) return { type: 'furniture' };
  const clean = cleanInline(raw);
  if (clean === '') return { type: 'blank' };
  if (startsBackPage(clean)) return { type: 'back-page' };
  if (isStrayPunctuation(clean) || isPageNumber(clean) || isFigureCaption(clean) || isBoilerplate(clean)) {
    return { type: 'furniture' };
  }
  const trimmed = raw.trim();
  if (/^#{1,6}\s/.test(trimmed) || /^\*\*[^*]+\*\*:?$/.test(trimmed)) return heading(clean);
  const leadIn = /^\*\*([^*]+?):\*\*\s*(\S.*)$/.exec(trimmed) ?? /^\*\*([^*]+?)\*\*:\s*(\S.*)$/.exec(trimmed);
  if (leadIn) {
    return { type: 'heading-with-text', heading: cleanInline(leadIn[1] ?? ''), text: cleanInline(leadIn[2] ?? '') };
  }
  if (/^\s+[-*•]\s+\S/.test(raw)) return { type: 'sub-bullet', text: cleanInline(trimmed.replace(/^[-*•]\s+/, '')) };
  const numbered = /^(?:[-*•]\s+)?(\d{1,3})\\?\.\s+(\S.*)$/.exec(trimmed);
  if (numbered) {
    return { type: 'item', number: Number(numbered[1]), printed: null, bullet: /^[-*•]/.test(trimmed), text: cleanInline(numbered[2] ?? '') };
  }
  const section = /^(\d{1,2}\.\d{1,2})\s+(\S.*)$/.exec(trimmed);
  if (section) return { type: 'item', number: null, printed: section[1] ?? null, bullet: false, text: cleanInline(section[2] ?? '') };
  const bullet = /^[-*•]\s+(\S.*)$/.exec(trimmed);
  if (bullet) return { type: 'item', number: null, printed: null, bullet: true, text: cleanInline(bullet[1] ?? '') };
  const candidate = stripGluedFootnote(clean);
  if (candidate.length <= 200 && PLAIN_HEADINGS.some((re) => re.test(candidate))) return heading(candidate);
  return { type: 'text', text: clean, indented: /^\s/.test(raw) };
}
