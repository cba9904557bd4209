/**
 * Which sentence of a message is the question, when the others only set the
 * scene or say who is asking and why: the question proper before or after
 * them (`questionProper`), and the last question offered beside the whole
 * (`lastQuestion`). understand.ts reads them; asides.ts holds the words read
 * as asides within a sentence.
 */

/**
 * Who is asking and why, in a sentence after the question ("We're recruiting into the MASH and candidates keep asking."),
 * or how they feel about it ("feels like they've gone quiet", "just curious"), or where they live or work ("We live right between
 * them and could go with either for adoption."), or their own past with the council ("used to foster there years ago", "they
 * placed me back in 1979", "I keep seeing it in the news"), or a job they weigh up ("been offered 6 months in their CIN team",
 * "trying to pick").
 */
const ASKER = /\b(?:we re|we are|we ve|we have|i m|im|i am|i ve|ive|our|ours|my|(?:just |double )?checking|before i|so i can|thanks|thank you|cheers|(?:it )?(?:feels?|seems?) like|i feel|(?:just )?curious|no idea|not sure|out of interest|asking for a (?:[a-z]+ )?friend|i (?:sit|serve) on|i (?:chair|lead|manage|run)|(?:i|we) (?:live|lived|work|worked) (?:in|at|near|for|between|right|just|with)|used to (?:foster|work|live)|(?:they|who) (?:placed|adopted|fostered|looked after|took) me|i keep (?:seeing|hearing|reading)|(?:i ve |ive |i have |just )?been offered|(?:applying|applied) (?:for|to)|trying to (?:pick|choose|decide)|asked me|(?:got|have|had) a complaint|want(?:ed)? (?:some|a bit of) background|(?:the )?(?:press|media|papers|local paper|news|journalists) (?:keep|keeps|kept|are|is) |(?:wasn t|wasnt|was not|am not|m not|i m not) sure|(?:students|learners|trainees|the class|my class|members|the team) (?:are|is) going to (?:compare|use|discuss|look at|read|study)|(?:my )?mate s been|a friend s been)\b/;
/** Hearsay, or a question put indirectly ("Our members would like to know how well it went."): part of what is asked. */
const HEARSAY = /\b(?:heard|hear|said|says|told|apparently|mentioned|rumou?red|reckons?|know|how|what|whats|which|whether|when|why|who)\b/;

/** Context announced as such after the question: "Bit of background - …", "For context, …", "The reason I ask is…". */
const CONTEXT_AFTER =
  /^\s*(?:(?:a )?(?:bit of|little|some|quick) (?:background|context)|(?:for|just for|by way of) (?:context|background)|background|context|the reason (?:i|we) (?:ask|m asking|re asking|am asking|are asking)|(?:i m|im|i am|we re|we are) asking (?:because|as|since)|reason (?:i ask|for asking|i m asking))\b/;

/** A sentence saying what the asker is trying to do: "I'm trying to see whether…", "we want to know if…". */
const PURPOSE = /^\s*(?:(?:i m|im|i am|we re|we are) (?:just )?(?:trying|hoping|wanting|looking) to|just trying to|(?:i|we) (?:want|need|d like|would like) to) /;

/** Words of a sentence that sets the scene: who said or heard what, who is asking and what they are doing, what they remember. */
const SETS_THE_SCENE = /\b(?:said|says|heard|hear|told|mentioned|reckons?|apparently|rumou?red|i m|im|i am|i ve|ive|we re|we are|we ve|our|my|reading up|working on|preparing|(?:i|we) (?:remember|recall|think|believe)|iirc|as far as i know|afaik|(?:when|since|before|after) (?:i|we) (?:started|joined|arrived|came|took over|took up|moved)|(?:i|we) (?:started|joined|arrived|took over|took up) (?:as|at|in|here|there|the))\b/;

/**
 * The last sentence of `text` when it is a question and the sentences before
 * it only set the scene (hearsay, who is asking, what they are doing), else
 * null. `understand` reads it alone when it names every authority the whole
 * text names, so nothing asked about is lost.
 */
