/**
 * The shapes the query core answers in. Adapters (Slack, Discord, CLI) turn
 * these into Block Kit, embeds or text; they never look inside the index.
 */
import type { ReportAlert } from './alerts/compose.ts';
import type { AreaKey, Grade, ParagraphKind, ReportKind } from './model.ts';

export type { AlertGrade, GradeChange, ReportAlert } from './alerts/compose.ts';

/** A character range [start, end) in a string, for highlighting a matched term. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph answering a question, with everything needed to cite it. */
export interface Hit {
  /** Human citation: "Bury 2025 ILACS, ¶13" or "Bury 2025 ILACS, Summary ¶2". */
  citation: string;
  /** Machine reference that `paragraph()` accepts: "bury-2025 13". */
  reference: string;
  reportId: string;
  authority: string;
  kind: ReportKind;
  /** Human label of the report kind ("ILACS"). */
  kindLabel: string;
  /** Year the inspection started (a paper: its date's year). */
  year: number;
  /** ISO date the report was published, or null. */
  published: string | null;
  /** ISO date the inspection started, or null. */
  inspectionStart: string | null;
  /** The printed paragraph number as a string, or null for unnumbered paragraphs. */
  paragraph: string | null;
  /** The paragraph's citation label within its report ("13", "Summary ¶2"). */
  label: string;
  paragraphKind: ParagraphKind;
  section: string;
  /** The whole paragraph. */
  text: string;
  /** Whole sentences around the matched terms, at most ~600 characters, with "…" where cut. */
  quote: string;
  /** Matched term spans within `quote`. */
  quoteSpans: Span[];
  /** Matched term spans within `text`. */
  textSpans: Span[];
  score: number;
}

export interface AskOptions {
  /** How many results to return (default 3, at most 20). */
  limit?: number;
  /** How many of the best results to skip, for "More results" (default 0). */
  offset?: number;
}

/** What `ask` understood from the question, so adapters can say so. */
export interface Understanding {
  authorities: string[];
  /** A year filter, or 'latest' when the user asked for the current inspection. */
  year: number | 'latest' | null;
  areas: AreaKey[];
  /** The search terms left once filters were taken out. */
  terms: string[];
}

export interface AskAnswer {
  question: string;
  understood: Understanding;
  results: Hit[];
  /** Total number of matching paragraphs (for "More results"). */
  total: number;
  /** When there are no results (or the question was empty or unusable): what to tell the user. */
  message?: string;
  /** Example questions or known names to suggest when there are no results. */
  suggestions?: string[];
}

export interface JudgementRow {
  area: string;
  areaKey: AreaKey;
  grade: string;
  gradeKey: Grade;
}

/** What every report listing says about a report. */
export interface ReportBasics {
  authority: string;
  kind: ReportKind;
  /** Human label of the kind ("ILACS"). */
  kindLabel: string;
  /** Year the inspection started (a paper: its date's year). */
  year: number;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  published: string | null;
}

export interface InspectionSummary extends ReportBasics {
  reportId: string;
  /** The overall effectiveness grade as printed, or null (2026 framework, council papers). */
  overall: string | null;
  /** Area judgements (overall excluded), filtered by the query's area when one was given. */
  judgements: JudgementRow[];
  lscb: JudgementRow | null;
  /** Human citation of the report ("Bury 2025 ILACS"). */
  citation: string;
}

/** An answer that could not be given: unknown authority, empty query, ... */
export interface CoreError {
  message: string;
  /** Closest known names or example queries. */
  suggestions: string[];
}

export type JudgementsAnswer =
  | {
      ok: true;
      authority: string;
      /** The area filter understood from the query, if any. */
      area: AreaKey | null;
      year: number | null;
      /** Latest first. */
      inspections: InspectionSummary[];
    }
  | { ok: false; error: CoreError };

export type ImprovementsAnswer =
  | {
      ok: true;
      authority: string;
      report: InspectionSummary;
      /** Heading of the list as printed ("What needs to improve?" or "Recommendations"). */
      heading: string;
      items: Hit[];
    }
  | { ok: false; error: CoreError };

export type ParagraphAnswer = { ok: true; hit: Hit } | { ok: false; error: CoreError };

/** The loaded corpus: the only API adapters and scripts use. */
export interface Corpus {
  /** Answer a free-text question with cited paragraphs. Never throws. */
  ask(question: string, options?: AskOptions): AskAnswer;
  /** Judgements for "authority [area] [year]" ("Bury care leavers 2016"). Never throws. */
  judgements(query: string): JudgementsAnswer;
  /** The latest report's "What needs to improve" list or recommendations. Never throws. */
  improvements(authority: string): ImprovementsAnswer;
  /** One paragraph by reference ("bury-2025 13", "bury-2025 Summary ¶2"). Never throws. */
  paragraph(reference: string): ParagraphAnswer;
  /** Canonical names of the authorities in the index, sorted. */
  authorities(): string[];
  /** Report metadata, for listings and help text. */
  reports(): ReportInfo[];
  /**
   * What an alert says about a report (grades and their changes, improvement
   * items, up to three excerpts matching `topics`); undefined for an unknown id. Never throws.
   */
  reportAlert(reportId: string, topics?: string): ReportAlert | undefined;
}

export interface ReportInfo extends ReportBasics {
  id: string;
  /** How many citable paragraphs it has. */
  paragraphs: number;
}
