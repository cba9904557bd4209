/**
 * An authority's improvement list in plain words (issue #17, kind 2): "what
 * are the areas for improvement for Croydon?", "what does Bury need to
 * improve?". The answer is the "what needs to improve" items (or SIF
 * recommendations) of the latest graded inspection, each cited, as /improve
 * gives them, and the items of any focused visit since, which the answer says
 * were added later. Paragraphs that merely contain the phrase are not an answer.
 */
import type { AskAnswer } from '../../answer-types.ts';
import type { KindAnswer, KindSection } from '../../kind-types.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { inYear, reportCitation } from '../context.ts';
import { gradedInspections } from '../grades.ts';
import { improvementItems } from '../judgements.ts';
import { queryTerms } from '../../search/pipeline.ts';
import { visitMeant, withoutVisitTheme } from './focused-visit.ts';
import { ASKING_WORDS, carriedOut, dayMonthYear, kindAskAnswer, plural, reportAtTimeAsked, timeAsked, visitRow, type KindInput } from './kind-helpers.ts';

const ASKS_FOR_LIST =
  / (?:areas? (?:for|of|needing|requiring) (?:improvement|development|priority action)|priority actions?|needs? to improve|needs? improving|need improvement|has to improve|have to improve|must improve|should improve|improvement (?:list|areas|points|actions|plan|priorities)|improvements (?:needed|required)|shortfalls?|shortcomings?|(?:must|should|needs? to|has to|have to|had to) (?:address|tackle)|fixes|action points|improvements (?:[a-z]+ ){0,3}?(?:set|given|handed)|(?:asked|told|required|require|requires?|wants?|wanted) (?:[a-z]+ ){0,3}?to (?:address|tackle)|(?:did|does|do) (?:ofsted|inspectors|they|the inspectors) (?:require|ask|expect) (?:[a-z]+ ){0,3}?to (?:improve|fix|change)|what needs to improve|recommendations?|recs?|wnti|afis?|(?:corrective )?action items?|corrective actions?|homework|(?:must|should|needs? to|has to|have to|had to) be (?:tackled|addressed|fixed|improved|sorted|put right)|weaknesses|weak (?:spots?|points?|areas?)|(?:bad|weak|poor|worst|weakest) at(?= $)|struggl(?:e|es|ing) with(?= $)|to do list|(?:to )?fix list|improve|fix|put right|sort out|get better at|work on|(?:told|tell|tells|telling) (?:them |it )?to (?:improve|fix|sort|change|tighten)|what (?:is|s|was|are|were) (?:still )?not (?:yet )?good enough|(?:the |their |its )?next steps? (?:for|were|was|are|is|set|given)|(?:tell|told|telling) (?:[a-z]+ ){1,2}?to do(?= $)|(?:were|was) (?:they|it|we) told to do(?= $)|(?:tell|told|telling|ask|asked) (?:[a-z]+ ){1,4}?to take|(?:still )?needs? to (?:sort|fix)|got to (?:change|fix|sort|improve)|(?:tell|told|telling) (?:them|it|[a-z]+) (?:they|it) (?:had|have|has|needed|need|needs) to do|what (?:was|were) (?:[a-z]+ )?told(?= $| in | at | after | by )|tighten up|told (?:them |it )?(?:it |they )?(?:must|should|needs? to|had to|has to) (?:prioriti[sz]e|improve|fix|change|address)|prioriti[sz]e|do differently|on (?:its|their|the) list|(?:dinged|marked down|pulled up|picked up|knocked|criticised|criticized|slated|slammed|faulted) (?:on|for)|(?:want|wants|wanted|expect|expects|expected) (?:[a-z]+ ){1,2}to (?:do|change|improve|fix|(?:crack|get) on with|get cracking (?:on|with))|(?:want|wants|wanted|needs?|needed) (?:[a-z]+ ){0,2}?(?:fixing|fixin|sorting|improving|changing|addressing|tightening up|tackled|tackling|fixed|sorted|addressed|improved|changed|put right)|(?:how|where) (?:should|must|can|could|do|does) (?:[a-z]+ ){1,4}?(?:improve|get better)|(?:has|have|had|needs?|needed) to change|(?:must|should) change|(?:still|left|remaining) to (?:do|sort|sort out|fix|address|tackle|work on|improve)(?= $)|(?:remain|remains|remained|remaining) outstanding|what (?:is|s|was|are|were) (?:still |left )outstanding|(?:needs?|have|has|got) to do to (?:get|be|become|reach|achieve|stay)|(?:should|must|could|can) (?:[a-z]+ ){0,2}?do to (?:get|be|become|reach|achieve|stay)|how (?:can|could|do|does|will|would|should) (?:[a-z]+ ){1,4}?(?:get|be|become|reach|achieve) (?:to )?(?:good|outstanding)|(?:meant|supposed) to (?:be )?(?:fix|fixing|improve|improving|work on|working on|sort|sorting|address|addressing|tackle|tackling)|(?:should|must|ought to|needs? to|has to|have to) (?:[a-z]+ ){0,1}?(?:be )?(?:working on|focusing on|focussing on|concentrating on|do better|doing better)|(?:should|must|needs? to|has to|have to|ought to) (?!(?:i|we|you|u) )(?:[a-z]+ ){0,1}?(?:do|work on|focus on|tackle|fix) next|improvements? (?:were |was )?called for|(?:matters|things|issues|points|areas) (?:were |was )?(?:identified|flagged|found|listed) as (?:requiring|needing) improvement) /;
