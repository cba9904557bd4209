/**
 * An overview of one authority (issue #17, kind 6): "tell me about Stoke",
 * "latest inspection of the Isles of Scilly", or the authority's name alone.
 * It leads with the latest graded inspection's grades (overall and each area,
 * every one cited), then any focused visit since (theme, dates), then the
 * inspection's summary paragraphs and each visit's opening findings.
 */
import type { AskAnswer, GradeAnswer, GradeRow } from '../../answer-types.ts';
import type { KindAnswer, KindSection } from '../../kind-types.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { askUnderstood } from '../ask.ts';
import { inYear, reportCitation } from '../context.ts';
import { gradedInspections, gradeRow } from '../grades.ts';
import { inYears } from '../time-range.ts';
import { queryTerms } from '../../search/pipeline.ts';
import { ASKING_WORDS, carriedOut, dayMonthYear, kindAskAnswer, paragraphsOf, plural, visitRow, type KindInput } from './kind-helpers.ts';

// "What's Hull like?" reads as "what hull like": the possessive "'s" is cut from words.
const OVERVIEW_PHRASE = / (?:catch up|catch (?:me|us) up|up to speed|up to date|where (?:they ve|theyve|they have|it s|it has) got to|where (?:have|has) (?:they|it) got to|brief (?:me|us) on|tell me about|overview|summary|summarise|summarize|sum up|how is|how s|hows|how are|how (?:the|their|its) (?:[a-z]+ ){0,3}?(?:doing|faring|getting on)|latest inspection|last inspection|most recent inspection|(?:last|latest|most recent) (?:[a-z]+ ){1,4}?(?:inspection|report|ilacs) (?:find|found|say|said)(?= $)|picture|position|story|the latest on|latest on|(?:the )?latest (?:from|by) (?:ofsted|inspectors)|what (?:s |has )?(?:been )?happen(?:ed|ing) (?:in|at|with|to)(?= (?:[a-z]+ ){1,4}$)|news on|rundown|run down|lowdown|low down|headlines|in a nutshell|in brief|in a (?:sentence|line|word)|high level|snapshot|profile|key facts|headline|how healthy|(?:what s|whats|what is) good and (?:what s |whats |what is )?bad|how (?:does|do) (?:ofsted|inspectors) (?:see|view|regard)|how worried should (?:i|we) be|lie of the land|getting on(?= (?:(?:now|these days|at the moment|lately|recently|overall|since) )*$)|(?<=^ )how(?= (?:[a-z]+ ){1,4}$)|(?:\d+|one|two|five|ten|thirty|sixty) (?:second|minute) version|any good|these days|should i know|need to know|should know|big issues|main issues|how did (?:their|its|the) (?:last |latest )?inspection go|where (?:(?:are|is|s) )?(?:they|it|things|(?:[a-z]+ ){1,4}?)at(?: now)?|where (?:they|it|things|(?:[a-z]+ ){1,4}?)(?:stands?|stand now)|where (?:are|is) (?:they|it|things) now|updates?(?: please| pls)?|(?:present|current) state|(?:sorted|sort|sorting) (?:itself|themselves|themself) out|turned (?:a|the) corner|got (?:its|their) act together|key points|direction of travel|strengths (?:and )?(?:worries|weaknesses|concerns|areas for development)|summarised|summarized|(?:\d+|one|two|three|four|five) (?:line|lines|bullet|bullets|bullet points|points)|in a para(?:graph)?|in a (?:decent|good|better|bad|ok|okay|healthy|strong|stable|better) place|in a (?:bad|good|sorry|poor|better|worse) (?:way|state)|(?:what s|whats|what is|what has) (?:been )?(?:going on|happening)|(?:what s|whats|what has|what) happened(?: there| to (?:them|it)| (?:at|in|for|with)(?: [a-z]+){1,4}?)? since|(?:has |have )?anything (?:happened|changed)(?: there| to (?:them|it)| (?:at|in|for|with)(?: [a-z]+){1,4}?)? since|where does (?:that|this|it) leave (?:them|it|us|things)|what (?:does|do|did) (?:ofsted|inspectors|the inspectors) (?:make|made|think|thought) of|how (?:good|bad) (?:is|are)(?= (?:[a-z]+ ){1,4}$)|what (?:was|is|were) (?:good|bad|positive|negative) about|what (?:went|has gone|s gone|gone|is going) (?:well|right|wrong)(?= (?:in|at|for|with|on) )|what (?:does|do|did) (?:[a-z]+ ){1,4}?do well(?= $)|on the up|in trouble|good (?:and )?bad (?:and |or )?ugly|(?:ofsted s|ofsteds|their|the) view across the board|as (?:bad|good) as (?:people|everyone|they|the papers|the press) (?:say|said|think|make out|reckon)|situation|(?:back )?on track|out of the woods|(?:ofsted |inspection )?track record|letting (?:myself|ourselves|me|us) in for|(?:am i|are we|i m|we re) (?:in for|walking into|getting into)|as (?:it|they|things) stands?(?: (?:today|now))?) | (?:is|are) (?:[a-z]+ ){1,4}?(?:doing )?(?:ok|okay|alright|all right)(?: now| these days)? $| what (?:is |s |are )?(?:[a-z]+ ){1,6}like /;
const OVERVIEW_WORDS = new Set(
  ('tell about overview summary summarise summarize sum up how hows doing like inspection picture position story general quick brief overall state update news performing performance going rundown run lowdown low down headlines nutshell high level csc ' +
    // "How's Westmorland and Furness getting on?", "How's Bury?" (the "'s" cut, "how" and the council alone)
    'getting ' +
    // "Background on Peterborough children's social care please", "how are their children's services regarded, broadly?"
    'background regarded broadly regard regards present worried should be lie land ' +
    // "can I get the 60-second version of Bolton's Ofsted position?", "is Barking and Dagenham any good?"
    'second minute version any good ' +
    // "What should I know about their Ofsted position?", "how did their last inspection go, and the big issues?"
    'should know need anything big main issues go went their position ' +
    // "What went well in Leeds' inspection?", "is Knowsley in a bad way?"
    'well right way ' +
    // "What went wrong in Sandwell?": the picture, its weaknesses first in the summary ("what went wrong with the front door" has a topic).
    'wrong gone ' +
    // "Lewisham CSC - where are they at? 3 line summary for my director", "strengths, worries and direction of travel in
    // 5 bullets", "latest inspection plus any visits since, all summarised in a para"
    'where at they it things line lines bullet bullets points para paragraph my director boss dcs lead member direction travel strengths worries weaknesses concerns ' +
    'summarised summarized all plus any visits since decent ok la authority place work going by one two three four five ' +
    // "Bury update please", "where is Bury at now?", "key points from Ofsted"
    'updates please pls now key from ofsted ' +
    // "What does Ofsted make of Central Bedfordshire these days?"
    // "What did Ofsted think of Hillingdon last time?"
    'make makes made think thinks thought time ' +
    // "What's happened there since the 03/2020 ILACS and where does that leave them?", "where's Redcar at now, post the ILACS?"
    'happened there leave leaves post ' +
    // "Has anything changed at Stockton-on-Tees since Ofsted said requires improvement in 2023?"
    'changed ' +
    // "If a reporter looked up Luton's Ofsted record today, what would they find?": the record is the picture, not case records.
    'record track ' +
    // "What's their Ofsted report card like these days?": the public's word for the picture.
    'report card scorecard ' +
    // "How's Walsall doing generally? bit interested in care leavers but mainly want the big picture", "the full picture".
    'generally bit want full viewed seen regarded short state play headline broadly across happened ' +
    // "Broadly speaking, how is Nottingham performing in children's social care?"
    'speaking performing perform performs ' +
    // A grade said on the way ("where is Nottingham City at? last I heard they were inadequate"): the overview gives it.
    'inadequate outstanding good ri requires improvement ' +
    // "Is Devon still inadequate, and has anything happened since that inspection?"
    'that ' +
    // What is left of a name the authority reader took ("Nottingham City").
    'city county borough ' +
    // "quick catch-up on sefton pls - grades, visits, where they've got to since 2022"
    'catch up speed grades visits ve theyve got ' +
    // "can you do me a one pager: what the last judgement table said, any focused visits since and the gist"
    'pager page gist table judgement judgements last said ' +
    // "What is the present state of children's services in Cumberland?"
    'present children childrens services service ' +
    // "Has Tameside sorted itself out yet?"
    'sorted sort sorting itself themselves out yet turned corner act together ' +
    // "Catch me up on Luton since the 2022 inspection: grades, visits, the lot."
    'lot ' +
    // "newham whats been going on since the 2022 insp"
    'whats been on happening ' +
    // "Bring me up to date on Norfolk since its 2022 inspection."
    'bring date ' +
    // "I need to be brought up to date on Bristol: where did the last full inspection leave matters?"
    'brought need matters ' +
    // "Bury - did they ever recover from the 2021 disaster, and what's happened to them since?"
    'ever recover recovered happened disaster them ' +
    // "Where does South Gloucestershire stand now - the four judgements and the main messages from the report?"
    'stand stands standing messages message report ' +
    // "Bury snapshot", "Bury profile", "key facts about Bury", "Bury in a sentence", "how healthy is Bury?", "what's good and
    // bad about Bury?", "how does Ofsted see Bury?"
    'snapshot profile facts sentence word healthy bad see view ' +
    // "is Swindon ok?", "is Tameside on the up or still in trouble?", "honest picture of the ofsted situation pls"
    'okay alright right trouble up still honest situation ' +
    // "are they back on track these days?", "out of the woods yet?"
    'back track woods ' +
    // "Summary of South Gloucestershire as it stands today"
    'as today ' +
    // "just got a job in Richmond upon Thames children's services - what am I letting myself in for?"
    'letting myself ourselves in for walking into getting i am we are just job new starting start ' +
    // "How are children and families in Tameside being served these days?", "…the lie of the land from their Ofsted reports"
    'families served serving being reports ' +
    // "What did the last Salford inspection find?": the latest inspection's summary.
    'find found ' +
    // "Is Tameside in a better place now?", "we're special guardians in Sefton, how's the council doing?"
    'better council').split(' '),
);
/**
 * Words after which an overview names what it should dwell on: "sum up Torbay, esp their leadership", "how is
 * Lambeth doing overall - inc latest grade and any recent visits" (which the overview shows anyway).
 */
