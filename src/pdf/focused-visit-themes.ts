/**
 * What a focused visit looked at, read from the letter's opening paragraphs
 * as the short phrases the letter prints: "Inspectors looked at the local
 * authority's arrangements for care leavers." gives "care leavers"; "This
 * visit looked at the quality and impact of key decision-making ..., together
 * with the impact of leadership on service development." gives two themes.
 */

/**
 * The sentence that names the visit's theme, and the phrase it names. Not
 * anchored at the sentence's start: a letter that leaves out the full stop
 * before it (Westminster 2022) runs it on from the inspectors' names.
 */
const MAIN =
  /\b(?:inspectors|this visit|the visit)\s+(?:looked at|evaluated|reviewed|considered|focused on)\s+(.+)$|^The focus of (?:this|the) visit was on\s+(.+)$/i;

/** A further theme: "They also looked at the impact of leaders on social work practice in their area of the service." */
const ALSO = /^(?:They|Inspectors) also (?:looked at|evaluated|considered)\s+(.+)$/i;

/** What inspectors read to reach their findings (case records, audits, data), which is no theme. */
const METHOD = /performance management|quality assurance|case records|case files|range of evidence|audits?\b|conversations with/i;

/** Where a theme phrase ends and its detail begins. */
const DETAIL =
  /,?\s+(?:with an? (?:particular |specific )?focus\b|specifically\b|in accordance with\b|in line with\b|assessing\b|focusing\b|the service that\b|which\b|in particular\b)|,\s*(?:including|whether)\b|,\s+(?:and\s+)?(?:the|on)\s|\s*[:;•]|\.['"]?\s/i;

/** "the local authority's arrangements for care leavers" → "care leavers"; quotes and the full stop go. */
function cleanTheme(raw: string): string {
  return raw
    .replace(/^(?:(?:the local authority's|the|their)\s+)?arrangements\s+(?:and support\s+)?(?:for|at|to)\s+/i, '')
    .replace(/^the local authority's\s+/i, '')
    // Quotation marks around a phrase ("the 'front door'") go; apostrophes ("children's", "leavers' services") stay.
    .replace(/(^|[\s(])['"]([^'"]+?)['"](?=$|[\s.,;:)'"])/g, '$1$2')
    .replace(/(^|\s)['"](?=[^'"]*$)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[.,'"\s]+$/, '')
    .replace(/\s+(?:and|or)$/i, '')
    .trim();
}

/** The phrase before its detail, split at "together with" into two themes. */
function phrases(raw: string): string[] {
  const cut = DETAIL.exec(raw);
  const head = cut ? raw.slice(0, cut.index) : raw;
  return head
    .split(/,?\s+together with\s+/i)
    .map(cleanTheme)
    .filter((t) => t.length > 2 && !METHOD.test(t));
}

/**
 * The COVID-19 visits of autumn 2020 to spring 2021 name no theme of their
 * own; they were part of the Chief Inspector's work "into how England's
 * social care system has delivered child-centred practice and care within the
 * context of the restrictions placed on society during the COVID-19
 * (coronavirus) pandemic", and that printed phrase is their theme.
 */
const PANDEMIC = /leading Ofsted's work into how England's social care system has delivered (.+?)\.?$/i;

/** The themes a letter's opening names, in printed order, each once; empty when it names none. */
export function readThemes(opening: string): string[] {
  const sentences = opening
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=['"(]?[A-Z])/)
    .map((s) => s.trim());
  const themes: string[] = [];
  const add = (ts: readonly string[]): void => {
    for (const t of ts) if (!themes.some((x) => x.toLowerCase() === t.toLowerCase())) themes.push(t);
  };
  for (const s of sentences) {
    const also = ALSO.exec(s);
    if (also) {
      if (themes.length > 0) add(phrases(also[1] ?? ''));
      continue;
    }
    const main = MAIN.exec(s);
    if (main && themes.length === 0) add(phrases(main[1] ?? main[2] ?? ''));
  }
  if (themes.length === 0) {
    for (const s of sentences) {
      const m = PANDEMIC.exec(s);
      if (m) add([cleanTheme(m[1] ?? '')]);
    }
  }
  return themes;
}
