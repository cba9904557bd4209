/**
 * Plain questions probed beside the 146th routing round and after
 * (scripts/route-questions.json): councils "not good enough" or "failing",
 * what the last inspection found, when Ofsted last checked something, a
 * council's timeline, whether to copy another council, grades kept or got
 * out of, and a visit named by what it looked at. Each case was answered as
 * another kind, or is a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer, paragraphsAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const paragraphsFor = paragraphsAnswer(ask);

describe('councils named by a grade said plainly', () => {
  it('lists the councils below good for "which councils are not good enough?"', () => {
    const a = ask('which councils are not good enough?');
    expect(a.grades?.kind).toBe('list');
    expect(a.grades?.headline).toBe("39 authorities in England rated less than good overall, on each authority's latest graded inspection:");
    // Of one council it is that council's grade; with a topic, the grade of that area.
    expect(ask('is Bury not good enough?').grades?.kind).toBe('latest');
    expect(ask('which councils are not good enough at care leavers?').grades?.headline).toMatch(/^46 authorities in England rated less than good for care leavers/);
  });

  it('lists the inadequate councils for "which councils are failing?", and leaves failing at something a topic', () => {
    expect(ask('which councils are failing?').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
    expect(ask('which LAs are failing children?').grades?.kind).toBe('list');
    expect(paragraphsFor('which councils are failing care leavers on housing?')).toBe(true);
  });
});

describe('one council as a whole', () => {
  it('gives the picture for what the last inspection found, and paragraphs for what it found on a topic', () => {
    const a = ask('what did the last Salford inspection find?');
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Salford's latest graded inspection: Salford 2023 ILACS, published 12 January 2024.");
    expect(paragraphsFor('what did the last Salford inspection say about care leavers?')).toBe(true);
  });

  it('reads "tell me about Kent\'s care leavers" as paragraphs on them, not the picture', () => {
    const a = ask("tell me about Kent's care leavers");
    expect(a.kind).toBeUndefined();
    expect(a.results[0]?.citation).toMatch(/^Kent 2025 ILACS, ¶/);
    expect(a.results[0]?.text).toMatch(/care leavers/);
    // Beside the picture asked for in so many words, care leavers stay part of it.
    expect(kindOf('how is Walsall doing? bit interested in care leavers')).toBe('overview');
  });

  it('reads "where are they at with Ofsted?" after the asker\'s own scene as the picture', () => {
    const a = ask('starting as an IRO in Reading in a few weeks, where are they at with Ofsted?');
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Reading's latest graded inspection: Reading 2024 ILACS, published 12 July 2024.");
  });
});

describe('when Ofsted last looked', () => {
  it('lists the visits on a theme for when it was last looked at or checked', () => {
    expect(ask('When was the front door last looked at in Middlesbrough?').kind?.headline).toBe('2 focused visits on the front door of Middlesbrough (1 authority), latest first:');
    expect(ask("When did Ofsted last check Peterborough's front door?").kind?.headline).toBe('1 focused visit on the front door of Peterborough (1 authority), latest first:');
  });

  it('lists every visit for when Ofsted last checked on the council, and for a timeline of all its Ofsted stuff', () => {
    expect(ask("when did ofsted last check on Oldham children's services?").kind?.headline).toBe('5 Ofsted visits of Oldham (1 authority), latest first:');
    expect(ask('north somerset timeline, all their ofsted stuff').kind?.headline).toBe('8 Ofsted visits of North Somerset (1 authority), latest first:');
    // A timeline of one kind stays of that kind.
    expect(ask('Bury focused visit timeline').kind?.headline).toBe('3 focused visits of Bury (1 authority), latest first:');
    expect(ask("timeline of Bury's inspections").kind?.headline).toBe('3 inspections of Bury (1 authority), latest first:');
  });
});

describe('a visit named by what it looked at', () => {
  it('lists the visits for whether a council had a themed visit since an inspection', () => {
    const a = ask('Has Bristol had a front door visit since its 2023 inspection?');
    expect(a.kind?.kind).toBe('visit-list');
  });

  it('answers with the visit of a year named with Ofsted, about its theme in the letter\'s own words', () => {
    expect(kindOf('Please could you tell me what the 2018 Ofsted visit to Solihull about care leavers and asylum-seeking children found?')).toBe('focused-visit');
  });

  it('reads the question after an essay named as the asker\'s scene', () => {
    expect(kindOf('For my essay on contextual safeguarding, what did the Hounslow focused visit on extra-familial risk in July 2021 say?')).toBe('focused-visit');
  });

  it('answers with the visit whose theme the question names, with the letter\'s own words for it', () => {
    const hull = ask("what did ofsted find about older children's placements in Hull at the visit in summer 2025");
    expect(hull.kind?.kind).toBe('focused-visit');
    expect(hull.kind?.headline).toMatch(/^Kingston upon Hull's 2025 focused visit \(Kingston upon Hull 2025 focused visit\), on placement decision-making for older children/);
    expect(kindOf('What did Ofsted say when they visited Solihull in 2018 about care leavers and unaccompanied asylum seeking children?')).toBe('focused-visit');
    expect(kindOf('What did inspectors say about how Essex handles pre-proceedings and letters before proceedings when they visited in January 2025?')).toBe('focused-visit');
  });
});

describe('grades kept, got out of, or never other', () => {
  it('reads councils that managed to keep a grade as the grade held', () => {
    const a = ask('Which councils managed to keep their outstanding grade at the last inspection?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('15 authorities rated outstanding at their previous graded inspection are rated outstanding now:');
    // How they kept it asks what reports say.
    expect(kindOf('how do councils keep their outstanding grade?')).not.toBe('grade-change');
  });

  it('reads whether a council got out of a grade told with its year as its grades since then', () => {
    expect(ask('sefton were inadequate in 2022, did they get out of it yet?').grades?.headline).toBe('Sefton: 2 graded inspections since 2022, in date order.');
    expect(ask('Bury went inadequate in 2021 - did they turn it around?').grades?.headline).toBe('Bury: 2 graded inspections since 2021, in date order.');
  });

  it('lists the councils given a grade at every graded inspection for "always", saying where that is one inspection', () => {
    const a = ask('which councils have been outstanding at every inspection?');
    expect(a.grades?.headline).toBe('7 authorities in England rated outstanding overall, on every graded inspection (the latest is shown):');
    expect(a.grades?.rows.map((r) => r.authority)).toContain('North Yorkshire');
    expect(a.grades?.notes).toContain('East Sussex, Hammersmith and Fulham, Kensington and Chelsea, Richmond upon Thames have only one inspection in this index that graded overall effectiveness, so "every" is that one.');
    // Devon was judged inadequate in 2020 and 2024; Derby, outstanding now, was not always.
    const inadequate = ask('which councils have always been inadequate?').grades;
    expect(inadequate?.rows.map((r) => r.authority)).toEqual(['Devon', 'South Tyneside']);
    expect(ask('has any council been outstanding every time?').grades?.rows.map((r) => r.authority)).not.toContain('Derby');
  });

  it('reads a council "in a better place than at" an inspection as its grades since, and "in a better place now" as the picture', () => {
    expect(ask('Is Tameside in a better place than at the 2019 ILACS?').grades?.headline).toBe('Tameside: 2 graded inspections since 2019, in date order.');
    expect(kindOf('Is Tameside in a better place now?')).toBe('overview');
  });

  it('reads "ever been anything other than RI" as the history', () => {
    expect(ask('has rochdale ever been anything other than ri').grades?.headline).toBe('Rochdale: 3 graded inspections, in date order.');
  });
});

describe('councils of a grade and what inspectors said', () => {
  it('reads which councils of a grade have had problems with something as paragraphs from those councils', () => {
    const a = ask('Which inadequate councils have had problems with social workers leaving and high caseloads?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on .*caseloads.* from the 9 authorities in England rated inadequate overall/);
  });
});

describe('advice', () => {
  it('says it gives no advice on whether to copy another council', () => {
    expect(kindOf('Should Hull copy how Leeds runs family group conferences?')).toBe('cannot-tell');
    expect(kindOf('Should our virtual school copy the way Hammersmith and Fulham do things?')).toBe('cannot-tell');
    // What the council does is still paragraphs.
    expect(paragraphsFor('how does Leeds run family group conferences?')).toBe(true);
  });
});

describe('the best, the worst and shares', () => {
  it('reads the best and worst council as the top and bottom grades, but the best LADO as a topic', () => {
    expect(ask('which council is the best?').grades?.headline).toBe("43 authorities in England rated outstanding overall, on each authority's latest graded inspection:");
    expect(ask('which council is the worst?').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
    expect(ask('who got the best grades in 2025?').grades?.headline).toBe('19 authorities in England rated outstanding overall, on any graded inspection from 2025 (the latest such is shown):');
    expect(paragraphsFor('which LADO is the best?')).toBe(true);
  });

  it('gives the percentage when a share is asked, and only then', () => {
    expect(ask('what percentage of councils are outstanding?').grades?.headline).toBe(
      "43 of the 142 authorities in England with an overall effectiveness grade are rated outstanding, on each authority's latest graded inspection. That is 30%.",
    );
    expect(ask('how many councils are outstanding?').grades?.headline).not.toMatch(/%/);
  });
});

describe('one council\'s grades over time', () => {
  it('reads "is Bury better now?", coming out of a grade, and the record over the years as the history', () => {
    expect(ask('is Bury better now?').grades?.headline).toBe('Bury: 3 graded inspections, in date order.');
    expect(ask('has Bradford come out of inadequate?').grades?.headline).toBe('Bradford: 4 graded inspections, in date order.');
    expect(ask("Can I see Sandwell's ofsted ratings over the years").grades?.headline).toBe('Sandwell: 5 graded inspections, in date order.');
    expect(ask("whats walsall's track record been like with ofsted over the years?").grades?.headline).toBe('Walsall: 3 graded inspections, in date order.');
    // The track record alone is still the picture.
    expect(kindOf("what's Walsall's Ofsted track record?")).toBe('overview');
  });

  it('reads how Ofsted judged an area at an inspection as that grade, and an ungraded service as paragraphs', () => {
    expect(ask('How did Ofsted judge care leavers in Medway at the July 2023 inspection?').grades?.headline).toBe(
      "Medway's latest graded inspection as at 31 July 2023: Medway 2023 ILACS, published 11 September 2023.",
    );
    // Early help has no grade of its own: what inspectors said answers.
    expect(paragraphsFor("is Thurrock's early help any good?")).toBe(true);
  });
});

describe('Ofsted\'s visits since', () => {
  it('lists every kind after the inspection for "a visit since", not the inspection itself', () => {
    expect(ask('has Bradford had a visit since its inspection?').kind?.headline).toBe(
      "0 Ofsted visits of Bradford, carried out after Bradford's 2026 inspection, its latest graded (which ended 23 January 2026).",
    );
    expect(ask('has Bury had a visit since its 2021 inspection?').kind?.headline).toBe(
      "1 Ofsted visit of Bury (1 authority), carried out after Bury's 2021 inspection (which ended 5 November 2021), latest first:",
    );
  });

  it('lists the inspections for how long ago a council was inspected', () => {
    expect(ask('how long ago was Bradford inspected?').kind?.headline).toBe('4 inspections of Bradford (1 authority), latest first:');
  });

  it('gives the picture for a council\'s most recent Ofsted visit named alone, and before the asker\'s own meeting', () => {
    expect(kindOf("Bury's most recent Ofsted visit")).toBe('overview');
    expect(kindOf('Anything I should know about North Somerset before my first panel?')).toBe('overview');
  });

  it('answers with the letter of a year when it was all Ofsted sent then and its theme is the topic', () => {
    expect(ask('what did ofsted say about early help in Camden back in 2018?').kind?.headline).toMatch(/^Camden's 2018 focused visit \(Camden 2018 focused visit\), on children who need help and protection; transfers to and from early help services/);
    // Camden's 2018 letter was not on the LADO: that stays a topic.
    expect(paragraphsFor('what did ofsted say about the LADO in Camden in 2018?')).toBe(true);
  });
});

describe('names and scenes', () => {
  it('says the reports name no head of a service', () => {
    expect(ask("who's the head of early help at Salford now? need to email them about a referral").kind?.headline).toMatch(/^The reports do not name Salford's officers or members/);
  });

  it('reads the question after the asker\'s own plans as the question', () => {
    expect(kindOf("We're starting a foster carer recruitment push in Halton, what state are their children's services in at the moment?")).toBe('overview');
    expect(ask('how do the outstanding councils handle return home interviews? want to compare with what our LA does').kind?.kind).toBe('grade-filtered');
  });
});

describe('what a council does well', () => {
  it('leans the paragraphs towards praise for "do well", and gives the picture when nothing else is asked', () => {
    const kent = ask('what does Kent do well for care leavers?');
    expect(kent.results[0]?.citation).toBe('Kent 2025 ILACS, ¶41');
    expect(kent.results[0]?.text).toMatch(/^Care leavers are supported to maintain links/);
    // "Well" is read for its leaning only: no report is said to lack it.
    expect(kent.kind).toBeUndefined();
    // Asked the other way, the criticism comes first.
    expect(ask('what does Kent do badly for care leavers?').results[0]?.text).toMatch(/lack the necessary curiosity/);
    expect(kindOf('what does Leeds do well?')).toBe('overview');
  });
});

describe('a grade of a year that no longer holds', () => {
  it('lists the councils that were outstanding in a year and are not now, set against the grade in force then', () => {
    const a = ask("Any councils that were outstanding back in 2019 that aren't anymore?");
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('2 authorities declined from outstanding since 2019:');
    expect(a.grades?.rows.map((r) => r.authority)).toEqual(expect.arrayContaining(['Cornwall', 'Suffolk']));
    expect(ask('which councils were inadequate in 2018 but not any more?').kind?.headline).toBe('19 authorities improved from inadequate since 2018:');
  });
});

describe('more plain wordings', () => {
  it('reads what inspectors gave a council for an area as its grade', () => {
    expect(ask('What did inspectors give Derby for leadership last time?').grades?.kind).toBe('latest');
  });

  it('reads a topic in councils of a grade as paragraphs from them', () => {
    expect(ask('are SGOs slow in councils that require improvement?').kind?.kind).toBe('grade-filtered');
  });

  it('says what it cannot tell: allowances paid, hypothetical grades, whether a grade was deserved, school choice', () => {
    expect(ask('how much SGO allowance does Wigan pay a week?').kind?.headline).toBe('The reports do not hold that: they carry no budgets, spending, salaries or pay, or league tables.');
    expect(kindOf('What would Bolton get if they were inspected under the new 2026 framework?')).toBe('cannot-tell');
    expect(kindOf("Is Thurrock's outstanding grade actually deserved?")).toBe('cannot-tell');
    expect(kindOf('Should I send my child to a school in Knowsley?')).toBe('cannot-tell');
  });

  it('reads "what about" a practice word as paragraphs, and "what about" a council alone as the picture', () => {
    expect(paragraphsFor('what about supervision in Croydon?')).toBe(true);
    expect(kindOf('what about Croydon?')).toBe('overview');
  });

  it('reads the question after a carer\'s own scene, and "how\'s the council doing?" as the picture', () => {
    expect(kindOf("we're special guardians in Sefton, how's the council doing?")).toBe('overview');
  });

  it('answers with the visit for a theme in the letter\'s own words and ages, and for Ofsted "in" at a time', () => {
    expect(kindOf('What did the 2024 focused visit to Newham conclude about 16- and 17-year-olds in care and care leavers?')).toBe('focused-visit');
    expect(kindOf('trafford had ofsted in about care leavers in summer 2024, how did it go?')).toBe('focused-visit');
  });
});

describe('out of a grade, held running, and set against a year', () => {
  it('reads whether a council is out of a grade, or got out of it after a grade told, as its history', () => {
    expect(ask('is Bradford finally out of inadequate?').grades?.headline).toBe('Bradford: 4 graded inspections, in date order.');
    expect(ask('Bradford were inadequate twice running - have they finally got out of it?').grades?.headline).toBe('Bradford: 4 graded inspections, in date order.');
    expect(ask('Is Devon still inadequate, same as in 2020?').grades?.headline).toBe('Devon: 2 graded inspections since 2020, in date order.');
  });

  it('reads a grade held "twice running" as held, not a topic', () => {
    expect(ask('which councils were inadequate twice running?').kind?.kind).toBe('grade-change');
  });
});

describe('councils of a grade said by place, and what they mention', () => {
  it('reads "the councils Ofsted rates top" as outstanding, and what outstanding councils mention as their paragraphs', () => {
    const a = ask('How do the councils Ofsted rates top handle mental health support for care leavers?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on mental health support from the 46 authorities in England rated outstanding for care leavers/);
    expect(ask('which outstanding councils mention youth justice?').kind?.kind).toBe('grade-filtered');
  });
});

describe('when a council last had a visit, and children counted now', () => {
  it('lists the visits for when a council last had one', () => {
    expect(ask('When did Kent last have a focused visit on its front door?').kind?.headline).toBe('2 focused visits on the front door of Kent (1 authority), latest first:');
    // What the visit found is still the visit's.
    expect(kindOf("what did Kent's last focused visit find?")).toBe('focused-visit');
  });

  it('says no report counts children as they are today, but counts councils by grade now', () => {
    expect(ask('how many 16 and 17 year olds are in B&B in Luton right now?').kind?.headline).toMatch(/^No report can give Luton's figures as they are today/);
    expect(ask('how many councils are outstanding right now?').grades?.kind).toBe('count');
  });
});

describe('a fifth set of plain wordings', () => {
  it('gives the picture for the latest from Ofsted, what happened in a council, and its grade beside how it is getting on', () => {
    expect(kindOf("what's the latest from Ofsted on Leeds?")).toBe('overview');
    expect(kindOf('what happened in Leeds?')).toBe('overview');
    expect(paragraphsFor('what happened with the LADO in Leeds?')).toBe(true);
    expect(kindOf("What's Middlesbrough rated and how are they getting on generally?")).toBe('overview');
    expect(ask('how is Bury rated?').grades?.kind).toBe('latest');
    expect(kindOf('thinking of fostering for merton, how are they doing?')).toBe('overview');
  });

  it('reads councils "failing" before what is asked of them as inadequate councils\' paragraphs', () => {
    const a = ask('where councils are failing how are care leavers let down?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/from the 9 authorities in England rated inadequate overall/);
  });

  it('reads case records as practice, not the Ofsted record', () => {
    expect(paragraphsFor("Are Havering's case records any good or not?")).toBe(true);
    expect(ask("Are Havering's care leavers any good?").grades?.kind).toBe('latest');
  });

  it('lists the visits on a theme for whether Ofsted ever looked at it', () => {
    expect(ask("Has Ofsted ever looked at Oldham's front door?").kind?.headline).toBe('1 focused visit on the front door of Oldham (1 authority), latest first:');
  });

  it('answers with the letter that was all Ofsted sent that year when the topic is its theme in other words', () => {
    expect(ask('What did Ofsted say about child exploitation in Calderdale in 2025?').kind?.kind).toBe('focused-visit');
  });
});

describe('years listed', () => {
  it('reads every year of a list, not only the last two', () => {
    expect(ask('what was Bury rated in 2016, 2021 and 2025?').grades?.headline).toBe('Bury: 3 graded inspections 2016 to 2025, in date order.');
    expect(ask('what did Bury say about the LADO in 2016, 2021 and 2025?').understood.year).toBe(2025);
  });
});

describe('a sixth set of plain wordings', () => {
  it('lists the visits for councils that had a theme looked at in a year, and for when Ofsted last did a visit on it', () => {
    expect(ask('Which councils had their front door looked at in 2025?').kind?.headline).toBe('6 focused visits on the front door (6 authorities), carried out in 2025, latest first:');
    expect(ask("When did Ofsted last do a focused visit on Wigan's front door?").kind?.headline).toBe('2 focused visits on the front door of Wigan (1 authority), latest first:');
  });

  it('says the reports cannot arrange anything for one child', () => {
    expect(kindOf('Can I get my granddaughter moved to another foster home?')).toBe('cannot-tell');
  });

  it('reads councils of a grade "struggling with" something as their paragraphs on it', () => {
    const a = ask('Which good rated councils are struggling with CAMHS waits for looked after children?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).not.toMatch(/struggling/);
  });

  it('answers with the visit named by its theme in short ("16-17s and care leavers")', () => {
    expect(kindOf("Newham's focused visit on 16-17s and care leavers in 2024 - how did they do?")).toBe('focused-visit');
  });
});

describe('a seventh set of plain wordings', () => {
  it('reads councils of a grade that "have decent" something, or whether something is "typical" of them, as their paragraphs', () => {
    const a = ask('which of the requires improvement councils have decent early help though?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on early help from the 30 authorities/);
    expect(ask('seeing a lot of PLO drift here - is that typical of the places ofsted rate RI?').kind?.headline).toMatch(/^Paragraphs on plo drift from the 30 authorities/);
    expect(ask('which councils are good and outstanding?').grades?.headline).toMatch(/^103 authorities in England rated good or better overall/);
  });

  it('says no report gives waiting times today, or anyone\'s own records', () => {
    expect(kindOf('how long is the wait for an adoption assessment in Leeds right now?')).toBe('cannot-tell');
    expect(kindOf('can ofsted get me my care records?')).toBe('cannot-tell');
  });

  it('reads a grade doubted against last time as the history', () => {
    expect(ask("York outstanding now?? weren't they RI last time").grades?.headline).toBe('York: 3 graded inspections, in date order.');
  });
});

describe('an eighth set of plain wordings', () => {
  it('reads the grades over the years asked for, and a grade stuck on the whole time, as the history', () => {
    expect(ask('can you give me the Isles of Scilly ofsted grades over the years').grades?.kind).toBe('history');
    expect(ask('has Wokingham been stuck on requires improvement the whole time?').grades?.headline).toBe('Wokingham: 3 graded inspections, in date order.');
  });

  it('lists the visits for whether a council ever had Ofsted look at a theme', () => {
    expect(ask('have Bracknell Forest ever had ofsted look at their children in care?').kind?.kind).toBe('visit-list');
  });

  it('says the reports give no one their own records', () => {
    expect(kindOf("Can I see my adopted daughter's social care records?")).toBe('cannot-tell');
  });
});
