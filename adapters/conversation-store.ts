/**
 * Where Slack and Discord keep each conversation's context between questions
 * (what the last question established, so "what about in 2016?" can reuse
 * it). The core is pure: adapters read the context before a question and
 * write the one `corpus.converse` returns after it.
 *
 * House rule: state lives in the database, never only in process memory.
 * The database store (PGlite/Postgres) implements {@link ConversationContextStore};
 * until it is plugged in, the adapters run with {@link NO_CONVERSATION_STORE}
 * (every question starts afresh). {@link createTemporaryMemoryStore} exists
 * for tests only.
 */
import type { ConversationContext } from '../src/index.ts';

/** How long a conversation's context is kept after its last question. */
export const CONVERSATION_TTL_MS = 24 * 60 * 60 * 1000;

export interface ConversationContextStore {
  /** The context stored under `key`, or null when there is none or it has expired. */
  get(key: string): Promise<ConversationContext | null>;
  /** Store `context` under `key`, replacing any, to expire `ttlMs` from now. */
  put(key: string, context: ConversationContext, ttlMs: number): Promise<void>;
}

/**
 * The key of one conversation: one person in one thread (Slack), reply
 * chain or thread (Discord), or reply thread or chat (Teams). Users and
 * channels never share a context.
 */
export function conversationKey(platform: 'slack' | 'discord' | 'teams', parts: { workspace?: string | undefined; channel: string; thread: string; user: string }): string {
  return [platform, parts.workspace ?? '-', parts.channel, parts.thread, parts.user].join(':');
}

/** A store that remembers nothing: every question starts afresh (the default until the database store is plugged in). */
export const NO_CONVERSATION_STORE: ConversationContextStore = {
  get: async () => null,
  put: async () => {},
};

/**
 * TEMPORARY, for tests only: an in-process store with expiry. Production must
 * use the database store (state never lives only in process memory).
 */
export function createTemporaryMemoryStore(now: () => number = Date.now): ConversationContextStore & { size(): number } {
  const entries = new Map<string, { context: string; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return null;
      if (entry.expires <= now()) {
        entries.delete(key);
        return null;
      }
      // Stored as JSON, as a database would: no object is shared between callers.
      return JSON.parse(entry.context) as ConversationContext;
    },
    async put(key, context, ttlMs) {
      entries.set(key, { context: JSON.stringify(context), expires: now() + ttlMs });
    },
    size: () => entries.size,
  };
}
