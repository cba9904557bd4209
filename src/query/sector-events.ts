/**
 * Events of the sector staff date things by, as a time range: "since the Care Review", "the first full inspection
 * after Working Together 2023", "before the new government came in". Each is read as the day it happened, so "since"
 * or "after" one is from its year on, and "before" one is as at the day before (time-range.ts). The pandemic, which
 * staff name the same way ("since covid"), is read there too.
 */
import type { TimeRange } from '../answer-types.ts';
import type { RawToken } from '../search/tokenize.ts';
import { span } from './date-words.ts';

export interface SectorEvent {
  /** The words naming it, as a question's tokens read (lower case, no "the"). */
  words: readonly string[];
  /** The day it happened or was published (ISO). */
  date: string;
}

export const SECTOR_EVENTS: readonly SectorEvent[] = [
  // The Independent Review of Children's Social Care published its final report on 23 May 2022.
  { words: ['care', 'review'], date: '2022-05-23' },
  { words: ['independent', 'review', 'of', 'children', 's', 'social', 'care'], date: '2022-05-23' },
  { words: ['macalister', 'review'], date: '2022-05-23' },
  // Working Together to Safeguard Children 2023, published 15 December 2023.
  { words: ['working', 'together', '2023'], date: '2023-12-15' },
  // The government formed after the general election of 4 July 2024. ("The election" alone may be the next one:
  // "is Ofsted going to inspect Walsall before the election?")
  { words: ['new', 'government'], date: '2024-07-05' },
  { words: ['labour', 'government'], date: '2024-07-05' },
];

/** Longest first, so "working together 2023" is read before any shorter form. */
const BY_LENGTH = [...SECTOR_EVENTS].sort((a, b) => b.words.length - a.words.length);

const FROM_WORDS = new Set(['since', 'after', 'following', 'post']);
const BEFORE_WORDS = new Set(['before', 'pre', 'prior']);

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A range told by an event at token `i` ("since the Care Review", "before the new government", "prior to Working
 * Together 2023"), with the tokens it used, or null.
 */
export function eventRangeAt(tokens: readonly RawToken[], i: number): { range: TimeRange; used: number[] } | null {
  const word = tokens[i]?.word ?? '';
  const from = FROM_WORDS.has(word);
  if (!from && !BEFORE_WORDS.has(word)) return null;
  let at = i + 1;
  if (word === 'prior' && tokens[at]?.word === 'to') at += 1;
  if (tokens[at]?.word === 'the') at += 1;
  const event = BY_LENGTH.find((e) => e.words.every((w, k) => tokens[at + k]?.word === w));
  if (event === undefined) return null;
  const end = at + event.words.length;
  // An event of December ("Working Together 2023", 15 December) counts from the next year: nothing was published after it that year.
  const year = Number(event.date.slice(0, 4)) + (event.date.slice(5, 7) === '12' ? 1 : 0);
  const range: TimeRange = from ? { kind: 'years', from: year, to: null } : { kind: 'as-at', date: dayBefore(event.date) };
  return { range, used: span(i, end - i) };
}
