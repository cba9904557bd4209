/**
 * From a question to the messages answering it: cited paragraphs, or a grade
 * answer's embeds, or a friendly note when there is nothing to show. Shared
 * by /ask, /compare, /judgement (regions, neighbours), mentions, replies and
 * the "More results", "Show all" and offer buttons; question-kind answers
 * (lists of visits, overviews…) have embeds of their own (format/kind.ts). The channel's default authority
 * applies when neither the question nor the conversation names one; the
 * answer is kept under a key (for its buttons and 👍 / 👎), with the
 * conversation context it was asked in.
 */
import type { AskAnswer, ConversationContext } from '../../../src/answer-types.ts';
import { answerPreface } from '../../../src/index.ts';
import { converseInChannel, defaultAuthorityNote } from '../../channels/default-authority.ts';
import type { BotContext } from '../commands/types.ts';
import { ComponentType } from 'discord.js';
import { kindBody } from '../../kind-view.ts';
import { formatAsk, formatNothingFound, PAGE_SIZE, withSuggestions } from '../format/answer.ts';
import { formatKind, offerButton } from '../format/kind.ts';
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

/** The messages with the offer's button added to the last row of buttons (Discord allows five a row). */
function withOffer(messages: DiscordMessage[], answer: AskAnswer, offerKey: string | null): DiscordMessage[] {
  const button = offerButton(answer, offerKey);
  const last = [...messages].reverse().find((m) => (m.components ?? []).length > 0);
  const row = last?.components?.[0];
  if (button.length === 0 || row === undefined) return messages;
  if (row.components.length < 5) row.components.unshift(...button);
  else last?.components?.push({ type: ComponentType.ActionRow, components: button });
  return messages;
}

/** Answer `question`; see the module comment. */
export async function answerQuestion(bot: BotContext, question: string, options: AnswerQuestionOptions = {}): Promise<QuestionAnswer> {
  const previous = options.previous ?? null;
  const offset = options.offset ?? 0;
  const turn = converseInChannel(bot.corpus, question, previous, options.defaultAuthority ?? null, { limit: PAGE_SIZE, offset });
  const { answer } = turn;
  const note = turn.defaultAuthority === null ? null : defaultAuthorityNote(turn.defaultAuthority, '/settings authority:');
  const body = kindBody(answer);
  if (body !== null) {
    const empty = answer.results.length === 0 && (body.visits ?? []).length === 0 && (answer.grades?.rows.length ?? 0) === 0;
    if (empty && body.kind !== 'cannot-tell') return { messages: null, note: withSuggestions([body.headline, ...body.notes].join(' '), answer.suggestions ?? []), context: turn.context };
  } else if (answer.grades !== undefined) {
    const g = answer.grades;
    if (g.rows.length === 0 && (g.neighbours ?? []).length === 0 && answer.results.length === 0) {
      return { messages: null, note: escapeText([g.headline, ...g.notes].join(' ')), context: turn.context };
    }
  } else if (answer.results.length === 0) {
    return { messages: null, note: formatNothingFound(answer), context: turn.context };
  }
  const key = await bot.questions.put({ question: answer.question, paragraphRefs: citedRefs(answer), context: previous });
  // The offered question ("Did you want the list of…?") is kept under its own key, for its button.
  const offerKey = answer.offer === undefined || offset > 0 ? null : await bot.questions.put({ question: answer.offer.question, paragraphRefs: [], context: null });
  if (body !== null) return { messages: formatKind(answer, body, { all: options.all === true, key, offerKey, note }), note: '', context: turn.context };
  if (answer.grades !== undefined) {
    return { messages: withOffer(formatGrades(answer, { all: options.all === true, key, note }), answer, offerKey), note: '', context: turn.context };
  }
  const messages = withOffer(formatAsk(answer, offset, key, note, previous !== null), answer, offerKey);
  const first = messages[0];
  const preface = offset === 0 ? answerPreface(answer) : null;
  if (preface !== null && first !== undefined) first.content = `-# ${escapeText(preface)}\n${first.content ?? ''}`;
  return { messages, note: '', context: turn.context };
}
