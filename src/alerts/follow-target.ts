/**
 * What a channel follows: one authority, a region, an authority's
 * statistical neighbours, or every authority, with optional topic words.
 * Read from what people type after `/ofsted-follow` (Slack) or `/follow`
 * (Discord), and matched against the authority of each new report. Names are
 * resolved through the registry (`src/authorities.ts`), never guessed.
 */
import { authoritiesInRegion, findAuthority, namesOpenedBy, normaliseName, REGIONS, resolveAuthority, statisticalNeighbours, whichQuestion, type Authority } from '../authorities.ts';

export type FollowTarget =
  | { kind: 'authority'; name: string }
  | { kind: 'region'; name: string }
  | { kind: 'neighbours'; name: string }
  | { kind: 'all'; name: '' };

export interface FollowRequest {
  target: FollowTarget;
  /** Topic words: alerts quote up to three paragraphs matching them. Empty for none. */
  topics: string;
}

export type ParsedFollow = { ok: true; follow: FollowRequest } | { ok: false; message: string; suggestions: string[] };

/** The usage line, for help and error messages. */
export const FOLLOW_USAGE = '<authority | region | neighbours of <authority> | all> [topic words]';

/** Most topic characters kept. */
export const MAX_TOPICS_LENGTH = 200;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w !== '');
}

/** The longest leading run of `list` (at least one word) that `accept` takes, and the words after it. */
function longestPrefix<T>(list: readonly string[], accept: (phrase: string) => T | undefined): { value: T; rest: string[] } | undefined {
  for (let n = Math.min(list.length, 8); n >= 1; n--) {
    const value = accept(list.slice(0, n).join(' '));
    if (value !== undefined) return { value, rest: list.slice(n) };
  }
  return undefined;
}

function regionNamed(phrase: string): string | undefined {
  const wanted = normaliseName(phrase).replace(/^the /, '').replace(/ region$/, '');
  return REGIONS.find((r) => normaliseName(r) === wanted);
}

/**
 * The authority named at the start of `list`, in any case and any form the
 * registry knows ("NORTH EAST LINCS", "h&f"), or a question back when the
 * name is only a word several names start with ("kingston").
 */
function authorityAtStart(list: readonly string[]): { value: Authority; rest: string[] } | { which: ParsedFollow } | undefined {
  const found = longestPrefix(list, (phrase) => findAuthority(phrase));
  const first = list[0] ?? '';
  const opened = namesOpenedBy(first);
  // "kingston" alone, or before topic words: which Kingston? "kingston upon hull" says.
  if (opened.length > 0 && (found === undefined || found.rest.length === list.length - 1)) {
    return { which: { ok: false, message: whichQuestion(first, opened), suggestions: opened } };
  }
  return found;
}

function topicsOf(rest: readonly string[]): string {
  return rest.join(' ').slice(0, MAX_TOPICS_LENGTH);
}

/**
 * Read "Bury", "Bury care leavers", "North West", "neighbours of Bury LADO",
 * "all", "all care leavers". Unknown names are refused with the closest ones.
 */
export function parseFollow(text: string): ParsedFollow {
  const list = words(text);
  const first = list[0]?.toLowerCase();
  if (first === undefined) {
    return { ok: false, message: `What should this channel follow? Use ${FOLLOW_USAGE}.`, suggestions: [] };
  }
  if (first === 'all' || first === 'everything' || first === 'every') {
    const rest = list.slice(1);
    if (rest[0]?.toLowerCase() === 'authorities') rest.shift();
    return { ok: true, follow: { target: { kind: 'all', name: '' }, topics: topicsOf(rest) } };
  }
  if ((first === 'neighbours' || first === 'neighbors') && list[1]?.toLowerCase() === 'of') {
    const found = authorityAtStart(list.slice(2));
    if (found !== undefined && 'which' in found) return found.which;
    if (found === undefined) {
      const typed = list.slice(2).join(' ');
      if (typed === '') return { ok: false, message: `Neighbours of which authority? Use neighbours of <authority>.`, suggestions: [] };
      const refused = resolveAuthority(typed);
      return { ok: false, message: refused.authority === null ? refused.message : typed, suggestions: refused.authority === null ? refused.suggestions : [] };
    }
    return { ok: true, follow: { target: { kind: 'neighbours', name: found.value.name }, topics: topicsOf(found.rest) } };
  }
  const region = longestPrefix(list, regionNamed);
  const authority = authorityAtStart(list);
  // The longer name wins: "north east lincolnshire" is the authority, not the North East and a topic.
  if (region !== undefined && (authority === undefined || 'which' in authority || authority.rest.length >= region.rest.length)) {
    return { ok: true, follow: { target: { kind: 'region', name: region.value }, topics: topicsOf(region.rest) } };
  }
  if (authority !== undefined) {
    if ('which' in authority) return authority.which;
    return { ok: true, follow: { target: { kind: 'authority', name: authority.value.name }, topics: topicsOf(authority.rest) } };
  }
  const refused = resolveAuthority(list.slice(0, 3).join(' '));
  const message = refused.authority === null ? refused.message : `I could not read "${text.trim().slice(0, 80)}".`;
  return {
    ok: false,
    message: `${message} You can also follow a region (${REGIONS.slice(0, 3).join(', ')}, …), neighbours of <authority>, or all.`,
    suggestions: refused.authority === null ? refused.suggestions : [],
  };
}

/** "Bury", "the North West region", "Bury's statistical neighbours", "every authority". */
export function describeTarget(target: FollowTarget): string {
  switch (target.kind) {
    case 'authority':
      return target.name;
    case 'region':
      return `the ${target.name} region`;
    case 'neighbours':
      return `${target.name}'s statistical neighbours`;
    case 'all':
      return 'every authority';
  }
}

/** Whether a report on `authority` is news for a channel following `target`. */
export function followMatches(target: FollowTarget, authority: string): boolean {
  switch (target.kind) {
    case 'all':
      return true;
    case 'authority':
      return target.name === authority;
    case 'neighbours':
      return statisticalNeighbours(target.name).some((n) => n.name === authority);
    case 'region':
      return authoritiesInRegion(target.name).some((a) => a.name === authority);
  }
}
