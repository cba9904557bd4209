/**
 * Recognising questions about grades ("Dorset's latest grade", "is Bury
 * getting better?", "how many authorities are inadequate", "which of Bury's
 * neighbours are good or better", "compare Leeds and Bury on care leavers")
 * as a grade query; grade-answer.ts answers one from the parsed judgements.
 * Nothing is invented: every grade shown is a row citing the report that
 * printed it, and every count is the number of those rows' authorities.
 */
import type { GradeIntent, GradeQuestionKind, Hit } from '../answer-types.ts';
import { normaliseName, REGIONS } from '../authorities.ts';
import type { AreaKey, ReportKind } from '../model.ts';
import { groupNamedIn } from '../registry/groups.ts';
import type { Understood } from './understand.ts';
import { GRADE_FILLER } from './grade-filler-words.ts';
import { everyTimeGraded, gradeDenied, timesGraded, type GradeDenied } from './grade-negation.ts';
import * as asks from './grade-question-words.ts';
import { gradesAsked, withoutPraise } from './grade-names.ts';


/** Everything a grade question needs, parsed; a follow-up changes parts of it. */
export interface GradeQuery {
  intent: GradeIntent;
  /** Authorities named (in the index or only in the registry), in the order named. */
  authorities: string[];
  area: AreaKey;
  year: number | 'latest' | null;
  range: Understood['range'];
  /** Topic words for a comparison's paragraphs ("care leavers", "front door"). */
  topic: string[];
  /** Authorities a list leaves out ("other than Tower Hamlets"). */
  leftOut?: string[];
  /**
   * The range starts at a year set against now: the grade in force then is shown too, from the inspection before
   * that year when none fell in it ("better now than in 2019", inspected in 2018 and 2023).
   */
  fromGradeThen?: boolean;
  /**
   * A change asked of one year ("did Oldham go up or down in 2024?"): the graded inspection before that year's is
   * shown too, so the change can be read.
   */
  withOneBefore?: boolean;
  /** Frameworks whose inspections the question leaves out ("Warrington's grades over time, excluding the SIF ones"). */
  frameworksLeftOut?: ReportKind[];
  /** The one framework whose inspections a council's latest grade is asked of ("what grade did Kent get in its SIF?"). */
  frameworkAsked?: ReportKind;
  /**
   * The graded inspection before each authority's latest is asked ("what were Harrow and Halton rated at their
   * previous inspection?", "…before their latest one"): a comparison shows that one of each.
   */
  previous?: boolean;
  /**
   * A list of councils by a grade they do not have ("which councils aren't inadequate?", "…have never been rated
   * inadequate?"; grade-negation.ts): `intent.grades` are the grades denied.
   */
  denied?: GradeDenied;
  /** A list of councils given the grade at this many graded inspections or more ("inadequate twice"; grade-negation.ts). */
  timesAtLeast?: number;
  /** A count asked as a share ("what percentage of councils are outstanding?"): the headline gives the percentage too. */
  asShare?: boolean;
  /** A list of councils given the grade at every graded inspection ("always outstanding"; grade-negation.ts). */
  everyTime?: boolean;
  /** With `area` 'overall': every area's grade is shown beside the overall ("what were Stockport's area grades?"; {@link gradeAreaAsked}). */
  everyArea?: boolean;
  /** A count of councils at each grade ("how many councils at each grade?", "the most common grade"): the headline gives each. */
  byGrade?: boolean;
}

/** Finds the best paragraphs for one authority on a topic (ask's ranking), for comparisons. */
export type TopicSearch = (authority: string, topic: readonly string[], areas: readonly AreaKey[]) => Hit | undefined;

