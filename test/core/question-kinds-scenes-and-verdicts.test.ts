/**
 * Question kinds asked in the voices of the thirty-first to thirty-ninth
 * routing rounds (scripts/route-questions.json): phone shorthand and
 * backstories before the question, reports remembered by a detail, what the
 * asker does not want, places that look like councils, other countries'
 * words and verdicts in strong words, the 2026 framework. Each case is a
 * tuning question the readers learned from, or a near neighbour that must
 * not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('phone shorthand, and backstories before the question (thirty-first round)', () => {
  it('reads "insp" as inspection, "anyone" as a list of councils, and what has been "going on since" as the picture', () => {
    expect(ask('how many full ilacs insp were there in 2025').kind?.headline).toMatch(/^\d+ ILACS inspections \(\d+ authorities\), carried out in 2025/);
    expect(ask('anyone in yorkshire gone up since their last ilacs').grades?.headline).toMatch(/^\d+ authorities in the Yorkshire and The Humber improved/);
    expect(kindOf('newham whats been going on since the 2022 insp')).toBe('overview');
  });

  it('reads the question after its scene: "they" is the council the scene named, and the scene\'s years do not narrow it', () => {
    const stoke = ask(
      'Stoke-on-Trent has been requires improvement for what feels like forever, 2022 and then again in 2025 if I remember right. Out of curiosity, how many full inspections have they had in total across the SIF and ILACS frameworks, and in which years?',
    );
    expect(stoke.kind?.visits?.map((v) => v.reportId)).toEqual(['stoke-on-trent-2025', 'stoke-on-trent-2022', 'stoke-on-trent-2015']);
    // "it" may be a topic the scene named: the whole message is read.
    expect(ask("I heard Bury's LADO was criticised in 2019. Has it improved?").understood.terms).toContain('lado');
  });

  it('leaves out what the asker sets aside or already has, and reads "about to be reinspected" as the future', () => {
    const blackpool = ask(
      "We're redesigning our care leavers' service and the working group keeps holding Blackpool up as the model. Setting aside what inspectors wrote about their practice, what grade did Blackpool get for care leavers at its most recent inspection?",
    );
    expect(blackpool.grades?.rows.map((r) => `${r.reportId} ${r.area} ${r.grade}`)).toEqual(['blackpool-2026 care-leavers outstanding']);
    const northEast = ask('Drafting a benchmarking paper for the North East group. Grades are covered in another section. Which North East councils had focused visits in 2025?');
    expect(northEast.kind?.visits?.map((v) => v.reportId)).toEqual(['middlesbrough-2025-focused-visit', 'stockton-on-tees-2025-focused-visit']);
    expect(kindOf("Havering got inadequate in late 2023. Someone on the regional network claimed they're about to be reinspected this autumn. Is that right, and what's the date?")).toBe('cannot-tell');
    expect(kindOf('what was Bury about to do when they were inspected?')).not.toBe('cannot-tell');
  });
});

describe('a report remembered by a detail before the question (thirty-second round)', () => {
  it('answers the last question when the sentences before it only describe the council or its report', () => {
    const coventry = ask("Coventry, the one with the award-winning unaccompanied asylum-seeking children's team that set up a football team. Give me the overall picture for Coventry now.");
    expect(coventry.kind?.kind).toBe('overview');
    expect(coventry.kind?.visits?.[0]?.reportId).toBe('coventry-2026');
    const kent = ask("Kent's latest one, where it says Kent is 'still the main point of arrival' for unaccompanied asylum-seeking children. Did they keep their outstanding, and what were the area grades?");
    expect(kent.grades?.rows[0]?.reportId).toBe('kent-2025');
    // A practice question stays one, with the topic the first sentence named.
    const bury = ask("Bury's LADO was praised in 2021. What did inspectors say about Bury's LADO in 2016?");
    expect(bury.kind).toBeUndefined();
    expect(bury.grades).toBeUndefined();
    expect(bury.results[0]?.reportId).toBe('bury-2016');
  });
});

describe('what the asker does not want, said beside what they do (thirty-third round)', () => {
  it('leaves out "not where they stand overall", "not what they wrote" and "no summary", and reads the grade foretold and "right now"', () => {
    expect(ask('What came out of Kirklees in October 2021? Just that visit please, not where they stand overall.').kind?.visits?.[0]?.reportId).toBe('kirklees-2021-focused-visit');
    expect(ask('What did inspectors make of leadership in Havering in 2023? I mean the grade they gave it, not what they wrote.').grades?.rows[0]).toMatchObject({ reportId: 'havering-2023', area: 'leadership', grade: 'inadequate' });
    expect(ask("Give me the lowdown on the Isles of Scilly's grades only. Nothing about visits, and no summary.").grades?.rows[0]?.reportId).toBe('isles-of-scilly-2023');
    expect(kindOf('What grade is Worcestershire going to get next time round?')).toBe('cannot-tell');
    expect(ask('What grade did Worcestershire get last time round?').grades).toBeDefined();
    expect(ask('Which London boroughs are rated inadequate overall right now?').grades?.rows.map((r) => r.reportId)).toEqual(['harrow-2025', 'havering-2023']);
  });
});

describe('places that look like councils, and reports called by the wrong name (thirty-fourth round)', () => {
  it('reads a place named as within a council as that council, and a scene before a colon as a scene', () => {
    const northYorkshire = ask("I work out of Richmond in North Yorkshire. What did the county's June 2021 focused visit examine, and what did it conclude?");
    expect(northYorkshire.understood.authorities).toEqual(['North Yorkshire']);
    expect(northYorkshire.kind?.visits?.[0]?.reportId).toBe('north-yorkshire-2021-focused-visit');
    expect(ask('what did inspectors say about the LADO in Richmond in 2021').understood.authorities).toEqual(['Richmond upon Thames']);
    expect(ask("Flying out of Manchester Airport tomorrow, so a quick one: what's Manchester's current Ofsted rating for children's services?").grades?.rows[0]?.authority).toBe('Manchester');
  });

  it('reads a history "from the old-style one through to the latest", catching up "up to date since", the 2026 framework, and advice asked of the bot', () => {
    const harrow = ask('How have care leavers in Harrow been judged from the old-style one through to the latest inspection?');
    expect(harrow.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['harrow-2017 good', 'harrow-2020 good', 'harrow-2025 inadequate']);
    expect(ask("Take me through Slough's inspections since 2013 and the judgement it got each time.").grades?.kind).toBe('history');
    expect(kindOf('Bring me up to date on Norfolk since its 2022 inspection.')).toBe('overview');
    expect(ask('Which councils have been through the new 2026-framework ILACS so far?').kind?.headline).toMatch(/^\d+ reformed ILACS inspections/);
    expect(kindOf('What would you advise Rochdale to tackle first to get out of requires improvement?')).toBe('cannot-tell');
    expect(kindOf('what did Ofsted advise Rochdale to tackle first')).toBe('improvements');
  });
});

describe('other countries\' words, and verdicts in strong words (thirty-fifth round)', () => {
  it('reads a verdict on an inspection as its grades, and on a visit as that visit', () => {
    expect(ask("Be honest, how grim was Halton's 2024 inspection?").grades?.rows[0]).toMatchObject({ reportId: 'halton-2024', grade: 'inadequate' });
    expect(ask('Did Ofsted really tear Devon apart at their 2024 inspection? What grades did they come away with?').grades?.rows[0]?.reportId).toBe('devon-2024');
    expect(ask("Tell me about Gloucestershire's 2025 focused visit on older children in care and care leavers — had they pulled their socks up?").kind?.visits?.[0]?.reportId).toMatch(/^gloucestershire-2025/);
    expect(kindOf("Bury — did they ever recover from the 2021 disaster, and what's happened to them since?")).toBe('overview');
  });

  it('lists what Ofsted has done since an inspection (from its first day), and reads action items and a job choice', () => {
    const since = ask('Has Ofsted done anything at Hounslow between its 2023 full inspection and now?');
    expect(since.kind?.visits?.map((v) => v.reportId)).toEqual(['hounslow-2025-focused-visit', 'hounslow-2023']);
    expect(ask('what visits has Hounslow had since its 2023 inspection?').kind?.visits?.map((v) => v.reportId)).toEqual(['hounslow-2025-focused-visit']);
    expect(ask('Stockton-on-Tees keep getting focused visits — how many have they actually had, and when?').kind?.headline).toMatch(/^\d+ focused visits of Stockton-on-Tees/);
    expect(ask('What corrective action items was Plymouth given at its 2024 inspection?').kind?.visits?.[0]?.reportId).toBe('plymouth-2024');
    expect(kindOf('Should I take a job at Halton or Warrington - which is the better department to practise in?')).toBe('cannot-tell');
  });
});

describe('the 2026 framework, and queries typed as for a database (thirty-sixth round)', () => {
  it('reads a grade lost "at their next ILACS" as past, not the future', () => {
    expect(kindOf('Show me which of Kent, Suffolk and Essex lost an outstanding at their next ILACS.')).not.toBe('cannot-tell');
    expect(kindOf('Will Kent lose its outstanding at the next ILACS?')).toBe('cannot-tell');
  });
});

describe('visits told by what inspectors did, and groups of councils (thirty-seventh round)', () => {
  it('names one of a string of visits by its month and year, and reads a group named for whom as an aside', () => {
    const derbyshire = ask('Derbyshire seems to have had a string of focused visits. What was the May 2025 one about, and what was the verdict?');
    expect(derbyshire.kind?.visits?.[0]?.reportId).toBe('derbyshire-2025-focused-visit');
    const stockport = ask("For the Greater Manchester group, what's on Stockport's to-do list from its 2025 inspection?");
    expect(stockport.understood.authorities).toEqual(['Stockport']);
    expect(stockport.kind?.kind).toBe('improvements');
    expect(ask('Which councils dropped a grade at a full inspection held in 2025?').grades?.kind).toBe('change');
  });
});

describe('second messages that name their council, and visit themes every way (thirty-eighth round)', () => {
  it('reads an Ofsted "record" as the grade history and "must be tackled" as the improvement list', () => {
    expect(ask("Nottingham's Ofsted record - what has it been graded at each inspection?").grades?.kind).toBe('history');
    expect(ask('Knowsley was judged inadequate in 2024 - what did Ofsted say must be tackled?').kind?.kind).toBe('improvements');
    expect(kindOf("what did inspectors say about Bury's record keeping?")).toBeUndefined();
  });

  it('lists the visits "in the run-up to" an inspection as those before it', () => {
    const sandwell = ask('what about Sandwell - did they have any focused visits in the run-up to their October 2025 inspection?');
    expect(sandwell.kind?.kind).toBe('visit-list');
    expect(sandwell.kind?.visits?.every((v) => (v.inspectionStart ?? '') < '2025-10-01')).toBe(true);
  });
});


describe('councillors, students and the press (thirty-ninth round)', () => {
  it('reads Ofsted "been back" as a list of the visits since, and "what were they looking at" as the themes it shows', () => {
    const somerset = ask('Has Ofsted been back to North Somerset since the 2023 inspection, and if so what were they looking at?');
    expect(somerset.kind?.kind).toBe('visit-list');
    // Coming back is after the inspection: the visits since, not the inspection itself.
    expect(somerset.kind?.visits?.map((v) => v.reportId)).toEqual(['north-somerset-2025-focused-visit', 'north-somerset-2025-02-focused-visit']);
    // A sentence after the question saying why it is asked is not part of it.
    expect(kindOf('Has the watchdog been back into Waltham Forest at all since its 2024 inspection? Checking before I file.')).toBe('visit-list');
  });

  it('reads "the regulator" as Ofsted and "did Ofsted rate that part higher than the rest" as every area\'s grade', () => {
    expect(ask('What rating did the regulator give Hammersmith and Fulham at its 2024 inspection?').grades?.rows.map((r) => r.reportId)).toEqual(['hammersmith-and-fulham-2024']);
    const mk = ask('Milton Keynes care leavers - did Ofsted rate that part of the service higher than the rest at the last inspection?').grades;
    expect(mk?.rows.map((r) => `${r.area} ${r.grade}`)).toEqual([
      'overall good',
      'leadership good',
      'help-and-protection good',
      'children-in-care good',
      'care-leavers outstanding',
    ]);
    // A rate of something is still a topic.
    expect(ask('what is the re-referral rate in Bury').grades).toBeUndefined();
  });

  it('reads the last question of the council the scene named, called "they" or "we"', () => {
    const sandwell = ask("Sandwell used to be the byword for failing children's services. Is it true they're now rated good, and at which inspection did things turn around?");
    // "At which inspection did things turn around?" asks for the history, which ends at the latest grade.
    expect(sandwell.grades?.kind).toBe('history');
    expect(sandwell.grades?.rows.filter((r) => r.area === 'overall').map((r) => `${r.reportId} ${r.grade}`).slice(-2)).toEqual(['sandwell-2022 requires-improvement', 'sandwell-2025 good']);
    const stockport = ask(
      'Stockport slipped a grade in 2025 and the Lib Dems will make hay with it. Never mind the grade itself, what were the actual things the report said we need to sort out?',
    );
    expect(stockport.kind?.kind).toBe('improvements');
    expect(stockport.kind?.headline).toMatch(/^Stockport's latest graded inspection, Stockport 2025 ILACS/);
  });

  it('names a visit by when inspectors looked at how the council serves its theme', () => {
    const banes = ask('What did inspectors find when they looked at how Bath and North East Somerset supports young people leaving care, in December 2024?');
    expect(banes.kind?.visits?.map((v) => v.reportId)).toEqual(['bath-and-north-east-somerset-2024-focused-visit']);
    // A topic within the theme is asked of the paragraphs.
    expect(kindOf("What did inspectors find when they looked at how Bath and North East Somerset supports care leavers' mental health, in December 2024?")).toBeUndefined();
  });

  it("says the reports hold no officers' pay and no schools' grades", () => {
    expect(ask("How much was Rutland's director of children's services paid last year?").kind?.headline).toMatch(/salaries or pay/);
    expect(ask('For a local schools feature: what Ofsted grades do the secondary schools in Wokingham have?').kind?.headline).toMatch(/not of schools/);
    expect(kindOf('isles of scilly - how much do they rely on cornwall for services')).toBeUndefined();
    expect(kindOf('what did inspectors say about schools in Bury')).toBeUndefined();
  });
});

describe('messages pasted from email and threads, and the public (fortieth round)', () => {
  it('reads a forwarded email without its envelope: the subject a sentence, the greeting and sign-off gone', () => {
    const email = ask('FW: Nottingham\n\nHi all, which focused visits has Nottingham had since 2022?\n\nThanks, Ollie');
    expect(email.kind?.kind).toBe('visit-list');
    expect(email.understood.authorities).toEqual(['Nottingham']);
    const preBirth = ask(
      "Subject: Pre-birth\n\nHi, comms want examples of councils where inspectors praised pre-birth assessment and planning. Doesn't matter whether they're outstanding, good or whatever, I just need what the reports said.\n\nThanks, Amy",
    );
    // "Doesn't matter whether they're outstanding, good or whatever" filters nothing: paragraphs from every council.
    expect(preBirth.kind?.kind).not.toBe('grade-filtered');
    expect(preBirth.results.length).toBeGreaterThan(0);
    expect(ask("> Nina: what's Bucks rated now? I know they were inadequate for ages").grades?.rows[0]?.reportId).toBe('buckinghamshire-2025');
  });

  it('reads a last question naming nothing of the one council the message names', () => {
    const east = ask('East Riding was marked inadequate at the end of 2019 and I have been anxious about it ever since. How often have the inspectors been back in?');
    expect(east.kind?.kind).toBe('visit-list');
    expect(east.understood.authorities).toEqual(['East Riding of Yorkshire']);
  });

  it('reads a grade told first as the story so far, and the worst rating, the bottom rating and going downhill as grades', () => {
    const southend = ask('Southend moved up to good in 2024, so was there anything left that they were told to fix?');
    expect(southend.kind?.kind).toBe('improvements');
    expect(ask('at the councils with the worst rating, what goes wrong when teenagers of 16 or 17 turn up homeless?').kind?.kind).toBe('grade-filtered');
    expect(ask('West Sussex was in the news for years about letting kids down. Have they finally climbed out of the bottom rating?').grades?.kind).toBe('history');
    expect(ask('did any councils go downhill at their inspections in 2025?').grades?.kind).toBe('change');
    expect(kindOf('did councils that improved do anything different on caseloads')).toBeUndefined();
  });

  it("says the reports hold no area SEND inspection and no live count of foster carers", () => {
    expect(kindOf('what grade did St Helens get for their SEND inspection? need it for the board report')).toBe('cannot-tell');
    expect(kindOf('how did st helens do in the area send inspection')).toBe('cannot-tell');
    // "send" as a verb asks the bot for something.
    expect(kindOf('can you send inspection dates for Bury')).not.toBe('cannot-tell');
    expect(kindOf('How many foster carers does Leicestershire have at the moment?')).toBe('cannot-tell');
  });
});

describe('eras named by events, and rankings (forty-first round)', () => {
  it('reads a first clause telling the grade got as the story so far', () => {
    const portsmouth = ask('Portsmouth came out outstanding on every area under the new 2026 framework - was there literally anything they were told to work on?');
    expect(portsmouth.kind?.kind).toBe('improvements');
    expect(kindOf('Bury was rated good for care leavers - what did inspectors say about their housing?')).toBeUndefined();
  });

  it("says the reports hold nothing of what happened to a council's staff, or of spending per child", () => {
    expect(ask('Was anyone at Solihull disciplined after the Arthur Labinjo-Hughes case?').kind?.headline).toMatch(/council's staff/);
    expect(ask('which council spends the most per child in care? is it Hampshire?').kind?.headline).toMatch(/spending/);
  });
});

describe('two asks in one message, and practitioners\' shorthand (forty-second round)', () => {
  it('reads a terse grade told first as the story, and "K&C" as Kensington and Chelsea', () => {
    expect(kindOf('Coventry outstanding Mar 26 - anything left on the improve list or clean sheet?')).toBe('improvements');
    const kc = ask('K&C — all outstanding 2019; would it hold under the new framework?');
    expect(kc.understood.authorities).toEqual(['Kensington and Chelsea']);
    expect(kc.kind?.kind).toBe('cannot-tell');
  });

  it('reads "not a league table" as no league table, and a share "right now" as a live figure', () => {
    expect(kindOf('which LAs rated outstanding got credit for PF awareness-raising? want the quotes not a league table')).toBe('grade-filtered');
    expect(kindOf('Tameside agency SW % right now')).toBe('cannot-tell');
  });
});
