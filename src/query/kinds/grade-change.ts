/**
 * Changes between two times (issue #17, kind 5): "which authorities were
 * inadequate in 2017 but are good now?", "councils that went from
 * inadequate to outstanding since 2015", "was Bury inadequate in 2016 and
 * good now?". Each authority listed has two cited grades, then and now, and
 * the count is of authorities. "In 2017" is read as the grade in force at
 * any time during 2017: the latest graded inspection published before the
 * year began, or any published during it. The answer says so.
 */
import type { AskAnswer, GradeAnswer, GradeRow } from '../../answer-types.ts';
import { AUTHORITIES, authorityByName, inRegion, inRegionText } from '../../authorities.ts';
import type { KindAnswer } from '../../kind-types.ts';
import type { AreaKey, Grade } from '../../model.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { withoutAsides } from '../asides.ts';
import { gradeArea, onlyAreaWords, regionAsked, topicWords } from '../grade-questions.ts';
import { gradesAsked } from '../grade-names.ts';
import { AREA_WORDS, existedOn, frameworksLeftOutNotes, GRADE_WORDS, gradedInspections, gradeRow, judgementFor } from '../grades.ts';
import { knownBy } from '../time-range.ts';
import { plural, type KindInput } from './kind-helpers.ts';

/** A grade held from one inspection to the next: "stayed good", "remained inadequate", "kept their outstanding". */
const HELD_A_GRADE = / (?:stayed|remained|kept|keep|keeps|retained|retain|held on to|hung on to|held onto|hold on to|hold onto|hang on to|stuck at) (?:at |as |on )?(?:their |its )?(outstanding|good|requires improvement|ri|inadequate) /;

/**
 * The same said of the last two inspections: "rated outstanding at both of their last two inspections", "good twice in a
 * row", "held outstanding at both of their last two ILACS inspections".
 */
const HELD_TWICE =
  / (?:rated|judged|graded|been|got|were|was|held|kept|stayed|remained) (outstanding|good|requires improvement|ri|inadequate) (?:(?:at|in|for) (?:both|each) (?:of )?(?:their|its|the) (?:last|latest|most recent|past) (?:two|2) (?:graded |full |ilacs |sif )?(?:inspections|ilacs|ones)|(?:at|in|for) (?:two|2) (?:graded |full |ilacs |sif )?(?:inspections|ilacs|ones) in a row|(?:twice|two times) (?:in a row|running)) /;

const HOLDING_WORDS: ReadonlySet<string> = new Set('stayed remained kept keep keeps retained retain held hold hung hang stuck on onto to at as their its both each twice two last latest past inspections inspection ones managed manage grade rating running row'.split(' '));

/** Grade phrases, longest first, so "good or better" is read before "good". */
const GRADE_PHRASE =
  /(?:good or (?:better|above|outstanding)|at least good|(?:less|worse) than good|not yet good(?: enough)?|not good|below good|requires? improvement(?: to be good)?|requiring improvement|outstanding|inadequate|adequate|good|ri)(?= )/g;
/** Words that say the two grades are at two times. */
const CHANGE_WORDS = / (?:but|now|since|became|become|becoming|moved|gone|went|go|from|improved|improve|declined|dropped|fell|later|still|then|today|currently|and are|and is|after|this time|last time|once|formerly|previously|used to|(?:make|makes|made|making) it (?:back )?(?:up )?to) /;
/**
 * Where councils ended up, or were before, as the other time ("which councils that were good came out RI in 2025?",
 * "which outstanding councils were inadequate before?"): across councils only, since of one council "came out good in
 * 2019 and RI in 2023" is asked of its grades.
 */
const CAME_OUT = / (?:(?:came|come|comes|coming) out(?! of)(?: as| at| with)?|ended up|end up|landed|before) /;

/**
 * "From inadequate to good", "from being RI into outstanding", "from an outstanding judgement to requires improvement":
 * a change told with no time. So are two grades heading
 * the question, before what it asks: "RI to outstanding in one go, who's managed it?" ("good to outstanding practice" is
 * a span of grades), or typed after the councils as a search-box query ("councils inadequate to outstanding").
 */
