/**
 * A change of grade told by its direction rather than by two grades
 * (issue #17, kind 5, with grade-change.ts): "which councils improved to good
 * in 2024?", "who went down to inadequate last year?", "which LAs have
 * slipped from good since 2018?", "which authorities got worse at their latest
 * inspection?". Each authority listed has two cited grades: a graded
 * inspection and the one before it, the later one better (or worse) on the
 * grade scale (GRADE_RANK: requires improvement and adequate are one step).
 * The inspection is the latest; of a year named, one published that year;
 * since a year, one published since. The answer says how it read the question.
 */
import type { AskAnswer, GradeAnswer, GradeRow } from '../../answer-types.ts';
import { AUTHORITIES, inRegion, inRegionText, statisticalNeighbours } from '../../authorities.ts';
import type { KindAnswer } from '../../kind-types.ts';
import type { Grade } from '../../model.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { gradeArea, onlyAreaWords, regionAsked, topicWords } from '../grade-questions.ts';
import { gradesAsked } from '../grade-names.ts';
import { AREA_WORDS, existedOn, frameworksLeftOutNotes, GRADE_RANK, GRADE_WORDS, gradedInspections, gradeRow, judgementFor } from '../grades.ts';
import { knownBy } from '../time-range.ts';
import { plural, type KindInput } from './kind-helpers.ts';

