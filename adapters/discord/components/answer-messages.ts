/**
 * From a question asked in a channel to the messages answering it: the
 * channel's default authority applied when the question names none, the
 * answer kept under a key (for "More results" and 👍 / 👎), then formatted.
 */
import type { AskAnswer } from '../../../src/answer-types.ts';
import { askInChannel, defaultAuthorityNote } from '../../channels/default-authority.ts';
import type { BotContext } from '../commands/types.ts';
import { formatAsk, PAGE_SIZE } from '../format/answer.ts';
import type { DiscordMessage } from '../format/limits.ts';

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

/** Answer `question` from `offset`: the answer (to check for results) and, when it has results, its messages. */
export async function answerMessages(
  context: BotContext,
  question: string,
  offset: number,
  defaultAuthority: string | null,
): Promise<{ answer: AskAnswer; messages: DiscordMessage[] }> {
  const scoped = askInChannel(context.corpus, question, defaultAuthority, { limit: PAGE_SIZE, offset });
  const { answer } = scoped;
  if (answer.results.length === 0) return { answer, messages: [] };
  const key = await context.questions.put({ question: answer.question, paragraphRefs: answer.results.map((hit) => hit.reference) });
  const note = scoped.defaultAuthority === null ? null : defaultAuthorityNote(scoped.defaultAuthority, '/settings authority:');
  return { answer, messages: formatAsk(answer, offset, key, note) };
}
