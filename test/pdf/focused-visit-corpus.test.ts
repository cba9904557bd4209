import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import type { Report } from '../../src/model.ts';
import { parsePdf } from '../../src/pdf/parse-pdf.ts';
import { disambiguate } from '../../src/report-id.ts';
import { hasFocusedVisits, letterFiles, letterProblems, MAX_PARAGRAPH, SHARED_FOCUSED_VISITS } from './focused-visit-checks.ts';

if (!hasFocusedVisits) console.warn(`focused-visit-corpus.test: skipped, the shared letter folder ${SHARED_FOCUSED_VISITS} is absent`);

/** Every letter of the shared folder, parsed once (about 30 s on one core; `scripts/check-focused-visits.ts` prints the same checks). */
async function parseAll(): Promise<{ reports: Report[]; refused: string[] }> {
  const reports: Report[] = [];
  const refused: string[] = [];
  for (const source of letterFiles(SHARED_FOCUSED_VISITS)) {
    try {
      reports.push(await parsePdf(new Uint8Array(readFileSync(path.join(SHARED_FOCUSED_VISITS, source))), source));
    } catch (err) {
      refused.push(`${source}: ${(err as Error).message}`);
    }
  }
  return { reports, refused };
}

describe.skipIf(!hasFocusedVisits)('every focused-visit letter in the shared folder', () => {
  const all = hasFocusedVisits ? parseAll() : Promise.resolve({ reports: [], refused: [] });

  it('parses all 341 letters as focused visits', { timeout: 300_000 }, async () => {
    const { reports, refused } = await all;
    expect(refused).toEqual([]);
    expect(reports).toHaveLength(341);
    expect(new Set(reports.map((r) => r.kind))).toEqual(new Set(['focused-visit']));
  });

  it('reads each letter whole: metadata, themes, findings, improvements, no furniture', { timeout: 300_000 }, async () => {
    const problems = (await all).reports.flatMap((r) => letterProblems(r).map((p) => `${r.source}: ${p}`));
    expect(problems).toEqual([]);
    const longest = Math.max(...(await all).reports.flatMap((r) => r.paragraphs.map((p) => p.text.length)));
    expect(longest).toBeLessThanOrEqual(MAX_PARAGRAPH);
  });

  it('reads the authority from the letter, which agrees with the folder it was filed in', { timeout: 300_000 }, async () => {
    // The folder's URN is Ofsted's; its name is only a check here, never read by the parser.
    const mismatched = (await all).reports.filter((r) => {
      const folder = (r.source.split('/')[0] ?? '').replace(/^\d+_/, '');
      return findAuthority(folder)?.name !== r.authority;
    });
    expect(mismatched.map((r) => `${r.source}: ${r.authority}`)).toEqual([]);
  });

  it('gives every letter its own id once same-year visits are told apart by month', { timeout: 300_000 }, async () => {
    const reports = (await all).reports;
    expect(reports.every((r) => r.id.endsWith('-focused-visit'))).toBe(true);
    expect(new Set(reports.map((r) => disambiguate(r.authority, r.kind, r.inspectionStart))).size).toBe(reports.length);
  });
});
