/**
 * Where a button finds the answer it belongs to. A button's custom id holds
 * at most 100 characters: every answer is kept under a short random key (in
 * the store, bounded and expiring, shared by every process and kept across
 * restarts; see `adapters/store/answer-keys.ts`), which "More results" and
 * 👍 / 👎 carry. Short questions also travel inline in "More results", so
 * those buttons work even when the key has expired.
 */
import { randomBytes } from 'node:crypto';
import type { ConversationContext } from '../../../src/index.ts';
import type { StoredAnswer } from '../../store/answer-keys.ts';
import type { Store } from '../../store/open-store.ts';

export type { StoredAnswer } from '../../store/answer-keys.ts';

/** Keeps answers under short keys. */
export interface QuestionStore {
  put(answer: StoredAnswer): Promise<string>;
  get(key: string): Promise<StoredAnswer | undefined>;
}

/** The store's answer keys, for Discord. */
export function storeQuestions(store: Store): QuestionStore {
  return { put: (answer) => store.answers.put('discord', answer), get: (key) => store.answers.get(key) };
}

/**
 * A bounded in-memory map (oldest dropped first), for a bot without a store
 * (tests). Keys are random, so a button from before a restart finds nothing
 * rather than a question someone else asked since (perhaps privately).
 */
export function memoryQuestions(capacity = 5000): QuestionStore {
  const entries = new Map<string, StoredAnswer>();
  return {
    async put(answer) {
      const key = randomBytes(9).toString('base64url');
      entries.set(key, answer);
      while (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return key;
    },
    async get(key) {
      return entries.get(key);
    },
  };
}

const PREFIX = 'more';
const MAX_CUSTOM_ID = 100;

/** What a "More results" button asks for. */
export interface MoreRequest {
  offset: number;
  /** The question, or null when its stored copy has been forgotten. */
  question: string | null;
  /** The conversation context it was asked in (null: a fresh question). */
  context: ConversationContext | null;
}

/**
 * The custom id of a button asking `question` again from `offset`; `key` is
 * the answer's stored key. A question asked in a conversation always goes by
 * key, which keeps its context.
 */
export function moreCustomId(question: string, offset: number, key: string, inConversation = false): string {
  const inline = `${PREFIX}:${offset}:q:${question}`;
  if (!inConversation && inline.length <= MAX_CUSTOM_ID) return inline;
  return `${PREFIX}:${offset}:k:${key}`;
}

/** Whether `customId` belongs to a "More results" button. */
export function isMoreCustomId(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** Decode a "More results" custom id; null when it is not one of ours. */
export async function parseMoreCustomId(customId: string, store: QuestionStore): Promise<MoreRequest | null> {
  const match = /^more:(\d{1,6}):([qk]):([\s\S]*)$/.exec(customId);
  if (!match) return null;
  const offset = Number(match[1]);
  const rest = match[3] ?? '';
  if (match[2] === 'q') return { offset, question: rest, context: null };
  const stored = await store.get(rest);
  return { offset, question: stored?.question ?? null, context: stored?.context ?? null };
}
