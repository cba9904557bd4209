/**
 * What other inspections hold (unknowable.ts): schools, nurseries, colleges,
 * children's homes, fostering and adoption agencies and the area SEND
 * inspections are inspected and reported on apart from a council's
 * children's services, so a question about one is told so, never given the
 * council's grade.
 */
import type { Unknowable } from './unknowable.ts';

export const INSPECTED_APART: Unknowable = {
  // "What Ofsted grades do the secondary schools in Wokingham have?": schools, nurseries and children's homes are
  // inspected apart; these reports are of the council's children's services.
  reason: () => "The reports do not hold that: they are Ofsted's inspections of councils' children's services, not of schools, nurseries, colleges, children's homes or fostering and adoption agencies, nor the area SEND inspections, which are inspected and reported on separately.",
  test: (lower, input) =>
    (/ (?:grades?|ratings?|rated|graded|judged|judgements?|results?) (?:\w+ ){0,4}(?:schools|academies|nurseries|colleges|childrens? homes|children s homes)(?! (?:and|or) (?:the )?(?:council|la|authority))|(?:secondary|primary|infant|junior|special|independent) schools? (?:\w+ ){0,3}(?:grades?|ratings?|rated|graded|judged) /.test(lower) && !/ virtual schools? /.test(lower)) ||
    // "What Ofsted grade did Achieving for Children's fostering agency get?": a fostering or adoption agency is registered
    // and inspected apart, as a children's home is.
    / (?:grades?|ratings?|rated|graded|judged|judgements?) (?:\w+ ){0,5}?(?:fostering|adoption) (?:agency|agencies|service s registration)(?! (?:and|or) (?:the )?(?:council|la|authority))| (?:fostering|adoption) (?:agency|agencies) (?:\w+ ){0,3}?(?:grades?|ratings?|rated|graded|judged|get|got) /.test(lower) ||
    // "What did Ofsted give the secondary schools in Rochdale - how many are good or outstanding?"
    / (?:give|gave|given|giving) (?:the |their |its )?(?:\w+ )?(?:primary|secondary|infant|junior|special|independent|faith|free) (?:schools|academies) /.test(lower) ||
    // "Camden schools Ofsted grade, which school is good?"
    (/ schools (?:ofsted )?(?:grades?|ratings?|results?) | which (?:school|schools|nursery|nurseries|academy|academies) (?:is|are|was|were|got|get|gets) /.test(lower) && !/ virtual schools? /.test(lower)) ||
    // "Huddersfield secondaries - which ones did Ofsted rate outstanding?"
    / (?:secondaries|primaries|secondary schools|primary schools) (?:\w+ ){0,6}?(?:rate|rated|rates|graded|judged|ratings?|grades?|outstanding|inadequate) /.test(lower) ||
    // "How did Rutland's schools do in their latest Ofsted inspections?": the schools' own inspections.
    (/ (?:how|what) did (?:\w+ ){0,4}?schools (?:do|fare|get on) (?:\w+ ){0,4}?(?:ofsted|inspections?)| schools (?:fared|got|came out) (?:\w+ ){0,4}?(?:ofsted|inspections?) /.test(lower) && !/ virtual schools? /.test(lower)) ||
    // "is it true Ofsted slated one of the primary schools in Tameside?": a school's own inspection.
    // "What did Ofsted say about the quality of teaching at Hartlepool's pupil referral unit?": a school's own inspection.
    / (?:teaching|lessons|curriculum) (?:at|in) (?:the |a |an |their |its )?(?:\w+ ){0,3}?(?:school|academy|pru|pupil referral unit|college|nursery) /.test(lower) ||
    // "As the DSL at a primary in Wirral, what Ofsted grade did our school get at its last inspection?"
    / (?:grades?|ratings?|rated|graded|judged) (?:\w+ ){0,3}(?:our|my|this|that|his|her) (?:school|academy|nursery|college|pru) | (?:our|my) (?:school|academy|nursery|college|pru) (?:s )?(?:ofsted )?(?:grade|rating|inspection|last inspection|latest inspection|report) /.test(lower) ||
    / (?:ofsted|inspectors) (?:rate|rates|grade|grades) (?:\w+ ){0,3}(?:schools|academies|nurseries|colleges) | (?:ofsted|inspectors) (?:slated|inspected|failed|criticised|downgraded|rated|graded|judged|rate|rates|grade|grades) (?:\w+ ){0,4}(?:primary|secondary|infant|junior|special|independent|free|faith) (?:schools?|academy|academies) |(?:primary|secondary|infant|junior|independent) (?:schools?|academy|academies) (?:\w+ ){0,3}(?:slated|failed|downgraded|ofsted inspection|ofsted report) /.test(lower) ||
    // "What concerns did Ofsted raise about Gateshead's primary schools?", "what grades did you give their secondary
    // schools?": the schools themselves asked of, at the question's end (not "how primary schools refer to the front door").
    (/ (?:about|of|on|at|give|gave|given) (?:the |their |its |(?:\w+ ){1,3}?)?(?:primary|secondary|infant|junior|independent|faith|free) (?:schools|academies) (?:(?:in|across) (?:\w+ ){1,4})?$/.test(lower) &&
      / (?:ofsted|inspectors|you|hmi) /.test(lower) && !/ virtual school/.test(lower)) ||
    // One provider by its name: "the Ofsted rating for Little Acorns Day Nursery in Hull", "is Bury Grammar School
    // outstanding?", "what did the children's home in Leeds get at Ofsted?" (never the council's grade).
    / (?:grades?|ratings?|judgements?|report) (?:for|of|at) (?:the )?(?:\w+ ){1,4}?(?:nursery|pre school|preschool|school|academy|college|childminder) (?:(?:in|at) (?:\w+ ){1,3})?$/.test(lower) ||
    / (?:\w+ )(?:grammar|primary|secondary|infant|junior|high|prep|c of e|ce|rc|catholic) (?:school|academy) (?:\w+ ){0,2}?(?:outstanding|good|inadequate|requires|rated|graded|grade|grades|rating|ratings|judged) /.test(lower) ||
    / (?:the|a|our|my|this|that) (?:childrens?|children s) home (?:\w+ ){0,4}?(?:get|got|gets|rated|graded|grade|rating|judged|outstanding|inadequate) /.test(lower) ||
    // "When did Ofsted last inspect Kirklees' own children's homes?": homes, nurseries and schools are inspected apart.
    / (?:inspect|inspects|inspected|inspecting|inspections? of) (?:\w+ ){0,4}?(?:childrens? homes|children s homes|nurseries|academies|colleges|primary schools|secondary schools) (?:(?:in|across|run by) (?:\w+ ){1,4})?$/.test(lower) ||
    // The area SEND inspections are joint inspections with the CQC, reported apart. "SEND" in capitals, or named as an
    // inspection ("their send inspection"): "can you send inspection dates" asks the bot to send something.
    (/ (?:area|local area|joint area|the|their|its|our|a|an|last|latest|recent|previous|next) send (?:area |local area )?(?:inspection|inspections|judgement|outcome|report|revisit)s? /.test(lower) ||
      /\bSEND (?:inspection|inspections|inspected|judgement|outcome|report|revisit)s?\b/.test(input.text)),
};
