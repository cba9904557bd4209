import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import type { Report } from '../../src/model.ts';
import { parsePdf } from '../../src/pdf/parse-pdf.ts';
import { FURNITURE, hasShared, numberGaps, SHARED_PDFS } from './helpers.ts';

if (!hasShared) console.warn(`corpus.test: skipped, the shared report folder ${SHARED_PDFS} is absent`);

/** Every PDF of the shared folder, parsed once (about 30 s on two cores). */
async function parseAll(): Promise<{ reports: Map<string, Report>; refused: string[] }> {
  const reports = new Map<string, Report>();
  const refused: string[] = [];
  for (const dir of readdirSync(SHARED_PDFS).sort()) {
    if (!statSync(path.join(SHARED_PDFS, dir)).isDirectory()) continue;
    for (const name of readdirSync(path.join(SHARED_PDFS, dir)).sort()) {
      const source = `${dir}/${name}`;
      try {
        const r = await parsePdf(new Uint8Array(readFileSync(path.join(SHARED_PDFS, source))), source);
        reports.set(source, r);
      } catch (err) {
        refused.push(`${source}: ${(err as Error).message}`);
      }
    }
  }
  return { reports, refused };
}

describe.skipIf(!hasShared)('every real PDF in the shared folder', () => {
  const all = hasShared ? parseAll() : Promise.resolve({ reports: new Map<string, Report>(), refused: [] });
  const byId = async (id: string): Promise<Report> => {
    const found = [...(await all).reports.values()].find((r) => r.id === id);
    if (!found) throw new Error(`corpus.test: expected a report ${id}`);
    return found;
  };

  it('parses all but the two HTML pages', { timeout: 180_000 }, async () => {
    const { reports, refused } = await all;
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r).toMatch(/is an HTML page, not a PDF/);
    expect(reports.size).toBe(54);
    expect(new Set([...reports.values()].map((r) => r.authority)).size).toBe(16);
  });

  it('holds the invariants on every report', { timeout: 180_000 }, async () => {
    for (const r of (await all).reports.values()) {
      expect(findAuthority(r.authority)?.name).toBe(r.authority);
      expect(r.inspectionStart, r.source).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(r.inspectionEnd! >= r.inspectionStart!, r.source).toBe(true);
      expect(r.published! >= r.inspectionEnd!, r.source).toBe(true);
      expect(r.leadInspector, r.source).toBeTruthy();
      expect(r.judgements.length, r.source).toBeGreaterThanOrEqual(4);
      expect(numberGaps(r), r.source).toEqual([]);
      expect(r.paragraphs.filter((p) => p.number !== null).length, r.source).toBeGreaterThan(25);
      expect(new Set(r.paragraphs.map((p) => p.label)).size, r.source).toBe(r.paragraphs.length);
      const overall = r.judgements.some((j) => j.areaKey === 'overall');
      expect(overall, r.source).toBe(r.kind !== 'ilacs-2026');
      for (const p of r.paragraphs) for (const re of FURNITURE) expect(p.text, `${r.id} ¶${p.label}`).not.toMatch(re);
    }
  });

  it('pins two reports per framework', { timeout: 180_000 }, async () => {
    const bury = await byId('bury-2025');
    expect(bury.judgements.map((j) => `${j.areaKey}:${j.gradeKey}`)).toEqual([
      'leadership:good',
      'help-and-protection:requires-improvement',
      'children-in-care:requires-improvement',
      'care-leavers:requires-improvement',
      'overall:requires-improvement',
    ]);
    expect(bury.paragraphs.find((p) => p.label === '1')?.text).toMatch(/a multi-agency network of professionals who meet regularly/);
    const birmingham = await byId('birmingham-2018');
    expect(birmingham.judgements.map((j) => j.grade)).toEqual(Array(4).fill('Requires improvement to be good'));
    expect(birmingham.inspectionStart).toBe('2018-12-03');

    const blackpool = await byId('blackpool-2026');
    expect(blackpool.kind).toBe('ilacs-2026');
    expect(blackpool.judgements.map((j) => j.gradeKey)).toEqual(['outstanding', 'good', 'outstanding', 'outstanding']);
    expect((await byId('norfolk-2026')).kind).toBe('ilacs');

    const norfolk = await byId('norfolk-2015');
    expect(norfolk.judgements.map((j) => `${j.areaKey}:${j.gradeKey}`)).toEqual([
      'overall:inadequate',
      'help-and-protection:requires-improvement',
      'children-in-care:inadequate',
      'adoption:requires-improvement',
      'care-leavers:inadequate',
      'leadership:requires-improvement',
    ]);
    expect(norfolk.paragraphs.find((p) => p.label === '1')).toMatchObject({ kind: 'recommendation' });
    const scilly = await byId('isles-of-scilly-2016');
    expect(scilly.judgements.filter((j) => j.grade === 'Not judged').map((j) => j.areaKey)).toEqual(['children-in-care', 'adoption', 'care-leavers']);
    expect(scilly.lscbJudgement?.gradeKey).toBe('requires-improvement');
  });
});