const EMPHASIS_WORDS: ReadonlySet<string> = new Set(['esp', 'especially', 'particularly', 'focusing', 'mainly', 'mostly', 'inc', 'incl', 'including', 'interested']);
/** Where a named emphasis ends: "bit interested in care leavers but mainly want the big picture". */
const EMPHASIS_ENDS: ReadonlySet<string> = new Set(['but', 'though', 'although']);
/** What an overview always shows, so no topic to dwell on when named after "inc". */
const SHOWN_ANYWAY: ReadonlySet<string> = new Set(['grade', 'grades', 'rating', 'ratings', 'judgement', 'judgements', 'visit', 'visits', 'fv', 'fvs', 'inspection', 'inspections', 'summary']);
/** Paragraphs on the topic dwelt on, after the summary. */
const MAX_EMPHASIS = 3;
/** Words of that topic its heading names; a longer one ends "…" (the search reads them all). */
const MAX_HEADING_WORDS = 8;

/**
 * The overview's own words, and the topic it is asked to dwell on ("…, esp their leadership"), if any. Each emphasis
 * runs to the next emphasis word, a "but", or the end; one naming only the picture itself ("but mainly want the big
 * picture") or what it shows anyway names no topic.
 */
function emphasisOf(words: readonly string[]): { asked: readonly string[]; topic: string[] } {
  const asked: string[] = [];
  const topic: string[] = [];
  let span: string[] | null = null;
  const close = (): void => {
    if (span === null) return;
    const named = span.filter((w) => !ASKING_WORDS.has(w) && !OVERVIEW_WORDS.has(w) && !SHOWN_ANYWAY.has(w) && w !== 'on');
    topic.push(...named);
    span = null;
  };
  for (const word of words) {
    if (EMPHASIS_WORDS.has(word)) {
      close();
      span = [];
    } else if (EMPHASIS_ENDS.has(word)) close();
    else (span ?? asked).push(word);
  }
  close();
  return { asked, topic };
}

