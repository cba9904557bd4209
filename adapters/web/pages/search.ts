/**
 * /search?q=…: the same answers as `ask`, as HTML. The follow-up box carries
 * the conversation in the URL (`ctx`, see conversation-param.ts), so "what
 * about in 2016?" reads on from the last question; "More results" pages on
 * with `offset`.
 */
import type { Corpus, ConversationContext } from '../../../src/index.ts';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import { answerHtml } from '../answer-html.ts';
import { decodeContext, encodeContext } from '../conversation-param.ts';
import { html, type Html, type Part } from '../html.ts';
import { page } from '../layout.ts';
import { errorSummary } from '../parts.ts';

/** Longest question answered; a longer one gets a page saying so. */
export const MAX_QUESTION = 500;
/** Quotes per page. */
export const PAGE_SIZE = 5;
/** Furthest "More results" goes: the core ranks at most this many. */
const MAX_OFFSET = 200;

export interface SearchParams {
  q: string | null;
  ctx: string | null;
  offset: string | null;
}

function searchForm(options: { label: string; value: string; context: ConversationContext | null; error?: string }): Html {
  const error = options.error;
  return html`<form method="get" action="/search" novalidate>
  <div class="govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}">
    <label class="govuk-label govuk-label--m" for="q">${options.label}</label>
    <div class="govuk-hint" id="q-hint">For example “${EXAMPLE_QUESTIONS[0] ?? 'LADO Bury'}”, or a grade question such as “which authorities are inadequate”.</div>
    ${error === undefined ? null : html`<p class="govuk-error-message" id="q-error"><span class="govuk-visually-hidden">Error:</span> ${error}</p>`}
    <input class="govuk-input${error === undefined ? '' : ' govuk-input--error'}" id="q" name="q" type="search" value="${options.value}" maxlength="${MAX_QUESTION}" aria-describedby="q-hint${error === undefined ? '' : ' q-error'}" autocomplete="off">
  </div>
  ${options.context === null ? null : html`<input type="hidden" name="ctx" value="${encodeContext(options.context)}">`}
  <button type="submit" class="govuk-button">Search</button>
</form>`;
}

function searchPage(title: string, body: Part): Html {
  return page({ title, section: 'search', body, breadcrumbs: [{ text: 'Home', href: '/' }] });
}

/** A search with no question yet: the box and some examples. */
function emptySearch(): Html {
  return searchPage(
    'Search',
    html`<h1 class="govuk-heading-l">Search the reports</h1>
${searchForm({ label: 'Your question', value: '', context: null })}
<h2 class="govuk-heading-m">Examples</h2>
<ul class="govuk-list">${EXAMPLE_QUESTIONS.map((q) => html`<li><a class="govuk-link" href="/search?q=${encodeURIComponent(q)}">${q}</a></li>`)}</ul>`,
  );
}

/** The page for a question that is too long: said plainly, nothing answered. */
function tooLong(question: string): Html {
  const message = `Your question is ${question.length.toLocaleString('en-GB')} characters long. Ask it in ${MAX_QUESTION} characters or fewer.`;
  return searchPage(
    'Error: question too long',
    html`${errorSummary(message, 'q')}
<h1 class="govuk-heading-l">Search the reports</h1>
${searchForm({ label: 'Your question', value: question.slice(0, MAX_QUESTION), context: null, error: message })}`,
  );
}

function moreLink(params: SearchParams, q: string, nextOffset: number): Html {
  const query = new URLSearchParams({ q });
  if (params.ctx !== null && params.ctx !== '') query.set('ctx', params.ctx);
  query.set('offset', String(nextOffset));
  return html`<p class="govuk-body"><a class="govuk-link" href="/search?${query.toString()}">More results<span class="govuk-visually-hidden"> for this question</span></a></p>`;
}

/** The search page for `params`: the answer and a follow-up box, or the empty form, or what was wrong. */
export function searchResponse(corpus: Corpus, params: SearchParams): Html {
  const q = (params.q ?? '').trim();
  if (q === '') return emptySearch();
  if (q.length > MAX_QUESTION) return tooLong(q);
  const previous = decodeContext(params.ctx);
  const offset = Math.min(Math.max(Number.parseInt(params.offset ?? '0', 10) || 0, 0), MAX_OFFSET);
  const turn = corpus.converse(q, previous, { limit: PAGE_SIZE, offset });
  const answer = turn.answer;
  const shown = answer.results.length;
  const range = shown === 0 || answer.grades !== undefined ? null : `Results ${offset + 1} to ${offset + shown} of ${answer.total}`;
  return searchPage(
    `Search: ${q.slice(0, 60)}`,
    html`<h1 class="govuk-heading-l">Search the reports</h1>
<p class="govuk-body-l">${q}</p>
${range === null ? null : html`<p class="govuk-body-s">${range}</p>`}
<div id="answer">${answerHtml(answer)}</div>
${answer.total > offset + shown && offset + shown < MAX_OFFSET && answer.grades === undefined ? moreLink(params, q, offset + shown) : null}
<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">
${searchForm({ label: 'Ask a follow-up question', value: '', context: turn.context })}
<p class="govuk-body"><a class="govuk-link" href="/search">Start a new search</a></p>`,
  );
}
