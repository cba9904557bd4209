/**
 * Answering a question asked in a conversation (an @mention in a channel or
 * a direct message): one answer per post, in the thread for channels, in the
 * DM for direct messages; problems are shown only to the asker.
 */
import type { webApi } from '@slack/bolt';
import { CONVERSATION_TTL_MS, conversationKey } from '../../conversation-store.ts';
import type { ConversationContext } from '../../../src/index.ts';
import { apologyMessage, busyMessage } from '../format/problem-blocks.ts';
import type { SlackMessage } from '../format/limits.ts';
import { decodeSlackText } from '../format/mrkdwn.ts';
import { channelAuthority, type ListenerDeps } from '../listeners/deps.ts';
import { callInChannel } from './channel-call.ts';
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
  /** The workspace, so two workspaces' channel ids never share a context. */
  teamId?: string | undefined;
  /** Answer only when this person already has a conversation here (a reply in a thread the bot answered, without a mention). */
  onlyFollowUp?: boolean;
  /**
   * Whether this post gets the busy note when answers are queued: a new
   * question, once (not a retry, not a reply that may not be for the bot,
   * and in a DM from the `message` event alone, not also its `app_mention` twin).
   */
  busyNote?: boolean;
}

/** The key of the conversation a post belongs to: its thread (or the DM), and its author. */
export function slackConversationKey(where: Conversation): string {
  const thread = where.threadTs ?? (where.isDirect ? 'dm' : where.ts);
  return conversationKey('slack', { workspace: where.teamId, channel: where.channel, thread, user: where.user ?? '-' });
}

/** Post `message` for everyone in the conversation (thread-aware), in the channel's lane. */
export async function postPublic(
  deps: Pick<ListenerDeps, 'lanes' | 'logger'>,
  client: WebClient,
  where: Pick<Conversation, 'channel' | 'threadTs'>,
  message: SlackMessage,
): Promise<void> {
  await callInChannel(deps, where.channel, () => client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  }));
}

/** Show `message` to the asker only: ephemeral in channels, a plain reply in a DM. */
async function postPrivate(deps: ListenerDeps, client: WebClient, where: Conversation, message: SlackMessage): Promise<void> {
  const user = where.user;
  if (where.isDirect || user === undefined) {
    await postPublic(deps, client, where, message);
    return;
  }
  await callInChannel(deps, where.channel, () =>
    client.chat.postEphemeral({
      channel: where.channel,
      user,
      ...(where.threadTs !== undefined ? { thread_ts: where.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
    }),
  );
}

async function deliver(deps: ListenerDeps, client: WebClient, where: Conversation, built: Built): Promise<void> {
  if (built.kind === 'answer') await postPublic(deps, client, where, built.message);
  else await postPrivate(deps, client, where, built.message);
}

/** Tell the asker, privately and at once, that the answer is queued. Failures are logged, never thrown. */
async function noteBusy(deps: ListenerDeps, client: WebClient, where: Conversation, log: ListenerDeps['logger']): Promise<void> {
  try {
    await postPrivate(deps, client, where, busyMessage());
  } catch (error) {
    log.warn({ err: error }, 'could not post the busy note');
  }
}

/**
 * What answers the post, or null when it is not to be answered (a reply in a
 * thread where this person has no conversation, or a post already answered).
 * Store reads and answering: this runs in the answer queue.
 */
async function prepare(deps: ListenerDeps, where: Conversation, key: string, log: ListenerDeps['logger']): Promise<Built | null> {
  let previous: ConversationContext | null = null;
  try {
    previous = await deps.conversations.get(key);
  } catch (error) {
    // Without the store the question is still answered, as a fresh one.
    log.error({ err: error }, 'could not read the conversation context');
  }
  if (where.onlyFollowUp === true && previous === null) return null;
  let first = true;
  try {
    first = await deps.dedupe.first(`${where.channel}:${where.ts}`);
  } catch (error) {
    // Better a rare second answer than none: answer, and say why in the log.
    log.error({ err: error }, 'could not check the event dedupe record; answering anyway');
  }
  if (!first) {
    log.debug('question already answered (retry or duplicate event); skipping');
    return null;
  }
  const question = decodeSlackText(where.text, where.botUserId);
  if (isHelpRequest(question)) return { kind: 'problem', message: buildHelp(deps.corpus) };
  return buildAnswer(deps.corpus, { kind: 'ask', query: question, offset: 0, context: previous }, 'public', {
    defaultAuthority: where.isDirect ? null : await channelAuthority(deps, where.channel),
  });
}

/**
 * Answer the question in `where`, once. Bolt acked the event before calling
 * the listener; everything here waits its turn in the answer queue, except
 * the delivery. Errors are logged in full and the asker sees a one-line apology.
 */
export async function answerInConversation(deps: ListenerDeps, client: WebClient, where: Conversation): Promise<void> {
  const log = deps.logger.child({ channel: where.channel, ts: where.ts });
  const key = slackConversationKey(where);
  const noted = where.busyNote === true && deps.answers.busy() ? noteBusy(deps, client, where, log) : Promise.resolve();
  const started = performance.now();
  try {
    const built = await deps.answers.run(() => prepare(deps, where, key, log));
    if (built === null) return;
    await deliver(deps, client, where, built);
    if (built.context !== undefined) {
      try {
        await deps.conversations.put(key, built.context, CONVERSATION_TTL_MS);
      } catch (error) {
        log.error({ err: error }, 'could not store the conversation context');
      }
    }
    log.info({ outcome: built.kind, ms: Math.round(performance.now() - started) }, 'answered question');
  } catch (error) {
    log.error({ err: error }, 'failed to answer question');
    try {
      await postPrivate(deps, client, where, apologyMessage());
    } catch (apologyError) {
      log.error({ err: apologyError }, 'failed to send apology');
    }
  } finally {
    await noted;
  }
}
