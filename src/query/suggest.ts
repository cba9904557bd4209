/**
 * What to suggest when a question cannot be answered: the closest known
 * authority names to what was typed, and example questions that work.
 */
import { authorityByName } from '../authorities.ts';
import { splitWords } from '../search/tokenize.ts';
import type { CorpusContext } from './context.ts';
import { isTownForm } from './authority-names.ts';

/** Questions that show what the bot can do (each answers on the bundled index). */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'What did inspectors say about the LADO in Bury?',
  'Are IRO caseloads manageable in Bury?',
  'care leavers mental health Southend',
  'personal education plans Somerset 2017',
];

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Known authority names closest to the words of `typed` (at most `count`),
 * by the best edit distance between any typed word run and any name form.
 */
export function closestAuthorities(context: CorpusContext, typed: string, count = 3): string[] {
  const words = splitWords(typed).map((t) => t.word);
  const scored = context.authorities.map(({ name, forms }) => {
    let best = Number.POSITIVE_INFINITY;
    for (const form of forms) {
      // A town is offered for no name: "Narnia" is not "Farnham" (Surrey).
      if (isTownForm(form)) continue;
      const target = form.join(' ');
      for (let i = 0; i < words.length; i++) {
        const run = words.slice(i, i + form.length).join(' ');
        const distance = editDistance(run, target) / Math.max(target.length, 1);
        best = Math.min(best, distance);
      }
    }
    return { name, best };
  });
  scored.sort((a, b) => a.best - b.best || a.name.localeCompare(b.name));
  const close = scored.filter((s) => s.best <= 0.5).slice(0, count);
  return (close.length > 0 ? close : scored.slice(0, count)).map((s) => s.name);
}

/**
 * Why an authority named has no reports: a former authority says who took its
 * children's services over ("Northamptonshire … North Northamptonshire and
 * West Northamptonshire"); any other has none yet.
 */
export function noReportsFor(names: readonly string[]): string {
  return names
    .map((name) => {
      const former = authorityByName(name);
      if (former !== undefined && former.successors.length > 0) {
        const year = former.until === null ? '' : ` in ${former.until.slice(0, 4)}`;
        return `${name} no longer exists: its children's services passed to ${former.successors.join(' and ')}${year}. Ask about ${former.successors.length > 1 ? 'them' : 'it'} instead.`;
      }
      return `I don't have any reports for ${name} yet.`;
    })
    .join(' ');
}

/** Who to ask about instead of authorities with no reports: their successors. */
export function successorsOf(names: readonly string[]): string[] {
  return names.flatMap((name) => authorityByName(name)?.successors ?? []);
}
