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
import { withoutEnvelope } from './pasted-message.ts';

/** What staff write papers and slides for. */
const AUDIENCE = '(?:dmt|slt|lmt|cmt|smt|board|cabinet|scrutiny|committee|exec|executive|management|governance|leadership|team|members?|councillors?|partners?|adcs|regional|panel|partnership)';
/** What they are writing. */
const PRODUCT = '(?:papers?|reports?|slides?|slide deck|deck|presentation|briefing|brief|meeting|pack|update|session|bid|submission|panel|article|feature|blog post|write up)';
/** Jobs in children's services, as staff name their own. */
const ROLE = '(?:(?:cp |cin |lac |cic |care leavers |fostering |adoption |mash |front door |assessment )?(?:team manager|service manager|head of service|hos|social worker|sw|manager|iro|conference chair|practice lead|senior practitioner|advanced practitioner|principal social worker|psw|dcs|director|deputy director|analyst|performance analyst|qa officer|business support|lead member|councillor|cllr))';
/** A team or service as staff name their own in a tag or sign-off: "Durham performance team:", "safeguarding board support". */
const TEAM = '(?:(?:performance|qa|quality assurance|data|insight|intelligence|front door|mash|safeguarding board|safeguarding partnership|board|policy|strategy|improvement|transformation|workforce|training|cp|cin|lac|cic|care leavers|fostering|adoption|iro|business support|comms|communications|leadership|management|senior management|practice|principal social worker|psw) (?:team|support|unit|office|hub))';
const DETERMINER = '(?:a |an |the |my |our |some |this |next |tomorrow s |tomorrows |next week s |next weeks )?';
/** When the paper is due, after it: "for a partner briefing tmrw". */
const DUE = '(?: (?:tomorrow|tmrw|tmr|2moro|today|tonight|later|this (?:morning|afternoon|week)|next week|on (?:monday|tuesday|wednesday|thursday|friday|mon|tues|wed|thurs|fri)))?';

/** The shape of answer asked for: a table (with its columns), bullets, one line, paste-ready, with citations. */
const FORMAT_ASKED =
  /\b(?:in|as|into) (?:a |an )?(?:table|bullets?|bullet points?|bulleted list|one liner|one line|single line|single sentence|couple of lines)(?: form| format)?\b|(?<=(?:^|[.?!]) *)(?:a |an |in )?(?:table|bullets?|bullet points?|one liner|one line|single line)(?: (?:please|pls|plz))?(?: for (?:the |my |our |a |an )?(?:dcs|director|boss|board|slide|email|paper|brief|briefing))?(?= *(?:[.!:?]|$))|\btable(?: please| pls)?: [^?.!\n]*\|[^?.!\n]*|\bpaste[ -]?ready\b|\b(?:and|with) (?:citations|cites|refs|references|paragraph (?:numbers|refs|references))\b/g;