/**
 * Phrases that ask for the whole picture whatever else the question says ("just picked up the Notts patch from a
 * colleague who's off, what's the overall picture there"): read as the kind model's reading is, so only a sector
 * term asked of makes it a topic question.
 */
const THE_WHOLE_PICTURE = / (?:(?:overall|big|full|whole|general|wider|current|latest) picture|(?:ofsted|inspection) (?:story|record|track record)|lowdown|low down|rundown|run down|in a nutshell|state of play|where (?:are|is) (?:they|it|things) at overall|(?:short|quick) para(?:graph)? on|(?:latest )?(?:grades?|judgements?|judgments?|ratings?) (?:and |plus )?(?:(?:has|have|is|was) )?(?:there )?any(?:thing)?(?: (?:fvs?|focused visits?|visits?|inspections?|news|updates?))?(?: (?:happened|changed|been))? (?:since|new)) /;

/**
 * Concept terms that are part of the picture, not a topic within it: the areas an overview gives a grade for (care
 * leavers, children in care) and the service itself ("Cumberland children's social care overview").
 */
const PICTURE_TERMS: ReadonlySet<string> = new Set(['careleav', 'cla', 'csc']);

/** How a council is doing, asked in so many words ("how are they getting on generally", "how's it doing"). */
const HOW_THEY_ARE_DOING = / how (?:(?:are|is|s) )?(?:they|it|things|the council) (?:getting on|doing|faring)\b/;

