/** Shared checks for the focused-visit letter tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SHARED_PDFS } from './helpers.ts';

/** The shared folder of focused-visit letters beside the clone (absent in some checkouts). */
export const SHARED_FOCUSED_VISITS = path.resolve(SHARED_PDFS, '..', 'focused-visits');
export const hasFocusedVisits = existsSync(SHARED_FOCUSED_VISITS);

/** Letter furniture that must never be inside a paragraph: salutation, closing, signature, small print. */
export const LETTER_FURNITURE = [
  /^Dear\s/,
  /Yours? (?:sincerely|faithfully)/i,
  /Ofsted will take the findings from this focused visit/,
  /We have notified the Department for Education/,
  /Majesty's Inspector$/,
  /recycled paper/,
  /enquiries@ofsted\.gov\.uk|Textphone/,
  /This letter summarises the findings/,
];
