/**
 * Question kinds read from wordings staff type that the readers first missed,
 * found by routing questions written blind (scripts/route-questions.json,
 * tuning half): chat shorthand, a visit's theme in the plural, Ofsted coming
 * in the month of a visit, a count of visits with what each was on, a
 * grade-filtered ask told by how councils respond, "the next inspection"
 * after one in the past, "always been rated", and an overview asked
 * "inc latest grade and any recent visits"; then (the next hundred) asides
 * around a grade ("heard they did well", "quick q before DMT"), a month
 * with a two-digit year ("dec 25"), a financial year ("2026-27"), what a
 * visit "looked at" as its theme, an overview with a year that is its
 * latest inspection's or a topic it is only "a bit interested in", and
 * predictions and advice asked in chat; then (the hundred after) a grade
 * "received", a change "between their last two inspections", a visit
 * named "the permanence one", by "had Ofsted in" a month or "end of" one,
 * "the overall picture" around chat, "do you reckon", and children who
 * "come back" from running away (not Ofsted coming back); then (a third
 * hundred) a visit named by its theme ("the Sandwell MASH visit"), two times
 * of which one finds the letter, an activity timeline "since the 2014 SIF",
 * "the lowdown" for a new DCS starting "next month", and "thoughts?"; then
 * (a fourth round) "yr" and "yrs" for years, today's figures, and a
 * focused visit asked of as a whole in long sentences by someone outside the
 * service; then (a fifth round) "since the start of 2024", "the overall
 * state of play" after a visit named on the way, a "short para" for a
 * regional meeting, and "any tips on how to prep"; then (a sixth round)
 * "AFIs", "for the new lead member", "forget the front door bit for now",
 * "broadly where are they at overall" after a visit since the inspection,
 * and a visit's "rundown" or whether it was "broadly ok"; then (a seventh
 * round) two years "combined", predictions "will they drop to inadequate"
 * and "would they come out good", hearsay asides ("last I heard…",
 * "someone said…"), and a change "a grade or more".
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();

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

  it('reads a grade asked around chat ("heard they did well", "quick q before DMT", "the practice bits") as the grade', () => {
    const york = ask('whats york rated now? heard they did well');
    expect(york.grades?.kind).toBe('latest');
    expect(york.grades?.rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([['york-2025', 'overall', 'outstanding']]);
    const devon = ask("quick q before DMT - in devon's 2024 inspection was leadership itself judged inadequate or only the practice bits?");
    expect(devon.grades?.rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([['devon-2024', 'leadership', 'requires-improvement']]);
    // The names asked for are the list's.
    expect(ask('who has gone up a grade since 2022? just want the names for a slide').kind?.kind).toBe('grade-change');
  });

  it('gives paragraphs from good or better authorities when asked how they are "handling" something, "looking for ideas"', () => {
    const a = ask('how are good or outstanding LAs handling 16 and 17 yr olds presenting as homeless? looking for ideas');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.grades?.rows.every((r) => r.grade === 'good' || r.grade === 'outstanding')).toBe(true);
    expect(a.results[0]?.text).toMatch(/present(?:s|ing)? as homeless/i);
  });

  it('reads "dec 25" as December 2025 and "2026-27" as two years, never a day or one year', () => {
    const stockton = ask('stockton had an FV in dec 25 - what did the letter say they need to get better at?');
    expect(stockton.understood.range).toEqual({ kind: 'as-at', date: '2025-12-31', month: true });
    expect(stockton.kind?.kind).toBe('improvements');
    expect(stockton.kind?.visits?.map((v) => v.reportId)).toEqual(['stockton-on-tees-2025-focused-visit']);
    expect(stockton.results.map((h) => h.reference)).toEqual(['stockton-on-tees-2025-focused-visit Improve ¶1', 'stockton-on-tees-2025-focused-visit Improve ¶2']);
    // Two digits before a year are a day, never a year of their own.
    expect(JSON.stringify(ask('bury on dec 12 2023').understood.range)).not.toContain('2012');
    const round = ask('which councils are going to drop a grade in the 2026-27 round');
    expect(round.understood.range).toEqual({ kind: 'years', from: 2026, to: 2027 });
    expect(round.kind?.kind).toBe('cannot-tell');
  });

  it('reads what a visit "looked at", in the asker\'s words, as naming that focused visit', () => {
    const a = ask('the staffordshire FV last december, the one that looked at people in positions of trust as well as the front door - what was the overall verdict?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['staffordshire-2025-focused-visit']);
    const count = ask('how many FVs looked at care leavers in 2024?');
    expect(count.kind?.kind).toBe('visit-list');
    expect(count.kind?.count).toBe(13);
    expect(count.kind?.headline).toMatch(/^13 focused visits on care leavers/);
  });

  it('gives an overview when the year named is the latest inspection\'s, or a topic is only "a bit" of interest', () => {
    const sefton = ask('sefton came out of inadequate in 2025 right? give me the full picture of where they are now');
    expect(sefton.kind?.kind).toBe('overview');
    expect(sefton.grades?.rows.find((r) => r.area === 'overall')).toMatchObject({ reportId: 'sefton-2025', grade: 'good' });
    // A year before the latest inspection narrows the picture: not an overview…
    expect(ask('sefton came out of inadequate in 2019 - give me the full picture then').kind?.kind).not.toBe('overview');
    // …unless the request is a sentence of its own after the premise: it asks for the picture now (understand.ts, lastQuestion).
    expect(ask('sefton came out of inadequate in 2019 right? give me the full picture').grades?.rows.find((r) => r.area === 'overall')?.reportId).toBe('sefton-2025');
    const walsall = ask("how's walsall doing generally? bit interested in care leavers but mainly want the big picture");
    expect(walsall.kind?.kind).toBe('overview');
    expect(walsall.kind?.sections?.map((s) => s.heading)).toEqual(['Summary — Walsall 2025 ILACS', 'On care leavers — Walsall 2025 ILACS']);
  });

  it('says it cannot tell a prediction or give advice asked in chat ("going to drop a grade", "what do u think")', () => {
    expect(ask('which councils are going to drop a grade this year').kind?.kind).toBe('cannot-tell');
    const advice = ask("should we copy kent's front door model? what do u think");
    expect(advice.kind?.kind).toBe('cannot-tell');
    expect(advice.kind?.headline).toMatch(/^I give no opinions or advice/);
  });

  it('reads a grade "received", and a change "between their last two inspections" for one area', () => {
    const bexley = ask('What judgement did Bexley receive for children looked after (CLA) at its 2014 SIF inspection?');
    expect(bexley.grades?.rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([['bexley-2014', 'children-in-care', 'requires-improvement']]);
    const worse = ask('on care leavers specifically - which LAs saw that judgement get worse between their last two inspections?');
    expect(worse.kind?.kind).toBe('grade-change');
    expect(worse.grades?.area).toBe('care-leavers');
    expect(worse.grades?.rows.slice(0, 2).map((r) => [r.reportId, r.grade])).toEqual([
      ['bedford-2021', 'good'],
      ['bedford-2025', 'requires-improvement'],
    ]);
  });

  it('finds the focused visit named "the permanence one", "had Ofsted in Jan 2025" or "an FV end of Sept 2025 on CIN/CP plans"', () => {
    const doncaster = ask('can someone summarise the doncaster FV from june 2024? the permanence one');
    expect(doncaster.kind?.visits?.map((v) => v.reportId)).toEqual(['doncaster-2024-focused-visit']);
    const essex = ask('essex had ofsted in jan 2025 - was that a full inspection or what, and how did it go?');
    expect(essex.kind?.kind).toBe('focused-visit');
    expect(essex.kind?.visits?.map((v) => v.reportId)).toEqual(['essex-2025-focused-visit']);
    // Under way at the month's end (30 September to 1 October): that visit, not the one finished before it.
    const trafford = ask('trafford had an FV end of sept 2025 on CIN/CP plans, was it positive or did it find serious weaknesses? want the overall verdict not the detail');
    expect(trafford.kind?.kind).toBe('focused-visit');
    expect(trafford.kind?.visits?.map((v) => v.reportId)).toEqual(['trafford-2025-focused-visit']);
  });

  it('gives the overview asked for "the overall picture" around chat about who is asking', () => {
    const a = ask('just picked up the nottinghamshire patch from a colleague whos off, whats the overall picture there, latest grades and anything thats happened since');
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['nottinghamshire-2024', 'nottinghamshire-2025-focused-visit']);
  });

  it('says it cannot tell "do you reckon they\'ll get good next time?", but reads children who "come back" as paragraphs', () => {
    expect(ask("blackburn w darwen were RI in 2022 - do you reckon they'll get good next time? their FV in 2024 seemed ok").kind?.kind).toBe('cannot-tell');
    const middlesbrough = ask('what did ofsted tell middlesbrough to do about chats with kids after they come back from running away?');
    expect(middlesbrough.kind).toBeUndefined();
    expect(middlesbrough.results.length).toBeGreaterThan(0);
    expect(middlesbrough.results[0]?.authority).toBe('Middlesbrough');
    expect(ask('when are ofsted coming back to bury?').kind?.kind).toBe('cannot-tell');
  });

  it('finds a focused visit named by its theme alone, or by the one of two times that finds its letter', () => {
    const sandwell = ask('was the sandwell MASH visit in oct 24 a good result or not? trying to work out where they landed');
    expect(sandwell.kind?.kind).toBe('focused-visit');
    expect(sandwell.kind?.visits?.map((v) => v.reportId)).toEqual(['sandwell-2024-focused-visit']);
    // 2023 is the inspection's year; October 2025 the letter's.
    const northSomerset = ask('north somerset had the children in care visit last oct (2025) - was that better than the RI they got in 2023? whats the overall verdict from it');
    expect(northSomerset.kind?.visits?.map((v) => v.reportId)).toEqual(['north-somerset-2025-focused-visit']);
    const essex = ask('essex FV jan 2025 on pre-proceedings / letters before proceedings — what were the headline findings pls');
    expect(essex.kind?.visits?.map((v) => v.reportId)).toEqual(['essex-2025-focused-visit']);
    // What the inspection after a visit got is a grade, not the visit.
    expect(ask('bracknell forest had a children in care FV in nov 2023 - what grade did they get at the full inspection after that?').kind?.kind).not.toBe('focused-visit');
  });

  it('lists every kind of Ofsted activity "since the 2014 SIF", the SIF being where the span starts', () => {
    const a = ask("can u do me a timeline of knowsley's ofsted activity since the 2014 SIF, just dates + type, no need for grades");
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual([
      'knowsley-2024',
      'knowsley-2024-focused-visit',
      'knowsley-2022-focused-visit',
      'knowsley-2021',
      'knowsley-2018-focused-visit',
      'knowsley-2017',
      'knowsley-2014',
    ]);
  });

  it('gives "the lowdown" to a new DCS starting next month, and the latest grades "+ anything since", as overviews', () => {
    const stoke = ask('new DCS starting at stoke next month, can someone give me the lowdown on their ofsted position incl how their CP work was viewed');
    expect(stoke.kind?.kind).toBe('overview');
    expect(stoke.kind?.sections?.map((s) => s.heading)).toEqual(['Summary — Stoke-on-Trent 2025 ILACS', 'On cp — Stoke-on-Trent 2025 ILACS']);
    expect(ask('enfield: latest grades + anything since? prepping a slide for a peer review').kind?.kind).toBe('overview');
    // Ofsted coming next month is still the future.
    expect(ask('is ofsted coming to bury next month?').kind?.kind).toBe('cannot-tell');
  });

  it('gives no advice when asked "should we do a mock inspection first? thoughts"', () => {
    const a = ask("we're peterborough and expecting our ILACS soon - should we do a mock inspection first? thoughts");
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.headline).toMatch(/^I give no opinions or advice/);
  });

  it('reads "since covid" as the years from 2020, not a word to search', () => {
    const a = ask('PLO drift since covid - which councils got criticised for kids left at risk too long before court?');
    expect(a.understood.range).toEqual({ kind: 'years', from: 2020, to: null });
    expect(a.understood.terms).not.toContain('covid');
    // Each from a report carried out or published since 2020 (Cheshire East's 2019 inspection was published in January 2020).
    expect(a.results.length).toBeGreaterThan(0);
    expect(a.results.every((h) => h.year >= 2020 || (h.published ?? '') >= '2020')).toBe(true);
    // "During covid" is what was done then: the word is searched.
    expect(ask('examples of LAs that kept seeing kids face to face through the covid lockdowns').understood.range).toBeNull();
  });

  it('reads "this yr" and "over the yrs" as "this year" and "over the years"', () => {
    const list = ask('ILACS done in the south west so far this yr');
    expect(list.kind?.kind).toBe('visit-list');
    expect(list.kind?.headline).toMatch(/^\d+ ILACS inspections? in the South West .*carried out in 2026/);
    const sandwell = ask('sandwell all its grades over the yrs');
    expect(sandwell.grades?.kind).toBe('history');
    expect(new Set(sandwell.grades?.rows.map((r) => r.reportId)).size).toBeGreaterThan(1);
    // Months and weeks typed short span the same window as spelled out.
    const short = ask('FVs in the last 30 mths');
    expect(short.kind?.kind).toBe('visit-list');
    expect(short.kind?.headline).toBe(ask('FVs in the last 30 months').kind?.headline);
    expect(short.kind?.headline).toMatch(/^\d+ focused visits .*carried out in the 30 months to /);
  });

  it('says no report gives today\'s figures, and quotes what the latest report found', () => {
    const a = ask('avg SW caseloads right now haringey');
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.headline).toMatch(/^No report can give Haringey's figures as they are today/);
    expect(a.kind?.sections?.[0]?.hits[0]).toMatchObject({ reportId: 'haringey-2026', label: '49' });
    expect(a.kind?.sections?.[0]?.hits[0]?.text).toMatch(/caseload/i);
    // Caseloads asked with no "now" are what the reports say.
    expect(ask('what are caseloads like in haringey?').kind).toBeUndefined();
  });

  it('reads a long question asking for a visit as a whole, from someone outside the service, as that focused visit', () => {
    const calderdale = ask(
      "I'm a governor at a primary school in Halifax. I understand Ofsted inspectors spent a couple of days with Calderdale's children's services in April 2025, looking at how children are kept safe from harm outside the family home. Could you tell me what that visit covered and what the inspectors concluded overall?",
    );
    expect(calderdale.kind?.kind).toBe('focused-visit');
    expect(calderdale.kind?.visits?.map((v) => v.reportId)).toEqual(['calderdale-2025-focused-visit']);
    const sandwell = ask(
      "I'm a journalist covering the Black Country. Sandwell's children's services were rated good in the autumn of 2025, but I gather inspectors also made a shorter visit in the spring of that year. What was that earlier visit looking at, and what did they find in general?",
    );
    expect(sandwell.kind?.visits?.map((v) => v.reportId)).toEqual(['sandwell-2025-focused-visit']);
    // A sector term asked of within a visit is a topic: the letters' paragraphs answer.
    expect(ask("how did bury's 2020 focused visit go on the LADO and allegations against staff").kind).toBeUndefined();
  });

  it('gives an overview asked with "any FVs since" or with the areas it grades named', () => {
    const visits = ask('bury - latest grades and any FVs since');
    expect(visits.kind?.kind).toBe('overview');
    expect(visits.grades?.rows.every((r) => r.reportId === 'bury-2025')).toBe(true);
    expect(ask('whats the overall picture in bury, care leavers and children in care included').kind?.kind).toBe('overview');
    // A practice topic is still a topic: "the overall picture on Bury's front door" is its paragraphs.
    expect(ask("whats the overall picture on bury's front door").kind?.kind).not.toBe('overview');
  });

  it('counts focused visits "since the start of 2024", an aside about why left aside', () => {
    const a = ask('how many FVs have been on care leavers since the start of 2024? trying to gauge how common that theme is before our scrutiny panel');
    expect(a.understood.range).toEqual({ kind: 'years', from: 2024, to: null });
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.headline).toMatch(/^\d+ focused visits on care leavers .*carried out since 2024/);
  });

  it('gives "the overall state of play" after a visit named on the way, and "a short para" for a meeting, as overviews', () => {
    const knowsley = ask("knowsley had that care leavers FV in early 2024 and then ILACS later that year. what's the overall state of play there?");
    expect(knowsley.kind?.kind).toBe('overview');
    expect(knowsley.kind?.visits?.map((v) => v.reportId)).toEqual(['knowsley-2024']);
    const northSomerset = ask("can someone do me a short para on north somerset's ofsted story for the regional ADCS meeting");
    expect(northSomerset.kind?.kind).toBe('overview');
    expect(northSomerset.kind?.visits?.[0]?.reportId).toBe('north-somerset-2023');
  });

  it('gives no advice on how to prepare for an inspection', () => {
    const a = ask('any tips on how to prep the team for a short ILACS? first one for me as a PSW');
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.headline).toMatch(/^I give no opinions or advice/);
  });

  it('finds the visit of the other month a question names when the first finds no letter ("before the jan 26 ILACS… a FV in dec 24")', () => {
    const a = ask('lambeth - before the jan 26 ILACS there was a FV in dec 24 wasnt there? what was it on and how did it go');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['lambeth-2024-focused-visit']);
  });

  it('reads "AFIs" as the improvement list, and asides for whom or what to leave aside around an overview', () => {
    const durham = ask('durham - list of AFIs from the latest ILACS pls');
    expect(durham.kind?.kind).toBe('improvements');
    expect(durham.kind?.visits?.[0]?.reportId).toBe('durham-2025');
    expect(ask('hull - headline summary for the new lead member?').kind?.kind).toBe('overview');
    const bradford = ask("@priya re bradford - forget the front door bit for now, what's the overall picture there?");
    expect(bradford.kind?.kind).toBe('overview');
    expect(bradford.kind?.visits?.[0]?.reportId).toBe('bradford-2026');
  });

  it('gives an overview for "broadly where are they at overall" after naming a visit since the inspection', () => {
    const a = ask('westmorland and furness had an FV in november 2025 - but broadly where are they at overall across the service?');
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['westmorland-and-furness-2024', 'westmorland-and-furness-2025-focused-visit']);
  });

  it('reads a visit\'s "rundown", or whether it was "broadly ok", as that focused visit', () => {
    expect(ask('rundown of the hackney FV on front door services in 2022?').kind?.visits?.map((v) => v.reportId)).toEqual(['hackney-2022-focused-visit']);
    expect(ask("dudley's front door FV last october - were there priority actions or was it broadly ok?").kind?.visits?.map((v) => v.reportId)).toEqual([
      'dudley-2025-focused-visit',
    ]);
  });

  it('lists visits "in 2021 and 2022 combined" across both years', () => {
    const a = ask('how many front door FVs were there across the north west in 2021 and 2022 combined');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.count).toBe(4);
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual([
      'halton-2022-focused-visit',
      'tameside-2022-focused-visit',
      'warrington-2021-focused-visit',
      'cheshire-west-and-chester-2021-focused-visit',
    ]);
  });

  it('says it cannot tell "will they drop to inadequate next time?" or "would they come out good?"', () => {
    expect(ask('bedford went RI in 2025 - will they drop to inadequate next time?').kind?.kind).toBe('cannot-tell');
    expect(ask('if isle of wight got inspected tomorrow would they come out good or outstanding?').kind?.kind).toBe('cannot-tell');
  });

  it('leaves hearsay aside ("last i heard…", "someone said…") and reads "a grade or more" as a change', () => {
    const nottingham = ask('where is nottingham city at? last i heard they were inadequate, anything happened since?');
    expect(nottingham.kind?.kind).toBe('overview');
    expect(nottingham.kind?.visits?.[0]?.reportId).toBe('nottingham-2022');
    const cambridgeshire = ask('cambridgeshire 2024 ILACS - what were the recs? someone said out of hours was one of them');
    expect(cambridgeshire.kind?.kind).toBe('improvements');
    expect(cambridgeshire.kind?.visits?.[0]?.reportId).toBe('cambridgeshire-2024');
    expect(ask('which LAs went down a grade or more at their latest ILACS compared with the one before?').kind?.kind).toBe('grade-change');
  });

  it('keeps hearsay that is the question itself, and promises no quotes when no authority is named', () => {
    const a = ask("someone said bury's LADO was criticised - true?");
    expect(a.understood.authorities).toEqual(['Bury']);
    expect(a.results[0]?.authority).toBe('Bury');
    const anywhere = ask('average caseloads right now across councils?');
    expect(anywhere.kind?.kind).toBe('cannot-tell');
    expect(anywhere.kind?.headline).toMatch(/Name an authority for what its latest report says\.$/);
  });
});
