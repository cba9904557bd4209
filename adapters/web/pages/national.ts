/**
 * /national: every authority's latest grades as at a date (the grade-list
 * core counts them, as a chat answer to "as at 31 March 2025" does), filtered
 * by region, area and grade, sorted by any column through links (no script),
 * and a chart of how many authorities held each grade, year by year, with
 * the same counts as a table.
 */
import type { AreaKey, Corpus, Grade, GradeCount, NationalRow, NationalView } from '../../../src/index.ts';
import { AREA_LABELS, GRADE_RANK, NATIONAL_AREAS, authorityPath, readerPath } from '../../../src/index.ts';
import { gradeColumns, STACK_ORDER } from '../charts.ts';
import { GRADE_NAMES, gradeTag } from '../grade-tags.ts';
import { html, type Html, type Part } from '../html.ts';
import { page } from '../layout.ts';
import { dateText, errorSummary, notesList, scrollTable } from '../parts.ts';

/** The grades the filter offers. */
const FILTER_GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'];
const SORTS = ['authority', 'region', 'published', ...NATIONAL_AREAS] as const;
type SortKey = (typeof SORTS)[number];
/** The day of the year the chart counts at: Ofsted's official statistics are as at 31 March. */
const CHART_DAY = '03-31';

export interface NationalParams {
  asAt: string | null;
  region: string | null;
  area: string | null;
  grade: string | null;
  sort: string | null;
  dir: string | null;
}

interface Choices {
  asAt: string | null;
  region: string | null;
  area: AreaKey;
  grade: Grade | null;
  sort: SortKey;
  dir: 'asc' | 'desc';
  errors: Array<{ field: string; message: string }>;
}

/** Whether `iso` is a real calendar date (2025-02-30 is not). */
function realDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function readChoices(params: NationalParams, regions: readonly string[], today: string): Choices {
  const errors: Choices['errors'] = [];
  let asAt: string | null = null;
  const typed = (params.asAt ?? '').trim();
  if (typed !== '') {
    if (!/^\d{4}-\d\d-\d\d$/.test(typed) || !realDate(typed)) errors.push({ field: 'asAt', message: 'Enter the “as at” date as a real date, for example 2025-03-31' });
    else if (typed < '2012-01-01' || typed > today) errors.push({ field: 'asAt', message: `The “as at” date must be between 1 January 2012 and today (${dateText(today)})` });
    else asAt = typed;
  }
  const regionTyped = (params.region ?? '').trim();
  const region = regionTyped === '' ? null : (regions.find((r) => r === regionTyped) ?? null);
  if (regionTyped !== '' && region === null) errors.push({ field: 'region', message: 'Choose a region from the list' });
  const area = (NATIONAL_AREAS as readonly string[]).includes(params.area ?? '') ? (params.area as AreaKey) : 'overall';
  const grade = (FILTER_GRADES as readonly string[]).includes(params.grade ?? '') ? (params.grade as Grade) : null;
  const sort = (SORTS as readonly string[]).includes(params.sort ?? '') ? (params.sort as SortKey) : 'authority';
  const dir = params.dir === 'desc' ? 'desc' : 'asc';
  return { asAt, region, area, grade, sort, dir, errors };
}

function compare(sort: SortKey): (a: NationalRow, b: NationalRow) => number {
  if (sort === 'authority') return (a, b) => a.authority.localeCompare(b.authority);
  if (sort === 'region') return (a, b) => a.region.localeCompare(b.region) || a.authority.localeCompare(b.authority);
  if (sort === 'published') return (a, b) => (a.grades.overall?.published ?? '').localeCompare(b.grades.overall?.published ?? '') || a.authority.localeCompare(b.authority);
  const rank = (r: NationalRow): number => {
    const g = r.grades[sort];
    return g === undefined ? -1 : GRADE_RANK[g.grade];
  };
  return (a, b) => rank(a) - rank(b) || a.authority.localeCompare(b.authority);
}

/** The query string for these choices with some changed. */
function queryFor(choices: Choices, change: Partial<Record<'sort' | 'dir', string>>): string {
  const q = new URLSearchParams();
  if (choices.asAt !== null) q.set('asAt', choices.asAt);
  if (choices.region !== null) q.set('region', choices.region);
  if (choices.area !== 'overall') q.set('area', choices.area);
  if (choices.grade !== null) q.set('grade', choices.grade);
  q.set('sort', change.sort ?? choices.sort);
  q.set('dir', change.dir ?? choices.dir);
  return q.toString();
}