const FROM_TO = new RegExp(
  ` from (?:being |an? )?${GRADE_PHRASE.source} .*\\b(?:to|into) (?:being |an? )?${GRADE_PHRASE.source}| (?:went|gone|go|goes|going|moved|jumped) (?:straight )?${GRADE_PHRASE.source} (?:to|into) ${GRADE_PHRASE.source}|^ ${GRADE_PHRASE.source} (?:straight )?(?:to|into) ${GRADE_PHRASE.source} (?:in one go |at once |(?:which|who|whos|how many|what|any|anyone|anybody) |(?:moves?|movers|jumps?|changes?|shifts?) |(?:in|since|during) (?:19|20)\\d\\d |$)| (?:councils?|las?|authorities|local authorities|ones) ${GRADE_PHRASE.source} (?:straight )?(?:to|into) ${GRADE_PHRASE.source} $`,
);

/** The overall grade set against the areas' at one inspection: "good overall, but which of the 4 areas were RI?". */
const OVERALL_AGAINST_AREAS = / overall (?:[a-z0-9]+ ){0,6}?(?:but|yet|though|although|so) (?:[a-z0-9]+ ){0,4}?(?:which|what) (?:of (?:the|its|their) )?(?:\d+ |four |three |five |other )?(?:areas?|judgements?|judgments?|bits|parts|ones) /;

/**
 * A time the question names: a year, or now; with no year ("went from inadequate to good"), the inspection before the
 * latest; "under SIF", the latest inspection under that framework.
 */
type When = { year: number } | { now: true } | { previous: true } | { sif: true } | { movedIn: number };

function whenText(when: When, many = false): string {
  if ('movedIn' in when) return `at an inspection published in ${when.movedIn}`;
  if ('sif' in when) return `at ${many ? 'their' : 'its'} last SIF inspection`;
  return 'now' in when ? 'now' : 'previous' in when ? `at ${many ? 'their' : 'its'} previous graded inspection` : `in ${when.year}`;
}

/** The inspections whose grade was in force at some time in `when` (latest first): now, the latest. */
function inForce(graded: readonly StoredReport[], when: When): StoredReport[] {
  if ('now' in when) return graded.slice(0, 1);
  if ('previous' in when) return graded.slice(1, 2);
  if ('sif' in when) return graded.filter((r) => r.kind === 'sif').slice(0, 1);
  if ('movedIn' in when) return graded.filter((r) => knownBy(r).startsWith(String(when.movedIn)));
  const start = `${when.year}-01-01`;
  const end = `${when.year}-12-31`;
  const during = graded.filter((r) => knownBy(r) >= start && knownBy(r) <= end);
  const before = graded.find((r) => knownBy(r) < start);
  return before === undefined ? during : [...during, before];
}

/** `lower` without "good" that praises work rather than names the grade ("good work", "good practice"). */
function withoutPraisedWork(lower: string): string {
  return lower.replace(/ good (?=(?:work|practice|examples?|things|stuff|bits|news|support|job|ideas) )/g, ' ');
}

/** Words near a grade that place it now, or before ("rated outstanding now", "were only RI at the inspection before"). */
const NOW_MARK = / (?:now|currently|today|these days|are|is|latest|this time|became|become|becoming|turned|(?:bounced|came|come) back to|(?:climbed|rose|moved|jumped|went|gone|got) (?:up )?to) /;
const PAST_MARK = / (?:were|was|used to be|had been|having been|after being|after|once|formerly|originally|initially|previously|before|last time|previous|earlier|sif) /;
/** Words that place a grade in time or tell the move, beyond those a grade question's filler holds. */
/** The words of either kind, found one after another between two grades. */
const MARKS_IN_GAP = new RegExp(`${NOW_MARK.source.replace(/ $/, '(?= )')}|${PAST_MARK.source.replace(/ $/, '(?= )')}`, 'g');
const PLACING_WORDS: ReadonlySet<string> = new Set('before after being once formerly originally initially became become becoming turned bounced came back climbed rose jumped this time'.split(' '));
/** Where a clause about the other grade begins: "…outstanding now but were only RI…". */
const CLAUSE_BREAK = / (?:but|that|and|who|which|whereas|while|yet) /;

/**
 * With no year, two grades each placed in time by the words around it, as [then, now], for a question across
 * authorities: "which councils are rated outstanding now but were only RI at the inspection before?", "LAs now
 * outstanding that were inadequate under SIF". Null when the words do not place one now and the other before.
 */
