/**
 * `npm run propose-vocabulary` grows the vocabulary's candidates from the
 * shipped reports (scripts/vocabulary-evidence.ts): what it reads, on the
 * real paragraphs.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { definedAbbreviations, driftPairs, expansionBefore, isKnown, readParagraphs, type Paragraph } from '../../scripts/vocabulary-evidence.ts';

let paragraphs: Paragraph[];
beforeAll(async () => {
  paragraphs = await readParagraphs(path.join(import.meta.dirname, '../../index-data'));
});

describe('expansionBefore', () => {
  it('reads the long form whose initials spell the letters, skipping function words', () => {
    const text = 'This drift is not always challenged effectively by team managers and independent reviewing officers (IROs), and';
    expect(expansionBefore(text, text.indexOf('(IROs)'), 'IRO')).toBe('independent reviewing officers');
    const camhs = 'referred to child and adolescent mental health services (CAMHS) promptly';
    expect(expansionBefore(camhs, camhs.indexOf('(CAMHS)'), 'CAMHS')).toBe('child and adolescent mental health services');
  });

  it('reads nothing where the words before do not spell the letters', () => {
    const text = 'as reported in the spring of 2019 (ABC) by leaders';
    expect(expansionBefore(text, text.indexOf('(ABC)'), 'ABC')).toBeUndefined();
  });
});

describe('definedAbbreviations', () => {
  it('finds what the reports define, how often, and whether the vocabulary holds it', () => {
    const found = new Map(definedAbbreviations(paragraphs).map((d) => [d.abbreviation, d]));
    const marac = found.get('MARAC');
    expect(marac?.reports.size).toBeGreaterThanOrEqual(100);
    expect([...(marac?.forms.keys() ?? [])]).toContain('multi agency risk assessment conference');
    expect(isKnown(marac!)).toBe(false);
    const iro = found.get('IRO');
    expect(iro?.reports.size).toBeGreaterThanOrEqual(50);
    expect(isKnown(iro!)).toBe(true);
  });
});

describe('driftPairs', () => {
  it('pairs an older framework\'s words with the newer words that keep their company', { timeout: 60_000 }, () => {
    const pairs = new Map(driftPairs(paragraphs).map((p) => [p.old, p]));
    // Regional adoption agencies replaced the councils' adoption consortia; "child sexual exploitation" widened to criminal and extra-familial exploitation.
    expect(pairs.get('consortium')?.new).toBe('adoption agency');
    expect(['criminal exploitation', 'familial']).toContain(pairs.get('sexual exploitation')?.new);
    const consortium = pairs.get('consortium');
    expect(consortium?.oldCounts[0]).toBeGreaterThan(10 * (consortium?.oldCounts[1] ?? 0));
  });
});
