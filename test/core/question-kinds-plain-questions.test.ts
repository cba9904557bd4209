/**
 * Plain questions, asked as most staff first ask them, and the bot addressed
 * as Ofsted ("are you coming back to Wolverhampton?"): the wordings probed
 * beside the 103rd and 104th routing rounds (scripts/route-questions.json).
 * Each case is a plain question that was answered as another kind, or a near
 * neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../src/query/periods.ts';
import { questionWords } from '../../src/query/chat-shorthand.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('a council and its report, typed as into a search box', () => {
  it('gives the overview for the report named and nothing more', () => {
    for (const q of ["Bury's Ofsted report", 'Birmingham Ofsted', 'Croydon ILACS', 'Bury council ofsted', "Bury children's social care Ofsted"]) {
      expect(kindOf(q), q).toBe('overview');
    }
    expect(ask("Bury's Ofsted report").kind?.headline).toBe("Bury's latest graded inspection: Bury 2025 ILACS, published 29 July 2025.");
  });

  it('keeps a topic named beside the report a paragraph question', () => {
    expect(kindOf('Bury report on care leavers')).toBeUndefined();
    expect(kindOf('Bury care Ofsted')).toBeUndefined();
  });
});

describe('paragraphs by grade with no topic', () => {
  it('quotes each inadequate council\'s summary, one council at a time', () => {
    const a = ask('What did inadequate councils get wrong?', { limit: 9 });
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Summary paragraphs of the 9 authorities in England rated inadequate overall/);
    expect(new Set(a.results.map((h) => h.authority)).size).toBe(9);
    expect(a.results[0]?.reportId).toBe('devon-2024');
    expect(a.results[0]?.text).toMatch(/^Children's experiences in Devon remain poor\./);
    // One page at a time, as any answer: the default is three, and "More results" asks for the next.
    const page = ask('What did inadequate councils get wrong?');
    expect(page.results).toHaveLength(3);
    // Two of each council's summary paragraphs, one of which has only one.
    expect(page.total).toBe(17);
    expect(ask('What did inadequate councils get wrong?', { offset: 3 }).results[0]?.authority).toBe(a.results[3]?.authority);
  });

  it('reads "what makes a council outstanding?" and "in common" the same way', () => {
    for (const q of ['What makes a council outstanding?', 'What do outstanding councils have in common?', 'Common weaknesses in inadequate councils']) {
      expect(kindOf(q), q).toBe('grade-filtered');
    }
    // A list of councils by grade stays the list.
    expect(ask('Which councils are inadequate?').grades?.kind).toBe('list');
  });
});

describe('an improvement owed is not a change of grade', () => {
  it('lists the councils not yet good for "need to improve", never those that improved', () => {
    const a = ask('Which councils need to improve?');
    expect(a.grades?.kind).toBe('list');
    expect(a.grades?.headline).toMatch(/rated less than good overall/);
    expect(a.grades?.rows.every((r) => r.grade === 'requires-improvement' || r.grade === 'inadequate')).toBe(true);
    expect(ask('Which councils improved?').grades?.headline).toMatch(/improved at their latest graded inspection/);
  });
});

describe('changes of grade in other words', () => {
  it('reads "knock down a grade", "downgrade" and "make it back to good"', () => {
    expect(ask('which councils did Ofsted knock down a grade in 2025?').grades?.headline).toMatch(/declined at an inspection published in 2025/);
    expect(ask('which councils did Ofsted downgrade in 2025?').grades?.headline).toMatch(/declined at an inspection published in 2025/);
    expect(ask('did any council judged inadequate in 2019 make it back to good?').grades?.headline).toMatch(/rated inadequate in 2019 are rated good now/);
  });

  it('reads the grade "before" as the history', () => {
    for (const q of ["What was Bury's grade before?", 'What was Bury rated before?', "Bury's old grade?"]) {
      const a = ask(q);
      expect(a.grades?.kind, q).toBe('history');
      expect(a.grades?.headline).toMatch(/^Bury: 3 graded inspections/);
    }
    expect(ask("What was Bury's last grade?").grades?.kind).toBe('latest');
  });
});

describe('the bot addressed as Ofsted', () => {
  it('reads "you" doing what inspectors do as Ofsted', () => {
    expect(kindOf('Are you coming back to Wolverhampton before the end of the year?')).toBe('cannot-tell');
    expect(ask('Who did you knock down a grade at a 2024 inspection?').grades?.headline).toMatch(/declined at an inspection published in 2024/);
    expect(kindOf('Stockport: what did you want fixing after your May 2025 inspection?')).toBe('improvements');
  });

  it('leaves the bot\'s own work alone', () => {
    expect(kindOf('can you tell me about Bury?')).toBe('overview');
  });
});

describe('whether a council was inspected', () => {
  it('lists the inspections of the year asked, or says there were none', () => {
    const bury = ask('Did Bury have an inspection in 2025?');
    expect(bury.kind?.kind).toBe('visit-list');
    expect(bury.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2025']);
    expect(ask('Was Leeds inspected in 2020?').kind?.headline).toBe('0 inspections of Leeds, carried out in 2020.');
  });

  it('reads "this summer" from today', () => {
    const summer = findPeriod(questionWords('was Trafford inspected this summer'), '2026-12-07')?.period;
    expect(summer).toMatchObject({ from: '2026-06-01', to: '2026-08-31' });
    // In January, this winter began last December.
    expect(findPeriod(questionWords('visits this winter'), '2027-01-15')?.period).toMatchObject({ from: '2026-12-01', to: '2027-02-28' });
    // "Last summer" is not read (see seasonYearFrom).
    expect(findPeriod(questionWords('was Trafford inspected last summer'), '2026-12-07')).toBeNull();
  });

  it('counts the inspectors of a team, not the children of the area', () => {
    const a = ask('How many inspectors were on the Leeds inspection?');
    expect(a.results.some((h) => h.reportId === 'leeds-2015' && /^The inspection team consisted of nine/.test(h.text))).toBe(true);
    expect(a.results.some((h) => /children had been identified through assessment/.test(h.text))).toBe(false);
  });
});

describe('schools inspected on their own', () => {
  it('says the reports are not of schools when their schools are asked of', () => {
    expect(kindOf("What concerns did Ofsted raise about Gateshead's primary schools?")).toBe('cannot-tell');
    expect(kindOf('When you inspected Richmond upon Thames in 2025, what grades did you give their secondary schools?')).toBe('cannot-tell');
  });

  it('keeps schools as partners in the council\'s work a paragraph question', () => {
    // (A weak match is reviewed as paragraphs too: "low-confidence".)
    expect(kindOf('did inspectors talk to primary schools in Bury?')).not.toBe('cannot-tell');
    expect(kindOf("how does Bury's virtual school support children in care at secondary schools?")).not.toBe('cannot-tell');
  });
});

describe('the list of what to improve, with a topic after the ask', () => {
  it('gives the whole list with the items on the topic first, and says how many there are', () => {
    const a = ask('What does Bury need to improve about the LADO?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.results).toHaveLength(5);
    expect(a.results[0]?.text).toMatch(/^The consistency of decisions by the local authority designated officer \(LADO\)/);
    expect(a.kind?.notes).toContain('1 item names LADO, shown first.');
  });

  it('says when no item names the topic, rather than reading a change of grade', () => {
    const a = ask('What does Bury need to improve on care leavers?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.grades).toBeUndefined();
    expect(a.kind?.notes).toContain('No item names care leavers; ask what inspectors said about care leavers in Bury for their paragraphs.');
  });
});

describe('visits since an inspection named without its year', () => {
  it('reads "since its inspection" as since the latest graded one', () => {
    expect(ask('Has Bury had a focused visit since its inspection?').kind?.headline).toMatch(/^0 focused visits of Bury, carried out after Bury's 2025 inspection, its latest graded/);
  });

  it('reads "since the inspection in 2022" as "since the 2022 inspection"', () => {
    expect(ask('any focused visits to Leeds after the inspection in 2018?').kind?.headline).toMatch(/^1 focused visit of Leeds \(1 authority\), carried out after Leeds's 2018 inspection/);
  });
});

describe('rounds 105 and 106: the list, the picture and moves in plain words', () => {
  it('reads "meant to be fixing", "want tackled" and "how should X improve?" as the list', () => {
    for (const q of ["Cambridgeshire's been stuck at RI since 2019 - what are they meant to be fixing now?", 'What point did inspectors still want tackled in Darlington?', 'how should Swindon improve? going off its last full inspection']) {
      expect(kindOf(q), q).toBe('improvements');
    }
  });

  it('reads "what am I letting myself in for?" as the picture', () => {
    expect(kindOf('just got a job in Richmond upon Thames children\'s services - what am I letting myself in for?')).toBe('overview');
  });

  it('reads where councils "came out" as the second grade of a move, and grades joined by "or" as one end', () => {
    const a = ask('which councils were good and came out RI or inadequate in 2025?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toMatch(/^5 authorities rated good at their previous graded inspection were rated requires improvement or inadequate/);
  });

  it('reads "how far has X fallen?" as its grades over time', () => {
    expect(ask('How far has Harrow fallen?').grades?.kind).toBe('history');
  });

  it('says children\'s homes are inspected apart', () => {
    expect(kindOf("When did Ofsted last inspect Kirklees' own children's homes?")).toBe('cannot-tell');
    // Sufficiency of homes is the council's own work.
    expect(kindOf("what did inspectors say about the sufficiency of children's homes in Bury?")).not.toBe('cannot-tell');
  });
});

describe('moves of grade asked plainly', () => {
  it('places each grade by the words nearer it', () => {
    for (const q of ['Which good councils used to be inadequate?', 'which councils rated inadequate before are good now?']) {
      expect(ask(q).kind?.headline, q).toMatch(/^8 authorities rated inadequate at their previous graded inspection are rated good now/);
    }
  });

  it('reads "better than the one before" and "compared with last time" of one council as its history', () => {
    for (const q of ["Was Bury's last inspection better than the one before?", 'How did Bury do compared with last time?']) {
      expect(ask(q).grades?.kind, q).toBe('history');
    }
  });

  it('reads "who" asked of a grade as which councils', () => {
    expect(ask('Who is still RI?').grades?.headline).toMatch(/^30 authorities in England rated requires improvement overall/);
    expect(ask("who's outstanding?").grades?.kind).toBe('list');
    expect(kindOf('who is the DCS in Bury?')).toBe('cannot-tell');
  });
});

describe('rounds 107 and 108: described services, problems and experience', () => {
  it('says what no published report holds, and what staff are paid', () => {
    expect(ask("what's going wrong at Rochdale right now that hasn't made it into a report yet?").kind?.headline).toMatch(/^No report holds what has not been published/);
    expect(ask("What's the name of Oxfordshire's LADO, and what are they paid?").kind?.headline).toMatch(/salaries or pay/);
  });

  it('reads the top grade named by its place, and a past "next inspection", as a change', () => {
    const a = ask('Has any council gone from being told it was failing children straight to the very best rating at its next full inspection?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toMatch(/rated inadequate at their previous graded inspection are rated outstanding now/);
  });

  it('reads "when did it all go wrong?" after a premise as the history', () => {
    expect(ask('Harrow was good not that long ago - when did it all go wrong for them?').grades?.kind).toBe('history');
  });

  it('reads the service graded and the inspection named, not as topics', () => {
    expect(ask("Back in 2018, what grade did Hertfordshire's children's social work get?").grades?.headline).toMatch(/^Hertfordshire: 1 graded inspection in 2018/);
    expect(ask("Under Liverpool's 2026 inspection, how were children in care graded?").grades?.headline).toMatch(/^Liverpool: 1 graded inspection in 2026/);
  });

  it('keeps the question after a hearsay aside and a spaced dash', () => {
    expect(kindOf('Warwickshire kids in care get moved about a lot, apparently - is that on the list of things Ofsted told the council to improve?')).toBe('improvements');
  });

  it('reads the asker\'s job news as context and the picture asked after it', () => {
    expect(kindOf("I've been offered a team manager post in Bradford - give me the lie of the land from their Ofsted reports")).toBe('overview');
    expect(kindOf('How are children and families in Tameside being served these days?')).toBe('overview');
  });

  it('reads "saying" as paragraphs asked of councils of a grade', () => {
    expect(kindOf("Which of the inadequate councils have children saying they don't even know who their social worker is?")).toBe('grade-filtered');
  });
});

describe('one council\'s grade moved or held, asked plainly', () => {
  it('reads moving and "the same as last time" as the history', () => {
    for (const q of ['Has Bury moved grade?', "Is Bury's grade the same as last time?", 'Has Bury been good for long?']) {
      expect(ask(q).grades?.kind, q).toBe('history');
    }
    // "Still" is now; a grade kept is the latest, whose trend is set against the inspection before it.
    expect(ask('Is Bury still good?').grades?.kind).toBe('latest');
    expect(ask('Did Bury keep its grade?').grades?.kind).toBe('latest');
  });

  it('reads a visit by Ofsted in a year with no inspection as that focused visit', () => {
    expect(ask('what did ofsted say when they visited Dudley in 2024?').kind?.headline).toMatch(/^Dudley's 2024 focused visit/);
  });

  it('reads a track record as the picture', () => {
    expect(kindOf("What's Bury's track record?")).toBe('overview');
  });
});

describe('round 109: what stands in the way, and pay', () => {
  it('reads what a council must do to reach a grade as its list', () => {
    for (const q of ['What does Bury need to do to be outstanding?', 'How can Bury get to good?', 'What should Bury do to get outstanding?']) {
      expect(kindOf(q), q).toBe('improvements');
    }
  });

  it('reads "grade-wise" as how a grade is asked, and what team managers are paid as pay', () => {
    expect(ask('where does Redbridge sit grade-wise right now?').grades?.kind).toBe('latest');
    expect(ask('what do Central Bedfordshire pay their team managers?').kind?.headline).toMatch(/salaries or pay/);
  });
});

describe('a grade held across councils', () => {
  it('lists the councils with the same grade at their previous and latest inspections', () => {
    expect(ask('Which councils stayed good?').kind?.headline).toMatch(/^24 authorities rated good at their previous graded inspection are rated good now/);
    expect(ask('which councils kept their outstanding?').kind?.headline).toMatch(/^15 authorities rated outstanding at their previous graded inspection are rated outstanding/);
  });

  it('keeps "still" as now, and a topic as paragraphs by grade', () => {
    expect(ask('Which councils are still inadequate?').grades?.kind).toBe('list');
    expect(kindOf('how did councils that stayed outstanding keep their front door strong?')).toBe('grade-filtered');
  });
});

describe('a visit asked of in the plainest words (this stop)', () => {
  it('reads what went wrong, a letter of a year, and Ofsted coming in a year with no inspection as that visit', () => {
    const cases: Array<[string, string]> = [
      ['what was wrong at the Lincolnshire permanence visit?', 'lincolnshire-2018-focused-visit'],
      ['any problems found at the Newcastle visit in 2019?', 'newcastle-upon-tyne-2019-focused-visit'],
      ['what did the Rotherham letter in 2020 say?', 'rotherham-2020-focused-visit'],
      ['what did Ofsted say when they came to Dudley in 2024?', 'dudley-2024-focused-visit'],
      // Job news after the question's first sentence, and hearsay of a visit in a month named without its year.
      ['Derbyshire had a focused visit on care leavers in 2021 I think? going for a PA job so what did it find', 'derbyshire-2021-focused-visit'],
      ['heard Ofsted were in Staffordshire last December looking at the front door - what came out of it?', 'staffordshire-2025-focused-visit'],
    ];
    for (const [q, id] of cases) {
      const a = ask(q);
      expect(a.kind?.kind, q).toBe('focused-visit');
      expect(a.kind?.visits?.[0]?.reportId, q).toBe(id);
    }
    expect(ask('what did the Rotherham letter in 2020 say?').results[0]?.text).toMatch(/^Rotherham children's services reacted rapidly and effectively to the COVID-19 pandemic/);
    // A topic asked of the visit stays a paragraph question.
    expect(kindOf('what did Ofsted say about the front door when they came to Dudley in 2024?')).toBeUndefined();
  });

  it('lists the visits for when Ofsted last came, or last looked at a theme', () => {
    const came = ask('when did ofsted last come to trafford');
    expect(came.kind?.kind).toBe('visit-list');
    expect(came.kind?.visits?.[0]?.reportId).toBe('trafford-2026');
    const looked = ask("When did Ofsted last look at Peterborough's front door?");
    expect(looked.kind?.headline).toBe('1 focused visit on the front door of Peterborough (1 authority), latest first:');
    expect(looked.kind?.visits?.map((v) => v.reportId)).toEqual(['peterborough-2023-focused-visit']);
  });
});

describe('one council\'s grade moving or held, in the plainest words (this stop)', () => {
  it('gives the grade history, which dates each move', () => {
    const cases: Array<[string, string[]]> = [
      ['when did Islington become outstanding?', ['good', 'outstanding', 'outstanding']],
      ['East Riding bounced back to good - when?', ['good', 'inadequate', 'good']],
      ['Rochdale RI three times in a row?', ['requires-improvement', 'requires-improvement', 'requires-improvement']],
      ['has bury come up from inadequate or not', ['requires-improvement', 'inadequate', 'requires-improvement']],
      ['is Devon still inadequate after their last one or did they move up', ['inadequate', 'inadequate']],
    ];
    for (const [q, grades] of cases) {
      const a = ask(q);
      expect(a.grades?.kind, q).toBe('history');
      expect(a.grades?.rows.map((r) => r.grade), q).toEqual(grades);
    }
    // "Still" alone is the latest grade, and a topic that "came up" is a paragraph question.
    expect(ask('is Bury still good?').grades?.kind).toBe('latest');
    expect(ask("did the LADO come up in Bury's inspection?").grades).toBeUndefined();
  });

  it('reads a grade kept, joined to the ask by "so", as the story so far', () => {
    const a = ask("Leeds kept outstanding in 2025 so I'm guessing there was nothing they were told to improve?");
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe("Leeds's 2025 graded inspection, Leeds 2025 ILACS, published 12 August 2025, lists 2 things to improve.");
    expect(a.results[0]?.text).toBe("The quality and accuracy of children's records to reflect the work that is being completed (enabler 3, national framework)");
  });
});
