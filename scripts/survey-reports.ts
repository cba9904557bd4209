/**
 * `npx tsx scripts/survey-reports.ts [index dir]`: flags parsed reports that
 * look wrong (no dates, numbering gaps, over-long paragraphs, missing grades),
 * for working on the parsers across the whole corpus.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../src/model.ts';
import { DEFAULT_INDEX_DIR } from '../src/search/index-file.ts';

const dir = path.join(process.argv[2] ?? DEFAULT_INDEX_DIR, 'reports');
const problems = new Map<string, string[]>();
const flag = (what: string, id: string): void => {
  problems.set(what, [...(problems.get(what) ?? []), id]);
};
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
  const r = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Report;
  if (r.published === null) flag('no publication date', r.id);
  if (r.inspectionStart === null) flag('no inspection date', r.id);
  if (r.leadInspector === null) flag('no lead inspector', r.id);
  const numbers = r.paragraphs.map((p) => p.number).filter((n): n is number => n !== null);
  const gaps: number[] = [];
  for (let n = 1; n <= Math.max(0, ...numbers); n++) if (!numbers.includes(n)) gaps.push(n);
  if (gaps.length > 0) flag('numbering gaps', `${r.id} (${gaps.length}: ${gaps.slice(0, 8).join(',')})`);
  const longest = Math.max(0, ...r.paragraphs.map((p) => p.text.length));
  if (longest > 3000) flag('paragraph over 3,000 characters', `${r.id} (${longest})`);
  if (r.kind !== 'focused-visit' && r.judgements.length < 4) flag('fewer than 4 grades', `${r.id} (${r.kind}, ${r.judgements.length})`);
  if (r.judgements.some((j) => j.gradeKey === 'other')) flag('unread grade', `${r.id} (${r.judgements.map((j) => j.grade).join('; ')})`);
  const glued = r.paragraphs.filter((p) => /[a-z]\.\s+[A-Z][a-z]+(?: [a-z]+){0,6}$/.test(p.text) && !/[.!?:;)”"]$/.test(p.text));
  if (glued.length > 0) flag('ends without punctuation (heading glued?)', `${r.id} (${glued.map((p) => p.label).join(',')})`);
  flag(`kind ${r.kind}`, r.id);
}
for (const [what, ids] of problems) {
  process.stdout.write(`${what}: ${ids.length}\n`);
  if (!what.startsWith('kind ')) process.stdout.write(`  ${ids.slice(0, 40).join('\n  ')}\n`);
}
