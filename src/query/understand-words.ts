/**
 * Reads one question's words (understand.ts has read the message around it):
 * the authorities named, the time asked (a year, a range, "now"), the areas
 * hinted at, and the words left to search for.
 */
import type { TimeRange } from '../answer-types.ts';
import { namesOpenedBy } from '../authorities.ts';
import {
  ABOUT_AN_INSPECTION,
  AFTER_THE_WORD,
  correctMisspelling,
  formsByLength,
  formsStartingWith,
  isTownForm,
  leavesOut,
  oldCountyNamed,
  setAside,
  askerIsIn,
  matchesAt,
  namesAt,
  ORDINARY_WORDS,
  OTHER_AUTHORITIES,
  possessiveWithoutApostrophe,
  afterTitle,
  titleBefore,
  type AuthorityNames,
} from './authority-names.ts';
import type { AreaKey } from '../model.ts';
import type { RawToken } from '../search/tokenize.ts';
import { questionWords } from './chat-shorthand.ts';
import { withNamesSaidApart } from './names-said-apart.ts';
import { LAST_QUALIFIERS, ordinalAt } from './ordinals.ts';
import { countedBackAt, relativeSpanAt } from './time-counted-back.ts';
import { aboutFacetsAsked, asksAboutTheInspection, frameworksNamed, namesAnInspectionNotAVisit } from './inspection-matter.ts';
import { GROUP_FORMS } from '../registry/groups.ts';
import { aboutTheInspectionProbability, ABOUT_LEANING_FROM, ABOUT_THRESHOLD } from './models/about-model.ts';
import { bareMonthAt, findTimeRange } from './time-range.ts';
import type { Understood, UnderstandOptions } from './understand.ts';

/** Grades as a premise tells them ("were inadequate in 2022", "went RI in 2023"). */
const PREMISE_GRADES = new Set(['inadequate', 'good', 'outstanding', 'ri', 'improvement', 'adequate']);
/** Words that mean the latest report: "is X still…", "what's X like now", "what's X rated atm?" (chat's "at the moment"). */
const LATEST_WORDS = new Set(['latest', 'now', 'current', 'currently', 'recent', 'recently', 'lately', 'newest', 'today', 'still', 'nowadays', 'presently', 'atm']);
/** Phrases that mean the same: "these days", "at the moment", "at present", "most recent". */
const LATEST_PHRASES: readonly string[][] = [['these', 'days'], ['at', 'the', 'moment'], ['at', 'the', 'minute'], ['at', 'present'], ['most', 'recent'], ['right', 'now']];

/** What "the last" may name and mean the latest: "their last inspection", "the last ILACS". */
/** What became of a grade told with its year: "did they get out of it?", "have they improved?", "has it changed since?". */
const MOVED_ON =
  / (?:did|have|has|had) (?:they|it|things|that|the council|the grade) (?:ever |since |now |finally )?(?:get out of it|got out of it|come out of it|came out of it|climb out of it|climbed out of it|improve|improved|get better|got better|recover|recovered|change|changed|move on|moved on|turn it around|turned it around|turn things around|turned things around)(?: since| yet| at all)? $/;
const LAST_ONE = new Set(['inspection', 'ilacs', 'sif', 'report', 'visit', 'focused', 'ofsted', 'fv']);
/** Two years joined as a comparison: "2016 vs 2025", "2016 and 2025", "in 2016 or in 2025", "2016 compared with 2025", "better in 2024 than in 2020". */
const YEARS_SET_AGAINST = /\b((?:19|20)\d\d)\b,? (?:vs\.?|versus|v|and|or|against|compared (?:to|with)|with|than)(?: (?:in|the|then|now in|at))? ((?:19|20)\d\d)\b/g;

/** Years listed with commas before the last is joined on: "2016, 2021 and 2025". */
const YEARS_LISTED = /\b(?:19|20)\d\d(?:, (?:19|20)\d\d)+,? (?:and|or|&) (?:19|20)\d\d\b/g;

