/**
 * About one focused visit (issue #17, kind 3): "what did the latest focused
 * visit to Birmingham look at?", "Bury focused visit 2020". The answer is the
 * visit's theme and dates from its letter, and its opening findings, cited;
 * its areas for improvement (or priority action) follow. A question about a
 * topic within a visit ("what did the focused visit say about the front door
 * in Halton?") is not this kind: the paragraph search answers it from the letters.
 */
import type { AskAnswer } from '../../answer-types.ts';
import type { KindAnswer, KindSection } from '../../kind-types.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { aboutParagraphs, ASKING_WORDS, carriedOut, isMonthEnd, kindAskAnswer, paragraphsOf, reportAtTimeAsked, timeAsked, visitDates, visitRow, type KindInput } from './kind-helpers.ts';
import { themesAsked, visitHasTheme, withoutEach } from './visit-themes.ts';
import { onlyTheLettersTheme } from './letter-theme.ts';
import { isMonthWord, monthsNamed, nearestInTime, underWayIn, underWayInMonth } from '../time-range.ts';
import { queryTerms } from '../../search/pipeline.ts';
import { inYear } from '../context.ts';
import { ABOUT_A_VISIT } from './focused-visit-words.ts';

const FINDING_KINDS: ReadonlySet<string> = new Set(['finding']);
/** Words asking what a visit found rather than what it was (its theme, dates, team). */
/** A verdict asked for: the findings lead, even when the rest reads as about the visit itself. */
const VERDICT_ASKED = / (?:conclude|concluded|conclusions?|takeaways|verdict|upshot|gist|pass|passed|fail|failed) /;
const ASKS_FINDINGS = / (?:find|found|findings|outcome|outcomes|say|said|says|go|went|happen|happened|summary|summarise|overview|key|main) /;
const ITEM_KINDS: ReadonlySet<string> = new Set(['improvement', 'recommendation']);
/** Opening findings shown: the letter's headline paragraphs. */
const OPENING = 3;

/** A report other than the visit, dated from it: "the full inspection after that", "their next inspection". */
const ANOTHER_REPORT =
  / (?:inspection|ilacs|sif) (?:after|since|following) (?:that|then|it) | (?:next|following|subsequent) (?:full )?(?:inspection|ilacs|sif) | (?:had|been|come|came|anything|any) (?:[a-z]+ ){0,5}?(?:since|after) (?:that|the|their|its) (?:[a-z0-9]+ ){0,2}?(?:focused visit|fv|visit) /;
/**
 * A grade asked of the authority, not of the visit: "Bolton had an FV since their last ILACS, are they still good
 * overall?", "what overall grade was Lewisham carrying at the time?" (the grade in force when the visit came).
 */
const STILL_GRADED =
  / (?:are|is) (?:they|it) still (?:rated |judged )?(?:outstanding|good|requires improvement|ri|inadequate) | (?:grade|grades|rating|judgement) (?:was|were|did) (?:[a-z]+ ){1,3}?(?:carrying|holding|have|on|sitting on|sitting at) (?:at the time|then|back then|going in|at that point) /;

/**
 * One of two visits named together, by order or by month: "Sandwell had two focused visits about 6 months apart - what
 * did the second one cover?", "two focused visits in 2025. What did the October one cover?"
 */
const ONE_OF_TWO =
  / (?:two|2|both|pair of|(?:a |an )?(?:string|series|run|number|couple|few|handful) of) (?:focused )?(?:visits|fvs) (?:[a-z0-9]+ )*?(?:the|that) (first|second|earlier|later|latter|former|older|newer|more recent|last|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) (?:(?:19|20)\d\d )?(?:one|visit|fv) /;
const MONTH_STARTS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** The words that set two visits apart and pick one of them. */
const PAIR_WORDS: ReadonlySet<string> = new Set('two both pair of about around some month months week weeks year years apart first second earlier later latter former older newer more recent last'.split(' '));

/** A letter named as Ofsted's: "the Bury letter", "Ofsted's letter to Bury", "the latest letter". */
const LETTER_NAMED = / (?:the|ofsted|ofsted s|its|their|latest|last|recent|newest|new) (?:[a-z]+ ){0,2}?letter (?!before )/;

