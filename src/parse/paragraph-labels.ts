/**
 * What both report parsers (extracted text and PDF) share once they know
 * where each paragraph sits: the part of the report a paragraph is in (its
 * role), the {@link ParagraphKind} each role maps to, the prefix an
 * unnumbered paragraph is labelled with, and the labels themselves, so a
 * report reads the same whichever way it was ingested.
 *
 * Labels: a printed number ("13") or a council paper's section number
 * ("2.1"); otherwise "<prefix> ¶n", counted per prefix in reading order, or
 * "¶n" for a council paper paragraph. A label repeated in a report gets a
 * " (2)" suffix so that every label cites one paragraph.
 */
import { AREA_LABELS, type AreaKey, type Paragraph, type ParagraphKind } from '../model.ts';
import { areaKey } from './judgement-keys.ts';

/** What the paragraphs under the current heading are, or 'skip' for parts that are not indexed. */
export type ParagraphRole =
  | 'skip'
  | 'summary'
  | 'children-summary'
  | 'section-summary'
  | 'improvement'
  | 'finding'
  | 'recommendation'
  | 'lscb-summary'
  | 'lscb-recommendation'
  | 'lscb-finding'
  | 'paper'
  /** Ofsted's words about the inspection itself (see {@link ABOUT_PREFIX}). */
  | 'about';

/** A role whose paragraphs are kept. */
export type IndexedRole = Exclude<ParagraphRole, 'skip'>;

const KIND_OF_ROLE: Readonly<Record<IndexedRole, ParagraphKind>> = {
  summary: 'summary',
  'children-summary': 'summary',
  'section-summary': 'summary',
  improvement: 'improvement',
  finding: 'finding',
  recommendation: 'recommendation',
  'lscb-summary': 'lscb-finding',
  'lscb-recommendation': 'lscb-recommendation',
  'lscb-finding': 'lscb-finding',
  paper: 'paper',
  about: 'about',
};

/**
 * The prefix of an about paragraph's label ("About ¶2"). No section heading
 * or other role yields it, so adding about paragraphs to a report never
 * changes the label of another paragraph.
 */
export const ABOUT_PREFIX = 'About';

/** The section of an inspection report's about paragraphs. */
export const ABOUT_INSPECTION = 'About this inspection';

/** The section of a focused-visit letter's about paragraphs. */
export const ABOUT_VISIT = 'About this visit';

/** Roles whose paragraphs are numbered in print. */
export const NUMBERED_ROLES: ReadonlySet<ParagraphRole> = new Set(['finding', 'recommendation', 'lscb-recommendation', 'lscb-finding']);

/** Short names of SIF sections for their summaries' labels ("Leadership summary ¶2"). */
// The areas' own short names, but "Overall" and "Section" where the label needs them shorter or plainer.
const SHORT_SECTION: Readonly<Record<AreaKey, string>> = { ...AREA_LABELS, overall: 'Overall', other: 'Section' };

/**
 * How unnumbered findings are labelled: the text parser says "Finding ¶n" and
 * "LSCB finding ¶n"; the PDF parser names the area ("Help and protection ¶2")
 * and "LSCB ¶n".
 */
export type FindingLabels = 'text' | 'pdf';

/** The prefix of an unnumbered paragraph's label in the given role under the given section heading. */
export function prefixOf(role: IndexedRole, section: string, findings: FindingLabels): string {
  switch (role) {
    case 'summary':
      return 'Summary';
    case 'children-summary':
      return "Children's summary";
    case 'section-summary':
      return `${SHORT_SECTION[areaKey(section)]} summary`;
    case 'improvement':
      return 'Improve';
    case 'finding':
      return findings === 'text' ? 'Finding' : SHORT_SECTION[areaKey(section)];
    case 'recommendation':
      return 'Recommendation';
    case 'lscb-summary':
      return 'LSCB summary';
    case 'lscb-recommendation':
      return 'LSCB recommendation';
    case 'lscb-finding':
      return findings === 'text' ? 'LSCB finding' : 'LSCB';
    case 'paper':
      return '';
    case 'about':
      return ABOUT_PREFIX;
  }
}

/** A paragraph as a parser collected it, before it is labelled. */
export interface ParagraphDraft {
  role: IndexedRole;
  /** The kind, where it is not the role's own (a SIF recommendations list's unnumbered preamble). */
  kind?: ParagraphKind;
  section: string;
  prefix: string;
  number: number | null;
  /** A printed label that is not a plain number (a council paper's "2.1"). */
  printed?: string | null;
  text: string;
}

/** Labels drafts in reading order, each label unique in the report. */
export function labelParagraphs(drafts: readonly ParagraphDraft[]): Paragraph[] {
  const counts = new Map<string, number>();
  const used = new Set<string>();
  return drafts.map((d) => {
    let text: string;
    if (d.number !== null) text = String(d.number);
    else if (d.printed != null) text = d.printed;
    else {
      const n = (counts.get(d.prefix) ?? 0) + 1;
      counts.set(d.prefix, n);
      text = d.prefix === '' ? `¶${n}` : `${d.prefix} ¶${n}`;
    }
    // Labels must be unique in a report; a repeated printed number gets a suffix rather than shadowing the first.
    let unique = text;
    for (let k = 2; used.has(unique); k++) unique = `${text} (${k})`;
    used.add(unique);
    return { label: unique, number: d.number, kind: d.kind ?? KIND_OF_ROLE[d.role], section: d.section, text: d.text.replace(/\s+/g, ' ').trim() };
  });
}