const REGION_FORMS: ReadonlyArray<{ pattern: RegExp; region: string }> = [
  { pattern: /\bnorth east,? yorkshire and (?:the )?humber\b/, region: 'North East, Yorkshire and the Humber' },
  // "Y&H" reads as the words "y h"; "yorks", "west mids" as staff write them.
  { pattern: /\b(?:yorks(?:hire)?(?: and (?:the )?humber)?|humber|y h|yh)\b/, region: 'Yorkshire and The Humber' },
  { pattern: /\bnorth ?east(?:ern)?\b/, region: 'North East' },
  { pattern: /\bnorth ?west(?:ern)?\b/, region: 'North West' },
  { pattern: /\b(?:east|e) (?:midlands|mids)\b/, region: 'East Midlands' },
  { pattern: /\b(?:west|w) (?:midlands|mids)\b/, region: 'West Midlands' },
  { pattern: /\bsouth ?east(?:ern)?\b/, region: 'South East' },
  { pattern: /\bsouth ?west(?:ern)?\b/, region: 'South West' },
  { pattern: /\b(?:east of england|eastern region|east anglia)\b/, region: 'East of England' },
  { pattern: /\b(?:london|inner london|outer london)\b/, region: 'London' },
];

/** The region a question names ("London councils", "in the North West"), as the registry spells it. */
export function regionAsked(words: readonly string[]): string | null {
  // A group of councils named as one ("the GM councils", "West Yorkshire") before the region it lies in.
  const group = groupNamedIn(words);
  if (group !== undefined) return group.name;
  const text = words.join(' ');
  const found = REGION_FORMS.find((r) => r.pattern.test(text));
  if (found === undefined) return null;
  return REGIONS.find((r) => normaliseName(r) === normaliseName(found.region)) ?? found.region;
}

/** The words that name the region a question asks about ("y h", "west mids", "north west"): not its topic. */
export function regionWords(words: readonly string[]): ReadonlySet<string> {
  const group = groupNamedIn(words);
  if (group !== undefined) return new Set(group.forms.flatMap((f) => f.split(' ')));
  const text = words.join(' ');
  const found = REGION_FORMS.find((r) => r.pattern.test(text));
  if (found === undefined) return new Set();
  const matched = found.pattern.exec(text)?.[0] ?? '';
  return new Set([...matched.split(' '), ...normaliseName(found.region).split(' ')]);
}

/** Area words for grades beyond those `understand` reads (the front door is help and protection). */
export function gradeArea(areas: readonly AreaKey[], words: readonly string[]): AreaKey {
  // "Was that inadequate across the board or just for care leavers?": every area, which the overall answer gives.
  if (/\b(?:across the board|(?:every|each|all)(?: of)?(?: the)? areas?)\b/.test(words.join(' '))) return 'overall';
  for (const key of ['care-leavers', 'adoption', 'children-in-care', 'help-and-protection', 'leadership'] as const) {
    if (areas.includes(key)) return key;
  }
  const joined = words.join(' ');
  if (/\b(?:front door|protection|safeguarding|contact|referrals?|thresholds?)\b/.test(joined)) return 'help-and-protection';
  if (/\b(?:in care|looked)\b/.test(joined)) return 'children-in-care';
  if (/\b(?:leaders?|management|governance)\b/.test(joined)) return 'leadership';
  return 'overall';
}

/**
 * Grades asked area by area: "the area grades", "their grade in each area", "all four judgements", "across the
 * board", "straight Os" (grade-letters.ts), "the breakdown". The answer then shows each area's row beside the overall one: the inspection row alone
 * carried them, and no platform shows it for a free-text question.
 */
const EVERY_AREA =
  /\b(?:(?:area|areas|individual|separate|sub) (?:grades?|judgements?|judgments?|ratings?)|(?:each|every|all|all of|all the|all of the|all their|all its|all four|all 4|the four|the 4)(?: areas?)? (?:areas?|judgements?|judgments?|grades?|ratings?)|across the board|straight (?:outstanding|good|ri|inadequate)|(?:full |grade |grades )?breakdown|broken down|by area|(?:in|for|of) (?:each|every|all) (?:the )?areas?|full set of (?:grades|judgements|judgments|ratings)|(?:than|to|with|against) (?:the rest|the others|the other areas?|other areas?)|(?:judgements?|judgments?|grades?|ratings?) (?:x ?4|x four|all four|all 4)|which (?:of )?(?:the |its |their )?(?:judgements|judgments|grades|ratings|areas)|(?:which|what) (?:area|judgement|judgment) (?:\w+ ){0,3}?(?:best|worst|strongest|weakest|highest|lowest)|(?:worst|best|weakest|strongest|lowest|highest|top|bottom) (?:rated |graded )?(?:area|judgement|judgment))\b/;

