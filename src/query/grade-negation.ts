/**
 * Lists of councils by how often they had a grade. By a grade they do not have: "which councils aren't inadequate?" (their latest grade is another),
 * "which councils have never been rated inadequate?" and "…have not been rated inadequate since 2018?" (no graded
 * inspection, ever or in the time asked, gave it). Before, each listed the councils that had the grade: the opposite
 * of what was asked. "Not good" is already a grade of its own (below good, grade-questions.ts) and "no longer" a change
 * of grade (grade-direction.ts), so neither is read here. And by a grade had more than once: "which councils have been
 * inadequate twice?", "…more than once?", "two or more inadequate judgements" (before, the councils inadequate now).
 */

/** How a grade is denied: of each council's latest graded inspection (`now`), or of every one (`ever`). */
export type GradeDenied = 'now' | 'ever';

/** The negator, the words that may stand before the grade, and the grade. */
const DENIED =
  /\b(never|not|arent|isnt|havent|hasnt|werent|wasnt|dont|doesnt)((?: (?:been|ever|yet|once|rated|judged|graded|got|get|gotten|had|have|received|given|found|as|an|a|currently|presently|now))*) (outstanding|good|requires improvement|requiring improvement|ri|inadequate|adequate)\b/;

/** How the question's words deny the grade they name, or null when they do not. */
export function gradeDenied(words: readonly string[]): GradeDenied | null {
  const match = DENIED.exec(words.join(' '));
  if (match === null) return null;
  const [, negator = '', between = ''] = match;
  // "Not good" is below good, and "not yet good (enough)" Ofsted's words for requires improvement: gradesAsked reads them so.
  if (negator === 'not' && (between === '' || between.trim() === 'yet') && match[3] === 'good') return null;
  // Never, or a perfect tense ("have not been", "hasn't been"): at no inspection; otherwise the grade held now.
  const perfect = /^(?:havent|hasnt)$/.test(negator) || / been\b/.test(between) || / ever\b/.test(between);
  return negator === 'never' || perfect ? 'ever' : 'now';
}

/** How many times a grade is asked to have been given: "twice", "more than once", "three or more times". */
const TIMES = /\b(?:(twice)|(more than once)|(?:at least |on )?(two|three|four|2|3|4) (?:or more )?(?:times|separate|different|inspections|judgements|judgments|occasions)|(two|three|four|2|3|4) (?:or more )?(?:outstanding|good|requires improvement|ri|inadequate|adequate) (?:judgements|judgments|grades|ratings|inspections))\b/;
const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/** The fewest graded inspections that must have given the grade ("twice": 2), or null when the question counts none. */
export function timesGraded(words: readonly string[]): number | null {
  const match = TIMES.exec(words.join(' '));
  if (match === null) return null;
  if (match[1] !== undefined || match[2] !== undefined) return 2;
  return NUMBERS[match[3] ?? match[4] ?? ''] ?? null;
}

/**
 * A grade given at every graded inspection: "which councils have always been outstanding?", "…outstanding every time?",
 * "…inadequate at every inspection?". Before, each listed the councils with the grade now.
 */
const EVERY_TIME = /\b(?:always|every time|each time|every single time|at (?:every|each) (?:single )?(?:graded |full )?(?:inspection|ilacs|one)|at all (?:of )?(?:their|its) (?:graded |full )?inspections|(?:every|each) (?:graded |full )?inspection)\b/;

/** Whether the question asks for the councils given the grade at every graded inspection. */
export function everyTimeGraded(words: readonly string[]): boolean {
  return EVERY_TIME.test(words.join(' '));
}