/** Words that only ask ("tell me about…", "how are…"), which leave an area named after them the topic. */
const ASKED_OF: ReadonlySet<string> = new Set(['tell', 'about', 'how', 'hows', 'like', 'children', 'childrens', 'care', 'leavers', 'looked', 'after', 'in']);

/**
 * The words before the asker's own purpose at the end ("anything I should know about North Somerset before my first
 * panel?", "…before I meet their virtual school team?"), which says why the picture is wanted, not what to dwell on.
 */
function withoutPurpose(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, i) => w === 'before' && /^(?:i|my|we|our|me|us)$/.test(words[i + 1] ?? ''));
  return at <= 0 ? words : words.slice(0, at);
}

/** A grade the council has come from: "after finally coming out of inadequate in 2021", "since it went good in 2019". */
const GRADE_BEHIND =
  / (?:after|since) (?:finally |eventually )?(?:coming out of|getting out of|came out of|it (?:was|went|got)|they (?:were|went|got)|going|getting|being (?:rated|judged)) (?:rated |judged )?(?:outstanding|good|requires improvement|inadequate|ri)(?: in (?:19|20)\d\d)? /;

/** Focused visits asked for beside the picture: "…and any FVs since", "inc recent focused visits", "plus the FVs". */
const VISITS_TOO = / (?:any|and|plus|inc|incl|including|with|also) (?:any |the |their |its |recent |latest )*(?:focused visits?|fvs?)(?: since| after(?: that| it)?| too| as well)? /;

/** A catch-up, told from a time: "catch me up on Luton since 2022", "where they've got to since", "what's been going on since". */
const CATCH_UP =
  / (?:catch up|catch (?:me|us) up|up to (?:speed|date)|where (?:they ve|theyve|they have|it s|it has) got to|(?:what s|whats|what has) been (?:going on|happening)|(?:what s|whats|what has|what) happened(?: to (?:them|it))? since) /;

/**
 * A search-box query of the authority's report and nothing more ("Birmingham Ofsted", "Bury's Ofsted report", "Croydon
 * ILACS", "Bury council ofsted"): what the report says, which is the picture. Its words name the report or the
 * service; at least one names the report.
 */
const REPORT_NAMED: ReadonlySet<string> = new Set(['ofsted', 'report', 'inspection', 'ilacs']);
// "Bury's most recent Ofsted visit": Ofsted's latest coming, of whatever kind, which the picture shows.
const REPORT_ALONE: ReadonlySet<string> = new Set([...REPORT_NAMED, 'the', 'for', 'of', 'latest', 'last', 'most', 'recent', 'newest', 'current', 'visit', 'council', 'csc', 'children', 'childrens', 'social', 'services', 'service']);
/** "Care" only as "social care": "Bury care Ofsted" may ask of children in care. */
const reportAlone = (asked: readonly string[]): boolean =>
  asked.some((w) => REPORT_NAMED.has(w)) && asked.every((w, i) => REPORT_ALONE.has(w) || (w === 'care' && asked[i - 1] === 'social'));

/** Summary paragraphs shown before the answer says how many more there are. */
const MAX_SUMMARY = 5;
const SUMMARY: ReadonlySet<string> = new Set(['summary']);
const FINDING: ReadonlySet<string> = new Set(['finding']);

/** The improvement list asked for ("a quick rundown on what Wokingham has to improve"): that list answers, not the picture. */
const IMPROVEMENTS_ASKED = / (?:has|have|had|needs?|need) to (?:improve|fix|work on|sort out)| areas? for (?:improvement|development) | recommendations? /;

