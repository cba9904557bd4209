/**
 * Lists of visits and inspections (issue #17, kind 4): "which authorities
 * had a focused visit on the front door in 2023", "which councils were
 * inspected in the last three months", "standard or short inspections in
 * 2024", "when was Bury last inspected". Each row is a report, cited, with
 * its dates and themes; the count is the rows'. Nothing here ranks
 * paragraphs: a list is computed from the reports' own dates and themes.
 */
import type { AskAnswer } from '../../answer-types.ts';
import type { KindAnswer } from '../../kind-types.ts';
import type { ReportKind } from '../../model.ts';
import { frameworksLeftOutNotes } from '../grades.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { inYear } from '../context.ts';
import { longDate } from '../date-words.ts';
import { saysAboutFacet } from '../inspection-matter.ts';
import { regionAsked, regionWords } from '../grade-questions.ts';
import { gradesAsked } from '../grade-names.ts';
import { listByGrade } from '../grade-lists.ts';
import { AUTHORITIES, inRegion, inRegionText } from '../../authorities.ts';
import { aboutParagraphs, ASKING_WORDS, carriedOut, kindAskAnswer, plural, visitRow, type KindInput } from './kind-helpers.ts';
import { LIST_WORDS } from './visit-list-words.ts';
import { AFTER_A_THEMED_VISIT, GRADE_NAMING_AN_INSPECTION, inWindow, listWindow, relativeSpan, withoutGradePremise } from './list-time.ts';
import { themesAsked, visitHasTheme, type ThemeGroup } from './visit-themes.ts';
import { asksLongestWithout, asksWhichHaveNone, councilsWithNone } from './visit-absence.ts';

const VISIT = / (?:focused visits?|visits|visited|visit (?:history|timeline|dates|list|count|tally|total)|check ins|(?:every|each) (?:[a-z]+ )?visit) /;
const INSPECTION = / (?:inspected|reinspected|inspections?|reinspections?|ilacs|sifs?|standard|short) | (?:did|has|have) (?:ofsted|inspectors|hmi) (?:ever |actually )?inspect /;
/** Reports by when they came out: "what ofsted reports came out in january 2026?", "letters published this year". */
const PUBLISHED = / (?:reports?|letters?|inspections?|visits?) (?:that |which )?(?:came out|come out|have come out|published|were published|have been published|released|were released) | (?:ofsted|inspectors) (?:has |have |had )?(?:published|released|put out) /;
/** "Has Bradford had a visit since its inspection?": Ofsted's coming of any kind after it, never the inspection itself. */
const A_VISIT_SINCE = / (?:had|have|has|get|got|been given) (?:a|an|another|any) (?:ofsted )?visit (?:since|after|following) /;
/** Questions about grades go to the grade answers; questions about what was said go to paragraphs. */
const GRADE_TALK = / (?:rated|graded|grades?|ratings?|judged|judgements?|judgments?|outstanding|good|requires improvement|inadequate|adequate|ri|better|worse) | what (?:did|does|has) (?:\w+ ){0,4}(?:get|got|receive|achieve) /;
const PASSAGE_TALK = / (?:say|said|says|find|found|findings|wrote|write|think|look at|looked at|looking at|quotes?|paragraphs?|evidence|about what) /;
const LISTY =
  /^ (?:which|what|list|name|show|how many|how often|who|give|enumerate|(?:no|number|total|count) of)\b| (?:which|how many|how often|list of|list all|all the|all(?! about)|every|each (?:inspection|visit|report|one)|(?:get|got|have|had) (?:two|three|four|five|six|\d+) (?:focused visits|visits|inspections|fvs)|timeline|chronology|when (?:was|were|did|has|have|is)|(?:number|total|count) of|any (?:of (?:the|their|those) )?(?:[a-z]+ )?(?:visits|fvs|inspections)|ever (?:get|got|have|had|receive|received|been given)|(?:has|have|did) (?:ofsted|inspectors|hmi) ever (?:look|looked|check|checked)|ever had (?:ofsted|inspectors|hmi) (?:look|looking) at|anything (?:from|by) (?:ofsted|inspectors|hmi)|(?:has|have|did) (?:ofsted|inspectors|hmi) (?:done|carried out) anything|(?:has|have|did) (?:ofsted|inspectors|hmi) (?:done|carried out|made|had) (?:a|an|any|another) (?:focused |themed )?(?:visits?|fvs?|inspections?)|(?:anyone|anybody|someone) from (?:ofsted|the inspectors) (?:been|come|came)|(?:were|was|have|has|had|did) any (?:of (?:the|their|those) )?(?:councils?|las?|authorities|boroughs) (?:been )?(?:given|get|got|have|had|receive|received)|(?:was|were|is|are|has there been|have there been) (?:there )?(?:a|an|any) (?:focused )?(?:visits?|fvs?|inspections?) (?:to|of|in|at|for)|(?:did|has|have) (?:[a-z]+ ){1,4}?(?:get|got|have|had) (?:a|an|any) (?:[a-z]+ ){0,3}?(?:focused )?(?:visits?|fvs?|inspections?) (?:after|since|following|before|between|in|during|this|last|earlier|so far|at all|recently|yet)|(?:was|were|has|have|had|is) (?:[a-z]+ ){1,4}?(?:been |ever been )?(?:inspected|visited)(?: by ofsted)? (?:in|during|this|last|since|before|after|between|at all|recently|yet|so far|earlier)|(?:did|has|have) (?:ofsted|inspectors|hmi) (?:ever |actually )?(?:inspect|visit) (?:[a-z]+ ){1,4}?(?:in|during|this|last|since|before|after|between|at all|recently|yet|so far|earlier)|(?:last|previous) time (?:[a-z]+ ){0,3}?(?:got|was|were|had been|has been|have been|been) (?:inspected|visited)|everything (?:that )?(?:ofsted|inspectors|hmi)|(?:has|have|had) (?:ofsted|inspectors|hmi) (?:been|gone|come) back|(?:has|have|had) (?:ofsted|inspectors|hmi|they) been (?:in(?:to)?|to [a-z]+(?: [a-z]+){0,3}?)(?: to look at(?: their| its)?(?: children s| childrens| children)? (?:services|social care))? (?:since|at all|recently|lately|yet|again|this year|this month|in (?:19|20)\d\d)) | visit history |^ where (?:did|has|have) (?:ofsted|inspectors|hmis?) (?:look|looked|go|went|visit|visited|check|checked) | (?:has |had |s )?happened with (?:ofsted|inspectors|hmis?) (?:in|at|for|with) (?:[a-z]+ ){1,4}?since | happened since (?:then |that |the |its |their |(?:19|20)\d\d )?(?:[a-z0-9]+ ){0,3}?(?:inspection|ofsted) wise | (?:ofsted|inspectors|hmis?) (?:has |have |had )?done (?:(?:in|at|with|for) (?:[a-z]+ ){1,4}?|there )since | (?:inspection|inspections|ofsted) dates $| (?:inspection|inspected|reinspected|ilacs|visit|visited|fv|ofsted) when $| (?:visits?|inspections?|fvs?) (?:count|tally|total) $/;
