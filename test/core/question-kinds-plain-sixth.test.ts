/**
 * Plain questions probed beside the 218th routing round and after
 * (scripts/route-questions.json): why a council's grade went up or down,
 * what a council is "bad at", findings "listed out", a grade "shifted",
 * time "since Ofsted's 2020 inspection" or "since their 2022 grade", and
 * the asker's job offer, request or training session around the question.
 * Each case was answered as another kind, or is a near neighbour that must
 * not move.
 */
import { describe, expect, it } from 'vitest';
import { answerPreface } from '../../src/index.ts';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('why a grade moved', () => {
  it('answers "why did … improve?" from the inspection at which the grade went up, naming the move', () => {
    const a = ask('why did Tower Hamlets improve?');
    expect(a.gradeGiven).toBe(
      'Tower Hamlets went up from good to outstanding overall at Tower Hamlets 2024 ILACS (published 13 January 2025), after Tower Hamlets 2019 ILACS; its summary:',
    );
    expect(a.results[0]?.reportId).toBe('tower-hamlets-2024');
    expect(a.results.every((h) => h.reportId === 'tower-hamlets-2024')).toBe(true);
    expect(ask('what turned Tower Hamlets around?').gradeGiven).toMatch(/^Tower Hamlets went up from good to outstanding/);
  });

  it('answers "why did … go down?" and "why was … downgraded?" from the inspection at which it fell', () => {
    expect(ask('why did Bury go down?').gradeGiven).toBe(
      'Bury went down from requires improvement to inadequate overall at Bury 2021 ILACS (published 17 December 2021), after Bury 2016 SIF; its summary:',
    );
    const kent = ask('why was Kent downgraded?');
    expect(kent.gradeGiven).toMatch(/^Kent went down from outstanding to good overall at Kent 2025 ILACS/);
    expect(kent.results[0]?.reportId).toBe('kent-2025');
  });

  it('reads a grade named with the move as where it went, before the grade alone is read as the one given', () => {
    const a = ask('why did Birmingham go up to good?');
    expect(a.gradeGiven).toBe(
      'Birmingham went up from requires improvement to good overall at Birmingham 2023 ILACS (published 18 April 2023), after Birmingham 2018 ILACS; its summary:',
    );
    expect(a.grades).toBeUndefined();
  });

  it('says so, with the grades, where the grade never moved that way', () => {
    const essex = ask('why did Essex decline?');
    expect(essex.gradeGiven).toBe('No inspection I hold rated Essex lower overall than the one before it.');
    expect(essex.grades?.kind).toBe('history');
    // A grade named that the council never had is the grade reason's answer: it never had it.
    expect(ask('why did Bury drop from outstanding?').gradeGiven).toBe('No inspection I hold rated Bury outstanding overall.');
  });

  it('leaves what moved in the council\'s practice to the paragraphs: referrals, social workers', () => {
    expect(ask('why did referrals drop in Bury?').gradeGiven).toBeUndefined();
    expect(ask('why did Bury lose so many social workers?').gradeGiven).toBeUndefined();
    expect(ask('what made referrals go up in Bury?').gradeGiven).toBeUndefined();
    // A grade lost is a move: "why did Kent lose outstanding?".
    expect(ask('why did Kent lose outstanding?').gradeGiven).toMatch(/^Kent went down from outstanding to good overall/);
  });

  it('leaves a move still to come or required to the other readers', () => {
    expect(ask('why did Bury need to improve?').gradeGiven).toBeUndefined();
    expect(ask('how did Tower Hamlets get better?').grades?.kind).toBe('history');
  });

  it('opens a "why" answer from an older report with the line naming it, and no history label after its colon', () => {
    const a = ask('Why is Birmingham inadequate?');
    expect(a.history).toBeUndefined();
    expect(answerPreface(a)).toMatch(/; its summary:$/);
  });

  it('reads "fail" as the grade, not a word to search for, in a "why" question', () => {
    const a = ask('why did Slough fail its inspection?');
    expect(a.gradeGiven).toMatch(/^Slough was rated inadequate overall at Slough 2015 SIF .*; its summary:$/);
    expect(a.results[0]?.paragraphKind).toBe('summary');
  });
});

