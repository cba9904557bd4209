/**
 * Grade questions, /compare (with autocomplete), /judgement for a region or
 * neighbours, Show all, and conversations in reply chains, end to end
 * against the stand-in and the real corpus.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord.js';
import { FIRST_PAGE_ROWS } from '../../../adapters/discord/format/grades.ts';
import { limitViolations } from '../support/check.ts';
import { BOT_USER_ID, type RecordedRequest } from '../support/discord-stand-in.ts';
import { startHarness, type Harness } from '../support/harness.ts';
import { autocomplete, botMessage, button, command, message, OPTION } from '../support/payloads.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.reset());
afterAll(async () => {
  await h?.close();
});

const replyTo = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.route) && r.body?.message_reference?.message_id === id;
const fieldsOf = (body: any) => (body.embeds ?? []).flatMap((e: any) => e.fields ?? []);
const textOf = (body: any) => JSON.stringify(body);

/** Send a mention, optionally as a reply to `replyToId`; the bot's reply. */
async function ask(text: string, replyToId?: string): Promise<RecordedRequest> {
  const payload: Record<string, any> = message(`<@${BOT_USER_ID}> ${text}`);
  if (replyToId !== undefined) payload['message_reference'] = { message_id: replyToId, channel_id: payload['channel_id'], guild_id: payload['guild_id'] };
  h.stand.dispatch('MESSAGE_CREATE', payload);
  return h.stand.waitForRequest(replyTo(payload['id']));
}

describe('grade questions in Discord', () => {
  it('answers a grade question with embed fields, each grade citing its report', async () => {
    const reply = await ask('how many authorities were inadequate as at 31 March 2025');
    expect(limitViolations(reply.body)).toEqual([]);
    const bury = fieldsOf(reply.body).find((f: any) => f.name === 'Bury');
    expect(bury.value).toBe('**Inadequate**\n-# Bury 2021 ILACS · published 17 December 2021');
    expect(reply.body.embeds[0].description).toMatch(/^\d+ of the \d+ authorities in England with an overall effectiveness grade/);
    expect(textOf(reply.body)).toContain('Focused visits give no grades');
  });

  it('/compare Leeds, Bury on care leavers: grades side by side and a paragraph from each', async () => {
    const payload = command('compare', [
      { name: 'authorities', type: OPTION.string, value: 'Leeds, Bury' },
      { name: 'topic', type: OPTION.string, value: 'care leavers' },
    ]);
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    expect(limitViolations(edit.body)).toEqual([]);
    expect(fieldsOf(edit.body).map((f: any) => f.name)).toEqual(['Leeds', 'Bury']);
    const titles = edit.body.embeds.map((e: any) => e.title).filter(Boolean);
    expect(titles.some((t: string) => /^Leeds 2025 ILACS, ¶\d+$/.test(t))).toBe(true);
    expect(titles.some((t: string) => /^Bury 2025 ILACS, ¶\d+$/.test(t))).toBe(true);
  });

  it('autocompletes authority names for /compare, keeping the names already typed', async () => {
    const first = await h.interact(autocomplete('compare', [{ name: 'authorities', type: OPTION.string, value: 'bu', focused: true }]));
    expect(first.callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    // Names starting with what was typed first, each also with its neighbours; then names containing it.
    expect(first.callback.body.data.choices.map((c: any) => c.value)).toEqual([
      'Buckinghamshire',
      'Buckinghamshire neighbours',
      'Bury',
      'Bury neighbours',
      'Blackburn with Darwen',
      'Blackburn with Darwen neighbours',
    ]);
    const second = await h.interact(autocomplete('compare', [{ name: 'authorities', type: OPTION.string, value: 'Leeds, sou', focused: true }]));
    expect(second.callback.body.data.choices.map((c: any) => c.value)).toEqual([
      'Leeds, South Gloucestershire',
      'Leeds, South Tyneside',
      'Leeds, Southampton',
      'Leeds, Southend-on-Sea',
      'Leeds, Southwark',
    ]);
  });

  it('/judgement accepts "neighbours of Bury" and a region', async () => {
    const payload = command('judgement', [{ name: 'authority', type: OPTION.string, value: 'neighbours of Bury' }]);
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    const names = fieldsOf(edit.body).map((f: any) => f.name);
    expect(names[0]).toBe('Lancashire (very close)');
    expect(names).toHaveLength(10);
    const region = command('judgement', [{ name: 'authority', type: OPTION.string, value: 'North West' }]);
    await h.interact(region);
    const regional = await h.waitWebhook(region, (r) => r.method === 'PATCH');
    expect(regional.body.embeds[0].description).toMatch(/^\d+ authorit(?:y|ies) in the North West with a grade overall/);
  });

  it(`shows ${FIRST_PAGE_ROWS} rows of a long list with "Show all", which shows every row`, async () => {
    const reply = await ask('which authorities are good or better');
    const total = Number(/^(\d+) authorities/.exec(reply.body.embeds[0].description)?.[1]);
    expect(total).toBeGreaterThan(FIRST_PAGE_ROWS);
    expect(fieldsOf(reply.body)).toHaveLength(FIRST_PAGE_ROWS);
    const showAll = reply.body.components[0].components[0];
    expect(showAll.label).toBe(`Show all ${total}`);

    const click = button(showAll.custom_id, botMessage({ embeds: reply.body.embeds, components: reply.body.components }));
    await h.interact(click);
    // Every row of a national list does not fit one message: the first page is replaced, the rest follow up.
    const edit = await h.waitWebhook(click, (r) => r.method === 'PATCH');
    expect(edit.body.components).toEqual([]);
    const last = await h.waitWebhook(click, (r) => r.method === 'POST' && (r.body?.components ?? []).length > 0);
    const followUps = h.stand.requests.filter((r) => r.method === 'POST' && r.route === last.route);
    const bodies = [edit.body, ...followUps.map((r) => r.body)];
    expect(bodies.flatMap(fieldsOf)).toHaveLength(total);
    for (const body of bodies) expect(limitViolations(body)).toEqual([]);
    // Show all is gone; 👍 / 👎 stay under the whole list.
    expect(last.body.components[0].components.map((c: any) => c.emoji?.name)).toEqual(['👍', '👎']);
  });
});

describe('conversations in a Discord reply chain', () => {
  it('a reply to the bot’s answer continues the conversation', async () => {
    const first = await ask('what did inspectors say about the LADO in Bury?');
    const second = await ask('what about in 2016?', first.responseId);
    expect(second.body.content).toContain('Bury 2016, LADO, following your last question');
    expect(second.body.embeds.every((e: any) => /^Bury 2016 SIF/.test(e.title))).toBe(true);
    const third = await ask('and in Southend?', second.responseId);
    expect(third.body.content).toContain('Southend-on-Sea 2016, LADO, following your last question');
  });

  it('a mention that replies to nothing starts afresh', async () => {
    await ask('what did inspectors say about the LADO in Bury?');
    const fresh = await ask('what about in 2016?');
    expect(fresh.body.content).not.toContain('following your last question');
  });
});