const ASIDES: readonly RegExp[] = [
  // "Durham performance team: how has our…", "Newham safeguarding board support: could you…", "… - Priya, QA team, Medway": the
  // asker's team in a tag or sign-off (the council named with it stays: it is whom "our" means).
  // Never a team the question asks about: "was it the leadership team?", "the front door team, was it praised?".
  new RegExp(`(?<!\\b(?:the|a|an|their|its|our|my|his|her) )\\b${TEAM}(?= *[:,;\\]])`, 'g'),
  // "need it for a board paper", "want this for my slides", "for DMT slides", "for the scrutiny committee".
  new RegExp(`\\b(?:(?:i |we )?(?:need|want|needed|wanted)(?: it| this| that| them| these| those)? )?for ${DETERMINER}(?:${AUDIENCE} ){0,2}${PRODUCT}${DUE}\\b`, 'g'),
  new RegExp(`\\b(?:(?:i |we )?(?:need|want|needed|wanted)(?: it| this| that| them)? )?for ${DETERMINER}(?:dmt|slt|lmt|cmt|smt|board|cabinet|scrutiny|exec)\\b(?= *(?:[?!.,;:-]|$))`, 'g'),
  // "quick q before DMT", "quick question for the board": the asking, not what is asked.
  new RegExp(`\\bquick (?:q|qn|qu|question|one)(?: (?:before|for|ahead of) ${DETERMINER}(?:${AUDIENCE} ){0,2}(?:${AUDIENCE}|${PRODUCT}))?\\b`, 'g'),
  // "prepping a slide for a peer review", "pulling together a briefing for members".
  new RegExp(`\\b(?:prepping|preparing|prep|putting together|pulling together|writing|drafting|doing) ${DETERMINER}(?:${AUDIENCE} ){0,2}${PRODUCT}(?: for ${DETERMINER}(?:peer review|${AUDIENCE}|${PRODUCT})(?: ${PRODUCT})?)?\\b`, 'g'),
  // "prepping for our care leavers stuff - …": what the asker is getting ready for.
  /\b(?:prepping|preparing|prep|getting ready) for (?:our |my |the |a |an |some )?(?:[a-z]+ ){0,3}?(?:stuff|work|session|meeting|review|audit|visit|inspection|presentation|thing)\b/g,
  // "trying to work out where they landed", "trying to gauge how common that theme is before our scrutiny panel": why, not what.
  /\b(?:i m |im |i am |just )?trying to (?:work out|figure out|get a sense of|get my head round|understand|gauge)\b/g,
  // "before our scrutiny panel", "…before DMT" at the very end.
  new RegExp(`\\bbefore ${DETERMINER}(?:${AUDIENCE} )?${AUDIENCE}(?: ${PRODUCT})?(?= |$)`, 'g'),
  // "new DCS starting at Stoke next month": who is asking and why.
  /\b(?:(?:a|our|my|the|their) )?new (?:dcs|director|ceo|chief exec|head of service|hos|manager|team manager|lead member|starter|sw|social worker)s? (?:is |s )?(?:starting|joining|arriving|coming in)(?: (?:at|with|in))?(?= )/g,
  // "hull - headline summary for the new lead member?": for whom, at the end.
  /\bfor (?:the |our |my |a )?(?:new )?(?:lead member|dcs|director|chief exec|ceo|cabinet member|portfolio holder|chair|independent chair|scrutiny chair|manager|line manager|boss|hos|head of service|service manager|team manager)(?= *(?:[?!.,;:-]|$))/g,
  // "forget the front door bit for now": what the asker puts aside.
  /\b(?:forget|ignore|park|leave aside|never mind) (?:about )?(?:the )?(?:[a-z]+ ){1,4}?(?:bit|part|side|stuff)(?: for now)?\b/g,
  // "asking because the 2021 FV letter read quite positively", "someone said out of hours was one of them", "last I
  // heard they were inadequate": hearsay and reasons, to the end of their sentence, only after the question itself
  // ("someone said Bury's LADO was criticised - true?" is the question).
  // "…? cllr stopped me in the corridor to ask", "my boss asked me this morning": who asked, after the question.
  /(?<=[?!.,;:-] *)\b(?:asking (?:because|as|since)|(?:someone|somebody|people|a colleague|colleagues)(?: (?:in|on|at|from) (?:the |my |our )?[a-z]+)? (?:said|says|told me|mentioned|reckons|thinks|thought)|(?:last |from what )?i (?:heard|was told)|last (?:i|we) (?:knew|checked|looked|saw)|(?:i ve|ive|i have) (?:heard|been told)|apparently|(?:(?:a|our|my|the) )?(?:cllr|councillor|member|boss|manager|dcs|director|colleague|lead member|chair|someone) (?:stopped|asked|collared|cornered|pinged|messaged|emailed|rang) me) [^?!.;,]*/g,
  // "how many FVs have they had? i make it 5 since 2018 but cant find the oct one": the asker's own count or belief,
  // after the question, to the end.
  /(?<=\? *)(?:i make it|i count|i counted|i reckon|i think it s|i thought it was|pretty sure it s|i believe it s|by my count|(?:i m|im|i am) (?:fairly |pretty |quite )?sure|i think) [^?]*$/g,
  // "…? same q for tameside": the same question of another authority (the authority stays).
  /\b(?:(?:and |also )?(?:the )?same (?:q|qu|qn|question|again|thing|goes)|ditto) (?:for|with|re)(?= )/g,
  // "st helens - not the FV in 2024, the full inspection before that - what was the overall grade?": the report put aside.
  /\bnot (?:the |their |that |its )?(?:fv|focused visit|visit|letter|monitoring visit)(?: (?:in|from|of) (?:[a-z]+ )?(?:19|20)\d\d)?(?= *[,;:–—-])/g,
  // "no need for grades", "don't need the quotes": what the asker does not want is not what they ask about.
  /\b(?:no need for|don t need|dont need|without|not after|not interested in|not|rather than|setting aside|leaving aside|aside from|never mind) (?:the |any )?(?:specific )?(?:grades?|ratings?|judgements?|quotes?|detail|details|paragraphs?)(?: themselves| itself)?(?: aside)?\b/g,
  // "…, not what they wrote", "not where they stand overall", "nothing about visits, and no summary": the kinds of answer
  // the asker does not want, after what they do.
  /(?<=[?!.,;:-] *(?:and |but )?|\b(?:i mean|i meant) (?:[a-z]+ ){1,6}?)(?:not|nothing about|no|never mind|forget) (?:the |any |their |its )?(?:what (?:they|inspectors|ofsted|it) (?:wrote|said|say|says)|where (?:they|it) (?:stand|stands|are|is)(?: overall)?|(?:overall )?picture|summary|summaries|(?:focused )?visits?|fvs?|quotes?|text|narrative)\b/g,
  // "Grades are covered in another section.", "the judgements are already done": what the asker has, so not what they ask.
  /\b(?:the )?(?:grades?|ratings?|judgements?) (?:are|is|were|have been|has been) (?:already )?(?:covered|dealt with|done|sorted|handled|in hand)(?: (?:elsewhere|separately|already|in (?:another|a separate|the other|a different) (?:section|part|paper|report|slide)))?\b/g,
  // "Our lead member keeps asking what…": who wants to know, not what is asked.
  /\b(?:our|my|the) (?:lead member|dcs|director|boss|manager|cllr|councillor|chair|chief exec|ceo) (?:keeps|kept|has been|is|was) (?:asking(?: me)?|on at me(?: about)?|wanting to know)\b/g,
  // "…, the exploitation one our YOT keeps asking about?", "…? LADO colleague is asking", "…? Our ADCS regional lead wants the list.":
  // who else wants to know, after the question or at its end.
  /\b(?:our|my) (?:[a-z]+ ){1,3}?(?:keeps|kept) asking(?: (?:me|us))?(?: about)?\b/g,
  /(?<=[?!.] *)(?:(?:a|our|my|the) )?(?:[a-z]+ ){0,3}?(?:colleagues?|manager|boss|lead|members?|chair|director|dcs|team) (?:is|are|was|were|has been|have been) (?:asking|wondering|keen to know)(?: about it| about this)?(?= *[.!]?$)/g,
  /(?<=[?!.] *)(?:our|my|the) (?:[a-z]+ ){0,3}?(?:lead|manager|boss|director|dcs|chair|colleague|team) (?:wants|needs|has asked for|asked for) (?:the|a|this|that|it)(?: (?:list|figures?|numbers?|dates?|summary|answer))?(?= *[.!]?$)/g,
  // "…, following the reorganisation of local government?": the change, not a topic.
  /\b(?:following|after|since) (?:the )?(?:local government )?(?:reorgani[sz]ation|reorg|lgr)(?: of local government)?\b/g,
  // "…? I'm a CP team manager there.", "…. I'm in the children in care team.": who is asking, after the question.
  new RegExp(`(?<=[?!.] *)(?:i m|im|i am) (?:a |an |the |in the |on the |part of the )?(?:[a-z]+ ){0,4}?(?:team|service|${ROLE})(?: (?:there|here))?(?= *(?:[.!]|$))`, 'g'),
  // "A summary for our IRO team, please.": for whom.
  /\bfor (?:our|my) (?:[a-z]+ ){0,3}?team\b/g,
  // "Setting the grades aside, what precisely was Halton told…", "Park the grades: how many times…"
  /\b(?:setting|leaving|putting) (?:the |any )?(?:grades?|ratings?|judgements?)(?: themselves)? (?:aside|to one side)\b/g,
  /\bpark(?:ing)? (?:the |any )?(?:grades?|ratings?|judgements?)(?: for now)?\b/g,
  // "Forget the grade jump - what did the 2026 report say about…": the change of grade put aside.
  /\b(?:forget|ignore|never mind|leaving aside|setting aside) (?:about )?(?:the |any |their |its )?(?:grades?|ratings?|judgements?)(?: (?:jump|change|move|rise|drop|fall|bit|stuff|side|story))?\b/g,
  // "Setting aside what inspectors wrote about their practice, what grade…": a clause putting something aside, at the head
  // of a sentence, to its comma.
  /(?<=^ *|[.?!:;] *)(?:setting|leaving|putting) (?:aside|to one side) [^,;?.!]*[,;]/g,
  // "For the Greater Manchester group, what's on Stockport's to-do list…": for whom, at the head, to its comma.
  /^ *for (?:the |our |my |a )?(?:[a-z]+ ){1,3}?(?:group|network|forum|meeting|leads|partnership|board|panel)(?= *,)/g,
  // "…\ncc the care leavers service lead": whom the message is copied to, on a line of its own.
  /(?<=^|\n) *cc\b[^\n]*/g,
  // "thinking of applying", "(I'm) starting a job at", "moving to", "got an interview there".
  /\b(?:i m |im |i am )?(?:thinking (?:of|about) (?:applying|moving|going)(?: there| for (?:a )?job)?|considering applying(?: there)?|(?:considering|thinking about|looking at|applying for) (?:a |an )?(?:job|role|post|position) (?:at|with|in))\b/g,
  /\b(?:i m |im |i am )?(?:starting|joining) (?:a |my )?(?:new )?(?:job|role|post) (?:at|with|in)\b/g,
  /\b(?:i ve |ive |i have )?got (?:an? )?(?:job )?interview(?: there| with them)?\b/g,
  // "just started at Blackpool as head of service", "starting at St Helens as a CP team manager next month": the
  // asker's new job, at the head of the question (the place stays: it is what is asked about).
  /^ *(?:i m |im |i am |i ve |ive |i have )?(?:just )?(?:started|starting|joined|joining|moving) (?:at|with|to)\b/g,
  // "EDT social worker moving to Newcastle upon Tyne - catch me up…": who is asking and where they are going, at the head.
  new RegExp(`^ *(?:an? |the )?(?:[a-z]+ )?${ROLE} (?:is |s )?(?:moving|starting|joining|relocating|transferring|going) (?:to|at|with|in)(?= )`, 'g'),
  // "new to Reading's QA team - …": the asker's new place, at the head; the authority named stays, the team goes.
  /^ *(?:i m |im |i am |just )?(?:(?:fairly|quite|pretty|very|brand) )?new (?:to|at|in|on|with)(?: (?:the|my|this) (?:role|job|post|team|service))?(?= )/g,
  /(?<=^ *(?:i m |im |i am |just )?(?:(?:fairly|quite|pretty|very|brand) )?new (?:to|at|in|on|with) (?:the )?[a-z]+(?: [a-z]+){0,3} s )(?:[a-z]+ ){0,2}?(?:team|service|department|dept)\b/g,
  // "Doesn't matter whether they're outstanding, good or whatever", "regardless of their grade": no grade filter.
  /\b(?:(?:it )?(?:doesn t|does not|don t|do not|won t|will not) matter (?:whether|if|what|how) (?:they re |they are |they were |it s |it is |the council s |the la s )?(?:rated |graded |judged )?(?:[a-z]+,? ){1,6}?(?:or (?:whatever|not|otherwise|anything else|worse|better)|whatever)|regardless of (?:the |their |its )?(?:grades?|ratings?|judgements?))\b/g,
  // A claim put up to be checked: "correct me if I'm wrong, but Bradford finally came out of inadequate…?", "am I right
  // that…", "if I remember rightly", "fairly sure…". The claim is the question; the hedge is not.
  /\b(?:correct me if (?:i m|im|i am) wrong|unless (?:i m|im|i am) (?:mistaken|wrong)|(?:am i|are we) (?:right|correct) (?:in thinking|to think|in saying|that)|if (?:i|we) (?:remember|recall) (?:rightly|right|correctly)|(?:i m |im |i am )?(?:fairly|pretty|quite) (?:sure|certain)(?: that)?)\b(?:,? but\b)?/g,
  // The shape the answer is wanted in, never what it is about: "Table please: council | quote.", "One line for the DCS.",
  // "as bullets", "paste-ready, with citations". ("List" and "timeline" stay: they ask for a list of visits or grades.)
  FORMAT_ASKED,
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
  for (const aside of ASIDES) {
    for (const match of lower.matchAll(aside)) {
      const start = match.index ?? 0;
      out = out.slice(0, start) + ' '.repeat(match[0].length) + out.slice(start + match[0].length);
    }
  }
  return out;
}

