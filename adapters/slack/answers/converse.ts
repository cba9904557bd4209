/**
 * Answering a question asked in a conversation (an @mention in a channel or
 * a direct message): one answer per post, in the thread for channels, in the
 * DM for direct messages; problems are shown only to the asker.
 */
import type { webApi } from '@slack/bolt';
import { apologyMessage } from '../format/problem-blocks.ts';
import type { SlackMessage } from '../format/limits.ts';
import { decodeSlackText } from '../format/mrkdwn.ts';
import { channelAuthority, type ListenerDeps } from '../listeners/deps.ts';
import { afterAck } from './after-ack.ts';
import { buildAnswer, buildHelp, isHelpRequest, type Built } from './build-answer.ts';

type WebClient = webApi.WebClient;

/** Where a question was asked. */
export interface Conversation {
  channel: string;
  /** The asker; needed for ephemeral replies in channels. */
  user: string | undefined;
  /** The post's own ts: with the channel, it identifies the question. */
  ts: string;
  /** The thread to answer in, if any. */
  threadTs: string | undefined;
  /** A direct message with the bot: everything there is already private. */
  isDirect: boolean;
  /** The raw message text, as Slack encodes it. */
  text: string;
  botUserId: string | undefined;
}

/** Post `message` for everyone in the conversation (thread-aware). */
export async function postPublic(
  client: WebClient,
  where: Pick<Conversation, 'channel' | 'threadTs'>,
  message: SlackMessage,
): Promise<void> {
  await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** Show `message` to the asker only: ephemeral in channels, a plain reply in a DM. */
async function postPrivate(client: WebClient, where: Conversation, message: SlackMessage): Promise<void> {
  if (where.isDirect || where.user === undefined) {
    await postPublic(client, where, message);
    return;
  }
  await client.chat.postEphemeral({
    channel: where.channel,
    user: where.user,
    ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}

async function deliver(client: WebClient, where: Conversation, built: Built): Promise<void> {
  if (built.kind === 'answer') await postPublic(client, where, built.message);
  else await postPrivate(client, where, built.message);
}

/**
 * Answer the question in `where`, once. Errors are logged in full and the
 * asker sees a one-line apology.
 */
export async function answerInConversation(deps: ListenerDeps, client: WebClient, where: Conversation): Promise<void> {
  const log = deps.logger.child({ channel: where.channel, ts: where.ts });
  let first = true;
  try {
    first = await deps.dedupe.first(`${where.channel}:${where.ts}`);
  } catch (error) {
    // Better a rare second answer than none: answer, and say why in the log.
    log.error({ err: error }, 'could not check the event dedupe record; answering anyway');
  }
  if (!first) {
    log.debug('question already answered (retry or duplicate event); skipping');
    return;
  }
  // Bolt acked the event before calling the listener; let that response go out first.
  await afterAck();
  const started = performance.now();
  try {
    const question = decodeSlackText(where.text, where.botUserId);
    const built: Built = isHelpRequest(question)
      ? { kind: 'problem', message: buildHelp(deps.corpus) }
      : buildAnswer(deps.corpus, { kind: 'ask', query: question, offset: 0 }, 'public', {
          defaultAuthority: where.isDirect ? null : await channelAuthority(deps, where.channel),
        });
    await deliver(client, where, built);
    log.info({ outcome: built.kind, ms: Math.round(performance.now() - started) }, 'answered question');
  } catch (error) {
    log.error({ err: error }, 'failed to answer question');
    try {
      await postPrivate(client, where, apologyMessage());
    } catch (apologyError) {
      log.error({ err: apologyError }, 'failed to send apology');
    }
  }
}
