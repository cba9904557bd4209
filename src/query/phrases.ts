/**
 * Phrases and leanings, read from a paragraph's words at query time.
 *
 * The index keeps no word positions (they would double its size, see
 * pipeline.ts), so a question's multi-word sector phrases — "local offer",
 * "care proceedings", "agency social workers", "staying put" — are checked
 * here on the few candidates worth re-ranking: the phrase, or its words close
 * together and in order, counts for far more than the words scattered
 * through a paragraph. The words are compared as stems, so "return home
 * interviews" matches "return home interview", and sector words the index
 * drops as too common ("local", "young people") still make up phrases.
 */
import { porterStem } from '../search/pipeline.ts';
import type { splitWords } from '../search/tokenize.ts';
import { EVALUATIVE_WORDS, QUESTION_STOP_WORDS } from '../search/vocabulary.ts';

/** Two question words that stand next to each other, as stems, with how the question wrote them. */
export interface WordPair {
  first: string;
  second: string;
  source: string;
}

/** Words between a pair's two in a paragraph for it still to count as the phrase ("return home interview" ~ "return interview"). */
export const PAIR_GAP = 1;

const STEMS = new Map<string, string>();

/** Lunr's stem of a word (plural "s" folded first, as the pipeline does), cached: the same few thousand words recur. */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    const loose = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
    s = porterStem(loose);
    if (STEMS.size >= 100_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

/** Words that never make up a phrase: function words and the question's own filler. */
const GLUE = new Set<string>([
  ...'a an and are as at be but by for from has have how if in into is it its of on or so than that the their them then there these they this to was were what when where which who why will with would do does did any all can could should been being which'.split(' '),
  ...QUESTION_STOP_WORDS,
]);

/**
 * The question's adjacent word pairs, function words removed ("children in
 * care" gives children–care). Intent words are left out by the caller.
 */
export function questionPairs(words: readonly string[], skip: ReadonlySet<string> = new Set()): WordPair[] {
  const kept = words.filter((w) => !GLUE.has(w) && !skip.has(w) && !/^\d+$/.test(w));
  const pairs: WordPair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i] as string;
    const b = kept[i + 1] as string;
    const first = stem(a);
    const second = stem(b);
    const key = `${first} ${second}`;
    if (first === second || seen.has(key)) continue;
    seen.add(key);
    pairs.push({ first, second, source: `${a} ${b}` });
  }
  return pairs;
}

/** A paragraph's words as stems, in order, with the sentence each is in (0 for the first). */
export interface ReadParagraph {
  stems: string[];
  sentences: number[];
}

/** A letter or digit of any script, as {@link splitWords} reads words. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = /['’]/g;

/** Whether the code point is a letter or digit: ASCII without a regular expression, which the re-reading's thousands of words a question would feel. */
function isWordPoint(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCodePoint(c));
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59; // . ! ? ;
}

/**
 * The stems a re-reading looks for, by their first three letters: a word that
 * begins none of them cannot stem to any of them, so it is left unstemmed.
 * Porter's stemmer only changes a word's end: every word of four or more
 * letters keeps its first two in its stem, and its first three unless its
 * stem is shorter ("doing" → "do") or the third is a "y" its stem ends on
 * ("days" → "dai"). Over the national corpus's words no other case occurs
 * (test/core/read-paragraph.test.ts checks a whole report). Stemming every
 * word was a quarter of a question's time, and a filter of two letters let
 * through a word in three (measured with --cpu-prof).
 */
export interface StemFilter {
  /** Marks, by `first * 128 + second` (ASCII letters lower-cased, digits), the two-letter beginnings of the stems wanted. */
  readonly beginnings: Uint8Array;
  /** By the same two letters, the third letters (a to z as bits 0 to 25) of the stems wanted; {@link ANY_THIRD} for a stem of two letters or a third that is not a letter. */
  readonly thirds: Uint32Array;
}

/** A stem of two letters, or with a third that is not a-z: every word of its two letters is read. */
const ANY_THIRD = 1 << 26;

/** The filter for a set of stems; see {@link StemFilter}. */
export function stemFilter(stems: Iterable<string>): StemFilter {
  const beginnings = new Uint8Array(128 * 128);
  const thirds = new Uint32Array(128 * 128);
  for (const s of stems) {
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(1);
    if (!(a < 128 && b < 128)) continue;
    beginnings[a * 128 + b] = 1;
    const c = s.charCodeAt(2);
    thirds[a * 128 + b] = (thirds[a * 128 + b] as number) | (c >= 97 && c <= 122 ? 1 << (c - 97) : ANY_THIRD);
  }
  return { beginnings, thirds };
}

/** The stem put in place of a word that stems to nothing looked for: it keeps the word's place and sentence. */
export const UNREAD = '';

/** Words shorter than this are always stemmed: Porter's stemmer can shorten them below two letters ("aed" → "a"). */
const FILTERED_LENGTH = 4;

/**
 * Read a paragraph once for everything the re-ranking asks of it (phrases,
 * its opening, its leaning). The same words as {@link splitWords} gives the
 * index (letters and digits, apostrophes inside words, a possessive "'s"
 * dropped), read in one pass over the characters: a question re-reads 80
 * paragraphs, and splitting them with a regular expression was a fifth of its
 * time (measured with --cpu-prof). With `wanted`, a word that cannot stem to
 * a wanted stem stands as {@link UNREAD}.
 */
