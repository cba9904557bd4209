/**
 * Slash commands end to end: signed requests into the real Bolt app, the
 * real corpus, answers asserted where they reached the Slack stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MORE_RESULTS_ACTION, SHARE_ACTION, decodeRequest } from '../../../../adapters/slack/action-ids.ts';
import { blockText, buttons, startHarness, type Harness } from '../../support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function responseFor(id: string) {
  return h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === id));
}

describe('/ofsted', () => {
  it('acks at once, then answers privately with cited quotes, bold terms and Share/More buttons', async () => {
    const sent = await h.command('/ofsted', 'what did inspectors say about the LADO in Bury?');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    expect(sent.ackMs).toBeLessThan(3000);

    const { body } = await responseFor(sent.id);
    expect(body.response_type).toBe('ephemeral');
    const text = blockText(body.blocks);
    // Bury 2025 ILACS ¶6 is the LADO paragraph.
    expect(text).toContain('*Bury 2025 ILACS, ¶6*');
    expect(text).toContain('The rationale behind decision-making by the *LADO* is not always consistent');
    expect(text).toMatch(/^>/m);
    // Plain-text fallback on every message.
    expect(typeof body.text).toBe('string');
    expect(body.text).toContain('Bury 2025 ILACS, ¶6');

    const found = buttons(body.blocks);
    expect(decodeRequest(found.get(SHARE_ACTION))).toEqual({ kind: 'ask', query: 'what did inspectors say about the LADO in Bury?', offset: 0 });
    // More than three LADO paragraphs in the bundled index, three per page: there is a next page.
    expect(decodeRequest(found.get(MORE_RESULTS_ACTION))).toMatchObject({ kind: 'ask', offset: 3 });
  });

  it('shows the help for "/ofsted help" and for an empty /ofsted', async () => {
    for (const text of ['help', '']) {
      const sent = await h.command('/ofsted', text);
      const { body } = await responseFor(sent.id);
      expect(body.response_type).toBe('ephemeral');
      expect(blockText(body.blocks)).toContain('/judgement <authority> [area] [year]');
      expect(blockText(body.blocks)).toContain('Southend-on-Sea');
    }
  });

  it('answers no results with a friendly private message and suggestions', async () => {
    const sent = await h.command('/ofsted', 'zzzqqq xylophones');
    const { body } = await responseFor(sent.id);
    expect(body.response_type).toBe('ephemeral');
    const text = blockText(body.blocks);
    expect(text).toContain('No paragraphs matched');
    expect(text).toContain('Try:');
    expect(buttons(body.blocks).size).toBe(0);
  });

  it('refuses a question that is too long', async () => {
    const sent = await h.command('/ofsted', `LADO ${'very '.repeat(200)}long`);
    const { body } = await responseFor(sent.id);
    expect(blockText(body.blocks)).toContain('longer than 500 characters');
  });

  it('escapes what the user typed: no broadcast, mention or link can come out', async () => {
    const sent = await h.command('/ofsted', 'LADO Bury &lt;!channel&gt; &lt;@U999&gt; @here &amp; <!everyone>');
    const { body } = await responseFor(sent.id);
    // Everything Slack renders: the fallback text and the blocks' texts (button values are data, never rendered).
    const rendered = `${String(body.text)}\n${blockText(body.blocks)}`;
    expect(rendered).not.toMatch(/<!(channel|here|everyone)/);
    expect(rendered).not.toMatch(/<@U/);
    expect(rendered).not.toMatch(/@here/);
    expect(blockText(body.blocks)).toContain('&lt;!channel&gt;');
  });
});

describe('/judgement', () => {
  it('gives the latest grades and the history, each row citing its report', async () => {
    const sent = await h.command('/judgement', 'Bury');
    expect(sent.ackMs).toBeLessThan(3000);
    const { body } = await responseFor(sent.id);
    const text = blockText(body.blocks);
    expect(text).toContain('*Ofsted judgements for Bury*');
    expect(text).toContain('Latest inspection: ILACS 2025');
    expect(text).toContain('Overall effectiveness: *Requires improvement to be good*');
    expect(text).toContain('Source: *Bury 2025 ILACS*');
    expect(text).toContain('Earlier inspections');
    expect(text).toContain('*SIF 2016*\n• Overall effectiveness: *Requires improvement to be good*');
    expect(text).toContain('Source: *Bury 2016 SIF*');
    expect(body.text).toContain('Bury 2016 SIF');
    expect(buttons(body.blocks).has(SHARE_ACTION)).toBe(true);
  });

  it('narrows to a year', async () => {
    const sent = await h.command('/judgement', 'Bury 2016');
    const { body } = await responseFor(sent.id);
    const text = blockText(body.blocks);
    expect(text).toContain('Inspection 2016: SIF 2016');
    expect(text).toContain('Source: *Bury 2016 SIF*');
    expect(text).not.toContain('Bury 2025 ILACS');
  });

  it('filters by area', async () => {
    const sent = await h.command('/judgement', 'Southend care leavers');
    const { body } = await responseFor(sent.id);
    const text = blockText(body.blocks);
    expect(text).toContain('Southend-on-Sea');
    expect(text).toContain('The experiences and progress of care leavers: *Good*');
    expect(text).toContain('Source: *Southend-on-Sea 2024 ILACS*');
  });

  it('says so, with suggestions, for an unknown authority', async () => {
    const sent = await h.command('/judgement', 'Burry');
    const { body } = await responseFor(sent.id);
    expect(body.response_type).toBe('ephemeral');
    const text = blockText(body.blocks);
    expect(text).toContain('Burry');
    expect(text).toContain('`Bury`');
  });

  it('asks which authority when given none', async () => {
    const sent = await h.command('/judgement', '   ');
    const { body } = await responseFor(sent.id);
    expect(blockText(body.blocks)).toContain('Which authority?');
  });
});

describe('/improve and /ofsted-help', () => {
  it('lists the latest "What needs to improve" items with citations', async () => {
    const sent = await h.command('/improve', 'Bury');
    const { body } = await responseFor(sent.id);
    const text = blockText(body.blocks);
    expect(text).toContain('*What needs to improve?*');
    expect(text).toContain('*Bury 2025 ILACS, Improve ¶1*');
    expect(text).toContain('The quality of plans and contingency planning for children');
  });

  it('/ofsted-help lists the commands and reports', async () => {
    const sent = await h.command('/ofsted-help', '');
    const { body } = await responseFor(sent.id);
    const text = blockText(body.blocks);
    expect(text).toContain('/improve <authority>');
    expect(text).toMatch(/Somerset \([^)]*2017 SIF/);
  });
});
