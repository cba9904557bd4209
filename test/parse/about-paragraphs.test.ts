/**
 * The about paragraphs of the real reports: what reports and letters say
 * about the inspection itself (title page, information about the inspection
 * and the area, the inspection team, a letter's opening and closing), cited
 * "About ¶n", and never contact details, small print, salutations or
 * signatures. Read from the shipped index (the text sources parsed now, the
 * PDFs as ingested: test/pdf/corpus.test.ts holds those equal to the parser).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph, Report } from '../../src/model.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { loadSourceReports } from '../../src/search/sources.ts';

let reports: Report[];
beforeAll(async () => {
  reports = (await loadSourceReports(DEFAULT_INDEX_DIR)).reports;
});

const report = (id: string): Report => {
  const found = reports.find((r) => r.id === id);
  if (found === undefined) throw new Error(`about-paragraphs.test: expected a report ${id}, found none`);
  return found;
};
const about = (r: Report): Paragraph[] => r.paragraphs.filter((p) => p.kind === 'about');
const text = (id: string, label: string): string | undefined => report(id).paragraphs.find((p) => p.label === label && p.kind === 'about')?.text;

/** Lines of an address, a phone number, an email address or copyright small print. */
const CONTACT_OR_SMALL_PRINT: readonly RegExp[] = [
  /Piccadilly Gate|Store Street|\bManchester\s+M1\b|Kew, London/,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/,
  /\b0300\s?123|\b0161\s?618|Textphone|\bT(?:el)?:?\s+0\d{3}/,
  /\b\S+@\S+\.\w+/,
  /www\.|https?:\/\//,
  /©|Crown copyright|Open Government Licence|National Archives/i,
];
/** The one sentence with an email address that is Ofsted's own word on the action plan's deadline, kept whole. */
const DEADLINE_WITH_ADDRESS = /^So, in summary, you will therefore need to send us your action plan to ProtectionOfChildren@ofsted\.gov\.uk\./;

