/**
 * Block Kit limits, enforced in one place so no message is ever rejected by
 * Slack for being too long. The numbers are Slack's published limits.
 */
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;

/** A message ready to post: blocks plus the plain-text fallback Slack requires. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Characters of mrkdwn in a section's text. */
export const MAX_SECTION_TEXT = 3000;
/** Characters of mrkdwn in one context element (same limit as a text object). */
export const MAX_CONTEXT_TEXT = 3000;
/** Blocks in one message. */
export const MAX_BLOCKS = 50;
/** Characters in a button's value. */
export const MAX_BUTTON_VALUE = 2000;
/** Characters of the top-level `text` Slack shows in notifications (it truncates beyond). */
export const MAX_FALLBACK_TEXT = 3000;

/**
 * Cut already-escaped mrkdwn to `max` characters, never inside an entity
 * (`&amp;`) and with an ellipsis to show the cut.
 */
function clampMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // A trailing partial entity such as "&am" would show as garbage.
  cut = cut.replace(/&[a-z]{0,4}$/i, '');
  return `${cut}…`;
}

/** A mrkdwn section, clamped to Slack's limit. */
export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampMrkdwn(text, MAX_SECTION_TEXT) } };
}

/** A context block with one mrkdwn element, clamped to Slack's limit. */
export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clampMrkdwn(text, MAX_CONTEXT_TEXT) }] };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

/** A plain-text fallback, clamped so notifications stay readable. */
export function fallback(text: string): string {
  return clampMrkdwn(text, MAX_FALLBACK_TEXT);
}

/**
 * Keep a message within {@link MAX_BLOCKS}: when there are too many blocks,
 * drop from the end of the body (never the trailing `actions` block, which
 * holds the buttons) and say how much was left out.
 */
export function fitBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const last = blocks[blocks.length - 1];
  const tail = last !== undefined && last.type === 'actions' ? [last] : [];
  const body = tail.length > 0 ? blocks.slice(0, -1) : blocks;
  const room = MAX_BLOCKS - tail.length - 1;
  const dropped = body.length - room;
  // Said in the user's words, not Block Kit's: what was lost, and how to see it.
  return [...body.slice(0, room), context(`_The last ${dropped} parts of this answer were left out to fit Slack's message size limit: ask a narrower question (fewer councils, or one report) to see them._`), ...tail];
}
