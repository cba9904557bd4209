/**
 * Follow-up questions in a conversation, as a pure function: given what the
 * last question established (authorities, topic, time, a grade question), a
 * follow-up reuses it unless it says otherwise, and the caller keeps the new
 * context for the next question.
 *
 * - "what about in 2016?" keeps the authority and topic;
 * - "and in Southend?" keeps the topic (and time);
 * - "and for children in care?" keeps the authority (and time);
 * - "and Leeds?" after "is Bury getting better?" asks the same of Leeds;
 * - a question naming its own authority and topic, or not shaped as a
 *   follow-up, starts afresh.
 */
import type { AskAnswer, AskOptions, Carried, ConversationContext, ConversationTurn, GradeIntent } from '../answer-types.ts';
import { askUnderstood, askWhich, gradeOrPassages, topicSearch, withCorrection } from './ask.ts';
import { askByKind } from './question-kind.ts';
import { understandIn, type CorpusContext } from './context.ts';
import { gradeAreaAsked, readGradeQuestion, regionAsked, topicWords, type GradeQuery } from './grade-questions.ts';
import { gradesAsked } from './grade-names.ts';
import { answerGradeQuery, gradeAskAnswer } from './grade-answer.ts';
import { AREA_WORDS } from './grades.ts';
import { describeRange } from './time-range.ts';
import { stripMentions, type Understood } from './understand.ts';
import { splitWords } from '../search/tokenize.ts';

/** How a follow-up starts ("and in Southend?", "what about 2016?"). */
const FOLLOW_UP = /^\s*(?:and|what about|how about|also|same|but|then|plus|or|ok(?:ay)?|what of|as for|now)\b/i;
/** Words of a follow-up that are not its topic ("what about", "and for"). */
const FOLLOW_FILLER = new Set('and what about how also same but then plus or ok okay of as for in is are was were the a an please there there s'.split(' '));
/** Area-only topic words: a change of area keeps a grade question ("and for care leavers?"). */
const AREA_ONLY = /^(?:care|leavers?|leaving|children|child|in|looked|after|cla|lac|cic|help|and|protection|leadership|leaders|adoption|management|governance|front|door|safeguarding|permanence|early|cp|for|the|of)$/;

/** A context that carries nothing: what a conversation starts with. */
export const EMPTY_CONTEXT: ConversationContext = { authorities: [], topic: [], topicLabel: '', areas: [], year: null, range: null, grade: null };

/** The topic words a question searches for, as typed (original case: "LADO"), without follow-up filler. */
function typedTopic(text: string, u: Understood): string[] {
  const cased = new Map<string, string>();
  for (const token of splitWords(text)) {
    const original = text.slice(token.start, token.start + token.word.length);
    if (!cased.has(token.word)) cased.set(token.word, original);
  }
  return u.words.filter((w) => !FOLLOW_FILLER.has(w)).map((w) => cased.get(w) ?? w);
}

/** Words that say how a question is asked, not what about: left out of the topic shown back. */
const ASKING = new Set('did do does inspectors inspector say said says think thought find found report reports tell mention mentioned ofsted'.split(' '));
/** Words that make up area phrases, shown back as the area's name instead ("children in care"). */
const AREA_PHRASE_WORDS = /^(?:care|leavers?|leaving|children|child|looked|after|cla|lac|cic|help|protection|leadership|leaders|adoption|adopted|adopters|management|governance|overall|effectiveness|pa|pas|permanence|early|mash|cp)$/;

/** The topic as shown back to the user: "LADO", "children in care". */
function topicLabel(text: string, u: Understood): string {
  const cased = typedTopic(text, u);
  const lower = new Set(topicWords(u.words).filter((w) => !ASKING.has(w) && (u.areas.length === 0 || !AREA_PHRASE_WORDS.test(w))));
  const words = cased.filter((w) => lower.has(w.toLowerCase()));
  return [...new Set([...words, ...u.areas.map((a) => AREA_WORDS[a])])].join(', ');
}

function contextOf(text: string, u: Understood, grade: GradeIntent | null): ConversationContext {
  return {
    authorities: [...u.authorities, ...u.unknownAuthorities],
    topic: typedTopic(text, u),
    topicLabel: topicLabel(text, u),
    areas: u.areas,
    year: u.year,
    range: u.range,
    ...(u.alsoYears !== undefined ? { alsoYears: u.alsoYears } : {}),
    grade,
  };
}

/** "Bury 2016, LADO, following your last question". */
function carriedText(context: ConversationContext): string {
  const years = typeof context.year === 'number' ? [context.year, ...(context.alsoYears ?? [])].sort((a, b) => a - b).join(' and ') : '';
  const time = context.range !== null ? describeRange(context.range) : context.year === 'latest' ? 'latest' : years;
  const who = context.grade?.region ?? (context.grade?.neighboursOf !== null && context.grade?.neighboursOf !== undefined ? `${context.grade.neighboursOf}'s neighbours` : context.authorities.join(' and '));
  const what = context.topicLabel;
  const parts = [[who, time].filter((p) => p !== '').join(' '), what].filter((p) => p !== '');
  return `${parts.join(', ')}, following your last question`;
}

