/**
 * Small pieces of alert wording shared by the Slack and Discord renderings,
 * so both say the same thing: the headline, the dates line, a grade change.
 */
import type { AlertGrade, ReportAlert } from '../../src/index.ts';

function longDate(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "New Ofsted report: Bury, ILACS" or "New Ofsted report: Bury, focused visit (children in care)". */
export function alertHeadline(alert: ReportAlert): string {
  const themes = alert.kind === 'focused-visit' && alert.themes.length > 0 ? ` (${alert.themes.join('; ')})` : '';
  const kind = alert.kind === 'focused-visit' ? 'focused visit' : `${alert.kindLabel} inspection`;
  return `New Ofsted report: ${alert.authority}, ${kind}${themes}`;
}

/** "Inspected 9 June to 20 June 2025 · published 1 August 2025". */
export function alertDates(alert: ReportAlert): string {
  const start = longDate(alert.inspectionStart);
  const end = longDate(alert.inspectionEnd);
  const published = longDate(alert.published);
  const parts: string[] = [];
  if (start !== null) parts.push(end !== null && end !== start ? `Inspected ${start} to ${end}` : `Inspected ${start}`);
  if (published !== null) parts.push(`published ${published}`);
  return parts.join(' · ');
}

const ARROWS = { up: '▲', down: '▼', same: '=', new: '' } as const;

/** "Good ▲ from Requires improvement to be good", "Good = as before", or just the grade. */
export function gradeChange(grade: AlertGrade): string {
  if (grade.previous === null || grade.change === 'new') return grade.grade;
  if (grade.change === 'same') return `${grade.grade} (unchanged)`;
  return `${grade.grade} ${ARROWS[grade.change]} from ${grade.previous}`;
}

/** The short area name ("The experiences and progress of care leavers" → "care leavers"). */
export function shortArea(area: string): string {
  return area
    .replace(/^the experiences and progress of (children and young people )?/i, '')
    .replace(/^the impact of leaders on social work practice with children and families$/i, 'Leadership')
    .replace(/^./, (c) => c.toUpperCase());
}
