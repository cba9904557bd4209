/**
 * The words by which a question asks about grades (grade-questions.ts, readGradeQuestion): a comparison, a count or
 * list, a grade named, a change or a history, when a grade was given, and what a paragraph question says instead
 * ("what did they say", a figure's trend, practice got right).
 */

/** Set against each other; "Salford v Stockport" as the courts write it, "which is better, Hull or York?", "Doncaster, Rotherham, Barnsley - who's rated best?" (only where two councils are named). */
export const COMPARE = /\b(?:compare[sd]?|comparing|comparison|versus|vs|v|benchmark(?:ed|ing)?|outperform(?:s|ed|ing)?|(?:stack|stacks|stacked|measure|measures|measured) up|side by side|next to each other|alongside each other|(?:which|who|whos) (?:one )?(?:(?:is|was|s|are|were) |(?:has|have|had|gets?|got) (?:the )?|(?:scored|did|came out|comes out|come out) )?(?:rated |graded |judged )?(?:better|worse|higher|lower|stronger|weaker|best|worst|highest|lowest)\b(?! (?:to|place|council|la|authority|for (?:me|us|my|our|a|an|foster|fostering|adopt|adopting|adopters|work|working|kids|families|social workers))\b))\b/;
export const COUNT = /\bhow many\b|\bnumber of\b|\bcount\b|\b(?:what|which) (?:percentage|proportion|share|fraction|per cent|percent)\b/;
/** Authorities asked for together: "which councils…", "every council that's inadequate". */
export const COLLECTIVE = /\b(?:councils|authorities|las|local authorities|areas|ones|any|every (?:council|authority|la|local authority))\b/;
// "Who is still RI?", "who's outstanding?": "who" asked of a grade, with no council named, is which councils.
export const WHICH = /^(?:which|what|list|name|show)\b|\bwhich\b|\ba list of\b|^who (?:(?:is|are|s|re|was|were|got|has|have|had) )?(?=(?:still |now |currently )?(?:outstanding|good|ri|requires|inadequate|adequate|rated|graded|judged|(?:the )?(?:best|top|highest|worst|lowest) (?:grades?|ratings?|judgements?|marks?))\b)/;
export const GRADE_WORD = /\b(?:(?:come|came|comes) out of (?:its|their|the)|(?:ofsted s |ofsteds |ofsted )scale|(?:how )?(?:did|do|does) (?:ofsted|inspectors|they) (?:judge|grade|score)|what (?:did|do|does) (?:ofsted|inspectors|they) give (?:[a-z]+ ){0,3}?for|(?:ofsted|inspection) (?:status|standing|category|level)|grades?|graded|grading|ratings?|rated|rate|judgements?|judgments?|judged|outcomes?|overall effectiveness|oe|results?|marks?|marked(?= (?:as )?(?:outstanding|good|inadequate|requires|ri|adequate)\b)|scores?|verdicts?|pass|passed|fail(?:ed)?\b(?! (?:me|us|my|our|him|her|his|them|their|kids|children|families|young people|to)\b))\b/;
/** A grade named as one, not a verdict ("pass", "result") that a focused visit's outcome may be called. */
export const GRADE_NAMED = /\b(?:grades?|graded|grading|ratings?|rated|judgements?|judgments?|judged|ilacs|inspections?)\b/;
/** A change of grade asked: "getting better", "used to be", "RI to good", "up or down", "did it change". */
export const TREND = /\b(?:any (?:movement|shift|change)\b|(?:move|moved|moving|get|got|come|came) (?:off|on from|away from) (?:that|the|its|their) (?:judgement|judgment|grade|rating)\b|the (?:movement|shift) (?:between|since|from)\b|(?:did|has|have|had) (?:they|it|(?:(?:their|its|the) )?(?:ofsted )?(?:rating|grade|judgement))(?: actually| really| ever)? (?:drop|dropped|fall|fallen|fell|slip|slipped|go up|gone up|go down|gone down)\b|(?:better|worse) or (?:better|worse)\b|any (?:better|worse)\b(?= (?:\w+ ){0,6}?than\b)|(?:get|gets|getting|got|doing|done) (?:any )?(?:better|worse)|^(?:is|are) (?:any )?(?:better|worse)$|(?:come|came|got|get|climbed|climb) out of it\b|(?:stuck|been) (?:on|at) (?:outstanding|good|ri|requires improvement|inadequate) (?:the whole time|all along|every time)|(?:weren t|wasn t|werent|wasnt) (?:they|it) (?:outstanding|good|ri|requires improvement|inadequate) (?:last time|before|previously)\b|(?:come|came|got|get|climbed|climb|moved|move|finally|now|yet|is|are|s|it|they) out of (?:inadequate|ri|requires improvement)(?! (?:at|in) (?:the|its|their) )|(?:is|are) (?:it|they|things) (?:any )?(?:better|worse)(?! than| or)|used to be|(?:outstanding|good|ri|requires improvement|inadequate) to (?:outstanding|good|ri|requires improvement|inadequate)|(?:up|down|back) to (?:outstanding|good|ri|requires improvement|inadequate)|^off (?:ri|requires improvement|inadequate)|up or down|down or up|(?:came|come|comes|coming) out (?:higher|lower|better|worse)|(?:grade|judgement|judgment|rating|it|that) change|improved|improving|improve|declined|declining|deteriorated|deteriorating|changed|changing|progressed|recovered|recovering|(?:a )?step (?:down|up)|climb|(?:up|down) since|trend|trajectory|over time|over the years|always|history|slip|gone (?:up|down)|(?:go|goes|went|going|moved|move|moves|moving|come|came|comes|coming) (?:up|down)(?! (?:to|with|in|on|at|about)\b)|(?:go|goes|gone|went|going|slipped|moved) (?:backwards?|forwards?|downhill)|(?:climbed|climb|clawed|crawled) (?:its way |their way )?out of|(?:get|got|gets|getting) (?:out of|off) (?:ri|requires improvement|inadequate|special measures)|climbed|risen|rose|slipped|worsened|any more|anymore|jumped|(?:go|goes|gone|went|going|come|came|move|moved) (?:up|down) (?:at|in) (?:its|their|the)(?: (?:last|latest|most recent|recent|next))? (?:ofsted )?(?:inspection|ilacs|sif|one)|(?:lose|lost|losing|loses) (?:(?:its|their|the|that|an|a) )?(?:outstanding|good|requires improvement|ri|inadequate)(?: grade| rating| judgement)?|(?:lose|lost|losing|loses) (?:its|their|that) (?:grade|rating|judgement)|leapt|leaped|plummeted|plunged|nosedived|(?:fallen|fell|falling|fall|gone|went) off (?:a|the) cliff|(?:an |any )?(?:improvement|step up|step down|advance) on (?:last time|before|the (?:last|previous) (?:one|inspection|time)|(?:its|their) (?:last|previous) (?:one|inspection))|(?:moved|shifted|changed) (?:a |its |their )?(?:grade|rating|judgement)s?|(?:the )?same as (?:last time|before|the (?:last|previous) (?:one|inspection|time))|(?:outstanding|good|requires improvement|ri|inadequate) (?:for (?:long|a long time|ages|years)|(?:a|the) long time)|(?:better|worse|higher|lower|stronger|weaker) than (?:(?:at|in) (?:the |its |their )?(?:old )?(?:sif|single inspection)|the (?:one |inspection |time )?before|(?:the |its |their )?(?:previous|last|earlier) (?:one|time|inspection|ilacs|sif|grade)|last time|before|(?:it|they) (?:was|were|had been))|(?:compared (?:with|to)|vs|versus|v) (?:the )?(?:last time|last one|one before|previous (?:one|inspection|time|grade)|before)|(?:how far|how much) (?:has|had|did|have) (?:(?:it|they|\w+) )?(?:fall|fallen|fell|drop|dropped|slip|slipped|sink|sunk|improve|improved|rise|risen|climb|climbed|come on)|(?:turned|turn|turns) (?:it |things )?(?:a)?round|journey|bump(?:ed|s)? (?:\w+ )?(?:up|down)|(?:dropped|dropping|drop|drops|fell|fallen|fall|slipped|slip|went down|gone down|go down|went up|gone up|go up|moved up|moved down|rose|risen|jumped|lost|gained|climbed) (?:a|one|two|three) (?:whole )?(?:grade|grades|rating|ratings|level|levels|notch|notches|band)|(?:shift|shifted|budge|budged) (?:it|them|things|(?:(?:the|its|their|\w+ s) )?(?:grade|rating|judgement)))\b/;
/** A direction alone, as typed into a search box: "Darlington up since 2022?", "Bury gone down?". */
export const BARE_DIRECTION = /^(?:(?:gone|going|went|go|moved|moving) )?(?:up|down)$/;
/**
 * A history asked for by name, which "now" ends rather than replaces: "Sunderland's grade history, back in the day to now",
 * "judged from the old-style one through to the latest inspection".
 */
