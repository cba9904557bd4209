/**
 * Question kinds asked in the voices of the seventy-second and later routing
 * rounds (scripts/route-questions.json), and answers whose route was right but
 * whose reading of time was not. Each case is a tuning question the readers
 * learned from, or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import type { AskAnswer } from '../../src/answer-types.ts';
import { withoutAsides } from '../../src/query/asides.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const gradeRows = (a: AskAnswer): string[] => (a.grades?.rows ?? []).map((r) => `${r.reportId} ${r.grade}`);
const sectionHeadings = (a: AskAnswer): string[] => (a.kind?.sections ?? []).map((s) => s.heading);

describe('a change of grade dated by one year after both grades', () => {
  it('reads "went from good to RI in 2025" as moves made at inspections published in 2025', () => {
    const a = ask('who went from good to RI in 2025?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('4 authorities rated good at their previous graded inspection were rated requires improvement at an inspection published in 2025:');
    const rows = a.grades?.rows ?? [];
    expect(rows).toHaveLength(8);
    for (let i = 0; i < rows.length; i += 2) {
      const [before, after] = [rows[i], rows[i + 1]];
      expect([before?.grade, after?.grade]).toEqual(['good', 'requires-improvement']);
      expect(before?.authority).toBe(after?.authority);
      expect(after?.published?.startsWith('2025')).toBe(true);
    }
    expect(rows.filter((r) => r.authority === 'Stockport').map((r) => r.reportId)).toEqual(['stockport-2022', 'stockport-2025']);
  });

  it('still reads a year placed beside the first grade, and two years, as grades at those times', () => {
    expect(ask('which councils were inadequate in 2017 but are good now?').kind?.headline).toBe('12 authorities rated inadequate in 2017 are rated good now:');
    expect(ask('which councils went from good in 2019 to RI in 2025?').kind?.headline).toMatch(/rated good in 2019 were rated requires improvement in 2025/);
  });
});

describe('requests and regional speech (seventy-second round)', () => {
  it('reads a term of address after the question as whom it is said to, not a topic', () => {
    expect(gradeRows(ask("where's Norfolk sat grade-wise after their latest full inspection, me duck?"))).toEqual(['norfolk-2026 outstanding']);
    const plymouth = ask('what did the inspectors want Plymouth to crack on with last time round, ar?');
    expect(plymouth.kind?.kind).toBe('improvements');
    expect(plymouth.kind?.visits?.[0]?.reportId).toBe('plymouth-2024');
    expect(kindOf("how's Newcastle getting on with their children's services, wor kid? canny or not?")).toBe('overview');
    // A topic after a comma stays: "…, the LADO?" is asked of.
    expect(ask('what did inspectors say about Bury, the LADO?').results[0]?.text).toMatch(/LADO|designated officer/i);
  });

  it('reads "Salford v Stockport" as the two set against each other', () => {
    const a = ask("Salford v Stockport — which one's rated better these days?");
    expect(a.grades?.kind).toBe('compare');
    expect(gradeRows(a)).toEqual(['salford-2023 good', 'stockport-2025 requires-improvement']);
  });

  it('reads Ofsted "nosing into" a council in a month, and "how\'d it go", as that focused visit', () => {
    const a = ask("what were Ofsted nosing into in Staffordshire in December 2025, and how'd it go?");
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('staffordshire-2025-focused-visit');
  });
});

describe('several councils in one message (seventy-third round)', () => {
  it('gives each named council its list of what to improve, one after another', () => {
    const a = ask('Stockport, Warwickshire and Suffolk all slid to RI at their last ILACS - what were each of them told needs to improve?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe('What Stockport, Warwickshire and Suffolk were each told to improve, one after another:');
    // Only each council's inspection list: the focused visits' own lists since are named, to be asked of one council.
    expect(sectionHeadings(a)).toEqual(['What needs to improve? — Stockport 2025 ILACS', 'What needs to improve? — Warwickshire 2025 ILACS', 'What needs to improve? — Suffolk 2024 ILACS']);
    expect(a.kind?.notes).toContain('Focused visits since added lists of their own for Suffolk: ask about one council to see them.');
    // One council is still one list.
    expect(ask('what was Suffolk told needs to improve?').kind?.headline).toMatch(/^Suffolk's latest graded inspection/);
  });

  it('reads "what were they rated before that?" of several councils as each one\'s inspection before its latest', () => {
    const a = ask('Harrow / Havering / Halton all came out inadequate in the last few years - what were they rated before that?');
    expect(a.grades?.headline).toBe('Harrow, Havering and Halton: the graded inspection before the latest of each, overall effectiveness grade.');
    expect(gradeRows(a)).toEqual(['harrow-2020 good', 'havering-2016 requires-improvement', 'halton-2020 requires-improvement']);
    expect(gradeRows(ask('what were Harrow, Havering and Halton rated before their latest inspection?'))).toEqual(gradeRows(a));
    expect(gradeRows(ask('compare Harrow and Halton'))).toEqual(['harrow-2025 inadequate', 'halton-2024 inadequate']);
    // One council's grade "before the latest one" is its history, which shows it.
    expect(gradeRows(ask("Harrow's grade before the latest one"))).toEqual(['harrow-2017 good', 'harrow-2020 good', 'harrow-2025 inadequate']);
  });
});

describe('the asker and the story before the question (seventy-third round)', () => {
  it('reads the list asked after a grade lost, and "want fixing"', () => {
    const a = ask('Cornwall lost its outstanding in 2024 - which specific things did Ofsted want fixing?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.visits?.[0]?.reportId).toBe('cornwall-2024');
  });

  it('reads a visit asked "what went well and what needed work?" as the visit as a whole', () => {
    const a = ask("Southwark's January 2019 children in care focused visit - what went well and what needed work?");
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('southwark-2019-focused-visit');
  });

  it('puts aside whom the asker presents to, and a clause of theirs before a dash', () => {
    expect(kindOf('Rochdale - grades, visits, strengths, weaknesses, the lot. presenting to members tomorrow')).toBe('overview');
    expect(kindOf("I support young carers on St Mary's - where do the Isles of Scilly's children's services stand these days?")).toBe('overview');
  });
});

describe('spans, other countries\' words, pasted links and ordinals (seventy-fourth and seventy-fifth rounds)', () => {
  it('reads "from 2013 to date" and "since their 2017 SIF" as spans to now', () => {
    expect(gradeRows(ask("Coventry's grades from 2013 to date please"))).toEqual([
      'coventry-2014 inadequate',
      'coventry-2017 requires-improvement',
      'coventry-2022 good',
      'coventry-2026 outstanding',
    ]);
    // "To the present day" is read whole: no "day" is left to search.
    expect(gradeRows(ask("Coventry's grades from 2013 to the present day"))).toEqual(gradeRows(ask("Coventry's grades from 2013 to date please")));
    const both = ask('Walsall and Wolverhampton - did both of them move up since their 2017 SIF audits, or just one?');
    expect(both.kind?.kind).toBe('grade-change');
    expect(both.kind?.headline).toMatch(/^1 of Walsall, Wolverhampton improved at an inspection published since 2017/);
  });

  it('reads "slid to RI or worse" after losing "a good or outstanding rating" as every such move', () => {
    const a = ask("In the last five years, who's lost a good or outstanding rating and slid to RI or worse?");
    expect(a.kind?.kind).toBe('grade-change');
    const rows = a.grades?.rows ?? [];
    for (let i = 0; i < rows.length; i += 2) {
      expect(['good', 'outstanding']).toContain(rows[i]?.grade);
      expect(['requires-improvement', 'inadequate', 'adequate']).toContain(rows[i + 1]?.grade);
    }
    expect(rows.some((r) => r.grade === 'inadequate')).toBe(true);
  });

  it('reads "up by two grades at once" as moves of two steps or more', () => {
    const a = ask('At the twenty twenty-six inspections, did anyone go up by two grades at once?');
    expect(a.kind?.headline).toMatch(/^\d+ authorities improved by two steps or more at an inspection published in 2026:/);
    const rank: Record<string, number> = { inadequate: 1, 'requires-improvement': 2, adequate: 2, good: 3, outstanding: 4 };
    const rows = a.grades?.rows ?? [];
    for (let i = 0; i < rows.length; i += 2) expect((rank[rows[i + 1]?.grade ?? ''] ?? 0) - (rank[rows[i]?.grade ?? ''] ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it('reads a focused visit asked "pass or fail" as the visit, findings first, and "what did the letter conclude?" too', () => {
    const southwark = ask('Did Southwark pass or fail its one and only children in care focused visit?');
    expect(southwark.kind?.kind).toBe('focused-visit');
    expect(southwark.kind?.visits?.[0]?.reportId).toBe('southwark-2019-focused-visit');
    expect(sectionHeadings(southwark)[0]).toBe('Opening findings — Southwark 2019 focused visit');
    expect(sectionHeadings(ask('Norfolk, Oct 2021 - what did the letter conclude?'))[0]).toBe('Opening findings — Norfolk 2021 focused visit');
  });

  it('reads the list asked after a climb told with ", but", and "the next full review" as the next inspection', () => {
    const a = ask('East Riding climbed from inadequate to good in about three years, but what was still on its to-do list after the 2023 inspection?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.visits?.[0]?.reportId).toBe('east-riding-of-yorkshire-2023');
    expect(ask("Any word on the date Peterborough's next full review lands? Our licensing team wants to plan around it.").kind?.kind).toBe('cannot-tell');
  });

  it('reads a pasted Ofsted link and a document label as pointers, and the council a pasted title names', () => {
    const poole = ask('doc title: "Poole Borough Council - Inspection of services for children in need of help and protection, children looked after and care leavers" - what were the main findings?');
    expect(poole.kind?.kind).toBe('former-authority');
    const school = ask("South Gloucestershire's ILACS link https://reports.ofsted.gov.uk/provider/44/80518 - while you're at it, what did Ofsted rate the primary school our looked-after child goes to in Yate?");
    expect(school.kind?.kind).toBe('cannot-tell');
    // A council's own link keeps its name.
    expect(ask('what grade did https://www.bury.gov.uk get?').grades?.rows[0]?.authority).toBe('Bury');
  });

  it('reads an ordinal report of one council as that report: "first inspection", "second focused visit", "penultimate"', () => {
    expect(gradeRows(ask('what grade did Leeds get at its first inspection?'))).toEqual(['leeds-2015 good']);
    expect(ask("Bury's second focused visit - what was it about?").kind?.visits?.[0]?.reportId).toBe('bury-2019-focused-visit');
    expect(ask("what did Bury's penultimate inspection say about the LADO?").results[0]?.reportId).toBe('bury-2021');
    expect(ask("Milton Keynes' first ever ILACS - which of the four judgements came out highest?").grades?.rows[0]?.reportId).toBe('milton-keynes-2024');
    // The end of a span is not one report.
    expect(gradeRows(ask("I'd like to see the full grade history for Sandwell's children's services, from the earliest report you hold through to the most recent one.")).length).toBeGreaterThan(2);
  });
});

describe('young people, press offices, notes and old scales (seventy-sixth and seventy-seventh rounds)', () => {
  it('reads a change across councils placed by "after being", "once", "became", "this time … last time"', () => {
    const headline = '8 authorities rated inadequate at their previous graded inspection are rated good now:';
    expect(ask('which councils are now good after being inadequate?').kind?.headline).toBe(headline);
    expect(ask('any inadequate councils that became good?').kind?.headline).toBe(headline);
    expect(ask('name the councils once inadequate, now good').kind?.headline).toBe(headline);
    expect(ask('councils rated good this time that were RI last time').kind?.headline).toMatch(/rated requires improvement at their previous graded inspection are rated good now:$/);
    // With a topic, the change is only a filter: not a list of changes.
    expect(ask('how did inadequate councils that became good fix their front door?').kind?.kind).not.toBe('grade-change');
  });

  it('reads one grade named with a move as where it started or ended ("inadequate councils turned it around")', () => {
    expect(ask('which inadequate councils turned it around?').kind?.headline).toMatch(/^\d+ authorities improved from inadequate at their latest graded inspection:/);
    expect(ask('which councils are no longer inadequate?').kind?.headline).toMatch(/^\d+ authorities improved from inadequate/);
    expect(ask('which outstanding councils lost it?').kind?.headline).toMatch(/^\d+ authorities declined from outstanding/);
  });

  it('reads "Dorset County Council" as the former county, "E Riding" and "Nottingham City" as today\'s councils', () => {
    expect(ask('Was the pre-2019 Dorset County Council a grade 2 or a three for children\'s services?').kind?.kind).toBe('former-authority');
    expect(gradeRows(ask('Dorset Council latest grade'))[0]).toMatch(/^dorset-/);
    expect(ask("E Riding 2023 insp -> 'what needs to improve' list?").kind?.visits?.[0]?.reportId).toBe('east-riding-of-yorkshire-2023');
    expect(ask('Nottingham City grades').grades?.rows[0]?.authority).toBe('Nottingham');
  });

  it('cannot tell whose file inspectors read, which staff they named, or how Ofsted rated a council\'s schools', () => {
    expect(kindOf("did the inspectors read my file when they came to Derby? I'm 16 and in care there")).toBe('cannot-tell');
    expect(kindOf("Southwark's Dec 2023 care leavers visit - which personal advisers did inspectors criticise by name, and were they disciplined?")).toBe('cannot-tell');
    expect(kindOf("Did Ofsted rate Thurrock's schools as good with outstanding features?")).toBe('cannot-tell');
    // What inspectors looked at in case files is in the reports.
    expect(kindOf('did inspectors look at case files in Bury?')).not.toBe('cannot-tell');
  });

  it('reads the list asked after a grade told and a clause before it ("Before it goes out, what did…")', () => {
    const hull = ask("We've gone from requires improvement to good in Kingston upon Hull and the press release is nearly ready. Before it goes out, what did the 2026 report still say we must improve, so we aren't caught out?");
    expect(hull.kind?.kind).toBe('improvements');
    expect(hull.kind?.visits?.[0]?.reportId).toBe('kingston-upon-hull-2026');
  });

  it('puts aside what does not matter, and reads "judgmts"', () => {
    expect(kindOf("In 2024, which authorities had inspectors in specifically to look at care leavers aged 18 to 25? Doesn't matter whether they were good or in special measures at the time.")).toBe('visit-list');
    expect(ask('Gateshead judgmts over time, SIF onwards').grades?.kind).toBe('history');
  });
});

describe('plain wordings found by probing (no routing round)', () => {
  it('reads a council\'s Ofsted status or standing as its grade', () => {
    expect(ask("Bury's Ofsted status").grades?.kind).toBe('latest');
    expect(ask("Bury's current Ofsted standing").grades?.kind).toBe('latest');
    expect(ask('Bury - good or bad?').grades?.kind).toBe('latest');
  });

  it('reads a timeline or Ofsted activity of one council as its list of reports', () => {
    expect(kindOf('Bury timeline')).toBe('visit-list');
    expect(ask('Bury Ofsted activity since 2020').kind?.headline).toMatch(/^3 reports of Bury \(1 authority\), carried out since 2020/);
    expect(kindOf("Bury's Ofsted visits over the years")).toBe('visit-list');
  });

  it('reads "this month" and "this week" in a list as the last month or week to the newest report held', () => {
    expect(ask('which councils were inspected this month?').kind?.headline).toBe('0 inspections, carried out in the month to 20 August 2026 (the newest report I hold).');
    expect(ask('which councils were inspected this year?').kind?.headline).toMatch(/carried out in 2026/);
  });

  it('reads a snapshot, profile, key facts or "how does Ofsted see" a council as its picture', () => {
    for (const q of ['Bury snapshot', 'Bury profile', 'key facts about Bury', 'Bury in a sentence', 'how does Ofsted see Bury?', 'how healthy is Bury?']) expect(kindOf(q)).toBe('overview');
    expect(kindOf('Bury LADO profile')).not.toBe('overview');
  });
});

describe('quizzes and mistaken premises (seventy-eighth round)', () => {
  it('reads a multiple-choice list of councils with "which of these" as which of them moved', () => {
    const a = ask('Which of these went down a grade at its 2024 ILACS: (a) Cornwall (b) Thurrock (c) Kirklees?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toMatch(/^1 of Cornwall, Thurrock, Kirklees declined at an inspection published in 2024/);
  });

  it('reads "True or false: X was one of the things Reading was told to improve" as the list', () => {
    const a = ask('True or false: publishing its local offer for care leavers on time was one of the things Reading was told to improve in 2024.');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.visits?.[0]?.reportId).toBe('reading-2024');
    expect(kindOf('Halton went down to inadequate in 2024. True or false: private fostering and kinship carers were on the list of things Ofsted said it must fix?')).toBe('improvements');
  });

  it('reads a visit named by a theme it did not have as the visit of that time', () => {
    const kent = ask("Kent's focused visit on care leavers in January 2024 - key findings please");
    expect(kent.kind?.kind).toBe('focused-visit');
    expect(kent.kind?.headline).toMatch(/^Kent's 2024 focused visit \(Kent 2024 focused visit\), on the front door/);
    expect(ask("Remind me what came out of Bolton's 2025 care leavers focused visit?").kind?.visits?.[0]?.reportId).toBe('bolton-2025-focused-visit');
    // A theme asked about within the visit is still a topic.
    expect(kindOf("Kent's focused visit in January 2024 - what did it say about care leavers?")).not.toBe('focused-visit');
  });

  it('reads "More widely, how do good-rated LAs…" after a scene naming a council as asked across councils', () => {
    expect(kindOf('Haringey came out good in 2026. More widely, how do good-rated LAs handle private fostering arrangements?')).toBe('grade-filtered');
  });
});

describe('sizes and subject lines (seventy-ninth round)', () => {
  it('puts aside the answer\'s size after the question ("one line", "one word", "nothing left out")', () => {
    expect(kindOf('Barking and Dagenham focused visits: total count plus the years, one line')).toBe('visit-list');
    const hull = ask('Hull 2026: every single thing inspectors want them to work on, nothing left out');
    expect(hull.kind?.kind).toBe('improvements');
    expect(hull.kind?.visits?.[0]?.reportId).toBe('kingston-upon-hull-2026');
  });

  it('reads "C Beds" after a subject line as Central Bedfordshire', () => {
    const a = ask('Subject: C Beds - Feb 2024?\nWhen in 2024 were inspectors in Central Bedfordshire, and what was that visit checking?');
    expect(a.kind?.visits?.[0]?.reportId).toBe('central-bedfordshire-2024-focused-visit');
    expect(ask('C Beds grades').grades?.rows[0]?.authority).toBe('Central Bedfordshire');
  });

  it('does not read "did its next full inspection keep the same grade?" after a past visit as the future', () => {
    expect(kindOf('West Berkshire had a care leavers focused visit in 2023. Did its next full inspection keep the same grade or not? one word')).not.toBe('cannot-tell');
  });
});

describe('afterthoughts and the time since (eightieth and eighty-first rounds)', () => {
  it('puts aside an afterthought that is chatter or a check ("ps asking bc…", "oh and that means…, right?")', () => {
    expect(kindOf("who's had a front door focused visit most recently? ps asking bc we reckon ours is next")).toBe('visit-list');
    expect(ask("Liverpool's grades under the new framework pls. oh and that means no overall one, right?").grades?.rows[0]?.reportId).toMatch(/^liverpool-2026/);
    // "PS" inside a sentence is no afterthought.
    expect(withoutAsides('what are the steps in the PS process')).toBe('what are the steps in the PS process');
  });

  it('reads "how long since Ofsted was last in X?" as its list of visits, whose dates answer it', () => {
    expect(kindOf('how long since Ofsted was last in Peterborough?')).toBe('visit-list');
    expect(kindOf('Has it been more than three years since Ofsted was last in Peterborough? Feels like we must be overdue.')).toBe('visit-list');
    expect(kindOf("how long has it been since Bury's last inspection?")).toBe('visit-list');
    expect(kindOf('how long since Bury improved its LADO?')).not.toBe('visit-list');
  });

  it('cannot tell a figure of the year still running, the caseload today, or a rating of children\'s homes', () => {
    expect(kindOf("How long do social workers in Barnet stay in post on average these days? Need this year's turnover figure.")).toBe('cannot-tell');
    expect(kindOf("what's the caseload in Bury today?")).toBe('cannot-tell');
    expect(kindOf("what's the Ofsted rating of Bury's children's homes?")).toBe('cannot-tell');
    expect(kindOf('what did inspectors say about caseloads in Bury?')).not.toBe('cannot-tell');
  });
});
