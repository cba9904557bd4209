/**
 * A question read after its scene (understand.ts): the sentences before a
 * message's last question tell who asks and what happened; these say whether
 * the question asks across councils, whether it points back at a report the
 * scene named, and at what time.
 */
import type { Understood } from './understand.ts';

/** A question across the councils other than those named: "which other councils…", "did any other East of England LAs…". */
const OTHER_COUNCILS = /\b(?:any|which|what|who|anyone|anybody|how many) (?:else|other)\b|\bother (?:[a-z]+ ){0,3}?(?:councils|authorities|las|local authorities|boroughs|counties|unitaries)\b/i;
/**
 * A question across councils by their grade or all of them ("Which outstanding councils get praised for their support
 * to kinship carers?"), after a scene naming some: the councils named are the asker's story, not a premise to leave out.
 */
const ACROSS_COUNCILS =
  /\b(?:(?:which(?: of the)?|what|any|how many|all(?: the)?|across(?: the)?) (?:(?:outstanding|good|inadequate|ri|requires improvement|other|english|london|northern|county|city|metropolitan|unitary) ){0,2}|(?:outstanding|good|inadequate|ri|requires improvement)(?:[ -](?:rated|graded|judged))? )(?:councils|authorities|las|local authorities|boroughs|counties)\b/i;
/** Councils in the plural, of a grade: "the councils Ofsted rates outstanding", "reports on councils rated inadequate", "councils that came out RI". */
const COUNCILS_OF_A_GRADE =
  /\b(?:councils|authorities|las|local authorities|boroughs)(?: (?:that|which|who) (?:were|are|have been|got))?(?: ofsted)? (?:rated|judged|graded|rates|rate|found)\b|\b(?:councils|authorities|las|local authorities|boroughs) (?:\w+ ){0,3}?(?:outstanding|good|inadequate|requires improvement|ri)\b/i;

/** Whether a question asks across the councils other than those its scene named. */
export function asksAcrossOtherCouncils(sentence: string): boolean {
  return OTHER_COUNCILS.test(sentence);
}

/** Whether a question asks across councils, all of them or those of a grade. */
export function asksAcrossCouncils(sentence: string): boolean {
  return ACROSS_COUNCILS.test(sentence) || COUNCILS_OF_A_GRADE.test(sentence);
}

/**
 * A question pointing back at a report the scene before it named: "that visit", "this letter"; or asking only what
 * inspectors concluded ("Our private fostering came under the spotlight at the October 2024 focused visit. What did
 * inspectors conclude?").
 */
const POINTS_BACK =
  /\b(?:that|this) (?:focused )?(?:visit|letter|inspection|report|fv|ilacs|sif)\b|^(?:so )?(?:and )?(?:what|how) (?:did|do|does) (?:the )?(?:inspectors?|ofsted|hmis?|they) (?:conclude|find|decide|say|think)\??$/i;

export function pointsBackToAReport(sentence: string): boolean {
  return POINTS_BACK.test(sentence);
}

/** "Since then", "back then", "until then": the time the scene told, read with the question (understand.ts). */
const THEN_SPAN = /\b(since|after|from|until|till|before) then\b/i;
const THEN_TOLD = /\b(?:since|until|till|by|back|from|after|before|around|at the time|even) then\b/i;

export function saysThen(sentence: string): boolean {
  return THEN_TOLD.test(sentence);
}

/**
 * The scene's sentences before `sentence`, nearest first, each read by `read`. Read as typed, asides and all: hearsay
 * ("A colleague says Ofsted came back in spring 2022…") is the scene. `text` is the message with its asides blanked in
 * place, so `typed` lines up with it (unless an envelope was taken off, when `text` is read).
 */
export function sceneSentences(text: string, typed: string, sentence: string, read: (sentence: string) => Understood): Understood[] {
  const at = text.lastIndexOf(sentence);
  const source = typed.length === text.length ? typed : text;
  const before = at < 0 ? source : source.slice(0, at);
  return before
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.trim() !== '')
    .reverse()
    .map(read);
}

/**
 * `part` at the time of the nearest scene sentence that names one, when it names no time of its own. The caller asks
 * when the question points back at a report ("Kingston was outstanding in 2019… Ofsted did come back in spring 2022 to
 * look at the front door. What was that visit looking at?" asks of the 2022 visit) or says "then"; `sentence`, the
 * question, says whether "then" starts or ends a span ("since then": from the scene's year on).
 */
export function withSceneTime(part: Understood, scene: readonly Understood[], sentence = ''): Understood {
  if (part.year !== null || part.range !== null) return part;
  const timed = scene.find((u) => u.year !== null || u.range !== null);
  if (timed === undefined) return part;
  // "We adopted from Redbridge in 2017. Has Ofsted been in since then?": from the scene's year on (or up to it).
  const since = typeof timed.year === 'number' ? THEN_SPAN.exec(sentence) : null;
  if (since !== null && typeof timed.year === 'number') {
    const word = (since[1] as string).toLowerCase();
    const from = /^(?:since|after|from)$/.test(word) ? timed.year : null;
    // "Before then" is up to the year before, as "before 2018" is; "until then" includes it.
    const to = word === 'before' ? timed.year - 1 : /^(?:until|till)$/.test(word) ? timed.year : null;
    return { ...part, year: null, range: { kind: 'years', from, to } };
  }
  return {
    ...part,
    year: timed.year,
    range: timed.range,
    ...(timed.month === undefined ? {} : { month: timed.month }),
    ...(timed.period === undefined ? {} : { period: timed.period }),
    ...(timed.focusedVisits === true ? { focusedVisits: true } : {}),
  };
}
