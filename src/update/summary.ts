/** The update's summary as text, for `npm run update` and the scheduled run's log. */
import type { UpdateItem, UpdateSummary } from './update.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function line(item: UpdateItem): string {
  const held = item.reportId === undefined ? '' : ` → ${item.reportId}`;
  const why = item.reason === undefined ? '' : `\n      ${item.reason}`;
  return `  ${item.authority}: ${item.description}${held}\n      ${item.url}${why}`;
}

/** A few lines: what was found, new, already held, refused and failed (with reasons), and what was skipped. */
export function formatSummary(summary: UpdateSummary): string {
  const out: string[] = [];
  const seconds = (summary.ms / 1000).toFixed(1);
  out.push(
    `Checked ${plural(summary.authorities, 'authority', 'authorities')} on ${summary.baseUrl} in ${seconds} s (${plural(summary.requests, 'request')}).`,
  );
  const skipped = Object.entries(summary.skipped).sort(([a], [b]) => a.localeCompare(b));
  const skippedCount = skipped.reduce((n, [, c]) => n + c, 0);
  if (summary.dryRun) {
    out.push(`Found ${plural(summary.found, 'inspection report or focused-visit letter', 'inspection reports and focused-visit letters')}: ${summary.held.length} already held, ${summary.toFetch.length} to fetch, ${summary.refused.length} refused, ${summary.failed.length} failed.`);
    if (summary.toFetch.length > 0) out.push('Would fetch:', ...summary.toFetch.map(line));
  } else {
    out.push(
      `Found ${plural(summary.found, 'inspection report or focused-visit letter', 'inspection reports and focused-visit letters')}: ${summary.new.length} new, ${summary.held.length} already held, ${summary.refused.length} refused, ${summary.failed.length} failed.`,
    );
    if (summary.new.length > 0) out.push('New:', ...summary.new.map(line));
  }
  if (summary.refused.length > 0) out.push('Refused:', ...summary.refused.map(line));
  if (summary.failed.length > 0) out.push('Failed (the next run tries again):', ...summary.failed.map(line));
  if (skippedCount > 0) {
    out.push(`Skipped ${plural(skippedCount, 'other document')} (only inspections and focused visits are fetched): ${skipped.map(([type, n]) => `${type} ${n}`).join(', ')}.`);
  }
  if (summary.index !== null) {
    out.push(`Index rebuilt: ${summary.index.reports} reports, ${summary.index.paragraphs} paragraphs, ${summary.index.bytes} bytes.`);
  } else if (!summary.dryRun) out.push('Index unchanged.');
  return out.join('\n');
}
