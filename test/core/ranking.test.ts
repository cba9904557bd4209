/**
 * Ranking on the national index (src/query/rank.ts, retrieve.ts, phrases.ts):
 * the behaviours issue #16 asks for, on the real reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerPreface, loadCorpus, type Corpus, type Hit } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const refs = (hits: readonly Hit[]): string[] => hits.map((h) => h.reference);

describe('questions about no authority in particular', () => {
  it('spread the first answers across authorities, say how many matched, and say why each matched', () => {
    const answer = corpus.ask('which councils have good staying put arrangements', { limit: 5 });
    const authorities = new Set(answer.results.map((h) => h.authority));
    expect(answer.results).toHaveLength(5);
    expect(authorities.size).toBe(5);
    expect(answer.authorities).toBeGreaterThan(5);
    // Every platform opens the answer with this line (src/query/preface.ts).
    expect(answerPreface(answer)).toBe(`${answer.authorities} authorities have paragraphs that match well; the first answers come from different authorities.`);
    for (const hit of answer.results) {
      expect(hit.text).toMatch(/staying put/i);
      expect(hit.why?.[0]).toBe('“staying put”');
    }
  });

  it('read "good practice" in a question about a topic as a wish for paragraphs, not a list of grades', () => {
    const answer = corpus.ask('which LAs have a really effective LADO? looking for good practice on allegations against staff', { limit: 5 });
    expect(answer.grades).toBeUndefined();
    expect(answer.results.length).toBe(5);
    expect(answer.results.every((h) => /LADO|designated officer/i.test(h.text))).toBe(true);
  });

  it('keep later pages going in the same order: "more" continues without repeating a paragraph', () => {
    const first = refs(corpus.ask('return home interviews for children who go missing', { limit: 5 }).results);
    const second = refs(corpus.ask('return home interviews for children who go missing', { limit: 5, offset: 5 }).results);
    expect(second).toHaveLength(5);
    expect(second.filter((r) => first.includes(r))).toEqual([]);
  });
});

describe('phrases and everyday words', () => {
  it('find "commissioned out" for "contracted out"', () => {
    const [first] = corpus.ask("which bits of children's services had the city of london contracted out at the 2016 SIF - who did their adoptions?", { limit: 3 }).results;
    expect(first?.reference).toBe('city-of-london-2016 About ¶10');
    expect(first?.text).toMatch(/^The local authority has commissioned out the following services: .*adoption services \(Coram\)/);
  });

  it('find "agency workers" for "agency social workers": one concept, however it is written', () => {
    const [first] = corpus.ask('is lancashire still leaning on agency social workers?', { limit: 3 }).results;
    expect(first?.reference).toBe('lancashire-2026 66');
    expect(first?.text).toMatch(/The reduction in the use of agency workers and staff turnover/);
  });

  it('count a phrase found together above its words scattered: "local offer" for care leavers', () => {
    const [first] = corpus.ask("what's missing from Bury's local offer for care leavers").results;
    expect(first?.text).toMatch(/local offer/i);
    expect(first?.why).toContain('“local offer”');
  });

  it('find a word\'s derived form the stemmer keeps apart: "excluded" finds "exclusions"', () => {
    const [first] = corpus.ask("were any of merton's looked after children permanently excluded from school in 2017?", { limit: 3 }).results;
    expect(first?.reference).toBe('merton-2017 40');
    expect(first?.text).toMatch(/There have not been any permanent exclusions from school for the last seven years/);
  });

  it('count a question\'s framing words ("keep", "during") at half a topic word, so they do not pick the paragraph', () => {
    const [first] = corpus.ask('did wakefield keep seeing children on CP and CIN plans during lockdown?', { limit: 3 }).results;
    expect(first?.reference).toBe('wakefield-2020-focused-visit ¶9');
    expect(first?.text).toMatch(/^During the first national lockdown, children who were the subject of child in need or child protection plans were being seen regularly/);
  });

  it('do not read "what is missing" as children missing from home', () => {
    const answer = corpus.ask("what's missing from Bury's local offer for care leavers", { limit: 3 });
    expect(answer.understood.terms).toContain('missing');
    expect(answer.results.some((h) => /missing from (home|care)/i.test(h.text))).toBe(false);
  });

  it('give intent words little weight: "good" never outweighs the topic', () => {
    const answer = corpus.ask('is the LADO any good in Bury?', { limit: 3 });
    expect(answer.understood.terms).toEqual(['lado', 'good']);
    expect(refs(answer.results).slice(0, 2).sort()).toEqual(['bury-2025 6', 'bury-2025 Improve ¶5']);
    expect(answer.results.every((h) => /LADO|designated officer|allegations/i.test(h.text))).toBe(true);
  });
});

describe('negation and staff abbreviations', () => {
  it('"not good enough" leans the question the other way, and "DA" is domestic abuse', () => {
    const answer = corpus.ask("where's the response to domestic abuse not good enough - kids left living with DA too long, slow services?", { limit: 5 });
    expect(answer.understood.terms).toContain('domestic abuse');
    // The praise that led before ("robust and well embedded", Gateshead 2024) is no longer in the first five.
    expect(refs(answer.results).slice(0, 5)).not.toContain('gateshead-2024 4');
    expect(refs(answer.results).slice(0, 5)).toContain('devon-2024 16');
    expect(answer.results.find((h) => h.reference === 'devon-2024 16')?.text).toMatch(/^The response to domestic abuse is not always sufficiently timely/);
  });
});

describe('one era’s words find the other’s', () => {
  it('find children\'s centres (2014) for "family hubs"', () => {
    const [first] = corpus.ask('blackpool 2014 family hubs', { limit: 3 }).results;
    expect(first?.reference).toBe('blackpool-2014 47');
    expect(first?.text).toMatch(/a wide range of early help services, including children's centres/);
  });

  it('find "unregulated placements" (before 2023) for "supported accommodation"', () => {
    const [first] = corpus.ask('doncaster 2021 - 16/17 year olds in supported accommodation, was there decent oversight?', { limit: 3 }).results;
    expect(first?.reference).toBe('doncaster-2021-focused-visit ¶12');
    expect(first?.text).toMatch(/^Some children in care aged 16–18 years live in unregulated placements\. Senior leaders maintain strong oversight/);
  });

  it('find a child safeguarding practice review for "SCRs"', () => {
    const [first] = corpus.ask('hackney 2024 - learning from SCRs', { limit: 3 }).results;
    expect(first?.reference).toBe('hackney-2024 Summary ¶1');
    expect(first?.text).toMatch(/practice review/i);
  });

  it('find the common assessment framework (CAF) for early help assessments', () => {
    const [first] = corpus.ask('were early help assessments any good in barnsley in 2014?', { limit: 3 }).results;
    expect(first?.reference).toBe('barnsley-2014 52');
    expect(first?.text).toMatch(/^The Common Assessment Framework \(CAF\) is embedded in Barnsley as a recognised process for early help/);
  });

  it('"refugee kids" finds unaccompanied asylum-seeking children, a staff word the reports seldom use that way', () => {
    const [first] = corpus.ask('how well are refugee children in care supported in middlesbrough?', { limit: 3 }).results;
    expect(first?.reference).toBe('middlesbrough-2026 39');
    expect(first?.text).toMatch(/^Support for unaccompanied asylum-seeking children is excellent/);
  });

  it('staff words and idioms the reports say otherwise: "breaking down" is disruption, "uni" university, "dads" fathers, "poor households" poverty', () => {
    const [adoptions] = corpus.ask('herts adoptions breaking down - did ofsted say it happens much?', { limit: 3 }).results;
    // Both of Hertfordshire's inspections say how rare disruptions were ("only one adoption disruption", "rare").
    expect(['hertfordshire-2018 34', 'hertfordshire-2015 72']).toContain(adoptions?.reference);
    expect(adoptions?.text).toMatch(/Adoption placement disruptions are a rare occurrence\.|there was only one adoption disruption/);
    const [uni] = corpus.ask('how many sunderland care leavers are at uni?', { limit: 3 }).results;
    expect(uni?.reference).toBe('sunderland-2018 68');
    expect(uni?.text).toMatch(/17 care leavers are currently in higher education/);
    const [dads] = corpus.ask('does brent bother working with dads and stepdads?', { limit: 3 }).results;
    expect(dads?.reference).toBe('brent-2015 33');
    expect(dads?.text).toMatch(/works with fathers, stepfathers/);
    // "Poor households" is poverty and deprivation, never "poor" practice.
    const poverty = corpus.ask('how many kids across norfolk are growing up in poor households?', { limit: 3 }).results;
    expect(poverty.map((h) => h.reference)).toEqual(expect.arrayContaining(['norfolk-2013 5', 'norfolk-2015 About ¶9']));
    expect(poverty.find((h) => h.reference === 'norfolk-2015 About ¶9')?.text).toBe("Approximately 17 % of the local authority's children are living in poverty.");
  });

  it('"CSE" finds a 2025 paragraph that says "exploitation" only', () => {
    const answer = corpus.ask('sefton - are kids at risk of CSE getting decent support?', { limit: 10 });
    const modern = answer.results.find((h) => h.year >= 2022);
    expect(modern).toBeDefined();
    expect(modern?.text).toMatch(/exploitation/i);
  });

  it('"safeguarding partnership" finds a 2015 board paragraph, and "LSCB" a 2024 partnership one', () => {
    const old = corpus.ask('what did the safeguarding partnership do about training in Surrey 2015?', { limit: 3 });
    expect(old.results.length).toBeGreaterThan(0);
    expect(old.results.every((h) => h.reportId === 'surrey-2015')).toBe(true);
    expect(old.results.some((h) => /\b(board|LSCB|SSCB)\b/.test(h.text))).toBe(true);
    const [recent] = corpus.ask('hartlepool LSCB 2024').results;
    expect(recent?.reference).toBe('hartlepool-2024 59');
    expect(recent?.text).toContain('through a shared safeguarding partnership');
    expect(recent?.text).not.toMatch(/LSCB|board/i);
  });
});

describe('time words and names as staff type them', () => {
  it('"still", "these days" and "at the moment" mean the latest report', () => {
    for (const question of ['are B&NES still struggling with return home interviews?', 'slough SW caseloads at the moment?', 'hartlepool LSCB these days']) {
      expect(corpus.ask(question).understood.year).toBe('latest');
    }
  });

  it('"now" prefers a focused visit after the latest inspection: it is the latest word on its theme', () => {
    // Barnet's 2024 inspection and its 2025 care-leavers visit both speak of pathway plans; the visit is newer.
    const scores = (question: string): Map<string, number> => new Map(corpus.ask(question, { limit: 10 }).results.map((h) => [h.reference, h.score]));
    const plain = scores('barnet - how good is pathway planning for care leavers?');
    const now = scores('barnet - how good is pathway planning for care leavers now?');
    const ratio = (s: Map<string, number>): number => (s.get('barnet-2025-focused-visit ¶10') ?? 0) / (s.get('barnet-2024 48') ?? 1);
    expect(ratio(now) / ratio(plain)).toBeCloseTo(2, 1);
  });

  it('read "this year" and "last year" as calendar years, and "the last year" as the recent past', () => {
    const today = Number(new Date().toISOString().slice(0, 4));
    expect(corpus.ask('lancashire lead inspector this year').understood.year).toBe(today);
    expect(corpus.ask('kent care leavers last year').understood.year).toBe(today - 1);
    expect(corpus.ask('kent care leavers in the last year').understood.year).toBe('latest');
  });

  it('read "in the last year", "past 18 months" as recent and longer spans as years to today, never as words to search', () => {
    const today = Number(new Date().toISOString().slice(0, 4));
    const leeds = corpus.ask('what has ofsted said about leeds care leavers in the last year?');
    expect(leeds.understood.year).toBe('latest');
    expect(leeds.understood.terms).toEqual(['care leavers']);
    // Leeds's latest inspection is its 2025 ILACS; before, its 2015 SIF came third.
    expect(leeds.results.map((h) => h.reportId)).toEqual(Array(leeds.results.length).fill('leeds-2025'));
    expect(corpus.ask('bury front door over the past 18 months').understood.year).toBe('latest');
    expect(corpus.ask('leeds front door in the previous few weeks').understood.terms).toEqual(['front door']);
    expect(corpus.ask('which councils improved their front door over the past 5 years').understood.range).toEqual({ kind: 'years', from: today - 5, to: null });
  });

  it('read lower-case place names, county short forms and Reading only as a place', () => {
    expect(corpus.ask('stoke care leavers').understood.authorities).toEqual(['Stoke-on-Trent']);
    expect(corpus.ask('slough caseloads').understood.authorities).toEqual(['Slough']);
    expect(corpus.ask('lancs unregistered homes').understood.authorities).toEqual(['Lancashire']);
    expect(corpus.ask('bucks family group conferences').understood.authorities).toEqual(['Buckinghamshire']);
    expect(corpus.ask('private fostering in reading').understood.authorities).toEqual(['Reading']);
    expect(corpus.ask("reading's care leavers").understood.authorities).toEqual(['Reading']);
    expect(corpus.ask('reading age of children in care').understood.authorities).toEqual([]);
    expect(corpus.ask('reading / brighter futures - is the care leavers local offer published?').understood.authorities).toEqual(['Reading']);
    // The only candidate in a question about an inspection is the place, unless "reading" is plainly the activity.
    expect(corpus.ask('when was reading inspected').understood.authorities).toEqual(['Reading']);
    expect(corpus.ask('reading ofsted rating').understood.authorities).toEqual(['Reading']);
    expect(corpus.ask('reading records of care leavers inspection').understood.authorities).toEqual([]);
    expect(corpus.ask('compare sutton reading').understood.authorities).toEqual(['Sutton', 'Reading']);
    // Nicknames and councils' own initials where only one authority has them.
    expect(corpus.ask("donny 2017 - what stayed with the council rather than going to the children's trust?").understood.authorities).toEqual(['Doncaster']);
    expect(corpus.ask('WSCC 2015 signs of safety').understood.authorities).toEqual(['West Sussex']);
    expect(corpus.ask('pompey care leavers').understood.authorities).toEqual(['Portsmouth']);
    // Councils' short forms staff type: a compass point by its letter, BwD, B&D, and a town no other council's name starts with.
    expect(corpus.ask('N Tyneside YOS and CSC working together').understood.authorities).toEqual(['North Tyneside']);
    expect(corpus.ask('s tyneside unregistered homes').understood.authorities).toEqual(['South Tyneside']);
    expect(corpus.ask('bwd care leavers').understood.authorities).toEqual(['Blackburn with Darwen']);
    expect(corpus.ask('early permanence in B&D 2022').understood.authorities).toEqual(['Barking and Dagenham']);
    expect(corpus.ask('what % of kids in bracknell speak english as an additional language').understood.authorities).toEqual(['Bracknell Forest']);
    // A possessive typed without its apostrophe; never an ordinary word's plural.
    expect(corpus.ask('is redbridges care leavers service still outsourced?').understood.authorities).toEqual(['Redbridge']);
    expect(corpus.ask('readings of the care plans').understood.authorities).toEqual([]);
  });
});

describe('a question nothing answers', () => {
  it('answers from the letter nearest the time asked when none was sent by then, saying so', () => {
    // (The July 2018 visit was carried out in July and its letter published in August: as at July 2018 it counts, as
    // Ofsted counts, and answers. Asked as at June, before the visit, no letter had been sent: the nearest answers.)
    expect(corpus.ask('when did st helens have to send ofsted its final action plan after the july 2018 focused visit?').results[0]?.reference).toBe(
      'st-helens-2018-07-focused-visit About ¶9',
    );
    const answer = corpus.ask('when did st helens have to send ofsted its final action plan after the june 2018 focused visit?');
    expect(answer.widened).toBe('I have no focused-visit letter for St Helens as at 30 June 2018, so these are from its nearest: 2018.');
    expect(answer.results[0]?.reference).toBe('st-helens-2018-07-focused-visit About ¶9');
  });

  it('suggests questions about the authority asked of, nearest the time asked about first', () => {
    const answer = corpus.ask('st helens 2016 quidditch');
    expect(answer.results).toEqual([]);
    expect(answer.message).toBe('I have no report for St Helens from 2016. Reports I have are from 2014, 2018, 2019, 2021, 2023, 2024.');
    expect(answer.suggestions?.slice(0, 3)).toEqual(['St Helens 2018 focused visit quidditch', 'St Helens 2014 quidditch', 'St Helens 2019 quidditch']);
    expect(new Set(answer.suggestions).size).toBe(answer.suggestions?.length);
  });
});

describe('questions about the inspection itself', () => {
  it('find who was on the team although "inspector" is too common a word to search', () => {
    const [first] = corpus.ask('which inspectors came to derby in 2017', { limit: 3 }).results;
    expect(first?.reference).toMatch(/^derby-2017 About ¶\d+$/);
    expect(first?.text).toMatch(/inspector/i);
  });

  it('read "the focused visit" as the latest letter, and "who did inspectors talk to" as whom they heard, not who inspected', () => {
    const [heard] = corpus.ask('who did inspectors talk to on the bury focused visit?', { limit: 3 }).results;
    expect(heard?.reference).toBe('bury-2020-focused-visit About ¶3');
    expect(heard?.text).toMatch(/Inspectors used video calls for discussions with local authority social workers/);
  });

  it('find which framework or law an inspection or visit was carried out under', () => {
    const [visit] = corpus.ask('what framework was the barking 2022 focused visit done under?', { limit: 3 }).results;
    expect(visit?.reference).toBe('barking-and-dagenham-2022-focused-visit About ¶3');
    expect(visit?.text).toBe("This visit was carried out in line with the inspection of local authority children's services (ILACS) framework.");
    const [law] = corpus.ask('which act was barnsley 2014 inspected under?', { limit: 3 }).results;
    expect(law?.text).toMatch(/^The inspection of the local authority was carried out under section 136 of the Education and Inspections Act 2006/);
  });

  it('find how many children inspectors spoke to, in the report named by its year', () => {
    const [first] = corpus.ask('how many children did inspectors talk to in Kent 2013', { limit: 3 }).results;
    expect(first?.reference).toBe('kent-2013 About ¶6');
    expect(first?.text).toMatch(/78 case files .*speaking to 33 children/);
  });

  it('answer "the 2022 inspection" from the inspection, not the focused visit of the same year', () => {
    const [first] = corpus.ask('south tyneside 2022 ofsted inspection dates', { limit: 3 }).results;
    expect(first?.reference).toBe('south-tyneside-2022 About ¶1');
    expect(first?.text).toBe("Inspection dates: 5 to 9 December 2022 and 14 to 15 February 2023");
  });

  it('read "in jan 2015" as the inspection under way that month, though it ended later, and say no "as at"', () => {
    const answer = corpus.ask("how big was the ofsted team for calderdale's SIF in jan 2015?", { limit: 3 });
    expect(answer.asAt).toBeUndefined();
    expect(answer.results[0]?.reference).toBe('calderdale-2015 About ¶23');
    expect(answer.results[0]?.text).toBe("The inspection team consisted of seven of Her Majesty's Inspectors (HMI) from Ofsted.");
    const [dates] = corpus.ask('how long were ofsted in hillingdon for in oct 2023?').results;
    expect(dates?.text).toBe('Inspection dates: 2 to 6 October 2023');
  });

  it('read a month without a year as the visit or inspection under way that month ("the June visit"), and "may I" as no month', () => {
    // Luton's focused visits were in June 2018, May 2019, April 2021, June 2023 and July 2024.
    const june = corpus.ask("what did ofsted say about the front door in luton's june visit", { limit: 5 });
    expect(new Set(june.results.map((h) => h.reportId))).toEqual(new Set(['luton-2023-focused-visit']));
    expect(june.results[0]?.text).toBe("Inspectors looked at the local authority's arrangements for the 'front door'.");
    const may = corpus.ask('luton focused visit in may - what did inspectors look at?', { limit: 3 });
    expect(may.results[0]?.reportId).toBe('luton-2019-focused-visit');
    expect(may.results.map((h) => h.text)).toContain('Inspectors looked at the local authority\'s arrangements for children in care, including disabled children.');
    // "May I ask" is not the month: the latest visit answers, and "may" is no search word.
    const ask = corpus.ask("may i ask what luton's focused visit said about care leavers", { limit: 3 });
    expect(ask.results[0]?.reportId).toBe('luton-2024-focused-visit');
    // Nothing on the topic in that month's reports: the authority's other reports, saying so.
    const widened = corpus.ask('luton june special guardianship', { limit: 3 });
    expect(widened.widened).toBe("Nothing in Luton's reports of June matched special guardianship; these are from its other reports.");
    expect(widened.results.every((h) => h.text.toLowerCase().includes('special guardian'))).toBe(true);
    // A focused visit asked for by a month it had none in says so.
    expect(corpus.ask('luton focused visit in march - what did inspectors look at?').kind?.headline).toBe('I have no focused-visit letter for Luton in March.');
    // No visit or inspection in that month: the month narrows nothing.
    const march = corpus.ask("luton's march visit front door", { limit: 5 });
    expect(march.results.length).toBe(5);
    expect(new Set(march.results.map((h) => h.reportId)).size).toBeGreaterThan(1);
  });

  it('answer from a report that mentions monitoring visits or a JTAI, and read "after the 2016 JTAI" as from 2016', () => {
    const [visits] = corpus.ask('how many monitoring visits did torbay have between the inadequate judgement and the 2018 reinspection?').results;
    expect(visits?.reference).toBe('torbay-2018 About ¶5');
    const answer = corpus.ask("oxfordshire - after the 2016 JTAI, what did the safeguarding partnership do about partners' grasp of thresholds?", { limit: 3 });
    expect(answer.understood.range).toEqual({ kind: 'years', from: 2016, to: null });
    expect(answer.results[0]?.reference).toBe('oxfordshire-2018 30');
  });

  it('read "into February 2023" as when the inspection ran to, not an "as at" date', () => {
    const answer = corpus.ask('south tyneside 2022 inspection dates - did it run on into february 2023?', { limit: 3 });
    expect(answer.understood.range).toBeNull();
    expect(answer.asAt).toBeUndefined();
    expect(answer.results[0]?.reference).toBe('south-tyneside-2022 About ¶1');
  });
});

describe('questions asking for a number', () => {
  it('find the area\'s own figures in the opening matter, and paragraphs stating a figure', () => {
    const [plans] = corpus.ask('how many kids were on CP plans in barnsley at the 2014 inspection?', { limit: 3 }).results;
    expect(plans?.reference).toBe('barnsley-2014 About ¶20');
    expect(plans?.text).toMatch(/^At 31 May 14, 261 children and young people were the subject of a child protection plan/);
    const [homes] = corpus.ask("how many children's homes does barnsley run (2014)?", { limit: 3 }).results;
    expect(homes?.text).toMatch(/^The local authority operates three children's homes/);
  });

  it('read "how long has…been" as asking for one: the date a director took up post answers it', () => {
    const [dcs] = corpus.ask("how long had barnet's DCS been in the job when the 2017 SIF happened?", { limit: 3 }).results;
    expect(dcs?.reference).toBe('barnet-2017 About ¶6');
    expect(dcs?.text).toBe("The director of children's services (DCS) has been in post since May 2015.");
  });
});

describe('questions asking what a term means', () => {
  it('find the paragraph defining the report\'s own term', () => {
    const [first] = corpus.ask("WSCC 2015 report keeps saying 'clearly defined approach to casework' - what's that code for?", { limit: 3 }).results;
    expect(first?.reference).toBe('west-sussex-2015 About ¶9');
    expect(first?.text).toMatch(/adopted the Signs of Safety methodology .* referred to as the local authority adopting a clearly defined approach to casework/);
  });
});

describe('numbers and praise that are part of the topic', () => {
  it('search a care leaver\'s age: "lose their PA at 21" finds support ending on the 21st birthday', () => {
    const answer = corpus.ask('do southend care leavers lose their PA at 21', { limit: 3 });
    expect(answer.results[0]?.reference).toBe('southend-on-sea-2024 46');
    expect(answer.results[0]?.text).toMatch(/21st birthday/);
  });

  it('read "good at keeping siblings together" as a topic, not a list of authorities graded good', () => {
    const answer = corpus.ask('which LAs are good at keeping siblings together in care/adoption, with proper together-or-apart assessments?', { limit: 5 });
    expect(answer.grades).toBeUndefined();
    expect(answer.results).toHaveLength(5);
    expect(answer.results.filter((h) => /together (?:and|or) apart/i.test(h.text)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('everyday words for the reports’ own', () => {
  it('"files" finds "records", "short of money" finds "funding cuts", "young carers" finds "identified as carers"', () => {
    const [files] = corpus.ask('wirral care leavers asking for their old social care files - how long are they waiting?', { limit: 5 }).results;
    expect(files?.text).toMatch(/accessing their care records/);
    const [money] = corpus.ask('bucks 2014 - was the safeguarding partnership short of money?').results;
    expect(money?.reference).toBe('buckinghamshire-2014 163');
    expect(money?.text).toMatch(/compromised by funding cuts/);
    const [carers] = corpus.ask('torbay young carers - how many have they found').results;
    expect(carers?.reference).toBe('torbay-2026 9');
  });

  it('"out of hours" finds the emergency duty service, and an abbreviation\'s plural ("DCSs") its concept', () => {
    const answer = corpus.ask('who covers out of hours for the city of london?', { limit: 3 });
    expect(refs(answer.results)).toContain('city-of-london-2024 14');
    const [dcs] = corpus.ask('how many DCSs has boro gone through since the last ilacs').results;
    expect(dcs?.text).toMatch(/turnover of DCS/);
  });
});
