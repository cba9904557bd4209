/**
 * Question kinds asked in the voices of the eighty-second to eighty-fifth
 * routing rounds (scripts/route-questions.json): reasons asked why, chat
 * slang, the 2026 framework's words, typography, hedges, self-corrections,
 * questions passed on from someone else and requests for exact words. Each
 * case is a tuning question the readers learned from, or a near neighbour
 * that must not move.
 */
import { describe, expect, it } from 'vitest';
import type { AskAnswer } from '../../src/answer-types.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const reportIds = (a: AskAnswer): string[] => (a.kind?.visits ?? []).map((v) => v.reportId);

describe('words struck through or taken back', () => {
  it('reads the council after a struck-through one, in Discord and Slack marks', () => {
    const a = ask('tell me about ~~Rochdale~~ Bury - where are they now with Ofsted?');
    expect(a.kind?.kind).toBe('overview');
    expect(a.authorities).toBeUndefined();
    expect(a.kind?.headline).toMatch(/^Bury's latest graded inspection: Bury 2025 ILACS/);
    expect(ask('tell me about ~Rochdale~ Bury').kind?.headline).toMatch(/^Bury's latest/);
    expect(ask('how many children in care has ~~Wigan~~ Newcastle got this month, and how many of them are placed out of area?').kind?.headline).toMatch(
      /^No report can give Newcastle upon Tyne's figures as they are today/,
    );
  });

  it('leaves out a council scrapped after it was asked about, and asks across the grade named instead', () => {
    const a = ask("what did Tameside's report say about kinship carers? hang on, scrap Tameside - I want it across all the councils currently rated inadequate");
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on kinship carers from the 9 authorities in England rated inadequate overall/);
    expect(new Set(a.results.map((r) => r.authority)).size).toBeGreaterThan(1);
  });
});

describe('a question passed on from someone else', () => {
  it('reads what was asked, not who asked it', () => {
    const bradford = ask('The DCS asked me to check whether Bradford has finally climbed out of inadequate.');
    expect(bradford.grades?.kind).toBe('history');
    expect(bradford.grades?.rows.map((r) => r.reportId)).toEqual(['bradford-2014', 'bradford-2018', 'bradford-2022', 'bradford-2026']);
    expect(ask("A parent rang asking if Sandwell is still one of the councils Ofsted rates inadequate for children's services.").grades?.headline).toMatch(/^Sandwell's latest graded inspection/);
    expect(ask("our head of service is asking what Bury's grades are").grades?.headline).toMatch(/^Bury's latest graded inspection/);
  });

  it("says no report tells whose file inspectors read, a son's or a daughter's as much as the asker's own", () => {
    expect(kindOf("A parent rang asking whether the inspectors read her son's file when they came to Barnsley in November 2024.")).toBe('cannot-tell');
    expect(kindOf("did ofsted read my daughter's file in Leeds")).toBe('cannot-tell');
    // "Their records" may be the council's: the inspection's evidence, in the reports.
    expect(kindOf('did inspectors look at their records in Bury?')).toBeUndefined();
  });
});

describe('figures today, and advice', () => {
  it("reads today's figure as one no report holds, but not where the asker sets it aside", () => {
    expect(ask("Brighton and Hove: paste me today's figure for children on child protection plans, with a citation I can put in the JSNA.").kind?.headline).toMatch(
      /^No report can give Brighton and Hove's figures as they are today/,
    );
    const blackpool = ask("Are caseloads in Blackpool manageable? Going by what the 2026 inspectors wrote, not today's figures.");
    expect(blackpool.kind?.kind).not.toBe('cannot-tell');
    expect(blackpool.results[0]?.authority).toBe('Blackpool');
  });

  it('gives no advice on where to put effort to avoid a grade', () => {
    expect(ask("Which evaluation area should Stockton-on-Tees put its effort into so it doesn't get RI at its first report-card inspection?").kind?.headline).toMatch(/^I give no opinions or advice/);
  });
});

describe('where a council stands, asked in everyday words', () => {
  it('reads "is X ok?", "on the up or still in trouble" and "the ofsted situation" as the overview', () => {
    expect(ask('is Swindon ok? asking bc i\'ve got an interview there next wk').kind?.headline).toMatch(/^Swindon's latest graded inspection: Swindon 2023 ILACS/);
    expect(kindOf('is Tameside on the up or still in trouble?')).toBe('overview');
    expect(kindOf('starting in Leicestershire as a TM next month... honest picture of the ofsted situation pls')).toBe('overview');
    // Of a topic, what inspectors said of it.
    expect(kindOf("are Bury's care leavers ok?")).toBeUndefined();
  });

  it("sets the asker's time away and what they believe aside", () => {
    expect(ask("catch me up on Darlington, I've been out of the loop since about 2022").kind?.headline).toMatch(/^Darlington's latest graded inspection: Darlington 2026 ILACS/);
    expect(kindOf("Sunderland - where does it stand these days? As far as I know it hasn't been done under the reformed framework yet.")).toBe('overview');
  });
});

describe('chat slang and arrows', () => {
  it('never searches slang, or how the asker feels after the question', () => {
    const liverpool = ask("smh where's Liverpool's overall grade from the 2026 one?? can't find it anywhere");
    expect(new Set(liverpool.grades?.rows.map((r) => r.reportId))).toEqual(new Set(['liverpool-2026']));
    expect(ask("Newcastle — ignore the front door FV, the 2025 full one — what did it say needs to get better? lowkey shocked care leavers weren't good 👀").kind?.headline).toMatch(
      /^Newcastle upon Tyne's 2025 graded inspection, Newcastle upon Tyne 2025 ILACS/,
    );
  });

  it('reads two grades heading a question, or joined by an arrow, as a move', () => {
    const a = ask("RI → outstanding in one go, who's actually managed it? istg there's a few 🔥");
    expect(a.kind?.headline).toBe('3 authorities rated requires improvement at their previous graded inspection are rated outstanding now:');
    expect((a.grades?.rows ?? []).map((r) => r.reportId)).toEqual(['brighton-and-hove-2015', 'brighton-and-hove-2024', 'haringey-2018', 'haringey-2026', 'york-2022', 'york-2025']);
    expect(ask('RI to outstanding: which councils?').kind?.headline).toBe(a.kind?.headline);
    // A span of grades before what it describes is no move.
    expect(kindOf('good to outstanding practice on care leavers')).toBe('grade-filtered');
  });
});

describe('lists of reports', () => {
  it("reads a council's reports in the plural, and nothing else asked, as its list", () => {
    const bury = ask('Bury reports');
    expect(bury.kind?.kind).toBe('visit-list');
    expect(bury.kind?.count).toBe(6);
    expect(ask('bury ofsted reports').kind?.count).toBe(6);
    expect(kindOf('Bury reports on care leavers')).toBeUndefined();
  });

  it('lists after a month named in short, every kind when anything is asked, and says what came last before', () => {
    const a = ask('anything from Ofsted in Bromley after sept 2021 – a visit, an inspection, ANYTHING?? feels overdue');
    expect(a.kind?.headline).toBe('0 Ofsted visits of Bromley, carried out after September 2021.');
    expect(a.kind?.notes).toContain("Bromley's latest before then: Bromley 2021 focused visit, carried out from 14 September 2021.");
    expect(ask('which councils had focused visits from March 2025?').kind?.headline).toMatch(/carried out since 1 March 2025, latest first:$/);
    expect(ask('East Riding of Yorkshire\'s grades over time, from the SIF onwards, with the publication date of each report as the reference.').grades?.kind).toBe('history');
  });

  it("dates Darlington's 2023 focused visit by its days, not its letter's misprinted year", () => {
    const a = ask('Darlington focused visits');
    expect(reportIds(a)).toEqual(['darlington-2023-focused-visit', 'darlington-2021-focused-visit', 'darlington-2019-focused-visit']);
    expect(a.kind?.visits?.[0]?.inspectionStart).toBe('2023-10-24');
  });
});

describe('the school calendar, and years typed with an apostrophe', () => {
  it('reads a term, the summer holidays, Easter and Christmas of a year as their days', () => {
    expect(ask('which councils had focused visits in the autumn term 2023?').kind?.headline).toBe(
      '15 focused visits (15 authorities), carried out in the autumn term of 2023 (1 September 2023 to 31 December 2023), latest first:',
    );
    const summer = ask('which councils had inspectors in looking at their care leavers service in the 2024 summer holidays?');
    expect(summer.kind?.headline).toBe('3 focused visits on care leavers (3 authorities), carried out in the 2024 summer holidays (20 July 2024 to 31 August 2024), latest first:');
    expect(ask('List the focused visits that happened before Christmas 2022').kind?.headline).toMatch(/carried out before Christmas 2022 \(up to 24 December 2022\), latest first:$/);
  });

  it('counts Easter from the computus', async () => {
    const { easterSunday } = await import('../../src/query/periods.ts');
    expect([2019, 2022, 2024, 2025, 2026].map(easterSunday)).toEqual(['2019-04-21', '2022-04-17', '2024-03-31', '2025-04-20', '2026-04-05']);
  });

  it("reads '22 as 2022, never a number after a word", () => {
    expect(ask("Lancs '26 grades").grades?.rows.every((r) => r.reportId === 'lancashire-2026')).toBe(true);
    expect(ask("Redcar '25 — Good overall, but which of the 4 areas were RI?").kind?.kind).not.toBe('grade-change');
  });
});

describe('tag questions, idioms and half-remembered titles', () => {
  it("sets a tag question's premise aside, and a guess after the question whole", () => {
    expect(ask("What did Ofsted want Essex to work on after the 2023 inspection? It was something about separated migrant children, wasn't it?").kind?.kind).toBe('improvements');
    expect(ask("Ofsted did about thirty focused visits in 2023, didn't they? How many were there exactly, and where?").kind?.headline).toBe(
      '31 focused visits (31 authorities), carried out in 2023, latest first:',
    );
    expect(ask("Reading's got about 40 agency social workers right now, hasn't it? What's the live figure?").kind?.kind).toBe('cannot-tell');
  });

  it('reads "back on track", "set foot" and a grade "shifted"', () => {
    expect(kindOf('Catch me up on Solihull - are they back on track these days?')).toBe('overview');
    expect(kindOf('When did Ofsted last set foot in Hertfordshire?')).toBe('visit-list');
    expect(ask("has West Berkshire City Council's grade shifted at all since 2017?").grades?.kind).toBe('history');
  });

  it('reads a council by its name whatever title is half-remembered after it, but never "county lines"', () => {
    expect(ask('Essex Metropolitan focused visits').kind?.visits?.every((v) => v.authority === 'Essex')).toBe(true);
    expect(ask('Wigan County grades').grades?.rows.every((r) => r.authority === 'Wigan')).toBe(true);
    expect(ask('what did Kent say about county lines').results[0]?.authority).toBe('Kent');
  });

  it('lists the councils that went down, with the grade they came to', () => {
    expect(ask('Who went down a grade at their full inspection in 2022, and what did they drop to?').kind?.headline).toBe('6 authorities declined at an inspection published in 2022:');
  });

  it('reads a visit hoped or feared, pencilled in or any chance of, as the future', () => {
    expect(kindOf('Any chance Ofsted lands on Wirral during October half term? Half our managers are on leave that week.')).toBe('cannot-tell');
    expect(kindOf('Give me the councils Ofsted has pencilled in for focused visits in the new year, as a list with dates. Is Rotherham on it?')).toBe('cannot-tell');
    expect(kindOf("Our chief exec wants a one-page summary of Knowsley's position with Ofsted before budget season. What do I need to know?")).toBe('overview');
    expect(kindOf('Gateshead: % of SWs on agency contracts rn?')).toBe('cannot-tell');
  });
});

describe('dates in other orders, a span of months, and the order asked for', () => {
  it('reads a date whose second number cannot be a month in American order, and finds the visit on site that day', () => {
    const a = ask('Hull focused visit starting 7/15/2025 - main findings on placement decisions for older children?');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['kingston-upon-hull-2025-focused-visit']);
    expect(ask('Hull focused visit 15 July 2025 - main findings?').kind?.visits?.[0]?.reportId).toBe('kingston-upon-hull-2025-focused-visit');
  });

  it('lists from the first month named to the end of the second', () => {
    expect(ask('Which councils had a full ILACS between January and June 2025? sorted by grade, best first').kind?.headline).toBe(
      '24 ILACS inspections (24 authorities), carried out between 1 January 2025 and 30 June 2025, latest first:',
    );
  });

  it('never searches the order asked for or the meeting the answer is for', () => {
    expect(kindOf('Where does Southend-on-Sea stand with Ofsted today? newest evidence first, older stuff after')).toBe('overview');
    expect(kindOf('Summary of South Gloucestershire as it stands today, latest report first then anything older that still matters')).toBe('overview');
    expect(ask('Brief me on Westmorland and Furness please, for a meeting on 12/15/2026').kind?.headline).toMatch(/^Westmorland and Furness's latest graded inspection/);
    expect(kindOf('Sandwell went G in Oct 25 - how many CLA have they got today?')).toBe('cannot-tell');
  });
});