/**
 * The area a grade question asks about ({@link gradeArea}), or every area ({@link EVERY_AREA}: the overall grade
 * and each area's). "Did they rate care leavers higher than the rest?" sets one area against the others: every area.
 */
export function gradeAreaAsked(areas: readonly AreaKey[], words: readonly string[]): { area: AreaKey; everyArea?: true } {
  return EVERY_AREA.test(words.join(' ')) ? { area: 'overall', everyArea: true } : { area: gradeArea(areas, words) };
}

/** "Did well", "done well", "fared well": how an inspection went, said of its grade. */
const DID_WELL = new Set(['did', 'done', 'doing', 'do', 'does', 'fared', 'went', 'go', 'gone']);

/**
 * Ofsted's titles of its judgements, less the area's own words: "the impact of leaders on social work practice with
 * children and families" (leaders), "the experiences and progress of children who need help and protection" (help and
 * protection), "… of children in care", "… of care leavers". A grade asked by its title is the area's.
 */
const JUDGEMENT_TITLES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:the )?impact of (leaders|leadership)(?: on social work practice(?: with children and families)?)?\b/g, '$1'],
  [/\b(?:the )?experiences? and progress of (?:children and young people |children |young people )?(?:who (?:need|are) )?/g, ''],
];

function withoutJudgementTitles(words: readonly string[]): string[] {
  let text = ` ${words.join(' ')} `;
  for (const [title, keep] of JUDGEMENT_TITLES) text = text.replace(title, keep);
  return text.split(' ').filter((w) => w !== '');
}

/** The question's topic: its words less filler, grade, time and region words (area words stay). */
export function topicWords(words: readonly string[]): string[] {
  const region = regionWords(words);
  return words.filter(
    (w, i) =>
      // "Are Havering's case records any good?": records of cases are practice, not the Ofsted record.
      // "How good is family time in inadequate councils?": contact with family, a practice term, not "last time".
      (!GRADE_FILLER.has(w) || (w === 'case' && /^records?$/.test(words[i + 1] ?? '')) || (/^records?$/.test(w) && words[i - 1] === 'case') || (w === 'time' && words[i - 1] === 'family')) &&
      !region.has(w) &&
      !/^\d+$/.test(w) &&
      // "essex 2023 judgements x4": a count typed as a multiplier.
      !/^x\d+$/.test(w) &&
      !namesAGrade(words, i) &&
      !(w === 'well' && DID_WELL.has(words[i - 1] ?? '')) &&
      !(w === 'board' && words[i - 1] === 'the' && words[i - 2] === 'across') &&
      // "Is Tameside in a better place than at the 2019 ILACS?": how it stands set against then (THAN_A_YEAR), not a topic.
      !(/^(?:place|position|shape|state)$/.test(w) && /^(?:better|worse)$/.test(words[i - 1] ?? '') && (words[i + 1] === 'than' || (words[i + 1] === 'now' && words[i + 2] === 'than'))) &&
      // "Can you give me the Isles of Scilly ofsted grades over the years": the asking, not a topic.
      !(w === 'you' && /^(?:can|could|would|will)$/.test(words[i - 1] ?? '') && /^(?:give|show|tell|list|send|get|find|confirm|check|provide|pull|share)$/.test(words[i + 1] ?? '')) &&
      // "Can I see Sandwell's ofsted ratings over the years": the asker's seeing, not a topic (what Ofsted wants to see is).
      !(w === 'see' && /^(?:i|me|we|us)$/.test(words[i - 1] ?? '') && words.slice(i + 1, i + 4).some((v) => /^(?:ratings?|grades?|judgements?|judgments?)$/.test(v))) &&
      // "How long has Bury been RI?": how long a grade has held, which the history dates.
      !(w === 'long' && words[i - 1] === 'how') &&
      // "…get out of inadequate when they were re-inspected in late 2025?": a clause dating the grade, not a topic.
      !(w === 'when' && i > 0 && /^(?:they|it|ofsted|inspectors|she|he|we)$/.test(words[i + 1] ?? '') && /^(?:were|was|came|got|went|had|did|re)$/.test(words[i + 2] ?? '')) &&
      // "what were the area grades?": the grades of each area, not a topic.
      !((w === 'area' || w === 'areas') && /^(?:grades?|judgements?|judgments?|ratings?)$/.test(words[i + 1] ?? '')),
  );
}