/** The grades of every inspection asked for ("Nottingham's Ofsted record - what has it been graded at each inspection?"): a history. */
/** A grade's move asked ("did York go up or down at their last inspection?"): its words are the picture's ("go", "up"), its answer the grades'. */
const GRADE_MOVED = / (?:go|went|gone|move|moved|come|came) (?:up|down)(?: or (?:up|down))? (?:at|in|since|after|from|last|this|between|$)/;

/** The record told over time ("whats Walsall's track record been like with Ofsted over the years?"): the grade history. */
const OVER_THE_YEARS = / (?:over|through|across|down) the years | over time /;

const GRADES_AT_EACH = / (?:graded|rated|judged|grades?|ratings?) (?:\w+ ){0,2}?(?:at|in|for) (?:each|every|all(?: the| their| its)?) (?:inspections?|times?|reports?) /;

/** The opening {@link gradesPictured} reads: tested first, so its pattern is built only for a question that has it. */
const PICTURE_OF = /\b(?:lowdown|low down|rundown|run down|summary|overview|picture|story) (?:on|of) /i;

/** What has happened since, asked beside the grade: "…and has anything happened since that inspection?". */
const SINCE_TOO = / (?:has |have )?anything (?:happened|changed)| (?:what s|whats|what has|what) happened(?: to (?:them|it))? since | whats happened since | (?:what s|whats|what has|what) (?:been )?going on since /;

/**
 * The picture asked of the grades alone ("the lowdown on Bracknell Forest's grades - all four areas"): the grades
 * answer. Read from the text as typed, where only the authority's name, as a possessive, may come between: "the big
 * picture on Reading? grades, any visits since" asks for all.
 */
function gradesPictured(text: string, authority: string): boolean {
  if (!PICTURE_OF.test(text)) return false;
  const name = authority.toLowerCase().replace(/[^a-z]+/g, '[^a-z]+');
  return new RegExp(`${PICTURE_OF.source}(?:the |their |its )?(?:${name}['’]s )?(?:latest |current )?(?:grades|judgements|judgments|ratings)\\b`, 'i').test(text);
}

