/** Percentiles and one-line summaries for every benchmark script (nearest-rank percentiles). */

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** "p50 / p95 / max" in whole milliseconds. */
export function spread(values: readonly number[]): string {
  if (values.length === 0) return '-';
  const f = (n: number): string => Math.round(n).toLocaleString('en-GB');
  return `${f(percentile(values, 50))} / ${f(percentile(values, 95))} / ${f(Math.max(...values))} ms`;
}

/** Rows as a markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
