/**
 * Question kinds asked in the voices of the forty-ninth and fiftieth routing
 * rounds (scripts/route-questions.json): courtesy around the ask ("Sorry to
 * bother you…", "I'd be really grateful if you could…"), quality assurance
 * leads preparing their self-evaluation, staff who moved from one council to
 * another, scope limited in words ("excluding the SIF ones"), and (fifty-first
 * and fifty-second rounds) other inspectorates, the bot's own holdings and
 * urgency ("urgent!!", "DCS waiting"), and on to the sixty-second round's
 * two-part messages. Each case
 * is a tuning question the readers learned from, or a near neighbour that
 * must not move.
 */
import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../src/query/asides.ts';
import { gradesAsked } from '../../src/query/grade-names.ts';
import { answerPreface } from '../../src/query/preface.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('courtesy and concessions around the ask (forty-ninth round)', () => {
  it('reads a change of grade asked politely, with what it is for, as the list of changes', () => {
    const declined = ask('Sorry to bother you. Would it be possible to find out which councils went down a grade at inspections carried out during 2022? It\'s for a horizon-scanning paper.');
    expect(declined.kind?.kind).toBe('grade-change');
    expect(declined.grades?.headline).toBe('6 authorities declined at an inspection published in 2022:');
    // Blackburn with Darwen: good in 2017, requires improvement in 2022.
    expect(declined.grades?.rows.slice(0, 2).map((r) => `${r.reportId} ${r.grade}`)).toEqual(['blackburn-with-darwen-2017 good', 'blackburn-with-darwen-2022 requires-improvement']);
  });

  it('reads "came out of inadequate straight to good" as a change from one grade to the other', () => {
    const improved = ask('For our improvement journey narrative, which councils came out of inadequate straight to good at inspections carried out in 2025?');
    expect(improved.grades?.headline).toBe('3 authorities improved from inadequate to good at an inspection published in 2025:');
    expect(new Set(improved.grades?.rows.map((r) => r.authority))).toEqual(new Set(['Bournemouth, Christchurch and Poole', 'Gloucestershire', 'Sefton']));
  });

  it('never searches the courtesy itself', () => {
    expect(withoutAsides("I'd be really grateful if you could catch me up on Kensington and Chelsea.").trim()).toBe('catch me up on Kensington and Chelsea.');
    expect(withoutAsides('Quick one if that\'s ok. What did Ofsted say about Bury?').trim()).toBe('. What did Ofsted say about Bury?');
    const grades = ask("Sorry to bother you. I'd be grateful for Essex's grades at each inspection since 2014, for a slide on long-term performance.");
    expect(grades.grades?.kind).toBe('history');
    expect(grades.grades?.headline).toBe('Essex: 3 graded inspections since 2014, in date order.');
  });

  it('reads the ask after what the asker knows cannot be said', () => {
    expect(kindOf("I know you can't say when anyone will be inspected next, but I'd be grateful if you could tell me which councils haven't had a full inspection since 2018.")).toBe('visit-list');
    // The concession alone still asks for the future.
    expect(kindOf('when will anyone be inspected next?')).toBe('cannot-tell');
  });

  it('says the reports hold no annual engagement meeting and no school inspection', () => {
    const meeting = ask('What did Ofsted say to Wolverhampton at its annual engagement meeting this year?');
    expect(meeting.kind?.kind).toBe('cannot-tell');
    expect(meeting.kind?.headline).toMatch(/annual engagement meetings/);
    // Preparing for the meeting is why the asker asks, not what about.
    expect(kindOf("Timeline for the annual conversation: tally up Ofsted's visits to Stockton-on-Tees after its May 2019 ILACS, full inspections and focused visits, each with its month.")).toBe('visit-list');
    expect(kindOf("Quick one if that's ok. What did Ofsted say about the quality of teaching at Hartlepool's pupil referral unit?")).toBe('cannot-tell');
    // How often social workers visit children is practice, not Ofsted's scheduling.
    expect(kindOf('how often do social workers visit children in care in Bury?')).toBeUndefined();
    expect(kindOf('how often does Ofsted inspect councils?')).toBe('cannot-tell');
  });

  it('reads "what does Ofsted make of" a council as the picture, and a check of a claim without the check', () => {
    expect(kindOf('What does Ofsted make of Central Bedfordshire these days? Need a one-paragraph context for the benchmark section of our SEF.')).toBe('overview');
    const hereford = ask('Someone told me Herefordshire had two separate focused visits in 2019. Is that right, and if so when were they?');
    expect(hereford.kind?.kind).toBe('visit-list');
    expect(hereford.kind?.visits?.map((v) => v.reportId).sort()).toEqual(['herefordshire-2019-12-focused-visit', 'herefordshire-2019-focused-visit']);
  });
});

