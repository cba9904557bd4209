/**
 * The slash commands that ask grade questions, as the questions they ask, so
 * every adapter (console, Slack, Discord) reads them the same way:
 * `/compare Leeds Bury care leavers`, `/compare Oldham neighbours`,
 * `/judgement North West`, `/judgement neighbours of Bury`.
 */
import { regionAsked } from './grade-questions.ts';
import { understand } from './understand.ts';

/** Grade questions that show what the bot can do across authorities and over time. */
export const GRADE_EXAMPLES: readonly string[] = [
  "What is Dorset's latest grade?",
  'Is Bury getting better?',
  'How many authorities were inadequate as at 31 March 2025?',
  'Which councils are outstanding for care leavers?',
  "Which of Bury's neighbours are good or better?",
  'Compare Leeds and Bury on care leavers',
];

/** `/compare <authorities...> [neighbours] [topic]` as a question. */
export function compareQuestion(argument: string): string {
  return `compare ${argument.trim()}`;
}

/**
 * `/judgement <region | neighbours of X> [grade] [area]` as a grade question,
 * or null when the argument is an authority (the ordinary /judgement table).
 */
export function judgementQuestion(argument: string): string | null {
  // Every authority name is consumed here, so "Bath and North East Somerset" is not the North East.
  const u = understand(argument, []);
  if (regionAsked(u.words) === null && !/\bneighbou?rs?\b/i.test(argument)) return null;
  return `grades of ${argument.trim()}`;
}
