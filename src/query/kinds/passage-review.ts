/**
 * A second look at today's answers (paragraphs or grades) once no question
 * kind claimed the question: a paragraph answer whose best match is weak says
 * it is one (issue #17, kind 8), and a question the core was unsure how to
 * read gets a one-line offer of the other answer ("Did you want the list of
 * focused visits on the front door in 2023?"); paragraphs from before their
 * authority's latest inspection are labelled history (history-label.ts).
 */
import type { AskAnswer } from '../../answer-types.ts';
import { queryTerms } from '../../search/pipeline.ts';
import { documentFrequency } from '../context.ts';
import { AREA_WORDS, GRADE_WORDS } from '../grades.ts';
import { topicWords } from '../grade-questions.ts';
import { historyLine } from './history-label.ts';
import type { KindInput } from './kind-helpers.ts';
import { themesAsked } from './visit-themes.ts';

/** Below this share of the question's terms matched by the best paragraph, the answer is a weak one. */
const WEAK_COVERAGE = 0.5;
/** Area words: a grade list over an area leaves these, and they are no topic of their own. */
const AREA_ONLY = new Set('care leavers leaver leaving looked after cla lac cic help protection child children leadership leaders adoption management governance front door safeguarding permanence early cp in and for'.split(' '));

/** The question's search terms the best paragraph did not match (none when there is nothing to measure). */
export function missedTerms(answer: AskAnswer): string[] {
  const terms = answer.understood.terms;
  const top = answer.results[0];
  if (top === undefined || terms.length < 2 || top.why === undefined) return [];
  const matched = new Set(top.why.flatMap((w) => w.replace(/[“”]/g, '').split(' ')));
  return terms.filter((t) => !t.split(' ').every((w) => matched.has(w)));
}

/** Why the best paragraph is a weak match, or null: it misses most of the question, or a word no report uses. */
function weakness(input: KindInput, answer: AskAnswer): string | null {
  // A word read only for the leaning it gives, and no term alone ("do well": "well" is a stop word), is not measured.
  const unheld = new Set(
    queryTerms(input.u.words)
      .filter((q) => q.intent !== undefined && queryTerms([q.source]).length === 0)
      .map((q) => q.source),
  );
  const terms = answer.understood.terms.filter((t) => !unheld.has(t));
  const missed = missedTerms(answer).filter((t) => !unheld.has(t));
  if (missed.length === 0) return null;
  // A question about the inspection itself is answered by the report's words about it, whatever words they share.
  if (input.u.aboutTheInspection === true && answer.results[0]?.label.startsWith('About ') === true) return null;
  const matched = (answer.results[0]?.why ?? []).join(', ');
  // A word no paragraph holds can never be matched: the paragraphs shown answer only the rest of the question.
  const unknown = missed.filter((t) => queryTerms([t]).every((q) => documentFrequency(input.context, q.term) === 0));
  if (unknown.length > 0) return `No report uses ${unknown.map((t) => `“${t}”`).join(' or ')}: the paragraphs below match only ${matched}.`;
  if ((terms.length - missed.length) / terms.length < WEAK_COVERAGE) {
    const asked = terms.map((t) => `“${t}”`).join(', ');
    const has = matched === '' ? `none of ${asked}` : `only ${matched} of ${asked}`;
    return `A weak match: the best paragraph has ${has}. It may not answer the question; try other words.`;
  }
  return null;
}

/** The offer for a question read one way that may have meant another, or null. */
function offerFor(input: KindInput, answer: AskAnswer): AskAnswer['offer'] | null {
  const { u, lower } = input;
  const when = typeof u.year === 'number' ? ` in ${u.year}` : '';
  if (answer.grades === undefined && u.authorities.length === 0 && / focused visits? /.test(lower)) {
    const theme = themesAsked(lower)[0];
    if (theme !== undefined) {
      return { text: `Did you want the list of focused visits on ${theme.label}${when}?`, question: `Which authorities had a focused visit on ${theme.label}${when}?` };
    }
  }
  if (answer.grades?.kind === 'list' && answer.grades.rows.length > 0) {
    const topic = topicWords(u.words).filter((w) => !AREA_ONLY.has(w));
    if (topic.length > 0) {
      const grade = answer.grades.rows[0]?.grade;
      const graded = [...new Set(answer.grades.rows.map((r) => GRADE_WORDS[r.grade]))].join(' or ') || (grade === undefined ? 'so' : GRADE_WORDS[grade]);
      const words = topic.join(' ');
      const area = answer.grades.area === 'overall' ? '' : ` for ${AREA_WORDS[answer.grades.area]}`;
      return { text: `Did you want paragraphs on ${words} from the authorities rated ${graded}${area}?`, question: `What do authorities rated ${graded}${area} say about ${words}?` };
    }
  }
  if (answer.grades === undefined && u.authorities.length === 1 && / (?:improve|improvement|improvements|improving|recommendations?) /.test(lower)) {
    const authority = u.authorities[0] as string;
    return { text: `Did you want ${authority}'s list of what needs to improve?`, question: `What are the areas for improvement for ${authority}?` };
  }
  return null;
}

/** The answer, saying when its best paragraph is a weak match, with an offer when the question may have meant another kind. */
export function reviewAnswer(input: KindInput, answer: AskAnswer): AskAnswer {
  let reviewed = answer;
  const weak = answer.grades === undefined && answer.results.length > 0 && (input.options.offset ?? 0) === 0 ? weakness(input, answer) : null;
  if (weak !== null) reviewed = { ...reviewed, kind: { kind: 'low-confidence', headline: weak, notes: [] } };
  // A "why" answer's line names the inspection its paragraphs come from (grade-reason.ts), so they need no history label.
  const history = answer.gradeGiven === undefined ? historyLine(input.context, answer, input.options.offset ?? 0) : null;
  if (history !== null) reviewed = { ...reviewed, history };
  const offer = offerFor(input, answer);
  return offer === null || offer === undefined ? reviewed : { ...reviewed, offer };
}
