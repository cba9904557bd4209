/**
 * Why a council's grade moved: "why did Tower Hamlets improve?", "why was
 * Kent downgraded?", "what turned Sandwell around?". The answer is what the
 * inspection at which the grade moved that way wrote (its summary, or its
 * paragraphs on a topic also asked), with a line naming the move; never
 * paragraphs elsewhere that hold "improving" or "declined", which is how the
 * question reads to a search.
 *
 * A grade named alone ("why is Birmingham inadequate?") is grade-reason.ts's;
 * this module reads the direction of a change.
 */
import type { AskAnswer } from '../answer-types.ts';
import type { AreaKey, Grade } from '../model.ts';
import type { StoredReport } from '../search/index-file.ts';
import { queryTerms } from '../search/pipeline.ts';
import type { CorpusContext } from './context.ts';
import { gradesAsked, withoutPraise } from './grade-names.ts';
import { fromTheReport, gradedFor, gradesInstead, NOT_TOPIC, reasonLower, reportNamed, type ReasonAnswerers } from './grade-reason.ts';
import { GRADE_RANK, GRADE_WORDS, gradedInspections, inTime, judgementFor, kindLabel } from './grades.ts';
import { AREA_ONLY_WORDS } from './grade-question-words.ts';
import type { Understood } from './understand.ts';

/** The head of a question asking why: "why did…", "how come…", "what made…", "what turned…". */
const WHY_HEAD = /^ (?:why (?:did|has|have|was|were|d|had)|how come|what (?:made|helped|led|caused|drove|turned|has turned|went into)) /;

/**
 * A move still to come or required, not one that happened: "why did Trafford have to improve?" asks for its list,
 * "why might Blackpool drop?" (or "…is it going to drop") for a forecast.
 */
const NOT_A_MOVE_MADE = / (?:to|will|would|could|might|may|going to|likely to|need to|needs to|have to|has to|had to) (?:\S+ )?(?:improv\w*|get|getting|go|going|drop\w*|fall\w*|slip\w*|declin\w*|deteriorat\w*|climb\w*|move\w*|come|coming|turn\w*|lose|losing|recover\w*) /;

/** A grade going up, in the words people use ("turned it around", "got better"). */
const UP =
  /(?: improv(?:e|ed|es|ing)(?! to be good)| (?:get|got|gotten|getting|become|became) better| (?:go|gone|went|move|moved|step|stepped|come|came) up| climb(?:ed)?| upgraded| turn(?:ed)? (?:\S+ ){0,3}(?:a)?round| bounced? back| recover(?:ed)?| (?:come|came) out of) /;

/** A grade going down ("slipped", "went backwards", "got downgraded"). */
const DOWN =
  /(?: declin(?:e|ed|ing)| deteriorat(?:e|ed|ing)| (?:get|got|gotten|getting|become|became|go|gone|went) worse| worsen(?:ed)?| (?:go|gone|went|move|moved|step|stepped|come|came) down| drop(?:ped)?| f(?:a|e)ll(?:en)?| slip(?:ped)?| downgraded| (?:go|gone|went) backwards?| lose| lost) /;

/** Words that may stand between "why did" and the move when what moved is the council or its grade ("why did Bury's care leavers grade drop?"). */
const THE_COUNCIL_OR_ITS_GRADE = new Set(
  ('they it the council councils its their s overall ofsted grade grades rating ratings judgement judgment judgements children childrens social care services ' +
    'service csc get got go around round')
    .split(' ')
    .concat([...AREA_ONLY_WORDS]),
);

/**
 * Whether what moved is the council or its grade, not something of its practice: "why did Tower Hamlets improve?", "why
 * did Bury's care leavers grade drop?"; never "why did referrals drop in Bury?" or "why did Bury lose so many social workers?".
 */
