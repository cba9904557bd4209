/**
 * Grades moving or held, and visits named by what inspectors looked at, in
 * the words of the 114th and 115th routing rounds' tuning misses and of
 * plain questions probed beside them (scripts/route-questions.json).
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('moves across councils', () => {
  it('reads "a worse rating" as a decline and "outstanding at both of their last two inspections" as a grade held', () => {
    const worse = ask('which councils got a worse rating at their inspections in 2025?');
    expect(worse.kind?.headline).toBe('6 authorities declined at an inspection published in 2025:');
    expect([...new Set(worse.grades?.rows.map((r) => r.authority))]).toEqual(['Bedford', 'Harrow', 'Knowsley', 'Leicester', 'Stockport', 'Warwickshire']);
    expect(ask('which councils got a better rating in 2024?').kind?.headline).toBe('12 authorities improved at an inspection published in 2024:');
    const held = ask('which councils have been rated outstanding at both of their last two inspections?');
    expect(held.kind?.headline).toBe('15 authorities rated outstanding at their previous graded inspection are rated outstanding now:');
    expect(ask('which councils were rated good twice in a row?').kind?.headline).toBe(ask('which councils stayed good?').kind?.headline);
  });
});

describe('one council\'s grades', () => {
  it('reads managing to get out of a grade, and "better or worse than in 2021", as its history', () => {
    expect(ask('Did Herefordshire manage to get out of inadequate?').grades?.rows.map((r) => r.grade)).toEqual(['requires-improvement', 'inadequate', 'good']);
    // The asker's own time ("when I was first elected") keeps its year, and now is the other end.
    const since = ask('Is Warwickshire better or worse than when I was first elected in 2021?');
    expect(since.grades?.headline).toBe('Warwickshire: 2 graded inspections since 2021, in date order.');
    expect(since.grades?.rows.map((r) => r.grade)).toEqual(['good', 'requires-improvement']);
    expect(ask('is Bury better than in 2016?').grades?.headline).toBe('Bury: 3 graded inspections since 2016, in date order.');
    expect(ask('the grade they got at every full inspection we have on record, from the first single inspection onwards, for Rotherham').grades?.kind).toBe('history');
  });

  it('gives the overview for "where\'s Dudley at now - still RI?"', () => {
    const a = ask("where's Dudley at now - still RI?");
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Dudley's latest graded inspection: Dudley 2022 ILACS, published 13 January 2023.");
  });
});

describe('a visit named by what inspectors looked at that year', () => {
  it('reads the letter\'s own theme as that visit, and another topic as paragraphs', () => {
    const a = ask('what did ofsted find when they looked at care leavers in Barnsley in 2023?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('barnsley-2023-focused-visit');
    expect(kindOf('what did ofsted find when they looked at assessments in Barnsley in 2023?')).toBeUndefined();
  });
});

describe("Ofsted's descriptors for the grades", () => {
  it('reads "not yet good enough", "widespread or serious failures" and "highly effective councils" as the grades they describe', () => {
    expect(ask('which councils are not yet good enough?').grades?.headline).toBe("30 authorities in England rated requires improvement overall, on each authority's latest graded inspection:");
    expect(ask('which councils have widespread or serious failures?').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
    expect(ask('who dropped from services are good to not yet good enough at their 2025 inspection?').kind?.headline).toBe(
      '4 authorities rated good at their previous graded inspection were rated requires improvement at an inspection published in 2025:',
    );
    const effective = ask('in highly effective councils what does good participation of children in care look like?');
    expect(effective.kind?.kind).toBe('grade-filtered');
    expect(effective.kind?.headline).toMatch(/from the 43 authorities in England rated outstanding overall/);
    // "Not rated good" still denies the grade, and a highly effective service is praise, not a grade.
    expect(ask('which councils are not rated good?').grades?.headline).toBe("82 authorities in England not rated good overall, on each authority's latest graded inspection:");
    expect(kindOf('which councils have a highly effective front door?')).toBeUndefined();
  });
});

describe('context announced after the question, and contact details', () => {
  it('reads the question before "Bit of background - …" alone', () => {
    const a = ask(
      "What did inspectors make of Solihull's care leavers and unaccompanied asylum seeking kids when they visited in 2018? Bit of background - I'm putting together a short history of how our neighbouring authorities have developed their 16+ and UASC offer, and I want to quote what Ofsted actually said at the time.",
    );
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('solihull-2018-focused-visit');
  });

  it('says the reports give no one\'s email or phone number', () => {
    for (const q of ["can you give me Naintara Khosla's email or phone number?", "what's the lead inspector's email address?", "can I have the contact details for Bury's DCS please"]) {
      expect(ask(q).kind?.headline, q).toMatch(/^The reports give no one's contact details/);
    }
    expect(kindOf('what did Ofsted say about the out of hours phone line in Leeds?')).not.toBe('cannot-tell');
  });
});

describe('a grade asked of the SIF', () => {
  it('gives the latest SIF inspection, not the latest inspection, and a span from the SIF stays the history', () => {
    for (const q of ['what grade did Kent get in its SIF?', "Kent's SIF rating"]) {
      const a = ask(q);
      expect(a.grades?.kind, q).toBe('latest');
      expect(a.grades?.headline, q).toBe("Kent's latest SIF inspection: Kent 2017 SIF, published 13 June 2017.");
      expect(a.grades?.notes, q).toContain('Of its SIF inspections only, as asked.');
    }
    expect(ask('has Kent improved since its SIF?').grades?.headline).toBe('Kent: 4 graded inspections, in date order.');
  });
});

describe('"Ofsted" for an inspection, and more plain wordings', () => {
  it('reads "their last Ofsted", "Ofsteded" and "Ofsteds" as inspections', () => {
    for (const q of ["when was Oldham's last Ofsted?", 'when was Oldham last Ofsteded?']) {
      const a = ask(q);
      expect(a.kind?.kind, q).toBe('visit-list');
      expect(a.kind?.headline, q).toBe('2 inspections of Oldham (1 authority), latest first:');
    }
    expect(ask("how did Bury's last Ofsted go?").kind?.headline).toBe("Bury's latest graded inspection: Bury 2025 ILACS, published 29 July 2025.");
    // The inspectorate's name stays where it names it.
    expect(kindOf('what did Ofsted say about Bury?')).toBeUndefined();
  });

  it('gives the overview for "how\'s X?" and "how\'s X getting on?", and keeps a topic a paragraph question', () => {
    expect(ask('How\'s Westmorland and Furness getting on?').kind?.headline).toBe(
      "Westmorland and Furness's latest graded inspection: Westmorland and Furness 2024 ILACS, published 12 July 2024.",
    );
    expect(kindOf("How's Bury?")).toBe('overview');
    expect(kindOf("How's Bury's LADO?")).toBeUndefined();
    expect(kindOf('is slough children first getting on with the council now')).toBeUndefined();
  });

  it('reads what a report told a council to do as its list, and now against a year as the history', () => {
    expect(ask('what did the SIF tell Kent to do?').kind?.headline).toMatch(/^Kent's 2017 graded inspection, Kent 2017 SIF, published 13 June 2017, lists 10 things to improve/);
    expect(kindOf('what did Ofsted tell Bury to do about the LADO?')).toBeUndefined();
    expect(ask("what's different about Kent now compared with 2017?").grades?.rows.map((r) => r.reportId)).toEqual(['kent-2017', 'kent-2022', 'kent-2025']);
    expect(kindOf('will Swindon end up with a commissioner or a trust now?')).toBe('cannot-tell');
  });
});

describe('moves across councils at an earlier pair of inspections, and improvers', () => {
  it('shows a move made before the latest pair beside an answer of none', () => {
    const a = ask('has anyone gone from inadequate to outstanding?');
    expect(a.grades?.count).toBe(0);
    expect(a.grades?.headline).toBe(
      '0 authorities rated inadequate at their previous graded inspection are rated outstanding now; 1 authority made that move at an earlier pair of graded inspections in a row:',
    );
    expect(a.grades?.notes).toContain('At an earlier pair of graded inspections in a row: Sunderland (Sunderland 2018 SIF to Sunderland 2021 ILACS).');
    expect(a.grades?.rows.map((r) => `${r.reportId}:${r.grade}`)).toEqual(['sunderland-2018:inadequate', 'sunderland-2021:outstanding']);
    // Where the latest pair holds the move, nothing more is added.
    expect(ask('which councils went from inadequate to good?').grades?.notes.some((n) => n.startsWith('At an earlier pair'))).toBe(false);
  });

  it('reads "biggest improvers" and "decliners" as moves across councils', () => {
    expect(ask('biggest improvers').kind?.headline).toBe('60 authorities improved at their latest graded inspection:');
    expect(ask('who are the decliners?').kind?.headline).toBe('19 authorities declined at their latest graded inspection:');
  });
});

describe('premises joined by a comma, and more asides (rounds 120 and 121)', () => {
  it('reads a change told before ", what …" as the story so far', () => {
    const a = ask('Wiltshire went from RI in 2015 to outstanding in 2023, what were they told to fix back in 2015?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Wiltshire's 2015 graded inspection, Wiltshire 2015 SIF, published 1 September 2015, lists 11 things to improve.");
  });

  it('reads a grade kept between two years, and "what did the visit pick up? ours is due soon"', () => {
    expect(ask('merton kept outstanding 2022 to 2025 yes?').grades?.headline).toBe('Merton: 2 graded inspections 2022 to 2025, in date order.');
    const a = ask("What did Dudley's front door visit in October 2025 pick up? ours is due soon");
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('dudley-2025-focused-visit');
    expect(kindOf('how are Plymouth getting on since?')).toBe('overview');
    expect(kindOf("Halton's summary mentions a newly appointed permanent DCS - who is it and what's their direct number?")).toBe('cannot-tell');
  });
});

describe("a council's best and worst areas", () => {
  it('gives every area\'s grade for "what was Leeds\' worst area?" and "which area was it best at?"', () => {
    for (const q of ["what was Leeds' worst area?", 'which area was Leeds best at?']) {
      const a = ask(q);
      expect(a.grades?.kind, q).toBe('latest');
      expect(a.grades?.rows.map((r) => r.grade), q).toEqual(['outstanding', 'outstanding', 'good', 'outstanding', 'outstanding']);
    }
  });
});
