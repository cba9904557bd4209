/**
 * Question kinds asked in the voices of the nineteenth to thirtieth
 * routing rounds (scripts/route-questions.json): periods and dates in
 * figures, search-box queries and dictation, an academic register and chat
 * formatting, partner agencies and British idiom, two asks in one, and
 * shorthand with arrows or councils' corporate titles, on to slash commands
 * typed as words and wrong premises (the later rounds are in
 * question-kinds-scenes-and-verdicts.test.ts). Each case is a tuning
 * question the readers learned from, or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('times in figures and in periods, and plain wordings (nineteenth round)', () => {
  it('lists every date Ofsted "came to" an authority, and an inspection Ofsted "came" for is that inspection', () => {
    const stockton = ask('Please give me all the dates Ofsted came to Stockton-on-Tees, from the first one until the last one.');
    expect(stockton.kind?.kind).toBe('visit-list');
    expect(stockton.kind?.headline).toMatch(/^\d+ Ofsted visits of Stockton-on-Tees/);
    expect(stockton.kind?.visits?.some((v) => v.kind === 'focused-visit')).toBe(true);
    expect(stockton.kind?.visits?.some((v) => v.kind !== 'focused-visit')).toBe(true);
    expect(kindOf('Dudley - last time the inspectors came, which date was it, and the time before that one?')).toBe('visit-list');
  });

  it('counts the visits on a theme however many of its wordings are used', () => {
    const cin = ask('How many councils got the focused visit looking at children in need and child protection plans in year 2025?');
    expect(cin.kind?.headline).toMatch(/^\d+ focused visits on children in need and child protection \(\d+ authorities\), carried out in 2025/);
  });

  it('reads "the lowdown on X\'s grades" as the grades, a visit\'s "story" as the visit, and Ofsted "planning" a visit as the future', () => {
    expect(ask("whats the lowdown on Bracknell Forest's grades from Dec 2025 - all four areas").grades?.rows.map((r) => r.reportId)).toContain('bracknell-forest-2025');
    expect(kindOf("new to reading's QA team - could you give me the big picture on reading? grades, any visits since, how they're doing incl children in care")).toBe('overview');
    expect(ask("Medway - what's the story with the children in care visit last autumn (11/2025)? was it good news for them").kind?.visits?.[0]?.reportId).toBe('medway-2025-focused-visit');
    expect(kindOf('Is Ofsted planning a focused visit to Hertfordshire this year?')).toBe('cannot-tell');
    expect(kindOf("how good is Hertfordshire's care planning?")).not.toBe('cannot-tell');
  });

  it('reads a change "between one inspection and the next" as past, and "the mark … over the years" as grade history', () => {
    expect(ask('which councils went from inadequate to outstanding between one inspection and the next?').grades?.kind).toBe('change');
    expect(ask('How is the mark of Blackpool moving over the years, from the first inspection?').grades?.kind).toBe('history');
  });
});

describe('search-box queries and dictated questions (twentieth round)', () => {
  it('reads terse queries as what they plainly want', () => {
    expect(kindOf('wigan inspection dates')).toBe('visit-list');
    expect(kindOf('stockton-on-tees visit timeline')).toBe('visit-list');
    expect(ask('dropped a grade latest').grades?.kind).toBe('change');
    expect(kindOf('somerset dcs now')).toBe('cannot-tell');
    expect(kindOf('bedford caseloads today')).toBe('cannot-tell');
    // A topic with a time word is still a topic.
    expect(kindOf('bedford caseloads 2023')).not.toBe('cannot-tell');
  });

  it('reads years said as words, ages in words and Ofsted misheard, as typed', () => {
    const ilacs = ask('how many full I lax inspections were there in twenty twenty three nationally');
    expect(ilacs.understood.year).toBe(2023);
    expect(ilacs.kind?.headline).toMatch(/^\d+ ILACS inspections \(\d+ authorities\), carried out in 2023/);
    expect(ask('tell me about Calderdale\'s focused visit in twenty twenty five').kind?.visits?.[0]?.reportId).toMatch(/^calderdale-2025/);
    expect(ask('how did Dorset get on with the visit on sixteen and seventeen year old care leavers in twenty twenty three').kind?.visits?.[0]?.reportId).toBe('dorset-2023-focused-visit');
    expect(kindOf('has Bromley actually had off said in at all since that focus visit in 2021 or not')).toBe('visit-list');
    expect(ask('Leeds children in care judgement at the twenty twenty five one was it outstanding again').grades?.rows.map((r) => r.area)).toEqual(['children-in-care']);
  });
});

describe('an academic register, and messages as posted in chat (twenty-first round)', () => {
  it('reads enumerations, traced trajectories and posts held', () => {
    const enumerated = ask('Please enumerate the focused visits undertaken in 2023 whose theme concerned care leavers or care-experienced young people.');
    expect(enumerated.kind?.headline).toMatch(/^\d+ focused visits on care leavers \(\d+ authorities\), carried out in 2023/);
    const lambeth = ask('I am examining the trajectory of Lambeth between 2018 and 2026; rather than the judgements themselves, I need the dates and type of each inspection event in that window.');
    expect(lambeth.kind?.kind).toBe('visit-list');
    expect(ask("Trace the longitudinal trajectory of Sandwell's Ofsted judgements from the 2013 looked-after children inspection to its latest ILACS.").grades?.kind).toBe('history');
    expect(kindOf("Who currently occupies the post of Director of Children's Services in Rotherham?")).toBe('cannot-tell');
    expect(kindOf('Setting the grades aside, what precisely was Halton told it must prioritise after its 2024 inspection?')).toBe('improvements');
    expect(kindOf("What is the present state of children's services in Cumberland?")).toBe('overview');
  });

  it('names a visit by its printed theme (pre-proceedings, "child-centred practice") and a time within a year ("late-2025")', () => {
    expect(ask('What was Essex\'s focused visit in January 2025 actually about? Something to do with pre-proceedings / letters before proceedings I think?').kind?.visits?.[0]?.reportId).toBe('essex-2025-focused-visit');
    const covid = ask("How many councils got one of the COVID-era 'child-centred practice during the pandemic' focused visits in 2021? 👀");
    expect(covid.kind?.headline).toMatch(/^\d+ focused visits on practice during the COVID-19 pandemic \(\d+ authorities\), carried out in 2021/);
    expect(ask('What is the most recent Ofsted activity at Medway, namely the late-2025 visit looking at children in care at risk of exploitation, and what did it find?').kind?.visits?.[0]?.reportId).toBe('medway-2025-focused-visit');
    expect(ask('what did the early 2025 report say about early help in Essex').understood.year).toBe(2025);
  });

  it('puts aside who is copied in and who keeps asking', () => {
    const islington = ask("Islington's last focused visit – what was the theme and what was the headline?\ncc the care leavers service lead");
    expect(islington.kind?.kind).toBe('focused-visit');
    expect(islington.kind?.visits?.[0]?.reportId).toBe('islington-2022-focused-visit');
    expect(kindOf('Our lead member keeps asking what Ofsted actually want Warwickshire to do differently after the June 2025 inspection. Anyone got the list?')).toBe('improvements');
    expect(ask('Who dropped a grade at their latest inspection? Mainly interested in 2025 ones').grades?.kind).toBe('change');
  });
});

describe('partner agencies and informal British idiom (twenty-second round)', () => {
  it('reads idiom for grades, changes, lists and the picture', () => {
    const nw = ask("Who's in special measures in the North West at the minute?");
    expect(nw.grades?.kind).toBe('list');
    expect(nw.grades?.headline).toMatch(/in the North West rated inadequate/);
    expect(ask("Can I get Sunderland's grade history, back in the day to now?").grades?.kind).toBe('history');
    expect(ask('Of the councils that had a full inspection in 2025, which ones came out with a worse grade than last time?').grades?.kind).toBe('change');
    expect(ask('Out of the ILACS done in 2024, which ones were a step down for the council on last time?').grades?.kind).toBe('change');
    expect(kindOf('Cheshire West dropped to RI in 2024. What were they dinged for?')).toBe('improvements');
    expect(kindOf("Bedford slipped from good in 2025. What's on Ofsted's to-do list for them now?")).toBe('improvements');
    expect(kindOf('Has Tameside sorted itself out yet?')).toBe('overview');
    expect(kindOf("Honestly, which front door would you rather deal with as a school, Cheshire West and Chester's or Warrington's?")).toBe('cannot-tell');
  });

  it('reads a visit Ofsted "popped into", "had … in again" or came "about" a theme as that visit', () => {
    expect(ask('What did Ofsted find when they popped into Dudley for the front door visit in October 2025?').kind?.visits?.[0]?.reportId).toBe('dudley-2025-focused-visit');
    expect(ask('Is it right Trafford had Ofsted in again in September 2025? What was that one about?').kind?.visits?.[0]?.reportId).toBe('trafford-2025-focused-visit');
    expect(kindOf('Calderdale had Ofsted in last spring about exploitation. What was the overall verdict of that visit?')).toBe('focused-visit');
  });
});

describe('two asks, a check before the ask, and team managers (twenty-third round)', () => {
  it('reads the question before who is asking, and leaves the asker\'s team out', () => {
    const knowsley = ask("Is Knowsley still rated inadequate? We're recruiting into the MASH and candidates keep asking.");
    expect(knowsley.grades?.kind).toBe('latest');
    expect(knowsley.grades?.rows[0]?.authority).toBe('Knowsley');
    expect(ask("Give me Swindon's judgements at each inspection since 2014. I'm in the children in care team.").grades?.kind).toBe('history');
    expect(ask("How did Bexley do in its CIN/CP focused visit in February 2025? I'm a CP team manager there.").kind?.visits?.[0]?.reportId).toBe('bexley-2025-focused-visit');
    expect(kindOf('Where is the Isle of Wight at with Ofsted? A summary for our IRO team, please.')).toBe('overview');
    // Hearsay or an indirect question after the question is part of what is asked.
    expect(kindOf('Please could you tell me what rating Sheffield was given for the visit in October 2024 that examined placement decisions for older teenagers? Our members would like to know how well it went.')).toBe('focused-visit');
  });

  it('lists "two focused visits … what was each one about", gives the rest of a list after one item, and catches up "since the 2022 inspection"', () => {
    expect(kindOf('Did Wokingham get two focused visits in 2024? If it did, what was each one about?')).toBe('visit-list');
    expect(kindOf('Is it right that Leicester was told to speed up its response to contacts and referrals last time? What else was on its list?')).toBe('improvements');
    expect(kindOf('Catch me up on Luton since the 2022 inspection: grades, visits, the lot.')).toBe('overview');
    expect(ask('Which areas of practice did Ofsted look at when it went into Essex in January 2025?').kind?.visits?.[0]?.reportId).toBe('essex-2025-focused-visit');
  });
});

describe('shorthand with arrows, and councils by their corporate titles (twenty-fourth round)', () => {
  it('reads a change of grade written with an arrow, in letters or words, over the years named', () => {
    const ri = ask('RI -> G in 2025/26 - list pls');
    expect(ri.grades?.kind).toBe('change');
    expect(ri.grades?.headline).toMatch(/^\d+ authorities improved from requires improvement to good at an inspection published from 2025 to 2026/);
    expect(ask('which councils went RI→G').grades?.headline).toMatch(/improved from requires improvement to good/);
    expect(ask('LAs that went I -> O in one jump?').grades?.kind).toBe('change');
  });

  it('reads a council named by its corporate title as the council, searching none of the title', () => {
    const hull = ask('How many focused visits did Kingston upon Hull City Council receive between 2018 and 2025?');
    expect(hull.understood.authorities).toEqual(['Kingston upon Hull']);
    expect(hull.kind?.kind).toBe('visit-list');
    expect(ask('what grade did the London Borough of Hackney get').understood.terms).toEqual([]);
    expect(ask('City of Bradford Metropolitan District Council latest grade').grades?.rows[0]?.authority).toBe('Bradford');
    expect(ask('What did inspectors find when they visited Bristol City Council\'s front door in February 2025?').kind?.visits?.[0]?.reportId).toBe('bristol-2025-02-focused-visit');
    expect(ask('Did Essex County Council come out of its January 2025 focused visit well, and what was the visit examining?').kind?.visits?.[0]?.reportId).toBe('essex-2025-focused-visit');
  });
});

describe('the public and the press, and inspection-readiness leads (twenty-fifth round)', () => {
  it('reads a month\'s end, "had inspectors in" and how long they stayed as naming that visit', () => {
    const hounslow = ask('Hounslow had inspectors in for two days at the end of July 2025. What was that about and what did they conclude?');
    expect(hounslow.kind?.kind).toBe('focused-visit');
    expect(hounslow.kind?.visits?.[0]?.reportId).toBe('hounslow-2025-focused-visit');
  });

  it('lists every visit and inspection, with dates, for the gap between two of them', () => {
    const bury = ask("How long was the gap between Bury's last FV and its full inspection in autumn 2021?");
    expect(bury.kind?.kind).toBe('visit-list');
    // Neither the kinds named nor the autumn of one of them narrows the list: both reports must be in it.
    const ids = bury.kind?.visits?.map((v) => v.reportId) ?? [];
    expect(ids).toContain('bury-2021');
    expect(ids).toContain('bury-2020-focused-visit');
    expect(bury.kind?.notes.join(' ')).toMatch(/time between two of these is read from their dates/);
  });

  it('checks a grade asked with "really", reads "would we be better off under" as advice, and "where X stands" as the picture', () => {
    const harrow = ask("Was Harrow's care leavers judgement really inadequate at the January 2025 inspection?");
    expect(harrow.grades?.rows[0]?.authority).toBe('Harrow');
    expect(harrow.grades?.rows[0]?.grade).toBe('inadequate');
    expect(kindOf("I'm moving house with my foster children - would we be better off under Wiltshire or Dorset's children's services?")).toBe('cannot-tell');
    expect(kindOf('Before our annual conversation with Ofsted, can you pull together where Reading stands: latest judgement, any visits since, and the headline messages?')).toBe('overview');
  });
});

describe('negation, and staff speaking of their own council as "our" (twenty-sixth round)', () => {
  it('reads a team tag or sign-off as the asker\'s, keeping the council named in it as whom "our" means', () => {
    expect(ask('Durham performance team: how has our overall judgement moved across each inspection since 2016?').grades?.kind).toBe('history');
    const medway = ask("What's the headline from our latest focused visit - where did it leave us? - Priya, QA team, Medway");
    expect(medway.kind?.visits?.[0]?.reportId).toBe('medway-2025-focused-visit');
    expect(kindOf("Where is Halton at now? I've heard nothing since it was rated inadequate.")).toBe('overview');
  });

  it('lists every inspection and visit from "SIF onwards", and leaves out visits "not about" a theme', () => {
    const newham = ask('Newham safeguarding board support: could you set out our whole Ofsted timeline, SIF onwards - every inspection and visit?');
    expect(newham.kind?.kind).toBe('visit-list');
    const kinds = new Set(newham.kind?.visits?.map((v) => v.reportId.includes('focused-visit')));
    expect(kinds).toEqual(new Set([true, false]));
    const notCareLeavers = ask('How many of the focused visits carried out in 2024 were not about care leavers?');
    expect(notCareLeavers.kind?.headline).toMatch(/^\d+ focused visits \(\d+ authorities, leaving out visits on care leavers\), carried out in 2024/);
  });

  it('reads a figure asked for now, set against the report\'s, as one no report holds', () => {
    expect(kindOf("What's Thurrock's agency social worker rate right now, not what the 2024 report said?")).toBe('cannot-tell');
  });
});

describe('time told by events, and the wider sector\'s acronyms (twenty-seventh round)', () => {
  it('lists what came after a visit named by its theme, of every kind when "anyone from Ofsted" is asked', () => {
    const croydon = ask('Has anyone from Ofsted been into Croydon since that front door visit during covid?');
    expect(croydon.kind?.kind).toBe('visit-list');
    // Croydon's front-door visit of June 2021 is its newest report: nothing came after it.
    expect(croydon.kind?.headline).toBe("0 Ofsted visits of Croydon, carried out after Croydon's 2021 focused visit on the front door (which ended 16 June 2021).");
    // A visit named by its year: from that visit's first day (Bury's 2021 and 2025 inspections came after it).
    expect(ask('any inspections of Bury since the 2020 FV?').kind?.headline).toBe("2 inspections of Bury (1 authority), carried out since Bury's 2020 focused visit (which began 29 September 2020), latest first:");
  });

  it('reads who else wants to know as an aside, after the question or at its end', () => {
    expect(ask('How many care leavers focused visits did Ofsted carry out in 2024? Our ADCS regional lead wants the list.').kind?.headline).toMatch(/^\d+ focused visits on care leavers \(\d+ authorities\), carried out in 2024/);
    expect(kindOf('Which councils got the extra-familial harm focused visit — the exploitation one our YOT keeps asking about?')).toBe('visit-list');
    const staffs = ask("Staffordshire's December 2025 visit on the front door and adults in positions of trust — what were the main messages? LADO colleague is asking");
    expect(staffs.kind?.visits?.[0]?.reportId).toMatch(/^staffordshire-2025/);
  });

  it('reads a virtual school head in post, and visits arranged for "this autumn", as what no report holds', () => {
    expect(kindOf("Who's the VSH on the Isle of Wight right now?")).toBe('cannot-tell');
    expect(kindOf('Which councils are getting an ILACS under the new framework this autumn?')).toBe('cannot-tell');
  });
});

describe('questions the kind model reads rightly that its loose readers had declined (training examples, cross-validated)', () => {
  it('reads children\'s social care as the service, not a topic, and a job being considered as an aside', () => {
    expect(kindOf("Cumberland children's social care overview")).toBe('overview');
    expect(kindOf('Background on Peterborough children\'s social care please')).toBe('overview');
    expect(kindOf("I'm considering a job at Worcestershire. How are their children's services regarded, broadly?")).toBe('overview');
    // Children in care stay an area asked about: this is its grade.
    expect(ask("how are hillingdon's children in care doing? just need the judgement for a report").grades).toBeDefined();
  });

  it('reads a grade foretold as one no report holds, and the report\'s own heading named as "the bit"', () => {
    expect(ask('is birmingham going to be inadequate again').kind?.headline).toBe("No report can say what grade Birmingham will get: Ofsted's reports give the grades of inspections already carried out.");
    expect(kindOf('Which authority will be the next to go inadequate?')).toBe('cannot-tell');
    expect(kindOf('will Swindon stay inadequate?')).toBe('cannot-tell');
    // A grade word before a noun is praise asked about, not a grade foretold.
    expect(kindOf('what will good practice look like for care leavers?')).not.toBe('cannot-tell');
    expect(kindOf("Isle of Wight - the 'what needs to improve' bit")).toBe('improvements');
  });

  it('reads a visit "during covid", one asked "for my manager", and whether it raised priority actions', () => {
    expect(ask('Blackpool FV during covid - how did it go').kind?.visits?.[0]?.reportId).toBe('blackpool-2021-focused-visit');
    expect(ask("Did Bedford's 2019 focused visit raise any priority actions?").kind?.visits?.[0]?.reportId).toBe('bedford-2019-focused-visit');
  });

  it('reads "did worse", "whose … went down" and "improved grades" as changes of grade, and "last time X got inspected" as the list', () => {
    expect(ask('which authorities did worse at their latest ILACS than the one before').grades?.kind).toBe('change');
    expect(ask('whose care leavers judgement went down at the last inspection?').grades?.kind).toBe('change');
    expect(ask('improved grades 2024 vs previous inspection').grades?.kind).toBe('change');
    expect(kindOf('which councils did better on care leavers practice?')).toBeUndefined();
    expect(ask('last time Luton got inspected?').kind?.visits?.[0]?.reportId).toMatch(/^luton-20\d\d$/);
  });
});

describe('visits of the councils of a grade', () => {
  it('lists the visits of the councils whose latest graded inspection gave the grade named, saying which they are', () => {
    const good = ask('which north west councils rated good had a focused visit in 2024?');
    expect(good.kind?.kind).toBe('visit-list');
    expect(good.kind?.headline).toMatch(/^\d+ focused visits? of the \d+ authorities in the North West rated good overall, on each authority's latest graded inspection \(\d+ authorit(?:y|ies)\), carried out in 2024/);
    // Every council listed is one the grade answer names as good.
    const rated = new Set(ask('which north west councils are rated good?').grades?.rows.map((r) => r.authority));
    for (const v of good.kind?.visits ?? []) expect(rated.has(v.authority)).toBe(true);
    expect(kindOf('were any of the outstanding-rated councils given a care leavers FV last year?')).toBe('visit-list');
  });
});

describe('quantities, and the inspection\'s own parts (twenty-eighth round)', () => {
  it('answers the first or second of two visits named together', () => {
    expect(ask('Sandwell had two focused visits about 6 months apart - what did the second one cover and find?').kind?.visits?.[0]?.reportId).toBe('sandwell-2025-focused-visit');
    expect(ask('Wokingham had two focused visits in 2024. What did the later one look at?').kind?.visits?.[0]?.reportId).toBe('wokingham-2024-12-focused-visit');
    expect(ask('Wokingham had two focused visits in 2024. What did the earlier one look at?').kind?.visits?.[0]?.reportId).toBe('wokingham-2024-focused-visit');
    // Or by its month: North Somerset's visits of 2025 were in February and October.
    expect(ask('North Somerset had two focused visits in 2025. What did the October one cover?').kind?.visits?.[0]?.reportId).toBe('north-somerset-2025-focused-visit');
    expect(ask('Bristol had two FVs in 2025 - what did the Feb one find?').kind?.visits?.[0]?.reportId).toBe('bristol-2025-02-focused-visit');
  });

  it('reads a judgement table asked for as the grades, a change "at their next" in the past, and "got to sort out" as the list', () => {
    expect(ask("What does the judgement table in Dorset's 2025 inspection report show?").grades?.rows[0]?.authority).toBe('Dorset');
    expect(kindOf('Comparing the judgement tables, which authorities went from good overall around 2019-2020 to inadequate at their next inspection?')).not.toBe('cannot-tell');
    expect(kindOf('Halton went inadequate in 2024 - point by point, what has it got to sort out?')).toBe('improvements');
    expect(kindOf('Blackpool did really well in 2026 - was there anything inspectors still wanted them to work on?')).toBe('improvements');
  });
});

describe('then against now, and councils as people name them (twenty-ninth round)', () => {
  it('reads whether there was a visit as the list, and "a clean bill of health" as how a visit went', () => {
    const kingston = ask('Was there a focused visit to Kingston in 2022?');
    expect(kingston.kind?.kind).toBe('visit-list');
    expect(kingston.kind?.visits?.map((v) => v.reportId)).toEqual(['kingston-upon-thames-2022-focused-visit']);
    expect(kindOf('Stockton-on-Tees seems to get a focused visit almost every year these days - was it always visited that often? What are the dates?')).toBe('visit-list');
    expect(ask("Was Hampshire's 2023 children-in-care visit basically a clean bill of health?").kind?.visits?.[0]?.reportId).toMatch(/^hampshire-2023/);
  });

  it('reads "used to be good, didn\'t they?" before a grade history, and "should we restructure" as advice', () => {
    expect(ask("The Isles of Scilly used to be good, didn't they? What's their grade history?").grades?.kind).toBe('history');
    expect(kindOf('Should we restructure our MASH the way Bexley did before our own inspection?')).toBe('cannot-tell');
  });
});

describe('slash commands typed as words, and wrong premises (thirtieth round)', () => {
  it('lists visits named in the plural with nothing else asked, whether one came after a report, and those since a grade', () => {
    expect(ask('visits sandwell since 2020').kind?.headline).toMatch(/^\d+ focused visits of Sandwell \(1 authority\), carried out since 2020/);
    expect(kindOf('did medway get a focused visit after the 2023 ilacs?')).toBe('visit-list');
    expect(ask('What focused visits has Tameside had since it was graded good in 2019?').kind?.headline).toMatch(/^\d+ focused visits? of Tameside .*since 2019/);
  });

  it('reads "how did X come out of its inspection" as its grades, a change "worse at the next" as past, and the picture after a grade left behind', () => {
    // Havering had no inspection in 2022 (the question's premise is wrong): the grades say so, with the years it has.
    expect(ask('How did Havering come out of its 2022 inspection?').grades?.headline).toBe('I have no graded inspection of Havering in 2022. Its graded inspections are from 2016, 2023.');
    expect(kindOf('grades london: good in 2019-2020 but worse at the next ilacs')).not.toBe('cannot-tell');
    const birmingham = ask('Where is Birmingham at now, after finally coming out of inadequate in 2021?');
    expect(birmingham.kind?.kind).toBe('overview');
    expect(birmingham.understood.year).toBe('latest');
  });
});
