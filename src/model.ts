/**
 * The document model every part of the bot shares: a parsed Ofsted report
 * (from extracted text or from a PDF) and its citable paragraphs.
 *
 * Everything the bot shows a user is a {@link Paragraph}'s `text`, cited by its
 * report and `label`, so the parsers' job is to make `text` exactly what the
 * inspectors wrote: whole, in reading order, and free of page furniture.
 */

/** Which inspection framework (or document type) a report belongs to. */
export type ReportKind =
  /** 2012-2013 inspections of looked-after children's services (graded outstanding/good/adequate/inadequate). */
  | 'lac-2012'
  /** 2012-2013 inspections of safeguarding services (same scale as above). */
  | 'safeguarding-2012'
  /** Single inspection framework, 2013-2018, often with an LSCB review. */
  | 'sif'
  /** Inspection of local authority children's services (ILACS), 2018 onwards. */
  | 'ilacs'
  /** The reformed framework inspections from 2026 (four graded areas, no overall grade). */
  | 'ilacs-2026'
  /** An ungraded ILACS focused visit letter (2018 onwards) on one or more themes. */
  | 'focused-visit'
  /** A stand-alone review of a Local Safeguarding Children Board (2013-2018), outside a SIF report. */
  | 'lscb-review'
  /** A council committee or cabinet paper about an inspection: not Ofsted's words, but citable. */
  | 'council-paper';

/**
 * Short human labels for each kind, used in citations ("Bury 2025 ILACS, ¶13").
 * The one source of them: a citation already names the year, so no label
 * carries one ("Blackpool 2026 reformed ILACS", not "… 2026 ILACS 2026").
 */
export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  'lac-2012': 'looked-after children inspection',
  'safeguarding-2012': 'safeguarding inspection',
  sif: 'SIF',
  ilacs: 'ILACS',
  'ilacs-2026': 'reformed ILACS',
  'focused-visit': 'focused visit',
  'lscb-review': 'LSCB review',
  'council-paper': 'council paper',
};

/**
 * A grade normalised across frameworks. `adequate` only exists in 2012-2013
 * inspections; `requires-improvement` covers both "Requires improvement" (SIF)
 * and "Requires improvement to be good" (ILACS).
 */
export type Grade =
  | 'outstanding'
  | 'good'
  | 'adequate'
  | 'requires-improvement'
  | 'inadequate'
  /** "Not judged": SIF areas an inspection did not grade (the Isles of Scilly's adoption performance). */
  | 'not-judged'
  /** A grade word we could read but not map (kept so nothing is silently dropped). */
  | 'other';

/**
 * An area key that lines up across frameworks, so "children in care" (ILACS)
 * and "children looked after and achieving permanence" (SIF) compare.
 */
export type AreaKey =
  | 'overall'
  | 'help-and-protection'
  | 'children-in-care'
  | 'adoption'
  | 'care-leavers'
  /** ILACS 2018-2022 graded "children in care and care leavers" as one area: it answers for both. */
  | 'children-in-care-and-care-leavers'
  | 'leadership'
  /** 2012-2013 sub-judgements and anything else without a cross-framework twin. */
  | 'other';

/** Short, cross-framework names of the judgement areas, for tables and lists. */
export const AREA_LABELS: Readonly<Record<AreaKey, string>> = {
  overall: 'Overall effectiveness',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  adoption: 'Adoption',
  'care-leavers': 'Care leavers',
  'children-in-care-and-care-leavers': 'Children in care and care leavers',
  leadership: 'Leadership',
  other: 'Other',
};

export interface Judgement {
  /** The area as printed, cleaned of extraction damage ("The experiences and progress of care leavers"). */
  area: string;
  areaKey: AreaKey;
  /** The grade as printed, cleaned ("Requires improvement to be good"). */
  grade: string;
  gradeKey: Grade;
}

export type ParagraphKind =
  /** Unnumbered opening summary / executive summary text. */
  | 'summary'
  /** A numbered (or recovered) finding paragraph in the body of the report. */
  | 'finding'
  /** An item of the ILACS "What needs to improve?" list. */
  | 'improvement'
  /** A numbered SIF recommendation (or a 2012-style "areas for improvement" item). */
  | 'recommendation'
  /** LSCB review recommendation (SIF). */
  | 'lscb-recommendation'
  /** LSCB review finding or summary (SIF). */
  | 'lscb-finding'
  /** A paragraph of a council paper. */
  | 'paper'
  /**
   * What a report or letter says about the inspection itself, in Ofsted's own
   * words: its dates and inspectors, what it looked at and the evidence it
   * considered, the local authority's context at the time, and what follows
   * (the next inspection, the action plan and its deadline). From a report's
   * title page, "Information about this inspection", "The inspection team"
   * and "Information about this local authority area", and from a focused-visit
   * letter's opening and closing. Never salutations, signatures, addresses,
   * contact details, copyright small print or the judgement table. Labelled
   * "About ¶n" under the section "About this inspection" (reports) or "About
   * this visit" (letters); ranked a little below findings (RANKING.about in query/ranking-weights.ts).
   */
  | 'about';

export interface Paragraph {
  /**
   * The label that cites this paragraph within its report, unique in the report:
   * the printed number as a string ("13") when there is one, otherwise a
   * stable label such as "Summary ¶2" or "Improve ¶3".
   */
  label: string;
  /** The number printed in the report, or null when it has none. */
  number: number | null;
  kind: ParagraphKind;
  /** The heading of the section the paragraph sits under, as printed but clean. */
  section: string;
  /** The paragraph's clean text: whole, one paragraph, no markup or furniture. */
  text: string;
}

export interface Report {
  /** Stable readable id, e.g. "bury-2025", "bury-2016", "bury-2025-council-paper". */
  id: string;
  /** Canonical local authority name, e.g. "Southend-on-Sea". */
  authority: string;
  kind: ReportKind;
  /** ISO date (YYYY-MM-DD) the inspection started, or the paper's date; null if not printed. */
  inspectionStart: string | null;
  /** ISO date the inspection ended; null if not printed. */
  inspectionEnd: string | null;
  /** ISO date the report was published, where printed. */
  published: string | null;
  /** Lead inspector's name, where printed. */
  leadInspector: string | null;
  /** The judgement table in printed order (empty for a council paper). */
  judgements: Judgement[];
  /** The Local Safeguarding Children Board judgement, where there is one. */
  lscbJudgement: Judgement | null;
  /**
   * Why the report's judgement table could not be read, when it could not:
   * the report is kept with its paragraphs, and `judgements` holds only what
   * was read for certain (an overall statement, say), often nothing. Absent
   * when the table was read whole.
   */
  gradesUnread?: string;
  /** All citable paragraphs in reading order (improvement/recommendation items included). */
  paragraphs: Paragraph[];
  /** Focused visits: the theme(s) visited, as printed ("children in care"); empty for other kinds. */
  themes: string[];
  /** Where the text came from, e.g. "sources/000_f67737c5b82a1da6.txt" or a PDF's file name. */
  source: string;
  /** The address the PDF was downloaded from (Ofsted's reports site), where known. */
  url: string | null;
}
