/**
 * Whether a topic asked of a council in a year is only the theme of that
 * year's focused-visit letter, in the words the question or the letter uses
 * for it ("How was Suffolk's front door when Ofsted checked it in 2025?",
 * "older children's placements" of Hull's 2025 letter on placement
 * decision-making for older children): then the visit answers, not
 * paragraphs on the topic (focused-visit.ts).
 */
import type { StoredReport } from '../../search/index-file.ts';
import { themesAsked, visitHasTheme, withoutEach } from './visit-themes.ts';

/** Words for a council's work on a theme, which name no topic of their own. */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['work', 'service', 'services', 'team', 'teams', 'arrangements', 'practice', 'response', 'provision', 'doing', 'faring']);

/** Whether `topic` names only themes `letter` printed ("front door" of a front door letter), or only the work on one `lower` named. */
export function onlyTheLettersTheme(topic: readonly string[], letter: StoredReport, lower: string): boolean {
  // "Calderdale's exploitation work": the council's work on the theme is the theme (the theme itself may already be gone
  // from the topic, as what Ofsted "looked at").
  const own = topic.filter((w) => !SERVICE_WORDS.has(w));
  if (own.length === 0) return themesAsked(lower).some((g) => visitHasTheme(letter.themes ?? [], [g]));
  const words = ` ${own.join(' ')} `;
  const groups = themesAsked(words);
  // A theme of the letter's named in the question may be gone from the topic already ("…visit about care leavers and
  // asylum-seeking children": "asylum seeking" is left), and the rest is the letter's own words for its theme.
  const named = groups.length > 0 || themesAsked(lower).some((g) => visitHasTheme(letter.themes ?? [], [g]));
  if (!named || !groups.every((g) => visitHasTheme(letter.themes ?? [], [g]))) return false;
  // What is left must be the letter's own words for its theme ("older children" of Hull's 2025 "placement
  // decision-making for older children") or only join the themes ("care leavers and UASC").
  const printed = new Set((letter.themes ?? []).join(' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2));
  const left = groups.reduce((rest, g) => withoutEach(rest, g.asked), words).trim();
  return left === '' || left.split(' ').every((w) => THEME_JOINS.has(w) || /^\d+s?$/.test(w) || (!DETAIL_WORDS.has(w) && (printed.has(w) || printed.has(w.replace(/s$/, '')))));
}

/** Words of a letter's theme that ask for a detail within it ("the quality of…", "the impact of…"), not the theme. */
const DETAIL_WORDS: ReadonlySet<string> = new Set(['quality', 'impact', 'effectiveness', 'timeliness']);

/**
 * Words that only join or frame the themes of a letter asked together: "care leavers and UASC", "how Essex handles…",
 * "16- and 17-year-olds in care", "support for care leavers".
 */
const THEME_JOINS: ReadonlySet<string> = new Set([
  'and', 'or', 'plus', 'handles', 'handled', 'handling', 'manages', 'managed', 'support', 'supports', 'supported', 'supporting', 'dealt', 'treated',
  'year', 'years', 'old', 'olds', 'aged', 'between', 'to', 'on', 'subject', 'child', 'children', 'young', 'people',
  // "…find regarding vulnerable adolescents?", "…on support for care leavers": what joins the question to the theme.
  'regarding', 'concerning', 'about', 're', 'into', 'around', 'with', 'for',
]);
