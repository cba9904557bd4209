/** Small index directories for update tests, and the stand-in's usual providers. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../../src/search/build-index.ts';
import type { StandInProvider } from './stand-in-site.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHIPPED_REPORTS = path.resolve(here, '..', '..', '..', 'index-data', 'reports');

/** A fresh index directory holding copies of these shipped reports (stored without a URL), built. */
export async function indexDirWith(reportIds: readonly string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'update-index-'));
  mkdirSync(path.join(dir, 'reports'));
  for (const id of reportIds) copyFileSync(path.join(SHIPPED_REPORTS, `${id}.json`), path.join(dir, 'reports', `${id}.json`));
  await buildIndex(dir);
  return dir;
}

/** Every file under `dir` with its bytes, to show a run changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) visit(file);
      else out[path.relative(dir, file)] = readFileSync(file, 'base64');
    }
  };
  visit(dir);
  return out;
}

/** The stored report's JSON. */
export function storedReport(dir: string, id: string): { id: string; url: string | null; source: string } {
  return JSON.parse(readFileSync(path.join(dir, 'reports', `${id}.json`), 'utf8')) as { id: string; url: string | null; source: string };
}

/**
 * Five authorities as the real site lists them (registry URNs): Norfolk 2013
 * and Blackpool 2014 (held by the test index), Wiltshire 2019 and Somerset 2026
 * (new), a focused-visit letter that is really an HTML page, and documents
 * that are neither inspections nor focused visits.
 */
export function usualProviders(): StandInProvider[] {
  const notAReport = Buffer.from('%PDF-1.4 a monitoring visit letter, never fetched');
  return [
    {
      urn: 80431,
      name: 'Blackpool',
      publications: [{ description: "children's services inspection, pdf - 08 september 2014", file: 'blackpool-2014.pdf' }],
    },
    {
      urn: 80443,
      name: 'Bury',
      publications: [{ description: 'joint targeted area inspection, pdf - 02 may 2024', file: notAReport }],
    },
    {
      urn: 80418,
      name: 'Norfolk',
      publications: [
        { description: "children's services monitoring visit, pdf - 10 march 2020", file: notAReport },
        { description: "children's services inspection, pdf - 16 august 2013", file: 'norfolk-2013.pdf' },
      ],
    },
    {
      urn: 80555,
      name: 'Somerset',
      publications: [{ description: "children's services inspection, pdf - 17 june 2026", file: 'somerset-2026.pdf' }],
    },
    {
      urn: 80580,
      name: 'Wiltshire',
      publications: [
        { description: "children's services focused visit, pdf - 05 march 2021", file: 'html-error-page.pdf', contentType: 'text/html; charset=utf-8' },
        { description: "children's services inspection, pdf - 22 july 2019", file: 'wiltshire-2019.pdf' },
      ],
    },
  ];
}
