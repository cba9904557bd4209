/**
 * A focused-visit letter's blocks into its parts: the opening (who visited,
 * when and what they looked at: read for metadata, and cited as about
 * paragraphs), the citable body under its printed headings: findings
 * ("Overview", "Headline findings", "Main findings", "Findings",
 * sub-headings) and the list of what needs to improve or of areas for
 * priority action, and the closing. The body ends where the letter's closing
 * starts ("Ofsted will take the findings from this focused visit into account
 * ...", "We have notified the Department for Education ..."): what the closing
 * says about the next inspection and the action plan is cited as about
 * paragraphs; the signature and the copy list never become paragraphs.
 */
import type { Paragraph } from '../model.ts';
import { ABOUT_PREFIX, ABOUT_VISIT, labelParagraphs, type ParagraphDraft } from '../parse/paragraph-labels.ts';
import { isSmallPrint } from '../parse/about-matter.ts';
import { endsSentence, joinText, type Block } from './blocks.ts';

/** A heading that opens the improvement list ("What needs to improve in this area of social work practice?"). */
const IMPROVE_HEADING = /^(?:what needs to improve\b|areas? for (?:priority )?(?:action|improvement)\b|areas? of priority action\b|priority actions?\b)/i;

/**
 * The letter's closing: everything from here on is boilerplate, signature
 * and copy list. It can start inside a block, when a page break has run it
 * on from the last finding (Sefton 2018), or after a "Thank you" to the staff.
 */
const CLOSING = /(?:\bThank you\b[^.]*\.\s*)?\b(?:Ofsted will take the findings\b|Yours? (?:sincerely|faithfully)\b|We have notified the Department for Education\b)/i;

/** The heading of the letter ("Focused visit to Devon local authority children's services"). */
const TITLE = /^Focused visit to\b/i;

/** The letter's parts, split by its headings. */
export interface LetterParts {
  /** The heading naming the authority, or null when the letter prints none. */
  title: string | null;
  /** The opening paragraphs' text, joined: the visit's dates, inspectors and themes. */
  opening: string;
  /** The blocks of the body, from the first heading after the opening to the closing. */
  body: Block[];
  /** The opening's blocks (between the heading and the body), as printed. */
  openingBlocks: Block[];
  /** The closing's blocks, from its first words (after any "Thank you") to the end of the letter. */
  closing: Block[];
}

/** Splits a letter's blocks into its heading, opening and body. */
export function splitLetter(blocks: readonly Block[]): LetterParts {
  let titleAt = blocks.findIndex((b) => b.type === 'heading' && TITLE.test(b.text));
  if (titleAt === -1) titleAt = blocks.findIndex((b) => /letter summarises the findings of/i.test(b.text)) - 1;
  let bodyAt = blocks.findIndex((b, i) => i > titleAt && b.type === 'heading');
  if (bodyAt === -1) bodyAt = blocks.length;
  const body: Block[] = [];
  const closing: Block[] = [];
  const rest = blocks.slice(bodyAt);
  for (const [i, b] of rest.entries()) {
    const at = b.type === 'heading' ? -1 : b.text.search(CLOSING);
    if (at === -1) {
      body.push(b);
      continue;
    }
    const before = b.text.slice(0, at).trim();
    if (before !== '') body.push({ ...b, text: before });
    // The closing's own words start at its first statement, after any thanks to the staff.
    const own = b.text.slice(at).replace(/^\bThank you\b[^.]*\.\s*/i, '');
    closing.push({ ...b, text: own }, ...rest.slice(i + 1));
    break;
  }
  const openingBlocks = blocks.slice(Math.max(titleAt + 1, 0), bodyAt);
  const opening = openingBlocks
    .map((b) => (b.type === 'bullet' ? `• ${b.text}` : b.number !== null ? `${b.number}. ${b.text}` : b.text))
    .join(' ');
  return {
    title: titleAt >= 0 ? (blocks[titleAt]?.text ?? null) : null,
    opening,
    body,
    openingBlocks,
    closing,
  };
}

