/**
 * The one registry of English local authorities with children's services
 * since 2012 (`registry/authorities.json`, written by `npm run build-registry`
 * from DfE and Ofsted identity data): canonical names, URNs, LA codes,
 * regions, statistical neighbours, successions and every name form.
 *
 * Parsers canonicalise what a report prints ("Royal Borough of Kensington and
 * Chelsea", "Medway Children's Services"); the query core matches what users
 * type ("southend", "BANES", "Hull"). A name the registry does not know is
 * never guessed: {@link resolveAuthority} refuses it with the closest names.
 */
import registry from './registry/authorities.json' with { type: 'json' };
import { groupByName } from './registry/groups.ts';
import { REGISTRY_FORMAT, type AuthorityRecord, type Closeness, type RegistryFile } from './registry/types.ts';

export type { Closeness } from './registry/types.ts';

export interface Authority extends Readonly<AuthorityRecord> {
  /** Ofsted's region, which joins the North East and Yorkshire and the Humber. */
  ofstedRegion: string;
  /** Every normalised name form (canonical, derived and extra), as compared by {@link findAuthority}. */
  aliases: readonly string[];
}

const file = registry as RegistryFile;
if (file.format !== REGISTRY_FORMAT) {
  throw new Error(`authorities: expected registry format ${REGISTRY_FORMAT}, found ${file.format}; run npm run build-registry`);
}

/** Lower-case, hyphenated, ASCII-only form of a name. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A name reduced to comparable words: lower case, "&" as "and", "St." as
 * "st", hyphens, commas and full stops as spaces.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\bst\./g, 'st ')
    .replace(/[-‐‑–—,.;:()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words councils put before and after their names. Only whole affixes are
 * removed, so "Isle of Wight" and "East Riding of Yorkshire" keep their "of".
 */
const PREFIXES = [
  'the ',
  'royal borough of ',
  'london borough of ',
  'metropolitan borough of ',
  'borough of ',
  'city and county of ',
  'city of ',
  'county of ',
];
const SUFFIXES = [
  // A board named for its area ("Surrey Safeguarding Children Board").
  ' local safeguarding children board',
  ' safeguarding children board',
  " children's services",
  ' childrens services',
  ' children services',
  ' metropolitan borough council',
  ' metropolitan district council',
  ' borough council',
  ' county council',
  ' city council',
  ' district council',
  ' unitary authority',
  ' local authority',
  ' council',
  ' city',
  ' city of',
  ' metropolitan borough',
  ' metropolitan district',
  ' district metropolitan',
  ' metropolitan',
  ' borough',
  ' district',
];

