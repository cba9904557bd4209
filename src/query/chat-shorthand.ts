/**
 * Chat shorthand for units of time, spelled out before any reader sees a
 * question's words: "this yr", "over the yrs", "last 6 mths", "a couple of
 * wks". One table, so the time, grade-history and list readers each match
 * only the spelled-out word. The question echoed back keeps what was typed.
 */
import { splitWords, type RawToken } from '../search/tokenize.ts';
import { MONTHS, twoDigitYear } from './date-words.ts';
import { withSpokenWordsAsTyped } from './spoken-words.ts';
import { withGradeLettersSpelled } from './grade-letters.ts';

const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['yr', 'year'],
  ['yrs', 'years'],
  ['mth', 'month'],
  ['mths', 'months'],
  ['mnth', 'month'],
  ['mnths', 'months'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  // "the 2022 insp", "how many ilacs insps": inspection clipped as staff type it.
  ['insp', 'inspection'],
  ['insps', 'inspections'],
  // The British spelling of "focused", as the readers match it.
  ['focussed', 'focused'],
  // Ofsted as the press and the public name it: "every date the watchdog came in".
  ['watchdog', 'ofsted'],
  ['regulator', 'ofsted'],
  // Grades clipped as typed on a phone: "outstnd las pre-birth work", "inad councils".
  ['outstnd', 'outstanding'],
  ['outstndg', 'outstanding'],
  ['outstdg', 'outstanding'],
  ['inad', 'inadequate'],
  ['inadeq', 'inadequate'],
  // Grades counted in the plural: "three outstandings in a row", "two inadequates".
  ['outstandings', 'outstanding'],
  ['inadequates', 'inadequate'],
  // Judgement clipped as typed in notes: "Gateshead judgmts over time".
  ['judgmt', 'judgement'],
  ['judgmts', 'judgements'],
  // "how'd it go?", "what'd they find?": a question word with "did" or "would" run on, read as the question word.
  ['howd', 'how'],
  ['whatd', 'what'],
  ['whod', 'who'],
  ['whered', 'where'],
  ['whend', 'when'],
  ['whyd', 'why'],
  // Question words spelled by sound, as some parents and carers type them: "wot did ofsted say", "wich councils".
  ['wot', 'what'],
  ['wat', 'what'],
  ['wen', 'when'],
  ['wich', 'which'],
  ['hav', 'have'],
  ['dun', 'done'],
  ['ther', 'their'],
  ['thier', 'their'],
  ['wos', 'was'],
  ['woz', 'was'],
  ['becos', 'because'],
  ['becoz', 'because'],
  ['yeer', 'year'],
  ['xmas', 'christmas'],
]);

/**
 * The words by which a question says what kind of answer it wants, which staff typing fast misspell ("focussed vist",
 * "inspction history", "current grde", "outstandng", "reccomendations"). A word no reader knows that is one slip from
 * one of these is read as it: one letter dropped, doubled, swapped with the next or (in words of seven letters or more)
 * changed, or two slips in words of nine or more. Shorter words risk real words ("grad", "grace"), so only a dropped or
 * swapped letter counts there, and never to make a word of {@link REAL_NEIGHBOURS}.
 */
const KIND_WORDS: readonly string[] = (
  'ilacs focused visit visits inspection inspections inspected inspector inspectors grade grades graded outstanding inadequate ' +
  'improvement improvements improve recommendations recommendation overview summary report reports judgement judgements ' +
  'requires timeline history ' +
  // The long month names, misspelt as often ("novembur", "febuary"), so a time reader finds the month.
  'january february september october november december ' +
  // The service's commonest words, misspelt by sound ("kids servises", "diffrent sosial werkers"), so the topic is found.
  'services service social workers worker children leavers fostering carers adoption exploited exploitation safeguarding ' +
  'assessment assessments different placement placements protection referrals supervision'
).split(' ');
const KIND_WORD_SET: ReadonlySet<string> = new Set(KIND_WORDS);
/** Real words one slip from a kind word, read as themselves. */
const REAL_NEIGHBOURS: ReadonlySet<string> = new Set('grad grads grace graces grader graders trade trades grape grapes grave graves grate grated'.split(' '));

