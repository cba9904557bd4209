/**
 * What every listener needs, passed in once by `app.ts` so listeners hold
 * no globals and tests can give them a real corpus and a quiet logger.
 */
import type { Corpus } from '../../../src/answer-types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { Store } from '../../store/open-store.ts';
import type { AnswerQueue } from '../../runtime/answer-queue.ts';
import type { PerKeyQueue } from '../../runtime/per-key-queue.ts';
import type { ConversationContextStore } from '../../conversation-store.ts';
import type { Dedupe } from '../dedupe.ts';

export interface ListenerDeps {
  corpus: Corpus;
  logger: Logger;
  /** Remembers which posts were answered, so each question is answered once. */
  dedupe: Dedupe;
  /** Follows, channel settings and feedback; null without a store (tests), when those commands say so. */
  store: Store | null;
  /** One lane per channel for Web API calls, so one channel's trouble stays there. */
  lanes: PerKeyQueue;
  /** Where every answer's store reads and answering wait their turn, after the ack (never before it). */
  answers: AnswerQueue;
  timeouts: { responseUrlMs: number };
  /** Each thread's conversation context, so follow-ups reuse what the last question established. */
  conversations: ConversationContextStore;
}

/** The channel's default authority, or null (no store, none set, or the store failing: logged). */
export async function channelAuthority(deps: ListenerDeps, channelId: string | undefined): Promise<string | null> {
  if (deps.store === null || channelId === undefined) return null;
  try {
    return await deps.store.settings.defaultAuthority('slack', channelId);
  } catch (error) {
    deps.logger.error({ err: error, channel: channelId }, 'could not read the channel settings; answering without them');
    return null;
  }
}
