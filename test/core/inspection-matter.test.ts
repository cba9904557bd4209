/**
 * Which questions are about the inspection itself (its team, dates, evidence,
 * framework, whether it was remote) rather than about practice, and which
 * part of it they ask: the reading that decides whether a report's opening
 * matter answers. Then, on the real reports, that the answer is that matter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/index.ts';
import { aboutFacetsAsked, asksAboutTheInspection, frameworksNamed, saysAboutFacet } from '../../src/query/inspection-matter.ts';

describe('reading a question as about the inspection itself', () => {
  // How inspectors gathered evidence, with inspectors as the doer, its length, a return visit, remote or not.
  it.each([
    'did inspectors meet care leavers in barnet in 2025?',
    'were children spoken to by inspectors in halton 2022?',
    'which cases did inspectors sample on the bury 2019 visit?',
    'what did ofsted base their findings on in kent 2022?',
    'did the inspectors observe any meetings in barnet 2025?',
    'did ofsted visit sefton in person or online in 2021?',
    'did the bury 2020 visit happen virtually?',
    'what framework was the barking 2022 focused visit done under?',
    "was camden's latest full inspection the short one-week one? dates?",
    'why did ofsted go back into sheffield in jan 2014 after the nov/dec 2013 inspection?',
    'names of the inspectors on the leeds 2023 visit?',
    'which HMI was in charge of the hull 2014 SIF?',
    'did the inspectors come into the office for the 2021 bromley visit or was it all remote?',
  ])('reads "%s" as about the inspection', (question) => {
    expect(asksAboutTheInspection(question)).toBe(true);
  });

  // What inspectors found about practice, and social workers' visits, are findings.
  it.each([
    'what did inspectors say about the LADO in bury',
    'do managers audit cases in kent?',
    'did inspectors find that managers track cases in kent 2022?',
    'when did social workers visit children in care in bury?',
    'are visits to children in care in kent within 6 weeks?',
  ])('leaves "%s" to the findings', (question) => {
    expect(asksAboutTheInspection(question)).toBe(false);
  });

  it('asks whom inspectors heard, not who inspected, in "who did inspectors talk to?"', () => {
    const facets = aboutFacetsAsked('who did inspectors talk to on the bury focused visit?');
    const heard = 'Inspectors used video calls for discussions with local authority social workers, managers and leaders.';
    const opening = "Her Majesty's Chief Inspector of Education, Children's Services and Skills is leading Ofsted's work into how England's social care system has delivered child-centred practice.";
    expect(saysAboutFacet(heard, facets)).toBe(true);
    expect(saysAboutFacet(opening, facets)).toBe(false);
  });
});

describe('reading the framework a question names', () => {
  it.each([
    ['what did the SIF say about the LADO in Bury?', ['sif']],
    ['kent 2013 LAC inspection - who led it?', ['lac-2012']],
    ["surrey's LSCB review in june 2015", ['lscb-review']],
    ['bury ilacs 2025 care leavers', ['ilacs', 'ilacs-2026']],
    ['the safeguarding inspection of hull', ['safeguarding-2012']],
  ] as const)('reads "%s" as naming %j', (question, kinds) => {
    expect(frameworksNamed(question).sort()).toEqual([...kinds].sort());
  });

  // Children looked after are a topic; an ILACS focused visit is a visit (read elsewhere).
  it.each(['how are looked after children doing in kent?', 'what did the ilacs focused visit to bury find?'])('reads no framework in "%s"', (question) => {
    expect(frameworksNamed(question)).toEqual([]);
  });
});

describe('answering from the opening matter', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  it('answers why inspectors went back from the report\'s words on its second visit', () => {
    const [first] = corpus.ask('why did ofsted go back into sheffield in jan 2014 after the nov/dec 2013 inspection?', { limit: 3 }).results;
    expect(first?.reference).toBe('sheffield-2013 About ¶10');
    expect(first?.text).toMatch(/^A second visit was made to Sheffield by three inspectors between 28 – 30 January 2014/);
  });

  it('answers whether a visit was remote from the letter that says so', () => {
    const [first] = corpus.ask('did the bury 2020 visit happen virtually?', { limit: 3 }).results;
    expect(first?.reference).toBe('bury-2020-focused-visit About ¶3');
    expect(first?.text).toMatch(/This visit was carried out fully by remote means/);
  });

  it('answers which cases inspectors sampled from the letter\'s words on its evidence', () => {
    const [first] = corpus.ask('which cases did inspectors sample on the bury 2019 visit?', { limit: 3 }).results;
    expect(first?.reference).toBe('bury-2019-focused-visit About ¶3');
    expect(first?.text).toMatch(/^Inspectors looked at a range of evidence, including case discussions with social workers/);
  });

  it("answers from the framework named when the authority's latest report also matches", () => {
    // Bury's 2025 ILACS speaks of the LADO too, and is the latest: "the SIF" points at 2016.
    const [first] = corpus.ask('what did the SIF say about the LADO in Bury?', { limit: 3 }).results;
    expect(first?.reportId).toBe('bury-2016');
    expect(first?.text).toMatch(/^Good arrangements are in place to manage allegations against professionals/);
  });

  it('says so when the authority has no report of the framework named, and answers from its others', () => {
    // Cumberland was formed in 2023, after the SIF; Bury's SIF was in 2016, not 2025.
    const cumberland = corpus.ask('what did the SIF say about care leavers in Cumberland?', { limit: 3 });
    expect(cumberland.widened).toBe('I have no SIF for Cumberland; these are from its other reports.');
    expect(cumberland.results[0]?.reportId).toBe('cumberland-2024');
    expect(corpus.ask('bury 2025 SIF care leavers', { limit: 3 }).widened).toBe('I have no SIF for Bury at that time; these are from its other reports.');
    expect(corpus.ask('what did the SIF say about the LADO in Bury?', { limit: 3 }).widened).toBeUndefined();
  });

  it('answers from the LSCB review named, not the SIF published the same month', () => {
    // Surrey's 2014 SIF was published on 3 June 2015; the LSCB review's inspectors arrived on 15 June: both were under way in June.
    const [first] = corpus.ask("who was the deputy lead inspector on surrey's LSCB review in june 2015?", { limit: 3 }).results;
    expect(first?.reference).toBe('surrey-2015 About ¶18');
    expect(first?.text).toBe('Deputy lead inspector: Lynn Radley, HMI');
  });

  it('answers "the inspection before" from the first findings that date it, which a letter puts there, not in its opening matter', () => {
    // Halton's 2018 letter dates its previous inspection in its overview; its opening matter gives only the visit's own dates.
    const [halton] = corpus.ask('halton 2018 focused visit: when was the inspection before that?', { limit: 3 }).results;
    expect(halton?.reference).toBe('halton-2018-focused-visit ¶1');
    expect(halton?.text).toMatch(/improved since the last inspection in November 2014/);
    const [worcestershire] = corpus.ask("worcestershire's december 2024 visit - the last full inspection before it was when?", { limit: 3 }).results;
    expect(worcestershire?.reference).toBe('worcestershire-2024-focused-visit ¶1');
    expect(worcestershire?.text).toMatch(/^Since the last inspection in May 2023/);
  });
});
