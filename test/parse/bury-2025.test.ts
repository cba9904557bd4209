import { describe, expect, it } from 'vitest';
import { numbersOf, para, range, reportById } from './reports.ts';

const HELP = 'The experiences and progress of children who need help and protection: requires improvement to be good';
const CARE = 'The experiences and progress of children in care: requires improvement to be good';
const LEAVERS = 'The experiences and progress of care leavers: requires improvement to be good';
const LEADERS = 'The impact of leaders on social work practice with children and families: good';

describe('Bury 2025 (ILACS)', () => {
  it('reads its metadata from the text', async () => {
    const r = await reportById('bury-2025');
    expect(r.authority).toBe('Bury');
    expect(r.kind).toBe('ilacs');
    expect(r.inspectionStart).toBe('2025-06-09');
    expect(r.inspectionEnd).toBe('2025-06-20');
    expect(r.published).toBeNull();
    expect(r.leadInspector).toBe('Rebecca Dubbins');
    expect(r.lscbJudgement).toBeNull();
  });

  it('has five judgements with the exact grades, overall last', async () => {
    const r = await reportById('bury-2025');
    expect(r.judgements.map((j) => [j.area, j.areaKey, j.grade, j.gradeKey])).toEqual([
      ['The impact of leaders on social work practice with children and families', 'leadership', 'Good', 'good'],
      ['The experiences and progress of children who need help and protection', 'help-and-protection', 'Requires improvement to be good', 'requires-improvement'],
      ['The experiences and progress of children in care', 'children-in-care', 'Requires improvement to be good', 'requires-improvement'],
      ['The experiences and progress of care leavers', 'care-leavers', 'Requires improvement to be good', 'requires-improvement'],
      ['Overall effectiveness', 'overall', 'Requires improvement to be good', 'requires-improvement'],
    ]);
  });

  it('has the five areas for improvement, in order, without the footnote marker in the heading', async () => {
    const r = await reportById('bury-2025');
    const items = r.paragraphs.filter((p) => p.kind === 'improvement');
    expect(items.map((p) => p.label)).toEqual(['Improve ¶1', 'Improve ¶2', 'Improve ¶3', 'Improve ¶4', 'Improve ¶5']);
    expect(new Set(items.map((p) => p.section))).toEqual(new Set(['What needs to improve?']));
    expect(items[0]?.text).toBe(
      'The quality of plans and contingency planning for children, including timescales for action (outcome 3, national framework)',
    );
    expect(items[4]?.text).toBe(
      'The consistency of decisions by the local authority designated officer (LADO) and the extent to which those decisions are evidenced (outcome 3, national framework)',
    );
  });

  it('has numbered paragraphs 1-65 with none missing, all findings', async () => {
    const r = await reportById('bury-2025');
    expect(numbersOf(r)).toEqual(range(1, 65));
    expect(numbersOf(r, 'finding')).toEqual(range(1, 65));
    expect(para(r, '65').text).toMatch(/^Regular and appropriately focused training is provided .* positive impact of the changes made by leaders in their work\.$/);
  });

  it('puts each numbered paragraph under its section heading', async () => {
    const r = await reportById('bury-2025');
    const sectionOf = (n: number) => para(r, String(n)).section;
    for (const n of range(1, 19)) expect(sectionOf(n)).toBe(HELP);
    for (const n of range(20, 38)) expect(sectionOf(n)).toBe(CARE);
    for (const n of range(39, 52)) expect(sectionOf(n)).toBe(LEAVERS);
    for (const n of range(53, 65)) expect(sectionOf(n)).toBe(LEADERS);
  });

  it('reads paragraph 2 on from "seeking consent from" to "parents" with the footnote gone', async () => {
    const r = await reportById('bury-2025');
    const text = para(r, '2').text;
    expect(text).toMatch(/^When professionals are concerned about children, these concerns are appropriately referred/);
    expect(text).toContain('Social workers follow up concerns in a timely way, seeking consent from parents when this is appropriate. For some children');
    expect(text).toMatch(/the experiences of children over time are not always captured in decision-making\.$/);
    expect(text).not.toMatch(/cross-referenced|National Framework|statutory guidance|¹/);
    expect(text).not.toContain(' . ');
  });

  it('joins paragraphs 13, 25, 36, 43 and 56 across their page breaks', async () => {
    const r = await reportById('bury-2025');
    const p13 = para(r, '13').text;
    expect(p13).toContain(
      'have strengthened since the last inspection, but there remains inconsistency with some children not escalating into care proceedings soon enough.',
    );
    expect(p13).toContain("when this is safe to do so and in children's best interests. As a result, an increasingly higher number of families");
    expect(p13).toMatch(/necessary changes for children to remain at home\.$/);
    expect(para(r, '25').text).toBe(
      'The quality of direct work with children is highly variable, with much work being superficial and not addressing key issues. For most children in care, there is an absence of effective life-story work. As a result, children are not helped to understand their past experiences and journey into and through care.',
    );
    expect(para(r, '36').text).toContain('despite the sufficiency challenges, leaders have been highly effective');
    expect(para(r, '43').text).toMatch(/maintain their own tenancies\. For those with additional needs, options for supported accommodation are explored first\.$/);
    expect(para(r, '56').text).toContain('The executive director is ambitious for children and has been determined');
  });

  it('keeps the opening summary paragraphs, whole', async () => {
    const r = await reportById('bury-2025');
    const summary = r.paragraphs.filter((p) => p.kind === 'summary');
    expect(summary.map((p) => p.label)).toEqual(['Summary ¶1', 'Summary ¶2']);
    expect(summary.every((p) => p.number === null)).toBe(true);
    // After the title page's about paragraphs (inspection dates, lead inspector).
    expect(r.paragraphs.slice(2, 4)).toEqual(summary);
    expect(summary[0]?.text).toMatch(/^Services for children and families in Bury have improved since the last inspection in 2021, when the overall effectiveness was inadequate\./);
    expect(summary[0]?.text).toMatch(/appropriately focused services are available to support children and families\.$/);
    expect(summary[1]?.text).toContain('helped to stabilise the workforce and improve the quality of the work undertaken. Staff told inspectors');
    expect(summary[1]?.text).toMatch(/action to address cumulative harm is not consistently timely for these children\.$/);
  });

  it('has 72 paragraphs: two summary, five improvements, 65 findings; and two about paragraphs', async () => {
    const r = await reportById('bury-2025');
    expect(r.paragraphs.filter((p) => p.kind !== 'about')).toHaveLength(72);
    expect(r.paragraphs.filter((p) => p.kind === 'about').map((p) => p.label)).toEqual(['About ¶1', 'About ¶2']);
  });
});