describe('about paragraphs of the real reports', () => {
  it('keeps a focused-visit letter’s opening and closing', () => {
    const id = 'north-northamptonshire-2023-focused-visit';
    expect(about(report(id)).map((p) => p.label)).toEqual(['About ¶1', 'About ¶2', 'About ¶3', 'About ¶4']);
    expect(text(id, 'About ¶1')).toBe(
      "This letter summarises the findings of the focused visit to North Northamptonshire children's services on 18 and 19 October 2023. His Majesty's Inspectors for this visit were Lisa Walsh and Kendra Bell.",
    );
    expect(text(id, 'About ¶3')).toBe(
      "This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors looked at a range of evidence, including case discussion with social workers and managers. They also looked at local authority performance management and quality assurance information and children's case records.",
    );
    expect(text(id, 'About ¶4')).toBe('Ofsted will take the findings of this focused visit into account when planning the next inspection or visit.');
    // The closing's deadline for the action plan after areas for priority action.
    expect(text('stockton-on-tees-2022-focused-visit', 'About ¶5')).toBe(
      'We have notified the Department for Education of the areas for priority action. You should submit an action plan that responds to these areas within 70 working days of receiving this letter. It would be very helpful if you can share an early draft of the action plan with us within 20 working days of receiving this letter.',
    );
    // An opening's bullets stay with the sentence they complete.
    expect(text('north-northamptonshire-2024-focused-visit', 'About ¶2')).toBe(
      "Inspectors looked at the local authority's arrangements for care leavers aged 18 to 25. This visit focused specifically on: Preparation and support into adulthood. Keeping in touch. The local offer for care leavers. Support for former unaccompanied asylum-seeking children.",
    );
  });

  it('keeps an ILACS report’s title-page statements, first', () => {
    const norfolk = report('norfolk-2022');
    expect(norfolk.paragraphs.slice(0, 2)).toEqual([
      { label: 'About ¶1', number: null, kind: 'about', section: 'About this inspection', text: 'Inspection dates: 7 to 18 November 2022' },
      { label: 'About ¶2', number: null, kind: 'about', section: 'About this inspection', text: "Lead inspector: Margaret Burke, His Majesty's Inspector" },
    ]);
    // The title set under the name joins it ("Lead inspector: Jan Edwards" / "Her Majesty's Inspector").
    expect(text('barnsley-2018', 'About ¶2')).toBe("Lead inspector: Jan Edwards Her Majesty's Inspector");
    // From a text source too.
    expect(about(report('bury-2025')).map((p) => p.text)).toEqual(['Inspection dates: 9 to 20 June 2025', "Lead inspector: Rebecca Dubbins, His Majesty's Inspector"]);
  });

  it('keeps a SIF report’s information about the inspection, the team and the area', () => {
    expect(text('barnsley-2014', 'About ¶1')).toBe('Inspection date: 2 June 2014 – 25 June 2014');
    expect(text('barnsley-2014', 'About ¶8')).toBe(
      "The inspection team consisted of five of Her Majesty's Inspectors (HMI) and an additional inspector from Ofsted, and one local authority seconded inspector.",
    );
    expect(text('barnsley-2014', 'About ¶9')).toBe('Lead inspector: Jansy Kelly');
    expect(text('barnsley-2014', 'About ¶25')).toBe("The previous inspection of Barnsley's safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.");
    // A text source: each line of the team is a paragraph of its own.
    expect(text('bury-2016', 'About ¶28')).toBe('Lead inspector: Sheena Doyle');
    expect(text('bury-2016', 'About ¶29')).toBe('Deputy lead inspector: Nick Stacey');
    // 2013: the evidence bullets under the numbered "About this inspection" paragraph, which stays a finding.
    expect(report('norfolk-2013').paragraphs.find((p) => p.label === '2')).toMatchObject({ kind: 'finding', text: 'The evidence evaluated by inspectors included:' });
    expect(text('norfolk-2013', 'About ¶6')).toBe(
      'a review of 32 case files for children and young people with a range of need. This provided a view of services provided over time and the quality of reporting, recording and decision making undertaken',
    );
  });

  it('gives every report its about paragraphs, labelled apart from the others', () => {
    for (const r of reports) {
      const ps = about(r);
      if (r.kind === 'council-paper') expect(ps, r.id).toEqual([]);
      else expect(ps.length, r.id).toBeGreaterThanOrEqual(r.kind === 'ilacs' || r.kind === 'ilacs-2026' ? 1 : 2);
      const section = r.kind === 'focused-visit' ? 'About this visit' : 'About this inspection';
      for (const [i, p] of ps.entries()) {
        expect(p, `${r.id} ${p.label}`).toMatchObject({ label: `About ¶${i + 1}`, number: null, section });
      }
    }
  });

  it('holds no address, phone number, email, web address or copyright line, salutation or signature', () => {
    for (const r of reports) {
      for (const p of about(r)) {
        const where = `${r.id} ${p.label}: ${p.text.slice(0, 80)}`;
        for (const re of CONTACT_OR_SMALL_PRINT) if (!DEADLINE_WITH_ADDRESS.test(p.text)) expect(p.text, where).not.toMatch(re);
        expect(p.text, where).not.toMatch(/^Dear\s|Yours? (?:sincerely|faithfully)|^cc\b/i);
        expect(p.text, where).not.toMatch(/^[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){1,3},?\s(?:(?:His|Her) Majesty's Inspector|HMI)\.?$/u);
        // Nor the report's judgement table, nor the grade definitions every SIF report prints.
        expect(p.text, where).not.toMatch(/^Judgement\s+Grade\b|^An outstanding (?:local authority|LSCB)\b/);
        for (const j of r.judgements) expect(p.text, where).not.toMatch(new RegExp(`^${j.area.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\W+${j.grade}\\.?$`, 'i'));
      }
    }
    const kept = reports.flatMap((r) => about(r)).filter((p) => DEADLINE_WITH_ADDRESS.test(p.text));
    expect(kept).toHaveLength(1);
  });
});
