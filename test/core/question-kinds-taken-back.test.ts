/**
 * Question kinds found by the thirteenth round of routing questions written
 * blind (scripts/route-questions.json, tuning half): staff pasting from
 * emails and tickets, who take back what they asked first ("actually scratch
 * that"), put one report aside ("not the FV in 2024"), add their own count
 * after the question ("i make it 5") or a deadline after the aside ("for a
 * partner briefing tmrw"); and staff asking with order and comparison words
 * ("the lowest they have ever been rated", "the inspection before the
 * inadequate one"); and by the fourteenth round: Ofsted's own titles of its
 * judgements, and a visit named by its month after the word.
 */
import { describe, expect, it } from 'vitest';
import { answerPreface, type AskAnswer } from '../../src/index.ts';
import { askTheCorpus } from './support/ask-corpus.ts';
import { correctedQuestion } from '../../src/query/asides.ts';
import { kindWordMeant } from '../../src/query/chat-shorthand.ts';

const ask = askTheCorpus();
const gradeRows = (a: AskAnswer): string[] => (a.grades?.rows ?? []).map((r) => `${r.reportId} ${r.grade}`);
/** Harrow's 2025 ILACS as printed (index-data/reports/harrow-2025.json): the overall grade, then each area's. */
const HARROW_2025_EVERY_AREA = ['overall inadequate', 'leadership requires-improvement', 'help-and-protection good', 'children-in-care good', 'care-leavers inadequate'];

describe('question kinds when the asker takes back or puts aside', () => {
  it('reads only what is asked after "actually scratch that", keeping the place named first', () => {
    expect(correctedQuestion('how many ILACS came out inadequate in 2023... actually scratch that, how many inspections in 2023?')?.after).toBe('how many inspections in 2023?');
    expect(correctedQuestion('what did ofsted say about the LADO in Bury?')).toBeNull();
    // A correction of a word or two naming an authority swaps it into what was asked first.
    const bolton = ask('what did ofsted say about the LADO in bury - sorry i meant bolton');
    expect(bolton.understood.authorities).toEqual(['Bolton']);
    expect(bolton.results.map((h) => h.reference)).toEqual(ask('what did ofsted say about the LADO in bolton').results.map((h) => h.reference));
    expect(ask('how many FVs has bury had? no wait, oldham').kind?.headline).toMatch(/^\d+ focused visits? of Oldham/);
    const bury = ask('bury - how many FVs? actually scratch that, how many inspections since 2015?');
    expect(bury.kind?.kind).toBe('visit-list');
    expect(bury.kind?.headline).toMatch(/^3 inspections of Bury \(1 authority\), carried out since 2015/);
    const national = ask('how many ILACS came out inadequate in 2023... actually scratch that, DfE just want the total number of inspections done in 2023, any grade, FVs included');
    expect(national.kind?.kind).toBe('visit-list');
    expect(national.grades).toBeUndefined();
  });

  it('puts aside "not the FV in 2024" and the asker\'s own count after the question', () => {
    const stHelens = ask('st helens - not the FV in 2024, the full inspection before that - what was the overall grade?');
    expect(stHelens.kind).toBeUndefined();
    expect(gradeRows(stHelens)).toEqual(['st-helens-2023 good']);
    const wokingham = ask('- wokingham - how many FVs have they had? i make it 5 since 2018 but cant find the oct one');
    expect(wokingham.kind?.kind).toBe('visit-list');
    expect(wokingham.kind?.headline).toMatch(/^5 focused visits of Wokingham/);
  });

  it('leaves out a deadline after the paper it is for, and a new job at the head', () => {
    const harrow = ask('is harrow still inadequate or has that changed since? need it for a partner briefing tmrw');
    // "Has that changed" asks for the change: the history, which ends at the latest grade.
    expect(harrow.grades?.kind).toBe('history');
    expect(gradeRows(harrow)).toEqual(['harrow-2017 good', 'harrow-2020 good', 'harrow-2025 inadequate']);
    const reading = ask("new to reading's QA team - could you give me the big picture on reading? grades, any visits since, how they're doing incl children in care");
    expect(reading.kind?.kind).toBe('overview');
    expect(reading.understood.authorities).toEqual(['Reading']);
  });
});

