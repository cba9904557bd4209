/**
 * What a focused-visit letter says about itself: that it is one (its
 * "Focused visit to X children's services" heading and "This letter
 * summarises the findings of the focused visit" opening), the local authority
 * it was sent to, and the inspector who signed it.
 *
 * Letters have no title page: the authority is read from the heading and the
 * opening sentence (and, failing those, the address block), never from the
 * file or folder name.
 */
import { findAuthority } from '../authorities.ts';
import type { LayoutLine } from './extract-layout.ts';

/** The opening every focused-visit letter from 2018 to 2026 prints. */
const OPENING = /letter summarises the findings of (?:a|the) focused visit\b/i;

/** Whether a PDF's first page is a focused-visit letter. */
export function isFocusedVisitLetter(firstPage: readonly LayoutLine[]): boolean {
  return firstPage.some((l) => /^Focused visit to\b/i.test(l.text)) || OPENING.test(firstPage.map((l) => l.text).join(' ').replace(/\s+/g, ' '));
}

/**
 * Words around the council's name in a letter that the registry's own affix
 * list does not cover: "Sandwell Children's Trust", "Dudley MBC",
 * "Bournemouth, Christchurch and Poole (BCP)", "Trafford Council's".
 */
function nameForms(raw: string): string[] {
  const base = raw
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/'s$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const forms = [base];
  const stripped = base
    .replace(/\b(?:local authority|children's (?:services )?trust|children's services|metropolitan borough(?: council)?|MBC|borough(?: council)?|county council|city council|council)\b/gi, ' ')
    .replace(/^(?:the\s+)/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  forms.push(stripped, stripped.replace(/\s+city$/i, ''), stripped.replace(/^city of\s+/i, ''));
  return forms.filter((f) => f !== '');
}

/** The canonical authority for a printed name, trying the forms letters use. */
function authorityNamed(raw: string): string | null {
  for (const form of nameForms(raw)) {
    const found = findAuthority(form);
    if (found) return found.name;
  }
  return null;
}

/**
 * The authority the letter is about: the name in its heading ("Focused visit
 * to Devon local authority children's services"), else in its opening
 * sentence, else a line of the address block between the date and "Dear".
 */
export function readAuthority(title: string | null, opening: string, firstPage: readonly LayoutLine[]): string | null {
  const candidates: string[] = [];
  const heading = title === null ? null : /^Focused visit to\s+(?:the\s+)?(.+?)(?:\s+(?:local authority\s+)?children's services\.?)?$/i.exec(title.replace(/\s+/g, ' '));
  if (heading) candidates.push(heading[1] ?? '');
  const said = /focused visit (?:on .+? )?to\s+(?:the\s+)?(.+?)(?:\s+children's services|\s+on\s+\d|\s+between\s+\d)/i.exec(opening.replace(/\s+/g, ' '));
  if (said) candidates.push(said[1] ?? '');
  const dear = firstPage.findIndex((l) => /^Dear\b/.test(l.text));
  for (const l of firstPage.slice(0, dear === -1 ? 0 : dear)) if (l.size >= 10 && l.text.length <= 60) candidates.push(l.text.replace(/,$/, ''));
  for (const c of candidates) {
    const name = authorityNamed(c);
    if (name !== null) return name;
  }
  return null;
}

/** "Alison Smale, Her Majesty's Inspector", "Gary Lamb HMI" → the name alone. */
function cleanName(raw: string): string | null {
  const name = raw
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,?\s*(?:(?:His|Her) Majesty's|Senior|Regional|Social Care)?\s*(?:Inspector|HMI)\b.*$/i, '')
    .replace(/^(?:Yours sincerely|Yours faithfully)[,\s]*/i, '')
    .replace(/[,\s]+$/, '')
    .trim();
  return /^[A-Z][\p{L}'’-]+(?:[\s-]+[\p{L}'’.-]+)+$/u.test(name) ? name : null;
}

/**
 * The inspector who signed the letter: the name under "Yours sincerely"
 * (misprinted "Your sincerely", or left out, in a few letters, so the
 * closing "Ofsted will take the findings ..." sentence anchors it too), just
 * above (or before, on the same line) the title "His/Her Majesty's
 * Inspector" or "HMI".
 */
export function readSignatory(lines: readonly LayoutLine[]): string | null {
  const closing = lines.findLastIndex((l) => /^Yours? (?:sincerely|faithfully)\b|^Ofsted will take the findings\b/i.test(l.text));
  if (closing === -1) return null;
  const after = lines.slice(closing, closing + 10);
  const title = after.findIndex((l) => /Majesty's Inspector|\bHMI\b|\bInspector\b/.test(l.text));
  if (title === -1) return null;
  const own = cleanName(after[title]?.text ?? '');
  if (own !== null) return own;
  for (let i = title - 1; i >= 0; i--) {
    const name = cleanName(after[i]?.text ?? '');
    if (name !== null) return name;
  }
  return null;
}