export const WHOLE_HISTORY = /\b(?:history|over time|over the years|from the (?:very )?(?:start|beginning)|from the (?:old(?: style)?|first|earliest|sif|original) (?:\w+ ){0,2}?(?:through|up|right) to)\b/;
/** The inspection before the latest: "their previous inspection", "before the latest one", "the one before", "before that". */
/**
 * A grade asked of the time before the latest, with no inspection named: "what was Bury's grade before?", "what were
 * they rated before that?", "Bury's old grade?". Read as the history, which shows it beside the latest.
 */
export const BEFORE_NOW = /\b(?:grade|grades|rating|ratings|rated|judged|graded|judgement|judgements|was|were|it|they|been) before(?: (?:that|then|this(?: one)?|now))?$|\b(?:old|former|penultimate) (?:grade|rating|judgement)s?\b/;
export const PREVIOUS = /\b(?:previous|prior|preceding|earlier) (?:inspection|ilacs|sif|grade|rating|judgement|one)s?\b|\bbefore (?:that|then|(?:the|its|their)(?: latest| last| most recent| current| recent)?(?: one| inspection| ilacs| sif| grade| rating))\b|\b(?:inspection|one) before\b/;
/** Grades over more than one inspection: "all", "ever", "in a row", "how many times", "how long has it been RI". */
export const HISTORY = /\b(?:history|sequence|in a row|on the trot|how many times|how often|how long (?:has|have|had|was|were|is|are) (?:it |they )?(?:been|stayed|remained|sat|sitting|stuck)|(?:out of|off) (?:ri|requires improvement|inadequate|special measures) (?:yet|now)|over time|over the years|all|each|every|previous|past|changed|trend|since|onwards|in order|chronological(?:ly)?|(?:ever|never) (?:been|had|got|rated|judged|graded|achieved|managed)|(?:was|were|is|are|has|have) (?:it |they )?(?:ever|never)|(?:lowest|highest|best|worst) (?:\w+ ){0,3}ever|(?:before|after) the (?:outstanding|good|inadequate|ri|adequate) (?:one|inspection))\b/;
/** "What did Bury get right on care leavers?": practice judged, not a grade. */
export const RIGHT_OR_WRONG = /\b(?:get|got|gets|getting|gotten) (?:\w+ )?(?:right|wrong)\b/;
/** "What did Bexley get in 2023?": with no topic, what an authority got is its grade. */
export const GOT = /\b(?:get|got|gets|receive|received|achieve|achieved|score|scored|land|landed)\b|\bhow (?:did|does|has|have|is|was|were) (?:it |they )?(?:do|doing|done|fare|fared)\b|\bhow (?:bad|grim|harsh|damning|glowing) (?:was|were|is)\b/;
/** Words asking what the reports say, not what they graded. */
export const SAYS = /\b(?:say|said|says|wrote|write|written|comment|comments|commented|describe|described|note|noted|in (?:the|their) (?:ofsted )?reports?)\b/;
/** A council's statistical neighbours, as DfE names them, or as staff say it: "similar councils", "comparator authorities". */
export const NEIGHBOURS = /\b(?:(?:statistical|stat|stats) )?neighbou?rs?\b|\b(?:similar|comparator|comparable) (?:councils|authorities|las|local authorities|areas|boroughs)\b|\b(?:councils|authorities|las|places) like (?:it|them|us|ours)\b/;