/** Ofsted coming in or being in: "Ofsted were in Staffordshire last December", "inspectors came in". */
const OFSTED_IN = / (?:(?:ofsted|inspectors|hmis?) (?:were |was |had been |have been |has been )?(?:in|came|come|popped|visited)|had (?:ofsted|inspectors|hmis?)(?: [a-z]+)? in) /;

/** How long a visit lasted, as a question dates it: "in for two days", "for a couple of days". */
const VISIT_LENGTH = / for (?:a |an |one |two |three |four |five |\d+ |a couple of |a few )?(?:days?|weeks?) /;

/** Whether a visit was on a theme: "was Sandwell's visit about care leavers?", "was their last FV on the front door?". */
const WAS_IT_ON = /^ (?:was|were|is) (?:[a-z]+ ){0,4}?(?:visit|fv|letter) (?:about|on|looking at|into|focused on|focussed on) /;

/** Whether the question is about one authority's focused visit as a whole. */
export function isAboutAVisit(input: KindInput): boolean {
  const { u, lower } = input;
  if (u.authorities.length !== 1) return false;
  // "Which councils…" lists; "which cohort of children was it looking at?" asks of the visit.
  // "Was there a focused visit to Kingston in 2022?", "did Medway get a focused visit after the 2023 ILACS?" ask whether there
  // was: the list answers, none or one.
  if (/ (?:was|were|is|has) there (?:been )?(?:a|an|any) (?:focused )?(?:visits?|fvs?) (?:to|of|in|at|for) | (?:did|has|have) [a-z]+ (?:get|got|have|had) (?:a|an|any) (?:[a-z]+ ){0,3}?(?:focused )?(?:visits?|fvs?) (?:after|since|following|before|between) /.test(lower)) return false;
  // "List out the findings from the Stockton visit" asks for the letter's, not a list of visits.
  if (!ONE_OF_TWO.test(lower) && / (?:visits|fvs|how many) | list (?!(?:out )?(?:the |its |their |all )?(?:main |key |headline )?(?:findings|points|strengths|weaknesses|positives|negatives|concerns|messages|issues|problems) |(?:out )?(?:of )?(?:what|everything) (?:inspectors|ofsted|they|the inspectors) (?:covered|looked at|checked|found|said|examined) |(?:out )?(?:all )?(?:the )?(?:topics|themes|areas|things) (?:that )?(?:were |was )?(?:examined|covered|looked at|checked) )| which (?:councils?|authorities|authority|las?|local authorities|boroughs|areas(?! of (?:practice|work|focus))|ones|visits?|fvs?) /.test(lower)) return false;
  // "…had a children in care FV in Nov 2023 - what grade at the full inspection after that?": another report, dated by the visit.
  if (ANOTHER_REPORT.test(lower) || STILL_GRADED.test(lower)) return false;
  // "When was Rochdale last inspected, and was it a full one or a focused visit?": which kind it was, which the list says.
  if (/ (?:full|proper|graded) (?:one|inspection|ilacs) or (?:a |an )?(?:focused visit|fv|visit) /.test(lower)) return false;
  // "When did Kent last have a focused visit on its front door?": when, which the list of visits dates.
  if (/^ when (?:did|has|have|was|were) (?:[a-z]+ ){1,3}?last (?:have |had |get |got |receive |received |do |did |carry out |carried out )?(?:a |an |its |their )?(?:[a-z]+ )?(?:focused visit|fv|visit) /.test(lower)) return false;
  // How long inspectors were in ("had inspectors in for two days") says which visit, not what about it.
  // Nor does an idiom for how it went ("basically a clean bill of health?", "what went well and what needed work?").
  const rest = withoutThemeOfTheVisitAsked(input, withoutVisitTheme(input))
    .replace(VISIT_LENGTH, ' ')
    .replace(/ (?:a )?clean bill of health /, ' ')
    .replace(/ (?:what|anything) (?:needed|needs|need) (?:work|working on|more work|improving) /g, ' ');
  // "Was Sandwell's visit about care leavers?": whether a theme was the visit's is answered by the visit, which names its own.
  const topic = WAS_IT_ON.test(lower) ? [] : topicOfAVisitQuestion(input, rest);
  // Read loosely (the kind model named it), a visit must be there to answer, and the question may carry a word
  // of its own ("was it good news?"), never a topic ("what did it say about assessments?", paragraphs from the letters).
  // A longer question may still ask for the visit as a whole ("I'm a governor in Halifax… what did that visit cover and
  // what did inspectors conclude overall?") when it names no sector term and asks what the letter said about nothing.
  if (input.loose === true) return (topic.length <= 1 || !namesATopic(input, topic)) && visitMeant(input, visitsOf(input)) !== undefined;
  // "Lincolnshire's July 2025 visit": a visit named by its time is a focused visit where a letter was sent then.
  const letterThen = reportAtTimeAsked(visitsOf(input), u);
  // So is Ofsted's visiting then, or looking at what or the theme of that year's letter ("what did ofsted say when they visited
  // Dudley in 2024?", "what did ofsted find when they looked at care leavers in Barnsley in 2023?"), when no inspection
  // was that year.
  const visitedThen =
    (/ (?:visited|checked|had (?:ofsted|inspectors|hmis?) in|(?:came|went|popped)(?: back)?(?: to| into| in)?) (?:[a-z]+ ){0,6}?(?:in|during) (?:[a-z]+ )?(?:19|20)\d\d /.test(lower) ||
      // What Ofsted looked at, its object the question's "what": "what did Ofsted look at in Barnsley in 2023?".
      / (?:look|looking) at (?:in|during) (?:[a-z]+ ){0,4}?(?:19|20)\d\d /.test(lower) ||
      (/ looked at (?:[a-z]+ ){1,6}?(?:in|during) (?:[a-z]+ )?(?:19|20)\d\d /.test(lower) && letterThen !== null && letterThen !== undefined && visitHasTheme(letterThen.themes ?? [], themesAsked(lower)))) && typeof u.year === 'number' && !inspectionsOf(input).some((r) => r.year === u.year);
  // So is what Ofsted said in a year when a letter was all it sent ("what did ofsted say about early help in Camden back
  // in 2018?", the year of its visit on help and protection and early help), where the topic is the letter's theme (below).
  // (What Ofsted "looked at" then is read above, by the letter's theme.)
  // So is how the council was on that theme then ("how was derby on cin and cp in 2023?"), and a month of that year
  // ("what did inspectors say about care leavers in Plymouth in July 2025?").
  const yearAsked = typeof u.year === 'number' ? u.year : u.range?.kind === 'as-at' && u.range.month === true ? Number(u.range.date.slice(0, 4)) : null;
  const letterAloneThen =
    yearAsked !== null &&
    letterThen !== null &&
    letterThen !== undefined &&
    / (?:ofsted|inspectors|hmis?) (?:say|said|find|found|think|thought|make|made) |^ how (?:was|were|did) /.test(lower) &&
    !/ (?:look|looks|looked|looking) at /.test(lower) &&
    !inspectionsOf(input).some((r) => r.year === yearAsked);
  // A letter of a year is the visit's too: "what did the Rotherham letter in 2020 say?"
  const visitOfATime = (/ (?:19|20)\d\d (?:ofsted )?(?:visit|letter) | (?:visit|letter) (?:in|from|of|on|during) (?:[a-z]+ ){0,2}?(?:19|20)\d\d /.test(lower) || visitedThen || letterAloneThen) && letterThen !== null;
  // "What did Ofsted come in to look at in Ealing in Oct 2022?": Ofsted's coming in a month when a letter's
  // visit was under way, and no inspection, is that visit.
  const visitOfAMonth =
    u.range?.kind === 'as-at' && (u.range.month === true || isMonthEnd(u.range.date)) && / (?:come|came|coming|went|gone|popped|visited|look|looked|looking|cover|covered|covering|nosing|nosed|poking|poked|had (?:ofsted|inspectors|hmis?)(?: [a-z]+)? in|(?:ofsted|inspectors|hmis?) (?:were |was )?in) /.test(lower) &&
    letterThen !== undefined && !inspectionsOf(input).some((r) => u.range?.kind === 'as-at' && underWayIn(r, u.range.date));
  // So is Ofsted's being in a month named without its year ("heard Ofsted were in Staffordshire last December looking at
  // the front door"), where the latest letter under way in that month is newer than any inspection then.
  const month = u.month;
  const visitOfABareMonth =
    u.range === null && typeof u.year !== 'number' && month !== undefined && letterThen !== null && letterThen !== undefined && OFSTED_IN.test(lower) &&
    !inspectionsOf(input).some((r) => underWayInMonth(r, month) && carriedOut(r) > carriedOut(letterThen));
  // "Was the Sandwell MASH visit in Oct 24 a good result?": a visit named by the theme one of its letters printed.
  const visitOfATheme = / (?:visit|visited) /.test(lower) && rest !== lower;
  // "What did the Bury letter say?", "Ofsted's latest letter to Hull": a focused visit's letter, named as a letter (never a
  // letter before proceedings).
  const visitByLetter = LETTER_NAMED.test(lower) && visitsOf(input).length > 0;
  // "What were the positives from Sandwell's visit?": the council's one visit, named as its own, is its latest letter
  // (an inspection is called one).
  const nameEnd = (u.authorities[0] ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w !== '').at(-1) ?? '';
  const ownVisit = (/ (?:their|its) visit /.test(lower) || (nameEnd !== '' && lower.includes(` ${nameEnd} visit `))) && !/ (?:inspection|inspections|ilacs|sif|visits) /.test(lower) && visitsOf(input).length > 0;
  if (u.focusedVisits !== true && !/ focused visit /.test(lower) && !visitOfATime && !visitOfAMonth && !visitOfABareMonth && !visitOfATheme && !visitByLetter && !ownVisit) return false;
  // "How was Suffolk's front door when Ofsted checked it in 2025?": a topic that is only the theme of the letter of the time
  // Ofsted came is that visit (Dudley's 2024 letter was on placements, so its front door asked of 2024 stays a topic).
  // Only where Ofsted's coming or looking names the visit: "front door Halton focused visit 2022" asks of the front door.
  const themeFirst = topic.length > 0 && lower.startsWith(` ${topic[0]} `);
  const cameThen = visitedThen || letterAloneThen || visitOfAMonth || visitOfABareMonth || !themeFirst;
  return topic.length === 0 || (cameThen && letterThen !== null && letterThen !== undefined && onlyTheLettersTheme(topic, letterThen, lower));
}

