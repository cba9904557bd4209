/**
 * Chat shorthand for units of time, spelled out before any reader sees a
 * question's words: "this yr", "over the yrs", "last 6 mths", "a couple of
 * wks". One table, so the time, grade-history and list readers each match
 * only the spelled-out word. The question echoed back keeps what was typed.
 */
import { splitWords, type RawToken } from '../search/tokenize.ts';

const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['yr', 'year'],
  ['yrs', 'years'],
  ['mth', 'month'],
  ['mths', 'months'],
  ['mnth', 'month'],
  ['mnths', 'months'],
  ['wk', 'week'],
  ['wks', 'weeks'],
]);

/**
 * A question's words as the readers take them: {@link splitWords}, with chat
 * shorthand spelled out. Each token keeps its place in the text (`start`,
 * `length`), so only `word` differs from what was typed.
 */
export function questionWords(text: string): RawToken[] {
  return splitWords(text).map((token) => {
    const spelled = SPELLED_OUT.get(token.word);
    return spelled === undefined ? token : { ...token, word: spelled };
  });
}
