/**
 * /authorities/{slug}: every report held with its grades, a chart of the
 * overall grade over time with the same data as a table, the statistical
 * neighbours with their latest grades, and the latest improvement items.
 */
import type { AreaKey, AuthorityReport, AuthorityView, GradePoint } from '../../../src/index.ts';
import { AREA_LABELS, NATIONAL_AREAS, authorityPath, readerPath } from '../../../src/index.ts';
import { gradeTimeline } from '../charts.ts';
import { gradeTag } from '../grade-tags.ts';
import { html, type Html, type Part } from '../html.ts';
import { page } from '../layout.ts';
import { dateText, inspectionDates, notesList, scrollTable } from '../parts.ts';

function pointCell(point: GradePoint, area: AreaKey): Html {
  // The 2018-2022 ILACS graded children in care and care leavers together: that grade answers for both.
  const grade = point.grades[area] ?? (area === 'children-in-care' || area === 'care-leavers' ? point.grades['children-in-care-and-care-leavers'] : undefined);
  return html`<td class="govuk-table__cell">${grade === undefined ? html`<span class="govuk-body-s">Not graded</span>` : gradeTag(grade.grade, grade.label)}</td>`;
}

function historySection(view: AuthorityView): Part {
  if (view.history.length === 0) return html`<p class="govuk-body">No graded inspection of ${view.name} is held.</p>`;
  const points = view.history.flatMap((p) => {
    const overall = p.grades.overall;
    return overall === undefined ? [] : [{ date: p.date, grade: overall.grade, label: p.date.slice(0, 4) }];
  });
  const without = view.history.filter((p) => p.grades.overall === undefined);
  const description =
    points.length === 0
      ? `No overall grade to chart.`
      : `Overall effectiveness at each graded inspection: ${view.history
          .filter((p) => p.grades.overall !== undefined)
          .map((p) => `${p.date.slice(0, 4)} ${p.grades.overall?.label ?? ''}`)
          .join('; ')}.`;
  const table = html`<table class="govuk-table govuk-table--small-text-until-tablet">
  <caption class="govuk-table__caption govuk-table__caption--s">Grades at each graded inspection, oldest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Inspection</th>
    <th scope="col" class="govuk-table__header">Began</th>
    ${NATIONAL_AREAS.map((a) => html`<th scope="col" class="govuk-table__header">${AREA_LABELS[a]}</th>`)}
  </tr></thead>
  <tbody class="govuk-table__body">
    ${view.history.map(
      (p) => html`<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header"><a class="govuk-link" href="${readerPath(p.reportId)}">${p.citation}</a></th>
      <td class="govuk-table__cell app-nowrap">${dateText(p.date)}</td>
      ${NATIONAL_AREAS.map((a) => pointCell(p, a))}
    </tr>`,
    )}
  </tbody>
</table>`;
  return html`${points.length > 0 ? gradeTimeline(points, { id: 'grades-chart', title: `${view.name}: overall effectiveness over time`, description }) : null}
${without.length > 0 ? html`<p class="govuk-body-s">Not on the chart: ${without.map((p) => p.citation).join(', ')} (no overall grade; under the 2026 framework areas are graded without one). The table shows its area grades.</p>` : null}
${scrollTable(table, 'Grades over time')}`;
}

function reportGrade(r: AuthorityReport): Part {
  if (r.overall !== null && r.overallGrade !== null) return gradeTag(r.overallGrade, r.overall);
  if (r.judgements.length > 0) return html`${r.judgements.map((j) => html`<span class="govuk-body-s">${j.area}: </span>${gradeTag(j.gradeKey, j.grade)} `)}`;
  return html`<span class="govuk-body-s">${r.kind === 'focused-visit' ? 'Not graded (focused visit)' : 'No grades'}</span>`;
}