const UP = / (?:up to (?:good|outstanding|requires improvement|ri)|on the way up|(?:going|gone|went|heading|headed|moving) the right way|(?:came|come|coming) out (?:a |one |two )?grades? (?:or more )?(?:better|higher)|(?:bounced|bounce|bounces|bouncing|came|come|coming|got) back(?: up)? to|(?:make|makes|made|making) it (?:back )?(?:up )?to|escaped|turned (?:it|things|themselves) (?:a)?round|no longer (?:rated |judged )?(?:inadequate|requires improvement|ri)|improved|improve|improving|improvers|gone up|went up|go up|moved up|move up|moves up|moving up|jumped|got better|get better|getting better|did better|do better|done better|fared better|upgraded|upgrade|upgrades|upgrading|(?:came|come|coming|got|get|getting|moved|climbed|climb|climbing) (?:out of|off)|(?:better|higher) (?:overall )?(?:effectiveness )?(?:grade|rating|judgement|judgment)|step up|(?:rated|graded|judged|are|is) (?:better|higher)(?! at (?!(?:the|their|its) ))|(?:better|higher) now) /;
const DOWN = / (?:down to (?:inadequate|requires improvement|ri|good)|on the way down|(?:going|gone|went|heading|headed|moving) the wrong way|(?:knocked|knock|knocks|knocking) (?:(?:them|it|[a-z]+) )?(?:off|down|back)(?= (?:a |one |two |by )?(?:grades?|notch|peg|step|level|to|from) )|knocked (?:off|down|back)|declined|declining|decliners|dropped|drop|fell|fallen|slipped|slip|slid|sliding|sank|tumbled|gone down|went down|go down|(?:go|goes|gone|went|going) downhill|got worse|get worse|getting worse|did worse|do worse|done worse|fared worse|deteriorated|downgraded|downgrade|downgrades|downgrading|(?:worse|lower|poorer) (?:overall )?(?:effectiveness )?(?:grade|rating|judgement|judgment)|step down|lost (?:its |their |the |that |a |an )?(?:(?:outstanding|good) or )?(?:outstanding|good|grade|rating)|lost it|no longer (?:rated |judged )?(?:outstanding|good)|(?:gone|went|go|goes|going|slipped|moved) backwards?|(?:rated|graded|judged|are|is) (?:worse|lower)|but (?:worse|lower) (?:at|in|now|by)|(?:worse|lower) now|(?:came|come|coming) out (?:below|under|lower than|worse than)|(?:came|come|coming) out (?:a |one |two )?grades? (?:or more )?(?:worse|lower)) /;
/** Words of a direction and its time, not a topic. */
const DIRECTION_WORDS = new Set(
  ('improved improve improving gone went go moved got get getting better worse upgraded declined declining dropped drop fell fallen slipped slip down up deteriorated downgraded their its since latest last inspection inspections inspected year came come coming climbed jumped out grade grades list that ' +
    // "On care leavers specifically - which LAs saw that judgement get worse between their last two inspections?"
    'saw see seen between two previous recent most specifically particular particularly or more compared with one before than ' +
    // "Who dropped a grade at their latest inspection? Mainly interested in 2025 ones"
    'mainly interested ones especially only just ' +
    // "Which councils fell into inadequate in 2023?": into the grade, as "to".
    'make makes made making you downgrade downgrades downgrading upgrade upgrades upgrading into knocked knock knocks knocking notch peg bounce bounces bouncing bounced after an ' +
    // "Since ILACS started, which LAs climbed out of inadequate and landed good at the very next full inspection?"
    'started began begun landed landing very way wrong right round ' +
    // "Which councils managed to climb out of inadequate at their most recent inspection?"
    'managed manage climb ' +
    // "which ones came out with a worse grade than last time?", "which ones were a step down for the council on last time?"
    'worse lower higher step for council councils time had full done ilacs of out with were was ' +
    // "LAs that went I -> O in one jump?", "RI -> G in 2025/26 - list pls": the grades' letters, read by arrowAsked.
    'o g i ri jump pls please ' +
    // "anyone in yorkshire gone up since their last ilacs"
    'anyone anybody whose did do done fared previous vs versus held ' +
    // "did any councils go downhill at their inspections in 2025?"
    'downhill goes at any ' +
    // "Who went down a grade in 2022, and what did they drop to?": the grade they came to, which the list shows.
    'what and they to drops falls fall ' +
    // "which councils lost outstanding at their next inspection?"
    'lost lose losing next ' +
    // "London boroughs that improved their overall grade…", "has anyone gone backwards?"
    'boroughs borough overall backwards backward ' +
    // "thinking about the north west, has anyone gone backwards? i mean overall grade lower at their latest ILACS"
    'thinking about mean ' +
    // "…did any other east of england councils slip down at their most recent inspection too?"
    'other others else too also ' +
    // "the Black Country four (Dudley, Sandwell, Walsall, Wolves) - which of them went up a grade?"
    'three four five six them these those ' +
    // "which councils came out of inadequate straight to good at inspections carried out in 2025?"
    'straight directly carried during ' +
    // "ASAP - which London boroughs climbed off requires improvement…", "of everyone who had a full inspection in 2025, who came out below their previous grade?"
    'off everyone everybody below under ' +
    // "Good down to requires improvement during 2025 - who did that, and was a West Midlands council among them?"
    'among amongst ' +
    // "did anyone go up by two grades at once?" (TWO_STEPS)
    'by once steps step levels level than ' +
    // "Walsall and Wolverhampton - did both of them move up since their 2017 SIF audits, or just one?"
    'both either neither audit audits review reviews ' +
    // "Which of these went down a grade at its 2024 ILACS: (a) Cornwall (b) Thurrock (c) Kirklees?"
    'these ' +
    // "In the last five years, who's lost a good or outstanding rating and slid to RI or worse?"
    'slid sliding sank tumbled rating ratings ' +
    // "which councils bounced back to good?", "which inadequate councils turned it around?", "no longer inadequate"
    'bounced back escaped turned it things themselves round around no longer lost ' +
    // "biggest improvers", "the worst decliners"
    'biggest improvers decliners').split(' '),
);
/** One grade named, as the change's end ("to good") or its start ("from good"). */
const GRADE_AFTER = / (?:to|into) (?:being )?(outstanding|good|requires? improvement|ri|adequate|inadequate)(?: or (worse|below|lower|better|above|higher))? /;
const GRADE_BEFORE = / (?:from|out of|off|after (?:an? |an |being |their |its )?|lost (?:its |their |the |a |an )?) ?(?:being )?(outstanding|good|requires? improvement|ri|adequate|inadequate)(?: or (outstanding|good|requires? improvement|ri|adequate|inadequate|better|above|higher))? /;
/** A grade, then the move from it: "good down to requires improvement", "RI up to good". */
const GRADE_BEFORE_A_MOVE = / (outstanding|good|requires? improvement|ri|adequate|inadequate) (?:down|up) to /;
/**
 * A list across authorities, not a question about one: "which councils…", or, naming none, a grade that moved
 * ("dropped a grade latest", typed as into a search box).
 */
