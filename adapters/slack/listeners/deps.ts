/**
 * What every listener needs, passed in once by `app.ts` so listeners hold
 * no globals and tests can give them a real corpus and a quiet logger.
 */
import type { Corpus } from '../../../src/answer-types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { PerKeyQueue } from '../../runtime/per-key-queue.ts';
import type { ConversationContextStore } from '../../conversation-store.ts';
import type { Dedupe } from '../dedupe.ts';

export interface ListenerDeps {
  corpus: Corpus;
  logger: Logger;
  /** Remembers which posts were answered, so each question is answered once. */
  dedupe: Dedupe;
  /** One lane per channel for Web API calls, so one channel's trouble stays there. */
  lanes: PerKeyQueue;
  timeouts: { responseUrlMs: number };
  /** Each thread's conversation context, so follow-ups reuse what the last question established. */
  conversations: ConversationContextStore;
}