/**
 * Words asking for a visit as a whole: how it went, what it covered, its verdict or gist, what inspectors found (not
 * "found about" a topic: "Care leavers, Plymouth, summer 2025 visit — what did inspectors find?").
 */
const AS_A_WHOLE = / (?:(?:think|thought|make|made) of|pass|passed|fail|failed|(?:came|come|comes) out of|overall|verdict|gist|upshot|story|account of|outcome|summary|(?:key|main|headline) (?:findings|messages|points)|takeaways|summarise|summarize|sum up|go|went|result|headlines?|conclude|concluded|conclusions?|covered|cover|looking at|look at|looked at|in general|generally|what was it (?:on|about)|how did it|what (?:did|do|does|have|has) (?:[a-z]+ ){1,2}?(?:find|found)(?! (?:about|on|regarding|re|in) )) /;

/**
 * Whether the words left in a visit question the kind model read name a topic within the visit: a sector term, words
 * after "say/said about", or no word asking for the visit as a whole.
 */
function namesATopic(input: KindInput, topic: readonly string[]): boolean {
  if (/ (?:say|said|says|saying|comment|comments|find|found) (?:about|on|regarding) /.test(input.lower)) return true;
  if (!AS_A_WHOLE.test(input.lower)) return true;
  return queryTerms([...topic]).some((t) => t.concept === true);
}

