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
import { answerMessages, channelAuthority } from '../components/answer-messages.ts';
import { formatNothingFound } from '../format/answer.ts';
import type { DiscordMessage } from '../format/limits.ts';
import { ERROR_TEXT } from '../respond.ts';

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
  const { corpus, logger } = context;
  logger.info({ message: message.id, channel: message.channelId, dm: !message.inGuild() }, 'Question by message');

  let replies: DiscordMessage[];
  try {
    const question = questionFrom(message.content);
    if (question === '' || /^(help|\/help|\?)$/i.test(question)) {
      replies = [{ embeds: [helpEmbed(corpus)] }];
    } else {
      const authority = await channelAuthority(context, message.channelId, message.inGuild());
      const { answer, messages } = await answerMessages(context, question, 0, authority);
      replies = answer.results.length > 0 ? messages : [{ content: formatNothingFound(answer) }];
    }
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Answering a message failed');
    replies = [{ content: ERROR_TEXT }];
  }

  try {
    for (const [i, reply] of replies.entries()) {
      // Only the first part is a reply; the rest follow it in the channel.
      if (i === 0) await message.reply(reply);
      else if (message.channel.isSendable()) await message.channel.send(reply);
    }
  } catch (error) {
    logger.error({ err: error, message: message.id }, 'Could not send the reply to a message');
  }
}
