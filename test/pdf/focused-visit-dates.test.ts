import { describe, expect, it } from 'vitest';
import { letterDates, publishedDate, visitDates } from '../../src/pdf/focused-visit-dates.ts';
import { readThemes } from '../../src/pdf/focused-visit-themes.ts';

const opening = (days: string): string => `This letter summarises the findings of a focused visit to Bury children's services ${days}. The inspectors were A and B.`;

describe('focused-visit dates', () => {
  it('reads the day lists letters print', () => {
    expect(visitDates(opening('on 1 and 2 May 2019'), '2019-05-28')).toEqual({ start: '2019-05-01', end: '2019-05-02' });
    expect(visitDates(opening('on 29 and 30 September, and 1 October 2020'), '2020-11-13')).toEqual({ start: '2020-09-29', end: '2020-10-01' });
    expect(visitDates(opening('between 20 October and 22 October 2020'), '2020-12-01')).toEqual({ start: '2020-10-20', end: '2020-10-22' });
    expect(visitDates(opening('on the 15 and 16 of May 2018'), '2018-06-12')).toEqual({ start: '2018-05-15', end: '2018-05-16' });
    expect(visitDates(opening('on 15, 16 and 21 July 2025'), '2025-08-20')).toEqual({ start: '2025-07-15', end: '2025-07-21' });
    expect(visitDates(opening('on 22–23 October 2019'), '2019-12-18')).toEqual({ start: '2019-10-22', end: '2019-10-23' });
    expect(visitDates(opening('on 13 October 2020'), '2020-11-27')).toEqual({ start: '2020-10-13', end: '2020-10-13' });
  });

  it('takes a missing year from the letter, and reads a misprinted year from the letter or the other day', () => {
    expect(visitDates(opening('on 13 and 14 July'), '2021-08-23')).toEqual({ start: '2021-07-13', end: '2021-07-14' });
    expect(visitDates(opening('on 30 and 31 December'), '2019-01-30')).toEqual({ start: '2018-12-30', end: '2018-12-31' });
    expect(visitDates(opening('on 24 October 2022 to 25 October 2023'), '2022-11-30')).toEqual({ start: '2022-10-24', end: '2022-10-25' });
    // Darlington's letter of 28 November 2023 prints that very range: there the first year is the slip.
    expect(visitDates(opening('on 24 October 2022 to 25 October 2023'), '2023-11-28')).toEqual({ start: '2023-10-24', end: '2023-10-25' });
  });

  it('publishes under the letter date, mending a misprinted year', () => {
    expect(letterDates(['Ofsted', '28 May 2019', 'Ms Jo Olsson', 'Dear Ms Olsson', '1 June 2019'])).toEqual(['2019-05-28']);
    expect(publishedDate(['2019-05-28'], '2019-05-02')).toBe('2019-05-28');
    // Dudley's letter of "21 January 2019" about a visit of 18 and 19 December 2019.
    expect(publishedDate(['2019-01-21'], '2019-12-19')).toBe('2020-01-21');
    // North Somerset's "6 November 20205" after a visit in October 2025.
    expect(publishedDate(letterDates(['6 November 20205', 'Dear Ms Shiels']), '2025-10-08')).toBe('2025-11-06');
  });
});

describe('focused-visit themes', () => {
  it('reads the theme and the further ones as printed phrases', () => {
    expect(readThemes("Inspectors looked at the local authority's arrangements for the 'front door'.")).toEqual(['the front door']);
    expect(readThemes("Inspectors looked at the local authority's arrangements for care leavers aged 18 to 25, with a particular focus on: • the quality of planning.")).toEqual([
      'care leavers aged 18 to 25',
    ]);
    expect(
      readThemes(
        "Inspectors looked at the local authority's arrangements for placement decision-making for older children. They also looked at the impact of leaders on social work practice in their area of the service. They also looked at local authority performance management and quality assurance information.",
      ),
    ).toEqual(['placement decision-making for older children', 'the impact of leaders on social work practice in their area of the service']);
    expect(
      readThemes("This visit looked at the quality and impact of key decision-making across help and protection, children in care and care leavers' services, together with the impact of leadership."),
    ).toEqual(["the quality and impact of key decision-making across help and protection, children in care and care leavers' services", 'the impact of leadership']);
  });

  it('reads the COVID-19 visits by the work they were part of', () => {
    expect(
      readThemes(
        "Her Majesty's Chief Inspector of Education, Children's Services and Skills is leading Ofsted's work into how England's social care system has delivered child-centred practice and care within the context of the restrictions placed on society during the COVID-19 (coronavirus) pandemic. The methodology for this visit was in line with the ILACS framework.",
      ),
    ).toEqual(['child-centred practice and care within the context of the restrictions placed on society during the COVID-19 (coronavirus) pandemic']);
    expect(readThemes('The methodology for this visit was in line with the ILACS framework.')).toEqual([]);
  });
});
