/**
 * Why a council got a grade: "why was Bradford rated inadequate?", "how come
 * Devon got inadequate in 2024?". The answer is what the inspection that gave
 * the grade wrote (its summary, or its paragraphs on a topic also asked),
 * never paragraphs elsewhere that hold the grade's word: "inadequate" is what
 * was given, not what the question is about. Where the grade was given more
 * than once, the latest inspection that gave it answers (or the one of the
 * year asked).
 */
import type { AskAnswer } from '../answer-types.ts';
import type { AreaKey, Grade } from '../model.ts';
import type { StoredReport } from '../search/index-file.ts';
import { queryTerms } from '../search/pipeline.ts';
import type { CorpusContext } from './context.ts';
import { gradesAsked, withoutPraise } from './grade-names.ts';
import { AREA_WORDS, GRADE_WORDS, gradedInspections, inTime, judgementFor, kindLabel, longDate } from './grades.ts';
import type { GradeQuery } from './grade-questions.ts';
import type { Understood } from './understand.ts';

/** A question asking why: "why was…", "how come…", "what made Ofsted rate…". */
const WHY = /^ (?:why (?:was|were|is|are|did|does|do|has|have|had|would|s)|how come|what made (?:ofsted|inspectors|them|the inspectors) (?:rate|judge|grade|give|mark)|what (?:led|caused) (?:to )?) /;

/** A "why" asked in the present ("why is Birmingham inadequate?"): of the grade in force now. */
const WHY_NOW = /^ (?:why (?:is|are|s|does|do)|how come (?:\S+ ){1,4}(?:is|are)) /;