function gradesPlacedInTime(lower: string): { before: Grade[]; after: Grade[]; then: When; inferred: boolean } | null {
  const found = [...withoutPraisedWork(lower).matchAll(GRADE_PHRASE)];
  if (found.length !== 2) return null;
  // The words between the two grades: each word placing a time goes with the grade it stands nearer ("which councils
  // rated inadequate before are good now?": "before" is inadequate's, "are" good's; "which good councils used to be
  // inadequate?": "used to be" is inadequate's).
  const [first, second] = found as [RegExpMatchArray, RegExpMatchArray];
  const gapStart = (first.index ?? 0) + first[0].length;
  const gap = lower.slice(gapStart, second.index ?? gapStart);
  const marks = [...gap.matchAll(MARKS_IN_GAP)];
  const nearer = (m: RegExpMatchArray): 'first' | 'second' => ((m.index ?? 0) + m[0].length / 2 < gap.length / 2 ? 'first' : 'second');
  const gapMarks = (side: 'first' | 'second'): string => ` ${marks.filter((m) => nearer(m) === side).map((m) => m[0].trim()).join(' ')} `;
  const places = found.map((m, i) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // The few words before the grade, back to the other grade or a clause break, and after it, up to them.
    // (A clause break between them parts them already: "rated inadequate that are now outstanding".)
    const parted = CLAUSE_BREAK.test(gap);
    const lead = lower.slice(Math.max(i === 0 ? 0 : gapStart, start - 30), start);
    const ownLead = i === 1 && !parted ? gapMarks('second') : ` ${lead.split(CLAUSE_BREAK).at(-1) ?? ''} `;
    const tail = lower.slice(end, i === 0 ? (second.index ?? lower.length) : lower.length);
    const ownTail = i === 0 && !parted ? gapMarks('first') : ` ${tail.split(CLAUSE_BREAK)[0] ?? ''} `;
    // The words before a grade place it first ("previously rated inadequate are now outstanding": "are now" is
    // outstanding's); those after it only when none before do.
    const near = NOW_MARK.test(ownLead) || PAST_MARK.test(ownLead) ? ownLead : `${ownLead}${ownTail}`;
    return { grades: gradesAsked([m[0]]), now: NOW_MARK.test(near), past: PAST_MARK.test(near), sif: / sif /.test(`${ownLead}${ownTail}`) || (i === 1 && !parted && / sif /.test(gap)) };
  });
  const [a, b] = places as [(typeof places)[0], (typeof places)[0]];
  const placed = (x: typeof a): 'now' | 'past' | null => (x.now === x.past ? null : x.now ? 'now' : 'past');
  // One grade placed, the other not: a change was asked (CHANGE_WORDS), so the other is at the other time ("any
  // inadequate councils that became good?").
  const opposite = (p: 'now' | 'past' | null): 'now' | 'past' | null => (p === null ? null : p === 'now' ? 'past' : 'now');
  const [pa, pb] = [placed(a) ?? opposite(placed(b)), placed(b) ?? opposite(placed(a))];
  if (pa === null || pb === null || pa === pb || a.grades.length === 0 || b.grades.length === 0) return null;
  // Two grades that share one ("good private fostering practice … LAs that got good or better") are no change.
  if (a.grades.some((g) => b.grades.includes(g))) return null;
  const [past, now] = pa === 'past' ? [a, b] : [b, a];
  return { before: past.grades, after: now.grades, then: past.sif ? { sif: true } : { previous: true }, inferred: placed(a) === null || placed(b) === null };
}

/** The grade phrases of the question, in order, each as grades. */
function gradePhrases(lower: string): Grade[][] {
  // "Good work with disabled children from councils rated outstanding": praise of work is no grade. (Not every
  // praise withoutPraise reads: "from inadequate to good at the next ILACS" is a grade.)
  const text = withoutPraisedWork(lower);
  const phrases: { grades: Grade[]; end: number }[] = [];
  for (const m of text.matchAll(GRADE_PHRASE)) {
    const grades = gradesAsked([m[0]]);
    if (grades.length === 0) continue;
    // "Came out RI or inadequate": two grades joined by "or" are one end of the move.
    const last = phrases.at(-1);
    if (last !== undefined && text.slice(last.end, m.index) === ' or ') last.grades = [...new Set([...last.grades, ...grades])];
    else phrases.push({ grades, end: 0 });
    (phrases.at(-1) as { end: number }).end = m.index + m[0].length;
  }
  return phrases.map((p) => p.grades);
}

