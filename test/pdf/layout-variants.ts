/**
 * Variant layouts of a real judgement table, for testing the table reader on
 * layouts the shipped reports do not show (issue #18): the table's own lines
 * (its areas and grades as printed, its columns and font size) rearranged the
 * ways other reports print them: two rows joined in one line, a row split
 * over lines, a grade above or below its area or on the next page, numbering
 * in a cell of its own or on an unnumbered table, and the overall grade in a
 * sentence rather than a cell (or in a cell rather than a sentence).
 */
import type { DocumentLayout, LayoutCell, LayoutLine } from '../../src/pdf/extract-layout.ts';

type Layout = Pick<DocumentLayout, 'lines' | 'bodySize'>;

/** One row of the table as printed: its area's lines and its grade's lines. */
interface Row {
  area: string[];
  grade: string[];
}

/** A real table: where it sits in the layout's lines, its columns and its rows. */
export interface Table {
  start: number;
  end: number;
  page: number;
  /** The top line's baseline, the area and grade columns' x, the font size. */
  top: number;
  areaX: number;
  gradeX: number;
  size: number;
  rows: Row[];
}

export interface Variant {
  name: string;
  layout: Layout;
  /** Whether the overall grade moved from a cell to a sentence or back, so its area reads differently. */
  overallMoved?: boolean;
}

const GRADE_START = /^(?:outstanding|good|adequate|inadequate|requires?|improvement|not judged|to be good)\b/i;

/** The table in lines [start, end) (as the reader found it), its rows grouped by the vertical gaps between them as printed. */
export function tableOf(lines: readonly LayoutLine[], start: number, end: number): Table {
  const gradeX = Math.min(...lines.slice(start, end).flatMap((l) => l.cells.filter((c) => c.x > 200 && GRADE_START.test(c.text)).map((c) => c.x)));
  const table = lines.slice(start, end);
  const rows: Row[] = [];
  let previous: LayoutLine | null = null;
  for (const line of table) {
    const left = line.cells.filter((c) => c.x < gradeX - 8).map((c) => c.text).join(' ');
    const right = line.cells.filter((c) => c.x >= gradeX - 8).map((c) => c.text).join(' ');
    const row = rows.at(-1);
    if (row === undefined || previous === null || previous.y - line.y > 1.6 * line.size) rows.push({ area: left === '' ? [] : [left], grade: right === '' ? [] : [right] });
    else {
      if (left !== '') row.area.push(left);
      if (right !== '') row.grade.push(right);
    }
    previous = line;
  }
  const first = table[0] as LayoutLine;
  const areaX = Math.min(...table.flatMap((l) => l.cells.filter((c) => c.x < gradeX - 8).map((c) => c.x)));
  return { start, end, page: first.page, top: first.y, areaX, gradeX, size: first.size, rows };
}

function cell(x: number, text: string, size: number, limit: number): LayoutCell {
  // About half an em a character, kept clear of the next column (a real layout would wrap the text).
  return { x, xEnd: Math.min(x + text.length * size * 0.5, limit), text, size, bold: false };
}

function line(page: number, y: number, size: number, cells: LayoutCell[]): LayoutLine {
  const sorted = [...cells].sort((a, b) => a.x - b.x);
  return {
    page,
    y,
    x: sorted[0]?.x ?? 0,
    xEnd: Math.max(...sorted.map((c) => c.xEnd)),
    size,
    bold: false,
    cells: sorted,
    text: sorted.map((c) => c.text).join(' '),
    marker: null,
  };
}

/** How one row is laid out. */
interface RowLayout {
  /** Where the grade sits: beside the area's first line (as printed), on a line above it or below it. */
  grade?: 'beside' | 'above' | 'below';
  /** After which area line a wide gap comes (a row split over lines), if any. */
  gapAfter?: number;
  /** The row number printed in a cell of its own, left of the area. */
  numberCell?: string;
}

/** The table's rows drawn as lines from its top down, in its columns and size. */
function draw(t: Table, rows: readonly Row[], layouts: ReadonlyArray<RowLayout | undefined> = []): LayoutLine[] {
  const step = t.size * 1.2;
  const rowGap = t.size * 2.3;
  const out: LayoutLine[] = [];
  let y = t.top;
  const areaLimit = t.gradeX - 10;
  rows.forEach((row, r) => {
    if (r > 0) y -= rowGap;
    const how = layouts[r] ?? {};
    const gradeCells = (text: string): LayoutCell[] => [cell(t.gradeX, text, t.size, 560)];
    if (how.grade === 'above') {
      for (const g of row.grade) {
        out.push(line(t.page, y, t.size, gradeCells(g)));
        y -= step;
      }
    }
    row.area.forEach((text, k) => {
      const cells = [cell(t.areaX, text, t.size, areaLimit)];
      if (k === 0 && how.numberCell !== undefined) {
        cells[0] = cell(t.areaX + 30, text, t.size, areaLimit);
        cells.push(cell(t.areaX, how.numberCell, t.size, t.areaX + 20));
      }
      const beside = (how.grade ?? 'beside') === 'beside' ? row.grade[k] : undefined;
      if (beside !== undefined) cells.push(...gradeCells(beside));
      out.push(line(t.page, y, t.size, cells));
      y -= k === how.gapAfter ? rowGap : step;
    });
    if ((how.grade ?? 'beside') === 'beside') {
      for (const g of row.grade.slice(row.area.length)) {
        out.push(line(t.page, y, t.size, gradeCells(g)));
        y -= step;
      }
    }
    if (how.grade === 'below') for (const g of row.grade) {
      out.push(line(t.page, y, t.size, gradeCells(g)));
      y -= step;
    }
    y += step;
  });
  return out;
}

