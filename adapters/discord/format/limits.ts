/**
 * Discord's message and embed limits, and the trimming and splitting that
 * keep every message inside them. Discord rejects a whole message when one
 * limit is exceeded, so nothing is sent without passing through here: text is
 * trimmed with an ellipsis (keeping markdown balanced) and long answers are
 * split across several messages rather than failing.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/** The documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  /** Embeds per message. */
  embeds: 10,
  /** Characters across all embeds of one message. */
  total: 6000,
  /** Message content. */
  content: 2000,
} as const;

/** A message as the adapter builds it, before it is sent by reply, edit or follow-up. */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

const ELLIPSIS = '…';

/** Markers that must come in pairs for the text around them to render as intended. */
function closers(text: string): string {
  // Ignore escaped characters, then count what is left open.
  const plain = text.replace(/\\[\s\S]/g, '');
  const fences = plain.split('```').length - 1;
  if (fences % 2 === 1) return '\n```';
  const bold = plain.split('**').length - 1;
  return bold % 2 === 1 ? '**' : '';
}

/**
 * `text` cut to at most `max` characters, ending in "…" when cut. Prefers a
 * word boundary, never splits a surrogate pair, an escape or a `**` marker,
 * and closes any bold or code fence it leaves open.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  for (;;) {
    // A word boundary close to the end reads better than a cut mid-word.
    const space = cut.search(/\s\S*$/);
    if (space > 0 && cut.length - space < 40) cut = cut.slice(0, space);
    cut = cut.replace(/[\uD800-\uDBFF]$/, '');
    if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
    if (cut.endsWith('*') && text[cut.length] === '*') cut = cut.replace(/\*+$/, '');
    cut = cut.trimEnd();
    const close = closers(cut);
    const result = `${cut}${ELLIPSIS}${close}`;
    if (result.length <= max || cut.length === 0) return result.length <= max ? result : ELLIPSIS;
    cut = cut.slice(0, cut.length - (result.length - max));
  }
}

/** Characters an embed counts towards the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title ?? '').length + (embed.description ?? '').length;
  n += (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/** A copy of `embed` with every part inside its own limit and the whole within 6000. */
export function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  // Fields go first, then the description shrinks, so the title always survives.
  while (embedLength(out) > LIMITS.total && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - LIMITS.total;
  if (over > 0 && out.description) out.description = truncate(out.description, out.description.length - over);
  if (embedLength(out) > LIMITS.total && out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, 100) };
  return out;
}

/**
 * Split one logical message into as many Discord messages as its embeds need
 * (at most 10 embeds and 6000 characters each). Content stays on the first
 * message; components (the "More results" button) go on the last.
 */
export function splitMessage(message: DiscordMessage): DiscordMessage[] {
  const embeds = (message.embeds ?? []).map(clampEmbed);
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= LIMITS.embeds || size + length > LIMITS.total)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);

  const out = groups.map((group): DiscordMessage => ({ embeds: group }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first && message.content !== undefined) first.content = truncate(message.content, LIMITS.content);
  if (last && message.components && message.components.length > 0) last.components = message.components;
  return out;
}