/** Words of such a question beyond its authority ("improve" alone asks for the list only when nothing else is asked). */
const LIST_WORDS = new Set(
  ('areas area for of needing requiring require requires improvement improvements improve improving development priority action actions needs need has have to must should list points plan priorities needed required recommendation recommendations recs rec weaknesses shortcomings shortcoming address tackle do main key council authority services fix put right sort out told time from ilacs sif wnti ask asked asking being get better work practice ' +
    // The grade that came with the list: "Leicester dropped to RI in 2024 - what are they being told to work on?"
    'things thing ri requires inadequate good outstanding rated judged graded dropped fell went got again ' +
    // "Following the inadequate judgement for the Isles of Scilly in 2023, what did Ofsted require the council to improve?"
    'following after judgement judgment ' +
    // "What should Bolton do next?": what inspectors told it to do is what comes next.
    'next ' +
    // "How many recommendations did Leeds get?": the list says how many.
    'many ' +
    // "What do they have to change?"
    'change ' +
    // "According to the last report, what is still not good enough in Central Bedfordshire?"
    'still not enough ' +
    // "Southend got good in 2024, but what weak spots did Ofsted formally flag?"
    'formally officially flag flagged spots spot ' +
    // "Somerset's 2026 inspection - what were the next steps for them?"
    'steps step ' +
    // "Which areas were they told to tighten up on (before the 2025 one)?"
    'areas which that they tighten up before after one ' +
    // "Stockton had an FV in Dec 25 - what did the letter say they need to get better at?"
    'letter letters afi afis ' +
    // "ERY's care leavers visit in May 2024 - was there a 'what needs to improve' bit?"
    'visit visits ' +
    // "what exactly did they have to fix?"
    'exactly specifically ' +
    // "set out the specific matters the inspectors said the council must put right"
    'set specific matters matter items ' +
    // "a summary of the matters Ofsted asked Stockport to address following its May 2025 inspection"
    'summary address tackle following ' +
    // "Reading shortfalls", "Havering fixes", "Halton inadequate, action points"
    'shortfalls shortfall fixes points ' +
    // "what precisely was Halton told it must prioritise", "what Ofsted want Warwickshire to do differently"
    'precisely prioritise prioritize differently want wants wanted expect expects expected ' +
    // "what did the inspectors want Plymouth to crack on with last time round?"
    'crack cracking ' +
    // "which specific things did Ofsted want fixing?"
    'fixing sorting improving changing addressing tightening ' +
    // "After Wirral care leavers visit 2024, what still to do?", "Trafford leaders got inadequate 2026, what they must change?",
    // "what remained outstanding for Wirral following Ofsted's September 2024 visit?"
    'left remaining remain remains remained ' +
    // "What actions did they tell Kent County Council to take, and by when?"
    'take by ' +
    // "What is Kent bad at?", "what does Bury struggle with?": what inspectors told it to improve.
    'bad weak poor worst weakest at struggle struggles struggling with ' +
    // "What were they dinged for?", "what's on Ofsted's to-do list for them now?"
    // "What did Stoke get marked down on?", "what should Hull be focusing on?"
    'dinged marked down pulled picked knocked slipped now on them their focusing focussing concentrating doing ' +
    // "What did Cornwall get criticised for?"
    'criticised criticized slated slammed faulted ' +
    // "Is it right that Leicester was told to speed up its response to contacts and referrals last time? What else was on its list?"
    'else its last ' +
    // "Isle of Wight - the 'what needs to improve' bit": the report's own heading, named as a part of it.
    'bit bits section part heading ' +
    // "Halton went inadequate in 2024 - point by point, what has it got to sort out?", "Blackpool did really well in 2026 - was
    // there anything inspectors still wanted them to work on?"
    'point really well anything still ' +
    // "Stockport, Warwickshire and Suffolk - what were each of them told needs to improve?"
    'each them all both three but ' +
    // "Hull 2026: every single thing inspectors want them to work on, nothing left out"
    'every single everything ' +
    // "What corrective action items was Plymouth given at its 2024 inspection?"
    'corrective item items given ' +
    // "Knowsley was judged inadequate in 2024 - what did Ofsted say must be tackled?"
    'be tackled addressed say said ' +
    // "so was there anything left that they were told to fix?"
    'left literally ' +
    // "…anything left on the improve list or clean sheet?"
    'clean sheet slate ' +
    // "They were rated outstanding in 2025, so did Ofsted still leave them with anything they must improve?"
    'leave leaves with ' +
    // "Sunderland's last SIF inspection, what recommendations did they come away with?"
    'come came away ' +
    // "Norfolk has just gone outstanding - surely there's nothing left on their to-fix list?", "did Ofsted not give them any
    // improvement points at all?"
    'surely nothing just give gave not all ' +
    // "…only whatever the report says the council still needs to improve."
    'only whatever report ' +
    // "Sandwell here, we finally got good in the October 2025 inspection - is there anything Ofsted still wants us to sort out?"
    'here we us our finally ofsted inspectors ' +
    // "Essex weak spots"
    'weak spot spots point ' +
    // "What on earth are they being told to fix this time round?"
    'this round ' +
    // "Pull the 'what needs to improve' list from Havering's December 2023 ILACS please, all of it."
    'pull grab fetch please it ' +
    // "Which improvements were called for by inspectors in the 2026 report on Hull?", "Which matters were identified as
    // requiring improvement when Barking and Dagenham was inspected in 2023?", "presumably nothing left to fix?? or did
    // inspectors still list some things"
    'called by identified flagged requiring inspected when presumably some as ' +
    // "Cambridgeshire's been stuck at RI since 2019 - what are they meant to be fixing now?"
    'meant supposed be fixing working sorting addressing tackling now ' +
    // "What point did inspectors still want tackled?", "how should Swindon improve? going off its last full inspection"
    'point tackled fixed sorted addressed improved changed how where can could going off full ' +
    // "What does Bury need to do to be outstanding?", "how can Bury get to good?": the list is what stands in the way.
    'become reach achieve stay good outstanding ' +
    // "Leeds kept outstanding in 2025 so I'm guessing there was nothing they were told to improve?"
    'im guessing guess assume assuming presume presuming imagine suppose ' +
    // "…, what were they told to fix back in 2015?"
    'back').split(' '),
);

