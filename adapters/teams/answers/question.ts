/**
 * From a question to the cards that answer it: paragraphs, a grade answer, a
 * question-kind answer, or a short note when there is nothing to show. The
 * channel's default authority applies when neither the question nor the
 * conversation names one (shared with Slack and Discord,
 * channels/default-authority.ts). Every answer is kept under a short key in
 * the store, with the context it was asked in, for its buttons (More
 * results, Show all, the offer, 👍 / 👎), which work on any replica and after
 * a restart.
 */
import type { AskAnswer, ConversationContext } from '../../../src/index.ts';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import { converseInChannel, defaultAuthorityNote } from '../../channels/default-authority.ts';
import { kindBody } from '../../kind-view.ts';
import { askCard, citationText, PAGE_SIZE } from '../format/answer-card.ts';
import type { Attachment } from '../format/card.ts';
import { gradeCard, kindCard } from '../format/grade-card.ts';
import type { TeamsDeps } from '../turn.ts';

export interface Answered {
  /** The cards to post, or null with `note` when there is nothing to show. */
  attachments: Attachment[] | null;
  note: string;
  /** A plain summary of the answer, for notifications. */
  summary: string;
  /** The conversation context the question established. */
  context: ConversationContext;
}

export interface AnswerOptions {
  previous?: ConversationContext | null;
  defaultAuthority?: string | null;
  offset?: number;
  all?: boolean;
}

/** "No paragraphs matched. Try: “a” · “b”". */
export function withSuggestions(message: string, suggestions: readonly string[]): string {
  const shown = suggestions.slice(0, 6);
  return shown.length === 0 ? message : `${message} Try: ${shown.map((s) => `“${s}”`).join(' · ')}`;
}

/** What an answer cites, for 👍 / 👎: the reports whose grades it shows, then its paragraphs. */
function citedRefs(answer: AskAnswer): string[] {
  return [...new Set([...(answer.grades?.rows ?? []).map((row) => row.reportId), ...(answer.kind?.visits ?? []).map((v) => v.reportId), ...answer.results.map((hit) => hit.reference)])];
}

/** Answer `question`; see the module comment. */
export async function answerQuestion(deps: TeamsDeps, question: string, options: AnswerOptions = {}): Promise<Answered> {
  const previous = options.previous ?? null;
  const offset = options.offset ?? 0;
  const turn = converseInChannel(deps.corpus, question, previous, options.defaultAuthority ?? null, { limit: PAGE_SIZE, offset });
  const { answer, context } = turn;
  const nothing = (note: string): Answered => ({ attachments: null, note, summary: note, context });
  const body = kindBody(answer);
  if (body !== null) {
    const empty = answer.results.length === 0 && (body.visits ?? []).length === 0 && (answer.grades?.rows.length ?? 0) === 0;
    if (empty && (offset > 0 || body.kind !== 'cannot-tell')) return nothing(withSuggestions([body.headline, ...body.notes].join(' '), answer.suggestions ?? []));
  } else if (answer.grades !== undefined) {
    const g = answer.grades;
    if (g.rows.length === 0 && (g.neighbours ?? []).length === 0 && answer.results.length === 0) return nothing([g.headline, ...g.notes].join(' '));
  } else if (answer.results.length === 0) {
    if (offset > 0) return nothing('There are no more results for that question.');
    return nothing(withSuggestions(answer.message ?? 'No paragraphs matched that question.', answer.suggestions ?? EXAMPLE_QUESTIONS));
  }
  const key = await deps.store.answers.put('teams', { question: answer.question, paragraphRefs: citedRefs(answer), context: previous });
  const offerKey = answer.offer === undefined || offset > 0 ? null : await deps.store.answers.put('teams', { question: answer.offer.question, paragraphRefs: [], context: null });
  const note = turn.defaultAuthority === null ? null : defaultAuthorityNote(turn.defaultAuthority, 'settings authority');
  const cardOptions = { key, offerKey, note, all: options.all === true, offset };
  const attachment = body !== null ? kindCard(answer, body, cardOptions) : answer.grades !== undefined ? gradeCard(answer, cardOptions) : askCard(answer, cardOptions);
  const headline = body?.headline ?? answer.grades?.headline ?? `${answer.total} paragraphs for “${answer.question.trim()}”`;
  const summary = [headline, ...answer.results.slice(0, 1).map(citationText)].join(' — ');
  return { attachments: [attachment], note: '', summary, context };
}
