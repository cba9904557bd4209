import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/index.ts';
import { chatWith } from './support/console.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [path.join(root, script), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ask', () => {
  it('adds grades, count and the counted rows for a "how many" question (JSON contract)', async () => {
    const { code, stdout } = await cli('adapters/cli/ask.ts', ['--json', 'how many authorities were inadequate as at 31 March 2025']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { results: unknown[]; grades: Array<Record<string, unknown>>; count: number };
    expect(json.results).toEqual([]);
    expect(json.count).toBe(new Set(json.grades.map((g) => g['authority'])).size);
    expect(json.grades).toContainEqual({ authority: 'Bury', reportId: 'bury-2021', kind: 'ilacs', published: '2021-12-17', area: 'overall', grade: 'inadequate' });
    for (const row of json.grades) expect(Object.keys(row)).toEqual(['authority', 'reportId', 'kind', 'published', 'area', 'grade']);
  });

  it('adds neighbours for a neighbours question, and nothing for an ordinary one', async () => {
    const { stdout } = await cli('adapters/cli/ask.ts', ['--json', "who are Bury's statistical neighbours"]);
    const json = JSON.parse(stdout) as { neighbours: Array<{ authority: string; closeness: string }> };
    expect(json.neighbours).toHaveLength(10);
    expect(json.neighbours[0]).toEqual({ authority: 'Lancashire', closeness: 'very close' });
    const plain = JSON.parse((await cli('adapters/cli/ask.ts', ['--json', 'LADO Bury'])).stdout) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['question', 'results']);
  });

  it('prints JSON results with citations', async () => {
    const { code, stdout } = await cli('adapters/cli/ask.ts', ['--json', 'LADO Bury 2025']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { question: string; results: Array<Record<string, unknown>> };
    expect(json.question).toBe('LADO Bury 2025');
    const six = json.results.find((r) => r['paragraph'] === '6');
    expect(six).toMatchObject({ citation: 'Bury 2025 ILACS, ¶6', reportId: 'bury-2025', authority: 'Bury', year: 2025 });
    // The contract's fields, then what the paragraph matched (issue #16).
    expect(Object.keys(six ?? {})).toEqual(['citation', 'reportId', 'authority', 'year', 'paragraph', 'section', 'text', 'quote', 'why']);
    expect(six?.['why']).toEqual(['lado']);
  });

  it('prints cited quotes for people', async () => {
    const { code, stdout } = await cli('adapters/cli/ask.ts', ['siblings bury 2016']);
    expect(code).toBe(0);
    expect(stdout).toContain('— Bury 2016 SIF, ¶60');
    expect(stdout).toContain('Good efforts are made to place brothers and sisters together.');
  });
});

describe('npm run judgement', () => {
  it('prints JSON judgements', async () => {
    const { code, stdout } = await cli('adapters/cli/judgement.ts', ['--json', 'Bury care leavers']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { authority: string; inspections: Array<{ reportId: string; judgements: unknown[] }> };
    expect(json.authority).toBe('Bury');
    // Focused visits are listed, ungraded, among the inspections.
    expect(json.inspections.map((i) => [i.reportId, i.judgements])).toEqual([
      ['bury-2025', [{ area: 'The experiences and progress of care leavers', grade: 'Requires improvement to be good' }]],
      ['bury-2021', [{ area: 'The experiences and progress of children in care and care leavers', grade: 'Requires improvement to be good' }]],
      ['bury-2020-focused-visit', []],
      ['bury-2019-focused-visit', []],
      ['bury-2018-focused-visit', []],
      ['bury-2016', [{ area: 'Experiences and progress of care leavers', grade: 'Requires improvement' }]],
    ]);
  });

  it('exits non-zero with an error object for an unknown authority', async () => {
    const { code, stdout } = await cli('adapters/cli/judgement.ts', ['--json', 'Narnia']);
    expect(code).not.toBe(0);
    const json = JSON.parse(stdout) as { error: { message: string; suggestions: string[] } };
    expect(json.error.message).toContain('"Narnia"');
    expect(json.error.suggestions).toEqual(['Barnet']);
  });

  it('corrects a misspelt authority and says so', async () => {
    const { code, stdout } = await cli('adapters/cli/judgement.ts', ['--json', 'Burry']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { authority: string; notice: string };
    expect(json.authority).toBe('Bury');
    expect(json.notice).toBe('Showing results for Bury (you typed “Burry”).');
  });
});

describe('console chat', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  const chat = (lines: string[]): Promise<string> => chatWith(corpus, lines);

  it('answers questions and commands, then exits cleanly at end of input', async () => {
    const text = await chat(['LADO Bury 2025', '/judgement southend', '/improve bury', '/para bury-2025 13', '/more', '/help', '+~^:*', '/nope']);
    expect(text).toContain('— Bury 2025 ILACS, ¶6');
    expect(text).toContain('The experiences and progress of children in care');
    expect(text).toContain('Bury 2025 ILACS, Improve ¶5');
    expect(text).toContain('Management oversight and the effectiveness of practice');
    expect(text).toContain('/judgement <authority> [area] [year]');
    expect(text).toContain('I could not find any words to search for');
    expect(text).toContain('Unknown command /nope');
  });

  it('keeps the conversation in the session: follow-ups carry the authority and topic', async () => {
    const text = await chat(['what did inspectors say about the LADO in Bury?', 'what about in 2016?', 'and for children in care?']);
    expect(text).toContain('(Bury 2016, LADO, following your last question)');
    expect(text).toContain('— Bury 2016 SIF, ¶34');
    expect(text).toContain('(Bury 2016, children in care, following your last question)');
    expect(text).not.toContain('I could not find any words to search for');
  });

  it('answers grade questions, /compare and /judgement for a region or neighbours', async () => {
    const text = await chat(["Dorset's latest grade", '/compare Leeds Bury care leavers', '/judgement neighbours of Bury', '/judgement North West inadequate']);
    expect(text).toContain('Dorset — Outstanding — Dorset 2025 ILACS, published 2025-05-09 [dorset-2025]');
    expect(text).toContain('Trend: Overall effectiveness: Good (2021) → Outstanding (2025): improved.');
    expect(text).toContain('Bury — The experiences and progress of care leavers: Requires improvement to be good — Bury 2025 ILACS');
    expect(text).toContain('— Leeds 2025 ILACS, ¶');
    expect(text).toContain('1. Lancashire (very close) — no report in this index');
    expect(text).toContain('authorities in the North West rated inadequate overall');
  });

  it('stops at /quit', async () => {
    const text = await chat(['/quit', 'LADO Bury']);
    expect(text).not.toContain('¶6');
  });
});
