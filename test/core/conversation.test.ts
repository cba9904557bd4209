import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type ConversationContext, type ConversationTurn, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

/** Ask `questions` in one conversation, keeping the context as an adapter would (through JSON, as a store keeps it). */
function conversation(...questions: string[]): ConversationTurn[] {
  let context: ConversationContext | null = null;
  const turns: ConversationTurn[] = [];
  for (const question of questions) {
    const turn = corpus.converse(question, context);
    context = JSON.parse(JSON.stringify(turn.context)) as ConversationContext;
    turns.push(turn);
  }
  return turns;
}

describe('converse: follow-ups reuse what the last question established', () => {
  it("'what about in 2016?' keeps the authority and topic, and says so", () => {
    const [, turn] = conversation('what did inspectors say about the LADO in Bury?', 'what about in 2016?');
    const answer = turn?.answer;
    expect(answer?.message).toBeUndefined();
    expect(answer?.results.length).toBeGreaterThan(0);
    expect(answer?.results.every((h) => h.reportId === 'bury-2016')).toBe(true);
    expect(answer?.results[0]?.text).toMatch(/LADO|designated officer|allegations/i);
    expect(answer?.carried?.text).toBe('Bury 2016, LADO, following your last question');
    expect(turn?.context).toMatchObject({ authorities: ['Bury'], year: 2016 });
  });

  it("'and in Southend?' keeps the topic", () => {
    const [, turn] = conversation('LADO in Bury', 'and in Southend?');
    expect(turn?.answer.results.every((h) => h.authority === 'Southend-on-Sea')).toBe(true);
    expect(turn?.answer.results[0]?.reference).toBe('southend-on-sea-2024 15');
    expect(turn?.answer.carried).toMatchObject({ topic: true, authorities: false });
  });

  it("'and for children in care?' keeps the authority", () => {
    const [, turn] = conversation('LADO in Bury', 'and for children in care?');
    expect(turn?.answer.results.length).toBeGreaterThan(0);
    expect(turn?.answer.results.every((h) => h.authority === 'Bury')).toBe(true);
    expect(turn?.answer.understood.areas).toContain('children-in-care');
    expect(turn?.answer.carried).toMatchObject({ authorities: true, topic: false });
    expect(turn?.answer.carried?.text).toBe('Bury, children in care, following your last question');
  });

  it('a follow-up setting two years against each other answers with the best paragraph of each', () => {
    const [, turn] = conversation('what did inspectors say about the LADO in Bury?', 'what about 2016 vs 2025?');
    expect(turn?.answer.results.slice(0, 2).map((h) => h.year)).toEqual([2016, 2025]);
    expect(turn?.answer.results[0]?.reference).toBe('bury-2016 34');
    // And kept for the next follow-up, which says so.
    const [, , leeds] = conversation('what did inspectors say about the LADO in Bury?', 'what about 2016 vs 2025?', 'and in Leeds?');
    expect(leeds?.answer.carried?.text).toBe('Leeds 2016 and 2025, LADO, following your last question');
    expect(leeds?.answer.results.length).toBeGreaterThan(0);
    expect(leeds?.answer.results.every((h) => h.year === 2016 || h.year === 2025)).toBe(true);
  });

  it('a question naming its own authority and topic starts afresh', () => {
    const [, turn] = conversation('LADO in Bury 2016', 'care leavers in Leeds');
    expect(turn?.answer.carried).toBeUndefined();
    expect(turn?.answer.results.every((h) => h.authority === 'Leeds')).toBe(true);
    expect(turn?.context.year).toBeNull();
  });

  it('without a previous question, converse answers as ask does', () => {
    const turn = corpus.converse('LADO Bury', null);
    expect(turn.answer.results.map((h) => h.reference)).toEqual(corpus.ask('LADO Bury').results.map((h) => h.reference));
    expect(turn.answer.carried).toBeUndefined();
    expect(turn.context).toMatchObject({ authorities: ['Bury'], topic: ['LADO'] });
  });

  it("'and Leeds?' after 'is Bury getting better?' asks the same of Leeds", () => {
    const [, turn] = conversation('is Bury getting better?', 'and Leeds?');
    expect(turn?.answer.grades?.kind).toBe('history');
    expect(turn?.answer.grades?.rows.every((r) => r.authority === 'Leeds')).toBe(true);
    expect(turn?.answer.grades?.rows.at(-1)?.reportId).toBe('leeds-2025');
  });

  it("'what about as at 31 March 2022?' after a list keeps the grade and area", () => {
    const [first, turn] = conversation('which councils are outstanding for care leavers', 'what about as at 31 March 2022?');
    expect(first?.answer.grades?.kind).toBe('list');
    const g = turn?.answer.grades;
    expect(g?.kind).toBe('list');
    expect(g?.area).toBe('care-leavers');
    // As Ofsted counts: inspected by 31 March 2022 and published by the end of June.
    expect(g?.rows.every((r) => r.grade === 'outstanding' && (r.published ?? '') <= '2022-06-30')).toBe(true);
    expect(g?.rows.map((r) => r.reportId)).toContain('sunderland-2021');
  });

  it("'and for care leavers?' after a latest-grade question asks that area's grade", () => {
    const [, turn] = conversation("Dorset's latest grade", 'and for care leavers?');
    expect(turn?.answer.grades?.rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([['dorset-2025', 'care-leavers', 'good']]);
  });
});

describe('converse: what starts afresh', () => {
  it('a whole grade question is not a follow-up of the last question', () => {
    const [, turn] = conversation('LADO in Bury 2016', 'how many authorities are inadequate');
    expect(turn?.answer.carried).toBeUndefined();
    expect(turn?.answer.grades?.kind).toBe('count');
    expect(turn?.answer.grades?.rows.length).toBe(corpus.ask('how many authorities are inadequate').grades?.rows.length);
  });

  it("'what is the latest grade?' keeps the authority", () => {
    const [, turn] = conversation('LADO in Dorset', 'what is the latest grade?');
    expect(turn?.answer.grades?.rows.map((r) => r.reportId)).toEqual(['dorset-2025']);
    expect(turn?.answer.carried?.authorities).toBe(true);
  });
});
