/**
 * Question kinds asked in the voices of the sixty-third and sixty-fourth
 * routing rounds (scripts/route-questions.json): foster, kinship and adoptive
 * carers telling their story before the question ("We adopted from Redbridge
 * in 2017. Has Ofsted been in … since then?"), staff writing English as a
 * second language, chat formatting, and students and locums; then (sixty-fifth
 * and sixty-sixth rounds) the formal register of a freedom of information
 * request, hypotheticals, time told by events and staff speaking of their own
 * council as "we"; and (sixty-seventh and sixty-eighth rounds) neighbours
 * named beside the asker's own council, search-box fragments and strong
 * feeling; (sixty-ninth round) comparisons and the inspection's paperwork; and
 * (seventieth and seventy-first rounds) threads, the passive voice, figures
 * and people.
 * Each case is a tuning question the readers learned from,
 * or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { callsTheCouncilOrNothing, callsTheCouncilThey } from '../../src/query/council-pronouns.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('a question after the asker’s story (sixty-third round)', () => {
  it('reads "since then" as from the time the story told, of the council it named', () => {
    const redbridge = ask("We adopted from Redbridge in 2017. Has Ofsted been in to look at their children's services since then, and when?");
    expect(redbridge.kind?.kind).toBe('visit-list');
    expect(redbridge.kind?.headline).toBe('3 Ofsted visits of Redbridge (1 authority), carried out since 2017, latest first:');
    const gateshead = ask("I've been a Gateshead foster carer since 2018 and it feels like inspectors are never there. Have they actually been in since then, and what sort of visits were they?");
    expect(gateshead.kind?.headline).toBe('4 Ofsted visits of Gateshead (1 authority), carried out since 2018, latest first:');
  });

  it('reads "their children’s services" as the council’s, with Ofsted named beside them', () => {
    expect(callsTheCouncilOrNothing("Has Ofsted been in to look at their children's services since then, and when?", true)).toBe(true);
    // Without the time read, "then" may point at anything the scene named.
    expect(callsTheCouncilOrNothing("Has Ofsted been in to look at their children's services since then, and when?")).toBe(false);
    // "They" after Ofsted is Ofsted; "it" may still be a topic the scene named.
    expect(callsTheCouncilThey('Back in spring 2019 Ofsted did a visit about permanence - what did they find?')).toBe(true);
    expect(callsTheCouncilThey('Ofsted looked at it in 2019 - what did they find?')).toBe(false);
  });

  it('reads how often a grade went up, or whether it got off RI, as the grades over time', () => {
    const lambeth = ask("We've fostered for Lambeth since 2015. How many times has their Ofsted rating gone up since then?");
    expect(lambeth.grades?.headline).toBe('Lambeth: 3 graded inspections since 2015, in date order.');
    expect(lambeth.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['lambeth-2015 inadequate', 'lambeth-2018 requires-improvement', 'lambeth-2026 good']);
    const southend = ask('Southend-on-Sea was requires improvement for ages - did it ever get off RI?');
    expect(southend.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['southend-on-sea-2016 requires-improvement', 'southend-on-sea-2019 requires-improvement', 'southend-on-sea-2024 good']);
    // Coming out of a grade at an inspection named is that inspection, not a history.
    expect(ask("correct me if I'm wrong, but Bradford finally came out of inadequate at the January 2026 inspection?").grades?.rows.find((r) => r.area === 'overall')?.reportId).toBe('bradford-2026');
  });

  it('reads councils that "failed their inspection" as those judged inadequate, and "praised" as asking what the reports say', () => {
    const kinship = ask('For the councils that actually failed their inspection, what did Ofsted find about how grandparents and aunties taking the kids in get checked out and helped?');
    expect(kinship.kind?.kind).toBe('grade-filtered');
    expect(kinship.grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
    expect(kindOf('Which of the councils rated good get praised for really listening to parents at child protection meetings?')).toBe('grade-filtered');
    // "Failed to…" is no grade.
    expect(ask('which councils failed to protect children from exploitation?').grades).toBeUndefined();
  });

  it('answers an item told as on the list, and "what else", with the list', () => {
    const rotherham = ask('Rotherham is outstanding 2025, but I think pathway plans still on the must-improve list. Is it, and what else?');
    expect(rotherham.kind?.kind).toBe('improvements');
    expect(rotherham.kind?.headline).toBe("Rotherham's 2025 graded inspection, Rotherham 2025 ILACS, published 16 December 2025, lists 2 things to improve.");
  });

  it('never lets hearsay swallow the question after a dash', () => {
    const southTyneside = ask("My grandson's in care with South Tyneside. I heard their inspection this summer went well - did they get outstanding overall?");
    expect(southTyneside.grades?.headline).toBe("South Tyneside's latest graded inspection: South Tyneside 2026 reformed ILACS, published 4 August 2026.");
  });
});

describe('chat formatting and feelings after the question (sixty-fourth round)', () => {
  it('lists nothing after a visit named by its year, and reads how the asker feels as no part of the question', () => {
    const bromley = ask("has Ofsted actually been back into Bromley since the 2021 visit or has nothing been published? feels like they've gone quiet");
    expect(bromley.kind?.kind).toBe('visit-list');
    expect(bromley.kind?.headline).toBe("0 Ofsted visits of Bromley, carried out after Bromley's 2021 focused visit (which ended 15 September 2021).");
  });

  it('reads "pls" after a grade history as courtesy', () => {
    const banes = ask('B&NES grades over time – SIF onwards pls');
    expect(banes.grades?.headline).toBe('Bath and North East Somerset: 3 graded inspections, in date order.');
  });
});

describe('the formal register and the asker’s own council (sixty-fifth and sixty-sixth rounds)', () => {
  it('reads "I would be grateful for", "Kindly list", "Could you confirm" and "For the avoidance of doubt" as courtesy', () => {
    expect(ask('Kindly list those councils whose focused visit during calendar year 2025 examined services for care leavers.').kind?.headline).toBe(
      '6 focused visits on care leavers (6 authorities), carried out in 2025, latest first:',
    );
    expect(ask("I would be grateful for a summary of Ofsted's October 2022 focused visit to Buckinghamshire concerning care leavers.").kind?.visits?.[0]?.reportId).toBe('buckinghamshire-2022-focused-visit');
    const blackpool = ask(
      'Blackpool received outstanding judgements for leadership, children in care and care leavers at its 2026 inspection. For the avoidance of doubt, I do not require the judgements, only whatever the report says the council still needs to improve.',
    );
    expect(blackpool.kind?.headline).toBe("Blackpool's 2026 graded inspection, Blackpool 2026 reformed ILACS, published 28 July 2026, lists 1 thing to improve.");
    const sunderland = ask(
      'Sunderland has twice been judged outstanding. Could you confirm what inspectors concluded when they carried out a focused visit there in October 2023 on children in need and those subject to a protection plan?',
    );
    expect(sunderland.kind?.visits?.[0]?.reportId).toBe('sunderland-2023-focused-visit');
  });

  it('reads a visit planned for later this year as the future, which no report tells', () => {
    expect(kindOf('I would be grateful for a summary of the findings of the focused visit to Kingston upon Thames planned for later this year.')).toBe('cannot-tell');
  });

  it('reads a grade told with a condition before the question as a premise', () => {
    const suffolk = ask('Suffolk fell from outstanding to requires improvement in 2024 - if they wanted to climb back, which specific things did that report say needed to improve?');
    expect(suffolk.kind?.headline).toBe("Suffolk's 2024 graded inspection, Suffolk 2024 ILACS, published 21 August 2024, lists 7 things to improve.");
  });

  it('reads "our" SIF, signed with the council, as the council’s, and Ofsted that did come back as the past', () => {
    const lambeth = ask("After our 2018 SIF, how many times did Ofsted come back? we've lost count - Lambeth");
    expect(lambeth.kind?.headline).toBe("5 Ofsted visits of Lambeth (1 authority), carried out after Lambeth's 2018 inspection (which ended 22 February 2018), latest first:");
    // The council's own name before the report's year ("since Lambeth's 2018 SIF") dates it the same way.
    expect(ask("how many times has Ofsted been back since Lambeth's 2018 SIF?").kind?.headline).toBe(lambeth.kind?.headline);
  });

  it('names a visit by "risk outside the home", and reads a step down from a year as the grades since', () => {
    const calderdale = ask('How did we come out of the April 2025 visit about children at risk outside the home? (Calderdale)');
    expect(calderdale.kind?.visits?.[0]?.reportId).toBe('calderdale-2025-focused-visit');
    const cheshire = ask('At Cheshire West and Chester, was the 2024 ILACS a step down from 2019?');
    expect(cheshire.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['cheshire-west-and-chester-2019 good', 'cheshire-west-and-chester-2024 requires-improvement']);
  });
});

describe('the asker’s own council beside another, fragments and feeling (sixty-seventh and sixty-eighth rounds)', () => {
  it('reads the council the asker is in as no part of the question when another is named', () => {
    const trafford = ask("our neighbouring authority Trafford (we're over in Salford) — what did Ofsted list as needing to improve after the June 2026 inspection?");
    expect(trafford.kind?.headline).toBe("Trafford's 2026 graded inspection, Trafford 2026 reformed ILACS, published 3 August 2026, lists 9 things to improve.");
    // Named alone, it is the one asked about; "were in" without the asker is no such clause.
    expect(ask("we're in Wokingham - how did our last inspection go?").understood.authorities).toEqual(['Wokingham']);
    expect(ask('inspections that were in Bury and Bolton').understood.authorities).toEqual(['Bury', 'Bolton']);
  });

  it('reads a council set against itself at two years, or a bare direction, as its grades over the span', () => {
    expect(ask('Merton 2022 vs 2025').grades?.headline).toBe('Merton: 2 graded inspections 2022 to 2025, in date order.');
    expect(ask('Darlington up since 2022?').grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['darlington-2022 good', 'darlington-2026 outstanding']);
    expect(ask("North Tyneside's climb").grades?.headline).toBe('North Tyneside: 2 graded inspections, in date order.');
  });

  it('reads "weak spots", "in brief" and "visit count" typed alone', () => {
    expect(kindOf('Essex weak spots')).toBe('improvements');
    expect(kindOf('Dudley in brief')).toBe('overview');
    expect(ask('Shropshire visit count').kind?.headline).toBe('3 focused visits of Shropshire (1 authority), latest first:');
  });

  it('reads "what on earth" as how it is asked, and a grade told tersely as the story', () => {
    const devon = ask('Devon inadequate twice in a row. What on earth are they being told to fix this time round?');
    expect(devon.kind?.headline).toBe("Devon's latest graded inspection, Devon 2024 ILACS, published 13 May 2025, lists 6 things to improve.");
  });
});

describe('comparisons and the inspection’s paperwork (sixty-ninth round)', () => {
  it('reads what Ofsted made of an action plan as unpublished, and "next door" as no future', () => {
    expect(ask('Has Ofsted signed off the action plan Havering had to send in after its December 2023 inadequate?').kind?.headline).toMatch(/^The reports do not hold that: a council's action plan/);
    expect(ask('Slough and Reading are next door to each other - how many Ofsted visits of any kind did each have between 2019 and 2024?').kind?.headline).toBe(
      '8 Ofsted visits of Slough and Reading (2 authorities), carried out from 2019 to 2024, latest first:',
    );
  });

  it('answers what inspectors said of a topic in two councils set against each other with paragraphs, not their grades', () => {
    const compared = ask('Outstanding Hampshire vs outstanding Redbridge - what did inspectors actually say about placement stability for children in care?');
    expect(compared.grades).toBeUndefined();
    expect(new Set(compared.results.slice(0, 2).map((h) => h.authority))).toEqual(new Set(['Hampshire', 'Redbridge']));
  });

  it('reads "what judgements did it end up with" and "where it actually stands" as the council’s', () => {
    expect(ask("Devon's inspection was paused after the first fortnight in October 2024 and inspectors came back in January 2025. What judgements did it end up with?").grades?.rows[0]?.reportId).toBe('devon-2024');
    expect(kindOf("Middlesbrough's had three focused visits and a new-style inspection since 2021 - bring me up to speed on where it actually stands.")).toBe('overview');
  });

  it('lists the councils that moved "good down to requires improvement"', () => {
    const moved = ask('Good down to requires improvement during 2025 - who did that, and was a West Midlands council among them?');
    expect(moved.grades?.headline).toBe('1 authority in the West Midlands declined from good to requires improvement at an inspection published in 2025:');
  });
});

describe('threads, the passive voice, figures and people (seventieth and seventy-first rounds)', () => {
  it('reads improvements "called for" or "identified as requiring improvement" as the list, and "the full sequence of judgements" as the history', () => {
    expect(ask('Which matters were identified as requiring improvement when Barking and Dagenham was inspected in 2023?').kind?.headline).toBe(
      "Barking and Dagenham's 2023 graded inspection, Barking and Dagenham 2023 ILACS, published 4 September 2023, lists 8 things to improve.",
    );
    expect(ask('Could the full sequence of judgements given to Gateshead be set out?').grades?.rows.map((r) => r.reportId)).toEqual(['gateshead-2015', 'gateshead-2019', 'gateshead-2024']);
  });

  it('cannot give a share as it is now, or the DfE adviser’s report', () => {
    expect(kindOf("What percentage of Plymouth's care leavers are NEET at the moment?")).toBe('cannot-tell');
    // A share of councils by grade is counted from the grades.
    expect(kindOf('what percentage of councils are rated good currently?')).not.toBe('cannot-tell');
    expect(kindOf("what did the DfE improvement adviser's latest progress report say about Tameside?")).toBe('cannot-tell');
  });

  it('reads "is X any good?" as the picture', () => {
    expect(kindOf("is Barking and Dagenham any good? mate's been offered a team manager job there")).toBe('overview');
  });
});
