/**
 * The text parser's judgement tables (tab-separated cells) in the family of
 * layouts unseen reports print (issue #18), derived from the real tables of
 * the shipped text sources: two rows on one line, a row split over lines, a
 * grade before its area or on the next line, numbering, and the overall
 * grade in a sentence. Each must read to exactly the grades of the table as
 * printed; a table that cannot be read is kept with its paragraphs, its
 * grades marked unread with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/model.ts';
import { gradesIn } from '../../src/parse/judgement-rows.ts';
import { findJudgementTable } from '../../src/parse/judgement-table.ts';
import { parseReportText } from '../../src/parse/parse-report-text.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';

const SOURCES = path.join(DEFAULT_INDEX_DIR, 'sources');
/** Bury 2025 and Southend-on-Sea 2024 (ILACS), Bury 2016 and Somerset 2017 (SIF, with split words and numbering). */
const REPORTS = ['000_f67737c5b82a1da6.txt', '001_66b564227826b9bc.txt', '003_9c699254a3595f83.txt', '004_7c819755750bff18.txt'];

const exact = (js: readonly Judgement[]): string[] => js.map((j) => `${j.area} | ${j.areaKey} | ${j.grade} | ${j.gradeKey}`);
const keys = (js: readonly Judgement[]): string[] => js.map((j) => `${j.areaKey} | ${j.gradeKey}`);

/** A table line as printed: its area cells (tabs and split words kept) and its grade. */
interface Row {
  area: string;
  grade: string;
}

function rowOf(line: string): Row | null {
  const cells = line.split('\t').filter((c) => c.trim() !== '');
  const at = cells.findIndex((c) => gradesIn(c) !== null);
  if (at <= 0) return null;
  return { area: cells.slice(0, at).join('\t').trim(), grade: cells[at]?.trim() ?? '' };
}

interface Variant {
  name: string;
  lines: string[];
  overallMoved?: boolean;
}

