/**
 * How a question names the grades: Ofsted's four (and the SIF's "adequate"),
 * the ways staff say them without naming them ("best-rated", "failing LAs",
 * "grade 4", "special measures", "the best councils"), and Ofsted's own
 * descriptors ("not yet good enough", "widespread or serious failures",
 * "highly effective councils"); and "good" that praises work rather than
 * names the grade. Every reader of grades takes them from here.
 */
import type { Grade } from '../model.ts';

const BEFORE_A_GRADE = new Set('rated judged graded are were is was be been being as from by become became now still out yet'.split(' '));
const AFTER_A_GRADE = new Set('councils council authorities authority las la ones or and for overall rating ratings grade grades judgement judgements areas places rated graded judged when'.split(' '));

/**
 * The words without a "good" that praises work rather than names the grade.
 * "good" is the grade where a grade stands: "rated good", "are good", "came out good", "good
 * councils", "good or better", "good for care leavers", or last. Before any
 * other word it praises ("good practice", "good oversight of home educated
 * children"), and "good at" always does: "which LAs have an effective LADO?
 * looking for good practice" wants paragraphs, not the authorities graded good.
 */
export function withoutPraise(words: readonly string[]): string[] {
  return words.filter(
    (w, i) =>
      w !== 'good' ||
      // "good at keeping siblings together" praises doing something, whatever stands before it.
      // "Which councils are not good enough?": below good, as Ofsted's "not yet good enough" is.
      (words[i - 1] === 'not' && words[i + 1] === 'enough') ||
      (words[i + 1] !== 'at' && (i === 0 || i === words.length - 1 || BEFORE_A_GRADE.has(words[i - 1] ?? '') || AFTER_A_GRADE.has(words[i + 1] ?? ''))),
  );
}

