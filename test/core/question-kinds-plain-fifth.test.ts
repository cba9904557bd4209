/**
 * Plain questions probed beside the 182nd routing round and after
 * (scripts/route-questions.json): why a council has a grade it no longer
 * has, what went wrong, "the worst councils for…", a grade "marked" or asked
 * "atm", a question with its last word "when?", a chronology, a reinspection
 * still to come, and the asker's own scene or belief around the question.
 * Each case was answered as another kind, or is a near neighbour that must
 * not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer, paragraphsAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const paragraphsFor = paragraphsAnswer(ask);

describe('why a council has a grade', () => {
  it('says the grade now before the inspection that gave the grade asked of, when it has changed since', () => {
    const a = ask('Why is Birmingham inadequate?');
    expect(a.gradeGiven).toBe(
      'Birmingham is not inadequate overall now: its latest graded inspection, Birmingham 2023 ILACS (published 18 April 2023), rated it good. ' +
        'It was last rated inadequate overall at Birmingham 2016 SIF (published 25 November 2016); its summary:',
    );
    expect(a.results[0]?.reportId).toBe('birmingham-2016');
    // Asked of the past, it is the past's answer alone.
    expect(ask('why was Birmingham inadequate in 2016?').gradeGiven).toMatch(/^Birmingham was rated inadequate overall at Birmingham 2016 SIF/);
  });

  it('answers "how come … got inadequate?" and "why is … rated good?" from the inspection, not with the grade again', () => {
    expect(ask('how come Devon got inadequate?').gradeGiven).toBe('Devon was rated inadequate overall at Devon 2024 ILACS (published 13 May 2025); its summary:');
    expect(ask('why is Birmingham rated good?').gradeGiven).toMatch(/^Birmingham was rated good overall at Birmingham 2023 ILACS/);
    // A grade never given is said so, with the grades it had.
    const leeds = ask('why is Leeds inadequate?');
    expect(leeds.gradeGiven).toBe('No inspection I hold rated Leeds inadequate overall.');
    expect(leeds.grades?.kind).toBe('history');
  });
});

describe('one council as a whole', () => {
  it('gives the picture for "what went wrong in…" with no topic, and paragraphs leaning to weaknesses with one', () => {
    const a = ask('what went wrong in Sandwell?');
    expect(a.kind?.headline).toBe("Sandwell's latest graded inspection: Sandwell 2025 ILACS, published 2 December 2025.");
    expect(a.results[0]?.citation).toBe('Sandwell 2025 ILACS, Summary ¶1');
    expect(kindOf("what's gone wrong in Tameside?")).toBe('overview');
    // "Went" before "wrong" says how the work went; it is no word a report must hold, so the match is not called weak.
    const frontDoor = ask('what went wrong with the front door in Sandwell?');
    expect(frontDoor.kind).toBeUndefined();
    expect(frontDoor.results[0]?.citation).toBe('Sandwell 2022 ILACS, ¶2');
  });

  it('reads the asker\'s new team as their scene, and a question after it that chat left without its mark', () => {
    expect(ask('just started at sefton yot, whats the picture with their childrens services').kind?.headline).toBe(
      "Sefton's latest graded inspection: Sefton 2025 ILACS, published 12 August 2025.",
    );
  });
});

describe('grades asked another way', () => {
  it('reads "the worst councils for…" as the bottom grade for that area', () => {
    const a = ask('worst councils for care leavers');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.grades?.rows.map((r) => r.authority)).toEqual(['Devon', 'Halton', 'Harrow', 'Knowsley']);
    expect(ask('the worst councils').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
  });

  it('reads a grade "marked" and a grade asked "atm"', () => {
    const havering = ask("Did Havering's leadership get marked inadequate at their last inspection?");
    expect(havering.grades?.kind).toBe('latest');
    expect(havering.grades?.rows.map((r) => r.grade)).toEqual(['inadequate']);
    const rotherham = ask("what's rotherham rated atm?");
    expect(rotherham.grades?.kind).toBe('latest');
    expect(rotherham.grades?.rows.map((r) => r.grade)).toEqual(['outstanding']);
    // "A marked improvement" is no grade.
    expect(paragraphsFor("has there been a marked improvement in Bury's front door?")).toBe(true);
  });

  it('compares two councils when the sentence after the question says where the asker lives', () => {
    const a = ask('Is Derby rated better than Nottingham? We live right between them and could go with either for adoption');
    expect(a.grades?.kind).toBe('compare');
    expect(a.grades?.rows.map((r) => `${r.authority}: ${r.grade}`)).toEqual(['Derby: outstanding', 'Nottingham: inadequate']);
  });
});

describe('lists of visits, the list to improve, and what is still to come', () => {
  it('lists inspections for a question whose last word is "when?", and a chronology', () => {
    expect(ask('oldham last full inspection when?').kind?.headline).toBe('2 inspections of Oldham (1 authority), latest first:');
    expect(ask('Could you set out the chronology of Ofsted activity in Devon from 2019 onwards?').kind?.headline).toBe(
      '4 reports of Devon (1 authority), carried out since 2019, latest first:',
    );
  });

  it('gives the list for what Ofsted "required" a council to improve, after the grade that came with it', () => {
    expect(ask('what did Ofsted require Bury to improve?').kind?.headline).toBe(
      "Bury's latest graded inspection, Bury 2025 ILACS, published 29 July 2025, lists 5 things to improve.",
    );
    expect(ask('Following the inadequate judgement for the Isles of Scilly in 2023, what did Ofsted require the council to improve?').kind?.headline).toBe(
      "Isles of Scilly's 2023 graded inspection, Isles of Scilly 2023 ILACS, published 25 August 2023, lists 8 things to improve.",
    );
  });

  it('says no report dates a reinspection still to come, and reads the asker\'s belief after a question as no part of it', () => {
    expect(ask("when's havering getting reinspected, anyone know?").kind?.headline).toBe(
      'No report says when Havering will next be inspected or visited: Ofsted\'s reports describe inspections already carried out, and give no future dates.',
    );
    expect(kindOf('when is bury being inspected?')).toBe('cannot-tell');
    expect(ask("What happened at the Isles of Scilly visit in summer 2022? I gather it wasn't great").kind?.headline).toMatch(
      /^Isles of Scilly's 2022 focused visit \(Isles of Scilly 2022 focused visit\), on children in need/,
    );
  });
});

describe('grades counted and compared as staff ask', () => {
  it('counts the councils at each grade, from the rows it cites', () => {
    const a = ask('how many councils at each grade?');
    expect(a.grades?.kind).toBe('count');
    expect(a.grades?.headline).toBe(
      "Of the 142 authorities in England with an overall effectiveness grade, on each authority's latest graded inspection: 43 outstanding, 60 good, 30 requires improvement, 9 inadequate.",
    );
    expect(a.grades?.rows).toHaveLength(142);
    expect(ask("what's the most common grade?").grades?.headline).toBe(a.grades?.headline);
    expect(ask('breakdown of grades in the north west').grades?.headline).toMatch(/^Of the 20 authorities in the North West with an overall effectiveness grade, .*: 1 outstanding, 9 good, 7 requires improvement, 3 inadequate\.$/);
    expect(ask('most common grade for care leavers').grades?.headline).toMatch(/^Of the 153 authorities in England with a care leavers grade, .*: 46 outstanding, 61 good, 42 requires improvement, 4 inadequate\.$/);
    expect(ask("what's the breakdown of grades among Oldham's neighbours?").grades?.headline).toMatch(/^Of the 10 authorities of Oldham's statistical neighbours .*: 3 outstanding, 3 good, 4 requires improvement\.$/);
  });

  it('names a count of every grade but one by the grades asked, never "less than good"', () => {
    expect(ask('how many councils are outstanding, good, requires improvement or inadequate?').grades?.headline).not.toMatch(/less than good/);
    expect(ask('how many councils are requires improvement or inadequate?').grades?.headline).toMatch(/rated less than good/);
  });

  it('reads "similar councils" and "comparator authorities" as the statistical neighbours', () => {
    const a = ask('how does Oldham compare to similar councils?');
    expect(a.grades?.kind).toBe('compare');
    expect(a.grades?.headline).toBe('Oldham and its statistical neighbours: the latest graded inspection of each, overall effectiveness grade.');
    expect(ask('how does Oldham compare with comparator authorities?').grades?.headline).toBe(a.grades?.headline);
  });
});

describe('what the reports do not hold', () => {
  it('says a school, nursery or children\'s home named by its name is inspected apart, never giving the council\'s grade', () => {
    for (const question of [
      "what's the Ofsted rating for Little Acorns Day Nursery in Hull?",
      "what's the ofsted rating of St Mary's primary school in Bury?",
      'is Bury grammar school outstanding?',
      "what did the children's home in Leeds get at Ofsted?",
    ]) {
      const a = ask(question);
      expect(a.kind?.kind, question).toBe('cannot-tell');
      expect(a.kind?.headline, question).toMatch(/^The reports do not hold that: they are Ofsted's inspections of councils' children's services, not of schools, nurseries/);
      expect(a.grades, question).toBeUndefined();
    }
    // What inspectors said of the council's own work with schools or homes stays paragraphs.
    expect(paragraphsFor("what did inspectors say about children's homes in Leeds?")).toBe(true);
    expect(paragraphsFor('is the virtual school in Bury good?')).toBe(true);
  });
});

describe('more plain wordings read in rounds 186 to 189', () => {
  it('reads a compass point by its letter, and whom the asker meets next week as their scene, not a visit to come', () => {
    expect(ask('seeing N Somerset DCS next wk - where are they at?').kind?.headline).toBe(
      "North Somerset's latest graded inspection: North Somerset 2023 ILACS, published 11 May 2023.",
    );
    expect(kindOf('is Ofsted visiting Bury next week?')).toBe('cannot-tell');
  });

  it('reads a council that "failed me" as the asker\'s story, and "which councils failed?" as the bottom grade', () => {
    expect(kindOf('Liverpool failed me. How are they doing now?')).toBe('overview');
    expect(ask('which councils failed?').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
    expect(ask('did Bury fail its inspection?').grades?.kind).toBe('latest');
  });

  it('gives the picture when the grade is asked with what has happened since, and the grades when asked alone', () => {
    expect(ask('Is Devon still rated inadequate, and has anything happened since that inspection?').kind?.headline).toBe(
      "Devon's latest graded inspection: Devon 2024 ILACS, published 13 May 2025.",
    );
    expect(ask('how is Devon rated?').grades?.kind).toBe('latest');
    expect(ask('how is Devon rated?').kind).toBeUndefined();
  });

  it('reads "any movement between" two inspections and "any better in 2024 than in 2020" as the grades between them', () => {
    for (const question of ['devon - any movement between the 2020 and 2024 ILACS?', 'was devon any better in 2024 than in 2020?']) {
      const a = ask(question);
      expect(a.grades?.kind, question).toBe('history');
      expect(a.grades?.headline, question).toBe('Devon: 2 graded inspections 2020 to 2024, in date order.');
    }
    expect(paragraphsFor('what did inspectors say about the gap between assessment and plan in Devon?')).toBe(true);
  });

  it('lists visits for how often Ofsted "checked on" a council, and a theme said as "permanence planning"', () => {
    expect(ask('How often did Ofsted check on Rutland between 2015 and 2021?').kind?.headline).toBe('3 Ofsted visits of Rutland (1 authority), carried out from 2015 to 2021, latest first:');
    expect(ask('When did Ofsted last look at permanence planning in Northumberland?').kind?.headline).toBe(
      '1 focused visit on permanence of Northumberland (1 authority), latest first:',
    );
  });

  it('reads "from an outstanding judgement to requires improvement" as a change of grade', () => {
    const a = ask('Which councils went from an outstanding judgement to requires improvement at their following inspection?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.grades?.rows.map((r) => `${r.authority}: ${r.grade}`)).toEqual(['Suffolk: outstanding', 'Suffolk: requires-improvement']);
  });

  it('says no report gives a workforce rate as it is today', () => {
    expect(ask('slough - current agency SW rate?').kind?.headline).toBe(
      "No report can give Slough's figures as they are today: each report gives them as inspectors found them. What the latest report says is below.",
    );
    expect(paragraphsFor('what did inspectors say about the agency rate in Slough?')).toBe(true);
  });
});

describe('more plain wordings read in rounds 190 to 193', () => {
  it('reads a visit named by its letter\'s theme in the question\'s own joining words', () => {
    expect(ask("What were the main findings of Ofsted's February 2019 focused visit to Swindon on support for care leavers?").kind?.headline).toMatch(
      /^Swindon's 2019 focused visit \(Swindon 2019 focused visit\), on supporting care leavers:/,
    );
    expect(ask('What did the January 2020 focused visit to Hillingdon find regarding vulnerable adolescents?').kind?.kind).toBe('focused-visit');
    expect(ask("Wolverhampton's Oct 2024 visit on children in need - key points pls").kind?.kind).toBe('focused-visit');
    expect(ask('Kent FV front door findings').kind?.headline).toMatch(/^Kent's latest focused visit \(Kent 2024 focused visit\), on the front door:/);
    // A topic the letter's theme does not print stays a topic.
    expect(paragraphsFor('What did the January 2020 focused visit to Hillingdon find regarding missing children?')).toBe(true);
    expect(paragraphsFor('Kent FV front door waiting times')).toBe(true);
  });

  it('reads a grade lost, "worse than before" and "better or worse than the 2021 inspection" as the grades over time', () => {
    expect(ask("Kent's lost outstanding, right?").grades?.headline).toBe('Kent: 4 graded inspections, in date order.');
    expect(ask('is harrow worse than before').grades?.rows.map((r) => r.grade)).toEqual(['good', 'good', 'inadequate']);
    expect(ask('Bury - better or worse than the 2021 inspection?').grades?.headline).toBe('Bury: 2 graded inspections since 2021, in date order.');
    const lost = ask('Which local authorities were rated outstanding at one inspection and then lost that grade at the following inspection?');
    expect(lost.kind?.kind).toBe('grade-change');
    expect(lost.grades?.headline).toBe('3 authorities declined from outstanding at their latest graded inspection:');
  });

  it('compares two councils for "whos better", and finds good councils praised ("a shout out") for a topic', () => {
    expect(ask('tameside or stockport whos better').grades?.headline).toBe('Tameside and Stockport: the latest graded inspection of each, overall effectiveness grade.');
    expect(ask('Which good rated councils get a shout out for kinship care?').kind?.kind).toBe('grade-filtered');
  });

  it('lists the visits for whether Ofsted "went into" a council at all', () => {
    expect(ask('Did Ofsted go into Wigan at all during covid?').kind?.headline).toBe('1 focused visit on practice during the COVID-19 pandemic of Wigan (1 authority), latest first:');
  });

  it('gives no opinion on whether a council is a good place to work, unless asked by what the reports say', () => {
    expect(ask('Is Redbridge a good place to work as a SALT?').kind?.headline).toBe('I give no opinions or advice: I can only quote what inspectors found, and each grade they gave, cited.');
    expect(kindOf('is Bury a good place to work?')).toBe('cannot-tell');
    expect(kindOf('is Wiltshire a decent LA to work for, going by what ofsted says about it?')).not.toBe('cannot-tell');
  });
});

describe('more plain wordings read in rounds 194 to 197', () => {
  it('answers "how was X on <theme> in <year>" and a topic asked of a month by the letter that was all Ofsted sent then, on that theme', () => {
    expect(ask('how was derby on cin and cp in 2023').kind?.headline).toMatch(/^Derby's 2023 focused visit \(Derby 2023 focused visit\), on children in need and child protection planning:/);
    expect(ask('What did inspectors say about care leavers in Plymouth in July 2025?').kind?.headline).toMatch(/^Plymouth's 2025 focused visit \(Plymouth 2025 focused visit\), on care leavers:/);
    // A detail within the theme stays a topic.
    expect(paragraphsFor('What did inspectors say about housing for care leavers in Plymouth in July 2025?')).toBe(true);
  });

  it('reads a grade dropped at an inspection, and an outstanding "OE" lost, as changes of grade', () => {
    expect(ask('Halton - did they drop at the May 24 ILACS?').grades?.rows.map((r) => r.grade)).toEqual(['requires-improvement', 'requires-improvement', 'inadequate']);
    expect(ask("who's lost an outstanding OE since 2019?").grades?.headline).toBe('3 authorities declined from outstanding at an inspection published since 2019:');
  });

  it('reads "the councils Ofsted failed" as the inadequate ones', () => {
    expect(ask("What's going wrong with pathway plans in the councils Ofsted failed?").grades?.headline).toBe(
      "9 authorities in England rated inadequate overall, on each authority's latest graded inspection:",
    );
  });

  it('reads a meeting "tmrw" as the asker\'s, and a waiting list "current" as today\'s figure', () => {
    expect(kindOf('meeting hartlepool dcs tmrw, what do i need to know')).toBe('overview');
    expect(kindOf('How long is the current waiting list for educational psychology assessments in Kent?')).toBe('cannot-tell');
  });
});

describe('more plain wordings read in rounds 198 to 201', () => {
  it('lists inspections for how long since "a proper inspection", and answers a grade asked of a visit with the visit', () => {
    expect(ask('how long since Bromley had a proper inspection?').kind?.headline).toBe('1 inspection of Bromley (1 authority), latest first:');
    expect(ask('What grade did the Isles of Scilly receive at their 2022 focused visit?').kind?.kind).toBe('focused-visit');
  });

  it('reads a grade told with its year, set against "its position now", and "out of inadequate", as the grades since', () => {
    expect(ask('Tower Hamlets was judged inadequate in 2017. How does its position now compare?').grades?.headline).toBe('Tower Hamlets: 3 graded inspections since 2017, in date order.');
    expect(ask('Sandwell was inadequate for a long time I think - has it actually come out of inadequate now?').grades?.kind).toBe('history');
    expect(ask('Is Solihull out of inadequate following the Nov 2025 ILACS?').grades?.kind).toBe('history');
    // "Do you think…" asks an opinion, not the grade.
    expect(ask('do you think Bury will be outstanding next time?').kind?.kind).toBe('cannot-tell');
  });

  it('reads "OE" as overall effectiveness, "councils inadequate to outstanding" as a change, and councils that "need improvement"', () => {
    expect(ask("What is Liverpool's OE now after the May 2026 inspection?").grades?.kind).toBe('latest');
    expect(ask('councils inadequate to outstanding').kind?.kind).toBe('grade-change');
    expect(ask('in councils that need improvement, what do inspectors say about where care leavers end up living?').grades?.headline).toBe(
      "30 authorities in England rated requires improvement overall, on each authority's latest graded inspection:",
    );
    // The list a council was told to improve stays its list.
    expect(kindOf('what areas need improvement in Bury?')).toBe('improvements');
  });

  it('gives the list for shortcomings a council "must address"', () => {
    expect(ask('What shortcomings did inspectors say Halton must address after the 2024 inspection?').kind?.headline).toBe(
      "Halton's 2024 graded inspection, Halton 2024 ILACS, published 12 July 2024, lists 12 things to improve.",
    );
  });

  it('gives the picture of a council "for children\'s social care"', () => {
    expect(kindOf("What's Staffordshire like for children's social care at the moment?")).toBe('overview');
    expect(paragraphsFor("what did inspectors say about children's social care staffing in Staffordshire?")).toBe(true);
  });

  it('says no report names a team\'s manager or holds a count as it is today', () => {
    expect(kindOf('who heads up the leaving care team at Wigan? need a name and email to escalate a case')).toBe('cannot-tell');
    expect(kindOf('how many 16/17 year olds has Birmingham got in B&B right now?')).toBe('cannot-tell');
    expect(paragraphsFor('what did inspectors say about who leads the MASH in Wigan?')).toBe(true);
  });
});

describe('more plain wordings read in rounds 202 to 205', () => {
  it('reads a former council\'s possessive typed without its apostrophe', () => {
    const a = ask('list bournemouths focused visits');
    expect(a.kind?.headline).toBe('2 focused visits of Bournemouth, Christchurch and Poole (1 authority), latest first:');
  });

  it('lists the inspections when asked whether the last was a full one or a focused visit', () => {
    expect(kindOf('When was Rochdale last inspected, and was it a full one or a focused visit?')).toBe('visit-list');
  });

  it('reads what the asker says of themselves after the question as no part of it', () => {
    expect(kindOf('Can you summarise the Wirral focused visit from Jan 2022? We work with them a lot on SGOs')).toBe('focused-visit');
    expect(kindOf("how's Sandwell doing these days? used to foster there years ago and it was grim")).toBe('overview');
    expect(ask('who got knocked down a grade in 2025? asking for a nosy friend (me)').kind?.kind).toBe('grade-change');
  });

  it('gives the picture asked for by name with its rating, and the grades for the rating alone', () => {
    expect(kindOf('Could you give me a short overview of Tameside for the committee - current rating and the headline issues?')).toBe('overview');
    expect(kindOf('I need to be brought up to date on Bristol: where did the last full inspection leave matters, and what has happened since?')).toBe('overview');
    const rating = ask("how is Tameside's rating?");
    expect(rating.kind).toBeUndefined();
    expect(rating.grades?.kind).toBe('latest');
  });

  it('reads councils "outstanding at one inspection but lower at their most recent one" as a fall', () => {
    expect(ask('Which local authorities were rated outstanding at one inspection but lower at their most recent one?').kind?.kind).toBe('grade-change');
  });

  it('says no report gives the current average caseload of a team', () => {
    expect(kindOf("What's the current average caseload in Luton's children with disabilities team?")).toBe('cannot-tell');
  });
});

describe('more plain wordings read in rounds 206 to 209', () => {
  it('reads hearsay the asker "used to hear" after the question as no part of it', () => {
    expect(ask('has swindon got worse? used to hear good things about them').grades?.kind).toBe('history');
  });

  it('gives the picture for the latest grade and what has happened since', () => {
    expect(kindOf('torbay - latest grade and whats happened since?')).toBe('overview');
  });

  it('reads "the movement between" two inspections and climbing out of a grade as changes of grade', () => {
    expect(ask('Swindon overall effectiveness - please confirm the movement between the 2019 and 2023 ILACS.').grades?.headline).toBe(
      'Swindon: 2 graded inspections 2019 to 2023, in date order.',
    );
    expect(ask('Which councils managed to climb out of inadequate at their most recent inspection?').kind?.kind).toBe('grade-change');
  });

  it('picks the letter of "early" or "late" in a year when a council had two that year', () => {
    expect(ask('what did the early 2025 Bristol visit find?').kind?.headline).toMatch(/^Bristol's 2025 focused visit \(Bristol 2025 focused visit\), on the front door/);
    expect(ask('what did the late 2025 Bristol visit find?').kind?.headline).toMatch(/^Bristol's 2025 focused visit \(Bristol 2025 focused visit\), on children in need and child protection planning: inspected 3 December 2025/);
    expect(kindOf("Was Bristol's front door any good when Ofsted looked at it in early 2025?")).toBe('focused-visit');
  });

  it('reads councils that "have got" problems with something as what inspectors said of them', () => {
    expect(ask('which inadequate councils have got LADO problems?').kind?.kind).toBe('grade-filtered');
  });
});

describe('more plain wordings read in rounds 210 to 213', () => {
  it('reads a misspelt council whose misspelling is its name\'s stem, and one set against a council named', () => {
    const sandwell = ask('wat is sandwel rated now');
    expect(sandwell.notice).toBe('Showing results for Sandwell (you typed “sandwel”).');
    expect(sandwell.grades?.rows.map((r) => `${r.authority}: ${r.grade}`)).toEqual(['Sandwell: good']);
    const pair = ask('knowsly v st helens grades?');
    expect(pair.grades?.kind).toBe('compare');
    expect(pair.grades?.rows.map((r) => r.authority).sort()).toEqual(['Knowsley', 'St Helens']);
    // A word the reports use is never read as a misspelt council.
    expect(ask('compare leeds and kirklees').notice).toBeUndefined();
  });

  it('reads councils of a grade that "had" problems with a topic as what inspectors said of them', () => {
    expect(ask('which inadequate councils had supervision problems?').kind?.kind).toBe('grade-filtered');
  });
});

describe('more plain wordings read in rounds 214 to 217', () => {
  it('reads "the councils Ofsted reckons are failing" as the inadequate ones, and moving off a judgement as a change', () => {
    expect(ask("what's early help like in the councils Ofsted reckons are failing? is it usually the weak bit?").kind?.kind).toBe('grade-filtered');
    expect(ask('Devon was inadequate in January 2020. Has it managed to move off that judgement?').grades?.kind).toBe('history');
  });

  it('reads what the asker says of their own past after the question as no part of it', () => {
    const a = ask("What's Dudley rated these days? They placed me back in 1979");
    expect(a.grades?.kind).toBe('latest');
    expect(a.grades?.rows[0]?.authority).toBe('Dudley');
  });

  it('says no report ranks councils by what they pay, advises a carer where to go, or times proceedings today', () => {
    expect(kindOf('which council pays staying put carers the most?')).toBe('cannot-tell');
    expect(kindOf('should I switch from hosting for Kent to Medway? which would suit me better?')).toBe('cannot-tell');
    expect(kindOf('What is the current average duration of care proceedings in the Leeds Family Court?')).toBe('cannot-tell');
    expect(kindOf('Between Tameside and Halton, which should our alliance prioritise for peer support this year?')).toBe('cannot-tell');
  });
});

