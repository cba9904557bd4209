import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import type { Report } from '../../src/model.ts';
import { serialiseReport } from '../../src/pdf/ingest.ts';
import { createParsePool } from '../../src/pdf/parse-pool.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { REPORTS_DIR } from '../../src/search/sources.ts';
import { FURNITURE, hasShared, numberGaps, SHARED_PDFS } from './helpers.ts';

if (!hasShared) console.warn(`corpus.test: skipped, the shared report folder ${SHARED_PDFS} is absent`);

/** Every PDF of the shared folder, parsed once on a worker pool (all cores). */
async function parseAll(): Promise<{ reports: Map<string, Report>; refused: string[] }> {
  const reports = new Map<string, Report>();
  const refused: string[] = [];
  const pool = createParsePool();
  try {
    const sources = readdirSync(SHARED_PDFS)
      .sort()
      .filter((dir) => statSync(path.join(SHARED_PDFS, dir)).isDirectory())
      .flatMap((dir) => readdirSync(path.join(SHARED_PDFS, dir)).sort().map((name) => `${dir}/${name}`));
    const replies = await Promise.all(sources.map((source) => pool.parse(path.join(SHARED_PDFS, source), source)));
    replies.forEach((reply, i) => {
      if (reply.report !== null) reports.set(sources[i] as string, reply.report);
      else refused.push(`${sources[i]}: ${reply.error}`);
    });
  } finally {
    await pool.close();
  }
  return { reports, refused };
}

/** Paragraph numbers the reports themselves skip in print. */
const PRINTED_GAPS: Record<string, string[]> = {
  'waltham-forest-2014': ['88->90'], // ¶89 is printed with no text
  'windsor-and-maidenhead-2020': ['14->16'],
  'lambeth-2026': ['57->57'], // two paragraphs numbered 57; the second is cited "57 (2)"
  'kingston-upon-hull-2014': ['140->1'], // the LSCB review bound after the report numbers its own paragraphs
};
/** The first single-inspection-framework reports (late 2013) and the stand-alone board review number few or no paragraphs. */
const FEW_NUMBERS = new Set(['derbyshire-2013', 'hartlepool-2013', 'hillingdon-2013', 'slough-2013', 'surrey-2015']);
/** Reports that print no lead inspector anywhere. */
const NO_LEAD_INSPECTOR = new Set(['devon-2024', 'warwickshire-2025']);