function sortHeader(label: string, key: SortKey, choices: Choices): Html {
  const current = choices.sort === key;
  const nextDir = current && choices.dir === 'asc' ? 'desc' : key === 'authority' || key === 'region' ? 'asc' : current ? 'asc' : 'desc';
  const ariaSort = current ? (choices.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const arrow = current ? (choices.dir === 'asc' ? ' ▲' : ' ▼') : '';
  return html`<th scope="col" class="govuk-table__header" aria-sort="${ariaSort}"><a class="govuk-link app-sort-link" href="/national?${queryFor(choices, { sort: key, dir: nextDir })}">${label}<span aria-hidden="true">${arrow}</span><span class="govuk-visually-hidden">, sort ${nextDir === 'asc' ? 'ascending' : 'descending'}</span></a></th>`;
}

function filterForm(choices: Choices, regions: readonly string[], params: NationalParams): Html {
  const error = (field: string): string | undefined => choices.errors.find((e) => e.field === field)?.message;
  const asAtError = error('asAt');
  const regionError = error('region');
  const select = (name: string, label: string, options: ReadonlyArray<[string, string]>, selected: string, message?: string): Html =>
    html`<div class="govuk-form-group${message === undefined ? '' : ' govuk-form-group--error'}">
  <label class="govuk-label" for="${name}">${label}</label>
  ${message === undefined ? null : html`<p class="govuk-error-message" id="${name}-error"><span class="govuk-visually-hidden">Error:</span> ${message}</p>`}
  <select class="govuk-select${message === undefined ? '' : ' govuk-select--error'}" id="${name}" name="${name}"${message === undefined ? '' : html` aria-describedby="${name}-error"`}>
    ${options.map(([value, text]) => html`<option value="${value}"${value === selected ? ' selected' : ''}>${text}</option>`)}
  </select>
</div>`;
  return html`<form method="get" action="/national" novalidate>
  <div class="app-filters">
    <div class="govuk-form-group${asAtError === undefined ? '' : ' govuk-form-group--error'}">
      <label class="govuk-label" for="asAt">As at</label>
      <div class="govuk-hint" id="asAt-hint">Leave empty for each authority’s latest</div>
      ${asAtError === undefined ? null : html`<p class="govuk-error-message" id="asAt-error"><span class="govuk-visually-hidden">Error:</span> ${asAtError}</p>`}
      <input class="govuk-input govuk-input--width-10${asAtError === undefined ? '' : ' govuk-input--error'}" id="asAt" name="asAt" type="date" value="${asAtError === undefined ? (choices.asAt ?? '') : (params.asAt ?? '').slice(0, 20)}" aria-describedby="asAt-hint${asAtError === undefined ? '' : ' asAt-error'}">
    </div>
    ${select('region', 'Region', [['', 'All of England'], ...regions.map((r): [string, string] => [r, r])], choices.region ?? '', regionError)}
    ${select('area', 'Area', NATIONAL_AREAS.map((a): [string, string] => [a, AREA_LABELS[a]]), choices.area)}
    ${select('grade', 'Grade', [['', 'Any grade'], ...FILTER_GRADES.map((g): [string, string] => [g, GRADE_NAMES[g]])], choices.grade ?? '')}
    <input type="hidden" name="sort" value="${choices.sort}">
    <input type="hidden" name="dir" value="${choices.dir}">
    <div class="govuk-form-group"><button type="submit" class="govuk-button govuk-!-margin-bottom-0">Apply filters</button></div>
  </div>
</form>`;
}

function gradesTable(rows: readonly NationalRow[], choices: Choices): Html {
  const table = html`<table class="govuk-table govuk-table--small-text-until-tablet" id="grades-table">
  <caption class="govuk-table__caption govuk-table__caption--s">${rows.length} ${rows.length === 1 ? 'authority' : 'authorities'}; select a column heading to sort by it</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    ${sortHeader('Authority', 'authority', choices)}
    ${sortHeader('Region', 'region', choices)}
    ${NATIONAL_AREAS.map((a) => sortHeader(AREA_LABELS[a], a, choices))}
    <th scope="col" class="govuk-table__header">Graded by</th>
    ${sortHeader('Published', 'published', choices)}
  </tr></thead>
  <tbody class="govuk-table__body">
    ${rows.map((row) => {
      const source = row.grades[choices.area] ?? row.grades.overall ?? Object.values(row.grades)[0];
      return html`<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header"><a class="govuk-link" href="${authorityPath(row.authority)}">${row.authority}</a></th>
      <td class="govuk-table__cell">${row.region}</td>
      ${NATIONAL_AREAS.map((a) => {
        const g = row.grades[a];
        return html`<td class="govuk-table__cell">${g === undefined ? html`<span class="govuk-body-s">None</span>` : gradeTag(g.grade, g.gradeLabel)}</td>`;
      })}
      <td class="govuk-table__cell">${source === undefined ? '' : html`<a class="govuk-link" href="${readerPath(source.reportId)}">${source.citation}</a>`}</td>
      <td class="govuk-table__cell app-nowrap">${source === undefined ? '' : dateText(source.published)}</td>
    </tr>`;
    })}
  </tbody>
</table>`;
  return scrollTable(table, 'Grades by authority');
}

function countsSection(counts: readonly GradeCount[], choices: Choices): Html {
  const shown = counts.filter((c) => c.total > 0);
  const grades = STACK_ORDER.filter((g) => shown.some((c) => (c.counts[g] ?? 0) > 0)).reverse();
  const where = choices.region ?? 'England';
  const area = AREA_LABELS[choices.area].toLowerCase();
  const title = `Authorities in ${where} holding each ${area} grade, as at 31 March each year`;
  const description = shown.map((c) => `${c.date.slice(0, 4)}: ${grades.map((g) => `${c.counts[g] ?? 0} ${GRADE_NAMES[g].toLowerCase()}`).join(', ')}`).join('; ');
  const table = html`<table class="govuk-table govuk-table--small-text-until-tablet">
  <caption class="govuk-table__caption govuk-table__caption--s">${title}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">As at</th>
    ${grades.map((g) => html`<th scope="col" class="govuk-table__header govuk-table__header--numeric">${GRADE_NAMES[g]}</th>`)}
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Total graded</th>
  </tr></thead>
  <tbody class="govuk-table__body">
    ${shown.map(
      (c) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${dateText(c.date)}</th>${grades.map((g) => html`<td class="govuk-table__cell govuk-table__cell--numeric">${c.counts[g] ?? 0}</td>`)}<td class="govuk-table__cell govuk-table__cell--numeric">${c.total}</td></tr>`,
    )}
  </tbody>
