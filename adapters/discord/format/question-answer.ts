/**
 * One question to the messages that answer it: cited paragraphs, or a grade
 * answer's embeds, or a friendly note when there is nothing to show. Shared
 * by /ask, /compare, /judgement (regions, neighbours), mentions and replies.
 */
import type { ConversationContext, Corpus } from '../../../src/answer-types.ts';
import type { QuestionStore } from '../components/question-store.ts';
import { formatAsk, formatNothingFound, PAGE_SIZE } from './answer.ts';
import { formatGrades } from './grades.ts';
import type { DiscordMessage } from './limits.ts';
import { escapeText } from './markdown.ts';
import { answerPreface } from '../../../src/index.ts';

export interface QuestionAnswer {
  /** The messages to send, or null with `note` when there is nothing to show. */
  messages: DiscordMessage[] | null;
  note: string;
  /** The conversation context the question established. */
  context: ConversationContext;
}

/** Answer `question` in a conversation that had `previous` (null: a fresh question). */
export function answerQuestion(corpus: Corpus, question: string, previous: ConversationContext | null, store: QuestionStore, all = false): QuestionAnswer {
  const turn = corpus.converse(question, previous, { limit: PAGE_SIZE, offset: 0 });
  const answer = turn.answer;
  if (answer.grades !== undefined) {
    const g = answer.grades;
    if (g.rows.length === 0 && (g.neighbours ?? []).length === 0 && answer.results.length === 0) {
      return { messages: null, note: escapeText([g.headline, ...g.notes].join(' ')), context: turn.context };
    }
    return { messages: formatGrades(answer, { all, store, context: previous }), note: '', context: turn.context };
  }
  if (answer.results.length === 0) return { messages: null, note: formatNothingFound(answer), context: turn.context };
  const messages = formatAsk(answer, 0, store);
  const first = messages[0];
  const preface = answerPreface(answer);
  if (preface !== null && first !== undefined) first.content = `-# ${escapeText(preface)}\n${first.content ?? ''}`;
  return { messages, note: '', context: turn.context };
}
