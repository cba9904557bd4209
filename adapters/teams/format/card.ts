/**
 * Adaptive Cards, the one shape every Teams answer takes: small builders for
 * the elements used here, the card-button payloads (`Action.Submit` data the
 * bot gets back as a message's `value`), and Teams' size limit kept in one
 * place so no answer is refused for being too big.
 */
import type { Attachment } from 'botframework-schema';

export type { Attachment };

/** One element of a card's body or of a container. */
export type Element = Record<string, unknown> & { type: string };
/** One card action (button). */
export type Action = Record<string, unknown> & { type: 'Action.Submit' | 'Action.OpenUrl'; title: string };

/** What a card button sends back, in the message's `value`. */
export type CardAction =
  | { ofsted: 'more'; key: string; offset: number }
  | { ofsted: 'all'; key: string }
  | { ofsted: 'offer'; key: string }
  | { ofsted: 'vote'; key: string; vote: 'up' | 'down' }
  | { ofsted: 'reason'; id: number; reason: string };

/** Teams refuses a message over about 28 KB; cards are cut well below it. */
export const MAX_CARD_BYTES = 24_000;

export function text(value: string, options: Record<string, unknown> = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function subtle(value: string): Element {
  return text(value, { isSubtle: true, size: 'Small', spacing: 'Small' });
}

export function container(items: Element[], options: Record<string, unknown> = {}): Element {
  return { type: 'Container', items, ...options };
}

export function submit(title: string, data: CardAction): Action {
  return { type: 'Action.Submit', title, data };
}

export function openUrl(title: string, url: string): Action {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: Action[]): Element {
  return { type: 'ActionSet', actions };
}

/** Whether `value` is a card button's payload of this bot (it came back from Teams: checked, not trusted). */
export function readCardAction(value: unknown): CardAction | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const key = typeof v['key'] === 'string' && /^[\w-]{1,40}$/.test(v['key']) ? v['key'] : null;
  switch (v['ofsted']) {
    case 'more':
      return key !== null && typeof v['offset'] === 'number' && Number.isInteger(v['offset']) && v['offset'] >= 0 && v['offset'] < 10_000
        ? { ofsted: 'more', key, offset: v['offset'] }
        : null;
    case 'all':
    case 'offer':
      return key === null ? null : { ofsted: v['ofsted'], key };
    case 'vote':
      return key !== null && (v['vote'] === 'up' || v['vote'] === 'down') ? { ofsted: 'vote', key, vote: v['vote'] } : null;
    case 'reason':
      return typeof v['id'] === 'number' && Number.isInteger(v['id']) && typeof v['reason'] === 'string' ? { ofsted: 'reason', id: v['id'], reason: v['reason'] } : null;
    default:
      return null;
  }
}

/**
 * The card as a message attachment. When the body is too big for Teams, the
 * body is cut from the end (the buttons stay) with a line saying so.
 */
export function card(body: Element[], actions: Action[] = []): Attachment {
  let shown = body;
  const size = (b: Element[]): number => Buffer.byteLength(JSON.stringify({ body: b, actions }));
  if (size(shown) > MAX_CARD_BYTES) {
    let keep = shown.length;
    while (keep > 1 && size([...shown.slice(0, keep), subtle('')]) > MAX_CARD_BYTES) keep -= 1;
    shown = [...shown.slice(0, keep), subtle(`${body.length - keep} more parts were left out to fit Teams' message size limit.`)];
  }
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      msteams: { width: 'Full' },
      body: shown,
      ...(actions.length > 0 ? { actions } : {}),
    },
  };
}
