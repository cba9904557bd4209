/**
 * Asides typed around a question in chat, never searched (withoutAsides, asides.ts, applies them): words struck
 * through, slang, hesitations and feelings, tag questions, the asker's time away, new job, time with the council and
 * context in brackets, what the asker knows already or wants besides, why they ask and what the answer is for, when or
 * in what order and size the answer is wanted, a quiz's frame and an afterthought's marker. Each was learned from the
 * routing rounds of the stop that added it (docs/asking.md).
 */

/**
 * Words struck through, which the asker took back as they typed: Discord's "~~Wigan~~ Bolton", Slack's "~Wigan~ Bolton".
 * Slack's single tilde strikes only between non-word characters and around a word ("~50 children" is a tilde of its own).
 */
export const STRUCK_THROUGH = /~~[^~\n]{1,80}~~|(?<![\w~])~(?=[^\s~\d])[^~\n]{1,80}(?<=[^\s~])~(?![\w~])/g;

/**
 * When the asker starts a new job ("Starting in Tameside next month.", "I join Bury in the new year"): the asker's
 * future, not a question about what happens next. Only its first group is set aside (a lookbehind of the verb before
 * the time, tried at every position, made every question slower).
 */
export const ASKER_STARTS =
  /\b(?:starting|start|joining|join|moving|move|beginning|begin)\b[^.?!,;]{0,40}?( (?:next|this coming) (?:month|week|year|term)\b| in the new year\b| in (?:january|february|march|april|june|july|august|september|october|november|december)\b)/dg;

/**
 * Chat slang around a question ("ngl", "tbh", "lowkey", "smh", "istg", "pls n thx"), and the hesitations dictation
 * writes down ("erm", "um"): how it is said, never searched.
 * "fr" (for real) only at a sentence's end, where it cannot be "from".
 */
export const SLANG =
  /\b(?:ngl|tbh|tbf|icl|smh|istg|imo|imho|lowkey|low key|highkey|no cap|lol|lmao|omg|oof|yikes|bruh|tysm|pls n thx|plz n thx|please and thanks|ta muchly|erm+|umm*|uhm*|uhh+|hmm+)\b|(?<=\s)(?:fr|frfr)(?= *(?:[?!.]|$))/g;
/**
 * How the asker feels, or that they looked, in a sentence after the question: "…? lowkey shocked care leavers weren't
 * good", "…?? can't find it anywhere".
 */
export const FEELING_AFTER = /(?<=[?!.] *)(?:heard|hearing) (?:some |the )?rumou?rs?(?: (?:this|last) (?:yr|year|week|month))?\b[.!]?|(?<=[?!.] *)(?:(?:so|bit|a bit|kinda|honestly|really|genuinely|lowkey|low key|highkey|ngl|tbh|icl) )*(?:shocked|surprised|gutted|amazed|stunned|shook|baffled|confused|relieved|not surprised|unsurprised)\b[^?!.]*[?!.]?|(?<=[?!.] *)(?:i )?(?:can t|cannot|couldn t|cant|couldnt) (?:find|see) (?:it|them|this|that|one)(?: anywhere| online| on (?:the )?(?:website|gov uk|ofsted s site))?\b[.!]?/g;

/** The asker's time away: "I've been out of the loop since about 2022", "been on mat leave for a year". */
export const TIME_AWAY =
  /\b(?:(?:i ve|ive|i have|we ve|we have) )?been (?:out of the loop|out of touch|away|off|on leave|on (?:mat|maternity|paternity|parental|sick) leave|on secondment)(?: (?:for (?:a while|ages|a bit|a year|a few (?:months|years)|months|years)|since (?:about |around |roughly )?(?:(?:19|20)\d\d|last year|the summer|christmas)))?\b/g;

/**
 * A tag question ("…, hasn't it?", "…, didn't they?"): a premise the asker checks, which the answer shows anyway. A
 * sentence after the question that ends in one is the asker's guess ("What did Ofsted want Essex to work on? It was
 * something about separated migrant children, wasn't it?") and is set aside whole; elsewhere only the tag is.
 */
const TAG = "(?:isn t|wasn t|hasn t|haven t|hadn t|didn t|doesn t|don t|aren t|weren t|won t|wouldn t|can t|couldn t|is|was|has|have|had|did|does|do|are|were) (?:it|they|he|she|we|there|that|you)";
export const TAG_QUESTION = new RegExp(`(?<=\\? *)[^?!.]{1,160}?, *${TAG}(?= *\\?)|, *${TAG}(?= *\\?)`, 'g');

