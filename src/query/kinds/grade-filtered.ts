/**
 * Paragraphs filtered by grade (issue #17, kind 1): "show me good practice on
 * care leavers' accommodation from authorities rated outstanding", "what do
 * inadequate councils get wrong about the front door?". The authorities that
 * qualify are those whose cited grade matches (each one's latest graded
 * inspection, or the latest by an "as at" date; overall, or for the area the
 * grade is tied to: "outstanding for care leavers"); the paragraphs come only
 * from the inspections that gave those grades, ranked as any question is.
 * "Good practice" is a kind of paragraph, not a grade: it never widens
 * "outstanding" to "good or better".
 */
import type { AskAnswer, GradeAnswer, Hit } from '../../answer-types.ts';
import type { KindAnswer } from '../../kind-types.ts';
import type { AreaKey } from '../../model.ts';
import { askUnderstood, pageOf } from '../ask.ts';
import { regionAsked, topicWords, type GradeQuery } from '../grade-questions.ts';
import { gradesAsked, withoutPraise } from '../grade-names.ts';
import { listByGrade } from '../grade-lists.ts';
import { AREA_WORDS } from '../grades.ts';
import { paragraphsOf, plural, type KindInput } from './kind-helpers.ts';

const COLLECTIVE = / (?:councils?|authorities|authority|las|areas|ones|places|rated|graded|judged) /;
/**
 * Words that ask for what inspectors wrote (so the question wants paragraphs, not a list of grades): "how they respond to…",
 * "anything from good councils on…", "is it true that all inadequate councils have high caseloads?", "which of the
 * inadequate councils had kids being moved from home to home too much?", "are there outstanding councils that still don't have
 * enough foster homes?".
 */
const WANTS_PARAGRAPHS =
  / (?:say|said|says|saying|wrote|write|written|practice|practise|examples?|wrong|right(?! now)|well|badly|struggle|struggles|struggling|weak|weaknesses|strengths?|do|does|handle|handles|handled|handling|ideas|tips|approach|approaches|paragraphs?|quotes?|evidence|describe|works?|learn|lessons|look like|different|differently|run|runs|running(?<! twice running)|manage|manages|deliver|delivers|organise|organises|set up|respond|responds|response|responses|deal with|deals with|dealing with|cope with|tackle|tackles|anything (?:from|on|about)|mention|mentions|mentioned|talk about|let down|letting down|failed by|typical|typically|praised|praise|praises|commended|credited|(?:get|gets|got|given) (?:a )?(?:shout ?outs?|mentions?)|criticised|criticized|criticise|highlighted|singled out|find|found|findings|slated|slammed|pulled up|marked down|in common|why|how (?:bad|poor|weak|strong|effective) (?:is|are|was|were)) |^ what makes? | (?:councils|authorities|las|ones) (?:all |really |usually |always |tend to )?(?:have|had|show|showed) (?=(?:high|low|big|small|large|too|lots of|a lot of|problems?|issues?) |(?:decent|strong|weak|poor|effective|excellent|robust) (?!(?:ratings?|grades?|judgements?|judgments?|inspections?|ofsted)\b))| (?:councils|authorities|las|ones) (?:have|has) had (?=(?:high|low|problems?|issues?|difficult(?:y|ies)) )| (?:councils|authorities|las|ones) (?:(?:have |has )?got|had|have|has) (?=(?:[a-z]+ ){1,2}(?:problems?|issues?|difficult(?:y|ies)) )| (?:councils|authorities|las|ones) (?:had|have|has|with|where) (?!(?:[a-z]+ ){0,6}?(?:inspections?|visits?|fvs?|ilacs|grades?|ratings?) )(?:[a-z]+ ){1,8}?too (?:much|many|often|long|slow|slowly|late|high|few) | (?:councils|authorities|las|ones) (?:that |which |who |where )?(?:still )?(?:don t|dont|do not|didn t|did not|can t|cannot) (?:have|get|find|provide|offer|recruit) (?:enough|sufficient) /;
/**
 * Councils of a grade praised or faulted on a topic, which no grade names: "which outstanding councils are strong on
 * kinship care?", "best councils for kinship care". (Not "good on", which may name the grade.)
 */
const STRONG_ON =
  / (?:strong|stronger|strongest|weak|weaker|weakest|poor|poorer|effective|excellent|great|innovative|leading) (?:on|at|in|with|when it comes to) (?!(?:the |their |its )?(?:last|latest|next|first|previous|recent) )| (?:best|worst) (?:councils?|las?|authorities|local authorities|boroughs|ones) (?:for|on|at|with|when it comes to) /;

/** Set against the asker's own work ("…? want to compare with what our LA does"): what their reports say is what is compared. */
const COMPARE_WITH_OURS = / compare (?:it |them |this |that )?(?:with|to|against) (?:what |how )?(?:our|my|we|us) /;

