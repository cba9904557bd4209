/**
 * Text safety for Slack's mrkdwn. Everything a user typed or a report printed
 * goes through {@link escapeMrkdwn} before it reaches a message, so `<`, `>`
 * and `&` can never form a link, a mention or a broadcast (`<!channel>`).
 */

/** Escape the three characters Slack treats as control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|text>` (text already mrkdwn), or the text alone when there is no url; "|", "<" and ">" in the url are encoded. */
export function mrkdwnLink(url: string | null, text: string): string {
  return url === null ? text : `<${url.replace(/[|<>]/g, (c) => encodeURIComponent(c))}|${text}>`;
}

/** Bidi controls: an echoed right-to-left override would reverse the rest of the line. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * mrkdwn has no escape for its formatting characters, so in echoed user text
 * they become look-alikes that Slack does not read as markup: a question
 * with `*` or `_` in it is shown as typed, not half in bold or italics. An
 * underscore inside a word (`not_in_channel`) is never markup, and is kept.
 */
const FORMATTING_LOOKALIKES: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };

/**
 * Escape text a user typed before echoing it. Besides the control characters,
 * bidi controls are dropped, formatting characters are shown as look-alikes,
 * and a word joiner goes after the `@` of `@channel`, `@here` and `@everyone`,
 * so even a client or setting that links names cannot turn them into a broadcast.
 */
export function escapeUserText(text: string): string {
  return escapeMrkdwn(text.replace(BIDI_CONTROLS, ''))
    .replace(/[*~`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => FORMATTING_LOOKALIKES[c] ?? c)
    .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
}

/**
 * Turn the text of a Slack message or slash command back into what the user
 * typed: mentions of the bot removed, other mentions and links reduced to
 * their labels, broadcasts dropped, entities decoded. The result is plain
 * text for the query core, and must be escaped again before display.
 */
export function decodeSlackText(text: string, botUserId?: string): string {
  const withoutMarkup = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) {
      // A user mention: the bot's own is the address, not part of the question.
      if (botUserId !== undefined && target.slice(1) === botUserId) return ' ';
      return label !== undefined ? label.replace(/^@?/, '@') : ' ';
    }
    if (target.startsWith('#')) return label !== undefined ? `#${label}` : ' ';
    // Broadcasts and user groups (<!here>, <!subteam^…>) carry no question.
    if (target.startsWith('!')) return ' ';
    return label ?? target;
  });
  return decodeEntities(withoutMarkup).replace(/\s+/g, ' ').trim();
}

/** Decode the three entities Slack encodes in incoming text. */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "2025-03-12" → "12 March 2025". Parsed by hand rather than with `Date` so
 * the server's time zone can never shift a date by a day.
 */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined) return iso;
  return `${Number(day)} ${monthName} ${year}`;
}
