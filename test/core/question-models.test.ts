/**
 * The question models (src/query/models/): learned second readings of
 * the kind of answer a question wants and of whether it asks about the
 * inspection itself, used only when no rule's wording claimed it, on the
 * real index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext, understandIn, type CorpusContext } from '../../src/query/context.ts';
import { checkKindModel, guessKind, type KindModel } from '../../src/query/models/kind-model.ts';
import { SOFTMAX_FORMAT } from '../../src/query/models/softmax.ts';
import { ask } from '../../src/query/ask.ts';
import { answerQuestionKind, MODEL_THRESHOLD } from '../../src/query/question-kind.ts';
import { kindInput } from '../../src/query/kinds/kind-helpers.ts';
import { answerVisitList } from '../../src/query/kinds/visit-list.ts';
import { readGradeQuestion } from '../../src/query/grade-questions.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from '../../src/search/index-file.ts';
import { train, trainingExamples } from '../../scripts/train-kind-model.ts';
import { aboutExamples, trainAbout } from '../../scripts/train-about-model.ts';
import { checkAboutModel, type AboutModel } from '../../src/query/models/about-model.ts';
import { asksAboutTheInspection } from '../../src/query/inspection-matter.ts';

let context: CorpusContext;
beforeAll(async () => {
  const { file, index } = await loadIndexFile(DEFAULT_INDEX_DIR);
  context = createContext(file, index);
});

describe('the kind model', () => {
  it('gets a list of visits only where the question names Ofsted\'s visits or inspections in some way', () => {
    const read = (question: string) => kindInput(context, question, understandIn(context, question), {});
    expect(answerVisitList({ ...read('which councils are good at return home interviews for kids who go missing?'), loose: true })).toBeNull();
    const bristol = answerVisitList({ ...read('bristol front door - how many times have inspectors come in specifically to look at it?'), loose: true });
    expect(bristol?.kind?.kind).toBe('visit-list');
    expect(bristol?.kind?.visits?.every((v) => v.authority === 'Bristol')).toBe(true);
  });


  it('answers wordings no reader claims with the kind they ask for', () => {
    // "Kent's 2024 visit", "the Kent visit in 2024" and "the Kent visit" are a reader's (a visit named by its time, or as the
    // council's own); "the 2024 Kent one" is not.
    for (const question of ['the 2024 kent one - how did it go?', "what's the deal with slough children's services"]) {
      expect(answerQuestionKind(context, question, understandIn(context, question))).toBeNull();
    }
    const kent = ask(context, 'the 2024 kent one - how did it go?');
    expect(kent.kind?.kind).toBe('focused-visit');
    expect(kent.kind?.visits?.map((v) => v.reportId)).toEqual(['kent-2024-focused-visit']);
    const slough = ask(context, "what's the deal with slough children's services");
    expect(slough.kind?.kind).toBe('overview');
    expect(slough.grades?.rows[0]?.reportId).toBe('slough-2023');
  });

  it('reads "cannot tell" without a reason it can name, and shows the closest paragraphs under it', () => {
    // ("how many social workers does kent employ today" is read by its words now: today's count, cannot-tell.ts.)
    const question = 'kent social worker headcount today';
    expect(answerQuestionKind(context, question, understandIn(context, question))).toBeNull();
    const answer = ask(context, question);
    expect(answer.kind?.kind).toBe('cannot-tell');
    expect(answer.kind?.headline).toMatch(/^The reports may not hold that/);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((h) => h.authority === 'Kent')).toBe(true);
    expect(answer.kind?.sections?.[0]?.hits).toEqual(answer.results);
  });

  it('reads "moved since last time" as the grade history', () => {
    // No grade question by its words: the model reads it. ("Better or worse" is now read by the words: TREND.)
    expect(readGradeQuestion(understandIn(context, 'has halton moved since last time?'))).toBeNull();
    const answer = ask(context, 'has halton moved since last time?');
    expect(answer.grades?.kind).toBe('history');
    expect(answer.grades?.rows.map((r) => r.reportId)).toContain('halton-2024');
  });

  it('leaves topic questions to the paragraphs', () => {
    const answer = ask(context, 'what did inspectors say about the LADO in Bury?');
    expect(answer.kind).toBeUndefined();
    expect(answer.results[0]?.authority).toBe('Bury');
  });

  it('refuses a saved model of another format or shape, saying what it expected', () => {
    expect(() => checkKindModel({ format: 99, kinds: [], bias: [], weights: {} })).toThrow(`kind-model: expected format ${SOFTMAX_FORMAT}, got 99`);
    expect(() => checkKindModel({ format: SOFTMAX_FORMAT, kinds: ['paragraphs', 'nonsense'], bias: [0, 0], weights: {} })).toThrow(/expected kinds among/);
    expect(() => checkKindModel({ format: SOFTMAX_FORMAT, kinds: ['paragraphs'], bias: [0], weights: { 'w:x': [1, 2] }, reads: ['letters'] })).toThrow('kind-model: feature "w:x" needs 1 weights, got [1,2]');
    // A model trained without letter trigrams would score every one as unseen.
    expect(() => checkKindModel({ format: SOFTMAX_FORMAT, kinds: ['paragraphs'], bias: [0], weights: {} })).toThrow('kind-model: expected a model trained reading letters, got one reading none');
    expect(() => checkKindModel({ format: SOFTMAX_FORMAT, kinds: ['paragraphs'], bias: [0], weights: {}, reads: 'letters' })).toThrow('kind-model: expected "reads" to be a list of feature names, got "letters"');
  });

  it('reads a misspelt asking word by its letters ("inspectd" shares most of its trigrams with "inspected")', () => {
    const right = guessKind(understandIn(context, 'when was bury last inspected?'));
    const misspelt = guessKind(understandIn(context, 'when was bury last inspectd?'));
    expect(right.kind).toBe('visit-list');
    expect(misspelt.kind).toBe('visit-list');
    // Without trigrams the model gave the misspelling 0.45, below the threshold it is used at.
    expect(misspelt.probability).toBeGreaterThanOrEqual(MODEL_THRESHOLD);
  });

  it('is the model its training examples give (npm run train-kind-model)', async () => {
    const saved = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/query/models/kind-weights.json'), 'utf8')) as KindModel;
    const fresh = train(await trainingExamples(context));
    expect(fresh.kinds).toEqual(saved.kinds);
    expect(Object.keys(fresh.weights).sort()).toEqual(Object.keys(saved.weights).sort());
    for (const [feature, row] of Object.entries(fresh.weights)) {
      row.forEach((w, k) => expect(Math.abs(w - (saved.weights[feature]?.[k] ?? Number.NaN))).toBeLessThan(0.002));
    }
  }, 60_000);
});

describe('the about-the-inspection model', () => {
  it('reads a wording the rules do not know as about the inspection, and finds the report\'s own words', () => {
    const question = 'Wirral inspection lead';
    expect(asksAboutTheInspection(question)).toBe(false);
    expect(understandIn(context, question).aboutTheInspection).toBe(true);
    expect(ask(context, question).results[0]?.reference).toBe('wirral-2023 About ¶2');
  });

  it('leaves practice questions that name inspectors alone', () => {
    for (const question of ['what did inspectors say about the LADO in Bury?', 'did inspectors find care leavers in Wirral live in safe homes?']) {
      expect(understandIn(context, question).aboutTheInspection).toBeUndefined();
      expect(understandIn(context, question).aboutLeaning).toBeUndefined();
    }
  });

  it('prefers the opening matter part of the way when it leans towards the inspection but is unsure', () => {
    const question = 'kingston 2015 - did we share a DCS with richmond back then?';
    const u = understandIn(context, question);
    expect(u.aboutTheInspection).toBeUndefined();
    expect(u.aboutLeaning).toBeGreaterThan(0);
    expect(u.aboutLeaning).toBeLessThan(1);
    const [first] = ask(context, question).results;
    expect(first?.reference).toBe('kingston-upon-thames-2015 About ¶6');
    expect(first?.text).toMatch(/^The Director of Children's Services has been in post since July 2012\./);
  });

  it('refuses a saved model of another shape, prefixed with its name', () => {
    expect(() => checkAboutModel({ format: SOFTMAX_FORMAT, kinds: ['inspection', 'grades'], bias: [0, 0], weights: {} })).toThrow(/^about-model: expected kinds among inspection, practice/);
  });

  it('is the model its training examples give (npm run train-about-model)', async () => {
    const saved = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/query/models/about-weights.json'), 'utf8')) as AboutModel;
    const fresh = trainAbout(await aboutExamples(context));
    expect(Object.keys(fresh.weights).sort()).toEqual(Object.keys(saved.weights).sort());
    for (const [feature, row] of Object.entries(fresh.weights)) {
      row.forEach((w, k) => expect(Math.abs(w - (saved.weights[feature]?.[k] ?? Number.NaN))).toBeLessThan(0.002));
    }
  }, 60_000);
});
