/**
 * `/ask` and "More results" end to end: the real client, the stand-in and
 * the real corpus. Asserts what Discord would have received.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { limitViolations } from '../support/check.ts';
import { botMessage, button, command, OPTION } from '../support/payloads.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const ask = (question: string, extra: { private?: boolean } = {}) =>
  command('ask', [
    { name: 'question', type: OPTION.string, value: question },
    ...(extra.private === undefined ? [] : [{ name: 'private', type: OPTION.boolean, value: extra.private }]),
  ]);

describe('/ask', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(() => h.reset());
  afterAll(async () => {
    await h?.close();
  });

  it('defers publicly within 3 seconds, then edits in cited quotes with the matched terms in bold', async () => {
    const payload = ask('What did inspectors say about the LADO in Bury?');
    const { callback, ms } = await h.interact(payload);
    expect(ms).toBeLessThan(3000);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect((callback.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);

    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH' && r.route.endsWith('/messages/@original'));
    expect(limitViolations(edit.body)).toEqual([]);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const expected = h.real.ask('What did inspectors say about the LADO in Bury?', { limit: 3 });
    const ladoHit = expected.results.find((hit) => hit.citation === 'Bury 2025 ILACS, ¶6');
    expect(ladoHit, 'the real corpus finds Bury 2025 ¶6').toBeDefined();

    const embeds: any[] = edit.body.embeds;
    expect(embeds.map((e) => e.title)).toEqual(expected.results.map((hit) => hit.citation));
    const lado = embeds.find((e) => e.title === 'Bury 2025 ILACS, ¶6');
    expect(lado.description).toContain('The rationale behind decision-making by the **LADO** is not always consistent');
    expect(lado.description.startsWith('> ')).toBe(true);
    expect(lado.footer.text).toContain('Section: The experiences and progress of children who need help and protection');
    expect(lado.footer.text).toContain('Bury ILACS');
    expect(edit.body.content).toContain(`of ${expected.total}**`);
    expect(edit.body.content).toContain('Looking in: Bury');
  });

  it('defers ephemerally when private is chosen', async () => {
    const payload = ask('LADO Bury', { private: true });
    const { callback } = await h.interact(payload);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    expect(edit.body.embeds.length).toBeGreaterThan(0);
  });

  it('pages with "More results": acknowledges the click, removes the button, posts the next results', async () => {
    const question = 'care leavers';
    const total = h.real.ask(question, { limit: 3 }).total;
    expect(total).toBeGreaterThan(3);
    const payload = ask(question);
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    const buttonData = edit.body.components[0].components[0];
    expect(buttonData.label).toBe(`More results (4–6 of ${total})`);

    const click = button(
      buttonData.custom_id,
      botMessage({ content: edit.body.content, embeds: edit.body.embeds, components: edit.body.components }),
    );
    const { callback, ms } = await h.interact(click);
    expect(ms).toBeLessThan(3000);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const removed = await h.waitWebhook(click, (r) => r.method === 'PATCH');
    expect(removed.body.components).toEqual([]);
    const next = await h.waitWebhook(click, (r) => r.method === 'POST');
    const expected = h.real.ask(question, { limit: 3, offset: 3 });
    expect(next.body.embeds.map((e: any) => e.title)).toEqual(expected.results.map((hit) => hit.citation));
    expect(next.body.content).toMatch(/^\*\*Results 4–6 of \d+\*\*/);
    expect((next.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(limitViolations(next.body)).toEqual([]);
  });

  it('keeps "More results" private when the page it came from was private', async () => {
    const customId = 'more:3:q:care leavers';
    const click = button(customId, botMessage({ type: 20, content: 'Results 1–3', flags: MessageFlags.Ephemeral }));
    await h.interact(click);
    const next = await h.waitWebhook(click, (r) => r.method === 'POST');
    expect(next.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(next.body.embeds.length).toBeGreaterThan(0);
  });

  it('answers /ask in a direct message too', async () => {
    const payload = command('ask', [{ name: 'question', type: OPTION.string, value: 'LADO Bury' }], { dm: true });
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    expect(edit.body.embeds.map((e: any) => e.title)).toContain('Bury 2025 ILACS, ¶6');
  });

  it('tells the user privately when a "More results" button has expired', async () => {
    const click = button('more:3:k:forgotten', botMessage());
    const { callback } = await h.interact(click);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('expired');
  });

  it('keeps a long question behind the button (custom ids hold 100 characters)', async () => {
    const question = `care leavers ${'and their personal advisers '.repeat(4)}`.trim();
    const payload = ask(question);
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    expect(h.real.ask(question, { limit: 3 }).total).toBeGreaterThan(3);
    const customId: string = edit.body.components[0].components[0].custom_id;
    expect(customId.length).toBeLessThanOrEqual(100);
    expect(customId).toMatch(/^more:3:k:/);
  });

  it('answers a question with no results with a friendly private note and the core’s suggestions', async () => {
    const payload = ask('xyzzy plugh');
    const { callback } = await h.interact(payload);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    // The public "thinking" message is removed and the note follows privately.
    await h.waitWebhook(payload, (r) => r.method === 'DELETE');
    const note = await h.waitWebhook(payload, (r) => r.method === 'POST');
    expect(note.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const expected = h.real.ask('xyzzy plugh');
    expect(note.body.content).toContain(expected.message);
    for (const suggestion of expected.suggestions ?? []) expect(note.body.content).toContain(suggestion.slice(0, 20));
    expect(note.body.embeds ?? []).toEqual([]);
  });

  it('edits a private deferral into the note when nothing matched', async () => {
    const payload = ask('xyzzy plugh', { private: true });
    await h.interact(payload);
    const edit = await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    expect(edit.body.content).toContain(h.real.ask('xyzzy plugh').message);
    expect(h.webhookRequests(payload).some((r) => r.method === 'DELETE')).toBe(false);
  });

  it('logs a failure in full and shows the user a short apology, never a stack trace', async () => {
    h.overrides.converse = () => {
      throw new Error('index exploded at frobnicate()');
    };
    const payload = ask('LADO Bury');
    await h.interact(payload);
    const note = await h.waitWebhook(payload, (r) => r.method === 'POST');
    expect(note.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(note.body.content).toMatch(/^Sorry, something went wrong/);
    expect(note.body.content).not.toContain('frobnicate');
    expect(note.body.content).not.toMatch(/\bat .+:\d+/);
    const logged = h.logLines.find((line) => line.msg === 'Discord interaction failed');
    expect(logged.err.message).toBe('index exploded at frobnicate()');
    expect(logged.err.stack).toContain('frobnicate');
  });

  it('keeps every message within the limits even for absurd hits', async () => {
    const base = h.real.ask('LADO Bury', { limit: 1 }).results[0]!;
    h.overrides.converse = (question) => ({
      answer: {
        question,
        understood: { authorities: ['Bury'], year: null, areas: [], terms: ['lado'] },
        total: 40,
        results: Array.from({ length: 20 }, (_, i) => ({
          ...base,
          citation: `${'Very long citation '.repeat(30)} ${i}`,
          section: 'S'.repeat(3000),
          quote: `${'*LADO* under_score '.repeat(400)}`,
          quoteSpans: [{ start: 1, end: 5 }, { start: 0, end: 9000 }],
        })),
      },
      context: { authorities: ['Bury'], topic: ['LADO'], topicLabel: 'LADO', areas: [], year: null, range: null, grade: null },
    });
    const logsBefore = h.logLines.length;
    const payload = ask('LADO Bury');
    await h.interact(payload);
    await h.waitWebhook(payload, (r) => r.method === 'PATCH');
    await new Promise((r) => setTimeout(r, 300));
    const sent = h.webhookRequests(payload).filter((r) => r.method !== 'DELETE');
    expect(sent.length).toBeGreaterThan(1);
    const embedCount = sent.reduce((n, r) => n + (r.body.embeds?.length ?? 0), 0);
    expect(embedCount).toBe(20);
    for (const request of sent) expect(limitViolations(request.body)).toEqual([]);
    expect(h.logLines.slice(logsBefore).filter((line) => line.level >= 50)).toEqual([]);
  });
});
