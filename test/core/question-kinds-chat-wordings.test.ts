/**
 * Question kinds read from wordings staff type that the readers first missed,
 * found by routing questions written blind (scripts/route-questions.json,
 * tuning half): chat shorthand, a visit's theme in the plural, Ofsted coming
 * in the month of a visit, a count of visits with what each was on, a
 * grade-filtered ask told by how councils respond, "the next inspection"
 * after one in the past, "always been rated", and an overview asked
 * "inc latest grade and any recent visits".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type AskAnswer, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const ask = (q: string): AskAnswer => corpus.ask(q);

describe('question kinds in chat wordings', () => {
  it('reads "can u summarise…" and a theme named in the plural as that focused visit', () => {
    const essex = ask("can u summarise essex's focused visit on letters before proceedings");
    expect(essex.kind?.kind).toBe('focused-visit');
    expect(essex.kind?.visits?.map((v) => v.reportId)).toEqual(['essex-2025-focused-visit']);
    const wandsworth = ask("can u give me a summary of wandsworth's FV from nov 2023");
    expect(wandsworth.kind?.visits?.map((v) => v.reportId)).toEqual(['wandsworth-2023-focused-visit']);
  });

  it('reads what Ofsted came in to look at in a month when a letter\'s visit was under way as that focused visit', () => {
    const a = ask('what did ofsted come in to look at in ealing in oct 2022?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['ealing-2022-focused-visit']);
    expect(a.results[0]?.reportId).toBe('ealing-2022-focused-visit');
    // A month with an inspection under way is the inspection's.
    expect(ask('what did ofsted come in to look at in leeds in march 2015?').kind).toBeUndefined();
  });

  it('lists an authority\'s focused visits when asked how many and what each was on', () => {
    const a = ask('how many FVs has stockton had and what were they each on');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.count).toBe(4);
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual([
      'stockton-on-tees-2025-focused-visit',
      'stockton-on-tees-2024-focused-visit',
      'stockton-on-tees-2022-focused-visit',
      'stockton-on-tees-2021-focused-visit',
    ]);
  });

  it('gives paragraphs from the authorities of a grade when asked "anything from good or better authorities on how they respond to…"', () => {
    const a = ask('anything from good or better authorities on how they respond to homeless 16 and 17 yr olds?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.grades?.rows.every((r) => r.grade === 'good' || r.grade === 'outstanding')).toBe(true);
    expect(a.results[0]?.text).toMatch(/homeless/i);
  });

  it('reads "went down at the next ILACS" as a change of grade already happened, never as the future', () => {
    const a = ask('which councils had a front door FV and then went down at the next ilacs?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(ask("when is bury's next inspection?").kind?.kind).toBe('cannot-tell');
  });

  it('answers "has X always been rated good?" with its graded inspections in date order', () => {
    const a = ask('has stockport always been rated good or did they slip at some point?? need their grades over the years for a briefing');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.rows.filter((r) => r.area === 'overall').map((r) => [r.reportId, r.grade])).toEqual([
      ['stockport-2017', 'good'],
      ['stockport-2022', 'good'],
      ['stockport-2025', 'requires-improvement'],
    ]);
  });

  it('reads "how is X doing overall - inc latest grade and any recent visits" as an overview, which shows both', () => {
    const a = ask('how is Lambeth doing overall - inc latest grade and any recent visits');
    expect(a.kind?.kind).toBe('overview');
    expect(a.grades?.rows.every((r) => r.reportId === 'lambeth-2026')).toBe(true);
    expect(a.results[0]?.reference).toBe('lambeth-2026 Summary ¶1');
    // What the overview shows anyway is no topic to dwell on.
    expect(a.kind?.sections?.some((s) => s.heading.startsWith('On '))).toBe(false);
  });
});