/** One word naming a grade. */
const GRADE_NAMES = /^(?:outstanding|good|inadequate|ri|adequate)$/;
const RATED_HOW = new Set(['top', 'best', 'highest', 'highly', 'poorly', 'low', 'worst', 'lowest', 'bottom']);
/** The ends of the grade scale, before "rating" or "grade": "the worst rating", "the top grade" (gradesAsked). */
const SCALE_ENDS = new Set(['top', 'best', 'highest', 'worst', 'lowest', 'bottom']);
const RATING_WORDS = /^(?:ratings?|grades?|judgements?|marks?)$/;
const COUNCIL_WORDS = new Set(['council', 'councils', 'authority', 'authorities', 'la', 'las', 'ones']);

/** Whether word `i` is part of a grade said without naming it ("best rated", "failing councils"; see gradesAsked). */
function namesAGrade(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  return (
    (RATED_HOW.has(w) && words[i + 1] === 'rated') ||
    // "the worst rating", "the top grade": a grade named by its place on the scale.
    (SCALE_ENDS.has(w) && RATING_WORDS.test(words[i + 1] ?? '')) ||
    (RATING_WORDS.test(w) && SCALE_ENDS.has(words[i - 1] ?? '')) ||
    // "what were they rated at the inspection before the inadequate one?": the grade names the inspection.
    ((w === 'before' || w === 'after') && words[i + 1] === 'the' && GRADE_NAMES.test(words[i + 2] ?? '') && /^(?:one|inspection|ilacs|sif)$/.test(words[i + 3] ?? '')) ||
    (w === 'one' && GRADE_NAMES.test(words[i - 1] ?? '') && (words[i - 2] === 'the' || words[i - 2] === 'that')) ||
    // "Leeds children in care judgement at the 2025 one": the inspection, its year read already.
    (w === 'one' && words[i - 1] === 'the' && /^(?:at|in|from|for|of)$/.test(words[i - 2] ?? '')) ||
    // "the lowest Essex has ever been rated", "their best ever grade"
    (RATED_HOW.has(w) && words.slice(i + 1, i + 5).includes('ever') && words.slice(i + 1, i + 6).some((v) => /^(?:rated|graded|judged|grades?|ratings?|judgements?)$/.test(v))) ||
    // "Did Ofsted rate that part higher?": "rate" as what inspectors do, not a rate of something.
    // So do "judge", "grade" and "score": "how did Ofsted judge care leavers in Medway at the July 2023 inspection?"
    (/^(?:rate|judge|grade|score)$/.test(w) && /^(?:ofsted|inspectors|they|hmi|hmis)$/.test(words[i - 1] ?? '') && /^(?:did|do|does|would|will|how)$/.test(words[i - 2] ?? '')) ||
    // "Whats Walsall's track record been like with Ofsted over the years?": how it has been, not a topic.
    (w === 'like' && /^(?:been|is|was|s)$/.test(words[i - 1] ?? '') && words.slice(i + 1).some((v) => v === 'years' || v === 'time')) ||
    ((w === 'failing' || w === 'best') && COUNCIL_WORDS.has(words[i + 1] ?? '')) ||
    // "What was Leeds' worst area?", "which area was it best at?": the area grades set against each other (EVERY_AREA).
    (/^(?:worst|best|weakest|strongest|lowest|highest)$/.test(w) && (/^(?:area|judgement|judgment|rated|graded)$/.test(words[i + 1] ?? '') || /^(?:area|judgement|judgment)$/.test(words[i - 2] ?? ''))) ||
    // Ofsted's descriptors (gradesAsked): "highly effective councils", "not yet good enough".
    (w === 'highly' && words[i + 1] === 'effective' && COUNCIL_WORDS.has(words[i + 2] ?? '')) ||
    (w === 'effective' && words[i - 1] === 'highly' && COUNCIL_WORDS.has(words[i + 1] ?? '')) ||
    ((w === 'not' || w === 'yet') && words.slice(i + 1, i + 3).includes('good')) ||
    // "Has Rochdale ever been anything other than RI?": every other grade, which the history shows.
    (w === 'anything' && /^(?:other|but|except|besides|apart|else)$/.test(words[i + 1] ?? '') && words.slice(i + 2, i + 5).some((v) => GRADE_NAMES.test(v))) ||
    // "Has Wokingham been stuck on requires improvement the whole time?": a grade held, which the history shows.
    (w === 'stuck' && words[i - 1] === 'been' && /^(?:on|at)$/.test(words[i + 1] ?? '') && (GRADE_NAMES.test(words[i + 2] ?? '') || words[i + 2] === 'requires')) ||
    // "Bradford were inadequate twice running": a grade's times counted, as "in a row" is.
    (w === 'twice' && GRADE_NAMES.test(words[i - 1] ?? '') && words[i + 1] === 'running') ||
    (w === 'running' && words[i - 1] === 'twice' && GRADE_NAMES.test(words[i - 2] ?? '')) ||
    // "How do the councils Ofsted rates top handle…?": the top grade said by its place (gradesAsked).
    (/^rates?$/.test(w) && /^(?:top|highest|best)$/.test(words[i + 1] ?? '')) ||
    (/^(?:top|highest|best)$/.test(w) && /^rates?$/.test(words[i - 1] ?? '')) ||
    // "Which councils are not good enough?": the grades below good, as "not good" is.
    (w === 'enough' && words[i - 1] === 'good' && (words[i - 2] === 'yet' || words[i - 2] === 'not')) ||
    // "Which councils are failing?": inadequate (gradesAsked), at the question's end.
    (w === 'failing' && /^(?:are|is|currently|still)$/.test(words[i - 1] ?? '') && (i === words.length - 1 || (words[i + 1] === 'children' && i + 1 === words.length - 1))) ||
    (w === 'children' && words[i - 1] === 'failing' && i === words.length - 1 && /^(?:are|is|currently|still)$/.test(words[i - 2] ?? '')) ||
    // "did Kent get straight Gs?": every area given one grade (EVERY_AREA).
    (w === 'straight' && GRADE_NAMES.test(words[i + 1] ?? '')) ||
    (w === 'special' && words[i + 1] === 'measures') ||
    (w === 'measures' && words[i - 1] === 'special') ||
    (/^(?:one|two|three|four)$/.test(w) && /^(?:grade|graded|rated|judged)$/.test(words[i - 1] ?? '')) ||
    // "three outstandings in a row": grades counted.
    (/^(?:two|three|four|five|six)$/.test(w) && GRADE_NAMES.test(words[i + 1] ?? '')) ||
    // "Rochdale RI three times in a row?": a grade's times counted.
    (/^(?:two|three|four|five|six)$/.test(w) && words[i + 1] === 'times' && GRADE_NAMES.test(words[i - 1] ?? ''))
  );
}