/** Answer `question` in a conversation whose last question established `previous`. Pure: never stores anything. */
export function converse(context: CorpusContext, question: unknown, previous: ConversationContext | null, options: AskOptions = {}): ConversationTurn {
  const text = typeof question === 'string' ? question : '';
  const u = understandIn(context, text);
  // "compare kingston and leeds": which Kingston? The conversation keeps what it had.
  const which = askWhich(text, u);
  if (which !== null) return { answer: which, context: previous ?? EMPTY_CONTEXT };
  const named = u.authorities.length + u.unknownAuthorities.length > 0;
  const topic = topicWords(u.words);
  const hasTopic = topic.length > 0 || u.areas.length > 0;
  const hasTime = u.year !== null || u.range !== null;
  const ownGrade = readGradeQuestion(u);
  const followUp =
    previous !== null &&
    !(named && hasTopic) &&
    // Unmarked, only a change of time or region is a follow-up ("in 2016?"); a whole grade question ("how many are inadequate") is not.
    (FOLLOW_UP.test(stripMentions(text)) || (!named && !hasTopic && ownGrade === null && (hasTime || regionAsked(u.words) !== null)));

  if (!followUp || previous === null) {
    // A fresh question goes through the question-kind step, as `ask` does.
    const answer: AskAnswer = askByKind(context, text, u, options, (read) => gradeOrPassages(context, text, read, options));
    return { answer: withCorrection(u, answer), context: contextOf(text, u, ownGrade?.intent ?? null) };
  }

  // What the follow-up keeps from the last question.
  const keepAuthorities = !named && (ownGrade?.intent.region ?? regionAsked(u.words)) === null;
  const keepTopic = !hasTopic;
  const keepTime = !hasTime;
  const authorities = keepAuthorities ? previous.authorities : [...u.authorities, ...u.unknownAuthorities];
  const known = new Set(context.authorities.map((a) => a.name));
  // Years set against each other ("LADO Bury 2016 vs 2025", then "and in Leeds?") are kept with the time.
  const alsoYears = keepTime ? previous.alsoYears : u.alsoYears;
  const merged: Understood = {
    authorities: authorities.filter((a) => known.has(a)),
    unknownAuthorities: authorities.filter((a) => !known.has(a)),
    year: keepTime ? previous.year : u.year,
    range: keepTime ? previous.range : u.range,
    areas: keepTopic ? previous.areas : u.areas,
    words: keepTopic ? previous.topic.map((w) => w.toLowerCase()) : u.words,
    ...(u.focusedVisits === true ? { focusedVisits: true } : {}),
    ...(alsoYears !== undefined ? { alsoYears } : {}),
  };
  const newTopic = keepTopic ? previous.topic : typedTopic(text, u);
  const next: ConversationContext = {
    authorities,
    topic: newTopic,
    topicLabel: keepTopic ? previous.topicLabel : topicLabel(text, u),
    areas: merged.areas,
    year: merged.year,
    range: merged.range,
    ...(merged.alsoYears !== undefined ? { alsoYears: merged.alsoYears } : {}),
    grade: null,
  };

  // A grade question carries over when the follow-up changes only who, when or which area.
  let grade: GradeQuery | null = readGradeQuestion({ ...merged, words: u.words });
  const areaOnly = u.words.filter((w) => !FOLLOW_FILLER.has(w)).every((w) => AREA_ONLY.test(w));
  if (grade === null && previous.grade !== null && areaOnly) {
    const grades = gradesAsked(u.words);
    const region = regionAsked(u.words);
    const intent: GradeIntent = {
      ...previous.grade,
      grades: grades.length > 0 ? grades : previous.grade.grades,
      region: region ?? (named ? null : previous.grade.region),
      neighboursOf: named ? (previous.grade.neighboursOf !== null ? (authorities[0] ?? null) : null) : previous.grade.neighboursOf,
    };
    grade = {
      intent,
      authorities,
      ...gradeAreaAsked(merged.areas, merged.words),
      year: merged.year,
      range: merged.range,
      topic: keepTopic ? previous.topic.map((w) => w.toLowerCase()) : topicWords(u.words),
    };
  }
  if (grade !== null) {
    // A list over a region or neighbours is not about the last question's authorities.
    if (grade.intent.kind === 'list' || grade.intent.kind === 'count') next.authorities = grade.intent.neighboursOf === null ? [] : [grade.intent.neighboursOf];
    next.grade = grade.intent;
  }
  const answer = grade !== null ? gradeAskAnswer(text, merged, answerGradeQuery(context, grade, topicSearch(context))) : askUnderstood(context, text, merged, options);
  const carried: Carried = { text: carriedText(next), authorities: keepAuthorities, topic: keepTopic, time: keepTime && (merged.year !== null || merged.range !== null) };
  if (carried.authorities || carried.topic || carried.time) answer.carried = carried;
  return { answer: withCorrection(u, answer), context: next };
}