/** When in the council's year the answer is wanted: "before budget season", "ahead of the budget round". */
export const COUNCIL_SEASON = /\b(?:before|ahead of|for|during|in time for) (?:the )?budget (?:season|round|setting|cycle)\b/g;

/** When the answer is wanted for: "for a meeting on 12/15/2026", "for the board on Thursday". Not a time asked about. */
export const MEETING_ON =
  /\bfor (?:a |an |our |my |the |this |tomorrow s |next week s )?(?:[a-z]+ )?(?:meeting|board|panel|briefing|session|committee|call|catch up|supervision)(?: (?:on|at|next)) (?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+(?: \d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week)\b/g;
/**
 * The order asked for ("sorted by grade, best first", "newest evidence first, older stuff after", "in date order",
 * "alphabetical"): how the answer is laid out, never searched.
 */
export const ORDER_ASKED =
  /\b(?:(?:sorted|ordered|arranged|ranked) by (?:grade|name|council|region)(?:,? (?:best|worst|newest|oldest|latest|earliest) first)?|in (?:alphabetical|grade|date|chronological|time) order|(?:newest|latest|oldest|earliest|most recent|best|worst) (?:(?:evidence|report|reports|one|ones|stuff|grade|grades) )?first(?:,? (?:then )?(?:older|earlier|the rest|anything older)(?: [a-z]+){0,6})?|alphabetical(?:ly)?|a to z|in order if more than one)\b/g;


/** "(moving there for a job) give me the headlines on Herefordshire", "(asking for a friend)", "(sorry, long one)": the asker's context in brackets. */
export const BRACKETED_CONTEXT = /\((?:i m |im |i am |we re |we are |just |currently |possibly |maybe )?(?:moving|relocating|applying|starting|joining|asking for|sorry|long one|urgent|not urgent|fyi|btw|context|for context|for info|no rush)\b[^()]{0,60}\)/g;

/**
 * "…, I've just joined their IRO team.", "…? I start as a senior practitioner there in February.": the asker's new
 * team or job, after the question.
 */
export const JUST_JOINED =
  /(?<=[,.;?!–—-] *)(?:i ve|ive|i have|i m|im|i am) (?:just )?(?:joined|joining|started in|starting in|moved to|moving to) (?:the |their |its |a )?(?:[a-z]+ ){0,3}?(?:team|service|department|unit)\b[.!]?|(?<=[.;?!] +)(?:i|we) (?:start|started|join|joined|begin|began) (?:as (?:a |an )?[a-z]+(?: [a-z]+){0,3} )?there\b[^.?!]*[.!]?/g;

/**
 * "I've been offered a team manager post in Bradford - give me the lie of the land": the asker's job news at the head,
 * up to the place it names (which stays). At the head of a later sentence too, with no "I" ("…in 2021 I think? going
 * for a PA job so what did it find"), and the "so" that leads on to the question.
 */
export const JOB_OFFERED =
  /^\s*(?:i ve|ive|i have|i['’]ve|i m|im|i['’]m|i am|we ve|we['’]ve) (?:just )?(?:been offered|got|accepted|applied for|applying for|interviewing for|going for|got an interview for|an interview for) (?:a |an |the )?(?:[a-z]+ ){0,3}?(?:job|post|role|position|offer|secondment)\b|(?<=(?:^|[.?!;]) *)(?:(?:i m|im|i['’]m|i am|i ve|ive|i['’]ve|i have) )?(?:just )?(?:been offered|applied for|applying for|interviewing for|going for|got an interview for|an interview for|have an interview for) (?:a |an |the )?(?:[a-z]+ ){0,3}?(?:job|post|role|position|secondment)\b(?: (?:so|and)\b)?/gi;

/** "… — I know they had a rough 2022": what the asker knows already, after the question. */
export const KNOWN_ALREADY = /(?<=[—–-] +|[.?!;] +)(?:i|we) (?:know|remember|recall|heard) (?:that )?(?:they|it|there|things)\b[^.?!]*[.!]?/g;

/**
 * "Suffolk was outstanding when I fostered for them in 2019", "is Warwickshire better or worse than when I was first
 * elected in 2021?": the asker's own time with the council (its year stays).
 */
export const ASKERS_TIME_THERE = /\bwhen (?:i|we) (?:was first elected|were first elected|was elected|were elected|first started|first joined|was|were|worked|fostered|lived|started|joined|left|trained|volunteered|adopted)(?: (?:there|for them|with them|for it|for the council|at the council|in the area|as (?:a |an )?[a-z]+(?: [a-z]+)?))?(?= (?:in|back in|around|about) (?:19|20)\d\d\b| *[,;.?!]| *$)/g;

/** "…? Trying to see if Ofsted still checks in on the top performers.": why the asker asks, in a sentence after the question. */
export const WHY_AFTER = /(?<=[?!.] +)(?:i m |im |i am |we re |we are |just )?(?:trying|hoping|looking|wanting) to (?:see|get a (?:sense|feel|picture|handle)|understand|figure out|find out|check|establish|build up)\b[^.?!]*[.!]?/g;

/**
 * "I don't only want the 2026 grade, I want where they are overall": what the asker wants besides, to its comma; and
 * what they do not need ("just the judgement, I don't need the write-up").
 */
export const NOT_ONLY_WANTED =
  /\b(?:i|we) (?:don t|dont|do not) (?:only|just|simply|merely) want [^,.;?!]*|\b(?:i|we) (?:don t|dont|do not) need (?:the |a |any |all the )?(?:write up|writeup|write-up|detail|details|narrative|paragraphs?|quotes?|text|full report|commentary)\b/g;

/** "Risk slide needs the big fallers:", "Improvement-journey slide:": what the answer is for, as a label at the head of the message (only words no council is named by, so "Bury report:" keeps Bury). */
export const LABEL_FOR = /^ *(?:(?:risk|board|dlt|slt|dmt|smt|cmt|cabinet|scrutiny|improvement-journey|improvement|journey|performance|qa|quarterly|monthly|weekly|annual|sef|team|leadership|members|governance|committee|summary|context|background|benchmarking|data|the|our|my) ){1,3}(?:slides?|slide deck|deck|paper|briefing|pack|presentation)(?: needs?(?: [a-z ]{1,40})?)? *:/g;

/**
 * A quiz's frame around the question: "True or false:", "Fill in the blanks:", "pick one:", the blanks ("___") and
 * the options' letters ("(a) Cornwall (b) Thurrock"). The options themselves stay: they are what is asked about.
 */
export const QUIZ_FRAME = /\btrue or false\b *[:?,.-]?|\bfill in (?:the |both |all the |each )?blanks?\b *:?|\b(?:pick|choose) (?:one|the (?:right|correct|best)(?: one)?)\b *:?|_{2,}|\([a-e]\)|(?<=^|[\s:;,])[a-e]\)(?=\s)/g;

/**
 * The answer's size after the question, at the end of a sentence: "…, one line", "? one word", "…, a couple of quotes",
 * "…, nothing left out", "…, no more than two councils". How much is wanted, never what about.
 */
export const ANSWER_SIZE =
  /(?<=[,;:?!.-] *)(?:(?:in |just )?(?:one|a single) (?:line|word|sentence)(?: (?:answer|each|please|pls))?|yes or no|(?:just )?a couple of (?:quotes|examples|paragraphs|lines)|(?:just )?(?:one|a single|two|three) (?:quotes?|examples?|paragraphs?)(?: please| pls)?|nothing left out|no more than (?:\d+|one|two|three|four|five) [a-z]+|(?:the )?full list(?: please| pls)?)(?= *(?:[.!?,;:]|$))/g;

/**
 * An afterthought's marker and the chatter or check an afterthought often is: "ps", "btw", "oh and", "edit:" (what
 * follows is still read: "ps only since 2020" narrows the question); "asking bc we reckon ours is next", "feels like we
 * must be overdue", "that means no overall one, right?", "or am I misremembering" after the question.
 */
const AFTERTHOUGHT_MARKER = '(?:ps|p\\.s\\.?|pps|btw|by the way|oh and|edit)';
export const AFTERTHOUGHT = [
  // "ps" only after a sentence's end or at the start ("the PS process" is no afterthought).
  new RegExp(`(?<=(?:^|[?!.,;:-]) *)${AFTERTHOUGHT_MARKER}(?![a-z]) *:? *|(?<=\\s)(?:btw|by the way|oh and)(?![a-z]) *`, 'g'),
  new RegExp(`(?<=[?!.] *(?:${AFTERTHOUGHT_MARKER} *:? *)?)(?:asking (?:bc|b c|cos|coz|cause|because|as|since)|(?:we|i) reckon|(?:it )?feels like|(?:that|which) (?:means|meant)) [^?!.]*[?!.]?|(?<=[?!.] *)(?:it )?feels (?:(?:long |well |way )?overdue|ages|like ages)\\b[.!]?`, 'g'),
  /\b(?:or )?am i (?:misremembering|wrong|mistaken|remembering (?:it )?wrong)\b/g,
];

/**
 * How a committee paper asks, never what: "The committee would like to understand…", "Members have asked whether…",
 * "The Lead Member has requested a summary of…", "Could officers confirm…", "in general terms".
 */
export const COMMITTEE_ASKS =
  /\b(?:(?:the )?(?:committee|members|panel|lead member|cabinet member|chair|councillors|scrutiny)(?: (?:has|have|had|would|is|are))? (?:would like to|like to|wishes to|wish to|requested|asked|keen to|noted)(?: (?:understand|know|see|confirm|be told|be given|receive))?|could officers (?:please )?(?:confirm|provide|set out|advise|clarify|explain|outline)|in general terms)\b/g;

/**
 * Pushback at an answer the bot gave before, which the message does not show, at the message's head: "try again, …",
 * "nope -", "that can't be right,". What follows is read as the question; what the bot said of the council ("you said
 * Greenwich was outstanding in 2019") stays, as a claim put up to be checked. ("You only covered the first…" and "I was
 * sure it was…" were read so too, up to the next stop, and swallowed the questions that ran on after them.)
 */
export const PUSHBACK = /^ *(?:try again|nope|wrong council|wrong one|not quite|that s (?:wrong|not right|not it)|that can t be right)\b *[,.:;!-]*/g;

/**
 * The labels of a message written as a form or a note of fields ("Year: 2023", "Need: total number", "{council:
 * \"Hammersmith and Fulham\", want: \"status summary\"}"): the values are what is asked; the labels and the braces and
 * quotes around them are not (those a question written as an object carries are dropped by kindInput).
 */
export const FORM_LABELS =
  /(?<=^|\n|[{,] *)\s*"?(?:la|las|council|councils|authority|year|years|period|type|kind|need|needs|want|wants|output|format|scope|inspected|grade|topic|direction|area|theme|date|dates|ask|request)"? *:|[{}]/g;

/**
 * What the asker puts aside before asking: the grades ("Setting the grades aside, …", "Park the grades:", "Forget the
 * grade jump -"), or a clause or a thing ("Setting aside what inspectors wrote about their practice, …", "Leaving the
 * marks aside, …").
 */
export const PUT_ASIDE: readonly RegExp[] = [
  // "Setting the grades aside, what precisely was Halton told…", "Park the grades: how many times…"
  /\b(?:setting|leaving|putting) (?:the |any |those |these |their |its )?(?:grades?|ratings?|judgements?)(?: themselves)? (?:aside|to one side)\b/g,
  /\bpark(?:ing)? (?:the |any )?(?:grades?|ratings?|judgements?)(?: for now)?\b/g,
  // "Grade aside, did inspectors still list anything for them to improve?"
  /\b(?:the |any |their |its )?(?:grades?|ratings?|judgements?) aside\b/g,
  // "Forget the grade jump - what did the 2026 report say about…": the change of grade put aside.
  /\b(?:forget|ignore|never mind|leaving aside|setting aside) (?:about )?(?:the |any |their |its )?(?:grades?|ratings?|judgements?)(?: (?:jump|change|move|rise|drop|fall|bit|stuff|side|story))?\b/g,
  // "Setting aside what inspectors wrote about their practice, what grade…": a clause putting something aside, at the head
  // of a sentence, to its comma.
  /(?<=^ *|[.?!:;] *)(?:setting|leaving|putting) (?:aside|to one side) [^,;?.!]*[,;]/g,
  // "Leaving the marks aside, what were the actual recommendations?": the same, its object first. (A council set aside,
  // "Setting Halton aside, which councils…", is left out of the answer: understand.ts reads it.)
  /(?<=^ *|[.?!:;] *)(?:setting|leaving|putting) (?:the|their|its|all the|any|those|these) (?:[a-z]+ ){0,3}?(?:aside|to one side)(?= *[,;])/g,
];
