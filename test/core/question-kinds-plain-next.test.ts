/**
 * Plain questions probed beside the 128th to 145th routing rounds
 * (scripts/route-questions.json): what a council should do next, what went
 * well, how many recommendations, what Ofsted looked at in a year, what
 * councils of a grade are good at, what has changed since. Each case was
 * answered as another kind, or is a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('what one council was told to do', () => {
  it('gives the improvement list for "what should Bolton do next?", never advice', () => {
    const a = ask('what should Bolton do next?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Bolton's latest graded inspection, Bolton 2023 ILACS, published 27 October 2023, lists 4 things to improve; a focused visit since added 2 items of its own.");
    expect(a.results[0]?.text).toBe('The quality of child in need and child protection assessments and plans.');
    // Asked of the asker's own next step, it is advice, which no report gives.
    expect(ask('what should we do next?').kind?.kind).toBe('cannot-tell');
  });

  it('reads what to do next after the last inspection as the list, not the next inspection\'s date', () => {
    expect(ask('What does Harrow need to do next after its last inspection?').kind?.headline).toBe(
      "Harrow's latest graded inspection, Harrow 2025 ILACS, published 4 March 2025, lists 8 things to improve.",
    );
  });

  it('reads what to put right before the next inspection as the list, and the next date as unknowable', () => {
    expect(kindOf('what should Bolton improve before the next inspection?')).toBe('improvements');
    expect(kindOf('what does Bolton need to fix before its next ILACS?')).toBe('improvements');
    expect(ask("when is Bolton's next inspection?").kind?.headline).toMatch(/^No report says when Bolton will next be inspected/);
  });

  it('reads the weak spots Ofsted "formally flagged" after a grade told as the list', () => {
    expect(kindOf('Southend got good in 2024, but what weak spots did Ofsted formally flag?')).toBe('improvements');
  });

  it('reads the "next steps" an inspection set as its list, not a question about the future', () => {
    expect(ask("Somerset's 2026 inspection - what were the next steps for them?").kind?.headline).toBe(
      "Somerset's 2026 graded inspection, Somerset 2026 reformed ILACS, published 17 June 2026, lists 8 things to improve.",
    );
  });

  it('reads what is "still not good enough" in a council as its list', () => {
    expect(ask('According to the last report, what is still not good enough in Central Bedfordshire?').kind?.headline).toBe(
      "Central Bedfordshire's latest graded inspection, Central Bedfordshire 2025 ILACS, published 24 April 2025, lists 3 things to improve.",
    );
  });

  it('reads whether a council was told to sort out a topic as its list, that item first', () => {
    const a = ask('Did Bristol get told to sort out initial health assessments at their last inspection?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.results[0]?.text).toBe('The timeliness of initial health assessments for children coming into care.');
    // An item holds every word of the topic, not one of them ("initial" alone is in another item).
    expect(a.kind?.notes).toContain('1 item names initial health assessments, shown first.');
  });

  it('counts the recommendations with the list', () => {
    const a = ask('how many recommendations did Leeds get?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Leeds's latest graded inspection, Leeds 2025 ILACS, published 12 August 2025, lists 2 things to improve.");
    expect(kindOf('how many things did Leeds have to improve?')).toBe('improvements');
    // Whether it improved is its grades.
    expect(ask('did Leeds improve?').grades?.kind).toBe('history');
  });
});

describe('the picture of one council', () => {
  it('gives the overview for "what went well in Leeds\' inspection?", which searched "went" and found nothing', () => {
    const a = ask("what went well in Leeds' inspection?");
    expect(a.kind?.kind).toBe('overview');
    expect(a.results[0]?.text).toMatch(/^Children in Leeds continue to benefit from effective services/);
    // A topic keeps it a paragraph question.
    expect(kindOf('what went well in Leeds with care leavers?')).toBeUndefined();
  });

  it("reads the asker's scene before a comma as the scene, and the question after it", () => {
    const a = ask("just moved to plymouth as adopters, what are the council's childrens services like?");
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Plymouth's latest graded inspection: Plymouth 2024 ILACS, published 15 March 2024.");
  });

  it('reads "how are their children\'s services?" after a scene as of the council the scene named', () => {
    const a = ask("I'm starting as designated nurse in Milton Keynes next month. How are their children's services?");
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Milton Keynes's latest graded inspection: Milton Keynes 2024 ILACS, published 17 December 2024.");
  });

  it('gives the overview for what has happened or changed at a council since its inspection', () => {
    expect(ask('has anything happened in Bury since the inspection?').kind?.headline).toBe("Bury's latest graded inspection: Bury 2025 ILACS, published 29 July 2025.");
    expect(ask('Has anything changed at Stockton-on-Tees since Ofsted said requires improvement in 2023?').kind?.headline).toBe(
      "Stockton-on-Tees's latest graded inspection: Stockton-on-Tees 2023 ILACS, published 9 May 2023.",
    );
    // Whether its grade changed is its grades.
    expect(ask("has Kent's grade changed?").grades?.kind).toBe('history');
  });

  it('reads a move asked of the last inspection as the grades, though "go" and "up" are the picture\'s words too', () => {
    const a = ask('did york go up or down at their last inspection?');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.headline).toBe('York: 3 graded inspections, in date order.');
    expect(kindOf("how did York's last inspection go?")).toBe('overview');
  });

  it('reads "is it better now?" after a grade of a year as the history', () => {
    const a = ask('Sefton was inadequate in 2022, is it better now?');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.headline).toBe('Sefton: 2 graded inspections since 2022, in date order.');
    expect(ask('is it better than Leeds?').grades?.kind).not.toBe('history');
  });
});

describe('what Ofsted looked at in a year', () => {
  it('is that year\'s letter where no inspection was that year', () => {
    const a = ask('what did Ofsted look at in Barnsley in 2023?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.headline).toMatch(/^Barnsley's 2023 focused visit \(Barnsley 2023 focused visit\), on care leavers/);
    expect(a.results[0]?.text).toBe("Inspectors looked at the local authority's arrangements for care leavers.");
    // In a year of an inspection, it is the inspection's paragraphs.
    expect(kindOf('what did Ofsted look at in Kent in 2025?')).not.toBe('focused-visit');
  });
});

describe("a topic that is the theme of the letter of the time Ofsted came", () => {
  it('is that visit', () => {
    const a = ask("How was Suffolk's front door when Ofsted checked it in 2025?");
    expect(a.kind?.headline).toMatch(/^Suffolk's 2025 focused visit \(Suffolk 2025 focused visit\), on the front door/);
    expect(kindOf('what did Ofsted say about the front door when they came to Dudley in 2025?')).toBe('focused-visit');
    // Ofsted visiting in a month, or going back in a year to check on the theme.
    expect(kindOf('How were care leavers doing in Knowsley when Ofsted visited in January 2024?')).toBe('focused-visit');
    // The council's work on the theme is the theme.
    expect(kindOf("What did Ofsted say when they looked at Calderdale's exploitation work in 2025?")).toBe('focused-visit');
  });

  it('stays a topic where that letter was on something else, a detail is asked, or the theme is typed first', () => {
    // Dudley's 2024 letter was on placements for older children.
    expect(kindOf('what did Ofsted say about the front door when they came to Dudley in 2024?')).toBeUndefined();
    expect(kindOf("what did Ofsted say about the front door's waiting times when they came to Dudley in 2025?")).toBeUndefined();
    expect(kindOf('front door Halton focused visit 2022')).toBeUndefined();
  });
});

describe('councils of a grade', () => {
  it('quotes the summaries for what outstanding councils are good at, and inadequate ones bad at', () => {
    const good = ask('what are outstanding councils good at?');
    expect(good.kind?.kind).toBe('grade-filtered');
    expect(good.kind?.headline).toMatch(/^Summary paragraphs of the 43 authorities in England rated outstanding overall/);
    expect(kindOf('what are inadequate councils bad at?')).toBe('grade-filtered');
    // A topic after it narrows them.
    expect(ask('what are outstanding councils good at with care leavers?').kind?.headline).toMatch(/^Paragraphs on care leavers from the 43 authorities/);
  });

  it('quotes what inspectors said in councils of two grades, asked to compare it', () => {
    const a = ask('Compare what inspectors said about housing for care leavers in outstanding councils versus inadequate ones.');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on housing from the 50 authorities in England rated outstanding or inadequate for care leavers/);
  });

  it('quotes their paragraphs on what they "don\'t have enough" of', () => {
    expect(kindOf("Are there outstanding councils that still don't have enough foster homes?")).toBe('grade-filtered');
  });

  it('quotes their paragraphs on something done "too much"', () => {
    const a = ask('which of the inadequate councils had kids being moved from home to home too much?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(ask('which inadequate councils have had too many inspections?').kind?.kind).not.toBe('grade-filtered');
  });
});

describe('a grade told, then now asked', () => {
  it('shows the grades from the year told to now for "Knowsley was RI in 2021. What is it now?"', () => {
    const a = ask('Knowsley was RI in 2021. What is it now?');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.headline).toBe('Knowsley: 2 graded inspections since 2021, in date order.');
    expect(ask('Sefton was inadequate in 2022, are they still?').grades?.kind).toBe('history');
    // Asked of now alone, it is the latest grade.
    expect(ask('what is Knowsley rated now?').grades?.kind).toBe('latest');
  });

  it('reads going down at the last inspection, or losing a grade, as a move', () => {
    expect(ask('Did Warwickshire go down at its last inspection?').grades?.headline).toBe('Warwickshire: 3 graded inspections, in date order.');
    expect(ask('Did Cornwall lose its outstanding at the last inspection?').grades?.headline).toBe('Cornwall: 3 graded inspections, in date order.');
  });

  it('reads a jump, or a grade "not any more", as a move of grade', () => {
    expect(ask("York jumped a lot at their last inspection didn't they?").grades?.kind).toBe('history');
    // It searched "more" and answered with no paragraph.
    expect(ask("Kent's not outstanding any more, is it?").grades?.headline).toBe('Kent: 4 graded inspections, in date order.');
  });

  it('gives the overview for "where are they now?" after a grade told', () => {
    expect(ask('Liverpool were inadequate in 2023, where are they now?').kind?.headline).toBe("Liverpool's latest graded inspection: Liverpool 2026 reformed ILACS, published 7 July 2026.");
  });

  it('gives the overview for a council "in a bad way", and for its latest grade "and has anything happened since"', () => {
    expect(kindOf('Is Knowsley in a bad way?')).toBe('overview');
    expect(kindOf("Devon - what's the latest grade and has anything happened since?")).toBe('overview');
  });

  it('gives the overview for a grade "and anything since"', () => {
    // It searched "anything" and answered with no paragraph.
    expect(ask("Birmingham's grade and anything since?").kind?.headline).toBe("Birmingham's latest graded inspection: Birmingham 2023 ILACS, published 18 April 2023.");
  });

  it('answers with the list after a grade told, when the list is what the last question asks', () => {
    const a = ask('Cheshire West has gone down to requires improvement. What do they have to change?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toMatch(/^Cheshire West and Chester's latest graded inspection, Cheshire West and Chester 2024 ILACS, published 28 August 2024, lists 7 things to improve/);
    expect(ask('Cheshire West has gone down to requires improvement. Has it improved since?').grades?.kind).toBe('history');
  });
});

describe('moves across councils', () => {
  it('reads a grade held at both of the last two ILACS inspections', () => {
    const a = ask('Which LAs held outstanding at both of their last two ILACS inspections?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('15 authorities rated outstanding at their previous graded inspection are rated outstanding now:');
  });

  it('reads moves "from one inspection to the next" as moves, not a question about the next inspection', () => {
    expect(kindOf('Which councils have gone from good to inadequate from one inspection to the next?')).toBe('grade-change');
  });

  it('reads a grade "at two ILACS inspections in a row" as one held', () => {
    expect(kindOf('Which councils were judged inadequate at two ILACS inspections in a row?')).toBe('grade-change');
  });

  it('reads a terse "inadequate to good in 2025?" as the moves published that year', () => {
    expect(ask('inadequate to good in 2025?').kind?.headline).toBe(
      '3 authorities rated inadequate at their previous graded inspection were rated good at an inspection published in 2025:',
    );
    expect(kindOf('Inadequate to good moves in reports published in 2025?')).toBe('grade-change');
  });
});

describe('visits before an inspection', () => {
  it('lists the visits before the inspection named, not those of its year', () => {
    const a = ask('did Kent have any focused visits before their big 2022 inspection?');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.headline).toBe("1 focused visit of Kent (1 authority), carried out before Kent's 2022 inspection (which began 9 May 2022), latest first:");
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['kent-2019-focused-visit']);
  });

  it('reads a fact recalled after the question ("…I think") as the scene, not what is asked', () => {
    const a = ask("Cheshire West - what was on Ofsted's to-do list in 2024? Homeless 16/17s was on there I think");
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Cheshire West and Chester's 2024 graded inspection, Cheshire West and Chester 2024 ILACS, published 28 August 2024, lists 7 things to improve.");
  });

  it('reads whether an inspection told a council to fix a topic as its list, the items on it first', () => {
    const a = ask("Did Halton's 2024 inspection tell them to fix anything on care leavers?");
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.notes).toContain('2 items name care leavers, shown first.');
  });
});

describe("a council's visit, named as its own", () => {
  it('reads "Sandwell\'s visit" as its latest letter: its positives, whether it was on a theme, what it said to improve', () => {
    const positives = ask("what were the positives from Sandwell's visit?");
    expect(positives.kind?.kind).toBe('focused-visit');
    expect(positives.kind?.visits?.[0]?.reportId).toBe('sandwell-2025-focused-visit');
    // Whether it was on care leavers: the visit answers, naming its own theme (children in need).
    const theme = ask("was Sandwell's visit about care leavers?");
    expect(theme.kind?.headline).toMatch(/^Sandwell's latest focused visit \(Sandwell 2025 focused visit\), on children in need or subject to a protection plan/);
    // Its own list, not the October 2025 inspection's.
    expect(ask('what needed improving at the Sandwell visit?').kind?.headline).toBe("Sandwell's latest focused visit (Sandwell 2025 focused visit), published 20 May 2025, lists 4 things to improve.");
    expect(ask('what does Sandwell need to improve?').kind?.headline).toMatch(/^Sandwell's latest graded inspection, Sandwell 2025 ILACS/);
  });
});

describe('lists across councils', () => {
  it('ranks councils by how many focused visits they had, most first, and says who had most', () => {
    const a = ask('which councils have had the most focused visits?');
    expect(a.kind?.headline).toBe('341 focused visits (152 authorities), by council, most first:');
    expect(a.kind?.notes?.[0]).toBe('Most: Luton, Middlesbrough, North Somerset, Wokingham (5 each); then Derbyshire 4, Doncaster 4, Dudley 4, Kingston upon Hull 4, Lambeth 4.');
    expect(a.kind?.visits?.slice(0, 5).map((v) => v.authority)).toEqual(['Luton', 'Luton', 'Luton', 'Luton', 'Luton']);
    // Without "most", the list is latest first.
    expect(ask('which councils have had focused visits?').kind?.headline).toMatch(/, latest first:$/);
  });

  it('lists the newest reports for "what\'s the newest report?", which searched nothing and found nothing', () => {
    const a = ask("what's the newest report?");
    expect(a.kind?.kind).toBe('visit-list');
    // The reports of recent months, not all 773.
    expect(a.kind?.headline).toMatch(/^\d+ reports \(\d+ authorities\), carried out recently \(read as the six months to 20 August 2026, the newest I hold\), latest first:$/);
    // Latest carried out first, as every list is.
    const starts = (a.kind?.visits ?? []).slice(0, 20).map((v) => v.inspectionStart ?? '');
    expect(starts).toEqual([...starts].sort().reverse());
  });
});

describe('two councils', () => {
  it('compares two councils asked "which is better…?", but not which is better to work for', () => {
    const a = ask('which is better, Hull or York?');
    expect(a.grades?.kind).toBe('compare');
    expect(a.grades?.headline).toBe('Kingston upon Hull and York: the latest graded inspection of each, overall effectiveness grade.');
    expect(ask('which is better to work for, Hull or York?').grades?.kind).not.toBe('compare');
    expect(ask("Doncaster, Rotherham, Barnsley - who's rated best?").grades?.headline).toBe(
      'Doncaster, Rotherham and Barnsley: the latest graded inspection of each, overall effectiveness grade.',
    );
  });

  it('reads councils "better at" a topic as practice, not as councils whose grade went up', () => {
    expect(kindOf('which councils are better at care leavers?')).not.toBe('grade-change');
    expect(kindOf('which councils are rated higher at their latest inspection?')).toBe('grade-change');
  });

});

describe('what the reports do not hold', () => {
  it("says a council's schools' own inspections are not in these reports", () => {
    expect(kindOf("How did Rutland's schools do in their latest Ofsted inspections?")).toBe('cannot-tell');
    expect(kindOf('how did the virtual schools do in the Ofsted inspections?')).not.toBe('cannot-tell');
  });

  it("says how to deal with a council, and how Ofsted grades, are not in the reports", () => {
    for (const q of ["how do I complain about Bury children's services?", 'how do I become a foster carer in Bury?']) {
      expect(ask(q).kind?.headline, q).toMatch(/^The reports do not say how to deal with a council/);
    }
    expect(kindOf('how does Ofsted grade councils?')).toBe('cannot-tell');
    expect(kindOf('what are the four grades?')).toBe('cannot-tell');
    // How a council handles complaints is what inspectors found.
    expect(kindOf('how does Bury handle complaints?')).toBeUndefined();
  });

  it('gives no advice on escalating a live case, or on which council suits the asker', () => {
    expect(kindOf('Social worker in Tameside keeps missing core groups - should I escalate straight to the head of service?')).toBe('cannot-tell');
    expect(kindOf('Which council would be better for my placement, Leeds or Kirklees?')).toBe('cannot-tell');
    expect(kindOf('Should our school spend pupil premium plus on tutoring or mentoring?')).toBe('cannot-tell');
    expect(kindOf('should our charity bid for the family hubs contract in Hull?')).toBe('cannot-tell');
    expect(kindOf('Should we foster for Essex or go with an agency?')).toBe('cannot-tell');
  });

  it("says a council's spending is not in the reports, though what inspectors said of it is asked apart", () => {
    expect(kindOf("What's Halton's agency spend this financial year?")).toBe('cannot-tell');
    expect(kindOf("what did Ofsted say about Halton's agency spend?")).not.toBe('cannot-tell');
  });

  it("says the police inspectorate's findings are not in these reports", () => {
    expect(ask('What did the police inspectorate say about child exploitation in Oldham?').kind?.headline).toMatch(/^I hold only Ofsted's inspections of children's services/);
    expect(kindOf('what did HMICFRS find in Oldham?')).toBe('cannot-tell');
  });
});
