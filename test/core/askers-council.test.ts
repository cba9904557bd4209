/**
 * The asker's own council named beside the council asked about
 * (src/query/askers-council.ts): the answer is about the other council,
 * never a comparison nobody asked for.
 */
import { describe, expect, it } from 'vitest';
import { withoutAskersCouncil } from '../../src/query/askers-council.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe("the asker's own council", () => {
  it('is blanked from the text where it is named as where the asker is', () => {
    // Blanked in place, so every position in the text stays where it was.
    const blanked = withoutAskersCouncil("how's Halton getting on? we're next door in Warrington");
    expect(blanked?.trim()).toBe("how's Halton getting on?");
    expect(blanked).toHaveLength("how's Halton getting on? we're next door in Warrington".length);
    expect(withoutAskersCouncil("I'm at Warrington, what did Halton get?")?.trim()).toBe(', what did Halton get?');
    expect(withoutAskersCouncil('what did Halton get?')).toBeNull();
  });

  it('is not asked about when another council is', () => {
    const bradford = ask("has Bradford moved up from inadequate since the 2022 inspection? we're Calderdale");
    expect(bradford.grades?.kind).toBe('history');
    expect(bradford.grades?.rows.map((r) => `${r.reportId}:${r.grade}`)).toEqual(['bradford-2022:inadequate', 'bradford-2026:requires-improvement']);
    expect(ask("I'm at Warrington, what did Halton get?").grades?.headline).toBe("Halton's latest graded inspection: Halton 2024 ILACS, published 12 July 2024.");
    expect(kindOf("how's Halton getting on overall? they're our neighbours in Warrington")).toBe('overview');
  });

  it('is read when it is the only council named', () => {
    expect(ask("we're in Stockport - what grade did we get?").grades?.headline).toMatch(/^Stockport's latest graded inspection/);
  });
});

describe('agencies inspected apart, money, and a visit typed as a search', () => {
  it('says a fostering agency\'s grade and an overspend are not in the reports', () => {
    expect(ask("what ofsted grade did Achieving for Children's fostering agency get?").kind?.headline).toMatch(/not of schools, nurseries, colleges, children's homes or fostering and adoption agencies/);
    expect(kindOf("what's Slough Children First's overspend this year?")).toBe('cannot-tell');
    expect(kindOf("what did Ofsted say about Bury's fostering service?")).toBeUndefined();
  });

  it('reads a letter\'s printed theme typed straight after its date as naming that visit', () => {
    const a = ask('Herts "focused visit" July 2021 "extra-familial harm"');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('hertfordshire-2021-focused-visit');
  });
});

describe('more plain wordings (rounds 124 and 125)', () => {
  it('reads councils of a grade named first, "worse off now than at the 2020 inspection", and whether Ofsted inspected a council in a year', () => {
    expect(ask('in councils that require improvement, are disabled children being seen and listened to?').kind?.headline).toMatch(
      /^Paragraphs on disabled seen listened from the 30 authorities in England rated requires improvement overall/,
    );
    expect(ask('are children in Harrow worse off now than at the 2020 inspection?').grades?.headline).toBe('Harrow: 2 graded inspections since 2020, in date order.');
    expect(ask('Did Ofsted inspect Kirklees in 2016?').kind?.headline).toBe('1 inspection of Kirklees (1 authority), carried out in 2016, latest first:');
    expect(kindOf('is Havering still inadequate, and has anything happened there since?')).toBe('overview');
    expect(ask('how did ofsted rate life for children in care in Swindon last time?').grades?.kind).toBe('latest');
  });
});

describe('a fact recalled after the question and checked with a tag', () => {
  it('reads the question before it alone', () => {
    const a = ask("How are Luton getting on now? They were inadequate a few years ago weren't they");
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toMatch(/^Luton's latest graded inspection: Luton 2026 ILACS/);
  });
});

describe('the council called "there" after a scene naming it', () => {
  it('reads "how are things there now?" as of that council', () => {
    expect(ask('Our new DCS has come over from Herefordshire. How are things there now?').kind?.headline).toMatch(/^Herefordshire's latest graded inspection/);
    // "Is there…" is no place.
    expect(kindOf('I used to work in Bury. Is there a focused visit this year?')).not.toBe('overview');
  });
});
