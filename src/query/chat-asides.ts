/**
 * Asides typed around a question in chat, never searched (withoutAsides, asides.ts, applies them): words struck
 * through, slang and feelings, tag questions, the asker's time away and new job, and when or in what order the answer is
 * wanted. Each was learned from the routing rounds of the stop that added it (docs/asking.md).
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
export const ASKER_STARTS = /\b(?:starting|start|joining|join|moving|move|beginning|begin)\b[^.?!,;]{0,40}?( (?:next|this coming) (?:month|week|year|term)\b| in the new year\b)/dg;

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
  /\b(?:(?:sorted|ordered|arranged|ranked) by (?:grade|name|council|region)(?:,? (?:best|worst|newest|oldest|latest|earliest) first)?|in (?:alphabetical|grade) order|(?:newest|latest|oldest|earliest|most recent|best|worst) (?:(?:evidence|report|reports|one|ones|stuff|grade|grades) )?first(?:,? (?:then )?(?:older|earlier|the rest|anything older)(?: [a-z]+){0,6})?|alphabetical(?:ly)?|a to z|in order if more than one)\b/g;
