import { describe, expect, it } from 'vitest';
import { numbersOf, para, range, reportById } from './reports.ts';

describe('Southend-on-Sea 2024 (ILACS)', () => {
  it('canonicalises "Southend-on-Sea city council" and reads the markdown-bold metadata', async () => {
    const r = await reportById('southend-on-sea-2024');
    expect(r.authority).toBe('Southend-on-Sea');
    expect(r.kind).toBe('ilacs');
    expect(r.inspectionStart).toBe('2024-10-14');
    expect(r.inspectionEnd).toBe('2024-10-25');
    expect(r.leadInspector).toBe('Margaret Burke');
  });

  it('has its judgement table with clean grades', async () => {
    const r = await reportById('southend-on-sea-2024');
    expect(r.judgements.map((j) => [j.areaKey, j.grade])).toEqual([
      ['leadership', 'Good'],
      ['help-and-protection', 'Good'],
      ['children-in-care', 'Requires improvement to be good'],
      ['care-leavers', 'Good'],
      ['overall', 'Good'],
    ]);
  });

  it('has numbered paragraphs 1-70 with none missing', async () => {
    const r = await reportById('southend-on-sea-2024');
    expect(numbersOf(r)).toEqual(range(1, 70));
    expect(para(r, '70').text).toBe(
      'Many workers have chosen to both live and work in Southend. They have seen positive cultural changes in the organisation and describe Southend as not just being a good place to live but now also a good place to work.',
    );
  });

  it('reads paragraph 3 whole across its page break', async () => {
    const r = await reportById('southend-on-sea-2024');
    const text = para(r, '3').text;
    expect(text).toMatch(/^Contacts and referrals are managed within a timely and effective system\./);
    expect(text).toContain('signpost parents effectively to additional services that provide assistance to families. The emergency duty service also provides');
    expect(text).toMatch(/an effective response to children's needs outside of office hours\.$/);
  });

  it('joins the other cut paragraphs (27, 34, 63)', async () => {
    const r = await reportById('southend-on-sea-2024');
    expect(para(r, '27').text).toContain('considerate of their views and enables them to be integrally involved');
    expect(para(r, '34').text).toMatch(/particularly for pupils who experience frequent social worker or placement changes\. This continuity helps children feel secure and understood\.$/);
    expect(para(r, '63').text).toContain('leaders recognise that there is more work to do to demonstrate the effectiveness');
  });

  it('keeps the three opening summary paragraphs and four improvements, headings without markdown', async () => {
    const r = await reportById('southend-on-sea-2024');
    expect(r.paragraphs.filter((p) => p.kind === 'summary').map((p) => p.label)).toEqual(['Summary ¶1', 'Summary ¶2', 'Summary ¶3']);
    const improve = r.paragraphs.filter((p) => p.kind === 'improvement');
    expect(improve.map((p) => p.text)).toEqual([
      'The response to children aged 16 and 17 years who present as homeless.',
      'The quality and consistency of direct work, including life-story work with children in care.',
      'The consistency and timeliness of permanence planning for children in care.',
      'The offer of support to care leavers aged 21+ and the equity of the offer to care leavers who live outside of Southend City.',
    ]);
    expect(improve[0]?.section).toBe('What needs to improve?');
    expect(para(r, '44').section).toBe('The experiences and progress of care leavers: good');
    expect(para(r, '43').section).toBe('The experiences and progress of children in care: requires improvement to be good');
    // Three summaries, four improvements and 70 findings after the title page's two about paragraphs.
    expect(r.paragraphs.map((p) => p.kind).slice(0, 3)).toEqual(['about', 'about', 'summary']);
    expect(r.paragraphs).toHaveLength(2 + 3 + 4 + 70);
  });
});
