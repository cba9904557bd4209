/**
 * Question kinds asked in the voices of the forty-third and forty-fourth
 * routing rounds (scripts/route-questions.json): answers asked for in a shape
 * ("one line for the DCS", "as bullets"), claims checked ("am I right
 * that…"), outsiders' improvement vocabulary and questions led by their topic
 * ("Care leavers, Plymouth, summer 2025 visit — …"). Each case is a tuning
 * question the readers learned from, or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { authorityByName } from '../../src/authorities.ts';
import { answerPreface } from '../../src/query/preface.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('a clause before a dash, and the question after it (forty-fourth round)', () => {
  it('reads the question after a dash when the words before it are a clause of their own', () => {
    const enfield = ask('Placement stability is our focus at the moment — how many times has Ofsted been into Enfield since 2015?');
    expect(enfield.kind?.kind).toBe('visit-list');
    expect(enfield.kind?.visits?.every((v) => v.reportId.startsWith('enfield-'))).toBe(true);
    // "as it stands" is an idiom, not a topic "it" points back at.
    expect(kindOf('Interim DCS starting at South Gloucestershire next month - give me the Ofsted picture as it stands.')).toBe('overview');
  });

  it('keeps a topic before a dash as what the question after it asks of', () => {
    expect(ask('hull care leavers hub - what do they actually get there?').grades).toBeUndefined();
    expect(kindOf('birmingham connected persons first assessments - quick enough at the 2024 focused visit?')).not.toBe('focused-visit');
  });

  it('reads a grade told first, then what to improve, as the list ("so", "actually" are how it is asked)', () => {
    expect(kindOf('Windsor and Maidenhead came out good — so is there actually anything Ofsted wants them to fix?')).toBe('improvements');
    const cheshire = ask('Cheshire West slipped from good to RI in 2024 - what exactly are they being told to improve? I heard homeless 16 and 17 year olds was on there');
    expect(cheshire.kind?.kind).toBe('improvements');
    expect(cheshire.kind?.headline).toMatch(/Cheshire West and Chester 2024 ILACS/);
  });

  it('reads "what did inspectors find" of a visit named by its theme as the visit, and "find about" a topic as paragraphs', () => {
    const plymouth = ask('Care leavers, Plymouth, summer 2025 visit — what did inspectors find?');
    expect(plymouth.kind?.kind).toBe('focused-visit');
    expect(plymouth.kind?.visits?.map((v) => v.reportId)).toEqual(['plymouth-2025-focused-visit']);
    expect(kindOf('Plymouth, care leavers, 2025 visit — what did inspectors find about housing?')).toBeUndefined();
    // "CL" is care leavers beside a visit, as staff shorten it; "strengths / gaps" asks how it went.
    expect(ask('Lincs CL FV Jul 25 - strengths / gaps?').kind?.visits?.map((v) => v.reportId)).toEqual(['lincolnshire-2025-focused-visit']);
  });

  it('reads holding "the same grade" and the words of an area\'s title as grade questions', () => {
    const telford = ask('did Telford hold the same grade between 2020 and 2024?');
    expect(telford.grades?.kind).toBe('history');
    expect(telford.grades?.headline).toBe('Telford and Wrekin: 2 graded inspections 2020 to 2024, in date order.');
    expect(ask('Children in care experiences in Redbridge — how were they graded in 2024?').grades?.headline).toBe('Redbridge: 1 graded inspection in 2024, in date order.');
  });

  it('says the reports hold no forecast, no live count of vacancies, and no DfE statutory direction', () => {
    expect(ask('Good to outstanding next time — is Enfield on track?').kind?.headline).toMatch(/^No report can say what a future inspection will find/);
    expect(kindOf('How many team manager vacancies is Enfield carrying at the moment, and how many ASYEs have they taken on this year?')).toBe('cannot-tell');
    expect(ask('What did the DfE statutory direction issued to Tameside require the council to improve?').kind?.headline).toMatch(/statutory directions/);
    // Asked of what Ofsted wrote, the reports answer.
    expect(kindOf('did Ofsted mention the statutory direction in Tameside?')).toBeUndefined();
  });
});

describe('answers asked for in a shape, and claims checked (forty-third round)', () => {
  it('reads "since the October 2024 inspection" as after it, not as at October', () => {
    const wm = ask('Has Ofsted been back into Windsor and Maidenhead at all since the October 2024 inspection? One line for the DCS.');
    expect(wm.understood.range).toEqual({ kind: 'years', from: 2024, to: null });
    expect(wm.kind?.kind).toBe('visit-list');
    expect(wm.kind?.count).toBe(0);
  });

  it('never searches the shape the answer is wanted in', () => {
    expect(kindOf("What are Leeds' improvements? In bullets please.")).toBe('improvements');
    const lado = ask('Leeds LADO - paste-ready, with citations');
    expect(lado.understood.terms).not.toContain('paste');
    expect(lado.kind).toBeUndefined();
  });

  it('reads a claim put up to be checked as the question, without its hedge or who said it', () => {
    const bradford = ask("correct me if I'm wrong, but Bradford finally came out of inadequate at the January 2026 inspection?");
    expect(bradford.grades?.rows.find((r) => r.area === 'overall')?.reportId).toBe('bradford-2026');
    expect(bradford.understood.terms).not.toContain('wrong');
    const hounslow = ask('what grade did Hounslow get from the July 2025 focused visit? someone in the team said it was still good');
    expect(hounslow.kind?.kind).toBe('focused-visit');
    expect(hounslow.kind?.notes).toContain('Focused visits give no grades.');
  });

  it('lists the councils that "lost outstanding", and says a school\'s own inspection is not in the reports', () => {
    expect(ask('which councils lost outstanding at their next inspection?').grades?.headline).toMatch(/^\d+ authorities declined from outstanding at their latest graded inspection/);
    expect(ask('is it true Ofsted slated one of the primary schools in Tameside for safeguarding last term? what did inspectors say').kind?.headline).toMatch(/not of schools/);
    expect(kindOf("what did inspectors say about primary schools' referrals in Tameside?")).not.toBe('cannot-tell');
  });
});

describe('changes of grade across councils, read where each grade stands in time', () => {
  const pairs = (question: string): string[] =>
    (ask(question).grades?.rows ?? []).map((r) => `${r.reportId} ${r.grade}`);

  it('reads "outstanding now but RI before" as a change from the earlier grade to the later, not a list of both', () => {
    const answer = ask('Which councils are rated outstanding now but were only RI at the inspection before?');
    expect(answer.grades?.kind).toBe('change');
    expect(answer.grades?.headline).toBe('3 authorities rated requires improvement at their previous graded inspection are rated outstanding now:');
    expect(pairs('Which councils are rated outstanding now but were only RI at the inspection before?')).toEqual([
      'brighton-and-hove-2015 requires-improvement', 'brighton-and-hove-2024 outstanding',
      'haringey-2018 requires-improvement', 'haringey-2026 outstanding',
      'york-2022 requires-improvement', 'york-2025 outstanding',
    ]);
    // "Under SIF": each authority's last inspection under that framework.
    expect(pairs('list LAs now outstanding that were inadequate under SIF')).toEqual([
      'sunderland-2018 inadequate', 'sunderland-2025 outstanding',
      'tower-hamlets-2017 inadequate', 'tower-hamlets-2024 outstanding',
    ]);
  });

  it('sets the grade in force at the end of a year against the latest ("rated better now than in 2019")', () => {
    const answer = ask('Which of the West Midlands councils are rated better now than they were in 2019?');
    expect(answer.grades?.headline).toBe('10 authorities in the West Midlands improved since 2019:');
    expect(pairs('Which of the West Midlands councils are rated better now than they were in 2019?').slice(0, 2)).toEqual(['birmingham-2018 requires-improvement', 'birmingham-2023 good']);
  });

  it('gives one council\'s history when a change is asked of now ("has it got better now?"), not its latest grade alone', () => {
    const stockport = ask('has Stockport got better now?');
    expect(stockport.grades?.kind).toBe('history');
    expect(stockport.grades?.rows.filter((r) => r.area === 'overall').length).toBeGreaterThan(1);
  });

  it('reads a premise naming councils, then a question across the others', () => {
    expect(ask('suffolk was outstanding in 2019 and isnt now - did any other east of england councils slip down at their most recent inspection too?').grades?.headline).toMatch(
      /^1 authority in the East of England declined at its latest graded inspection/,
    );
    const others = ask('halton, knowsley and swindon all ended up inadequate - which other councils fell from good to inadequate at their last one?');
    expect(others.grades?.kind).toBe('change');
    // "Which other councils": those the premise named are not counted, and the answer says so.
    expect(others.grades?.rows.some((r) => ['Halton', 'Knowsley', 'Swindon'].includes(r.authority))).toBe(false);
    expect(others.leftOut).toEqual(['Halton', 'Knowsley', 'Swindon']);
    expect(answerPreface(others)).toContain('Leaving out Halton and Knowsley and Swindon, as asked.');
    expect(ask('thinking about the north west, has anyone gone backwards? i mean overall grade lower at their latest ILACS than the one before').grades?.headline).toMatch(
      /^\d+ authorities in the North West declined/,
    );
  });
});

describe('councils named as insiders name them (forty-fifth round)', () => {
  it('reads a council by the trust or company that runs its children\'s services', () => {
    expect(ask("BCT's children in care FV in autumn 2021 - main findings?").kind?.visits?.map((v) => v.reportId)).toEqual(['birmingham-2021-focused-visit']);
    expect(ask('what did Ofsted say about care leavers at TfC?').understood.authorities).toEqual(['Sunderland']);
    expect(ask('SCF front door').understood.authorities).toEqual(['Slough']);
  });

  it('reads a group of councils named as one as its members, never as the council whose name it holds', () => {
    const afc = ask('AfC boroughs - latest overall judgement for each of them?');
    expect(afc.understood.authorities).toEqual([]);
    expect(afc.grades?.headline).toMatch(/^3 authorities in the AfC boroughs with a grade overall/);
    expect(afc.grades?.rows.map((r) => r.authority).sort()).toEqual(['Kingston upon Thames', 'Richmond upon Thames', 'Windsor and Maidenhead']);
    const gm = ask('which GM councils went up a grade at their latest inspection?');
    expect(gm.grades?.headline).toMatch(/^\d+ authorities in Greater Manchester improved at their latest graded inspection/);
    expect(ask('which Greater Manchester councils are outstanding?').understood.authorities).toEqual([]);
    expect(ask('what did inspectors say about care leavers in Manchester?').understood.authorities).toEqual(['Manchester']);
  });

  it("answers a question about practice in a group from its councils' reports, its name not searched", () => {
    const answer = ask('what did inspectors say about the front door in the Black Country?');
    expect(answer.kind).toBeUndefined();
    expect(answer.understood.terms).not.toContain('black');
    const authorities = new Set(answer.results.map((r) => r.authority));
    expect([...authorities].every((a) => ['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'].includes(a))).toBe(true);
    expect(authorities.size).toBeGreaterThanOrEqual(3);
    // A region is read the same way.
    const northWest = ask('what did inspectors say about the front door in the North West?');
    expect(northWest.results.length).toBeGreaterThan(0);
    expect(northWest.results.every((r) => authorityByName(r.authority)?.region === 'North West')).toBe(true);
  });

  it('lists which of the councils named moved a grade', () => {
    const four = ask('the Black Country four (Dudley, Sandwell, Walsall, Wolves) - which of them went up a grade at their most recent full inspection?');
    expect(four.grades?.headline).toMatch(/^\d of Dudley, Sandwell, Walsall, Wolverhampton improved at their latest graded inspection/);
    expect(new Set(four.grades?.rows.map((r) => r.authority)).size).toBe(Number(four.grades?.headline.slice(0, 1)));
  });
});

describe('specialists, and times told by the sector\'s events (forty-fifth and forty-sixth rounds)', () => {
  it('dates a question by the Care Review, Working Together 2023 or the new government', () => {
    const bwd = ask("Blackburn with Darwen's last full inspection was before the Care Review. What did it tell them to work on?");
    expect(bwd.understood.range).toEqual({ kind: 'as-at', date: '2022-05-22' });
    expect(bwd.kind?.headline).toMatch(/^Blackburn with Darwen's 2022 graded inspection/);
    expect(ask('What did Lambeth get for care leavers at its first full inspection since Working Together 2023?').understood.range).toEqual({ kind: 'years', from: 2024, to: null });
    expect(ask('Pull me a list of every council whose leadership judgement went down at its first full inspection after the new government came in.').grades?.headline).toMatch(
      /^\d+ authorities declined for leadership at an inspection published since 2024/,
    );
    // "The election" alone may be the next one.
    expect(ask('is ofsted going to inspect Walsall before the election').understood.range).toBeNull();
  });

  it('answers the list of a visit named by its letter or its time', () => {
    expect(ask("SCF's spring 2024 visit letter - what did it say still needs to improve?").kind?.headline).toMatch(/^Slough's 2024 focused visit \(Slough 2024 focused visit\).*lists 3 things to improve/);
    expect(ask("ERY's care leavers visit in May 2024 - was there a 'what needs to improve' bit, and what was on it?").kind?.visits?.map((v) => v.reportId)).toEqual([
      'east-riding-of-yorkshire-2024-focused-visit',
    ]);
  });

  it('gives the picture now whatever the asker last knew, or where they are moving', () => {
    expect(kindOf('Where does South Gloucestershire stand now - the four judgements and the main messages from the report?')).toBe('overview');
    const rbkc = ask('RBKC - where do they stand with Ofsted these days? last I knew it was the 2019 outstanding');
    expect(rbkc.kind?.kind).toBe('overview');
    expect(kindOf("EDT social worker moving to Newcastle upon Tyne - catch me up on their children's services Ofsted position")).toBe('overview');
  });

  it("says the reports hold no live counts, no school's grade and no forecast of a rota's effect", () => {
    expect(kindOf('How many open CP plans do Merton and Sutton each have at the moment?')).toBe('cannot-tell');
    expect(kindOf("LBBD's CP plan numbers this month - are they up on last year?")).toBe('cannot-tell');
    expect(kindOf("VSH Kirklees: what's our PEP completion rate this term?")).toBe('cannot-tell');
    expect(kindOf('LADO in Calderdale: how many position-of-trust referrals have we had so far this year compared with last?')).toBe('cannot-tell');
    expect(ask('Huddersfield secondaries - which ones did Ofsted rate outstanding?').kind?.headline).toMatch(/not of schools/);
    expect(kindOf("Camden's 2025 report called their EDT highly effective - if we set our out-of-hours rota up the same way, would that get us a better judgement?")).toBe('cannot-tell');
  });

  it('reads one grade said twice of one inspection as its grades, not a change', () => {
    const sth = ask('St Helens 2019 was inadequate overall, but was it only the children in care and care leavers judgement that was actually inadequate, or leadership too?');
    expect(sth.kind).toBeUndefined();
    expect(sth.grades?.kind).toBe('history');
  });
});

describe('a passage pasted from a report, then a question about it (forty-eighth round)', () => {
  it('reads the question without the passage, of the council the message names', () => {
    const newham = ask(
      '"The partnership response to sharing information about care-experienced young people at risk from criminal exploitation, serious youth violence and modern slavery and those missing from home and care is impressive, pioneering and well defined." That\'s from Newham\'s January 2024 focused visit. What was the remit of that visit, and what did it find overall?',
    );
    expect(newham.kind?.kind).toBe('focused-visit');
    expect(newham.kind?.visits?.map((v) => v.reportId)).toEqual(['newham-2024-focused-visit']);
    const middlesbrough = ask('"There are serious and widespread failures that leave children in harmful situations for too long." That\'s Middlesbrough in 2019. Catch me up: what\'s the picture there today?');
    expect(middlesbrough.kind?.kind).toBe('overview');
    expect(middlesbrough.understood.authorities).toEqual(['Middlesbrough']);
  });

  it('searches the passage when asked where it comes from', () => {
    const source = ask('where is this from: "the response to private fostering is particularly weak"');
    expect(source.understood.terms).toContain('fostering');
    expect(source.results[0]?.text).toMatch(/private fostering is particularly weak/i);
  });
});

describe("Ofsted's activity by other names, and headlines read first (forty-seventh round)", () => {
  it('reads "review" and "marks" as the inspection and its grades', () => {
    const kirklees = ask('Kirklees marks from the SIF onwards, in order');
    expect(kirklees.grades?.kind).toBe('history');
    expect(kirklees.grades?.headline).toBe('Kirklees: 3 graded inspections, in date order.');
    expect(ask("Tameside's 2023 review - was that a worse mark than 2019's?").grades).toBeDefined();
    // Audits as practice are still paragraphs.
    expect(ask('what did Ofsted say about case audits in Hull?').grades).toBeUndefined();
  });

  it('puts a grade jump aside when asked to, and says officers\' pay is in no report', () => {
    const haringey = ask(
      'Ham & High: "Haringey leaps from requires improvement to outstanding". Forget the grade jump - what did the 2026 report say about how Haringey responds to children at risk of exploitation?',
    );
    expect(haringey.kind?.kind).not.toBe('grade-change');
    expect(haringey.grades).toBeUndefined();
    expect(ask("what's the Thurrock DCS paid?").kind?.headline).toMatch(/salaries or pay/);
  });
});