/** What councils of a grade do well or badly, asked with no topic: "what are outstanding councils good at?" ("good at" is praise, not the grade), "what are inadequate councils bad at?". */
const GOOD_AT = / (?:good|great|better|best|brilliant|excellent|strong|stronger|bad|worse|worst|rubbish) at (?!(?:the |their |its )?(?:last|latest|next|first|previous|recent) )/;

/** The councils of a grade named first, as where the question is asked: "in councils that require improvement, are…". */
const COUNCILS_FIRST = /^ (?:in|for|among|across|within|at) (?:the )?(?:councils|las|authorities|local authorities|boroughs|places|ones) (?:that|which|rated|judged|graded|where|with) | [a-z]+ (?:in|among|across|within) (?:the )?(?:councils|las|authorities|local authorities|boroughs|places|ones) (?:that|which) (?:are |were )?(?:rated |judged |graded )?(?:require|requires|need|outstanding|good|inadequate|ri)\b/;

/** Words of such a question that are not its topic. */
const NOT_TOPIC = new Set(
  ('show me give find say said says wrote write written practice practise examples example wrong right well badly struggle struggles weak weaknesses strength strengths do does handle handled approach approaches paragraphs paragraph quotes quote evidence describe work works learn lessons look like different differently get gets got from about on what how where run runs running manage manages deliver delivers organise organises set up their ' +
    // "the councils that came out good in the 2024 ILACS round"
    'that which who came come out round ilacs inspection inspections ' +
    // "anything from good or better authorities on how they respond to homeless 16 and 17 yr olds?"
    'anything they ' +
    // "how are good or outstanding LAs handling homeless 16 and 17 yr olds? looking for ideas"
    'handles handling ideas tips looking ' +
    // "Which of the councils rated good get praised for listening to parents?", "what did Ofsted find about…"
    'praised praise praises commended credited criticised criticized criticise highlighted singled find found findings for slated slammed pulled marked ' +
    // "Which good rated councils get a shout out for kinship care?"
    'shout shoutout shoutouts outs mention mentions ' +
    // "Which good-rated councils are still getting slated over placement stability? Please tell me it's not just us"
    'getting still over please tell me not just us ' +
    // "how many of the outstanding LAs mention family hubs, and what do their reports say…"
    'how many number mention mentions reports report actually ' +
    // "what do outstanding councils have in common?", "what makes a council outstanding?", "why are councils rated inadequate?"
    'have has common make makes why are is councils council las authorities generally usually typically tend saying ' +
    // "which outstanding councils are strong on kinship care?", "best councils for kinship care"
    'strong stronger strongest weak weaker weakest poor poorer effective excellent great innovative leading best worst when comes ' +
    // "which of the inadequate councils had kids being moved from home to home too much?"
    'too much being ' +
    // "Which good rated councils are struggling with CAMHS waits…?", "…mention youth justice?", "…let down?"
    'struggling mentioned let down letting ' +
    // "seeing a lot of PLO drift here - is that typical of the places ofsted rate RI?"
    'seeing lot typical typically places place here though decent').split(' '),
);
const AREA_AFTER_GRADE: ReadonlyArray<{ pattern: RegExp; area: AreaKey }> = [
  { pattern: / for (?:care leavers?|leaving care) /, area: 'care-leavers' },
  { pattern: / for (?:children in care|looked after children|cla|lac|children looked after) /, area: 'children-in-care' },
  { pattern: / for (?:help and protection|child protection|the front door|early help) /, area: 'help-and-protection' },
  { pattern: / for (?:leadership|leaders|management) /, area: 'leadership' },
  { pattern: / for adoption /, area: 'adoption' },
];

/** The area a grade is tied to ("outstanding for care leavers"), else the overall grade. */
function gradedArea(lower: string): AreaKey {
  return AREA_AFTER_GRADE.find((a) => a.pattern.test(lower))?.area ?? 'overall';
}

