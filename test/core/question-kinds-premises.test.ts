/**
 * A grade or a visit stated first, with its date, and then pointed back to
 * ("Bury got inadequate in 2021 - what visits in the couple of years before
 * that?"): the premise dates what is asked, and its grade is not the question;
 * with other wordings of the same round ("all about", "are they still good?").
 * Found by the eighth round of routing questions written blind
 * (scripts/route-questions.json, tuning half).
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();

describe('premises that date a question', () => {
  it('lists visits "in the couple of years before that", and "between the 2022 ILACS and that one"', () => {
    const bury = ask('bury got inadequate in 2021 - what visits did ofsted do there in the couple of years before that? just the list');
    expect(bury.understood.range).toEqual({ kind: 'years', from: 2019, to: 2021 });
    expect(bury.kind?.kind).toBe('visit-list');
    expect(bury.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2020-focused-visit', 'bury-2019-focused-visit']);
    const sandwell = ask('sandwell got good in oct 2025 - how many times did ofsted visit them between the 2022 ILACS and that one?');
    expect(sandwell.understood.range).toEqual({ kind: 'years', from: 2022, to: 2025 });
    expect(sandwell.kind?.kind).toBe('visit-list');
    expect(sandwell.kind?.headline).toMatch(/^2 focused visits of Sandwell/);
  });

  it('lists the visits "after Calderdale got good in 2018", keeping the authority the clause names', () => {
    const a = ask('after calderdale got good in 2018, what FVs did they have and what were they each on?');
    expect(a.understood.authorities).toEqual(['Calderdale']);
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['calderdale-2025-focused-visit', 'calderdale-2023-focused-visit', 'calderdale-2022-focused-visit']);
    // With its month, the list starts after that month, as "since they went inadequate in dec 2023" does.
    expect(ask('after calderdale got good in oct 2018, what FVs did they have?').kind?.headline).toMatch(/carried out after October 2018/);
  });

  it('lists nothing "since they went inadequate in dec 2023" when the inspection that gave the grade is the last', () => {
    const tameside = ask('has tameside actually been inspected again since they went inadequate in dec 2023?');
    expect(tameside.kind?.kind).toBe('visit-list');
    expect(tameside.kind?.headline).toMatch(/^0 inspections of Tameside, carried out after December 2023/);
    // Without the premise, the December 2023 inspection is the one listed.
    expect(ask('tameside inspections since 2023').kind?.visits?.map((v) => v.reportId)).toEqual(['tameside-2023']);
  });

  it('gives the grades of "the full inspection after that", not the focused visit that dates it', () => {
    const a = ask('bracknell forest had a children in care FV in nov 2023 - what grade did they get at the full inspection after that?');
    expect(a.kind).toBeUndefined();
    expect(a.grades?.rows.map((r) => r.reportId)).toEqual(['bracknell-forest-2025']);
    // "Are they still good?" after a visit is the authority's grade; the visit gives none.
    const bolton = ask('bolton have had an FV since their last ILACS, are they still good overall?');
    expect(bolton.kind).toBeUndefined();
    expect(bolton.grades?.rows.map((r) => [r.reportId, r.grade])).toEqual([['bolton-2023', 'good']]);
  });

  it('reads a visit "all about" as that visit, and a grade premise before "then had an FV" as no grade question', () => {
    const darlington = ask('what was the darlington care leavers FV in 2021 all about');
    expect(darlington.kind?.kind).toBe('focused-visit');
    expect(darlington.kind?.visits?.[0]?.reportId).toBe('darlington-2021-focused-visit');
    const gloucestershire = ask('gloucestershire were inadequate at their SIF, then had an FV in jan 2025 - what did that one cover and how did it go?');
    expect(gloucestershire.kind?.kind).toBe('focused-visit');
    expect(gloucestershire.kind?.visits?.[0]?.reportId).toMatch(/^gloucestershire-2025.*focused-visit$/);
  });

  it('reads "went straight from inadequate to good at the next ILACS" as a change that happened, not the future', () => {
    const a = ask('which LAs went straight from inadequate to good at the next ILACS, skipping RI?');
    expect(a.kind?.kind).not.toBe('cannot-tell');
    expect(a.grades?.headline).toMatch(/^\d+ authorities rated inadequate at their previous graded inspection are rated good now/);
    expect(a.grades?.rows.map((r) => r.reportId)).toContain('croydon-2020');
  });

  it('reads the ninth round\'s chat: "a list of every council", "full grade history", who asked, and a new job at the head', () => {
    const every = ask("need a list of every council that's currently inadequate overall, for a board paper");
    expect(every.grades?.kind).toBe('list');
    expect(every.grades?.rows.map((r) => r.reportId)).toContain('knowsley-2024');
    const swindon = ask("can u pull swindon's full grade history going back to the SIF days");
    expect(swindon.grades?.rows.map((r) => [r.reportId, r.grade])).toEqual([
      ['swindon-2014', 'requires-improvement'],
      ['swindon-2019', 'good'],
      ['swindon-2023', 'inadequate'],
    ]);
    const knowsley = ask('is knowsley inadequate at the moment? cllr stopped me in the corridor to ask');
    expect(knowsley.grades?.rows.map((r) => [r.reportId, r.grade])).toEqual([['knowsley-2024', 'inadequate']]);
    const stHelens = ask("starting at st helens as a CP team manager next month, what's their ofsted story in a nutshell?");
    expect(stHelens.kind?.kind).toBe('overview');
    expect(stHelens.kind?.headline).toMatch(/^St Helens's latest graded inspection: St Helens 2023 ILACS/);
  });

  it('reads "now" after a grade told with its year as the question\'s time, and improvements "after their 2025 ILACS"', () => {
    const solihull = ask('just started at solihull. they were inadequate in 2022 - so how are things looking now overall?');
    expect(solihull.understood.year).toBe('latest');
    expect(solihull.kind?.kind).toBe('overview');
    // A year naming a report stays the one asked.
    expect(ask("what did bury's 2016 SIF say about the LADO, and is it still a problem now?").understood.year).toBe(2016);
    const stockport = ask('what did stockport have to improve after their 2025 ILACS');
    expect(stockport.kind?.kind).toBe('improvements');
    expect(stockport.kind?.visits?.[0]?.reportId).toBe('stockport-2025');
  });

  it('answers the question after a grade change told as its premise: "went from good to inadequate in 2023 - what did they have to sort out?"', () => {
    const scilly = ask('scilly went from good to inadequate in 2023 - what did ofsted say they had to sort out?');
    expect(scilly.kind?.kind).toBe('improvements');
    expect(scilly.kind?.visits?.[0]?.reportId).toBe('isles-of-scilly-2023');
    // The change asked as the question is still a change.
    expect(ask('which councils went from good to inadequate in 2023?').kind?.kind).toBe('grade-change');
  });
});
