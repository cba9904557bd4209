/**
 * The parser's pieces on lines taken from the real reports (and the date
 * formats found across the PDF corpus).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanInline, isFootnoteLine, stripGluedFootnote } from '../../src/parse/clean-text.ts';
import { parseDate, parseDateRange } from '../../src/parse/dates.ts';
import { areaKey } from '../../src/parse/judgement-keys.ts';
import { readLscbStatement, readOverallLine, readTableRow } from '../../src/parse/judgement-table.ts';
import { classifyLine } from '../../src/parse/line-kinds.ts';
import { parseReportText } from '../../src/parse/parse-report-text.ts';
import { allReports, SOURCES_DIR } from './reports.ts';

describe('dates', () => {
  it('reads the ranges as printed', () => {
    expect(parseDateRange('9 to 20 June 2025')).toEqual({ start: '2025-06-09', end: '2025-06-20' });
    expect(parseDateRange('14 October 2024 to 25 October 2024')).toEqual({ start: '2024-10-14', end: '2024-10-25' });
    expect(parseDateRange('22 February 2016 – 17 March 2016')).toEqual({ start: '2016-02-22', end: '2016-03-17' });
    expect(parseDateRange('28 November to 9 December 2022')).toEqual({ start: '2022-11-28', end: '2022-12-09' });
    expect(parseDateRange('30 December 2019 to 10 January 2020')).toEqual({ start: '2019-12-30', end: '2020-01-10' });
    expect(parseDateRange('9–20 June 2025')).toEqual({ start: '2025-06-09', end: '2025-06-20' });
    expect(parseDateRange('nothing here')).toEqual({ start: null, end: null });
  });

  it("reads a start year misprinted a year early as the end's (Darlington's 2023 letter), but keeps a range that truly crosses a year", () => {
    expect(parseDateRange('24 October 2022 to 25 October 2023')).toEqual({ start: '2023-10-24', end: '2023-10-25' });
    expect(parseDateRange('30 December 2019 to 10 January 2020')).toEqual({ start: '2019-12-30', end: '2020-01-10' });
    // Over half a year, but no start in the end's year comes before the end: left as printed.
    expect(parseDateRange('20 November 2022 to 10 June 2023')).toEqual({ start: '2022-11-20', end: '2023-06-10' });
  });

  it('reads single dates, ordinals included, and rejects impossible ones', () => {
    expect(parseDate('10 September 2025')).toBe('2025-09-10');
    expect(parseDate('29th July 2025')).toBe('2025-07-29');
    expect(parseDate('31 June 2025')).toBeNull();
  });
});

describe('cleaning', () => {
  it('removes markdown, HTML and footnote markers but keeps ordinals and escaped characters', () => {
    expect(cleanInline('## **What needs to improve?**')).toBe('What needs to improve?');
    expect(cleanInline('# Review of the effectiveness of the Local Safeguarding Children Board<sup>1</sup>')).toBe(
      'Review of the effectiveness of the Local Safeguarding Children Board',
    );
    expect(cleanInline('published on July 29<sup>th</sup> and')).toBe('published on July 29th and');
    expect(cleanInline('will <u>usually</u> happen')).toBe('will usually happen');
    expect(cleanInline('email [enquiries@ofsted.gov.uk](mailto:enquiries@ofsted.gov.uk).')).toBe('email enquiries@ofsted.gov.uk.');
    expect(cleanInline('available at <https://reports.ofsted.gov.uk/>.')).toBe('available at https://reports.ofsted.gov.uk/.');
    expect(cleanInline('five GCSEs at A\\* to C grade')).toBe('five GCSEs at A* to C grade');
    expect(cleanInline('#### ■ In the last 12 months:')).toBe('In the last 12 months:');
    expect(cleanInline('residential special schools<sup>3</sup>, all')).toBe('residential special schools, all');
  });

  it('strips a footnote marker glued to a heading', () => {
    expect(stripGluedFootnote('What needs to improve?1')).toBe('What needs to improve?');
  });

  it('recognises the footnote lines of all three shapes', () => {
    expect(isFootnoteLine('¹ The areas for improvement have been cross-referenced')).toBe(true);
    expect(isFootnoteLine('<sup>1</sup> Ofsted produces this report')).toBe(true);
    expect(isFootnoteLine('<sup>&</sup>lt;sup>2</sup> The local authority was given the opportunity')).toBe(true);
    expect(isFootnoteLine('1. Children and families in Southend benefit')).toBe(false);
  });
});

describe('line kinds', () => {
  it('tells items, stray bullets, plain headings, grade lines and furniture apart', () => {
    expect(classifyLine('- 13. Management oversight and')).toEqual({ type: 'item', number: 13, printed: null, bullet: true, text: 'Management oversight and' });
    expect(classifyLine('125. BSCB is meeting')).toEqual({ type: 'item', number: 125, printed: null, bullet: false, text: 'BSCB is meeting' });
    expect(classifyLine('2.1 Cabinet should note')).toEqual({ type: 'item', number: null, printed: '2.1', bullet: false, text: 'Cabinet should note' });
    expect(classifyLine('- interests. As a result')).toEqual({ type: 'item', number: null, printed: null, bullet: true, text: 'interests. As a result' });
    expect(classifyLine('What needs to improve?1')).toEqual({ type: 'heading', text: 'What needs to improve?' });
    expect(classifyLine('The impact of leaders on social work practice with children and families: good')).toEqual({
      type: 'heading',
      text: 'The impact of leaders on social work practice with children and families: good',
    });
    expect(classifyLine('Good')).toEqual({ type: 'heading', text: 'Good' });
    expect(classifyLine('**Equality Impact and Considerations:** Good quality')).toEqual({
      type: 'heading-with-text',
      heading: 'Equality Impact and Considerations',
      text: 'Good quality',
    });
    for (const junk of ['.', '_\tTn\ttho\tlact\t12\tmonths', 'The local authority\t5', 'Figure 2. The proportionate inspection pathways for ILACS', '© Crown copyright 2025']) {
      expect(classifyLine(junk)).toEqual({ type: 'furniture' });
    }
    expect(classifyLine('  Management oversight of work').type).toBe('text');
  });
});

describe('judgement rows', () => {
  it('joins words split across cells and drops stray letters and numbering', () => {
    expect(readTableRow('1. Chil\tdren who need help and protection\tRequires improvement\t\t\t\t')).toMatchObject({
      area: 'Children who need help and protection',
      grade: 'Requires improvement',
    });
    expect(readTableRow('3. Lea\tdership, management and governance\tRequires improvement')?.area).toBe('Leadership, management and governance');
    expect(readTableRow('2.2 Experiences and progress of care leavers\ts Requires improvement\t')?.grade).toBe('Requires improvement');
    expect(readTableRow('Judgement\tGrade')).toBeNull();
  });

  it('reads the SIF overall line and the LSCB statement', () => {
    expect(readOverallLine("Children's services in Bury require improvement to be good\t\t")).toEqual({
      area: "Children's services in Bury",
      areaKey: 'overall',
      grade: 'Requires improvement to be good',
      gradeKey: 'requires-improvement',
    });
    expect(readLscbStatement('The Local Safeguarding Children Board is good')?.grade).toBe('Good');
    expect(readLscbStatement('The Local Safeguarding Children Board requires improvement')?.grade).toBe('Requires improvement');
    expect(classifyLine('The Local Safeguarding Children Board requires improvement')).toEqual({
      type: 'heading',
      text: 'The Local Safeguarding Children Board requires improvement',
    });
    expect(readLscbStatement('The Local Safeguarding Children Board (LSCB)')).toBeNull();
    expect(areaKey('The Local Safeguarding Children Board')).toBe('other');
  });
});

describe('parseReportText', () => {
  it('takes metadata from the text, whatever the file is called', async () => {
    const text = await readFile(join(SOURCES_DIR, '000_f67737c5b82a1da6.txt'), 'utf8');
    const report = parseReportText(text, 'elsewhere/southend-2019.txt');
    const shipped = (await allReports()).find((r) => r.id === report.id);
    expect(report.id).toBe('bury-2025');
    expect(report.source).toBe('elsewhere/southend-2019.txt');
    expect(report.paragraphs).toEqual(shipped?.paragraphs);
  });

  it('reads Windows line endings the same way', async () => {
    const text = await readFile(join(SOURCES_DIR, '001_66b564227826b9bc.txt'), 'utf8');
    const crlf = parseReportText(text.replace(/\n/g, '\r\n'), 'x.txt');
    const lf = parseReportText(text, 'x.txt');
    expect(crlf.paragraphs).toEqual(lf.paragraphs);
  });

  it('says what it expected when the text is not a report', () => {
    expect(() => parseReportText('Minutes of the parish council\n\nApologies were received.', 'sources/minutes.txt')).toThrow(
      /^metadata: expected an ILACS or SIF report title or a council paper header in sources\/minutes\.txt, found "Minutes of the parish council/,
    );
    expect(() => parseReportText('Inspection of Narnia local authority children\'s services\n\nJudgement\tGrade\nOverall effectiveness\tGood\n', 'n.txt')).toThrow(
      /expected a known local authority in the title of n\.txt, found "Narnia"/,
    );
  });
});