/** The variants of the table in lines [start, end) of a report's text. */
function variantsOf(lines: readonly string[], start: number, end: number): Variant[] {
  const table = lines.slice(start, end);
  const rows = table.map(rowOf);
  const at = rows.flatMap((r, k) => (r === null ? [] : [k]));
  const variants: Variant[] = [];
  const swap = (name: string, from: number, count: number, replacement: string[], extra: Partial<Variant> = {}): void => {
    variants.push({ name, lines: [...lines.slice(0, start + from), ...replacement, ...lines.slice(start + from + count)], ...extra });
  };
  at.forEach((k, n) => {
    const row = rows[k] as Row;
    const next = at[n + 1];
    if (next === k + 1) {
      const b = rows[next] as Row;
      swap(`rows ${n + 1} and ${n + 2} side by side`, k, 2, [`${row.area}\t${row.grade}\t${b.area}\t${b.grade}`]);
      swap(`rows ${n + 1} and ${n + 2} joined: areas, then grades`, k, 2, [`${row.area} ${b.area}\t${row.grade} ${b.grade}`]);
    }
    const words = row.area.replace(/\t/g, '').split(' ');
    if (words.length >= 3) {
      const cut = Math.ceil(words.length / 2);
      const [head, tail] = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
      swap(`row ${n + 1} split over two lines`, k, 1, [`${head}\t`, `${tail}\t${row.grade}`]);
      swap(`row ${n + 1} split over two lines, the first without its tab`, k, 1, [head, `${tail}\t${row.grade}`]);
      swap(`row ${n + 1} split over two lines, its grade on the first`, k, 1, [`${head}\t${row.grade}`, `${tail}\t`]);
    }
    swap(`row ${n + 1}'s grade before its area`, k, 1, [`${row.grade}\t${row.area}`]);
    swap(`row ${n + 1}'s grade on the next line`, k, 1, [`${row.area}\t`, `\t${row.grade}`]);
    const number = /^\s*(\d(?:\.\d)?\.?)\s+(.*)$/s.exec(row.area);
    if (number !== null) swap(`row ${n + 1}'s number in a cell of its own`, k, 1, [`${number[1]}\t${number[2]}\t${row.grade}`]);
    // An ILACS overall row as a sentence under the table.
    if (/^overall effectiveness$/i.test(row.area)) {
      const sentence = `The overall effectiveness of children's services is ${row.grade.toLowerCase()}.`;
      variants.push({ name: 'overall in a sentence under the table', overallMoved: true, lines: [...lines.slice(0, start + k), ...lines.slice(start + k + 1, end), '', sentence, ...lines.slice(end)] });
    }
  });
  if (at.every((k) => !/^\s*\d/.test((rows[k] as Row).area))) {
    variants.push({
      name: 'rows numbered 1.1, 1.2, …',
      lines: [...lines.slice(0, start), ...table.map((l, k) => (rows[k] === null ? l : `1.${at.indexOf(k) + 1} ${l}`)), ...lines.slice(end)],
    });
  }
  // A SIF's overall statement as prose above the table, not a row of it.
  const statement = table.findIndex((l) => /^Children's services in /.test(l));
  if (statement !== -1) {
    const prose = (table[statement] as string).replace(/\t+/g, ' ').trim();
    variants.push({ name: 'overall statement as prose above the table', lines: [...lines.slice(0, start), prose, '', ...table.filter((_, k) => k !== statement), ...lines.slice(end)] });
  }
  return variants;
}

describe('text judgement tables in every layout of the family, from the shipped texts', () => {
  for (const file of REPORTS) {
    it(`${file}: every variant reads to the grades as printed, and the paragraphs stay whole`, () => {
      const text = readFileSync(path.join(SOURCES, file), 'utf8');
      const base = parseReportText(text, `sources/${file}`);
      const lines = text.split('\n');
      const table = findJudgementTable(lines);
      if (table === null) throw new Error(`expected a table in ${file}`);
      expect(base.gradesUnread).toBeUndefined();
      expect(base.judgements.length).toBeGreaterThanOrEqual(5);
      const variants = variantsOf(lines, table.start, table.end);
      expect(variants.length).toBeGreaterThan(15);
      const wrong: string[] = [];
      for (const v of variants) {
        const read = findJudgementTable(v.lines);
        const got = v.overallMoved === true ? keys(read?.judgements ?? []) : exact(read?.judgements ?? []);
        const want = v.overallMoved === true ? keys(base.judgements) : exact(base.judgements);
        if (JSON.stringify(got) !== JSON.stringify(want) || read?.unread !== undefined) wrong.push(`${v.name}: ${read?.unread ?? JSON.stringify(got)}`);
      }
      // The whole report, for the variants that move lines in and out of the table: its paragraphs stay whole.
      for (const v of variants.filter((x) => /split over two lines, the first without|statement as prose/.test(x.name))) {
        const report = parseReportText(v.lines.join('\n'), `sources/${file}`);
        if (JSON.stringify(exact(report.judgements)) !== JSON.stringify(exact(base.judgements))) wrong.push(`${v.name}: the whole report reads other grades`);
        if (JSON.stringify(report.paragraphs) !== JSON.stringify(base.paragraphs)) wrong.push(`${v.name}: ${report.paragraphs.length} paragraphs, not the ${base.paragraphs.length} printed`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('keeps a report whose table cannot be read, with its paragraphs, and says why its grades are unread', () => {
    const text = readFileSync(path.join(SOURCES, REPORTS[0] as string), 'utf8');
    const base = parseReportText(text, 'sources/bury-2025.txt');
    // A grade lost: five areas, four grades.
    const broken = text.replace('The experiences and progress of children in care\tRequires improvement to be good', 'The experiences and progress of children in care\t');
    const report = parseReportText(broken, 'sources/bury-2025.txt');
    expect(report.judgements).toEqual([]);
    expect(report.gradesUnread).toMatch(/^expected a grade for each area of the judgement table, read 5 areas \(.*\) and 4 grades \(Good, /);
    expect(report.paragraphs).toEqual(base.paragraphs);
    // No table at all: still a report, its grades unread.
    const none = parseReportText(text.replace(/^.*\t.*$/gm, ''), 'sources/bury-2025.txt');
    expect(none.gradesUnread).toBe('expected a judgement table near the top, found no tab-separated grade rows');
    expect(none.paragraphs.length).toBeGreaterThan(50);
  });
});