/** A topic asked of as one of the list's items: "is private fostering one of the things…", "was the LADO on their list?" */
const ON_THE_LIST = /^ (?:is|was|are|were) (?:[a-z]+ ){1,6}?(?:one of|on|among|part of) (?:the |their |its )?(?:formal |official |main |key )?(?:things|list|areas?|points|recommendations|recs|afis?|improvements?|to do list|priorities) /;

/**
 * Whether the council was told to put a topic right, asked of an inspection: "Did Bristol get told to sort out initial
 * health assessments at their last inspection?" (the list answers, its items on the topic first).
 */
const TOLD_TO_FIX_IT = /^ (?:did|was|were|has|have|had) (?:[a-z]+ ){1,4}?(?:get |getting |been |being )?(?:told|asked|required|instructed|pulled up) (?:to (?:improve|fix|sort out|sort|work on|address|tackle|tighten up|get better at|speed up)|on|about|over) ((?:[a-z]+ ){1,6}?)(?:at|in|after|from|by) (?:its|their|the) (?:(?:last|latest|most recent|previous|recent|(?:19|20)\d\d) )?(?:full )?(?:inspection|ilacs|sif|visit|focused visit|fv|report) /;

/** Asked of something told before it: "Warwickshire kids in care get moved about a lot - is that on the list of things Ofsted told the council to improve?" */
const THAT_ON_THE_LIST = / (?:is|was) (?:that|this|it) (?:one of|on|among|part of) (?:the |their |its )?(?:formal |official |main |key )?(?:things|list|areas?|points|recommendations|recs|afis?|improvements?|to do list|priorities) /;

