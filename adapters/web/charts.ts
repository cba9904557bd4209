/**
 * Charts drawn on the server as SVG: no client-side code. Each has a title
 * and a description for assistive technology (role="img"), labelled axes and
 * values written on the chart, and the page shows the same data as a table.
 * Numbers and fixed words only reach the markup through {@link html}, so any
 * text in a label is escaped.
 */
import type { Grade } from '../../src/index.ts';
import { html, type Html } from './html.ts';
import { GRADE_NAMES } from './grade-tags.ts';

/** Bar and marker colours, with the text colour that reads on each. */
const FILLS: Readonly<Partial<Record<Grade, { fill: string; text: string }>>> = {
  outstanding: { fill: '#003078', text: '#ffffff' },
  good: { fill: '#00703c', text: '#ffffff' },
  'requires-improvement': { fill: '#ffdd00', text: '#0b0c0c' },
  adequate: { fill: '#f47738', text: '#0b0c0c' },
  inadequate: { fill: '#d4351c', text: '#ffffff' },
};

/** The grades stacked, bottom first, and the order of the legend. */
export const STACK_ORDER: readonly Grade[] = ['inadequate', 'adequate', 'requires-improvement', 'good', 'outstanding'];

/** The grade scale on a timeline's vertical axis, top first; adequate shares requires improvement's step. */
const LEVELS: ReadonlyArray<{ grades: Grade[]; name: string }> = [
  { grades: ['outstanding'], name: 'Outstanding' },
  { grades: ['good'], name: 'Good' },
  { grades: ['requires-improvement', 'adequate'], name: 'Requires improvement' },
  { grades: ['inadequate'], name: 'Inadequate' },
];

const round = (n: number): number => Math.round(n * 10) / 10;

/** A row of swatches and grade names, each placed after the last name's width (about 8 px a character at 14 px). */
function legend(grades: readonly Grade[], x: number, y: number): Html {
  let at = x;
  return html`${grades.map((grade) => {
    const colours = FILLS[grade] ?? { fill: '#505a5f', text: '#ffffff' };
    const lx = at;
    at += 22 + GRADE_NAMES[grade].length * 8 + 24;
    return html`<rect x="${lx}" y="${y}" width="16" height="16" fill="${colours.fill}" stroke="#0b0c0c" stroke-width="1"/>
<text x="${lx + 22}" y="${y + 13}" font-size="14" fill="#0b0c0c">${GRADE_NAMES[grade]}</text>`;
  })}`;
}

function svgOpen(id: string, width: number, height: number, title: string, description: string): Html {
  return html`<svg class="app-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${description}</desc>`;
}

export interface TimelinePoint {
  /** ISO date the point sits at. */
  date: string;
  grade: Grade;
  /** Shown beside the point ("2021"). */
  label: string;
}

export interface ChartText {
  /** An id unique in the page, for aria-labelledby. */
  id: string;
  title: string;
  description: string;
}

/** A grade over time: one marker per inspection on a four-step grade axis, joined in date order. */
export function gradeTimeline(points: readonly TimelinePoint[], text: ChartText): Html {
  const width = 760;
  const height = 300;
  const left = 190;
  const right = 30;
  const top = 20;
  const bottom = 50;
  const plotted = points.filter((p) => LEVELS.some((l) => l.grades.includes(p.grade)));
  const years = plotted.map((p) => Number(p.date.slice(0, 4)) + (Number(p.date.slice(5, 7)) - 1) / 12);
  const from = Math.floor(Math.min(...years, new Date().getUTCFullYear()));
  const to = Math.ceil(Math.max(...years, from + 1)) + 1;
  const x = (year: number): number => round(left + ((year - from) / Math.max(to - from, 1)) * (width - left - right));
  const step = (height - top - bottom) / (LEVELS.length - 1);
  const y = (grade: Grade): number => round(top + LEVELS.findIndex((l) => l.grades.includes(grade)) * step);
  const coordinates = plotted.map((p, i) => ({ x: x(years[i] as number), y: y(p.grade), p }));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += to - from > 12 ? 2 : 1) ticks.push(year);
  return html`${svgOpen(text.id, width, height, text.title, text.description)}
${LEVELS.map((level, i) => html`<line x1="${left}" x2="${width - right}" y1="${round(top + i * step)}" y2="${round(top + i * step)}" stroke="#b1b4b6" stroke-width="1"/>
<text x="${left - 10}" y="${round(top + i * step + 5)}" text-anchor="end" font-size="16" fill="#0b0c0c">${level.name}</text>`)}
${ticks.map((year) => html`<text x="${x(year)}" y="${height - bottom + 25}" text-anchor="middle" font-size="16" fill="#0b0c0c">${year}</text>`)}
<text x="${round((left + width - right) / 2)}" y="${height - 5}" text-anchor="middle" font-size="16" fill="#0b0c0c">Year of inspection</text>
${coordinates.length > 1 ? html`<polyline points="${coordinates.map((c) => `${c.x},${c.y}`).join(' ')}" fill="none" stroke="#0b0c0c" stroke-width="3"/>` : null}
${coordinates.map((c) => html`<circle cx="${c.x}" cy="${c.y}" r="8" fill="${FILLS[c.p.grade]?.fill ?? '#505a5f'}" stroke="#0b0c0c" stroke-width="2"/>
<text x="${c.x}" y="${c.y - 14}" text-anchor="middle" font-size="14" font-weight="700" fill="#0b0c0c">${c.p.label}</text>`)}
</svg>`;
}

