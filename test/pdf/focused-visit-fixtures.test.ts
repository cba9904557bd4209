import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.ts';
import { extractLayout } from '../../src/pdf/extract-layout.ts';
import { parseFocusedVisit } from '../../src/pdf/parse-focused-visit.ts';
import { parsePdf, PdfError } from '../../src/pdf/parse-pdf.ts';
import { disambiguate, reportId } from '../../src/report-id.ts';
import { FIXTURES, FURNITURE } from './helpers.ts';
import { ABOUT_FURNITURE, LETTER_FURNITURE } from './focused-visit-checks.ts';

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const parse = (name: string): Promise<Report> => parsePdf(bytes(name), `fixtures/${name}`);
/** The letter's body: its findings and improvement items, without the opening and closing (about paragraphs). */
const body = (r: Report): Report['paragraphs'] => r.paragraphs.filter((p) => p.kind !== 'about');
const labels = (r: Report, kind: string): string[] => r.paragraphs.filter((p) => p.kind === kind).map((p) => p.label);
const text = (r: Report, label: string): string | undefined => r.paragraphs.find((p) => p.label === label)?.text;
const upTo = (n: number, prefix = ''): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function checkLetter(r: Report): void {
  expect(r.judgements).toEqual([]);
  expect(r.lscbJudgement).toBeNull();
  expect(new Set(r.paragraphs.map((p) => p.label)).size).toBe(r.paragraphs.length);
  for (const p of r.paragraphs) {
    // The opening and closing are about paragraphs: they say what the letter is and what follows it, never more.
    for (const re of [...FURNITURE, ...(p.kind === 'about' ? ABOUT_FURNITURE : LETTER_FURNITURE)]) expect(p.text, `${r.id} ${p.label}`).not.toMatch(re);
    expect(p.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u00a0\u2011\ue000-\uf8ff◼•]/);
  }
}