describe('what a council is bad at', () => {
  it('gives the improvement list for "what is … bad at?", "weak at", "poor at" and "struggle with"', () => {
    const a = ask('what is Kent bad at?');
    expect(a.kind?.headline).toBe("Kent's latest graded inspection, Kent 2025 ILACS, published 2 February 2026, lists 3 things to improve.");
    expect(kindOf('what is Kent weak at?')).toBe('improvements');
    expect(kindOf('what does Bury struggle with?')).toBe('improvements');
    // With a topic after it, it asks of that topic.
    expect(kindOf('what is Kent bad at with care leavers?')).toBeUndefined();
  });

  it('gives the list for what is "still to do", "must change" or "remained outstanding", never for a grade still outstanding', () => {
    expect(ask('After Wirral care leavers visit 2024, what still to do?').kind?.headline).toBe("Wirral's 2024 focused visit (Wirral 2024 focused visit), published 17 October 2024, lists 3 things to improve.");
    expect(kindOf('Trafford leaders got inadequate 2026, what they must change?')).toBe('improvements');
    expect(kindOf("After Wigan's care leavers visit, what was left to sort?")).toBe('improvements');
    expect(kindOf('Plymouth got requires improvement, what have they got to change')).toBe('improvements');
    expect(kindOf('what did ofsted tell Surrey they had to do in 2014?')).toBe('improvements');
    expect(kindOf('Even outstanding councils get told to fix something, surely. What was Leeds told in 2025?')).toBe('improvements');
    expect(kindOf("what remained outstanding for Wirral following Ofsted's September 2024 visit on care leavers?")).toBe('improvements');
    expect(ask('is Wirral still outstanding?').grades?.kind).toBe('latest');
    // Who will use the answer, after the question, is the asker's.
    expect(kindOf('What were the weak spots inspectors flagged for Calderdale in 2024 - the things they actually said needed to get better? Students are going to compare them against good practice examples.')).toBe('improvements');
  });

  it('gives the list for the actions a council was told to take, and what it still needs to sort', () => {
    expect(kindOf("In 2013 Ofsted inspected the services for 'looked after children' (children in public care) in Kent. What actions did they tell Kent County Council to take, and by when?")).toBe('improvements');
    expect(kindOf('Wokingham care leavers visit in December 2024 — anything they were told they still need to sort?')).toBe('improvements');
  });

  it('gives the list of an inspection named by its kind, and "what were they told to do?"', () => {
    const a = ask("Sandwell's 2013 looked after children inspection - what were they told to do? I remember an IHA backlog being one of them");
    expect(a.kind?.headline).toBe("Sandwell's 2013 graded inspection, Sandwell 2013 looked-after children inspection, published 2 August 2013, lists 19 things to improve.");
  });
});

