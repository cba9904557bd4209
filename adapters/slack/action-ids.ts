/**
 * Button action ids and the small JSON the buttons carry. A button's value
 * holds the query, not the answer: the corpus is deterministic, so the
 * handler recomputes the answer, and values stay far below Slack's limit.
 */
import { MAX_BUTTON_VALUE } from './format/limits.ts';

/** "More results": post the next page of an answer. */
export const MORE_RESULTS_ACTION = 'ofsted_more_results';
/** "Share in channel": post a private answer for everyone in the channel. */
export const SHARE_ACTION = 'ofsted_share_in_channel';

/** What a button asks for again when it is clicked. */
export type AnswerRequest =
  | { kind: 'ask'; query: string; offset: number }
  | { kind: 'judgement'; query: string }
  | { kind: 'improve'; query: string };

/** Longest question or query accepted: longer input is refused as bad input. */
export const MAX_QUERY_LENGTH = 500;

/** Encode a request as a button value (always within {@link MAX_BUTTON_VALUE}). */
export function encodeRequest(request: AnswerRequest): string {
  const query = request.query.slice(0, MAX_QUERY_LENGTH);
  const compact =
    request.kind === 'ask'
      ? { k: request.kind, q: query, o: request.offset }
      : { k: request.kind, q: query };
  const value = JSON.stringify(compact);
  // Only control characters (6 characters each in JSON) can push 500 characters past the limit;
  // a too-long value would make Slack refuse the whole message.
  return value.length <= MAX_BUTTON_VALUE ? value : JSON.stringify({ ...compact, q: query.slice(0, 200) });
}

/** Decode a button value; null when it is not one of ours. */
export function decodeRequest(value: string | undefined): AnswerRequest | null {
  if (value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { k, q, o } = parsed as { k?: unknown; q?: unknown; o?: unknown };
  if (typeof q !== 'string') return null;
  if (k === 'ask') {
    const offset = typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : 0;
    return { kind: 'ask', query: q, offset };
  }
  if (k === 'judgement' || k === 'improve') return { kind: k, query: q };
  return null;
}