const ACROSS = / (?:which|who|whose|any|anyone|anybody|how many|councils|authorities|las|ones|list|improvers|decliners) | (?:dropped|fell|slipped|lost|gained|went up|gone up|moved up|went down|gone down|moved down|improved|declined|better|worse) (?:a |one |by a |by one )?grades? /;

/** A grade of a year that no longer holds: "were outstanding back in 2019 that aren't anymore", "inadequate in 2018 but not now". */
const WAS_THEN_NOT_NOW =
  / (?:were|was) (?:rated |judged )?(outstanding|inadequate) (?:back )?in ((?:19|20)\d\d) (?:but |and |that |which |who )?(?:(?:are|is) not|aren t|arent|isn t|isnt|not|no longer)(?: (?:rated|judged))?(?: (?:outstanding|inadequate))? (?:any ?more|now|today|these days|at the moment)? ?$/;

/** A move of two steps or more on the scale: "up by two grades at once", "more than one grade". */
const TWO_STEPS = / (?:by )?(?:two|2) (?:whole )?(?:grades|steps|levels) | more than (?:one|a) (?:grade|step|level) /;

/** Which way, and any grade the change started from or ended at. */
interface Direction {
  up: boolean;
  /** The fewest steps on the scale the move must take (two for "up by two grades"). */
  steps?: number;
  from?: Grade[];
  to?: Grade[];
}

/** A change written with an arrow, in words or Ofsted's letters: "RI→G", "I -> O", "inadequate => good". */
const ARROW = /(?:^|[^a-z])(outstanding|good|requires improvement|ri|inadequate|o|g|i)\s*(?:->|→|=>|>)\s*(outstanding|good|requires improvement|ri|inadequate|o|g|i)(?![a-z])/i;
const LETTERS: Readonly<Record<string, string>> = { o: 'outstanding', g: 'good', i: 'inadequate', ri: 'requires improvement' };

function arrowAsked(text: string): Direction | null {
  const match = ARROW.exec(text);
  if (match === null) return null;
  const [from, to] = [match[1], match[2]].map((g) => gradesAsked([LETTERS[(g ?? '').toLowerCase()] ?? (g ?? '').toLowerCase()]));
  const [a, b] = [from?.[0], to?.[0]];
  if (a === undefined || b === undefined || a === b) return null;
  return { up: GRADE_RANK[b] > GRADE_RANK[a], from: from as Grade[], to: to as Grade[] };
}

function directionAsked(lower: string, text: string): Direction | null {
  const arrow = arrowAsked(text);
  if (arrow !== null) return arrow;
  const up = UP.test(lower);
  if (up === DOWN.test(lower)) return null;
  const after = GRADE_AFTER.exec(lower);
  const before = GRADE_BEFORE.exec(lower);
  const to = after?.[1];
  const from = before?.[1] ?? GRADE_BEFORE_A_MOVE.exec(lower)?.[1];
  const direction: Direction = { up };
  if (TWO_STEPS.test(lower)) direction.steps = 2;
  // One grade named as neither start nor end ("which inadequate councils turned it around?", "which outstanding
  // councils lost it?"): the scale's end a move cannot reach is where it started, the other end where it finished.
  const only = to === undefined && from === undefined ? gradesAsked(lower.split(' ').filter((w) => w !== '')) : [];
  if (only.length === 1 && only[0] !== undefined) {
    const end = GRADE_RANK[only[0]];
    if (end === 1 || end === 4) direction[(end === 1) === up ? 'from' : 'to'] = only;
  }
  if (to !== undefined) direction.to = withOr(gradesAsked([to]), after?.[2]);
  if (from !== undefined) direction.from = withOr(gradesAsked([from]), before?.[2]);
  return direction;
}