/** `layout` with the table's lines replaced, what follows on its page moved down where the new table is longer. */
function replaced(layout: Layout, t: Table, lines: readonly LayoutLine[]): Layout {
  const oldBottom = (layout.lines[t.end - 1] as LayoutLine).y;
  const newBottom = Math.min(...lines.filter((l) => l.page === t.page).map((l) => l.y));
  const lower = Math.max(0, oldBottom - newBottom);
  const after = layout.lines.slice(t.end).map((l) => (l.page === t.page && lower > 0 ? { ...l, y: l.y - lower } : l));
  return { bodySize: layout.bodySize, lines: [...layout.lines.slice(0, t.start), ...lines, ...after] };
}

/** The area and grade of a row on one line each. */
function flat(row: Row): Row {
  return { area: [row.area.join(' ')], grade: [row.grade.join(' ')] };
}

/** "2.1 Adoption performance" → ["2.1", "Adoption performance"]. */
function numbered(text: string): [string, string] | null {
  const m = /^(\d(?:\.\d)?\.?)\s+(.*)$/.exec(text);
  return m === null ? null : [m[1] ?? '', m[2] ?? ''];
}

/** Every variant of the table in lines [start, end) of `layout`. */
export function variantsOf(layout: Layout, span: { start: number; end: number }, kind: 'ilacs' | 'sif' | 'lac'): Variant[] {
  const t = tableOf(layout.lines, span.start, span.end);
  const variants: Variant[] = [];
  const add = (name: string, lines: LayoutLine[], extra: Partial<Variant> = {}): void => {
    variants.push({ name, layout: replaced(layout, t, lines), ...extra });
  };
  const rows = t.rows;
  // As printed, redrawn: the drawing itself must not change the reading.
  add('redrawn', draw(t, rows));
  // Two rows joined in one line: "Adoption performance 2.2 Experiences and progress of care leavers" / "Requires improvement Requires improvement".
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = flat(rows[i] as Row);
    const b = flat(rows[i + 1] as Row);
    const joined = { area: [`${a.area[0]} ${b.area[0]}`], grade: [`${a.grade[0]} ${b.grade[0]}`] };
    add(`rows ${i + 1} and ${i + 2} joined in one line`, draw(t, [...rows.slice(0, i), joined, ...rows.slice(i + 2)]));
  }
  rows.forEach((row, i) => {
    const words = row.area.join(' ').split(' ');
    const others = (r: Row): Row[] => rows.map((x, k) => (k === i ? r : x));
    const layoutOf = (how: RowLayout): Array<RowLayout | undefined> => rows.map((_, k) => (k === i ? how : undefined));
    if (words.length >= 2) {
      // A row split over two lines with a wide gap between, its grade beside the first.
      const cut = Math.ceil(words.length / 2);
      const split = { area: [words.slice(0, cut).join(' '), words.slice(cut).join(' ')], grade: [row.grade.join(' ')] };
      add(`row ${i + 1} split over lines`, draw(t, others(split), layoutOf({ gapAfter: 0 })));
      add(`row ${i + 1} split over lines, its grade after both`, draw(t, others(split), layoutOf({ gapAfter: 0, grade: 'below' })));
    }
    // A grade above its area (centred against a wrap), or below it.
    add(`row ${i + 1}'s grade above its area`, draw(t, others(row), layoutOf({ grade: 'above' })));
    add(`row ${i + 1}'s grade below its area`, draw(t, others(row), layoutOf({ grade: 'below' })));
    // Its grade wrapped word by word ("Requires" / "Improvement").
    const gradeWords = row.grade.join(' ').split(' ');
    if (gradeWords.length > 1) add(`row ${i + 1}'s grade wrapped`, draw(t, others({ area: row.area, grade: gradeWords.map((w, k) => (k === 1 ? w.charAt(0).toUpperCase() + w.slice(1) : w)) })));
    // Numbering: in a cell of its own (SIF), or added to an unnumbered table.
    const number = numbered(row.area[0] ?? '');
    if (number !== null) add(`row ${i + 1}'s number in a cell of its own`, draw(t, others({ area: [number[1], ...row.area.slice(1)], grade: row.grade }), layoutOf({ numberCell: number[0] })));
  });
  if (rows.every((r) => numbered(r.area[0] ?? '') === null)) {
    add('rows numbered', draw(t, rows.map((r, k) => ({ area: [`${k + 1}. ${r.area[0]}`, ...r.area.slice(1)], grade: r.grade }))));
    add('rows numbered 1.1, 1.2, …', draw(t, rows.map((r, k) => ({ area: [`1.${k + 1} ${r.area[0]}`, ...r.area.slice(1)], grade: r.grade }))));
  }
  // The last row, or only its grade, on the next page; what followed the table moves with it.
  for (const what of ['grade', 'row'] as const) {
    const lastRow = rows.at(-1) as Row;
    const before = draw(t, rows.slice(0, -1));
    const last = draw(t, rows).slice(before.length);
    // The grade leaves its lines (a line left empty goes), or the whole row goes.
    const kept =
      what === 'grade'
        ? [...before, ...last.map((l) => line(l.page, l.y, l.size, l.cells.filter((c) => c.x !== t.gradeX))).filter((l) => l.cells.length > 0)]
        : before;
    const moved = what === 'grade' ? lastRow.grade.map((g) => line(t.page, 0, t.size, [cell(t.gradeX, g, t.size, 560)])) : last;
    const onNext = moved.map((l, k) => ({ ...l, page: t.page + 1, y: 760 - k * t.size * 1.2 }));
    const after = layout.lines.slice(t.end).map((l) => ({ ...l, page: l.page + 1 }));
    variants.push({ name: `the last ${what === 'grade' ? "row's grade" : 'row'} on the next page`, layout: { bodySize: layout.bodySize, lines: [...layout.lines.slice(0, t.start), ...kept, ...onNext, ...after] } });
  }
  if (kind === 'ilacs') {
    // The overall grade in a sentence under the table rather than a cell.
    const overall = rows.findIndex((r) => /^overall effectiveness$/i.test(r.area.join(' ')));
    if (overall !== -1) {
      const grade = (rows[overall] as Row).grade.join(' ').toLowerCase();
      for (const sentence of [`The overall effectiveness of children's services is ${grade}.`, `Overall effectiveness: ${grade}`]) {
        const under = line(t.page, t.top - 400, t.size, [{ x: t.areaX - 6, xEnd: 520, text: sentence, size: t.size, bold: false }]);
        add(`overall in a sentence: "${sentence}"`, [...draw(t, rows.filter((_, k) => k !== overall)), under], { overallMoved: true });
      }
    }
  }
  return variants;
}

