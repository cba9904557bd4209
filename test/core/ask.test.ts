import { beforeAll, describe, expect, it } from 'vitest';
import { answerPreface, loadCorpus, type Corpus, type Hit } from '../../src/index.ts';
import { nearestInTime } from '../../src/query/time-range.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const refs = (hits: readonly Hit[]): string[] => hits.map((h) => h.reference);
const marked = (hit: Hit): string[] => hit.quoteSpans.map((s) => hit.quote.slice(s.start, s.end).toLowerCase());

describe('ask: finding the paragraph', () => {
  it('answers "LADO Bury" with Bury 2025 paragraph 6, cited', () => {
    const answer = corpus.ask('what did inspectors say about the LADO in Bury?');
    const hit = answer.results.find((h) => h.reference === 'bury-2025 6');
    expect(hit).toBeDefined();
    expect(hit?.citation).toBe('Bury 2025 ILACS, ¶6');
    expect(hit?.paragraph).toBe('6');
    expect(hit?.section).toBe('The experiences and progress of children who need help and protection: requires improvement to be good');
    expect(hit?.text).toContain('The rationale behind decision-making by the LADO is not always consistent or evidenced in written records.');
    expect(answer.results.every((h) => h.authority === 'Bury')).toBe(true);
  });

  it('expands an abbreviation to its long form: "LADO" finds a paragraph that only spells it out', () => {
    const answer = corpus.ask('LADO southend');
    const first = answer.results[0];
    expect(first?.reference).toBe('southend-on-sea-2024 15');
    expect(first?.text).not.toMatch(/LADO/);
    expect(marked(first as Hit)).toContain('local authority designated officer');
  });

  it('contracts a long form to its abbreviation: "independent reviewing officer" finds "IRO" paragraphs', () => {
    const answer = corpus.ask('independent reviewing officer escalation bury 2025');
    const hit = answer.results.find((h) => h.reference === 'bury-2025 27');
    expect(hit).toBeDefined();
    expect(hit?.text).not.toMatch(/independent reviewing officer/i);
    expect(marked(hit as Hit)).toContain('iros');
  });

  it('matches plain-English synonyms: "siblings" finds "brothers and sisters"', () => {
    const answer = corpus.ask('siblings placed together bury 2016');
    expect(refs(answer.results)).toContain('bury-2016 60');
    const hit = answer.results.find((h) => h.reference === 'bury-2016 60') as Hit;
    expect(hit.text).not.toMatch(/sibling/i);
    expect(marked(hit)).toContain('brothers and sisters');
  });

  it('falls back on the next rarest words when the rarest are not in the reports asked about', () => {
    // Barnet 2024 never writes CSE or CCE (nor "sexual" or "criminal exploitation"), but it does write "exploitation".
    const answer = corpus.ask('barnet 2024 CSE / CCE exploitation response any good?');
    expect(answer.results[0]?.reference).toBe('barnet-2024 18');
    expect(answer.results[0]?.text).toMatch(/^When children are at risk of going missing and exploitation, they receive a mostly effective service/);
  });

  it('understands loose questions full of abbreviations', () => {
    expect(refs(corpus.ask('are IRO caseloads ok in bury 2016').results)).toContain('bury-2016 66');
    expect(refs(corpus.ask('care leavers mental health southend').results).slice(0, 3)).toContain('southend-on-sea-2024 50');
  });
});