/** Whether the words are only about areas (no other topic), so a trend or grade question is about grades, not paragraphs. */
export function onlyAreaWords(topic: readonly string[]): boolean {
  return topic.every((w) => asks.AREA_ONLY_WORDS.has(w));
}

/**
 * Whether `question` is a grade question, and which. `u` is what `understand`
 * read from it. Returns null for an ordinary topic question.
 */
export function readGradeQuestion(u: Understood): GradeQuery | null {
  const words = u.words;
  const text = words.join(' ');
  const named = [...u.authorities, ...u.unknownAuthorities];
  const grades = gradesAsked(withoutPraise(words));
  const region = regionAsked(words);
  const neighbours = asks.NEIGHBOURS.test(text);
  // "Area by area" asks for every area's grade (EVERY_AREA), not about an area. "Before their latest one" asks for a
  // time, of several councils or against the latest (a single council's "previous inspection" is often asked of its
  // words: inspection-matter.ts).
  const beforeTheLatest = named.length >= 2 || u.year === 'latest';
  const beforeNow = named.length === 1 && u.year === null && u.range === null && asks.BEFORE_NOW.test(text);
  const topic = topicWords(
    withoutJudgementTitles(
      words
        .join(' ')
        .replace(/\b(?:area by area|by area)\b/g, ' ')
        .replace(beforeTheLatest ? asks.PREVIOUS : /$^/, ' ')
        .replace(beforeNow ? / before(?: (?:that|then|this(?: one)?|now))?$| (?:old|former|penultimate)(?= )/ : /$^/, ' ')
        // "Under Liverpool's 2026 inspection, how were children in care graded?": the inspection named, not a topic, of a
        // council named and where no list of its inspections is asked ("how many inspections has it had under ILACS?").
        .replace(named.length > 0 && !/\b(?:inspections|visits|times|how many|when|dates?|list)\b/.test(text) ? /\bunder (?=(?:the |its |their )?(?:latest |last |new |old |most recent )?(?:inspection|ilacs|sif|framework)\b)/g : /$^/, ' ')
        // "Sandwell was inadequate for a long time I think - has it come out of inadequate now?": the asker's belief (not
        // "do you think…", an opinion asked).
        .replace(/\bi (?:think|reckon|believe)\b/g, ' ')
        // "Devon - any movement between the 2020 and 2024 ILACS?", "is Harrow worse than before?": the span of a change, not a topic.
        .replace(asks.TREND.test(text) ? /\bbetween\b|\bthan (?:before|previously)\b/g : /$^/, ' ')
        // "Is Cornwall still outstanding like in 2019?": "like" sets the grade against a time, not a topic.
        .replace(/\blike (?=(?:in|at|back in|before|last time|it was|they were)\b)/g, ' ')
        // "Is Bury's grade the same as last time?", "rated as good", "as it stands": "as" is how it is put.
        .replace(/\b(?:same|rated|judged|graded|classed|regarded|seen|well|good|bad) as\b|\bas (?=of\b|at\b|it stands\b|things stand\b|now\b|good as\b|well as\b)/g, (m) => m.replace(/\bas\b/, ' '))
        // "What grade did Hertfordshire's children's social work get?": the service graded, not a topic.
        .replace(asks.GRADE_WORD.test(text) ? /\b(?:children s |childrens |children )?social (?:work|care)(?: services?| department| dept)?\b(?! practice)/g : /$^/, ' ')
        .split(' ')
        .filter((w) => w !== ''),
    ),
  );
  // "How well does Thurrock do by its care leavers, like what did Ofsted rate them?": the grade asks; the rest named its area.
  if (asks.GRADE_CLARIFIED.test(text)) topic.splice(0, topic.length, ...topic.filter((w) => asks.AREA_ONLY_WORDS.has(w)));
  const base = { authorities: named, ...gradeAreaAsked(u.areas, words), year: u.year, range: u.range, topic, ...(u.leftOut === undefined ? {} : { leftOut: u.leftOut }), ...frameworksLeftOutOf(u) };
  const make = (kind: GradeQuestionKind, extra: Partial<GradeIntent> = {}): GradeQuery => ({
    ...base,
    intent: { kind, grades, region, neighboursOf: null, ...extra },
  });

  // "Outstanding Hampshire vs outstanding Redbridge - what did inspectors say about placement stability?": what the reports
  // say of a topic, compared, is paragraphs.
  const saysOfATopic = asks.SAYS.test(text) && !onlyAreaWords(topic);
  // "What were Harrow and Halton rated at their previous inspection?": each one's inspection before its latest.
  const previous = named.length >= 2 && asks.PREVIOUS.test(text) ? { previous: true } : {};
  if (asks.COMPARE.test(text) && (named.length >= 2 || (named.length === 1 && neighbours)) && !saysOfATopic) {
    return { ...make('compare', { neighboursOf: named.length === 1 ? (named[0] as string) : null }), ...previous };
  }
  if (neighbours && named.length === 1 && grades.length === 0 && !asks.COUNT.test(text) && onlyAreaWords(topic)) {
    return make('neighbours', { neighboursOf: named[0] as string });
  }
  const scoped = region !== null || (neighbours && named.length === 1);
  // "How many councils at each grade?", "what's the most common grade in the North West?": every graded council, counted by grade.
  if (asks.BY_GRADE.test(text) && grades.length === 0 && (named.length === 0 || (neighbours && named.length === 1)) && onlyAreaWords(topic.filter((w) => !asks.BY_GRADE_WORDS.has(w)))) {
    // "At each grade" is the grades counted, not every area's grade (EVERY_AREA).
    const { everyArea: _every, ...counted } = make('count', { neighboursOf: neighbours ? (named[0] ?? null) : null });
    return { ...counted, area: gradeArea(u.areas, words), byGrade: true };
  }
  const listLike = asks.COUNT.test(text) || asks.COLLECTIVE.test(text) || asks.WHICH.test(text) || scoped;
  if ((grades.length > 0 || (scoped && asks.GRADE_WORD.test(text))) && listLike && (named.length === 0 || (neighbours && named.length === 1))) {
    const denied = gradeDenied(words);
    const times = denied === null ? timesGraded(words) : null;
    const everyTime = denied === null && times === null && everyTimeGraded(words);
    return {
      ...make(asks.COUNT.test(text) ? 'count' : 'list', { neighboursOf: neighbours ? (named[0] ?? null) : null }),
      ...(denied === null ? {} : { denied }),
      ...(times === null ? {} : { timesAtLeast: times }),
      ...(everyTime ? { everyTime } : {}),
      ...(/\b(?:percentage|proportion|share|fraction|per cent|percent)\b/.test(text) ? { asShare: true } : {}),
    };
  }
  // "When did Bury last improve?": when its grade moved, which the history dates.
  const whenMoved = /^when /.test(text) && asks.TREND.test(text);
  // "Harrow was good not that long ago - when did it all go wrong for them?": when its grade fell, whatever the premise.
  if (named.length === 1 && /\bwhen did (?:it|things|everything|they) (?:all )?(?:go|start to go|begin to go|start going) (?:wrong|downhill|south)\b/.test(text)) return make('history');
  if (named.length === 1 && ((grades.length > 0 && asks.WHEN_GRADED.test(text)) || whenMoved) && onlyAreaWords(topic.filter((w) => w !== 'when'))) {
    return { ...make('history'), topic: topic.filter((w) => w !== 'when') };
  }
  if (!onlyAreaWords(topic)) return null;
  if (beforeNow) return make('history');
  // "Is Bury better than Bolton?": two councils set against each other, with no topic, by their grades.
  if (named.length >= 2 && (asks.GRADE_WORD.test(text) || grades.length > 0 || /\b(?:better|worse|higher|lower|stronger|weaker) than\b/.test(text))) return { ...make('compare'), ...previous };
  // "Merton 2022 vs 2025": one council set against itself at two times, and nothing else asked, is its grades between
  // them (ask.ts reads the two years as the span they make before asking here). Only typed bare: "what about 2016 vs
  // 2025?" after a question on the LADO asks for the LADO in both years.
  if (named.length === 1 && /^(?:vs|versus|v|against|compared (?:to|with))$/.test(text)) {
    if (typeof u.year === 'number' && (u.alsoYears?.length ?? 0) > 0) {
      const years = [u.year, ...(u.alsoYears ?? [])];
      return { ...make('history'), year: null, range: { kind: 'years', from: Math.min(...years), to: Math.max(...years) } };
    }
    if (u.range?.kind === 'years' && u.range.from !== null && u.range.to !== null) return make('history');
  }
  // A bare direction is the history too: "Darlington up since 2022?"
  if (named.length === 1 && asks.BARE_DIRECTION.test(text)) return make('history');
  // "Did Southwark pass or fail its children in care focused visit?": a visit gives no grade, so how it went is the visit's.
  if (u.focusedVisits === true && grades.length === 0 && !asks.GRADE_NAMED.test(text)) return null;
  // "Has the number of children in care gone up in Bury?": a figure's trend, which the reports' paragraphs give.
  const figureTrend = grades.length === 0 && !asks.GRADE_WORD.test(text) && asks.FIGURE.test(text);
  // "Is Warwickshire better or worse than in 2021?": a year set against now, unsaid. So is now set against a year, with
  // nothing else asked: "what's different about Kent now compared with 2017?"
  const oneYear = typeof u.year === 'number' && (u.alsoYears?.length ?? 0) === 0;
  const thanThen = oneYear && ((u.againstNow === true && SET_AGAINST.test(text)) || THAN_A_YEAR.test(text));
  // "What was Leeds' worst area?": the area grades asked, set against each other.
  if (named.length === 1 && (asks.GRADE_WORD.test(text) || grades.length > 0 || (asks.TREND.test(text) && !figureTrend) || asks.GOT.test(text) || thanThen || EVERY_AREA.test(text))) {
    // "Is Stockport rated lower now than in 2022?": the grades from the one in force then to now.
    if ((u.againstNow === true || thanThen) && typeof u.year === 'number') return { ...make('history'), year: null, range: { kind: 'years', from: u.year, to: null }, fromGradeThen: true };
    // "Knowsley was RI in 2021. What is it now?": the grade told then, set against now.
    if (u.gradeToldIn !== undefined && u.year === 'latest') return { ...make('history'), year: null, range: { kind: 'years', from: u.gradeToldIn, to: null }, fromGradeThen: true };
    // "Harrow's grade before the latest one": its history, which shows the one before ("latest" is no time filter here).
    if (asks.PREVIOUS.test(text) && u.year === 'latest' && u.range === null) return { ...make('history'), year: null };
    const history = asks.TREND.test(text) || asks.HISTORY.test(text) || asks.WHOLE_HISTORY.test(text) || u.range?.kind === 'years' || typeof u.year === 'number';
    if (history && typeof u.year === 'number' && u.range === null) {
      // "Was Croydon's 2024 grade higher than 2020?": the years named, and those between.
      const years = [u.year, ...(u.alsoYears ?? [])];
      if (years.length > 1) return { ...make('history'), year: null, range: { kind: 'years', from: Math.min(...years), to: Math.max(...years) } };
      // "Did Oldham go up or down in 2024?": that year's inspection against the one before it.
      if (asks.TREND.test(text) || asks.CHANGE_ASKED.test(text)) return { ...make('history'), withOneBefore: true };
    }
    const kind = history && (u.year !== 'latest' || asks.WHOLE_HISTORY.test(text) || asks.TREND.test(text)) ? 'history' : 'latest';
    // "What grade did Kent get in its SIF?", "Kent's SIF rating": the latest of that framework's inspections.
    return kind === 'latest' && SIF_ASKED.test(text) ? { ...make('latest'), frameworkAsked: 'sif' } : make(kind);
  }
  return null;
}

