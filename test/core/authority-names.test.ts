/**
 * Names as staff type them, in an authority argument (`/judgement`,
 * `/improve`) and in a free question (issue #18, names).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

describe('an authority argument', () => {
  it('resolves every authority the index holds, in lower and upper case', () => {
    const names = [...new Set(corpus.reports().map((r) => r.authority))];
    expect(names.length).toBe(153);
    for (const name of names) {
      for (const typed of [name.toLowerCase(), name.toUpperCase()]) {
        const answer = corpus.judgements(typed);
        expect(answer.ok ? answer.authority : `not resolved: ${typed}`).toBe(name);
      }
    }
  });

  it('resolves the short forms staff use', () => {
    const forms: Record<string, string> = {
      reading: 'Reading',
      brent: 'Brent',
      harrow: 'Harrow',
      slough: 'Slough',
      sutton: 'Sutton',
      bath: 'Bath and North East Somerset',
      stoke: 'Stoke-on-Trent',
      telford: 'Telford and Wrekin',
      richmond: 'Richmond upon Thames',
      'h&f': 'Hammersmith and Fulham',
      'ne lincs': 'North East Lincolnshire',
      'north east lincs': 'North East Lincolnshire',
      'west northants': 'West Northamptonshire',
      'north northants': 'North Northamptonshire',
      westmorland: 'Westmorland and Furness',
    };
    for (const [typed, name] of Object.entries(forms)) {
      const answer = corpus.judgements(typed);
      expect(answer.ok ? answer.authority : `not resolved: ${typed}`).toBe(name);
      const improve = corpus.improvements(typed);
      expect(improve.ok ? improve.authority : improve.error.message).toBe(name);
    }
  });

  it('asks which authority a word two names start with means', () => {
    const answer = corpus.judgements('Kingston 2019');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe('Which Kingston do you mean: Kingston upon Hull or Kingston upon Thames?');
    expect(answer.error.suggestions).toEqual(['Kingston upon Hull 2019', 'Kingston upon Thames 2019']);
    const improve = corpus.improvements('kingston');
    expect(improve.ok ? improve.authority : improve.error.suggestions).toEqual(['Kingston upon Hull', 'Kingston upon Thames']);
    const hull = corpus.judgements('kingston upon hull');
    expect(hull.ok ? hull.authority : hull.error.message).toBe('Kingston upon Hull');
  });
});
