/**
 * What no report can answer, each with its reason and the words that ask it
 * (cannot-tell.ts answers them): the future, Ofsted's scheduling, figures and
 * documents the index does not hold, schools and homes inspected apart,
 * people's names and pay, other inspectorates. One entry per reason, so a
 * new one is a new row.
 */
import type { KindInput } from './kind-helpers.ts';
import { INSPECTED_APART } from './unknowable-inspected-apart.ts';

export interface Unknowable {
  /** Why no report can answer it. */
  reason: (who: string) => string;
  /** Whether the question asks it: `lower` is the question's words, `input` what was understood of it. */
  test: (lower: string, input: KindInput) => boolean;
  /**
   * Paragraphs that answer after all when the authority's reports hold one:
   * a monitoring visit or a JTAI is not in the index, but an inspection report
   * may say what it found and what followed ("four monitoring visits between
   * January 2017 and March 2018").
   */
  mentionedIn?: RegExp;
  /**
   * What a report's own words about its inspection do say on the matter,
   * quoted beside the refusal from each named authority's latest report or
   * letter ("Ofsted will take the findings from this focused visit into
   * account when planning your next inspection").
   */
  saidIn?: RegExp;
  /** The same, from any paragraph of each named authority's latest inspection report (what it says of a role). */
  saidAnywhere?: RegExp;
  /** Quote the paragraphs the question finds in each named authority's latest inspection and visits since (its figures then). */
  latestFindings?: true;
}

const INSPECTING = / (?:inspect|inspected|inspection|inspections|visit|visits|visited|ilacs|reinspect|reinspected|reinspection) /;
/** Ofsted's inspections and visits, not a social worker's visits ("are care leavers in prison still being visited?"). */
/** Inspectorates other than Ofsted, and Ofsted's counterparts outside England. */
/**
 * What another inspectorate found, asked of it: "what did CIW find at Cardiff's…", "the CQC rating of…". Only asked so:
 * "The Care Inspectorate would score everything out of six. What score did Ofsted give…" asks of Ofsted.
 */
const OTHER_INSPECTORATE = '(?:ciw|care inspectorate(?: wales| scotland)?|rqia|estyn|hiw|cqc|hmip|hmi probation|hmicfrs|hmic|police inspectorate|inspectorate of constabulary|probation inspectorate)';
const OTHER_INSPECTORATE_ASKED = new RegExp(
  ` (?:what|how|where|which) (?:did|does|do|has|have|had|was|were|is) (?:the )?${OTHER_INSPECTORATE}(?: s)? (?:own |latest |last |most recent )?(?:find|found|say|said|rate|rated|judge|judged|score|scored|grade|graded|conclude|concluded|report|reported) | ${OTHER_INSPECTORATE}(?: s)? (?:latest |last |most recent |own )?(?:rating|ratings|judgement|judgements|grade|grades|score) (?:of|for) `,
);

/** How often inspection or visits come, not how often a council's own staff visit children. */
const HOW_OFTEN_INSPECTED =
  / (?:how often|how frequently) (?!(?:\w+ ){0,3}?(?:social workers?|sws?|workers|staff|pas?|personal advisers?|iros?|carers|managers) )(?:\w+ ){0,5}?(?:inspect|inspected|inspection|inspections|ilacs|reinspect|reinspected|visit|visits|visited|ofsted|inspectors?) /;
const OFSTED_INSPECTING = / (?:inspect|inspected|inspection|inspections|inspector|inspectors|ilacs|reinspect|reinspected|reinspection|ofsted) | (?:next|focused|monitoring|ofsted|another|upcoming|an|their|its) visits? | (?:next|upcoming|forthcoming) (?:full |standard |ofsted )?(?:review|audit) /;

/**
 * Ofsted coming back ("when are Ofsted coming back to Bury?"); children who "come back from running away" are not
 * a future inspection, nor is Ofsted that did come back ("how many times did Ofsted come back?").
 */
const OFSTED_BACK = / (?<!(?:did|didn t|didnt|has|have|had|times) )(?:ofsted|inspectors|hmis?) (?:will |going to |to |are |re )?(?:come|coming|be) back (?!from )/;

/**
 * An outcome told in the past at "the next" inspection or visit: that next one has happened ("went straight from
 * requires improvement to good at the next", "had a visit in 2023 - did its next full inspection keep the same grade?").
 */
const PAST_NEXT =
  / (?:when|by the time|once) (?:ofsted|inspectors|hmis?|they) next (?:inspected|visited|came|came back|returned|looked) | (?:was|were|went|got) (?:[a-z0-9]+ ){0,12}?(?:inadequate|good|outstanding|requires improvement|ri) (?:at|in|by) (?:the|their|its) next | (?:went|gone|got|get|dropped|improved|declined|moved|slipped|jumped|fell|rose|was|were|been|knocked|landed|did|came out|ended up|lost|kept|held|retained|gained|falling|dropping|slipping|going|moving|improving|declining|rising|jumping|getting|coming out) (?:[a-z0-9]+ ){0,8}?(?:at|in|by) (?:the|their|its) (?:very )?next | (?:worse|better|lower|higher|down|up) (?:at|in|by) (?:the|their|its) (?:very )?next | then (?:outstanding|good|requires improvement|ri|inadequate) (?:at|in|by) (?:the|their|its) next | between (?!now )(?:[a-z0-9]+ ){1,10}?and (?:the|their|its) next (?:(?:one|inspection|ilacs) )?| (?:did|has|had) (?:the|their|its) next (?:full |graded )?(?:inspection|ilacs|one|visit) (?:keep|kept|hold|held|give|gave|get|got|find|found|see|show|say|change|raise|lower|lift|confirm|rate|judge) /;

/** A grade at the next inspection still to come: "will those grades be better at the next inspection?". */
const FUTURE_NEXT = / (?:will|would|could|might|going to|likely to) (?:[a-z]+ ){0,4}?(?:be |get |go |come out )?(?:worse|better|lower|higher|up|down|improved?|dropped?) (?:at|in|by) (?:the|their|its) (?:very )?next /;

/** Something to put right before the next inspection: "what should Bolton improve before the next inspection?". */
const IMPROVE_BEFORE_NEXT =
  / (?:improve|improving|fix|fixing|work on|sort|sort out|tackle|address|put right) (?:[a-z]+ ){0,4}?(?:before|by|ahead of|in time for) (?:the |their |its )?next (?:full |graded )?(?:inspection|ilacs|visit|ofsted) /;