export function readParagraph(text: string, wanted?: StemFilter): ReadParagraph {
  const stems: string[] = [];
  const sentences: number[] = [];
  let sentence = 0;
  let endSeen = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.codePointAt(i) as number;
    if (!isWordPoint(c)) {
      if (isSentenceEnd(c)) endSeen = true;
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // A run of letters and digits, joined across an apostrophe only when a letter or digit follows it.
    for (;;) {
      while (i < n) {
        const d = text.codePointAt(i) as number;
        if (!isWordPoint(d)) break;
        i += d > 0xffff ? 2 : 1;
      }
      const a = text.charCodeAt(i);
      if ((a === 39 || a === 0x2019) && i + 1 < n && isWordPoint(text.codePointAt(i + 1) as number)) {
        i += 1;
        continue;
      }
      break;
    }
    if (endSeen && stems.length > 0) sentence += 1;
    endSeen = false;
    if (wanted !== undefined && i - start >= FILTERED_LENGTH && !mayBeWanted(text, start, wanted)) {
      stems.push(UNREAD);
      sentences.push(sentence);
      continue;
    }
    let word = text.slice(start, i).toLowerCase();
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    if (word.includes("'") || word.includes('’')) word = word.replace(APOSTROPHES, '');
    if (word === '') continue;
    stems.push(stem(word));
    sentences.push(sentence);
  }
  return { stems, sentences };
}

/** Whether the word at `start` (four or more characters) begins like a wanted stem; a non-ASCII beginning is always read. */
function mayBeWanted(text: string, start: number, wanted: StemFilter): boolean {
  let a = text.charCodeAt(start);
  let b = text.charCodeAt(start + 1);
  // "O'Neill" is read as "oneill": a word with an apostrophe second is always read.
  if (a >= 128 || b >= 128 || b === 39) return true;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  const at = a * 128 + b;
  if (wanted.beginnings[at] !== 1) return false;
  const thirds = wanted.thirds[at] as number;
  if ((thirds & ANY_THIRD) !== 0) return true;
  let c = text.charCodeAt(start + 2);
  if (c >= 65 && c <= 90) c += 32;
  // A third that is not a-z (a digit, an apostrophe, a letter beyond ASCII) is always read.
  if (!(c >= 97 && c <= 122)) return true;
  // "days" stems to "dai": a "y" third may be the "i" of a stem.
  return (thirds & (1 << (c - 97))) !== 0 || (c === 121 && (thirds & (1 << 8)) !== 0);
}

/**
 * The pairs that occur in `stems` in order, at most {@link PAIR_GAP} words
 * apart, within one sentence when `sentences` is given ("…regional adoption
 * agency. The arrangements…" is not the phrase "agency arrangements").
 */
export function pairsIn(stems: readonly string[], pairs: readonly WordPair[], sentences?: readonly number[]): WordPair[] {
  if (pairs.length === 0) return [];
  const firsts = new Map<string, WordPair[]>();
  for (const pair of pairs) firsts.set(pair.first, [...(firsts.get(pair.first) ?? []), pair]);
  const found = new Set<WordPair>();
  for (let i = 0; i < stems.length; i++) {
    const starting = firsts.get(stems[i] as string);
    if (starting === undefined) continue;
    for (const pair of starting) {
      if (found.has(pair)) continue;
      for (let j = i + 1; j <= i + 1 + PAIR_GAP && j < stems.length; j++) {
        if (stems[j] === pair.second && (sentences === undefined || sentences[j] === sentences[i])) {
          found.add(pair);
          break;
        }
      }
    }
  }
  return pairs.filter((p) => found.has(p));
}

const POSITIVE = new Set(EVALUATIVE_WORDS.positive.map(stem));
const NEGATIVE = new Set(EVALUATIVE_WORDS.negative.map(stem));

/**
 * What {@link readParagraph} must stem for a re-reading: the question's
 * phrases, its topic and, when it leans, the evaluative words.
 */
export function rereadFilter(pairs: readonly WordPair[], topic: ReadonlySet<string>, leans: boolean): StemFilter {
  return stemFilter([...pairs.flatMap((p) => [p.first, p.second]), ...topic, ...(leans ? [...POSITIVE, ...NEGATIVE] : [])]);
}

/**
 * How a paragraph leans where it speaks of the topic, from -1 (critical) to
 * 1 (praising): the balance of evaluative words in the sentences holding
 * any of `topic` (stems). 0 when no sentence holds the topic.
 */
export function leaning(read: ReadParagraph, topic: ReadonlySet<string>): number {
  const onTopic = new Set<number>();
  read.stems.forEach((s, i) => {
    if (topic.has(s)) onTopic.add(read.sentences[i] as number);
  });
  let positive = 0;
  let negative = 0;
  read.stems.forEach((s, i) => {
    if (!onTopic.has(read.sentences[i] as number)) return;
    if (POSITIVE.has(s)) positive += 1;
    else if (NEGATIVE.has(s)) negative += 1;
  });
  return (positive - negative) / (positive + negative + 1);
}

/**
 * The share of the question's topic words (as stems) in the paragraph's first
 * sentence: inspectors open a paragraph with what it is about, so a paragraph
 * that leads with the topic is about it, where one that mentions it later is
 * often about something else.
 */
export function leadShare(read: ReadParagraph, topic: ReadonlySet<string>): number {
  const first = new Set(read.stems.filter((_, i) => read.sentences[i] === 0));
  let found = 0;
  for (const s of topic) if (first.has(s)) found += 1;
  return topic.size === 0 ? 0 : found / topic.size;
}
