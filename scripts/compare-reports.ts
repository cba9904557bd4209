/**
 * `npx tsx scripts/compare-reports.ts <old reports dir> [new reports dir] [--added-kind about]`:
 * checks that a parser change only added paragraphs. For every report of the
 * old directory (say a `git worktree` or `git archive` of main's
 * `index-data/reports`), the new directory (default `index-data/reports`)
 * must hold a report with the same id and fields, whose paragraphs, less
 * the added ones, are the old paragraphs exactly (label, number, kind,
 * section and text, in order), and whose added paragraphs are all of the
 * given kind with labels the old report does not use. The development
 * question sets cite existing labels, so they must never move.
 *
 * Prints one line per problem and a count of added paragraphs per report
 * kind; exits 1 when there is a problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Paragraph, Report } from '../src/model.ts';

const args = process.argv.slice(2);
const kindAt = args.indexOf('--added-kind');
const addedKind = kindAt === -1 ? 'about' : (args[kindAt + 1] ?? 'about');
const dirs = args.filter((a, i) => !a.startsWith('--') && (kindAt === -1 || i !== kindAt + 1));
const [oldDir, newDir = path.join('index-data', 'reports')] = dirs;
if (oldDir === undefined) {
  process.stderr.write('usage: npx tsx scripts/compare-reports.ts <old reports dir> [new reports dir] [--added-kind about]\n');
  process.exit(2);
}

const load = async (file: string): Promise<Report | null> =>
  JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as Report | null;
const same = (a: Paragraph, b: Paragraph): boolean =>
  a.label === b.label && a.number === b.number && a.kind === b.kind && a.section === b.section && a.text === b.text;

const problems: string[] = [];
const added = new Map<string, { reports: number; paragraphs: number }>();
const names = (await readdir(oldDir)).filter((n) => n.endsWith('.json')).sort();
for (const name of names) {
  const before = await load(path.join(oldDir, name));
  const after = await load(path.join(newDir, name));
  if (before === null) continue;
  if (after === null) {
    problems.push(`${name}: expected it in ${newDir}, found none`);
    continue;
  }
  for (const key of Object.keys(before) as (keyof Report)[]) {
    if (key === 'paragraphs') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      problems.push(`${name}: expected ${key} ${JSON.stringify(before[key])}, found ${JSON.stringify(after[key])}`);
    }
  }
  const extra = after.paragraphs.filter((p) => p.kind === addedKind && !before.paragraphs.some((q) => q.label === p.label && same(p, q)));
  const kept = after.paragraphs.filter((p) => !extra.includes(p));
  const first = before.paragraphs.findIndex((p, i) => kept[i] === undefined || !same(p, kept[i] as Paragraph));
  if (first !== -1 || kept.length !== before.paragraphs.length) {
    const at = first === -1 ? before.paragraphs.length : first;
    problems.push(`${name}: expected paragraph ${before.paragraphs[at]?.label ?? '(none)'} unchanged, found ${JSON.stringify(kept[at] ?? null).slice(0, 160)}`);
  }
  const oldLabels = new Set(before.paragraphs.map((p) => p.label));
  for (const p of extra) if (oldLabels.has(p.label)) problems.push(`${name}: added ${p.label} reuses an existing label`);
  const tally = added.get(after.kind) ?? { reports: 0, paragraphs: 0 };
  tally.reports += 1;
  tally.paragraphs += extra.length;
  added.set(after.kind, tally);
}
for (const p of problems) process.stdout.write(`${p}\n`);
process.stdout.write(`${names.length} reports compared, ${problems.length} problems; added ${addedKind} paragraphs:\n`);
for (const [kind, t] of [...added].sort()) process.stdout.write(`  ${kind}: ${t.paragraphs} in ${t.reports} reports\n`);
process.exit(problems.length === 0 ? 0 : 1);
