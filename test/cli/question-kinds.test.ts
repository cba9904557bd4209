/**
 * Question-kind answers (issue #17) in the console chat and `npm run ask --
 * --json`: the console shows each kind's headline, cited rows and paragraph
 * groups, and "clear", "reset" or "new" start a new conversation; the JSON
 * gains `visits`, `count`, `questionKind` and `offer` only where they apply.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/index.ts';
import { chatWith } from './support/console.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

async function askJson(question: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(tsx, [path.join(root, 'adapters/cli/ask.ts'), '--json', question], { cwd: root });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('npm run ask -- --json: question kinds', () => {
  it('a list of visits adds visits rows and the count', async () => {
    const json = await askJson('Which authorities had a focused visit on the front door in 2023?');
    expect(json['count']).toBe(9);
    const visits = json['visits'] as Array<Record<string, unknown>>;
    expect(visits).toHaveLength(9);
    expect(Object.keys(visits[0] ?? {})).toEqual(['authority', 'reportId', 'kind', 'published', 'inspectionStart', 'inspectionEnd', 'themes']);
    expect(visits).toContainEqual({
      authority: 'Luton',
      reportId: 'luton-2023-focused-visit',
      kind: 'focused-visit',
      published: '2023-07-19',
      inspectionStart: '2023-06-14',
      inspectionEnd: '2023-06-15',
      themes: ['the front door'],
    });
    expect(json['questionKind']).toMatchObject({ kind: 'visit-list' });
  });

  it('a change between two times holds both grade rows of each authority, and the count of authorities', async () => {
    const json = await askJson('Which authorities were inadequate in 2017 but are good now?');
    const grades = json['grades'] as Array<Record<string, unknown>>;
    expect(json['count']).toBe(12);
    expect(grades).toHaveLength(24);
    expect(grades.filter((g) => g['authority'] === 'Barnet').map((g) => [g['reportId'], g['grade']])).toEqual([
      ['barnet-2017', 'inadequate'],
      ['barnet-2024', 'good'],
    ]);
  });
});

describe('console chat: question kinds and new conversations', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  const chat = (lines: string[]): Promise<string> => chatWith(corpus, lines);

  it('shows an overview: latest grades cited, then the summary paragraphs under their heading', async () => {
    const text = await chat(['Tell me about Stoke']);
    expect(text).toContain("Stoke-on-Trent's latest graded inspection: Stoke-on-Trent 2025 ILACS, published 15 July 2025.");
    expect(text).toContain('Stoke-on-Trent — Requires improvement to be good — Stoke-on-Trent 2025 ILACS, published 2025-07-15 [stoke-on-trent-2025]');
    expect(text).toContain('Summary — Stoke-on-Trent 2025 ILACS:');
    expect(text).toContain('— Stoke-on-Trent 2025 ILACS, Summary ¶1');
  });

  it('shows a focused visit and the offer of a list as a question to ask', async () => {
    const text = await chat(['What did the latest focused visit to Birmingham look at?', 'what did focused visits say about the front door in 2023']);
    expect(text).toContain('Opening findings — Birmingham 2024 focused visit:');
    expect(text).toContain('Did you want the list of focused visits on the front door in 2023? Ask: “Which authorities had a focused visit on the front door in 2023?”');
  });

  it('"clear", "reset" or "new" starts a new conversation instead of searching for the word', async () => {
    for (const word of ['clear', 'reset', 'new', 'New']) {
      const text = await chat(['what did inspectors say about the LADO in Bury?', word, 'what about in 2016?']);
      expect(text).toContain('Started a new conversation');
      expect(text).not.toContain('following your last question');
    }
    // A question that starts with one of the words is still a question.
    expect(await chat(['new social workers in Bury'])).not.toContain('Started a new conversation');
  });
});