/** The end of what a letter's closing says about the visit: the sign-off, a copy list, or (where the sign-off was left out) the signature. */
const SIGN_OFF = /^(?:Yours? (?:sincerely|faithfully)\b|cc\b|(?:His|Her) Majesty's Inspector\b)/i;

/** A signature: the inspector's name with or without their title ("Andy Whippey Her Majesty's Inspector.", "Lorna Schlechte (Lead Inspector)"). */
const SIGNATURE = /(?:Majesty's Inspector|\bHMI|\(Lead Inspector\))\.?$|^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}$/u;

/**
 * A letter's opening and closing as about paragraphs, under "About this
 * visit": who visited and when, what the visit looked at and the evidence it
 * considered; then what follows (the next inspection, the action plan and its
 * deadline), up to the signature. An opening's bullets ("This visit focused
 * specifically on:" / "• Keeping in touch.") stay with the sentence they
 * complete. Address lines left above the opening are dropped.
 */
export function aboutDrafts(blocks: readonly Block[], part: 'opening' | 'closing'): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = [];
  for (const b of blocks) {
    if (part === 'closing' && (SIGN_OFF.test(b.text) || SIGNATURE.test(b.text))) break;
    if (/^Dear\b/.test(b.text) || isSmallPrint(b.text)) continue;
    const text = b.number !== null ? `${b.number}. ${b.text}` : b.text;
    const last = drafts.at(-1);
    if (b.type === 'bullet' && last !== undefined) {
      last.text = joinText(last.text, text);
      continue;
    }
    if (b.type === 'heading') continue;
    drafts.push({ role: 'about', section: ABOUT_VISIT, prefix: ABOUT_PREFIX, number: null, text });
  }
  return drafts;
}

interface Draft extends ParagraphDraft {
  x: number;
  bullet: boolean;
  /** A finding whose text ended with a colon and which has taken the bullet list under it. */
  list: boolean;
}

/** A heading as printed, without the colon or full stop some letters put after it. */
const cleanHeading = (text: string): string => text.replace(/\s+/g, ' ').replace(/\s*[:.]$/, '').trim();

/**
 * Paragraph numbers as the letter prints them. Only two letters number their
 * findings, 1 to n; elsewhere a line that starts with a number and a full stop
 * ("25. This visit focused ...", after "care leavers aged 18 to") is the rest
 * of the sentence before it, which the block reader took for a numbered
 * paragraph: it is joined back on.
 */
function trustedNumbers(blocks: readonly Block[]): Block[] {
  const numbers = blocks.flatMap((b) => (b.number === null ? [] : [b.number]));
  if (numbers.length >= 3 && numbers.every((n, i) => n === i + 1)) return [...blocks];
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.number === null) {
      out.push(b);
      continue;
    }
    const text = `${b.number}. ${b.text}`;
    const prev = out.at(-1);
    if (prev !== undefined && prev.type !== 'heading' && !endsSentence(prev.text)) out[out.length - 1] = { ...prev, text: joinText(prev.text, text) };
    else out.push({ ...b, number: null, text });
  }
  return out;
}

/**
 * The citable paragraphs of a letter's body. Findings are labelled by their
 * printed number, or "¶n" in reading order in a letter that numbers none; in
 * the two 2020 letters that number their findings but not their overview,
 * the unnumbered paragraphs are "Overview ¶n" (a bare "¶n" would read like
 * the printed number n). Improvement items are "Improve ¶n". A bullet
 * indented under another, or a list under a paragraph that ends with a
 * colon, stays in that paragraph. The letter's opening and closing about
 * paragraphs ({@link aboutDrafts}) are labelled with them, "About ¶n", first
 * and last in reading order.
 */
export function readLetterBody(blocks: readonly Block[], opening: readonly ParagraphDraft[] = [], closing: readonly ParagraphDraft[] = []): Paragraph[] {
  const body = trustedNumbers(blocks);
  const numbered = body.some((b) => b.number !== null);
  const drafts: Draft[] = [];
  let role: 'finding' | 'improvement' = 'finding';
  let section = 'Findings';
  for (const block of body) {
    if (block.type === 'heading') {
      section = cleanHeading(block.text);
      role = IMPROVE_HEADING.test(section) ? 'improvement' : 'finding';
      continue;
    }
    const last = drafts.at(-1);
    const sameList = last !== undefined && last.role === role && last.section === section;
    if (sameList && block.number === null && block.type === 'bullet') {
      // An improvement item is one bullet (with its sub-bullets); a finding that introduces a list keeps it.
      const lead = role === 'finding' && (last.list || (/:$/.test(last.text) && !last.bullet));
      // Sub-bullets sit a bullet's width in; bullets of one list may drift a few points from page to page.
      const nested = block.x > last.x + 10 && (last.bullet || last.number !== null || /:$/.test(last.text));
      if (lead || nested) {
        last.text = joinText(last.text, block.text);
        last.list ||= lead;
        continue;
      }
    }
    const prefix = role === 'improvement' ? 'Improve' : numbered ? section : '';
    // A stray fragment after the last full stop ("... reflections discussed. in", Northumberland 2022) is hidden text, not a sentence.
    const text = block.text.replace(/([.!?])\s+[a-z]{1,3}$/, '$1');
    drafts.push({ role, section, prefix, number: block.number, text, x: block.x, bullet: block.type === 'bullet', list: false });
  }
  return labelParagraphs([...opening, ...drafts, ...closing]);
}
