/**
 * From a question to the messages answering it: cited paragraphs, or a grade
 * answer's embeds, or a friendly note when there is nothing to show. Shared
 * by /ask, /compare, /judgement (regions, neighbours), mentions, replies and
 * the "More results" and "Show all" buttons. The channel's default authority
 * applies when neither the question nor the conversation names one; the
 * answer is kept under a key (for its buttons and 👍 / 👎), with the
 * conversation context it was asked in.
 */
import type { AskAnswer, ConversationContext } from '../../../src/answer-types.ts';
import { answerPreface } from '../../../src/index.ts';
import { converseInChannel, defaultAuthorityNote } from '../../channels/default-authority.ts';
import type { BotContext } from '../commands/types.ts';
import { formatAsk, formatNothingFound, PAGE_SIZE } from '../format/answer.ts';
import { formatGrades } from '../format/grades.ts';
import type { DiscordMessage } from '../format/limits.ts';
import { escapeText } from '../format/markdown.ts';

/** The channel's default authority, or null (no store, a DM, none set, or the store failing: logged). */
export async function channelAuthority(context: BotContext, channelId: string | null, inGuild: boolean): Promise<string | null> {
  if (context.store === null || channelId === null || !inGuild) return null;
  try {
    return await context.store.settings.defaultAuthority('discord', channelId);
  } catch (error) {
    context.logger.error({ err: error, channel: channelId }, 'could not read the channel settings; answering without them');
    return null;
  }
}

export interface QuestionAnswer {
  /** The messages to send, or null with `note` when there is nothing to show. */
  messages: DiscordMessage[] | null;
  note: string;
  /** The conversation context the question established. */
  context: ConversationContext;
}

export interface AnswerQuestionOptions {
  /** The conversation's context before this question (null: a fresh question). */
  previous?: ConversationContext | null;
  /** The channel's default authority, or null. */
  defaultAuthority?: string | null;
  /** The first result shown (More results). */
  offset?: number;
  /** Show every row of a grade answer (Show all). */
  all?: boolean;
}

/** What an answer cites, for 👍 / 👎: the reports whose grades it shows, then its paragraphs. */
function citedRefs(answer: AskAnswer): string[] {
  return [...new Set([...(answer.grades?.rows ?? []).map((row) => row.reportId), ...answer.results.map((hit) => hit.reference)])];
}

/** Answer `question`; see the module comment. */
export async function answerQuestion(bot: BotContext, question: string, options: AnswerQuestionOptions = {}): Promise<QuestionAnswer> {
  const previous = options.previous ?? null;
  const offset = options.offset ?? 0;
  const turn = converseInChannel(bot.corpus, question, previous, options.defaultAuthority ?? null, { limit: PAGE_SIZE, offset });
  const { answer } = turn;
  const note = turn.defaultAuthority === null ? null : defaultAuthorityNote(turn.defaultAuthority, '/settings authority:');
  if (answer.grades !== undefined) {
    const g = answer.grades;
    if (g.rows.length === 0 && (g.neighbours ?? []).length === 0 && answer.results.length === 0) {
      return { messages: null, note: escapeText([g.headline, ...g.notes].join(' ')), context: turn.context };
    }
  } else if (answer.results.length === 0) {
    return { messages: null, note: formatNothingFound(answer), context: turn.context };
  }
  const key = await bot.questions.put({ question: answer.question, paragraphRefs: citedRefs(answer), context: previous });
  if (answer.grades !== undefined) {
    return { messages: formatGrades(answer, { all: options.all === true, key, note }), note: '', context: turn.context };
  }
  const messages = formatAsk(answer, offset, key, note, previous !== null);
  const first = messages[0];
  const preface = offset === 0 ? answerPreface(answer) : null;
  if (preface !== null && first !== undefined) first.content = `-# ${escapeText(preface)}\n${first.content ?? ''}`;
  return { messages, note: '', context: turn.context };
}
