/** Shared checks for the PDF parser tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/model.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '..', 'fixtures', 'pdf');
/** The shared report folder beside the clone (absent in some checkouts). */
export const SHARED_PDFS = path.resolve(here, '..', '..', '..', 'shared', 'reports', 'pdf');
export const hasShared = existsSync(SHARED_PDFS);

/** Numbers of numbered paragraphs that do not follow their predecessor. */
export function numberGaps(report: Report): string[] {
  const nums = report.paragraphs.map((p) => p.number).filter((n): n is number => n !== null);
  const gaps: string[] = [];
  for (let i = 1; i < nums.length; i++) if (nums[i] !== (nums[i - 1] ?? 0) + 1) gaps.push(`${nums[i - 1]}->${nums[i]}`);
  return gaps;
}

/** Page furniture and boilerplate that must never be inside a paragraph. */
export const FURNITURE = [
  /Crown copyright/i,
  /Ofsted\) regulates/,
  /www\.gov\.uk\/ofsted/,
  /Inspection of \w[\w ]* local authority children's services/,
  /Inspection of services for children in need of help and protection/,
  /Piccadilly Gate/,
  /\s\d{1,3}$/,
  // The national framework footnote of 2023-2026 reports (printed without its number in some).
  /have been cross-referenced with the outcomes, enablers or principles/,
  // The pupil premium footnote of SIF reports.
  /The pupil premium,? is additional government funding/,
];
