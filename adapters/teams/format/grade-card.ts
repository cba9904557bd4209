/**
 * The card for a grade answer (latest, history, lists, counts, neighbours,
 * comparisons) and for a question-kind answer with a body of its own (lists
 * of visits, overviews, improvement lists…): the headline, one line per
 * authority or inspection with its grade and the report that printed it,
 * the trend and notes, the kind's titled groups of paragraphs, and the
 * paragraphs. Long lists show a first page and "Show all N": never cut
 * silently. The words of kind answers come from the shared view (kind-view.ts).
 */
import type { AskAnswer, GradeAnswer, GradeRow, KindAnswer } from '../../../src/index.ts';
import { answerPreface } from '../../../src/index.ts';
import { kindSections, longDate, shownLine, visitDetail, visitsShown, visitTitle } from '../../kind-view.ts';
import { feedbackActions, hitElements, offerParts } from './answer-card.ts';
import { card, container, submit, subtle, text, type Action, type Attachment, type Element } from './card.ts';
import { cardLink, escapeCardText } from './text.ts';
import { links } from '../../citation-links.ts';

/** Rows shown before "Show all". */
export const FIRST_PAGE_ROWS = 10;

function published(row: GradeRow): string {
  const date = longDate(row.published);
  return date === null ? 'publication date not printed' : `published ${date}`;
}

/** One row: who (or which inspection), the grade in bold, and the report it comes from. */
function rowLine(row: GradeRow, grades: GradeAnswer, closeness?: string): string {
  const title = grades.kind === 'history' ? row.citation : row.authority;
  const area = row.area !== grades.area || grades.area !== 'overall' ? `${row.areaLabel}: ` : '';
  const near = closeness === undefined ? '' : ` (${closeness})`;
  // A history row is one report: it links to the report; any other row to the authority's page (with PUBLIC_URL).
  const link = grades.kind === 'history' ? links().report(row.reportId, null) : links().authority(row.authority);
  return `**${cardLink(link, escapeCardText(title))}**${escapeCardText(near)} — ${escapeCardText(area)}**${escapeCardText(row.gradeLabel)}** · _${escapeCardText(`${row.citation} · ${published(row)}`)}_`;
}

/** The lines of a grade table, in the answer's order (neighbours closest first, with those without a report). */
export function gradeLines(grades: GradeAnswer): string[] {
  if (grades.kind === 'neighbours' && grades.neighbours !== undefined) {
    return grades.neighbours.map((n) => {
      const row = grades.rows.find((r) => r.authority === n.authority);
      return row === undefined ? `**${escapeCardText(n.authority)}** (${escapeCardText(n.closeness)}) — _no report in this index_` : rowLine(row, grades, n.closeness);
    });
  }
  return grades.rows.map((row) => rowLine(row, grades));
}

export interface GradeCardOptions {
  key: string;
  offerKey: string | null;
  note: string | null;
  /** Every row (after "Show all"). */
  all: boolean;
}

function heading(answer: AskAnswer, headline: string, note: string | null): Element[] {
  const body: Element[] = [text(`**“${escapeCardText(answer.question.trim())}”**`, { size: 'Medium' }), text(escapeCardText(headline))];
  const preface = answerPreface(answer);
  if (preface !== null) body.push(subtle(`_${escapeCardText(preface)}_`));
  if (note !== null) body.push(subtle(escapeCardText(note)));
  return body;
}

/** Lines as one text block per ten, so a long list stays within a card's limits. */
function lineBlocks(lines: readonly string[]): Element[] {
  const blocks: Element[] = [];
  for (let i = 0; i < lines.length; i += 10) blocks.push(text(lines.slice(i, i + 10).join('\n\n'), { spacing: 'Small' }));
  return blocks;
}

function closing(answer: AskAnswer, body: Element[], options: GradeCardOptions, cut: boolean, total: number, more: Action[] = []): Attachment {
  const offer = offerParts(answer, options.offerKey);
  body.push(...offer.line);
  const actions: Action[] = [...(cut ? [submit(`Show all ${total}`, { ofsted: 'all', key: options.key })] : []), ...more, ...offer.action, ...feedbackActions(options.key)];
  return card(body, actions);
}

/** The card for a grade answer. */
export function gradeCard(answer: AskAnswer, options: GradeCardOptions): Attachment {
  const grades = answer.grades as GradeAnswer;
  const body = heading(answer, grades.headline, options.note);
  const lines = gradeLines(grades);
  const shown = options.all ? lines : lines.slice(0, FIRST_PAGE_ROWS);
  body.push(...lineBlocks(shown));
  if (lines.length > 0) body.push(subtle('Each grade is cited by the report that printed it: authority, report and publication date.'));
  const line = shownLine(shown.length, lines.length);
  if (line !== null) body.push(subtle(line));
  for (const trend of grades.trends ?? []) body.push(subtle(`**Trend** ${escapeCardText(trend.text)}`));
  for (const note of grades.notes) body.push(subtle(escapeCardText(note)));
  for (const hit of answer.results) body.push(...hitElements(hit));
  return closing(answer, body, options, shown.length < lines.length, lines.length);
}

/** The card for a kind answer with a body of its own. */
export function kindCard(answer: AskAnswer, kind: KindAnswer, options: GradeCardOptions & { offset: number }): Attachment {
  const body = heading(answer, kind.headline, options.note);
  let cut = false;
  let total = 0;
  if (answer.grades !== undefined && answer.grades.rows.length > 0) {
    const lines = gradeLines(answer.grades);
    const shown = options.all ? lines : lines.slice(0, FIRST_PAGE_ROWS);
    cut ||= shown.length < lines.length;
    total = Math.max(total, lines.length);
    body.push(...lineBlocks(shown), subtle('Each grade is cited by the report that printed it: authority, report and publication date.'));
    const line = shownLine(shown.length, lines.length);
    if (line !== null) body.push(subtle(line));
  }
  const visits = visitsShown(kind, options.all);
  if (visits.shown.length > 0) {
    body.push(
      ...lineBlocks(
        visits.shown.map((v) => {
          const title = escapeCardText(visitTitle(v));
          return `**${cardLink(links().report(v.reportId, v.url), title)}** — ${escapeCardText(visitDetail(v))} · _${escapeCardText(v.citation)}_`;
        }),
      ),
    );
    const line = shownLine(visits.shown.length, visits.total);
    cut ||= line !== null;
    total = Math.max(total, visits.total);
    if (line !== null) body.push(subtle(line));
  }
  const sections = kindSections(kind);
  for (const group of sections) {
    body.push(container([text(`**${escapeCardText(group.heading)}**`)], { separator: true }));
    for (const hit of group.hits) body.push(...hitElements(hit));
  }
  if (sections.length === 0) for (const hit of answer.results) body.push(...hitElements(hit));
  for (const note of kind.notes) body.push(subtle(escapeCardText(note)));
  if (answer.results.length === 0 && (answer.suggestions ?? []).length > 0) {
    body.push(subtle(`**Try:** ${(answer.suggestions ?? []).slice(0, 6).map((s) => `“${escapeCardText(s)}”`).join(' · ')}`));
  }
  const next = options.offset + answer.results.length;
  const more = sections.length === 0 && answer.total > next ? [submit('More results', { ofsted: 'more', key: options.key, offset: next })] : [];
  return closing(answer, body, options, cut, total, more);
}
