/**
 * Questions pasted from documents and chat clients carry invisible
 * characters; they must not hide an authority's name. Citations must read
 * cleanly for every kind of report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, REPORT_KIND_LABELS, type Corpus } from '../../src/index.ts';
import { normaliseQuestion } from '../../src/query/understand.ts';
import { withoutAsides } from '../../src/query/asides.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const INVISIBLE: Record<string, string> = {
  'zero-width space': '\u200b',
  'word joiner': '\u2060',
  'soft hyphen': '\u00ad',
  'right-to-left override': '\u202e',
  'left-to-right isolate': '\u2066',
  'zero-width non-joiner': '\u200c',
  'byte order mark': '\ufeff',
};

describe('invisible characters in questions', () => {
  for (const [name, char] of Object.entries(INVISIBLE)) {
    it(`still finds Bury with a ${name} inside the name`, () => {
      const answer = corpus.ask(`LADO Bu${char}ry`);
      expect(answer.understood?.authorities ?? []).toEqual(['Bury']);
      expect(answer.results.map((h) => h.reference)).toContain('bury-2025 6');
      // The question echoed back carries none of them.
      expect(answer.question).toBe('LADO Bury');
      expect(corpus.judgements(`Bu${char}ry`).ok).toBe(true);
    });
  }

  it('reads full-width letters as plain ones (NFKC)', () => {
    expect(normaliseQuestion('ＬＡＤＯ Ｂｕｒｙ')).toBe('LADO Bury');
    expect(corpus.ask('ＬＡＤＯ Ｂｕｒｙ').results.map((h) => h.reference)).toContain('bury-2025 6');
  });
});

describe('citation labels', () => {
  it('never repeat the year', () => {
    for (const label of Object.values(REPORT_KIND_LABELS)) expect(label).not.toMatch(/\d{4}/);
    const blackpool = corpus.judgements('Blackpool 2026');
    expect(blackpool.ok).toBe(true);
    const citations = blackpool.ok ? blackpool.inspections.map((i) => i.citation) : [];
    expect(citations).toContain('Blackpool 2026 reformed ILACS');
    for (const citation of citations) expect(citation).not.toMatch(/(\d{4}).*\1/);
  });
});

describe('withoutAsides', () => {
  it('blanks what a question is for, keeping its length and every other word', () => {
    const text = 'what has Cambridgeshire been told to get better at? need it for a board paper';
    const out = withoutAsides(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('what has Cambridgeshire been told to get better at?');
    expect(withoutAsides('caseloads in Bury for DMT slides').trim()).toBe('caseloads in Bury');
    // When the asker's new job starts is the asker's future, not a question about what happens next.
    expect(withoutAsides("starting a job at Herefordshire next month, what should I know?").replace(/\s+/g, ' ').trim()).toBe('Herefordshire , what should I know?');
  });

  it('leaves topics that only look like asides', () => {
    for (const text of ['is there enough support for the team?', 'what did the board say about reports for partners', 'children starting in reception']) {
      expect(withoutAsides(text)).toBe(text);
    }
  });
});
