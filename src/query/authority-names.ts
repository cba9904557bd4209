/**
 * Authorities named in a question: every way of writing each name, matched
 * on the question's words longest first ("bath and north east somerset"
 * before "somerset"), the one name the reports also use as an ordinary word
 * ("reading") only where it stands as a place, a possessive typed without its
 * apostrophe, and a misspelt name one or two letters out. `understand` reads
 * the question with these.
 */
import { AUTHORITIES, authorityByName, correctAuthority } from '../authorities.ts';
import { porterStem } from '../search/pipeline.ts';
import { splitWords, type RawToken } from '../search/tokenize.ts';
import { TOWNS } from '../registry/towns.ts';
import type { Understood } from './understand.ts';

/** An authority the index knows, with every word sequence that names it. */
export interface AuthorityNames {
  name: string;
  /** Each alias as lower-case words ("southend on sea", "southend"). */
  forms: string[][];
}

/**
 * One-word name forms that the reports also use as ordinary words ("reading
 * age", "reading records"): in lower case they name the authority only where
 * they stand as a place (see {@link namesAt}). Other names ("slough", "stoke",
 * "sutton") are never ordinary words in these reports, so any case names them.
 */
export const ORDINARY_WORDS = new Set(['reading']);

/** The towns that stand for their council (registry/towns.ts), as word sequences ("barrow in furness"). */
const TOWN_FORMS: ReadonlySet<string> = new Set(Object.values(TOWNS).flatMap((towns) => towns.map((t) => splitWords(t).map((w) => w.word).join(' '))));

/**
 * Whether a name form read is a town rather than a council's own name ("Huddersfield" for Kirklees). A town stands
 * for its council only where no council is named: in "did the Southport attack come up in Lancashire's Ofsted?" it is
 * the topic, and Lancashire the council.
 */
export function isTownForm(form: readonly string[]): boolean {
  return TOWN_FORMS.has(form.join(' '));
}

/** Words after "reading" that make it the ordinary word ("reading age", "reading records"), whatever else the question says. */
export const AFTER_THE_WORD = new Set('age ages records record skills skill level levels books book material materials files notes list the their through about of and across'.split(' '));

/** Words after a sentence's first word "Reading" that make it the verb: "Reading across…", "Reading through…". */
const GERUND_OBJECT = new Set('across through about'.split(' '));

/** What is read, a few words after "Reading the" at a sentence's start: "Reading the Halton 2024 report, …". */
const READ_OBJECTS = new Set('report reports letter letters findings paragraph paragraphs summary document documents judgement judgements'.split(' '));

/** Words that make a question about an inspection, where an ordinary-word name can only be the place. */
export const ABOUT_AN_INSPECTION = /\b(?:inspect\w*|compar\w*|versus|vs|ofsted|rated|rating|ratings|graded|grades?|judge?ments?|judged|ilacs|sif|focused visits?|outstanding|inadequate|requires improvement)\b/i;

/** Words before a place name: "in reading", "for reading", "reading's" (after "'s" is cut, see splitWords). */
const BEFORE_A_PLACE = new Set(['in', 'for', 'at', 'from', 'about', 'of', 'to', 'and', 'than', 'with', 'vs', 'v', 'versus', 'does', 'did', 'is', 'has', 'was', 'compare']);