/** The question as the "why" patterns read it: lower case, words only, a space at each end. */
export function reasonLower(text: string): string {
  return ` ${text.toLowerCase().replace(/['’]/g, ' ').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/**
 * Whether a question asks only why a council has a grade ("why is Birmingham inadequate?"), with no other words that
 * could make it a change of grade ("why did Bury drop from outstanding?"): the inspection that gave the grade answers.
 */
export function asksOnlyWhyOfAGrade(context: CorpusContext, text: string, u: Understood): boolean {
  const asked = gradeReasonAsked(context, reasonLower(text), u);
  return asked !== null && (!asked.given || asked.words.length === 0);
}

/** Words of such a question that name the grade or ask why, not its topic. */
export const NOT_TOPIC = new Set(
  ('why how come what made led caused to was were is are did does do has have had would rated rate rating judged judge judgement graded grade ' +
    'given give gave get got getting marked mark deemed found find labelled called put into fail fails failed failing overall ofsted inspectors inspection the them it they ' +
    'so such as an a still again last time at its their outstanding good inadequate requires improvement ri adequate be been').split(' '),
);

/** The words of a grade, as a search keeps them beside a topic. */
const GRADE_TERMS: ReadonlySet<string> = new Set(['outstanding', 'good', 'inadequate', 'requires', 'improvement', 'adequate']);

/** The areas a "why" question may tie its grade to (one at most; else the overall grade). */
function areaOf(u: Understood): AreaKey {
  const areas = u.areas.filter((a) => a !== 'overall');
  return areas.length === 1 ? (areas[0] as AreaKey) : 'overall';
}

/** What a "why" question about a grade asks of: the inspection that gave it, or, where none did, the grade asked. */
export type GradeReason =
  | { given: true; report: StoredReport; grade: Grade; area: AreaKey; words: string[]; now?: { report: StoredReport; grade: Grade } }
  | { given: false; authority: string; grades: Grade[]; area: AreaKey };

/**
 * The inspection that gave the grade a "why" question names, and the words to search it for (none for its summary);
 * or the grade asked, where no inspection of the authority gave it then; null when the question is not one.
 */
export function gradeReasonAsked(context: CorpusContext, lower: string, u: Understood): GradeReason | null {
  if (u.authorities.length !== 1 || u.unknownAuthorities.length > 0 || !WHY.test(lower)) return null;
  // "Why is Bolton good at care leavers?" praises; it names no grade.
  const grades = gradesAsked(withoutPraise(u.words));
  if (grades.length === 0) return null;
  const area = areaOf(u);
  const authority = u.authorities[0] ?? '';
  const graded = gradedInspections(context, authority);
  const report = graded.find((r) => inTime(r, u.year, u.range) && grades.includes(judgementFor(r, area)?.gradeKey ?? 'other'));
  if (report === undefined) return { given: false, authority, grades, area };
  // "Why is Birmingham inadequate?" of a council rated otherwise since: the grade now is said before the one asked of.
  const latest = graded[0];
  const latestGrade = latest === undefined ? undefined : judgementFor(latest, area)?.gradeKey;
  const timeNamed = u.year !== null || u.range !== null;
  const now = !timeNamed && WHY_NOW.test(lower) && latest !== undefined && latest !== report && latestGrade !== undefined && !grades.includes(latestGrade) ? { report: latest, grade: latestGrade } : undefined;
  const topic = u.words.filter((w) => !NOT_TOPIC.has(w));
  // With a topic, the grade's words stay in the search: the paragraph stating the judgement on it says them ("The
  // experiences and progress of care leavers are inadequate"). With none, the summary answers.
  const words = queryTerms(topic).length === 0 ? [] : [...topic, ...u.words.filter((w) => GRADE_TERMS.has(w))];
  return { given: true, report, grade: judgementFor(report, area)?.gradeKey ?? 'other', area, words, ...(now === undefined ? {} : { now }) };
}

/** How a "why" answer gets its parts: `passages` answers the narrowed question (ask.ts's askUnderstood), `history` a grade query (grade-answer.ts). */
export interface ReasonAnswerers {
  passages: (u: Understood, only: ReadonlySet<string>) => AskAnswer;
  history: (query: GradeQuery) => AskAnswer;
}

/** "overall", or "for care leavers": the area a grade is of, as a "why" answer's line says it. */
export function gradedFor(area: AreaKey): string {
  return area === 'overall' ? 'overall' : `for ${AREA_WORDS[area]}`;
}

/** "Bury 2021 ILACS (published 17 December 2021)": a report as a "why" answer's line names it. */
export function reportNamed(r: StoredReport): string {
  return `${r.authority} ${r.year} ${kindLabel(r.kind)} (${r.published === null ? 'publication date not printed' : `published ${longDate(r.published)}`})`;
}

/**
 * The authority's grade history under a line saying why it is not the answer asked for ("No inspection I hold rated
 * Leeds inadequate overall."); null when it has no graded inspection.
 */
export function gradesInstead(answerers: ReasonAnswerers, authority: string, area: AreaKey, u: Pick<Understood, 'year' | 'range'>, gradeGiven: string): AskAnswer | null {
  const grades = answerers.history({ intent: { kind: 'history', grades: [], region: null, neighboursOf: null }, authorities: [authority], area, year: u.year, range: u.range, topic: [] });
  return grades.grades === undefined || grades.grades.rows.length === 0 ? null : { ...grades, gradeGiven };
}

/**
 * The paragraphs of `report` alone that answer a "why" question (its summary, or its paragraphs on `words`), with
 * the line `given` completes ("…; its summary:"); null when none match.
 */
export function fromTheReport(answerers: ReasonAnswerers, u: Understood, words: string[], report: StoredReport, given: (said: string) => string): AskAnswer | null {
  // The question has chosen the report; the report alone bounds the answer now.
  const answer = answerers.passages({ ...u, words, year: null, range: null }, new Set([report.id]));
  if (answer.results.length === 0) return null;
  const summary = answer.results.every((h) => h.paragraphKind === 'summary');
  return { ...answer, gradeGiven: given(summary ? 'its summary' : 'from that report') };
}

/**
 * The answer to a "why" question, from the inspection that gave the grade, with a line naming it; where none gave
 * it, the authority's grades, saying so; null when the question is not one.
 */
export function answerGradeReason(context: CorpusContext, text: string, u: Understood, answerers: ReasonAnswerers): AskAnswer | null {
  const asked = gradeReasonAsked(context, reasonLower(text), u);
  if (asked === null) return null;
  if (!asked.given) {
    // "Why was Leeds rated inadequate?" of a council never so rated: its grades say what it was rated instead.
    const then = typeof u.year === 'number' ? ` in ${u.year}` : '';
    return gradesInstead(answerers, asked.authority, asked.area, u, `No inspection I hold rated ${asked.authority} ${asked.grades.map((g) => GRADE_WORDS[g]).join(' or ')} ${gradedFor(asked.area)}${then}.`);
  }
  const { report, grade, area, words, now } = asked;
  return fromTheReport(answerers, u, words, report, (said) => {
    const given = `rated ${GRADE_WORDS[grade]} ${gradedFor(area)} at ${reportNamed(report)}; ${said}:`;
    return now === undefined
      ? `${report.authority} was ${given}`
      : `${report.authority} is not ${GRADE_WORDS[grade]} ${gradedFor(area)} now: its latest graded inspection, ${reportNamed(now.report)}, rated it ${GRADE_WORDS[now.grade]}. It was last ${given}`;
  });
}