/** The years other than `year` that the question sets against it (see {@link YEARS_SET_AGAINST}). */
function yearsSetAgainst(text: string, year: number | 'latest' | null): number[] {
  if (typeof year !== 'number') return [];
  const found = new Set<number>();
  for (const m of text.toLowerCase().matchAll(YEARS_SET_AGAINST)) {
    found.add(Number(m[1]));
    found.add(Number(m[2]));
  }
  // "In 2016, 2021 and 2025": every year of a list, not only the last two.
  for (const m of text.toLowerCase().matchAll(YEARS_LISTED)) for (const y of m[0].match(/(?:19|20)\d\d/g) ?? []) found.add(Number(y));
  if (!found.has(year)) return [];
  found.delete(year);
  return [...found].sort((a, b) => a - b);
}

/** What a year names when it names a report: "the 2021 focused visit", "their 2016 SIF", "the 2019 inspection". */
const YEAR_NAMES = new Set(['inspection', 'ilacs', 'sif', 'report', 'visit', 'focused', 'fv', 'ofsted', 'letter', 'review', 'monitoring', 'judgement', 'judgment']);

/** Words that steer ranking towards a judgement area (they stay in the search too). */
const AREA_FORMS: ReadonlyArray<{ area: AreaKey; forms: string[][] }> = [
  { area: 'care-leavers', forms: [['care', 'leavers'], ['care', 'leaver'], ['leaving', 'care'], ['careleavers'], ['pa'], ['pas']] },
  {
    area: 'children-in-care',
    forms: [['children', 'in', 'care'], ['child', 'in', 'care'], ['looked', 'after'], ['cla'], ['lac'], ['cic'], ['permanence']],
  },
  { area: 'help-and-protection', forms: [['help', 'and', 'protection'], ['child', 'protection'], ['early', 'help'], ['mash'], ['cp']] },
  { area: 'leadership', forms: [['leadership'], ['leaders'], ['management', 'and', 'governance']] },
  { area: 'adoption', forms: [['adoption'], ['adopted'], ['adopters']] },
  { area: 'overall', forms: [['overall'], ['overall', 'effectiveness']] },
];


/** "How many", "how much", "number of", "what %", "what proportion", "what percentage", "what share". */
const ASKS_QUANTITY = /\bhow (?:many|much)\b|\bhow long (?:has|had|have)\b|\bnumber of\b|\bwhat (?:%|per ?cent|percentage|proportion|share|rate)\b|%\s*of\b/;

