import { describe, expect, it } from 'vitest';
import { numbersOf, para, range, reportById } from './reports.ts';

describe('Bury 2016 (SIF with LSCB review)', () => {
  it('reads its metadata from the text', async () => {
    const r = await reportById('bury-2016');
    expect(r.authority).toBe('Bury');
    expect(r.kind).toBe('sif');
    expect(r.inspectionStart).toBe('2016-02-22');
    expect(r.inspectionEnd).toBe('2016-03-17');
    expect(r.published).toBe('2016-05-16');
    expect(r.leadInspector).toBe('Sheena Doyle');
  });

  it('has the overall grade and the five graded areas, grades clean of the stray letter', async () => {
    const r = await reportById('bury-2016');
    expect(r.judgements.map((j) => [j.area, j.areaKey, j.grade, j.gradeKey])).toEqual([
      ["Children's services in Bury", 'overall', 'Requires improvement to be good', 'requires-improvement'],
      ['Children who need help and protection', 'help-and-protection', 'Good', 'good'],
      ['Children looked after and achieving permanence', 'children-in-care', 'Requires improvement', 'requires-improvement'],
      ['Adoption performance', 'adoption', 'Good', 'good'],
      ['Experiences and progress of care leavers', 'care-leavers', 'Requires improvement', 'requires-improvement'],
      ['Leadership, management and governance', 'leadership', 'Good', 'good'],
    ]);
  });

  it('has the LSCB judgement apart from the table', async () => {
    const r = await reportById('bury-2016');
    expect(r.lscbJudgement).toEqual({ area: 'The Local Safeguarding Children Board', areaKey: 'other', grade: 'Good', gradeKey: 'good' });
    expect(r.judgements.some((j) => /safeguarding children board/i.test(j.area))).toBe(false);
  });

  it('numbers recommendations 1-11, findings 12-119, LSCB recommendations 120-124 and findings 125-140', async () => {
    const r = await reportById('bury-2016');
    expect(numbersOf(r)).toEqual(range(1, 140));
    expect(numbersOf(r, 'recommendation')).toEqual(range(1, 11));
    expect(numbersOf(r, 'finding')).toEqual(range(12, 119));
    expect(numbersOf(r, 'lscb-recommendation')).toEqual(range(120, 124));
    expect(numbersOf(r, 'lscb-finding')).toEqual(range(125, 140));
    expect(para(r, '1').text).toMatch(/^Improve social work practice and management oversight of children and young people looked after/);
    expect(para(r, '11').text).toBe('Improve the identification, assessment and support to privately fostered children, young people and their carers.');
    expect(para(r, '120').text).toBe(
      'Single-agency audits of practice should be regularly presented to the board to facilitate a broader understanding of strengths and weaknesses of practice across partner services.',
    );
  });

  it('recovers paragraph 25, printed without its number, between 24 and 26', async () => {
    const r = await reportById('bury-2016');
    const p = para(r, '25');
    expect(p.number).toBe(25);
    expect(p.kind).toBe('finding');
    expect(p.text).toMatch(/^Arrangements for identifying and supporting children and young people at risk of child sexual exploitation are robust and improving\./);
    expect(p.text).toMatch(/successful disruption activity and some successful prosecutions of perpetrators\.$/);
    const i = r.paragraphs.indexOf(p);
    expect(r.paragraphs[i - 1]?.label).toBe('24');
    expect(r.paragraphs[i + 1]?.label).toBe('26');
  });

  it('reads paragraph 125, printed without a bullet, as the first LSCB finding', async () => {
    const r = await reportById('bury-2016');
    const p = para(r, '125');
    expect(p.kind).toBe('lscb-finding');
    expect(p.section).toBe('Inspection findings – the Local Safeguarding Children Board');
    expect(p.text).toMatch(/^BSCB is meeting its statutory responsibilities\. It has clear protocols in place/);
  });

  it('puts findings under their sections and section summaries under their own labels', async () => {
    const r = await reportById('bury-2016');
    expect(para(r, '12').section).toBe('The experiences and progress of children who need help and protection');
    expect(para(r, '36').section).toBe('The experiences and progress of children looked after and achieving permanence');
    expect(para(r, '73').section).toBe('The graded judgement for adoption performance is that it is good');
    expect(para(r, '84').section).toBe('The graded judgement about the experience and progress of care leavers is that it requires improvement');
    expect(para(r, '119').section).toBe('Leadership, management and governance');
    expect(para(r, 'Help and protection summary ¶1').text).toMatch(/^Access to a wide range of effective help and support services/);
    // "Good" printed between the first and second summary paragraph is the section's grade, not a paragraph.
    expect(para(r, 'Help and protection summary ¶2').text).toMatch(/^Risk for all children and young people is well understood/);
    expect(r.paragraphs.filter((p) => p.label.startsWith('Help and protection summary'))).toHaveLength(9);
    expect(r.paragraphs.filter((p) => p.label.startsWith('Children in care summary'))).toHaveLength(9);
    expect(r.paragraphs.filter((p) => p.label.startsWith('Leadership summary'))).toHaveLength(4);
    expect(r.paragraphs.filter((p) => p.label.startsWith('LSCB summary')).map((p) => p.kind)).toEqual(Array(7).fill('lscb-finding'));
  });

  it('keeps the executive summary whole across its page break', async () => {
    const r = await reportById('bury-2016');
    const exec = r.paragraphs.filter((p) => p.section === 'Executive summary' && p.kind === 'summary');
    expect(exec).toHaveLength(11);
    expect(para(r, 'Summary ¶6').text).toContain(
      'Staff who were spoken to understand the needs of their children and young people well, but this is not always reflected in the written file. The files also lack',
    );
  });

  it('keeps the local authority data lists and the inspection team as about paragraphs only, and leaves out the contents page', async () => {
    const r = await reportById('bury-2016');
    const findings = r.paragraphs.filter((p) => p.kind !== 'about').map((p) => p.text).join('\n');
    const about = r.paragraphs.filter((p) => p.kind === 'about').map((p) => p.text).join('\n');
    for (const text of ['Approximately 43,000 children', 'Four children are unaccompanied asylum-seeking children.', 'there have been 19 adoptions', 'Sheena Doyle', 'Inspectors have looked closely at the experiences']) {
      expect(findings).not.toContain(text);
      expect(about).toContain(text);
    }
    expect(r.paragraphs.map((p) => p.text).join('\n')).not.toContain('achie permanence');
  });

  it('has 186 paragraphs: 140 numbered plus the unnumbered summaries, and 33 about paragraphs', async () => {
    const r = await reportById('bury-2016');
    expect(r.paragraphs.filter((p) => p.kind !== 'about')).toHaveLength(140 + 11 + 6 + 9 + 9 + 4 + 7);
    expect(r.paragraphs.filter((p) => p.kind === 'about')).toHaveLength(33);
  });
});
