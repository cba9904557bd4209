/**
 * The words of a grade question that carry no topic (grade-questions.ts, topicWords): how grades, changes and
 * comparisons are asked, and the chat around them. Each group's comment gives a question it was learned from.
 */
import { VERDICT_WORDS } from './verdict-words.ts';

export const GRADE_FILLER: ReadonlySet<string> = new Set([
  // How the inspection went, as a verdict: "did Ofsted really tear Devon apart?", "how grim was Halton's 2024 inspection?"
  ...VERDICT_WORDS,
  // "Did Havering's leadership get marked inadequate?": a grade given, as a mark is.
  'marked',
  // "Devon - any movement between the 2020 and 2024 ILACS?": a change of grade (grade-question-words.ts, TREND).
  'movement',
  'shift',
  // "Swindon overall effectiveness - please confirm the movement between the 2019 and 2023 ILACS."
  'confirm',
  // "What is Liverpool's OE now after the May 2026 inspection?": the inspection dates the grade.
  'after',
  // "Tower Hamlets was judged inadequate in 2017. How does its position now compare?"
  'position',
  // "Who's lost an outstanding OE since 2019?": overall effectiveness, as staff shorten it.
  'oe',
  // "Kent's lost outstanding, right?": a grade lost (grade-question-words.ts, TREND).
  'lost',
  'lose',
  'losing',
  'loses',
  // "tameside or stockport whos better": who is rated better (grade-question-words.ts, COMPARE).
  'whos',
  // "How does Oldham compare to similar councils?": its statistical neighbours (grade-question-words.ts, NEIGHBOURS).
  'similar',
  'comparator',
  'comparable',
  ...(
    'what whats is are was were be been being the a an of for in on at to by and or with its it their they theyre theyve them s has have had how does do did done ' +
    'get got gets getting which who whom me us show tell give list name about ofsted inspection inspections inspected council councils ' +
    'authority authorities la las local children childrens services service social many much number count ones any all each every there ' +
    'so far ever compare compared compares comparing comparison versus vs v against with than statistical neighbour neighbours neighbor neighbors ' +
    'better worse doing improved improving improve declined declining deteriorated changed progressed trend trajectory over time history ' +
    'grade grades graded grading rating ratings rated judgement judgements judgment judgments judged outcome outcomes overall effectiveness ' +
    'outstanding good requires require requiring improvement ri adequate inadequate least above below not less previous past please currently ' +
    'region england english national nationally their gone up down latest current recent now today went going slipped moved backwards backward forwards forward downhill worsened turned turn turns things true around round journey part parts rest finally climbed climb clawed crawled ' +
    // How a change of grade is told: "did X go from inadequate all the way to outstanding?", "what did it get next time?"
    'from go goes way next again then afterwards subsequently sif ilacs last ' +
    // "has West Berkshire's grade shifted at all since 2017?"
    'shift shifts shifted shifting budge budged ' +
    // "strong or not? just the grade", "just need the judgement".
    'just need needs want only strong weak ' +
    // "How far had it fallen since the previous inspection?"
    'fallen far ' +
    // "Has Bury been good for long?"
    'long ' +
    // "Where does Redbridge sit grade-wise right now?"
    'wise sit sits sitting ' +
    // "Bury's Ofsted result?", "what mark did Ofsted give Bury", "did Bury pass its inspection?", "how did it fare?"
    'result results mark marks score scores scored verdict verdicts pass passed fail failed give gave given land landed fare fared ' +
    // "How does Bury stack up against its neighbours?"
    'stack stacks stacked measure measures measured ' +
    // "Has Stockport always been rated good, or did they slip at some point? Their grades over the years."
    'always consistently stayed remained stay remain slip slips point some years ' +
    // Chat around the grade: "whats York rated now? heard they did well", "just want the names for a slide",
    // "was leadership itself judged inadequate or only the practice bits?"
    'heard names itself bit bits year ' +
    // "…but whats their actual grade for care leavers now?", "was that inadequate across the board or just for care leavers?"
    'but actual actually really genuinely definitely truly basically essentially honestly literally that across since ' +
    // "…overall grades, need to know if it slipped": the check asked, not a topic.
    'if whether ' +
    // "What were Harrow and Halton rated before their latest one?", "what was it rated prior to that?"
    'prior preceding earlier ' +
    // "can u pull swindon's full grade history going back to the SIF days"
    'can u pull grab fetch full going back days ' +
    // "What judgement did Bexley receive for children looked after at its 2014 SIF?"
    'receive receives receiving achieve achieves achieving awarded ' +
    // "is Portsmouth still only good or did the new-style inspection this summer bump them up?"
    'new style reformed framework bump bumped bumps this summer spring autumn winter ' +
    // "In Tameside's December 2023 standard ILACS, what judgement did inspectors give for…"
    'standard short inspectors inspector ' +
    // "what was Isles of Scilly's judgment in 2023? heard it wasn't great"
    'wasnt isnt werent arent great ' +
    // "isles of scilly's big inspection in 2023, what grade did they come out with", "where do they sit on the Ofsted
    // scale right now, overall and each sub-judgement"
    'big full proper main come comes came coming out where sit sits sitting stand stands scale sub ' +
    // "how is the mark of Blackpool moving over the years, from the first inspection?"
    'moving move moves changing first earliest ' +
    // "Trace the longitudinal trajectory of Sandwell's Ofsted judgements from the 2013 … inspection to its latest ILACS"
    'trace longitudinal i me ' +
    // "The Isles of Scilly used to be good, didn't they? What's their grade history?", "how did inspectors rate Harrow?" ("work"
    // is not one: "what did ofsted still want them to work on?" asks for the list)
    'used didnt didn rate rates ' +
    // "Durham performance team: how has our overall judgement moved…", "were we rated good?": the asker's own council.
    'our we us ' +
    // "What does the judgement table in Dorset's 2025 inspection report show?"
    'table tables box boxes show shows showed report reports ' +
    // "Sunderland's grade history, back in the day to now"
    'day ' +
    // "did they keep their outstanding, and what were the area grades?"
    'keep kept keeping retain retained hang hung onto ' +
    // "Help and protection at Telford — did it hold the same grade between 2020 and 2024?"
    'hold holds held holding same ' +
    // Ofsted's inspections by other names, and an order asked: "Tameside's 2023 review - was that a worse mark than
    // 2019's?", "Kirklees marks from the SIF onwards, in order".
    'review reviews audit audits onwards onward order ' +
    // "what did inspectors make of leadership? I mean the grade", "the lowdown on Scilly's grades only"
    'make makes lowdown rundown mean meant ' +
    // "Take me through Slough's inspections since 2013 and the judgement each time", "is Stockport rated lower now than in
    // 2022?", "judged from the old-style one through to the latest inspection"
    'take through lower higher old one away ' +
    // "Nottingham's Ofsted record - what has it been graded at each inspection?"
    'record records track ' +
    // "How many times has their Ofsted rating gone up since then?", "was requires improvement for ages - did it ever get
    // off RI?", "still outstanding or is something changing?"
    'times often ages off something ' +
    // "B&NES grades over time – SIF onwards pls"
    'pls plz ' +
    // "Sefton were inadequate in 2022, did they get out of it yet?", "has Wokingham been stuck on requires improvement the
    // whole time?"
    'yet whole ' +
    // "Coventry here - which areas came out outstanding and which didn't?", "both outstanding overall, but where do their
    // individual judgements differ?", "was the 2024 ILACS a step down from 2019?", "has Solihull's grade recovered?"
    'here both individual differ differs difference differences step recovered recover recovering ' +
    // "What judgements did it end up with?"
    'end ended ending ' +
    // "Kent's not outstanding any more, is it?", "Doncaster, Rotherham, Barnsley - who's rated best?"
    'more anymore best worst ' +
    // "Could the full sequence of judgements given to Gateshead be set out?"
    'sequence set could would ' +
    // "Bury's Ofsted status", "Bury's current Ofsted standing", "Bury - good or bad?"
    'status standing category level bad ' +
    // "Is Swindon's children's department going backwards? … where did the last inspection leave them?": the service by
    // an older name, and where a grade left it.
    'department departments dept leave ' +
    // "Rotherham - list all their ofsted results from the start", "did Solihull get out of inadequate when they were
    // re-inspected in late 2025?"
    'start beginning re reinspected ' +
    // "did its overall judgement change at the following full inspection?"
    'following subsequent change ' +
    // "Put Glos, Worcs and Herefordshire's grades next to each other", "three outstandings in a row"
    'put other row trot ' +
    // "When did Islington become outstanding?", "is Stoke stuck on RI?", "East Riding bounced back to good - when?"
    'become became becoming bounced ' +
    // "Did Herefordshire manage to get out of inadequate?", "Kent was outstanding in 2022, is that still the case?", "every
    // full inspection from the first single inspection onwards"
    'manage managed managing case single onwards ' +
    // "What's different about Kent now compared with 2017?", "how far did Suffolk drop?"
    'different drop ' +
    // "Merton kept outstanding 2022 to 2025 yes?"
    'yes ' +
    // "Swindon Jul 23 ILACS - headline grade vs last time?": the overall grade, as the report's headline.
    'headline ' +
    // "Wirral: are our stat neighbours doing better than us?"
    'stat stats'
  ).split(' '),
]);