export function isOverview(input: KindInput): boolean {
  const { u, lower } = input;
  if (IMPROVEMENTS_ASKED.test(lower) || GRADE_MOVED.test(lower) || GRADES_AT_EACH.test(lower) || OVER_THE_YEARS.test(lower) || gradesPictured(input.text, u.authorities[0] ?? '')) return false;
  // Focused visits named as part of the picture ("latest grades and any FVs since") are what an overview shows anyway;
  // so is one named on the way to asking for the whole picture ("had that care leavers FV in early 2024 and then ILACS
  // later that year. what's the overall state of play there?"), when no reader of visits claimed the question.
  const visitsToo = u.focusedVisits === true && (VISITS_TOO.test(lower) || THE_WHOLE_PICTURE.test(lower));
  if (u.authorities.length !== 1 || u.unknownAuthorities.length > 0 || (u.focusedVisits === true && !visitsToo)) return false;
  // A time before now narrows the picture, which is of now; "after the 2024 inspection" is now too, when no other
  // inspection falls since ("Bury since 2021" spans two inspections: their summaries answer, not the latest's).
  const range = u.range;
  const sinceLatest =
    range?.kind === 'years' && range.to === null && range.from !== null &&
    gradedInspections(input.context, u.authorities[0] ?? '').filter((r) => inYears(r, range.from, null)).length <= 1;
  // So is the year of the latest graded inspection ("Sefton came out of inadequate in 2025 right? give me the full
  // picture"): the picture is of that inspection and what followed.
  const latest = gradedInspections(input.context, u.authorities[0] ?? '')[0];
  const latestYear = typeof u.year === 'number' && latest !== undefined && inYear(latest, u.year);
  // A month since the latest inspection ("had an FV in November 2025 - but broadly where are they at overall?") is
  // within the picture too: the overview shows the visits since.
  const monthSince = range?.kind === 'as-at' && range.month === true && latest !== undefined && range.date >= carriedOut(latest);
  // "Quick catch-up on Sefton - grades, visits, where they've got to since 2022": where it is now, told from then.
  // So is what has been going on since ("newham whats been going on since the 2022 insp", CATCH_UP).
  // And what has happened since, at the end ("did they ever recover from the 2021 disaster, and what's happened to them
  // since?"): the year is the premise, and the picture is of now.
  const happenedSince = / (?:what s|whats|what has|what) happened(?: to (?:them|it))? since $/.test(lower);
  const fromThen = range?.kind === 'years' ? range.to === null : typeof u.year === 'number' && new RegExp(` since (?:the |its |their )?${u.year} `).test(lower);
  // "…among the worst back in 2019 - catch me up on where they stand now": a year set against now is told from then too.
  const gotTo = happenedSince || (CATCH_UP.test(lower) && (fromThen || u.againstNow === true));
  if ((typeof u.year === 'number' && !latestYear && !gotTo) || (range !== null && !sinceLatest && !monthSince && !gotTo)) return false;
  // What it is asked to dwell on ("sum up Torbay, esp their leadership") follows the picture, and is shown after it.
  // A grade behind the council ("after finally coming out of inadequate in 2021") says where it has come from, not what to dwell on.
  const behind = new Set(GRADE_BEHIND.exec(lower)?.[0].trim().split(' ') ?? []);
  // "Is Devon still rated inadequate, and has anything happened since?": the grade is part of the picture asked for
  // (alone, "how is Devon rated?" asks for the grades).
  if (SINCE_TOO.test(lower)) for (const w of ['rated', 'judged', 'graded', 'grade', 'rating']) behind.add(w);
  // "A short overview of Tameside for the committee - current rating and the headline issues?": the rating is part of
  // the overview asked for by name ("how is Tameside's rating?" alone asks for the grades).
  if (/ (?:overview|summary|lowdown|low down|rundown|run down|briefing) /.test(lower)) for (const w of ['rating', 'ratings', 'issues']) behind.add(w);
  // "What's Staffordshire like for children's social care?": the service the picture is of, when no care leavers are asked of.
  if (/ social care /.test(lower) && !/ care (?:leavers?|experienced) /.test(lower)) for (const w of ['social', 'care', 'kids']) behind.add(w);
  // "How's Trafford doing at the moment for children?": whom every picture is of.
  if (/ (?:for|with) (?:the )?(?:children|kids|young people|families)(?: and (?:young people|families))? $/.test(lower)) for (const w of ['children', 'kids', 'young', 'people', 'families']) behind.add(w);
  // "Is Liverpool children's services as bad as people say?": the picture set against what is said of it.
  const said = / as (?:bad|good) as (?:people|everyone|they|the papers|the press) (?:say|said|think|make out|reckon) /.exec(lower);
  if (said !== null) for (const w of said[0].trim().split(' ')) behind.add(w);
  // "How is practice at Swindon these days?": practice as a whole, the picture's, when nothing narrows it.
  if (/ (?:how is|how s|hows|what s|whats|what is) (?:the )?(?:social work )?practice (?:at|in|like at|like in) /.test(lower)) for (const w of ['practice', 'social', 'work']) behind.add(w);
  const { asked } = emphasisOf(withoutPurpose(u.words).filter((w) => !behind.has(w)));
  // Read loosely, a sector term asked of ("what's Bury's LADO like?", "summary of Leeds's LADO") is a topic, not the picture.
  // Care leavers and children in care are areas the overview grades, not topics that make it a paragraph question.
  // Not where they are all that is asked, though: "tell me about Kent's care leavers" asks of them.
  if (input.loose === true || THE_WHOLE_PICTURE.test(lower)) {
    const terms = queryTerms([...asked]);
    const areaAlone = !asked.some((w) => OVERVIEW_WORDS.has(w) && !ASKED_OF.has(w)) && terms.some((t) => t.term === 'careleav' || t.term === 'cla');
    // Nor a word after "what about" that asks for no picture ("what about supervision in Croydon?"): a topic.
    const topicAfterWhatAbout = input.loose === true && /^ what about /.test(lower) && asked.some((w) => !OVERVIEW_WORDS.has(w) && !ASKING_WORDS.has(w) && !/^\d+$/.test(w));
    return !areaAlone && !topicAfterWhatAbout && !terms.some((t) => t.concept === true && !OVERVIEW_WORDS.has(t.source) && !PICTURE_TERMS.has(t.term));
  }
  if (reportAlone(asked)) return true;
  // A grade asked beside how they are doing ("What's Middlesbrough rated and how are they getting on generally?") is
  // part of the picture, which gives it.
  const ratedToo = HOW_THEY_ARE_DOING.test(lower);
  if (!asked.every((w) => ASKING_WORDS.has(w) || OVERVIEW_WORDS.has(w) || /^\d+$/.test(w) || (ratedToo && /^(?:rated|rating|ratings|graded)$/.test(w)))) return false;
  // The authority's name alone, or a question asking for the picture.
  return asked.length === 0 || OVERVIEW_PHRASE.test(lower);
}