function reportsTable(view: AuthorityView): Part {
  if (view.reports.length === 0) return null;
  const table = html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Every report held, latest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Report</th>
    <th scope="col" class="govuk-table__header">Inspected</th>
    <th scope="col" class="govuk-table__header">Published</th>
    <th scope="col" class="govuk-table__header">Overall grade</th>
  </tr></thead>
  <tbody class="govuk-table__body">
    ${view.reports.map(
      (r) => html`<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header"><a class="govuk-link" href="${readerPath(r.reportId)}">${r.citation}</a>${r.themes.length > 0 ? html`<br><span class="govuk-body-s">On ${r.themes.join('; ')}</span>` : null}</th>
      <td class="govuk-table__cell">${inspectionDates(r.inspectionStart, r.inspectionEnd)}</td>
      <td class="govuk-table__cell app-nowrap">${dateText(r.published)}</td>
      <td class="govuk-table__cell">${reportGrade(r)}</td>
    </tr>`,
    )}
  </tbody>
</table>`;
  return scrollTable(table, 'Inspections and focused visits');
}

function neighboursTable(view: AuthorityView): Part {
  if (view.neighbours.length === 0) return html`<p class="govuk-body">No statistical neighbours are listed for ${view.name}.</p>`;
  const table = html`<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Each neighbour’s latest overall grade</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Neighbour</th>
    <th scope="col" class="govuk-table__header">Closeness</th>
    <th scope="col" class="govuk-table__header">Latest grade</th>
    <th scope="col" class="govuk-table__header">Report</th>
  </tr></thead>
  <tbody class="govuk-table__body">
    ${view.neighbours.map((n) => {
      const first = n.rows[0];
      return html`<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header"><a class="govuk-link" href="${authorityPath(n.authority)}">${n.authority}</a></th>
      <td class="govuk-table__cell">${n.closeness}</td>
      <td class="govuk-table__cell">${n.rows.length === 0 ? 'No graded report held' : n.rows.map((r) => html`${r.area === 'overall' ? null : html`<span class="govuk-body-s">${AREA_LABELS[r.area]}: </span>`}${gradeTag(r.grade, r.gradeLabel)} `)}</td>
      <td class="govuk-table__cell">${first === undefined ? '' : html`<a class="govuk-link" href="${readerPath(first.reportId)}">${first.citation}</a>`}</td>
    </tr>`;
    })}
  </tbody>
</table>`;
  return html`${scrollTable(table, 'Statistical neighbours')}<p class="govuk-body-s">Statistical neighbours are the Department for Education’s, closest first.</p>`;
}

function improvementsSection(view: AuthorityView): Part {
  const latest = view.improvements;
  if (latest === null) return html`<p class="govuk-body">No list of improvements is held for the latest inspection.</p>`;
  return html`<p class="govuk-body">From <a class="govuk-link" href="${readerPath(latest.report.id)}">${latest.report.citation}</a> (${latest.heading}):</p>
<ol class="govuk-list govuk-list--number">
  ${latest.items.map((item) => html`<li>${item.text} <a class="govuk-link govuk-body-s" href="${readerPath(latest.report.id, item.label)}">${item.citation}<span class="govuk-visually-hidden"> in ${latest.report.citation}</span></a></li>`)}
</ol>`;
}

export function authorityPage(view: AuthorityView): Html {
  const body = html`<span class="govuk-caption-l">${view.region}</span>
<h1 class="govuk-heading-l">${view.name}</h1>
${view.notes.length > 0 ? html`<div class="govuk-inset-text">${notesList(view.notes)}</div>` : null}
${view.predecessors.length > 0 ? html`<p class="govuk-body">Took over from: ${view.predecessors.map((p, i) => html`${i > 0 ? ', ' : ''}<a class="govuk-link" href="${authorityPath(p)}">${p}</a>`)}.</p>` : null}
${view.successors.length > 0 ? html`<p class="govuk-body">Succeeded by: ${view.successors.map((p, i) => html`${i > 0 ? ', ' : ''}<a class="govuk-link" href="${authorityPath(p)}">${p}</a>`)}.</p>` : null}
<h2 class="govuk-heading-m">Grades over time</h2>
${historySection(view)}
<h2 class="govuk-heading-m">Inspections and focused visits</h2>
${reportsTable(view)}
<h2 class="govuk-heading-m">Statistical neighbours’ latest grades</h2>
${neighboursTable(view)}
<h2 class="govuk-heading-m">Latest improvement items</h2>
${improvementsSection(view)}`;
  return page({ title: view.name, section: 'authorities', body, breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'National picture', href: '/national' }] });
}
