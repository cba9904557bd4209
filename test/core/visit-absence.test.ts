/**
 * Lists by absence (src/query/kinds/visit-absence.ts): which councils have
 * had none of a kind of report in a time, and which have gone longest
 * without. Checked against the parsed reports' own dates, read here apart
 * from the code under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITIES } from '../../src/authorities.ts';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const REPORTS = path.join(import.meta.dirname, '..', '..', 'index-data', 'reports');

/** Each current North West council's focused visits, by first day on site, from the parsed reports. */
function northWestVisitStarts(): Map<string, string[]> {
  const starts = new Map(AUTHORITIES.filter((a) => a.region === 'North West' && a.until === null).map((a) => [a.name, [] as string[]]));
  for (const file of readdirSync(REPORTS)) {
    const report = JSON.parse(readFileSync(path.join(REPORTS, file), 'utf8')) as { authority: string; kind: string; inspectionStart: string | null };
    if (report.kind === 'focused-visit' && report.inspectionStart !== null) starts.get(report.authority)?.push(report.inspectionStart);
  }
  return starts;
}

describe('councils with none of a kind of report in a time', () => {
  it('lists the councils with no focused visit since 2022, not the visits there were', () => {
    const answer = ask("which councils in the north west haven't had a focused visit since 2022?");
    const none = [...northWestVisitStarts()].filter(([, starts]) => !starts.some((d) => d >= '2022-01-01')).map(([name]) => name);
    expect(none).toHaveLength(9);
    expect(answer.kind?.kind).toBe('visit-list');
    expect(answer.kind?.count).toBe(none.length);
    expect(answer.kind?.headline).toBe('9 authorities in the North West had no focused visit carried out since 2022; each is shown by its latest before then, longest without first:');
    // Each shown by its latest visit before 2022, oldest first; Cumberland, which has had none, is named in a note.
    expect(answer.kind?.visits?.map((v) => v.reportId)).toEqual([
      'manchester-2019-focused-visit',
      'bury-2020-focused-visit',
      'sefton-2021-focused-visit',
      'liverpool-2021-focused-visit',
      'lancashire-2021-focused-visit',
      'cheshire-east-2021-focused-visit',
      'oldham-2021-focused-visit',
      'warrington-2021-focused-visit',
    ]);
    expect(answer.kind?.notes).toContain('None at all in the reports I hold for Cumberland.');
  });

  it('says so when every council had one', () => {
    const answer = ask("which councils haven't had a full inspection since 2018?");
    expect(answer.kind?.headline).toBe('Every authority had an inspection carried out since 2018.');
    expect(answer.kind?.visits).toEqual([]);
  });

  it('ranks every council by its latest when asked who has gone longest without', () => {
    const answer = ask('which LAs have gone longest without an ILACS?');
    const visits = answer.kind?.visits ?? [];
    expect(answer.kind?.headline).toMatch(/^\d+ authorities by their latest ILACS inspection, longest without first:$/);
    const starts = visits.map((v) => v.inspectionStart ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(new Set(visits.map((v) => v.authority)).size).toBe(visits.length);
  });

  it('keeps the plain list for a question that names what was had', () => {
    const answer = ask('which councils had a focused visit in the north west since 2022?');
    expect(answer.kind?.headline).toBe('19 focused visits in the North West (15 authorities), carried out since 2022, latest first:');
  });
});
