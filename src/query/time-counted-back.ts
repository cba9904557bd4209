/**
 * Times counted back from today in a question ("3 years ago", "18 months
 * ago", "a couple of years back", "a few years ago"), read by `understand`
 * as a year or a range of years.
 */
import type { TimeRange } from '../answer-types.ts';
import type { RawToken } from '../search/tokenize.ts';
import { NUMBER_WORDS } from './number-words.ts';

/** Years back meant by an inexact count: "a couple of years ago" is one to three, "a few" or "some" two to five. */
const ROUGHLY_BACK: Readonly<Record<string, readonly [number, number]>> = { couple: [1, 3], few: [2, 5], several: [2, 5], some: [2, 5] };

/**
 * A time counted back from `today` at word `i`: "3 years ago", "a year back",
 * "18 months ago" (the year it fell in), or "a couple of years ago", "a few
 * years back" (the years around it), and how many words it takes.
 */
export function countedBackAt(tokens: readonly RawToken[], i: number, today: string): { when: number | TimeRange; length: number } | undefined {
  let k = i;
  if (/^(?:a|an)$/.test(tokens[k]?.word ?? '') && ROUGHLY_BACK[tokens[k + 1]?.word ?? ''] !== undefined) k += 1;
  const count = tokens[k]?.word ?? '';
  const rough = ROUGHLY_BACK[count];
  const exact = rough === undefined ? (/^\d{1,2}$/.test(count) ? Number(count) : (NUMBER_WORDS[count] ?? (count === 'an' ? 1 : undefined))) : undefined;
  if (rough === undefined && exact === undefined) return undefined;
  k += 1;
  if (tokens[k]?.word === 'of') k += 1;
  const unit = tokens[k]?.word ?? '';
  if (!/^(?:ago|back)$/.test(tokens[k + 1]?.word ?? '')) return undefined;
  const thisYear = Number(today.slice(0, 4));
  const length = k + 2 - i;
  if (rough !== undefined) return /^years?$/.test(unit) ? { when: { kind: 'years', from: thisYear - rough[1], to: thisYear - rough[0] }, length } : undefined;
  if (exact === undefined || exact < 1) return undefined;
  if (/^years?$/.test(unit) && exact <= 15) return { when: thisYear - exact, length };
  if (/^months?$/.test(unit) && exact <= 120) {
    const month = thisYear * 12 + Number(today.slice(5, 7)) - 1 - exact;
    return { when: Math.floor(month / 12), length };
  }
  return undefined;
}

const SPAN_UNITS: Readonly<Record<string, number>> = { day: 1 / 365, days: 1 / 365, week: 7 / 365, weeks: 7 / 365, month: 1 / 12, months: 1 / 12, year: 1, years: 1 };

/**
 * A span of time back from now at word `i` ("last 12 months", "past year",
 * "previous few weeks"), in years, and how many words it takes; "last year"
 * alone is the calendar year (read before this) unless "the" or "past" leads.
 */
export function relativeSpanAt(tokens: readonly RawToken[], i: number): { years: number; length: number } | undefined {
  const lead = tokens[i]?.word ?? '';
  if (lead !== 'last' && lead !== 'past' && lead !== 'previous') return undefined;
  let k = i + 1;
  let count = 1;
  const number = tokens[k]?.word ?? '';
  if (/^\d{1,2}$/.test(number) || NUMBER_WORDS[number] !== undefined) {
    count = NUMBER_WORDS[number] ?? Number(number);
    k += 1;
    if (tokens[k]?.word === 'of') k += 1;
  }
  const unit = SPAN_UNITS[tokens[k]?.word ?? ''];
  if (unit === undefined) return undefined;
  // "last year" with nothing before it is the calendar year; "the last year" and "the past year" are twelve months.
  if (k === i + 1 && lead === 'last' && tokens[k]?.word === 'year' && !/^(?:the|past|over|in)$/.test(tokens[i - 1]?.word ?? '')) return undefined;
  return { years: count * unit, length: k + 1 - i };
}
