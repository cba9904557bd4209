import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../src/parse/report-summary.ts';
import { SOURCES_DIR } from './reports.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function reports(args: string[], env: Record<string, string> = {}) {
  return run(TSX, ['scripts/reports.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
}

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('npm run reports', () => {
  it('prints one JSON object per report with counts and numbering', async () => {
    const { stdout } = await reports(['--json']);
    const list = JSON.parse(stdout) as ReportSummary[];
    const byId = new Map(list.map((s) => [s.id, s]));
    // The text sources and the reports ingested from PDFs, sorted by id, each inspection once.
    const ids = list.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['bury-2025', 'southend-on-sea-2024', 'bury-2025-council-paper', 'bury-2016', 'somerset-2017', 'bury-2021', 'norfolk-2013', 'blackpool-2026']) {
      expect(ids).toContain(id);
    }
    // Every English local authority with children's services has reports.
    expect(new Set(list.map((s) => s.authority)).size).toBe(153);
    // No merged paragraphs: the longest in any report is a few thousand characters at most.
    expect(Math.max(...list.map((s) => s.longest))).toBeLessThan(4000);
    expect(byId.get('bury-2025')).toEqual({
      id: 'bury-2025',
      authority: 'Bury',
      kind: 'ilacs',
      year: 2025,
      inspectionStart: '2025-06-09',
      inspectionEnd: '2025-06-20',
      // The text prints no publication date: it comes from the PDF of the same inspection.
      published: '2025-07-29',
      judgements: [
        { area: 'The impact of leaders on social work practice with children and families', grade: 'Good' },
        { area: 'The experiences and progress of children who need help and protection', grade: 'Requires improvement to be good' },
        { area: 'The experiences and progress of children in care', grade: 'Requires improvement to be good' },
        { area: 'The experiences and progress of care leavers', grade: 'Requires improvement to be good' },
        { area: 'Overall effectiveness', grade: 'Requires improvement to be good' },
      ],
      lscb: null,
      // 72 of the inspectors' findings, summaries and improvements, and two about paragraphs (dates, lead inspector).
      paragraphs: 74,
      longest: 997,
      numbered: { first: 1, last: 65, missing: [] },
    });
    expect(byId.get('bury-2016')?.numbered).toEqual({ first: 1, last: 140, missing: [] });
    expect(byId.get('bury-2016')?.lscb).toEqual({ area: 'The Local Safeguarding Children Board', grade: 'Good' });
    expect(byId.get('southend-on-sea-2024')?.numbered).toEqual({ first: 1, last: 70, missing: [] });
    expect(byId.get('somerset-2017')?.numbered).toEqual({ first: 1, last: 94, missing: [] });
    expect(byId.get('somerset-2017')?.judgements[1]).toEqual({ area: 'Children who need help and protection', grade: 'Requires improvement' });
    expect(byId.get('bury-2025-council-paper')).toMatchObject({ kind: 'council-paper', year: 2025, inspectionStart: '2025-09-10', judgements: [], paragraphs: 19 });
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await reports([]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+kind\s+year\s+inspection\s+published\s+overall\s+paras\s+numbered$/);
    const { stdout: json } = await reports(['--json']);
    expect(lines).toHaveLength(2 + (JSON.parse(json) as ReportSummary[]).length);
    expect(lines.find((l) => l.startsWith('bury-2016 '))).toMatch(/sif\s+2016\s+2016-02-22\.\.2016-03-17\s+2016-05-16\s+Requires improvement to be good\s+219\s+1-140$/);
  });

  it('reads $INDEX_DIR/sources', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reports-'));
    temps.push(dir);
    await mkdir(join(dir, 'sources'));
    await copyFile(join(SOURCES_DIR, '004_7c819755750bff18.txt'), join(dir, 'sources', 'a.txt'));
    const { stdout } = await reports(['--json'], { INDEX_DIR: dir });
    expect((JSON.parse(stdout) as ReportSummary[]).map((s) => s.id)).toEqual(['somerset-2017']);
  });

  it('rejects unknown arguments with exit code 2', async () => {
    await expect(reports(['--yaml'])).rejects.toMatchObject({ code: 2, stderr: 'reports: expected no arguments or --json, got --yaml\n' });
  });

  it('a pipe closed early (`| head`) ends it quietly, with status 0 and no stack trace', async () => {
    const child = spawn(TSX, ['scripts/reports.ts'], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    // Close the pipe before the table is written, as a reader that has all it wants does
    // (the whole table can fit in the pipe's buffer, so closing after the first chunk may be too late).
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
