/**
 * One report for the web reader: its header, judgement table, every
 * paragraph in reading order under its section heading (each with the anchor
 * a citation link lands on), and its improvement items.
 */
import { inspectionSummary, labelCitation, reportCitation, type CorpusContext } from '../query/context.ts';
import type { StoredParagraph, StoredReport } from '../search/index-file.ts';
import { authoritySlug, paragraphAnchor } from './anchor.ts';
import type { ReaderParagraph, ReaderSection, ReportLink, ReportView } from './types.ts';

export function readerParagraph(paragraph: StoredParagraph): ReaderParagraph {
  return {
    label: paragraph.label,
    anchor: paragraphAnchor(paragraph.label),
    citation: labelCitation(paragraph.label),
    number: paragraph.number,
    kind: paragraph.kind,
    section: paragraph.section,
    text: paragraph.text,
  };
}

export function reportLink(report: StoredReport): ReportLink {
  return { id: report.id, citation: reportCitation(report), published: report.published };
}

/** A report's paragraphs in reading order. */
export function paragraphsOf(context: CorpusContext, report: StoredReport): StoredParagraph[] {
  return context.paragraphs.slice(report.firstParagraph, report.firstParagraph + report.paragraphCount);
}

/** The paragraphs that are a report's improvement items (ILACS "What needs to improve?", SIF recommendations). */
export function isImprovementItem(paragraph: Pick<StoredParagraph, 'kind'>): boolean {
  return paragraph.kind === 'improvement' || paragraph.kind === 'recommendation';
}

/** Consecutive paragraphs under the same heading form one section. */
function sectionsOf(paragraphs: readonly ReaderParagraph[]): ReaderSection[] {
  const sections: ReaderSection[] = [];
  for (const paragraph of paragraphs) {
    const last = sections[sections.length - 1];
    if (last !== undefined && last.heading === paragraph.section) last.paragraphs.push(paragraph);
    else sections.push({ heading: paragraph.section, paragraphs: [paragraph] });
  }
  return sections;
}

/** The reader's view of report `reportId`, or null when the index has no such report. */
export function reportView(context: CorpusContext, reportId: string): ReportView | null {
  const report = context.reportsById.get(reportId);
  if (report === undefined) return null;
  const stored = paragraphsOf(context, report);
  const paragraphs = stored.map(readerParagraph);
  const improvements = paragraphs.filter(isImprovementItem);
  const summary = inspectionSummary(report);
  const { reportId: _id, overall: _overall, judgements: _areas, lscb, citation, ...basics } = summary;
  return {
    id: report.id,
    ...basics,
    citation,
    leadInspector: report.leadInspector,
    authoritySlug: authoritySlug(report.authority),
    judgements: report.judgements.map((j) => ({ ...j })),
    lscb,
    sections: sectionsOf(paragraphs),
    improvements,
    improvementsHeading: improvements[0]?.section ?? null,
    otherReports: (context.reportsByAuthority.get(report.authority) ?? []).filter((r) => r.id !== report.id).map(reportLink),
  };
}