/** A comparison whose other end is the year the question names, its year read already ("better or worse than in"). */
const THAN_A_YEAR =
  /\b(?:better|worse|higher|lower|stronger|weaker)(?: off| place| position| state| shape)?(?: now)? (?:or (?:better|worse|higher|lower) )?than(?: (?:it|they) (?:was|were))?(?: back)?(?: (?:(?:in|at)(?: the| its| their)?|the|its|their)(?: inspection| ilacs| sif)?)?$|\bsame as(?: (?:in|at))?(?: the| its| their)?(?: inspection| ilacs| sif)?$/;
/** Words setting now against a year ("now compared with 2017"). */
const SET_AGAINST = /\b(?:compared|compare|versus|vs|different|difference)\b/;

/** The single inspection framework named as the inspection a grade is asked of, not as a span's end ("since its SIF"). */
const SIF_ASKED = /\b(?:(?:in|at|under|for|from) (?:its |their |the )?(?:last |latest |most recent |old |previous |final )?(?:sif|single inspection framework)(?: inspection| one)?$|(?:sif|single inspection framework) (?:grade|grades|rating|ratings|judgement|judgements|judgment|result|results|outcome)\b)/;

/** The frameworks a question leaves out ("excluding the SIF ones"), as a query carries them. */
export function frameworksLeftOutOf(u: Understood): Pick<GradeQuery, 'frameworksLeftOut'> {
  return u.frameworksLeftOut === undefined ? {} : { frameworksLeftOut: u.frameworksLeftOut };
}
