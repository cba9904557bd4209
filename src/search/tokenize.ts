/**
 * Tokenizer shared by the index builder and the query side, so both see the
 * same words. Unlike Lunr's default (split on whitespace and hyphens, keep
 * punctuation), it splits on anything that is not a letter or digit, so each
 * token's `position` covers exactly the word: highlighting needs that.
 */
import lunr from 'lunr';

/** A word and where it sits in the source string. */
export interface RawToken {
  /** Lower-case word, possessive "'s" removed. */
  word: string;
  start: number;
  length: number;
}

// Letters (any script), digits and apostrophes inside words.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Split `text` into lower-case words with their positions. */
export function splitWords(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0].toLowerCase().replace(/’/g, "'");
    let length = match[0].length;
    // "children's" → "children": the possessive is noise for matching.
    if (word.endsWith("'s")) {
      word = word.slice(0, -2);
      length -= 2;
    }
    word = word.replace(/'/g, '');
    if (word === '') continue;
    out.push({ word, start: match.index ?? 0, length });
  }
  return out;
}

/**
 * A Lunr tokenizer (same contract as `lunr.tokenizer`) built on
 * {@link splitWords}: tokens carry `position` [start, length] and `index`.
 */
export function tokenizer(obj?: unknown, metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.map(String).join(' ') : String(obj);
  return splitWords(text).map(
    (raw, index) => new lunr.Token(raw.word, { ...(metadata ?? {}), position: [raw.start, raw.length], index }),
  );
}
// Lunr's builder reads the separator off its tokenizer; keep the contract.
tokenizer.separator = /[^\p{L}\p{N}']+/u;
