/**
 * What a phone's dictation writes for words the readers know in another form:
 * years said as words ("twenty twenty three", "two thousand and nineteen"),
 * ages ("sixteen and seventeen year olds")
 * and the names of Ofsted's work as speech recognisers commonly mishear them
 * ("off said", "I lax", "focus visit"). Each becomes the word the readers
 * match, one token spanning what was said, so a dictated question reads as
 * a typed one.
 */
import type { RawToken } from '../search/tokenize.ts';

const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Ofsted's words as dictation writes them, by their spoken parts. */
const MISHEARD: ReadonlyArray<{ said: readonly string[]; meant: string }> = [
  { said: ['off', 'said'], meant: 'ofsted' },
  { said: ['off', 'sted'], meant: 'ofsted' },
  { said: ['off', 'stead'], meant: 'ofsted' },
  { said: ['of', 'stead'], meant: 'ofsted' },
  { said: ['ofstead'], meant: 'ofsted' },
  { said: ['i', 'lax'], meant: 'ilacs' },
  { said: ['i', 'lacks'], meant: 'ilacs' },
  { said: ['eye', 'lax'], meant: 'ilacs' },
  { said: ['eye', 'lacks'], meant: 'ilacs' },
  // "the outstanding el ays": local authorities by their letters, as said.
  { said: ['el', 'ays'], meant: 'las' },
  { said: ['el', 'ay'], meant: 'la' },
  { said: ['el', 'a'], meant: 'la' },
];

/** Punctuation said aloud and written out by dictation ("…back to early help question mark"): no words of the question. */
const SPOKEN_PUNCTUATION: ReadonlyArray<readonly string[]> = [['question', 'mark'], ['exclamation', 'mark'], ['full', 'stop'], ['new', 'line'], ['new', 'paragraph']];

/** A year said as words at `i` ("twenty nineteen", "twenty twenty three", "two thousand and twelve"): the year and how many words. */
function spokenYearAt(tokens: readonly RawToken[], i: number): { year: number; length: number } | null {
  const word = (k: number): string => tokens[i + k]?.word ?? '';
  if (word(0) === 'twenty') {
    const teen = TEENS[word(1)];
    if (teen !== undefined) return { year: 2000 + teen, length: 2 };
    if (word(1) === 'twenty' || word(1) === 'thirty') {
      const unit = UNITS[word(2)];
      return { year: (word(1) === 'twenty' ? 2020 : 2030) + (unit ?? 0), length: unit === undefined ? 2 : 3 };
    }
    return null;
  }
  if (word(0) === 'two' && word(1) === 'thousand') {
    const and = word(2) === 'and' ? 1 : 0;
    const rest = word(2 + and);
    const value = TEENS[rest] ?? UNITS[rest];
    if (value !== undefined) return { year: 2000 + value, length: 3 + and };
    if (rest === 'twenty') {
      const unit = UNITS[word(3 + and)];
      return { year: 2020 + (unit ?? 0), length: unit === undefined ? 3 + and : 4 + and };
    }
  }
  return null;
}

/** Whether the number at `i` is an age: "sixteen year olds", "sixteen and seventeen year old care leavers". */
function saysAnAge(tokens: readonly RawToken[], i: number): boolean {
  const word = (k: number): string => tokens[k]?.word ?? '';
  const next = /^(?:and|to|or)$/.test(word(i + 1)) ? i + 3 : i + 1;
  return /^(?:year|years|yr|yrs)$/.test(word(next)) && /^olds?$/.test(word(next + 1));
}

/** One token standing for `length` tokens from `i`, spanning their text. */
function merged(tokens: readonly RawToken[], i: number, length: number, word: string): RawToken {
  const first = tokens[i] as RawToken;
  const last = tokens[i + length - 1] as RawToken;
  return { word, start: first.start, length: last.start + last.length - first.start };
}

/** `tokens` with dictated years and misheard names as the words the readers match. */
export function withSpokenWordsAsTyped(tokens: readonly RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const year = spokenYearAt(tokens, i);
    if (year !== null) {
      out.push(merged(tokens, i, year.length, String(year.year)));
      i += year.length;
      continue;
    }
    // Said punctuation: "question mark" anywhere (a question never asks about one), the rest only to end the message.
    const said = SPOKEN_PUNCTUATION.find((p) => p.every((w, k) => tokens[i + k]?.word === w));
    if (said !== undefined && (said[0] === 'question' || i + said.length === tokens.length)) {
      i += said.length;
      continue;
    }
    const misheard = MISHEARD.find((m) => m.said.every((w, k) => tokens[i + k]?.word === w));
    if (misheard !== undefined) {
      out.push(merged(tokens, i, misheard.said.length, misheard.meant));
      i += misheard.said.length;
      continue;
    }
    const token = tokens[i] as RawToken;
    const age = TEENS[token.word] ?? UNITS[token.word];
    if (age !== undefined && saysAnAge(tokens, i)) {
      out.push({ ...token, word: String(age) });
      i += 1;
      continue;
    }
    // "focus visit(s)": the dictated (and often typed) form of a focused visit.
    out.push(token.word === 'focus' && /^visits?$/.test(tokens[i + 1]?.word ?? '') ? { ...token, word: 'focused' } : token);
    i += 1;
  }
  return out;
}