/** The time since the last report ("how long since Ofsted was last in Peterborough?", "has it been more than three years since…"): the list's dates answer it. */
const TIME_SINCE = / how long (?:has it been |is it |it s been )?since | how long ago (?:was|were|did|has|have) | (?:has it been|is it|it s been) (?:more than |over |nearly |almost |about |under |less than )?(?:a |an |one |two |three |four |five |six |\d+ )?(?:years?|months?) since /;
/** Reports in the plural, or their timeline ("Bury reports", "Bury timeline", "Bury Ofsted activity since 2020"): a list. */
const LISTED_IN_PLURAL = / (?:visits|inspections|fvs|reports|letters|timeline|chronology|activity) /;
/**
 * The time between two reports ("how long was the gap between Bury's last FV and its full inspection?", "between Hull
 * being judged inadequate in Jan 2019 and the next full inspection, did Ofsted go back in?"): every kind
 * listed with its dates answers it, so neither the kinds named nor the time of one of them narrows the list.
 */
const GAP_BETWEEN =
  / (?:gap|time|how long|how many (?:days|weeks|months|years)) (?:was there |was it |passed |elapsed |went by )?between (?!(?:19|20)\d\d )| between (?:[a-z0-9]+ ){1,10}?and (?:the|their|its) next (?:full |graded )?(?:inspection|ilacs|sif|one) /;
/** Both kinds named together: "every inspection and visit", "FVs and inspections", "a visit, an inspection, anything". */
const BOTH_KINDS = / (?:inspections?|ilacs) (?:and|or|an?|(?:and|or) (?:any|an?)) (?:focused )?(?:visits?|fvs?) | (?:focused )?(?:visits?|fvs?) (?:and|or|an?|(?:and|or) (?:any|an?)) (?:inspections?|ilacs) /;
/** Anything Ofsted did: every kind ("anything from Ofsted since…", "what has happened with Ofsted in Bristol since…", "what Ofsted has done in Middlesbrough since…"). */
const ANYTHING = / anything (?:at all )?(?:from|by) (?:ofsted|inspectors|hmi) | (?:inspection|ofsted) wise | happened with (?:ofsted|inspectors|hmis?) | (?:ofsted|inspectors|hmis?) (?:has |have |had )?done (?:in|at|with|for|there) /;
/**
 * Councils named by their grade, the list's filter rather than what it asks: "were any of the outstanding-rated councils
 * given a care leavers FV last year?", "FVs of LAs rated inadequate since 2023".
 */
const BY_GRADE =
  / (?:outstanding|good|inadequate|requires improvement|ri)(?: rated| graded| judged)? (?:councils?|authorities|authority|las?|local authorities|boroughs|ones) | (?:councils|authorities|las|local authorities|boroughs) (?:(?:currently |now )?(?:rated|judged|graded)|that are|that were) (?:as )?(?:outstanding|good|inadequate|requires improvement|ri) /;

/** The question without the grade its councils are named by, and the grades named. */
function gradeFilterOf(lower: string): { rest: string; grades: ReturnType<typeof gradesAsked> } | null {
  const match = BY_GRADE.exec(lower);
  if (match === null) return null;
  const grades = gradesAsked(match[0].trim().split(' '));
  return grades.length === 0 ? null : { rest: lower.replace(match[0], ' councils '), grades };
}