describe('one visit and the list', () => {
  it('answers "list out the findings from the … visit" with the visit, not the list of visits', () => {
    const a = ask('Can you list out the findings from the Stockton-on-Tees visit on 9-10 December 2025 - bullet points fine');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('stockton-on-tees-2025-focused-visit');
    expect(kindOf('list the visits to Stockton-on-Tees')).toBe('visit-list');
  });

  it('reads two themes typed after "fv" as naming the visit', () => {
    expect(ask('solihull 2018 fv care leavers uasc summary').kind?.visits?.[0]?.reportId).toBe('solihull-2018-focused-visit');
    expect(kindOf('solihull 2018 fv uasc care leavers summary')).toBe('focused-visit');
    // A word beyond the themes is a topic.
    expect(kindOf('solihull 2018 fv care leavers housing')).toBeUndefined();
  });

  it('answers a list of what was checked or examined on one visit with the visit, not the list of visits', () => {
    expect(ask('Please list all the topics that were examined when Ofsted visited Barnsley in November 2024.').kind?.visits?.[0]?.reportId).toBe('barnsley-2024-focused-visit');
    expect(kindOf("Can you list out what Ofsted checked in Sandwell's MASH when they came in October 2024")).toBe('focused-visit');
    expect(kindOf('give me a list of everything Ofsted looked at when they went into Calderdale in April 2025')).toBe('focused-visit');
  });

  it('lists the councils whose visits looked at a theme for "where did Ofsted look at…"', () => {
    expect(kindOf('Where did Ofsted look at permanence during 2022?')).toBe('visit-list');
  });

  it('answers "what did inspectors cover" in a month of a letter, and "a list of what inspectors covered", with the visit', () => {
    expect(ask('Medway Nov 2025 - list of what inspectors covered?').kind?.visits?.[0]?.reportId).toBe('medway-2025-focused-visit');
    expect(kindOf('Medway Nov 2025 - what did inspectors cover?')).toBe('focused-visit');
  });

  it('lists every kind for "what has happened with Ofsted in … since…"', () => {
    expect(ask('Members asked what had happened with Ofsted in Bristol since the January 2023 inspection.').kind?.headline).toBe(
      "3 Ofsted visits of Bristol (1 authority), carried out since Bristol's 2023 inspection (which began 16 January 2023), latest first:",
    );
    // Without Ofsted named, what has happened is the picture.
    expect(kindOf("what's happened in Bristol since the 2023 inspection?")).toBe('overview');
  });

  it('lists every kind for "what\'s happened since then, inspection-wise?"', () => {
    expect(ask("Luton was inadequate in 2020 — what's happened since then, inspection-wise?").kind?.headline).toBe('6 Ofsted visits of Luton (1 authority), carried out since 2020, latest first:');
  });

  it('lists every kind for "what Ofsted has done in … since…", and reads a short question left without its mark after another', () => {
    expect(kindOf('catch me up on what Ofsted has done in Middlesbrough since the March 2023 inspection')).toBe('visit-list');
    expect(kindOf("What's Ofsted done in Medway since 2020?")).toBe('visit-list');
    expect(kindOf('Is the 2023 ILACS the most recent thing for Lewisham or has Ofsted been back since?')).toBe('visit-list');
    expect(kindOf('catch me up on Middlesbrough since the March 2023 inspection')).toBe('overview');
    expect(kindOf('Wokingham seem to get visited way more than other councils, is that right? what visits have they had')).toBe('visit-list');
  });

  it('reads "since being judged good in 2023" as since that inspection, and "going back to the 2014 one" as how far back', () => {
    expect(kindOf('Has the Isle of Wight had anything from Ofsted since being judged good in 2023?')).toBe('visit-list');
    expect(kindOf("when's portsmouth been inspected? going back to the 2014 one")).toBe('visit-list');
  });

  it('reads "since their 2022 grade" as since that inspection', () => {
    const a = ask('Anything from Ofsted on Stoke since their 2022 grade?');
    expect(a.kind?.headline).toBe(
      "3 Ofsted visits of Stoke-on-Trent (1 authority), carried out after Stoke-on-Trent's 2022 inspection (which ended 14 October 2022), latest first:",
    );
  });
});

describe('the list between two inspections', () => {
  it('lists every report with its dates for "between … and the next full inspection, did Ofsted go back in?"', () => {
    const a = ask('Between Hull being judged inadequate in Jan 2019 and the next full inspection, did Ofsted go back in at all?');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.headline).toBe('8 Ofsted visits of Kingston upon Hull (1 authority), latest first:');
    expect(a.kind?.visits?.map((v) => v.reportId)).toContain('kingston-upon-hull-2021-focused-visit');
    // A next inspection still to come is what no report holds.
    expect(kindOf("when is Hull's next inspection?")).toBe('cannot-tell');
  });
});

