/**
 * An `ask` answer as HTML: the same answer the chat platforms give, laid
 * out for the page. Each quote's citation links into the reader at its
 * paragraph; grade rows link to the authority and the report; a kind answer
 * shows its visits and titled groups. Words shared with the other platforms
 * come from adapters/kind-view.ts and the core's answerPreface.
 */
import type { AskAnswer, GradeAnswer, GradeRow, Hit, KindAnswer, Span, VisitRow } from '../../src/index.ts';
import { answerPreface, authorityPath, readerPath } from '../../src/index.ts';
import { kindBody, kindSections, visitDetail } from '../kind-view.ts';
import { gradeTag } from './grade-tags.ts';
import { html, type Html, type Part } from './html.ts';
import { dateText, notesList, scrollTable } from './parts.ts';

/** `text` with each matched span in a <mark> (all escaped). */
export function highlighted(text: string, spans: readonly Span[]): Html {
  const parts: Part[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    parts.push(text.slice(at, span.start), html`<mark>${text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

function when(hit: Pick<Hit, 'published' | 'inspectionStart' | 'year'>): string {
  if (hit.published !== null) return `published ${dateText(hit.published)}`;
  if (hit.inspectionStart !== null) return `inspection began ${dateText(hit.inspectionStart)}`;
  return String(hit.year);
}

/** One cited paragraph: the quote, then its citation linking into the reader. */
export function hitHtml(hit: Hit, whole = false): Html {
  const body = whole ? highlighted(hit.text, hit.textSpans) : highlighted(hit.quote, hit.quoteSpans);
  return html`<div class="app-result">
  <blockquote class="app-quote govuk-body">${body}</blockquote>
  <p class="govuk-body-s"><a class="govuk-link" href="${readerPath(hit.reportId, hit.label)}">${hit.citation}</a> · ${when(hit)}${hit.section.trim() === '' ? '' : html` · <span>${hit.section}</span>`}</p>
</div>`;
}

function gradeCell(row: GradeRow, showArea: boolean): Html {
  return html`${showArea ? html`<span class="govuk-body-s">${row.areaLabel}: </span>` : null}${gradeTag(row.grade, row.gradeLabel)}`;
}

/** A grade answer's rows as a table, each cited by its report. */
export function gradesHtml(grades: GradeAnswer): Html {
  const showArea = (row: GradeRow): boolean => row.area !== grades.area || grades.area !== 'overall';
  const closeness = new Map((grades.neighbours ?? []).map((n) => [n.authority, n.closeness]));
  const missing = (grades.neighbours ?? []).filter((n) => !grades.rows.some((r) => r.authority === n.authority));
  const table = html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Grades, each cited by the report that printed it</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Authority</th>
    ${grades.kind === 'neighbours' ? html`<th scope="col" class="govuk-table__header">Closeness</th>` : null}
    <th scope="col" class="govuk-table__header">Grade</th>
    <th scope="col" class="govuk-table__header">Report</th>
    <th scope="col" class="govuk-table__header">Published</th>
  </tr></thead>
  <tbody class="govuk-table__body">
    ${grades.rows.map(
      (row) => html`<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header"><a class="govuk-link" href="${authorityPath(row.authority)}">${row.authority}</a></th>
      ${grades.kind === 'neighbours' ? html`<td class="govuk-table__cell">${closeness.get(row.authority) ?? ''}</td>` : null}
      <td class="govuk-table__cell">${gradeCell(row, showArea(row))}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="${readerPath(row.reportId)}">${row.citation}</a></td>
      <td class="govuk-table__cell app-nowrap">${dateText(row.published)}</td>
    </tr>`,
    )}
    ${missing.map(
      (n) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header"><a class="govuk-link" href="${authorityPath(n.authority)}">${n.authority}</a></th><td class="govuk-table__cell">${n.closeness}</td><td class="govuk-table__cell" colspan="3">No graded report in this index</td></tr>`,
    )}
  </tbody>
</table>`;
  return html`<p class="govuk-body govuk-!-font-weight-bold">${grades.headline}</p>
${grades.rows.length > 0 || missing.length > 0 ? scrollTable(table, 'Grades') : null}
${(grades.trends ?? []).map((t) => html`<p class="govuk-body">Trend: ${t.text}</p>`)}
${notesList(grades.notes)}`;
}

function visitsHtml(visits: readonly VisitRow[]): Part {
  if (visits.length === 0) return null;
  return html`<ul class="govuk-list govuk-list--spaced">
  ${visits.map((v) => html`<li><a class="govuk-link" href="${readerPath(v.reportId)}">${v.citation}</a> — ${visitDetail(v)}</li>`)}
</ul>`;
}

function kindHtml(answer: AskAnswer, kind: KindAnswer): Html {
  const sections = kindSections(kind);
  return html`<p class="govuk-body govuk-!-font-weight-bold">${kind.headline}</p>
${answer.grades !== undefined && answer.grades.rows.length > 0 ? gradesHtml({ ...answer.grades, headline: 'Grades:' }) : null}
${visitsHtml(kind.visits ?? [])}
${sections.map((s) => html`<h3 class="govuk-heading-s">${s.heading}</h3>${s.hits.map((h) => hitHtml(h, true))}`)}
${sections.length === 0 ? answer.results.map((h) => hitHtml(h)) : null}
${notesList(kind.notes)}`;
}

function suggestionsHtml(answer: AskAnswer): Part {
  const suggestions = answer.suggestions ?? [];
  if (suggestions.length === 0) return null;
  return html`<p class="govuk-body">Try:</p>
<ul class="govuk-list govuk-list--bullet">${suggestions.map((s) => html`<li><a class="govuk-link" href="/search?q=${encodeURIComponent(s)}">${s}</a></li>`)}</ul>`;
}

/** The whole answer: its preface line, its body (a kind's, grades, or quotes), any message, suggestions and offer. */
export function answerHtml(answer: AskAnswer): Html {
  const preface = answerPreface(answer);
  const kind = kindBody(answer);
  let body: Part;
  if (kind !== null) body = kindHtml(answer, kind);
  else if (answer.grades !== undefined) body = html`${gradesHtml(answer.grades)}${answer.results.map((h) => hitHtml(h))}`;
  else body = answer.results.map((h) => hitHtml(h));
  return html`${preface === null ? null : html`<div class="govuk-inset-text">${preface}</div>`}
${answer.message === undefined ? null : html`<p class="govuk-body">${answer.message}</p>`}
${body}
${answer.results.length === 0 ? suggestionsHtml(answer) : null}
${answer.offer === undefined ? null : html`<p class="govuk-body">${answer.offer.text} <a class="govuk-link" href="/search?q=${encodeURIComponent(answer.offer.question)}">Ask “${answer.offer.question}”</a></p>`}`;
}
