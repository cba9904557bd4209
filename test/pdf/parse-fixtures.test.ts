import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.ts';
import { parsePdf } from '../../src/pdf/parse-pdf.ts';
import { FIXTURES, FURNITURE, numberGaps } from './helpers.ts';

const parse = (name: string, source = `fixtures/${name}`): Promise<Report> =>
  parsePdf(new Uint8Array(readFileSync(path.join(FIXTURES, name))), source);

function checkInvariants(r: Report): void {
  expect(numberGaps(r)).toEqual([]);
  expect(new Set(r.paragraphs.map((p) => p.label)).size).toBe(r.paragraphs.length);
  for (const p of r.paragraphs) {
    for (const re of FURNITURE) expect(p.text, `${r.id} ¶${p.label}`).not.toMatch(re);
    expect(p.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u00a0\u2011\ue000-\uf8ff◼]/);
  }
}

describe('parsePdf on committed fixtures', () => {
  it('reads an ILACS report with three areas and overall (Wiltshire 2019)', async () => {
    const r = await parse('wiltshire-2019.pdf', "80580_wiltshire/children's services inspection - 22 july 2019.pdf");
    expect(r).toMatchObject({ id: 'wiltshire-2019', authority: 'Wiltshire', kind: 'ilacs', inspectionStart: '2019-06-03', inspectionEnd: '2019-06-19', published: '2019-07-22', leadInspector: 'Steve Lowe' });
    expect(r.judgements.map((j) => [j.area, j.grade])).toEqual([
      ['The impact of leaders on social work practice with children and families', 'Good'],
      ['The experiences and progress of children who need help and protection', 'Good'],
      ['The experiences and progress of children in care and care leavers', 'Good'],
      ['Overall effectiveness', 'Good'],
    ]);
    expect(r.paragraphs.filter((p) => p.number !== null).at(-1)?.number).toBe(52);
    expect(r.paragraphs.find((p) => p.label === 'Improve ¶1')?.text).toBe('Raising awareness of private fostering in the local community.');
    expect(r.paragraphs.find((p) => p.label === '1')?.text).toMatch(/^Children and young people in Wiltshire benefit from increasingly timely and well-targeted early help services\./);
    checkInvariants(r);
  });

  it('reads a reformed 2026 report: four areas, no overall grade (Somerset 2026)', async () => {
    const r = await parse('somerset-2026.pdf');
    expect(r).toMatchObject({ id: 'somerset-2026', authority: 'Somerset', kind: 'ilacs-2026', inspectionStart: '2026-04-27', inspectionEnd: '2026-05-01', leadInspector: 'Alison Smale' });
    expect(r.judgements.map((j) => `${j.areaKey}:${j.gradeKey}`)).toEqual([
      'leadership:requires-improvement',
      'help-and-protection:requires-improvement',
      'children-in-care:requires-improvement',
      'care-leavers:good',
    ]);
    expect(r.paragraphs.filter((p) => p.number !== null)).toHaveLength(43);
    expect(r.paragraphs.find((p) => p.label === 'Improve ¶1')?.text).toBe(
      'The arrangements to identify, track and respond to children missing education. (National Framework, Outcome 1)',
    );
    checkInvariants(r);
  });

  it('reads a 2013 looked-after children inspection and its record of main findings (Norfolk 2013)', async () => {
    const r = await parse('norfolk-2013.pdf');
    expect(r).toMatchObject({ id: 'norfolk-2013', kind: 'lac-2012', inspectionStart: '2013-07-08', inspectionEnd: '2013-07-12', published: '2013-08-16', leadInspector: 'Gary Lamb' });
    expect(r.judgements.map((j) => [j.area, j.grade])).toEqual([
      ['Overall effectiveness', 'Inadequate'],
      ['Capacity to improve', 'Inadequate'],
      ['Outcomes for looked after children and young people', 'Inadequate'],
      ['Quality of provision', 'Inadequate'],
      ['Leadership and management', 'Inadequate'],
    ]);
    const numbers = r.paragraphs.filter((p) => p.kind !== 'about').map((p) => p.number);
    // ¶1-3 ("About this inspection") are boilerplate, but numbered: kept as findings, so numbering is whole.
    expect(numbers.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(r.paragraphs.find((p) => p.number === 1)?.section).toBe('About this inspection');
    // The title page's statements come first, and the evidence bullets under ¶2 follow it as about paragraphs.
    expect(r.paragraphs.slice(0, 3).map((p) => p.text)).toEqual(['Inspection dates: 8 – 12 July 2013', 'Reporting inspector Gary Lamb HMI', 'Published: 16 August 2013']);
    expect(r.paragraphs.map((p) => p.label).slice(3, 8)).toEqual(['1', '2', 'About ¶4', 'About ¶5', 'About ¶6']);
    expect(numbers.at(-1)).toBe(72);
    // Paragraph 15's bullet list (on the next page, under "Immediately:") belongs to it.
    const p15 = r.paragraphs.find((p) => p.label === '15');
    expect(p15?.kind).toBe('recommendation');
    expect(p15?.text).toMatch(/following action\. Immediately: ensure all elected members understand their corporate parenting duties/);
    checkInvariants(r);
  });

  it('reads a 2014 SIF report with wrapped grades and an LSCB judgement (Blackpool 2014)', async () => {
    const r = await parse('blackpool-2014.pdf');
    expect(r).toMatchObject({ id: 'blackpool-2014', authority: 'Blackpool', kind: 'sif', inspectionStart: '2014-07-02', inspectionEnd: '2014-07-23', published: '2014-09-08' });
    expect(r.judgements.map((j) => j.area)).toEqual([
      'Overall judgement',
      'Children who need help and protection',
      'Children looked after and achieving permanence',
      'Adoption performance',
      'Experiences and progress of care leavers',
      'Leadership, management and governance',
    ]);
    expect(new Set(r.judgements.map((j) => j.grade))).toEqual(new Set(['Requires improvement']));
    expect(r.lscbJudgement?.gradeKey).toBe('requires-improvement');
    expect(r.paragraphs.some((p) => p.kind === 'recommendation')).toBe(true);
    expect(r.paragraphs.some((p) => p.kind === 'lscb-finding')).toBe(true);
    checkInvariants(r);
  });

  it('keeps line-end hyphens of compound words and drops footnote markers', async () => {
    const r = await parse('somerset-2026.pdf');
    const all = r.paragraphs.map((p) => p.text).join('\n');
    expect(all).toContain('multi-agency');
    expect(all).not.toMatch(/multi- agency|multiagency/);
    expect(r.paragraphs.find((p) => p.section.startsWith('What needs to improve'))?.section).toBe('What needs to improve?');
  });
});
