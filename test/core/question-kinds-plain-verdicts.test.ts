/**
 * Plain questions asking what Ofsted made of a council, or of councils of a
 * grade, probed beside the 110th to 113th routing rounds
 * (scripts/route-questions.json). Each case was answered as another kind, or
 * is a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('what Ofsted made of one council', () => {
  it('gives the overview for "how good is…", "what did Ofsted think of… last time" and "what was good about…"', () => {
    const cases: Array<[string, string]> = [
      ['how good is Islington?', "Islington's latest graded inspection: Islington 2024 ILACS, published 29 January 2025."],
      ['what did Ofsted think of Hillingdon last time?', "Hillingdon's latest graded inspection: Hillingdon 2023 ILACS, published 20 November 2023."],
      ["what was good about Medway's inspection?", "Medway's latest graded inspection: Medway 2023 ILACS, published 11 September 2023."],
    ];
    for (const [q, headline] of cases) {
      const a = ask(q);
      expect(a.kind?.kind, q).toBe('overview');
      expect(a.kind?.headline, q).toBe(headline);
    }
    expect(ask('how good is Islington?').results[0]?.text).toMatch(/^Children's experiences are at the heart of the local authority's thinking/);
    // A topic keeps it a paragraph question.
    expect(kindOf('how good is Islington at permanence?')).toBeUndefined();
    expect(kindOf("what did Ofsted think of Hillingdon's care leavers service?")).toBeUndefined();
  });

  it('gives the improvement list for what a council was criticised for', () => {
    const a = ask('what did Cornwall get criticised for?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Cornwall's latest graded inspection, Cornwall 2024 ILACS, published 22 August 2024, lists 4 things to improve.");
    expect(a.results[0]?.text).toBe('The timeliness of child protection strategy meetings.');
  });
});

describe('a claim about councils of a grade', () => {
  it('quotes their paragraphs on what the claim names, not the bare list of grades', () => {
    const a = ask('is it true that all inadequate councils have high caseloads?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on high caseloads from the 9 authorities in England rated inadequate overall/);
    expect(a.results[0]?.text).toBe('High caseloads are undermining meaningful work with some children and care leavers.');
    // Grades and visits had stay lists.
    expect(ask('which councils have good grades?').grades?.kind).toBe('list');
    expect(ask('which inadequate councils have more than one visit?').kind?.kind).not.toBe('grade-filtered');
  });
});

describe('more plain wordings read in rounds 112 and 113', () => {
  it('reads "did they improve" after a premise as the grades, not the improvement list', () => {
    const a = ask('Herefordshire was inadequate back in 2022 - did they improve at their latest inspection?');
    expect(a.grades?.kind).toBe('history');
    // From the grade told to now (understand-words.ts, gradeToldIn).
    expect(a.grades?.headline).toBe('Herefordshire: 2 graded inspections since 2022, in date order.');
  });

  it('reads Ofsted popping into a council in a year with no inspection as that year\'s visit', () => {
    const a = ask('what did Ofsted say when they popped into Devon in 2021?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('devon-2021-focused-visit');
  });

  it('gives the overview for a council "in a decent place"', () => {
    expect(kindOf('is Harrow in a good place?')).toBe('overview');
    expect(ask('is Lambeth in a decent place these days?').kind?.headline).toBe("Lambeth's latest graded inspection: Lambeth 2026 ILACS, published 10 March 2026.");
  });

  it('says no report tells what became of an officer, or a placement\'s weekly rate', () => {
    const dcs = ask("Was Halton's DCS sacked after they dropped to inadequate in 2024?");
    expect(dcs.kind?.kind).toBe('cannot-tell');
    expect(dcs.kind?.headline).toMatch(/^The reports do not name Halton's officers or members/);
    const rate = ask("What's Kent's weekly rate for a residential placement?");
    expect(rate.kind?.headline).toBe('The reports do not hold that: they carry no budgets, spending, salaries or pay, or league tables.');
    // What inspectors said of the role stays a paragraph question.
    expect(kindOf("what did Ofsted say about Halton's DCS?")).toBeUndefined();
  });
});

describe('a visit named as Ofsted\'s letter, and the list asked in everyday words', () => {
  it('reads "the Bury letter" and "the last letter to Leeds" as the latest focused visit', () => {
    const bury = ask('what did the Bury letter say?');
    expect(bury.kind?.kind).toBe('focused-visit');
    expect(bury.kind?.visits?.[0]?.reportId).toBe('bury-2020-focused-visit');
    expect(ask('what was in the last letter to Leeds?').kind?.visits?.[0]?.reportId).toBe('leeds-2021-focused-visit');
    // A letter before proceedings is practice, not Ofsted's letter.
    expect(kindOf("what did Bury's report say about the letter before proceedings?")).toBeUndefined();
  });

  it('gives the improvement list for what a council should be working on or was marked down on', () => {
    const hull = ask('what should Hull be working on?');
    expect(hull.kind?.kind).toBe('improvements');
    expect(hull.kind?.headline).toBe("Kingston upon Hull's latest graded inspection, Kingston upon Hull 2026 ILACS, published 18 May 2026, lists 2 things to improve.");
    expect(kindOf('what did inspectors say Hull must do better?')).toBe('improvements');
    expect(ask('what did Stoke get marked down on?').results[0]?.text).toMatch(/^The response to 16- and 17-year-olds who present as homeless\./);
    // A topic after the ask stays paragraphs.
    expect(kindOf('what should Hull be doing about neglect?')).toBeUndefined();
  });
});

describe('what the grades and visits mean, and the best councils', () => {
  it('says the reports apply the grades and kinds of visit but do not define them', () => {
    for (const q of ['what does requires improvement mean?', 'what is a focused visit?', "what's the difference between good and outstanding?", 'what does RI mean?', 'what is ILACS?']) {
      const a = ask(q);
      expect(a.kind?.kind, q).toBe('cannot-tell');
      expect(a.kind?.headline, q).toMatch(/^The reports apply Ofsted's grades and describe each inspection and visit, but do not define them/);
    }
    // Of a council named it asks of the council; a list of councils by grade stays the list.
    expect(ask('what does RI mean for Bury?').grades?.kind).toBe('latest');
    expect(ask('which councils are good?').grades?.kind).toBe('list');
  });

  it('reads "the best councils" as those rated outstanding, and a topic they are strong on as paragraphs from them', () => {
    expect(ask('which councils are the best?').grades?.headline).toBe("43 authorities in England rated outstanding overall, on each authority's latest graded inspection:");
    expect(ask("what's the best council in the north west?").grades?.headline).toBe("1 authority in the North West rated outstanding overall, on each authority's latest graded inspection:");
    for (const q of ['best councils for kinship care', 'which outstanding councils are strong on kinship care?']) {
      expect(ask(q).kind?.headline, q).toMatch(/^Paragraphs on kinship care from the 43 authorities in England rated outstanding overall/);
    }
    // An area's own grade stays the list of that grade; an opinion stays an opinion.
    expect(ask('which councils are outstanding for care leavers?').grades?.headline).toMatch(/^46 authorities in England rated outstanding for care leavers/);
    expect(kindOf("what's the best council to work for?")).toBe('cannot-tell');
  });
});
