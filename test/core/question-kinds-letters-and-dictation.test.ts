/**
 * Question kinds asked in the voices of the ninety-fourth and ninety-fifth
 * routing rounds (scripts/route-questions.json) and the wordings found beside
 * them: grades written in letters, when a grade was given, conditions of fact,
 * dictation, councils whose names are ordinary words, text pasted with its
 * HTML entities and the vocabulary of earlier years. Each case is a tuning
 * question the readers learned from, or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/search/tokenize.ts';
import { withGradeLettersSpelled } from '../../src/query/grade-letters.ts';
import { normaliseQuestion } from '../../src/query/understand.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const spelled = (text: string): string => withGradeLettersSpelled(splitWords(text), text).map((t) => t.word).join(' ');

describe('grades written in letters', () => {
  it('spells out a chain of letters, a counted plural and a lone letter once the message has used them', () => {
    expect(spelled('Leeds RI/I/RI — when was the I?')).toBe('leeds ri inadequate ri when was the inadequate');
    expect(spelled('Bury went G→O→O')).toBe('bury went good outstanding outstanding');
    expect(spelled('straight Os for Kent')).toBe('straight outstanding for kent');
    expect(spelled('councils with O across the board')).toBe('councils with outstanding across the board');
  });

  it('leaves a letter alone where it is no grade', () => {
    expect(spelled('Bury G - I think it was 2019?')).toBe('bury g i think it was 2019');
    expect(spelled('I need the O level results')).toBe('i need the o level results');
  });

  it('answers a history written in letters, and "straight Os" as every area', () => {
    const leeds = ask('Leeds RI/I/RI — when was the I?');
    expect(leeds.grades?.kind).toBe('history');
    expect(leeds.grades?.headline).toMatch(/^Leeds: 4 graded inspections, in date order/);
    expect(ask('which councils got straight Os in their last ILACS?').grades?.headline).toMatch(/^16 authorities in England rated outstanding in every area graded/);
  });
});

describe('when a grade was given', () => {
  it("reads 'when was X rated inadequate?', 'what year…' and 'was X ever…' as its grade history", () => {
    expect(ask('when was Birmingham rated inadequate?').grades?.kind).toBe('history');
    expect(ask('what year was Sandwell inadequate').grades?.kind).toBe('history');
    expect(ask('was Birmingham ever inadequate?').grades?.kind).toBe('history');
    expect(ask('Has Leeds ever had the top mark overall, and at which inspections?').grades?.kind).toBe('history');
    expect(ask('how long has Bury been RI?').grades?.kind).toBe('history');
    expect(ask('how many times has Leeds been outstanding?').grades?.kind).toBe('history');
    // How many times Ofsted came is its visits.
    expect(kindOf('how many times has Ofsted inspected Leeds?')).toBe('visit-list');
    expect(ask('when did Bury last improve?').grades?.kind).toBe('history');
    // When it was inspected is its visits, not its grades.
    expect(kindOf('when was Bury inspected?')).toBe('visit-list');
  });

  it("reads a grade 'used to be', or where an inspection 'left' a service by its old name, as the history", () => {
    expect(ask("Is Swindon's children's department going backwards? It was good in 2019 - where did the last inspection leave them?").grades?.kind).toBe('history');
    expect(ask('Suffolk used to be the three-star county everyone copied - is it right it\'s requires improvement now, and when did that happen?').grades?.kind).toBe(
      'history',
    );
  });
});

describe('a change asked of one council', () => {
  it('shows the inspection before the year asked, so the change can be read', () => {
    const oldham = ask('did Oldham go up or down in 2024?');
    expect(oldham.grades?.headline).toBe('Oldham: its graded inspection in 2024 and the one before it, in date order.');
    expect(oldham.grades?.rows.map((r) => r.reportId)).toEqual(['oldham-2015', 'oldham-2024']);
    // A grade asked of the year alone is that year's.
    expect(ask("what was Oldham's grade in 2024?").grades?.rows.map((r) => r.reportId)).toEqual(['oldham-2024']);
  });

  it('reads a council out of inadequate yet as the history, a grade kept as the latest, a figure going up as paragraphs', () => {
    // A grade kept is the latest, whose trend is set against the inspection before it.
    expect(ask('Did Kent keep its outstanding?').grades?.kind).toBe('latest');
    expect(ask('Is Sandwell out of inadequate yet?').grades?.kind).toBe('history');
    expect(ask('did Sefton get better or worse at the last ILACS?').grades?.rows.map((r) => r.reportId)).toEqual(['sefton-2022', 'sefton-2025']);
    const figure = ask('has the number of children in care gone up in Bury?');
    expect(figure.grades).toBeUndefined();
    expect(figure.kind).toBeUndefined();
  });
});

describe('changes of grade', () => {
  it("reads 'fell into' and 'knocked off' as moves, and each year of '2023 or 2024'", () => {
    expect(ask('which councils fell into inadequate in 2023?').kind?.headline).toMatch(/^4 authorities declined to inadequate at an inspection published in 2023:/);
    expect(ask('Which other councils fell into inadequate at an inspection in 2023 or 2024?').kind?.headline).toMatch(
      /^7 authorities declined to inadequate at an inspection published in 2023 or 2024:/,
    );
    expect(ask('Which authorities have been knocked off outstanding at their next full inspection?').kind?.headline).toMatch(/^3 authorities declined from outstanding/);
    expect(ask('any councils bounce back to good after an inadequate?').kind?.headline).toMatch(/^8 authorities improved from inadequate to good/);
  });
});

describe('conditions of fact and asides', () => {
  it('reads a condition the reports can settle as the premise of what is asked', () => {
    expect(ask('if Bury had a focused visit in 2023, what was it on?').kind?.headline).toMatch(/^I have no focused-visit letter for Bury from 2023; the nearest is/);
    expect(kindOf('If Medway had a visit in 2025, what was it about?')).toBe('focused-visit');
  });

  it("sets aside what the asker puts aside or does not only want", () => {
    expect(
      kindOf('Harrow\'s care leavers service got the worst mark in 2025 and dragged the borough down from good to inadequate. Leaving the marks aside, what were the actual recommendations?'),
    ).toBe('improvements');
    expect(kindOf("Lambeth: I don't only want the 2026 grade, I want where they are overall and whether anything has happened since.")).toBe('overview');
    expect(kindOf("new job at west berkshire starting monday so basically what's their off said story")).toBe('overview');
  });

  it("reads 'how many of the outstanding LAs mention…, and what do their reports say' as paragraphs filtered by grade", () => {
    const hubs = ask('how many of the outstanding LAs mention family hubs, and what do their reports say the hubs actually do for families?');
    expect(hubs.kind?.kind).toBe('grade-filtered');
    expect(hubs.kind?.headline).toMatch(/^Paragraphs on family hubs/);
    expect(ask('how many outstanding councils are there?').grades?.kind).toBe('count');
  });
});

describe('dictation, pasted text and ordinary-word names', () => {
  it('reads said punctuation, hesitations and spoken letters', () => {
    const a = ask('erm in the outstanding el ays how do they do step down from social care back to early help question mark');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on care early help from the 43 authorities/);
  });

  it('decodes the HTML entities pasted text carries, but never into a control or format character', () => {
    expect(normaliseQuestion('What&#39;s Telford &amp; Wrekin&rsquo;s grade?')).toBe('What\'s Telford & Wrekin’s grade?');
    expect(normaliseQuestion('Bury&#x202E; &#0; &bogus;')).toBe('Bury&#x202E; &#0; &bogus;');
    expect(ask('What&#39;s the average wait right now for an initial child protection conference in Telford &amp; Wrekin?').kind?.headline).toMatch(
      /^No report can give Telford and Wrekin's figures as they are today/,
    );
  });

  it("reads 'Reading' at a sentence's head as the verb before what is read, and as the council otherwise", () => {
    const halton = ask('Reading the Halton 2024 report, which individual social workers did inspectors name and criticise?');
    expect(halton.kind?.kind).toBe('cannot-tell');
    expect(halton.understood?.authorities).toEqual(['Halton']);
    expect(ask('Reading care leavers').understood?.authorities).toEqual(['Reading']);
    expect(ask('Reading and Slough grades').understood?.authorities).toEqual(['Reading', 'Slough']);
  });

  it("says no report holds a case file, a director's pay or this week's count", () => {
    expect(kindOf("My neighbour's kids in Torbay have a social worker. Can you tell me who it is and what's on their file?")).toBe('cannot-tell');
    expect(kindOf("What is Croydon paying its director of children's services - the old director of social services job?")).toBe('cannot-tell');
    expect(kindOf("What's this week's count of Bury children on the child protection register? Not an old figure from a report - the live number.")).toBe('cannot-tell');
    expect(kindOf('what did inspectors say about social workers in Halton?')).toBeUndefined();
  });
});

describe('spelling by sound, brackets, data words and word order (rounds 96-97)', () => {
  it('reads question words spelled by sound and misspelt service words as meant', () => {
    expect(ask('Wakefeild kids servises - wot did ofsted rate them').grades?.headline).toMatch(/^Wakefield's latest graded inspection/);
    expect(kindOf('wich las have got ofsted turning up in the new yeer')).toBe('cannot-tell');
  });

  it("sets aside the asker's context in brackets, what they know already and why they ask", () => {
    expect(kindOf("(moving there for a job) give me the headlines on Herefordshire children's services — I know they had a rough 2022")).toBe('overview');
    const outstanding = ask('Which councils rated outstanding had a focused visit in 2025? Trying to see if Ofsted still checks in on the top performers.');
    expect(outstanding.kind?.kind).toBe('visit-list');
    expect(outstanding.kind?.headline).toMatch(/^6 focused visits of the 43 authorities in England rated outstanding/);
    expect(kindOf('Risk slide needs the big fallers: any council whose overall grade dropped two steps at its latest full inspection?')).toBe('grade-change');
    // A label naming the council is the council: "Board paper: Bury's grades".
    expect(ask("Board paper: Bury's grades").grades?.headline).toMatch(/^Bury's latest graded inspection/);
  });

  it('reads the report an answer goes by, and the improvements a council was set', () => {
    expect(ask('What does Havering have to improve, going by its December 2023 inspection?').kind?.headline).toMatch(/^Havering's 2023 graded inspection, Havering 2023 ILACS/);
    expect(ask('Stockport slipped from good to requires improvement in 2025; the improvements it was set were which?').kind?.headline).toMatch(
      /^Stockport's 2025 graded inspection, Stockport 2025 ILACS/,
    );
  });

  it("lists 'every visit', reads 'from the start' as the whole history and a DfE data return as no report's", () => {
    expect(ask('every visit to Hull between 2019 and 2026').kind?.headline).toMatch(/^3 focused visits of Kingston upon Hull \(1 authority\), carried out from 2019 to 2026/);
    expect(ask('Rotherham - all their ofsted results from the start').grades?.headline).toBe('Rotherham: 4 graded inspections, in date order.');
    expect(ask("What's Rochdale's CLA rate per 10k in the latest 903 return?").kind?.headline).toMatch(/^The reports do not hold that: figures from the DfE's data returns/);
    expect(kindOf("what did Ofsted say about Bury's 903 data quality?")).toBeUndefined();
  });
});

describe('committee papers, neighbouring services and headline searches (rounds 98-99)', () => {
  it('reads how a committee paper asks as courtesy, and what it asks for', () => {
    expect(ask('The Lead Member has requested a summary of the matters Ofsted asked Stockport to address following its May 2025 inspection.').kind?.headline).toMatch(
      /^Stockport's 2025 graded inspection, Stockport 2025 ILACS, published 15 July 2025, lists 6/,
    );
    expect(kindOf('The committee would like to understand, in general terms, how Ofsted regards Reading\'s children\'s services at present.')).toBe('overview');
    // "Not asking how…" ends at its colon: what follows is the question.
    expect(ask('For the avoidance of doubt, the committee is not asking how any council was graded: which authorities have so far been inspected under the reformed 2026 framework?').kind?.headline).toMatch(
      /^11 reformed ILACS inspections \(11 authorities\)/,
    );
  });

  it("reads a 'social care visit' or 'social care inspection' as Ofsted's", () => {
    expect(ask('Herefordshire had a social care visit just before Christmas 2019 on CIN and CP plans - how did it go?').kind?.headline).toMatch(/^Herefordshire's 2019 focused visit/);
    const kingston = ask('Kingston upon Thames - did its 2019 social care inspection come out higher than the 2015 one?');
    expect(kingston.grades?.rows.map((r) => r.reportId)).toEqual(['kingston-upon-thames-2015', 'kingston-upon-thames-2019']);
  });

  it('reads two- to five-word searches', () => {
    expect(kindOf('Havering fixes')).toBe('improvements');
    expect(ask('Redcar visit tally').kind?.headline).toMatch(/^4 focused visits of Redcar and Cleveland/);
    expect(ask('Swindon good to inadequate?').grades?.kind).toBe('history');
    expect(ask('Herefordshire off inadequate?').grades?.kind).toBe('history');
    expect(ask('Wiltshire outstanding next time?').kind?.headline).toMatch(/^No report can say what grade Wiltshire will get/);
    expect(ask('Wiltshire went from RI to good at the next inspection').grades?.kind).toBe('history');
    expect(ask('is Bury better than Bolton?').grades?.kind).toBe('compare');
  });
});

describe('a list by a grade councils do not have', () => {
  it("lists the councils whose latest grade is another, for 'aren't inadequate' and 'not outstanding'", () => {
    const inadequate = ask('which councils are inadequate?').grades;
    const notInadequate = ask("which councils aren't inadequate?").grades;
    expect(notInadequate?.headline).toMatch(/^133 authorities in England not rated inadequate overall, on each authority's latest graded inspection:/);
    expect(notInadequate?.rows.some((r) => r.grade === 'inadequate')).toBe(false);
    const both = new Set([...(inadequate?.rows ?? []), ...(notInadequate?.rows ?? [])].map((r) => r.authority));
    expect(both.size).toBe((inadequate?.rows.length ?? 0) + (notInadequate?.rows.length ?? 0));
    expect(ask('how many councils are not outstanding?').grades?.count).toBe(99);
    // "Not good" stays below good.
    expect(ask('which councils are not good?').grades?.headline).toMatch(/rated less than good overall/);
  });

  it("lists for 'never rated inadequate' only councils none of whose graded inspections was", () => {
    const never = ask('which councils have never been rated inadequate?').grades;
    expect(never?.headline).toMatch(/^97 authorities in England never rated inadequate overall, on every graded inspection/);
    const listed = (never?.rows ?? []).map((r) => r.authority);
    expect(listed).not.toContain('Birmingham');
    for (const authority of listed.slice(0, 25)) {
      const history = ask(`${authority} grade history`).grades;
      expect(history?.rows.some((r) => r.area === 'overall' && r.grade === 'inadequate'), authority).toBe(false);
    }
    expect(ask('which councils have not been rated inadequate since 2018?').grades?.headline).toMatch(/^121 authorities in England never rated inadequate overall, on any graded inspection since 2018/);
  });
});

describe('a list by a grade given more than once', () => {
  it("lists for 'inadequate twice' the councils two or more of whose graded inspections were", () => {
    const twice = ask('which councils have been inadequate twice?').grades;
    expect(twice?.headline).toMatch(/^11 authorities in England rated inadequate overall, on two or more graded inspections \(the latest so rated is shown\):/);
    const listed = (twice?.rows ?? []).map((r) => r.authority);
    expect(listed).toContain('Birmingham');
    for (const authority of listed) {
      const history = ask(`${authority} grade history`).grades;
      expect(history?.rows.filter((r) => r.area === 'overall' && r.grade === 'inadequate').length, authority).toBeGreaterThanOrEqual(2);
    }
    expect(ask('which councils have been rated inadequate more than once?').grades?.rows.length).toBe(listed.length);
    expect(ask('how many councils have been outstanding three times?').grades?.count).toBe(3);
  });
});

describe('forms and pushback (round 100)', () => {
  it('reads a message written as fields by its values, not its labels', () => {
    expect(ask('Year: 2023 (fieldwork)\nType: focused visits, all councils\nNeed: total number + split by theme').kind?.headline).toMatch(
      /^31 focused visits \(31 authorities\), carried out in 2023/,
    );
    expect(kindOf('{council: "Hammersmith and Fulham", want: "status summary"}')).toBe('overview');
    expect(kindOf('Scope: London boroughs\nInspected: 2024\nNeed: which ones moved UP an overall grade vs their previous full inspection')).toBe('grade-change');
  });

  it("reads what follows 'try again' as the question, and 'came out a grade worse' as a move", () => {
    expect(ask('try again, and only count full inspections in 2023: which councils came out a grade (or more) worse than last time?').kind?.headline).toMatch(
      /^4 authorities declined at an inspection published in 2023/,
    );
  });
});

describe('lists of visits asked plainly', () => {
  it("reads 'been to', 'had no focused visits' and 'in date order'", () => {
    expect(ask('has Ofsted been to Bury since 2023?').kind?.headline).toMatch(/^1 Ofsted visit of Bury \(1 authority\), carried out since 2023/);
    expect(ask('which councils have had no focused visit since 2023?').kind?.headline).toMatch(/^71 authorities had no focused visit carried out since 2023/);
    expect(ask("Bury's reports in date order").kind?.headline).toMatch(/^6 reports of Bury/);
  });
});

describe('councils side by side, grades in a row and visits lined up (round 101)', () => {
  it("compares councils put 'next to each other', and reads 'three outstandings in a row' as the history", () => {
    expect(ask("Put Glos, Worcs and Herefordshire's most recent overall grades next to each other").grades?.headline).toMatch(
      /^Gloucestershire, Worcestershire and Herefordshire: the latest graded inspection of each/,
    );
    expect(ask('North Lincs - three outstandings in a row, or did one of them slip?').grades?.kind).toBe('history');
  });

  it('reads a visit lined up ahead as one to come, but not one booked for a year past', () => {
    expect(kindOf('Has Ofsted got a focused visit lined up for Ealing before the year is out?')).toBe('cannot-tell');
    expect(kindOf('did Ealing have a focused visit booked in for 2023?')).not.toBe('cannot-tell');
  });
});

describe('direction and standing in everyday words (round 102)', () => {
  it("reads 'going the wrong way' as a move down, and 'how worried should I be' and 'the lie of the land' as the picture", () => {
    expect(ask('any councils going the wrong way in the 2024 round of inspections?').kind?.headline).toMatch(/^7 authorities declined at an inspection published in 2024:/);
    expect(kindOf('How worried should I be about Tameside? I start as a senior practitioner there in February.')).toBe('overview');
    expect(kindOf("South Gloucestershire: give me the lie of the land for children's social care, I've just joined their IRO team.")).toBe('overview');
  });
});
