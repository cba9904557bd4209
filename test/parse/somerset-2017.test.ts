import { describe, expect, it } from 'vitest';
import { numbersOf, para, range, reportById } from './reports.ts';

describe('Somerset 2017 (SIF reinspection)', () => {
  it('reads its metadata from the text', async () => {
    const r = await reportById('somerset-2017');
    expect(r.authority).toBe('Somerset');
    expect(r.kind).toBe('sif');
    expect(r.inspectionStart).toBe('2017-11-07');
    expect(r.inspectionEnd).toBe('2017-11-30');
    expect(r.published).toBe('2018-01-29');
    expect(r.leadInspector).toBe('Caroline Walsh');
    expect(r.lscbJudgement).toBeNull();
  });

  it('reads the judgement areas cleanly despite the words split by tabs', async () => {
    const r = await reportById('somerset-2017');
    expect(r.judgements.map((j) => [j.area, j.areaKey, j.grade])).toEqual([
      ["Children's services in Somerset", 'overall', 'Requires improvement to be good'],
      ['Children who need help and protection', 'help-and-protection', 'Requires improvement'],
      ['Children looked after and achieving permanence', 'children-in-care', 'Requires improvement'],
      ['Adoption performance', 'adoption', 'Good'],
      ['Experiences and progress of care leavers', 'care-leavers', 'Requires improvement'],
      ['Leadership, management and governance', 'leadership', 'Requires improvement'],
    ]);
  });

  it('has numbered paragraphs 1-94: recommendations 1-13 and findings 14-94', async () => {
    const r = await reportById('somerset-2017');
    expect(numbersOf(r)).toEqual(range(1, 94));
    expect(numbersOf(r, 'recommendation')).toEqual(range(1, 13));
    expect(numbersOf(r, 'finding')).toEqual(range(14, 94));
  });

  it('includes the trailing continuation of paragraph 94', async () => {
    const r = await reportById('somerset-2017');
    expect(para(r, '94').text).toBe(
      'Supervision takes place regularly for the majority of social workers, although the quality of this varies considerably and it is not consistently reflective. ' +
        'Management oversight of work is also too variable and not all social workers benefit from consistently clear guidance and direction. ' +
        'The local authority needs to ensure that all frontline managers have the right skills to develop and support social workers. (Recommendation)',
    );
    expect(para(r, '94').section).toBe('Leadership, management and governance');
  });

  it('joins the executive summary across its page breaks', async () => {
    const r = await reportById('somerset-2017');
    const exec = r.paragraphs.filter((p) => p.section === 'Executive summary');
    expect(exec.map((p) => p.label)).toEqual(range(1, 12).map((n) => `Summary ¶${n}`));
    expect(para(r, 'Summary ¶7').text).toContain("There is good 'edge of care' work to prevent children from coming into care, and the local authority");
    expect(para(r, 'Summary ¶12').text).toMatch(/so that the current pace of change is maintained and accelerated further\. This reflects the scale of improvement required since the last inspection\.$/);
  });

  it('sections the adoption and care leavers findings under their graded-judgement headings', async () => {
    const r = await reportById('somerset-2017');
    expect(para(r, '56').section).toBe('The graded judgement for adoption performance is that it is good');
    expect(para(r, '67').section).toBe('The graded judgement about the experience and progress of care leavers is that it requires improvement to be good');
    expect(para(r, 'Leadership summary ¶1').text).toMatch(/^Since 2015, under the leadership of a committed director/);
  });

  it('leaves out the OCR-garbled line, and keeps the data lists and the inspection team as about paragraphs only', async () => {
    const r = await reportById('somerset-2017');
    const all = r.paragraphs.map((p) => p.text).join('\n');
    for (const junk of ['Tn tho lact', 'monine', 'Iaci']) expect(all).not.toContain(junk);
    const findings = r.paragraphs.filter((p) => p.kind !== 'about').map((p) => p.text).join('\n');
    const about = r.paragraphs.filter((p) => p.kind === 'about').map((p) => p.text).join('\n');
    for (const text of ['110,000 children', 'there have been 32 adoptions', 'Caroline Walsh', 'Overall effectiveness: inadequate']) {
      expect(findings).not.toContain(text);
      expect(about).toContain(text);
    }
  });
});