const TYPOS = new Map<string, string | null>();

/**
 * The word of {@link KIND_WORDS} that `word` misspells, or null. Beyond the kind words, the list holds the long month
 * names and the service's commonest words, so the name says less than the job.
 */
export function kindWordMeant(word: string): string | null {
  if (word.length < 4 || KIND_WORD_SET.has(word) || REAL_NEIGHBOURS.has(word) || /\d/.test(word)) return null;
  const known = TYPOS.get(word);
  if (known !== undefined) return known;
  let meant: string | null = null;
  let best = Infinity;
  for (const target of KIND_WORDS) {
    // Another form of the word ("outstandingly", "inadequately", "reinspection") is no slip.
    if (Math.abs(target.length - word.length) > 2 || word.includes(target)) continue;
    const limit = target.length >= 9 ? 2 : 1;
    const d = slips(word, target, limit);
    const substitution = word.length === target.length && !isSwap(word, target);
    if (d > limit || d >= best || (d === 1 && target.length < 7 && substitution)) continue;
    meant = target;
    best = d;
  }
  if (TYPOS.size < 10_000) TYPOS.set(word, meant);
  return meant;
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Optimal string alignment distance between `a` and `b`, or `limit + 1` once it is more than `limit`. */
function slips(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
    if (Math.min(...row) > limit) return limit + 1;
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * A question's words as the readers take them: {@link splitWords}, with chat
 * shorthand spelled out, dictated years and misheard names as typed (spoken-words.ts), grades written in letters
 * spelled out (grade-letters.ts) and, given the reports' vocabulary (`isKnownWord`), a
 * misspelt kind word no report uses read as meant ("required", "adequate" and
 * "respected" are the reports' own words, never slips). Each token keeps its
 * place in the text (`start`, `length`), so only `word` differs from what was
 * typed.
 */
export function questionWords(text: string, isKnownWord?: (word: string) => boolean): RawToken[] {
  const tokens = withSpokenWordsAsTyped(splitWords(text)).map((token) => {
    const spelled = SPELLED_OUT.get(token.word);
    if (spelled !== undefined) return { ...token, word: spelled };
    const meant = isKnownWord === undefined ? null : kindWordMeant(token.word);
    return meant === null || isKnownWord?.(token.word) === true ? token : { ...token, word: meant };
  });
  return withOfstedNounsAsInspection(withApostropheYears(withNumericDatesInWords(withGradeLettersSpelled(tokens, text), text), text));
}

/** Ofsted's inspection by another name: "their last OFSTED audit", "the 2013 Ofsted assessment", "the Ofsted review". */
const OFSTED_NOUN_FOR_INSPECTION = /^(?:audit|audits|assessment|assessments|review|reviews|exam|test)$/;

/** `tokens` with a noun after "Ofsted" that names its inspection read as "inspection(s)" (never "case file audit"). */
function withOfstedNounsAsInspection(tokens: RawToken[]): RawToken[] {
  return tokens.map((token, i) =>
    tokens[i - 1]?.word === 'ofsted' && OFSTED_NOUN_FOR_INSPECTION.test(token.word) ? { ...token, word: token.word.endsWith('s') ? 'inspections' : 'inspection' } : token,
  );
}

/**
 * Words before "Ofsted" that make it a noun for an inspection: "their last Ofsted", "its latest Ofsted". (After a year,
 * "the 2025 Ofsted" names the report as often, and reading it so cost held-back questions.)
 */
const BEFORE_OFSTED_AS_NOUN = /^(?:last|latest|previous|next|first|recent|their|its|our)$/;
/** Words after "Ofsted" that keep it the inspectorate's name: "the Ofsted report", "their Ofsted grade". */
const OFSTED_AS_NAME_BEFORE = /^(?:report|reports|inspection|inspections|inspector|inspectors|grade|grades|graded|rating|ratings|rated|judgement|judgements|judgment|judgments|visit|visits|letter|letters|framework|frameworks|team|said|says|say|found|find|finds|judged|s|history|record|results?|outcomes?|findings|category|status|standing|position|activity|timeline|scores?|marks?|verdict|story|journey|picture|profile|track|performance)$/;

/**
 * "Ofsted" as staff use it for an inspection, as the readers read "inspection": "when was Oldham's last Ofsted?", "the
 * 2019 and 2024 Ofsteds", "when were they Ofsteded?". "Their Ofsted report", "Ofsted's grade" keep the inspectorate's name.
 * Only the kind readers read it so (kindInput): the question models read the words as typed, and were trained on them.
 */
export function withOfstedAsInspection(tokens: RawToken[]): RawToken[] {
  return tokens.map((token, i) => {
    if (token.word === 'ofsteded' || token.word === 'ofstedded') return { ...token, word: 'inspected' };
    if (token.word === 'ofsteds') return { ...token, word: 'inspections' };
    if (token.word !== 'ofsted' || !BEFORE_OFSTED_AS_NOUN.test(tokens[i - 1]?.word ?? '') || OFSTED_AS_NAME_BEFORE.test(tokens[i + 1]?.word ?? '')) return token;
    return { ...token, word: 'inspection' };
  });
}

/** A year typed in two digits after an apostrophe ("Good '22 → Outstanding '25", "the ’26 report"), in four. */
function withApostropheYears(tokens: RawToken[], text: string): RawToken[] {
  return tokens.map((token) => {
    if (!/^\d\d$/.test(token.word) || !/['’‘]/.test(text.charAt(token.start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(token.start - 2))) return token;
    const year = twoDigitYear(token.word);
    return year === null ? token : { ...token, word: String(year) };
  });
}

/**
 * Dates typed in figures, as every time reader reads them in words: a month and year ("since 03/2023", "11/2025")
 * is that month by name, and a whole date ("19.07.22", "31/03/2025") its month by name and its year in four digits
 * ("19 july 2022"). British order: the day before the month, unless the second number cannot be a month ("7/15/2025").
 */
function withNumericDatesInWords(typed: RawToken[], text: string): RawToken[] {
  let tokens = typed;
  const joined = (i: number): boolean => {
    const a = tokens[i];
    const b = tokens[i + 1];
    return a !== undefined && b !== undefined && /^[/.-]$/.test(text.slice(a.start + a.length, b.start));
  };
  const number = (i: number, digits: RegExp): number | null => (digits.test(tokens[i]?.word ?? '') ? Number(tokens[i]?.word) : null);
  // A whole date's three parts (day, month, year), by the position of its first.
  const whole = new Set<number>();
  // A whole date in American order, its month first: the second number cannot be a month ("7/15/2025").
  const american = new Set<number>();
  tokens.forEach((_, i) => {
    const day = number(i, /^\d\d?$/);
    const month = number(i + 1, /^\d\d?$/);
    const year = number(i + 2, /^(?:\d\d|(?:19|20)\d\d)$/);
    if (day === null || month === null || year === null || !joined(i) || !joined(i + 1) || joined(i + 2)) return;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) whole.add(i);
    else if (day >= 1 && day <= 12 && month >= 13 && month <= 31) american.add(i);
  });
  if (american.size > 0) {
    tokens = tokens.map((token, i) => (american.has(i) ? { ...token, word: tokens[i + 1]?.word ?? token.word } : american.has(i - 1) ? { ...token, word: tokens[i - 1]?.word ?? token.word } : token));
    for (const i of american) whole.add(i);
  }
  return tokens.map((token, i) => {
    const month = number(i, /^\d\d?$/);
    // MM/YYYY, and the month of a whole DD/MM/YY.
    const monthYear = month !== null && joined(i) && number(i + 1, /^(?:19|20)\d\d$/) !== null && !joined(i - 1);
    if (month !== null && month >= 1 && month <= 12 && (monthYear || whole.has(i - 1))) return { ...token, word: MONTHS[month - 1] ?? token.word };
    // The year of a whole date, in two digits: its century.
    if (whole.has(i - 2) && /^\d\d$/.test(token.word)) return { ...token, word: `20${token.word}` };
    return token;
  });
}
