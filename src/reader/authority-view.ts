/**
 * One authority's page: every report held with its grades, the graded
 * inspections in date order for a chart, its statistical neighbours with
 * their latest grades (the grade-list core's answer), and its latest
 * improvement items.
 */
import type { GradeRow } from '../answer-types.ts';
import { AUTHORITIES, authorityByName, findAuthority, type Authority } from '../authorities.ts';
import { inspectionSummary, type CorpusContext } from '../query/context.ts';
import { neighboursOf } from '../query/grade-lists.ts';
import { isGradedInspection, rowsFor } from '../query/grades.ts';
import type { StoredReport } from '../search/index-file.ts';
import { authoritySlug } from './anchor.ts';
import { isImprovementItem, paragraphsOf, readerParagraph, reportLink } from './report-view.ts';
import type { AuthorityView, GradePoint, NeighbourGrade } from './types.ts';

const BY_SLUG = new Map(AUTHORITIES.map((a) => [a.slug, a]));

/** The registry's authority for a slug ("bury") or a name ("Bury", "BCP"). */
export function authorityFor(slugOrName: string): Authority | undefined {
  return BY_SLUG.get(slugOrName.toLowerCase()) ?? authorityByName(slugOrName) ?? findAuthority(slugOrName);
}

function gradePoint(report: StoredReport): GradePoint {
  const grades: GradePoint['grades'] = {};
  for (const j of report.judgements) {
    // The first judgement printed for an area is its grade (2012-2013 sub-judgements are "other").
    if (j.areaKey !== 'other' && grades[j.areaKey] === undefined) grades[j.areaKey] = { grade: j.gradeKey, label: j.grade };
  }
  const link = reportLink(report);
  return { reportId: link.id, citation: link.citation, date: report.inspectionStart ?? report.published ?? `${report.year}-01-01`, published: report.published, grades };
}

/** Each neighbour's latest overall grade as the grade-list core gives it (neighboursOf), cited. */
function neighbourGrades(context: CorpusContext, name: string): NeighbourGrade[] {
  const answer = neighboursOf(context, {
    intent: { kind: 'neighbours', grades: [], region: null, neighboursOf: name },
    authorities: [name],
    area: 'overall',
    year: null,
    range: null,
    topic: [],
  });
  const byAuthority = new Map<string, GradeRow[]>();
  for (const row of answer.rows) byAuthority.set(row.authority, [...(byAuthority.get(row.authority) ?? []), row]);
  return (answer.neighbours ?? []).map((n) => ({
    authority: n.authority,
    slug: authoritySlug(n.authority),
    closeness: n.closeness,
    rows: byAuthority.get(n.authority) ?? latest2026Rows(context, n.authority),
  }));
}

/** A 2026-framework inspection has no overall grade: its area grades stand instead, as grade answers show them (rowsFor). */
function latest2026Rows(context: CorpusContext, name: string): GradeRow[] {
  const latest = (context.reportsByAuthority.get(name) ?? []).find(isGradedInspection);
  return latest?.kind === 'ilacs-2026' ? rowsFor(latest, 'overall') : [];
}

/** The latest report with improvement items: the latest inspection, or a focused visit since. */
function latestImprovements(context: CorpusContext, reports: readonly StoredReport[]): AuthorityView['improvements'] {
  for (const report of reports) {
    if (report.kind === 'council-paper') continue;
    const items = paragraphsOf(context, report).filter(isImprovementItem).map(readerParagraph);
    if (items.length > 0) return { report: reportLink(report), heading: items[0]?.section ?? 'What needs to improve', items };
    // Only the latest inspection and the visits after it are "latest".
    if (isGradedInspection(report)) return null;
  }
  return null;
}

/** The authority's page, or null when the registry does not know it. */
export function authorityView(context: CorpusContext, slugOrName: string): AuthorityView | null {
  const authority = authorityFor(slugOrName);
  if (authority === undefined) return null;
  const name = authority.name;
  const reports = context.reportsByAuthority.get(name) ?? [];
  const notes: string[] = [];
  if (reports.length === 0) notes.push(`This index holds no reports for ${name}.`);
  for (const p of authority.predecessors) {
    const held = context.reportsByAuthority.get(p)?.length ?? 0;
    if (held > 0) notes.push(`${name} took over ${p}'s children's services: ${p}'s ${held} report${held === 1 ? ' is' : 's are'} on its own page.`);
  }
  if (authority.until !== null) {
    notes.push(`${name} ceased to exist on ${authority.until}${authority.successors.length > 0 ? `; its children's services passed to ${authority.successors.join(' and ')}` : ''}.`);
  }
  return {
    name,
    slug: authority.slug,
    region: authority.region,
    predecessors: [...authority.predecessors],
    successors: [...authority.successors],
    until: authority.until,
    reports: reports.map((r) => ({ ...inspectionSummary(r), overallGrade: r.judgements.find((j) => j.areaKey === 'overall')?.gradeKey ?? null })),
    history: reports.filter(isGradedInspection).map(gradePoint).reverse(),
    neighbours: neighbourGrades(context, name),
    improvements: latestImprovements(context, reports),
    notes,
  };
}
