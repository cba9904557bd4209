/**
 * The shapes the query core answers in. Adapters (Slack, Discord, CLI) turn
 * these into Block Kit, embeds or text; they never look inside the index.
 */
import type { ReportAlert } from './alerts/compose.ts';
import type { KindAnswer, KindOffer } from './kind-types.ts';
import type { Reader } from './reader/types.ts';
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
  /** The report on Ofsted's site, where known, so the quote can be checked in the original. */
  url: string | null;
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
  /** What the paragraph matched, as the question wrote it: phrases found together (“local offer”), then single terms. */
  why?: string[];
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
  /** A range of years or an "as at" date, when the question gave one instead of a single year. */
  range?: TimeRange | null;
}

/**
 * Time beyond a single year. `years` is inclusive at both ends (`null` for
 * open): "since 2014" is { from: 2014, to: null }, "before 2018" is
 * { from: null, to: 2017 }. `as-at` is read as Ofsted's statistics read it:
 * each authority's latest inspection carried out by that ISO date (its last
 * inspection day) whose report was published by the end of the following
 * quarter ("as at 31 March 2025": published by 30 June 2025). `month` marks a
 * month named without "as at" ("in January 2015"): for grade counts it is
 * read as at the month's end, and for paragraphs of a named authority it
 * means the inspection or visit under way that month, when there was one.
 */
export type TimeRange = { kind: 'years'; from: number | null; to: number | null } | { kind: 'as-at'; date: string; month?: true };

export interface AskAnswer {
  question: string;
  understood: Understanding;
  results: Hit[];
  /** Total number of matching paragraphs (for "More results"). */
  total: number;
  /**
   * A question about no authority in particular: how many authorities have a
   * paragraph that matches nearly as well as the best. Its first results come
   * from several authorities, one or two each; the rest are behind "more".
   */
  authorities?: number;
  /** Authorities the question left out of a question about no authority in particular ("apart from Bury"), said in the preface. */
  leftOut?: string[];
  /** When there are no results (or the question was empty or unusable): what to tell the user. */
  message?: string;
  /** Example questions or known names to suggest when there are no results. */
  suggestions?: string[];
  /** A question about grades (latest, history, lists, counts, neighbours, comparisons): the cited grades. */
  grades?: GradeAnswer;
  /** In a conversation: what this answer carried over from the last question. */
  carried?: Carried;
  /** A correction the answer rests on, to show above it: "Showing results for Southend-on-Sea (you typed “Southen”)." */
  notice?: string;
  /** The kind of answer the question asked for, beyond paragraphs or grades alone (src/kind-types.ts). */
  kind?: KindAnswer;
  /** A question the core was unsure how to read: another kind of answer it can give. */
  offer?: KindOffer;
  /** Nothing matched in the reports of the time or kind asked, so these results come from the authority's others: the line saying so. */
  widened?: string;
  /** Which results come from before their authority's latest inspection, so they read as history (a question naming no time). */
  history?: string;
  /** A "why" question about a grade: the line naming the inspection that gave it, whose paragraphs answer (grade-reason.ts). */
  gradeGiven?: string;
  /**
   * Paragraphs "as at" a date: the one line saying how the date was counted
   * (Ofsted's rule) and, while its quarter is open, that more reports may come.
   * (A grade answer says it in its notes.)
   */
  asAt?: string;
}

/**
 * One grade, cited by the report that printed it. `area` is the area asked
 * about ('overall' for the overall grade); `areaLabel` is how the report
 * printed it (the 2018-2022 combined "children in care and care leavers"
 * area answers for both).
 */
export interface GradeRow {
  authority: string;
  reportId: string;
  kind: ReportKind;
  /** ISO publication date, or null where the report does not print it. */
  published: string | null;
  area: AreaKey;
  grade: Grade;
  /** The area as printed. */
  areaLabel: string;
  /** The grade as printed ("Requires improvement to be good"). */
  gradeLabel: string;
  /** Human citation of the report ("Bury 2025 ILACS"). */
  citation: string;
  /** Year the inspection started. */
  year: number;
}

/** Which grade question was asked. */
export type GradeQuestionKind = 'latest' | 'history' | 'list' | 'count' | 'neighbours' | 'compare';