function gradesText(grades: readonly Grade[]): string {
  return grades.map((g) => GRADE_WORDS[g]).join(' or ');
}

/**
 * The two rows of a move made in `year`: a graded inspection published that year with a grade in `after`, and the
 * one before it with a grade in `before` (the newest such move); else null.
 */
function movedInYear(graded: readonly StoredReport[], year: number, area: AreaKey, before: readonly Grade[], after: readonly Grade[]): [GradeRow, GradeRow] | null {
  for (const [i, later] of graded.entries()) {
    const earlier = graded[i + 1];
    if (earlier === undefined || !knownBy(later).startsWith(String(year))) continue;
    const [to, from] = [judgementFor(later, area), judgementFor(earlier, area)];
    if (to === undefined || from === undefined || !after.includes(to.gradeKey) || !before.includes(from.gradeKey)) continue;
    return [gradeRow(earlier, area, from), gradeRow(later, area, to)];
  }
  return null;
}

/** The newest move from a grade in `before` to one in `after` at two graded inspections in a row, before the latest pair. */
function earlierMove(graded: readonly StoredReport[], area: AreaKey, before: readonly Grade[], after: readonly Grade[]): [GradeRow, GradeRow] | null {
  for (let i = 1; i + 1 < graded.length; i++) {
    const [later, earlier] = [graded[i] as StoredReport, graded[i + 1] as StoredReport];
    const [to, from] = [judgementFor(later, area), judgementFor(earlier, area)];
    if (to !== undefined && from !== undefined && after.includes(to.gradeKey) && before.includes(from.gradeKey)) return [gradeRow(earlier, area, from), gradeRow(later, area, to)];
  }
  return null;
}

/** The row an authority gives at a time, when its grade there is one of `wanted`. */
function rowAt(graded: readonly StoredReport[], when: When, area: AreaKey, wanted: readonly Grade[]): GradeRow | 'ungraded' | null {
  const reports = inForce(graded, when);
  if (reports.length === 0) return 'ungraded';
  let anyGrade = false;
  for (const report of reports) {
    const judgement = judgementFor(report, area);
    if (judgement === undefined || judgement.gradeKey === 'other') continue;
    anyGrade = true;
    if (wanted.includes(judgement.gradeKey)) return gradeRow(report, area, judgement);
  }
  return anyGrade ? null : 'ungraded';
}

/**
 * Whether the grades are only a premise before another question: "Scilly went
 * from good to inadequate in 2023 - what did Ofsted say they had to sort out?"
 * asks for the list, "…went inadequate in 2025 - was that across the board or
 * just for care leavers?" for that inspection's grades.
 */
function premiseOnly(text: string): boolean {
  // Told in the first sentence, or anywhere before the last ("…since the grade moved from requires improvement up to
  // good. I know there were a couple of focused visits in that gap. What did the May 2023 one find?").
  // A comma before "but" and a question ends it too: "East Riding climbed from inadequate to good in about three years, but
  // what was still on its to-do list after the 2023 inspection?".
  // So does a comma before "what": "Wiltshire went from RI in 2015 to outstanding in 2023, what were they told to
  // fix back in 2015?".
  const first = /\s(?:-|–|—)\s|[.;:]\s|,\s+but\s+(?=(?:what|how|which|was|were|is|are|did|does|do|has|have|when|where|who|why)\b)|,\s+(?:so\s+)?(?=what\b)/i.exec(text);
  // A premise is told, not asked: the last statement's end ("Was it RI? What did they fix?" asks twice).
  const last = [...text.matchAll(/[.;:!]\s+(?=\S)/g)].at(-1);
  return (first !== null && premiseBefore(text, first)) || (last !== undefined && last.index !== first?.index && premiseBefore(text, last));
}

