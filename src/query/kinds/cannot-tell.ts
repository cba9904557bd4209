/**
 * What the reports cannot tell (issue #17, kind 8): future inspection dates
 * ("when is Bury next due to be inspected?"), Ofsted's internal scheduling
 * ("how does Ofsted decide which councils to inspect?") and data no report
 * holds (budgets, salaries, predictions, documents the index does not keep).
 * The answer says so plainly, then shows what the reports do hold: the
 * authority's inspections and visits, each cited. Without this, a council
 * paper's action-plan deadline ("due November 5th 2025") reads like an
 * inspection date.
 */
import type { AskAnswer, Hit } from '../../answer-types.ts';
import type { KindAnswer, KindSection } from '../../kind-types.ts';
import { aboutParagraphs, kindAskAnswer, reportAtTimeAsked, visitRow, type KindInput } from './kind-helpers.ts';
import { latestInspection, makeHit } from '../context.ts';
import { askUnderstood } from '../ask.ts';
import { UNKNOWABLE, type Unknowable } from './unknowable.ts';

export function answerCannotTell(input: KindInput): AskAnswer | null {
  const { context, u, lower } = input;
  const found = UNKNOWABLE.find((k) => k.test(lower, input));
  if (found === undefined) return null;
  if (found.mentionedIn !== undefined && u.authorities.length > 0 && mentions(input, found.mentionedIn)) return null;
  const who = u.authorities.length > 0 ? u.authorities.join(' and ') : 'an authority';
  const held = u.authorities.flatMap((a) => (context.reportsByAuthority.get(a) ?? []).filter((r) => r.kind !== 'council-paper'));
  const notes =
    held.length > 0
      ? [`What the reports do hold: ${u.authorities.join(' and ')}'s inspections and focused visits, latest first, each with its dates.`]
      : ['What the reports do hold: each inspection and focused visit, with its dates, grades, findings and what needs to improve.'];
  const kind: KindAnswer = { kind: 'cannot-tell', headline: found.reason(who), visits: held.map(visitRow), count: held.length, notes };
  const sections =
    found.saidIn !== undefined
      ? saidInLatest(input, found.saidIn)
      : found.saidAnywhere !== undefined
        ? saidInLatestInspection(input, found.saidAnywhere)
        : found.latestFindings === true
          ? latestFindings(input)
          : [];
  if (sections.length > 0) kind.sections = sections;
  const suggestions =
    u.authorities.length > 0
      ? u.authorities.flatMap((a) => [`Tell me about ${a}`, `When was ${a} last inspected?`, `What are the areas for improvement for ${a}?`])
      : ['Which councils were inspected in the last three months?', 'Which authorities had a focused visit on the front door in 2023?', 'How many authorities were inadequate as at 31 March 2025?'];
  return kindAskAnswer(input, kind, sections.flatMap((section) => section.hits), { suggestions });
}

/**
 * "Cannot tell" as the kind model read it (models/), for a wording no
 * rule above knows: no reason can be named, so the answer says what the
 * reports never hold and shows the paragraphs that come closest, in case the
 * question was answerable after all.
 */
export function answerCannotTellLoosely(closest: AskAnswer): AskAnswer {
  const headline =
    'The reports may not hold that: they describe inspections and visits already carried out, and hold no future dates, live figures, budgets, predictions or names of council staff.';
  const sections: KindSection[] = closest.results.length > 0 ? [{ heading: 'The closest the reports come', hits: closest.results }] : [];
  const kind: KindAnswer = { kind: 'cannot-tell', headline, notes: [], ...(sections.length > 0 ? { sections } : {}) };
  return { ...closest, kind };
}

/**
 * Each named authority's latest report or letter to say it: its own words
 * about the inspection that match `pattern`, cited. Of the time the question
 * names ("after the 2023 visit, when will they be back?"), the newest report
 * then that says it; with no time, the latest inspection or a letter since
 * (an inspection report rarely speaks of the next one; a letter before it
 * spoke of an inspection that has since happened, so is not quoted).
 */
function saidInLatest(input: KindInput, pattern: RegExp): KindSection[] {
  const { context, u } = input;
  const sections: KindSection[] = [];
  for (const authority of u.authorities) {
    const held = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind !== 'council-paper');
    const inspection = latestInspection(context, authority);
    const timed = held.filter((r) => reportAtTimeAsked([r], u) === r);
    const since = inspection === undefined ? held.slice(0, 1) : held.slice(0, held.indexOf(inspection) + 1);
    for (const report of reportAtTimeAsked(held, u) === null ? since : timed) {
      const hits = aboutParagraphs(context, report, u).filter((h) => pattern.test(h.text));
      if (hits.length === 0) continue;
      sections.push({ heading: `What ${visitRow(report).citation} says`, hits });
      break;
    }
  }
  return sections;
}

/** Paragraphs shown from a report for {@link Unknowable.saidAnywhere}. */
const SAID_ANYWHERE = 3;

/** Each named authority's latest inspection report: its first paragraphs matching `pattern`, cited. */
function saidInLatestInspection(input: KindInput, pattern: RegExp): KindSection[] {
  const { context, u } = input;
  const sections: KindSection[] = [];
  for (const authority of u.authorities) {
    const latest = latestInspection(context, authority);
    if (latest === undefined) continue;
    const hits: Hit[] = [];
    for (let ref = latest.firstParagraph; ref < latest.firstParagraph + latest.paragraphCount && hits.length < SAID_ANYWHERE; ref++) {
      const paragraph = context.paragraphs[ref];
      if (paragraph === undefined || paragraph.kind === 'about' || !pattern.test(paragraph.text)) continue;
      const hit = makeHit(context, ref, [], 0);
      if (hit !== undefined) hits.push(hit);
    }
    if (hits.length > 0) sections.push({ heading: `What ${visitRow(latest).citation} says`, hits });
  }
  return sections;
}

/** The paragraphs the question finds in each named authority's latest inspection and the visits since, as any question would rank them. */
function latestFindings(input: KindInput): KindSection[] {
  const { context, u } = input;
  if (u.authorities.length === 0) return [];
  const found = askUnderstood(context, input.text, { ...u, year: 'latest', range: null }, { limit: SAID_ANYWHERE });
  return found.results.length === 0 ? [] : [{ heading: 'What the latest reports say', hits: found.results }];
}

/** Whether any report of the authorities asked about has a paragraph matching `pattern` (then the paragraphs answer). */
function mentions(input: KindInput, pattern: RegExp): boolean {
  const { context, u } = input;
  for (const authority of u.authorities) {
    for (const report of context.reportsByAuthority.get(authority) ?? []) {
      for (let ref = report.firstParagraph; ref < report.firstParagraph + report.paragraphCount; ref++) {
        if (pattern.test(context.paragraphs[ref]?.text ?? '')) return true;
      }
    }
  }
  return false;
}
