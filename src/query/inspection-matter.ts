/**
 * Whether a question asks about the inspection itself rather than about
 * practice: who led it, who was on the team, its dates, how many case files
 * inspectors read, what a focused visit looked at and on what evidence, the
 * action plan it asked for, when the next inspection is. Such questions are
 * answered by a report's opening and closing matter (paragraph kind `about`),
 * which otherwise ranks below the findings.
 */
import type { ReportKind } from '../model.ts';

/** The inspection before the one named: "the last inspection before that", "the prior Ofsted before it". */
const THE_ONE_BEFORE = /\b(?:last|previous|prior|earlier)(?: \w+)? (?:inspection|ofsted) before\b|\binspection before (?:that|it|this|then)\b/;

/** What the question says, lower case, authority names and years included (they do not matter here). */
const ASKS_ABOUT_THE_INSPECTION: readonly RegExp[] = [
  /\b(?:who|which (?:hmis?|inspectors?))\b.*\b(?:led|lead|leading|inspected|inspectors?|hmis?|team|visited)\b/,
  /\bwhich (?:hmis?|inspectors?)\b|\bwho (?:were|was) (?:the )?(?:lead |team )?(?:inspectors?|hmis?)\b/,
  /\bhow many\b.*\b(?:did|do) (?:ofsted|inspectors|they|hmis?)\b.*\b(?:talk|talked|speak|spoke|meet|met|see|saw|visit|visited|interview|interviewed)\b/,
  /\b(?:lead|reporting|deputy|team) inspectors?\b/,
  // Their names: "names of the inspectors?", "the HMI's name", "whose name is on it as the inspector in charge?".
  /\bnames?\b.*\b(?:inspectors?|hmis?)\b|\b(?:inspectors?|hmis?)(?:'s|')? names?\b|\binspectors? in charge\b/,
  // Where they worked from: "did either inspector actually come into the office?".
  /\b(?:inspectors?|ofsted|hmis?)\b.*\b(?:come|came|coming|go|went|were|was|be) (?:in|into|to|at) (?:the |our |their )?(?:office|offices|building|buildings)\b/,
  /\b(?:inspection|ofsted|hmi|inspectors') team\b|\bhow many (?:hmis?|inspectors)\b/,
  // Whom inspectors heard from is evidence ("did inspectors speak to a judge?"); what they saw is a finding.
  /\b(?:did|do) (?:ofsted|(?:the )?inspectors|hmis?|they)\b.*\b(?:talk|talked|speak|spoke|meet|met|interview|interviewed) (?:to|with)\b/,
  // The previous inspection and its grade, which the opening matter states.
  /\b(?:last|previously) inspected\b|\bprevious (?:inspection|ofsted)\b.*\b(?:grade|graded|judge|judged|judgement|rating|rated|result|get|got)\b/,
  /\b(?:grade|graded|judged|rated|rating|result|get|got)\b.*\b(?:previous|last|earlier) (?:inspection|ofsted)\b/,
  THE_ONE_BEFORE,
  /\b(?:grade|graded|judged|rated|rating|result|get|got)\b.*\binspection before\b/,
  /\bhow many (?:case (?:files|records)|files|records|cases)\b.*\b(?:look|looked|read|review|reviewed|sample|sampled|see|saw|check|checked)\b/,
  /\b(?:case (?:files|records)|files)\b.*\b(?:did|do) (?:ofsted|inspectors|they)\b/,
  /\b(?:which|what) (?:inspection )?framework\b|\bframework\b.*\b(?:inspect\w*|visit)\b|\b(?:inspect\w*|visit)\b.*\bframework\b/,
  // Its length and dates, asked of an inspection named: "was that only a week long?", "the short one-week one? dates?".
  /\b(?:inspection|ilacs|sif|ofsted)\b.*\b(?:(?:a|one|two|three|1|2|3)[- ]weeks?\b|weeks? long\b|dates?\b)|\b(?:(?:a|one|two|three|1|2|3)[- ]weeks?|weeks? long)\b.*\b(?:inspection|ilacs|sif|ofsted)\b/,
  // A return visit: "why did Ofsted go back into Sheffield in January 2014?".
  /\b(?:ofsted|inspectors|hmis?)\b.*\b(?:go|went|come|came|gone) back\b|\b(?:second|return|follow[- ]up) visit\b/,
  /\binspection dates?\b|\bdates? of (?:the|their|its) (?:inspection|visit)\b/,
  // "When did social workers visit…" is practice: only Ofsted's visit counts.
  /\bwhen (?:was|were|did|is|will|has|have|had)\b.*\b(?:inspect\w*|ofsted|(?:the|focused|ofsted|monitoring|last|next|their|its) visit)\b/,
  /\b(?:action plan|written statement)\b/,
  /\b(?:next|again)\b.*\b(?:inspect\w*|visit)\b|\b(?:inspect\w*|visit)\b.*\bagain\b/,
  /\b(?:focused )?visit\b.*\b(?:look at|looked at|focus on|focused on|consider|considered)\b/,
  /\bwhat (?:evidence|did (?:inspectors|ofsted|they) (?:look at|consider|review))\b/,
  /\b(?:how long|how many (?:days|weeks))\b.*\b(?:inspectors?|ofsted|inspection|visit|hmis?)\b|\b(?:inspectors?|ofsted|hmis?)\b.*\b(?:how long|how many (?:days|weeks))\b/,
  /\b(?:remote|remotely|on site|onsite|in person|online|virtual|virtually)\b.*\b(?:visit|inspection|inspectors|ofsted)\b|\b(?:visit|inspection|inspectors|ofsted)\b.*\b(?:remote|remotely|on site|onsite|in person|online|virtual|virtually)\b/,
  // How inspectors gathered evidence, with them as the doer: "did inspectors meet care leavers?", "which cases
  // did inspectors sample?", "children spoken to by inspectors", "what did Ofsted base its findings on?".
  /\b(?:inspectors|ofsted|hmis?)(?: \w+)?(?: to)? (?:meet|met|speak|spoke|talk|talked|interview|interviewed|sample|sampled|audit|audited|observe|observed|track|tracked|shadow|shadowed|arrive|arrived)\b/,
  /\b(?:spoken|talked|met|interviewed|observed|sampled|audited|tracked|shadowed) (?:to |with )?by (?:the )?(?:inspectors|ofsted|hmis?)\b/,
  /\bbased? (?:their|its|the) (?:findings|judgements?|judgments?|report|grades?|evaluation) on\b|\bwho from ofsted\b/,
];

/** Whether `question` asks about the inspection itself (see above). */
export function asksAboutTheInspection(question: string): boolean {
  const text = question.toLowerCase();
  return ASKS_ABOUT_THE_INSPECTION.some((pattern) => pattern.test(text));
}

/** An inspection by name: "inspection", "inspected", "re-inspection", "ILACS", "SIF", "single inspection". */
const NAMES_AN_INSPECTION = /\b(?:re-?)?inspect(?:ion|ions|ed)\b|\bilacs\b|\bsif\b/;
const NAMES_A_VISIT = /\bvisit(?:s|ed)?\b|\bmonitoring\b/;

/**
 * Whether `question` names an inspection and no visit ("who led the 2022
 * inspection", "the SIF in 2014"): where a year holds both an inspection and
 * a focused visit, the inspection is what was asked about.
 */
export function namesAnInspectionNotAVisit(question: string): boolean {
  const text = question.toLowerCase();
  return NAMES_AN_INSPECTION.test(text) && !NAMES_A_VISIT.test(text);
}

/**
 * The frameworks a question names ("the SIF", "the 2013 LAC inspection", "the
 * LSCB review"): an authority's reports of that kind are the ones meant, when
 * it has others of the same time. Focused visits are read elsewhere
 * (`Understood.focusedVisits`). "Looked after children" alone is a topic, so
 * only "LAC/looked after children inspection" names the 2012 framework.
 */
const NAMES_A_FRAMEWORK: ReadonlyArray<{ says: RegExp; kinds: readonly ReportKind[] }> = [
  { says: /\bsifs?\b|\bsingle inspection(?: framework)?\b/, kinds: ['sif'] },
  { says: /\breformed ilacs\b|\bnew (?:ilacs )?framework\b/, kinds: ['ilacs-2026'] },
  { says: /\bilacs\b(?! (?:focused )?visit)/, kinds: ['ilacs', 'ilacs-2026'] },
  { says: /\b(?:lac|cla|looked[- ]after child(?:ren)?(?:'s)?|children looked after) inspection\b/, kinds: ['lac-2012'] },
  { says: /\bsafeguarding (?:services )?inspection\b/, kinds: ['safeguarding-2012'] },
  { says: /\b(?:lscb|safeguarding (?:children )?board) review\b|\breview of (?:the )?(?:lscb|local safeguarding children board)\b/, kinds: ['lscb-review'] },
];

/** The report kinds a question names by their framework (see above), in no order; empty when none. */
export function frameworksNamed(question: string): ReportKind[] {
  const text = question.toLowerCase();
  return [...new Set(NAMES_A_FRAMEWORK.flatMap((f) => (f.says.test(text) ? f.kinds : [])))];
}

/**
 * What an about paragraph says, for the part of the inspection a question
 * asks about: who was on the team, when, on what evidence, the action plan,
 * the next inspection. "Inspector" is a stop word of the index (it is in most
 * paragraphs), so "which inspectors came to Derby?" shares no searchable word
 * with "Lead inspector: …": the facet finds it instead.
 */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** What an about paragraph says of the previous inspection. */
const SAYS_PREVIOUS = /\b(?:last|previous) inspection\b|\bpreviously inspected\b|\bwas judged\b/;
const ABOUT_FACETS: ReadonlyArray<{ asks: RegExp; says: RegExp }> = [
  // "Who did inspectors talk to?" asks whom they heard (the evidence facet), not who inspected.
  { asks: /\bnames?\b.*\b(?:inspectors?|hmis?)\b|\b(?:inspectors?|hmis?)(?:'s|')? names?\b|\bin charge\b|\b(?:who|which (?:hmis?|inspectors?))\b(?!.*\b(?:talk|talked|speak|spoke|meet|met|interview|interviewed) (?:to|with)\b)|\b(?:lead|team|deputy|reporting) inspectors?\b|\b(?:inspection|ofsted|hmi) team\b|\bhow many (?:hmis?|inspectors)\b/, says: /(?<!chief )\binspectors?\b|\bhmi\b|\b(?:carried out|led) by\b/ },
  { asks: /\bwhen\b|\bdates?\b|\bhow long\b|\bhow many (?:days|weeks)\b|\bwhat (?:day|month)\b|\bweeks?\b/, says: new RegExp(
      // A date of the inspection or visit, not the area's figures "at 22 February 2016".
      `\\b(?:inspection|visit|inspectors?|published)\\b[^.]{0,90}\\b\\d{1,2}(?:st|nd|rd|th)? (?:(?:and|to|–|-) \\d{1,2}(?:st|nd|rd|th)? )?${MONTH}\\b|\\bdates?\\b`,
    ),
  },
  {
    // "How many" only of what inspectors did: "how many children live in the area" asks for the area's figures.
    // "How many inspectors came?" is the team's size (above), not what they looked at.
    asks: /\bhow many\b(?! (?:hmis?|inspectors)\b).*\b(?:inspectors?|ofsted|hmis?|they)\b|\bcase (?:files|records)\b|\bevidence\b|\bspoke|\bspoken\b|\btalk|\bspeak|\bmeet\b|\bmet\b|\binterview|\bsampl|\baudit|\bobserv|\btrack|\bshadow|\bbased?\b/,
    says: /\b\d+ (?:case|cases|children|young people|records|files)\b|\bcase (?:files|records)\b|\bspoke (?:to|with)\b|\bspeaking to\b|\bmet with\b|\bdiscussions? with\b|\bconversations? with\b|\bsampled\b|\bobserved\b|\btracked\b|\brange of evidence\b/,
  },
  { asks: /\baction plan\b|\bwritten statement\b|\bstatement of action\b/, says: /\baction plan\b|\bstatement of action\b|\bwritten statement\b/ },
  {
    asks: /\bnext\b|\bagain\b|\breturn\b|\bback\b|\bsecond visit\b|\bfollow[- ]?up\b/,
    says: /\bnext (?:inspection|visit)\b|\bmonitoring visits?\b|\bwill (?:be|return)\b|\bsecond visit\b|\bfollow(?:ed)? up\b|\breturned\b/,
  },
  { asks: /\b(?:last|previously) inspected\b|\bprevious (?:inspection|ofsted)\b/, says: SAYS_PREVIOUS },
  // The one before the inspection or visit named ("the last inspection before that", "the inspection before 2022");
  // not "when was it last inspected?", which is the latest.
  { asks: new RegExp(`\\bpreviously inspected\\b|\\bprevious (?:inspection|ofsted)\\b|${THE_ONE_BEFORE.source}|\\binspection before \\d{4}\\b`), says: SAYS_PREVIOUS },
  // What a visit looked at ("focused visit" itself is not the word "focus").
  {
    asks: /\blook(?:ed|ing)? at\b|\bfocus(?:ed|sed)? on\b|\b(?:the|its|main) focus\b|\bthemes?\b|\bcover(?:ed)?\b|\bwhat was (?:it|the (?:focused )?visit) (?:about|on)\b/,
    says: /\b(?:inspectors|the visit|this visit) (?:looked at|considered|reviewed|evaluated|focused on)(?! a (?:range|broad|wide|sample))\b|\bfocus of this visit\b|\bparticular focus\b/,
  },
  // Which framework or law the inspection or visit was carried out under.
  {
    asks: /\bframework\b|\bwhat (?:kind|type|sort) of (?:inspection|visit)\b|\bunder (?:which|what)\b|\bwhich (?:act|law|legislation)\b/,
    says: /\bframework\b|\bcarried out under\b|\bsection \d+[a-z]? of the\b/,
  },
  { asks: /\bmonitoring\b/, says: /\bmonitoring visits?\b/ },
  { asks: /\bremote(?:ly)?\b|\bon ?site\b|\bin person\b|\bonline\b|\bvirtual(?:ly)?\b|\bvideo\b|\boffices?\b|\bbuildings?\b/, says: /\bremote(?:ly)?\b|\bon ?site\b|\bvirtual(?:ly)?\b|\bvideo\b|\bin person\b/ },
  { asks: /\bhow (?:big|large)\b|\bsize of\b/, says: /\bteam (?:consisted|comprised|was made up)\b|\b(?:inspection|inspectors?) team\b/ },
];

/** The facets of the inspection before the one named, and of its dates, in the table above. */
const BEFORE_FACET = ABOUT_FACETS.findIndex((f) => f.asks.test('the inspection before that'));
const DATES_FACET = ABOUT_FACETS.findIndex((f) => f.asks.test('when'));
/** "When was the inspection before that?": a facet of its own beyond the table, said by {@link DATES_THE_PREVIOUS_INSPECTION}. */
const BEFORE_DATES_FACET = ABOUT_FACETS.length;

/**
 * A paragraph dating the previous inspection ("…has improved since the last
 * inspection in November 2014", "since the previous inspection, in 2018"): a
 * letter or report states its previous inspection in its first findings, not
 * in its opening matter, so for that facet such a paragraph is opening matter.
 */
const DATES_THE_PREVIOUS_INSPECTION = new RegExp(`\\b(?:last|previous) (?:full |ilacs |sif |standard |short |focused )?(?:inspection|visit)\\b,? (?:in|of|on) (?:\\d{1,2} )?(?:${MONTH} )?\\d{4}\\b|\\bsince the \\d{4} inspection\\b`);

/** Whether a paragraph that is not opening matter says what the question asks about the inspection before (see above). */
export function datesThePreviousInspection(text: string, facets: readonly number[]): boolean {
  return facets.includes(BEFORE_FACET) && DATES_THE_PREVIOUS_INSPECTION.test(text.toLowerCase());
}

/** Whether the question asks when the inspection before was, and the paragraph says (it counts again: see rank.ts). */
export function saysWhenBefore(text: string, facets: readonly number[]): boolean {
  return facets.includes(BEFORE_DATES_FACET) && DATES_THE_PREVIOUS_INSPECTION.test(text.toLowerCase());
}

/** The facets of the inspection a question asks about (indexes into the table above), given its lower-case text. */
export function aboutFacetsAsked(question: string): number[] {
  const text = question.toLowerCase();
  const facets = ABOUT_FACETS.flatMap((facet, i) => (facet.asks.test(text) ? [i] : []));
  if (!facets.includes(BEFORE_FACET)) return facets;
  // "When was the inspection before that?": this inspection's own dates or team answer a different question.
  const before = facets.filter((i) => ABOUT_FACETS[i]?.says === SAYS_PREVIOUS);
  return facets.includes(DATES_FACET) ? [...before, BEFORE_DATES_FACET] : before;
}

/** Whether an about paragraph's text says what one of `facets` asks about. */
export function saysAboutFacet(text: string, facets: readonly number[]): boolean {
  const lower = text.toLowerCase();
  return facets.some((i) => ABOUT_FACETS[i]?.says.test(lower) === true);
}