export interface StackedColumn {
  /** Shown under the column ("2025"). */
  label: string;
  counts: Partial<Record<Grade, number>>;
}

/** Columns of counts stacked by grade, each segment's count written on it, with a legend. */
export function gradeColumns(columns: readonly StackedColumn[], text: ChartText): Html {
  const width = 760;
  const height = 400;
  const left = 50;
  const right = 10;
  const top = 30;
  const bottom = 90;
  const totals = columns.map((c) => STACK_ORDER.reduce((sum, g) => sum + (c.counts[g] ?? 0), 0));
  const max = Math.max(10, ...totals);
  const tick = max > 100 ? 25 : max > 40 ? 10 : 5;
  const ceiling = Math.ceil(max / tick) * tick;
  const plotHeight = height - top - bottom;
  const y = (n: number): number => round(top + plotHeight - (n / ceiling) * plotHeight);
  const slot = (width - left - right) / Math.max(columns.length, 1);
  const barWidth = round(Math.min(40, slot * 0.7));
  const used = STACK_ORDER.filter((g) => columns.some((c) => (c.counts[g] ?? 0) > 0));
  const gridlines: number[] = [];
  for (let n = 0; n <= ceiling; n += tick) gridlines.push(n);
  return html`${svgOpen(text.id, width, height, text.title, text.description)}
${gridlines.map((n) => html`<line x1="${left}" x2="${width - right}" y1="${y(n)}" y2="${y(n)}" stroke="#b1b4b6" stroke-width="1"/>
<text x="${left - 8}" y="${y(n) + 5}" text-anchor="end" font-size="14" fill="#0b0c0c">${n}</text>`)}
${columns.map((column, i) => {
  const cx = left + slot * i + slot / 2;
  let base = 0;
  const segments = STACK_ORDER.map((grade) => {
    const n = column.counts[grade] ?? 0;
    if (n === 0) return null;
    const y0 = y(base);
    const y1 = y(base + n);
    base += n;
    const colours = FILLS[grade] ?? { fill: '#505a5f', text: '#ffffff' };
    return html`<rect x="${round(cx - barWidth / 2)}" y="${y1}" width="${barWidth}" height="${round(y0 - y1)}" fill="${colours.fill}" stroke="#0b0c0c" stroke-width="1"><title>${column.label}: ${n} ${GRADE_NAMES[grade].toLowerCase()}</title></rect>
${y0 - y1 >= 14 ? html`<text x="${round(cx)}" y="${round((y0 + y1) / 2 + 5)}" text-anchor="middle" font-size="12" fill="${colours.text}">${n}</text>` : null}`;
  });
  return html`${segments}<text x="${round(cx)}" y="${height - bottom + 20}" text-anchor="middle" font-size="14" fill="#0b0c0c">${column.label}</text>`;
})}
${legend(used, left, height - 40)}
<text x="${left}" y="12" font-size="14" fill="#0b0c0c">Number of authorities</text>
</svg>`;
}
