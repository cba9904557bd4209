/**
 * Cleaning the damage PDF extraction left in the text reports: markdown and
 * HTML fragments, footnote markers, escaped characters and entities, and the
 * lines that are page furniture rather than the inspectors' words.
 *
 * Everything here works on one line at a time; joining lines into paragraphs
 * is `paragraphs.ts`'s job.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/** Unicode superscript digits, which extraction leaves where a footnote marker was. */
const SUPERSCRIPT_DIGITS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g;

/** Placeholder for markdown-escaped characters, so emphasis removal cannot eat them. */
const ESCAPE_MARK = '\u0000';

/**
 * A line with markdown, HTML, footnote markers and entities removed and its
 * whitespace collapsed: what the reader of the PDF saw.
 */
export function cleanInline(raw: string): string {
  let s = raw;
  // An HTML-escaped "<sup>" that was itself wrapped in <sup> ("<sup>&</sup>lt;sup>2</sup>").
  s = s.replace(/<sup>&<\/sup>lt;sup>/gi, '<sup>');
  s = s.replace(/&lt;sup&gt;\s*\d+\s*&lt;\/sup&gt;/gi, '');
  // Footnote markers: <sup>1</sup> and superscript digits. Ordinals (<sup>th</sup>) keep their text below.
  s = s.replace(/<sup>\s*\d+\s*<\/sup>/gi, '');
  s = s.replace(SUPERSCRIPT_DIGITS, '');
  // Autolinks (<https://...>) before tags, or the tag stripper would delete the address.
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1');
  s = s.replace(/<a\s[^>]*>(.*?)<\/a>/gi, '$1');
  s = s.replace(/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/gi, '');
  // Markdown images, then links: keep the link text.
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  s = s.replace(/\[([^\]]*)\]\((?:[^)\s]+)\)/g, '$1');
  // Escaped characters ("A\*") are literal; protect them from the emphasis rules.
  const escaped: string[] = [];
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, (_m, ch: string) => {
    escaped.push(ch);
    return `${ESCAPE_MARK}${escaped.length - 1}${ESCAPE_MARK}`;
  });
  s = s.replace(/\*\*|__/g, '');
  s = s.replace(/(^|[\s(])[*_](\S(?:[^*_]*\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
  s = s.replace(/^#{1,6}\s+/, '');
  s = s.replace(new RegExp(`${ESCAPE_MARK}(\\d+)${ESCAPE_MARK}`, 'g'), (_m, i: string) => escaped[Number(i)] ?? '');
  s = s.replace(/&(?:amp|lt|gt|quot|apos|nbsp|#39);/g, (e) => ENTITIES[e] ?? e);
  // Bullet glyphs that extraction turned into characters ("■ In the last 12 months").
  s = s.replace(/^[\u25a0\u25aa\u25cf\u2022\uf0b7]\s*/, '');
  return s.replace(/[\t\u00a0 ]+/g, ' ').trim();
}

/**
 * A heading with a footnote marker glued to its end removed
 * ("What needs to improve?1" → "What needs to improve?"). Only safe on
 * headings: in prose a trailing number is usually real ("in 2021").
 */
export function stripGluedFootnote(heading: string): string {
  return heading.replace(/([A-Za-z?!.)'’])\d{1,2}$/, '$1');
}

/** Whether a raw line is a footnote's text (starts with a footnote marker). */
export function isFootnoteLine(raw: string): boolean {
  const s = raw.trim().replace(/<sup>&<\/sup>lt;sup>/gi, '<sup>');
  return /^(?:<sup>\s*\d+\s*<\/sup>|&lt;sup&gt;\d+&lt;\/sup&gt;|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)\s*\S/i.test(s);
}

/** A line of nothing but punctuation left by a page break (".", "-", "■"). */
export function isStrayPunctuation(clean: string): boolean {
  return /^[.\-–—•■*_,;:]+$/.test(clean);
}

/** A page number or running page label. */
export function isPageNumber(clean: string): boolean {
  return /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i.test(clean);
}

/** Lines of the Ofsted back page and licence text, wherever they turn up. */
const BOILERPLATE: readonly RegExp[] = [
  /^The Office for Standards in Education, Children.s Services and Skills \(Ofsted\) regulates/i,
  /^If you would like a copy of this document in a different format/i,
  /^You may reuse this information \(not including logos\)/i,
  /^(?:www\.)?nationalarchives\.gov\.uk\/doc\/open-government-licence/i,
  /^This (?:report|publication) is available at/i,
  /^Interested in our work\?/i,
  /^Any complaints about the inspection or the report should be made/i,
  /^Piccadilly Gate\b/i,
  /^Store Street$/i,
  /^Manchester$/i,
  /^M1 2WD$/i,
  /^(?:T|E|W):\s/,
  /^Textphone:/i,
  /^©\s*Crown copyright/i,
  /^Crown copyright \d{4}$/i,
  /^(?:Reference|Ofsted) no\.?\s*\d+$/i,
];

/** Whether a cleaned line is Ofsted back-page or licence boilerplate. */
export function isBoilerplate(clean: string): boolean {
  return BOILERPLATE.some((re) => re.test(clean));
}

/** Whether a cleaned line starts the Ofsted back page (everything after it is furniture). */
export function startsBackPage(clean: string): boolean {
  return (
    /^The Office for Standards in Education, Children.s Services and Skills \(Ofsted\) regulates/i.test(clean) ||
    /^Any complaints about the inspection or the report should be made/i.test(clean)
  );
}

/** A figure caption ("Figure 2. The proportionate inspection pathways"), not prose. */
export function isFigureCaption(clean: string): boolean {
  return /^(?:Figure|Table|Chart|Graph)\s+\d+[.:]/i.test(clean);
}

/**
 * Whether a paragraph's text ends a sentence (so a following capitalised
 * block starts a new one). A SIF paragraph may end in a cross-reference after
 * its last full stop ("... for children. (Recommendation)").
 */
export function endsSentence(text: string): boolean {
  return /[.!?]["'”’)\]]*(?:\s*\([^()]{1,40}\))?$/.test(text.trim());
}

/**
 * Join a paragraph's text with the next piece of it: a space, or nothing when
 * the line broke inside a hyphenated word ("multi-" + "agency").
 */
export function joinText(head: string, tail: string): string {
  if (head === '') return tail;
  if (/[A-Za-z]-$/.test(head) && /^[a-z]/.test(tail)) return head + tail;
  return `${head} ${tail}`;
}