/**
 * A grade with what follows its "or": "RI or worse" is requires improvement and every grade below; "good or
 * outstanding" both; "good or better" good and above.
 */
function withOr(grades: Grade[], or: string | undefined): Grade[] {
  const first = grades[0];
  if (or === undefined || first === undefined) return grades;
  const rank = GRADE_RANK[first];
  const scale = (Object.keys(GRADE_RANK) as Grade[]).filter((g) => GRADE_RANK[g] > 0);
  if (/^(?:worse|below|lower)$/.test(or)) return scale.filter((g) => GRADE_RANK[g] <= rank);
  if (/^(?:better|above|higher)$/.test(or)) return scale.filter((g) => GRADE_RANK[g] >= rank);
  return [...new Set([...grades, ...gradesAsked([or])])];
}

/** "improved to good", "slipped from good", "got worse". */
function describe(direction: Direction): string {
  const verb = `${direction.up ? 'improved' : 'declined'}${direction.steps === undefined ? '' : ` by two steps or more`}`;
  const from = direction.from === undefined ? '' : ` from ${direction.from.map((g) => GRADE_WORDS[g]).join(' or ')}`;
  const to = direction.to === undefined ? '' : ` to ${direction.to.map((g) => GRADE_WORDS[g]).join(' or ')}`;
  return `${verb}${from}${to}`;
}

/** An improvement owed, not made: "which councils need to improve their front door?", "…were told to do better". */
const OWED = / (?:(?:needs?|needed|has|have|had|ought|told|asked|required|expected|got|going) to|must|should|could) (?:improve|get better|do better) /g;