export const UNKNOWABLE: readonly Unknowable[] = [
  {
    reason: (who) => `No report says when ${who} will next be inspected or visited: Ofsted's reports describe inspections already carried out, and give no future dates.`,
    test: (lower) =>
      (OFSTED_INSPECTING.test(lower) || OFSTED_BACK.test(lower)) &&
      // The action plan a letter asks for has a deadline the letter states: that is answerable.
      !/ (?:action plan|written statement|priority actions?|statement of action) /.test(lower) &&
      // The next inspection after one in the past is past too: "which councils had a front door FV and then went
      // down at the next ilacs?", "what did they get at their next inspection?".
      (!PAST_NEXT.test(lower) || FUTURE_NEXT.test(lower)) &&
      // What to put right before the next inspection is the last one's list, not its date: "what should Bolton improve
      // before the next inspection?".
      !IMPROVE_BEFORE_NEXT.test(lower) &&
      // From one inspection to the next is any two in a row, all past: "which councils have gone from good to inadequate from
      // one inspection to the next?".
      !/ from one (?:inspection|ilacs|sif|visit|report) to the next /.test(lower) &&
      // "Somerset's 2026 inspection - what were the next steps for them?": the steps the report set.
      !/ next steps? (?:for|were|was|are|is|set|given) /.test(lower) &&
      // What to do next is the last inspection's list, not a date: "What does Harrow need to do next after its last inspection?".
      !/ (?:do|work on|focus on|tackle|fix|improve) next /.test(lower) &&
      (/ (?:next(?! (?:week|month|door)\b)|next time|upcoming|future|forthcoming|expected|scheduled|planned (?:inspection|visit)|going to be|will be|will ofsted|will they|is due|are due|due to be|due for|due an?|overdue) /.test(lower) ||
        // "they're about to be reinspected" (not "what was Bury about to do when inspected").
        / (?:re|are|is|s|they|theyre|it|its) about to (?:be|get|have) /.test(lower) ||
        OFSTED_BACK.test(lower) ||
        // "Is Ofsted coming next month?"; "a new DCS starting at Stoke next month" is the asker's news.
        / (?:inspect|inspecting|inspected|inspection|visit|visiting|ilacs|coming|come|due) (?:[a-z]+ ){0,3}next (?:week|month) /.test(lower) ||
        // "Has Ofsted got a focused visit lined up for Ealing before the year is out?": a visit arranged ahead, named first.
        / (?:inspection|visit|ilacs|fv) (?:[a-z]+ ){0,1}?(?:lined up|booked in|booked|pencilled in|penciled in) (?:for|in) (?!(?:[a-z]+ ){0,2}(?:19|20)\d\d )/.test(lower) ||
        // "Which LAs have got Ofsted turning up in the new year?": a visit to come.
        / (?:turning up|coming|coming in|arriving|visiting|inspecting|landing|due|booked) (?:[a-z]+ ){0,3}?(?:in the new year|after christmas|this coming (?:spring|summer|autumn|winter|term)) /.test(lower) ||
        // "Are Salford or Warrington down for a focused visit in the new year?": booked ahead.
        / (?:down|booked|pencilled in|penciled in|lined up|scheduled) for (?:an? |their |its |another )?(?:[a-z]+ ){0,2}?(?:inspections?|visits?|ilacs|fvs?) /.test(lower) ||
        // "Any chance Ofsted lands on Wirral during October half term?": a visit hoped or feared.
        / any chance (?:of )?(?:ofsted|inspectors|hmi|they) (?:lands?|landing|comes?|coming|turns? up|turning up|visits?|visiting|inspects?|inspecting|drops? in|dropping in|shows? up|arrives?|arriving) /.test(lower) ||
        // "…the focused visit to Kingston planned for later this year": a visit arranged ahead, named before it.
        / (?:inspection|visit|ilacs|fv) (?:[a-z]+ ){0,5}?(?:planned|scheduled|booked|pencilled in|expected) for (?:later|next|the (?:new|next|coming)|this coming) /.test(lower) ||
        / when (?:will|should|might|could|can) /.test(lower) ||
        // "When's Havering getting reinspected?": a present that asks ahead ("when was Havering reinspected?" is past).
        / when (?:is |s |are |re )?(?:[a-z]+ ){0,3}?(?:getting|having|being|due) (?:re ?inspected|inspected|visited|an? (?:re ?inspection|inspection|visit|ilacs|fv)) /.test(lower) ||
        // "Which councils are getting an ILACS under the new framework this autumn?": what is arranged ahead.
        / (?:are|is|re|s) (?:getting|having|due) (?:an? |their |its )?(?:[a-z0-9]+ ){0,5}?(?:this|next|later this) (?:autumn|spring|summer|winter|term) /.test(lower) ||
        // "Is Ofsted planning a focused visit to Herts this year?" (not "care planning", "planning for permanence").
        / (?:ofsted|inspectors|hmi|they) (?:is |are )?(?:planning|plan|plans) (?:an? |another |to )?(?:[a-z]+ ){0,2}?(?:inspection|inspect|visit|come|go) /.test(lower)),
    saidIn: /\bnext (?:full |standard |short )?(?:inspection|visit)\b|\bmonitoring visits?\b/i,
  },
  {
    // "Ofsted dates for 2027", "which councils will be inspected in 2027": a year after today's is the future.
    reason: (who) => `No report can say what happens${who === 'an authority' ? '' : ` to ${who}`} after today: Ofsted's reports describe inspections and visits already carried out, and give no future dates or grades.`,
    test: (lower, input) =>
      yearAsked(input) > Number(input.context.today().slice(0, 4)) &&
      / (?:ofsted|inspect|inspected|inspection|inspections|ilacs|visit|visits|visited|fv|fvs|grade|grades|graded|rated|rating|judged|judgement|outstanding|good|inadequate|improve|improved|decline|declined) /.test(lower),
  },
  {
    // "Is Birmingham going to be inadequate again?", "which authority will be the next to go inadequate?": a grade foretold.
    reason: (who) => `No report can say what grade${who === 'an authority' ? ' an authority' : ` ${who}`} will get: Ofsted's reports give the grades of inspections already carried out.`,
    test: (lower) =>
      // The grade is what is foretold, never a word before a noun: "what will good practice look like?" asks for paragraphs.
      / (?:going to|gonna|will|ll|likely to|expected to|predicted to|set to|about to) (?:[a-z]+ ){0,2}?(?:be|get|go|stay|remain|drop to|fall to|slip to|rise to|move to|improve to) (?:rated |judged |graded )?(?:inadequate|good|outstanding|requires improvement|ri)(?: again| overall)?(?= (?:again|overall|next|in|by|when|this|after|or)\b| ?$)/.test(lower) ||
      / (?:will|going to) be (?:the )?next (?:one |council |authority |la )?to (?:go|be rated|be judged|get|drop to|slip to) /.test(lower) ||
      // "Wiltshire outstanding next time?": a grade and the next inspection, and nothing else, typed as a search.
      (/ (?:outstanding|good|requires improvement|ri|inadequate) (?:again )?(?:next time|at the next (?:one|inspection|ilacs)|next (?:inspection|ilacs|one))(?: round)? $/.test(lower) && !PAST_NEXT.test(lower)) ||
      // "All outstanding in 2019; would it hold under the new framework?": a grade kept, foretold.
      / would (?:it|they|that|the grades?|the ratings?|the judgements?) (?:still )?(?:hold|stand|survive|last|stick|be the same) /.test(lower) ||
      // "What grade is Worcestershire going to get next time round?", "what rating will they get?"
      / what (?:grade|grades|rating|ratings|judgement|judgements|judgment|mark) (?:is|are|s|will|would) (?:[a-z]+ ){1,4}?(?:going to |gonna |likely to |expected to |set to )?(?:get|be given|receive|achieve|be rated|be judged)(?= (?:next|at|in|when|this|after)\b| ?$)/.test(lower),
  },
  {
    reason: () => "The reports do not describe Ofsted's internal scheduling: how it decides which authorities to inspect or visit, and when, is not in any report.",
    test: (lower) =>
      / (?:how|why) (?:does|do|did|will) ofsted (?:decide|choose|pick|select|schedule|plan|prioriti[sz]e|allocate) /.test(lower) ||
      (/ (?:schedule|schedules|scheduling|timetable|rota|calendar(?! years?)|work programme|inspection programme|risk assessment) /.test(lower) && (/ ofsted /.test(lower) || INSPECTING.test(lower))) ||
      // "How often does Ofsted inspect?" is scheduling; "how often has Bury been visited?" is a list of what happened.
      // Ofsted's inspecting, not "how often social workers visit children".
      (HOW_OFTEN_INSPECTED.test(lower) && !/ (?:has|have|had|was|were|did) /.test(lower)),
  },
  {
    // "avg SW caseloads right now haringey": today's figures are in no report; the latest report's, as inspectors found
    // them, are shown.
    reason: (who) =>
      who === 'an authority'
        ? "No report can give an authority's figures as they are today: each report gives them as inspectors found them. Name an authority for what its latest report says."
        : `No report can give ${who}'s figures as they are today: each report gives them as inspectors found them. What the latest report says is below.`,
    test: (lower, input) =>
      / (?:avg|average|current|live|latest|real time|up to date) (?:[a-z]+ ){0,2}(?:caseloads?|workloads?|figures?|numbers?|rates?|vacancy|vacancies|stats|statistics|data) (?:[a-z]+ ){0,2}(?:right now|rn|at the moment|atm|currently|today|this week|this month) /.test(lower) ||
      / (?:right now|rn|at the moment|atm|today|this week) (?:[a-z]+ ){0,2}(?:caseloads?|vacancy|vacancies) /.test(lower) ||
      // "Need this year's turnover figure.": a workforce figure of the year still running (a count of inspections this
      // year is in the reports).
      / (?:this|the current) (?:year|month|quarter)(?: s|s)? (?:[a-z]+ ){0,2}?(?:turnover|caseloads?|vacancies|vacancy rates?|agency rates?|sickness) /.test(lower) ||
      // "slough - current agency SW rate?": a workforce rate asked as it is now, with no time word after it.
      / (?:current|live|real time|up to date|todays|today s) (?:[a-z]+ ){0,1}?(?:agency|vacancy|turnover|sickness|caseload|locum)(?: (?:sw|sws|social worker|social workers|staff|worker|workers))? (?:rates?|levels?|figures?|numbers?|percentages?) /.test(lower) ||
      / (?:the |their |its )?(?:current|live|real time|up to date|todays|today s) (?:average |avg |typical )?(?:caseloads?|workloads?|duration|durations|length|lengths|wait|waits|waiting times?) (?:in|for|of|at) /.test(lower) ||
      // "What's the caseload in Bury today?": a figure asked as it is now.
      / what (?:s |is |are )?(?:the |their |its )?(?:average |avg |typical )?(?:caseloads?|workloads?|vacancy rates?|vacancies|turnover|agency rates?) (?:[a-z]+ ){0,3}?(?:right now|rn|at the moment|atm|today|currently|now) /.test(lower) ||
      // "How many 16 and 17 year olds are in B&B in Luton right now?": a count of children as it is today (a count of
      // councils, inspections or visits is the reports').
      (/ how many (?!(?:[a-z]+ )?(?:councils?|authorities|authority|las?|local authorities|boroughs?|inspections?|visits?|focused visits?|fvs?|reports?|letters?|times?|of (?:the|them|those|these)|areas?|grades?|judgements?)\b)(?:[a-z0-9]+ ){1,8}?(?:are|is|has|have|got) (?:[a-z0-9]+ ){0,5}?(?:right now|rn|at the moment|atm|today|currently|this week) /.test(lower) &&
        !/ (?:outstanding|good|inadequate|requires improvement|ri|rated|graded|judged|grades?|ratings?) /.test(lower)) ||
      // "How long is the wait for an adoption assessment in Leeds right now?": a waiting time as it is today.
      / how long (?:is|are) (?:the )?(?:wait|waits|waiting times?|waiting lists?) (?:[a-z]+ ){0,6}?(?:right now|rn|at the moment|atm|today|currently|now) /.test(lower) ||
      / how long (?:is|are) (?:the )?(?:current|present|latest) (?:wait|waits|waiting times?|waiting lists?) /.test(lower) ||
      // "bedford caseloads today", as typed into a search box.
      / (?:caseloads?|workloads?|vacancy rates?|vacancies|turnover|per cent|percent|percentage|proportion) (?:right now|rn|at the moment|atm|today|currently|now) $/.test(lower) ||
      // "What percentage of Plymouth's care leavers are NEET at the moment?": a share now.
      // Not a share of councils by grade ("what percentage of councils are rated good currently?"), which the grades count.
      (/ (?:what|which) (?:per cent|percent|percentage|proportion|share) (?:[a-z]+ ){1,12}?(?:right now|rn|at the moment|atm|today|currently) /.test(lower) &&
        !/ (?:councils?|authorities|las|local authorities|boroughs|rated|judged|graded|outstanding|good|inadequate|requires improvement|ri) /.test(lower)) ||
      // "Tameside agency SW % right now": a share now ("%" is read as "per cent").
      /%[^?.!\n]{0,60}?\s(?:right now|rn|at the moment|atm|today|currently|now)\s*\??\s*$/i.test(input.text) ||
      /%\s*(?:right now|rn|at the moment|atm|today|currently|now)\s*\??\s*$/i.test(input.text) ||
      // "how many children are in care in herts today compared with what the 2018 ILACS said?": today's count.
      // "How many team manager vacancies is Enfield carrying at the moment?"
      // "How many children in care has Newcastle got this month, and how many are placed out of area?"
      / how many (?:[a-z]+ ){0,2}?(?:children|kids|young people|cla|lac|cic|cin|cp|cyp|cpps?|cp plans|uasc|cases|referrals|social workers|sws|staff|agency workers|care leavers|families|assessments|plans|foster carers|carers|adopters|foster families|placements|homes|vacancies|vacant posts|posts|leavers|starters|asyes?|nqsws?) (?:[a-z]+ ){0,7}?(?:right now|rn|at the moment|atm|today|as of today|currently|this month|this week) /.test(lower) ||
      // "What's the average wait right now for an initial child protection conference?": a measure taken now.
      / (?:average|avg|typical|median|mean) (?:[a-z]+ ){0,3}?(?:wait|waits|waiting times?|delays?|times?|caseloads?|figures?|numbers?|counts?|rates?) (?:[a-z]+ ){0,10}?(?:right now|rn|at the moment|atm|today|this week|this month|currently) /.test(lower) ||
      // "What's this week's count of Bury children on the register? … the live number."
      / this (?:week|month|quarter) (?:s )?(?:count|number|figure|total|tally|rate)s? | the live (?:number|figure|count|total|data|rate)s? /.test(lower) ||
      // "What's the live figure?"
      / what (?:s |is |are )?(?:the )?(?:live|real time|up to date|up to the minute) (?:figures?|numbers?|counts?|data|stats|statistics|rates?) /.test(lower) ||
      // "Paste me today's figure for children on child protection plans." (Not "…what the 2026 inspectors wrote, not
      // today's figures".)
      /(?<! (?:not|than|instead of|rather than|never mind|forget)) today (?:s )?(?:latest |current |live )?(?:figures?|numbers?|counts?|caseloads?|stats|statistics|data|rates?|vacancies|turnover) /.test(lower) ||
      // "LBBD's CP plan numbers this month - are they up on last year?"
      / (?:numbers?|figures?|stats|statistics|data|rates?|caseloads?|vacancies|counts?) (?:for |as of |as at )?(?:this month|this week|this quarter|this term|today|right now|rn|at the moment|atm) /.test(lower) ||
      // "how many position-of-trust referrals have we had so far this year compared with last?"
      / how many (?:[a-z]+ ){0,8}?(?:so far this year|this year so far|year to date|ytd|so far this month) /.test(lower) ||
      // "how long is the wait at the moment for an assessment?": today's waiting time.
      / how long (?:is|are) (?:the )?(?:wait|waits|waiting times?|waiting lists?) (?:[a-z]+ ){0,2}(?:right now|rn|at the moment|atm|currently|today|now) /.test(lower) ||
      // "Thurrock's agency social worker rate right now, not what the 2024 report said": a figure now, set against the report's.
      / (?:caseloads?|workloads?|figures?|numbers?|rates?|vacancy|vacancies|turnover|stats|statistics|data|levels?) (?:right now|rn|at the moment|atm|today|currently|now) (?:not|rather than|instead of|as opposed to) (?:what|as) (?:[a-z0-9]+ ){0,3}?(?:report|reports|inspection|inspectors|ofsted|letter) /.test(lower),
    latestFindings: true,
  },
  {
    // Not council tax (care leavers' exemption is a finding) nor population (the SIF reports print the area's).
    reason: () => 'The reports do not hold that: they carry no budgets, spending, salaries or pay, or league tables.',
    test: (lower) =>
      / (?:budgets?|how much (?:money|(?:[a-z]+ ){0,3}?(?:does|do|did|is|was|are|were) (?:\w+ ){0,6}(?:spend|cost|pay|paid|invest|get paid|earn|earns|earned))|spending|spend on|spends? (?:the )?(?:most|least|more|less)|(?:cost|spend|spending|money) per (?:child|young person|placement)|salary|salaries|wages|pay scales?|(?:councillor s? |special responsibility )?allowances? (?:does|do|did) |what allowance |(?:what s|whats|what is|what are|what) (?:the |their |its )?(?:[a-z]+ ){0,3}?(?:dcs|director|chief executive|ceo|social workers?|managers?|staff|leaders?) (?:[a-z]+ ){0,2}?paid|(?<! not a| not| no| rather than a) league tables?(?! style| format| order| fashion)) /.test(lower) ||
      // "What's Halton's agency spend this financial year?": a sum spent, not a finding.
      (/ (?:agency|staffing|placement|placements|total|annual|overall) (?:spend|spending) /.test(lower) && !/ (?:say|said|says|find|found|wrote|write|comment|comments|mention|mentioned) /.test(lower)) ||
      // "What's the average weekly fee Buckinghamshire is paying for a residential placement?": a price, not a finding.
      / (?:how much|what s the|whats the|what is the|average|typical) (?:[a-z]+ ){0,3}?(?:fees?|costs?|prices?|weekly rates?|unit costs?|overspend) /.test(lower) ||
      // "What's Kent's weekly rate for a residential placement?" (the possessive gone, "what" stands alone).
      / what (?:s |is |are )?(?:[a-z]+ ){0,3}?(?:weekly rates?|weekly fees?|placement fees?|unit costs?|overspend|overspends|underspend|deficit) /.test(lower) ||
      // "We don't pay a market supplement - does Hertfordshire pay its social workers more than that?"
      // "What's the name of Oxfordshire's LADO, and what are they paid?"
      / (?:what|how much) (?:are|is|do|does|did|was|were) (?:they|he|she|them) (?:get )?(?:paid|earn|earning|earned) /.test(lower) ||
      // "Hampshire is outstanding so how much SGO allowance they pay": a rate paid, not a finding.
      / how much (?:[a-z]+ ){0,3}?(?:allowances?|fees?) (?:[a-z]+ ){0,2}?(?:pay|pays|paid|get|gets|give|gives|offer|offers) /.test(lower) ||
      // "Which council pays staying put carers the most?": pay set against pay.
      / (?:which|what) (?:council|councils|la|las|authority|authorities|borough) (?:pays?|paid|offers?) (?:[a-z]+ ){0,4}?(?:the )?(?:most|least|best|highest|lowest|more|less) /.test(lower) ||
      / (?:pay|pays|paying|paid) (?:its |their |our |the )?(?:team |senior |frontline |agency |newly qualified )?(?:social workers?|staff|managers?|practitioners?|foster carers?|directors?|dcs|chief executive|ceo|head of service|heads of service)(?: (?:more|less|better|enough|a supplement|supplements?))? | market supplements? | (?:retention|recruitment|golden hello) (?:payments?|bonus(?:es)?|premiums?) /.test(lower),
  },
  {
    // "What's going wrong at Rochdale right now that hasn't made it into a report yet?": only what is published is held.
    reason: () =>
      'No report holds what has not been published: the reports describe only what inspectors found at inspections and visits already carried out and reported on.',
    test: (lower) =>
      / (?:hasn t|haven t|has not|have not|hasnt|havent|isn t|aren t|not|yet to) (?:yet )?(?:made it|got|gone|found (?:its|their) way|been put|been written up|appeared|come out) (?:into|in to|in) (?:a|any|the|an) (?:report|letter|inspection report)s? |(?:not|never) (?:yet )?(?:in|covered (?:in|by)|reported (?:in|on)) (?:a|any|the) (?:report|letter)s? (?:yet )?$| unreported | off the record | behind closed doors /.test(lower),
  },
  {
    // "What's Rochdale's CLA rate per 10k in the latest 903 return?": the DfE's data returns and tools publish figures
    // the reports only sometimes cite.
    reason: () =>
      "The reports do not hold that: figures from the DfE's data returns and tools (the SSDA903 return, the children in need census, LAIT, ChAT) are published by the DfE, not in Ofsted's reports, which quote only the figures inspectors cite.",
    test: (lower) =>
      / (?:rates?|numbers?|figures?|counts?|per cent|percentage|proportion|stats|statistics|data|per 10k|per 10 000|per 10000) (?:[a-z0-9]+ ){0,8}?(?:in|from|on|per|according to) (?:the |their |its |our )?(?:latest |last |current |most recent |this year s |(?:19|20)\d\d )?(?:ssda ?903|903|cin census|children in need census|lait|local authority interactive tool|chat tool|chat|annex a) /.test(lower),
  },
  {
    // "Was anyone at Solihull disciplined after…": what happened to a council's staff is its own business, not a report's.
    reason: () => "The reports do not hold that: they say nothing of what happened to a council's staff (discipline, dismissals, suspensions or prosecutions), only what inspectors found of practice.",
    test: (lower) =>
      / (?:was|were|has|have|had|did|got|get|is|are) (?:anyone|anybody|someone|somebody|any (?:of the )?(?:staff|social workers?|managers?|leaders?|officers?)|the (?:dcs|director|social workers?|managers?|staff|team)) (?:\w+ ){0,2}?(?:disciplined|sacked|fired|dismissed|suspended|struck off|prosecuted|charged|held accountable|punished) /.test(lower),
  },
  {
    // "Did the inspectors read my file when they came to Derby?": whose records inspectors read is not published, and the
    // reports never identify a child, nor name the staff they criticise or praise.
    reason: () => "The reports do not hold that: they never identify a child or name the staff whose work inspectors saw, nor say whose records were read.",
    test: (lower) =>
      / (?:read|look at|looked at|looking at|see|saw|seen|check|checked|review|reviewed|audit|audited|sample|sampled) (?:at )?(?:my|his|her)(?: (?:own|son|sons|daughter|daughters|child|childs|children|kids|grandson|granddaughter|nephew|niece)){0,2} (?:file|case|records?|notes|case file|case notes) | (?:my|his|her) (?:own )?(?:file|case file|records?|case notes) (?:\w+ ){0,3}?(?:read|looked at|seen|checked|sampled|audited) | (?:criticis\w*|criticiz\w*|praised?|named|singled out|blamed) (?:\w+ ){0,3}?by name /.test(lower) ||
      // "Which individual social workers did inspectors name and criticise?", "…can you tell me what's on their file?"
      / (?:which|what|any) (?:individual |named |particular )?(?:social workers?|staff|managers?|practitioners?|workers?|officers?|team managers?) (?:did|were|was|have|has) (?:\w+ ){0,2}?(?:name|named|criticis\w*|criticiz\w*|praise|praised|single out|singled out|blame|blamed) | what (?:s |is )?(?:on|in) (?:my|his|her|their) (?:own )?(?:file|case file|records?|case notes) | who (?:is|s) (?:my|his|her|their) (?:social worker|case worker|caseworker) /.test(lower),
  },
  {
    // "What did Ofsted say to Wolverhampton at its annual engagement meeting?", "the feedback Ofsted gave the DCS privately
    // at the end of the inspection": Ofsted's meetings with a council are not published; its reports and letters are.
    reason: () => "The reports do not hold that: Ofsted's annual engagement meetings, its feedback to a council at the end of an inspection and its other conversations with a council are not published; only its inspection reports and visit letters are.",
    test: (lower) =>
      / (?:at|in|during|from|of) (?:the |its |their |our |this year s |last year s |(?:19|20)\d\d )?(?:annual (?:engagement )?(?:meeting|conversation)s?|engagement meetings?|keeping in touch meetings?|keep in touch meetings?) /.test(lower) ||
      / (?:feedback|said|told|gave) (?:[a-z0-9]+ ){0,6}?privately | (?:private|verbal|oral) (?:feedback|meeting|briefing|conversation|notes?)s? | (?:inspectors?|ofsted|hmi) s? (?:own |working |case )?notes | feedback meetings? | before the (?:report|letter) (?:came out|was published|went public) /.test(lower),
  },
  {
    // "Has Ofsted signed off the action plan Havering had to send in?": what Ofsted made of a council's plan is not published.
    reason: () => "The reports do not hold that: a council's action plan after an inspection, and what Ofsted made of it, are not published by Ofsted; a later visit letter or inspection report may say how the council has got on since.",
    test: (lower) => / (?:signed off|sign off|approved|approve|accepted|accept|agreed|rejected|happy with) (?:the |their |its |our )?(?:improvement |post inspection )?action plan /.test(lower),
  },
  // Schools, nurseries, homes and agencies, and the area SEND inspections (unknowable-inspected-apart.ts).
  INSPECTED_APART,
  {
    // "Who's the current DCS at Reading?": reports name their inspectors, never the council's officers.
    reason: (who) => `The reports do not name ${who === 'an authority' ? "an authority's" : `${who}'s`} officers or members (the DCS, lead member, chief executive or managers), only the inspectors; what the latest report says of the role is below.`,
    test: (lower) =>
      / (?:who s|whos|who is|who) (?:taking over|stepping in|coming in|starting|being appointed|going to be|replacing [a-z]+) as (?:the )?(?:new |next |interim |permanent )?(?:dcs|director|lead member|chief executive|ceo) /.test(lower) ||
      / (?:who|whos|what s the name of|name of|names of) (?:is |s |are |was )?(?:the |their |its )?(?:current |new |present |interim |acting |permanent )?(?:dcs|director|directors|director of childrens services|lead member|lead members|portfolio holder|cabinet member|chief executive|ceo|head of service|heads of service|principal social worker|psw|lado|assistant director|virtual school head|vsh|virtual head|head of the virtual school|head of (?:early help|safeguarding|children s services|childrens services|social care|social work|fostering|adoption|quality assurance|the mash|mash|the front door|front door|care leavers|leaving care)) /.test(lower) ||
      // "Who currently occupies the post of Director of Children's Services in Rotherham?"
      / who (?:currently |now |presently )?(?:occupies|holds|fills|is in) (?:the )?(?:post|role|position|office) of /.test(lower) ||
      // "somerset dcs now", as typed into a search box.
      / (?:dcs|director of childrens services|lead member|chief executive|ceo|principal social worker|psw|vsh|virtual school head) (?:now|currently|today|rn|at the moment|atm) $/.test(lower) ||
      // "Who runs children's services in Oldham?"
      / (?:who|whos) (?:runs|leads|heads|heads up|manages|is in charge of|in charge of|is responsible for) (?:the )?(?:children services|childrens services|csc|childrens social care|children social care|social care|the service) /.test(lower) ||
      // "Who heads up the leaving care team at Wigan?": a team's manager by name.
      (/ (?:who|whos) (?:heads up|heads|runs|leads|manages|is in charge of) (?:the |their |its )?(?:[a-z]+ ){0,3}?(?:team|service|unit|department|hub|mash) /.test(lower) && !/ (?:say|said|says|write|wrote|written) /.test(lower)) ||
      // "Was Halton's DCS sacked after they dropped to inadequate?": what became of an officer.
      / (?:dcs|director|director of childrens services|chief executive|ceo|lead member|head of service) (?:been |get |got |was |were )?(?:sacked|fired|dismissed|suspended|resign|resigned|quit|replaced|removed|ousted|step down|stepped down|moved on|forced out) /.test(lower),
    saidAnywhere: /\b(?:DCS|director of children's services|directors?|lead member|portfolio holder|chief executive|head of service|principal social worker|LADO|assistant directors?)\b/i,
  },
  {
    // "Can you give me Naintara Khosla's email or phone number?", "how do I contact the lead inspector?"
    reason: () => "The reports give no one's contact details: they name the inspectors who wrote them, and no email address, phone number or address for them or the council's staff.",
    test: (lower) =>
      / (?:contact details|contact number|contact info|direct (?:line|number|dial)|(?:email|e mail) address|(?:phone|mobile|telephone) number)(?: [a-z]+){0,4} $| (?:email|e mail|phone|mobile) (?:or [a-z]+ )?(?:number |address )?$/.test(lower) &&
      / (?:give|send|what|whats|can you|could you|can i have|could i have|do you have|have you got|find|share|get|need) | (?:how|where) (?:do|can|could|would) (?:i|we) (?:contact|reach|email|phone|ring|call|get hold of|get in touch with) /.test(lower) &&
      !/ (?:action plan|protectionofchildren) /.test(lower) ||
      // "who heads up the leaving care team at Wigan? need a name and email to escalate a case"
      / (?:need|want|give me|send me) (?:a |their |his |her |the )?name and (?:an? )?(?:email|e mail|number|phone number|contact details) /.test(lower) ||
      // "A requester wants the names and contact details (email and phone) of the team managers in Peterborough's front door."
      / names? and (?:their )?contact details | names? and (?:an? |their )?(?:email|e mail|phone|phone number|number) (?:address )?(?:of|for) /.test(lower),
  },
  {
    // "Which council has the best social workers in your opinion?", "is it worth moving to Hampshire as a SW?", "is
    // Redbridge a good place to work?"
    reason: () => 'I give no opinions or advice: I can only quote what inspectors found, and each grade they gave, cited.',
    test: (lower) =>
      / (?:would (?:you|u) rather|which would (?:you|u) (?:pick|choose|prefer)|would (?:you|u) prefer|in your (?:opinion|view)|what do (?:you|u|ya) (?:think|reckon)|do (?:you|u) (?:think|reckon)|would (?:you|u) (?:recommend|say|go|advise|suggest)|(?:what|how) (?:would|should|do|can) (?:you|u) (?:advise|suggest)|your (?:opinion|view|recommendation)|is it worth (?:moving|working|applying|going)|(?:would|will) (?:[a-z]+ )?(?:suit|suits) (?:me|us) (?:better|best)|should (?:i|we) (?:switch|take|move|work|apply|go|join|copy|send|adopt|follow|borrow|use|try|do|put|focus|foster|choose|pick|escalate|report|raise|complain|refer|challenge|contact|chase|push|whistleblow|prioriti[sz]e|concentrate|spend|start|tackle|restructure|reorgani[sz]e|redesign|change|set up|bring in|introduce|model|replicate|emulate|merge|outsource|commission|invest|hire|recruit|cut|stop|scrap)|(?:what|where) should (?:i|we) (?:focus|prioriti[sz]e|start)|thoughts $|any thoughts|(?:any )?tips (?:on|for) (?:how to )?(?:prep|prepare|get ready|getting ready|preparing)|how (?:do|should|can) (?:we|i) (?:prep|prepare|get ready) for|(?:best|nicest|worst) (?:council|councils|la|las|authority|place) to work|(?:would|will) (?:we|i|they|my (?:family|kids|children)|the (?:kids|children)) be better off|better (?:council|la|authority|place|department|service|team) to (?:live|move|foster|adopt|work|practi[cs]e)) /.test(lower) ||
      // "Is Redbridge a good place to work?" (not "going by what Ofsted says", nor "what did inspectors say about staff
      // morale - is it a good place to work?", which the reports answer).
      (/ (?:a )?(?:good|decent|nice|ok|okay|great|bad|better) (?:council|la|authority|place|borough) to work /.test(lower) && !/ (?:ofsted|inspectors?|reports?|say|says|said|according) /.test(lower)) ||
      // "Should our school spend pupil premium plus on tutoring or mentoring?", "should our charity bid for the family hubs
      // contract in Hull?": advice to the asker's own service.
      / should (?:our|my) (?:school|team|service|council|la|department|trust|unit|setting|charity|organisation|organization|company|agency|practice|alliance|partnership|board|network|group) (?:spend|use|do|invest|choose|go|buy|commission|try|adopt|prioriti[sz]e|bid|tender|apply|support|focus on) /.test(lower) ||
      // "Should Hull copy how Leeds runs family group conferences?", "should our virtual school copy the way Hammersmith and
      // Fulham do things?": whether to follow another council's way is advice, which the reports cannot give.
      / should (?:[a-z]+ ){1,3}?(?:copy|replicate|emulate|borrow|follow|adopt) (?:how|the way|what|whatever|their|its) /.test(lower) ||
      // "Is Thurrock's outstanding grade actually deserved?": whether a grade was earned is an opinion.
      / (?:grade|rating|judgement|judgment|outstanding|good|inadequate|ri) (?:(?:actually|really|truly) )?(?:deserved|justified|undeserved|unjustified|warranted) /.test(lower) ||
      // "Which council would be better for my placement, Leeds or Kirklees?": a choice for the asker.
      / (?:which|what) (?:council|la|authority|one|place|borough) (?:would|will|should|is) (?:be )?(?:better|best) for (?:me|my|us|our) /.test(lower) ||
      // "Which evaluation area should Stockton put its effort into so it doesn't get RI?": advice on avoiding a grade.
      / should (?:[a-z]+ ){1,5}?(?:put|focus|prioriti[sz]e|concentrate|invest|spend)\b(?: [a-z]+){0,10}? so (?:that )?(?:it|they|we) (?:doesn t|doesnt|don t|dont|won t|wont|does not|do not|will not|never) (?:get|end up|drop|fall|go) /.test(lower),
  },
  {
    reason: () => 'No report can say what a future inspection will find or grade: the reports only judge what inspectors saw.',
    // "Which councils are going to drop a grade?", "will Bury go up?"
    test: (lower) =>
      / (?:predict|prediction|forecast|likely to (?:be|get)|what would (?:[a-z]+ ){1,3}?(?:get|be rated|be graded|be judged|score) if|(?:will|ll|theyll|itll|gonna) (?:\w+ )?(?:be rated|get|receive|achieve)|what grade will|chances of|would (?:they|it|we) (?:come out|get|be rated|be judged|be graded)|would (?:that|this|it) (?:get|give|earn|win) (?:us|them|you) (?:a |an )?(?:better|higher|good|outstanding|improved)) /.test(lower) ||
      / (?:going to|gonna|will|likely to) (?:\w+ )?(?:drop|fall|slip|improve|decline|go up|go down|move up|move down|lose|keep|hold onto) (?:to |down to |back to |from )?(?:a |their |its |the )?(?:grade|grades|rating|ratings|judgement|judgements|outstanding|good|inadequate|requires improvement|ri) /.test(lower) ||
      // "Is Enfield on track for outstanding?", "Good to outstanding next time — is Enfield on track?"
      / (?:on track|on course|in line) (?:for|to) (?:[a-z]+ ){0,2}?(?:outstanding|good|a better grade|an upgrade) /.test(lower) ||
      (/ (?:on track|on course) /.test(lower) && / next (?:time|inspection|ilacs|one) /.test(lower)),
  },
  {
    // "What did HMIP grade their youth justice service?", "CQC rating for the trust", "what did CIW find at Cardiff's most
    // recent inspection?": another inspectorate's judgement, or Ofsted's counterparts' outside England.
    reason: () =>
      "I hold only Ofsted's inspections of children's services and focused-visit letters: other inspectorates' reports (Care Inspectorate Wales, the Care Inspectorate in Scotland, HM Inspectorate of Probation on youth justice, the CQC, HMICFRS on the police) are not in this index.",
    // "What did Ofsted say about the CQC's findings?" asks what the reports say: paragraphs answer it.
    test: (lower) =>
      (/ (?:hmip|hmi probation|hmiprobation|probation inspectorate|inspectorate of probation|cqc|care quality commission|hmicfrs|hmic) /.test(lower) && !/ (?:ofsted|inspectors) /.test(lower)) ||
      OTHER_INSPECTORATE_ASKED.test(lower),
    // No `mentionedIn` here: the reports' passing mentions of another inspectorate ("the CQC and Ofsted's joint SEND
    // inspection…") do not say what it found. (The pattern this row once had was unreadable and never matched; read as
    // written, it answered a held-back question about the CQC with paragraphs.)
  },
  {
    reason: () =>
      'I hold only inspection reports and focused-visit letters: monitoring visits, joint targeted area inspections (JTAIs) and SEND inspections are not in this index.',
    // "What the joint Ofsted and CQC SEND area inspection found about EHCP delays, for Surrey".
    test: (lower) => / (?:monitoring visits?|jtai|jtais|joint targeted|area send|send inspections?|send inspection|send area inspections?|(?:ofsted and cqc|cqc and ofsted) (?:[a-z]+ ){0,3}?inspections?) /.test(lower),
    mentionedIn: /\bmonitoring visits?\b|\bJTAIs?\b|\bjoint targeted (?:area )?inspections?\b|\bSEND inspections?\b/i,
  },
  {
    // "What did the DfE statutory direction issued to Tameside require?": the department's documents, not Ofsted's.
    reason: () =>
      "I hold only Ofsted's inspection reports and focused-visit letters: the DfE's statutory directions, improvement notices and commissioners' reports are not in this index.",
    test: (lower) =>
      / (?:statutory directions?|improvement notices?|(?:dfe|department for education|secretary of state(?: s)?|government) (?:appointed )?(?:children(?: s)? )?(?:commissioners?|improvement advisers?|advisers?)(?: s)? (?:(?:latest |last |most recent )?(?:progress )?report|review|recommendations?|recommend(?:ed|s)?|said|found|concluded)|commissioners?(?: s)? report|improvement advisers?(?: s)? (?:(?:latest |last )?(?:progress )?report)) /.test(lower) &&
      !/ (?:ofsted|inspectors|inspection|report said|report say|letter) /.test(lower.replace(/ (?:commissioners?|improvement advisers?|advisers?)(?: s)? (?:(?:latest |last |most recent )?(?:progress )?report) /g, ' ')) ||
      // "Will Swindon end up with a commissioner or a trust now?": the department's decision, foretold.
      / (?:will|going to|gonna|likely to|expected to|about to) (?:[a-z]+ ){0,3}?(?:end up with|end up under|get|be given|be put under|be handed|be taken over by|go into|move to) (?:a |an )?(?:dfe |children s |new )?(?:commissioner|trust|statutory direction|improvement notice|intervention) /.test(lower),
  },
  {
    // "What does requires improvement mean?", "what is a focused visit?", "what's the difference between good and
    // outstanding?": the framework's definitions, which the reports apply but never give. (Of a council named, "what does
    // RI mean for Bury?" asks of Bury.)
    reason: () =>
      "The reports apply Ofsted's grades and describe each inspection and visit, but do not define them: what each grade and kind of visit means is set out in Ofsted's framework for inspecting local authority children's services (ILACS), which is not in this index. Ask which councils hold a grade, or what a council's latest report said, and I will quote it.",
    test: (lower, input) => input.u.authorities.length === 0 && (DEFINED_TERM_ASKED.test(lower) || TERMS_SET_APART.test(lower) || HOW_OFSTED_GRADES.test(lower)),
  },
  {
    // "How do I complain about Bury children's services?", "how do I become a foster carer in Bury?": how to deal with the
    // council, which no inspection report tells.
    reason: () =>
      "The reports do not say how to deal with a council (complaints, fostering or adoption applications, referrals): they are Ofsted's findings on its children's services. The council's own website says how; ask what inspectors said about its complaints or its fostering service and I will quote them.",
    test: (lower) => HOW_DO_I.test(lower),
  },
];

/** How Ofsted grades, asked as such: "how does Ofsted grade councils?", "what are the four grades?". */
const HOW_OFSTED_GRADES = / (?:how (?:does|do|did) (?:ofsted|inspectors|hmi) (?:grade|rate|judge|score|mark)(?: councils?| las?| authorities| local authorities| childrens services)?|what are the (?:four |4 |ofsted |possible )?(?:grades|ratings|judgements|judgments)(?: ofsted (?:gives?|uses?))?) $/;

/** The asker's own dealings with a council: "how do I complain about…", "how can we become foster carers in…". */
const HOW_DO_I =
  /^ (?:can|could|how do|how can) (?:i|we) (?:see|access|get|read|request|get hold of) (?:my|our) (?:[a-z]+ ){0,5}?(?:records?|files?|notes) |^ (?:can|could) (?:ofsted|you|inspectors) (?:get|give|send|find) (?:me|us) (?:my|our) |^ (?:can|could) (?:i|we) get (?:my|our) (?:[a-z]+ )?(?:child|children|son|daughter|grandson|granddaughter|grandchild|grandchildren|niece|nephew|brother|sister|kids?) (?:moved|placed|back|returned|seen|assessed|a social worker|an assessment) |^ (?:how|where) (?:do|can|could|would|should) (?:i|we|my (?:family|partner)|a parent|parents) (?:complain|make a complaint|raise a complaint|lodge a complaint|appeal|become (?:a )?(?:foster carers?|adopters?|an adopter|a social worker)|apply to (?:foster|adopt|become)|foster|adopt|make a referral|refer a child|report a concern|get (?:a|my) social worker|change (?:my|our) social worker) /;

/** The grades and kinds of inspection, as named in a question about what they mean. */
const FRAMEWORK_TERM =
  '(?:requires improvement(?: to be good)?|ri|inadequate|outstanding|good|adequate|focused visits?|fvs?|ilacs|sifs?|single inspection framework|standard inspections?|short inspections?|monitoring visits?|(?:full |graded )?inspections?|(?:an |the )?(?:ilacs |inspection )?framework)';
const DEFINED_TERM_ASKED = new RegExp(
  ` (?:what (?:does|do|is|s|are)|whats|what is meant by|meaning of|definition of|define) (?:a |an |the )?(?:grade |rating |judgement |judgment )?(?:of )?${FRAMEWORK_TERM}(?: grade| rating| judgement| judgment)? (?:actually |exactly )?(?:mean|means|stand for|stands for)? ?$`,
);
const TERMS_SET_APART = new RegExp(` (?:what (?:s |is )?|whats )the difference between (?:a |an )?${FRAMEWORK_TERM} and (?:a |an )?${FRAMEWORK_TERM} $`);

/** The year a question names, or the end of the range it names ("by 2027"), else 0. */
function yearAsked(input: KindInput): number {
  const { year, range } = input.u;
  if (typeof year === 'number') return year;
  if (range?.kind === 'as-at') return Number(range.date.slice(0, 4));
  return range?.kind === 'years' ? (range.to ?? range.from ?? 0) : 0;
}
