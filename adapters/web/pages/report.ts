/**
 * /reports/{reportId}: the report reader. A header (authority, kind, dates,
 * lead inspector), the judgement table, the improvement items linked to
 * their paragraphs, then every paragraph in order under its section heading,
 * each with id="p{label}" so that a citation link lands on it (and the CSS
 * :target rule highlights it, no script needed).
 */
import type { ReaderParagraph, ReportView } from '../../../src/index.ts';
import { authorityPath, readerPath } from '../../../src/index.ts';
import { gradeTag } from '../grade-tags.ts';
import { html, type Html, type Part } from '../html.ts';
import { page } from '../layout.ts';
import { dateText, inspectionDates, pdfLink, summaryList } from '../parts.ts';

function judgementTable(view: ReportView): Part {
  const rows = [...view.judgements, ...(view.lscb === null ? [] : [view.lscb])];
  if (rows.length === 0) return null;
  return html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Judgements</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Area</th><th scope="col" class="govuk-table__header">Grade</th></tr></thead>
  <tbody class="govuk-table__body">
    ${rows.map((j) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${j.area}</th><td class="govuk-table__cell">${gradeTag(j.gradeKey, j.grade)}</td></tr>`)}
  </tbody>
</table>`;
}

/** The first words of a paragraph, for a list of links to it. */
function opening(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

function improvementList(view: ReportView): Part {
  if (view.improvements.length === 0) return null;
  return html`<h2 class="govuk-heading-m" id="improvements">${view.improvementsHeading ?? 'What needs to improve'}</h2>
<ol class="govuk-list govuk-list--number">
  ${view.improvements.map((p) => html`<li><a class="govuk-link" href="#${p.anchor}">${p.citation}</a>: ${opening(p.text)}</li>`)}
</ol>`;
}

function paragraph(p: ReaderParagraph): Html {
  return html`<div class="app-paragraph" id="${p.anchor}">
  <p class="govuk-body"><a class="app-paragraph__label govuk-link" href="#${p.anchor}" aria-label="${`Paragraph ${p.citation.replace(/^¶/, '')}`}">${p.citation}</a><span class="app-paragraph__here">(linked) </span>${p.text}</p>
</div>`;
}

function contents(view: ReportView): Part {
  if (view.sections.length < 3) return null;
  return html`<nav aria-labelledby="contents-title">
  <h2 class="govuk-heading-s" id="contents-title">Contents</h2>
  <ol class="govuk-list govuk-list--number govuk-body-s">
    ${view.sections.map((s, i) => html`<li><a class="govuk-link" href="#section-${i + 1}">${s.heading === '' ? 'Untitled section' : s.heading}</a></li>`)}
  </ol>
</nav>`;
}

export function reportPage(view: ReportView): Html {
  const kind = view.themes.length > 0 ? `${view.kindLabel} on ${view.themes.join('; ')}` : view.kindLabel;
  const body = html`<span class="govuk-caption-l">${view.authority}</span>
<h1 class="govuk-heading-l">${view.citation}</h1>
${summaryList([
  ['Authority', html`<a class="govuk-link" href="${authorityPath(view.authority)}">${view.authority}</a>`],
  ['Kind', kind],
  ['Inspection dates', inspectionDates(view.inspectionStart, view.inspectionEnd)],
  ['Published', dateText(view.published)],
  ['Lead inspector', view.leadInspector],
  ['Original', pdfLink(view.url)],
])}
${judgementTable(view)}
${improvementList(view)}
${contents(view)}
${view.sections.map(
  (s, i) => html`<section aria-labelledby="section-${i + 1}">
  <h2 class="govuk-heading-m" id="section-${i + 1}">${s.heading === '' ? 'Untitled section' : s.heading}</h2>
  ${s.paragraphs.map(paragraph)}
</section>`,
)}
${view.otherReports.length > 0
  ? html`<h2 class="govuk-heading-m">Other reports for ${view.authority}</h2>
<ul class="govuk-list">${view.otherReports.map((r) => html`<li><a class="govuk-link" href="${readerPath(r.id)}">${r.citation}</a>${r.published === null ? '' : `, published ${dateText(r.published)}`}</li>`)}</ul>`
  : null}`;
  return page({
    title: view.citation,
    section: 'reports',
    body,
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: view.authority, href: authorityPath(view.authority) },
    ],
  });
}
