/**
 * Counts written as words in a span of time ("the last six months", "a
 * couple of years"): read by the question's understanding (understand.ts) and
 * by the lists' windows (kinds/list-time.ts) alike.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, few: 3, couple: 2,
};
