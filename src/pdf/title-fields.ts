/**
 * The title page's statements about the inspection ("Inspection dates: 7 to
 * 18 November 2022", "Lead inspector: Margaret Burke, His Majesty's
 * Inspector", "Report published: 19 January 2018") as about paragraphs: for
 * an ILACS report they are all it says about the inspection itself, and they
 * answer "who led the inspection?" in the report's own words.
 */
import { TITLE_FIELD } from '../parse/about-matter.ts';
import { ABOUT_INSPECTION, ABOUT_PREFIX, type ParagraphDraft } from '../parse/paragraph-labels.ts';
import { joinText } from './blocks.ts';
import type { LayoutLine } from './extract-layout.ts';

/**
 * A line that carries a field on: the inspector's title set under the name
 * ("Lead inspector: Jan Edwards" / "Her Majesty's Inspector") or the end of a
 * wrapped date range ("… 7 August 2019 to" / "8 August 2019").
 */
const CONTINUATION = /^(?:(?:His|Her) Majesty's Inspector|HMI)\b|^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?\b|^[A-Z][a-z]+\s+\d{4}$/;

/** The title page's field lines, each with the lines that carry it on, as about drafts in printed order. */
export function titleFields(firstPage: readonly LayoutLine[]): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = [];
  for (let i = 0; i < firstPage.length; i++) {
    const line = firstPage[i];
    if (line === undefined || !TITLE_FIELD.test(line.text)) continue;
    let text = line.text;
    let last = line;
    for (let j = i + 1; j < firstPage.length; j++) {
      const next = firstPage[j];
      if (next === undefined || TITLE_FIELD.test(next.text) || !CONTINUATION.test(next.text)) break;
      if (last.y - next.y > 1.8 * next.size || Math.abs(next.size - last.size) >= 0.6) break;
      text = joinText(text, next.text);
      last = next;
      i = j;
    }
    drafts.push({ role: 'about', section: ABOUT_INSPECTION, prefix: ABOUT_PREFIX, number: null, text });
  }
  return drafts;
}