/** The grades a list asks for ("good or better" is outstanding and good). */
export function gradesAsked(words: readonly string[]): Grade[] {
  let text = ` ${words.join(' ')} `.replace(/ requires? improvement to be good /g, ' requires improvement ');
  const found = new Set<Grade>();
  const take = (pattern: RegExp, grades: Grade[]): void => {
    if (!pattern.test(text)) return;
    for (const g of grades) found.add(g);
    text = text.replace(pattern, ' ');
  };
  take(/ (?:good or (?:better|above|outstanding)|at least good|good and above|good or outstanding|outstanding or good|good and outstanding|outstanding and good) /g, ['outstanding', 'good']);
  take(
    / (?:(?:requires? improvement|ri) or (?:worse|below|inadequate)|(?:less|worse) than good|below good|not good|inadequate or (?:requires? improvement|ri)) /g,
    ['requires-improvement', 'adequate', 'inadequate'],
  );
  // "In councils that need improvement, …": Ofsted's "requires improvement", said of councils.
  take(/ (?:councils?|las?|authorities|local authorities|boroughs|ones) (?:that |which |who )?(?:need|needs|needing) improvement /g, ['requires-improvement']);
  // "Which councils still need to improve to get to good?": not yet good, as Ofsted's "requires improvement to be good".
  take(/ (?:still )?needs? to (?:improve|get better)(?: to (?:get to|be|become|reach) good)? /g, ['requires-improvement', 'adequate', 'inadequate']);
  // How staff say the grades without naming them: "best-rated councils", "failing LAs", "poorly rated ones", and by
  // Ofsted's numbers ("grade 4 councils": 1 outstanding, 2 good, 3 requires improvement, 4 inadequate).
  take(/ (?:grade|graded|rated|judged) (?:1|one) /g, ['outstanding']);
  take(/ (?:grade|graded|rated|judged) (?:2|two) /g, ['good']);
  take(/ (?:grade|graded|rated|judged) (?:3|three) /g, ['requires-improvement']);
  take(/ (?:grade|graded|rated|judged) (?:4|four) /g, ['inadequate']);
  take(/ (?:top|best|highest) rated | rates? (?:as )?(?:top|highest|best) /g, ['outstanding']);
  // "Which councils are the best?", "the best council in the North West", "how do the best LAs support care leavers?"
  take(/ (?:the )?best (?=(?:councils?|authorities|las?|local authorities|boroughs|ones) )| are (?:the )?best $| (?:council|authority|la|borough|one) is (?:the )?best $/g, ['outstanding']);
  // "Which council is the worst?": the bottom grade, as "the worst rated" is.
  take(/ (?:councils?|authorities|authority|las?|boroughs?|ones?) (?:are|is) (?:the )?worst $/g, ['inadequate']);
  // "Worst councils for care leavers", as "best councils for…" is the top grade.
  take(/ (?:the )?worst (?=(?:councils?|authorities|las?|local authorities|boroughs|ones) )/g, ['inadequate']);
  take(/ highly rated /g, ['outstanding', 'good']);
  take(/ (?:poorly|low) rated /g, ['requires-improvement', 'adequate', 'inadequate']);
  take(/ (?:worst|lowest) rated | failing (?=(?:councils?|authorities|authority|las?|ones) )/g, ['inadequate']);
  // "Which councils are failing?", "which LAs are failing children?": said of councils, with nothing more.
  take(/ (?:are|is) (?:currently |still )?failing (?:children )?$/g, ['inadequate']);
  // "Where councils are failing, how are care leavers let down?": councils said to fail, before what is asked of them.
  take(/ (?:councils?|las?|authorities|authority|local authorities|boroughs) (?:that |which |who )?(?:are|is) (?:currently |still )?failing (?=(?:how|what|why|where|which|who|do|does|did|is|are|when) )/g, ['inadequate']);
  // "…in the councils Ofsted failed?": the councils it judged inadequate.
  take(/ (?:councils?|las?|authorities|local authorities|boroughs|ones) (?:that |which |who )?(?:ofsted|inspectors) (?:has |have |had )?failed | (?:councils?|las?|authorities|local authorities|boroughs|ones) (?:that |which |who )?(?:ofsted|inspectors) (?:reckons?|thinks?|says?|rates?|deems?) (?:are |is )?failing /g, ['inadequate']);
  // "Which councils failed?": said of councils, with nothing more, as "failing" is.
  take(/ (?:councils?|las?|authorities|local authorities|boroughs) (?:that |which |who )?(?:have |has |had )?(?:actually )?failed $/g, ['inadequate']);
  // "The councils that actually failed their inspection": judged inadequate (never "failed to…").
  take(/ (?:actually )?(?:failed|fail|fails) (?:their |its |an |the )?(?:last |latest |most recent )?(?:ofsted|inspections?|ilacs)(?: inspections?)? /g, ['inadequate']);
  // "the councils with the worst rating", "climbed out of the bottom grade": Ofsted's lowest; "the top rating" its highest.
  take(/ (?:worst|lowest|bottom) (?:ofsted )?(?:ratings?|grades?|judgements?|marks?|scores?) /g, ['inadequate']);
  // "Full marks", but never "the full grades" or "full judgements", which ask for all of them.
  take(/ (?:top|best|highest) (?:ofsted )?(?:ratings?|grades?|judgements?|marks?|scores?) | full marks /g, ['outstanding']);
  // Ofsted's own descriptors of the grades, as quoted from its reports: "not yet good enough" (requires improvement to be
  // good), "widespread or serious failures" (inadequate), and "highly effective councils" (outstanding; only of councils,
  // never of a service: "a highly effective front door" is praise).
  take(/ not yet good(?: enough)? /g, ['requires-improvement']);
  take(/ widespread (?:and|or) serious failures? | serious (?:and|or) widespread failures? /g, ['inadequate']);
  take(/ highly effective (?=(?:councils?|authorities|authority|las?|local authorities|boroughs|ones) )/g, ['outstanding']);
  // "Who's in special measures in the North West?": the schools' word, as staff use it of councils judged inadequate.
  take(/ special measures /g, ['inadequate']);
  take(/ (?:requires? improvement|requiring improvement|ri) /g, ['requires-improvement']);
  take(/ outstanding /g, ['outstanding']);
  take(/ good /g, ['good']);
  take(/ adequate /g, ['adequate']);
  take(/ inadequate /g, ['inadequate']);
  return (['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'] as const).filter((g) => found.has(g));
}
