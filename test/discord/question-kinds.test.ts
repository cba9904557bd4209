/**
 * Question-kind answers (issue #17) in Discord, end to end against the
 * stand-in and the real corpus: a list of visits as embed fields citing each
 * letter, an improvement list in titled groups, "cannot tell", and an offer
 * as a button that answers the offered question.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OFFER_PREFIX } from '../../adapters/discord/format/kind.ts';
import { limitViolations } from './support/check.ts';
import { BOT_USER_ID, type RecordedRequest } from './support/discord-stand-in.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { botMessage, button, message } from './support/payloads.ts';

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

async function ask(text: string): Promise<RecordedRequest> {
  const payload: Record<string, any> = message(`<@${BOT_USER_ID}> ${text}`);
  h.stand.dispatch('MESSAGE_CREATE', payload);
  return h.stand.waitForRequest(replyTo(payload['id']));
}

describe('question kinds in Discord', () => {
  it('answers a list of focused visits with a field per visit, citing its letter, and the count', async () => {
    const reply = await ask('Which authorities had a focused visit on the front door in 2023?');
    expect(limitViolations(reply.body)).toEqual([]);
    expect(reply.body.embeds[0].description).toBe('9 focused visits on the front door (9 authorities), carried out in 2023, latest first:');
    const fields = fieldsOf(reply.body);
    expect(fields).toHaveLength(9);
    const luton = fields.find((f: any) => f.name === 'Luton — focused visit');
    expect(luton.value).toContain('on the front door · inspected 14 June 2023 to 15 June 2023 · published 19 July 2023');
    expect(luton.value).toContain('Luton 2023 focused visit');
  });

  it('gives an improvement list as quoted items under their headings', async () => {
    const reply = await ask('What are the areas for improvement for Croydon?');
    expect(limitViolations(reply.body)).toEqual([]);
    const authors = reply.body.embeds.map((e: any) => e.author?.name).filter(Boolean);
    expect(authors).toEqual(['What needs to improve — Croydon 2020 ILACS', 'What needs to improve in this area of social work practice — Croydon 2021 focused visit']);
    expect(reply.body.embeds.map((e: any) => e.title)).toContain('Croydon 2020 ILACS, Improve ¶1');
  });

  it('says plainly what no report can tell', async () => {
    const reply = await ask('When is Bury next due to be inspected?');
    expect(textOf(reply.body)).toContain('No report says when Bury will next be inspected or visited');
    expect(fieldsOf(reply.body).map((f: any) => f.name)).toContain('Bury — ILACS');
  });

  it('offers the other reading as a button, which answers the offered question', async () => {
    const reply = await ask('what did focused visits say about the front door in 2023');
    const offer = reply.body.components[0].components.find((c: any) => String(c.custom_id).startsWith(OFFER_PREFIX));
    expect(offer.label).toBe('Did you want the list of focused visits on the front door in 2023?');
    const click = button(offer.custom_id, botMessage({ embeds: reply.body.embeds, components: reply.body.components }));
    await h.interact(click);
    const answer = await h.waitWebhook(click, (r) => r.method === 'PATCH');
    expect(answer.body.embeds[0].description).toBe('9 focused visits on the front door (9 authorities), carried out in 2023, latest first:');
  });
});