describe('grades over time', () => {
  it('reads "since Ofsted\'s 2020 inspection" as the years from 2020, not 2020 alone', () => {
    const a = ask("Devon's child protection side - has it got better or worse since Ofsted's 2020 inspection? We're worried about CP thresholds for some of our families");
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.headline).toBe('Devon: 2 graded inspections since 2020, in date order.');
  });

  it('reads Ofsted\'s "audit" or "assessment" as its inspection', () => {
    expect(ask('did Stockport go down at their last OFSTED audit').grades?.kind).toBe('history');
    expect(ask('what did slough get for adoption in the 2013 ofsted assessment').grades?.rows[0]?.reportId).toBe('slough-2013');
    // A case file audit is practice.
    expect(ask('what did inspectors say about case file audits in Bury?').grades).toBeUndefined();
  });

  it('reads whether "their Ofsted rating actually dropped" as its history', () => {
    expect(ask("did Harrow's Ofsted rating actually drop?").grades?.kind).toBe('history');
    expect(ask('Harrow care leavers - did their Ofsted rating actually drop?').grades?.area).toBe('care-leavers');
  });

  it('reads a grade "dropped a grade" as its history', () => {
    expect(ask("Stockport dropped a grade at their last inspection didn't they?").grades?.kind).toBe('history');
    expect(ask('did Bury drop a grade?').grades?.kind).toBe('history');
  });

  it('reads whether the latest one "shifted" the grade as its history', () => {
    expect(ask("devon's been inadequate forever, is that still the case or did the latest one shift it").grades?.kind).toBe('history');
    expect(ask("did the latest one shift devon's grade").grades?.kind).toBe('history');
    expect(ask('is devon still inadequate?').grades?.kind).toBe('latest');
  });

  it('reads "could you confirm … grades" as the grades, the asking not a topic', () => {
    expect(ask("Could you confirm Medway's current Ofsted grades for children's services, please? We are quoting them in a response letter.").grades?.kind).toBe('latest');
  });

  it('says a grade at the next inspection still to come is what no report holds', () => {
    expect(kindOf("Trafford's leadership and its help-and-protection work were both judged inadequate in 2026. Will those grades be better at the next inspection?")).toBe('cannot-tell');
    expect(kindOf('which councils went down at the next ilacs?')).toBe('grade-change');
  });

  it('reads "headline grade vs last time" as the history, and "as far back as you have it" as how far it goes', () => {
    expect(ask('Swindon Jul 23 ILACS - headline grade vs last time?').grades?.kind).toBe('history');
    expect(ask("lambeth's grade history please, as far back as you have it").grades?.headline).toBe('Lambeth: 3 graded inspections, in date order.');
    expect(ask("every ofsted grade they've had pls, going back as far as you can. Sandwell").grades?.kind).toBe('history');
    expect(ask('has halton gone up or down since 2020? one of the young people I advocate for asked me and I honestly wasn\'t sure').grades?.headline).toBe(
      'Halton: 2 graded inspections since 2020, in date order.',
    );
  });

  it('compares what the reports say when asked how two councils compare "in the Ofsted reports" on a topic', () => {
    expect(ask('camden v islington on private fostering, how do they compare in the ofsted reports?').grades).toBeUndefined();
  });

  it('compares two councils asked "which has the better children\'s services?"', () => {
    expect(ask("Derby or Nottingham - which has the better children's services?").grades?.kind).toBe('compare');
  });

  it('reads a practice question followed by what Ofsted rated as the grade of that area', () => {
    const thurrock = ask('how well does Thurrock do by its care leavers, like what did ofsted rate them last time?');
    expect(thurrock.grades?.kind).toBe('latest');
    expect(thurrock.grades?.area).toBe('care-leavers');
    expect(ask('are north yorkshire any good with their children in care? as in what did ofsted rate them').grades?.area).toBe('children-in-care');
    expect(ask('is bexley any good at protecting children? what did they get last time ofsted were in').grades?.kind).toBe('latest');
    expect(ask("how good is Knowsley with care leavers these days, like on ofsted's scale?").grades?.area).toBe('care-leavers');
    // Asked alone, how good a council is at something is what the reports say of it.
    expect(ask('how good is Bury at care leavers?').grades).toBeUndefined();
  });

  it('compares two councils asked "which scored better"', () => {
    expect(ask('Sutton or Merton, which scored better last time and by how much??').grades?.kind).toBe('compare');
  });

  it('reads "stat neighbours" as the statistical neighbours', () => {
    expect(ask('Wirral: are our stat neighbours doing better than us?').grades?.kind).toBe('neighbours');
  });

  it('compares two councils asked whether one "outperforms" the other', () => {
    expect(ask("does Hillingdon's help and protection work outperform Hounslow's?").grades?.kind).toBe('compare');
  });

  it('compares two councils asked "which ones rated better?"', () => {
    expect(ask('leeds or bradford, which ones rated better? trying to pick').grades?.kind).toBe('compare');
  });
});

