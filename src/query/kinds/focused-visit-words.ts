/**
 * The words of a question about one focused visit (focused-visit.ts) that ask
 * what the visit was about or how it went, not about a topic within it. Each
 * group's comment gives a question it was learned from.
 */
import { VERDICT_WORDS } from '../verdict-words.ts';

/** Words that ask what a visit was about, not about a topic within it. */
export const ABOUT_A_VISIT: ReadonlySet<string> = new Set([
  // How it went, as a verdict: "were Bristol let off lightly?", "did they get torn apart?"
  ...VERDICT_WORDS,
  ...('look looked looking at cover covered covering focus focused focussed on theme themes themed about find found findings visit visits letter outcome outcomes happen happened first go went how summary summarise overview key main ' +
    // How did it go: "was it good news?", "did the 2024 visit go well?", "key messages".
    'news good bad well badly messages message headlines takeaways verdict result positive negative anything worrying worries worry concerns concerning points ' +
    // "Please could you remind me what Ofsted said about Hillingdon's work with vulnerable adolescents at the focused visit?"
    'remind reminder ' +
    // "What were the positives from Sandwell's visit?"
    'positives negatives highlights strengths ' +
    // "How was Suffolk's front door when Ofsted checked it in 2025?"
    'check checked checking ' +
    // "The gist of Wirral's permanence FV", "what was the upshot?", "what was it about overall?".
    'gist upshot overall come came fv ' +
    // "What were Ofsted nosing into in Staffordshire in December 2025?": looking, in everyday words.
    'nose nosing nosed poke poking poked into around ' +
    // "Did Southwark pass or fail its one and only children in care focused visit?"
    'pass passed fail failed one only ' +
    // "What's the story with the children in care visit last autumn (11/2025)?"
    'story spring summer autumn winter ' +
    // "Please provide an account of the focused visit…", "the most recent Ofsted activity at Medway, namely the … visit"
    'account provide activity namely recent something think actually ' +
    // "What did Ofsted find when they popped into Dudley for the front door visit?", "is it right Trafford had Ofsted in again?"
    'popped they into when right again ' +
    // "Hounslow had inspectors in … What was that about and what did they conclude?", "Blackpool FV during covid - how did it
    // go", "did Bedford's 2019 focused visit raise any priority actions?", "basically a clean bill of health?"
    'conclude concluded conclusion conclusions during raise raised any basically ' +
    // "… had they pulled their socks up?"
    'had their up ' +
    // "Did Essex County Council come out of its January 2025 focused visit well, and what was the visit examining?"
    'examining examine examined out visited ' +
    // "What grade did the visit get?": the answer says focused visits give none, with what the letter found.
    'grade grades graded rating rated judgement judged get got receive received award awarded give gave given ' +
    // "What area of practice was it on?", "did it come with any priority actions?", "had things slipped since?"
    'area areas practice priority action actions slipped things since then ilacs sif all era ' +
    // "The one that looked at…", "was that a full inspection or what?".
    'one that which full before wasnt isnt didnt rundown lowdown broadly ok okay dates date ' +
    // "Was it positive or did it find serious weaknesses? want the overall verdict not the detail".
    'serious weakness weaknesses strength strengths detail details want not ' +
    // "Lincs CL FV Jul 25 - strengths / gaps?", "pros and cons of the visit"
    'gap gaps positives negatives pros cons ' +
    // "Where they landed", "the gist of what Ofsted made of it, not after specific quotes", "was that better than the
    // RI they got in 2023?", "what were the headline findings?"
    'they them landed land made make think thought specific quotes quote better worse than compared from ri requires improvement inadequate outstanding headline ' +
    // "staffs latest FV was on positions of trust / LADO right?"
    'right correct yeah ' +
    // "which cohort of children was it looking at?"
    'cohort cohorts group groups anything all ' +
    // "Could officers confirm what the autumn 2024 visit found in Sheffield specifically?"
    'specifically precisely exactly confirm ' +
    // "What did Ofsted say when they visited Dudley in 2024?" ("say about" a topic keeps the topic's words).
    'say said says ' +
    // "What was wrong at the Lincolnshire permanence visit?", "any problems found at the Newcastle visit in 2019?"
    'wrong problem problems issue issues ' +
    // "heard Ofsted were in Staffordshire last December - what came out of it?": hearsay of the visit.
    'heard hear ' +
    // "…of Solihull's care leavers and unaccompanied asylum seeking kids when they visited in 2018?": the children, as
    // "children" is.
    'kids ' +
    // "What did Dudley's front door visit in October 2025 pick up?"
    'pick picked ' +
    // "Can you list out the findings from the Stockton-on-Tees visit on 9-10 December 2025 - bullet points fine", "give me a list of
    // everything Ofsted looked at when they went into Calderdale in April 2025"
    'list out bullet bullets fine everything topic topics').split(' '),
]);
