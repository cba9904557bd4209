/**
 * The `messageCreate` event: a mention of the bot in a channel, or a direct
 * message, is a question, answered as a reply. Without the privileged Message
 * Content intent Discord still sends the text of exactly these messages.
 * Messages from bots (the bot itself included) and webhooks are ignored.
 */
import { ChannelType, type Message } from 'discord.js';
import { stripMentions } from '../../../src/query/understand.ts';
import type { BotContext } from '../commands/types.ts';
import { helpEmbed } from '../commands/help.ts';
import { formatAsk, formatNothingFound, PAGE_SIZE } from '../format/answer.ts';
import type { DiscordMessage } from '../format/limits.ts';
import { ERROR_TEXT } from '../respond.ts';
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

/** Answer `message` if it is a mention or a DM. Never rejects. */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  if (!shouldAnswer(message, botId)) return;
  const { corpus, logger, questions } = context;
  logger.info({ message: message.id, channel: message.channelId, dm: !message.inGuild() }, 'Question by message');

  let replies: DiscordMessage[];
  try {
    const question = questionFrom(message.content);
    if (question === '' || /^(help|\/help|\?)$/i.test(question)) {
      replies = [{ embeds: [helpEmbed(corpus)] }];
    } else {
      const answer = corpus.ask(question, { limit: PAGE_SIZE, offset: 0 });
      replies =
        answer.results.length > 0 ? formatAsk(answer, 0, questions) : [{ content: formatNothingFound(answer) }];
    }
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Answering a message failed');
    replies = [{ content: ERROR_TEXT }];
  }

  try {
    for (const [i, reply] of replies.entries()) {
      // Only the first part is a reply; the rest follow it in the channel.
      // The same nonce on every try: Discord keeps one message however many tries reach it.
      const once = withNonce(reply);
      if (i === 0) await retryIdempotent(() => message.reply(once));
      else if (message.channel.isSendable()) {
        const channel = message.channel;
        await retryIdempotent(async () => {
          await channel.send(once);
        });
      }
    }
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Could not send the reply to a message');
  }
}
