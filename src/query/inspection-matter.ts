/**
 * Whether a question asks about the inspection itself rather than about
 * practice: who led it, who was on the team, its dates, how many case files
 * inspectors read, what a focused visit looked at and on what evidence, the
 * action plan it asked for, when the next inspection is. Such questions are
 * answered by a report's opening and closing matter (paragraph kind `about`),
 * which otherwise ranks below the findings.
 */

/** What the question says, lower case, authority names and years included (they do not matter here). */
const ASKS_ABOUT_THE_INSPECTION: readonly RegExp[] = [
  /\b(?:who|which (?:hmis?|inspectors?))\b.*\b(?:led|lead|leading|inspected|inspectors?|hmis?|team|visited)\b/,
  /\b(?:lead|reporting|deputy|team) inspectors?\b/,
  /\binspection team\b|\bhow many (?:hmis?|inspectors)\b/,
  /\bhow many (?:case (?:files|records)|files|records|cases)\b.*\b(?:look|looked|read|review|reviewed|sample|sampled|see|saw|check|checked)\b/,
  /\b(?:case (?:files|records)|files)\b.*\b(?:did|do) (?:ofsted|inspectors|they)\b/,
  /\binspection dates?\b|\bdates? of (?:the|their|its) (?:inspection|visit)\b/,
  /\bwhen (?:was|were|did|is|will)\b.*\b(?:inspect\w*|ofsted|visit\w*)\b/,
  /\b(?:action plan|written statement)\b/,
  /\b(?:next|again)\b.*\b(?:inspect\w*|visit)\b|\b(?:inspect\w*|visit)\b.*\bagain\b/,
  /\b(?:focused )?visit\b.*\b(?:look at|looked at|focus on|focused on|consider|considered)\b/,
  /\bwhat (?:evidence|did (?:inspectors|ofsted|they) (?:look at|consider|review))\b/,
  /\b(?:remote|remotely|on site|onsite)\b.*\b(?:visit|inspection)\b|\b(?:visit|inspection)\b.*\b(?:remote|remotely|on site|onsite)\b/,
];

/** Whether `question` asks about the inspection itself (see above). */
export function asksAboutTheInspection(question: string): boolean {
  const text = question.toLowerCase();
  return ASKS_ABOUT_THE_INSPECTION.some((pattern) => pattern.test(text));
}

/** An inspection by name: "inspection", "inspected", "re-inspection", "ILACS", "SIF", "single inspection". */
const NAMES_AN_INSPECTION = /\b(?:re-?)?inspect(?:ion|ions|ed)\b|\bilacs\b|\bsif\b/;
const NAMES_A_VISIT = /\bvisit(?:s|ed)?\b|\bmonitoring\b/;

/**
 * Whether `question` names an inspection and no visit ("who led the 2022
 * inspection", "the SIF in 2014"): where a year holds both an inspection and
 * a focused visit, the inspection is what was asked about.
 */
export function namesAnInspectionNotAVisit(question: string): boolean {
  const text = question.toLowerCase();
  return NAMES_AN_INSPECTION.test(text) && !NAMES_A_VISIT.test(text);
}
