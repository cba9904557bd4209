/**
 * Question kinds asked in the words of people inside and outside the
 * service, found by the eleventh round of routing questions written blind
 * (scripts/route-questions.json, tuning half): "when were Ofsted last in",
 * an aside ending the question ("…before DMT"), today's waiting times, and a
 * "covid-era" visit; and by the twelfth round, "london boroughs" with "a full
 * ILACS", "good work" that is praise, not a grade, and a question after
 * sentences that only set the scene.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus } from './support/ask-corpus.ts';
import { lastQuestion, questionProper } from '../../src/query/question-proper.ts';

const ask = askTheCorpus();

describe('question kinds in everyday askers\' words', () => {
  it('lists every kind of visit for "when were ofsted last in, and the time before that?", leaving "before DMT" aside', () => {
    const a = ask('stockton on tees - when were ofsted last in, and the time before that? trying to work out their cycle before DMT');
    expect(a.kind?.kind).toBe('visit-list');
    expect(a.kind?.visits?.slice(0, 3).map((v) => v.reportId)).toEqual(['stockton-on-tees-2025-focused-visit', 'stockton-on-tees-2024-focused-visit', 'stockton-on-tees-2023']);
    // "Ofsted in 2019" is a time, not Ofsted coming in.
    expect(ask('what did ofsted in 2019 say about the LADO in bury?').kind).toBeUndefined();
  });

  it('says no report gives today\'s waiting time, and quotes the latest report', () => {
    const a = ask('health visitor in bolton - how long is the wait at the moment for a social worker assessment after we make a referral?');
    expect(a.kind?.kind).toBe('cannot-tell');
    expect(a.kind?.headline).toMatch(/^No report can give Bolton's figures as they are today/);
    expect(a.kind?.sections?.[0]?.hits[0]?.reportId).toMatch(/^bolton-/);
  });

  it('reads a "covid-era FV" as the letter of those years', () => {
    const a = ask('tell me about north east lincs covid-era FV');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('north-east-lincolnshire-2021-focused-visit');
  });

  it('counts "london boroughs" that had "a full ILACS", and reads "good work" as praise, not a grade', () => {
    const london = ask('how many london boroughs had a full ILACS in 2024?');
    expect(london.kind?.kind).toBe('visit-list');
    expect(london.kind?.headline).toMatch(/^\d+ ILACS inspections? in London .*carried out in 2024/);
    const filtered = ask('examples of good work with disabled children from councils rated outstanding since 2023?');
    expect(filtered.kind?.kind).toBe('grade-filtered');
    expect(filtered.kind?.headline).toMatch(/rated outstanding overall/);
  });

  it('reads the question after sentences that only set the scene, when it names the authority itself', () => {
    const swindon = ask("Someone in team meeting said Swindon 'went down' last time round. What is Swindon's current judgement in each of the areas?");
    expect(swindon.understood.authorities).toEqual(['Swindon']);
    expect(swindon.kind).toBeUndefined();
    expect(swindon.grades?.rows.map((r) => r.reportId)).toContain('swindon-2023');
    // A question that names no authority keeps the scene, where the authority is.
    expect(ask('someone said bury went down. what are their grades now?').understood.authorities).toEqual(['Bury']);
    expect(questionProper('We are reviewing our LADO service. What did Ofsted say about the LADO in Bury?')).toBe('What did Ofsted say about the LADO in Bury?');
    // A first sentence that is itself about the topic is not scene-setting.
    expect(questionProper("Bury's LADO was criticised in 2019. Has it improved since then?")).toBeNull();
    // The last question or request is still offered to the kind readers beside the whole (Understood.lastQuestion).
    expect(lastQuestion('Coventry, the one with the football team. Give me the overall picture for Coventry now.')).toBe('Give me the overall picture for Coventry now.');
    expect(lastQuestion("Bury's LADO was criticised in 2019. Has it improved since then?")).toBe('Has it improved since then?');
    expect(lastQuestion('What did Ofsted say about the LADO in Bury?')).toBeNull();
    expect(lastQuestion('Bury. Thanks.')).toBeNull();
  });

  it('reads a visit asked of as a whole with its theme at the head ("middlesbrough care leavers - how did the july 2024 visit go overall?")', () => {
    const a = ask('middlesbrough care leavers - how did the july 2024 visit go overall? what was it looking at');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toMatch(/^middlesbrough-2024.*focused-visit$/);
    // A topic within it is still asked of the letters' paragraphs.
    expect(ask('middlesbrough care leavers - what did the july 2024 visit say about housing?').kind).toBeUndefined();
  });
});
