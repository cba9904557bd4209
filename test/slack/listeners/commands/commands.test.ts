/**
 * Slash commands end to end: signed requests into the real Bolt app, the
 * real corpus, answers asserted where they reached the Slack stand-in.
 */
import { describe, expect, it } from 'vitest';
import { MORE_RESULTS_ACTION, SHARE_ACTION, decodeRequest } from '../../../../adapters/slack/action-ids.ts';
import { helpMessage } from '../../../../adapters/slack/format/help-blocks.ts';
import { blockText, buttons, realCorpus } from '../../support/harness.ts';
import { useHarness } from '../../support/use-harness.ts';

const h = useHarness();

/** Send a slash command; its private answer as it reached the response_url, and the text of its blocks. */
async function reply(command: string, text: string) {
  const sent = await h.command(command, text);
  const { body } = await h.standIn.waitForResponse(sent.id);
  return { sent, body, text: blockText(body.blocks) };
}

describe('/ofsted', () => {
  it('acks at once, then answers privately with cited quotes, bold terms and Share/More buttons', async () => {
    const { sent, body, text } = await reply('/ofsted', 'what did inspectors say about the LADO in Bury?');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    expect(sent.ackMs).toBeLessThan(3000);
    expect(body.response_type).toBe('ephemeral');
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
    for (const typed of ['help', '']) {
      const { body, text } = await reply('/ofsted', typed);
      expect(body.response_type).toBe('ephemeral');
      expect(text).toContain('/judgement <authority> [area] [year]');
      expect(text).toContain('/ofsted-follow');
      expect(text).toContain('All 153 English local authorities: 775 reports from 2013 to 2026 (432 inspections, 341 focused visits, 2 other documents).');
      expect(text).toContain('what did inspectors say about the LADO in Bury?');
    }
  });

  it('answers no results with a friendly private message and suggestions', async () => {
    const { body, text } = await reply('/ofsted', 'zzzqqq xylophones');
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('No paragraphs matched');
    expect(text).toContain('Try:');
    expect(buttons(body.blocks).size).toBe(0);
  });

  it('refuses a question that is too long', async () => {
    const { text } = await reply('/ofsted', `LADO ${'very '.repeat(200)}long`);
    expect(text).toContain('longer than 500 characters');
  });

  it('escapes what the user typed: no broadcast, mention or link can come out', async () => {
    const { body, text } = await reply('/ofsted', 'LADO Bury &lt;!channel&gt; &lt;@U999&gt; @here &amp; <!everyone>');
    // Everything Slack renders: the fallback text and the blocks' texts (button values are data, never rendered).
    const rendered = `${String(body.text)}\n${text}`;
    expect(rendered).not.toMatch(/<!(channel|here|everyone)/);
    expect(rendered).not.toMatch(/<@U/);
    expect(rendered).not.toMatch(/@here/);
    expect(text).toContain('&lt;!channel&gt;');
  });
});

describe('/judgement', () => {
  it('gives the latest grades and the history, each row citing its report', async () => {
    const { sent, body, text } = await reply('/judgement', 'Bury');
    expect(sent.ackMs).toBeLessThan(3000);
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
    const { text } = await reply('/judgement', 'Bury 2016');
    expect(text).toContain('Inspection 2016: SIF 2016');
    expect(text).toContain('Source: *Bury 2016 SIF*');
    expect(text).not.toContain('Bury 2025 ILACS');
  });

  it('filters by area', async () => {
    const { text } = await reply('/judgement', 'Southend care leavers');
    expect(text).toContain('Southend-on-Sea');
    expect(text).toContain('The experiences and progress of care leavers: *Good*');
    expect(text).toContain('Source: *Southend-on-Sea 2024 ILACS*');
  });

  it('says so, with suggestions, for an unknown authority', async () => {
    const { body, text } = await reply('/judgement', 'Narnia');
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('Narnia');
    expect(text).toContain('`Barnet`');
  });

  it('answers a misspelt authority for the one it must mean, and says so', async () => {
    const { text } = await reply('/judgement', 'Burry');
    expect(text).toContain('*Ofsted judgements for Bury*');
    expect(text).toContain('_Showing results for Bury (you typed “Burry”)._');
  });

  it('asks which authority when given none, for /improve too, suggesting known ones', async () => {
    for (const command of ['/judgement', '/improve']) {
      const { text } = await reply(command, '   ');
      expect(text).toContain(`Which authority? Use ${command} &lt;authority&gt;`);
      // The first of the 153, alphabetically.
      expect(text).toContain(`\`${command} Barking and Dagenham\``);
    }
  });
});

describe('/improve and /ofsted-help', () => {
  it('lists the latest "What needs to improve" items with citations', async () => {
    const { text } = await reply('/improve', 'Bury');
    expect(text).toContain('*What needs to improve?*');
    expect(text).toContain('*Bury 2025 ILACS, Improve ¶1*');
    expect(text).toContain('The quality of plans and contingency planning for children');
  });

  it('/ofsted-help lists the commands and reports', async () => {
    const { text } = await reply('/ofsted-help', '');
    expect(text).toContain('/improve <authority>');
    // 153 authorities and their reports do not fit a message: the index is summed up in one line.
    expect(text).toContain('*Reports I know*\nAll 153 English local authorities: 775 reports from 2013 to 2026');
    expect(text).not.toContain('Somerset (');
  });

  it('lists every authority and its reports when they fit, for a smaller index', async () => {
    const corpus = await realCorpus();
    const few = ['Bury', 'Somerset', 'Southend-on-Sea'];
    const text = blockText(helpMessage(few, corpus.reports().filter((r) => few.includes(r.authority))).blocks);
    expect(text).toContain('3 local authorities: ');
    expect(text).toMatch(/Somerset \([^)]*2017 SIF/);
    expect(text).toMatch(/Southend-on-Sea \([^)]*2024 ILACS/);
  });
});