/** The question's words that are neither how it asks, nor about a visit, nor the theme naming the visit. */
function topicOfAVisitQuestion(input: KindInput, rest: string): string[] {
  // A month naming the visit ("the FV from jan 2025") where the time reading left it is not a topic either.
  // Nor is how far apart two visits were, or which of them is asked ("two focused visits about 6 months apart … the second one").
  const pair = ONE_OF_TWO.test(input.lower);
  // Nor is "back" dating it ("what did ofsted say about early help in Camden back in 2018?").
  const backThen = / back (?:in|during) (?:[a-z]+ )?(?:19|20)\d\d /.test(input.lower);
  return input.u.words.filter(
    (w) => !ASKING_WORDS.has(w) && !ABOUT_A_VISIT.has(w) && !isMonthWord(w) && !(pair && (PAIR_WORDS.has(w) || /^\d+$/.test(w))) && !(backThen && w === 'back') && rest.includes(` ${w} `),
  );
}

/**
 * The question's words (as `lower`) without the theme that names one of the
 * authority's visits: "summarise Wokingham's care leavers focused visit",
 * "Luton front door FV", "the visit on care leavers". Elsewhere ("front door
 * Halton focused visit 2022") the theme stays: it is a topic.
 */
export function withoutVisitTheme(input: KindInput): string {
  const themes = themesAsked(input.lower).filter((group) => visitsOf(input).some((v) => visitHasTheme(v.themes ?? [], [group])));
  let rest = input.lower;
  // In the order typed, so a theme standing between the visit and another is gone before the other is read ("solihull
  // 2018 fv care leavers n uasc summary").
  const typed = [...themes].sort((a, b) => rest.search(a.asked) - rest.search(b.asked));
  rest = withoutThemesNamingTheVisit(rest, typed);
  // A theme typed straight after the visit's date names it only where a letter of that time was sent.
  const letterThen = reportAtTimeAsked(visitsOf(input), input.u);
  return withoutPrintedTheme(rest, visitsOf(input), letterThen !== null && letterThen !== undefined);
}