/** "What does X mean", "what's that code for", "what does X stand for", "what is meant by", "what are they referring to". */
const ASKS_DEFINITION = /\bwhat(?:['’]s|s| does| do| did| is| was)\b.*\b(?:mean|means|meant|code for|short for|stand for|stands for|refer to|referring to)\b|\bmeant by\b|\bdefinition of\b/;

/**
 * Whether the tokens from `at` are "in" (or "in the") and then another council's name: a place named by where it is
 * ("I work out of Richmond in North Yorkshire") is within that council, whatever else its name may be.
 */
function placeWithin(text: string, tokens: readonly RawToken[], at: number, forms: ReadonlyArray<{ name: string; form: string[] }>, name: string): boolean {
  if (tokens[at]?.word !== 'in') return false;
  const next = tokens[at + 1]?.word === 'the' ? at + 2 : at + 1;
  const word = tokens[next]?.word;
  if (word === undefined) return false;
  const other = formsStartingWith(forms, word).find((f) => namesAt(text, tokens, next, f.form, false));
  return other !== undefined && other.name !== name && !isTownForm(other.form);
}

/** The `leaving` words before token `i` that left a council out ("apart from", "not"), taken off `words`: they are not searched. */
function dropLeavingWords(words: string[], tokens: readonly RawToken[], i: number, leaving: number): void {
  if (leaving > 0 && words.slice(-leaving).join(' ') === tokens.slice(i - leaving, i).map((t) => t.word).join(' ')) words.splice(words.length - leaving);
}

/** Every council's one-word name form, the index's and the registry's (for names dictated in parts). */
const ONE_WORD_NAMES = new WeakMap<readonly AuthorityNames[], ReadonlySet<string>>();
function oneWordNames(authorities: readonly AuthorityNames[]): ReadonlySet<string> {
  let names = ONE_WORD_NAMES.get(authorities);
  if (names === undefined) {
    // Councils' names only: a town ("Andover" for Hampshire) is never joined from words.
    names = new Set([...formsByLength(authorities), ...OTHER_AUTHORITIES].filter((f) => f.form.length === 1 && !isTownForm(f.form)).map((f) => f.form[0] as string));
    ONE_WORD_NAMES.set(authorities, names);
  }
  return names;
}

/** Reads the words of `text`, one question, against the authorities the index holds. */
export function understandWords(text: string, authorities: readonly AuthorityNames[], options: UnderstandOptions = {}): Understood {
  // "catch me up on nor folk": a council's name dictated in parts is that council (names-said-apart.ts).
  const tokens = withNamesSaidApart(questionWords(text, options.isKnownWord), oneWordNames(authorities));
  const found = new Set<string>();
  /** Councils named as where the asker is ("we're over in Salford"), asked about only when no other council is. */
  const whereAsking = new Set<string>();
  const areas = new Set<AreaKey>();
  let year: number | 'latest' | null = null;
  /** Whether `year` was read from a year naming a report ("the 2021 focused visit"). */
  let yearNamesReport = false;
  /** Whether `year` dates a grade told as a premise ("they were inadequate in 2022 - how are things now?"). */
  let yearDatesAGrade = false;
  /** The year of a grade told as a premise before "now" ("Knowsley was RI in 2021. What is it now?"), which `year` no longer holds. */
  let gradeToldIn: number | null = null;
  let yearPart: 'early' | 'mid' | 'late' | undefined;
  // A year and "now" both asked ("rated lower now than in 2022"): one is kept as the year, and `againstNow` says so.
  let yearAndNow = false;
  /** Where the year was read, so what follows a grade it dates can be read (MOVED_ON). */
  let yearAt = -1;
  let month: number | null = null;
  let focusedVisits = false;
  const words: string[] = [];
  const unknown = new Set<string>();
  let placeWord: { name: string; index: number } | undefined;
  let ordinalAsked: ReturnType<typeof ordinalAt> = null;

  const forms = formsByLength(authorities);
  const timeFound = findTimeRange(tokens, options.today);
  const inRange = new Set(timeFound?.used ?? []);
  // A period within one calendar year ("Q3 2021", "autumn 2020") is that year, as "in 2021" is, wherever a year is read.
  const oneYear = timeFound?.period !== undefined && timeFound.range.kind === 'years' && timeFound.range.from !== null && timeFound.range.from === timeFound.range.to ? timeFound.range.from : null;
  if (oneYear !== null) year = oneYear;
  const foundRange = oneYear === null ? timeFound : null;
  let spanRange: TimeRange | null = null;
  // "Compare Sutton and Reading", not a time set against another ("… at the 2015 inspection vs the year before").
  const comparing = /\b(?:compar\w*|versus|vs)\b(?!\.? (?:the (?:year|one|inspection|time|visit) before|the previous|last (?:year|time|inspection)|(?:19|20)\d\d|then|now|before)\b)/i.test(text);
  let ambiguous: Understood['ambiguous'];
  /** The token after the last authority name read ("Bury's last inspection"). */
  let authorityEnd = -1;
  const leftOut = new Set<string>();
  const takenBack = new Set<string>();
  /** Councils read from a town (authority-names.ts, isTownForm), and where the town's words stood among `words`. */
  const byTown: Array<{ name: string; words: string[]; at: number }> = [];
  let lastNamed = '';
  let lastNamedEnd = -1;

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token === undefined) break;
    if (inRange.has(i)) {
      i += 1;
      continue;
    }
    // A group of councils named as one ("Greater Manchester", "the Liverpool City Region") is read as a region
    // (grade-questions.ts, regionAsked), never as the council whose name it holds.
    const group = GROUP_FORMS.find((g) => matchesAt(tokens, i, g.words));
    if (group !== undefined) {
      words.push(...group.words);
      i += group.words.length;
      continue;
    }
    const argument = options.authorityArgument === true;
    // "list bournemouths focused visits": a former council's possessive typed without its apostrophe, as today's are.
    const other = formsStartingWith(OTHER_AUTHORITIES, token.word).find((f) => namesAt(text, tokens, i, f.form, argument)) ?? possessiveWithoutApostrophe(tokens, i, OTHER_AUTHORITIES);
    const today = formsStartingWith(forms, token.word).find((f) => namesAt(text, tokens, i, f.form, argument)) ?? possessiveWithoutApostrophe(tokens, i, forms);
    // A former council's longer name is that council: "Dorset County Council" (to 2019), not Dorset and a title.
    const named = other !== undefined && today !== undefined && other.form.length > today.form.length ? undefined : today;
    if (named !== undefined) {
      // Where names are arguments, "kingston" alone is Kingston upon Hull or Kingston upon Thames: ask which.
      const opened = named.form.length === 1 && (argument || comparing) ? namesOpenedBy(named.form[0] ?? '', authorities.map((a) => a.name)) : [];
      if (opened.length > 0) ambiguous ??= { typed: text.slice(token.start, token.start + token.length), names: opened };
      // "Who else had that FV apart from Barnsley?", "not counting Birmingham or Coventry": left out of the list.
      const leaving = leavesOut(tokens, i);
      // "Setting Halton aside, which…", "leaving Bury out": left out too; the words around it are not searched.
      const asideFrom = leaving === 0 ? setAside(tokens, i, i + named.form.length) : null;
      if (asideFrom !== null) {
        leftOut.add(named.name);
        if (asideFrom.before > 0 && words.at(-1) === tokens[i - 1]?.word) words.pop();
        lastNamed = named.name;
        i += named.form.length + asideFrom.after;
        lastNamedEnd = i;
        continue;
      }
      if (leaving > 0 || (leftOut.has(lastNamed) && /^(?:and|or|nor)$/.test(tokens[i - 1]?.word ?? '') && lastNamedEnd === i - 1)) {
        leftOut.add(named.name);
        // "…hang on, scrap Tameside", "Not asking about Greenwich itself": taken back, though named before.
        if (leaving > 0 && /^(?:scrap|mind|about)$/.test(tokens[i - 1]?.word ?? '')) takenBack.add(named.name);
        dropLeavingWords(words, tokens, i, leaving);
      } else if (!comparing && askerIsIn(text, tokens, i)) {
        // "Trafford (we're over in Salford)": where the asker is, asked about only if no other council is (below).
        whereAsking.add(named.name);
        found.add(named.name);
      } else if (isTownForm(named.form) || (!comparing && placeWithin(text, tokens, i + named.form.length, forms, named.name))) {
        // A town, or a place named as within another council ("Richmond in North Yorkshire"): the council is that one.
        byTown.push({ name: named.name, words: [...named.form], at: words.length });
      } else found.add(named.name);
      lastNamed = named.name;
      i += named.form.length;
      // A council's corporate title around its name ("the London Borough of Hackney", "Kingston upon Hull City
      // Council", "Wirral Metropolitan Borough Council") names it; its words are not searched.
      words.splice(words.length - titleBefore(words));
      i = afterTitle(tokens, i);
      lastNamedEnd = i;
      authorityEnd = i;
      continue;
    }
    // "reading" in lower case, not standing as a place: remembered, in case the question is about an inspection.
    const ordinary = formsStartingWith(forms, token.word).find((f) => f.form.length === 1 && ORDINARY_WORDS.has(f.form[0] ?? '') && matchesAt(tokens, i, f.form));
    if (ordinary !== undefined && !AFTER_THE_WORD.has(tokens[i + 1]?.word ?? '')) placeWord = { name: ordinary.name, index: words.length };
    if (other !== undefined) {
      // "Cumberland — the new council, not old Cumbria": a former council set against the one asked about is not asked about.
      const leaving = leavesOut(tokens, i);
      if (leaving > 0) dropLeavingWords(words, tokens, i, leaving);
      else if (!authorities.some((a) => a.name === other.name)) unknown.add(other.name);
      i += other.form.length;
      continue;
    }
    // "Leeds's first inspection", "their second focused visit": read as that report's year, below, once the council is known.
    const ordinal = ordinalAt(tokens, i);
    if (ordinal !== null && ordinalAsked === null) {
      ordinalAsked = ordinal;
      i += ordinal.length;
      continue;
    }
    // "early 2025", "late-2025", "mid 2024": the year is the time; the word only places it within the year.
    if (/^(?:early|late|mid)$/.test(token.word) && /^(?:19|20)\d\d$/.test(tokens[i + 1]?.word ?? '') && !inRange.has(i + 1)) {
      yearPart = token.word as 'early' | 'mid' | 'late';
      i += 1;
      continue;
    }
    if (/^(?:19|20)\d\d$/.test(token.word)) {
      // "York 2022 inspection (before the 2025 one)": a second year that only places the first is not the one asked.
      const placing = typeof year === 'number' && tokens[i - 1]?.word === 'the' && /^(?:before|after|than|not)$/.test(tokens[i - 2]?.word ?? '');
      // "At Doncaster's 2021 focused visit, what had gone wrong during 2020?": the year naming a report is the one
      // asked; another year is a time the report speaks of.
      const namesReport = YEAR_NAMES.has(tokens[i + 1]?.word ?? '');
      // "Bury went inadequate in 2021": a year dating a grade. After "now" ("Where is Birmingham at now, after finally coming
      // out of inadequate in 2021?") it does not undo "now"; before one, "now" undoes it (below).
      const datesAGrade = tokens[i - 1]?.word === 'in' && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => PREMISE_GRADES.has(t.word));
      // "Is Devon still inadequate, same as in 2020?": the year set against now, though a grade stands before it.
      const sameAs = tokens[i - 2]?.word === 'as' && tokens[i - 3]?.word === 'same';
      if (!placing && !(datesAGrade && year === 'latest' && !sameAs) && (namesReport || !yearNamesReport)) {
        if (year === 'latest') yearAndNow = true;
        year = Number(token.word);
        yearNamesReport = namesReport;
        yearDatesAGrade = datesAGrade;
        yearAt = i;
      }
      i += 1;
      continue;
    }
    // "FV" is how staff write a focused visit in chat ("bexley's fv in feb 2025").
    if (token.word === 'fv' || token.word === 'fvs') {
      focusedVisits = true;
      i += 1;
      continue;
    }
    if (token.word === 'focused' && /^visits?$/.test(tokens[i + 1]?.word ?? '')) {
      focusedVisits = true;
      i += 2;
      continue;
    }
    // "This year" ("this yr"), "last year" (not "the last year", which is the past twelve months): a calendar year.
    const calendar = options.today === undefined || tokens[i + 1]?.word !== 'year' ? undefined : token.word === 'this' ? 0 : token.word === 'last' && !/^(?:the|past)$/.test(tokens[i - 1]?.word ?? '') ? 1 : undefined;
    if (calendar !== undefined && year === null) {
      year = Number(options.today?.slice(0, 4)) - calendar;
      i += 2;
      continue;
    }
    // "In the last year", "over the past 18 months", "the last few weeks": up to two years is "recently" (the latest
    // inspection and visits since), longer a range of years to today. Lists read the span themselves (list-time.ts).
    // "Three years ago", "a couple of years back": a year, or a few years, counted back from today.
    const ago = options.today === undefined ? undefined : countedBackAt(tokens, i, options.today);
    if (ago !== undefined && year === null && foundRange == null) {
      if (typeof ago.when === 'number') year = ago.when;
      else spanRange = ago.when;
      i += ago.length;
      continue;
    }
    const span = relativeSpanAt(tokens, i);
    if (span !== undefined && year === null && foundRange == null) {
      if (span.years <= 2) year = 'latest';
      else if (options.today !== undefined) spanRange = { kind: 'years', from: Number(options.today.slice(0, 4)) - Math.ceil(span.years), to: null };
      i += span.length;
      continue;
    }
    const latestPhrase = LATEST_PHRASES.find((form) => matchesAt(tokens, i, form));
    // "Their last inspection", "the last ILACS": the latest. The noun stays, to be read as it is. "Since the last
    // inspection" is the time before the latest, which the reports' own words ("since the last inspection") answer.
    // One word may qualify it ("their last full inspection", "the last proper one"); "the last inspection before
    // that" is the one before, not the latest.
    const qualified = LAST_QUALIFIERS.has(tokens[i + 1]?.word ?? '') ? 1 : 0;
    const lastOne =
      token.word === 'last' &&
      LAST_ONE.has(tokens[i + 1 + qualified]?.word ?? '') &&
      tokens[i + 2 + qualified]?.word !== 'before' &&
      (i === authorityEnd || /^(?:the|their|its|his|her|our|most)$/.test(tokens[i - 1]?.word ?? '')) &&
      !/^(?:since|before|after|until|till|from)$/.test(tokens[i - 2]?.word ?? '');
    if (latestPhrase !== undefined || LATEST_WORDS.has(token.word) || lastOne) {
      // A grade's year told first is the premise; "now" after it is what is asked.
      if (yearDatesAGrade && typeof year === 'number') gradeToldIn = year;
      if (year === null || yearDatesAGrade) year = 'latest';
      else if (typeof year === 'number') yearAndNow = true;
      yearDatesAGrade = false;
      // "Last full inspection": the qualifier goes with "last"; the noun stays.
      i += latestPhrase?.length ?? (lastOne ? 1 + qualified : 1);
      continue;
    }
    // A month without a year narrows the reports (ask.ts), as a year does; it is not searched for.
    const bareMonth = foundRange === null ? bareMonthAt(tokens, i) : null;
    if (bareMonth !== null) {
      month ??= bareMonth;
      i += 1;
      continue;
    }
    for (const { area, forms: areaForms } of AREA_FORMS) {
      if (areaForms.some((form) => matchesAt(tokens, i, form))) areas.add(area);
    }
    words.push(token.word);
    i += 1;
  }
  // The only candidate in a question about an inspection is the place: "reading ofsted rating", "when was reading
  // inspected"; and in a comparison, any name is ("compare sutton reading").
  // A town stands for its council only where no council is named, or in a comparison ("compare Crawley and Brighton");
  // otherwise its words are the topic, where they stood ("the Southport attack" in a question about Lancashire).
  if (found.size === 0 || comparing) for (const town of byTown) found.add(town.name);
  else for (const town of [...byTown].reverse()) if (!found.has(town.name)) words.splice(town.at, 0, ...town.words);
  if ((found.size === 0 || comparing) && unknown.size === 0 && placeWord !== undefined && ABOUT_AN_INSPECTION.test(text)) {
    found.add(placeWord.name);
    words.splice(placeWord.index, 1);
  }
  // "We're Dorset Council. What did Ofsted ask the old county council to improve?": the county the named council was
  // split from (a predecessor with two or more successors) is the one asked about.
  const oldCounty = oldCountyNamed(words, found);
  if (oldCounty !== null) {
    for (const county of oldCounty.counties) unknown.add(county);
    found.clear();
    words.splice(oldCounty.at, oldCounty.length);
  }
  for (const name of takenBack) found.delete(name);
  // The council the asker is in, beside another named: the other is asked about.
  if ([...found].some((name) => !whereAsking.has(name))) for (const name of whereAsking) found.delete(name);
  // An ordinal report of the one council named is that report's year, as "the 2016 inspection" is.
  if (ordinalAsked !== null && found.size === 1 && (year === null || year === 'latest') && foundRange === null && spanRange === null && options.reportsOf !== undefined) {
    const counted = options.reportsOf([...found][0] as string).filter((r) => ordinalAsked?.counts(r.kind) === true).map((r) => r.year).sort((a, b) => a - b);
    const at = ordinalAsked.fromEnd ? counted.length - ordinalAsked.n : ordinalAsked.n - 1;
    if (counted[at] !== undefined) year = counted[at] as number;
  }
  // "Sefton were inadequate in 2022, did they get out of it?", "…have they improved since?": what became of a grade told
  // then is asked of now, as "what is it now?" is.
  if (yearDatesAGrade && typeof year === 'number' && MOVED_ON.test(` ${tokens.slice(yearAt + 1).map((t) => t.word).join(' ')} `)) {
    gradeToldIn = year;
    year = 'latest';
  }
  const understood: Understood = { authorities: [...found], unknownAuthorities: [...unknown], year, range: foundRange?.range ?? spanRange, areas: [...areas], words };
  if (timeFound?.period !== undefined) understood.period = timeFound.period;
  if (leftOut.size > 0) understood.leftOut = [...leftOut].filter((name) => !found.has(name));
  if (focusedVisits) understood.focusedVisits = true;
  if (month !== null && year === null && understood.range === null) understood.month = month;
  if (yearPart !== undefined && typeof year === 'number') understood.yearPart = yearPart;
  const alsoYears = yearsSetAgainst(text, year);
  if (alsoYears.length > 0 && understood.range === null) understood.alsoYears = alsoYears;
  if (yearAndNow && typeof year === 'number' && understood.range === null) understood.againstNow = true;
  if (gradeToldIn !== null && year === 'latest' && understood.range === null) understood.gradeToldIn = gradeToldIn;
  if (ambiguous !== undefined) understood.ambiguous = ambiguous;
  if (asksAboutTheInspection(text)) {
    understood.aboutTheInspection = true;
    const facets = aboutFacetsAsked(text);
    if (facets.length > 0) understood.aboutFacets = facets;
  }
  if (!focusedVisits && namesAnInspectionNotAVisit(text)) understood.inspectionNotVisit = true;
  const frameworks = focusedVisits ? [] : frameworksNamed(text);
  if (frameworks.length > 0) understood.frameworks = frameworks;
  if (ASKS_QUANTITY.test(text.toLowerCase())) understood.asksQuantity = true;
  if (ASKS_DEFINITION.test(text.toLowerCase())) understood.asksDefinition = true;
  // A misspelt council is read when none was named, or beside one it is set against ("knowsly v st helens grades?").
  const setAgainst = found.size === 1 && unknown.size === 0 && /\b(?:v|vs|versus|compared? (?:to|with))\b/i.test(text);
  if (((found.size === 0 && unknown.size === 0) || setAgainst) && options.isKnownWord !== undefined) correctMisspelling(understood, authorities, options.isKnownWord, text);
  // Wordings the rules of inspection-matter.ts do not know ("Wirral inspection lead"): the learned reading (models/about-model.ts).
  if (understood.aboutTheInspection !== true) {
    const p = aboutTheInspectionProbability(understood);
    if (p >= ABOUT_THRESHOLD) understood.aboutTheInspection = true;
    // Unsure: the opening matter is preferred part of the way, the part asked about (its facets) as when sure.
    else if (p >= ABOUT_LEANING_FROM) understood.aboutLeaning = (p - ABOUT_LEANING_FROM) / (ABOUT_THRESHOLD - ABOUT_LEANING_FROM);
    if (p >= ABOUT_LEANING_FROM) {
      const facets = aboutFacetsAsked(text);
      if (facets.length > 0) understood.aboutFacets = facets;
    }
  }
  return understood;
}