/** `name` without council affixes ("london borough of hackney" → "hackney"). */
function stripAffixes(normalised: string): string {
  let name = normalised;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (name.startsWith(prefix) && name.length > prefix.length) {
        name = name.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (name.endsWith(suffix) && name.length > suffix.length) {
        name = name.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return name;
}

/** Every form of one authority's name that staff or documents use. */
function derivedForms(record: AuthorityRecord, places: ReadonlyMap<string, readonly string[]>): string[] {
  const forms = new Set<string>();
  for (const form of [record.name, ...record.forms]) {
    const normal = normaliseName(form);
    forms.add(normal);
    // "Hammersmith & Fulham" and "St Helens" also appear without the joining word or dot.
    forms.add(normal.replace(/ and /g, ' '));
    if (normal.startsWith('st ')) forms.add(`saint ${normal.slice(3)}`);
  }
  for (const place of places.get(record.name) ?? []) forms.add(place);
  return [...forms];
}

/**
 * The places a joined name joins ("Barking and Dagenham", "Blackburn with
 * Darwen", "Bournemouth, Christchurch and Poole"), one word each: staff call
 * the authority by either ("in Dagenham", "Darwen's front door"). A place is a
 * form only where no other authority's name or form holds the word
 * (Bournemouth and Poole were authorities of their own).
 */
function joinedPlaces(records: readonly AuthorityRecord[]): Map<string, string[]> {
  const parts = (name: string): string[] => name.split(/,\s*|\s+and\s+|\s+with\s+/i).map(normaliseName);
  const words = new Map<string, Set<string>>();
  for (const record of records) {
    for (const form of [record.name, ...record.forms]) {
      for (const word of normaliseName(form).split(' ')) words.set(word, (words.get(word) ?? new Set()).add(record.name));
    }
  }
  const places = new Map<string, string[]>();
  for (const record of records) {
    const joined = parts(record.name);
    if (joined.length < 2) continue;
    places.set(record.name, joined.filter((place) => !place.includes(' ') && words.get(place)?.size === 1));
  }
  return places;
}

function ofstedRegion(region: string): string {
  return region === 'North East' || region === 'Yorkshire and The Humber' ? 'North East, Yorkshire and the Humber' : region;
}

/** Every authority, current and former, by canonical name. */
const PLACES = joinedPlaces(file.authorities);
export const AUTHORITIES: readonly Authority[] = file.authorities.map((record) => ({
  ...record,
  ofstedRegion: ofstedRegion(record.region),
  aliases: derivedForms(record, PLACES),
}));

const BY_NAME = new Map(AUTHORITIES.map((a) => [a.name, a]));
const BY_FORM = new Map<string, Authority>();
for (const authority of AUTHORITIES) for (const form of authority.aliases) if (!BY_FORM.has(form)) BY_FORM.set(form, authority);

/** The authority with exactly this canonical name. */
export function authorityByName(name: string): Authority | undefined {
  return BY_NAME.get(name);
}

/**
 * The canonical authority for a name as printed in a document or typed by a
 * user ("Southend-on-Sea Borough Council", "SOUTHEND", "Royal Borough of
 * Kensington and Chelsea"), or undefined when the registry does not know it.
 */
export function findAuthority(name: string): Authority | undefined {
  const wanted = normaliseName(name);
  if (wanted === '') return undefined;
  return BY_FORM.get(wanted) ?? BY_FORM.get(stripAffixes(wanted)) ?? BY_FORM.get(stripAffixes(wanted).replace(/ and /g, ' '));
}

/** Damerau-Levenshtein distance (adjacent swaps count once), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** The canonical names closest to `typed` (best first), for "did you mean". */
export function closestAuthorityNames(typed: string, count = 3): string[] {
  const wanted = stripAffixes(normaliseName(typed));
  const scored = AUTHORITIES.map((authority) => {
    let best = Number.POSITIVE_INFINITY;
    for (const form of authority.aliases) {
      // A typed prefix of a long name ("bournemouth christ") is close too.
      const distance = Math.min(editDistance(wanted, form), form.startsWith(wanted) && wanted.length >= 4 ? 1 : Infinity);
      best = Math.min(best, distance / Math.max(form.length, 1));
    }
    return { name: authority.name, best };
  });
  scored.sort((a, b) => a.best - b.best || a.name.localeCompare(b.name));
  return scored.slice(0, count).map((s) => s.name);
}

/**
 * The one authority a misspelt name means ("Southen", "Birmingam"), or null
 * when none is close enough or two are equally close. Close means one edit
 * for names of five to seven letters and two for longer ones; shorter names
 * are never corrected (too many words are one letter from "Bury" or "Kent").
 */
export function correctAuthority(typed: string): string | null {
  const wanted = normaliseName(typed);
  if (wanted.length < 5) return null;
  const allowed = wanted.length >= 8 ? 2 : 1;
  let best: { name: string; distance: number } | null = null;
  let tie = false;
  for (const authority of AUTHORITIES) {
    for (const form of authority.aliases) {
      if (Math.abs(form.length - wanted.length) > allowed) continue;
      const distance = editDistance(wanted, form);
      if (distance > allowed || distance === 0) continue;
      if (best === null || distance < best.distance) {
        best = { name: authority.name, distance };
        tie = false;
      } else if (distance === best.distance && best.name !== authority.name) tie = true;
    }
  }
  return best === null || tie ? null : best.name;
}

/** What {@link resolveAuthority} found: the authority, or why not and the closest names. */
export type Resolution = { authority: Authority } | { authority: null; message: string; suggestions: string[] };

/**
 * Resolves a printed or typed name. A name the registry does not know is
 * refused with the closest names, never guessed.
 */
export function resolveAuthority(name: string): Resolution {
  const authority = findAuthority(name);
  if (authority !== undefined) return { authority };
  const suggestions = closestAuthorityNames(name);
  const shown = name.trim().slice(0, 80);
  return {
    authority: null,
    message: `"${shown}" is not an English local authority with children's services that I know. Did you mean ${suggestions.join(', ')}?`,
    suggestions,
  };
}

/** The names of an authority's ten statistical neighbours, closest first, with DfE's closeness band. */
export function statisticalNeighbours(name: string): ReadonlyArray<{ name: string; closeness: Closeness }> {
  return BY_NAME.get(name)?.neighbours ?? [];
}

/** Every region name in use, DfE's and Ofsted's, sorted. */
export const REGIONS: readonly string[] = [...new Set(AUTHORITIES.flatMap((a) => [a.region, a.ofstedRegion]))].sort();

/** Whether `authority` is in a DfE or Ofsted region, or a group of councils named as one (registry/groups.ts). */
export function inRegion(authority: Authority, region: string): boolean {
  const group = groupByName(region);
  if (group !== undefined) return group.members.includes(authority.name);
  const wanted = normaliseName(region);
  return normaliseName(authority.region) === wanted || normaliseName(authority.ofstedRegion) === wanted;
}

/** "in London", "in the North West", "in Greater Manchester", "in the Black Country". */
export function inRegionText(region: string): string {
  return `in ${region === 'London' || groupByName(region) !== undefined ? '' : 'the '}${region}`;
}

/** Authorities (current ones only) in a DfE or Ofsted region, or a group of councils. */
export function authoritiesInRegion(region: string): Authority[] {
  return AUTHORITIES.filter((a) => a.until === null && inRegion(a, region));
}

/**
 * An authority with its predecessors, recursively, so history reads across a
 * reorganisation (North Northamptonshire → Northamptonshire).
 */
export function lineage(name: string): string[] {
  const seen = new Set<string>();
  const visit = (n: string): void => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const p of BY_NAME.get(n)?.predecessors ?? []) visit(p);
  };
  visit(name);
  return [...seen];
}

/**
 * The names a single typed word leaves open because it only starts them
 * ("kingston": Kingston upon Hull and Kingston upon Thames; "cheshire"),
 * among `names` (canonical, current authorities when not given), so an
 * authority argument asks which rather than guessing. Empty when the word is
 * a whole name or starts fewer than two.
 */
export function namesOpenedBy(word: string, names: readonly string[] = AUTHORITIES.filter((a) => a.until === null).map((a) => a.name)): string[] {
  const wanted = normaliseName(word);
  if (wanted === '' || wanted.includes(' ')) return [];
  if (names.some((n) => normaliseName(n) === wanted)) return [];
  const opened = names.filter((n) => normaliseName(n).split(' ')[0] === wanted);
  return opened.length >= 2 ? [...opened].sort() : [];
}

/** "Which Kingston do you mean: Kingston upon Hull or Kingston upon Thames?" */
export function whichQuestion(typed: string, names: readonly string[]): string {
  return `Which ${typed} do you mean: ${names.join(' or ')}?`;
}
