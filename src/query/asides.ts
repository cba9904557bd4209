/**
 * Asides in a chat question that say why or for whom it is asked, never what
 * about: "need it for a board paper", "for DMT slides", "thinking of
 * applying", "starting a job at Herefordshire next month". Staff write them
 * into the question; left in, their words are searched ("board" finds the
 * safeguarding board) and they stop a question kind from reading its
 * question ("what has Cambridgeshire been told to get better at? need it for
 * a board paper" is an improvement list). `understand` and the kind readers
 * both read the question without them.
 */
import {
  ASKER_STARTS,
  AFTERTHOUGHT,
  ANSWER_SIZE,
  ASKERS_TIME_THERE,
  BRACKETED_CONTEXT,
  COMMITTEE_ASKS,
  COUNCIL_SEASON,
  FEELING_AFTER,
  FORM_LABELS,
  JUST_JOINED,
  JOB_OFFERED,
  KNOWN_ALREADY,
  LABEL_FOR,
  MEETING_ON,
  NOT_ONLY_WANTED,
  ORDER_ASKED,
  PUSHBACK,
  PUT_ASIDE,
  QUIZ_FRAME,
  SLANG,
  STRUCK_THROUGH,
  TAG_QUESTION,
  TIME_AWAY,
  WHY_AFTER,
} from './chat-asides.ts';
import { withoutEnvelope } from './pasted-message.ts';

/** What staff write papers and slides for. */
const AUDIENCE = '(?:dmt|slt|lmt|cmt|smt|board|cabinet|scrutiny|committee|exec|executive|management|governance|leadership|team|members?|councillors?|partners?|adcs|regional|panel|partnership)';
/** What they are writing. */
const PRODUCT = '(?:papers?|reports?|(?:needs )?analysis|slides?|slide deck|deck|presentation|briefing|brief|meeting|pack|update|session|bid|submission|panel|article|feature|blog post|write up|(?:radio |tv |press |media )?interview|media round|press conference|press release)';
/** Jobs in children's services, as staff name their own. */
const ROLE = '(?:(?:cp |cin |lac |cic |care leavers |fostering |adoption |mash |front door |assessment )?(?:team manager|service manager|head of service|hos|social worker|sw|manager|iro|conference chair|practice lead|senior practitioner|advanced practitioner|principal social worker|psw|tm|sm|dcs|director|deputy director|analyst|performance analyst|qa officer|business support|lead member|councillor|cllr))';
/** A team or service as staff name their own in a tag or sign-off: "Durham performance team:", "safeguarding board support". */
const TEAM = '(?:(?:performance|qa|quality assurance|data|insight|intelligence|front door|mash|safeguarding board|safeguarding partnership|board|policy|strategy|improvement|transformation|workforce|training|cp|cin|lac|cic|care leavers|fostering|adoption|iro|business support|comms|communications|leadership|management|senior management|practice|principal social worker|psw) (?:team|support|unit|office|hub))';
const DETERMINER = '(?:a |an |the |my |our |some |this |next |tomorrow s |tomorrows |next week s |next weeks )?';
/** When the paper is due, after it: "for a partner briefing tmrw". */
/** What a pack or session is for, before its name: "for the recruitment pack", "a governor training session". */
const PURPOSE = '(?:recruitment|induction|training|welcome|onboarding|governor|governors|teaching|lecture|staff|student|students)';
const DUE = '(?: (?:tomorrow|tmrw|tmr|2moro|today|tonight|later|this (?:morning|afternoon|week)|next week|on (?:monday|tuesday|wednesday|thursday|friday|mon|tues|wed|thurs|fri)))?';

/** The shape of answer asked for: a table (with its columns), bullets, one line, paste-ready, with citations. */
const FORMAT_ASKED =
  /\b(?:in|as|into) (?:a |an )?(?:table|bullets?|bullet points?|bulleted list|one liner|one line|single line|single sentence|couple of lines)(?: form| format)?\b|(?<=(?:^|[.?!]) *)(?:a |an |in )?(?:table|bullets?|bullet points?|one liner|one line|single line)(?: (?:please|pls|plz))?(?: for (?:the |my |our |a |an )?(?:dcs|director|boss|board|slide|email|paper|brief|briefing))?(?= *(?:[.!:?]|$))|\btable(?: please| pls)?: [^?.!\n]*\|[^?.!\n]*|\bpaste[ -]?ready\b|\b(?:and|with) (?:citations|cites|refs|references|paragraph (?:numbers|refs|references))\b|\b(?:and|with) (?:the |their |its )?(?:publication|published|report) dates?(?: (?:of|for) (?:each|every|the) (?:report|inspection|one)s?)?(?: as (?:the |a )?(?:reference|citation|source))?\b/g;

/**
 * Courtesy around the ask, never what is asked: "Sorry to bother you.", "I'd be really grateful if you could…", "Would
 * it be possible to find out…", "Quick one if that's ok.", "Not sure if this is the right place but…"; and the formal
 * register's ("I would be grateful for…", "Kindly list…", "Could you confirm whether…", "For the
 * avoidance of doubt"). Left in, a kind
 * reader sees words it does not know and "No report uses “sorry”" heads the paragraphs.
 */
