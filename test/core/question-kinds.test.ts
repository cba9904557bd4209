/**
 * Question kinds (issue #17) on the shipped index: each kind is recognised
 * before grades or paragraphs, and answered from cited data (report ids,
 * dates, themes, grades and paragraph texts as the reports print them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { statisticalNeighbours } from '../../src/authorities.ts';
import { loadCorpus, type AskAnswer, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const ask = (q: string): AskAnswer => corpus.ask(q);

describe('question kinds: lists of visits and inspections', () => {
  it('lists the focused visits on the front door carried out in 2023, each cited with its dates and themes', () => {
    const a = ask('Which authorities had a focused visit on the front door in 2023?');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.count).toBe(9);
    expect(a.kind?.headline).toBe('9 focused visits on the front door (9 authorities), carried out in 2023, latest first:');
    const ids = a.kind?.visits?.map((v) => v.reportId) ?? [];
    expect(ids[0]).toBe('wandsworth-2023-focused-visit');
    expect(ids).toContain('peterborough-2023-focused-visit');
    expect(a.kind?.visits?.find((v) => v.reportId === 'luton-2023-focused-visit')).toMatchObject({
      authority: 'Luton',
      inspectionStart: '2023-06-14',
      inspectionEnd: '2023-06-15',
      published: '2023-07-19',
      themes: ['the front door'],
      citation: 'Luton 2023 focused visit',
    });
    expect(a.results).toEqual([]);
  });

  it('reads "in the last three months" back from the newest report held, and says so', () => {
    const a = ask('which councils were inspected in the last three months');
    expect(a.kind?.headline).toContain('carried out in the three months to 20 August 2026 (the newest report I hold)');
    expect(a.kind?.visits?.every((v) => (v.inspectionStart ?? '') >= '2026-05-20' && v.kind !== 'focused-visit')).toBe(true);
    expect(a.kind?.notes).toContain('Focused visits are not inspections and are not listed; ask for “focused visits” to list them.');
  });

  it('says the reports do not print whether an inspection was short or standard, and lists every ILACS inspection', () => {
    const a = ask('standard or short inspections in 2024');
    expect(a.kind?.count).toBe(42);
    expect(a.kind?.visits?.every((v) => v.kind === 'ilacs')).toBe(true);
    expect(a.kind?.notes.join(' ')).toContain('do not print whether an ILACS inspection was short or standard');
  });

  it("lists one authority's inspections for 'when was Bury last inspected?', quoting the latest report's own dates", () => {
    const a = ask('When was Bury last inspected?');
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2025', 'bury-2021', 'bury-2016']);
    expect(a.kind?.sections?.map((s) => s.heading)).toEqual(['About this inspection — Bury 2025 ILACS']);
    expect(a.results[0]?.reference).toBe('bury-2025 About ¶1');
    expect(a.results[0]?.text).toMatch(/^Inspection dates: /);
  });

  it('quotes a focused visit\'s own dates for "how many days were inspectors in Bury for the 2019 focused visit"', () => {
    const a = ask('how many days were inspectors in bury for the 2019 focused visit');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.results[0]?.reference).toBe('bury-2019-focused-visit About ¶1');
    expect(a.results[0]?.text).toMatch(/focused visit to Bury .* on 31 July and 1 August 2019/);
  });

  it('lists a named authority\'s inspection by its report\'s year when none was carried out that year, and says so', () => {
    // Bedford's ILACS ran 15 to 26 November 2021; its report was published in January 2022.
    const a = ask("when was bedford's 2022 ilacs inspection?");
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['bedford-2021']);
    expect(a.kind?.headline).toBe('1 ILACS inspection of Bedford (1 authority), reported in 2022, latest first:');
    expect(a.kind?.notes[0]).toMatch(/^None was carried out in 2022/);
    expect(a.results[0]?.text).toBe('Inspection dates: 15 to 26 November 2021');
  });

  it('reads "recently" in a list as the six months to the newest report of the kind listed, and says so', () => {
    const a = ask('which councils had a focused visit recently');
    expect(a.kind?.headline).toMatch(/^17 focused visits \(17 authorities\), carried out recently \(read as the six months to 27 January 2026, the newest I hold\), latest first:$/);
    expect(a.kind?.visits?.every((v) => (v.inspectionStart ?? '') >= '2025-07-27')).toBe(true);
  });

  it('counts the reformed framework of 2026 as ILACS too', () => {
    // Somerset 2026 was inspected under the reformed framework.
    expect(ask('which ILACS inspections has Somerset had?').kind?.visits?.map((v) => `${v.reportId} ${v.kind}`)).toEqual(['somerset-2026 ilacs-2026', 'somerset-2022 ilacs']);
  });

  it('reads "how many children were looked after … when Ofsted inspected" as about children, not a count of inspections', () => {
    const a = ask('how many children were looked after in barnsley when ofsted inspected in 2014?');
    expect(a.kind).toBeUndefined();
    expect(a.results[0]?.reportId).toBe('barnsley-2014');
  });

  it('lists a named authority\'s reports asked for as reports, and its letters as its focused visits', () => {
    const reports = ask('all bury ofsted reports');
    expect(reports.kind?.kind).toBe('visit-list');
    expect(reports.kind?.visits?.map((v) => v.reportId)).toEqual([
      'bury-2025',
      'bury-2021',
      'bury-2020-focused-visit',
      'bury-2019-focused-visit',
      'bury-2018-focused-visit',
      'bury-2016',
    ]);
    const letters = ask('show me all the ofsted letters for leeds');
    expect(letters.kind?.visits?.every((v) => v.reportId.startsWith('leeds-') && v.reportId.endsWith('-focused-visit'))).toBe(true);
    // Reports with a topic are a paragraph question.
    expect(ask('which reports mention staying put?').kind).toBeUndefined();
  });

  it('quotes no opening matter for a list of many visits', () => {
    const a = ask('which authorities had a focused visit on the front door in 2023?');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.sections).toBeUndefined();
    expect(a.results).toEqual([]);
  });
});

describe('question kinds: one focused visit', () => {
  it('reads "what came out of the X focused visit?" and "anything worrying?" as about that visit, and "what visits has X had?" as a list', () => {
    expect(ask('what came out of the bury focused visit?').kind?.kind).toBe('focused-visit');
    expect(ask("bury's children in care focused visit - anything worrying?").kind?.kind).toBe('focused-visit');
    expect(ask('what focused visits has bury had?').kind?.kind).toBe('visit-list');
  });

  it('answers "what grade did the visit get?" with the visit, saying focused visits give no grades', () => {
    const a = ask('what grade did bury\'s 2020 focused visit get?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('bury-2020-focused-visit');
    expect(a.kind?.notes?.[0]).toBe('Focused visits give no grades.');
    expect(a.results.length).toBeGreaterThan(0);
  });

  it('gives the theme, dates and opening findings of the latest focused visit to Birmingham', () => {
    const a = ask('What did the latest focused visit to Birmingham look at?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.headline).toBe(
      "Birmingham's latest focused visit (Birmingham 2024 focused visit), on children in care: inspected 24 September 2024 to 25 September 2024, published 24 October 2024.",
    );
    const [about, findings] = a.kind?.sections ?? [];
    // The letter's own words about the visit first, the one saying what it looked at (what was asked) leading.
    expect(about?.heading).toBe('About this visit — Birmingham 2024 focused visit');
    expect(about?.hits.map((h) => h.label)).toEqual(['About ¶2', 'About ¶1', 'About ¶3', 'About ¶4']);
    expect(about?.hits[0]?.text).toMatch(/^Inspectors looked at the local authority's arrangements for children in care, with a particular focus/);
    expect(findings?.heading).toBe('Opening findings — Birmingham 2024 focused visit');
    expect(findings?.hits[0]?.reference).toBe('birmingham-2024-focused-visit ¶1');
    expect(findings?.hits[0]?.text.startsWith('Most children benefit from living in homes which are stable and well matched')).toBe(true);
    expect(a.kind?.notes).toContain('Birmingham has had 3 focused visits I hold: 2024, 2021, 2020.');
  });

  it('leads with the findings when asked what the visit found', () => {
    const a = ask('What did the latest focused visit to Birmingham find?');
    expect(a.kind?.sections?.map((s) => s.heading.split(' — ')[0])).toEqual(['Opening findings', 'About this visit', 'What needs to improve in this area of social work practice?']);
    expect(a.results[0]?.reference).toBe('birmingham-2024-focused-visit ¶1');
  });

  it('a topic within a visit is still answered from the letters, not as the visit as a whole', () => {
    expect(ask('what did the focused visit say about the front door in Halton?').kind).toBeUndefined();
  });
});

describe('question kinds: improvement lists', () => {
  it("gives Croydon's latest graded inspection's items, and the items a later focused visit added, each cited", () => {
    const a = ask('What are the areas for improvement for Croydon?');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.headline).toBe(
      "Croydon's latest graded inspection, Croydon 2020 ILACS, published 16 March 2020, lists 4 things to improve; a focused visit since added 3 items of its own.",
    );
    expect(a.kind?.sections?.map((s) => s.heading)).toEqual([
      'What needs to improve — Croydon 2020 ILACS',
      'What needs to improve in this area of social work practice — Croydon 2021 focused visit',
    ]);
    expect(a.kind?.sections?.[0]?.hits[0]).toMatchObject({
      citation: 'Croydon 2020 ILACS, Improve ¶1',
      text: 'The quality of written plans for children in need, children in care and care leavers.',
    });
    expect(a.results).toHaveLength(7);
  });
});

describe('question kinds: overviews', () => {
  it('leads "tell me about Stoke" with its latest grades, cited, then its summary paragraphs', () => {
    const a = ask('Tell me about Stoke');
    expect(a.kind?.kind).toBe('overview');
    expect(a.grades?.rows.map((r) => [r.reportId, r.area, r.grade])).toContainEqual(['stoke-on-trent-2025', 'overall', 'requires-improvement']);
    expect(a.grades?.rows.every((r) => r.reportId === 'stoke-on-trent-2025')).toBe(true);
    expect(a.results[0]?.reference).toBe('stoke-on-trent-2025 Summary ¶1');
  });

  it("an authority's name alone is an overview too, with focused visits since named", () => {
    const a = ask('Isles of Scilly');
    expect(a.kind?.kind).toBe('overview');
    expect(a.grades?.rows.find((r) => r.area === 'overall')).toMatchObject({ reportId: 'isles-of-scilly-2023', grade: 'inadequate' });
  });

  it('reads "where is X at?", "X update please" and "key points from Ofsted" as an overview, and keeps a topic a paragraph question', () => {
    for (const question of ['where is bury at?', 'bury update please', 'bury - key points from ofsted']) {
      expect(ask(question).kind?.kind, question).toBe('overview');
    }
    expect(ask("where is bury's MASH at?").kind).toBeUndefined();
    // However the model reads it, a sector term asked of is a topic.
    expect(ask("what's bury's LADO like?").kind).toBeUndefined();
    expect(ask("what's bury's LADO like?").results[0]?.reportId).toBe('bury-2025');
    // Since the latest inspection is still now; since an earlier one spans two, whose summaries answer instead.
    expect(ask("Halton - where's it at after the 2024 inadequate? overall pic pls, not just the grade").kind?.kind).toBe('overview');
    expect(ask('bury since 2021').kind).toBeUndefined();
    expect(ask('any updates on bury front door?').kind).toBeUndefined();
  });

  it('dwells on a topic an overview names after "esp" or "particularly": its latest paragraphs on it follow the summary', () => {
    const a = ask('sum up where Torbay are now, esp their leadership');
    expect(a.kind?.kind).toBe('overview');
    expect(a.grades?.rows.find((r) => r.area === 'overall')).toMatchObject({ reportId: 'torbay-2026', grade: 'good' });
    const focus = a.kind?.sections?.find((s) => s.heading.startsWith('On leadership'));
    expect(focus?.heading).toBe('On leadership — Torbay 2026 ILACS');
    expect(focus?.hits[0]?.reference).toBe('torbay-2026 44');
    expect(focus?.hits[0]?.text).toMatch(/^In response to the social care reforms, clear, visible leadership/);
    // Without the emphasis there is no such section.
    expect(ask('sum up where Torbay are now').kind?.sections?.some((s) => s.heading.startsWith('On '))).toBe(false);
    // A long one is named by its first words.
    const long = ask(`sum up Torbay, esp their leadership ${'and care leavers housing '.repeat(20)}`).kind?.sections?.find((s) => s.heading.startsWith('On '));
    expect(long?.heading).toBe('On leadership care leavers housing care leavers housing care… — Torbay 2026 ILACS');
  });
});

describe('question kinds: changes between two times', () => {
  it('gives each authority inadequate in 2017 and good now with both cited grades, and says how "in 2017" was read', () => {
    const a = ask('Which authorities were inadequate in 2017 but are good now?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.grades?.kind).toBe('change');
    expect(a.grades?.count).toBe(12);
    expect(a.grades?.rows).toHaveLength(24);
    const barnet = a.grades?.rows.filter((r) => r.authority === 'Barnet').map((r) => [r.reportId, r.grade]);
    expect(barnet).toEqual([
      ['barnet-2017', 'inadequate'],
      ['barnet-2024', 'good'],
    ]);
    expect(a.grades?.notes[0]).toBe(
      '“In 2017” is read as the grade in force at any time during 2017: the latest graded inspection published before 2017 began, or any published during it.',
    );
  });

  it('reads a change by its direction: "which councils improved to good in 2024?", "who went down to inadequate?"', () => {
    const rank: Record<string, number> = { outstanding: 4, good: 3, 'requires-improvement': 2, adequate: 2, inadequate: 1 };
    const up = ask('which councils improved to good in 2024?');
    expect(up.kind?.kind).toBe('grade-change');
    expect(up.kind?.headline).toBe('7 authorities improved to good at an inspection published in 2024:');
    const rows = up.grades?.rows ?? [];
    expect(rows).toHaveLength(14);
    expect(rows.slice(0, 2).map((r) => [r.reportId, r.grade])).toEqual([
      ['hackney-2019', 'requires-improvement'],
      ['hackney-2024', 'good'],
    ]);
    for (let i = 0; i < rows.length; i += 2) {
      const [before, after] = [rows[i], rows[i + 1]];
      expect(before?.authority).toBe(after?.authority);
      expect(after?.grade).toBe('good');
      expect(rank[before?.grade ?? '']).toBeLessThan(rank.good as number);
      expect(after?.published?.startsWith('2024')).toBe(true);
    }
    const down = ask('how many councils went down to inadequate in 2023?');
    expect(down.kind?.headline).toBe('4 authorities declined to inadequate at an inspection published in 2023:');
    expect(down.grades?.rows.filter((_, i) => i % 2 === 1).every((r) => r.grade === 'inadequate')).toBe(true);
    // One authority's "did Bury improve?" is its grades, not its improvement list.
    expect(ask('did bury improve?').grades?.kind).toBe('history');
    expect(ask('did bury improve?').kind).toBeUndefined();
    expect(ask('what did bury have to improve?').kind?.kind).toBe('improvements');
    // Among one authority's statistical neighbours.
    const neighbours = ask("which of bury's neighbours improved?");
    expect(neighbours.kind?.headline).toMatch(/^\d+ of Bury's statistical neighbours improved at their latest graded inspection:$/);
    const named = new Set(statisticalNeighbours('Bury').map((n) => n.name));
    expect(neighbours.grades?.rows.length).toBeGreaterThan(0);
    expect(neighbours.grades?.rows.every((r) => named.has(r.authority))).toBe(true);
    // A topic beyond the areas is a practice question; a year after today's, what no report can tell.
    expect(ask('which councils improved their care leavers offer?').kind).toBeUndefined();
    expect(ask('which councils will improve to good in 2099?').kind?.kind).toBe('cannot-tell');
  });

  it('reads "from inadequate to good" with no year as each authority\'s previous graded inspection and its latest', () => {
    const a = ask('which councils went from inadequate to good?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('8 authorities rated inadequate at their previous graded inspection are rated good now:');
    expect(a.grades?.rows).toHaveLength(16);
    // Each pair is an authority's two latest graded inspections, in that order.
    const rows = a.grades?.rows ?? [];
    for (let i = 0; i < rows.length; i += 2) {
      expect([rows[i]?.grade, rows[i + 1]?.grade]).toEqual(['inadequate', 'good']);
      expect(rows[i]?.authority).toBe(rows[i + 1]?.authority);
      expect((rows[i]?.published ?? '') < (rows[i + 1]?.published ?? '')).toBe(true);
    }
    expect(a.grades?.notes[0]).toBe('With no year, “from” is read as each authority’s previous graded inspection, and “to” as its latest.');
    // "From" naming no grade change is no change: "good practice … from outstanding councils" is paragraphs by grade.
    expect(ask('good practice on kinship / connected carers from outstanding councils pls').kind?.kind).toBe('grade-filtered');
  });
});

describe('question kinds: paragraphs filtered by grade', () => {
  it('takes paragraphs on the front door only from authorities rated inadequate, and says which qualified', () => {
    const a = ask('What do inadequate councils get wrong about the front door?');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.qualified).toHaveLength(9);
    expect(a.kind?.qualified).toContain('Devon');
    const qualified = new Set(a.kind?.qualified);
    expect(a.results.length).toBeGreaterThan(0);
    expect(a.results.every((h) => qualified.has(h.authority))).toBe(true);
    // Only from the inspection that gave the grade.
    const reports = new Set(a.grades?.rows.map((r) => r.reportId));
    expect(a.results.every((h) => reports.has(h.reportId))).toBe(true);
  });

  it('reads a grade said without naming it: "failing councils", "best-rated", "poorly rated"', () => {
    const failing = ask('what do failing councils get wrong at the front door?');
    expect(failing.kind?.kind).toBe('grade-filtered');
    expect(failing.kind?.qualified).toHaveLength(9);
    expect(failing.grades?.rows.every((r) => r.grade === 'inadequate')).toBe(true);
    // The grade's words are not the topic searched.
    expect(failing.kind?.headline).toMatch(/^Paragraphs on front door from the 9 authorities in England rated inadequate overall/);
    const best = ask('best-rated councils on care leavers: what are they doing with staying put?');
    expect(best.kind?.count).toBe(43);
    expect(best.grades?.rows.every((r) => r.grade === 'outstanding')).toBe(true);
    expect(ask('poorly rated LAs - how is their PLO work?').grades?.rows.every((r) => r.grade !== 'outstanding' && r.grade !== 'good')).toBe(true);
    // Ofsted's numbers: 1 outstanding, 2 good, 3 requires improvement, 4 inadequate.
    const four = ask('grade 4 councils - what goes wrong with supervision?');
    expect(four.kind?.kind).toBe('grade-filtered');
    expect(four.kind?.qualified).toEqual(failing.kind?.qualified);
    expect(ask('how many councils are grade 1?').grades?.count).toBe(best.kind?.count);
    // "Failing" as a verb is a topic: paragraphs.
    expect(ask('which councils are failing care leavers?').kind).toBeUndefined();
  });

  it('"good practice" never widens "outstanding" to "good or better"', () => {
    const a = ask("Show me good practice on care leavers' accommodation from authorities rated outstanding.");
    expect(a.grades?.rows.every((r) => r.grade === 'outstanding')).toBe(true);
    expect(a.kind?.count).toBe(43);
  });
});

describe('question kinds: former authorities, what the reports cannot tell, weak matches and offers', () => {
  it('answers "Cumbria children in care" for its successors, saying so', () => {
    const a = ask('Cumbria children in care');
    expect(a.kind?.headline).toBe("Cumbria's children's services passed to Cumberland and Westmorland and Furness in 2023; showing both.");
    expect(a.understood.authorities).toEqual(['Cumberland', 'Westmorland and Furness']);
    expect(a.results.every((h) => h.authority === 'Cumberland' || h.authority === 'Westmorland and Furness')).toBe(true);
  });

  it('says plainly that no report gives a future inspection date, then shows what the reports hold', () => {
    const a = ask('When is Bury next due to be inspected?');
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.headline).toBe(
      "No report says when Bury will next be inspected or visited: Ofsted's reports describe inspections already carried out, and give no future dates.",
    );
    expect(a.results).toEqual([]);
    expect(a.kind?.visits?.[0]?.reportId).toBe('bury-2025');
    // (Its 2020 letter spoke of a next inspection that has since happened: not quoted for "next" with no time.)
    // Asked of a time, the newest report then that speaks of the next inspection is quoted.
    const after = ask('after the 2020 focused visit, when was bury due to be inspected next?');
    expect(after.kind?.kind).toBe('cannot-tell');
    expect(after.kind?.sections?.map((s) => s.heading)).toEqual(['What Bury 2020 focused visit says']);
    expect(after.results[0]?.reference).toBe('bury-2020-focused-visit About ¶4');
    expect(after.results[0]?.text).toBe('Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.');
  });

  it('quotes what the latest letter says of the next inspection beside the refusal, and reads "come back" as the future', () => {
    const a = ask('When is Barnet next due to be inspected?');
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.sections?.map((s) => s.heading)).toEqual(['What Barnet 2025 focused visit says']);
    expect(a.results[0]?.reference).toMatch(/^barnet-2025-focused-visit About ¶\d+$/);
    expect(a.results[0]?.text).toMatch(/^Ofsted will take the findings from this focused visit into account when planning the next inspection/);
    expect(ask('will ofsted come back to check on sefton?').kind?.kind).toBe('cannot-tell');
    // A social worker's visits and care planning are practice, not Ofsted's timetable.
    const practice = ask('trafford leaving care team - are care leavers in prison still being visited and planned for on release?');
    expect(practice.kind).toBeUndefined();
    expect(practice.results[0]?.reference).toBe('trafford-2026 44');
  });

  it('reads "how often does Ofsted inspect" as scheduling, and "how often has Bury been visited" as a list of what happened', () => {
    expect(ask('how often does ofsted inspect councils').kind?.kind).toBe('cannot-tell');
    const a = ask('how often has bury been visited by ofsted since 2018?');
    expect(a.kind?.kind).toBe('visit-list');
    // Visited by Ofsted: its inspections are visits too; "focused visits" lists only the letters.
    expect(a.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2025', 'bury-2021', 'bury-2020-focused-visit', 'bury-2019-focused-visit', 'bury-2018-focused-visit']);
    expect(a.kind?.headline).toMatch(/^5 Ofsted visits of Bury/);
    expect(a.kind?.notes).toContain('Inspections and focused visits are both listed; ask for “inspections” or “focused visits” to list one kind.');
    const letters = ask('how many focused visits has bury had since 2018?');
    expect(letters.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2020-focused-visit', 'bury-2019-focused-visit', 'bury-2018-focused-visit']);
  });

  it('says when the best paragraph cannot match a word no report uses', () => {
    const a = ask('quality of sandwiches for care leavers in Leeds');
    expect(a.kind?.kind).toBe('low-confidence');
    expect(a.kind?.headline.startsWith('No report uses “sandwiches”')).toBe(true);
    expect(ask('LADO Bury').kind).toBeUndefined();
  });

  it('never searches the greeting or thanks typed around a question', () => {
    // "Hi" is in no report: searched, it made every answer a weak match that named it.
    const a = ask('Hi Durham colleagues, what did Ofsted say about care leavers? Thanks');
    expect(a.understood.authorities).toEqual(['Durham']);
    expect(a.kind).toBeUndefined();
    expect(a.results[0]?.reportId).toMatch(/^durham-/);
    expect(a.results[0]?.text).toMatch(/care leavers/i);
  });

  it('offers the list of visits under a paragraph answer about focused visits, and the offer answers as a list', () => {
    const a = ask('what did focused visits say about the front door in 2023');
    expect(a.results.length).toBeGreaterThan(0);
    expect(a.offer).toEqual({
      text: 'Did you want the list of focused visits on the front door in 2023?',
      question: 'Which authorities had a focused visit on the front door in 2023?',
    });
    expect(ask(a.offer?.question ?? '').kind?.count).toBe(9);
  });

  it('offers paragraphs under a grade list with a topic of its own, keeping the area', () => {
    const a = ask('Which councils are outstanding for care leavers accommodation?');
    expect(a.grades?.kind).toBe('list');
    expect(a.offer?.question).toBe('What do authorities rated outstanding for care leavers say about accommodation?');
    expect(ask(a.offer?.question ?? '').kind?.kind).toBe('grade-filtered');
  });

  it('leaves today’s grade questions and bad input as they were', () => {
    expect(ask("Dorset's latest grade").kind).toBeUndefined();
    expect(ask('how many authorities were inadequate as at 31 March 2025').grades?.kind).toBe('count');
    for (const q of ['', '🙂🙂', 'x'.repeat(10_000), ': ~ ^ + - *', '@everyone']) expect(() => ask(q)).not.toThrow();
    expect(ask('').kind).toBeUndefined();
  });

  it('a fresh question in a conversation goes through the same step', () => {
    expect(corpus.converse('Tell me about Stoke', null).answer.kind?.kind).toBe('overview');
  });
});

describe('question kinds: the kind of answer asked for, in the words staff use', () => {
  it('reads chat filler and "the latest on" as an overview', () => {
    expect(ask('quick summary of north yorkshire pls').kind?.visits?.[0]?.reportId).toBe('north-yorkshire-2023');
    expect(ask('whats the latest on brent').kind?.kind).toBe('overview');
  });

  it('reads coming out of a grade and going down a grade as changes of grade, and "good-rated councils" as the grade', () => {
    const out = ask('who came out of inadequate in 2025?');
    expect(out.kind?.kind).toBe('grade-change');
    expect(out.kind?.headline).toMatch(/^4 authorities improved from inadequate at an inspection published in 2025/);
    expect(ask('list of councils inspected in 2024 that went down a grade').kind?.headline).toMatch(/^7 authorities declined at an inspection published in 2024/);
    expect(ask('what do good rated councils do well on life story work').kind?.kind).toBe('grade-filtered');
  });

  it('reads a visit named by its time as that focused visit, and an opinion or a grade "by" a future year as what no report can tell', () => {
    const lincolnshire = ask("did lincolnshire's july 2025 visit come with any priority actions?");
    expect(lincolnshire.kind?.kind).toBe('focused-visit');
    expect(lincolnshire.kind?.visits?.map((v) => v.reportId)).toEqual(['lincolnshire-2025-focused-visit']);
    expect(ask('the essex FV from jan 2025, what area of practice was it on').kind?.kind).toBe('focused-visit');
    expect(ask('is it worth moving to Hampshire as a SW?').kind?.headline).toMatch(/^I give no opinions or advice/);
    expect(ask('which councils will be inadequate by 2027?').kind?.kind).toBe('cannot-tell');
    // Not an opinion: what inspectors heard from social workers.
    expect(ask('what do social workers think of bury?').kind).toBeUndefined();
  });

  it('reads "tell X to fix" and "recs" as the improvement list', () => {
    const wirral = ask('what did ofsted tell wirral to fix last time');
    expect(wirral.kind?.kind).toBe('improvements');
    expect(wirral.kind?.sections?.map((s) => [s.hits[0]?.reportId, s.hits.length])).toEqual([['wirral-2023', 7], ['wirral-2024-focused-visit', 3]]);
    expect(ask('harrow recs from the 2025 ilacs pls').kind?.sections?.[0]?.hits.length).toBe(8);
  });

  it('reads a theme next to "focused visit" as naming the visit, and elsewhere as a topic', () => {
    const visit = ask("summarise wokingham's care leavers focused visit");
    expect(visit.kind?.kind).toBe('focused-visit');
    expect(visit.kind?.visits?.[0]?.reportId).toBe('wokingham-2024-12-focused-visit');
    expect(ask('front door Halton focused visit 2022').kind).toBeUndefined();
    // Words just before "visit" that the visit's printed theme holds name it, where no theme group does.
    const rutland = ask('Rutland 2019 - the contacts/referrals and strategy discussions visit, what was the upshot?');
    expect(rutland.kind?.kind).toBe('focused-visit');
    expect(rutland.kind?.visits?.[0]?.reportId).toBe('rutland-2019-focused-visit');
    // And after it: "the visit that covered …".
    const redcar = ask('Redcar 2019 visit that covered CIN/CP, private fostering and LADO - what was it about overall and how did it go?');
    expect(redcar.kind?.visits?.[0]?.reportId).toBe('redcar-and-cleveland-2019-focused-visit');
    // A topic asked of the visit stays a topic.
    expect(ask('what did the halton 2022 visit on the front door say about strategy meetings?').kind).toBeUndefined();
  });

  it('lists the focused visits on extra-familial harm', () => {
    const a = ask('which LAs had a focused visit on extra-familial harm');
    expect(a.kind?.count).toBe(13);
    expect(a.kind?.visits?.slice(0, 2).map((v) => v.reportId)).toEqual(['medway-2025-focused-visit', 'calderdale-2025-focused-visit']);
  });

  it('answers "gone backwards since 2021" with the grade history', () => {
    const a = ask('has knowsley gone backwards since 2021?');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.rows.map((r) => `${r.reportId} ${r.grade}`)).toEqual(['knowsley-2021 requires-improvement', 'knowsley-2024 inadequate']);
  });

  it('answers a former county by its short form for its successors', () => {
    const a = ask('northants care leavers ofsted findings');
    expect(a.kind?.kind).toBe('former-authority');
    expect(new Set(a.results.map((h) => h.authority))).toEqual(new Set(['North Northamptonshire', 'West Northamptonshire']));
  });

  it('says the reports name no council officers, quoting what the latest report says of the role', () => {
    const a = ask("who's the current DCS at reading");
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.sections?.[0]?.hits.map((h) => h.reference)).toContain('reading-2024 56');
    expect(ask('what did inspectors say about the DCS in bury').kind).toBeUndefined();
  });

  it('lists reports by publication date when asked what came out, every kind unless one is named', () => {
    const january = ask('what ofsted reports came out in january 2026');
    expect(january.kind?.kind).toBe('visit-list');
    expect(january.kind?.count).toBe(13);
    expect(january.kind?.visits?.map((v) => v.reportId)).toContain('middlesbrough-2025-focused-visit');
    expect(january.kind?.notes).toContain('Listed by publication date, as each report prints it.');
    expect(ask('which inspections were published in 2025?').kind?.count).toBe(41);
  });

  it('reads "how outstanding LAs run their IRO service" as paragraphs from the outstanding authorities', () => {
    const a = ask('show me how outstanding rated LAs run their IRO service / cic reviews');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.kind?.qualified?.length).toBe(43);
  });

  it('reads chat shorthand: "fv" a focused visit, "wnti" what needs to improve, "csc" the service as a whole', () => {
    expect(ask("what was bexley's fv in feb 2025 about?").kind?.visits?.[0]?.reportId).toBe('bexley-2025-focused-visit');
    const iow = ask('iow wnti from the 2023 ilacs');
    expect(iow.kind?.kind).toBe('improvements');
    expect(iow.kind?.sections?.[0]?.hits.length).toBe(4);
    expect(ask("what's milton keynes csc like these days").kind?.visits?.[0]?.reportId).toBe('milton-keynes-2024');
    expect(ask('cheshire east overall effectiveness?').grades).toBeDefined();
  });

  it('reads a question without its asides: "need it for a board paper" asks for the list, and "board" is not searched', () => {
    const a = ask('what has cambridgeshire been told to get better at? need it for a board paper');
    expect(a.kind?.kind).toBe('improvements');
    expect(a.kind?.visits?.[0]?.reportId).toMatch(/^cambridgeshire-/);
    const paragraphs = ask('caseloads in bury - need it for DMT slides');
    expect(paragraphs.understood.terms).toEqual(['caseloads']);
  });

  it('reads "what did X get" and "go from A to B" as grade questions', () => {
    const bexley = ask('what did bexley get in 2023');
    expect(bexley.grades?.rows.map((r) => `${r.reportId} ${r.area} ${r.grade}`)).toContain('bexley-2023 overall outstanding');
    expect(ask('did rotherham go from inadequate all the way to outstanding?').grades?.kind).toBe('history');
    // A topic keeps it a paragraph question.
    expect(ask('what did bury get right on care leavers').grades).toBeUndefined();
  });

  it("reads an authority's children's services, named as staff name them, as an overview", () => {
    expect(ask('tell me about north east lincolnshire childrens services').kind?.kind).toBe('overview');
  });

  it('reads "which councils did Ofsted visit in March 2022" as a list of every kind of visit that month', () => {
    const a = ask('which councils did ofsted visit in march 2022');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.count).toBe(11);
    expect(a.kind?.visits?.every((v) => (v.inspectionStart ?? '').startsWith('2022-03'))).toBe(true);
  });

  it('reads a timeline of inspections as a list, and "inspection history" as the grade history', () => {
    const timeline = ask('timeline of leeds inspections');
    expect(timeline.kind?.kind).toBe('visit-list');
    expect(timeline.kind?.visits?.every((v) => v.authority === 'Leeds' && v.kind !== 'focused-visit')).toBe(true);
    expect(ask('bury inspection history').grades?.kind).toBe('history');
  });

  it('says the reports cannot tell who runs a service, or what happens in a year still to come', () => {
    const who = ask("who runs children's services in oldham");
    expect(who.kind?.kind).toBe('cannot-tell');
    expect(who.kind?.headline).toMatch(/do not name Oldham's officers/);
    const future = ask('ofsted dates for 2099');
    expect(future.kind?.kind).toBe('cannot-tell');
    expect(future.kind?.headline).toMatch(/^No report can say what happens after today/);
    // A year already past is a question about what happened.
    expect(ask('ofsted dates for 2023').kind?.kind).not.toBe('cannot-tell');
  });

  it("gives a focused visit's own improvement list when the question names the visit", () => {
    const bury = ask("what were the areas for improvement from bury's 2019 focused visit");
    expect(bury.kind?.kind).toBe('improvements');
    expect(bury.kind?.visits?.map((v) => v.reportId)).toEqual(['bury-2019-focused-visit']);
    expect(bury.results[0]?.reference).toBe('bury-2019-focused-visit Improve ¶1');
    expect(bury.kind?.headline).toMatch(/^Bury's 2019 focused visit \(Bury 2019 focused visit\), published 23 August 2019, lists \d+ things to improve\.$/);
    expect(ask('oldham fv 2021 priority action?').results.map((h) => h.reportId)).toEqual(['oldham-2021-focused-visit', 'oldham-2021-focused-visit', 'oldham-2021-focused-visit']);
  });

  it('reads "since March 2024" as from that month, and "since September" as from the last September', () => {
    const march = ask('which councils were inspected since march 2024');
    expect(march.kind?.kind).toBe('visit-list');
    expect(march.kind?.visits?.every((v) => (v.inspectionStart ?? '') >= '2024-03-01')).toBe(true);
    expect(march.kind?.visits?.some((v) => (v.inspectionStart ?? '').startsWith('2025'))).toBe(true);
    // A paragraph search reads it as from that year: the reports of 2024 and after.
    const search = ask("what did inspectors say about bury's front door since march 2024");
    expect(search.understood.range).toEqual({ kind: 'years', from: 2024, to: null });
    expect(search.results.every((h) => h.reportId >= 'bury-2024')).toBe(true);
    const september = ask('which LAs have been inspected since september');
    expect(september.kind?.headline).toMatch(/since 1 September 2025 \(the last September before/);
  });

  it('answers for the visit of the month named ("the visit in May 2019", "the June fv"), or says there was none and gives the nearest', () => {
    const may = ask('luton focused visit may 2019 - what did ofsted look at?');
    expect(may.kind?.kind).toBe('focused-visit');
    expect(may.kind?.headline).toBe("Luton's 2019 focused visit (Luton 2019 focused visit), on children in care: inspected 9 May 2019 to 10 May 2019, published 4 June 2019.");
    expect(may.results[0]?.text).toBe("Inspectors looked at the local authority's arrangements for children in care, including disabled children.");
    expect(ask("luton's june fv").kind?.visits?.map((v) => v.reportId)).toEqual(['luton-2023-focused-visit']);
    const march = ask('luton focused visit march 2019 - what did ofsted look at?');
    expect(march.kind?.headline).toBe(
      "I have no focused-visit letter for Luton in March 2019; the nearest is Luton's 2019 focused visit (Luton 2019 focused visit), on children in care: inspected 9 May 2019 to 10 May 2019, published 4 June 2019.",
    );
    const improve = ask("luton's areas for improvement from the may 2019 focused visit");
    expect(improve.kind?.kind).toBe('improvements');
    expect(improve.results.map((h) => h.reference)).toEqual([1, 2, 3, 4, 5].map((n) => `luton-2019-focused-visit Improve ¶${n}`));
    expect(improve.results[1]?.text).toBe('Caseloads are too high in some teams.');
  });

  it('reads the wordings of a fourth blind batch of routing questions (scripts/route-questions.json, tuning half)', () => {
    // A visit named by its theme: its own list of improvements, the theme not read as a topic.
    const frontDoor = ask('wokingham front door fv recommendations');
    expect(frontDoor.kind?.headline).toBe("Wokingham's 2018 focused visit (Wokingham 2018 focused visit), published 9 November 2018, lists 5 things to improve.");
    expect(ask('Wokingham care leavers FV - list the things that need improving').results[0]?.text).toBe('Arrangements to support care leavers over 21 and those who are parents.');
    // "Told to tighten up on", and a second year that only places the first ("before the 2022 one").
    const leeds = ask('Leeds 2018 inspection: which areas were they told to tighten up on? (before the 2022 one)');
    expect(leeds.kind?.headline).toBe("Leeds's 2018 graded inspection, Leeds 2018 ILACS, published 18 December 2018, lists 4 things to improve.");
    expect(leeds.results[0]?.text).toBe('The consistent involvement of health agencies in strategy discussions.');
    // "Y&H" is the region; "where are they at? 3 line summary" an overview.
    expect(ask('Y&H LAs that had a focused visit in 2019').kind?.headline).toMatch(/^5 focused visits in the Yorkshire and The Humber \(4 authorities\), carried out in 2019/);
    expect(ask('Bury CSC - where are they at? 3 line summary for my DCS').kind?.kind).toBe('overview');
    // Another inspectorate's grade cannot be told; what Ofsted said of it is searched.
    expect(ask('oldham youth offending - what did HMIP rate them?').kind?.headline).toMatch(/^I hold only Ofsted's inspections of children's services and focused-visit letters: other inspectorates' reports/);
    expect(ask('what did ofsted say about the cqc inspection of camhs in bury').kind).toBeUndefined();
    // "Came out outstanding" names the grade.
    expect(ask('which councils came out outstanding, what did ofsted say about their edge of care work?').kind?.headline).toMatch(/^Paragraphs on edge care from the \d+ authorities in England rated outstanding overall/);
  });

  it('reads "in July", no year, as the last July before the newest report of the kind listed', () => {
    const july = ask('which councils had a focused visit in july');
    expect(july.kind?.kind).toBe('visit-list');
    expect(july.kind?.headline).toMatch(/^7 focused visits \(7 authorities\), carried out in July 2025 \(the last July before 27 January 2026, the newest I hold\)/);
    expect(july.kind?.visits?.map((v) => v.reportId).sort()).toEqual([
      'cheshire-west-and-chester-2025-focused-visit',
      'east-sussex-2025-focused-visit',
      'hounslow-2025-focused-visit',
      'kingston-upon-hull-2025-focused-visit',
      'lincolnshire-2025-focused-visit',
      'plymouth-2025-focused-visit',
      'wiltshire-2025-focused-visit',
    ]);
  });

  it('reads "their last inspection" as the latest, and "since the last inspection" as words the reports use', () => {
    expect(ask("what did bury's last inspection say about care leavers").results[0]?.reportId).toBe('bury-2025');
    const sunderland = ask('what did sunderland get in their last inspection');
    expect(sunderland.kind).toBeUndefined();
    expect(sunderland.grades?.rows[0]?.reportId).toBe('sunderland-2025');
    expect(ask('how many DCSs has boro gone through since the last ilacs').results[0]?.text).toMatch(/^Since the last inspection/);
    // One word may stand between: "their last full inspection" is the latest too (Birmingham's 2023 ILACS, not its 2016 SIF).
    expect(ask("at birmingham's last full inspection were return home interviews for kids in care who went missing done on time?").results[0]?.reportId).toBe('birmingham-2023');
    expect(ask("at birmingham's last full inspection were return home interviews for kids in care who went missing done on time?").understood.year).toBe('latest');
    expect(ask('when was the last inspection before that for halton?').understood.year).toBeNull();
  });
});