/** Who is asking and why, in a sentence after the question ("We're recruiting into the MASH and candidates keep asking."). */
const ASKER = /\b(?:we re|we are|we ve|we have|i m|im|i am|i ve|ive|our|my|(?:just |double )?checking|before i|so i can|thanks|thank you|cheers)\b/;
/** Hearsay, or a question put indirectly ("Our members would like to know how well it went."): part of what is asked. */
const HEARSAY = /\b(?:heard|hear|said|says|told|apparently|mentioned|rumou?red|reckons?|know|how|what|which|whether|when|why|who)\b/;

/** Words of a sentence that sets the scene: who said or heard what, who is asking and what they are doing, what they remember. */
const SETS_THE_SCENE = /\b(?:said|says|heard|hear|told|mentioned|reckons?|apparently|rumou?red|i m|im|i am|i ve|ive|we re|we are|we ve|our|my|reading up|working on|preparing|(?:i|we) (?:remember|recall|think|believe)|iirc|as far as i know|afaik)\b/;

/**
 * The last sentence of `text` when it is a question and the sentences before
 * it only set the scene (hearsay, who is asking, what they are doing), else
 * null. `understand` reads it alone when it names every authority the whole
 * text names, so nothing asked about is lost.
 */
export function questionProper(text: string): string | null {
  const breaks = [...text.matchAll(/[.!?]\s+(?=\S)/g)];
  const last = breaks.at(-1);
  if (last === undefined) return null;
  const start = (last.index ?? 0) + last[0].length;
  const proper = text.slice(start).trim();
  const setsTheScene = (part: string): boolean => SETS_THE_SCENE.test(part.toLowerCase().replace(/['’]/g, ' '));
  if (proper.endsWith('?')) return proper.split(/\s+/).length >= 4 && setsTheScene(text.slice(0, start)) ? proper : null;
  // The question first, then who is asking and why ("Is Knowsley still rated inadequate? We're recruiting into the
  // MASH and candidates keep asking."): the one question, when everything after it sets the scene.
  const asked = breaks.filter((b) => b[0].startsWith('?'));
  const only = asked.length === 1 ? asked[0] : undefined;
  if (only === undefined) return null;
  const end = (only.index ?? 0) + 1;
  const opening = breaks.filter((b) => (b.index ?? 0) < (only.index ?? 0)).at(-1);
  const from = opening === undefined ? 0 : (opening.index ?? 0) + opening[0].length;
  const question = text.slice(from, end).trim();
  const before = text.slice(0, from);
  // After the question, only who is asking and why counts: hearsay there ("…? heard they commissioned research with
  // Goldsmiths") often names what the question is about.
  const after = text.slice(end).toLowerCase().replace(/['’]/g, ' ');
  const askerOnly = ASKER.test(after) && !HEARSAY.test(after);
  if (question.split(/\s+/).length < 4 || !askerOnly || (before.trim() !== '' && !setsTheScene(before))) return null;
  return question;
}

/**
 * The last sentence of `text` when it is a question or a request ("Give me
 * the overall picture…") of four words or more after other sentences, else
 * null: what `understand` offers the kind readers beside the whole message
 * (Understood.lastQuestion).
 */
export function lastQuestion(text: string): string | null {
  // A colon ends a scene too: "Flying out of Manchester Airport tomorrow, so a quick one: what's Manchester's rating?"
  // So does a dash after a clause of its own: "Placement stability is our focus at the moment — how many times has Ofsted
  // been into Enfield?". Before a dash, a phrase with no verb is the topic the question after it asks of ("hull care
  // leavers hub - what do they actually get there?"), and the whole is read.
  const last = [...text.matchAll(/[.!?:]\s+(?=\S)|\s[—–-]+\s+(?=\S)/g)].filter((b) => !/[—–-]/.test(b[0]) || isAClause(text.slice(0, b.index))).at(-1);
  if (last === undefined) return null;
  const question = text.slice((last.index ?? 0) + last[0].length).trim();
  const asks = question.endsWith('?') || /^(?:please |pls |can you |could you )?(?:give|tell|show|list|summari[sz]e|sum up|send)\b/i.test(question);
  return asks && question.split(/\s+/).length >= 4 ? question : null;
}

/** A verb that makes the words before a dash a clause of their own ("X is our focus", "they came out good", "I'm starting"). */
const CLAUSE_VERB = /\b(?:is|are|was|were|am|be|been|being|has|have|had|came|come|got|get|went|did|do|does|will|would|could|can|should|may|might|slipped|dropped|fell|moved|improved|declined|rose|climbed|became|ended|starting|joining|preparing|writing|working|moving|looking|trying|i m|we re|they re|i ve|we ve|they ve)\b/;

/** Whether the last sentence of `text` (what comes before a dash) holds a verb, so is a clause and not a topic. */
function isAClause(text: string): boolean {
  const sentence = text.split(/[.!?:]\s+/).at(-1) ?? '';
  return CLAUSE_VERB.test(sentence.toLowerCase().replace(/['’]/g, ' '));
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