describe('a move from one council to another (fiftieth round)', () => {
  it('reads the council joined, not the one left', () => {
    const rochdale = ask('I\'ve come over from Bury to Rochdale. What did Ofsted tell Rochdale it needed to improve at the 2023 ILACS?');
    expect(rochdale.kind?.kind).toBe('improvements');
    expect(rochdale.understood.authorities).toEqual(['Rochdale']);
    expect(rochdale.kind?.headline).toMatch(/^Rochdale's 2023 graded inspection, Rochdale 2023 ILACS/);
    const solihull = ask("I've come from Coventry to Solihull. Give me the lay of the land at Solihull.");
    expect(solihull.kind?.kind).toBe('overview');
    expect(solihull.understood.authorities).toEqual(['Solihull']);
    expect(withoutAsides('Moved from Essex down the road to Southend. How is their front door?').trim()).toBe('Southend. How is their front door?');
  });

  it('reads the council named again after the move as the one asked about', () => {
    const barnsley = ask('I was at Sheffield before moving to Barnsley. Barnsley had a focused visit in November 2024. What was it on, and what did inspectors find?');
    expect(barnsley.kind?.kind).toBe('focused-visit');
    expect(barnsley.kind?.visits?.map((v) => v.reportId)).toEqual(['barnsley-2024-focused-visit']);
  });

  it('never reads a change of grade as a move', () => {
    expect(withoutAsides("We've gone from RI to good - which other councils did the same?")).toMatch(/gone from RI to good/);
    expect(withoutAsides('We moved from inadequate to good in 2024 - which councils did the same?')).toMatch(/moved from inadequate to good/);
    expect(kindOf('We\'ve gone from RI to good - which other councils did the same in 2024?')).toBe('grade-change');
  });

  it('reads a question across councils by grade after a scene naming two', () => {
    expect(kindOf('From Nottingham, which was inadequate at its last ILACS, over to Derby, which is outstanding. Which outstanding councils get praised for their support to kinship carers, and what do inspectors say?')).toBe('grade-filtered');
  });

  it('reads the old Dorset County Council as a council that no longer exists', () => {
    const dorset = ask('Sorry to trouble you. Before it merged in 2019, how was the old Dorset County Council doing with its children in care?');
    expect(dorset.understood.authorities).toEqual(['Dorset', 'Bournemouth, Christchurch and Poole']);
    expect(dorset.grades?.notes ?? dorset.kind?.notes ?? []).toContain(
      "Dorset County Council's children's services passed to Dorset and Bournemouth, Christchurch and Poole in 2019; showing both.",
    );
    // "Dorset" alone is the council of today.
    expect(ask("what is Dorset's grade?").understood.authorities).toEqual(['Dorset']);
  });
});

describe('scope limited in words (fiftieth round)', () => {
  it('leaves a framework out of a history when asked', () => {
    const all = ask("Warrington's grades over time");
    expect(all.grades?.rows.map((r) => r.reportId)).toEqual(['warrington-2015', 'warrington-2019', 'warrington-2024']);
    const withoutSif = ask("Warrington's grades over time, excluding the SIF ones");
    expect(withoutSif.grades?.kind).toBe('history');
    expect(withoutSif.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['warrington-2019 good', 'warrington-2024 good']);
    expect(withoutSif.grades?.notes).toContain('Leaving out the SIF inspections, as asked.');
  });

  it('leaves a framework out of a list of inspections and of a list by grade', () => {
    expect(ask('list every inspection of Warrington').kind?.visits?.map((v) => v.reportId)).toEqual(['warrington-2024', 'warrington-2019', 'warrington-2015']);
    const inspections = ask('list every inspection of Warrington, not counting the SIF ones');
    expect(inspections.kind?.visits?.map((v) => v.reportId)).toEqual(['warrington-2024', 'warrington-2019']);
    expect(inspections.kind?.notes).toContain('Leaving out the SIF inspections, as asked.');
    // Every graded inspection of 2017 was a SIF: left out, none is counted, and the answer says why.
    const graded = ask('which councils were inadequate in 2017, excluding the SIF ones');
    expect(graded.grades?.rows).toEqual([]);
    expect(graded.grades?.notes).toContain('Leaving out the SIF inspections, as asked.');
  });

  it('leaves a framework out of a change of grade, then and now', () => {
    // Croydon went from inadequate (its 2017 SIF) to good (its 2020 ILACS): with the SIF left out it has no grade before.
    const all = ask('Which councils went from inadequate to good?');
    expect(all.grades?.rows.map((r) => r.reportId)).toContain('croydon-2017');
    const withoutSif = ask('Which councils went from inadequate to good, excluding the SIF ones?');
    expect(withoutSif.grades?.kind).toBe('change');
    expect(withoutSif.grades?.rows.length).toBeGreaterThan(0);
    expect(withoutSif.grades?.rows.every((r) => !r.reportId.startsWith('croydon-'))).toBe(true);
    expect(withoutSif.grades?.count).toBe((all.grades?.count ?? 0) - 1);
    expect(withoutSif.grades?.notes).toContain('Leaving out the SIF inspections, as asked.');
    const declined = ask('which councils went down a grade at their latest inspection, not counting the SIF?');
    expect(declined.grades?.kind).toBe('change');
    expect(declined.grades?.notes).toContain('Leaving out the SIF inspections, as asked.');
  });

  it('leaves out a council set aside before or after its name', () => {
    const halton = ask('Setting Halton aside, which councils in the North West are outstanding?');
    expect(halton.understood.authorities).toEqual([]);
    expect(halton.grades?.headline).toContain('(leaving out Halton)');
    expect(halton.grades?.rows.every((r) => r.authority !== 'Halton')).toBe(true);
    expect(halton.grades?.rows.length).toBeGreaterThan(0);
    const bury = ask('Leaving Bury out of it, who else in Greater Manchester is good?');
    expect(bury.grades?.headline).toContain('(leaving out Bury)');
    expect(bury.grades?.rows.some((r) => r.authority === 'Bury')).toBe(false);
    // A topic set aside leaves the council asked about.
    expect(ask('Bury aside from the LADO, what else was weak?').understood.authorities).toEqual(['Bury']);
  });

  it('quotes no report of a framework left out, and the preface says so', () => {
    const all = ask('what did Ofsted say about private fostering in Warrington?', { limit: 10 });
    expect(all.results.map((r) => r.reportId)).toContain('warrington-2015');
    const withoutSif = ask('what did Ofsted say about private fostering in Warrington, excluding the SIF ones?', { limit: 10 });
    expect(withoutSif.results.length).toBeGreaterThan(0);
    expect(withoutSif.results.every((r) => r.reportId !== 'warrington-2015')).toBe(true);
    expect(answerPreface(withoutSif)).toMatch(/Leaving out the SIF inspections, as asked\.$/);
  });

  it('lists councils, not findings, when the asker says so', () => {
    const frontDoor = ask("Front door focused visits in 2025: who had one? don't tell me what they found, I only want the councils");
    expect(frontDoor.kind?.kind).toBe('visit-list');
    expect(frontDoor.kind?.headline).toMatch(/^6 focused visits on the front door \(6 authorities\), carried out in 2025/);
  });
});

describe('other inspectorates, the bot\'s holdings and urgency (fifty-first and fifty-second rounds)', () => {
  it('says what another inspectorate found, or what Ofsted said in private, is not in the reports', () => {
    const ciw = ask("What did CIW find at Cardiff's most recent performance evaluation inspection of children's services?");
    expect(ciw.kind?.kind).toBe('cannot-tell');
    expect(ciw.kind?.headline).toMatch(/other inspectorates' reports \(Care Inspectorate Wales/);
    // A comparison with another inspectorate's ways is not a question about it.
    expect(kindOf('The Care Inspectorate would score everything out of six. What score did Ofsted give Richmond upon Thames after its April 2019 visit on help and protection and early help?')).not.toBe('cannot-tell');
    expect(kindOf("Which English councils had a full ILACS inspection between September and November 2025? I'm comparing with CIW's inspection calendar.")).toBe('visit-list');
    const feedback = ask("Can you pull up the feedback Ofsted gave Tameside's DCS privately at the end of the December 2023 inspection, before the report came out?");
    expect(feedback.kind?.kind).toBe('cannot-tell');
    expect(feedback.kind?.headline).toMatch(/its feedback to a council at the end of an inspection/);
  });

  it('reads the bot\'s holdings as the council\'s reports', () => {
    const stockton = ask('How many focused visit letters do you hold for Stockton-on-Tees? Dates and topics would be great.');
    expect(stockton.kind?.kind).toBe('visit-list');
    expect(stockton.kind?.visits?.map((v) => v.reportId)).toEqual([
      'stockton-on-tees-2025-focused-visit',
      'stockton-on-tees-2024-focused-visit',
      'stockton-on-tees-2022-focused-visit',
      'stockton-on-tees-2021-focused-visit',
    ]);
    // "Can you see on files…" asks about practice, and is read whole.
    expect(withoutAsides('bury - can you see on files when reviewing officers push back?')).toMatch(/can you see on files/);
  });

  it('reads the ask under the urgency', () => {
    const derby = ask("urgent!! Derby's autumn 2023 focused visit on child in need and child protection planning - headline findings please, DCS waiting");
    expect(derby.kind?.kind).toBe('focused-visit');
    expect(derby.kind?.visits?.map((v) => v.reportId)).toEqual(['derby-2023-focused-visit']);
    const london = ask('ASAP - which London boroughs climbed off requires improvement at their latest full inspection?');
    expect(london.grades?.headline).toBe('4 authorities in London improved from requires improvement at their latest graded inspection:');
    expect(new Set(london.grades?.rows.map((r) => r.authority))).toEqual(new Set(['Hackney', 'Haringey', 'Lambeth', 'Lewisham']));
  });

  it('reads a change "at its next full inspection" as past, and "its children\'s services" as the council\'s', () => {
    const fell = ask("Which reports you've got show a council falling from good straight to inadequate at its next full inspection?");
    expect(fell.kind?.kind).toBe('grade-change');
    expect(new Set(fell.grades?.rows.map((r) => r.authority))).toEqual(new Set(['Harrow', 'Isles of Scilly', 'Swindon']));
    expect(kindOf("Scottish manager about to partner with Blackburn with Darwen. Where do its children's services stand at the moment?")).toBe('overview');
    expect(kindOf('has Ofsted actually been back into Windsor and Maidenhead since 2020?')).toBe('visit-list');
  });
});

describe('commissioners, workforce leads, numeric dates and news (fifty-third and fifty-fourth rounds)', () => {
  it('reads a question across councils by grade after a scene naming one', () => {
    const inadequate = ask("Harrow's at inadequate now - what do inadequate councils generally get wrong on timeliness at the front door?");
    expect(inadequate.kind?.kind).toBe('grade-filtered');
    expect(inadequate.grades?.rows.map((r) => r.authority)).toContain('Harrow');
  });

  it('reads the asker\'s new job and its start date as an aside, not a future time', () => {
    const norfolk = ask("I've got a TM post at Norfolk from 01/2027 - give me the lie of the land on their inspections");
    expect(norfolk.kind?.kind).toBe('overview');
    expect(norfolk.kind?.headline).toBe("Norfolk's latest graded inspection: Norfolk 2026 ILACS, published 18 May 2026.");
  });

  it('says prices and who is taking over as DCS are not in the reports, and keeps a topic named by its cost', () => {
    expect(kindOf("What's the average weekly fee Buckinghamshire is currently paying for a residential children's home placement?")).toBe('cannot-tell');
    expect(kindOf("any news on who's taking over as DCS at Sefton?")).toBe('cannot-tell');
    expect(kindOf('what did inspectors say about high-cost placements in Bury?')).toBeUndefined();
  });

  it('reads "area by area" as every area\'s grade, not a topic', () => {
    const wandsworth = ask('Ofsted were back in Wandsworth in March - what were the judgements, area by area?');
    expect(wandsworth.grades?.kind).toBe('latest');
    expect(wandsworth.grades?.headline).toBe("Wandsworth's latest graded inspection: Wandsworth 2026 ILACS, published 18 May 2026.");
    expect(wandsworth.grades?.rows.length).toBeGreaterThan(1);
  });

  it('reads "what\'s happened there since" and "where does that leave them" as the picture now', () => {
    expect(kindOf("Rutland - what's happened there since the 2020 inspection?")).toBe('overview');
    expect(kindOf('Rutland - where does that leave them?')).toBe('overview');
  });
});

describe('long messages whose question comes last (fifty-sixth round)', () => {
  it('reads "that visit" as the visit the scene named, at its time, of its council', () => {
    const kingston = ask(
      "Kingston upon Thames was outstanding at its 2019 inspection and, as far as I know, hasn't had a full one since. A colleague says Ofsted did come back in spring 2022 to look at the front door. What was that visit looking at exactly?",
    );
    expect(kingston.kind?.kind).toBe('focused-visit');
    expect(kingston.kind?.visits?.map((v) => v.reportId)).toEqual(['kingston-upon-thames-2022-focused-visit']);
  });

  it('reads a change of grade told before the last sentence as its premise', () => {
    const southend = ask(
      'Our improvement partner keeps asking what happened in Southend between their 2019 and 2024 inspections, since the grade moved from requires improvement up to good. I know there were a couple of focused visits in that gap. The one I care about is May 2023. What did that visit find?',
    );
    expect(southend.kind?.kind).toBe('focused-visit');
    expect(southend.kind?.visits?.map((v) => v.reportId)).toEqual(['southend-on-sea-2023-focused-visit']);
  });

  it('reads the question across councils after a scene naming none, and "what did they go from and to"', () => {
    const lower = ask(
      "I've been building a spreadsheet of every council that had a full inspection during 2025, and I'm about thirty rows in. Which of the councils inspected in 2025 came out with a lower overall grade than at their previous inspection, and what did they go from and to?",
    );
    expect(lower.grades?.kind).toBe('change');
    expect(lower.grades?.headline).toMatch(/declined at an inspection published in 2025/);
    expect(lower.grades?.count).toBeGreaterThan(0);
  });
});

describe('councillors and partner agencies (fifty-fifth round)', () => {
  it('reads a question across councils of a grade after a scene naming the asker\'s own', () => {
    const stockport = ask(
      "Stockport slipped to requires improvement in 2025 and I'm getting it in the neck as lead member. What are the councils Ofsted rates outstanding doing to recruit and hang on to social workers that we evidently aren't?",
    );
    expect(stockport.kind?.kind).toBe('grade-filtered');
    expect(stockport.results.every((r) => r.authority !== 'Stockport')).toBe(true);
  });

  it('leaves out a former council set against the one asked about', () => {
    const cumberland = ask("Health visiting lead for Cumberland — the new council, not old Cumbria. What's the overall Ofsted picture for Cumberland's children's services?");
    expect(cumberland.kind?.kind).toBe('overview');
    expect(cumberland.understood.authorities).toEqual(['Cumberland']);
  });

  it('reads a council\'s Ofsted record as its picture, and case records as a topic', () => {
    expect(ask("What is Luton's Ofsted record?").kind?.kind).toBe('overview');
    expect(ask("What did inspectors say about Luton's case records?").kind?.kind).toBeUndefined();
  });

  it('reads what an outstanding council was still left to improve, and a school\'s own grade as not in the reports', () => {
    const walsall = ask('Walsall were rated outstanding in 2025, so did Ofsted still leave them with anything they must improve?');
    expect(walsall.kind?.kind).toBe('improvements');
    expect(walsall.kind?.headline).toMatch(/^Walsall's latest graded inspection/);
    expect(ask('As the DSL at a primary in Wirral, what Ofsted grade did our school get at its last inspection?').kind?.kind).toBe('cannot-tell');
  });

  it('reads "climbed" of one council as its grade history', () => {
    expect(ask('Has Wigan climbed since its last full report?').grades?.kind).toBe('history');
  });
});

describe('search-box shorthand (fifty-sixth round)', () => {
  it('reads clipped grades, a count typed as a multiplier and plural SIFs', () => {
    expect(ask('outstnd las pre-birth work').kind?.kind).toBe('grade-filtered');
    const essex = ask('essex 2023 judgements x4');
    expect(essex.grades?.kind).toBe('history');
    expect(essex.grades?.rows.length).toBeGreaterThan(1);
    const sifs = ask('sifs started nov 2013 - which las');
    expect(sifs.kind?.kind).toBe('visit-list');
    expect(sifs.kind?.headline).toMatch(/^5 SIF inspections \(5 authorities\), carried out in November 2013/);
  });

  it('says no report can list visits booked after today', () => {
    const booked = ask('fvs booked spring 2027 - which las');
    expect(booked.kind?.kind).toBe('cannot-tell');
  });

  it('reads the question before the asker\'s purpose', () => {
    const havering = ask(
      "I remember Havering's report picked this up, but I want more than one council's story. Across the councils Ofsted has judged inadequate, what do the reports say about children placed with parents while on care orders? I'm trying to see whether it's a common thread.",
    );
    expect(havering.kind?.kind).toBe('grade-filtered');
  });
});

describe('leaders, researchers, negation and the old county (fifty-seventh and fifty-eighth rounds)', () => {
  it('reads the full inspection after a visit put aside by its theme, and a study named at the head', () => {
    const tyneside = ask('Not the front door visit - what did North Tyneside get at its full inspection in November 2024?');
    expect(tyneside.grades).toBeDefined();
    expect(tyneside.kind?.kind).toBeUndefined();
    const research = ask('For research on multi-agency safeguarding hubs, which authorities had a focused visit examining their front door during 2025, and on what dates?');
    expect(research.kind?.kind).toBe('visit-list');
  });

  it('reads "what did inspectors conclude?" as of the visit the scene named', () => {
    const stoke = ask('Our private fostering arrangements in Stoke-on-Trent came under the spotlight at the October 2024 focused visit. What did inspectors conclude?');
    expect(stoke.kind?.kind).toBe('focused-visit');
    expect(stoke.kind?.visits?.map((v) => v.inspectionStart?.slice(0, 7))).toEqual(['2024-10']);
  });

  it('reads "the old county" after a council split from one as that county', () => {
    const dorset = ask("We're Dorset Council. What did Ofsted ask the old county council to improve at its final SIF?");
    expect(dorset.understood.authorities).toEqual(['Dorset', 'Bournemouth, Christchurch and Poole']);
    expect(dorset.kind?.notes[0]).toMatch(/^Dorset County Council's children's services passed to Dorset and Bournemouth, Christchurch and Poole/);
  });

  it('lists the councils of a grade with no inspection in a time, or longest without one', () => {
    const none = ask("which outstanding councils haven't been inspected since 2020?");
    expect(none.kind?.kind).toBe('visit-list');
    expect(none.kind?.headline).toMatch(/^Of the 43 authorities in England rated outstanding overall.*, 3 authorities had no inspection carried out since 2020/);
    expect(none.kind?.visits?.every((v) => (v.inspectionStart ?? '') < '2020')).toBe(true);
    const longest = ask("Of the councils rated outstanding, who's gone longest without a full inspection?");
    expect(longest.kind?.kind).toBe('visit-list');
    const starts = longest.kind?.visits?.map((v) => v.inspectionStart ?? '') ?? [];
    expect(starts).toEqual([...starts].sort());
  });

  it('reads "ever been" as a grade history, and pay or inspectors\' notes as not in the reports', () => {
    expect(ask('Has East Riding ever been outstanding?').grades?.kind).toBe('history');
    expect(ask("We don't pay a market supplement - does Hertfordshire pay its social workers more than that?").kind?.kind).toBe('cannot-tell');
    expect(ask('Which of our Bexley team managers did inspectors mark down in their private notes?').kind?.kind).toBe('cannot-tell');
    expect(ask("Which of Southwark's 2026 judgements weren't good?").grades?.rows.length).toBeGreaterThan(1);
  });
});

describe('lay words, counts and time (fifty-ninth and sixtieth rounds)', () => {
  it('reads "full marks" as a grade, never "the full grades"', () => {
    expect(gradesAsked('councils with full marks'.split(' '))).toEqual(['outstanding']);
    expect(gradesAsked('the worst ofsted mark'.split(' '))).toEqual(['inadequate']);
    expect(gradesAsked('their full grades please'.split(' '))).toEqual([]);
    expect(gradesAsked('what were the full judgements'.split(' '))).toEqual([]);
  });

  it('reads lay names of grades and of the picture', () => {
    const worst = ask('Parent of a disabled child here. In councils that got the worst Ofsted mark, what do inspectors say about how disabled children are helped?');
    expect(worst.kind?.kind).toBe('grade-filtered');
    expect(worst.kind?.headline).toMatch(/rated inadequate/);
    expect(ask("I've just started fostering with Central Bedfordshire. What's their Ofsted report card like these days?").kind?.kind).toBe('overview');
  });

  it('lists what the framework named asked to improve', () => {
    const sunderland = ask("Sunderland's last SIF inspection, what recommendations did they come away with?");
    expect(sunderland.kind?.kind).toBe('improvements');
    expect(sunderland.kind?.visits?.[0]?.kind).toBe('sif');
  });

  it('reads "pre-covid" as up to 2019, and what the asker recalls after the question as the scene', () => {
    const rochdale = ask('what grade did Rochdale get from its focused visit pre-covid?');
    expect(rochdale.kind?.kind).toBe('focused-visit');
    expect(rochdale.kind?.notes).toContain('Focused visits give no grades.');
    expect(rochdale.kind?.visits?.every((v) => (v.inspectionStart ?? '') < '2020')).toBe(true);
    expect(ask('where does Knowsley stand these days? I remember it being requires improvement pre-covid').kind?.kind).toBe('overview');
  });

  it('says schools\' grades and visits booked ahead are not in the reports', () => {
    expect(ask("Bury's secondary schools - are any of them outstanding with Ofsted?").kind?.kind).toBe('cannot-tell');
    expect(ask('are Salford or Warrington down for a focused visit in the new year?').kind?.kind).toBe('cannot-tell');
  });
});

describe('two-part messages and Ofsted\'s own words (sixty-first and sixty-second rounds)', () => {
  it('reads the question after ", but"', () => {
    const mk = ask("Milton Keynes' 2022 visit was about children in care, but what overall grade did the 2024 ILACS give them?");
    expect(mk.grades).toBeDefined();
    expect(mk.grades?.rows.some((r) => r.reportId.startsWith('milton-keynes-2024'))).toBe(true);
  });

  it('reads "what needs to improve" after a grade told as the list, and a to-fix list', () => {
    const hartlepool = ask('Hartlepool Borough Council got outstanding in 2024 but care leavers only good. What did the report list under what needs to improve?');
    expect(hartlepool.kind?.kind).toBe('improvements');
    const norfolk = ask("Norfolk has just gone outstanding in 2026 - surely there's nothing left on their to-fix list?");
    expect(norfolk.kind?.kind).toBe('improvements');
    // The grade told tersely ("has just gone outstanding in 2026") dates the inspection whose list it is, Norfolk's latest.
    expect(norfolk.kind?.headline).toMatch(/^Norfolk's (?:latest|2026) graded inspection, Norfolk 2026 ILACS/);
  });

  it('says the SEND area inspection and a DfE commissioner\'s recommendations are not in the reports', () => {
    expect(ask('what did oxfordshire get in its SEND area inspection?').kind?.kind).toBe('cannot-tell');
    expect(ask("What did the DfE-appointed children's commissioner recommend for Swindon after the 2023 inadequate?").kind?.kind).toBe('cannot-tell');
  });
});

