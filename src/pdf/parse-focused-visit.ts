/**
 * A focused-visit letter (an ungraded ILACS visit on one theme, 2018 to
 * 2026) as a {@link Report} of kind 'focused-visit': authority, visit and
 * letter dates, themes, signing inspector, and its findings and improvement
 * items as citable paragraphs. Letters carry no judgements.
 *
 * Throws an Error prefixed "focused-visit:" saying what was expected when a
 * letter cannot be read; {@link parsePdf} turns it into a PdfError.
 */
import type { Report } from '../model.ts';
import { reportId } from '../report-id.ts';
import { toBlocks } from './blocks.ts';
import type { DocumentLayout } from './extract-layout.ts';
import { aboutDrafts, readLetterBody, splitLetter } from './focused-visit-body.ts';
import { letterDates, publishedDate, visitDates } from './focused-visit-dates.ts';
import { readAuthority, readSignatory } from './focused-visit-letter.ts';
import { letterLines } from './focused-visit-lines.ts';
import { readThemes } from './focused-visit-themes.ts';

export { isFocusedVisitLetter } from './focused-visit-letter.ts';

/** Reads a focused-visit letter's layout; `source` names the file in the report and in messages. */
export function parseFocusedVisit(layout: DocumentLayout, source: string): Report {
  const firstPage = layout.lines.filter((l) => l.page === 1);
  const blocks = toBlocks(letterLines(layout), layout.bodySize);
  const { title, opening, body, openingBlocks, closing } = splitLetter(blocks);
  const quote = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' ').slice(0, 120));
  const authority = readAuthority(title, opening, firstPage);
  if (authority === null) {
    throw new Error(`focused-visit: expected a known local authority in the heading or opening of ${source}, found ${quote(title ?? opening)}`);
  }
  const letter = letterDates(firstPage.map((l) => l.text));
  const visit = visitDates(opening, letter[0] ?? null);
  if (visit.start === null) throw new Error(`focused-visit: expected the visit's dates in the opening of ${source}, found ${quote(opening)}`);
  const themes = readThemes(opening);
  if (themes.length === 0) throw new Error(`focused-visit: expected the visit's theme ("Inspectors looked at ...") in the opening of ${source}, found ${quote(opening)}`);
  const paragraphs = readLetterBody(body, aboutDrafts(openingBlocks, 'opening'), aboutDrafts(closing, 'closing'));
  if (!paragraphs.some((p) => p.kind === 'finding')) throw new Error(`focused-visit: expected findings under the headings of ${source}, found none`);
  return {
    id: reportId(authority, 'focused-visit', visit.start),
    authority,
    kind: 'focused-visit',
    inspectionStart: visit.start,
    inspectionEnd: visit.end,
    // Letters print no separate publication date: they are published under the date at their top.
    published: publishedDate(letter, visit.end),
    leadInspector: readSignatory(layout.lines),
    judgements: [],
    lscbJudgement: null,
    paragraphs,
    themes,
    source,
    url: null,
  };
}