/** Every authority in the registry as word sequences, longest first (the index's own are matched before these). */
export const OTHER_AUTHORITIES = AUTHORITIES.flatMap((a) => authorityForms(a.name, a.aliases).map((form) => ({ name: a.name, form }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/** Whether the words from token `i` are `form`, word for word. */
export function matchesAt(words: readonly RawToken[], i: number, form: readonly string[]): boolean {
  return form.every((w, k) => words[i + k]?.word === w);
}

/** Whether `form` names an authority at token `i` of `text` ("reading" only as "Reading", "in reading" or "reading's"). */
export function namesAt(text: string, words: readonly RawToken[], i: number, form: readonly string[], argument = false): boolean {
  if (!matchesAt(words, i, form)) return false;
  const first = form[0] ?? '';
  if (argument || form.length > 1 || !ORDINARY_WORDS.has(first)) return true;
  const token = words[i];
  if (token === undefined) return false;
  const after = text.slice(token.start + token.length);
  const possessive = /^['’]s\b/u.test(after);
  // "reading / brighter futures - …", "reading: care leavers": a name standing alone at the head of the question.
  const heading = i === 0 && /^\s*[/:,–-]/u.test(after);
  // "Reading the Halton 2024 report, …", "Reading across the outstanding councils' reports, …": a capital that only
  // starts a sentence, before what is read, is the verb.
  const startsASentence = /^\s*$|[.!?:;]\s*$/u.test(text.slice(0, token.start));
  const readsADocument = words[i + 1]?.word === 'the' && words.slice(i + 2, i + 6).some((w) => READ_OBJECTS.has(w.word));
  if (startsASentence && !possessive && !heading && (GERUND_OBJECT.has(words[i + 1]?.word ?? '') || readsADocument)) return false;
  return /\p{Lu}/u.test(text.charAt(token.start)) || possessive || heading || BEFORE_A_PLACE.has(words[i - 1]?.word ?? '');
}

/**
 * "redbridges care leavers", "kents front door": a name with the possessive
 * typed without its apostrophe, when the word is no name form itself and the
 * name is no ordinary word ("readings" is not Reading's).
 */
export function possessiveWithoutApostrophe(words: readonly RawToken[], i: number, forms: ReadonlyArray<{ name: string; form: string[] }>): { name: string; form: string[] } | undefined {
  const word = words[i]?.word ?? '';
  if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss')) return undefined;
  const bare = word.slice(0, -1);
  const found = forms.find((f) => f.form.length === 1 && f.form[0] === bare && !ORDINARY_WORDS.has(bare));
  return found === undefined ? undefined : { name: found.name, form: [word] };
}

const FORMS = new WeakMap<readonly AuthorityNames[], Array<{ name: string; form: string[] }>>();

const BY_FIRST_WORD = new WeakMap<ReadonlyArray<{ name: string; form: string[] }>, Map<string, Array<{ name: string; form: string[] }>>>();

/**
 * The forms of `forms` (in their order) that begin with `word`: a name is matched word for word (matchesAt), so only
 * these can start at a token, and a question's every token need not be tried against every form and town.
 */
export function formsStartingWith(forms: ReadonlyArray<{ name: string; form: string[] }>, word: string): ReadonlyArray<{ name: string; form: string[] }> {
  let byFirst = BY_FIRST_WORD.get(forms);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const f of forms) {
      const first = f.form[0] ?? '';
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [f]);
      else list.push(f);
    }
    BY_FIRST_WORD.set(forms, byFirst);
  }
  return byFirst.get(word) ?? [];
}

/** Every name form, longest first so "bath and north east somerset" wins over "somerset"; built once per corpus. */
export function formsByLength(authorities: readonly AuthorityNames[]): Array<{ name: string; form: string[] }> {
  let forms = FORMS.get(authorities);
  if (forms === undefined) {
    forms = authorities.flatMap((a) => a.forms.map((form) => ({ name: a.name, form }))).sort((a, b) => b.form.length - a.form.length);
    FORMS.set(authorities, forms);
  }
  return forms;
}

/** The stems of the words of authorities' names ("sandwel" of Sandwell), built once. */
let NAME_STEMS: Map<string, Set<string>> | undefined;

/**
 * Whether a word is "known" to the reports only as the stem of a name's word it misspells ("sandwel" is the index term
 * of "Sandwell", not a word of its own), so it may still be read as that name.
 */
function stemOfANameOnly(word: string): boolean {
  if (NAME_STEMS === undefined) {
    NAME_STEMS = new Map();
    for (const a of AUTHORITIES) for (const w of splitWords(a.name).map((t) => t.word)) {
      const stem = porterStem(w);
      NAME_STEMS.set(stem, (NAME_STEMS.get(stem) ?? new Set()).add(w));
    }
  }
  // Shorter than the name's word: a letter dropped ("sandwel"), never an inflection of it ("readings" is not Reading).
  const names = NAME_STEMS.get(porterStem(word));
  return names !== undefined && !names.has(word) && [...names].every((name) => word.length < name.length);
}

/**
 * When no authority was named, reads a run of one to three unknown words that
 * is one or two letters from an authority's name as that authority, and takes
 * the words out of the search. Never a word the reports use.
 */
export function correctMisspelling(u: Understood, authorities: readonly AuthorityNames[], isKnownWord: (word: string) => boolean, text: string): void {
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= u.words.length; i++) {
      const run = u.words.slice(i, i + n);
      if (run.some((w) => isKnownWord(w) && !stemOfANameOnly(w)) || run.join('').length < 5) continue;
      const name = correctAuthority(run.join(' '));
      if (name === null) continue;
      if (authorities.some((a) => a.name === name)) u.authorities.push(name);
      else u.unknownAuthorities.push(name);
      // Echo the words as the user typed them ("Southen", not "southen").
      const typed = new RegExp(run.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\W+'), 'iu').exec(text)?.[0] ?? run.join(' ');
      u.corrected = { typed, authority: name };
      u.words.splice(i, n);
      return;
    }
  }
}

