/**
 * From a request ("ask this", "judgements for that") to the Slack message
 * that answers it, or to a friendly problem message when there is no answer.
 * The corpus promises never to throw; a throw still propagates to the
 * listener, which logs it and apologises.
 */
import type { Corpus } from '../../../src/answer-types.ts';
import { MAX_QUERY_LENGTH, type AnswerRequest } from '../action-ids.ts';
import { IMPROVE_COMMAND, JUDGEMENT_COMMAND } from '../commands.ts';
import { askMessage, PAGE_SIZE } from '../format/ask-blocks.ts';
import type { Visibility } from '../format/buttons.ts';
import { helpMessage } from '../format/help-blocks.ts';
import { improveMessage } from '../format/improve-blocks.ts';
import { judgementMessage } from '../format/judgement-blocks.ts';
import type { SlackMessage } from '../format/limits.ts';
import { problemMessage } from '../format/problem-blocks.ts';

/** An answer to post where it was asked, or a problem to show only to the asker. */
export type Built = { kind: 'answer'; message: SlackMessage } | { kind: 'problem'; message: SlackMessage };

/** True for "help", "?", or nothing at all: the user wants to know what to ask. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(help|\?)?\s*$/i.test(text);
}

/** The help message for this corpus. */
export function buildHelp(corpus: Corpus): SlackMessage {
  return helpMessage(corpus.authorities(), corpus.reports());
}

/** Example questions naming authorities this corpus knows. */
export function exampleQuestions(corpus: Corpus): string[] {
  const [first = 'Bury', second = first] = corpus.authorities();
  return [
    `what did inspectors say about the LADO in ${first}?`,
    `care leavers in ${second}`,
    `${JUDGEMENT_COMMAND} ${first}`,
    `${IMPROVE_COMMAND} ${second}`,
  ];
}

function tooLong(kind: string): Built {
  return {
    kind: 'problem',
    message: problemMessage(
      `That ${kind} is longer than ${MAX_QUERY_LENGTH} characters. Please ask something shorter, naming an authority and a topic.`,
    ),
  };
}

/** Build the message answering `request`, for a private or public reply. */
export function buildAnswer(corpus: Corpus, request: AnswerRequest, visibility: Visibility): Built {
  const query = request.query.trim();
  if (query.length > MAX_QUERY_LENGTH) return tooLong(request.kind === 'ask' ? 'question' : 'query');

  if (request.kind === 'ask') {
    if (query === '') {
      return { kind: 'problem', message: problemMessage('Ask me a question about an Ofsted inspection.', exampleQuestions(corpus)) };
    }
    const answer = corpus.ask(query, { limit: PAGE_SIZE, offset: request.offset });
    if (answer.results.length === 0) {
      const message =
        request.offset > 0
          ? 'There are no more results for that question.'
          : (answer.message ?? 'No paragraphs matched that question.');
      const suggestions = answer.suggestions !== undefined && answer.suggestions.length > 0 ? answer.suggestions : exampleQuestions(corpus);
      return { kind: 'problem', message: problemMessage(message, request.offset > 0 ? [] : suggestions) };
    }
    return { kind: 'answer', message: askMessage(answer, { visibility, offset: request.offset }) };
  }

  if (request.kind === 'judgement') {
    if (query === '') {
      return {
        kind: 'problem',
        message: problemMessage(`Which authority? Use ${JUDGEMENT_COMMAND} <authority> [area] [year].`, corpus.authorities().slice(0, 8).map((name) => `${JUDGEMENT_COMMAND} ${name}`)),
      };
    }
    const answer = corpus.judgements(query);
    if (!answer.ok) return { kind: 'problem', message: problemMessage(answer.error.message, answer.error.suggestions) };
    return { kind: 'answer', message: judgementMessage(answer, query, visibility) };
  }

  if (query === '') {
    return {
      kind: 'problem',
      message: problemMessage(`Which authority? Use ${IMPROVE_COMMAND} <authority>.`, corpus.authorities().slice(0, 8).map((name) => `${IMPROVE_COMMAND} ${name}`)),
    };
  }
  const answer = corpus.improvements(query);
  if (!answer.ok) return { kind: 'problem', message: problemMessage(answer.error.message, answer.error.suggestions) };
  return { kind: 'answer', message: improveMessage(answer, query, visibility) };
}
