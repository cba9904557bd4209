/**
 * One incoming Teams activity, as the handlers see it: where it was sent
 * (a team channel's reply thread, a 1:1 chat, a group chat), by whom, the
 * conversation it belongs to, and how to answer there. Teams puts a channel
 * post's thread in its conversation id (`19:…@thread.tacv2;messageid=<root>`),
 * so a reply to the activity lands in that thread.
 */
import type { TurnContext } from 'botbuilder';
import type { Activity, Attachment } from 'botframework-schema';
import type { Corpus } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import { conversationKey, type ConversationContextStore } from '../conversation-store.ts';
import type { Store } from '../store/open-store.ts';
import { BUSY_NOTE, type AnswerQueue } from '../runtime/answer-queue.ts';
import { escapeCardText } from './format/text.ts';

/** What every handler needs, passed in once by `app.ts`. */
export interface TeamsDeps {
  corpus: Corpus;
  logger: Logger;
  /** Follows, settings, feedback, answer keys, dedupe and conversation references. */
  store: Store;
  /** Each thread's or chat's conversation context. */
  conversations: ConversationContextStore;
  /** Where every answer's store reads and answering wait their turn, after the 200 (never before it). */
  answers: AnswerQueue;
}

export type Scope = 'channel' | 'personal' | 'groupChat';

export interface Where {
  scope: Scope;
  /** The conversation without its thread: the team channel's id (what follows and settings belong to), or the chat's. */
  channelId: string;
  /** The reply thread's root post in a channel; "chat" in a chat. */
  thread: string;
  teamId: string | null;
  tenantId: string | null;
  /** The person, by their Entra object id where Teams gives it. */
  userId: string;
}

/** Where `activity` was sent. */
export function whereOf(activity: Partial<Activity>): Where {
  const conversationId = activity.conversation?.id ?? '';
  const [base = '', ...rest] = conversationId.split(';');
  const root = rest.map((part) => /^messageid=(.+)$/.exec(part)?.[1]).find((id) => id !== undefined);
  const type = activity.conversation?.conversationType;
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string }; tenant?: { id?: string } };
  const scope: Scope = type === 'channel' || channelData.channel?.id !== undefined ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  return {
    scope,
    channelId: channelData.channel?.id ?? base,
    thread: scope === 'channel' ? (root ?? activity.replyToId ?? activity.id ?? 'root') : 'chat',
    teamId: channelData.team?.id ?? null,
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id ?? null,
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? '-',
  };
}

/** The key of the conversation `where` belongs to: its thread or chat, and its author. */
export function teamsConversationKey(where: Where): string {
  return conversationKey('teams', { workspace: where.tenantId ?? undefined, channel: where.channelId, thread: where.thread, user: where.userId });
}

/** A card reply, with the plain summary Teams shows in notifications. */
export async function replyCards(ctx: TurnContext, attachments: Attachment[], summary: string): Promise<void> {
  for (const attachment of attachments) {
    await ctx.sendActivity({ type: 'message', attachments: [attachment], summary: escapeCardText(summary).slice(0, 200), textFormat: 'plain' });
  }
}

/**
 * Run `work` (store reads and answering, not the reply) in the answer queue.
 * While the queue is long, the asker is told first that the answer is coming;
 * `work` joins the queue at once (its place is kept) and runs once that note is out.
 */
export async function answerInTurn<T>(ctx: TurnContext, deps: TeamsDeps, work: () => Promise<T> | T): Promise<T> {
  if (!deps.answers.busy()) return deps.answers.run(work);
  const noted = replyText(ctx, BUSY_NOTE);
  const answering = deps.answers.run(work, { after: noted });
  // Awaited below, after the note, whose error (if any) is the one that counts.
  answering.catch(() => undefined);
  await noted;
  return answering;
}

/** A plain-text reply (a problem, a command's confirmation); escaped here, never a mention. */
export async function replyText(ctx: TurnContext, text: string): Promise<void> {
  await ctx.sendActivity({ type: 'message', text: escapeCardText(text), textFormat: 'plain' });
}