export function answerGradeFiltered(input: KindInput): AskAnswer | null {
  const { context, u } = input;
  if (u.authorities.length > 0 || u.unknownAuthorities.length > 0) return null;
  const lower = ` ${withoutPraise(input.lower.trim().split(' ')).join(' ')} `;
  const words = lower.trim().split(' ').filter((w) => u.words.includes(w));
  const grades = gradesAsked(words);
  if (grades.length === 0) return null;
  if (input.loose !== true && (!COLLECTIVE.test(lower) || !(WANTS_PARAGRAPHS.test(lower) || STRONG_ON.test(lower) || COUNCILS_FIRST.test(lower) || GOOD_AT.test(` ${input.lower.trim()} `)))) return null;
  // A count is the grades' ("how many good councils are there?"), unless what their reports say is asked as well:
  // "how many of the outstanding LAs mention family hubs, and what do their reports say the hubs do?".
  // "Compare what inspectors said about housing for care leavers in outstanding councils versus inadequate ones" compares
  // their words, which is this answer's; a comparison of grades alone is the grades'.
  if (/ neighbou?rs? /.test(lower) || (/ compare /.test(lower) && !/ (?:say|said|says|wrote|write|written|describe|described) /.test(lower) && !COMPARE_WITH_OURS.test(lower)) || (/ (?:how many|number of) /.test(lower) && !/ (?:say|said|says|wrote|describe|mention|mentions) /.test(lower))) return null;
  const area = gradedArea(lower);
  // The topic: the question's words less filler, grade words and the asking words of a paragraph question.
  const topic = topicWords(words).filter((w) => !NOT_TOPIC.has(w));
  const areaWordsUsed = area === 'overall' ? [] : AREA_WORDS[area].split(' ');
  const search = topic.filter((w) => !areaWordsUsed.includes(w) || topic.every((t) => areaWordsUsed.includes(t)));
  // With no topic ("what did inadequate councils get wrong?"), read loosely, the model's reading is not taken.
  if (search.length === 0 && input.loose === true) return null;
  const query: GradeQuery = {
    intent: { kind: 'list', grades, region: regionAsked(u.words), neighboursOf: null },
    authorities: [],
    area,
    year: null,
    range: u.range?.kind === 'as-at' ? u.range : null,
    topic: search,
  };
  const list = listByGrade(context, query);
  const qualified = [...new Set(list.rows.map((r) => r.authority))];
  const gradeText = list.headline.replace(/^\d+ (?:authority|authorities) /, '').replace(/[:.]$/, '');
  if (search.length === 0) return summariesByGrade(input, list, qualified, gradeText);
  const reportIds = new Set(list.rows.map((r) => r.reportId));
  const passages = askUnderstood(
    context,
    input.text,
    { authorities: [], unknownAuthorities: [], year: null, range: null, areas: u.areas, words: search },
    input.options,
    reportIds,
  );
  const matched = qualified.length === 0 || passages.results.length === 0 ? 0 : (passages.authorities ?? new Set(passages.results.map((h) => h.authority)).size);
  const headline =
    qualified.length === 0
      ? `No authority is ${gradeText}, so no paragraphs can come from one.`
      : passages.results.length === 0
        ? `None of the ${plural(qualified.length, 'authority', 'authorities')} ${gradeText} has a paragraph on ${search.join(' ')}.`
        : `Paragraphs on ${search.join(' ')} from the ${plural(qualified.length, 'authority', 'authorities')} ${gradeText}: ${matched} of them ${matched === 1 ? 'has a paragraph' : 'have paragraphs'} matching at least half as well as the best.`;
  const notes = ['Paragraphs come only from the inspection that gave each authority its grade.', ...list.notes];
  const kind: KindAnswer = { kind: 'grade-filtered', headline, qualified, matched, count: qualified.length, notes };
  return {
    ...passages,
    question: input.text,
    understood: { ...passages.understood, areas: u.areas },
    kind,
    grades: list,
    ...(passages.results.length === 0 ? { message: headline, suggestions: [] } : {}),
  };
}

/** The summary paragraphs shown of each authority when no topic is asked; the rest are behind "more". */
const SUMMARIES_EACH = 2;
const SUMMARY: ReadonlySet<string> = new Set(['summary']);

/**
 * Paragraphs by grade with no topic ("what did inadequate councils get wrong?", "what makes a council outstanding?"):
 * each qualifying authority's summary of the inspection that gave it the grade, its first paragraph first, so the
 * first answers come from different authorities and the rest follow behind "more".
 */
function summariesByGrade(input: KindInput, list: GradeAnswer, qualified: readonly string[], gradeText: string): AskAnswer {
  const { context, u } = input;
  const each = list.rows.flatMap((row) => {
    const report = context.reportsById.get(row.reportId);
    return report === undefined ? [] : [paragraphsOf(context, report, SUMMARY, SUMMARIES_EACH)];
  });
  const all: Hit[] = [];
  for (let i = 0; i < SUMMARIES_EACH; i++) for (const hits of each) if (hits[i] !== undefined) all.push(hits[i] as Hit);
  // One page at a time, as any answer's results are ("More results" asks for the next): a chat message holds a few.
  const { limit, offset } = pageOf(input.options);
  const results = all.slice(offset, offset + limit);
  const matched = each.filter((hits) => hits.length > 0).length;
  const headline =
    qualified.length === 0
      ? `No authority is ${gradeText}, so no paragraphs can come from one.`
      : `Summary paragraphs of the ${plural(qualified.length, 'authority', 'authorities')} ${gradeText}; name a topic to narrow them ("…on care leavers").`;
  const notes = ['Paragraphs come only from the inspection that gave each authority its grade.', ...list.notes];
  const kind: KindAnswer = { kind: 'grade-filtered', headline, qualified: [...qualified], matched, count: qualified.length, notes };
  return {
    question: input.text,
    understood: { authorities: [], year: null, range: null, areas: u.areas, terms: [] },
    results,
    total: all.length,
    authorities: matched,
    kind,
    grades: list,
    ...(all.length === 0 ? { message: headline, suggestions: [] } : {}),
  };
}