describe('ask: filters', () => {
  it('filters by authority, in any case and by alias', () => {
    for (const q of ['care leavers southend', 'care leavers Southend-on-Sea', 'CARE LEAVERS SOUTHEND ON SEA']) {
      const answer = corpus.ask(q, { limit: 10 });
      expect(answer.understood.authorities).toEqual(['Southend-on-Sea']);
      expect(answer.results.length).toBe(10);
      expect(answer.results.every((h) => h.authority === 'Southend-on-Sea')).toBe(true);
    }
  });

  it('filters by year', () => {
    const answer = corpus.ask('LADO bury 2016', { limit: 10 });
    expect(answer.understood.year).toBe(2016);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((h) => h.reportId === 'bury-2016')).toBe(true);
    expect(answer.results[0]?.reference).toBe('bury-2016 34');
  });

  it('reads "vs the year before" as a time set against another, not a comparison of places that asks which Kingston', () => {
    const answer = corpus.ask('what % of kingston care leavers were in suitable accommodation at the 2015 inspection vs the year before?', { limit: 3 });
    expect(answer.message).toBeUndefined();
    expect(answer.results[0]?.reference).toBe('kingston-upon-thames-2015 91');
    expect(corpus.ask('compare kingston and bury').message).toBe('Which kingston do you mean: Kingston upon Hull or Kingston upon Thames?');
  });

  it('answers years set against each other with the best paragraph of each, in year order; "between" is still a span', () => {
    for (const question of ['Bury LADO 2016 vs 2025', 'LADO in bury in 2016 and 2025']) {
      const answer = corpus.ask(question, { limit: 5 });
      expect(answer.results.slice(0, 2).map((h) => h.year)).toEqual([2016, 2025]);
      expect(answer.results[0]?.reference).toBe('bury-2016 34');
      expect(answer.results.every((h) => h.year === 2016 || h.year === 2025)).toBe(true);
    }
    expect(corpus.ask('bury LADO between 2016 and 2021').understood.range).toEqual({ kind: 'years', from: 2016, to: 2021 });
    // A year with no report is said, not left to look like silence on the topic.
    const bury = corpus.ask('Bury LADO 2017 vs 2025', { limit: 3 });
    expect(bury.widened).toBe('I have no report for Bury from 2017; these are from 2025.');
    expect(bury.results.every((h) => h.year === 2025)).toBe(true);
  });

  it('reads the year naming a report as the one asked, where another year is a time it speaks of', () => {
    // Doncaster had no focused visit in 2020: the 2021 letter is the one asked, about what went on in 2020.
    const answer = corpus.ask("at doncaster's 2021 focused visit what had leaders seen go wrong during 2020?", { limit: 5 });
    expect(answer.understood.year).toBe(2021);
    expect(answer.widened).toBeUndefined();
    expect(answer.results.every((h) => h.reportId === 'doncaster-2021-focused-visit')).toBe(true);
    // Two bare years: the last, as before.
    expect(corpus.ask('bury LADO 2016 vs 2021').understood.year).toBe(2021);
  });

  it('reads "latest", "now" and "current" as the latest inspection', () => {
    for (const word of ['latest', 'now', 'current']) {
      const answer = corpus.ask(`bury care leavers ${word}`, { limit: 20 });
      expect(answer.understood.year).toBe('latest');
      expect(new Set(answer.results.map((h) => h.reportId))).toEqual(new Set(['bury-2025', 'bury-2025-council-paper']));
    }
  });

  it('reads a misspelt authority as the one it must mean, and says so', () => {
    const answer = corpus.ask('what did inspectors say about the LADO in Southen?');
    expect(answer.understood.authorities).toEqual(['Southend-on-Sea']);
    expect(answer.notice).toBe('Showing results for Southend-on-Sea (you typed “Southen”).');
    expect(answer.results[0]?.authority).toBe('Southend-on-Sea');
    expect(corpus.ask('Birmingam care leavers').understood.authorities).toEqual(['Birmingham']);
    // In a conversation (Slack, Discord and the console answer through it) the answer says so too.
    expect(corpus.converse('LADO in Southen', null).answer.notice).toBe('Showing results for Southend-on-Sea (you typed “Southen”).');
    // A word the reports use is never taken for a name ("needs" is one letter from "Leeds").
    const plain = corpus.ask('what needs to improve for care leavers');
    expect(plain.understood.authorities).toEqual([]);
    expect(plain.notice).toBeUndefined();
  });

  it('answers from the authority\'s other reports, saying so, when nothing in the year or letters asked matched', () => {
    const answer = corpus.ask('halton 2022 focused visit private fostering', { limit: 3 });
    expect(answer.widened).toBe("Nothing in Halton's 2022 focused-visit letters matched private, fostering; these are from its other reports.");
    expect(answer.results[0]?.reference).toBe('halton-2024 12');
    expect(answer.results.every((h) => h.authority === 'Halton')).toBe(true);
    expect(answerPreface(answer)).toContain("Nothing in Halton's 2022 focused-visit letters matched");
    expect(corpus.ask('halton and bury 2022 focused visit private fostering').widened).toBe(
      "Nothing in Halton and Bury's 2022 focused-visit letters matched private, fostering; these are from their other reports.",
    );
  });

  it('quotes what the next report says of a previous inspection the index holds no grade for', () => {
    const answer = corpus.ask('what was barnsley judged at its previous inspection before 2014?', { limit: 3 });
    expect(answer.widened).toBe('I have no graded inspection of Barnsley up to 2013. Its graded inspections are from 2014, 2018. What the reports say of it:');
    expect(answer.results[0]?.reference).toBe('barnsley-2014 About ¶25');
    expect(answer.results[0]?.text).toBe("The previous inspection of Barnsley's safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.");
  });

  it('answers a question about focused visits from their letters only', () => {
    const answer = corpus.ask('what did the focused visit say about the front door in Halton?');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((h) => h.kind === 'focused-visit')).toBe(true);
    expect(answer.results.map((h) => h.reference)).toContain('halton-2022-focused-visit ¶2');
    expect(answer.results[0]?.citation).toMatch(/^Halton 2022 focused visit, ¶\d+$/);
    // An authority and "focused visit" alone: the letter's words about the visit, then its opening findings.
    const visit = corpus.ask('Bury focused visit', { limit: 10 }).results.map((h) => h.reference);
    expect(visit[0]).toBe('bury-2020-focused-visit About ¶1');
    expect(visit).toContain('bury-2020-focused-visit ¶1');
    // None from the year asked: the nearest letter, saying so; none in the month asked of any year: said plainly.
    const nearest = corpus.ask('focused visit Bury 2016');
    expect(nearest.kind?.headline).toMatch(/^I have no focused-visit letter for Bury from 2016; the nearest is Bury's 2018 focused visit \(Bury 2018 focused visit\), on /);
    expect(nearest.results.length).toBeGreaterThan(0);
    expect(nearest.results.every((h) => h.reportId === 'bury-2018-focused-visit')).toBe(true);
    expect(corpus.ask("bury's focused visit in june").message).toBe('I have no focused-visit letter for Bury in June.');
    // Without the words, inspections answer too.
    expect(corpus.ask('Halton front door').results[0]?.kind).toBe('ilacs');
  });

  it('answers a question asking only for a report\'s gist with its summary', () => {
    for (const question of ['what did the 2021 bury inspection say overall?', 'bury inspection report 2021 summary']) {
      const answer = corpus.ask(question);
      expect(answer.results.map((h) => h.reference).slice(0, 2), question).toEqual(['bury-2021 Summary ¶1', 'bury-2021 Summary ¶2']);
    }
    expect(corpus.ask('bury 2016 sif in brief').results[0]?.reference).toBe('bury-2016 Summary ¶1');
    // A topic with it is searched: "overall" beside "care leavers" is not the gist.
    expect(corpus.ask('bury 2021 care leavers overall').results[0]?.paragraphKind).not.toBe('summary');
  });

  it('finds the reports nearest a time, by their year or the year they were published', () => {
    const reports = [
      { id: 'a', year: 2014, published: '2015-01-20' },
      { id: 'b', year: 2018, published: '2018-06-01' },
      { id: 'c', year: 2021, published: null },
    ];
    const ids = (year: number | 'latest' | null, range: Parameters<typeof nearestInTime>[2]) => nearestInTime(reports, year, range).map((r) => r.id);
    expect(ids(2016, null)).toEqual(['a']);
    expect(ids(2017, null)).toEqual(['b']);
    expect(ids(2020, null)).toEqual(['c']);
    expect(ids(null, { kind: 'years', from: 2010, to: 2012 })).toEqual(['a']);
    expect(ids(null, { kind: 'years', from: 2023, to: null })).toEqual(['c']);
    expect(ids(null, { kind: 'as-at', date: '2013-03-31' })).toEqual(['a']);
    // No time asked, nothing is nearer than anything else.
    expect(ids(null, null)).toEqual([]);
    expect(ids('latest', null)).toEqual([]);
  });

  it('answers from the reports nearest a year it has none from, saying so', () => {
    // Bury has reports from 2016 and 2018 but none from 2017: both are a year away.
    const answer = corpus.ask('LADO Bury 2017');
    expect(answer.widened).toBe('I have no report for Bury from 2017, so these are from its nearest: 2016, 2018.');
    expect(answer.results[0]?.reference).toBe('bury-2016 34');
    expect(answer.results.every((h) => h.reportId === 'bury-2016' || h.reportId.startsWith('bury-2018'))).toBe(true);
    // Before any report: the earliest, not the latest.
    const early = corpus.ask('how was CSE handled in bury in 2013?');
    expect(early.widened).toBe('I have no report for Bury from 2013, so these are from its nearest: 2016.');
    expect(early.results.length).toBeGreaterThan(0);
    expect(early.results.every((h) => h.reportId === 'bury-2016')).toBe(true);
    // Where the nearest reports say nothing on the topic, the years held are listed instead.
    // A grade question about an inspection before any graded one: the words of the nearest report, which says what came before.
    const before = corpus.ask('what was barnet judged at the inspection before 2017?');
    expect(before.widened).toBe('I have no graded inspection of Barnet up to 2016. Its graded inspections are from 2017, 2019, 2024. What the reports say of it:');
    expect(before.results.length).toBeGreaterThan(0);
    expect(before.results.every((h) => h.reportId === 'barnet-2017' && h.paragraphKind === 'about')).toBe(true);
    const none = corpus.ask('Bury 2017 quidditch');
    expect(none.results).toEqual([]);
    expect(none.message).toBe('I have no report for Bury from 2017. Reports I have are from 2016, 2018, 2019, 2020, 2021, 2025.');
  });

  it('answers for the successors of a former authority, saying so (issue #17)', () => {
    const answer = corpus.ask('what did inspectors say about the LADO in Northamptonshire?');
    expect(answer.kind?.kind).toBe('former-authority');
    expect(answer.kind?.headline).toBe(
      "Northamptonshire's children's services passed to North Northamptonshire and West Northamptonshire in 2021; showing both.",
    );
    expect(answer.understood.authorities).toEqual(['North Northamptonshire', 'West Northamptonshire']);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((h) => h.authority === 'North Northamptonshire' || h.authority === 'West Northamptonshire')).toBe(true);
    // Every current authority has reports now.
    expect(corpus.ask('what did inspectors say about the LADO in Manchester?').results[0]?.authority).toBe('Manchester');
    // An authority name that is also a word only counts with a capital letter.
    expect(corpus.ask('reading age bury').understood.authorities).toEqual(['Bury']);
    expect(corpus.ask('reading age bury').results.length).toBeGreaterThan(0);
  });

  it('steers ranking by area words', () => {
    const plain = corpus.ask('Bury 2025 plans').results.map((h) => h.section);
    const leavers = corpus.ask('Bury 2025 plans care leavers').results;
    expect(leavers[0]?.section).toMatch(/care leavers/);
    expect(plain).not.toEqual(leavers.map((h) => h.section));
  });

  it('steers "children in care" to the 2018-2022 combined "children in care and care leavers" section', () => {
    const answer = corpus.ask('Sunderland 2021 children in care placements', { limit: 5 });
    expect(answer.understood.areas).toContain('children-in-care');
    expect(answer.results[0]?.section).toMatch(/children in care and care leavers/);
  });

  it('answers an authority alone with its reports’ summaries, latest first', () => {
    const answer = corpus.ask('Southend');
    expect(answer.results[0]?.reference).toBe('southend-on-sea-2024 Summary ¶1');
    expect(answer.results[0]?.citation).toBe('Southend-on-Sea 2024 ILACS, Summary ¶1');
  });

  it('pages with offset for "More results"', () => {
    const first = corpus.ask('LADO', { limit: 2 });
    const next = corpus.ask('LADO', { limit: 2, offset: 2 });
    expect(first.total).toBe(next.total);
    expect(first.total).toBeGreaterThan(4);
    expect(refs(next.results)).toHaveLength(2);
    expect(refs(next.results).some((r) => refs(first.results).includes(r))).toBe(false);
  });
});

