/** The pages for what could not be shown: not found (with suggestions), too many searches, a fault. */
import type { ReaderSuggestion } from '../../../src/index.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';

export function notFoundPage(what: string, suggestions: readonly ReaderSuggestion[]): Html {
  const body = html`<h1 class="govuk-heading-l">Page not found</h1>
<p class="govuk-body">${what}</p>
${suggestions.length > 0
  ? html`<h2 class="govuk-heading-m">Did you mean</h2>
<ul class="govuk-list">${suggestions.map((s) => html`<li><a class="govuk-link" href="${s.path}">${s.text}</a></li>`)}</ul>`
  : null}
<p class="govuk-body">You can <a class="govuk-link" href="/search">search the reports</a> or see <a class="govuk-link" href="/national">the national picture</a>.</p>`;
  return page({ title: 'Page not found', section: null, body, breadcrumbs: [{ text: 'Home', href: '/' }] });
}

export function tooManyPage(seconds: number): Html {
  const body = html`<h1 class="govuk-heading-l">Too many searches</h1>
<p class="govuk-body">You have searched many times in a short while. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.</p>
<p class="govuk-body">Reports and authority pages are not limited: you can go on <a class="govuk-link" href="/national">reading</a>.</p>`;
  return page({ title: 'Too many searches', section: 'search', body });
}

export function faultPage(): Html {
  const body = html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
<p class="govuk-body">Try again later. The problem has been logged.</p>`;
  return page({ title: 'Sorry, there is a problem', section: null, body });
}

export function methodPage(): Html {
  const body = html`<h1 class="govuk-heading-l">That request is not supported</h1>
<p class="govuk-body">These pages are read with GET requests only.</p>`;
  return page({ title: 'Not supported', section: null, body });
}
