/**
 * What an alert about a newly published report says, the same for every
 * platform: the authority, the kind of report (with a focused visit's
 * themes), its dates, its grades and how each changed since the authority's
 * previous graded inspection, its "What needs to improve" items (or areas
 * for priority action, or recommendations), and, where the channel follows
 * topic words, up to three cited paragraphs of the report matching them.
 * Everything quoted is the report's own text, cited as answers are.
 * Adapters only render it (Block Kit, embeds).
 */
import type { Hit, Span } from '../answer-types.ts';
import { lineage } from '../authorities.ts';
import { REPORT_KIND_LABELS, type AreaKey, type Grade, type ReportKind } from '../model.ts';
import { coversArea, GRADES_UNREAD, makeHit, reportCitation, type CorpusContext } from '../query/context.ts';
import { retrieve, termsOf } from '../query/retrieve.ts';
import { improvementItems } from '../query/judgements.ts';
import { queryTerms, termPositions } from '../search/pipeline.ts';
import type { StoredReport } from '../search/index-file.ts';

/** How a grade moved since the previous inspection. */
export type GradeChange = 'up' | 'down' | 'same' | 'new';

export interface AlertGrade {
  area: string;
  areaKey: AreaKey;
  grade: string;
  /** The previous inspection's grade for the same area, or null when it had none. */
  previous: string | null;
  change: GradeChange;
}

/** Everything an alert shows about one report (JSON-safe: it is kept in the outbox). */
export interface ReportAlert {
  reportId: string;
  authority: string;
  kind: ReportKind;
  kindLabel: string;
  /** A focused visit's themes, as printed. */
  themes: string[];
  /** "Bury 2025 ILACS" */
  citation: string;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  published: string | null;
  /** The report on Ofsted's site, when known. */
  url: string | null;
  grades: AlertGrade[];
  /** Where the report's judgement table could not be read: what to say instead of its grades. */
  gradesUnread?: string;
  /** The inspection the grades are compared with. */
  previous: { reportId: string; citation: string } | null;
  /** Heading of the improvement list as printed ("What needs to improve?", "Areas for priority action"). */
  improvementHeading: string | null;
  improvements: Hit[];
  /** The topic words excerpts were chosen for ('' for none). */
  topics: string;
  /** Up to three paragraphs of the report matching the topic words, best first. */
  excerpts: Hit[];
}

/** Most excerpts quoted for a follow's topic words. */
export const MAX_EXCERPTS = 3;

const RANK: Partial<Record<Grade, number>> = { outstanding: 4, good: 3, adequate: 2, 'requires-improvement': 2, inadequate: 1 };

/** Kinds that carry grades to compare with. */
const GRADED: ReadonlySet<ReportKind> = new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']);

function change(grade: Grade, previous: Grade | null): GradeChange {
  if (previous === null) return 'new';
  const now = RANK[grade];
  const before = RANK[previous];
  if (now === undefined || before === undefined || now === before) return now === before ? 'same' : 'new';
  return now > before ? 'up' : 'down';
}

function startOf(report: StoredReport): string {
  return report.inspectionStart ?? report.published ?? '';
}

/** The authority's (and its predecessors') graded inspection just before `report`. */
function previousInspection(context: CorpusContext, report: StoredReport): StoredReport | undefined {
  const candidates = lineage(report.authority)
    .flatMap((name) => context.reportsByAuthority.get(name) ?? [])
    .filter((r) => r.id !== report.id && GRADED.has(r.kind) && r.judgements.length > 0 && startOf(r) < startOf(report));
  return candidates.sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
}

function grades(report: StoredReport, previous: StoredReport | undefined): AlertGrade[] {
  return report.judgements.map((j) => {
    const before =
      previous === undefined || j.areaKey === 'other'
        ? undefined
        : (previous.judgements.find((p) => p.areaKey === j.areaKey) ??
          previous.judgements.find((p) => coversArea(p.areaKey, j.areaKey)));
    return {
      area: j.area,
      areaKey: j.areaKey,
      grade: j.grade,
      previous: before?.grade ?? null,
      change: before === undefined ? 'new' : change(j.gradeKey, before.gradeKey),
    };
  });
}

function excerpts(context: CorpusContext, report: StoredReport, topics: string): Hit[] {
  const terms = queryTerms(topics.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w !== ''));
  if (terms.length === 0) return [];
  const first = report.firstParagraph;
  const inReport = (ref: number): boolean => ref >= first && ref < first + report.paragraphCount;
  const found = retrieve(context, terms, inReport).sort((a, b) => b.score - a.score || a.ref - b.ref);
  const hits: Hit[] = [];
  for (const candidate of found.slice(0, MAX_EXCERPTS)) {
    const wanted = new Set(termsOf(terms, candidate.mask).map((t) => t.term));
    const text = context.paragraphs[candidate.ref]?.text ?? '';
    const spans: Span[] = termPositions(text)
      .filter((t) => wanted.has(t.term))
      .map((t) => ({ start: t.start, end: t.start + t.length }));
    const hit = makeHit(context, candidate.ref, spans, Math.round(candidate.score * 1000) / 1000);
    if (hit !== undefined) hits.push(hit);
  }
  return hits;
}

/** The alert for report `reportId`, with excerpts for `topics`; undefined when the index has no such report. */
export function composeAlert(context: CorpusContext, reportId: string, topics = ''): ReportAlert | undefined {
  const report = context.reportsById.get(reportId);
  if (report === undefined) return undefined;
  const previous = GRADED.has(report.kind) ? previousInspection(context, report) : undefined;
  const improvements = improvementItems(context, report);
  return {
    reportId: report.id,
    authority: report.authority,
    kind: report.kind,
    kindLabel: REPORT_KIND_LABELS[report.kind],
    themes: [...report.themes],
    citation: reportCitation(report),
    inspectionStart: report.inspectionStart,
    inspectionEnd: report.inspectionEnd,
    published: report.published,
    url: report.url ?? null,
    grades: grades(report, previous),
    ...(report.gradesUnread === undefined ? {} : { gradesUnread: GRADES_UNREAD }),
    previous: previous === undefined ? null : { reportId: previous.id, citation: reportCitation(previous) },
    improvementHeading: improvements[0]?.section ?? null,
    improvements,
    topics: topics.trim(),
    excerpts: topics.trim() === '' ? [] : excerpts(context, report, topics),
  };
}