/** A statistical neighbour, closest first, with DfE's closeness band. */
export interface NeighbourRow {
  authority: string;
  closeness: string;
}

/** The direction of an authority's grades over the inspections shown. */
export type Trend = 'improved' | 'declined' | 'unchanged' | 'mixed' | 'single';

export interface AuthorityTrend {
  authority: string;
  trend: Trend;
  /** "Inadequate (2014) → Inadequate (2016) → Requires improvement to be good (2018) → Good (2023): improved". */
  text: string;
}

export interface GradeAnswer {
  /** 'change': each authority's grade at two times, both rows cited (a question-kind answer, src/query/kinds/grade-change.ts). */
  kind: GradeQuestionKind | 'change';
  /** One line saying what was computed ("3 authorities rated outstanding for care leavers, latest graded inspection of each"). */
  headline: string;
  /** The area asked about ('overall' unless the question named one). */
  area: AreaKey;
  /** One row per authority (latest, list, count, neighbours, compare) or per inspection (history), in the answer's order. */
  rows: GradeRow[];
  /** 'count': the number of distinct authorities listed. */
  count?: number;
  /** 'neighbours' and neighbour comparisons: the statistical neighbours, closest first. */
  neighbours?: NeighbourRow[];
  /** 'latest', 'history', 'compare': each inspection shown with every area it graded, latest first. */
  inspections?: InspectionSummary[];
  /** 'latest' and 'history': each authority's trend. */
  trends?: AuthorityTrend[];
  /** What was counted, what has no grade, which authorities have no reports: nothing is left out silently. */
  notes: string[];
}

/** What a follow-up took from the last question. */
export interface Carried {
  /** "Bury 2016, LADO, following your last question". */
  text: string;
  authorities: boolean;
  topic: boolean;
  time: boolean;
}

/**
 * What a question established, kept per conversation so a follow-up can
 * reuse it ("what about in 2016?"). Plain JSON, so a store can keep it.
 */
export interface ConversationContext {
  authorities: string[];
  /** The words searched for, as typed ("LADO"), follow-up filler removed. */
  topic: string[];
  /** The topic as shown back ("LADO", "children in care"); '' for none. */
  topicLabel: string;
  areas: AreaKey[];
  year: number | 'latest' | null;
  range: TimeRange | null;
  /** Other years set against `year` ("LADO 2016 vs 2025"), so "and in Leeds?" asks of both. */
  alsoYears?: number[];
  /** The grade question asked, so "and Leeds?" after "is Bury getting better?" asks the same of Leeds. */
  grade: GradeIntent | null;
}

/** The parts of a grade question that are not its authorities, area or time. */
export interface GradeIntent {
  kind: GradeQuestionKind;
  /** Grades a list or count asks for ("good or better"). */
  grades: Grade[];
  /** A list over a region's authorities. */
  region: string | null;
  /** A list, comparison or neighbours question over the statistical neighbours of this authority. */
  neighboursOf: string | null;
}

/** What `converse` returns: the answer, and the context to keep for the next question. */
export interface ConversationTurn {
  answer: AskAnswer;
  context: ConversationContext;
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
  /** A focused visit's theme(s), as printed; empty for other kinds. */
  themes: string[];
  /** The report on Ofsted's site, where known ("Open the report"). */
  url: string | null;
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
  /**
   * Where the report's judgement table could not be read: what to show
   * instead of (or beside) its grades. Absent when the table was read.
   */
  gradesUnread?: string;
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
      /** A correction the answer rests on (a misspelt authority read as the one it must mean). */
      notice?: string;
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
  /** Answer a free-text question with cited paragraphs, or cited grades for a grade question. Never throws. */
  ask(question: string, options?: AskOptions): AskAnswer;
  /**
   * Answer a question in a conversation: a follow-up ("what about in 2016?")
   * reuses what `previous` established. Pure: the caller keeps the returned
   * context for the next question. Never throws.
   */
  converse(question: string, previous: ConversationContext | null, options?: AskOptions): ConversationTurn;
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
  /** The web reader's views of this index: whole reports, authorities, the national picture (src/reader). Never throws. */
  reader(): Reader;
}

export interface ReportInfo extends ReportBasics {
  id: string;
  /** How many citable paragraphs it has. */
  paragraphs: number;
}