/** A figure whose change may be asked: "the number of children in care", "caseloads", "the rate of referrals". */
export const FIGURE = /\b(?:number|numbers|figures?|rates?|percentage|proportion|count|amount|caseloads?|referrals|vacancies|turnover|spend|spending)\b/;

/** Words that ask whether a grade changed, beyond {@link TREND}'s: "go up or down", "higher than", "keep its grade". */
export const CHANGE_ASKED = /\b(?:up or down|down or up|better or worse|worse or better|higher|lower|same|kept|keep|held|hold|retained|retain)\b/;

/**
 * When a grade was given, asked of one council: "when was Birmingham rated inadequate?", "what year was Sandwell
 * inadequate", "which inspection was the RI one?". The answer is its history, which dates each grade; "when" is how
 * the question asks, not its topic.
 */
export const WHEN_GRADED = /\b(?:when|(?:what|which) (?:year|date|month|inspection|ilacs|one))\b(?! (?:\w+ ){0,3}?(?:inspected|visited|inspection|visit)\b)(?= (?:\w+ ){0,4}?(?:outstanding|good|inadequate|ri|adequate|requires)\b)|\b(?:outstanding|good|inadequate|ri|adequate) (?:\w+ ){0,2}?when$/;

/**
 * How many councils have each grade: "how many councils at each grade?", "breakdown of grades across England", "what's
 * the most common grade?", "what grade do most councils have?".
 */
