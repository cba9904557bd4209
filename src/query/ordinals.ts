/**
 * A report named by its place in an authority's order: "their first
 * inspection", "the second focused visit", "the penultimate report", "the
 * last but one". understand-words.ts reads it; the kind readers answer it.
 */
import type { ReportKind } from '../model.ts';
import type { RawToken } from '../search/tokenize.ts';

/** A word that may stand between "last" (or an ordinal) and what it names: "their last full inspection". */
export const LAST_QUALIFIERS: ReadonlySet<string> = new Set(['full', 'proper', 'graded', 'standard', 'main', 'big']);

/** Ordinal words before a report: "their first inspection", "the second focused visit", "the penultimate report". */
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, earliest: 1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
/** The reports an ordinal may count, by the word naming them (a letter is a focused visit's). */
const ORDINAL_NOUNS: Readonly<Record<string, (kind: ReportKind) => boolean>> = {
  inspection: (kind) => kind !== 'focused-visit' && kind !== 'council-paper',
  ilacs: (kind) => kind === 'ilacs',
  sif: (kind) => kind === 'sif',
  report: (kind) => kind !== 'council-paper',
  visit: (kind) => kind === 'focused-visit',
  fv: (kind) => kind === 'focused-visit',
  letter: (kind) => kind === 'focused-visit',
  focused: (kind) => kind === 'focused-visit',
};

/**
 * An ordinal before a report at token `i` ("first", "first ever", "second full", "penultimate", "last but one"): the
 * count (from the end when `fromEnd`), which reports it counts, and how many words say the ordinal (the noun stays).
 */
export function ordinalAt(tokens: readonly RawToken[], i: number): { n: number; fromEnd: boolean; counts: (kind: ReportKind) => boolean; length: number } | null {
  const word = (k: number): string => tokens[i + k]?.word ?? '';
  // "From the earliest report through to the most recent", "since their first inspection": a span's end, not one report.
  const before = /^(?:the|their|its|our|his|her)$/.test(word(-1)) ? word(-2) : word(-1);
  if (/^(?:from|since|between|after|before|until|till|through|to)$/.test(before)) return null;
  let n: number;
  let fromEnd = false;
  let length: number;
  if (ORDINALS[word(0)] !== undefined) [n, length] = [ORDINALS[word(0)] as number, 1];
  else if (word(0) === 'penultimate') [n, fromEnd, length] = [2, true, 1];
  else if (word(0) === 'last' && word(1) === 'but' && word(2) === 'one') [n, fromEnd, length] = [2, true, 3];
  else return null;
  const ever = word(length) === 'ever' ? 1 : 0;
  const qualified = LAST_QUALIFIERS.has(word(length + ever)) ? 1 : 0;
  const noun = word(length + ever + qualified);
  const counts = ORDINAL_NOUNS[noun] ?? ORDINAL_NOUNS[noun.replace(/s$/, '')];
  // "Their first visit" counts visits; "the first two visits" is no ordinal of one report.
  if (counts === undefined) return null;
  return { n, fromEnd, counts, length: length + ever };
}