export function answerGradeDirection(input: KindInput): AskAnswer | null {
  const { context, u } = input;
  // "Any councils that were outstanding back in 2019 that aren't anymore?": no longer the grade of that year, which is
  // a fall from the top or a climb from the bottom, set against the grade in force then (`against`, below).
  const thenNot = WAS_THEN_NOT_NOW.exec(input.lower);
  const thenGrade = thenNot === null ? [] : gradesAsked([thenNot[1] ?? '']);
  const endOfScale = thenGrade.length === 1 && (thenGrade[0] === 'outstanding' || thenGrade[0] === 'inadequate');
  const lower = (endOfScale && thenNot !== null ? input.lower.replace(thenNot[0], ` no longer ${thenNot[1] ?? ''} `) : input.lower).replace(OWED, ' ');
  // Across every authority, or one authority's statistical neighbours ("which of Bury's neighbours improved?").
  const neighboursOf = u.authorities.length === 1 && / (?:statistical )?neighbou?rs? /.test(lower) ? (u.authorities[0] as string) : null;
  // Or the councils the question names, asked of as a set ("Dudley, Sandwell, Walsall, Wolves - which of them went up a grade?").
  const ofThoseNamed = u.authorities.length >= 2 && / (?:which|any|how many|none|who|both|either|neither) (?:one )?of /.test(lower);
  if ((u.authorities.length > 0 && neighboursOf === null && !ofThoseNamed) || u.unknownAuthorities.length > 0 || !(ACROSS.test(lower) || neighboursOf !== null || ofThoseNamed)) return null;
  const direction = directionAsked(lower, input.text);
  if (direction === null) return null;
  // Paragraphs asked for ("what did councils that improved do?") or a topic ("improved their care leavers offer")
  // are not a change of grade.
  // "Did worse at their latest ILACS" is the change itself, not paragraphs.
  // "Did any councils go downhill?" asks whether any did: the list answers.
  // "…and what did they go from and to?" asks for the two grades the list gives.
  const asking = lower
    .replace(/ (?:and )?what (?:grades? )?(?:did|do|were|was) (?:they|it|each|those|these) (?:go|move|drop|fall|come|slip|rise|climb)(?: down| up)? from(?: and to)? /g, ' ')
    // "…, and what did they drop to?": the grade they came to, which the list gives.
    .replace(/ (?:and )?what (?:grades? )?(?:did|do|have|has) (?:they|it|each|those|these) (?:go|gone|move|moved|drop|dropped|fall|fallen|come|slip|slipped|rise|risen|climb|climbed|improve|improved)(?: down| up)? to $/g, ' ')
    .replace(/^ (?:what|how|which|who) /, ' ')
    .replace(/ (?:did|do|done) (?=(?:worse|better) )/g, ' ')
    // "Good down to requires improvement during 2025 - who did that?": who made the move told.
    .replace(/ (?:who|which|which ones|anyone) (?:did|has done|have done) (?:that|this|it|so) /g, ' who ')
    // "At the 2026 inspections, did anyone go up a grade?": whether any did, wherever it is asked.
    .replace(/ (?:did|have|has) (?=(?:any|anyone|anybody|both|either|neither) )/g, ' ')
    // "Which councils did Ofsted knock down a grade?": Ofsted's doing, asked as which.
    .replace(/ (?:did|has|have) (?=(?:ofsted|inspectors|hmi) )/g, ' ');
  if (/ (?:say|said|do|did|how|what|practice|learn) /.test(asking) && !/ how many /.test(lower)) return null;
  if (!onlyAreaWords(topicWords(u.words).filter((w) => !DIRECTION_WORDS.has(w)))) return null;
  // "Which are rated better now than they were in 2019?": the grade in force at the end of 2019 against the latest.
  const against = endOfScale && thenNot !== null ? Number(thenNot[2]) : u.againstNow === true && typeof u.year === 'number' ? u.year : null;
  const year = typeof u.year === 'number' && against === null ? u.year : null;
  // "…in 2023 or 2024": each year named, in order.
  const years = year === null ? [] : [...new Set([year, ...(u.alsoYears ?? [])])].sort((a, b) => a - b);
  const yearsText = years.join(' or ');
  const since = u.range?.kind === 'years' && u.range.to === null ? u.range.from : null;
  // "RI -> G in 2025/26", "between 2019 and 2022": inspections published within those years.
  const within = u.range?.kind === 'years' && u.range.from !== null && u.range.to !== null ? { from: u.range.from, to: u.range.to } : null;
  const area = gradeArea(u.areas, u.words);
  const region = regionAsked(u.words);
  const scope =
    neighboursOf !== null
      ? statisticalNeighbours(neighboursOf).map((n) => n.name)
      : ofThoseNamed
        ? u.authorities
        : AUTHORITIES.filter(
          (a) => existedOn(a.name, null) && (region === null || inRegion(a, region)) && !(u.leftOut ?? []).includes(a.name),
        ).map((a) => a.name);
  const rows: GradeRow[] = [];
  let count = 0;
  // "…not counting the SIF": those inspections are neither the change asked about nor the grade it is set against.
  const frameworksOut = u.frameworksLeftOut ?? [];
  for (const name of scope) {
    const graded = gradedInspections(context, name).filter((r) => !frameworksOut.includes(r.kind));
    // The inspections asked about (latest first; with no time, the latest only), each set against the one before it:
    // the newest change of the kind asked.
    const published = (r: StoredReport): boolean =>
      year !== null
        ? years.some((y) => knownBy(r).startsWith(String(y)))
        : since !== null
          ? knownBy(r) >= `${since}-01-01`
          : within !== null
            ? knownBy(r) >= `${within.from}-01-01` && knownBy(r) <= `${within.to}-12-31`
            : false;
    const asked = graded.flatMap((r, i) => ((year !== null || since !== null || within !== null ? published(r) : i === 0) ? [i] : []));
    const inForceThen = against === null ? undefined : graded.find((r) => knownBy(r) <= `${against}-12-31`);
    const pair =
      against !== null
        ? inForceThen === undefined || inForceThen === graded[0]
          ? null
          : changed(graded[0] as StoredReport, inForceThen, direction, area)
        : asked.map((i) => (graded[i + 1] === undefined ? null : changed(graded[i] as StoredReport, graded[i + 1] as StoredReport, direction, area))).find((p) => p !== null);
    if (pair === undefined || pair === null) continue;
    rows.push(...pair);
    count += 1;
  }
  const areaText = area === 'overall' ? '' : ` for ${AREA_WORDS[area]}`;
  const when =
    against !== null
      ? ` since ${against}`
      : year !== null
      ? ` at an inspection published in ${yearsText}`
      : since !== null
        ? ` at an inspection published since ${since}`
        : within !== null
          ? ` at an inspection published from ${within.from} to ${within.to}`
          : ` at ${count === 1 ? 'its' : 'their'} latest graded inspection`;
  const who =
    neighboursOf !== null
      ? `${count} of ${neighboursOf}'s statistical neighbours`
      : ofThoseNamed
        ? `${count} of ${u.authorities.join(', ')}`
      : `${plural(count, 'authority', 'authorities')}${region === null ? '' : ` ${inRegionText(region)}`}`;
  const headline = `${who} ${describe(direction)}${areaText}${when}${count > 0 ? ':' : '.'}`;
  const notes = [
    against !== null
      ? `Each authority's grade in force at the end of ${against} is set against its latest; "${direction.up ? 'improved' : 'declined'}" is a ${direction.up ? 'better' : 'worse'} grade on the scale outstanding, good, requires improvement (or adequate), inadequate.`
      : `Each authority's graded inspection${year !== null ? ` published in ${yearsText}` : since !== null ? ` published since ${since}` : ''} is set against the one before it; "${direction.up ? 'improved' : 'declined'}" is a ${direction.up ? 'better' : 'worse'} grade on the scale outstanding, good, requires improvement (or adequate), inadequate.`,
    'Focused visits give no grades and are not counted.',
    ...frameworksLeftOutNotes(frameworksOut),
  ];
  const grades: GradeAnswer = { kind: 'change', headline, area, rows, count, notes };
  const kind: KindAnswer = { kind: 'grade-change', headline, count, notes };
  // "Which other councils…" after naming some: those named are left out, which the answer's preface says.
  const leftOut = (u.leftOut ?? []).length > 0 ? { leftOut: u.leftOut } : {};
  return { question: input.text, understood: { authorities: u.authorities, year: u.year, range: u.range, areas: u.areas, terms: [] }, results: [], total: 0, grades, kind, ...leftOut };
}

/** The two cited rows, earlier first, when the change between them is the one asked; else null. */
function changed(later: StoredReport, earlier: StoredReport, direction: Direction, area: Parameters<typeof judgementFor>[1]): [GradeRow, GradeRow] | null {
  const after = judgementFor(later, area);
  const before = judgementFor(earlier, area);
  if (after === undefined || before === undefined || GRADE_RANK[after.gradeKey] === 0 || GRADE_RANK[before.gradeKey] === 0) return null;
  const step = GRADE_RANK[after.gradeKey] - GRADE_RANK[before.gradeKey];
  if (direction.up ? step <= 0 : step >= 0) return null;
  if (Math.abs(step) < (direction.steps ?? 1)) return null;
  if (direction.to !== undefined && !direction.to.includes(after.gradeKey)) return null;
  if (direction.from !== undefined && !direction.from.includes(before.gradeKey)) return null;
  return [gradeRow(earlier, area, before), gradeRow(later, area, after)];
}