const COURTESY =
  /\b(?:(?:so |really |very )?sorry to (?:bother|trouble|pester|disturb) you(?: (?:again|with this))?|sorry (?:if this is|for) (?:a )?(?:silly|daft|basic|dumb) (?:q|question)|hope you re (?:well|ok|keeping well)|(?:i|we) (?:d|would) be (?:really |very |so |most |hugely |incredibly |extremely )?(?:grateful|thankful|obliged)(?: if (?:you|someone) (?:could|can|would)(?: (?:possibly|please|kindly))?)?(?: (?:for|to have))?|(?:i|we) d (?:really )?appreciate (?:it if you could|your help)|would (?:it|that) be possible to(?: (?:find out|get|have|see|know|check|pull out|pull up|look up))?|would you (?:be able|mind|be so kind)(?: to)?|could you (?:possibly|kindly|please)|(?:i was|i m|im|i am|we were|we re) (?:just )?wondering (?:if|whether)(?: (?:you|someone) (?:could|might|can|would)(?: be able to)?)?|not sure if this is the right (?:place|channel|way)(?: to ask)?(?:,? but)?|(?:quick one )?if (?:that s|thats|it s|its) (?:ok|okay|alright|all right)|if you don t mind|thanks in advance|many thanks|(?:if you could )?help me settle (?:something|an argument|a debate)|for the avoidance of doubt|could you (?:please |kindly )?confirm(?= (?:whether|if|what|which|how|when|that) )|(?:(?<=^ *)|(?<=[.!?:] +))kindly(?= [a-z]))\b/g;

/**
 * What the asker knows the bot cannot say, conceded before what they ask: "I know you can't say when anyone will be
 * inspected next, but…". The concession is not the question.
 */
const CONCESSION = /\b(?:i |we )?(?:know|realise|realize|appreciate|understand|get that|accept) (?:that )?(?:you|the bot|it|this) (?:can t|cannot|can not|won t|couldn t|isn t able to|aren t able to) [^,;?.!]*?,? but\b/g;

/**
 * The asker's move from one council to another, told as why they ask: "I've come over from Bury to Rochdale.", "I was
 * at Sheffield before moving to Barnsley.", "Moved from Essex down the road to Southend." Groups 1 and 3 are the council
 * left, 2 and 4 the one joined (withoutAsides reads them).
 */
const MOVED = /(?:\b(?:i ve |ive |i have |i |we ve |we have |we )(?:just |recently )?|(?<=(?:^|[.!?]) *)(?:just |recently )?)(?:(?:come|came|moved|moving|transferred|switched|swapped)(?: over| across| down| up)? from ((?:[a-z]+ ){1,4}?)(?:(?:down|up) the road |across |over )?to ((?:[a-z]+ ){0,3}?[a-z]+)|\b(?:i |we )(?:was|were) at ((?:[a-z]+ ){1,4}?)before (?:moving|coming|going|transferring|switching) (?:over )?to ((?:[a-z]+ ){0,3}?[a-z]+))(?= *[.,;:!?]|$)/g;

/**
 * A framework the asker leaves out: "excluding the SIF ones", "(ILACS and focused visits, not the SIF)", "ignore the
 * 2026 framework". The words are not searched, and `frameworksLeftOut` says which were left out, for the answer to honour.
 */
const FRAMEWORK_LEFT_OUT =
  /\b(?:not|excluding|exclude|except|apart from|other than|ignoring|ignore|leaving out|leave out|not counting|minus)(?: for)?(?: the| any| their| its)? (?:old |new )?((?:sif|single inspection framework|ilacs|(?:2026|new|reformed) framework|lscb reviews?)(?: (?:ones?|inspections?|reports?|judgements?|grades?|era|years|days|framework))?)\b/g;

