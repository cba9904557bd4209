/**
 * How a grade looks on the pages: a GOV.UK tag with the grade's printed
 * words (so colour is never the only signal), coloured by the normalised grade.
 */
import type { Grade } from '../../src/index.ts';
import { html, type Html } from './html.ts';

const TAG_COLOURS: Readonly<Record<Grade, string>> = {
  outstanding: 'govuk-tag--teal',
  good: 'govuk-tag--green',
  'requires-improvement': 'govuk-tag--yellow',
  adequate: 'govuk-tag--orange',
  inadequate: 'govuk-tag--red',
  'not-judged': 'govuk-tag--grey',
  other: 'govuk-tag--grey',
};

/** Short names of the grades, for tables and chart labels. */
export const GRADE_NAMES: Readonly<Record<Grade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  adequate: 'Adequate',
  inadequate: 'Inadequate',
  'not-judged': 'Not judged',
  other: 'Other',
};

/** The printed grade words in a tag coloured by grade. */
export function gradeTag(grade: Grade, label: string): Html {
  return html`<strong class="govuk-tag ${TAG_COLOURS[grade]}">${label}</strong>`;
}
