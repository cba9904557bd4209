/**
 * The shapes the web reader's pages are built from (issue #21): one report
 * whole, in order; one authority's inspections, grades over time,
 * neighbours and latest improvement items; and the national picture of
 * grades as at a date. Plain data, so any front end can render them.
 */
import type { GradeRow, InspectionSummary, JudgementRow, ReportBasics } from '../answer-types.ts';
import type { AreaKey, Grade, ParagraphKind } from '../model.ts';

/** One paragraph as the reader shows it. */
export interface ReaderParagraph {
  /** The citation label ("6", "57 (2)", "Summary ¶2"). */
  label: string;
  /** The fragment that names it in the reader ("p6", "p57-2"), from src/reader/anchor.ts. */
  anchor: string;
  /** "¶6", or the label itself where it is not a plain number. */
  citation: string;
  number: number | null;
  kind: ParagraphKind;
  section: string;
  text: string;
}

/** A run of paragraphs under one section heading, in reading order. */
export interface ReaderSection {
  heading: string;
  paragraphs: ReaderParagraph[];
}

/** A report for reading: its header, judgement table, every paragraph under its heading, and its improvement items. */
export interface ReportView extends ReportBasics {
  id: string;
  /** "Bury 2025 ILACS". */
  citation: string;
  leadInspector: string | null;
  /** The authority's page slug ("bury"). */
  authoritySlug: string;
  /** The judgement table in printed order, the overall grade included. */
  judgements: JudgementRow[];
  lscb: JudgementRow | null;
  sections: ReaderSection[];
  /** The "What needs to improve" items (or recommendations), each also among `sections`. */
  improvements: ReaderParagraph[];
  /** Their heading as printed, or null when there are none. */
  improvementsHeading: string | null;
  /** The authority's other reports, latest first, for moving between them. */
  otherReports: ReportLink[];
}

/** A report named for a link. */
export interface ReportLink {
  id: string;
  /** "Bury 2016 SIF". */
  citation: string;
  published: string | null;
}

/** One graded inspection on an authority's chart: the date it is placed at and each area's grade. */
export interface GradePoint {
  reportId: string;
  citation: string;
  /** The inspection's start (else its publication): where it sits on the time axis. */
  date: string;
  published: string | null;
  /** Each area it graded: the normalised grade and the words printed. */
  grades: Partial<Record<AreaKey, { grade: Grade; label: string }>>;
}

/** A statistical neighbour and its latest grade. */
export interface NeighbourGrade {
  authority: string;
  slug: string;
  /** DfE's closeness band ("close"). */
  closeness: string;
  /** Its latest overall grade (each area of a 2026-framework inspection, which has none), cited; empty when none is held. */
  rows: GradeRow[];
}

/** A report on an authority's page: its summary, and its overall grade normalised (null where it has none). */
export interface AuthorityReport extends InspectionSummary {
  overallGrade: Grade | null;
}

/** Everything an authority's page shows. */
export interface AuthorityView {
  name: string;
  slug: string;
  /** DfE region ("North West"). */
  region: string;
  predecessors: string[];
  successors: string[];
  /** ISO date the authority ceased to exist, or null. */
  until: string | null;
  /** Every report held (inspections, focused visits, board reviews, papers), latest first, with its grades. */
  reports: AuthorityReport[];
  /** The graded inspections, oldest first, for the chart and its table. */
  history: GradePoint[];
  neighbours: NeighbourGrade[];
  /** The latest inspection's improvement items (or a later focused visit's), or null. */
  improvements: { report: ReportLink; heading: string; items: ReaderParagraph[] } | null;
  /** What the page leaves out or reads across (a predecessor's reports, no reports held): nothing silently. */
  notes: string[];
}

/** The areas the national table shows a column for. */
export const NATIONAL_AREAS: readonly AreaKey[] = ['overall', 'help-and-protection', 'children-in-care', 'care-leavers', 'leadership'];

export interface NationalOptions {
  /** ISO date: each authority's latest graded inspection as at that date; null for the latest of all. */
  asAt?: string | null;
  /** A DfE or Ofsted region; null for England. */
  region?: string | null;
}

/** One authority's row in the national table. */
export interface NationalRow {
  authority: string;
  slug: string;
  region: string;
  /** Its grade for each of {@link NATIONAL_AREAS}, cited; absent where it has none. */
  grades: Partial<Record<AreaKey, GradeRow>>;
}

export interface NationalView {
  asAt: string | null;
  region: string | null;
  rows: NationalRow[];
  /** The grade list's headline and notes for the overall grade: what was counted and what was not. */
  headline: string;
  notes: string[];
  /** Every region name a filter accepts. */
  regions: string[];
}

export interface GradeCountOptions {
  /** The area counted (default overall). */
  area?: AreaKey;
  region?: string | null;
  /** The day of each year counted at, "MM-DD" (default "03-31", as Ofsted's official statistics). */
  day?: string;
}

/** How many authorities held each grade at one date. */
export interface GradeCount {
  date: string;
  counts: Partial<Record<Grade, number>>;
  /** Authorities with a grade for the area at that date. */
  total: number;
}

/** A near match for a mistyped report id or authority, for a "not found" page. */
export interface ReaderSuggestion {
  /** "Bury 2025 ILACS" or "Bury". */
  text: string;
  /** The reader's path. */
  path: string;
}

/** What the home page says about the corpus. */
export interface ReaderCoverage {
  /** "All 153 English local authorities: 775 reports from 2013 to 2026 (…)". */
  summary: string;
  reports: number;
  authorities: number;
  /** The latest publication date of any report held. */
  latestPublished: string | null;
  /** The latest reports published, newest first. */
  latest: ReportLink[];
}

/** The web reader's read-only views of the loaded corpus. Never throws. */
export interface Reader {
  report(reportId: string): ReportView | null;
  /** By slug ("bury") or name ("Bury"); null for an authority the registry does not know. */
  authority(slugOrName: string): AuthorityView | null;
  national(options?: NationalOptions): NationalView;
  /** Year by year, how many authorities held each grade (src/query/grade-lists.ts counts each date). */
  gradeCounts(options?: GradeCountOptions): GradeCount[];
  /** Near matches for something that was not found (a report id or an authority's name). */
  suggest(text: string): ReaderSuggestion[];
  coverage(): ReaderCoverage;
}