/**
 * A SIF's overall statement ("The overall judgement is that children's
 * services require improvement.", in bold over one or two lines above the
 * table) reworded the ways other reports print it, and moved under the table.
 */
export function statementVariants(layout: Layout, span: { start: number; end: number }, authority: string, grade: string): Variant[] {
  const t = tableOf(layout.lines, span.start, span.end);
  const first = layout.lines.findIndex((l, i) => i < t.start && l.page === t.page && /^(?:The overall judgement|Children's services in)\b/.test(l.text));
  if (first === -1) return [];
  let last = first + 1;
  while (last < t.start && (layout.lines[last] as LayoutLine).bold && !/^1\.\s/.test((layout.lines[last] as LayoutLine).text)) last++;
  const at = layout.lines[first] as LayoutLine;
  const g = grade.toLowerCase();
  const verb = g.startsWith('requires') ? g.replace(/^requires/, 'require') : `are ${g}`;
  const wordings = [
    `Children's services in ${authority} ${verb}`,
    `The overall judgement is that children's services ${g.startsWith('requires') ? verb : `are judged to be ${g}`}`,
    `Overall effectiveness: ${g}`,
  ];
  const variants: Variant[] = [];
  for (const text of wordings) {
    const statement = line(at.page, at.y, at.size, [{ x: at.x, xEnd: 520, text, size: at.size, bold: true }]);
    variants.push({ name: `overall statement "${text}"`, overallMoved: true, layout: { bodySize: layout.bodySize, lines: [...layout.lines.slice(0, first), statement, ...layout.lines.slice(last)] } });
    // The same statement under the table instead of above it.
    const under = { ...statement, y: (layout.lines[t.end - 1] as LayoutLine).y - 3 * at.size };
    variants.push({
      name: `overall statement "${text}" under the table`,
      overallMoved: true,
      layout: { bodySize: layout.bodySize, lines: [...layout.lines.slice(0, first), ...layout.lines.slice(last, t.end), under, ...layout.lines.slice(t.end)] },
    });
  }
  return variants;
}