describe('paragraphs filtered by grade', () => {
  it('keeps "family time" as the topic, and reads "how bad is…" as what the reports say', () => {
    const a = ask('in the failing councils how bad is family time with parents');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.headline).toMatch(/^Paragraphs on family time parents from the 9 authorities in England rated inadequate overall/);
    expect(ask('in inadequate councils how good is family time?').kind?.headline).toMatch(/^Paragraphs on family time from the 9 authorities/);
  });
});

describe('the asker around the question', () => {
  it('reads a job offer, a recruitment pack and a training session as the asker\'s, not the question\'s', () => {
    expect(ask('whats blackpool like these days? been offered 6 months in their CIN team').kind?.kind).toBe('overview');
    expect(ask('quick Ofsted summary of Swindon for the recruitment pack').kind?.kind).toBe('overview');
    expect(kindOf('back in 2014 when Birmingham was rated inadequate, what were the recommendations? doing a bit of history for a governor training session')).toBe('improvements');
  });

  it('reads a requester restated and an enquiry routed as asides after the question', () => {
    expect(kindOf('What was the theme of the focused visit to Gateshead in September 2021? Requester wants to know which area of practice Ofsted looked at.')).toBe('focused-visit');
    expect(kindOf('How is the Isles of Scilly doing on children\'s services? Councillor enquiry passed to the information governance team.')).toBe('overview');
    expect(kindOf('How\'s Rotherham doing these days? The press keep dragging up 2014')).toBe('overview');
    expect(kindOf('How is Nottingham City doing? Got a complaint about social workers and want some background first')).toBe('overview');
    expect(kindOf("how's Middlesbrough doing these days? been struggling for years hasn't it")).toBe('overview');
    expect(kindOf('Catch me up on Herefordshire please, we lost track after the court judgments.')).toBe('overview');
    expect(ask('Quick one on Stockport for a needs analysis... are they better or worse than last time Ofsted came in?').grades?.kind).toBe('history');
  });

  it('reads practice as a whole, and how a council is "performing", as the picture', () => {
    expect(kindOf('how is practice at Swindon these days?')).toBe('overview');
    expect(kindOf("Broadly speaking, how is Nottingham performing in children's social care?")).toBe('overview');
    expect(kindOf('how is practice in Swindon on care leavers?')).toBeUndefined();
    expect(kindOf("is liverpool children's services as bad as people say?")).toBe('overview');
    expect(kindOf('catch me up on Richmond upon Thames kids social care')).toBe('overview');
  });
});

describe('a message written as points', () => {
  it('reads the first point as the ask when the points after it only set the scene', () => {
    expect(kindOf('- catch me up on Torbay\n- last time I looked they were inadequate, years ago\n- moving down there in the new year')).toBe('overview');
    expect(kindOf("1. How's Herefordshire doing these days?\n2. remember them being in a real mess around 2022\n3. for a board member who's asking")).toBe('overview');
  });

  it('reads the whole when a later point asks too', () => {
    const a = ask('1) which councils have lost an outstanding rating at their next inspection?\n2) and what did they drop to\n3) for a risk paper');
    expect(a.grades).toBeDefined();
    expect(a.understood.authorities).toEqual([]);
  });
});

describe('what no report holds', () => {
  it('says so for staff names and contact details, allowances paid and schools\' grades', () => {
    expect(kindOf("A requester wants the names and contact details (email and phone) of the team managers in Peterborough's front door service.")).toBe('cannot-tell');
    expect(kindOf('hampshire is outstanding so how much SGO allowance they pay')).toBe('cannot-tell');
    expect(kindOf("name and email of Reading's LADO please")).toBe('cannot-tell');
    expect(kindOf("What was the outcome of Surrey's last SEND area inspection?")).toBe('cannot-tell');
    expect(kindOf('Camden schools Ofsted grade, which school is good?')).toBe('cannot-tell');
    expect(kindOf("What did Ofsted give the secondary schools in Rochdale - how many are good or outstanding? I know children's services there are RI")).toBe('cannot-tell');
  });
});
