/**
 * How far each common question word is needed in its answer, learned from
 * the development set's tuning half (`npm run learn-term-necessity`, which
 * writes term-necessity.json): "back", "up", "keep", "properly", "enough" and
 * the frameworks' names ("SIF", "ILACS") are asked often and seldom stand in
 * the paragraph that answers ("did they come back into care", "SIF 2015 -
 * …"). A word the table holds counts that share of a topic word in the
 * question; every other word counts fully. This is term necessity
 * (Zhao and Callan) at its simplest: the rate at which a word asked is found
 * in its answer, against the rate for all words, smoothed towards it.
 */
import saved from './term-necessity.json' with { type: 'json' };

/** The saved table's shape (format 1). */
export interface TermNecessityTable {
  format: 1;
  /** How the table was learned, and from what. */
  description: string;
  /** The share of all question words asked that stood in their answer. */
  prior: number;
  /** Each word's weight, with the evidence it rests on: questions asking it, and how many of their answers held it. */
  words: Record<string, { asked: number; inAnswer: number; weight: number }>;
}

/** The format {@link checkTermNecessity} accepts. */
export const TERM_NECESSITY_FORMAT = 1;

/** Throws unless `table` is a term-necessity table of this format, with weights in (0, 1]. */
export function checkTermNecessity(table: unknown): TermNecessityTable {
  const t = table as Partial<TermNecessityTable> | null;
  if (t === null || typeof t !== 'object' || t.format !== TERM_NECESSITY_FORMAT) {
    throw new Error(`term-necessity: expected format ${TERM_NECESSITY_FORMAT}, got ${JSON.stringify(t?.format)}`);
  }
  for (const [word, entry] of Object.entries(t.words ?? {})) {
    if (!(entry.weight > 0 && entry.weight <= 1)) throw new Error(`term-necessity: expected a weight in (0, 1] for "${word}", got ${entry.weight}`);
  }
  return t as TermNecessityTable;
}

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(checkTermNecessity(saved).words).map(([word, e]) => [word, e.weight]));

/** The weight of question word `word` (lower case) as a topic word: 1 unless the table learned less. */
export function necessityOf(word: string): number {
  return WEIGHTS.get(word) ?? 1;
}