export const BY_GRADE =
  /\b(?:(?:at|in|for|on|with|by) (?:each|every) (?:grade|rating|judgement|level)|breakdown|broken down|split (?:by|across|between) (?:the )?(?:grades?|ratings?)|(?:spread|split) (?:across|between|over) (?:the )?(?:grades?|ratings?)|distribution|(?:most|least) (?:common|usual|frequent) (?:grade|rating|judgement|outcome)|commonest (?:grade|rating|judgement)|by grade|(?:grade|rating) do most|(?:grade|rating) (?:have|has|got) most)\b/;

/** The words of a count by grade ({@link BY_GRADE}) that are how it is asked, not its topic. */
export const BY_GRADE_WORDS: ReadonlySet<string> = new Set(
  'breakdown broken down split spread across between over among amongst distribution most least common usual frequent commonest grade grades rating ratings judgement judgements level levels each every england have has got'.split(' '),
);

/** The words of the areas' titles said loosely ("Children in care experiences in Redbridge — how were they graded?"). */
export const AREA_ONLY_WORDS: ReadonlySet<string> = new Set(
  'areas area kids kid care leavers leaver leaving looked after cla lac cic help protection child leadership leaders adoption management governance front door safeguarding permanence cp practice experiences experience progress impact life lives'.split(' '),
);

/**
 * A practice question turned into a grade question by what follows it: "how well does Thurrock do by its care leavers,
 * like what did Ofsted rate them last time?", "is Bexley any good at protecting children? what did they get…". Not of a
 * visit, which has no grade to give (focused-visit.ts says so).
 */
export const GRADE_CLARIFIED = /^(?!.*\b(?:visits?|fvs?|focused)\b).*\b(?:how (?:well|good)|any good)\b.*\b(?:what (?:did|does|do) (?:ofsted|inspectors|they) (?:rate|grade|give|judge|get)|on (?:ofsted s |ofsteds |the ofsted |ofsted |their )?(?:scale|ratings? scale|grading))\b/;
