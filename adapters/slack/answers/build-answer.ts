/**
 * From a request ("ask this", "judgements for that") to the Slack message
 * that answers it, or to a friendly problem message when there is no answer.
 * The corpus promises never to throw; a throw still propagates to the
 * listener, which logs it and apologises.
 */
import type { ConversationContext, Corpus } from '../../../src/answer-types.ts';
import { EXAMPLE_QUESTIONS, judgementQuestion } from '../../../src/index.ts';
import { converseInChannel, defaultAuthorityNote } from '../../channels/default-authority.ts';
import { MAX_QUERY_LENGTH, type AnswerRequest } from '../action-ids.ts';
import { IMPROVE_COMMAND, JUDGEMENT_COMMAND, SETTINGS_COMMAND } from '../commands.ts';
import { askMessage, PAGE_SIZE } from '../format/ask-blocks.ts';
import { gradeMessage } from '../format/grade-blocks.ts';
import type { Visibility } from '../format/buttons.ts';
import { helpMessage } from '../format/help-blocks.ts';
import { improveMessage } from '../format/improve-blocks.ts';
import { judgementMessage } from '../format/judgement-blocks.ts';
import { kindMessage } from '../format/kind-blocks.ts';
import { kindBody } from '../../kind-view.ts';
import type { SlackMessage } from '../format/limits.ts';
import { problemMessage } from '../format/problem-blocks.ts';

/** An answer to post where it was asked, or a problem to show only to the asker. */
export interface Built {
  kind: 'answer' | 'problem';
  message: SlackMessage;
  /** For a question: the conversation context it established, to keep for a follow-up. */
  context?: ConversationContext;
}

/** True for "help", "?", or nothing at all: the user wants to know what to ask. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(help|\?)?\s*$/i.test(text);
}

/** The help message for this corpus. */
export function buildHelp(corpus: Corpus): SlackMessage {
  return helpMessage(corpus.authorities(), corpus.reports());
}

function problem(message: string, suggestions: readonly string[] = []): Built {
  return { kind: 'problem', message: problemMessage(message, suggestions) };
}

/** How to call the commands that need an authority, for "Which authority?". */
const USAGE = {
  judgement: { command: JUDGEMENT_COMMAND, usage: `${JUDGEMENT_COMMAND} <authority> [area] [year]` },
  improve: { command: IMPROVE_COMMAND, usage: `${IMPROVE_COMMAND} <authority>` },
} as const;

/** Where the question was asked, as far as answering goes. */
export interface AnswerContext {
  /** The channel's default authority, for questions that name none. */
  defaultAuthority?: string | null;
}

/** Build the message answering `request`, for a private or public reply. */
export function buildAnswer(corpus: Corpus, request: AnswerRequest, visibility: Visibility, where: AnswerContext = {}): Built {
  const query = request.query.trim();
  if (query.length > MAX_QUERY_LENGTH) {
    const what = request.kind === 'ask' ? 'question' : 'query';
    return problem(`That ${what} is longer than ${MAX_QUERY_LENGTH} characters. Please ask something shorter, naming an authority and a topic.`);
  }

  if (request.kind === 'ask') {
    // The core answers an empty or unusable question with a message and suggestions of its own.
    const turn = converseInChannel(corpus, query, request.context ?? null, where.defaultAuthority ?? null, { limit: PAGE_SIZE, offset: request.offset });
    const answer = turn.answer;
    const built = (b: Built): Built => ({ ...b, context: turn.context });
    const note = turn.defaultAuthority === null ? null : defaultAuthorityNote(turn.defaultAuthority, `${SETTINGS_COMMAND} authority`);
    const body = kindBody(answer);
    if (body !== null) {
      const empty = answer.results.length === 0 && (body.visits ?? []).length === 0 && (answer.grades?.rows.length ?? 0) === 0;
      if (empty && request.offset === 0 && body.kind !== 'cannot-tell') return built(problem([body.headline, ...body.notes].join(' '), answer.suggestions ?? []));
      if (!empty || request.offset === 0) return built({ kind: 'answer', message: kindMessage(answer, body, { visibility, request: { ...request, query }, note }) });
    }
    if (answer.grades !== undefined) {
      const grades = answer.grades;
      if (grades.rows.length === 0 && (grades.neighbours ?? []).length === 0 && answer.results.length === 0) {
        return built(problem([grades.headline, ...grades.notes].join(' ')));
      }
      return built({ kind: 'answer', message: gradeMessage(answer, { visibility, request: { ...request, query }, note }) });
    }
    if (answer.results.length > 0) {
      return built({ kind: 'answer', message: askMessage(answer, { visibility, offset: request.offset, context: request.context ?? null, note }) });
    }
    if (request.offset > 0) return problem('There are no more results for that question.');
    return built(problem(answer.message ?? 'No paragraphs matched that question.', answer.suggestions ?? EXAMPLE_QUESTIONS));
  }

  if (query === '') {
    const { command, usage } = USAGE[request.kind];
    return problem(`Which authority? Use ${usage}.`, corpus.authorities().slice(0, 8).map((name) => `${command} ${name}`));
  }
  if (request.kind === 'judgement') {
    // "/judgement North West", "/judgement neighbours of Bury": a grade question over several authorities.
    const question = judgementQuestion(query);
    if (question !== null) return buildAnswer(corpus, { kind: 'ask', query: question, offset: 0 }, visibility);
    const answer = corpus.judgements(query);
    if (!answer.ok) return problem(answer.error.message, answer.error.suggestions);
    return { kind: 'answer', message: judgementMessage(answer, query, visibility) };
  }
  const answer = corpus.improvements(query);
  if (!answer.ok) return problem(answer.error.message, answer.error.suggestions);
  return { kind: 'answer', message: improveMessage(answer, query, visibility) };
}