/** Every grade of an inspection, overall first, each cited. */
function allGrades(report: StoredReport): GradeRow[] {
  const overall = report.judgements.filter((j) => j.areaKey === 'overall');
  const areas = report.judgements.filter((j) => j.areaKey !== 'overall');
  return [...overall, ...areas].map((j) => gradeRow(report, j.areaKey, j));
}

export function answerOverview(input: KindInput): AskAnswer | null {
  if (!isOverview(input)) return null;
  const { context, u } = input;
  const authority = u.authorities[0] as string;
  const inspection = gradedInspections(context, authority)[0];
  const all = context.reportsByAuthority.get(authority) ?? [];
  const since = all.filter((r) => r.kind === 'focused-visit' && (inspection === undefined || carriedOut(r) > carriedOut(inspection))).reverse();
  const sections: KindSection[] = [];
  const notes: string[] = [];
  let grades: GradeAnswer | undefined;
  let headline: string;
  if (inspection === undefined) {
    headline = `I have no graded inspection of ${authority}.`;
  } else {
    const published = inspection.published === null ? 'publication date not printed' : `published ${dayMonthYear(inspection.published)}`;
    headline = `${authority}'s latest graded inspection: ${reportCitation(inspection)}, ${published}.`;
    const rows = allGrades(inspection);
    grades = { kind: 'latest', headline, area: 'overall', rows, notes: [] };
    if (inspection.kind === 'ilacs-2026') notes.push('The 2026 framework gives no overall grade: its area grades are shown.');
    const summary = paragraphsOf(context, inspection, SUMMARY);
    if (summary.length > 0) sections.push({ heading: `Summary — ${reportCitation(inspection)}`, hits: summary.slice(0, MAX_SUMMARY) });
    if (summary.length > MAX_SUMMARY) notes.push(`The first ${MAX_SUMMARY} of its ${summary.length} summary paragraphs are shown; ask about a topic for the rest.`);
    const { topic } = emphasisOf(u.words);
    if (topic.length > 0) {
      // The paragraphs of the latest inspection and the visits since on what it was asked to dwell on.
      const shown = new Set(summary.map((h) => h.reference));
      const reports = new Set([inspection.id, ...since.map((v) => v.id)]);
      const focus = askUnderstood(context, input.text, { ...u, words: topic }, { limit: MAX_EMPHASIS + shown.size }, reports).results.filter((h) => !shown.has(h.reference));
      const named = topic.length > MAX_HEADING_WORDS ? `${topic.slice(0, MAX_HEADING_WORDS).join(' ')}…` : topic.join(' ');
      if (focus.length > 0) sections.push({ heading: `On ${named} — ${reportCitation(inspection)}${since.length > 0 ? ' and the visits since' : ''}`, hits: focus.slice(0, MAX_EMPHASIS) });
    }
    if (inspection.authority !== authority) notes.push(`That inspection was of ${inspection.authority}, whose services passed to ${authority}.`);
  }
  for (const visit of since) {
    const findings = paragraphsOf(context, visit, FINDING, 2);
    if (findings.length > 0) sections.push({ heading: `Opening findings — ${reportCitation(visit)}`, hits: findings });
  }
  if (since.length > 0) {
    const themes = since.map((v) => `${v.year}${(v.themes ?? []).length > 0 ? ` (${(v.themes ?? []).join('; ')})` : ''}`);
    notes.unshift(`${plural(since.length, 'focused visit', 'focused visits')} since: ${themes.join(', ')}. Focused visits give no grades.`);
  }
  const kind: KindAnswer = { kind: 'overview', headline, visits: [...(inspection === undefined ? [] : [inspection]), ...since].map(visitRow), sections, notes };
  return kindAskAnswer(input, kind, sections.flatMap((s) => s.hits), grades === undefined ? {} : { grades });
}