/** Whether the grades told before `split` are only a premise to the question after it. */
function premiseBefore(text: string, split: RegExpExecArray | RegExpMatchArray): boolean {
  const before = ` ${text.slice(0, split.index).toLowerCase()} `;
  // A condition before the question is how it is put: "- if they wanted to climb back, which things did that report say…".
  // Read without its asides: "Leaving the marks aside, what were the actual recommendations?"
  const after = ` ${withoutAsides(text.slice((split.index ?? 0) + split[0].length))
    .toLowerCase()
    .replace(/^\s*(?:if|before|once|when|as|since|while) [^,?]*,/, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')} `;
  const toldAGrade = gradePhrases(before).length >= 1 && / (?:went|gone|got|dropped|moved|fell|jumped|were|was|climbed|rose|slipped|slid|improved|declined|came) /.test(before);
  // Or asks at its end: "…; the improvements it was set were which?"
  const asksAfresh = /^ +(?:(?:precisely|exactly|specifically|just|briefly|simply) )?(?:what|how|which|did|does|do|was|is|are|were|when|can|could|any|so|(?:i|we) (?:need|want)) /.test(after) || / (?:were|was|are|is) (?:which|what) +$/.test(after);
  // The question after asks of no other grade and no change ("now", "still" and the like only place it in time; "was
  // that inadequate across the board?" repeats the grade told).
  const told = new Set(gradePhrases(before).flat());
  const ofAGrade =
    gradePhrases(after).some((phrase) => phrase.some((grade) => !told.has(grade))) ||
    // "We've gone from RI to good - which other councils did the same?": the change told is what is asked of others.
    / (?:did|done|do|does) (?:the same|likewise|similar)(?: thing)? | followed suit | same (?:move|jump|journey|thing) /.test(after) ||
    // "…what needs to improve?" asks for the list, not whether it improved.
    CHANGE_WORDS.test(after.replace(/ (?:but|now|then|still|since|from|today|currently) /g, ' ').replace(/ (?:(?:needs?|needed|has|have|had|ought) to|must|should) improve /g, ' '));
  return toldAGrade && asksAfresh && !ofAGrade;
}

/**
 * Whether the question's one year dates the move rather than the first grade: "who went from good to RI in 2025?"
 * asks which inspections published in 2025 moved an authority from good to requires improvement, not which were
 * good in 2025 and are requires improvement now. "Inadequate in 2017 but good now" places the
 * first grade; "from good in 2019 to RI in 2025" names both times.
 */
function yearDatesTheMove(lower: string): boolean {
  const text = withoutPraisedWork(lower);
  const years = [...text.matchAll(/ (?:19|20)\d\d(?= )/g)];
  // Grades joined by "or" are one ("came out RI or inadequate in 2025"): the last of them ends the second phrase.
  const grades = [...text.matchAll(GRADE_PHRASE)].filter((m, i, all) => text.slice((all[i - 1]?.index ?? -9) + (all[i - 1]?.[0].length ?? 0), m.index) !== ' or ');
  if (years.length !== 1 || grades.length !== 2 || / (?:now|currently|today|still|these days|since|between|by) /.test(text)) return false;
  return (years[0]?.index ?? 0) > (grades[1]?.index ?? 0);
}

/**
 * Ofsted's top and bottom grades named by their place, for reading a change ("gone from being told it was failing
 * children straight to the very best rating"). Only here: the grade lists read "the best-rated councils" themselves.
 */
const GRADE_BY_PLACE: ReadonlyArray<[RegExp, string]> = [
  [/ (?:the )?(?:very )?(?:best|top|highest) (?:possible )?(?:rating|grade|judgement|judgment|mark) /g, ' outstanding '],
  [/ (?:the )?(?:very )?(?:worst|lowest|bottom) (?:possible )?(?:rating|grade|judgement|judgment|mark) | (?:told|judged|found) (?:it|they) (?:was|were) failing(?: children)? /g, ' inadequate '],
];