/**
 * The same told as a claim to check ("True or false: publishing its local offer on time was one of the things Reading
 * was told to improve in 2024."): an item, then "was one of the things … told to improve".
 */
const CLAIMED_ON_THE_LIST = / (?:was|is|were|are) (?:one of|among|part of|on) (?:the |their |its )?(?:formal |official |main |key )?(?:things|list|areas?|points|recommendations|recs|afis?|improvements?|to do list|priorities) (?:[a-z]+ ){0,5}?(?:was |were |is |are )?(?:told|asked|needed|had|has|have|must|should) /;

/** The rest of the list asked for after one item told: "…was told to speed up its response to contacts? What else was on its list?" */
const WHAT_ELSE_ON_THE_LIST = / what else (?:was|is|were|are) (?:on|in) (?:its|their|the) (?:list|recommendations|areas for improvement|to do list) /;

/**
 * An item told as on the list, then the rest asked for: "…I think pathway plans are still on the must-improve list. Is
 * it, and what else?"
 */
const TOLD_ON_THE_LIST_WHAT_ELSE = / (?:on|one of|among|part of) (?:the |their |its )?(?:[a-z]+ ){0,2}?(?:list|recommendations|recs|areas for improvement|improvements|afis?|priorities) (?:[a-z]+ ){0,4}?what else /;

/**
 * A grade the authority got, told before the question: "Southend moved up to good in 2024, so…", "X was rated RI in
 * 2023 -", "Stockport slipped from good to requires improvement in 2025;".
 */
const GRADE_STORY =
  /^ (?:[a-z]+ ){1,5}?(?:got|went|was|were|became|came out|moved|(?:moved|went|go|gone) up to|(?:rose|climbed|improved|dropped|fell|slipped|went down) to|(?:rose|climbed|improved|dropped|fell|slipped|went|moved|jumped|declined) from (?:outstanding|good|requires improvement|ri|inadequate|adequate) to|(?:was|were|been) (?:rated|judged|graded))(?: as)? (?:outstanding|good|requires improvement|ri|inadequate|adequate)(?: again| overall)? (?:in|at) (?:[a-z]+ )?(?:19|20)\d\d (?:so |and |but )?/;

/** A clause telling a grade the authority got: a grade, and a verb of getting it ("came out outstanding on every area"). */
const GRADE_CLAUSE = /\b(?:outstanding|good|requires improvement|ri|inadequate|adequate)\b/i;
const GOT_A_GRADE = /\b(?:came out|come out|went|got|was|were|moved|rated|judged|graded|became|been|dropped|slipped|slid|fell|lost|rose|climbed|received|achieved|secured|awarded)\b/i;

/**
 * `rest` less the words of a first clause that tells the grade the authority got, when more follows it ("Portsmouth
 * came out outstanding on every area under the new 2026 framework - was there literally anything they were told to
 * work on?"): read from the message, whose punctuation marks the clause.
 */
