import { describe, expect, it } from 'vitest';
import { para, reportById } from './reports.ts';

describe('Bury cabinet paper on the 2025 inspection', () => {
  it('is recognised as a council paper about Bury dated 10 September 2025', async () => {
    const r = await reportById('bury-2025-council-paper');
    expect(r.kind).toBe('council-paper');
    expect(r.authority).toBe('Bury');
    expect(r.inspectionStart).toBe('2025-09-10');
    expect(r.inspectionEnd).toBeNull();
    expect(r.published).toBe('2025-09-10');
    expect(r.judgements).toEqual([]);
    expect(r.lscbJudgement).toBeNull();
    expect(r.leadInspector).toBeNull();
  });

  it('has its paragraphs in order under their headings', async () => {
    const r = await reportById('bury-2025-council-paper');
    expect(r.paragraphs.every((p) => p.kind === 'paper')).toBe(true);
    expect(r.paragraphs.map((p) => [p.label, p.section])).toEqual([
      ['¶1', 'Summary'],
      ['¶2', 'Summary'],
      ['2.1', 'Recommendation(s)'],
      ['¶3', 'Reasons for recommendation(s)'],
      ['¶4', 'Reasons for recommendation(s)'],
      ['¶5', 'Reasons for recommendation(s)'],
      ['¶6', 'Reasons for recommendation(s)'],
      ['¶7', 'Reasons for recommendation(s)'],
      ['¶8', 'Reasons for recommendation(s)'],
      ['¶9', 'Next Steps'],
      ['¶10', 'Future engagement with Ofsted'],
      ['¶11', 'Future engagement with Ofsted'],
      ['¶12', 'Future engagement with Ofsted'],
      ['¶13', 'Future engagement with Ofsted'],
      ['¶14', 'Future engagement with Ofsted'],
      ['¶15', 'Links with the Corporate Priorities'],
      ['¶16', 'Equality Impact and Considerations'],
      ['¶17', 'Legal Implications'],
      ['¶18', 'Financial Implications'],
    ]);
  });

  it('cleans the HTML out of its text and keeps the ordinals', async () => {
    const r = await reportById('bury-2025-council-paper');
    expect(para(r, '¶1').text).toMatch(/^Bury's Children's Services was inspected in the 3 weeks at the start of June 2025\. The final report was published on July 29th and the outcome was positive/);
    expect(para(r, '¶3').text).toBe(
      "Inspection Bury's children's services took place in the 3 weeks from June 2nd to June 20th 2025. One week of information provision and analysis off-site by inspectors was followed by two weeks of on-site inspection.",
    );
    // The figure between them is dropped; the paragraph introducing it stays separate from the next.
    expect(para(r, '¶10').text).toMatch(/most recent inspection judgement\. – see graphic below:$/);
    expect(para(r, '¶11').text).toMatch(/^The standard or short inspections will usually happen once every 3 years, plus or minus 6 months/);
    expect(para(r, '2.1').text).toBe(
      "Cabinet should note the outcome of the recent Ofsted inspection of Children's Services and the time-horizon for future engagement.",
    );
    expect(para(r, '¶16').text).toMatch(/^Good quality children's services are instrumental/);
  });

  it('leaves out the header table, figure caption, contact details and glossary', async () => {
    const r = await reportById('bury-2025-council-paper');
    const all = r.paragraphs.map((p) => p.text).join('\n');
    for (const junk of ['Non-Key', 'Deputy Leader and Cabinet Member', 'Figure 2', 'Jeanette Richards', 'Executive Director of Children', 'Department for Education', '50283347', 'N/A']) {
      expect(all).not.toContain(junk);
    }
  });
});
