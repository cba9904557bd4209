/**
 * `/judgement`, `/improve`, `/help` and authority autocomplete end to
 * end against the stand-in and the real corpus. `/judgement` and `/improve`
 * defer first (the lookup waits its turn with the other answers), then edit
 * in the answer, or replace the deferral with a private note.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { limitViolations } from '../support/check.ts';
import { autocomplete, command, OPTION } from '../support/payloads.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const judgement = (authority: string, extra: { area?: string; year?: number } = {}) =>
  command('judgement', [
    { name: 'authority', type: OPTION.string, value: authority },
    ...(extra.area ? [{ name: 'area', type: OPTION.string, value: extra.area }] : []),
    ...(extra.year ? [{ name: 'year', type: OPTION.integer, value: extra.year }] : []),
  ]);

describe('/judgement, /improve, /help and autocomplete', () => {
  let h: Harness;

  /** The answer: a public deferral within 3 seconds, then the edit of it. */
  async function answer(payload: Record<string, any>): Promise<any> {
    const { callback, ms } = await h.interact(payload);
    expect(ms).toBeLessThan(3000);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect((callback.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    return (await h.waitWebhook(payload, (r) => r.method === 'PATCH' && r.route.endsWith('/messages/@original'))).body;
  }

  /** A note only the asker sees: the public deferral is removed and the note follows up privately. */
  async function privateNote(payload: Record<string, any>): Promise<any> {
    const { callback } = await h.interact(payload);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await h.waitWebhook(payload, (r) => r.method === 'DELETE');
    const note = (await h.waitWebhook(payload, (r) => r.method === 'POST')).body;
    expect(note.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    return note;
  }

  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(() => h.reset());
  afterAll(async () => {
    await h?.close();
  });

  it('answers /judgement with a grade table per inspection, latest first', async () => {
    const data = await answer(judgement('Bury'));
    expect(limitViolations(data)).toEqual([]);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const expected = h.real.judgements('Bury');
    if (!expected.ok) throw new Error('Bury should be known');
    expect(data.embeds.map((e: any) => e.title)).toEqual(expected.inspections.map((i) => i.citation));
    const latest = expected.inspections[0]!;
    const table: string = data.embeds[0].description;
    expect(table.startsWith('```')).toBe(true);
    expect(table).toMatch(new RegExp(`Overall effectiveness\\s+${latest.overall}`));
    for (const row of latest.judgements) expect(table).toContain(row.grade);
    expect(table).toMatch(/Care leavers\s+Requires improvement to be good/);
  });

  it('filters by area and year', async () => {
    const { embeds } = await answer(judgement('Bury', { area: 'care-leavers', year: 2016 }));
    expect(embeds).toHaveLength(1);
    expect(embeds[0].title).toBe('Bury 2016 SIF');
    const lines = (embeds[0].description as string).split('\n').filter((l) => !l.startsWith('```'));
    expect(lines).toEqual([expect.stringMatching(/^Area\s+Grade$/), expect.stringMatching(/^Care leavers\s+Requires improvement$/)]);
    expect(embeds[0].footer.text).toContain('Published 16 May 2016');
  });

  it('shows a 2018-2022 combined "children in care and care leavers" grade for either area', async () => {
    for (const area of ['children-in-care', 'care-leavers']) {
      const { embeds } = await answer(judgement('Bury', { area, year: 2021 }));
      expect(embeds.map((e: any) => e.title)).toEqual(['Bury 2021 ILACS']);
      const lines = (embeds[0].description as string).split('\n').filter((l) => !l.startsWith('```'));
      expect(lines.slice(1)).toEqual([expect.stringMatching(/^Children in care and care leavers\s+Requires improvement to be good$/)]);
    }
  });

  it('says privately which years exist when the year has no inspection', async () => {
    const all = h.real.judgements('Bury');
    if (!all.ok) throw new Error('Bury should be known');
    const years = all.inspections.map((i) => i.year);
    expect(years).toEqual(expect.arrayContaining([2016, 2025]));
    const missing = [2019, 2020, 2021, 2022].find((y) => !years.includes(y))!;
    const note = await privateNote(judgement('Bury', { year: missing }));
    // The core may refuse the year itself, or the adapter finds no inspection that year: either way, say which exist.
    expect(note.content).toContain(String(missing));
    expect(note.content).toContain('Bury');
    for (const year of years) expect(note.content).toContain(String(year));
  });

  it('replies privately with suggestions for an unknown authority', async () => {
    const note = await privateNote(judgement('Narnia'));
    const expected = h.real.judgements('Narnia');
    if (expected.ok) throw new Error('Narnia should be unknown');
    expect(expected.error.suggestions).toEqual(['Barnet']);
    expect(note.content).toContain('Narnia');
    for (const s of expected.error.suggestions) expect(note.content).toContain(s);
  });

  it('answers a misspelt authority for the one it must mean, and says so', async () => {
    const data = await answer(judgement('Burry'));
    expect(data.content).toContain('Showing results for Bury (you typed “Burry”).');
    expect(data.content).toContain('**Bury**: Ofsted judgements');
  });

  it('autocompletes the 25 best authority names from the corpus', async () => {
    const payload = autocomplete('judgement', [{ name: 'authority', type: OPTION.string, value: 'sou', focused: true }]);
    const { callback, ms } = await h.interact(payload);
    expect(ms).toBeLessThan(3000);
    expect(callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = callback.body.data.choices.map((c: any) => c.name);
    // Names starting with what was typed, alphabetically (then names with a word so starting, then containing it).
    expect(choices).toEqual(['South Gloucestershire', 'South Tyneside', 'Southampton', 'Southend-on-Sea', 'Southwark']);
    for (const choice of choices) expect(choice.toLowerCase()).toContain('sou');

    const all = await h.interact(autocomplete('improve', [{ name: 'authority', type: OPTION.string, value: '', focused: true }]));
    expect(h.real.authorities()).toHaveLength(153);
    expect(all.callback.body.data.choices.map((c: any) => c.name)).toEqual(h.real.authorities().slice(0, 25));
    const broad = await h.interact(autocomplete('judgement', [{ name: 'authority', type: OPTION.string, value: 'e', focused: true }]));
    expect(broad.callback.body.data.choices).toHaveLength(25);
  });

  it('quotes the latest "What needs to improve" list', async () => {
    const data = await answer(command('improve', [{ name: 'authority', type: OPTION.string, value: 'bury' }]));
    expect(limitViolations(data)).toEqual([]);
    const expected = h.real.improvements('Bury');
    if (!expected.ok) throw new Error('Bury should have improvements');
    expect(data.embeds[0].title).toBe(`${expected.heading} (${expected.report.citation})`);
    const text = data.embeds.map((e: any) => e.description).join('\n');
    expect(text).toContain('The consistency of decisions by the local authority designated officer (LADO)');
    for (const item of expected.items) expect(text).toContain(item.label);
  });

  it('answers /improve for an unknown authority privately', async () => {
    const note = await privateNote(command('improve', [{ name: 'authority', type: OPTION.string, value: 'Atlantis' }]));
    expect(note.content).toContain('Atlantis');
  });

  it('shows /help privately, listing the commands and what the index covers', async () => {
    const { callback } = await h.interact(command('help'));
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = callback.body.data.embeds[0];
    for (const name of ['/ask', '/judgement', '/compare', '/improve', '/follow', '/following', '/unfollow', '/settings']) expect(embed.description).toContain(name);
    // Every authority is too many to list: the national index is summed up in one line.
    expect(embed.fields[1].name).toBe('Reports read');
    expect(h.real.reports()).toHaveLength(775);
    expect(embed.fields[1].value).toBe(
      'All 153 English local authorities: 775 reports from 2013 to 2026 (432 inspections, 341 focused visits, 2 other documents). /judgement lists an authority’s reports.',
    );
    expect(limitViolations(callback.body.data)).toEqual([]);
  });
});