describe('ask: quotes and highlighting', () => {
  it('quotes whole sentences around the match, under ~600 characters, from the paragraph itself', () => {
    const answer = corpus.ask('Public Law Outline pre-proceedings Bury 2025');
    const hit = answer.results.find((h) => h.reference === 'bury-2025 13') as Hit;
    expect(hit.text.length).toBeGreaterThan(600);
    expect(hit.quote.length).toBeLessThanOrEqual(604);
    const inner = hit.quote.replace(/^… /, '').replace(/ …$/, '');
    expect(hit.text).toContain(inner);
    expect(inner).toMatch(/^[A-Z]/);
    expect(inner).toMatch(/[.!?]$/);
    expect(marked(hit)).toContain('public law outline');
  });

  it('marks spans in the full text too', () => {
    const hit = corpus.ask('LADO Bury').results.find((h) => h.reference === 'bury-2025 6') as Hit;
    const words = hit.textSpans.map((s) => hit.text.slice(s.start, s.end));
    expect(words).toEqual(['LADO', 'LADO']);
  });
});

describe('ask: bad input never throws', () => {
  const nasty: unknown[] = [
    '',
    '   ',
    'x'.repeat(10_000),
    'LADO '.repeat(2_000),
    '🙂🙂🙂',
    '👶 care leavers 🙂 southend',
    'the and of',
    'what did they say',
    ':',
    '~',
    '^',
    '+',
    '-',
    '*',
    'lado:bury',
    'text:lado',
    'lado~2',
    'lado^10',
    '+lado -bury',
    'lado*',
    '*:*',
    '"LADO',
    '\\',
    '@everyone <!channel> <!here> <@U123> LADO',
    '\u0000\u0001',
    null,
    undefined,
    42,
    { question: 'LADO' },
  ];
  for (const input of nasty) {
    it(`answers ${JSON.stringify(input)?.slice(0, 40) ?? String(input)}`, () => {
      const answer = corpus.ask(input as string);
      expect(Array.isArray(answer.results)).toBe(true);
      if (answer.results.length === 0) {
        expect(answer.message).toEqual(expect.any(String));
        expect(answer.suggestions?.length).toBeGreaterThan(0);
      }
    });
  }

  it('finds nothing for words that are in no report', () => {
    const answer = corpus.ask('zzzqqq xylophones');
    expect(answer.results).toEqual([]);
    expect(answer.total).toBe(0);
    expect(answer.message).toBe('No paragraphs matched zzzqqq, xylophones. Try other words or another authority.');
  });

  it('treats Lunr syntax as plain words', () => {
    expect(refs(corpus.ask('+LADO -Bury:2025 ~^*').results)).toContain('bury-2025 6');
  });

  it('never echoes a mention back', () => {
    const answer = corpus.ask('@everyone <!channel> LADO');
    expect(answer.understood.terms).toEqual(['lado']);
  });

  it('explains empty and stop-word-only questions', () => {
    expect(corpus.ask('').message).toMatch(/Ask me about/);
    expect(corpus.ask('what did they say about the').message).toMatch(/could not find any words/);
  });
});
