/** Small GOV.UK Design System patterns the pages share, as escaped HTML. */
import { longDate } from '../kind-view.ts';
import { html, type Html, type Part } from './html.ts';

/** "9 May 2025", or "not printed". */
export function dateText(iso: string | null): string {
  return longDate(iso) ?? 'not printed';
}

/** "9 to 20 June 2025"-style inspection dates, or what is known. */
export function inspectionDates(start: string | null, end: string | null): string {
  if (start === null) return 'not printed';
  if (end === null || end === start) return dateText(start);
  return `${dateText(start)} to ${dateText(end)}`;
}

/** A summary list (key / value rows); rows whose value is null are left out. */
export function summaryList(rows: ReadonlyArray<[string, Part]>): Html {
  return html`<dl class="govuk-summary-list">
  ${rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`)}
</dl>`;
}

/** The notes an answer carries (what was counted, what was left out), as a list. */
export function notesList(notes: readonly string[]): Part {
  if (notes.length === 0) return null;
  return html`<ul class="govuk-list govuk-list--bullet govuk-body-s">${notes.map((n) => html`<li>${n}</li>`)}</ul>`;
}

/** The GOV.UK error summary for one problem, linked to the field. */
export function errorSummary(message: string, fieldId: string): Html {
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
  <h2 class="govuk-error-summary__title">There is a problem</h2>
  <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#${fieldId}">${message}</a></li></ul></div>
</div></div>`;
}

/** A table wrapped so that it scrolls sideways on a narrow screen rather than overflowing. */
export function scrollTable(table: Html, label: string): Html {
  return html`<div class="app-table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

/** An external link to Ofsted's site. */
export function pdfLink(url: string | null, text = 'Open the PDF on Ofsted’s site'): Part {
  // Only a web address: never a javascript: or data: URL, whatever an index holds.
  if (url === null || !/^https?:\/\//i.test(url)) return null;
  return html`<a class="govuk-link" href="${url}" rel="noreferrer noopener">${text}</a>`;
}