function withoutGradeStory(text: string, rest: string): string {
  // A first sentence that tells the grade is the story whole ("Blackpool received outstanding judgements for
  // leadership, children in care and care leavers at its 2026 inspection. …"); else the first clause.
  const [sentence, ...after] = text.split(/[.?!]\s+/);
  const firstSentenceTells = sentence !== undefined && after.join('').trim() !== '' && GRADE_CLAUSE.test(sentence) && GOT_A_GRADE.test(sentence);
  // Before a spaced dash, the clause is whole: "Stockport, Warwickshire and Suffolk all slid to RI at their last ILACS - …".
  // "Leeds stayed outstanding in 2025 so was there anything…": "so" ends the clause as a comma would.
  const [first, ...more] = firstSentenceTells ? [sentence, ...after] : text.split(/\s[-–—]\s/).length > 1 ? text.split(/\s[-–—]\s/) : text.split(/[,;:.?!]\s+|\s+so\s+(?=(?:i|i['’]?m|we|was|were|is|are|did|do|does|has|have|had|what|which|how|presumably|surely|there|they|it)\b)/i);
  // Typed tersely, the clause has no verb: "Coventry outstanding Mar 26 - anything left on the improve list?"
  const told = first !== undefined && GRADE_CLAUSE.test(first) && (GOT_A_GRADE.test(first) || first.trim().split(/\s+/).length <= 7);
  if (first === undefined || more.join('').trim() === '' || !told) return rest;
  const story = new Set(first.toLowerCase().split(/[^a-z0-9]+/));
  return ` ${rest.split(' ').filter((w) => w !== '' && !story.has(w)).join(' ')} `;
}

export function isImprovementList(input: KindInput): boolean {
  const { u, lower } = input;
  if (u.authorities.length === 0 || u.authorities.length > MAX_AUTHORITIES) return false;
  if (input.loose === true) return u.authorities.length === 1;
  if (!ASKS_FOR_LIST.test(lower)) return false;
  // "Did Bury improve?" asks whether its grades did (grade-questions.ts), not for its list.
  // After a premise too: "Herefordshire was inadequate back in 2022 - did they improve at their latest inspection?"
  if (/ (?:did|has|have|had) (?:[a-z]+ ){1,3}improve /.test(lower) && !/ (?:areas?|needs?|must|should|told|list|what|recs?|recommendations?|(?:have|has|had) to improve) /.test(lower)) return false;
  // "Is private fostering one of the things Bedford has been told to fix?": whether a topic is on the list is answered by the list.
  if (ON_THE_LIST.test(lower) || TOLD_TO_FIX_IT.test(lower) || THAT_ON_THE_LIST.test(lower) || CLAIMED_ON_THE_LIST.test(lower) || WHAT_ELSE_ON_THE_LIST.test(lower) || TOLD_ON_THE_LIST_WHAT_ELSE.test(lower)) return true;
  // A visit named by its theme ("Luton front door FV June 2023 - list the things that need improving"): the theme is not a topic.
  // "Southend moved up to good in 2024, so was there anything left they were told to fix?": the grade told first is
  // the story so far, not a topic.
  // So is an inspection named by its kind: "Sandwell's 2013 looked after children inspection - what were they told to do?".
  const rest = withoutGradeStory(input.u.asked ?? input.text, (u.focusedVisits === true || / visit /.test(lower) ? withoutVisitTheme(input) : lower).replace(GRADE_STORY, ' ').replace(INSPECTION_BY_KIND, ' inspection '));
  // A topic after the ask ("what does Bury need to improve on care leavers?") is what to put first in the list.
  const topic = new Set(listTopic(rest));
  return u.words.every((w) => ASKING_WORDS.has(w) || LIST_WORDS.has(w) || topic.has(w) || !rest.includes(` ${w} `));
}

/** An inspection named by its kind, not a topic: "the 2013 looked after children inspection", "their safeguarding inspection". */
const INSPECTION_BY_KIND = / (?:(?:safeguarding and )?looked after children|children looked after|lac|cla|safeguarding)(?: services)? inspection /g;

/**
 * A topic named after the ask, ending the question: "what does Bury need to improve on care leavers?", "what did
 * Ofsted tell Bury to improve for children in care?", "…to fix about its front door". The whole list answers, with the
 * items on the topic first.
 */
const TOPIC_AFTER_ASK =
  / (?:improve|fix|work on|sort out|get better at|put right|tighten up|address) (?:anything |something |much )?(?:on|for|about|with|around|regarding|in|at|in terms of) (?:its |their |the |how (?:it|they) )?((?:[a-z]+ ){1,5})$/;

/** The words of a topic named after the ask ({@link TOPIC_AFTER_ASK}, {@link TOLD_TO_FIX_IT}), or none. */
function listTopic(lower: string): string[] {
  return (TOPIC_AFTER_ASK.exec(lower)?.[1] ?? TOLD_TO_FIX_IT.exec(lower)?.[1])?.trim().split(' ') ?? [];
}

/** The index terms of some words, to match a topic against items. */
const termsOf = (words: readonly string[]): Set<string> => new Set(queryTerms(words).map((t) => t.term));

/**
 * The items of a section on the topic first (their order kept within each part), and how many are on it. An item is on
 * a topic of several words when it holds them all ("initial health assessments", not every item saying "initial").
 */
function topicFirst(section: KindSection, topic: ReadonlySet<string>): { section: KindSection; on: number } {
  const on = section.hits.filter((h) => {
    const terms = termsOf(h.text.toLowerCase().split(/[^a-z0-9]+/));
    return [...topic].every((t) => terms.has(t));
  });
  const off = section.hits.filter((h) => !on.includes(h));
  return { section: { ...section, hits: [...on, ...off] }, on: on.length };
}

function section(report: StoredReport, items: ReturnType<typeof improvementItems>): KindSection {
  return { heading: `${items[0]?.section ?? 'What needs to improve'} — ${reportCitation(report)}`, hits: items };
}

/**
 * A focused visit's own list, when the question names the visit ("the areas for improvement from Bury's 2019
 * focused visit", "oldham fv 2021 priority action?"): the visit the question means (focused-visit.ts), else the latest.
 */
function visitImprovements(input: KindInput, authority: string): AskAnswer {
  const { context, u } = input;
  const visits = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind === 'focused-visit');
  const atTime = reportAtTimeAsked(visits, u);
  // Of the time asked, else by its theme ("the care leavers FV"), else the latest.
  const visit = visitMeant(input, visits);
  if (visit === undefined) {
    const notes = visits.length > 0 ? [`Its focused visits are from ${visits.map((r) => r.year).join(', ')}.`] : [];
    return kindAskAnswer(input, { kind: 'improvements', headline: `I have no focused-visit letter for ${authority}${timeAsked(u)}.`, notes });
  }
  const items = improvementItems(context, visit);
  const published = visit.published === null ? '' : `, published ${dayMonthYear(visit.published)}`;
  const listed = items.length > 0 ? `lists ${plural(items.length, 'thing', 'things')} to improve` : 'has no list of improvements I can read';
  const headline = `${authority}'s ${typeof u.year === 'number' ? `${u.year} ` : atTime !== null || visit !== visits[0] ? `${visit.year} ` : visits.length > 1 ? 'latest ' : ''}focused visit (${reportCitation(visit)})${published}, ${listed}.`;
  const kind: KindAnswer = { kind: 'improvements', headline, visits: [visitRow(visit)], sections: items.length > 0 ? [section(visit, items)] : [], notes: ['Focused visits give no grades.'] };
  return kindAskAnswer(input, kind, items);
}

/** The most authorities whose lists one answer gives ("Stockport, Warwickshire and Suffolk - what were they told to improve?"). */
const MAX_AUTHORITIES = 6;

export function answerImprovementList(input: KindInput): AskAnswer | null {
  if (!isImprovementList(input)) return null;
  if (input.u.authorities.length === 1) return authorityImprovements(input, input.u.authorities[0] as string);
  // Several authorities: each one's list as it would be given alone, one after another, but only the list of the report
  // asked (the focused visits' own lists since would not fit one chat message: Slack holds 50 blocks).
  const kinds = input.u.authorities
    .map((authority) => authorityImprovements({ ...input, u: { ...input.u, authorities: [authority] } }, authority).kind)
    .filter((k): k is KindAnswer => k !== undefined);
  const sections = kinds.flatMap((k) => k.sections?.slice(0, 1) ?? []);
  const visitsLeft = kinds.filter((k) => (k.sections?.length ?? 0) > 1).map((k) => k.visits?.[0]?.authority ?? '');
  const kind: KindAnswer = {
    kind: 'improvements',
    headline: `What ${listOf(input.u.authorities)} were each told to improve, one after another:`,
    visits: kinds.flatMap((k) => k.visits?.slice(0, 1) ?? []),
    sections,
    notes: [
      ...kinds.filter((k) => (k.sections ?? []).length === 0).map((k) => k.headline),
      ...(visitsLeft.length > 0 ? [`Focused visits since added lists of their own for ${listOf(visitsLeft)}: ask about one council to see them.`] : []),
      ...kinds.flatMap((k) => k.notes ?? []),
    ],
  };
  return kindAskAnswer(input, kind, sections.flatMap((section) => section.hits));
}

/** "Stockport, Warwickshire and Suffolk". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** One authority's list: of its latest graded inspection (or the one asked), with what focused visits since added. */
function authorityImprovements(input: KindInput, authority: string): AskAnswer {
  const { context, u } = input;
  if (u.focusedVisits === true) return visitImprovements(input, authority);
  // "Sunderland's last SIF inspection, what recommendations…": the inspections of the framework named, when it has any.
  const all = gradedInspections(context, authority);
  const ofFramework = all.filter((r) => (u.frameworks ?? []).includes(r.kind));
  const graded = ofFramework.length > 0 ? ofFramework : all;
  const year = u.year;
  const timed = reportAtTimeAsked(graded, u);
  const atTime = timed === null && ofFramework.length > 0 && ofFramework.length < all.length ? (ofFramework[0] ?? null) : timed;
  // "SCF's spring 2024 visit letter - what did it say still needs to improve?": a visit or letter of a time when a
  // focused-visit letter was sent is that visit, unless an inspection is named.
  const visitThen = reportAtTimeAsked((context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind === 'focused-visit'), u);
  if (visitThen !== null && visitThen !== undefined && / (?:visit|visits|letter) /.test(input.lower) && !/ (?:inspection|ilacs|sif) /.test(input.lower)) return visitImprovements(input, authority);
  // "What needed improving at the Sandwell visit?": one visit named with no time is the latest letter's, unless an
  // inspection is named.
  if (visitThen === null && / (?:visit|fv|letter) /.test(input.lower) && !/ (?:inspection|inspections|ilacs|sif|visits) /.test(input.lower) && visitMeant(input, (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind === 'focused-visit')) !== undefined) {
    return visitImprovements(input, authority);
  }
  const inspection = atTime === null ? graded[0] : atTime;
  if (inspection === undefined) {
    const kind: KindAnswer = { kind: 'improvements', headline: `I have no graded inspection of ${authority}${timeAsked(u)}.`, notes: graded.length > 0 ? [`Its graded inspections are from ${graded.map((r) => r.year).join(', ')}.`] : [] };
    return kindAskAnswer(input, kind);
  }
  const items = improvementItems(context, inspection);
  const sections: KindSection[] = [];
  if (items.length > 0) sections.push(section(inspection, items));
  // Focused visits since the inspection, oldest first: each added its own list.
  const later = (context.reportsByAuthority.get(authority) ?? [])
    .filter((r) => r.kind === 'focused-visit' && carriedOut(r) > carriedOut(inspection) && (typeof year !== 'number' || inYear(r, year)))
    .reverse();
  let added = 0;
  const visitsWithout: string[] = [];
  for (const visit of later) {
    const visitItems = improvementItems(context, visit);
    if (visitItems.length === 0) visitsWithout.push(reportCitation(visit));
    else {
      sections.push(section(visit, visitItems));
      added += visitItems.length;
    }
  }
  const published = inspection.published === null ? '' : `, published ${dayMonthYear(inspection.published)}`;
  const listed = items.length > 0 ? `lists ${plural(items.length, 'thing', 'things')} to improve` : 'has no list of improvements I can read';
  const since = later.length === 0 ? '' : `; ${later.length === 1 ? 'a focused visit since' : `${later.length} focused visits since`} added ${plural(added, 'item', 'items')} of ${later.length === 1 ? 'its' : 'their'} own`;
  const headline = `${authority}'s ${typeof year === 'number' ? `${year}` : atTime !== null ? `${inspection.year}` : 'latest'} graded inspection, ${reportCitation(inspection)}${published}, ${listed}${since}.`;
  const notes: string[] = [];
  // "…need to improve on care leavers?": the items on the topic first in each list, and how many there are.
  const topicWords = listTopic(input.lower);
  const topic = termsOf(topicWords);
  if (topic.size > 0 && sections.length > 0) {
    const ordered = sections.map((s) => topicFirst(s, topic));
    sections.splice(0, sections.length, ...ordered.map((o) => o.section));
    const on = ordered.reduce((n, o) => n + o.on, 0);
    // As typed ("the LADO"), where the words can be found in the message.
    const named = new RegExp(topicWords.join('[^a-z0-9]+'), 'i').exec(input.text)?.[0] ?? topicWords.join(' ');
    notes.push(
      on > 0
        ? `${plural(on, 'item names', 'items name')} ${named}, shown first.`
        : `No item names ${named}; ask what inspectors said about ${named} in ${authority} for their paragraphs.`,
    );
  }
  if (visitsWithout.length > 0) notes.push(`No list of improvements in: ${visitsWithout.join(', ')}.`);
  if (inspection.authority !== authority) notes.push(`That inspection was of ${inspection.authority}, whose services passed to ${authority}.`);
  const kind: KindAnswer = { kind: 'improvements', headline, visits: [inspection, ...later].map(visitRow), sections, notes };
  return kindAskAnswer(input, kind, sections.flatMap((s) => s.hits));
}
