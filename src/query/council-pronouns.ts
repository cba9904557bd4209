/**
 * Whether a question after its scene is of the one council the scene named,
 * read from its pronouns (understand.ts): "Stoke has been RI for ever. How
 * many full inspections have they had?" is of Stoke; "I heard Bury's LADO was
 * criticised. Has it improved?" may be of the LADO, so the whole message is
 * read.
 */

/** A council called by a pronoun in a question after its scene. */
const COUNCIL_PRONOUN = /\b(?:they|their|theirs|they['’]ve|they['’]re)\b/i;
/** Any pronoun that could stand for the council or a topic ("the May 2025 one": a visit the scene named; "then": its time). */
const ANY_PRONOUN = /\b(?:they|their|theirs|them|it|its|this|that|these|those|one|ones|he|she|his|her|we|our|us|they['’](?:ve|re|d)|it['’]s|then)\b/i;
/** The asker's own council, in a last question after a scene naming it ("…Never mind the grade, what do we need to sort out?"). */
const OUR_COUNCIL = /\b(?:we|our|us|we['’]re|we['’]ve)\b/i;
/**
 * Words that may point at something other than the council: a topic the scene named ("it", "that"), or people
 * the question names who "they" may be ("how many times have inspectors been in, and when did they come?").
 */
const TOPIC_PRONOUN = /\b(?:it|its|it['’]s|this|that|these|those|them|then|inspectors?|ofsted|hmis?|councils|authorities|children|young people|families|staff|leaders|managers|social workers)\b/i;
/** "Is it true they're…", "is it right that…", "the picture as it stands", "these days": the idiom's pronoun, not a topic's. */
const IS_IT_TRUE = /\bis it (?:true|right|correct|the case|fair to say)\b|\b(?:as|where) it (?:actually |currently |now |really )?stands\b|\bthese days\b/gi;
/**
 * "…front door visit in October 2023 said… What was that visit looking at, and what were its main conclusions?": a
 * report of the council the scene named, pointed at, is the council's.
 */
const ITS_REPORT = /\b(?:that|this) (?:visit|letter|inspection|report|fv)\b|\bits (?:main |key |overall |headline )?(?:conclusions?|findings?|theme|focus|verdict|outcome|dates?|judgements?|grades?|ratings?)\b|\b(?:judgements?|grades?|ratings?) did it (?:end up with|get|come out with|receive)\b/gi;
/** "What's their Ofsted report card like?": the council's Ofsted, not Ofsted as "they". */
const THEIR_OFSTED = /\btheir ofsted\b/gi;
/** The council as what Ofsted did to: "what overall grade did the 2024 ILACS give them?", "when did Ofsted last inspect them?". */
const INSPECTED_THEM = /\b(?:give|gave|given|rate|rated|grade|graded|judge|judged|inspect|inspected|visit|visited) them\b/gi;
/** "Where do its children's services stand?": the council's services, called by "its", as "their". */
const ITS_SERVICES = /\b(?:its|their) (?:children['’]?s |childrens )?(?:services|social care|csc)\b/gi;
/** {@link ITS_SERVICES}, to test with (a global expression remembers where it last matched). */
const NAMES_ITS_SERVICES = new RegExp(ITS_SERVICES.source, 'i');

/** "Since then", "back then": a time the scene told, which the caller may have read (`timeTold`). */
const THEN = /\bthen\b/gi;

/** `sentence` without "then" when the caller read the scene's time, and without people named as "those who…". */
function withoutToldWords(sentence: string, timeTold: boolean): string {
  const bare = sentence.replace(THOSE_WHO, ' ');
  return timeTold ? bare.replace(THEN, ' ') : bare;
}

/**
 * Whether `sentence` calls the council "they", and nothing else "they" or "it" could be meant. With `timeTold`,
 * "then" is the scene's time, which the caller read.
 */
export function callsTheCouncilThey(sentence: string, timeTold = false): boolean {
  // "How are their children's services?": whose services can only be the council's ("children" there is no topic).
  const bare = withoutToldWords(sentence, timeTold).replace(IS_IT_TRUE, ' ').replace(THEIR_OFSTED, ' their ').replace(ITS_SERVICES, ' their services ');
  // "Back in spring 2019 Ofsted did a visit about permanence - what did they find?": "they" is Ofsted, named before it,
  // and the question is still of the council the scene named.
  if (OFSTED_THEN_THEY.test(bare)) return !OTHER_THAN_PEOPLE.test(bare);
  return (COUNCIL_PRONOUN.test(bare) || THERE_AS_THE_COUNCIL.test(bare)) && !TOPIC_PRONOUN.test(bare);
}

/** The council as a place: "how are things there now?", "what's it like there?" (never "is there a…"). */
const THERE_AS_THE_COUNCIL = /\b(?:things|life|work|practice|services) (?:are |is )?(?:like )?there\b|\bthere (?:now|these days|at the moment|nowadays)\b/i;

/** "Those subject to a protection plan", "those who leave care": people the question names, pointing at nothing before it. */
const THOSE_WHO = /\b(?:those|these) (?=(?:subject|who|which|that|aged|leaving|placed|living|looked|in care|on (?:a|child)|with) )/gi;

/** "Where are they at with Ofsted?", "how are they rated by inspectors?": where the council stands, not Ofsted as a topic. */
const STANDING_WITH_OFSTED = /\b(?:with|by|according to) (?:ofsted|the inspectors|inspectors)\b/gi;

/** Ofsted or its inspectors named, then "they": Ofsted is who "they" are. */
const OFSTED_THEN_THEY = /\b(?:ofsted|inspectors|hmis?)\b.*\bthey\b/i;

/**
 * As {@link callsTheCouncilThey}, or "we" and "our" (the asker's own council), or no pronoun at all: what a
 * message's last question may do ("…inadequate at the end of 2019 and I've been anxious ever since. How often have
 * the inspectors been back in?"). Not for the question proper, which the kind model learned as it is read now.
 */
export function callsTheCouncilOrNothing(sentence: string, timeTold = false): boolean {
  const told = withoutToldWords(sentence, timeTold);
  const bare = told.replace(IS_IT_TRUE, ' ').replace(ITS_SERVICES, ' their services ').replace(ITS_REPORT, ' ').replace(INSPECTED_THEM, ' they ').replace(STANDING_WITH_OFSTED, ' ');
  if (!ANY_PRONOUN.test(bare)) return true;
  if (OFSTED_THEN_THEY.test(bare)) return !OTHER_THAN_PEOPLE.test(bare);
  if (callsTheCouncilOurs(told)) return true;
  // "Has Ofsted been in to look at their children's services?": whose services can only be the council's, so Ofsted
  // named beside them is not who "their" means.
  if (NAMES_ITS_SERVICES.test(told)) return !OTHER_THAN_PEOPLE.test(bare);
  return (COUNCIL_PRONOUN.test(bare) || OUR_COUNCIL.test(bare)) && !TOPIC_PRONOUN.test(bare);
}

/**
 * Whether `sentence` calls the council "we" or "our" (the asker's own, named in the message) and nothing else a pronoun
 * could point at: "After our 2018 SIF, how many times did Ofsted come back? … - Lambeth". Ofsted named beside "our" is
 * never who "our" means.
 */
export function callsTheCouncilOurs(sentence: string, timeTold = false): boolean {
  const bare = withoutToldWords(sentence, timeTold).replace(IS_IT_TRUE, ' ');
  return OUR_COUNCIL.test(bare) && !COUNCIL_PRONOUN.test(bare) && !OTHER_THAN_PEOPLE.test(bare);
}

/** The pronouns of {@link TOPIC_PRONOUN} that may point at a topic, without the people "they" may be. */
const OTHER_THAN_PEOPLE = /\b(?:it|its|it['’]s|this|that|these|those|them|then)\b/i;