/**
 * Every way of writing an authority's name in a question or an argument, as word sequences: its registry forms and the
 * towns that stand for it (registry/towns.ts). The parsers use the registry's forms alone, so a report titled with a
 * town is never taken for the council, and "did you mean" offers no town (suggest.ts).
 */
export function authorityForms(name: string, aliases: readonly string[]): string[][] {
  const all = [name, ...aliases, ...(TOWNS[name] ?? [])].map((n) => splitWords(n).map((t) => t.word)).filter((f) => f.length > 0);
  const unique = new Map(all.map((f) => [f.join(' '), f]));
  return [...unique.values()];
}

/** Words before an authority that leave it out of what is asked: "apart from Barnsley", "not counting Birmingham". */
const LEAVES_OUT: readonly string[][] = [
  ['other', 'than'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['except'],
  ['except', 'for'],
  ['excluding'],
  ['exclude'],
  ['not', 'counting'],
  ['not', 'including'],
  ['leaving', 'out'],
  ['ignoring'],
  ['besides'],
  // "…hang on, scrap Tameside - I want it across all the councils rated inadequate", "Not asking about Greenwich itself".
  ['scrap'],
  ['never', 'mind'],
  ['not', 'asking', 'about'],
  // "Cumberland — the new council, not old Cumbria": the council set against the one asked about.
  ['not'],
  ['not', 'old'],
  ['not', 'the', 'old'],
];

/** The words of a council's corporate title before its name ("the London Borough of …") and after it ("… City Council"). */
const TITLE_BEFORE: readonly string[][] = [
  ['london', 'borough', 'of'],
  ['royal', 'borough', 'of'],
  ['metropolitan', 'borough', 'of'],
  ['city', 'and', 'county', 'of'],
  ['borough', 'of'],
  ['county', 'of'],
  ['city', 'of'],
];
const TITLE_WORDS: ReadonlySet<string> = new Set(['city', 'county', 'metropolitan', 'borough', 'district']);

/** How many of the last `words` read are a corporate title before the name that follows ("the London Borough of"). */
export function titleBefore(words: readonly string[]): number {
  return TITLE_BEFORE.find((title) => words.slice(-title.length).join(' ') === title.join(' '))?.length ?? 0;
}

/** The token after a corporate title following a name at `i` ("City Council", "Metropolitan Borough Council"), else `i`. */
export function afterTitle(tokens: readonly RawToken[], i: number): number {
  let after = i;
  while (TITLE_WORDS.has(tokens[after]?.word ?? '')) after += 1;
  if (tokens[after]?.word === 'council') return after + 1;
  // "Nottingham City", "Leicester City": the city council without its last word (never "city centre", "City of London").
  if (tokens[i]?.word === 'city') return /^(?:centre|center|of)$/.test(tokens[i + 1]?.word ?? '') ? i : i + 1;
  // "Wigan County", "Essex Metropolitan": a title half-remembered, without "council" (never "county lines", "Metropolitan
  // Police").
  return after > i && !/^(?:lines?|police|court|courts|hall|show|fc|cricket|football|town)$/.test(tokens[after]?.word ?? '') ? after : i;
}

/** Words after an authority that set it aside ("setting Halton aside", "Bury to one side", "Wigan excepted"). */
const SET_ASIDE_AFTER: readonly string[][] = [['aside'], ['to', 'one', 'side'], ['excepted']];
/** Verbs before an authority that, with "out" after it, leave it out: "leaving Bury out". */
const SET_ASIDE_VERBS: ReadonlySet<string> = new Set(['setting', 'putting', 'leaving', 'leave', 'set', 'put']);

/**
 * Words around the authority named at tokens `i` to `end` (exclusive) that set it aside: how many stand before it
 * ("setting", "leaving") and after it ("aside", "out"), or null when none do. "Leaving Bury out" needs its verb;
 * "Halton aside, which…" does not.
 */
export function setAside(tokens: readonly RawToken[], i: number, end: number): { before: number; after: number } | null {
  const verb = i > 0 && SET_ASIDE_VERBS.has(tokens[i - 1]?.word ?? '') ? 1 : 0;
  const after = SET_ASIDE_AFTER.find((phrase) => matchesAt(tokens, end, phrase))?.length ?? (verb === 1 && tokens[end]?.word === 'out' ? 1 : 0);
  // "Bury, aside from the LADO, …" sets a topic aside, not Bury.
  if (after === 0 || (tokens[end]?.word === 'aside' && tokens[end + 1]?.word === 'from')) return null;
  // "Leaving Bury out of it": the closing words go too.
  if (tokens[end]?.word === 'out' && matchesAt(tokens, end + 1, ['of', 'it'])) return { before: verb, after: 3 };
  return { before: verb, after };
}

/**
 * Words before a council that say it is where the asker is: "(we're over in Salford)", "we're in Wokingham;", "I work
 * at Bolton". Where the message names another council too, that one is asked about (understand.ts).
 */
const ASKER_IS_IN = /\b(?:we['’]re|we are|i['’]m|i am|i work|we work)(?: (?:over|based|sat|up|down|out|across))? (?:in|at|for) (?:the )?$/i;

/** Whether the council named at token `i` is told as where the asker is (see {@link ASKER_IS_IN}), as typed. */
export function askerIsIn(text: string, tokens: readonly RawToken[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && ASKER_IS_IN.test(text.slice(Math.max(0, token.start - 40), token.start));
}

/** How many words before token `i` leave the authority named there out (0 when none do). */
export function leavesOut(tokens: readonly RawToken[], i: number): number {
  return LEAVES_OUT.find((phrase) => phrase.length <= i && matchesAt(tokens, i - phrase.length, phrase))?.length ?? 0;
}

/** The county a council was split from, named as such: "the old county council", "the former county's last inspection". */
const OLD_COUNTY: readonly string[][] = ['old', 'former', 'previous'].flatMap((w) => [['the', w, 'county', 'council'], ['the', w, 'county', 's'], [w, 'county', 'council'], [w, 'county', 's']]);

/**
 * "We're Dorset Council. What did Ofsted ask the old county council to improve?": the counties the councils `found`
 * were split from (a predecessor with two or more successors), and where `words` name them; null when none.
 */
export function oldCountyNamed(words: readonly string[], found: Iterable<string>): { counties: string[]; at: number; length: number } | null {
  for (let at = 0; at < words.length; at++) {
    const phrase = OLD_COUNTY.find((p) => p.every((w, j) => words[at + j] === w));
    if (phrase === undefined) continue;
    const counties = [...found].flatMap((name) => (authorityByName(name)?.predecessors ?? []).filter((p) => (authorityByName(p)?.successors.length ?? 0) >= 2));
    return counties.length === 0 ? null : { counties, at, length: phrase.length };
  }
  return null;
}

