/**
 * The `messageCreate` event: a mention of the bot in a channel, or a direct
 * message, is a question, answered as a reply. Without the privileged Message
 * Content intent Discord still sends the text of exactly these messages.
 * Messages from bots (the bot itself included) and webhooks are ignored.
 * A reply to one of the bot's answers, or a mention in a thread, continues
 * that conversation ("what about in 2016?").
 */
import { ChannelType, type Message } from 'discord.js';
import type { ConversationContext } from '../../../src/index.ts';
import { CONVERSATION_TTL_MS, conversationKey } from '../../conversation-store.ts';
import { stripMentions } from '../../../src/query/understand.ts';
import type { BotContext } from '../commands/types.ts';
import { helpEmbed } from '../commands/help.ts';
import { answerQuestion, channelAuthority } from '../components/answer-messages.ts';
import type { DiscordMessage } from '../format/limits.ts';
import { ERROR_TEXT } from '../respond.ts';
import { BUSY_NOTE } from '../../runtime/answer-queue.ts';
import { retryIdempotent, withNonce } from '../send-once.ts';

/** The question in `content`: mentions (of the bot and anyone else) removed, whitespace tidied. */
function questionFrom(content: string): string {
  return stripMentions(content).replace(/\s+/g, ' ').trim();
}

/** Whether the bot should answer `message`. */
function shouldAnswer(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId || message.webhookId !== null || message.system) return false;
  if (message.channel.type === ChannelType.DM) return true;
  return message.mentions.users.has(botId);
}

/** The messages answering `message`, and the context the question established: store reads and answering, run in the answer queue. */
async function prepare(message: Message, context: BotContext): Promise<{ replies: DiscordMessage[]; established: ConversationContext | null }> {
  const previous = await readContext(message, context);
  const question = questionFrom(message.content);
  if (question === '' || /^(help|\/help|\?)$/i.test(question)) return { replies: [{ embeds: [helpEmbed(context.corpus)] }], established: null };
  const defaultAuthority = await channelAuthority(context, message.channelId, message.inGuild());
  const answer = await answerQuestion(context, question, { previous, defaultAuthority });
  return { replies: answer.messages ?? [{ content: answer.note }], established: answer.context };
}

/** Reply with the busy note; null when it could not be sent (logged). */
async function replyBusy(message: Message, { logger }: BotContext): Promise<Message | null> {
  try {
    const once = withNonce({ content: BUSY_NOTE });
    return await retryIdempotent<Message<boolean>>(() => message.reply(once));
  } catch (error) {
    logger.warn({ err: error, message: message.id }, 'Could not send the busy note');
    return null;
  }
}

/** Answer `message` if it is a mention or a DM. Never rejects. */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  if (!shouldAnswer(message, botId)) return;
  const { logger } = context;
  logger.info({ message: message.id, channel: message.channelId, dm: !message.inGuild() }, 'Question by message');

  // While many answers are queued, say so at once; the answer takes the note's place when its turn comes.
  const note = context.answers.busy() ? await replyBusy(message, context) : null;
  let replies: DiscordMessage[];
  let established: ConversationContext | null = null;
  try {
    ({ replies, established } = await context.answers.run(() => prepare(message, context)));
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Answering a message failed');
    replies = [{ content: ERROR_TEXT }];
  }

  const sent: string[] = [];
  try {
    for (const [i, reply] of replies.entries()) {
      // Only the first part is a reply; the rest follow it in the channel.
      // The same nonce on every try: Discord keeps one message however many tries reach it.
      const once = withNonce(reply);
      if (i === 0 && note !== null) {
        // An edit is idempotent; everything the note showed is replaced.
        sent.push((await retryIdempotent<Message<boolean>>(() => note.edit({ content: reply.content ?? '', embeds: reply.embeds ?? [], components: reply.components ?? [] }))).id);
      } else if (i === 0) sent.push((await retryIdempotent<Message<boolean>>(() => message.reply(once))).id);
      else if (message.channel.isSendable()) {
        const channel = message.channel;
        sent.push((await retryIdempotent<Message<boolean>>(() => channel.send(once))).id);
      }
    }
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Could not send the reply to a message');
  }
  if (established !== null) await writeContext(message, sent, established, context);
}

/**
 * The keys of a message's conversation: a reply to one of the bot's answers
 * continues that reply chain; in a thread, the thread. Always the asker's own.
 */
function keysOf(message: Message, replyIds: readonly string[]): string[] {
  const user = message.author.id;
  const keys = replyIds.map((id) => conversationKey('discord', { workspace: message.guildId ?? 'dm', channel: message.channelId, thread: `reply:${id}`, user }));
  if (message.channel.isThread()) keys.push(conversationKey('discord', { workspace: message.guildId ?? 'dm', channel: message.channelId, thread: 'thread', user }));
  return keys;
}

/** The context of the conversation `message` continues, or null for a fresh question. */
async function readContext(message: Message, { conversations, logger }: BotContext): Promise<ConversationContext | null> {
  const repliedTo = message.reference?.messageId;
  const keys = keysOf(message, repliedTo === undefined ? [] : [repliedTo]);
  try {
    for (const key of keys) {
      const found = await conversations.get(key);
      if (found !== null) return found;
    }
  } catch (error) {
    // Without the store the question is still answered, as a fresh one.
    logger.error({ err: error, message: message.id }, 'Could not read the conversation context');
  }
  return null;
}

/** Keep what the question established under each answer message (a reply to any continues) and the thread. */
async function writeContext(message: Message, sent: readonly string[], established: ConversationContext, { conversations, logger }: BotContext): Promise<void> {
  try {
    for (const key of keysOf(message, sent)) await conversations.put(key, established, CONVERSATION_TTL_MS);
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Could not store the conversation context');
  }
}