</table>`;
  if (shown.length === 0) return html`<p class="govuk-body">No ${area} grades to count${choices.region === null ? '' : ` in ${choices.region}`}.</p>`;
  return html`${gradeColumns(
    shown.map((c) => ({ label: c.date.slice(0, 4), counts: c.counts })),
    { id: 'counts-chart', title, description },
  )}
${scrollTable(table, 'Grades year by year')}`;
}

export function nationalPage(corpus: Corpus, params: NationalParams, today = new Date().toISOString().slice(0, 10)): Html {
  const reader = corpus.reader();
  const regions = reader.national({}).regions;
  const choices = readChoices(params, regions, today);
  const view: NationalView = reader.national({ asAt: choices.asAt, region: choices.region });
  const order = compare(choices.sort);
  const rows = view.rows
    .filter((r) => r.grades[choices.area] !== undefined && (choices.grade === null || r.grades[choices.area]?.grade === choices.grade))
    .sort((a, b) => (choices.dir === 'asc' ? order(a, b) : order(b, a)));
  const counts = reader.gradeCounts({ area: choices.area, region: choices.region, day: CHART_DAY });
  const firstError = choices.errors[0];
  const body: Part = html`${firstError === undefined ? null : errorSummary(firstError.message, firstError.field)}
<h1 class="govuk-heading-l">The national picture</h1>
<p class="govuk-body">Every authority’s grades from its latest graded inspection${choices.asAt === null ? '' : html` as at <strong>${dateText(choices.asAt)}</strong>`}${choices.region === null ? '' : ` in ${choices.region}`}. Focused visits give no grades.</p>
${filterForm(choices, regions, params)}
<p class="govuk-body">${view.headline}</p>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">What was counted</span></summary><div class="govuk-details__text">${notesList(view.notes)}</div></details>
${gradesTable(rows, choices)}
<h2 class="govuk-heading-m">Grades year by year</h2>
${countsSection(counts, choices)}`;
  return page({ title: firstError === undefined ? 'The national picture' : 'Error: the national picture', section: 'national', body, wide: true, breadcrumbs: [{ text: 'Home', href: '/' }] });
}
