/**
 * The local authorities the bot knows by name: canonical spelling, the other
 * ways staff and documents write them, and a URL-safe slug for report ids.
 *
 * Parsers canonicalise what a report prints ("Southend-on-Sea Borough Council",
 * "Bury Borough Council"); the query core matches what users type ("southend",
 * "BANES").
 */

export interface Authority {
  /** Canonical name, as Ofsted prints it in report titles. */
  name: string;
  /** Slug used in report ids ("bath-and-north-east-somerset"). */
  slug: string;
  /** Other names, lower case, matched as whole words. */
  aliases: readonly string[];
}

const make = (name: string, aliases: string[] = []): Authority => ({
  name,
  slug: slugify(name),
  aliases,
});

/** Every authority in the shipped corpus. Add one here when ingesting a new authority. */
export const AUTHORITIES: readonly Authority[] = [
  make('Bath and North East Somerset', ['banes', 'b&nes', 'bath & north east somerset', 'bath and ne somerset', 'bath']),
  make('Birmingham', ['brum']),
  make('Blackpool'),
  make('Bury'),
  make('Calderdale', ['halifax']),
  make('Cornwall', ['kernow']),
  make('Dorset'),
  make('Essex'),
  make('Hackney', ['london borough of hackney', 'lb hackney']),
  make('Isles of Scilly', ['scilly', 'scillies', 'isles scilly']),
  make('Leeds'),
  make('Norfolk'),
  make('Somerset'),
  make('Southend-on-Sea', ['southend', 'southend on sea', 'southend-on-sea']),
  make('Sunderland'),
  make('Wiltshire'),
];

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

/** Words councils put around their names that do not identify them. */
const COUNCIL_NOISE =
  /\b(?:the|metropolitan|borough|county|city|district|council|of|london|royal|unitary|authority|local)\b/g;

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The canonical authority for a name as printed in a document or typed by a
 * user ("Southend-on-Sea Borough Council", "SOUTHEND", "Isles of Scilly"),
 * or undefined when it is not one we know.
 */
export function findAuthority(name: string): Authority | undefined {
  const wanted = normaliseName(name);
  if (wanted === '') return undefined;
  const stripped = wanted.replace(COUNCIL_NOISE, ' ').replace(/\s+/g, ' ').trim();
  for (const authority of AUTHORITIES) {
    const names = [normaliseName(authority.name), ...authority.aliases.map(normaliseName)];
    if (names.includes(wanted) || names.includes(stripped)) return authority;
  }
  return undefined;
}