/** What a visit looked at, asked beside the list: its theme, which the list shows ("and if so what were they looking at?"). */
const THEME_ASKED = / what (?:were|was|did) (?:they|it|inspectors|ofsted|those|these|the visits?) (?:looking at|look at|looked at|about|focus on|focused on) /g;

/** Ofsted coming to an authority: "all the dates Ofsted came to Stockton", "last time the inspectors came", "when did ofsted last come to trafford". */
const OFSTED_CAME = / (?:ofsted|inspectors|hmi) (?:last )?(?:came|come|went|popped)(?: to| in| into| by)? | they popped (?:in|into|by) | (?:ofsted|inspectors|hmi) (?:last )?(?:set|sets|setting) foot (?:in|into|there) /;

/**
 * Ofsted's visits of every kind: "visited by Ofsted", "when has Ofsted visited Leeds?". An inspection is a visit
 * too to the person asking; "focused visits", a theme or "inspections" names one kind.
 */
const OFSTED_VISITS = new RegExp(
  ' (?:(?:ofsted|inspectors|hmi) (?:has |have |had )?(?:been )?visit(?:ed|s)?|visited by (?:ofsted|inspectors|hmi)|ofsted visits|(?:ofsted|inspectors) (?:(?:were|was|have been|has been|came) (?:last )?|last |(?:was|were) last )in|(?:had )?anything (?:from|by) (?:ofsted|inspectors|hmi)|(?:anyone|anybody|someone) from (?:ofsted|the inspectors) (?:been|come|came|gone|went)(?: back)?(?: in| into| to)?|(?:everything|all) (?:that )?(?:ofsted|inspectors|hmi) (?:have |has |had )?done|(?:has|have|did) (?:ofsted|inspectors|hmi) (?:done|carried out) anything|(?:ofsted|inspectors|hmi) (?:has |have |had )?been (?:in|into|to)|they been (?:back )?in(?:to)?(?= (?:since|at all|recently|lately|yet|again|before|during|this|last|and|or|\\d{4})? )|(?:ofsted|inspectors|hmi) (?:has |have |had )?(?:been|gone|come) back(?: to| into| in)?) |' +
    OFSTED_CAME.source +
    // "which councils had inspectors in looking at their care leavers service?"
    '| (?:had|have|has|having) (?:ofsted|inspectors|hmi) (?:in|round) ' +
    // "When did Ofsted last check on Oldham's children's services?", "how often did Ofsted check on Rutland between 2015
    // and 2021?": a visit of any kind.
    '| (?:when|how often|how many times) (?:did|has|have) (?:ofsted|inspectors|hmi) (?:last )?(?:check|checked) (?:on|up on|in on) ' +
    // "Did Ofsted go into Wigan at all during covid?": whether they came, and when.
    '| (?:did|has|have|had) (?:ofsted|inspectors|hmi) (?:ever )?(?:go|gone|went|come|came) (?:in|into|to) (?:[a-z]+ ){1,4}?(?:at all|during|since|before|after|in (?:19|20)\\d\\d) ',
);
/** Inspectors coming in to look at a theme: "how many times have inspectors come in specifically to look at it (the front door)?" */
const COME_IN = / (?:ofsted|inspectors|hmi) (?:have |has |had )?(?:been|come|came) (?:in|into) | (?:had|have|has|having) (?:ofsted|inspectors|hmi) (?:in|round) /;

/** The report a span starts or ends at ("since the 2014 SIF", "before their last ILACS", "SIF onwards"). */
const SPAN_ANCHOR = new RegExp(
  ` (?:since|after|following|before|until) (?:the |their |its |our |(?:[a-z]+ ){1,3}?(?=(?:19|20)\\d\\d ))?(?:(?:19|20)\\d\\d |last |first )?(?:sif|ilacs|inspection|focused visit|fv) | (?:(?:19|20)\\d\\d )?(?:sif|ilacs) (?:onwards|forwards|on)(?= )|${AFTER_A_THEMED_VISIT.source}(?:during covid |in lockdown )?`,
  'g',
);

/** Words before a theme that leave it out of a list: "other than the care leavers ones", "excluding front door visits", "were not about care leavers". */
const LEAVES_OUT_THEME = / (?:other than|apart from|aside from|except(?: for)?|excluding|not counting|not including|besides|ignoring|(?:were |was )?not (?:about|on|looking at|into)|(?:weren|wasn) t (?:about|on|looking at|into))(?: the| any| those)? /;

/** The themes a list is of, and those it leaves out (named after {@link LEAVES_OUT_THEME}). */
function themesListed(lower: string): { themes: ThemeGroup[]; leftOutThemes: ThemeGroup[] } {
  const leaving = LEAVES_OUT_THEME.exec(lower);
  if (leaving === null) return { themes: themesAsked(lower), leftOutThemes: [] };
  const leftOutThemes = themesAsked(` ${lower.slice(leaving.index + leaving[0].length)}`);
  return { themes: themesAsked(`${lower.slice(0, leaving.index)} `).filter((t) => !leftOutThemes.includes(t)), leftOutThemes };
}