describe('parsePdf on focused-visit letters', () => {
  it('reads a 2023 letter with areas for priority action and unnumbered findings (Peterborough)', async () => {
    const r = await parse('peterborough-2023-focused-visit.pdf');
    expect(r).toMatchObject({
      id: 'peterborough-2023-focused-visit',
      authority: 'Peterborough',
      kind: 'focused-visit',
      inspectionStart: '2023-03-01',
      inspectionEnd: '2023-03-02',
      published: '2023-05-09',
      leadInspector: 'Tracey Ledder',
      themes: ['the front door'],
      source: 'fixtures/peterborough-2023-focused-visit.pdf',
    });
    expect(body(r)).toHaveLength(28);
    expect(labels(r, 'finding')).toEqual(upTo(21, '¶'));
    expect(labels(r, 'improvement')).toEqual(upTo(7, 'Improve ¶'));
    // The opening (visit, inspectors, theme, framework) comes first; the closing (next inspection, action plan) last.
    expect(labels(r, 'about')).toEqual(upTo(5, 'About ¶'));
    expect(r.paragraphs.map((p) => p.kind).join(' ')).toMatch(/^about about about (?!about).* about about$/);
    expect(text(r, 'About ¶5')).toMatch(/^We have notified the Department for Education of the areas for priority action\. You should submit an action plan .* within 70 working days of receiving this letter\./);
    expect(body(r).map((p) => p.section)).toEqual([
      'Headline findings',
      ...Array<string>(2).fill('Areas for priority action'),
      ...Array<string>(5).fill('What needs to improve in this area of social work practice?'),
      ...Array<string>(20).fill('Main findings'),
    ]);
    expect(text(r, 'Improve ¶1')).toBe(
      'The timeliness of response to contacts, referrals and multi-agency safeguarding hub (MASH) enquiries about children and subsequent visits from social workers.',
    );
    expect(text(r, 'Improve ¶5')).toBe('The quality of supervision.');
    expect(text(r, '¶7')).toBe(
      'Immediate and obvious risks to children and unborn babies are quickly recognised. Those children are allocated a social worker to progress the case.',
    );
    // The last finding ends before the closing boilerplate and the DfE notice.
    expect(text(r, '¶21')).toMatch(/^Workers in the MASH and assessment teams feel well supported in Peterborough\. .* process is prioritised over understanding the child's journey\.$/);
    checkLetter(r);
  });

  it('reads a 2020 letter whose findings are numbered and overview is not (Slough)', async () => {
    const r = await parse('slough-2020-focused-visit.pdf');
    expect(r).toMatchObject({
      id: 'slough-2020-focused-visit',
      authority: 'Slough',
      inspectionStart: '2020-10-13',
      inspectionEnd: '2020-10-13',
      published: '2020-11-27',
      leadInspector: 'Nicola Bennett',
      themes: [
        "the quality and impact of decision-making in help and protection, children in care and care leavers' services",
        'the impact of leadership on service development',
      ],
    });
    expect(body(r)).toHaveLength(31);
    expect(labels(r, 'about')).toEqual(upTo(5, 'About ¶'));
    expect(labels(r, 'finding')).toEqual([...upTo(5, 'Overview ¶'), ...upTo(22)]);
    expect(r.paragraphs.filter((p) => p.number !== null).map((p) => p.number)).toEqual(upTo(22).map(Number));
    expect(r.paragraphs.filter((p) => p.kind === 'improvement').map((p) => p.text)).toEqual([
      'the quality and timeliness of assessments, planning and interventions for children in need of help and protection',
      'the effectiveness of PLO processes.',
      'learning from case file audits',
      'the stability of the social care workforce.',
    ]);
    // "12.The virtual school ..." prints its number against the text; it is read as number 12 all the same.
    expect(text(r, '12')).toBe(
      'The virtual school has maintained strong links with carers and schools during the period of restrictions put in place as a result of the COVID-19 pandemic. Foster carers and school leaders hold the virtual school in high regard and have valued the regular communication and support they have received to assist children to continue their learning at home as well as at school.',
    );
    expect(r.paragraphs.find((p) => p.label === '1')?.section).toBe('Findings');
    checkLetter(r);
  });

  it('reads a 2019 letter whose findings are bullets, one finding each (Devon)', async () => {
    const r = await parse('devon-2019-focused-visit.pdf');
    expect(r).toMatchObject({
      id: 'devon-2019-focused-visit',
      authority: 'Devon',
      inspectionStart: '2019-05-01',
      inspectionEnd: '2019-05-02',
      published: '2019-05-28',
      leadInspector: 'Steve Lowe',
      themes: ['children in need and those who are subject to a child protection plan'],
    });
    expect(body(r)).toHaveLength(23);
    expect(labels(r, 'about')).toEqual(upTo(4, 'About ¶'));
    expect(labels(r, 'finding')).toEqual(upTo(19, '¶'));
    expect(labels(r, 'improvement')).toEqual(upTo(4, 'Improve ¶'));
    expect(r.paragraphs.filter((p) => p.section === 'Overview').map((p) => p.label)).toEqual(upTo(5, '¶'));
    expect(text(r, 'Improve ¶1')).toBe('the quality of assessments so that these include an analysis of all presenting risks and what they mean for a child');
    expect(text(r, '¶16')).toBe(
      'Thresholds are largely well understood, but this is not consistent across the locality areas. In some cases, children are moved at a time of crisis because escalating risks have not been addressed.',
    );
    expect(text(r, '¶19')).toBe(
      'When children are at a significant risk of harm and families are not making the changes required of them, legal services and the public law outline are used in a timely way. The letters to parents before proceedings are clear and concise.',
    );
    checkLetter(r);
  });

  it('gives a focused visit an id apart from an inspection of the same authority and year', () => {
    expect(reportId('Kent', 'focused-visit', '2023-01-23')).toBe('kent-2023-focused-visit');
    expect(reportId('Kent', 'ilacs', '2023-01-23')).toBe('kent-2023');
    expect(disambiguate('Kent', 'focused-visit', '2023-01-23')).toBe('kent-2023-01-focused-visit');
  });

  it('refuses what is not a letter it can read with a PdfError saying why', async () => {
    await expect(parse('html-error-page.pdf')).rejects.toThrow(PdfError);
    await expect(parse('html-error-page.pdf')).rejects.toThrow(/is an HTML page, not a PDF/);
    const whole = bytes('devon-2019-focused-visit.pdf');
    await expect(parsePdf(whole.slice(0, 40_000), 'cut.pdf')).rejects.toThrow(/parse-pdf: cut\.pdf is truncated/);
    // A letter naming no authority the registry knows is refused, never guessed from the file name.
    const layout = await extractLayout(whole);
    const renamed = {
      ...layout,
      lines: layout.lines.map((l) => ({ ...l, text: l.text.replace(/Devon/g, 'Atlantis'), cells: l.cells.map((c) => ({ ...c, text: c.text.replace(/Devon/g, 'Atlantis') })) })),
    };
    expect(() => parseFocusedVisit(renamed, '80461_devon/letter.pdf')).toThrow(/^focused-visit: expected a known local authority in the heading or opening of 80461_devon\/letter\.pdf, found "Focused visit to Atlantis/);
  });
});