/** `lower` without each theme of `themes` where it names the visit rather than a topic (withoutVisitTheme). */
function withoutThemesNamingTheVisit(lower: string, themes: ReturnType<typeof themesAsked>): string {
  let rest = lower;
  for (const group of themes) {
    const theme = group.asked.source.slice(1, -1);
    // "The care leavers FV", "the permanence one", "the visit (end of Sept 2025) on care leavers", "Ofsted's 2024 visit to
    // Birmingham about the kids in care", "Blackpool FV during covid", "Kent FV front door findings"; "what did the
    // visit say about the front door" asks about a topic.
    const naming = new RegExp(
      ` ${theme} (?=(?:focused visit|fv|visit|one) )| (?<=visited (?:[a-z]+ ){1,4}?)${theme} | (?<=(?:visit|fv|(?:ofsted|inspectors) in) (?:(?:to|in|at) (?:[a-z]+ ){1,3}?)?${WHEN_WORDS}(?:(?:was|is|were) )?(?:on|about|into|looking at|looked at|covered|covering|to do with) (?:[a-z0-9]+ ){0,4}?)${theme} | (?<=(?:focused visit|visit|fv) (?:during|in) )${theme} | (?<=(?:focused visit|fv) +(?:(?:and|n|plus) +)?)${theme} (?=(?:(?:and|n|plus) )?(?:[a-z]+ ){0,3}?(?:findings|outcome|outcomes|letter|results?|summary|verdict)? ?$)`,
    );
    rest = withoutEach(rest, naming);
  }
  return rest;
}

/**
 * Without the theme of the letter of the time asked, wherever it stands, when the question asks for that visit as a
 * whole: "middlesbrough care leavers - how did the july 2024 visit go overall?" (the July 2024 letter was on care
 * leavers). Elsewhere the theme is the topic asked of ("what did the july 2024 visit say about care leavers' housing?"
 * keeps "housing" and asks for paragraphs).
 */
/** Verbs by which a question says how a council serves a visit's theme ("how it supports care leavers"). */
const SERVES_THE_THEME = / (?:how|the way)(?= )| (?:supports?|supported|supporting|helps?|helped|helping|looks? after|looked after|cares? for|cared for|responds? to|responded to|protects?|protected|works? with|worked with)(?= )/g;

