import { describe, expect, it } from 'vitest';
import { decodeSlackText, escapeMrkdwn, escapeUserText, formatDate } from '../../../adapters/slack/format/mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > (ampersand first, so nothing is double-escaped)', () => {
    expect(escapeMrkdwn('a & b <!channel> <@U1> c > d')).toBe('a &amp; b &lt;!channel&gt; &lt;@U1&gt; c &gt; d');
  });
});

describe('escapeUserText', () => {
  it('also defuses @channel, @here and @everyone typed as words', () => {
    const out = escapeUserText('ping @here and @Channel and @everyone, not @hereford');
    expect(out).not.toMatch(/@(here|channel|everyone)\b/i);
    expect(out).toContain('@hereford');
  });

  it('shows formatting characters as look-alikes, but keeps an underscore inside a word (never markup)', () => {
    expect(escapeUserText('*bold* _italic_ ~strike~ `code` not_in_channel')).toBe(
      '\u2217bold\u2217 \u02cditalic\u02cd \u223cstrike\u223c \u02cbcode\u02cb not_in_channel',
    );
  });
});

describe('decodeSlackText', () => {
  it('removes the bot mention, keeps labels of links, channels and users, drops broadcasts, decodes entities', () => {
    const text = '<@UBOT> LADO in <#C123|bury-team> &lt;b&gt; &amp; <https://example.org|this page> <@U999|sam> <!here> <!subteam^S1|@leads>';
    expect(decodeSlackText(text, 'UBOT')).toBe('LADO in #bury-team <b> & this page @sam');
  });

  it('drops unlabelled user mentions', () => {
    expect(decodeSlackText('<@UBOT> <@U999> hi', 'UBOT')).toBe('hi');
  });
});

describe('formatDate', () => {
  it('formats ISO dates without time-zone drift', () => {
    expect(formatDate('2025-03-01')).toBe('1 March 2025');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('sometime')).toBe('sometime');
  });
});
