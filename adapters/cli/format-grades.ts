/**
 * Plain-text rendering of a grade answer (latest, history, lists, counts,
 * neighbours, comparisons): the headline, one line per cited grade, the
 * trend, the notes saying what was not counted, and a comparison's paragraphs.
 */
import type { AskAnswer, GradeAnswer, GradeRow } from '../../src/index.ts';
import { formatHit, type TextStyle } from './format-text.ts';
import { links } from '../citation-links.ts';

function rowLine(row: GradeRow, showArea: boolean): string {
  const area = showArea ? `${row.areaLabel}: ` : '';
  const published = row.published === null ? 'publication date not printed' : `published ${row.published}`;
  const page = links().authority(row.authority);
  return `  ${row.authority} — ${area}${row.gradeLabel} — ${row.citation}, ${published} [${row.reportId}]${page === null ? '' : ` ${page}`}`;
}

/** The grade part of an answer as lines of text. */
export function formatGrades(grades: GradeAnswer): string {
  const lines = [grades.headline];
  const showArea = (row: GradeRow): boolean => row.area !== grades.area || grades.area !== 'overall';
  if (grades.kind === 'neighbours' && grades.neighbours !== undefined) {
    grades.neighbours.forEach((n, i) => {
      const row = grades.rows.find((r) => r.authority === n.authority);
      lines.push(
        row === undefined ? `  ${i + 1}. ${n.authority} (${n.closeness}) — no report in this index` : `  ${i + 1}. ${n.authority} (${n.closeness})${rowLine(row, showArea(row)).replace(`  ${row.authority}`, '')}`,
      );
    });
  } else {
    for (const row of grades.rows) lines.push(rowLine(row, showArea(row)));
  }
  for (const trend of grades.trends ?? []) lines.push(`Trend: ${trend.text}`);
  for (const note of grades.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

/** A whole grade answer: what was carried over, the grades, and a comparison's paragraphs. */
export function formatGradeAnswer(answer: AskAnswer, style: TextStyle): string {
  const parts: string[] = [];
  if (answer.grades !== undefined) parts.push(formatGrades(answer.grades));
  answer.results.forEach((hit, i) => parts.push(formatHit(hit, i + 1, style)));
  return parts.join('\n\n');
}

/** The JSON a grade answer adds beside `results` (`npm run ask -- --json`). */
export function gradesJson(grades: GradeAnswer): Record<string, unknown> {
  return {
    grades: grades.rows.map((r) => ({ authority: r.authority, reportId: r.reportId, kind: r.kind, published: r.published, area: r.area, grade: r.grade })),
    ...(grades.kind === 'count' ? { count: grades.count } : {}),
    ...(grades.neighbours !== undefined ? { neighbours: grades.neighbours.map((n) => ({ authority: n.authority, closeness: n.closeness })) } : {}),
    gradeQuestion: { kind: grades.kind, area: grades.area, headline: grades.headline, trends: (grades.trends ?? []).map((t) => t.text), notes: grades.notes },
  };
}
