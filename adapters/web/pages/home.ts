/** /: a search box, what the corpus covers, when it last changed, and the ways in. */
import type { Corpus } from '../../../src/index.ts';
import { authorityPath, EXAMPLE_QUESTIONS, readerPath } from '../../../src/index.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { dateText } from '../parts.ts';

export interface HomeOptions {
  /** When the index was last written (its file's time), or null when unknown. */
  indexChanged: Date | null;
}

export function homePage(corpus: Corpus, options: HomeOptions): Html {
  const coverage = corpus.reader().coverage();
  const changed = options.indexChanged;
  const body = html`<h1 class="govuk-heading-xl">Ofsted inspections of children’s services</h1>
<p class="govuk-body-l">Search what inspectors wrote about English councils’ children’s services, read each report in full with every paragraph citable, and see grades by authority and across England.</p>
<form method="get" action="/search" role="search">
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--m" for="q">Search the reports</label>
    <div class="govuk-hint" id="q-hint">A topic and an authority, such as “${EXAMPLE_QUESTIONS[0] ?? 'LADO Bury'}”, or a grade question.</div>
    <input class="govuk-input" id="q" name="q" type="search" maxlength="500" aria-describedby="q-hint" autocomplete="off">
  </div>
  <button type="submit" class="govuk-button">Search</button>
</form>
<h2 class="govuk-heading-m">What the reports cover</h2>
<p class="govuk-body">${coverage.summary}</p>
<p class="govuk-body">The newest report was published on ${dateText(coverage.latestPublished)}.${changed === null ? '' : ` The index last changed on ${dateText(changed.toISOString().slice(0, 10))} at ${changed.toISOString().slice(11, 16)} UTC.`}</p>
<h2 class="govuk-heading-m">Latest reports</h2>
<ul class="govuk-list">${coverage.latest.map((r) => html`<li><a class="govuk-link" href="${readerPath(r.id)}">${r.citation}</a>, published ${dateText(r.published)}</li>`)}</ul>
<h2 class="govuk-heading-m">Grades</h2>
<p class="govuk-body"><a class="govuk-link" href="/national">The national picture</a>: every authority’s latest grades, as at any date, by region and area.</p>
<h2 class="govuk-heading-m">Examples</h2>
<ul class="govuk-list">${EXAMPLE_QUESTIONS.map((q) => html`<li><a class="govuk-link" href="/search?q=${encodeURIComponent(q)}">${q}</a></li>`)}</ul>
<details class="govuk-details">
  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">All ${corpus.authorities().length} authorities</span></summary>
  <div class="govuk-details__text"><ul class="govuk-list">${corpus.authorities().map((name) => html`<li><a class="govuk-link" href="${authorityPath(name)}">${name}</a></li>`)}</ul></div>
</details>`;
  return page({ title: 'Home', section: 'home', body });
}
