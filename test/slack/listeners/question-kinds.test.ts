/**
 * Question-kind answers (issue #17) end to end in Slack: signed requests into
 * the real Bolt app, the real corpus, answers asserted where they reached the
 * Slack stand-in. A list of visits is a table of fields citing each letter;
 * an offer is a button that posts the offered answer in the thread.
 */
import { describe, expect, it } from 'vitest';
import { OFFER_ACTION } from '../../../adapters/slack/action-ids.ts';
import { BOT_USER_ID } from '../support/slack-stand-in.ts';
import { blockText, buttons } from '../support/harness.ts';
import { useHarness } from '../support/use-harness.ts';

const h = useHarness();
let tsCounter = 0;
const newTs = () => `1762000000.${String(++tsCounter).padStart(6, '0')}`;

function mention(text: string) {
  const ts = newTs();
  return { type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, channel: 'C0000001' };
}

async function posted() {
  const call = await h.standIn.waitForCall('chat.postMessage');
  return { call, text: blockText(call.body.blocks) };
}

describe('question kinds in Slack', () => {
  it('answers a list of focused visits as a table of fields, each citing its letter, with the count', async () => {
    await h.event(mention('Which authorities had a focused visit on the front door in 2023?'));
    const { text } = await posted();
    expect(text).toContain('9 focused visits on the front door (9 authorities), carried out in 2023, latest first:');
    expect(text).toContain('Luton — focused visit');
    expect(text).toContain('on the front door · inspected 14 June 2023 to 15 June 2023 · published 19 July 2023\n_Luton 2023 focused visit_');
    expect(text).toContain('Dates are when each was carried out');
  });

  it('gives an improvement list in titled groups of cited items', async () => {
    await h.event(mention('What are the areas for improvement for Croydon?'));
    const { text } = await posted();
    expect(text).toContain('lists 4 things to improve; a focused visit since added 3 items of its own.');
    expect(text).toContain('*What needs to improve — Croydon 2020 ILACS*');
    expect(text).toContain('*Croydon 2020 ILACS, Improve ¶1*');
    expect(text).toContain('*What needs to improve in this area of social work practice — Croydon 2021 focused visit*');
  });

  it('says plainly what no report can tell, then what the reports hold', async () => {
    await h.event(mention('When is Bury next due to be inspected?'));
    const { text } = await posted();
    expect(text).toContain("No report says when Bury will next be inspected or visited: Ofsted's reports describe inspections already carried out");
    expect(text).toContain('_Bury 2025 ILACS_');
  });

  it('offers the other reading as a button, which posts the offered answer in the thread', async () => {
    const asked = mention('what did focused visits say about the front door in 2023');
    await h.event(asked);
    const { call, text } = await posted();
    expect(text).toContain('Did you want the list of focused visits on the front door in 2023?');
    const value = buttons(call.body.blocks).get(OFFER_ACTION);
    expect(value).toBeDefined();
    h.standIn.reset();

    await h.click({
      actionId: OFFER_ACTION,
      value: value ?? '',
      responseUrl: h.standIn.responseUrl('offer-1'),
      message: { type: 'message', ts: asked.ts, text: call.body.text, blocks: call.body.blocks, bot_id: 'BBOT0001' },
    });
    const list = await posted();
    expect(list.call.body.thread_ts).toBe(asked.ts);
    expect(list.text).toContain('9 focused visits on the front door (9 authorities), carried out in 2023');
    // The clicked answer keeps everything but the offer it used.
    const { body } = await h.standIn.waitForResponse('offer-1');
    expect(buttons(body.blocks).has(OFFER_ACTION)).toBe(false);
  });

  it('says a former authority is answered for its successors, above the paragraphs', async () => {
    await h.event(mention('Cumbria children in care'));
    const { text } = await posted();
    expect(text).toContain("Cumbria's children's services passed to Cumberland and Westmorland and Furness in 2023; showing both.");
  });
});