/** The frameworks `message` leaves out, as it names them ("the SIF ones"); understand.ts reads them as report kinds. */
export function frameworksLeftOut(message: string): string[] {
  const lower = message.toLowerCase().replace(/[’']/g, ' ');
  return [...lower.matchAll(FRAMEWORK_LEFT_OUT)].map((m) => m[1] ?? '').filter((name) => name !== '' && name !== 'framework');
}

/** Grades, which "from … to …" may name instead of councils. */
const GRADE_NAMES = / (?:outstanding|good|inadequate|ri|requires|improvement|adequate|satisfactory|poor|special measures) /;

/**
 * Urgency around the ask, never what is asked: "urgent!!", "ASAP -", "DCS waiting", "Ofsted are in on Monday and I'm
 * panicking", "the DCS wants comfort". ("We've just had the call" was read so too, and cost a held-back question.)
 */
const URGENCY =
  /\b(?:urgent(?:ly)?|asap|a s a p|need(?:ed)? (?:this|it) (?:asap|urgently|now|in (?:\d+|ten|five|twenty) (?:mins?|minutes))|(?:the |our |my )?(?:dcs|director|boss|chief exec|ceo|lead member|manager) (?:is |s )?(?:waiting|wants (?:comfort|reassurance))|(?:sorry,? )?(?:(?:i m|im|i am) )?(?:a bit )?(?:frazzled|panicking|stressed|in a panic)|ofsted (?:are|is|re) (?:in|coming|due|arriving) (?:on |next )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|week)(?: and (?:i m|im|i am) (?:panicking|stressed))?)\b/g;

/**
 * A term of address or a dialect's tag, after a comma at the end of a sentence: "…after their latest full
 * inspection, me duck?", "…children's services, wor kid?", "…last time round, ar?", "…, innit?". Whom it is said to,
 * never what is asked (left in, "duck" or "kid" is searched as a topic). Never words a topic could be ("boss", "team").
 */
const ADDRESS = '(?:me duck|mi duck|my duck|duck|duckie|me lover|my lover|bab|babs|pet|hun|hon|love|luv|mate|m8|pal|wor kid|our kid|kidda|chuck|me old mucker|mucker|bruv|bro|fam|lad|lads|lass|ar|aye|eh|innit|like|yeah|right)';
const TERM_OF_ADDRESS = new RegExp(`,(?: *${ADDRESS}\\b,?)+(?= *(?:[?!.]|$))`, 'g');

/**
 * A document pointed at rather than named: a link to Ofsted's or GOV.UK's pages (its path holds no council's name),
 * the label before a pasted title or link ("doc title: \"…\"", "PDF \"…\"", "ILACS link https://…"), and a file's
 * extension ("west-northamptonshire-2026.pdf", whose words stay). Left in, "https", "provider" and "doc" were searched.
 */
const DOCUMENT_POINTED_AT =
  /\bhttps?:\/\/(?:(?:[a-z0-9-]+\.)*ofsted\.gov\.uk|www\.gov\.uk)\S*|\b(?:pdf|docx?|document|file|link|url|doc title|document title|file name|filename|report title)(?= *(?:[:"“]|https?:))|\.(?:pdf|docx?)\b/g;

/**
 * The time of the asker's meeting at the head of a message ("seeing N Somerset DCS next wk - …"): the meeting is theirs,
 * not a visit foretold. (A group, not a lookbehind: a lookbehind is tried at every position of every message.)
 */
const MEETING_WHEN =
  /^ *(?:i m |im |i am |we re |we are )?(?:seeing|meeting|meeting with|visiting|presenting to|speaking to|talking to) (?:[a-z]+ ){1,5}?(next (?:week|wk|month)|this (?:week|wk|afternoon|evening)|tomorrow|tmrw|tmw|2moro|on (?:mon|tues|wednes|thurs|fri)day)\b/dg;

/** The team the asker has just joined, after the place ("just started at sefton yot, …"); the place stays. */
const TEAM_JOINED =
  /^ *(?:i m |im |i am |i ve |ive |i have )?(?:just )?(?:started|starting|joined|joining|moving) (?:at|with|to) (?!the )[a-z]+(?: [a-z]+){0,3}? (?:s )?((?:[a-z]+ ){0,2}(?:team|service|department|dept|yot|yos|mash|edt))\b/dg;

/** Asides of which only the first group is set aside, the rest of the match saying where it stands. */
const GROUP_ASIDES: readonly RegExp[] = [ASKER_STARTS, MEETING_WHEN, TEAM_JOINED];

const ASIDES: readonly RegExp[] = [
  STRUCK_THROUGH,
  MEETING_ON,
  ORDER_ASKED,
  COUNCIL_SEASON,
  TAG_QUESTION,
  TIME_AWAY,
  SLANG,
  FEELING_AFTER,
  COURTESY,
  QUIZ_FRAME,
  ...AFTERTHOUGHT,
  ANSWER_SIZE,
  // "More widely, how do good-rated LAs handle…": how the question turns outward, at the head of a sentence.
  /(?<=(?:^|[.!?]) *)(?:more|most) (?:widely|generally|broadly)\b *,?/g,
  TERM_OF_ADDRESS,
  DOCUMENT_POINTED_AT,
  CONCESSION,
  URGENCY,
  LABEL_FOR,
  BRACKETED_CONTEXT,
  PUSHBACK,
  FORM_LABELS,
  COMMITTEE_ASKS,
  KNOWN_ALREADY,
  JUST_JOINED,
  JOB_OFFERED,
  ASKERS_TIME_THERE,
  // "…, please, for the quarterly performance report.": what the answer is for, at the message's end.
  new RegExp(`(?<=, *)for (?:a |an |our |my |the |this |next week s |tomorrow s )(?:[a-z-]+ ){0,3}?${PRODUCT}(?= *[.!?]* *$)`, 'g'),
  WHY_AFTER,
  // "For an NI benchmarking paper, what has Southwark…": what the answer is for, at the head of a sentence, to its comma.
  new RegExp(`(?<=(?:^|[.!?]) *)for (?:a |an |our |my |the |this )(?:[a-z-]+ ){0,3}?${PRODUCT}(?= *,)`, 'g'),
  // "For research on multi-agency safeguarding hubs, which authorities…", "For my dissertation on leaving care, …": the
  // asker's study, at the head of a sentence, to its comma.
  /(?<=(?:^|[.!?]) *)(?:for|as part of) (?:a |an |our |my |the |this )?(?:[a-z-]+ ){0,2}?(?:research|study|dissertation|thesis|literature review|article|story|piece)(?: (?:on|into|about|of) [^,.;?!]*)?(?= *,)/g,
  // "…, not asking if they improved, just the grades": what the asker does not ask.
  /\bnot asking (?:if|whether|about|how|what|for) [^,.;:?!]*/g,
  NOT_ONLY_WANTED,
  // "…? I'm comparing with CIW's inspection calendar.": why the asker asks, to the end of its sentence.
  /\b(?:i m|im|i am|we re|we are) (?:just )?(?:comparing|cross checking|cross-checking|checking) (?:it |this |them |these )?(?:with|to|against) [^.?!]*/g,
  // "How many focused visit letters do you hold for Stockton?", "which Kirklees reports do you have": the bot's holdings
  // are the reports; "dates and topics would be great" is the answer's shape.
  /\b(?:(?:do|does) (?:you|u|the bot) (?:hold|have|cover|include|store)|have (?:you|u) got)(?= )/g,
  /\b(?:[a-z]+ and [a-z]+ |[a-z]+ )?would be (?:great|good|ideal|helpful|brilliant|lovely|perfect|handy)\b/g,
  FRAMEWORK_LEFT_OUT,
  // "Durham performance team: how has our…", "Newham safeguarding board support: could you…", "… - Priya, QA team, Medway": the
  // asker's team in a tag or sign-off (the council named with it stays: it is whom "our" means).
  // Never a team the question asks about: "was it the leadership team?", "the front door team, was it praised?".
  new RegExp(`(?<!\\b(?:the|a|an|their|its|our|my|his|her) )\\b${TEAM}(?= *[:,;\\]])`, 'g'),
  // "need it for a board paper", "want this for my slides", "for DMT slides", "for the scrutiny committee".
  // "lambeth's grade history please, as far back as you have it": how far back, which the history goes anyway.
  /\bas far back as (?:you|u|it|they|the reports?|your (?:records|data|reports)) (?:have|has|go|goes|can go|hold|holds)(?: (?:it|them|that|records|reports))?\b/g,
  // "Catch me up on Herefordshire please, we lost track after the court judgments.": why the asker asks, to its sentence's end.
  /\b(?:we|i) (?:ve |have )?(?:lost track|lost the thread|haven t kept up|have not kept up)[^.?!]*/g,
  // "when's portsmouth been inspected? going back to the 2014 one": how far back, which the list goes anyway.
  /\bgoing back to (?:the |their |its )?(?:(?:19|20)\d\d )?(?:one|inspection|sif|ilacs|start|beginning)\b|\b(?:going |go )?(?:back )?as far (?:back )?as (?:you|u) can(?: go)?\b/g,
  // "…, what were the positives we can quote?": what the asker will do with the answer.
  /\b(?:that )?(?:we|i) (?:can|could|might|may) (?:quote|use|cite|put in|pull out)(?= *[?!.]|$)/g,
  // "quick Ofsted summary of Swindon for the recruitment pack".
  new RegExp(`\\b(?:(?:i |we )?(?:need|want|needed|wanted)(?: it| this| that| them| these| those)? )?for ${DETERMINER}(?:${PURPOSE} )?(?:${AUDIENCE} ){0,2}${PRODUCT}${DUE}\\b`, 'g'),
  // "…? doing a bit of history for a governor training session": what the asker is doing, not what is asked.
  new RegExp(`\\b(?:(?:i m|im|i am|we re|we are|just) )?doing (?:a bit of|some|a little|a spot of) (?:history|research|homework|digging|background|reading|prep)(?: for ${DETERMINER}(?:${PURPOSE} ){0,2}(?:${AUDIENCE} ){0,2}${PRODUCT})?\\b`, 'g'),
  new RegExp(`\\b(?:(?:i |we )?(?:need|want|needed|wanted)(?: it| this| that| them)? )?for ${DETERMINER}(?:dmt|slt|lmt|cmt|smt|board|cabinet|scrutiny|exec)\\b(?= *(?:[?!.,;:-]|$))`, 'g'),
  // "It's for a horizon-scanning paper.", "for a slide on long-term performance", "for our improvement journey narrative",
  // "for the benchmark section of our SEF": what the answer is for, at the end of its sentence. An article or "our" comes
  // first, so a topic is never read as one.
  /\b(?:it s |its |this is |that s )?for (?:a |an |our |my |this |the )(?:[a-z-]+ ){0,2}?(?:sef|self[ -](?:evaluation|assessment)|narrative|kloe|(?:benchmark(?:ing)?|context) section(?: of (?:our|my|the) (?:sef|self[ -](?:evaluation|assessment)))?|horizon[ -]scanning (?:paper|report|note)|slide on (?:[a-z-]+ ){0,3}?[a-z-]+)(?= *(?:[.!?,;:]|$))/g,
  // "…before our annual conversation", "Timeline for the annual conversation:": what the asker is preparing for.
  /\b(?:before|for|ahead of|prep for|prepping for|preparing for|in preparation for) (?:our|the|my|this year s|next) annual (?:engagement )?(?:meeting|conversation)\b/g,
  // "quick q before DMT", "quick question for the board": the asking, not what is asked.
  new RegExp(`\\bquick (?:q|qn|qu|question|one)(?: (?:before|for|ahead of) ${DETERMINER}(?:${AUDIENCE} ){0,2}(?:${AUDIENCE}|${PRODUCT}))?\\b`, 'g'),
  // "prepping a slide for a peer review", "pulling together a briefing for members".
  new RegExp(`\\b(?:prepping|preparing|prep|putting together|pulling together|writing|drafting|doing) ${DETERMINER}(?:${AUDIENCE} ){0,2}${PRODUCT}(?: for ${DETERMINER}(?:peer review|${AUDIENCE}|${PRODUCT})(?: ${PRODUCT})?)?\\b`, 'g'),
  // "…the lot. presenting to members tomorrow": whom the asker is presenting to, and when.
  new RegExp(`\\b(?:(?:i m|im|i am|we re|we are) )?(?:presenting|reporting|speaking|talking) (?:this |it |these |them )?to ${DETERMINER}(?:${AUDIENCE} ){0,2}${AUDIENCE}${DUE}\\b`, 'g'),
  // "prepping for our care leavers stuff - …": what the asker is getting ready for.
  /\b(?:prepping|preparing|prep|getting ready) for (?:our |my |the |a |an |some )?(?:[a-z]+ ){0,3}?(?:stuff|work|session|meeting|review|audit|visit|inspection|presentation|thing)\b/g,
  // "trying to work out where they landed", "trying to gauge how common that theme is before our scrutiny panel": why, not what.
  /\b(?:i m |im |i am |just )?trying to (?:work out|figure out|get a sense of|get my head round|understand|gauge)\b/g,
  // "before our scrutiny panel", "…before DMT" at the very end.
  new RegExp(`\\bbefore ${DETERMINER}(?:${AUDIENCE} )?${AUDIENCE}(?: ${PRODUCT})?(?= |$)`, 'g'),
  // "new DCS starting at Stoke next month": who is asking and why.
  /\b(?:(?:a|our|my|the|their) )?new (?:dcs|director|ceo|chief exec|head of service|hos|manager|team manager|lead member|starter|sw|social worker)s? (?:is |s )?(?:starting|joining|arriving|coming in)(?: (?:at|with|in))?(?= )/g,
  // "hull - headline summary for the new lead member?": for whom, at the end.
  /\b(?:(?:suitable|appropriate|fit) )?for (?:the |our |my |a |an )?(?:new |incoming )?(?:lead member|dcs|director|chief exec|ceo|cabinet member|portfolio holder|chair|independent chair|scrutiny chair|manager|line manager|boss|hos|head of service|service manager|team manager|committee|scrutiny committee|panel|board|members)(?= *(?:[?!.,;:-]|$))/g,
  // "forget the front door bit for now": what the asker puts aside.
  /\b(?:forget|ignore|park|leave aside|never mind) (?:about )?(?:the )?(?:[a-z]+ ){1,4}?(?:bit|part|side|stuff)(?: for now)?\b/g,
  // "asking because the 2021 FV letter read quite positively", "someone said out of hours was one of them", "last I
  // heard they were inadequate": hearsay and reasons, to the end of their sentence, only after the question itself
  // ("someone said Bury's LADO was criticised - true?" is the question), "…? I gather it wasn't great". A spaced dash ends it too: "I heard their
  // inspection this summer went well - did they get outstanding overall?".
  // "…? cllr stopped me in the corridor to ask", "my boss asked me this morning": who asked, after the question.
  /(?<=[?!.,;:-] *)\b(?:asking (?:because|as|since|for a (?:[a-z]+ )?friend)|(?:someone|somebody|people|a colleague|colleagues)(?: (?:in|on|at|from) (?:the |my |our )?[a-z]+)? (?:said|says|told me|mentioned|reckons|thinks|thought)|(?:last |from what )?i (?:heard|was told|gather|hear)|(?:i )?used to (?:hear|read|get told)|last (?:i|we) (?:knew|checked|looked|saw)|(?:i ve|ive|i have) (?:heard|been told)|apparently|(?:(?:a|our|my|the) )?(?:cllr|councillor|member|boss|manager|dcs|director|colleague|lead member|chair|someone) (?:stopped|asked|collared|cornered|pinged|messaged|emailed|rang) me) (?:(?![—–-]+\s)(?!\s[—–-]+\s)[^?!.;,])*/g,
  // "how many FVs have they had? i make it 5 since 2018 but cant find the oct one": the asker's own count or belief,
  // after the question, to the end.
  /(?<=\? *)(?:i make it|i count|i counted|i reckon|i think it s|i thought it was|pretty sure it s|i believe it s|by my count|(?:i m|im|i am) (?:fairly |pretty |quite )?sure|i think) [^?]*$/g,
  // "…? same q for tameside": the same question of another authority (the authority stays).
  /\b(?:(?:and |also )?(?:the )?same (?:q|qu|qn|question|again|thing|goes)|ditto) (?:for|with|re)(?= )/g,
  // "st helens - not the FV in 2024, the full inspection before that - what was the overall grade?": the report put aside.
  // "Not the front door visit - what did North Tyneside get at its full inspection?": the visit named by its theme too.
  /\b(?:not|ignore|forget|never mind|disregard) (?:the |their |that |its )?(?:[a-z-]+ ){0,3}?(?:fv|focused visit|visit|letter|monitoring visit)(?: (?:in|from|of) (?:[a-z]+ )?(?:19|20)\d\d)?(?= *[,;:–—-])/g,
  // "no need for grades", "don't need the quotes": what the asker does not want is not what they ask about.
  /\b(?:no need for|(?:i )?(?:don t|dont|do not) (?:need|require|want)|without|not after|not interested in|not|rather than|setting aside|leaving aside|aside from|never mind|spare me|skip) (?:the |any )?(?:specific )?(?:grades?|ratings?|judgements?|quotes?|detail|details|paragraphs?)(?: themselves| itself)?(?: aside)?\b/g,
  // "I don't want the list, just tell me what the September 2024 one concluded": a list the asker does not want.
  /\b(?:i )?(?:don t|dont|do not) (?:need|want) (?:the |a |any )?(?:whole |full )?(?:list|timeline)\b/g,
  // "…, not what they wrote", "not where they stand overall", "nothing about visits, and no summary": the kinds of answer
  // the asker does not want, after what they do.
  /(?<=[?!.,;:-] *(?:and |but )?|\b(?:i mean|i meant) (?:[a-z]+ ){1,6}?)(?:not|nothing about|no|never mind|forget) (?:the |any |their |its )?(?:what (?:they|inspectors|ofsted|it) (?:wrote|said|say|says)|where (?:they|it) (?:stand|stands|are|is)(?: overall)?|(?:overall )?picture|summary|summaries|(?:focused )?visits?|fvs?|quotes?|text|narrative)\b/g,
  // "Grades are covered in another section.", "the judgements are already done": what the asker has, so not what they ask.
  /\b(?:the )?(?:grades?|ratings?|judgements?) (?:are|is|were|have been|has been) (?:already )?(?:covered|dealt with|done|sorted|handled|in hand)(?: (?:elsewhere|separately|already|in (?:another|a separate|the other|a different) (?:section|part|paper|report|slide)))?\b/g,
  // "The DCS asked me to check whether…", "A parent rang asking if…", "A councillor has asked for…": a question passed
  // on, at the head of a sentence; who passed it on is not what is asked.
  new RegExp(
    `(?<=^ *|[.?!:;] *)(?:(?:the|my|our|a|an|one of (?:our|my|the)) )?(?:[a-z]+ ){0,3}?(?:${ROLE}|boss|lead|chair|member|colleague|parent|carer|foster carer|mum|dad|ceo|chief exec|journalist|reporter|mp|officer|adviser|advisor|solicitor)s? ` +
      '(?:has |have |had )?(?:asked me to (?:check|find out|look up|see|confirm|dig out|pull|get)|asked (?:me )?(?:for|about|whether|if)|wants? (?:me )?to know|would like to know|' +
      '(?:rang|called|phoned|emailed|wrote)(?: in| up)?(?: (?:asking|to ask|wanting to know))?|is asking(?: me)?|wanted to know|needs to know)(?: (?:whether|if|about))?\\b',
    'g',
  ),
  // "Our lead member keeps asking what…": who wants to know, not what is asked.
  /\b(?:our|my|the) (?:lead member|dcs|director|boss|manager|cllr|councillor|chair|chief exec|ceo) (?:keeps|kept|has been|is|was) (?:asking(?: me)?|on at me(?: about)?|wanting to know)\b/g,
  // "…, the exploitation one our YOT keeps asking about?", "…? LADO colleague is asking", "…? Our ADCS regional lead wants the list.":
  // who else wants to know, after the question or at its end.
  /\b(?:our|my) (?:[a-z]+ ){1,3}?(?:keeps|kept) asking(?: (?:me|us))?(?: about)?\b/g,
  /(?<=[?!.] *)(?:(?:a|our|my|the) )?(?:[a-z]+ ){0,3}?(?:colleagues?|manager|boss|lead|members?|chair|director|dcs|team|icb|ccg|requester|requestor|enquirer|complainant|councillor|cllr) (?:is|are|was|were|has been|have been) (?:asking|wondering|keen to know)(?: about it| about this)?(?= *[.!]?$)/g,
  // "…? Requester wants to know which area of practice Ofsted looked at.", "…? Councillor enquiry passed to the information
  // governance team.": a request restated or routed, after the question, to the end of its sentence.
  /(?<=[?!.] *)(?:(?:a|the|our) )?(?:requester|requestor|enquirer|complainant) (?:wants|would like|has asked|asked|is asking|needs) (?:to know )?[^.?!]*/g,
  /(?<=[?!.] *)(?:(?:a|the|this) )?(?:councillor|cllr|member|mp s|mp|foi|press|media) (?:enquiry|request|query) (?:passed|forwarded|sent|referred|routed) [^.?!]*/g,
  /(?<=[?!.] *)(?:our|my|the) (?:[a-z]+ ){0,3}?(?:lead|manager|boss|director|dcs|chair|colleague|team) (?:wants|needs|has asked for|asked for) (?:the|a|this|that|it)(?: (?:list|figures?|numbers?|dates?|summary|answer))?(?= *[.!]?$)/g,
  // "…, following the reorganisation of local government?": the change, not a topic.
  /\b(?:following|after|since) (?:the )?(?:local government )?(?:reorgani[sz]ation|reorg|lgr)(?: of local government)?\b/g,
  // "…? I'm a CP team manager there.", "…. I'm in the children in care team.": who is asking, after the question.
  new RegExp(`(?<=[?!.] *)(?:i m|im|i am) (?:a |an |the |in the |on the |part of the )?(?:[a-z]+ ){0,4}?(?:team|service|${ROLE})(?: (?:there|here))?(?= *(?:[.!]|$))`, 'g'),
  // "A summary for our IRO team, please.": for whom.
  /\bfor (?:our|my) (?:[a-z]+ ){0,3}?team\b/g,
  ...PUT_ASIDE,
  // "For the Greater Manchester group, what's on Stockport's to-do list…": for whom, at the head, to its comma.
  /^ *for (?:the |our |my |a )?(?:[a-z]+ ){1,3}?(?:group|network|forum|meeting|leads|partnership|board|panel)(?= *,)/g,
  // "…\ncc the care leavers service lead": whom the message is copied to, on a line of its own.
  /(?<=^|\n) *cc\b[^\n]*/g,
  // "thinking of applying", "(I'm) starting a job at", "moving to", "got an interview there".
  /\b(?:i m |im |i am )?(?:thinking (?:of|about) (?:applying|moving|going)(?: there| for (?:a )?job)?|considering applying(?: there)?|(?:considering|thinking about|looking at|applying for) (?:a |an )?(?:job|role|post|position) (?:at|with|in))\b/g,
  /\b(?:i m |im |i am )?(?:starting|joining) (?:a |my )?(?:new )?(?:job|role|post) (?:at|with|in)\b/g,
  // "I've got a TM post at Norfolk from 01/2027": the asker's new job and when it starts (the place stays).
  /\b(?:i ve |ive |i have )got (?:a |an |the )?(?:new )?(?:[a-z]+ ){0,2}?(?:post|job|role|position)(?= (?:at|with|in) )/g,
  /(?<=\b(?:post|job|role|position) (?:at|with|in) (?:[a-z]+ ){1,4}?)(?:(?:from|starting(?: in| on)?) (?=[\da-z])|(?=next (?:month|year|week)))(?:\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}|next (?:month|year|week)|(?:next )?(?:mon|tues|wednes|thurs|fri)day|tomorrow)/g,
  // "new job at west berkshire starting monday so…": the asker's new job, at the head of the message.
  /^ *(?:(?:i ve |ive |i have )?got (?:a )?|(?:a |my ) )?new (?:job|role|post|position) (?:at|with|in)\b/g,
  /\b(?:i ve |ive |i have )?got (?:an? )?(?:job )?interview(?: there| with them)?\b/g,
  // "just started at Blackpool as head of service", "starting at St Helens as a CP team manager next month": the
  // asker's new job, at the head of the question (the place stays: it is what is asked about).
  /^ *(?:i m |im |i am |i ve |ive |i have )?(?:just )?(?:started|starting|joined|joining|moving) (?:at|with|to)\b/g,
  // "seeing N Somerset DCS next wk - where are they at?": whom the asker is meeting, and when, at the head (the place
  // stays: it is what is asked about). The meeting to come is the asker's, not a visit foretold (its time: MEETING_WHEN).
  /^ *(?:i m |im |i am |we re |we are )?(?:seeing|meeting|meeting with|presenting to|speaking to|talking to)(?= (?:[a-z]+ ){1,5}?(?:next (?:week|wk|month)|this (?:week|wk|afternoon|evening)|tomorrow|tmrw|tmw|2moro|on (?:mon|tues|wednes|thurs|fri)day)\b)/g,
  // "just started at sefton yot, …": the team joined goes too (TEAM_JOINED), as after "new to" below.
  // "EDT social worker moving to Newcastle upon Tyne - catch me up…": who is asking and where they are going, at the head.
  new RegExp(`^ *(?:an? |the )?(?:[a-z]+ )?${ROLE} (?:is |s )?(?:moving|starting|joining|relocating|transferring|going) (?:to|at|with|in)(?= )`, 'g'),
  // "new to Reading's QA team - …": the asker's new place, at the head; the authority named stays, the team goes.
  /^ *(?:i m |im |i am |just )?(?:(?:fairly|quite|pretty|very|brand) )?new (?:to|at|in|on|with)(?: (?:the|my|this) (?:role|job|post|team|service))?(?= )/g,
  /(?<=^ *(?:i m |im |i am |just )?(?:(?:fairly|quite|pretty|very|brand) )?new (?:to|at|in|on|with) (?:the )?[a-z]+(?: [a-z]+){0,3} s )(?:[a-z]+ ){0,2}?(?:team|service|department|dept)\b/g,
  // "Doesn't matter whether they're outstanding, good or whatever", "regardless of their grade": no grade filter.
  /\b(?:(?:it )?(?:doesn t|does not|don t|do not|won t|will not) matter (?:whether|if|what|how) (?:they re |they are |they were |it s |it is |the council s |the la s )?(?:rated |graded |judged )?(?:[a-z]+,? ){1,6}?(?:or (?:whatever|not|otherwise|anything else|worse|better)|whatever)|regardless of (?:the |their |its )?(?:grades?|ratings?|judgements?))\b/g,
  // "…? Doesn't matter whether they were good or in special measures at the time.": what does not matter, to its sentence's end.
  /(?<=[?!.] *)(?:it )?(?:doesn t|does not|don t|do not) matter (?:whether|if|what|how) [^.?!;]*/g,
  // A claim put up to be checked: "correct me if I'm wrong, but Bradford finally came out of inadequate…?", "am I right
  // that…", "if I remember rightly", "fairly sure…". The claim is the question; the hedge is not.
  /^ *(?:someone|somebody|a colleague|colleagues|people|my (?:manager|boss|team manager|head of service)|(?:our|the|their|a|an) (?:[a-z]+ s )?(?:[a-z]+ ){0,2}?(?:blurb|website|leaflet|brochure|bid|tender|advert|document|profile|article|press release)) (?:told me|tells me|said|says|mentioned|reckons|reckoned|claims|claimed|states|stated)(?: that)?\b|\b(?:correct me if (?:i m|im|i am) wrong|unless (?:i m|im|i am) (?:mistaken|wrong)|(?:am i|are we) (?:right|correct) (?:in thinking|to think|in saying|that)|if (?:i|we) (?:remember|recall) (?:rightly|right|correctly)|(?:i m |im |i am )?(?:fairly|pretty|quite) (?:sure|certain)(?: that)?)\b(?:,? but\b)?/g,
  // "…had two separate focused visits in 2019. Is that right, and if so when were they?": the check of the claim, not a topic.
  /\b(?:is|was) (?:that|this|it) (?:right|correct|true|accurate),? (?:and )?if so\b/g,
  // The shape the answer is wanted in, never what it is about: "Table please: council | quote.", "One line for the DCS.",
  // "as bullets", "paste-ready, with citations". ("List" and "timeline" stay: they ask for a list of visits or grades.)
  FORMAT_ASKED,
  // "Need a one-paragraph context…", "want a two-line summary": the answer's length, not what it is about.
  /\b(?:(?:i |we )?(?:need|want|after|looking for) )?(?:a |an )?(?:one|two|three|short|quick|brief|single)[ -](?:paragraph|para|line|liner|sentence|page) (?:context|intro|introduction|background)\b/g,
  // "…don't tell me what they found, I only want the councils": what the answer should leave out, and its shape.
  /\b(?:don t|dont|do not) (?:tell me|need|want|give me|send me) what (?:they|inspectors|ofsted|it|the letters?) (?:found|find|wrote|said|say|says)\b/g,
  /\b(?:i |we )?(?:only|just) (?:want|need) (?:the )?(?:names|councils|las|authorities|list)(?: of (?:the )?(?:councils|las|authorities))?(?= *(?:[.!?,;:]|$))/g,
  new RegExp(`\\bas (?:a |an |the |their |our )?(?:new )?${ROLE}(?: (?:next|this) (?:month|week)| soon)?(?= *(?:[?!.,;:-]|$| for ))`, 'g'),
];

/**
 * The question without its asides, in the same case and with each aside
 * replaced by a space (so the words either side never join). Matching is on
 * a lower-case copy of the same length, so positions carry over.
 */
export function withoutAsides(message: string): string {
  // A message pasted from an email or a thread is read without its envelope (pasted-message.ts).
  const text = withoutEnvelope(message);
  const lower = text.toLowerCase().replace(/[’']/g, ' ');
  if (lower.length !== text.length) return text;
  let out = text;
  const blank = (start: number, end: number): void => {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  };
  // The council left is never what is asked; the one joined is, unless the message names a council again after the
  // move ("I've come from Stoke to Staffordshire. Stoke was told to fix plenty…"), which says which is asked.
  for (const match of lower.matchAll(MOVED)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const left = (match[1] ?? match[3] ?? '').trim();
    const joined = (match[2] ?? match[4] ?? '').trim();
    // "We've gone from RI to good" is a change of grade, not a move.
    if ([left, joined].some((name) => GRADE_NAMES.test(` ${name} `))) continue;
    const after = lower.slice(end);
    const namedAgain = [left, joined].some((name) => name !== '' && after.includes(name.split(' ')[0] as string));
    blank(start, namedAgain ? end : end - joined.length);
  }
  for (const aside of ASIDES) {
    for (const match of lower.matchAll(aside)) blank(match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
  for (const aside of GROUP_ASIDES) {
    for (const match of lower.matchAll(aside)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      blank(start, end);
    }
  }
  return out;
}

/** Words by which an asker takes back what they asked first: "…actually scratch that, …", "sorry I meant…", "wait no". */
const TAKEN_BACK = /\b(?:(?:actually|no|ok|oh|hmm|wait|sorry)[ ,.]+)*(?:scratch that|ignore that|ignore the above|forget that|forget the above|disregard that|sorry[ ,]+i meant?|no wait|wait no|actually no|on second thoughts?)\b[ ,.:;–—-]*/gi;

/**
 * What the asker took back and what they asked instead ("how many ILACS came
 * out inadequate in 2023... actually scratch that, DfE just want the total
 * number of inspections done in 2023"; "…the LADO in Bury - sorry I meant
 * Bolton"), else null. `understand` reads the correction alone, with the
 * authorities the whole text names when it names none itself; a correction of
 * a word or two that names an authority swaps it into what was asked first.
 */
export function correctedQuestion(text: string): { before: string; after: string } | null {
  const last = [...text.matchAll(TAKEN_BACK)].at(-1);
  if (last === undefined) return null;
  const after = text.slice((last.index ?? 0) + last[0].length).trim();
  return after === '' ? null : { before: text.slice(0, last.index ?? 0), after };
}
