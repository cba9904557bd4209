/** Shared checks for the focused-visit letter tests. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findAuthority } from '../../src/authorities.ts';
import type { Report } from '../../src/model.ts';
import { FURNITURE, SHARED_PDFS } from './helpers.ts';

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

/** What a letter's about paragraphs (its opening and closing) must never hold: salutation, sign-off, signature, small print. */
export const ABOUT_FURNITURE = [
  /^Dear\s/,
  /Yours? (?:sincerely|faithfully)/i,
  /^[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){1,3},?\s(?:His|Her) Majesty's Inspector\.?$/u,
  /recycled paper/,
  /enquiries@ofsted\.gov\.uk|Textphone/,
];

/** The letters (as "<folder>/<file>") that print no improvement list: the visit found nothing to improve. */
export const LETTERS_WITHOUT_IMPROVEMENTS: ReadonlySet<string> = new Set([
  "80426_barnsley/children's services focused visit - 05 december 2024.pdf",
  "80427_bath and north east somerset/children's services focused visit - 13 january 2025.pdf",
  "80428_bedford/children's services focused visit - 18 december 2019.pdf",
  "80436_bracknell forest/children's services focused visit - 12 january 2024.pdf",
  "80450_london corporation/children's services focused visit - 13 december 2022.pdf",
  "80458_darlington/children's services focused visit - 30 november 2021.pdf",
  "80483_leicestershire/children's services focused visit - 16 june 2023.pdf",
  "80484_lincolnshire/children's services focused visit - 22 april 2022.pdf",
  "80519_westminster/children's services focused visit - 20 july 2022.pdf",
  "80529_north tyneside/children's services focused visit - 06 june 2022.pdf",
  "80560_st helens/children's services focused visit - 12 july 2024.pdf",
  "80584_worcestershire/children's services focused visit - 13 january 2025.pdf",
]);

/** A paragraph longer than this is a run of several. */
export const MAX_PARAGRAPH = 2500;

/**
 * Every focused-visit letter PDF under `root` ("<urn>_<authority>/<name>.pdf"),
 * as paths relative to it, in a stable order.
 */
export function letterFiles(root: string): string[] {
  return readdirSync(root)
    .sort()
    .filter((dir) => statSync(path.join(root, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(path.join(root, dir))
        .sort()
        .filter((name) => name.toLowerCase().endsWith('.pdf'))
        .map((name) => `${dir}/${name}`),
    );
}

/**
 * What is wrong with a parsed letter, as short reasons (empty when nothing
 * is): missing metadata, no findings, a paragraph too long to be one, a
 * heading glued to a paragraph's end, letter furniture in a paragraph.
 * `noImprovements` lists the letters that print no improvement list at all
 * (`source` is the letter's "<folder>/<file>").
 */
export function letterProblems(r: Report, noImprovements: ReadonlySet<string> = LETTERS_WITHOUT_IMPROVEMENTS): string[] {
  const problems: string[] = [];
  if (r.kind !== 'focused-visit') problems.push(`kind ${r.kind}`);
  if (findAuthority(r.authority)?.name !== r.authority) problems.push(`authority ${r.authority} is not canonical`);
  if (r.inspectionStart === null || r.inspectionEnd === null || r.inspectionEnd < r.inspectionStart) problems.push(`visit dates ${r.inspectionStart}..${r.inspectionEnd}`);
  if (r.published === null || (r.inspectionEnd !== null && r.published < r.inspectionEnd)) problems.push(`published ${r.published} (visit ended ${r.inspectionEnd})`);
  if (r.leadInspector === null) problems.push('no lead inspector');
  if (r.themes.length === 0) problems.push('no themes');
  if (r.judgements.length > 0 || r.lscbJudgement !== null) problems.push('judgements in a letter');
  const findings = r.paragraphs.filter((p) => p.kind === 'finding').length;
  const improvements = r.paragraphs.filter((p) => p.kind === 'improvement').length;
  if (findings === 0) problems.push('no findings');
  if ((improvements === 0) !== noImprovements.has(r.source)) problems.push(`${improvements} improvement items`);
  if (new Set(r.paragraphs.map((p) => p.label)).size !== r.paragraphs.length) problems.push('repeated labels');
  for (const p of r.paragraphs) {
    if (p.text.length > MAX_PARAGRAPH) problems.push(`${p.label} is ${p.text.length} characters`);
    if (/\b(?:Main findings|Headline findings|What needs to improve in this area|Areas? for priority action)\b/.test(p.text)) problems.push(`${p.label} holds a heading`);
    // The opening and closing are about paragraphs: they may say what a letter is and what follows it, never more.
    const furniture = p.kind === 'about' ? [...FURNITURE, ...ABOUT_FURNITURE] : [...FURNITURE, ...LETTER_FURNITURE];
    for (const re of furniture) if (re.test(p.text)) problems.push(`${p.label} holds furniture ${re}`);
  }
  const about = r.paragraphs.filter((p) => p.kind === 'about');
  if (!about.some((p) => /letter summarises the findings/i.test(p.text))) problems.push('no opening about paragraph');
  if (about.some((p) => p.section !== 'About this visit' || !/^About ¶\d+$/.test(p.label))) problems.push('an about paragraph outside "About this visit"');
  return problems;
}