function withoutThemeOfTheVisitAsked(input: KindInput, rest: string): string {
  if (!AS_A_WHOLE.test(input.lower)) return rest;
  const letter = reportAtTimeAsked(visitsOf(input), input.u);
  if (letter === null || letter === undefined) return rest;
  let out = rest;
  for (const group of themesAsked(rest)) {
    // A theme naming the visit that is not its theme ("Kent's focused visit on care leavers in January 2024", whose
    // letter was on the front door) still names that visit: the answer's headline gives the theme it had.
    const namesTheVisit = new RegExp(`(?:focused visit|fv|visit) (?:on|about|into|re|regarding) (?:the )?${group.asked.source.trim()}|${group.asked.source.trim()} (?:focused visit|fv|visit) `).test(rest);
    if (!visitHasTheme(letter.themes ?? [], [group]) && !namesTheVisit) continue;
    out = withoutEach(out, group.asked);
  }
  if (out === rest) return out;
  // How the council serves the theme is the theme too: "what did inspectors find when they looked at how it supports
  // young people leaving care?". And the letter's own words for its theme ("older children in care and care leavers
  // under 21": "older").
  return withoutPrintedWords(out.replace(SERVES_THE_THEME, ' '), letter);
}

/** `lower` without the words of `letter`'s printed themes. */
function withoutPrintedWords(lower: string, letter: StoredReport): string {
  const printed = new Set((letter.themes ?? []).flatMap((t) => t.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 2));
  return ` ${lower.trim().split(' ').filter((w) => !printed.has(w)).join(' ')} `;
}

/** A word dating a visit between it and its theme ("the FV end of Sept 2025 on CIN/CP plans"). */
const DATING_WORD = '(?:from|in|at|end|start|of|the|last|back|early|late|mid|spring|summer|autumn|winter|\\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)';
const DATING = new RegExp(`^${DATING_WORD}$`);
/** Up to five of them, or "that"/"which", in a pattern. */
const WHEN_WORDS = `(?:(?:${DATING_WORD}|that|which|actually|really) ){0,5}?`;

/** Words joining a theme's parts ("contacts/referrals and strategy discussions"). */
const THEME_JOINERS = new Set(['and', 'or', 'the', 'of', 'in', 'to', 'for', 'with']);
/** Words joining a theme's parts after "looked at" ("people in positions of trust as well as the front door"). */
const THEME_LINKS = new Set(['in', 'as', 'well', 'plus', 'also', 'both']);

/**
 * Without a run of words that a visit's printed theme holds, each, just
 * before "visit" ("the contacts/referrals and strategy discussions visit":
 * Rutland's 2019 letter on "contacts and referrals" and "the effectiveness of
 * strategy discussions…") or after "visit on / about / that covered" ("…
 * private fostering and LADO"), where no theme group names them.
 */