/** Which report kinds the question lists. */
function kindsAsked(lower: string, focused: boolean): { kinds: ReadonlySet<ReportKind>; label: string; shortOrStandard: boolean } {
  const everyVisit = focused && OFSTED_VISITS.test(lower) && !/ focused /.test(lower) && themesAsked(lower).length === 0;
  if (everyVisit && !INSPECTION.test(lower)) {
    return { kinds: new Set(['focused-visit', 'lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']), label: 'Ofsted visit', shortOrStandard: false };
  }
  // "When inspectors came for the 2019 inspection": Ofsted coming in for an inspection named is that inspection.
  const cameForAnInspection = everyVisit && OFSTED_CAME.test(lower) && !/ (?:visits?|visited|fvs?) /.test(lower);
  if (focused && !cameForAnInspection) return { kinds: new Set(['focused-visit']), label: 'focused visit', shortOrStandard: false };
  // "across the SIF and ILACS frameworks": both frameworks' inspections.
  if (/ (?:sifs?|single inspection framework) /.test(lower) && / ilacs /.test(lower)) return { kinds: new Set(['sif', 'ilacs', 'ilacs-2026']), label: 'inspection', shortOrStandard: false };
  if (/ (?:sifs?|single inspection framework) /.test(lower)) return { kinds: new Set(['sif']), label: 'SIF inspection', shortOrStandard: false };
  if (/ (?:reformed|2026 framework|new framework) /.test(lower)) return { kinds: new Set(['ilacs-2026']), label: 'reformed ILACS inspection', shortOrStandard: false };
  const shortOrStandard = / (?:standard|short) /.test(lower);
  // The reformed framework of 2026 is still ILACS: "Somerset's ILACS" means whichever it had.
  if (shortOrStandard) return { kinds: new Set(['ilacs']), label: 'ILACS inspection', shortOrStandard };
  if (/ ilacs /.test(lower)) return { kinds: new Set(['ilacs', 'ilacs-2026']), label: 'ILACS inspection', shortOrStandard };
  return { kinds: new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']), label: 'inspection', shortOrStandard: false };
}

/** The words left once list words, asking words, themes, region and time are taken out: a list question leaves none. */
function leftover(input: KindInput, focused: boolean): string[] {
  const region = regionWords(input.u.words);
  let rest = (input.u.authorities.length === 1 ? withoutGradePremise(input.lower) : input.lower).replace(GRADE_NAMING_AN_INSPECTION, ' $1 ');
  // Themes are focused visits' ("visits on children in care"); in "how many children were looked after when
  // Ofsted inspected" the words are the question's topic.
  const themes = focused ? themesAsked(input.lower) : [];
  // Every wording of a theme ("children in need and child protection plans"), not only the first.
  for (const group of themes) while (group.asked.test(rest)) rest = rest.replace(group.asked, ' ');
  // "…other than the care leavers ones": the words that leave a theme out.
  if (themes.length > 0) rest = rest.replace(LEAVES_OUT_THEME, ' ').replace(/ ones? /g, ' ');
  // What a visit looked at is its theme ("how many times have inspectors come in to look at the front door?").
  if (themes.length > 0) rest = rest.replace(/ (?:look|looks|looked|looking) at /g, ' ');
  rest = rest.replace(THEME_ASKED, ' ').replace(LOOK_AT_SERVICES, ' ');
  // "Between Hull being judged inadequate in Jan 2019 and the next full inspection…": the next one ends the gap asked of.
  rest = rest.replace(/ (between (?:[a-z0-9]+ ){1,10}?and (?:the|their|its)) next /, ' $1 ');
  return rest
    .split(' ')
    .filter((w) => w !== '' && input.u.words.includes(w))
    .filter((w) => !LIST_WORDS.has(w) && !ASKING_WORDS.has(w) && !region.has(w) && !/^\d+$/.test(w) && !/^(?:or|and|were|was|are|is)$/.test(w));
}

/** "Has Ofsted been in to look at their children's services?": the council's services are what every visit looks at. */
const LOOK_AT_SERVICES = / (?:to )?(?:look|looks|looked|looking) at (?:their |its |the )?(?:children s |childrens |children )?(?:services|social care|csc) /g;

/** "How many" followed by something other than (full, graded…) visits, inspections, their days, their team or the councils that had them. */
const COUNTS_OTHER = / how many (?!(?:(?:full|graded|formal|proper|standard|short|separate) )?(?:times|have|has|had|visits?|fvs?|inspections?|focused|monitoring|ofsted|ilacs|sifs?|reports|letters|days|weeks|months|years|inspectors?|hmis?|councils?|las?|local authorities|authorities|boroughs|areas|of (?:the|them|those|these)|other|different|separate|more)\b)/;

/** "All Bury's Ofsted reports", "list Leeds's letters": reports listed as reports (words beyond the list's are a topic). */
function reportsListed(lower: string, u: KindInput['u']): boolean {
  // "Bury timeline", "Bury's Ofsted activity since 2020": a timeline of Ofsted's work is its reports in order.
  // "Bury reports", "bury ofsted reports": a named authority's reports in the plural (that nothing else is asked is
  // for the leftover words to say).
  // "What's the newest report?": the newest reports of every council, listed (spansAsRead reads it as the most recent).
  const newestOfAll = u.authorities.length === 0 && / (?:newest|latest|most recent|last) (?:ofsted )?(?:report|letter) $/.test(lower);
  return ((LISTY.test(lower) || u.authorities.length > 0) && / (?:reports|letters) /.test(lower)) || / (?:ofsted )?(?:timeline|chronology|activity) /.test(lower) || newestOfAll;
}

/** When inspectors last looked at a theme: "when did Ofsted last look specifically at Peterborough's front door?" */
const LAST_LOOKED_AT =
  / when (?:did|was|were|have|has) (?:ofsted|inspectors|hmis?) (?:last )?(?:[a-z]+ )?(?:(?:look|looked) (?:[a-z]+ )?at|check|checked) | when (?:was|were) (?:[a-z]+ ){1,4}?last (?:looked at|checked) | (?:has|have|did) (?:ofsted|inspectors|hmis?) ever (?:look|looked) at | (?:has|have|did) (?:ofsted|inspectors|hmis?) ever (?:check|checked) | (?:had|have|has) (?:their|its) (?:[a-z]+ ){1,3}?(?:looked at|checked) | ever had (?:ofsted|inspectors|hmis?) (?:look|looking) at /;

/** Whether the question asks of visits: focused visits, Ofsted's visits of every kind, or inspectors coming in on a theme. */
/** "Where did Ofsted look at permanence during 2022?": where a theme was looked at is which councils had the visit. */
const WHERE_LOOKED = /^ where (?:did|has|have) (?:ofsted|inspectors|hmis?) (?:look|looked|go|went|check|checked) /;

function asksOfVisits(lower: string, u: KindInput['u']): boolean {
  // A visit named by a theme ("a care leavers visit") is a focused visit.
  const themed = themesAsked(lower).length > 0;
  return VISIT.test(lower) || A_VISIT_SINCE.test(lower) || OFSTED_VISITS.test(lower) || (themed && (COME_IN.test(lower) || LAST_LOOKED_AT.test(lower) || / visit /.test(lower) || WHERE_LOOKED.test(lower))) || u.focusedVisits === true;
}

/** Whether the question asks for a list of visits or inspections. */
export function isVisitList(input: KindInput): boolean {
  const { lower, u } = input;
  const focused = asksOfVisits(lower, u);
  // Read loosely (the kind model named it), a list still needs Ofsted's visits or inspections named in some way:
  // a question about practice ("which councils are good at return home interviews?") is never a list of visits.
  // And "how many" counts visits only when it counts them (times, visits, days…): "how many children were looked
  // after … when ofsted inspected" counts children.
  if (input.loose === true) {
    if (COUNTS_OTHER.test(lower)) return false;
    return u.unknownAuthorities.length === 0 && (focused || INSPECTION.test(lower) || PUBLISHED.test(lower) || / (?:ofsted|inspectors?|hmi|dates) /.test(lower));
  }
  // Anything Ofsted did is every kind: "what's Ofsted done in Medway since 2020?".
  if (!focused && !INSPECTION.test(lower) && !PUBLISHED.test(lower) && !reportsListed(lower, u) && !ANYTHING.test(lower)) return false;
  // "How many FVs looked at care leavers in 2024?": what a visit looked at is its theme, not a passage asked for.
  // "…and if so what were they looking at?": the themes, which the list gives.
  const talk = (focused && themesAsked(lower).length > 0 ? lower.replace(/ (?:look|looks|looked|looking) at /g, ' on ') : lower).replace(THEME_ASKED, ' ').replace(LOOK_AT_SERVICES, ' ');
  // A grade that only dates what is asked ("Bury got inadequate in 2021 - what visits in the couple of years before
  // that?") is not grade talk, and the question proper starts after it.
  // Only of one authority: "which councils went inadequate in 2021 and have had visits since?" asks which, by grade.
  // "Since the 2023 inadequate (one)": a grade naming the inspection that gave it is when, not grade talk.
  const byGrade = u.authorities.length === 0 ? gradeFilterOf(lower) : null;
  const asked = (u.authorities.length === 1 ? withoutGradePremise(lower) : (byGrade?.rest ?? lower)).replace(GRADE_NAMING_AN_INSPECTION, ' $1 ');
  if (GRADE_TALK.test(asked) || PASSAGE_TALK.test(talk)) return false;
  if (u.unknownAuthorities.length > 0) return false;
  // One authority's one focused visit ("Bury focused visit", "what came out of the Bury focused visit?") is about
  // that visit (focused-visit.ts), not a list; "what" lists only visits or inspections in the plural.
  const listy = (LISTY.test(asked) && !(/^ what /.test(asked) && !LISTY.test(asked.replace(/^ what /, ' ')))) || GAP_BETWEEN.test(asked) || TIME_SINCE.test(asked);
  const single = u.authorities.length === 1 && !listy && !LISTED_IN_PLURAL.test(lower);
  if (single) return false;
  // "visits sandwell since 2020": the kind named in the plural, and nothing else asked, is the list.
  const plural = LISTED_IN_PLURAL.test(asked);
  return leftover(byGrade === null ? input : { ...input, lower: byGrade.rest }, focused).length === 0 && (LISTY.test(asked) || GAP_BETWEEN.test(asked) || TIME_SINCE.test(asked) || plural || u.authorities.length === 0 || relativeSpan(lower) !== null);
}

/** "Between its 2023 full inspection and now": the time since that inspection. */
const UNTIL_NOW = / between (the |its |their )?((?:19|20)\d\d )?(?:full |last |latest )?(inspection|ilacs|sif|focused visit|fv) and (?:now|today|the present) /;
/** "In the run-up to their October 2025 inspection": before it. */
const RUN_UP = / (?:in )?(?:the )?(?:run up|lead up|build up) to /g;

/** Ofsted coming back: "has Ofsted been back", "inspectors came back in". */
const BACK = / (?:been|gone|go|come|came|went|coming|going) back /;
/** "Since" an inspection or visit named: "since the 2023 inspection", "since its last ILACS". */
const SINCE_A_REPORT = / since ((?:the |its |their |our |(?:[a-z]+ ){1,3}?(?=(?:19|20)\d\d ))?(?:(?:19|20)\d\d |last |latest |full )*(?:inspection|ilacs|sif|focused visit|fv|visit) )/;

/** The question with its spans in the words the list's window reads: "since" a report until now, "before" its run-up. */
function spansAsRead(input: KindInput): KindInput {
  let lower = input.lower.replace(UNTIL_NOW, ' since $1$2$3 ').replace(RUN_UP, ' before ');
  // "Has Ofsted been back since the 2023 inspection?": coming back is after it, so the inspection itself is not listed.
  // So is "a visit since" one ("has Bradford had a visit since its inspection?").
  if (BACK.test(lower) || A_VISIT_SINCE.test(lower)) lower = lower.replace(SINCE_A_REPORT, ' after $1');
  // "What's the newest report?" of no council: the reports of recent months, as "the most recent reports" are read.
  if (input.u.authorities.length === 0) lower = lower.replace(/ (?:newest|latest) ((?:ofsted )?(?:report|letter)) $/, ' most recent $1 ');
  return lower === input.lower ? input : { ...input, lower };
}

/** The list, or null when the question is not one. */
export function answerVisitList(question: KindInput): AskAnswer | null {
  const input = spansAsRead(question);
  if (!isVisitList(input)) return null;
  const { context, lower, u } = input;
  // A focused visit's report is a letter: "list Leeds's letters" lists its focused visits.
  const focused = asksOfVisits(lower, u) || (reportsListed(lower, u) && / letters /.test(lower));
  const byPublication = PUBLISHED.test(lower);
  // "A timeline of Knowsley's Ofsted activity since the 2014 SIF", "any inspections since the care leavers FV?": the report
  // a span starts from is not the kind listed, and "activity" is every kind.
  const unanchored = lower.replace(SPAN_ANCHOR, ' ');
  const gap = GAP_BETWEEN.test(lower) && u.authorities.length > 0;
  // So is a timeline that names no kind ("north somerset timeline pls, all their ofsted stuff"), as typed.
  const timelineOfAll = / timeline /.test(lower) && u.focusedVisits !== true && !u.words.some((w) => /^(?:inspections?|inspected|ilacs|sifs?|visits?|fvs?|focused|letters?)$/.test(w));
  const everyEvent = gap || timelineOfAll || A_VISIT_SINCE.test(lower) || / (?:activity|activities) /.test(lower) || BOTH_KINDS.test(lower) || ANYTHING.test(lower);
  const asked = everyEvent
    ? { kinds: new Set<ReportKind>(['focused-visit', 'lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']), label: 'Ofsted visit', shortOrStandard: false }
    : kindsAsked(unanchored, unanchored === lower ? focused : asksOfVisits(unanchored, { ...u, focusedVisits: undefined }));
  // Reports asked for as reports ("what reports came out…", "all Bury's reports") are every kind Ofsted publishes.
  const everyKind = (byPublication || reportsListed(lower, u)) && !focused && !INSPECTION.test(lower);
  const chosen = everyKind ? { kinds: new Set<ReportKind>([...asked.kinds, 'focused-visit']), label: 'report', shortOrStandard: false } : asked;
  // "…, not counting the SIF ones": those inspections are not listed, and a note says so.
  const frameworksLeftOut = u.frameworksLeftOut ?? [];
  const { label, shortOrStandard } = chosen;
  const kinds = new Set([...chosen.kinds].filter((k) => !frameworksLeftOut.includes(k)));
  const dated = (r: StoredReport): string => (byPublication ? (r.published ?? '') : carriedOut(r));
  const { themes, leftOutThemes } = focused && !gap ? themesListed(unanchored) : { themes: [], leftOutThemes: [] };
  const window = gap ? null : listWindow(context, lower, u, kinds);
  const region = u.authorities.length === 0 ? regionAsked(u.words) : null;
  const regionMembers = region === null ? null : new Set(AUTHORITIES.filter((a) => inRegion(a, region)).map((a) => a.name));
  // "Any of the outstanding-rated councils given a care leavers FV?": the councils of that grade now, by their latest
  // graded inspection (grade-lists.ts), whose visits are listed.
  const byGrade = u.authorities.length === 0 ? gradeFilterOf(lower) : null;
  const ofGrade =
    byGrade === null
      ? null
      : listByGrade(context, { intent: { kind: 'list', grades: byGrade.grades, region, neighboursOf: null }, authorities: [], area: 'overall', year: null, range: null, topic: [] });
  const scope = u.authorities.length > 0 ? new Set(u.authorities) : ofGrade !== null ? new Set(ofGrade.rows.map((r) => r.authority)) : null;
  const leftOut = new Set(u.leftOut ?? []);
  const listed = (r: StoredReport): boolean =>
    kinds.has(r.kind) && (scope === null || scope.has(r.authority)) && !leftOut.has(r.authority) && !visitHasTheme(r.themes ?? [], leftOutThemes) && (regionMembers === null || regionMembers.has(r.authority)) && (themes.length === 0 || visitHasTheme(r.themes ?? [], themes));
  const on = themes.length > 0 ? ` on ${themes.map((t) => t.label).join(' or ')}` : '';
  const gradeText = ofGrade?.headline.replace(/^\d+ (?:authority|authorities) /, '').replace(/[:.]$/, '');
  const ofTheGrade = ofGrade !== null ? `the ${plural(scope?.size ?? 0, 'authority', 'authorities')} ${gradeText}` : null;
  const who = ofTheGrade !== null ? ` of ${ofTheGrade}` : scope !== null ? ` of ${u.authorities.join(' and ')}` : region !== null ? ` ${inRegionText(region)}` : '';
  // "Which councils haven't had a full inspection since 2018?": the councils with none, not the inspections there were.
  if (u.authorities.length === 0 && asksWhichHaveNone(lower)) {
    const longest = window === null && asksLongestWithout(lower);
    const absence = councilsWithNone(context, listed, scope ?? regionMembers, leftOut, (date) => inWindow(date, window), dated, longest);
    // The grade's long description leads ("Of the 43 authorities … rated outstanding overall, on each …, 3 had no…"),
    // so its own clause does not run into the verb.
    const lead = ofTheGrade !== null ? `Of ${ofTheGrade}, ` : '';
    const among = ofTheGrade !== null ? '' : who;
    const when = window === null ? ' in the reports I hold' : ` ${byPublication ? 'published' : 'carried out'} ${window.label}`;
    const headline = longest
      ? `${lead}${plural(absence.rows.length, 'authority', 'authorities')}${among} by their latest ${label}${on}, longest without first:`
      : absence.count === 0
        ? `${lead}${lead === '' ? 'Every authority' : 'every one'}${among} had ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}${on}${when}.`
        : `${lead}${plural(absence.count, 'authority', 'authorities')}${among} had no ${label}${on}${when}${absence.rows.length > 0 ? '; each is shown by its latest before then, longest without first:' : '.'}`;
    const asked = leftOut.size > 0 ? `leaving out ${[...leftOut].join(' and ')}, as asked; ` : '';
    const notes = [
      longest
        ? `Councils that exist today are counted, each by its latest ${label}${on} in the reports I hold; ${asked}a council with none is not listed.`
        : `Councils that exist today are counted; ${asked}a council with one${on} ${window === null ? 'ever' : 'in that time'} is not listed.`,
    ];
    notes.push(...frameworksLeftOutNotes(frameworksLeftOut));
    if (absence.never.length > 0) notes.push(`None at all in the reports I hold for ${absence.never.join(', ')}.`);
    if (!focused && !everyKind && !everyEvent) notes.push('Focused visits are not inspections and are not counted; ask for “focused visits” to count them.');
    return kindAskAnswer(input, { kind: 'visit-list', headline, visits: absence.rows, count: absence.count, notes });
  }
  let reports: StoredReport[] = context.reports.filter((r) => listed(r) && inWindow(dated(r), window));
  // "Kent's 2022 inspection" for an inspection carried out in December 2021 and published in 2022: a named
  // authority's report is called by its report's year too, as the paragraph answers read it (inYear).
  const year = typeof u.year === 'number' ? u.year : u.range?.kind === 'years' && u.range.from !== null && u.range.from === u.range.to ? u.range.from : null;
  const byReportYear = u.authorities.length > 0 && reports.length === 0 && year !== null;
  if (byReportYear) reports = context.reports.filter((r) => listed(r) && inYear(r, year));
  reports.sort((a, b) => dated(b).localeCompare(dated(a)) || a.authority.localeCompare(b.authority));
  // "Which councils have had the most focused visits?": councils by how many they had, most first, each one's latest first.
  const mostFirst = u.authorities.length === 0 && MOST_OF_THEM.test(lower);
  const perCouncil = new Map<string, number>();
  if (mostFirst) for (const r of reports) perCouncil.set(r.authority, (perCouncil.get(r.authority) ?? 0) + 1);
  if (mostFirst) reports.sort((a, b) => (perCouncil.get(b.authority) ?? 0) - (perCouncil.get(a.authority) ?? 0) || a.authority.localeCompare(b.authority) || dated(b).localeCompare(dated(a)));
  const visits = reports.map(visitRow);
  const authorities = new Set(visits.map((v) => v.authority)).size;
  const when = window === null ? '' : byReportYear && reports.length > 0 ? `, reported in ${year}` : `, ${byPublication ? 'published' : 'carried out'} ${window.label}`;
  const leavingOut = [...leftOut, ...leftOutThemes.map((t) => `visits on ${t.label}`)];
  const counted = visits.length === 0 ? '' : ` (${plural(authorities, 'authority', 'authorities')}${leavingOut.length > 0 ? `, leaving out ${leavingOut.join(' and ')}` : ''})`;
  const order = mostFirst ? ', by council, most first:' : ', latest first:';
  const headline = `${plural(visits.length, label, `${label}s`)}${on}${who}${counted}${when}${visits.length === 0 ? '.' : order}`;
  const notes: string[] = [];
  if (mostFirst && visits.length > 0) {
    const top = [...perCouncil.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const most = top[0]?.[1] ?? 0;
    const atMost = top.filter(([, n]) => n === most).map(([name]) => name);
    notes.push(`Most: ${atMost.join(', ')} (${most}${atMost.length > 1 ? ' each' : ''}); then ${top.filter(([, n]) => n < most).slice(0, 5).map(([name, n]) => `${name} ${n}`).join(', ') || 'none'}.`);
  }
  notes.push(...frameworksLeftOutNotes(frameworksLeftOut));
  if (byReportYear && reports.length > 0) notes.push(`None was carried out in ${year}; listed is what its report dates ${year} (published then, or carried out across the year's turn).`);
  // "Anything from Ofsted in Bromley after Sept 2021?" with nothing since: the latest before then, so the asker sees how long.
  if (reports.length === 0 && scope !== null && u.authorities.length > 0 && window?.from != null) {
    for (const name of u.authorities) {
      const before = context.reports.filter((r) => r.authority === name && kinds.has(r.kind) && dated(r) < (window.from ?? '')).sort((a, b) => dated(b).localeCompare(dated(a)))[0];
      if (before !== undefined) notes.push(`${name}'s latest before then: ${visitRow(before).citation}, ${byPublication ? 'published' : 'carried out from'} ${longDate(dated(before))}.`);
    }
  }
  if (window !== null && byPublication) notes.push('Listed by publication date, as each report prints it.');
  else if (window !== null) notes.push('Dates are when each was carried out (its first day on site), as the report prints them; each row also gives its publication date.');
  if (shortOrStandard) notes.push('The reports do not print whether an ILACS inspection was short or standard, so every ILACS inspection in the period is listed, with its dates.');
  if (!focused && !everyKind && !everyEvent) notes.push('Focused visits are not inspections and are not listed; ask for “focused visits” to list them.');
  if (kinds.size > 1 && kinds.has('focused-visit')) notes.push('Inspections and focused visits are both listed; ask for “inspections” or “focused visits” to list one kind.');
  if (focused && themes.length === 0 && / on | about /.test(lower)) notes.push('No theme I know was named, so visits on every theme are listed.');
  if (gap) notes.push('The time between two of these is read from their dates: each row gives when it was carried out and published.');
  const kind: KindAnswer = { kind: 'visit-list', headline, visits, count: visits.length, notes };
  // "When was Kent last inspected?", "how many days were inspectors in Bury in 2019?": a short list for named
  // authorities also quotes each report's own words about its inspection, the part asked about first.
  const last = / (?:last|latest|most recent|recent) /.test(lower);
  const quoted = scope === null || u.aboutTheInspection !== true ? [] : last ? reports.slice(0, 1) : reports.slice(0, QUOTED_REPORTS);
  // A longer list quotes only each report's words on what was asked (its dates, its team), not all its opening matter.
  const few = quoted.length === reports.length && reports.length <= FULLY_QUOTED;
  const sections = quoted.map((r) => {
    const hits = aboutParagraphs(context, r, u);
    const facets = u.aboutFacets;
    return { heading: `About this ${r.kind === 'focused-visit' ? 'visit' : 'inspection'} — ${visitRow(r).citation}`, hits: few ? hits : facets === undefined ? [] : hits.filter((h) => saysAboutFacet(h.text, facets)) };
  });
  const shown = sections.filter((section) => section.hits.length > 0);
  if (shown.length > 0) kind.sections = shown;
  return kindAskAnswer(input, kind, shown.flatMap((section) => section.hits));
}

/** Councils ranked by how many they had: "which councils have had the most focused visits?", "who gets inspected most often?". */
const MOST_OF_THEM = / (?:the )?most (?:focused |themed |ofsted )?(?:visits|inspections|fvs|reports|letters) | (?:visited|inspected) (?:the )?most(?: often)? /;

/** The most reports a list quotes the opening matter of in full (a longer list is for scanning). */
const FULLY_QUOTED = 2;
/** The most reports a list quotes at all: the newest, each by its words on what was asked. */
const QUOTED_REPORTS = 6;