export function questionProper(text: string): string | null {
  const bulleted = firstBulletAsked(text);
  if (bulleted !== null) return bulleted;
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
  // "…? I'm trying to see whether it's a common thread.": the asker's purpose, whose "whether" is no hearsay.
  const oneSentence = after.trim().split(/[.!?]+\s+/).length === 1;
  const purposeOnly = oneSentence && PURPOSE.test(after);
  // "Where does Knowsley stand these days? I remember it being requires improvement pre-covid.": what the asker recalls.
  // "…? As far as I know it hasn't been done under the reformed framework yet.": what the asker believes, hearsay or not.
  // "…? They were inadequate a few years ago weren't they": a fact recalled and checked with a tag.
  // "…? Homeless 16/17s was on there I think": a fact recalled, the recalling said last.
  const recalls =
    oneSentence &&
    (/^\s*(?:(?:i|we) (?:remember|recall|think|believe)|as far as (?:i|we) (?:know|can tell)|afaik|iirc)\b/.test(after) ||
      /^\s*(?:they|it) (?:were|was|got|went|had been|used to be)\b[^.?!]*\b(?:weren t|wasn t|didn t|hadn t) (?:they|it)\s*[.?!]*\s*$/.test(after) ||
      // "…? been struggling for years hasn't it": the same, its subject left off.
      /^\s*(?:(?:they|it) (?:ve|have|has|s) )?been\b[^.?!]*\b(?:hasn t|haven t) (?:they|it)\s*[.?!]*\s*$/.test(after) ||
      // "…? Homeless 16/17s was on there I think": a fact recalled, with the recalling at its end.
      /\b(?:i think|i believe|i reckon|iirc|if i remember rightly)\s*[.?!]*\s*$/.test(after));
  // "…? Bit of background - I'm putting together a short history…", "…? For context, our AD keeps citing them…": context
  // announced as context, however long and whatever it asks on the way.
  const announced = CONTEXT_AFTER.test(after);
  const askerOnly = announced || ((ASKER.test(after) || recalls) && (!HEARSAY.test(after) || purposeOnly || recalls));
  if (question.split(/\s+/).length < 4 || !askerOnly || (before.trim() !== '' && !setsTheScene(before))) return null;
  return question;
}

/** A line opening with a bullet or a number: "- catch me up on Torbay", "2) and what did they drop to". */
const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * The first point of a message written as bullets or numbered points, when it asks and the points after it only set
 * the scene ("- catch me up on Torbay / - last time I looked they were inadequate, years ago / - moving down there in
 * the new year"): the ask comes first, its context after. Null when the later points ask too (a question mark or a
 * question word opening one: "2) and what did they drop to" adds to the ask), or the message is not all points.
 */