function movesTheCouncil(lower: string, authority: string): boolean {
  const head = WHY_HEAD.exec(lower)?.[0] ?? '';
  const rest = lower.slice(head.length - 1);
  const verb = Math.min(...[UP.exec(rest)?.index, DOWN.exec(rest)?.index].filter((i): i is number => i !== undefined));
  const name = new Set(authority.toLowerCase().replace(/['’]/g, ' ').replace(/[^a-z0-9 ]+/g, ' ').split(' '));
  const subject = rest.slice(0, verb).trim().split(' ').filter((w) => w !== '');
  // "Why did they lose outstanding?", but not "why did Bury lose so many social workers?": a loss is of a grade.
  const lost = / (?:lose|lost) (?:its |their |the |that |an? )?(?:outstanding|good|grade|rating|judgement|requires|ri) /.test(rest) || !/ (?:lose|lost) /.test(rest);
  return lost && subject.every((w) => name.has(w) || THE_COUNCIL_OR_ITS_GRADE.has(w));
}

/** Words of such a question that say the move, not its topic. */
const MOVE_WORDS = new Set(
  ('improve improved improves improving get got gotten getting become became better worse go gone went move moved step stepped come came up down ' +
    'climb climbed upgraded downgraded turn turned round around bounce bounced back recover recovered out of decline declined declining ' +
    'deteriorate deteriorated deteriorating worsen worsened drop dropped fall fell fallen slip slipped backwards backward lose lost helped drove ' +
    'into from grade grades much so badly quickly').split(' '),
);

export type GradeMove =
  | { found: true; report: StoredReport; before: StoredReport; from: Grade; to: Grade; area: AreaKey; words: string[] }
  | { found: false; authority: string; up: boolean; area: AreaKey };

/** The area the move is asked of (one named at most; else the overall grade). */
function areaOf(u: Understood): AreaKey {
  const areas = u.areas.filter((a) => a !== 'overall');
  return areas.length === 1 ? (areas[0] as AreaKey) : 'overall';
}

/**
 * The inspection at which a "why did it move?" question's grade moved the way asked (the latest such, or of the time
 * asked; where grades are named, one of them at either end), and the words to search it for (none for its summary);
 * `found: false` where no inspection moved it so; null when the question is not one, or names a grade no move had.
 */
export function gradeMoveAsked(context: CorpusContext, lower: string, u: Understood): GradeMove | null {
  if (u.authorities.length !== 1 || u.unknownAuthorities.length > 0 || !WHY_HEAD.test(lower)) return null;
  if (NOT_A_MOVE_MADE.test(lower)) return null;
  const up = UP.test(lower);
  if (up === DOWN.test(lower)) return null;
  const authority = u.authorities[0] ?? '';
  if (!movesTheCouncil(lower, authority)) return null;
  const area = areaOf(u);
  const named = gradesAsked(withoutPraise(u.words));
  const graded = gradedInspections(context, authority);
  const rank = (r: StoredReport): number => {
    const g = judgementFor(r, area)?.gradeKey;
    return g === undefined ? 0 : GRADE_RANK[g];
  };
  for (let i = 0; i + 1 < graded.length; i++) {
    const report = graded[i] as StoredReport;
    const before = graded[i + 1] as StoredReport;
    const [now, then] = [rank(report), rank(before)];
    if (now === 0 || then === 0 || (up ? now <= then : now >= then) || !inTime(report, u.year, u.range)) continue;
    const to = judgementFor(report, area)?.gradeKey as Grade;
    const from = judgementFor(before, area)?.gradeKey as Grade;
    if (named.length > 0 && !named.includes(to) && !named.includes(from)) continue;
    const topic = u.words.filter((w) => !NOT_TOPIC.has(w) && !MOVE_WORDS.has(w));
    return { found: true, report, before, from, to, area, words: queryTerms(topic).length === 0 ? [] : topic };
  }
  // "Why did Bury drop from outstanding?" of a council never outstanding: grade-reason.ts says it never had that grade.
  return named.length > 0 ? null : { found: false, authority, up, area };
}

/** Whether a question asks why one council's grade moved ("why did Tower Hamlets improve?"): the move's inspection answers. */
export function asksWhyOfAMove(context: CorpusContext, text: string, u: Understood): boolean {
  return gradeMoveAsked(context, reasonLower(text), u) !== null;
}

/**
 * The answer to a "why did it move?" question, from the inspection at which the grade moved, with a line naming the
 * move; where none moved it so, the authority's grades, saying so; null when the question is not one.
 */
export function answerGradeMove(context: CorpusContext, text: string, u: Understood, answerers: ReasonAnswerers): AskAnswer | null {
  const move = gradeMoveAsked(context, reasonLower(text), u);
  if (move === null) return null;
  if (!move.found) {
    // "Why did Kent decline?" of a council whose grade never went down: its grades say what it was rated instead.
    const then = typeof u.year === 'number' ? ` in ${u.year}` : '';
    const line = `No inspection I hold rated ${move.authority} ${move.up ? 'higher' : 'lower'} ${gradedFor(move.area)} than the one before it${then}.`;
    return gradesInstead(answerers, move.authority, move.area, { year: null, range: null }, line);
  }
  const { report, before, from, to, area, words } = move;
  const direction = GRADE_RANK[to] > GRADE_RANK[from] ? 'up' : 'down';
  return fromTheReport(
    answerers,
    u,
    words,
    report,
    (said) => `${report.authority} went ${direction} from ${GRADE_WORDS[from]} to ${GRADE_WORDS[to]} ${gradedFor(area)} at ${reportNamed(report)}, after ${before.authority} ${before.year} ${kindLabel(before.kind)}; ${said}:`,
  );
}