describe('grades asked with order and comparison words', () => {
  it('gives the grade history for "the lowest … ever been rated" and "the inspection before the inadequate one"', () => {
    expect(gradeRows(ask('whats the lowest essex has ever been rated'))).toEqual(['essex-2014 good', 'essex-2018 outstanding', 'essex-2023 outstanding']);
    expect(gradeRows(ask('isles of scilly - what were they rated at the inspection before the inadequate one?'))).toEqual([
      'isles-of-scilly-2016 good',
      'isles-of-scilly-2019 good',
      'isles-of-scilly-2023 inadequate',
    ]);
  });

  it('reads a grade told again in the question after a premise as that inspection\'s grades, every area', () => {
    const a = ask('harrow went inadequate in 2025 - was that inadequate across the board or just for care leavers??');
    expect(a.kind).toBeUndefined();
    // Every area's grade answers "across the board": the overall first, then each area as the report printed them.
    expect(a.grades?.rows.map((r) => `${r.area} ${r.grade}`)).toEqual(HARROW_2025_EVERY_AREA);
  });
});

describe('grades asked by the titles of Ofsted\'s judgements (fourteenth round)', () => {
  it('reads "the impact of leaders on social work practice…" and "the experiences and progress of children who need help and protection" as their areas', () => {
    const tameside = ask("In Tameside's December 2023 standard ILACS, what judgement did inspectors give for the impact of leaders on social work practice with children and families?");
    expect(tameside.grades?.rows.map((r) => `${r.reportId} ${r.area} ${r.grade}`)).toEqual(['tameside-2023 leadership inadequate']);
    const bury = ask("what was bury's judgement for the experiences and progress of children who need help and protection in 2021?");
    expect(bury.grades?.rows.map((r) => `${r.reportId} ${r.area} ${r.grade}`)).toEqual(['bury-2021 help-and-protection inadequate']);
  });
});