export function answerGradeChange(input: KindInput): AskAnswer | null {
  const { context, u } = input;
  const lower = GRADE_BY_PLACE.reduce((text, [pattern, grade]) => text.replace(pattern, grade), input.lower);
  // "Which councils stayed good?", "…have remained inadequate?": one grade held at both inspections, across councils.
  // With a topic ("how did councils that stayed outstanding keep their front door strong?") it asks what reports say.
  const held =
    u.authorities.length === 0 && !/ (?:how|say|said|says|practice|learn|do|does) /.test(lower) && onlyAreaWords(topicWords(u.words).filter((w) => !HOLDING_WORDS.has(w)))
      ? (HELD_A_GRADE.exec(lower) ?? HELD_TWICE.exec(lower))
      : null;
  if (u.unknownAuthorities.length > 0 || !(CHANGE_WORDS.test(lower) || FROM_TO.test(lower) || (u.authorities.length === 0 && CAME_OUT.test(lower)) || held !== null) || premiseOnly(input.text)) return null;
  const found = gradePhrases(lower);
  const phrases = held !== null && found.length === 1 ? [gradesAsked([held[1] ?? '']), gradesAsked([held[1] ?? ''])] : found;
  if (phrases.length < 2) return null;
  const years = [...lower.matchAll(/ ((?:19|20)\d\d)(?= )/g)].map((m) => Number(m[1]));
  const thenYear = years[0] ?? (u.range?.kind === 'years' ? u.range.from : null) ?? null;
  // "Which councils went from inadequate to good?": with no year, each authority's previous graded inspection and
  // its latest; "outstanding now but RI before", each grade where its words place it. (A named authority's "did
  // Rotherham go from inadequate to outstanding?" is its grade history.)
  const placedInTime = thenYear === null && u.authorities.length === 0 && !FROM_TO.test(lower) ? gradesPlacedInTime(lower) : null;
  // A grade placed only by the other's place asks for the change alone: with a topic ("how did inadequate councils that
  // became good fix their front door?") it asks for what the reports say, filtered by grade.
  const placed = placedInTime?.inferred === true && !onlyAreaWords(topicWords(u.words).filter((w) => !PLACING_WORDS.has(w))) ? null : placedInTime;
  if (thenYear === null && placed === null && held === null && (u.authorities.length > 0 || !FROM_TO.test(lower))) return null;
  const movedIn = thenYear !== null && (yearDatesTheMove(lower) || (held !== null && years.length === 1)) ? thenYear : null;
  const then: When = movedIn !== null ? { previous: true } : (placed?.then ?? (thenYear === null ? { previous: true } : { year: thenYear }));
  const now: When = movedIn !== null ? { movedIn } : years[1] !== undefined && years[1] !== thenYear ? { year: years[1] } : { now: true };
  const [before, after] = placed === null ? [phrases[0] as Grade[], phrases[1] as Grade[]] : [placed.before, placed.after];
  // The same grade twice at one time is no change: "St Helens 2019 was inadequate overall, but was it only the children
  // in care judgement that was inadequate, or leadership too?" asks for that inspection's grades.
  const same = before.length === after.length && before.every((g) => after.includes(g));
  // "Redcar '25 — good overall, but which of the 4 areas were RI?": the overall grade set against its areas', at one
  // inspection.
  if (years.length < 2 && OVERALL_AGAINST_AREAS.test(lower)) return null;
  if (same && years.length < 2 && held === null && !/ (?:now|still|today|currently|since|became|become|stayed|remained|again) /.test(lower)) return null;
  const area = gradeArea(u.areas, u.words);
  const region = regionAsked(u.words);
  const scope =
    u.authorities.length > 0
      ? u.authorities
      : AUTHORITIES.filter((a) => existedOn(a.name, null) && (region === null || inRegion(a, region)) && !(u.leftOut ?? []).includes(a.name)).map((a) => a.name);
  const rows: GradeRow[] = [];
  const noThen: string[] = [];
  const noNow: string[] = [];
  let count = 0;
  // "…excluding the SIF ones": those inspections are neither the grade before nor the one after.
  const frameworksOut = u.frameworksLeftOut ?? [];
  const gradedOf = new Map<string, StoredReport[]>();
  for (const name of scope) {
    const graded = gradedInspections(context, name).filter((r) => !frameworksOut.includes(r.kind));
    gradedOf.set(name, graded);
    if (graded.length === 0) continue;
    if (movedIn !== null) {
      const pair = movedInYear(graded, movedIn, area, before, after);
      if (pair !== null) {
        rows.push(...pair);
        count += 1;
      }
      continue;
    }
    const first = rowAt(graded, then, area, before);
    if (first === 'ungraded') noThen.push(name);
    if (first === null || first === 'ungraded') continue;
    const second = rowAt(graded, now, area, after);
    if (second === 'ungraded') noNow.push(name);
    if (second === null || second === 'ungraded') continue;
    rows.push(first, second);
    count += 1;
  }
  // "Has anyone gone from inadequate to outstanding?": none between its previous inspection and its latest, but a move at
  // an earlier pair of inspections is the same move, and is shown after the answer's none (each row cited).
  const earlier =
    count === 0 && 'previous' in then && 'now' in now
      ? scope.flatMap((name) => {
          const pair = earlierMove(gradedOf.get(name) ?? [], area, before, after);
          return pair === null ? [] : [pair];
        })
      : [];
  rows.push(...earlier.flat());
  const areaText = area === 'overall' ? '' : ` for ${AREA_WORDS[area]}`;
  const who = u.authorities.length > 0 ? u.authorities.join(' and ') : `${plural(count, 'authority', 'authorities')}${region === null ? '' : ` ${inRegionText(region)}`}`;
  const headline =
    u.authorities.length > 0
      ? `${who} ${count > 0 ? 'was' : 'was not'} rated ${gradesText(before)}${areaText} ${whenText(then)} and ${gradesText(after)} ${whenText(now)}${count > 0 ? ':' : '.'}`
      : `${who} rated ${gradesText(before)}${areaText} ${whenText(then, count !== 1)} ${'now' in now ? (count === 1 ? 'is' : 'are') : count === 1 ? 'was' : 'were'} rated ${gradesText(after)} ${whenText(now)}${count > 0 ? ':' : earlier.length > 0 ? `; ${plural(earlier.length, 'authority', 'authorities')} made that move at an earlier pair of graded inspections in a row:` : '.'}`;
  const notes = [
    movedIn !== null
      ? `“In ${movedIn}” is read as when the grade changed: each authority’s graded inspection published in ${movedIn}, set against the one before it.`
      : placed !== null
      ? `The earlier grade is read ${whenText(then, true)}, and the later as each authority’s latest.`
      : thenYear === null
      ? 'With no year, “from” is read as each authority’s previous graded inspection, and “to” as its latest.'
      : `“In ${thenYear}” is read as the grade in force at any time during ${thenYear}: the latest graded inspection published before ${thenYear} began, or any published during it.`,
    ...('now' in now ? ['“Now” is each authority’s latest graded inspection.'] : 'year' in now ? [`“In ${now.year}” is read the same way.`] : []),
    'Focused visits give no grades and are not counted.',
    ...frameworksLeftOutNotes(frameworksOut),
  ];
  if (noThen.length > 0) notes.push(`No ${AREA_WORDS[area]} grade in force ${whenText(then)} for ${noThen.length <= 20 ? noThen.join(', ') : plural(noThen.length, 'authority', 'authorities')}.`);
  if (noNow.length > 0) notes.push(`No ${AREA_WORDS[area]} grade ${whenText(now)} for ${noNow.length <= 20 ? noNow.join(', ') : plural(noNow.length, 'authority', 'authorities')} (the 2026 framework gives no overall grade).`);
  if (earlier.length > 0 && earlier.length <= 20) notes.push(`At an earlier pair of graded inspections in a row: ${earlier.map(([from, to]) => `${from.authority} (${from.citation} to ${to.citation})`).join('; ')}.`);
  const successors = scope.filter((n) => (authorityByName(n)?.predecessors ?? []).length > 0);
  if (successors.length > 0 && u.authorities.length === 0) notes.push(`Grades before a reorganisation are the predecessor's (${successors.join(', ')}).`);
  const grades: GradeAnswer = { kind: 'change', headline, area, rows, count, notes };
  const kind: KindAnswer = { kind: 'grade-change', headline, count, notes };
  return {
    question: input.text,
    understood: { authorities: u.authorities, year: u.year, range: u.range, areas: u.areas, terms: [] },
    results: [],
    total: 0,
    grades,
    kind,
    // "Which other councils…" after naming some: those named are left out, which the answer's preface says.
    ...((u.leftOut ?? []).length > 0 ? { leftOut: u.leftOut } : {}),
  };
}