describe.skipIf(!hasShared)('every real PDF in the shared folder', () => {
  const all = hasShared ? parseAll() : Promise.resolve({ reports: new Map<string, Report>(), refused: [] });
  const byId = async (id: string): Promise<Report> => {
    const found = [...(await all).reports.values()].find((r) => r.id === id);
    if (!found) throw new Error(`corpus.test: expected a report ${id}`);
    return found;
  };

  it('parses every report of all 153 authorities, refusing only the HTML pages saved as .pdf', { timeout: 300_000 }, async () => {
    const { reports, refused } = await all;
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r).toMatch(/is an HTML page, not a PDF/);
    expect(reports.size).toBe(433);
    expect(new Set([...reports.values()].map((r) => r.authority)).size).toBe(153);
    const kinds = new Map<string, number>();
    for (const r of reports.values()) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ ilacs: 270, sif: 147, 'ilacs-2026': 11, 'lac-2012': 4, 'lscb-review': 1 });
  });

  it('matches the parsed reports shipped in index-data/reports (run `npm run ingest -- ../shared/reports/pdf` if this fails)', { timeout: 300_000 }, async () => {
    const { reports } = await all;
    const stale: string[] = [];
    for (const parsed of reports.values()) {
      const file = path.join(DEFAULT_INDEX_DIR, REPORTS_DIR, `${parsed.id}.json`);
      const shipped = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : null;
      // The address a report was downloaded from is the update's to record, not the parser's.
      if (shipped === null || serialiseReport({ ...shipped, url: null }) !== serialiseReport(parsed)) stale.push(parsed.id);
    }
    expect(stale).toEqual([]);
  });

  it('holds the invariants on every report', { timeout: 300_000 }, async () => {
    for (const r of (await all).reports.values()) {
      expect(findAuthority(r.authority)?.name).toBe(r.authority);
      expect(r.inspectionStart, r.source).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(r.inspectionEnd! >= r.inspectionStart!, r.source).toBe(true);
      expect(r.published! >= r.inspectionEnd!, r.source).toBe(true);
      if (!NO_LEAD_INSPECTOR.has(r.id)) expect(r.leadInspector, r.source).toBeTruthy();
      if (r.kind !== 'lscb-review') expect(r.judgements.length, r.source).toBeGreaterThanOrEqual(4);
      // Every table of the shared folder is read whole: none is kept with its grades unread.
      expect(r.gradesUnread, r.source).toBeUndefined();
      expect(r.judgements.filter((j) => j.gradeKey === 'other'), r.source).toEqual([]);
      expect(numberGaps(r), r.source).toEqual(PRINTED_GAPS[r.id] ?? []);
      if (!FEW_NUMBERS.has(r.id)) expect(r.paragraphs.filter((p) => p.number !== null).length, r.source).toBeGreaterThan(25);
      expect(new Set(r.paragraphs.map((p) => p.label)).size, r.source).toBe(r.paragraphs.length);
      // No merged paragraphs: the longest paragraph in the national set is under 4,000 characters.
      expect(Math.max(...r.paragraphs.map((p) => p.text.length)), r.source).toBeLessThan(4000);
      const overall = r.judgements.some((j) => j.areaKey === 'overall');
      expect(overall, r.source).toBe(r.kind !== 'ilacs-2026' && r.kind !== 'lscb-review');
      for (const p of r.paragraphs) for (const re of FURNITURE) expect(p.text, `${r.id} ¶${p.label}`).not.toMatch(re);
    }
  });

  it('keeps every paragraph kind to its part of the report', { timeout: 180_000 }, async () => {
    for (const r of (await all).reports.values()) {
      // About paragraphs (title page, information about the inspection and the area) sit outside the parts checked here.
      const ps = r.paragraphs.filter((p) => p.kind !== 'about');
      const kinds = new Set(ps.map((p) => p.kind));
      const at = (kind: string): number[] => ps.flatMap((p, i) => (p.kind === kind ? [i] : []));
      const run = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || x === (xs[i - 1] ?? 0) + 1);
      if (r.kind === 'sif' && !FEW_NUMBERS.has(r.id)) {
        // Only unnumbered text is summary; every recommendation is a numbered item of the list before the findings.
        expect(ps.filter((p) => p.number !== null && p.kind === 'summary').map((p) => p.label), r.id).toEqual([]);
        // (The LSCB part's recommendations are bullets in some reports.)
        expect(ps.filter((p) => p.kind === 'recommendation' && p.number === null).map((p) => p.label), r.id).toEqual([]);
        expect(kinds.has('improvement'), r.id).toBe(false);
        const recs = at('recommendation');
        expect(recs.length, r.id).toBeGreaterThan(0);
        expect(run(recs), `${r.id}: recommendations in one run`).toBe(true);
        expect(run(recs.map((i) => ps[i]?.number ?? 0)), `${r.id}: recommendations numbered in sequence`).toBe(true);
        const areaFindings = ps.findIndex((p) => p.kind === 'finding' && /^the experiences and progress of/i.test(p.section));
        expect(areaFindings, r.id).toBeGreaterThan(recs.at(-1) ?? Infinity);
        const lscb = ps.findIndex((p) => p.kind.startsWith('lscb-'));
        if (lscb !== -1) expect(lscb, r.id).toBeGreaterThan(areaFindings);
        expect(ps.slice(lscb === -1 ? ps.length : lscb).every((p) => p.kind.startsWith('lscb-')), `${r.id}: LSCB part`).toBe(true);
        for (const i of at('lscb-recommendation')) expect(ps[i]?.section, `${r.id} ¶${ps[i]?.label}`).not.toMatch(/^inspection judgements? about the lscb|strengths/i);
      } else if (r.kind === 'ilacs' || r.kind === 'ilacs-2026') {
        // The improvement items are exactly the bullets of "What needs to improve?", sub-bullets joined to their item.
        const items = at('improvement');
        // Thurrock 2024 (outstanding in every area) prints no "What needs to improve?".
        if (r.id !== 'thurrock-2024') expect(items.length, r.id).toBeGreaterThan(0);
        expect(run(items), r.id).toBe(true);
        for (const i of items) {
          const p = ps[i];
          expect(p?.section, r.id).toMatch(/^what needs to improve\b[?:]?$/i);
          expect(p?.number, r.id).toBeNull();
          // Items may complete a lead-in ("The local authority should improve:" / "the identification of…"); a dash
          // sub-bullet ("− permanence for children") is never an item of its own.
          expect(p?.text, `${r.id} ${p?.label}`).toMatch(/^[A-Za-z]/);
        }
        expect(ps.filter((p) => /^what needs to improve/i.test(p.section) && p.kind !== 'improvement').map((p) => p.label), r.id).toEqual([]);
        expect([...kinds].filter((k) => !['summary', 'improvement', 'finding'].includes(k)), r.id).toEqual([]);
      }
    }
  });

  it('pins the kinds of the 2015 SIF layouts', { timeout: 180_000 }, async () => {
    const recommendations = (r: Report): (number | null)[] => r.paragraphs.filter((p) => p.kind === 'recommendation').map((p) => p.number);
    const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

    const leeds = await byId('leeds-2015');
    expect(recommendations(leeds)).toEqual(upTo(15));
    expect(leeds.paragraphs.find((p) => p.label === '1')).toMatchObject({ kind: 'recommendation', section: 'Leadership, Management and Governance' });
    expect(leeds.paragraphs.find((p) => p.label === '35')).toMatchObject({ kind: 'finding' });
    expect(leeds.paragraphs.find((p) => p.label === '35')?.text).toMatch(/^Children and young people are at the heart of the work of professionals/);
    expect(leeds.paragraphs.find((p) => p.label === 'Summary ¶1')).toMatchObject({ kind: 'summary', section: 'Summary of findings' });
    expect(leeds.paragraphs.find((p) => p.text === 'There are no priority or immediate actions.')?.kind).toBe('summary');
    expect(leeds.paragraphs.filter((p) => p.kind === 'lscb-recommendation').map((p) => p.number)).toEqual([184, 185, 186, 187, 188]);
    // "The LSCB" in "What the inspection judgements mean" is boilerplate, not the LSCB review.
    expect(leeds.paragraphs.filter((p) => /^An outstanding LSCB is highly influential/.test(p.text))).toEqual([]);

    const somerset = await byId('somerset-2015');
    expect(recommendations(somerset)).toEqual(upTo(21));
    expect(somerset.paragraphs.find((p) => p.label === '41')).toMatchObject({ kind: 'finding' });
    expect(somerset.paragraphs.find((p) => p.label === '41')?.text).toMatch(/^Although identified as a weakness during previous Ofsted inspections, early help/);

    expect(recommendations(await byId('calderdale-2015'))).toEqual(upTo(17));

    // 2014 layouts: a numbered summary of findings, and "Priority actions" in the LSCB part are recommendations.
    const birmingham = await byId('birmingham-2014');
    expect(birmingham.paragraphs.find((p) => p.label === '1')).toMatchObject({ kind: 'finding', section: 'Summary of key findings' });
    expect(birmingham.paragraphs.find((p) => p.label === '120')).toMatchObject({ kind: 'lscb-recommendation', section: 'Priority actions' });

    // ILACS sub-bullets stay with their "What needs to improve?" item.
    const cornwall = await byId('cornwall-2019');
    expect(cornwall.paragraphs.filter((p) => p.kind === 'improvement')).toHaveLength(3);
    expect(cornwall.paragraphs.find((p) => p.label === 'Improve ¶1')?.text).toMatch(/including: sufficiency of accommodation .* unregulated provision\.$/);
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
