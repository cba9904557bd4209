/**
 * Short keys for answers whose question (and cited paragraphs) a button must
 * find again later: Discord's "More results" and the 👍 / 👎 buttons, whose
 * ids hold at most 100 characters. Bounded (oldest dropped beyond
 * `capacity`) and expiring (after `ttlMs`), and shared by every process on
 * the store, so a button works on any replica and after a restart.
 */
import { randomBytes } from 'node:crypto';
import type { ConversationContext } from '../../src/index.ts';
import type { SqlRunner } from './sql.ts';

export interface StoredAnswer {
  question: string;
  /** References of the paragraphs (or, for grades, the reports) the answer cited ("bury-2025 13"). */
  paragraphRefs: string[];
  /** The conversation context the question was asked in, so a button recomputes the same answer. */
  context?: ConversationContext | null;
}

export interface AnswerKeys {
  /** Keep an answer and return its key (12 characters). */
  put(platform: string, answer: StoredAnswer): Promise<string>;
  /** The answer under `key`, or undefined once expired or dropped. */
  get(key: string): Promise<StoredAnswer | undefined>;
  /** Drop expired keys, and the oldest beyond capacity; returns how many. */
  prune(): Promise<number>;
}

export const ANSWER_KEY_TTL_MS = 30 * 24 * 60 * 60_000;
export const ANSWER_KEY_CAPACITY = 100_000;

export function createAnswerKeys(
  db: SqlRunner,
  options: { ttlMs?: number; capacity?: number; now?: () => number } = {},
): AnswerKeys {
  const ttlMs = options.ttlMs ?? ANSWER_KEY_TTL_MS;
  const capacity = options.capacity ?? ANSWER_KEY_CAPACITY;
  const now = options.now ?? Date.now;
  return {
    async put(platform, answer) {
      const key = randomBytes(9).toString('base64url');
      await db.query(
        'insert into answer_keys (key, platform, question, paragraph_refs, context, created_at) values ($1, $2, $3, $4, $5, $6)',
        [key, platform, answer.question, JSON.stringify(answer.paragraphRefs), answer.context == null ? null : JSON.stringify(answer.context), new Date(now())],
      );
      return key;
    },
    async get(key) {
      const rows = await db.query<{ question: string; paragraph_refs: string[]; context: ConversationContext | null }>(
        'select question, paragraph_refs, context from answer_keys where key = $1 and created_at > $2',
        [key, new Date(now() - ttlMs)],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      return { question: row.question, paragraphRefs: row.paragraph_refs, ...(row.context === null ? {} : { context: row.context }) };
    },
    async prune() {
      const expired = await db.query('delete from answer_keys where created_at <= $1 returning key', [new Date(now() - ttlMs)]);
      const over = await db.query(
        `delete from answer_keys where key in (
           select key from answer_keys order by created_at desc offset $1
         ) returning key`,
        [capacity],
      );
      return expired.length + over.length;
    },
  };
}
