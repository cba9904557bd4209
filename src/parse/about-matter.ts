/**
 * What both report parsers (extracted text and PDF) and the focused-visit
 * reader share about a report's opening and closing matter, kept as `about`
 * paragraphs: which title-page lines say something about the inspection, and
 * which text is contact details or small print that never becomes one.
 */

/**
 * A title-page line that states a fact about the inspection: its dates, its
 * lead (or reporting) inspector and when the report was published. Other
 * title-page lines are the title, the authority's name and the age group.
 */
export const TITLE_FIELD = /^(?:inspection dates?|(?:lead|reporting) inspectors?|(?:report )?published|date of publication)\b/i;

/**
 * Contact details, addresses and small print: Ofsted's and the council's
 * address blocks, telephone numbers, Ofsted's enquiries address and website,
 * and the copyright and licence notes. A block holding any of them is no
 * about paragraph, whatever else it says.
 */
const SMALL_PRINT: readonly RegExp[] = [
  /\bPiccadilly Gate\b|\bStore Street\b|\bManchester\s+M1\b/i,
  /^(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/,
  /\b(?:T|Tel|Telephone|Textphone)[:\s]+0\d{3}/i,
  /\b0300\s?123\s?\d{4}\b|\b0161\s?618\s?8524\b/,
  /\benquiries@ofsted\.gov\.uk\b|\bwww\.(?:gov\.uk\/ofsted|ofsted\.gov\.uk)\b/i,
  /©|\bCrown copyright\b|\bOpen Government Licence\b|\bnationalarchives\b/i,
];

/** Whether text is, or holds, contact details or small print (see {@link SMALL_PRINT}). */
export function isSmallPrint(text: string): boolean {
  return SMALL_PRINT.some((re) => re.test(text));
}