describe('visits asked of in other words', () => {
  it('reads "the Barnet visit in nov 2025" as that letter, leaving aside what the asker is prepping for', () => {
    const a = ask('prepping for our care leavers stuff - the barnet visit in nov 2025, whats the gist of it');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('barnet-2025-focused-visit');
  });

  it('counts inspectors "coming in" to look at a theme as focused visits on it', () => {
    const a = ask('how many times have ofsted been into bristol to look at the front door?');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.headline).toMatch(/^2 focused visits on the front door of Bristol/);
  });

  it('reads a visit asked of as a whole with its theme in other words ("positions of trust / LADO", "older children in care")', () => {
    const staffs = ask('staffs latest FV was on positions of trust / LADO right? what did they conclude overall');
    expect(staffs.kind?.kind).toBe('focused-visit');
    expect(staffs.kind?.visits?.[0]?.reportId).toBe('staffordshire-2025-focused-visit');
    const glos = ask('gloucestershire jan 2025 FV - older children in care & care leavers - key findings?');
    expect(glos.kind?.kind).toBe('focused-visit');
    expect(glos.kind?.visits?.[0]?.reportId).toBe('gloucestershire-2025-focused-visit');
  });

  it('gives no advice on what to work on first, and no count as it is today', () => {
    expect(ask("we're RI and expecting an FV soon - should we put our effort into the front door or care leavers first?").kind?.headline).toMatch(/^I give no opinions or advice/);
    const herts = ask('how many children are in care in herts today compared with what the 2018 ILACS said?');
    expect(herts.kind?.kind).toBe('cannot-tell');
    expect(herts.kind?.headline).toMatch(/^No report can give Hertfordshire's figures as they are today/);
    expect(ask('how many social workers does kent employ today').kind?.headline).toMatch(/^No report can give Kent's figures as they are today/);
  });
});

describe('visits and grades asked in newcomers\' and analysts\' words (fifteenth round)', () => {
  it('reads "kids in care", "the big inspection … come out with" and "where do they sit on the Ofsted scale" as grades', () => {
    expect(ask('how is havering rated for kids in care').grades?.rows.map((r) => `${r.reportId} ${r.area} ${r.grade}`)).toEqual(['havering-2023 children-in-care inadequate']);
    expect(gradeRows(ask("isles of scilly's big inspection in 2023, what grade did they come out with"))).toEqual(['isles-of-scilly-2023 inadequate']);
    const harrow = ask('Harrow - where do they sit on the Ofsted scale right now, overall and each sub-judgement').grades;
    expect(harrow?.rows.map((r) => `${r.area} ${r.grade}`)).toEqual(HARROW_2025_EVERY_AREA);
    expect(new Set(harrow?.rows.map((r) => r.reportId))).toEqual(new Set(['harrow-2025']));
  });

  it('lists visits "after their 2019 inspection", "a table of date + theme", "those short themed visits" and "no. of … in calendar year 2025"', () => {
    const leicestershire = ask('did leicestershire get any of the themed visits after their 2019 inspection? what were they on and when');
    expect(leicestershire.kind?.headline).toMatch(/carried out after Leicestershire's 2019 inspection \(which ended 4 October 2019\)/);
    expect(leicestershire.kind?.visits?.map((v) => v.reportId)).toEqual(['leicestershire-2023-focused-visit', 'leicestershire-2022-focused-visit']);
    expect(ask('Doncaster FVs - what was the theme of each one? just need a table of date + theme, all of them').kind?.headline).toMatch(/^4 focused visits of Doncaster/);
    expect(ask('how many of those short themed visits in 2024 were about care leavers 18-25?').kind?.headline).toMatch(/^13 focused visits on care leavers \(13 authorities\), carried out in 2024/);
    const northEast = ask('no. of full ILACS reports published for North East councils in calendar year 2025?');
    expect(northEast.kind?.kind).toBe('visit-list');
    expect(northEast.kind?.headline).toMatch(/^5 ILACS inspections in the North East \(5 authorities\), published in 2025/);
  });

  it('reads a visit asked of by its cohort, its theme with ages, or what inspectors "thought of" when they came in', () => {
    const visitOf = (q: string): string | undefined => ask(q).kind?.visits?.[0]?.reportId;
    expect(visitOf("Newham's focused visit in January 2024, which cohort of children was it looking at?")).toBe('newham-2024-focused-visit');
    expect(visitOf("dorset's 2023 visit on 16 and 17 yr old care leavers - how did they do, was it rated good?")).toBe('dorset-2023-focused-visit');
    expect(visitOf("what did ofsted think of birmingham's CASS and MASH when they came in feb 2020?")).toBe('birmingham-2020-focused-visit');
  });
});

describe('councils and themes left out, and other wordings (sixteenth round)', () => {
  it('leaves out of a list the authorities named after "not counting", "apart from", "other than"', () => {
    const westMids = ask('how many ILACS did west mids councils have in 2025, not counting Birmingham');
    expect(westMids.understood.authorities).toEqual([]);
    expect(westMids.kind?.headline).toMatch(/^7 ILACS inspections in the West Midlands \(7 authorities, leaving out Birmingham\), carried out in 2025/);
    const visits = ask('who else had a placement decision-making for older children FV apart from barnsley?');
    expect(visits.kind?.kind).toBe('visit-list');
    expect(visits.kind?.visits?.some((v) => v.authority === 'Barnsley')).toBe(false);
    const london = ask('which london boroughs are inadequate other than tower hamlets or hackney?');
    expect(london.grades?.headline).toMatch(/in London \(leaving out Tower Hamlets and Hackney\) rated inadequate/);
    // Paragraphs about no authority in particular leave them out too.
    const all = ask('which councils have good return home interviews?').results.map((h) => h.authority);
    expect(all).toContain('Bexley');
    const left = ask('which councils have good return home interviews, apart from bexley and hertfordshire?').results.map((h) => h.authority);
    expect(left.length).toBeGreaterThan(0);
    expect(left.some((a) => a === 'Bexley' || a === 'Hertfordshire')).toBe(false);
  });

  it('leaves neighbours out of a comparison, and says so', () => {
    const all = ask('compare Oldham with its neighbours on care leavers').grades;
    expect(all?.neighbours?.map((n) => n.authority)).toContain('Bolton');
    const left = ask('how does Oldham compare with its neighbours, leaving out Bolton and Rochdale, on care leavers').grades;
    expect(left?.headline).toMatch(/^Oldham and its statistical neighbours \(leaving out Bolton and Rochdale\) on care leavers:/);
    expect(left?.neighbours?.map((n) => n.authority)).toEqual(all?.neighbours?.map((n) => n.authority).filter((a) => a !== 'Bolton' && a !== 'Rochdale'));
    expect(left?.rows.some((r) => r.authority === 'Bolton' || r.authority === 'Rochdale')).toBe(false);
  });

  it('leaves a theme out ("other than the care leavers ones") and lists "ever get a care leavers visit" for two authorities', () => {
    const yorkshire = ask('list the 2024 focused visits for yorkshire councils, other than the care leavers ones');
    expect(yorkshire.kind?.headline).toMatch(/^4 focused visits in the Yorkshire and The Humber \(4 authorities, leaving out visits on care leavers\)/);
    expect(ask('did wigan or salford ever get a care leavers visit').kind?.visits?.map((v) => v.reportId)).toEqual(['wigan-2024-focused-visit', 'salford-2021-focused-visit']);
    const havering = ask('has havering had anything from ofsted since the 2023 inadequate?');
    expect(havering.kind?.headline).toBe("0 Ofsted visits of Havering, carried out after Havering's 2023 inspection (which ended 22 December 2023).");
  });

  it('answers "is X one of the things they were told to fix?" with the list, a change "between … and the next one" as past, and a catch-up as the overview', () => {
    expect(ask('Is private fostering one of the things Bedford has been told to fix?').kind?.kind).toBe('improvements');
    expect(ask('north east LAs that improved between their 2018/19 ILACS and the next one?').kind?.kind).toBe('grade-change');
    expect(ask("quick catch-up on sefton pls - grades, visits, where they've got to since 2022").kind?.kind).toBe('overview');
    expect(ask("How did Newham's 2024 focused visit on 16-17 year olds in care and care leavers go?").kind?.visits?.[0]?.reportId).toBe('newham-2024-focused-visit');
  });
});

describe('kind words misspelt as staff type fast (seventeenth round)', () => {
  it('reads a misspelt kind word no report uses as the word meant, and never a word the reports use', () => {
    expect(kindWordMeant('grde')).toBe('grade');
    expect(kindWordMeant('outstandng')).toBe('outstanding');
    expect(kindWordMeant('inspction')).toBe('inspection');
    expect(kindWordMeant('reccomendations')).toBe('recommendations');
    // Other forms of a kind word are no slips, nor real words one letter off.
    for (const word of ['outstandingly', 'inadequately', 'reinspection', 'grace', 'grad']) expect(kindWordMeant(word)).toBeNull();
    // "required" and "adequate" are one slip from kind words, but the reports use them.
    expect(ask('what did ofsted say about adequate housing in bury?').understood.terms).toContain('adequate');
    expect(ask("what's Harrow's current grde?").grades?.rows.map((r) => r.reportId)).toEqual(['harrow-2025']);
    expect(ask('which London boroughs are outstandng right now?').grades?.kind).toBe('list');
    expect(ask('list the London boroughs that had a focussed visit in 2021 pls').kind?.headline).toMatch(/^13 focused visits in London/);
    expect(ask('Nottingham went inadequte in 2022 - what exactly did they have to fix?').kind?.kind).toBe('improvements');
  });

  it('lists the dates "not the grades", and gives the improvement list for "a quick rundown on what X has to improve"', () => {
    expect(ask("need Stockport's inspction history for a paper - just the dates and what type each one was, not the grades").kind?.headline).toMatch(/^3 inspections of Stockport/);
    expect(ask('quick rundown on what wokingham has to improve pls').kind?.kind).toBe('improvements');
  });
});

describe('longer, politer questions (eighteenth round)', () => {
  it('counts "the shorter, ungraded visits", and lists "the specific matters … must put right"', () => {
    expect(ask('Would you kindly tell me how many of the shorter, ungraded visits North Somerset received between 2019 and the end of 2025?').kind?.kind).toBe('visit-list');
    expect(ask('Tameside was judged inadequate in December 2023. Could you set out the specific matters the inspectors said the council must put right?').kind?.kind).toBe('improvements');
  });
});

describe('what the answer says it left out', () => {
  it('opens a paragraph answer about no authority in particular with the authorities left out as asked', () => {
    const answer = ask('which councils have good return home interviews, apart from bexley and hertfordshire?');
    expect(answer.leftOut).toEqual(['Bexley', 'Hertfordshire']);
    expect(answerPreface(answer)).toMatch(/Leaving out Bexley and Hertfordshire, as asked\.$/);
    expect(ask('which councils have good return home interviews?').leftOut).toBeUndefined();
  });
});
