/**
 * The one rendering of question-kind answers (src/kind-types.ts) that every
 * platform shares: which answers have a body of their own (a list of visits,
 * titled groups of paragraphs) rather than today's paragraphs or grade table,
 * each visit row as words, the notes and offer to show, and the JSON
 * `ask --json` prints. The console, Slack and Discord only style what this
 * gives them, so the words are the same everywhere.
 */
import type { AskAnswer, KindAnswer, KindOffer, KindSection, VisitRow } from '../src/index.ts';

/** Kinds whose answer is today's paragraphs or grades, with a line above them (answerPreface), not a body of their own. */
const PREFACED_KINDS = new Set<KindAnswer['kind']>(['former-authority', 'low-confidence', 'grade-change']);

/** Rows of a visit list shown before "Show all": never cut silently. */
export const FIRST_PAGE_VISITS = 10;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "9 May 2025". */
export function longDate(iso: string | null): string | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** The answer's own body, when its kind has one (a list, an overview, an improvement list…); null otherwise. */
export function kindBody(answer: AskAnswer): KindAnswer | null {
  const kind = answer.kind;
  return kind === undefined || PREFACED_KINDS.has(kind.kind) ? null : kind;
}

/** A visit row's title: the authority, and what kind of visit. */
export function visitTitle(v: VisitRow): string {
  return `${v.authority} — ${v.kindLabel}`;
}

/** "on the front door · inspected 1 to 2 March 2023 · published 4 April 2023". */
export function visitDetail(v: VisitRow): string {
  const parts: string[] = [];
  if (v.themes.length > 0) parts.push(`on ${v.themes.join('; ')}`);
  const start = longDate(v.inspectionStart);
  const end = longDate(v.inspectionEnd);
  if (start !== null) parts.push(end !== null && end !== start ? `inspected ${start} to ${end}` : `inspected ${start}`);
  const published = longDate(v.published);
  parts.push(published === null ? 'publication date not printed' : `published ${published}`);
  return parts.join(' · ');
}

/** One visit as a line of plain text, cited. */
export function visitLine(v: VisitRow): string {
  return `${visitTitle(v)} — ${visitDetail(v)} — ${v.citation} [${v.reportId}]`;
}

/** The visits to show: the first page unless `all`. */
export function visitsShown(kind: KindAnswer, all: boolean): { shown: VisitRow[]; total: number } {
  const visits = kind.visits ?? [];
  return { shown: all ? visits : visits.slice(0, FIRST_PAGE_VISITS), total: visits.length };
}

/** "Showing 10 of 42." when a list is cut, else null. */
export function shownLine(shown: number, total: number): string | null {
  return shown < total ? `Showing ${shown} of ${total}.` : null;
}

/** The sections to show: the kind's own, else none. */
export function kindSections(kind: KindAnswer): KindSection[] {
  return (kind.sections ?? []).filter((s) => s.hits.length > 0);
}

/** The offer's line as text ("Did you want …?"). */
export function offerLine(offer: KindOffer): string {
  return offer.text;
}

/** What `ask --json` adds for a kind answer and an offer (nothing for an ordinary answer, so its keys stay as they were). */
export function kindJson(answer: AskAnswer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const kind = answer.kind;
  if (kind !== undefined) {
    if (kind.visits !== undefined) {
      out['visits'] = kind.visits.map((v) => ({
        authority: v.authority,
        reportId: v.reportId,
        kind: v.kind,
        published: v.published,
        inspectionStart: v.inspectionStart,
        inspectionEnd: v.inspectionEnd,
        themes: v.themes,
      }));
    }
    if (kind.count !== undefined) out['count'] = kind.count;
    out['questionKind'] = {
      kind: kind.kind,
      headline: kind.headline,
      notes: kind.notes,
      ...(kind.qualified !== undefined ? { qualified: kind.qualified, matched: kind.matched ?? 0 } : {}),
      ...(kind.sections !== undefined ? { sections: kind.sections.map((s) => ({ heading: s.heading, references: s.hits.map((h) => h.reference) })) } : {}),
    };
  }
  if (answer.offer !== undefined) out['offer'] = { text: answer.offer.text, question: answer.offer.question };
  return out;
}
