/**
 * A PDF report's metadata from its title page (authority, inspection dates,
 * publication date) and lead inspector from wherever the report prints it.
 */
import path from 'node:path';
import { findAuthority } from '../authorities.ts';
import { parseDate, parseDateRange } from '../parse/dates.ts';
import type { LayoutLine } from './extract-layout.ts';

export interface TitleMetadata {
  authority: string;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  published: string | null;
  leadInspector: string | null;
}

/** "Inspection of Kent County Council children's services", "Inspection of X local authority children's services". */
const NAMED_IN_TITLE = /Inspection of (.+?) (?:local authority )?children'?s (?:social care )?services/i;

/**
 * The authority named in the title. Titles wrap anywhere ("Royal Borough of
 * Kensington and / Chelsea", "Doncaster Metropolitan Borough / Council"), so
 * runs of up to three consecutive title lines are tried as one name.
 */
function readAuthority(firstPage: readonly LayoutLine[]): string | null {
  const titleLines = firstPage.filter((l) => l.size >= 12 && l.text.length <= 90).slice(0, 8);
  const title = titleLines.map((l) => l.text).join(' ');
  const named = NAMED_IN_TITLE.exec(title);
  const found = named ? findAuthority(named[1] ?? '') : undefined;
  if (found) return found.name;
  for (let i = 0; i < titleLines.length; i++) {
    for (let k = 3; k >= 1; k--) {
      if (i + k > titleLines.length) continue;
      const run = titleLines.slice(i, i + k).map((l) => l.text).join(' ');
      const match = findAuthority(run.replace(/^Inspection of /i, ''));
      if (match) return match.name;
    }
  }
  return null;
}

/** "Rebecca Dubbins, His Majesty's Inspector" or "Gary Lamb HMI" → the name alone. */
function cleanInspector(raw: string): string | null {
  const name = raw
    .replace(/,?\s*(?:His|Her) Majesty's Inspector.*$/i, '')
    .replace(/,?\s*(?:Senior\s+)?HMI\b.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? null : name;
}

function readLeadInspector(lines: readonly LayoutLine[]): string | null {
  for (const line of lines) {
    const m = /^(?:Lead|Reporting) inspectors?:?\s+(.+)$/i.exec(line.text);
    if (m) return cleanInspector(m[1] ?? '');
  }
  return null;
}

/** The publication date in the downloaded file's name ("children's services inspection - 29 july 2025.pdf"). */
function dateInFileName(source: string): string | null {
  const m = /(\d{1,2}\s+[a-z]+\s+\d{4})\s*\.pdf$/i.exec(path.basename(source));
  return m ? parseDate(m[1] ?? '') : null;
}

/**
 * Title-page metadata. Throws when no known authority is named. Reports that
 * do not print their publication date (ILACS) take it from the file name the
 * report was published under, when that date is not before the inspection.
 */
export function readTitleMetadata(firstPage: readonly LayoutLine[], allLines: readonly LayoutLine[], source: string): TitleMetadata {
  const authority = readAuthority(firstPage);
  if (authority === null) {
    const title = firstPage.slice(0, 4).map((l) => l.text).join(' / ');
    throw new Error(
      `title-page: expected an English local authority named on the title page of ${source}, found "${title}" (if it is a new name form, add it to src/registry/authorities.json with npm run build-registry)`,
    );
  }
  const text = firstPage.map((l) => l.text).join('\n');
  // A range may wrap onto the next line ("Inspection dates: 14 February to" / "25 February 2022").
  const dates = /Inspection dates?:?\s*([^\n]+)(?:\n([^\n]*))?/i.exec(text);
  // A range that does not end in a year wrapped onto the next line ("… 28 – 30" / "January 2014").
  const datesText = dates === null ? '' : /\d{4}\s*$/.test(dates[1] ?? '') ? (dates[1] ?? '') : `${dates[1] ?? ''} ${dates[2] ?? ''}`;
  const range = dates ? parseDateRange(datesText) : { start: null, end: null };
  const printed = /(?:Report )?published:?\s*([^\n]+)/i.exec(text);
  let published = printed ? parseDate(printed[1] ?? '') : null;
  if (published === null) {
    const fromName = dateInFileName(source);
    if (fromName !== null && (range.end === null || fromName >= range.end)) published = fromName;
  }
  return {
    authority,
    inspectionStart: range.start,
    inspectionEnd: range.end,
    published,
    leadInspector: readLeadInspector(firstPage) ?? readLeadInspector(allLines),
  };
}
