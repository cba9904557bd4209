/**
 * The shapes of question-kind answers (issue #17): what the core read a
 * question as wanting beyond paragraphs or grades alone (a list of visits, an
 * improvement list, an overview, a change between two times, an honest "the
 * reports cannot tell"), and what it found. Kept apart from answer-types.ts
 * so the kinds can grow without touching the older answer shapes.
 */
import type { Hit } from './answer-types.ts';
import type { ReportKind } from './model.ts';

/** Which kind of answer the core gave. */
export type QuestionKindName =
  /** Paragraphs on a topic only from authorities whose grade matches ("what do inadequate councils get wrong about the front door"). */
  | 'grade-filtered'
  /** An authority's "what needs to improve" items, and a later focused visit's ("areas for improvement for Croydon"). */
  | 'improvements'
  /** One focused visit: theme, dates and opening findings ("what did the latest focused visit to Birmingham look at"). */
  | 'focused-visit'
  /** A list of visits or inspections ("which authorities had a focused visit on the front door in 2023"). */
  | 'visit-list'
  /** Each authority's grade at two times ("inadequate in 2017 but good now"). */
  | 'grade-change'
  /** An authority's latest grades, any focused visit since, and summary paragraphs ("tell me about Stoke"). */
  | 'overview'
  /** A former authority answered for its successors ("Cumbria children in care"). */
  | 'former-authority'
  /** Something no report states (future inspection dates, Ofsted's scheduling, data not in reports), and what they do hold. */
  | 'cannot-tell'
  /** Paragraphs whose match to the question is weak, said so. */
  | 'low-confidence';

/** One visit or inspection, cited by its report (`ask --json` prints these as `visits`). */
export interface VisitRow {
  authority: string;
  reportId: string;
  kind: ReportKind;
  /** Human label of the kind ("focused visit", "ILACS"). */
  kindLabel: string;
  /** ISO dates, or null where the report does not print them. */
  published: string | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  /** A focused visit's theme(s) as printed; empty for other kinds. */
  themes: string[];
  /** Human citation of the report ("Kent 2023 focused visit"). */
  citation: string;
  /** The report on Ofsted's site, where known. */
  url: string | null;
}

/** A titled group of cited paragraphs ("What needs to improve — Croydon 2024 ILACS"). */
export interface KindSection {
  heading: string;
  hits: Hit[];
}

/** What a question-kind step adds to an answer: a headline, what it listed, and notes on how it read the question. */
export interface KindAnswer {
  kind: QuestionKindName;
  /** One line saying what was computed or why nothing could be ("12 focused visits on the front door, inspected in 2023:"). */
  headline: string;
  /** Visits or inspections listed, each cited (visit lists, focused visits, overviews, "cannot tell" answers). */
  visits?: VisitRow[];
  /** A count the answer computed from what it lists (visits, or authorities). */
  count?: number;
  /** Grade-filtered passages: the authorities whose cited grade matched. */
  qualified?: string[];
  /** Grade-filtered passages: how many of those had a paragraph on the topic. */
  matched?: number;
  /** Titled groups of cited paragraphs (improvement lists, a visit's findings), shown before any other results. */
  sections?: KindSection[];
  /** How the question was read, and what was left out: nothing is left out silently. */
  notes: string[];
}

/** A one-line offer of another kind of answer, for a question the core is unsure of; a button where the platform has one. */
export interface KindOffer {
  /** "Did you want the list of focused visits on the front door in 2023?" */
  text: string;
  /** The question that gives the offered answer. */
  question: string;
}
