/**
 * Where a "More results" button finds its question. A button's custom id holds
 * at most 100 characters: short questions travel inside it (so the button keeps
 * working after a restart), longer ones are kept here under a short key.
 */
import { randomUUID } from 'node:crypto';

/** A bounded in-memory map from short keys to questions, oldest dropped first. */
export class QuestionStore {
  readonly #entries = new Map<string, string>();
  /**
   * Differs for every store, so a button from before a restart finds nothing
   * rather than a question someone else asked since (perhaps privately).
   */
  readonly #prefix = randomUUID().slice(0, 8);
  #next = 0;

  constructor(private readonly capacity = 5000) {}

  /** Keep `question` and return its key. */
  put(question: string): string {
    this.#next += 1;
    const key = `${this.#prefix}.${this.#next.toString(36)}`;
    this.#entries.set(key, question);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return key;
  }

  /** The question under `key`, or undefined once forgotten (restart or eviction). */
  get(key: string): string | undefined {
    return this.#entries.get(key);
  }
}

const PREFIX = 'more';
const MAX_CUSTOM_ID = 100;

/** What a "More results" button asks for. */
export interface MoreRequest {
  offset: number;
  /** The question, or null when its stored copy has been forgotten. */
  question: string | null;
}

/** The custom id of a button asking `question` again from `offset`. */
export function moreCustomId(question: string, offset: number, store: QuestionStore): string {
  const inline = `${PREFIX}:${offset}:q:${question}`;
  if (inline.length <= MAX_CUSTOM_ID) return inline;
  return `${PREFIX}:${offset}:k:${store.put(question)}`;
}

/** Whether `customId` belongs to a "More results" button. */
export function isMoreCustomId(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** Decode a "More results" custom id; null when it is not one of ours. */
export function parseMoreCustomId(customId: string, store: QuestionStore): MoreRequest | null {
  const match = /^more:(\d{1,6}):([qk]):([\s\S]*)$/.exec(customId);
  if (!match) return null;
  const offset = Number(match[1]);
  const rest = match[3] ?? '';
  const question = match[2] === 'q' ? rest : (store.get(rest) ?? null);
  return { offset, question };
}