function withoutPrintedTheme(lower: string, visits: readonly StoredReport[], dated = false): string {
  const printedWords = new Set(visits.flatMap((v) => (v.themes ?? []).flatMap((t) => t.toLowerCase().split(/[^a-z0-9]+/))).filter((w) => w.length > 2));
  if (printedWords.size === 0) return lower;
  // A plural or singular of a printed word names it too ("letters before proceedings": "a letter before proceedings").
  const isPrinted = (w: string): boolean => printedWords.has(w) || printedWords.has(w.replace(/s$/, '')) || printedWords.has(`${w}s`);
  const words = lower.trim().split(' ');
  const keep = words.map(() => true);
  for (let i = 0; i < words.length; i++) {
    // After it: "the visit that covered … private fostering and LADO"; what a visit "looked at" anywhere in the
    // question ("the FV last december, the one that looked at people in positions of trust as well as the front door").
    let after = /^(?:visit|fv)$/.test(words[i] ?? '') ? (/^(?:that|which)$/.test(words[i + 1] ?? '') ? i + 2 : i + 1) : -1;
    // "The FV jan 2025 on pre-proceedings": the words dating it come between.
    while (after > 0 && after < i + 7 && DATING.test(words[after] ?? '')) after += 1;
    // "staffs latest FV was on positions of trust / LADO"
    if (after > 0 && /^(?:was|is|were)$/.test(words[after] ?? '')) after += 1;
    const lookedAt = /^(?:look|looks|looked|looking)$/.test(words[i] ?? '') && words[i + 1] === 'at' ? i + 1 : -1;
    // Or straight after it, as a search is typed: "Herts focused visit July 2021 extra-familial harm".
    // (Only where a letter of that time was sent: "luton's march visit front door", with no March letter, asks of the
    // front door.)
    const from = after > 0 && /^(?:on|about|into|covered|covering)$/.test(words[after] ?? '') ? after : dated && isPrinted(words[after] ?? '') ? after - 1 : lookedAt;
    if (from > 0) {
      // A word of the asker's own may stand in for one printed ("people" for "adults"), once, inside the run.
      // Ages join a theme too ("16 and 17 year old care leavers", "16-17 year olds").
      const joins = (w: string): boolean => isPrinted(w) || THEME_JOINERS.has(w) || THEME_LINKS.has(w) || /^(?:\d{1,2}|years?|olds?|aged)$/.test(w);
      let ownWords = from === lookedAt ? 1 : 0;
      for (let k = from + 1; k < words.length; k++) {
        const w = words[k] ?? '';
        if (!joins(w) && (ownWords === 0 || !joins(words[k + 1] ?? ''))) break;
        if (!joins(w)) ownWords -= 1;
        keep[k] = false;
      }
    }
    // Before it: "the care leavers visit", "the front door + adults in positions of trust one".
    if (!/^(?:visit|fv|one)$/.test(words[i] ?? '')) continue;
    let j = i - (words[i - 1] === 'focused' ? 2 : 1);
    let named = 0;
    for (; j >= 0 && (isPrinted(words[j] ?? '') || (named > 0 && THEME_JOINERS.has(words[j] ?? ''))); j--) if (isPrinted(words[j] ?? '')) named += 1;
    if (named === 0) continue;
    for (let k = j + 1; k < i; k++) if (words[k] !== 'focused') keep[k] = false;
  }
  return ` ${words.filter((_, k) => keep[k]).join(' ')} `;
}

/**
 * The visit of another month the question names, where the time read first finds none: "before the jan 26 ILACS
 * there was a FV in dec 24" reads January 2026 first; the letter is December 2024's.
 */
