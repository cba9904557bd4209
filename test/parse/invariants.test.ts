/**
 * What must hold for every paragraph of every shipped report: whole, clean,
 * in order, citable, and made only of words the source contains.
 */
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../src/parse/clean-text.ts';
import { allReports, rawSource } from './reports.ts';

/** Residue of markdown, HTML and extraction that must never reach a paragraph. */
const RESIDUE: readonly RegExp[] = [
  /\*\*/,
  /__/,
  /<\/?[a-z][^>]*>/i,
  /&(?:lt|gt|amp|quot|nbsp);/,
  /\]\(/,
  /(?:^|\s)#{1,6}\s/,
  /\\[*_#.-]/,
  /\t/,
  /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/,
  /\s{2,}/,
];

/** Footnote texts and back-page boilerplate found in the five sources. */
const FURNITURE: readonly string[] = [
  'cross-referenced with the outcomes, enablers or principles',
  'Ofsted produces this report under its power to combine reports',
  'was given the opportunity to review this section of the report',
  'residential special schools that look after children',
  'Piccadilly Gate',
  'Open Government Licence',
  'National Archives',
  '0300 123',
  'Textphone',
  'enquiries@ofsted.gov.uk',
  'Crown copyright',
  'large print or Braille',
  'subscribe to our monthly newsletter',
  'reports.ofsted.gov.uk',
  'Raising concerns and making complaints',
  'regulates and inspects to achieve excellence',
];

describe('every paragraph of every report', () => {
  it('parses all five sources into the expected reports', async () => {
    const reports = await allReports();
    expect(reports.map((r) => r.id).sort()).toEqual(['bury-2016', 'bury-2025', 'bury-2025-council-paper', 'somerset-2017', 'southend-on-sea-2024']);
    expect(reports.map((r) => r.source)).toEqual([...reports.map((r) => r.source)].sort());
  });

  it('has no markdown, HTML or extraction residue', async () => {
    for (const r of await allReports()) {
      for (const p of r.paragraphs) {
        for (const re of RESIDUE) expect(p.text, `${r.id} ${p.label}`).not.toMatch(re);
        expect(p.text, `${r.id} ${p.label}`).toBe(p.text.trim());
      }
    }
  });

  it('has no footnote, boilerplate or back-page text', async () => {
    for (const r of await allReports()) {
      for (const p of r.paragraphs) {
        for (const junk of FURNITURE) expect(p.text, `${r.id} ${p.label}`).not.toContain(junk);
      }
    }
  });

  it('has no page number or line of the contents page', async () => {
    for (const r of await allReports()) {
      const raw = await rawSource(r.id);
      // Contents entries are the tab-separated rows after a "Contents" heading.
      const contents = /Contents\n([\s\S]*?)\n\n\n/.exec(raw)?.[1]?.split('\n').filter((l) => l.includes('\t')) ?? [];
      const entries = contents.map((l) => cleanInline(l.split('\t')[0] ?? '')).filter((e) => e !== '');
      if (r.kind === 'sif') expect(entries.length, r.id).toBeGreaterThan(8);
      for (const p of r.paragraphs) {
        expect(p.text, `${r.id} ${p.label}`).not.toMatch(/(?:^|\s)\d{1,3}$/);
        expect(p.text, `${r.id} ${p.label}`).not.toMatch(/\bPage \d+/);
        for (const entry of entries) expect(p.text, `${r.id} ${p.label}`).not.toBe(entry);
        expect(p.text).not.toContain('achie permanence');
      }
    }
  });

  it('starts like a paragraph and ends a sentence (nothing left cut at a page break)', async () => {
    for (const r of await allReports()) {
      for (const p of r.paragraphs) {
        // (The items of a data list or of the evidence looked at are printed in lower case: about paragraphs.)
        if (p.kind !== 'about') expect(p.text, `${r.id} ${p.label}`).toMatch(/^[A-Z0-9'‘"“]/);
        // Improvement items, a council paper's "Label: text" fields and the title page's and inspection team's
        // lines (about paragraphs) are printed without a full stop.
        if (p.kind === 'improvement' || p.kind === 'paper' || p.kind === 'about') continue;
        expect(p.text, `${r.id} ${p.label}`).toMatch(/[.!?]["'”’)]*(?: \(Recommendation\))?$/);
      }
    }
  });

  it('has labels unique within its report, a section, and numbers in reading order', async () => {
    for (const r of await allReports()) {
      const labels = r.paragraphs.map((p) => p.label);
      expect(new Set(labels).size, r.id).toBe(labels.length);
      for (const p of r.paragraphs) {
        expect(p.section, `${r.id} ${p.label}`).not.toBe('');
        expect(p.label).toBe(p.number === null ? p.label : String(p.number));
      }
      const numbers = r.paragraphs.flatMap((p) => (p.number === null ? [] : [p.number]));
      expect(numbers, r.id).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('quotes only words that are in the source, in the same order', async () => {
    for (const r of await allReports()) {
      const raw = await rawSource(r.id);
      // A data list's items complete its lead-in ("In the last 12 months:" / "- there have been 19 adoptions"):
      // the list markers are no words.
      const source = raw
        .split('\n')
        .map((line) => cleanInline(line).replace(/^(?:■\s*)?[-*•]?\s*/, '').replace(/^■\s*/, ''))
        .join(' ')
        .replace(/\s+/g, ' ');
      let from = 0;
      for (const p of r.paragraphs) {
        // Each paragraph's opening and closing words appear in the source, after the previous paragraph's.
        const head = p.text.slice(0, 50);
        const at = source.indexOf(head, from);
        expect(at, `${r.id} ${p.label} opening`).toBeGreaterThanOrEqual(0);
        expect(source.indexOf(p.text.slice(-40), at), `${r.id} ${p.label} ending`).toBeGreaterThan(at - 1);
        from = at + head.length;
      }
    }
  });
});
