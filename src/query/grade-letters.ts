/**
 * Ofsted's grades as staff write them in letters: "RI/I/RI", "G→O→O", "O/O/G/O" for a judgement table, "straight
 * Os", "4 Gs". Spelled out as grade words before any reader sees them, so each reader matches only the words
 * (a letter alone is too common to read anywhere: "I", "a G&T lead", "O level"). A letter counts as a grade only
 * beside another grade it is joined to, or as a plural after a word that counts grades; once a message has written
 * its grades in letters, "the I" or "an O" in it are grades too.
 */
import type { RawToken } from '../search/tokenize.ts';

/**
 * A grade's letters, and their plurals, as the grade word the readers match ("ri" is already one; "inad" is spelled
 * out before, with the other clipped words, chat-shorthand.ts).
 */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ['o', 'outstanding'],
  ['os', 'outstanding'],
  ['outst', 'outstanding'],
  ['g', 'good'],
  ['gs', 'good'],
  ['i', 'inadequate'],
  ['ri', 'ri'],
  ['ris', 'ri'],
]);

/** Grade words a letter may be chained to: "RI → good", "inadequate/RI". */
const GRADE_WORDS: ReadonlySet<string> = new Set(['outstanding', 'good', 'inadequate', 'ri', 'adequate']);

/**
 * What joins the grades of a chain: a slash, an arrow or a greater-than sign, with any spacing, or a dash with none
 * ("RI-I-RI"; "Bury G - I think…" is not a chain).
 */
const JOINER = /^(?:\s*(?:\/|→|⟶|➡|⇒|-+>|=>|>|\|)\s*|[-–])$/;

/** Words that count the grades after them: "straight Os", "all Gs", "4 Os", "a full house of Os". */
const COUNTING = new Set(['straight', 'all', 'solid', 'two', 'three', 'four', 'five', 'both', 'of', '2', '3', '4', '5']);

/** Words before a lone letter that make it a grade once the message has written grades in letters: "when was the I?". */
const NAMING = new Set(['the', 'an', 'a', 'got', 'get', 'gets', 'getting', 'to', 'from', 'was']);

/** `tokens` with the grades written in letters spelled out as grade words; each token keeps its place. */
export function withGradeLettersSpelled(tokens: RawToken[], text: string): RawToken[] {
  if (!tokens.some((t) => LETTERS.has(t.word) && t.word !== 'ri')) return tokens;
  const joined = (i: number): boolean => {
    const a = tokens[i];
    const b = tokens[i + 1];
    return a !== undefined && b !== undefined && JOINER.test(text.slice(a.start + a.length, b.start));
  };
  const isGrade = (i: number): boolean => {
    const word = tokens[i]?.word ?? '';
    return LETTERS.has(word) || GRADE_WORDS.has(word);
  };
  const spelled = new Set<number>();
  tokens.forEach((token, i) => {
    if (!LETTERS.has(token.word)) return;
    const chained = (joined(i - 1) && isGrade(i - 1)) || (joined(i) && isGrade(i + 1));
    // A plural letter ("Os", "O's") after a word that counts grades; "O's" loses its possessive in splitWords.
    const plural = /^(?:os|gs|ris)$/.test(token.word) || /^[ogi]['’]s$/i.test(text.slice(token.start, token.start + 3));
    const counted = plural && COUNTING.has(tokens[i - 1]?.word ?? '');
    // "O across the board", "Gs in every area": a grade given everywhere.
    const everywhere = /^across the board|^in (?:every|each|all) (?:the )?areas?/.test(tokens.slice(i + 1, i + 5).map((t) => t.word).join(' '));
    if (chained || counted || everywhere) spelled.add(i);
  });
  if (spelled.size === 0) return tokens;
  return tokens.map((token, i) => {
    const word = LETTERS.get(token.word);
    if (word === undefined) return token;
    if (spelled.has(i)) return { ...token, word };
    // Once grades are written in letters, a lone capital O or G, or a letter after "the", "got"…, is one as well.
    const typed = text.slice(token.start, token.start + token.length);
    const lone = ((typed === 'O' || typed === 'G') && token.length === 1) || (/^[OGI]$/.test(typed) && NAMING.has(tokens[i - 1]?.word ?? ''));
    return lone ? { ...token, word } : token;
  });
}