function visitOfAnotherMonth(input: KindInput, visits: readonly StoredReport[]): StoredReport | undefined {
  for (const monthEnd of monthsNamed(input.lower.trim().split(' '))) {
    const found = visits.find((v) => underWayIn(v, monthEnd));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The named authority's focused-visit letters, latest first. */
function visitsOf(input: KindInput): StoredReport[] {
  return reportsOf(input).filter((r) => r.kind === 'focused-visit');
}

/** The authority's inspections: its reports that are neither focused-visit letters nor council papers. */
function inspectionsOf(input: KindInput): StoredReport[] {
  return reportsOf(input).filter((r) => r.kind !== 'focused-visit' && r.kind !== 'council-paper');
}

function reportsOf(input: KindInput): readonly StoredReport[] {
  return input.context.reportsByAuthority.get(input.u.authorities[0] ?? '') ?? [];
}

/** The visit the question means: of the time named (kind-helpers.ts), the first for "first", else the latest. */
export function visitMeant(input: KindInput, visits: readonly StoredReport[]): StoredReport | undefined {
  // The first or second of two visits named together: of the year named, else the latest two.
  const pair = ONE_OF_TWO.exec(input.lower);
  if (pair !== null) {
    const year = input.u.year;
    const ofYear = typeof year === 'number' ? visits.filter((v) => inYear(v, year)) : visits;
    const month = MONTH_STARTS.indexOf((pair[1] ?? '').slice(0, 3)) + 1;
    if (month > 0) return ofYear.find((v) => underWayInMonth(v, month));
    const two = ofYear.slice(0, 2);
    return /^(?:second|later|latter|newer|more recent|last)$/.test(pair[1] ?? '') ? two[0] : two[two.length - 1];
  }
  const atTime = reportAtTimeAsked(visits, input.u);
  if (atTime !== null) return atTime ?? visitOfAnotherMonth(input, visits);
  if (/ first /.test(input.lower)) return visits[visits.length - 1];
  const themes = themesAsked(input.lower);
  return (themes.length > 0 ? visits.find((v) => visitHasTheme(v.themes ?? [], themes)) : undefined) ?? visits[0];
}

export function answerFocusedVisit(input: KindInput): AskAnswer | null {
  if (!isAboutAVisit(input)) return null;
  const { context, u } = input;
  const authority = u.authorities[0] as string;
  const visits = visitsOf(input);
  const meant = visitMeant(input, visits);
  // None from the time asked ("Bury focused visit 2016"): the nearest letter, saying so, as paragraphs do (ask.ts).
  const nearest = meant === undefined ? nearestInTime(visits, u.year, u.range)[0] : undefined;
  const visit = meant ?? nearest;
  if (visit === undefined) {
    const headline = `I have no focused-visit letter for ${authority}${timeAsked(u)}.`;
    const notes = visits.length === 0 ? [] : [`Its focused visits I have are from ${visits.map((v) => v.year).join(', ')}.`];
    const kind: KindAnswer = { kind: 'focused-visit', headline, visits: visits.map(visitRow), count: 0, notes };
    return kindAskAnswer(input, kind, [], { message: headline, suggestions: visits.map((v) => `${authority} focused visit ${v.year}`) });
  }
  const row = visitRow(visit);
  const themes = row.themes.length > 0 ? `on ${row.themes.join('; ')}` : 'its theme is not printed in a form I could read';
  const which = reportAtTimeAsked(visits, u) !== null ? `${authority}'s ${visit.year} focused visit` : visits.length > 1 && visit === visits[0] ? `${authority}'s latest focused visit` : `${authority}'s focused visit`;
  const missing = nearest === undefined ? '' : `I have no focused-visit letter for ${authority}${timeAsked(u)}; the nearest is `;
  const headline = `${missing}${nearest === undefined ? which : `${authority}'s ${visit.year} focused visit`} (${row.citation}), ${themes}: ${visitDates(row)}.`;
  // The letter's own words about the visit (its dates, inspectors, what it looked at and on what
  // evidence, the action plan it asks for) come first: they are what "the visit" was, and the one saying
  // what was asked of it ("when", "who") leads.
  const about = aboutParagraphs(context, visit, u);
  const findings = paragraphsOf(context, visit, FINDING_KINDS, OPENING);
  const items = paragraphsOf(context, visit, ITEM_KINDS);
  const aboutSection: KindSection = { heading: `About this visit — ${row.citation}`, hits: about };
  const findingsSection: KindSection = { heading: `Opening findings — ${row.citation}`, hits: findings };
  // "What did it find?" leads with the findings; "what did it look at?", "when was it?" with the letter's words about
  // the visit, and so does a question read as about the visit itself ("did the visit happen virtually?").
  // A verdict asked for ("what did the letter conclude?", "did it pass?") is the findings, however the rest reads.
  const findingsFirst = (ASKS_FINDINGS.test(input.lower) && u.aboutTheInspection !== true) || VERDICT_ASKED.test(input.lower);
  const sections = (findingsFirst ? [findingsSection, aboutSection] : [aboutSection, findingsSection]).filter((section) => section === findingsSection || section.hits.length > 0);
  if (items.length > 0) sections.push({ heading: `${items[0]?.section ?? 'What needs to improve'} — ${row.citation}`, hits: items });
  const notes: string[] = ['Focused visits give no grades.'];
  if (visits.length > 1) notes.push(`${authority} has had ${visits.length} focused visits I hold: ${visits.map((v) => v.year).join(', ')}.`);
  const kind: KindAnswer = { kind: 'focused-visit', headline, visits: [row], count: 1, sections, notes };
  return kindAskAnswer(input, kind, sections.flatMap((section) => section.hits));
}