function firstBulletAsked(text: string): string | null {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2 || !lines.every((l) => BULLET.test(l))) return null;
  const [first, ...rest] = lines.map((l) => l.replace(BULLET, ''));
  const asksAgain = rest.some((l) => l.includes('?') || /^(?:and |also |plus )?(?:what|whats|which|who|how|when|where|why|did|does|do|is|are|was|were|has|have|can|could|list|give|show|tell)\b/i.test(l));
  return first === undefined || asksAgain || first.split(/\s+/).length < 3 ? null : first;
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
  // So does a comma before "but" or "also" and a question: "Milton Keynes' 2022 visit was about children in care, but what
  // overall grade did the 2024 ILACS give them?"; and a comma before a question after the asker's own scene ("just moved to
  // plymouth as adopters, what are the council's childrens services like?"), never after a clause that may hold what is
  // asked ("among councils that are outstanding, what do they do on…").
  const last = [...text.matchAll(/[.!?:]\s+(?=\S)|\s[—–-]+\s+(?=\S)|,\s+(?:(?:but|also)\s+)?(?=(?:what|whats|how|hows|can|could|did|does|do|was|were|is|are|who|which|has|have|had|when|where)\b)/gi)]
    .filter((b) => (/^,\s+(?!but|also)/i.test(b[0]) ? isTheAskersScene(text.slice(0, b.index)) : !/[—–-]/.test(b[0]) || isAClause(text.slice(0, b.index))))
    .at(-1);
  if (last === undefined) return null;
  const question = text.slice((last.index ?? 0) + last[0].length).trim();
  // After the asker's scene and a comma, a question word opens the question though chat leaves off its mark: "just
  // started at sefton yot, whats the picture with their childrens services".
  const afterScene = last[0].startsWith(',') && /^(?:what|whats|how|hows|who|which|when|where)\b/i.test(question);
  // So does a question after a question, chat leaving off the second's mark: "…, is that right? what visits have they had".
  // Only a short one, whole: "…? what were they at the 2019 ilacs, just to see the distance travelled" adds to the first.
  const afterAQuestion = last[0].startsWith('?') && /^(?:what|whats|which|how|hows|when|who|where)\b/i.test(question) && !question.includes(',') && question.split(/\s+/).length <= 8;
  const asks = question.endsWith('?') || afterScene || afterAQuestion || /^(?:just |now |so |ok |okay )?(?:please |pls |can you |could you )?(?:just )?(?:give|tell|show|list|summari[sz]e|sum up|send|bring|catch|fill|brief|update)\b/i.test(question);
  return asks && question.split(/\s+/).length >= 4 ? question : null;
}

/**
 * A verb that makes the words before a dash a clause of their own ("X is our focus", "they came out good", "I'm
 * starting"); or the asker as its subject, whatever the verb ("I support young carers on St Mary's - …").
 */
const CLAUSE_VERB = /\b(?:is|are|was|were|am|be|been|being|has|have|had|came|come|got|get|went|did|do|does|will|would|could|can|should|may|might|slipped|dropped|fell|moved|improved|declined|rose|climbed|became|ended|starting|joining|preparing|writing|working|moving|looking|trying|i m|we re|they re|i ve|we ve|they ve)\b|\b[a-z]+ s (?:at|now|still|currently|rated|graded|judged|been|in special measures)\b|\b(?:i|we) (?!and\b|or\b)[a-z]+\b/;

/** The asker's own scene before a comma: who they are, what they have just done ("just moved to Plymouth as adopters"). */
const ASKERS_SCENE = /^(?:(?:i|we) (?:ve |have |had |m |am |re |are )?)?(?:just |recently )?(?:moved|started|joined|arrived|relocated|transferred|been (?:approved|matched|placed|offered))\b|^(?:(?:i m|im|i am|we re|we are) )?(?:starting|joining|moving|going) (?:as|at|to|in|with)\b|^(?:i m|im|i am|we re|we are) (?:just )?(?:starting|launching|running|planning|setting up|preparing|writing|putting together|doing) (?:a|an|our|my|the)\b|^(?:i m|im|i am|we re|we are) (?:a |an |the )?(?:new|newly|foster|adoptive|kinship|prospective|student|agency|locum|special guardians?|grandparents?|parents?|carers?)\b|^(?:i m |im |i am |we re |we are )?(?:thinking|considering) (?:of|about) (?:[a-z]+ing)\b|^for (?:my|our|an?|the) (?:[a-z]+ )?(?:essay|assignment|dissertation|coursework|project|article|story|piece|briefing|presentation|paper|report)\b/;

/** Whether the sentence before a comma is the asker's scene ({@link ASKERS_SCENE}). */
function isTheAskersScene(text: string): boolean {
  const sentence = text.split(/[.!?:]\s+/).at(-1) ?? '';
  return ASKERS_SCENE.test(sentence.toLowerCase().replace(/['’]/g, ' ').trim());
}

/** Whether the last sentence of `text` (what comes before a dash) holds a verb, so is a clause and not a topic. */
function isAClause(text: string): boolean {
  const sentence = text.split(/[.!?:]\s+/).at(-1) ?? '';
  return CLAUSE_VERB.test(sentence.toLowerCase().replace(/['’]/g, ' '));
}
