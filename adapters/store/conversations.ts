/**
 * Conversation contexts in the store: what each conversation's last question
 * established (see `adapters/conversation-store.ts`), shared by every process
 * on the database and kept across restarts, each until its expiry (24 hours
 * after the last question, as the adapters ask).
 */
import type { ConversationContext } from '../../src/index.ts';
import type { ConversationContextStore } from '../conversation-store.ts';
import type { SqlRunner } from './sql.ts';

export interface StoredConversations extends ConversationContextStore {
  /** Drop expired contexts; returns how many. */
  prune(): Promise<number>;
}

export function createStoredConversations(db: SqlRunner, now: () => number = Date.now): StoredConversations {
  return {
    async get(key) {
      const rows = await db.query<{ context: ConversationContext }>(
        'select context from conversation_contexts where key = $1 and expires_at > $2',
        [key, new Date(now())],
      );
      return rows[0]?.context ?? null;
    },
    async put(key, context, ttlMs) {
      await db.query(
        `insert into conversation_contexts (key, context, expires_at) values ($1, $2, $3)
         on conflict (key) do update set context = excluded.context, expires_at = excluded.expires_at`,
        [key, JSON.stringify(context), new Date(now() + ttlMs)],
      );
    },
    async prune() {
      const rows = await db.query('delete from conversation_contexts where expires_at <= $1 returning key', [new Date(now())]);
      return rows.length;
    },
  };
}
