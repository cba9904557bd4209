/**
 * Plain-text rendering of a question-kind answer for the terminal: the
 * headline, the grades it cites, its visits one a line, its titled groups of
 * quoted paragraphs, and the notes. The words come from the shared view
 * (adapters/kind-view.ts); this only lays them out.
 */
import type { AskAnswer, KindAnswer } from '../../src/index.ts';
import { kindSections, offerLine, visitLine } from '../kind-view.ts';
import { formatGrades } from './format-grades.ts';
import { formatHit, type TextStyle } from './format-text.ts';

/** A kind answer with a body of its own (visits, sections), every row shown: a terminal scrolls. */
export function formatKind(answer: AskAnswer, kind: KindAnswer, style: TextStyle): string {
  const parts: string[] = [kind.headline];
  if (answer.grades !== undefined && answer.grades.rows.length > 0) {
    // The grades' own headline repeats the kind's; the rows and notes are what it adds.
    parts.push(formatGrades({ ...answer.grades, headline: 'Grades, each cited by the report that printed it:' }));
  }
  if ((kind.visits ?? []).length > 0) parts.push((kind.visits ?? []).map((v) => `  ${visitLine(v)}`).join('\n'));
  const sections = kindSections(kind);
  for (const section of sections) {
    parts.push([`${section.heading}:`, ...section.hits.map((hit, i) => formatHit(hit, i + 1, style, true))].join('\n\n'));
  }
  if (sections.length === 0 && answer.results.length > 0) {
    parts.push(answer.results.map((hit, i) => formatHit(hit, i + 1, style)).join('\n\n'));
    if (answer.total > answer.results.length) parts.push(`(${answer.total - answer.results.length} more: /more)`);
  }
  if (kind.notes.length > 0) parts.push(kind.notes.map((n) => `Note: ${n}`).join('\n'));
  if (answer.results.length === 0 && (answer.suggestions ?? []).length > 0) parts.push(['Try:', ...(answer.suggestions ?? []).map((s) => `  • ${s}`)].join('\n'));
  return parts.join('\n\n');
}

/** The offer under an answer: "Did you want …? Ask: “…”". */
export function formatOffer(answer: AskAnswer): string {
  return answer.offer === undefined ? '' : `\n\n${offerLine(answer.offer)} Ask: “${answer.offer.question}”`;
}
