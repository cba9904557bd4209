/**
 * A council's one-word name as dictation writes it, in two or three words:
 * "nor folk", "kirk lees", "bourne mouth", "hilling don". Speech recognisers
 * split a place name they do not know into words they do, so the parts are
 * joined back into one token spanning what was said, and the authority
 * reader matches it as typed. Only a join that spells a council's name
 * exactly counts; every other word is left as it was.
 */
import type { RawToken } from '../search/tokenize.ts';

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

const JOINING: ReadonlySet<string> = new Set(['and', 'or', 'of', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'from', 'as', 'is', 'was', 'are', 'were', 'be', 'it', 'not', 'no', 'if', 'so', 'but']);

/** The most words one name is split into. */
const MOST_PARTS = 3;

/** `tokens` with each run of two or three words that spells one of `names` (one-word forms) joined into that word. */
export function withNamesSaidApart(tokens: readonly RawToken[], names: ReadonlySet<string>): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const parts = [MOST_PARTS, 2].find((n) => {
      const run = tokens.slice(i, i + n);
      // After an article the words are ordinary ones: "the new castle", "the south end of the county".
      // Nor is a run with a joining word in it: "and over" is never Andover.
      return run.length === n && !ARTICLES.has(tokens[i - 1]?.word ?? '') && run.every((t) => /^[a-z]+$/.test(t.word) && !JOINING.has(t.word)) && names.has(run.map((t) => t.word).join(''));
    });
    if (parts === undefined) {
      out.push(tokens[i] as RawToken);
      i += 1;
      continue;
    }
    const first = tokens[i] as RawToken;
    const last = tokens[i + parts - 1] as RawToken;
    out.push({ word: tokens.slice(i, i + parts).map((t) => t.word).join(''), start: first.start, length: last.start + last.length - first.start });
    i += parts;
  }
  return out;
}
